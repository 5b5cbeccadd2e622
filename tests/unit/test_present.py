"""present: the tables chapters 01–07 show, as their reader reads them, in either language."""

import re

import pandas as pd
import pytest

from xjutils import (
    cases,
    claims,
    data,
    labels,
    overall,
    platforms,
    prefectures,
    present,
    recommendations,
    sources,
    survey,
)

# What a reader must not meet: the data's ids and codes.
ID = present.INTERNAL
CODES = {k for k in labels.VALUES if isinstance(k, str)} | set(data.load("units")["unit_id"])
# The report's own designators, which English prose writes in English.
DESIGNATOR = present.DESIGNATOR
CJK = re.compile(r"[\u3400-\u9fff]")
# Columns whose words are themselves the subject (the machine translation's names, quoted).
QUOTED = {"机器翻译的名称", "Machine-translated name"}


def _chapter_frames():
    """The frames notebooks 01–07 show, as they build them (ids and codes included)."""
    shares = data.load("survey_shares")
    levels = platforms.levels()
    ev = recommendations.evidence()
    checked = claims.check_all()
    use = platforms.institutions_on_platforms()
    for n in (37, 38):
        use[f"k_of_{n}"] = [survey.counts(v, d, n) for v, d in zip(use["value"], use["decimals"])]
    news = data.load("news_numbers")
    yield "overall", data.load("overall")
    yield "facts", data.load("facts")
    yield "series", overall.series()
    yield "claims", checked
    yield "gmv", prefectures.gmv()
    yield "concentration", prefectures.concentration(prefectures.gmv())
    yield "gap", prefectures.total_gap(checked)
    yield "topics", prefectures.topics()
    yield "levels", levels
    yield "shares", platforms.shares(levels)
    yield "ratios", platforms.ratios(levels)
    yield "use", use
    yield "survey_shares", shares
    yield "scan", survey.scan(survey.exact_shares(2023)).query("n in [37, 38]")
    yield "per_share", survey.per_share(shares, {2023: 38, 2022: 61}, 37)
    yield "band_sums", survey.band_sums(shares)
    yield "ranked", survey.ranked(survey.per_share(shares, {2023: 38, 2022: 61}, 37), ["fig23"])
    yield "cases", data.load("cases")
    yield "case_numbers", cases.numbers()
    yield "timeline", cases.timeline()
    yield "news_entities", data.load("news_entities")
    yield "news_numbers", news
    yield "news_scan", survey.scan(news[news["unit"] == "percent"], range(20, 121)).head(8)
    yield "links", sources.compare()
    yield "errata", data.load("errata")
    yield "recommendations", data.load("recommendations")
    yield "evidence", ev
    yield "support", recommendations.support(ev)


FRAMES = dict(_chapter_frames())


def _cells(frame: pd.DataFrame, skip=()) -> list[str]:
    return [
        present.FILE.sub("", v)
        for col in frame.columns
        if col not in skip
        for v in frame[col]
        if isinstance(v, str) and v
    ]


@pytest.mark.parametrize("name", sorted(FRAMES))
def test_a_chinese_reader_table_holds_no_id_code_or_english_column(name):
    shown = present.table(FRAMES[name], "zh")
    assert not [h for h in shown.columns if ID.search(h) or re.search(r"英文|[a-z]{3,}", h)]
    cells = _cells(shown, QUOTED)
    assert not [c for c in cells if ID.search(c)], name
    assert not [c for c in cells if c in CODES], name
    # English words only in names and quotations: never a cell that is mostly Latin letters
    latin = [c for c in cells if len(re.findall(r"[a-z]", c)) > max(8, len(CJK.findall(c)))]
    assert not latin, latin[:3]


@pytest.mark.parametrize("name", sorted(FRAMES))
def test_an_english_reader_table_holds_no_id_code_chinese_column_or_designator(name):
    shown = present.table(FRAMES[name], "en")
    assert not [h for h in shown.columns if ID.search(h) or CJK.search(h)]
    cells = _cells(shown)
    assert not [c for c in cells if ID.search(c)], name
    assert not [c for c in cells if DESIGNATOR.search(c)], name


