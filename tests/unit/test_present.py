"""present: the tables chapters 01–07 show, as their reader reads them, in either language."""

import re

import pandas as pd
import pytest
from bs4 import BeautifulSoup

from xjutils import (
    cases,
    claims,
    data,
    labels,
    overall,
    platforms,
    prefectures,
    present,
    prose,
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


def _survey_shares_as_counts():
    return survey.per_share(
        data.load("survey_shares"), survey.sample_sizes(), survey.stated_sample_size()
    )


# The frames chapters 01–07 show (ids and codes included), built by the chapter functions the
# notebooks call; each is built on first use, never at collection.
BUILD = {
    "overall": lambda: data.load("overall"),
    "facts": lambda: data.load("facts"),
    "series": overall.series,
    "claims": claims.check_all,
    "gmv": prefectures.gmv,
    "concentration": lambda: prefectures.concentration(prefectures.gmv()),
    "gap": lambda: prefectures.total_gap(claims.check_all("item in ['tab01', 'tab03']")),
    "topics": prefectures.topics,
    "levels": platforms.levels,
    "shares": lambda: platforms.shares(platforms.levels()),
    "ratios": lambda: platforms.ratios(platforms.levels()),
    "use": lambda: platforms.as_counts(
        platforms.institutions_on_platforms(),
        survey.stated_sample_size(),
        survey.survey_year_size(),
    ),
    "survey_shares": lambda: data.load("survey_shares"),
    "scan": lambda: survey.stated_and_explaining(
        survey.scan(survey.exact_shares(2023)), survey.stated_sample_size()
    ),
    "per_share": _survey_shares_as_counts,
    "band_sums": lambda: survey.band_sums(data.load("survey_shares")),
    "ranked": lambda: survey.ranked(_survey_shares_as_counts(), ["fig23"]),
    "cases": lambda: data.load("cases"),
    "case_numbers": cases.numbers,
    "timeline": cases.timeline,
    "news_entities": lambda: data.load("news_entities"),
    "news_numbers": lambda: data.load("news_numbers"),
    "news_scan": lambda: survey.by_fit(sources.base_survey_scan()).head(8),
    "links": sources.compare,
    "errata": lambda: data.load("errata"),
    "recommendations": lambda: data.load("recommendations"),
    "evidence": recommendations.evidence,
    "support": lambda: recommendations.support(recommendations.evidence()),
}


class _Built(dict):
    def __missing__(self, name):
        self[name] = BUILD[name]()
        return self[name]


@pytest.fixture(scope="module")
def frames() -> dict:
    """The chapters' frames by name, each built once, when a test first asks for it."""
    return _Built()


def _cells(frame: pd.DataFrame, skip=()) -> list[str]:
    return [
        present.FILE.sub("", v)
        for col in frame.columns
        if col not in skip
        for v in frame[col]
        if isinstance(v, str) and v
    ]


@pytest.mark.parametrize("name", sorted(BUILD))
def test_a_chinese_reader_table_holds_no_id_code_or_english_column(name, frames):
    shown = present.table(frames[name], "zh")
    assert not [h for h in shown.columns if ID.search(h) or re.search(r"英文|[a-z]{3,}", h)]
    cells = _cells(shown, QUOTED)
    assert not [c for c in cells if ID.search(c)], name
    assert not [c for c in cells if c in CODES], name
    # English words only in names and quotations: never a cell that is mostly Latin letters
    latin = [c for c in cells if len(re.findall(r"[a-z]", c)) > max(8, len(CJK.findall(c)))]
    assert not latin, latin[:3]


@pytest.mark.parametrize("name", sorted(BUILD))
def test_an_english_reader_table_holds_no_id_code_chinese_column_or_designator(name, frames):
    shown = present.table(frames[name], "en")
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
        (("二(二)5", None, 12), "二（二）5，第12页", "Section 2.2, item 5, p. 12"),
        (("二", None, 5), "第二章，第5页", "Section 2, p. 5"),
        ((None, "fig23", None), "图23，第21页", "Fig. 23, p. 21"),
        (("para06", None, None), "新闻报道第6段", "News article, para. 6"),
    ],
)
def test_where_the_report_printed_it(args, zh, en):
    assert present.where(*args, lang="zh") == zh
    assert present.where(*args, lang="en") == en


