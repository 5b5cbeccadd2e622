"""The reader's edition on hand-made notebooks and tables (no browser needed)."""

import re

import nbformat
import pandas as pd
import pytest
from bs4 import BeautifulSoup
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from xjutils import labels
from xjutils.machinery.site import reader
from xjutils.machinery.site.check import _words

PNG = "iVBORw0KGgo="
SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10pt" height="10pt"></svg>'


def notebook():
    anchor = new_output("display_data", data={"text/html": '<span id="fig-fig01-en"></span>'})
    image = new_output("display_data", data={"image/svg+xml": SVG}, metadata={"alt": "Bars"})
    frame = pd.DataFrame({"value": [12.2, 4.579967, None]})
    table = new_output("execute_result", data={"text/html": frame._repr_html_(), "text/plain": ""})
    return new_notebook(
        cells=[
            new_markdown_cell("# Chapter one", metadata={"tags": ["lang-en"]}),
            new_markdown_cell("# 第一章", metadata={"tags": ["lang-zh"]}),
            new_code_cell('lang = "zh"', metadata={"tags": ["parameters"]}),
            new_code_cell('lang = "en"', metadata={"tags": ["injected-parameters"]}),
            new_code_cell("SECRET_CODE = 1\nframe", outputs=[table]),
            new_code_cell("fig", outputs=[anchor, image, dict(image)]),
        ]
    )


def test_chapter_hides_code_and_other_language_and_shows_each_figure_once():
    body = reader.chapter(notebook(), "en")
    assert "Chapter one" in body and "第一章" not in body
    assert "SECRET_CODE" not in body and 'lang = "' not in body
    soup = BeautifulSoup(body, "html.parser")
    images = soup.find_all("img")
    assert [i["src"] for i in images] == ["figures/fig01.en.svg"]
    assert images[0]["alt"] and "No description" not in images[0]["alt"]
    assert (
        soup.find("figure", id="fig-fig01-en")
        .figcaption.get_text()
        .endswith("(redrawn from the report's Figure 1, of which the text gives only some values)")
    )


def test_tables_read_without_index_nan_or_long_decimals():
    soup = BeautifulSoup(reader.chapter(notebook(), "zh"), "html.parser")
    table = soup.find("table")
    assert [th.get_text() for th in table.find_all("th")] == ["数值"]
    assert [td.get_text() for td in table.find_all("td")] == ["12.2", "4.580", ""]


def test_truncated_text_is_restored_from_data():
    full = (
        "The rows of Table 1, the prefectures and the line attributed to Xinjiang as a whole,"
        " do not add up to the 2023 Xinjiang total."
    )
    assert reader.restore(full[:47] + "...") == full


def test_title_follows_the_language():
    nb = nbformat.from_dict(notebook())
    assert reader.title(reader.filtered(nb, "zh")) == "第一章"
    assert reader.tagged(nb)


def test_a_figure_with_alt_text_replaces_the_inline_duplicates():
    described = new_output("display_data", data={"image/png": "AAAA"}, metadata={"alt": "Bars"})
    inline = new_output("execute_result", data={"image/png": PNG, "text/plain": "<Figure>"})
    nb = new_notebook(cells=[new_code_cell("fig", outputs=[described, inline, dict(inline)])])
    images = BeautifulSoup(reader.chapter(nb, "en"), "html.parser").find_all("img")
    assert [i["alt"] for i in images] == ["Bars"]


def test_detail_cells_are_in_the_with_code_variant_only():
    listing = new_output("execute_result", data={"text/plain": "ROW_LEVEL_LISTING"})
    summary = new_output("execute_result", data={"text/plain": "SUMMARY_TABLE"})
    nb = new_notebook(
        cells=[
            new_markdown_cell("# Chapter", metadata={"tags": ["lang-en"]}),
            new_code_cell("summary", outputs=[summary]),
            new_markdown_cell("## Every row", metadata={"tags": ["lang-en", "detail"]}),
            new_code_cell("listing", outputs=[listing], metadata={"tags": ["detail"]}),
        ]
    )
    reader_view = reader.chapter(nb, "en")
    assert "SUMMARY_TABLE" in reader_view
    assert "ROW_LEVEL_LISTING" not in reader_view and "Every row" not in reader_view
    with_code = reader.chapter(nb, "en", with_code=True)
    assert "ROW_LEVEL_LISTING" in with_code and "Every row" in with_code


