"""Every chapter in both languages, built into the site and the PDF editions, checked in
headless Chromium and with poppler; and the site and PDFs rebuilt, byte-identical.

One module-scoped build serves all checks, in the session's shared outputs folder: under
`make test` the Chinese executions are nbval's (tests/plugins/executions.py) and the English
ones tests/site/test_runs.py's, both in the first phase, so the runner finds every chapter up
to date; run alone, it executes whatever is missing. `make reproduce`
builds and checks the same way.
"""

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import pytest

from xjutils import paths, plots
from xjutils.machinery import browser, notebooks, pdf, runner, site
from xjutils.machinery.site import layout, reader

pytestmark = [
    pytest.mark.slow,
    pytest.mark.edition,
    pytest.mark.skipif(
        browser.executable() is None and not os.environ.get("CI"),
        reason="no chromium here (CI installs Debian's chromium in .ci/run)",
    ),
]
# Set by `make test` for its second phase: the first has executed every chapter in each language.
SHARED = "XJUTILS_SHARED_EXECUTIONS"
TWIN_BUILD = "from xjutils.machinery import pdf, site; pdf.build(site.build(pdf=True))"


class Edition(NamedTuple):
    out: Path  # the outputs folder
    problems: list[str]  # what the site check found
    notes: list[str]  # the site check's notes
    outcomes: list[runner.Outcome]  # the runner's, per (chapter, language)
    twin: Path  # a second build of the same executions, made in another process


