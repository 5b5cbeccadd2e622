"""The runner's limits on tiny notebooks: repeated runs from a threaded parent never hang, and
a cell or a notebook over its time limit is stopped and named. (Apart from test_runner.py so
that pytest-xdist can run the two files' slow tests side by side.)"""

import threading

import pytest

from xjutils.machinery import runner


@pytest.mark.slow
def test_repeated_reproduce_from_a_threaded_parent_never_hangs(project, write_notebook):
    """As under pytest-xdist: threads alive in the parent while notebooks run, 20 workers
    started from it, two at a time.

    A forked child of a threaded parent could block forever in zmq; workers are fork+exec'd
    and every wait is time-limited, so each run must finish and succeed.
    """
    nbdir, _ = project
    write_notebook(nbdir / "01_a.ipynb", "x = 1")
    write_notebook(nbdir / "02_b.ipynb", "y = 2")
    stop = threading.Event()
    busy = [threading.Thread(target=stop.wait, daemon=True) for _ in range(4)]
    for t in busy:
        t.start()
    try:
        for _ in range(10):
            outcomes = runner.reproduce(langs=["zh"], jobs=2, force=True, log=lambda *_: None)
            assert [o.ok for o in outcomes] == [True, True], [o.error for o in outcomes]
    finally:
        stop.set()


@pytest.mark.slow
def test_a_cell_over_its_time_limit_is_named(project, monkeypatch, write_notebook):
    from xjutils.machinery import worker

    monkeypatch.setattr(worker, "CELL_TIMEOUT", 2)
    nbdir, out = project
    write_notebook(nbdir / "01_slow.ipynb", "import time\ntime.sleep(30)")
    job = {
        "input": str(nbdir / "01_slow.ipynb"),
        "output": str(out / "o.ipynb"),
        "parameters": {"lang": "zh"},
        "cwd": str(nbdir),
    }
    out.mkdir()
    res = worker.execute(job)
    assert not res["ok"]
    assert res["error"] == "cell 2 [import time]: timed out after 2 s"  # after papermill's


@pytest.mark.slow
def test_a_notebook_over_its_time_limit_is_stopped(project, monkeypatch, write_notebook):
    monkeypatch.setattr(runner, "NOTEBOOK_TIMEOUT", 3)
    nbdir, out = project
    write_notebook(nbdir / "01_slow.ipynb", "import time\ntime.sleep(60)")
    (outcome,) = runner.reproduce(langs=["zh"], jobs=1, log=lambda *_: None)
    assert not outcome.ok and outcome.error.startswith("timed out after 3 s")
    assert outcome.seconds < 30