def test_a_ref_is_located_and_codes_read_as_words():
    assert present.locate("fig01.gmv.2023", "zh") == "图1，第3页"
    assert present.locate("s2.sample_37", "en") == "Section 2, p. 5"
    assert present.unit("100m_yuan", "zh") == "亿元"
    assert present.unit("100m_yuan", "en") == "100 million yuan"
    assert present.value("not_derivable", "zh") == "无法核对"
    assert present.value("government;industry_bodies", "en") == "government and industry bodies"


@pytest.mark.parametrize(
    "text, en",
    [
        ("chapter 二 adds", "Section 2 adds"),
        ("No share of chapters 二 and 四", "No share of Sections 2 and 4"),
        ("printed in 二(二)4 and in 附录(一)", "printed in Section 2.2, item 4 and in Annex A"),
        ("Chapter 二 points to 附录二", "Section 2 points to Annex B"),
        ("图23–图28, redrawn from 表1", "Figures 23–28, redrawn from Table 1"),
        ("the word 产品 stays", "the word 产品 stays"),  # not a designator
    ],
)
def test_english_text_names_the_report_s_parts_in_english(text, en):
    assert present.english(text) == en


@pytest.mark.parametrize(
    "lang, expected",
    [
        ("zh", "《报告》一（二），表1，第4页；新闻报道第6、41—43段"),
        ("en", "Report, Section 1.2, Table 1, p. 4; News article, paras. 6 and 41–43"),
    ],
)
def test_evidence_reads_as_a_reference(lang, expected):
    assert present.evidence("report2023 一(二) tab01 p4; news2022 para06, para41-43", lang) == (
        expected
    )


def test_a_ranking_claim_shows_names_and_the_status_in_words():
    results = claims.check_all("claim_id == 's1_2.top3'")
    zh, en = present.claims_table(results, "zh"), present.claims_table(results, "en")
    assert zh.iloc[0].tolist()[:4] == [
        "一（二），第3页",
        "地州市交易额前三",
        "乌鲁木齐市、阿克苏地区、和田地区",
        "乌鲁木齐市、阿克苏地区、和田地区",
    ]
    assert en.iloc[0]["Status"] == "reproduced" and zh.iloc[0]["状态"] == "已复现"


def test_a_series_of_statistics_names_its_keys():
    shown = present.table(pd.Series({"hhi": 2563.07, "n": 14.0, "p_permutation": 0.0151}), "zh")
    assert shown.values.tolist() == [
        ["赫芬达尔-赫希曼指数（HHI）", "2563"],  # no false precision: none from 1000 up
        ["n", "14"],
        ["置换检验 p 值", "0.015"],
    ]


# --- units, precision, order and status as a statistics bureau's table shows them -----------


def _row(shown: pd.DataFrame, col: str, what: str) -> pd.Series:
    return shown[shown[col] == what].iloc[0]


def test_chinese_money_reads_in_wan_or_yi_and_ages_and_batches_in_their_words(frames):
    zh = present.table(frames["news_numbers"], "zh")
    value = dict(zip(zh["内容"], zh["数值"]))
    assert value["新疆带货主播直播GMV总额"] == "17亿元"  # 1.7十亿元
    assert value["抖音平台直播GMV"] == "3亿元"  # 300百万元, no invented 3.00
    assert value["核桃哥销售额"] == "180万元"
    assert value["小别克团队负责人年龄"] == "32岁"
    assert value["参加的培训批次"] == "第1批"
    assert value["主播GMV排名前列地区数"] == "3个"  # regions, not people: no 名
    assert not any("十亿元" in v or "百万元" in v for v in zh["数值"])
    en = present.table(frames["news_numbers"], "en")
    assert "32 years old" in set(en["Value"]) and "1 week" in set(en["Value"])
    assert "1.7 billion yuan" in set(en["Value"])