def test_a_column_present_wrote_keeps_its_decimals():
    frame = pd.DataFrame({"数值": ["2022", "4.92", "0.069"]})  # statistics, each as written
    out = new_output("execute_result", data={"text/html": frame._repr_html_(), "text/plain": ""})
    nb = new_notebook(cells=[new_code_cell("present.table(s, lang)", outputs=[out])])
    cells = BeautifulSoup(reader.chapter(nb, "zh"), "html.parser").find_all("td")
    assert [td.get_text() for td in cells] == ["2022", "4.92", "0.069"]
    assert reader.presented(nb) and not reader.presented(notebook())


def test_captions_name_the_original_without_taking_its_number():
    gathered = reader.caption("fig02-15", "zh")
    assert gathered.startswith("正文只给出一两个选项的各图（分图（a）至（i）依次据原图2、4、6、7")
    assert "15重绘" in gathered and "勘误E08" in gathered  # sums of rounded shares
    assert "E07" not in gathered  # the inferred n: said once in the chapter, not per caption
    assert "Figures 2, 4, 6, 7, 8, 11, 12, 14 and 15, in that order" in reader.caption(
        "fig02-15", "en"
    )
    five = reader.caption("fig05", "zh")
    assert five.startswith("2023 年直播机构 GMV 分布（据原图5重绘；正文给出全部5个选项")
    assert "erratum" not in reader.caption("fig05", "en")
    three = reader.caption("fig03", "en")
    assert "none for 2021" in three and "Figure 3" in three
    assert reader.caption("tab01", "en").endswith(
        "(charted from the report's Table 1; on the gap, see erratum E01)"
    )
    assert reader.caption("tab02", "en").endswith("(charted from the report's Table 2)")
    own = reader.caption("ext02a", "en")
    assert own == labels.t("tiles_title", "en") and "02a" not in own


def test_the_site_check_finds_ids_and_chinese_designators():
    zh = _words(["图1，第3页", "fig01.gmv.2020", "100m_yuan", "见 data/news_numbers.csv"], "zh")
    assert zh == ["internal ids or codes shown to readers: 100m_yuan, fig01.gmv.2020"]
    en = _words(["Section 1.1, Fig. 1, p. 3", "chapter 一(一)", "表1, redrawn", "图23–图28"], "en")
    assert en == ["Chinese designators in English text: 一(一), 图23, 图28, 表1"]
    assert _words(["Section 1.1, Table 1, Figures 23–28; 抖音 (Douyin)"], "en") == []


@pytest.mark.parametrize(
    "text",
    [
        "Part 2 (2) 5",
        "Appendix (1)",
        "issue 3",
        "place 1",
        "floor 4",
        "GMV (100 million yuan)",
        "6.03 10 thousand sessions",
        "Part 1 (2),p. 3",
    ],
)
def test_the_site_check_finds_english_written_the_chinese_way(text):
    """Issue 19's examples fail the English pages; their English forms pass."""
    assert _words([text], "en")[0].startswith("English written the Chinese way")
    assert _words([text], "zh") == []


def test_english_forms_pass_the_site_check():
    fine = "Section 2.2, item 5, p. 12; Appendix A; fourth floor; GMV (billion yuan); 12,504"
    assert _words([fine, "topics above 100 million plays"], "en") == []


def test_printed_text_names_no_file_code_or_download():
    from xjutils.machinery.site.check import printed_words

    assert printed_words(["data/errata.csv lists them"], [])[0].startswith("files or downloads")
    assert printed_words(["see the downloads"], []) and printed_words(["含代码版"], [])
    assert printed_words(["the with-code version"], [])
    assert printed_words(["plain words"], ["fig01"])[0].startswith("code in printed text")
    assert printed_words(["Table 1, p. 4; 12.5%", "“Appendix 2”"], []) == []


