"""Run the chapter notebooks: parallel, staged, cached per notebook, time-limited, atomic.

Each (notebook, language) executes in its own `xjutils.machinery.worker` process (fork+exec from a
thread pool: safe inside a threaded parent such as a pytest-xdist worker) whose outputs are
redirected (XJUTILS_OUTPUTS) to a staging folder of this run's own. Only a notebook that ran
to the end has its executed copy, figures and tables moved into outputs/, and its stamp is
written last; a failed one leaves the previous complete outputs untouched and its partial
execution (if not empty) in outputs/failed/. Every wait has a limit: kernel start and each
cell (in the worker), and the whole notebook (here, which kills the worker's process group).
A notebook is skipped when nothing it read has changed (see `fingerprint`).
"""

import hashlib
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from .. import labels, paths
from ..atomic import write_text
from . import notebooks, progress

NOTEBOOK_TIMEOUT = 900
# Kernel log lines that say nothing about a failure (ipykernel warns on every TCP start).
NOISE = re.compile(r"Kernel is running over TCP without encryption|^\s*$")
_LIVE: set[subprocess.Popen] = set()
_LIVE_LOCK = threading.Lock()
# Set by Ctrl-C: no worker may start after the live ones were stopped (a thread of the pool
# could otherwise start one just after, and the pool would wait for its whole notebook).
_STOPPING = threading.Event()


@dataclass
class Outcome:
    name: str
    lang: str
    ok: bool
    seconds: float
    skipped: bool = False
    error: str = ""


def _files(deps: dict | None) -> dict[str, Path]:
    """The data and package files a notebook depends on: those it read, or all when unknown."""
    files = {}
    if deps is None:
        for base, label in ((paths.DATA, "data"), (paths.PACKAGE, "xjutils")):
            for f in sorted(base.rglob("*")):
                if f.is_file() and "__pycache__" not in f.parts:
                    files[f"{label}/{f.relative_to(base)}"] = f
        return files
    # The descriptor read directly: importing xjutils.data (pandas) would cost a no-op run ~1 s.
    package = json.loads(paths.DATAPACKAGE.read_text(encoding="utf-8"))
    where = {r["name"]: r["path"] for r in package["resources"]}
    files["data/datapackage.json"] = paths.DATAPACKAGE
    for table in deps["tables"]:
        # a table that no longer exists hashes as absent, so the key changes
        files[f"data/{table}"] = paths.DATA / where.get(table, f"{table}.missing")
    for module in deps["modules"]:
        rel = Path(*module.split(".")[1:])
        for f in (paths.PACKAGE / rel / "__init__.py", paths.PACKAGE / f"{rel}.py"):
            if f.is_file():
                files[f"xjutils/{f.relative_to(paths.PACKAGE)}"] = f
    return files


def fingerprint(name: str, lang: str, deps: dict | None = None) -> str:
    """Hash of what an execution depends on: the notebook, the lock, lang, and what it read.

    `deps` is what the kernel recorded (`xjutils.deps`: tables loaded, modules imported);
    without it, all of data/ and xjutils count, so the cache can never be stale.
    """
    h = hashlib.sha256(f"{name}\0{lang}\0{sys.version}".encode())
    files = {"notebook": paths.NOTEBOOKS / f"{name}.ipynb", "lock": paths.LOCK} | _files(deps)
    for label in sorted(files):
        f = files[label]
        h.update(label.encode() + b"\0" + (f.read_bytes() if f.is_file() else b"<absent>"))
    return h.hexdigest()


def _stamp(name: str, lang: str) -> Path:
    return paths.executed() / lang / f".{name}.json"


def record_execution(name: str, lang: str, deps: dict | None, written: list[str]) -> None:
    """Stamp a complete execution: its cache key, what it read, and the files it wrote."""
    record = {"hash": fingerprint(name, lang, deps), "deps": deps, "outputs": written}
    write_text(_stamp(name, lang), json.dumps(record, indent=1))


def up_to_date(name: str, lang: str) -> bool:
    """True when the stored execution is complete and nothing it read has changed."""
    stamp = _stamp(name, lang)
    if not stamp.exists() or not (paths.executed() / lang / f"{name}.ipynb").exists():
        return False
    try:
        record = json.loads(stamp.read_text(encoding="utf-8"))
        return record["hash"] == fingerprint(name, lang, record["deps"])
    except (ValueError, KeyError, TypeError):
        return False


