"""xjutils.runner: a failing notebook is named with its cell; complete outputs survive."""

import hashlib

import nbformat
import pytest

from xjutils.machinery import runner

# A table written as plots.save_table writes it (atomically, into outputs/tables), without
# importing pandas and matplotlib into the kernel: these tests are about the runner.
WRITE_TABLE = (
    "from xjutils import paths\nfrom xjutils.atomic import write_text\n"
    "write_text(paths.tables() / '{}.csv', 'a\\n1\\n')"
)


@pytest.mark.slow
def test_failure_keeps_previous_outputs_and_names_the_cell(project, write_notebook):
    nbdir, out = project
    previous = out / "notebooks" / "zh" / "01_demo.ipynb"
    previous.parent.mkdir(parents=True)
    previous.write_text("previous complete output")
    write_notebook(nbdir / "01_demo.ipynb", "x = 1", "raise RuntimeError('boom')")
    (outcome,) = runner.reproduce(langs=["zh"], jobs=1, log=lambda *_: None)
    assert not outcome.ok
    assert "[raise RuntimeError('boom')]: RuntimeError: boom" in outcome.error
    assert previous.read_text() == "previous complete output"
    assert (out / "failed" / "zh" / "01_demo.ipynb").exists()
    assert not list(out.glob(".staging*"))


def test_unknown_notebook_or_language_is_refused(project, write_notebook):
    write_notebook(project[0] / "01_demo.ipynb", "x = 1")
    with pytest.raises(ValueError, match="no notebook numbered"):
        runner.reproduce(only=["09"], log=lambda *_: None)
    with pytest.raises(ValueError, match="parameter lang"):
        runner.reproduce(langs=["fr"], log=lambda *_: None)


@pytest.mark.slow
def test_two_runs_write_identical_bytes(tmp_path, monkeypatch, write_notebook):
    """A figure, a table and the executed notebook, run twice: byte-identical.

    The chapters' own figures are compared with an earlier run by nbval (the SVG each notebook
    shows; see tests/plugins/executions.py); this covers the files and the executed notebook.
    """
    from xjutils import paths

    nbdir = tmp_path / "notebooks"
    nbdir.mkdir()
    monkeypatch.setattr(paths, "NOTEBOOKS", nbdir)
    write_notebook(
        nbdir / "01_demo.ipynb",
        "import matplotlib.pyplot as plt\nimport pandas as pd\nfrom xjutils import plots\n"
        "plots.use(lang)",
        "fig, ax = plt.subplots()\nax.bar(['甲', '乙'], [1, 2])\nax.set_title('图')\n"
        "plots.save(fig, 'demo', lang)",
        "_ = plots.save_table(pd.DataFrame({'a': [1.5]}), 'demo')",
    )
    runs = []
    for name in ("first", "second"):
        monkeypatch.setenv("XJUTILS_OUTPUTS", str(tmp_path / name))
        (outcome,) = runner.reproduce(langs=["zh"], log=lambda *_: None)
        assert outcome.ok, outcome.error
        root = tmp_path / name
        runs.append(
            {
                str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
                for p in root.rglob("*")
                if p.is_file()
            }
        )
    assert {"figures/demo.zh.svg", "tables/demo.csv"} <= set(runs[0])
    assert "notebooks/zh/01_demo.ipynb" in runs[0]
    assert runs[0].keys() == runs[1].keys()
    assert [f for f in runs[0] if runs[0][f] != runs[1][f]] == []


@pytest.mark.slow
def test_outputs_are_readable_by_others(project, write_notebook):
    nbdir, out = project
    write_notebook(nbdir / "01_demo.ipynb", WRITE_TABLE.format("t"))
    (outcome,) = runner.reproduce(langs=["zh"], jobs=1, log=lambda *_: None)
    assert outcome.ok, outcome.error
    files = [p for p in out.rglob("*") if p.is_file()]
    assert files and {oct(p.stat().st_mode & 0o777) for p in files} == {"0o644"}
    assert {oct(p.stat().st_mode & 0o777) for p in out.rglob("*") if p.is_dir()} == {"0o755"}


@pytest.mark.slow
def test_a_figure_the_notebook_no_longer_makes_is_removed(project, write_notebook):
    nbdir, out = project
    write_notebook(nbdir / "01_demo.ipynb", WRITE_TABLE.format("old"))
    runner.reproduce(langs=["zh"], log=lambda *_: None)
    assert (out / "tables" / "old.csv").exists()
    write_notebook(nbdir / "01_demo.ipynb", WRITE_TABLE.format("new"))
    (outcome,) = runner.reproduce(langs=["zh"], log=lambda *_: None)
    assert outcome.ok, outcome.error
    assert (out / "tables" / "new.csv").exists() and not (out / "tables" / "old.csv").exists()


def test_no_worker_starts_after_ctrl_c_stopped_the_live_ones(tmp_path):
    """A pool thread that reaches its job just after Ctrl-C must not start a worker: the pool
    would then wait for that whole notebook (seen under load, as a 60 s hang)."""
    runner._stop_workers()
    try:
        job = {"input": "x.ipynb", "output": str(tmp_path / "o.ipynb"), "cwd": str(tmp_path)}
        res = runner._run_worker(job, tmp_path)
    finally:
        runner._STOPPING.clear()
    assert res == {"ok": False, "error": "interrupted before it started", "log": ""}
    assert runner._LIVE == set()


def test_a_kernel_that_loses_its_ports_is_started_again(tmp_path, monkeypatch):
    """Two kernels starting at once can pick the same free port; the loser dies before
    kernel_info. Nothing has run, so the worker starts it again (seen once in a clean-clone
    `make test`)."""
    import papermill

    from xjutils.machinery import worker

    calls = []

    def flaky(source, output, **kwargs):
        calls.append(output)
        if len(calls) == 1:
            raise RuntimeError("Kernel died before replying to kernel_info")
        nbformat.write(nbformat.v4.new_notebook(), output)

    monkeypatch.setattr(papermill, "execute_notebook", flaky)
    job = {"input": "x.ipynb", "output": str(tmp_path / "o.ipynb"), "cwd": str(tmp_path)}
    res = worker.execute(job)
    assert res["ok"], res["error"]
    assert len(calls) == 2