def test_no_invented_decimals_when_an_amount_is_rescaled():
    from xjutils import prose

    assert prose.quantity(500, "10k_yuan", "en", 0) == "5 million yuan"
    assert prose.quantity(230, "10k_yuan", "en", 0) == "2.3 million yuan"
    assert prose.quantity(300, "million_yuan", "zh", 0) == "3亿元"
    assert prose.quantity(2.25, "100m_yuan", "en", 2) == "225 million yuan"


def test_one_unit_goes_into_the_header_and_a_metric_s_unit_into_its_name(frames):
    zh = present.table(
        frames["survey_shares"][["id", "option_zh", "value", "decimals"] + ["unit"]], "zh"
    )
    assert "比重（%）" in zh.columns and "单位" not in zh.columns
    assert present.table(frames["overall"], "en").columns.tolist().count("Unit") == 0
    levels = present.table(frames["levels"], "zh")
    assert "单位" not in levels.columns and "直播交易额（亿元）" in set(levels["指标"])
    for name in BUILD:  # no reader table keeps a unit column
        for lang in ("zh", "en"):
            cols = present.table(frames[name], lang).columns
            assert not {"单位", "Unit"} & set(cols), (name, lang)


def test_values_in_base_units_read_as_printed_or_scaled(frames):
    zh, en = present.table(frames["links"], "zh"), present.table(frames["links"], "en")
    assert _row(zh, "新闻报道出处", "新闻报道第6段")["报告数值"] == "50.60亿元"
    assert "1.7 billion yuan" in set(en["Article's figure"])
    cases_ = present.table(frames["case_numbers"], "zh")
    assert "100万元" in set(cases_["折合基本单位"])
    long_int = re.compile(r"^\d{7,}$|\d{1,3}(,\d{3}){2,}")
    for name in BUILD:
        for lang in ("zh", "en"):
            cells = _cells(present.table(frames[name], lang))
            assert not [c for c in cells if long_int.search(c)], (name, lang)


@pytest.mark.parametrize("name", sorted(BUILD))
def test_a_column_of_computed_numbers_has_one_precision(name, frames):
    """In Chinese, where every row keeps the report's unit (English moves each row into its own
    unit, billion yuan or thousand sessions, and its decimals with it: prose.rescale)."""
    number = re.compile(r"^[−-]?[\d,]+(?:\.(\d+))?$")
    shown = present.table(frames[name], "zh")
    printed = {"数值", "公布值", "数值（%）", "比重（%）"}  # the report's own decimals
    for col in shown.columns:
        if col in printed:
            continue
        found = [number.match(v) for v in shown[col] if isinstance(v, str) and v]
        if found and all(found):
            assert len({len(m.group(1) or "") for m in found}) == 1, (name, col)


@pytest.mark.parametrize("name", sorted(BUILD))
def test_no_reader_table_shows_nan(name, frames):
    for lang in ("zh", "en"):
        shown = present.table(frames[name], lang)
        cells = [str(v) for col in shown.columns for v in shown[col]]
        assert not [c for c in cells if c in ("nan", "NaN", "<NA>", "None", "NaT")], name


def test_english_tables_leave_no_chinese_outside_quotations(frames):
    quoted = QUOTED | {"What", "Explanation", "Evidence", "Note"}  # errata quote the report
    for name in BUILD:
        if name == "errata":
            continue
        shown = present.table(frames[name], "en")
        assert not [c for c in _cells(shown, quoted) if CJK.search(c)], name
    notes = present.table(frames["news_entities"], "en")
    assert not [c for c in _cells(notes) if re.search(r"伊犁州直|尉犁县", c)]


