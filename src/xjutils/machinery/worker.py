"""Execute one notebook in a fresh process: `python -m xjutils.machinery.worker JOB.json`.

The runner starts one such process per notebook (fork+exec, never a fork of its own threaded
process, whose zmq state a forked child could inherit half-locked) and kills its whole process
group when the notebook's time limit passes. Kernel start and each cell have their own time
limits; a timeout is reported with the notebook and the cell. The outcome is written as JSON
to the job's `result` path; the kernel's own chatter stays in this process's captured stderr.
"""

import json
import os
import sys
import time
from pathlib import Path

KERNEL_START_TIMEOUT = 60
CELL_TIMEOUT = 300
# A kernel picks free TCP ports, then binds them; another kernel starting at the same moment
# can take one first ("Address already in use", the kernel dies before kernel_info). Nothing
# has run yet, so starting again is safe.
START_ATTEMPTS = 3
# papermill writes the whole notebook when each cell starts and ends: a chapter's figures and
# tables rewritten some seventy times. Snapshots this far apart keep a killed run's partial
# notebook nearly as fresh; the last write, once the run ends however it ends, is never skipped.
SAVE_EVERY = 2.0  # seconds


def _sparse_saves(engines) -> None:
    """Make papermill's execution manager write snapshots at most every SAVE_EVERY seconds."""
    base = engines.NotebookExecutionManager
    if getattr(base, "sparse", False):
        return

    class Sparse(base):
        sparse = True
        final = False

        def save(self, **kwargs):
            if self.final or (self.now() - self.last_save_time).total_seconds() >= SAVE_EVERY:
                super().save(**kwargs)

        def notebook_complete(self, **kwargs):
            self.final = True
            super().notebook_complete(**kwargs)

    engines.NotebookExecutionManager = Sparse


def _cell(nb, label: int | None = None) -> str:
    """'cell 5 [x = f()]': the cell that failed (error output) or was running (timeout).

    Numbered as papermill numbers it (`label`) when known, else by its position.
    """
    for i, c in enumerate(nb.cells):
        status = c.get("metadata", {}).get("papermill", {}).get("status")
        if status == "running" or any(
            o.get("output_type") == "error" for o in c.get("outputs", [])
        ):
            first = (c.source.strip().splitlines() or [""])[0][:60]
            return f"cell {i if label is None else label} [{first}]"
    return "cell ?"


def execute(job: dict) -> dict:
    """Run papermill on job['input'] into job['output']; return {'ok', 'error', 'seconds'}."""
    import nbformat
    import papermill as pm
    from nbclient.exceptions import CellTimeoutError, DeadKernelError
    from papermill import engines

    from . import notebooks

    _sparse_saves(engines)
    os.environ.update(job.get("kernel_env", {}))  # for the kernel, not for this process
    out = Path(job["output"])
    start = time.monotonic()
    error = ""
    try:
        for attempt in range(1, START_ATTEMPTS + 1):
            try:
                pm.execute_notebook(
                    job["input"],
                    str(out),
                    parameters=job.get("parameters"),
                    kernel_name=notebooks.KERNEL,
                    cwd=job["cwd"],
                    progress_bar=False,
                    start_timeout=KERNEL_START_TIMEOUT,
                    execution_timeout=CELL_TIMEOUT,
                )
            except RuntimeError as e:
                if "before replying to kernel_info" not in str(e) or attempt == START_ATTEMPTS:
                    raise
                continue
            break
    except pm.PapermillExecutionError as e:
        error = f"{_cell(nbformat.read(out, as_version=4), e.cell_index)}: {e.ename}: {e.evalue}"
    except CellTimeoutError:
        nb = nbformat.read(out, as_version=4) if out.exists() else None
        where = _cell(nb, None) if nb else "cell ?"
        error = f"{where}: timed out after {CELL_TIMEOUT} s"
    except (DeadKernelError, RuntimeError, TimeoutError) as e:  # kernel died or never started
        error = f"kernel: {type(e).__name__}: {e}"
    else:
        nb = notebooks.strip_volatile(nbformat.read(out, as_version=4))
        nbformat.write(nb, out)
    return {"ok": not error, "error": error, "seconds": time.monotonic() - start}


def main(job_path: str) -> int:
    job = json.loads(Path(job_path).read_text(encoding="utf-8"))
    try:
        result = execute(job)
    except Exception as e:  # a bad notebook file, a missing kernel: report, don't traceback
        result = {"ok": False, "error": f"{type(e).__name__}: {e}", "seconds": 0.0}
    Path(job["result"]).write_text(json.dumps(result), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
