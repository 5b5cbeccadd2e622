"""Run the chapter notebooks under papermill: in parallel, staged, never half-written.

Each (notebook, language) executes in a worker process whose outputs are redirected
(XJUTILS_OUTPUTS) to a staging folder. Only a notebook that ran to the end has its executed
copy, figures and tables moved into outputs/; a failed one leaves the previous complete
outputs untouched and its partial execution in outputs/failed/ for inspection.
A notebook is skipped when nothing it could read has changed (see `fingerprint`).
"""

import hashlib
import os
import shutil
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from .. import labels, paths
from ..atomic import write_text
from . import notebooks


@dataclass
class Outcome:
    name: str
    lang: str
    ok: bool
    seconds: float
    skipped: bool = False
    error: str = ""


def fingerprint(name: str, lang: str) -> str:
    """Hash of everything an execution depends on: the notebook, data/, xjutils, the lock, lang.

    Coarse on purpose: any edit to data or helpers re-runs every notebook, so the cache can
    never be stale.
    """
    h = hashlib.sha256(f"{name}\0{lang}\0{sys.version}".encode())
    files = {"notebook": paths.NOTEBOOKS / f"{name}.ipynb", "lock": paths.LOCK}
    for base, label in ((paths.DATA, "data"), (paths.PACKAGE, "xjutils")):
        for f in sorted(base.rglob("*")):
            if f.is_file() and "__pycache__" not in f.parts:
                files[f"{label}/{f.relative_to(base)}"] = f
    for label, f in files.items():
        if f.is_file():
            h.update(label.encode() + b"\0" + f.read_bytes())
    return h.hexdigest()


def _stamp(name: str, lang: str) -> Path:
    return paths.executed() / lang / f".{name}.sha256"


def _execute(name: str, lang: str, stage: str) -> Outcome:
    """Worker: execute one notebook into the staging folder."""
    import nbformat
    import papermill as pm

    os.environ["XJUTILS_OUTPUTS"] = stage
    out = Path(stage) / f"{name}.ipynb"
    start = time.monotonic()
    try:
        pm.execute_notebook(
            str(paths.NOTEBOOKS / f"{name}.ipynb"),
            str(out),
            parameters={"lang": lang},
            kernel_name=notebooks.KERNEL,
            cwd=str(paths.NOTEBOOKS),
            progress_bar=False,
        )
    except pm.PapermillExecutionError as e:
        return Outcome(name, lang, False, time.monotonic() - start, error=_where(out, e))
    except Exception as e:  # kernel died, bad notebook file, ...
        error = f"{type(e).__name__}: {e}"
        return Outcome(name, lang, False, time.monotonic() - start, error=error)
    nb = notebooks.strip_volatile(nbformat.read(out, as_version=4))
    nbformat.write(nb, out)
    return Outcome(name, lang, True, time.monotonic() - start)


def _where(executed: Path, err) -> str:
    """'cell 5 [x = f()]: ValueError: ...' — the failing cell, numbered as papermill numbers it."""
    import nbformat

    cells = nbformat.read(executed, as_version=4).cells
    failing = [c for c in cells if any(o.output_type == "error" for o in c.get("outputs", []))]
    first = failing[0].source.strip().splitlines()[0][:60] if failing else "?"
    return f"cell {err.cell_index} [{first}]: {err.ename}: {err.evalue}"


def _promote(stage: Path, name: str, lang: str, ok: bool) -> None:
    """Move a finished stage into outputs/ (or its partial notebook into outputs/failed/)."""
    executed = stage / f"{name}.ipynb"
    if not ok:
        if executed.exists():
            target = paths.failed() / lang / f"{name}.ipynb"
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(executed, target)
        return
    for sub in ("figures", "tables"):
        for f in sorted((stage / sub).glob("*")):
            (paths.outputs() / sub).mkdir(parents=True, exist_ok=True)
            os.replace(f, paths.outputs() / sub / f.name)
    target = paths.executed() / lang / f"{name}.ipynb"
    target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(executed, target)
    failed = paths.failed() / lang / f"{name}.ipynb"
    failed.unlink(missing_ok=True)