def test_platform_rows_follow_table_2_and_computed_shares_are_not_published(frames):
    order = [*platforms.order(frames["levels"]), "all", "outside"]
    for name in ("levels", "shares", "ratios"):
        frame = frames[name]
        rank = frame["platform_id"].map(order.index)
        assert rank.is_monotonic_increasing, name
        for _, part in frame.groupby("platform_id"):
            if "metric" in part:
                metrics = part["metric"].drop_duplicates().tolist()
                assert metrics == ["sessions", "views", "gmv"], name
    shares = frames["shares"]
    assert "published" not in set(shares["status"])
    en = present.table(shares, "en")
    assert set(en["How known"]) == {"computed", "implied"}


def test_a_dated_row_shows_its_date_as_its_value():
    """News numbers that are dates (a year, a day without a printed year) have no value; the
    reader's Value column shows the date, and no separate date column."""
    news = data.load("news_numbers")
    dated = news[news["value"].isna() & news["date"].notna()]
    cols = ["id", "what_zh", "what_en", "value", "decimals", "unit", "qualifier", "date"]
    for lang in ("zh", "en"):
        shown = present.table(dated[cols], lang)
        values = shown[present.header("value", lang)]
        assert len(dated) and (values != "").all()
        assert present.header("date", lang) not in shown
    assert (
        present.date("--03-24", "zh") == "3月24日" and present.date("--03-24", "en") == "24 March"
    )


def test_empty_and_constant_columns_and_years_said_twice_are_dropped():
    facts = data.load("facts")
    dated = facts[facts["date"].notna()].reset_index(drop=True)
    shown = present.table(dated, "zh")
    year = present.header("year", "zh")
    # a year the date already says is not repeated beside it; another year (2016 of a survey
    # of 2023) is
    said = [str(d).startswith(str(y)) for d, y in zip(dated["date"], dated["year"])]
    assert all(a == (b == "") for a, b in zip(said, shown[year].astype(str)))
    frame = pd.DataFrame({"what_zh": ["甲", "乙"], "what_en": ["a", "b"], "note": [None, ""]})
    assert list(present.table(frame, "zh").columns) == [present.header("what", "zh")]
    same = pd.DataFrame({"option_zh": ["甲", "乙"], "option_en": ["a", "b"]})
    same["fits_stated"] = [False, False]
    assert present.header("fits_stated", "zh") not in present.table(same, "zh")
    blank = same.assign(fits_stated=[False, None])  # not asked of a row: still constant
    assert present.header("fits_stated", "zh") not in present.table(blank, "zh")
    mixed = same.assign(fits_stated=[False, True])
    assert present.header("fits_stated", "zh") in present.table(mixed, "zh")


def test_band_sums_follow_the_figures():
    sums = survey.band_sums(data.load("survey_shares"))
    numbers = sums["item"].str.extract(r"(\d+)")[0].astype(int)
    assert numbers.is_monotonic_increasing


def test_claims_ranges_read_as_words_and_counts_are_whole():
    zh = present.claims_table(claims.check_all(), "zh")
    en = present.claims_table(claims.check_all(), "en")
    rng_zh, rng_en = zh.columns[4], en.columns[4]
    assert not zh[rng_zh].str.contains("∞").any() and not en[rng_en].str.contains("∞").any()
    assert zh[rng_zh].str.startswith("不超过").any() and en[rng_en].str.startswith("at most").any()
    assert zh[rng_zh].str.startswith("不低于").any() and en[rng_en].str.startswith("at least").any()
    for col in zh.columns[3:5]:
        assert not zh[col].str.fullmatch(r"\d+\.0+").any()  # 38, not 38.00
        assert not zh[col].str.fullmatch(r"([\d.]+) – \1").any()  # one value, not 38 – 38
    assert present.bounds(float("-inf"), 60.2692, 4, 2, "zh") == "不超过60.27"
    assert present.bounds(11.34, float("inf"), 2, 0, "en") == "at least 11.34"
    assert present.bounds(38.0, 38.0, 2, 0, "en") == "38"


