"""A real run of every chapter in both languages, built into the site and the PDF editions,
checked in headless Chromium and with poppler; and everything rebuilt, byte-identical.

One module-scoped run serves all checks. `make reproduce` builds and checks the same way.
"""

import json
import os
import re
import shutil

import pytest

from xjutils import paths, plots
from xjutils.build import browser, pdf, runner, site
from xjutils.build.site import layout, reader

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        browser.executable() is None and not os.environ.get("CI"),
        reason="no chromium here (CI installs Debian's chromium in .ci/run)",
    ),
]


def files(root):
    return {
        p.relative_to(root): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.name.startswith(".") and "site" not in p.parts
    }


def run(out, only, langs, monkeypatch):
    monkeypatch.setenv("XJUTILS_OUTPUTS", str(out))
    outcomes = runner.reproduce(only=only, langs=langs, jobs=2, force=True, log=lambda *_: None)
    assert all(o.ok for o in outcomes), [o.error for o in outcomes if not o.ok]


@pytest.fixture(scope="module")
def reproduced(tmp_path_factory):
    out = tmp_path_factory.mktemp("outputs")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(plots.LAYOUT_REPORT, str(out / "layout"))
        run(out, None, ["zh", "en"], mp)
        mp.setenv("XJUTILS_OUTPUTS", str(out))
        pdf.build(site.build(pdf=True))
        notes = []
        problems = site.check(out / "site", shots=out, notes=notes)
    return out, problems, notes


def test_site_reads_as_a_report(reproduced):
    """No code, each figure once with alt text, links and language links land, no errors."""
    out, problems, _ = reproduced
    assert (out / "site" / "index.html").exists() and (out / "site" / "en" / "index.html").exists()
    assert problems == []
    for shot in ("index.zh", "index.en", "chapter.zh", "chapter.en"):
        assert (out / f"site-{shot}.png").stat().st_size > 10_000


def test_no_figure_text_collides_clips_or_leaves(reproduced):
    """Every figure as the notebooks saved it, in both languages (`xjutils.layout`): no text
    overlaps another, leaves the figure or its panel, or is cut off; no internal id, no word
    of the other language."""
    out = reproduced[0]
    reports = {p.name[: -len(".json")]: p for p in sorted((out / "layout").glob("*.json"))}
    saved = {p.name[: -len(".png")] for p in (out / "figures").glob("*.png")}
    assert saved and set(reports) == saved
    faults = {k: json.loads(p.read_text(encoding="utf-8")) for k, p in reports.items()}
    faults = {k: v for k, v in faults.items() if v}
    assert not faults, "\n".join(f"{k}: {'; '.join(v)}" for k, v in faults.items())


def test_every_chapter_is_in_its_language(reproduced):
    """Strict once the notebooks' narrative is split into lang-zh / lang-en cells."""
    import nbformat

    notes = [n for n in reproduced[2] if "lang-zh/lang-en" in n]

    pending = [
        p.stem
        for p in sorted(paths.NOTEBOOKS.glob("*.ipynb"))
        if not reader.tagged(nbformat.read(p, as_version=4))
    ]
    if notes and pending:
        pytest.xfail(f"narrative not yet split into lang-zh/lang-en cells: {pending}")
    assert notes == []


def test_every_chapter_runs_in_both_languages(reproduced):
    out, _, _ = reproduced
    zh = sorted(p.name for p in (out / "site").glob("*.html") if layout.is_chapter(p.name))
    en = sorted(p.name for p in (out / "site" / "en").glob("*.html") if layout.is_chapter(p.name))
    assert zh == en and len(zh) == len(list(paths.NOTEBOOKS.glob("*.ipynb")))


@pytest.mark.skipif(
    shutil.which("pdffonts") is None and not os.environ.get("CI"),
    reason="no poppler-utils here (CI installs it in .ci/run)",
)
def test_pdfs_hold_every_chapter_with_embedded_fonts(reproduced, monkeypatch):
    out, _, _ = reproduced
    monkeypatch.setenv("XJUTILS_OUTPUTS", str(out))
    assert pdf.check(out / "site") == []


def test_gallery_links_each_figure_to_its_place(reproduced):
    out, _, _ = reproduced
    gallery = (out / "site" / "gallery.html").read_text(encoding="utf-8")
    assert 'href="01_overall.html#fig-fig01-zh"' in gallery
    assert 'href="data/overall.csv"' in gallery


def test_two_runs_are_byte_identical(reproduced, tmp_path, monkeypatch):
    out, _, _ = reproduced
    again = tmp_path / "again"
    run(again, ["01"], ["zh"], monkeypatch)
    first, second = files(out), files(again)
    shared = sorted(first.keys() & second.keys(), key=str)
    names = [str(k) for k in shared]
    assert "notebooks/zh/01_overall.ipynb" in names
    assert {"figures/fig01.zh.svg", "figures/fig01.zh.png", "tables/claims_01.csv"} <= set(names)
    assert [n for n, k in zip(names, shared) if first[k] != second[k]] == []


def test_rebuilding_the_site_and_pdfs_gives_identical_bytes(reproduced, monkeypatch):
    out, _, _ = reproduced
    monkeypatch.setenv("XJUTILS_OUTPUTS", str(out))
    root = out / "site"
    before = {p.relative_to(root): p.read_bytes() for p in root.rglob("*") if p.is_file()}
    pdfs = {p.name: p.read_bytes() for p in out.glob("report.*.pdf")}
    assert sorted(pdfs) == ["report.en.pdf", "report.zh.pdf"]
    pdf.build(site.build(pdf=True))
    after = {p.relative_to(root): p.read_bytes() for p in root.rglob("*") if p.is_file()}
    assert before.keys() == after.keys()
    assert [str(k) for k in before if before[k] != after[k]] == []
    assert {p.name: p.read_bytes() for p in out.glob("report.*.pdf")} == pdfs


def test_chapters_read_in_their_language_without_ids_or_chinese_designators(reproduced):
    """Chapters 01–07 as their reader gets them: tables and prose in the page's language, where
    the report printed a number instead of its id, English designators on English pages."""
    from bs4 import BeautifulSoup

    from xjutils import present

    out, _, notes = reproduced
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
