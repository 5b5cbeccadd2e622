"""Exhibits numbered as the PDF numbers them, and the text's references resolved (exhibits.py)."""

import subprocess

import pandas as pd
import pytest
from bs4 import BeautifulSoup

from xjutils import present
from xjutils.machinery.site import exhibits

PAGE = """<main><p>See <a href="#tbl-gmv">Table</a> and <a href="#fig-fig01">Figure</a>.</p>
<table id="tbl-gmv"><caption>GMV</caption><tr><td>1</td></tr></table>
<details class="ledger"><summary>checks</summary>
<table id="tbl-claims"><caption>Claims</caption><tr><td>2</td></tr></table></details>
<div class="celltag_detail"><table><caption>Every row</caption><tr><td>3</td></tr></table></div>
<figure id="fig-fig01-{lang}"><img src="x.svg" alt="x"><figcaption>Chart</figcaption></figure>
<table><tr><td>uncaptioned</td></tr></table></main>"""


@pytest.mark.parametrize(
    "lang, table, figure, ledger",
    [
        ("en", "Table\u00a02.1", "Figure\u00a02.1", "Table\u00a0B.1"),
        ("zh", "表2-1", "图2-1", "表B-1"),
    ],
)
def test_exhibits_are_numbered_per_chapter_and_ledgers_per_appendix(lang, table, figure, ledger):
    soup = BeautifulSoup(PAGE.format(lang=lang), "html.parser")
    numbers = exhibits.number(soup, 2, "B", lang, "02_x")
    assert numbers == {"tbl-gmv": table, "tbl-claims": ledger, f"fig-fig01-{lang}": figure}
    links = {a["href"]: a.get_text() for a in soup.find_all("a")}
    assert links == {"#tbl-gmv": table, f"#fig-fig01-{lang}": figure}
    assert soup.find("table", id="tbl-gmv").caption.get_text().startswith(table)
    assert "no-print" in soup.find("span", class_="exhibit-number")["class"]  # Typst numbers


def test_a_link_to_an_exhibit_the_page_lacks_fails_naming_page_and_target():
    soup = BeautifulSoup('<p><a href="#tbl-gone">Table</a></p>', "html.parser")
    with pytest.raises(exhibits.UnresolvedReference, match="02_x: the link to #tbl-gone"):
        exhibits.number(soup, 2, None, "en", "02_x")


def test_the_summary_is_unnumbered_and_an_unreferenced_exhibit_is_found():
    soup = BeautifulSoup(
        PAGE.format(lang="en").replace('<a href="#tbl-gmv">Table</a>', ""), "html.parser"
    )
    with pytest.raises(exhibits.UnresolvedReference):  # chapter 0 numbers nothing to link to
        exhibits.number(BeautifulSoup(PAGE.format(lang="en"), "html.parser"), 0, None, "en")
    exhibits.number(soup, 1, "A", "en")
    assert exhibits.unreferenced(soup) == ["tbl-gmv"]  # the ledger's is referenced as a whole


def test_letters_go_in_order_to_the_chapters_with_ledgers():
    assert exhibits.letters(["01_a", "03_c"]) == {"01_a": "A", "03_c": "B"}


def test_a_labelled_table_carries_its_id_and_a_bad_label_is_refused():
    shown = present.table(pd.DataFrame({"x": [1]}), "en", caption=("甲", "A"), label="gmv-a")
    assert '<table id="tbl-gmv-a"' in shown._repr_html_()
    with pytest.raises(ValueError, match="label='GMV a'"):
        present.table(pd.DataFrame({"x": [1]}), "en", caption=("甲", "A"), label="GMV a")


@pytest.mark.slow
def test_the_pdf_numbers_a_reference_where_its_exhibit_went(tmp_path):
    """A reference in a chapter to a ledger's table reads as its appendix number (Table A.1):
    Typst numbers it at the exhibit, not at the reference (typeset.typ's `show ref`)."""
    from xjutils.machinery import pdf
    from xjutils.machinery.site import reader

    html = "<html><head><title>{t}</title></head><body><main>{b}</main></body></html>"
    body = (
        '<h1>01 · One: growth</h1><p>REFSENTENCE <a href="#tbl-claims">Table</a> ends.</p>'
        '<details class="ledger"><summary>s</summary><table id="tbl-claims"><caption>Claims'
        "</caption><thead><tr><th>x</th></tr></thead><tbody><tr><td>2</td></tr></tbody>"
        "</table></details>"
    )
    body = reader.numbered(body, 1, "A", "en")
    (tmp_path / "00_summary.html").write_text(html.format(t="S", b="<h1>Summary</h1>"), "utf-8")
    (tmp_path / "01_one.html").write_text(html.format(t="01 · One: growth", b=body), "utf-8")
    (tmp_path / "errata.html").write_text(html.format(t="E", b="<h1>Errata</h1>"), "utf-8")
    out = tmp_path / "x.pdf"
    out.write_bytes(pdf.typeset(tmp_path, "en", pdf.body(tmp_path, "en")))
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, timeout=60, check=True
    ).stdout
    assert "REFSENTENCE Table A.1 ends." in " ".join(text.split())