def test_claims_headers_state_a_unit_only_when_every_value_is_a_number_in_it():
    results = claims.check_all()
    for sections in (["摘要", "二(一)", "二(二)1"], ["前言", "一(一)"]):
        part = claims.select(results, sections)
        if part.empty:
            continue
        shown = present.claims_table(part, "zh")
        texts = part["published"].map(lambda x: isinstance(x, str)).any()
        if texts:
            assert "（" not in shown.columns[2]


def test_short_cells_do_not_break_in_the_site_and_pdf():
    from bs4 import BeautifulSoup

    from xjutils.machinery.site import layout, reader

    html = (
        "<table class='dataframe'><thead><tr><th>区域</th><th>说明</th></tr></thead><tbody>"
        "<tr><td>北疆</td><td>" + "很长的一段说明文字" * 3 + "</td></tr>"
        "<tr><td>Table 1, p. 4</td><td>表1，第4页</td></tr>"
        "<tr><td>重要，确定；已撤回</td><td>时期不同，不作数值比较</td></tr></tbody></table>"
    )
    soup = BeautifulSoup(html, "html.parser")
    reader.readable(soup.table, "zh")
    cells = soup.find_all(["td", "th"])
    nowrap = [c.get_text() for c in cells if "nw" in (c.get("class") or [])]
    assert nowrap == ["区域", "说明", "北疆", "Table\u00a01, p.\u00a04", "表1，第4页"]
    assert "white-space:nowrap" in layout.CSS
    spans = [s.get_text() for s in soup.select("td span.nw")]
    assert spans == ["重要，", "确定；", "已撤回", "时期不同，", "不作数值比较"]
    wide = [c.get_text() for c in cells if "wide" in (c.get("class") or [])]
    assert wide == ["很长的一段说明文字" * 3] and "td.wide{min-width" in layout.CSS


def test_english_phrases_kept_whole_keep_the_space_after_their_comma():
    """Two no-wrap spans meeting at a comma printed "Section 1.2,p. 3" (issue 19)."""
    from bs4 import BeautifulSoup

    from xjutils.machinery.site import reader

    html = (
        "<table class='dataframe'><thead><tr><th>Where printed</th></tr></thead><tbody>"
        "<tr><td>Annex C, p. 30</td></tr><tr><td>minor, certain; withdrawn</td></tr>"
        "</tbody></table>"
    )
    soup = BeautifulSoup(html, "html.parser")
    reader.readable(soup.table, "en")
    texts = [td.get_text().replace("\u00a0", " ") for td in soup.find_all("td")]
    assert texts == ["Annex C, p. 30", "minor, certain; withdrawn"]
    assert len(soup.select("td span.nw")) >= 3


def test_units_a_computed_frame_or_series_states_are_in_its_headers():
    topics = present.table(prefectures.topics(), "zh")
    plays = [c for c in topics.columns if c.endswith("（亿次）")]
    assert len(plays) == 3  # 抖音, 快手, 合计下限
    douyin = topics[plays[0]]
    assert douyin.str.fullmatch(r"\d+\.\d").all()  # 259.9, as Table 3 prints it, not 259.90
    assert (topics[plays[1]] == "—").any() and not (topics[plays[1]] == "").any()
    results = claims.select(claims.check_all("item in ['tab01', 'tab03']"), ["一(二)"])
    gap = present.table(prefectures.total_gap(results), "en")
    items = list(gap[present.header("series_item", "en")])
    assert sum("(billion yuan)" in i for i in items) == 4  # English writes no 亿 (issue 19)
    values = list(gap[present.header("series_value", "en")])
    assert values[:2] == ["5.060", "4.890"]  # 50.60亿元 and 48.90亿元 at their precision


