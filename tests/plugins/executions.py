"""nbval's runs of the chapters are the Chinese executions the edition tests build on.

`make test` runs in two phases (Makefile) sharing one outputs folder (XJUTILS_OUTPUTS). In the
first, nbval executes every chapter in Chinese, its stored language, and compares each cell
with the stored reference. This plugin keeps what nbval executed: once a chapter's cells have
all passed, the kernel's record of what it read is flushed, and the executed notebook and the
runner's stamp are written where `runner.reproduce` would have put them. tests/site/test_runs.py
executes the English ones beside it; in the second phase the edition tests call the runner,
which finds every chapter up to date: each (chapter, language) runs once per `make test`.

nbval also compares the figures (image/png; the notebooks display each saved PNG): the stored
reference is an earlier run, so a figure that drifts, or a run that is not byte-identical to
the last, fails here.
"""

import copy
import os

import nbformat
import pytest

from xjutils import paths
from xjutils.atomic import write_text
from xjutils.machinery import notebooks, runner

LANG = "zh"  # the language nbval's references are stored in
_outputs: dict[str, dict[int, list]] = {}  # notebook stem -> cell number -> fresh outputs
_failed: set[str] = set()


def _chapter(item) -> str | None:
    """The chapter stem of an nbval cell item, else None."""
    parent = getattr(item, "parent", None)
    if type(item).__name__ != "IPyNbCell" or parent is None:
        return None
    path = item.path
    if path.parent != paths.NOTEBOOKS or path.stem not in notebooks.chapters().values():
        return None
    return path.stem


def _deps_file(name: str):
    return paths.outputs() / ".deps" / f"{name}.json"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_setup(item):
    """Before a chapter's kernel starts: tell it where to record what it reads, and to check
    the layout of every figure it saves (the edition tests read the reports)."""
    name = _chapter(item)
    starting = name and item.parent.kernel is None
    kernel_env = {}
    if starting:
        from xjutils import plots  # not at import: the quick tier never loads matplotlib

        kernel_env = {
            "XJUTILS_DEPS": str(_deps_file(name)),
            plots.LAYOUT_REPORT: str(paths.layout_reports()),
        }
        _deps_file(name).parent.mkdir(parents=True, exist_ok=True)
        os.environ.update(kernel_env)
        _outputs[name] = {}
    try:
        yield
    finally:
        for key in kernel_env:
            os.environ.pop(key, None)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item):
    yield
    name = _chapter(item)
    if name and item.test_outputs is not None:
        _outputs[name][item.cell_num] = item.test_outputs


def pytest_runtest_logreport(report):
    if report.failed:
        _failed.add(report.nodeid.split("::")[0])


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """After a chapter's last cell, before nbval stops its kernel: keep the execution."""
    name = _chapter(item)
    last = name and (nextitem is None or nextitem.parent is not item.parent)
    if last and item.nodeid.split("::")[0] not in _failed and item.parent.kernel is not None:
        _keep(name, item.parent)
    yield


def _keep(name: str, nbfile) -> None:
    """Write the executed notebook as the runner would have: parameterised by papermill (its
    injected cell counted, as papermill executes it), each code cell with nbval's outputs."""
    from papermill.parameterize import parameterize_notebook

    kernel = nbfile.kernel
    kernel.await_reply(kernel.execute_cell_input("from xjutils import deps; deps.flush()"), 60)
    fresh = _outputs.pop(name, {})
    nb = copy.deepcopy(nbfile.nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    if sorted(fresh) != list(range(len(code))):
        return  # a cell was skipped: not a complete execution
    for number, cell in enumerate(code):
        cell.outputs = [nbformat.from_dict(o) for o in fresh[number]]
    nb.metadata["papermill"] = nbformat.NotebookNode()  # papermill fills it in
    nb = parameterize_notebook(nb, {"lang": LANG})
    count = 0
    for cell in nb.cells:
        if cell.cell_type == "code":
            count += 1
            cell.execution_count = count
            for out in cell.outputs:
                if out.get("output_type") == "execute_result":
                    out["execution_count"] = count
    target = paths.executed() / LANG / f"{name}.ipynb"
    target.parent.mkdir(parents=True, exist_ok=True)
    write_text(target, nbformat.writes(notebooks.strip_volatile(nb)) + "\n")
    runner.record_execution(name, LANG, _read_deps(name), [])


def _read_deps(name: str) -> dict | None:
    import json

    try:
        return json.loads(_deps_file(name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
