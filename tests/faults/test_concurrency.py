"""Two runs at once: the second waits for the first (saying so) or stops, never interleaves."""

import threading

import nbformat
import pytest

from xjutils.machinery import cli, lock, runner


def test_a_second_run_stops_after_waiting_and_touches_nothing(edition, monkeypatch):
    monkeypatch.setattr(lock, "WAIT", 0.3)
    with lock.hold(edition.out, "reproduce"):
        code, out, err = edition.run()
    assert code == 1 and out == ""
    assert err.startswith("waiting for reproduce (pid ")
    assert f"{edition.out} is in use by reproduce (pid " in err and "did nothing" in err
    assert not edition.site.exists()


def test_a_second_run_proceeds_when_the_first_ends(edition):
    held, release = threading.Event(), threading.Event()

    def first():
        with lock.hold(edition.out, "reproduce"):
            held.set()
            release.wait(10)

    thread = threading.Thread(target=first)
    thread.start()
    held.wait(10)
    threading.Timer(0.3, release.set).start()
    code, out, err = edition.run()
    thread.join()
    assert code == 0 and "waiting for reproduce" in err and "site built" in out


def test_reference_takes_the_lock_too(project, monkeypatch, capsys):
    monkeypatch.setattr(lock, "WAIT", 0.1)
    monkeypatch.setattr(runner, "reference", lambda *a: pytest.fail("ran while locked"))
    with lock.hold(project[1], "reproduce"):
        assert cli.main(["reference"]) == 1
    assert "is in use by reproduce" in capsys.readouterr().err


@pytest.mark.slow
def test_two_forced_runs_at_once_both_publish_whole_chapters(
    project, write_notebook, monkeypatch, capsys
):
    """As `make reproduce --force --only 01` twice at once: before, one published the chapter
    with empty cells and the other failed on a staging folder the first had removed."""
    from xjutils.machinery import publish

    nbdir, out = project
    write_notebook(nbdir / "01_demo.ipynb", "x = 6 * 7\nx")
    monkeypatch.setattr(publish, "run", lambda langs: ([], ["site skipped here"]))
    codes = []
    runs = [
        threading.Thread(
            target=lambda: codes.append(cli.main(["reproduce", "--force", "--lang", "zh"]))
        )
        for _ in range(2)
    ]
    for run in runs:
        run.start()
    for run in runs:
        run.join(120)
    assert codes == [0, 0]
    assert capsys.readouterr().err.count("waiting for reproduce") == 1
    nb = nbformat.read(out / "notebooks" / "zh" / "01_demo.ipynb", as_version=4)
    assert nb.cells[-1].outputs[0]["data"]["text/plain"] == "42"
    assert not list(out.glob(".staging*"))