def test_english_never_calques_chinese_counting_units():
    """亿元 is billion yuan and 万场 thousand sessions in English tables, the value moved with
    its unit at its printed precision; Chinese keeps 亿元 and 万场."""
    rows = data.load("platform_metrics")
    en = present.table(rows, "en").to_string()
    assert "100 million" not in en and "10 thousand" not in en
    assert "1.815" in en and "28.7" in en  # 18.15亿元, 2.87万场
    zh = present.table(rows, "zh").to_string()
    assert "18.15" in zh and "亿元" in zh
    assert prose.rescale("10k_sessions", 2.87, "en") == ("thousand_sessions", -1)
    assert prose.rescale("100m_yuan", 18.15, "zh") == ("100m_yuan", 0)
    units = data.load("units").set_index("unit_id")
    for unit_id, target in units["en_as"].dropna().items():
        assert units.at[target, "quantity"] == units.at[unit_id, "quantity"]
        assert not units.at[target, "name_en"].startswith(("10 ", "100 "))


def test_a_value_in_percent_is_a_share():
    shares = data.load("survey_shares")[["id", "option_zh", "option_en", "value"]]
    assert "比重（%）" in present.table(shares, "zh")
    assert "Share (%)" in present.table(shares, "en")


@pytest.mark.parametrize(
    ("table", "row", "zh", "en"),
    [
        ("facts", "fact.valid_questionnaires", "37份", "37 questionnaires"),
        ("facts", "fact.operating_models", "3种", "3"),
        ("facts", "fact.partner_band_11_50_low", "11家", "11 firms"),
        ("facts", "fact.rooms_band_31_50_low", "31间", "31 rooms"),
        ("facts", "fact.supply_chain_levels", "4级", "4 levels"),
        ("facts", "fact.edition", "第3期", "third issue"),
        ("facts", "fact.policy_briefs", "14篇", "14 briefs"),
        ("case_numbers", "case2.contest_place", "第1名", "first place"),
        ("case_numbers", "case3.success_reasons", "3条", "3 reasons"),
        ("case_numbers", "case6.languages", "7种", "7"),
        ("news_numbers", "news.para24.training_courses", "9期", "9 courses"),
        ("news_numbers", "news.para45.online_stores", "100家", "100 stores"),
    ],
)
def test_counts_take_their_measure_words(table, row, zh, en):
    frame = data.load(table)
    key = data.resource(table)["schema"]["primaryKey"][0]
    r = frame.set_index(key).loc[row]
    assert present.amount(r["value"], r["unit"], "zh") == zh
    assert present.amount(r["value"], r["unit"], "en") == en


def test_a_table_that_marks_unknowns_marks_every_one():
    for lang, unknown in (("zh", "未说明"), ("en", "not stated")):
        shown = present.table(data.load("cases"), lang)
        cells = shown.drop(columns=present.header("where_report", lang))
        assert not (cells == "").any().any() and (cells == unknown).any().any()


def test_a_place_no_lower_than_reads_as_a_top():
    assert present.top(10, "place", "zh") == "前十名"
    assert present.top(10, "place", "en") == "top ten"
    nums = cases.numbers()
    row = nums[nums["id"] == "case4.national_top_ten"]
    assert set(present.table(row, "zh")["数值"]) == {"前十名"}


def test_large_ratios_read_in_wan_or_grouped_without_false_precision():
    ratios = platforms.ratios(platforms.levels())
    zh, en = present.table(ratios, "zh"), present.table(ratios, "en")
    assert "10.14万元" in set(zh["场均交易额"]) and "2.36万人次" in set(zh["场均观看人次"])
    assert "101,400 yuan" in set(en["GMV per session"])
    outside = list(ratios["platform_id"] == "outside")
    rough = [v for v, o in zip(zh["场均交易额"], outside) if o]
    assert rough and all(re.fullmatch(r"\d+\.\d万元", v) for v in rough)
    assert present.magnitude(158400, "yuan", "en", 3) == "158,000 yuan"