def test_presenting_leaves_the_ids_in_the_frame_that_is_saved():
    frame = data.load("overall")
    present.table(frame, "zh")
    assert list(frame["id"]) == list(data.load("overall")["id"])


@pytest.mark.parametrize(
    "args, zh, en",
    [
        (("一(一)", "fig01", 3), "图1，第3页", "Fig. 1, p. 3"),  # printed on the figure's page
        (("前言", "fig01", None), "前言", "Preface"),  # quoted in the unpaged preface
        (("摘要", "fig02", 1), "摘要，第1页", "Summary, p. 1"),  # restated in the summary
        (("二(二)5", None, 12), "二(二)5，第12页", "Part 2 (2) 5, p. 12"),
        (("二", None, 5), "第二章，第5页", "Part 2, p. 5"),
        ((None, "fig23", None), "图23，第21页", "Fig. 23, p. 21"),
        (("para06", None, None), "新闻报道第6段", "News article, para. 6"),
    ],
)
def test_where_the_report_printed_it(args, zh, en):
    assert present.where(*args, lang="zh") == zh
    assert present.where(*args, lang="en") == en


def test_a_ref_is_located_and_codes_read_as_words():
    assert present.locate("fig01.gmv.2023", "zh") == "图1，第3页"
    assert present.locate("s2.sample_37", "en") == "Part 2, p. 5"
    assert present.unit("100m_yuan", "zh") == "亿元"
    assert present.unit("100m_yuan", "en") == "100 million yuan"
    assert present.value("not_derivable", "zh") == "无从推导"
    assert present.value("government;industry_bodies", "en") == "government and industry bodies"


@pytest.mark.parametrize(
    "text, en",
    [
        ("chapter 二 adds", "Part 2 adds"),
        ("No share of chapters 二 and 四", "No share of Parts 2 and 4"),
        ("printed in 二(二)4 and in 附录(一)", "printed in Part 2 (2) 4 and in Appendix (1)"),
        ("Chapter 二 points to 附录二", "Part 2 points to Appendix 2"),
        ("图23–图28, redrawn from 表1", "Figures 23–28, redrawn from Table 1"),
        ("the word 产品 stays", "the word 产品 stays"),  # not a designator
    ],
)
def test_english_text_names_the_report_s_parts_in_english(text, en):
    assert present.english(text) == en


@pytest.mark.parametrize(
    "lang, expected",
    [
        ("zh", "《报告》一(二)，表1，第4页；新闻报道第6、41—43段"),
        ("en", "Report, Part 1 (2), Table 1, p. 4; News article, paras. 6 and 41–43"),
    ],
)
def test_evidence_reads_as_a_reference(lang, expected):
    assert present.evidence("report2023 一(二) tab01 p4; news2022 para06, para41-43", lang) == (
        expected
    )


def test_a_ranking_claim_shows_names_and_the_status_in_words():
    results = claims.check_all("claim_id == 's1_2.top3'")
    zh, en = claims.table(results, "zh"), claims.table(results, "en")
    assert zh.iloc[0].tolist()[:4] == [
        "一(二)，第3页",
        "地州市交易额前三",
        "乌鲁木齐市、阿克苏地区、和田地区",
        "乌鲁木齐市、阿克苏地区、和田地区",
    ]
    assert en.iloc[0]["Status"] == "reproduced" and zh.iloc[0]["状态"] == "已复现"


def test_a_series_of_statistics_names_its_keys():
    shown = present.table(pd.Series({"hhi": 2563.07, "n": 14.0, "p_permutation": 0.0151}), "zh")
    assert shown.values.tolist() == [
        ["赫芬达尔—赫希曼指数 (HHI)", "2563.07"],
        ["n", "14"],
        ["置换检验 p 值", "0.015"],
    ]