def test_the_caption_check_finds_an_uncaptioned_table_in_every_chapter(tmp_path):
    """Chapter 08's tables were exempt (check.UNCAPTIONED); every exhibit is captioned now."""
    from xjutils.machinery.site.check import captions

    page = "<main><table><caption>{}</caption><tr><td>1</td></tr></table>{}</main>"
    fig = '<figure id="fig-x"><img src="x.png" alt="x"><figcaption>{}</figcaption></figure>'
    (tmp_path / "en").mkdir()
    (tmp_path / "01_overall.html").write_text(page.format("表述", fig.format("图")), "utf-8")
    (tmp_path / "en" / "01_overall.html").write_text(page.format("", fig.format("")), "utf-8")
    (tmp_path / "08_audit.html").write_text(page.format("", ""), "utf-8")
    problems, examined = captions(tmp_path)
    assert problems == [
        "08_audit.html: table 1 has no caption",
        "en/01_overall.html: table 1 has no caption",
        "en/01_overall.html: figure fig-x has no caption",
    ]
    assert examined.startswith("captions: 3 tables and 2 figures on 3 chapter pages")


def test_the_pdf_check_counts_each_number_once():
    from xjutils.machinery import pdf

    text = "表 1-1 甲 . . 8\n表1-2 乙\n图 2-1 丙\n表 1-1 甲\n2020-2023年"
    assert pdf.numbered(text, "zh") == {"figure": {"2-1"}, "table": {"1-1", "1-2"}}
    assert pdf.numbered("Figure 1.1 x\nTable 2.3 y\nFigure 1.1 x\nFigure 3", "en") == {
        "figure": {"1-1"},
        "table": {"2-3"},
    }


def test_a_planted_ledger_cell_is_collapsed_on_the_site_and_moves_to_an_appendix(tmp_path):
    from xjutils.machinery import pdf

    frame = pd.DataFrame({"value": [1.5]})
    ledger = new_output(
        "execute_result",
        data={
            "text/html": frame.to_html().replace("<thead>", "<caption>LEDGERCAP</caption><thead>")
        },
    )
    nb = new_notebook(
        cells=[
            new_markdown_cell("# 01 · Chapter one: growth", metadata={"tags": ["lang-en"]}),
            new_markdown_cell("BODYSENTENCE", metadata={"tags": ["lang-en"]}),
            new_code_cell("ledger", outputs=[ledger], metadata={"tags": ["ledger"]}),
        ]
    )
    page = reader.chapter(nb, "en")
    soup = BeautifulSoup(page, "html.parser")
    (details,) = soup.select("details.ledger")
    assert "LEDGERCAP" in details.summary.get_text() and details.find("table")
    html = "<html><head><title>01 · Chapter one: growth</title></head><body><main>{}</main>"
    (tmp_path / "00_summary.html").write_text(html.format("<h1>Summary</h1><p>FRONT</p>"), "utf-8")
    (tmp_path / "01_one.html").write_text(html.format(page), "utf-8")
    (tmp_path / "errata.html").write_text(html.format("<h1>Errata</h1><p>ERRATALIST</p>"), "utf-8")
    typst = pdf.body(tmp_path, "en")
    start = typst.index('#state("appendix").update(true)')
    assert typst.index("FRONT") < typst.index("BODYSENTENCE") < start
    assert typst.index("item-by-item checks are in Appendix A.") < start
    assert start < typst.index("LEDGERCAP") < typst.index("ERRATALIST")
    assert typst.count("LEDGERCAP") == 1  # moved, not copied
    assert "Chapter one: the checks item by item" in typst[start:]


def test_the_pdf_check_counts_appendix_exhibits_too():
    from xjutils.machinery import pdf

    assert pdf.numbered("表A-1 甲\n表 1-1 乙\n图B-2 丙", "zh") == {
        "figure": {"B-2"},
        "table": {"A-1", "1-1"},
    }
    assert pdf.numbered("Table A.1 x\nFigure 2.1 y", "en") == {"figure": {"2-1"}, "table": {"A-1"}}


def test_an_appendix_exhibit_numbered_past_the_appendices_is_found():
    """Typst once lettered the appendices' tables from the chapter count (表J-1 under 附录A)."""
    from xjutils.machinery import pdf

    found = pdf.stray_letters("附录A 核对明细 表A-1 表J-1", "zh")
    assert found == ["table J-1 under no appendix J"]
    assert pdf.stray_letters("Appendix A … Table A.1 … Figure 2.1", "en") == []