def test_no_unit_in_a_header_over_a_date():
    facts = data.load("facts")
    shown = present.table(facts[facts["item"] == "tab03"], "zh")
    assert "数值" in shown and {"1亿次", "2023年12月31日"} <= set(shown["数值"])


def test_a_misdated_printed_date_is_marked_beside_its_true_period():
    news = data.load("news_numbers")
    row = news[news["id"] == "news.para29.bottleneck_date"]
    cols = ["id", "what_zh", "what_en", "value", "decimals", "unit", "qualifier", "date", "period"]
    zh = present.table(row[cols], "zh")
    assert zh[present.header("value", "zh")].iloc[0] == "2023年4月（转载稿所印）"
    en = present.table(news[news["id"] == "news.para16.xiao_nu_debut_date"][cols], "en")
    assert en[present.header("value", "en")].iloc[0] == "27 April 2020"


def test_a_caption_is_the_table_s_html_caption_in_the_page_s_language():
    frame = pd.DataFrame({"name_zh": ["甲", "乙"], "name_en": ["A", "B"], "n": [1, 2]})
    for lang, text in (("zh", "两地的数"), ("en", "Two places")):
        shown = present.table(frame, lang, caption=("两地的数", "Two places"))
        html = BeautifulSoup(shown._repr_html_(), "html.parser")
        assert html.table.caption.get_text() == text
        assert repr(shown).startswith(text)
    assert present.table(frame, "en", caption={"zh": "两地", "en": "Two"}).caption == "Two"
    assert "<caption>" not in present.table(frame, "en")._repr_html_()


def test_a_column_the_same_on_every_row_goes_into_the_caption():
    frame = pd.DataFrame({"name_en": ["A", "B"], "name_zh": ["甲", "乙"], "n": [3, 3]})
    shown = present.table(frame, "en", caption=("两地", "Two places"))
    assert list(shown.columns) == ["Name"] and shown.caption.startswith("Two places (")
    assert shown.caption.endswith("(n = 3)")  # said in words, not "in every row, n: 3"
    other = pd.DataFrame({"name_en": ["A", "B"], "name_zh": ["甲", "乙"], "year": [2023, 2023]})
    said = present.table(other, "en", caption=("两地", "Two")).caption
    assert said == "Two (in every row, year: 2023)"
    assert "3" in present.table(frame, "zh", caption=("两地", "Two")).caption


def test_table_2_reads_as_the_original_lays_it_out():
    """Platforms × measures × years with growth, as 表2 is (issue 19: it read as 30 rows with
    ±0.005 bounds on every printed cell)."""
    from xjutils import platforms

    levels = platforms.levels()
    for lang in ("zh", "en"):
        wide = platforms.reader_table(levels, lang)
        assert wide.shape == (5, 10)
        text = wide.to_string()
        assert "0.005" not in text and "100 million" not in text
    # measures with their units over years and growth: a two-row header, not ten long ones
    zh = platforms.reader_table(levels, "zh").set_index(("平台", ""))
    assert zh.at["抖音", ("直播交易额（亿元）", "2023年")] == "18.15"
    assert zh.at["快手", ("直播交易额（亿元）", "增长率（%）")] == "−21.53"
    assert "～" in zh.at["其他平台", ("直播场次（万场）", "2022年")]  # a range, not a point
    en = platforms.reader_table(levels, "en").set_index(("Platform", ""))
    assert en.at["Douyin", ("GMV (billion yuan)", "2023")] == "1.815"


def test_no_administrative_codes_for_readers():
    shown = present.table(data.load("prefectures"), "en")
    assert not any("2260" in c for c in shown.columns)
    assert not shown.apply(lambda c: c.astype(str).str.fullmatch(r"65\d{4}")).any().any()


