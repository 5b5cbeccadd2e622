"""The chapter notebooks' narrative convention (docs/authors.md, "Narrative convention").

Every markdown cell is tagged `lang-zh` or `lang-en` and comes in an adjacent zh-then-en pair;
zh cells are Chinese, en cells carry no untranslated Chinese; and no markdown cell types a
number the notebook could compute (those sentences live in `remove-input` code cells).
"""

import re

import nbformat
import pytest

from xjutils import paths, present
from xjutils.machinery import notebooks

CONVERTED = sorted(notebooks.chapters().values())
LANG_TAGS = {"lang-zh", "lang-en"}

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
LATIN = re.compile(r"[A-Za-z]")
# The report's designators as Chinese writes them; English prose writes them in English.
DESIGNATOR = present.DESIGNATOR
CJK_RUN = re.compile(r"[\u3400-\u9fff（）“”、，。：；]+")  # a Chinese phrase, punctuation included
QUOTED_LATIN = re.compile(r"(?<=“)[A-Za-z][A-Za-z ,.'-]*(?=”)")
# What a narrative cell may hold besides prose: code spans, math, links' targets.
NOT_PROSE = re.compile(r"`[^`]*`|\$[^$]*\$|\]\([^)]*\)")
# Digits that are labels, not data: years, figure/table/section/chapter/erratum numbers.
LABELS = [
    r"(?:19|20)\d\d年\d{1,2}(?:[—–-]\d{1,2})?月(?:\d{1,2}日)?",  # dates: 2022年4月, 2021年9—11月
    r"(?<![\d.])(?:19|20)\d\d(?!\d|\.\d|%)",  # years
    r"[图表]\s?\d+-\d+|\b(?:Figure|Table)\s\d+\.\d+",  # the edition's exhibits: 图1-1, Table 1.1
    r"\bsection\s\d+\.\d+|(?<=“)\d+\.\d+(?=”)",  # the edition's sections: section 1.1, “1.1”
    r"第\d+页|\bp\.\s\d+",  # pages: 第4页, p. 4
    r"[图表]\s?\d+",  # 图3, 表2
    r"\b(?:Figures?|Tables?|Fig\.)\s\d+(?:[–-]\d+)?",  # Figure 3, Tables 1–3
    r"\b(?:fig|tab|ext)\d+[a-z]?\b",  # fig01, ext02a
    r"(?<![A-Za-z0-9])E\d{2}(?!\d)",  # erratum ids (勘误E17 too)
    r"[一二三四五六七八九十]+(?:[(（][一二三四五六七八九十]+[)）])?\d+",  # 二（二）4, 四（一）1
    # the report's sections in English: Section 2.2, item 5; Sections 1.2 and 1.4; Appendix A
    r"\bSections?\s{P}(?:\s(?:and|to)\s{P})*".format(P=r"\d+(?:\.\d+)?(?:,?\s\(?item\s\d+\)?)?"),
    r"\bchapters?\s0\d\b",  # our chapters: chapter 03
    r"\bChapters\s\d–\d\b|第\d—\d章",  # a range of the edition's chapters: Chapters 1–3
    r"\bChapters?\s\d\b|第\d章",  # the edition's chapters: Chapter 6, 第6章
    r"(?<![\d.])0\d(?!\d|\.\d|%)",  # chapter / notebook numbers: 01 … 09
]
LABEL = re.compile("|".join(LABELS))


def _markdown(name: str) -> list:
    nb = nbformat.read(paths.NOTEBOOKS / f"{name}.ipynb", as_version=4)
    return [c for c in nb.cells if c.cell_type == "markdown"]


def _lang(cell) -> str | None:
    tags = LANG_TAGS & set(cell.metadata.get("tags", []))
    return tags.pop().removeprefix("lang-") if len(tags) == 1 else None


def stray_digits(text: str) -> list[str]:
    """Digits left once code, math and labels (years, figure/table/section ids) are removed."""
    return re.findall(r"\S*\d\S*", LABEL.sub(" ", NOT_PROSE.sub(" ", text)))


@pytest.mark.parametrize(
    "text, stray",
    [
        ("图3与表2，二(二)4，2020–2023年，见笔记本04和 `fig01`", []),
        ("Figure 3 and Tables 1–3 in Section 1.1; erratum E07; chapter 06", []),
        ("见第6章 (see Chapter 6)", []),
        ("二对应第4章，一对应第1—3章; Section 1 in Chapters 1–3", []),
        ("“第4页”“图1-1”“1.1”; Figure 1.1, Table 1.1, section 1.1, p. 4", []),
        ("Sections 1.2 and 1.4, Section 2.2, item 5 and Appendix A", []),
        ("Sections 1.3 and 2.2 (item 5)", []),
        ("38 explains all but two", ["38"]),
        ("4.92% last year, 15.79% now", ["4.92%", "15.79%"]),
        ("样本量为37份", ["样本量为37份"]),
    ],
)
def test_stray_digits_tells_labels_from_numbers(text, stray):
    assert stray_digits(text) == stray


@pytest.mark.parametrize("name", CONVERTED)
def test_every_markdown_cell_has_one_language(name):
    untagged = [c.source[:50] for c in _markdown(name) if _lang(c) is None]
    assert not untagged, f"{name}: markdown cells without one lang-zh/lang-en tag: {untagged}"