def test_the_pdf_lists_a_short_caption_and_sizes_columns_from_their_content():
    """typeset.lua: the lists of figures and tables show a caption up to its first remark or
    sentence (a part's number such as 一（四） is not a remark); a long text column is not
    squeezed beside a short one."""
    import pypandoc

    from xjutils.machinery import pdf

    long = "The walnut brother: a farm-produce anchor on Kuaishou who sells far and wide"
    html = (
        "<table><caption>一（四）和原表3的表述（各行出处均为表3）</caption>"
        "<thead><tr><th>Kind</th><th>Title</th><th>Note</th></tr></thead>"
        f"<tbody><tr><td>person</td><td>{long}</td><td>{long}</td></tr></tbody></table>"
        "<figure><img src='a.svg' alt='x'><figcaption>Sources of goods (redrawn from the "
        "report's Figure 9). More</figcaption></figure>"
    )
    typst = pypandoc.convert_text(
        html, "typst", format="html", extra_args=["--wrap=none", f"--lua-filter={pdf.FILTER}"]
    )
    assert "get() [一（四）和原表3的表述] else [一（四）和原表3的表述（各行出处均为表3）]" in typst
    assert "get() [Sources of goods] else [Sources of goods (redrawn" in typst
    # a short column at its own width (Kind: 6 units = 4.1em), the long ones in shares
    assert re.search(r"columns: \(4\.1em, \d+fr, \d+fr,\)", typst)


def test_a_chapter_says_once_where_its_ledgers_went(tmp_path):
    from xjutils.machinery import pdf

    page = (
        "<h1>01 · One</h1><details class='ledger'><summary>s</summary><p>L1</p></details>"
        "<p>MID</p><details class='ledger'><summary>s</summary><p>L2</p></details>"
    )
    html = "<html><head><title>01 · One</title></head><body><main>{}</main>"
    (tmp_path / "00_summary.html").write_text(html.format("<h1>Summary</h1>"), "utf-8")
    (tmp_path / "01_one.html").write_text(html.format(page), "utf-8")
    (tmp_path / "errata.html").write_text(html.format("<h1>Errata</h1>"), "utf-8")
    typst = pdf.body(tmp_path, "en")
    assert typst.count("item-by-item checks are in Appendix A.") == 1
    assert typst.index("L1") < typst.index("L2")  # both ledgers moved, in order


def test_an_exhibit_printed_before_the_one_it_follows_is_found():
    from xjutils.machinery import pdf

    # the text names 图4-3 before 图4-2 (a reference); the lists give each caption's page,
    # as pdftotext reads them: the numbers first, then the entries with their pages
    text = "见图 4-3。\f图目录\n图 4-2\n图 4-3\n\n乙 . . . . \u20609\n甲 . . . . 8\n"
    assert pdf.out_of_order(text, "zh") == ["figure 4-3 printed before 4-2"]
    text = "See Figure 4.3.\fList of figures\nFigure 4.2\nFigure 4.3\nB . . . 8\nA . . . 9\f"
    assert pdf.out_of_order(text + "List of tables\nTable A.1 C . . . 9", "en") == []
    with pytest.raises(ValueError, match="the list of figures reads 2 numbers, 1 pages"):
        pdf.out_of_order("List of figures\nFigure 4.2\nFigure 4.3\nB . . . 8\nA", "en")


def test_a_thousands_comma_is_not_a_phrase_break():
    """ "300,000 persons" printed "300, 000 persons" (issue 19's readers)."""
    assert len(reader.phrases("300,000 persons")) <= 1  # never ["300,", "000 persons"]
    assert reader.phrases("minor, certain") == ["minor,", "certain"]


def test_the_pdf_sets_straight_quotes_as_typographic_ones():
    import pypandoc

    from xjutils.machinery import pdf

    html = '<p>the "all" option ("k" indicative)</p>'
    typst = pypandoc.convert_text(
        html, "typst", format="html", extra_args=["--wrap=none", f"--lua-filter={pdf.FILTER}"]
    )
    # an escaped \" Typst would print straight
    assert "“all”" in typst and "(“k”" in typst and '\\"' not in typst