def test_many_unexplained_shares_are_counted_not_listed():
    """One cell listed the 30 options no share of which 37 explains (issue 19)."""
    frame = pd.DataFrame(
        {"n": [37, 38], "fits": [0, 28], "shares": [30, 30], "misfits": [";".join(["x"] * 30), ""]}
    )
    shown = present.table(frame, "en")
    assert shown.iloc[0]["Shares not explained"] == "all 30"
    assert present.table(frame, "zh").iloc[0]["不能解释的占比"] == "全部30个"


def test_claims_show_extra_digits_only_where_they_decide_a_status():
    """复现60.6683% and a range of 243.1138–248.4848 beside a growth that simply reproduces
    were false precision (issue 19)."""
    results = claims.check_all("item == 'tab02'")
    shown = present.claims_table(results, "en")
    reproduced = shown[shown["Status"] == "reproduced"]
    assert (reproduced["Reproduced"] == reproduced["Published"]).all()
    assert "Rounding range or bound" not in shown.columns  # no claim of Table 2 needs one
    every = present.claims_table(claims.check_all(), "en")
    bound = every[every["Status"].str.startswith(("consistent", "flagged"))]
    assert (bound["Rounding range or bound"] != "").all()
    # a bound is never shown as the reproduced value (60.2692 beside 56.02 read as a mismatch)
    assert (every.loc[every["Status"] == "consistent", "Reproduced"] == "").all()


def test_a_range_takes_the_pages_dash():
    """Chinese ranges read as GB/T 15834 sets them, of values with the 浪纹线 and of years with
    the 一字线; English with the en dash; the zh edition mixed – and — (issue 19)."""
    frame = pd.DataFrame({"ci_if_38": ["86.5–99.5", ""]})
    assert present.table(frame, "zh").iloc[0, 0] == "86.5～99.5"
    assert present.table(frame, "en").iloc[0, 0] == "86.5–99.5"
    assert prose.span("2022", "2023", "zh") == "2022—2023"


def test_a_printed_value_carries_no_rounding_bounds():
    """12.20 with 12.195–12.205 beside it was false precision; an implied value keeps its range
    (issue 19)."""
    shown = present.table(overall.series(), "zh")
    published = shown[shown["数值来源"] == "公布值"]
    assert (published["下限"] == "").all() and (published["上限"] == "").all()
    implied = shown[shown["数值来源"] == "推算值"]
    assert (implied["下限"] != implied["上限"]).all()  # 32.4275—32.4360: not 32.43—32.43
    assert "32.4275" in set(implied["下限"])
    en = present.table(overall.series(), "en")
    assert "3.24275" in set(en["Lower"])  # in billion yuan, with the value


def test_a_claims_table_drops_a_range_column_no_claim_needs():
    shown = present.claims_table(claims.check_all("item == 'tab02'"), "zh")
    assert "舍入误差区间" not in shown.columns and "复现值" in shown.columns


def test_a_dated_tables_amount_keeps_its_magnitude_when_its_unit_is_rescaled():
    """Table 3's threshold (1亿次) printed '1 billion plays' in English: the row's value was
    written in the page's unit without being rescaled to it."""
    from xjutils import data

    facts = data.load("facts").query("item == 'tab03'")
    shown = present.table(facts, "en")
    cells = list(getattr(shown, "data", shown)["Value"])
    assert "100 million plays" in cells and "1 billion plays" not in cells


def test_a_where_column_says_it_is_the_report_s_unless_the_article_is_in_it():
    """The report's Section 1.2 or Annex A in a column named only 出处 / Where printed read as
    the edition's own (issue 19's readers)."""
    assert present.header(present._where_of(["图1，第3页"], "zh"), "zh") == "原报告出处"
    mixed = ["Fig. 1, p. 3", "News article, para. 6"]
    assert present.header(present._where_of(mixed, "en"), "en") == "Where printed"