@pytest.fixture(scope="module")
def reproduced(tmp_path_factory):
    """Every chapter executed (by the first phase, or here), the site and PDFs built and checked;
    meanwhile a second, independent build of the same executions runs in another process (its
    folder is `Edition.twin`), for the byte-identity test."""
    out = paths.outputs()
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(plots.LAYOUT_REPORT, str(paths.layout_reports()))
        outcomes = runner.reproduce(langs=["zh", "en"], jobs=2, log=lambda *_: None)
        assert all(o.ok for o in outcomes), [o.error for o in outcomes if not o.ok]
        twin = tmp_path_factory.mktemp("twin")
        for sub in ("notebooks", "figures", "tables"):
            shutil.copytree(out / sub, twin / sub)
        second = subprocess.Popen(
            [sys.executable, "-c", TWIN_BUILD],
            env=os.environ | {"XJUTILS_OUTPUTS": str(twin)},
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        pdf.build(site.build(pdf=True))
        notes = []
        problems = site.check(out / "site", shots=out, notes=notes)
        log, _ = second.communicate(timeout=600)
        assert second.returncode == 0, log
    return Edition(out, problems, notes, outcomes, twin)


@pytest.mark.skipif(not os.environ.get(SHARED), reason="only under make test")
def test_each_chapter_is_executed_once(reproduced):
    """Under `make test` the first phase has executed every chapter in each language once
    (Chinese by nbval, English by tests/site/test_runs.py): the edition executes none again."""
    executed = sorted((o.name, o.lang) for o in reproduced.outcomes if not o.skipped)
    assert executed == []
    assert len(reproduced.outcomes) == 2 * len(notebooks.chapters())


def test_site_reads_as_a_report(reproduced):
    """No code, each figure once with alt text, links and language links land, no errors."""
    out, problems = reproduced.out, reproduced.problems
    assert (out / "site" / "index.html").exists() and (out / "site" / "en" / "index.html").exists()
    assert problems == []
    for shot in ("index.zh", "index.en", "chapter.zh", "chapter.en"):
        assert (out / f"site-{shot}.png").stat().st_size > 10_000


def test_no_figure_text_collides_clips_or_leaves(reproduced):
    """Every figure as the notebooks saved it, in both languages (`xjutils.layout`): no text
    overlaps another, leaves the figure or its panel, or is cut off; no internal id, no word
    of the other language."""
    out = reproduced.out
    reports = {p.name[: -len(".json")]: p for p in sorted(paths.layout_reports().glob("*.json"))}
    saved = {p.name[: -len(".svg")] for p in (out / "figures").glob("*.svg")}
    assert saved and set(reports) == saved
    faults = {k: json.loads(p.read_text(encoding="utf-8")) for k, p in reports.items()}
    faults = {k: v for k, v in faults.items() if v}
    assert not faults, "\n".join(f"{k}: {'; '.join(v)}" for k, v in faults.items())


def test_every_chapter_is_in_its_language(reproduced):
    """Strict once the notebooks' narrative is split into lang-zh / lang-en cells."""
    import nbformat

    notes = [n for n in reproduced.notes if "lang-zh/lang-en" in n]

    pending = [
        p.stem
        for p in sorted(paths.NOTEBOOKS.glob("*.ipynb"))
        if not reader.tagged(nbformat.read(p, as_version=4))
    ]
    if notes and pending:
        pytest.xfail(f"narrative not yet split into lang-zh/lang-en cells: {pending}")
    assert notes == []


def test_every_chapter_runs_in_both_languages(reproduced):
    out = reproduced.out
    zh = sorted(p.name for p in (out / "site").glob("*.html") if layout.is_chapter(p.name))
    en = sorted(p.name for p in (out / "site" / "en").glob("*.html") if layout.is_chapter(p.name))
    assert zh == en and len(zh) == len(list(paths.NOTEBOOKS.glob("*.ipynb")))


@pytest.mark.skipif(
    shutil.which("pdffonts") is None and not os.environ.get("CI"),
    reason="no poppler-utils here (CI installs it in .ci/run)",
)
def test_pdfs_hold_every_chapter_with_embedded_fonts(reproduced, monkeypatch):
    out = reproduced.out
    monkeypatch.setenv("XJUTILS_OUTPUTS", str(out))
    assert pdf.check(out / "site") == []


def test_no_page_is_more_than_a_third_blank_but_a_chapters_last(reproduced, monkeypatch):
    """A ceiling, not yet zero: one page in each edition, where chapter 4 ends in a run of
    charts (the last, of survey panels, taller than what is left of its page) or chapter 7's
    last section opens with its tall matrix. Lower it as figures are redrawn; never raise it."""
    monkeypatch.setenv("XJUTILS_OUTPUTS", str(reproduced.out))
    notes = pdf.layout_notes(reproduced.out / "site")
    for name in ("report.zh.pdf", "report.en.pdf"):
        assert len([n for n in notes if n.startswith(name)]) <= 1, notes


def test_gallery_links_each_figure_to_its_place(reproduced):
    out = reproduced.out
    gallery = (out / "site" / "gallery.html").read_text(encoding="utf-8")
    assert 'href="01_overall.html#fig-fig01-zh"' in gallery
    assert 'href="data/overall.csv"' in gallery


def test_two_builds_of_the_site_and_pdfs_are_byte_identical(reproduced):
    """The fixture's build and an independent one in another process and another folder."""

    def files(root):
        return {p.relative_to(root): p.read_bytes() for p in root.rglob("*") if p.is_file()}

    first, second = files(reproduced.out / "site"), files(reproduced.twin / "site")
    assert first.keys() == second.keys()
    assert [str(k) for k in first if first[k] != second[k]] == []
    pdfs = sorted(p.name for p in reproduced.out.glob("report.*.pdf"))
    assert pdfs == ["report.en.pdf", "report.zh.pdf"]
    for name in pdfs:
        assert (reproduced.out / name).read_bytes() == (reproduced.twin / name).read_bytes()


def test_chapters_read_in_their_language_without_ids_or_chinese_designators(reproduced):
    """Chapters 01–07 as their reader gets them: tables and prose in the page's language, where
    the report printed a number instead of its id, English designators on English pages."""
    from bs4 import BeautifulSoup

    from xjutils import present

    out, notes = reproduced.out, reproduced.notes
    chapters = tuple(f"{p}{n:02d}_" for n in range(1, 8) for p in ("", "en/"))
    assert not [n for n in notes if n.startswith(chapters)]
    for lang, folder in (("zh", out / "site"), ("en", out / "site" / "en")):
        for page in sorted(folder.glob("0[1-7]_*.html")):
            if not layout.is_chapter(page.name):
                continue
            main = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").main
            for code in main.find_all("code"):
                code.decompose()
            text = main.get_text(" ")
            headers = " ".join(th.get_text(" ") for th in main.find_all("th"))
            assert "<th>id</th>" not in str(main), page
            assert present.internal_ids(text) == [], (lang, page.name)
            assert not re.search(r"notebook|笔记本", text, re.IGNORECASE), (lang, page.name)
            if lang == "en":
                assert present.designators(text) == [], page.name
            else:  # no column of the other language
                assert not re.search(r"英文|[A-Za-z]{3,}", headers), page.name