def reproduce(only=None, langs=labels.LANGS, jobs=2, force=False, log=print) -> list[Outcome]:
    """Execute the chapter notebooks (all, or the numbers in `only`) in each language.

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
    stage_root = paths.outputs() / ".staging"
    outcomes, pending = [], []
    for name, lang in todo:
        stamp = _stamp(name, lang)
        fp = fingerprint(name, lang)
        if (
            not force
            and stamp.exists()
            and stamp.read_text() == fp
            and (paths.executed() / lang / f"{name}.ipynb").exists()
        ):
            outcomes.append(Outcome(name, lang, True, 0.0, skipped=True))
            log(f"[{len(outcomes)}/{len(todo)}] {name} ({lang}) up to date")
        else:
            pending.append((name, lang, fp))
    try:
        with ProcessPoolExecutor(max_workers=max(1, jobs)) as pool:
            futures = {}
            for name, lang, fp in pending:
                stage = stage_root / lang / name
                shutil.rmtree(stage, ignore_errors=True)
                stage.mkdir(parents=True)
                futures[pool.submit(_execute, name, lang, str(stage))] = (stage, fp)
            for fut in as_completed(futures):
                stage, fp = futures[fut]
                res = fut.result()
                _promote(stage, res.name, res.lang, res.ok)
                if res.ok:
                    write_text(_stamp(res.name, res.lang), fp)
                outcomes.append(res)
                status = "ok" if res.ok else f"FAILED at {res.error}"
                log(
                    f"[{len(outcomes)}/{len(todo)}] {res.name} ({res.lang}) {status} "
                    f"{res.seconds:.1f}s"
                )
                if not res.ok:
                    kept = paths.failed() / res.lang / f"{res.name}.ipynb"
                    log(f"    partial execution kept in {kept}")
    finally:
        shutil.rmtree(stage_root, ignore_errors=True)
    return outcomes


def _refresh(name: str) -> Outcome:
    """Worker: re-execute notebooks/<name>.ipynb in place with its default parameters."""
    import tempfile

    import nbformat
    import papermill as pm

    src = paths.NOTEBOOKS / f"{name}.ipynb"
    start = time.monotonic()
    with tempfile.TemporaryDirectory() as tmpdir:
        out = Path(tmpdir) / src.name
        try:
            pm.execute_notebook(
                str(src),
                str(out),
                kernel_name=notebooks.KERNEL,
                cwd=str(paths.NOTEBOOKS),
                progress_bar=False,
            )
        except pm.PapermillExecutionError as e:
            return Outcome(name, "default", False, time.monotonic() - start, error=_where(out, e))
        nb = notebooks.strip_volatile(nbformat.read(out, as_version=4))
        write_text(src, nbformat.writes(nb) + "\n")
    return Outcome(name, "default", True, time.monotonic() - start)


def reference(only=None, jobs=2, log=print) -> list[Outcome]:
    """Re-execute the notebooks in place: their stored outputs are the nbval reference.

    The jupytext pairs are synced first, so the .py and the .ipynb carry the same inputs.
    """
    from jupytext.cli import jupytext as jupytext_cli

    chapters = notebooks.chapters()
    names = [chapters[n] for n in (only or chapters)]
    jupytext_cli(["--sync", "--quiet"] + [str(paths.NOTEBOOKS / f"{n}.py") for n in names])
    outcomes = []
    with ProcessPoolExecutor(max_workers=max(1, jobs)) as pool:
        for fut in as_completed([pool.submit(_refresh, n) for n in names]):
            res = fut.result()
            outcomes.append(res)
            log(
                f"[{len(outcomes)}/{len(names)}] {res.name} "
                f"{'ok' if res.ok else 'FAILED at ' + res.error} {res.seconds:.1f}s"
            )
    return outcomes