def _kill(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def _run_worker(job: dict, scratch: Path) -> dict:
    """Execute one job in a worker process; its kernel chatter is returned only on failure."""
    job_path = scratch / "job.json"
    job["result"] = str(scratch / "result.json")
    job_path.write_text(json.dumps(job), encoding="utf-8")
    # The kernel's connection file (it holds the HMAC key) and any temporary file go to the
    # job's scratch folder, which the caller removes however the job ends.
    env = (
        os.environ
        | {
            "XJUTILS_NOTEBOOKS": str(paths.NOTEBOOKS),
            "XJUTILS_DATA": str(paths.DATA),
            "PYTHONWARNINGS": "ignore",
            "JUPYTER_RUNTIME_DIR": str(scratch / "runtime"),
            "TMPDIR": str(scratch),
        }
        | job.get("env", {})
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with _LIVE_LOCK:
        if _STOPPING.is_set():
            return {"ok": False, "error": "interrupted before it started", "log": ""}
        proc = subprocess.Popen(
            [sys.executable, "-m", "xjutils.machinery.worker", str(job_path)],
            env=env,
            cwd=job["cwd"],
            start_new_session=True,  # Ctrl-C reaches the runner only; it stops the workers
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        _LIVE.add(proc)
    try:
        chatter, _ = proc.communicate(timeout=NOTEBOOK_TIMEOUT)
    except subprocess.TimeoutExpired:
        _kill(proc)
        chatter, _ = proc.communicate()
        return {"ok": False, "error": f"timed out after {NOTEBOOK_TIMEOUT} s", "log": chatter}
    finally:
        with _LIVE_LOCK:
            _LIVE.discard(proc)
    result_file = Path(job["result"])
    if not result_file.exists():
        return {"ok": False, "error": f"worker exited with {proc.returncode}", "log": chatter}
    return json.loads(result_file.read_text(encoding="utf-8")) | {"log": chatter}


def _execute(name: str, lang: str, stage: Path) -> tuple[Outcome, dict | None]:
    """Run `name` in `lang` into `stage`; return the outcome and what the kernel read."""
    with tempfile.TemporaryDirectory(prefix="xjutils-job-") as tmp:
        deps_file = Path(tmp) / "deps.json"
        job = {
            "input": str(paths.NOTEBOOKS / f"{name}.ipynb"),
            "output": str(stage / f"{name}.ipynb"),
            "parameters": {"lang": lang},
            "cwd": str(paths.NOTEBOOKS),
            "kernel_env": {"XJUTILS_OUTPUTS": str(stage), "XJUTILS_DEPS": str(deps_file)},
        }
        res = _run_worker(job, Path(tmp))
        deps = json.loads(deps_file.read_text(encoding="utf-8")) if deps_file.exists() else None
    error = res["error"]
    chatter = [line for line in res.get("log", "").splitlines() if not NOISE.search(line)]
    if not res["ok"] and chatter:
        error += "\n    " + "\n    ".join(chatter[-6:])
    return Outcome(name, lang, res["ok"], res.get("seconds", 0.0), error=error), deps


def _promote(stage: Path, name: str, lang: str, ok: bool) -> list[str]:
    """Move a finished stage into outputs/ (or its partial notebook into outputs/failed/).

    Files the notebook's previous run wrote but this run did not (a figure renamed or dropped)
    are removed, so the site never shows a stale figure.

    Returns:
        The figures and tables this run wrote, relative to outputs/.
    """
    executed = stage / f"{name}.ipynb"
    if not ok:
        target = paths.failed() / lang / f"{name}.ipynb"
        if executed.exists() and executed.stat().st_size > 0:  # empty: the disk was full
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(executed, target)
        else:  # never point to an earlier run's partial execution
            target.unlink(missing_ok=True)
        return []
    previous = _previous_outputs(name, lang)
    # until the new stamp is written, nothing vouches for a half-moved set of files
    _stamp(name, lang).unlink(missing_ok=True)
    written = []
    for sub in ("figures", "tables"):
        for f in sorted((stage / sub).glob("*")):
            (paths.outputs() / sub).mkdir(parents=True, exist_ok=True)
            os.replace(f, paths.outputs() / sub / f.name)
            written.append(f"{sub}/{f.name}")
    for old in sorted(set(previous) - set(written)):
        (paths.outputs() / old).unlink(missing_ok=True)
    target = paths.executed() / lang / f"{name}.ipynb"
    target.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(executed, 0o644)
    os.replace(executed, target)
    _forget_failure(name, lang)
    return written


def _forget_failure(name: str, lang: str) -> None:
    """A notebook that now runs (or is up to date) has no failed execution to inspect."""
    failed = paths.failed() / lang / f"{name}.ipynb"
    failed.unlink(missing_ok=True)
    for folder in (failed.parent, failed.parent.parent):
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()


def _previous_outputs(name: str, lang: str) -> list[str]:
    try:
        return json.loads(_stamp(name, lang).read_text(encoding="utf-8")).get("outputs", [])
    except (OSError, ValueError):
        return []


def _remove_tree(root: Path) -> None:
    import shutil

    shutil.rmtree(root, ignore_errors=True)


def _stop_workers() -> None:
    with _LIVE_LOCK:
        _STOPPING.set()
        for proc in list(_LIVE):
            _kill(proc)


def reproduce(only=None, langs=labels.LANGS, jobs=2, force=False, log=None) -> list[Outcome]:
    """Execute the chapter notebooks (all, or the numbers in `only`) in each language.

    Args:
        log: called with one line per notebook; default: a progress display on a terminal,
            plain lines otherwise.

    Raises:
        ValueError: an unknown notebook number or language.
    """
    chapters = notebooks.chapters()
    for lang in langs:
        labels.check_lang(lang)
    unknown = sorted(set(only or []) - set(chapters))
    if unknown:
        raise ValueError(f"no notebook numbered {unknown}; have {sorted(chapters)}")
    todo = [(chapters[n], lang) for n in (only or chapters) for lang in langs]
    outcomes, pending = [], []
    _STOPPING.clear()
    with progress.Reporter(len(todo), log) as report:
        for name, lang in todo:
            if not force and up_to_date(name, lang):
                _forget_failure(name, lang)
                outcomes.append(Outcome(name, lang, True, 0.0, skipped=True))
                report(f"{name} ({lang}) up to date")
            else:
                pending.append((name, lang))
        paths.outputs().mkdir(parents=True, exist_ok=True)
        # this run's own staging folder: another run's (or a crashed one's) is never touched
        stage_root = Path(tempfile.mkdtemp(dir=paths.outputs(), prefix=".staging-"))
        pool = ThreadPoolExecutor(max_workers=max(1, jobs))
        try:
            futures = {}
            # Longest first, so no core idles at the end waiting on one long notebook: a stored
            # notebook's size (its figures, mostly) is a fair guess at its running time.
            pending.sort(key=lambda job: -(paths.NOTEBOOKS / f"{job[0]}.ipynb").stat().st_size)
            for name, lang in pending:
                stage = stage_root / lang / name
                stage.mkdir(parents=True)
                futures[pool.submit(_execute, name, lang, stage)] = stage
            for fut in as_completed(futures):
                res, deps = fut.result()
                written = _promote(futures[fut], res.name, res.lang, res.ok)
                if res.ok:
                    record_execution(res.name, res.lang, deps, written)
                outcomes.append(res)
                status = "ok" if res.ok else f"FAILED at {res.error}"
                report(f"{res.name} ({res.lang}) {status} {res.seconds:.1f}s")
                if not res.ok:
                    kept = paths.failed() / res.lang / f"{res.name}.ipynb"
                    report.note(
                        f"    partial execution kept in {kept}"
                        if kept.exists()
                        else "    no partial execution to keep (the worker wrote none)"
                    )
        except BaseException:  # Ctrl-C included: stop the workers before waiting for them
            _stop_workers()
            raise
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
            _remove_tree(stage_root)
    return outcomes


def reference(only=None, jobs=2, log=None) -> list[Outcome]:
    """Re-execute the notebooks in place: their stored outputs are the nbval reference.

    The jupytext pairs are synced first, so the .py and the .ipynb carry the same inputs. A
    pair whose parameters cell sets another language than zh is refused: the sync would copy
    it into the other file and the English run would become the reference.

    Raises:
        ValueError: a notebook of the pair sets lang to anything but "zh".
    """
    import jupytext
    from jupytext.cli import jupytext as jupytext_cli

    chapters = notebooks.chapters()
    names = [chapters[n] for n in (only or chapters)]
    for path in [paths.NOTEBOOKS / f"{n}{ext}" for n in names for ext in (".ipynb", ".py")]:
        if (got := notebooks.lang_line(jupytext.read(path))) != notebooks.DEFAULT_LANG:
            raise ValueError(
                f"notebooks/{path.name} has {got} in its parameters cell: set it back to "
                f"{notebooks.DEFAULT_LANG} (the reference is the Chinese run)"
            )
    _STOPPING.clear()
    jupytext_cli(["--sync", "--quiet"] + [str(paths.NOTEBOOKS / f"{n}.py") for n in names])

    def refresh(name: str) -> Outcome:
        src = paths.NOTEBOOKS / f"{name}.ipynb"
        with tempfile.TemporaryDirectory(prefix="xjutils-ref-") as tmp:
            job = {"input": str(src), "output": str(Path(tmp) / src.name), "cwd": str(src.parent)}
            res = _run_worker(job, Path(tmp))
            if res["ok"]:
                write_text(src, Path(job["output"]).read_text(encoding="utf-8"))
        return Outcome(name, "default", res["ok"], res.get("seconds", 0.0), error=res["error"])

    outcomes = []
    with progress.Reporter(len(names), log) as report:
        pool = ThreadPoolExecutor(max_workers=max(1, jobs))
        try:
            for fut in as_completed([pool.submit(refresh, n) for n in names]):
                res = fut.result()
                outcomes.append(res)
                status = "ok" if res.ok else "FAILED at " + res.error
                report(f"{res.name} {status} {res.seconds:.1f}s")
        except BaseException:
            _stop_workers()
            raise
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
    return outcomes