@pytest.mark.parametrize("name", CONVERTED)
def test_languages_come_in_adjacent_pairs_zh_first(name):
    nb = nbformat.read(paths.NOTEBOOKS / f"{name}.ipynb", as_version=4)
    langs = [_lang(c) if c.cell_type == "markdown" else None for c in nb.cells]
    for i, lang in enumerate(langs):
        if lang == "zh":
            assert i + 1 < len(langs) and langs[i + 1] == "en", (
                f"{name}: zh cell without an en sibling after it: {nb.cells[i].source[:50]}"
            )
        if lang == "en":
            assert i > 0 and langs[i - 1] == "zh", (
                f"{name}: en cell without a zh sibling before it: {nb.cells[i].source[:50]}"
            )


@pytest.mark.parametrize("name", CONVERTED)
def test_zh_cells_are_chinese_and_en_cells_english(name):
    for cell in _markdown(name):
        prose = NOT_PROSE.sub(" ", cell.source)
        cjk, latin = len(CJK.findall(prose)), len(LATIN.findall(prose))
        if _lang(cell) == "zh":
            latin -= sum(len(q) for q in QUOTED_LATIN.findall(prose))  # “Jitterbug”: quoted
            assert cjk >= 2 * latin, f"{name}: zh cell is not mostly Chinese: {cell.source[:60]}"
        elif _lang(cell) == "en":
            runs = [r for r in CJK_RUN.findall(prose) if len(r) > 12]
            assert not runs and cjk <= 0.15 * max(latin, 1), (
                f"{name}: en cell holds untranslated Chinese {runs}: {cell.source[:60]}"
            )


@pytest.mark.parametrize("name", CONVERTED)
def test_en_cells_name_the_report_s_parts_in_english(name):
    """Part 1 (1), Table 1, Figures 23–28 in English; 一(一), 表1, 图23–图28 in Chinese."""
    found = {
        c.source[:40]: DESIGNATOR.findall(NOT_PROSE.sub(" ", c.source))
        for c in _markdown(name)
        if _lang(c) == "en"
    }
    found = {k: v for k, v in found.items() if v}
    assert not found, f"{name}: Chinese designators in English prose: {found}"


@pytest.mark.parametrize("name", CONVERTED)
def test_narrative_types_no_computable_number(name):
    found = {c.source[:40]: stray_digits(c.source) for c in _markdown(name)}
    found = {k: v for k, v in found.items() if v}
    assert not found, f"{name}: numbers typed into prose (compute them with prose.say): {found}"


@pytest.mark.parametrize("name", CONVERTED)
def test_computed_sentences_are_hidden_code_showing_markdown(name):
    nb = nbformat.read(paths.NOTEBOOKS / f"{name}.ipynb", as_version=4)
    for cell in nb.cells:
        if cell.cell_type != "code" or not re.search(r"^say\(", cell.source, re.M):
            continue
        assert "remove-input" in cell.metadata.get("tags", []), f"{name}: {cell.source[:50]}"
        shown = [o for o in cell.outputs if "text/markdown" in o.get("data", {})]
        assert shown, f"{name}: a say() cell whose stored output is not Markdown"


# What computing looks like in a cell: a reduction, reshaping or filtering of a frame.
COMPUTING = re.compile(
    r"\.(?:sum|mean|median|min|max|count|value_counts|groupby|sort_values|query|dropna|isna"
    r"|notna|diff|shift|pivot|pivot_table|merge|agg|apply|argsort|nunique|unique|cumsum)\("
    r"|\w\[\(*\w+\[[^\]]+\]\s*(?:[=!<>]=|[<>]|\.isin\()"  # a mask: frame[frame["x"] == y]
)
AUDIT = "08_audit"  # thinned separately, with src/xjutils/audit


def computing_lines(source: str) -> list[str]:
    return [line.strip() for line in source.splitlines() if COMPUTING.search(line)]


@pytest.mark.parametrize(
    "source, found",
    [
        (
            'n = int((rows["basis"] == "stated").sum())',
            ['n = int((rows["basis"] == "stated").sum())'],
        ),
        (
            "best = scan.sort_values(['fits', 'n']).iloc[0]",
            ["best = scan.sort_values(['fits', 'n']).iloc[0]"],
        ),
        ('fit = survey.sample_fit(scan, STATED)\nsay(lang, zh="{n}", en="{n}", n=fit.n)', []),
        ('who="；".join(rows["who_zh"])', []),
        (
            'implied = series[series["status"] == "derived"]',
            ['implied = series[series["status"] == "derived"]'],
        ),
        ("bad = links[links['class'].isin(['x'])]", ["bad = links[links['class'].isin(['x'])]"]),
        ('lo = c.at["s2", "low"] if v < 0 else 1', []),
    ],
)
def test_computing_lines_are_found(source, found):
    assert computing_lines(source) == found


@pytest.mark.parametrize("name", [n for n in CONVERTED if n != AUDIT])
def test_hidden_cells_only_format_what_chapter_functions_return(name):
    """The analysis behind a sentence lives in xjutils, tested (tests/unit/test_chapters.py)."""
    nb = nbformat.read(paths.NOTEBOOKS / f"{name}.ipynb", as_version=4)
    found = [
        line
        for cell in nb.cells
        if cell.cell_type == "code" and "remove-input" in cell.metadata.get("tags", [])
        for line in computing_lines(cell.source)
    ]
    assert not found, f"{name}: hidden cells compute (move it into the chapter's module): {found}"
