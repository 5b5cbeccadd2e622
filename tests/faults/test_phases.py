"""Each phase of a run stopped (Ctrl-C) or changed under it: the message says what outputs/
holds, checked; published outputs stay whole; the next plain run repairs the rest."""

import pytest

PHASES = ["notebooks", "site", "pdf", "check"]


def test_a_second_plain_run_is_up_to_date(edition):
    code, out, _ = edition.run()
    assert code == 0
    assert out.endswith("site built; PDFs built (1); browser check passed; PDF check passed\n")
    code, out, _ = edition.run()
    assert code == 0
    assert out.endswith("site up to date; PDFs up to date; checks passed (nothing changed since)\n")


@pytest.mark.parametrize("phase", PHASES)
def test_ctrl_c_in_each_phase_is_repaired_by_the_next_run(edition, phase):
    edition.run()
    before = (edition.site / "index.html").read_text()
    edition.executed.write_text("chapter one, revised")  # the site, PDFs and check are stale
    edition.fault[phase] = KeyboardInterrupt()
    code, _, err = edition.run()
    assert code == 130 and "Traceback" not in err
    assert err.startswith("interrupted: ")
    assert not list(edition.out.glob(".s*-*"))  # no staging or half-built site left
    if phase in ("notebooks", "site"):
        assert (edition.site / "index.html").read_text() == before  # the old site, whole
        assert "nothing was published; previous complete outputs are intact" in err
    if phase == "pdf":
        assert "published site;" in err and "the next run builds: pdf, check" in err
    if phase == "check":
        assert "published pdf, site;" in err and "the next run builds: check" in err
    del edition.fault[phase]
    code, out, _ = edition.run()
    assert code == 0, out
    assert (edition.site / "index.html").read_text() == "chapter one, revised pdf=True"
    assert (edition.site / "report.zh.pdf").read_bytes().endswith(b"revised pdf=True")
    assert edition.run()[1].count("up to date") == 3


def test_a_deleted_pdf_is_printed_again_though_the_site_exists(edition):
    """Before, "site up to date" meant only that outputs/site existed."""
    edition.run()
    (edition.site / "report.zh.pdf").unlink()
    code, out, _ = edition.run()
    assert code == 0 and "site up to date; PDFs built (1)" in out
    assert (edition.site / "report.zh.pdf").exists()
    (edition.site / "index.html").unlink()
    assert "site built; PDFs built (1)" in edition.run()[1]


def test_chromium_installed_later_runs_the_browser_check(edition, monkeypatch):
    """The PDFs need only the fonts; Chromium serves the site's check, run once it is found."""
    from xjutils.machinery import browser

    found = browser.executable()
    monkeypatch.setattr(browser, "executable", lambda: None)
    code, out, _ = edition.run()
    assert code == 0
    assert "site built; PDFs built (1); browser check skipped (no chromium); PDF check" in out
    monkeypatch.setattr(browser, "executable", lambda: found)
    code, out, _ = edition.run()
    assert code == 0 and "site up to date; PDFs up to date; browser check passed" in out


def test_fonts_installed_later_build_the_pdfs(edition, monkeypatch):
    from xjutils.machinery import fonts

    def missing(weight):
        raise fonts.FontMissingError("Noto Sans CJK SC Bold not installed")

    face = fonts.face
    monkeypatch.setattr(fonts, "face", missing)
    code, out, _ = edition.run()
    assert code == 0 and "site built; PDFs skipped (Noto Sans CJK SC Bold" in out
    assert (edition.site / "index.html").read_text().endswith("pdf=False")
    assert "site up to date; PDFs skipped" in edition.run()[1]
    monkeypatch.setattr(fonts, "face", face)
    code, out, _ = edition.run()
    assert code == 0 and "site built; PDFs built (1); browser check passed" in out
    assert (edition.site / "index.html").read_text().endswith("pdf=True")


def test_a_failed_check_is_not_taken_as_passed_next_time(edition, monkeypatch):
    from xjutils.machinery import site

    monkeypatch.setattr(site, "check", lambda root, **_: ["a problem"])
    assert edition.run()[0] == 1
    code, out, err = edition.run()
    assert code == 1 and "browser check FAILED" in out and "a problem" in err


def test_leftovers_of_a_killed_run_are_cleared_or_recovered(edition):
    """Killed between moving the old site aside and moving the new one in: the old one is
    put back (its stamp decides whether it is current); staging and temporary files go."""
    edition.run()
    edition.site.rename(edition.out / ".site-old-x1")
    (edition.out / ".site-new-x1" / "en").mkdir(parents=True)
    (edition.out / ".staging-x2" / "zh" / "01_demo").mkdir(parents=True)
    (edition.out / ".staging" / "zh").mkdir(parents=True)  # as named before
    (edition.out / ".report.zh.pdf.x3.pdf").write_bytes(b"half")
    code, out, err = edition.run()
    assert code == 0
    assert f"recovered {edition.site} from .site-old-x1" in err
    for name in (".site-new-x1", ".staging", ".staging-x2", ".report.zh.pdf.x3.pdf"):
        assert f"removed {edition.out / name} (left by a run that stopped half-way)" in err
    assert sorted(p.name for p in edition.out.glob(".*")) == [".lock", ".stamps"]
    assert out.count("up to date") == 3  # the recovered site was complete and current


def test_an_old_site_left_beside_the_current_one_goes(edition):
    """As named before runs had their own: a read-only site's old copy that rmtree could not
    remove, which made every later build fail with 'Directory not empty'."""
    edition.run()
    (edition.out / ".site-old" / "figures").mkdir(parents=True)
    (edition.out / ".site-old" / "figures" / "fig.png").write_bytes(b"png")
    (edition.out / ".site-old" / "figures").chmod(0o555)
    code, out, err = edition.run()
    assert code == 0 and f"removed {edition.out / '.site-old'}" in err
    assert not (edition.out / ".site-old").exists() and out.count("up to date") == 3


def test_the_browser_reads_the_site_while_the_pdfs_are_typeset_and_links_are_followed_after(
    edition, monkeypatch, tmp_path
):
    """Chromium's visit runs in a forked process: what it saw is left in files."""
    from xjutils.machinery import site

    def browse(root, links=True, **_):
        (tmp_path / f"browsed links={links}").touch()
        return []

    def follow(root):
        (tmp_path / f"followed pdf there={(root / 'report.zh.pdf').exists()}").touch()
        return []

    monkeypatch.setattr(site, "check", browse)
    monkeypatch.setattr(site, "broken_links", follow)
    assert edition.run()[0] == 0
    assert sorted(p.name for p in tmp_path.glob("*ed *")) == [
        "browsed links=False",
        "followed pdf there=True",
    ]
