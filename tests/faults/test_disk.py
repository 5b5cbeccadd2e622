"""A read-only or full outputs/: the path and that nothing (more) was published, no traceback;
the next run, with room again, completes. Root writes through chmod, so the read-only case is
simulated where the test runs as root."""

import errno
import os

import pytest

from xjutils.machinery import lock, runner, site


def _refuse(where, code, message):
    def fail(*args, **kwargs):
        raise OSError(code, message, str(where))

    return fail


def test_read_only_outputs_is_said_without_a_traceback(edition, monkeypatch):
    edition.run()
    before = {p: p.read_bytes() for p in edition.out.rglob("*") if p.is_file()}
    if os.geteuid() == 0:  # chmod stops no write of root's: refuse the first write instead
        real = os.open

        def refuse(path, flags, *args, **kwargs):
            if str(path).endswith(lock.NAME) and flags & os.O_RDWR:
                raise OSError(errno.EROFS, "Read-only file system", str(path))
            return real(path, flags, *args, **kwargs)

        monkeypatch.setattr(lock.os, "open", refuse)
    else:
        edition.out.chmod(0o555)
        (edition.out / lock.NAME).chmod(0o444)
    try:
        code, out, err = edition.run("--force")
    finally:
        edition.out.chmod(0o755)
        (edition.out / lock.NAME).chmod(0o644)
    assert code == 1 and out == "" and "Traceback" not in err
    assert f"reproduce: cannot write {edition.out / lock.NAME}: " in err
    assert "nothing was published" in err
    assert {p: p.read_bytes() for p in edition.out.rglob("*") if p.is_file()} == before


def test_a_full_disk_while_building_the_site_keeps_the_old_one(edition, monkeypatch):
    edition.run()
    before = (edition.site / "index.html").read_text()
    edition.executed.write_text("chapter one, revised")
    edition.fault["site"] = OSError(errno.ENOSPC, "No space left on device", "x")
    code, out, err = edition.run()
    assert code == 1 and "Traceback" not in err
    assert f"reproduce: cannot write {edition.out}: No space left on device" in err
    assert "stopped: nothing was published; previous complete outputs are intact" in err
    assert (edition.site / "index.html").read_text() == before
    assert not list(edition.out.glob(".site-*"))  # the half-built site does not fill the disk
    del edition.fault["site"]
    assert edition.run()[0] == 0
    assert (edition.site / "index.html").read_text() == "chapter one, revised pdf=True"


def test_a_read_only_old_site_is_still_replaced(edition):
    """A site whose folders were made read-only: replaced, and its old copy removed (before, it
    stayed as .site-old and every later build failed with 'Directory not empty')."""
    edition.run()
    (edition.site / "figures").mkdir()
    (edition.site / "figures" / "fig.png").write_bytes(b"png")
    (edition.site / "figures").chmod(0o555)
    edition.executed.write_text("chapter one, revised")
    try:
        code, out, _ = edition.run()
    finally:
        for d in edition.out.rglob("*"):
            if d.is_dir():
                d.chmod(0o755)
    assert code == 0 and "site built" in out
    assert not list(edition.out.glob(".site-*"))
    assert edition.run()[0] == 0 and not list(edition.out.glob(".site-*"))


def test_an_empty_partial_execution_is_not_kept(tmp_path, project):
    """A worker on a full disk writes a 0-byte notebook: nothing to inspect, so nothing kept,
    and no earlier failure's partial execution passed off as this one's."""
    _, out = project
    stage = tmp_path / "stage"
    stage.mkdir()
    (stage / "01_demo.ipynb").write_bytes(b"")
    earlier = out / "failed" / "zh" / "01_demo.ipynb"
    earlier.parent.mkdir(parents=True)
    earlier.write_text("an earlier failure")
    assert runner._promote(stage, "01_demo", "zh", ok=False) == []
    assert not earlier.exists()


def test_failed_entries_go_when_the_notebook_is_up_to_date(project, write_notebook, monkeypatch):
    nbdir, out = project
    write_notebook(nbdir / "01_demo.ipynb", "x = 1")
    failed = out / "failed" / "zh" / "01_demo.ipynb"
    failed.parent.mkdir(parents=True)
    failed.write_text("from when it failed")
    monkeypatch.setattr(runner, "up_to_date", lambda name, lang: True)
    (outcome,) = runner.reproduce(langs=["zh"], log=lambda *_: None)
    assert outcome.skipped and not (out / "failed").exists()


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS])
def test_a_write_error_while_publishing_names_the_path_and_what_is_left(edition, monkeypatch, code):
    edition.run()
    monkeypatch.setattr(site, "build", _refuse(edition.site, code, os.strerror(code)))
    edition.executed.write_text("chapter one, revised")
    rc, _, err = edition.run()
    assert rc == 1 and f"cannot write {edition.site}: {os.strerror(code)}" in err
    assert "the next run builds: site, pdf, check" in err


def test_a_full_disk_while_publishing_a_notebook_is_redone(project, monkeypatch, capsys):
    """The stamp is written last: a notebook whose publication stopped half-way runs again."""
    from xjutils.machinery import cli, publish

    nbdir, out = project
    (nbdir / "01_demo.ipynb").write_text("{}")

    def execute(name, lang, stage):  # a worker that ran the notebook, without a kernel
        (stage / "tables").mkdir()
        (stage / "tables" / "t.csv").write_text("a\n1\n")
        (stage / f"{name}.ipynb").write_text("executed")
        return runner.Outcome(name, lang, True, 0.1), {"tables": [], "modules": []}

    monkeypatch.setattr(runner, "_execute", execute)
    monkeypatch.setattr(publish, "run", lambda langs: ([], ["site skipped here"]))
    assert cli.main(["reproduce", "--lang", "zh"]) == 0
    with monkeypatch.context() as full:
        full.setattr(runner, "write_text", _refuse("x", errno.ENOSPC, "No space left"))
        assert cli.main(["reproduce", "--lang", "zh", "--force"]) == 1
    err = capsys.readouterr().err
    assert f"reproduce: cannot write {out}: No space left" in err and "Traceback" not in err
    assert "stopped: nothing was published" in err
    assert cli.main(["reproduce", "--lang", "zh"]) == 0
    assert "notebooks: 1 run, 0 up to date" in capsys.readouterr().out
