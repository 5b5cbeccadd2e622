"""xjutils.audit: every family finds an inconsistency planted in a scratch data/ (positive)
and finds nothing where the planted data are consistent (negative)."""

import re

import pandas as pd
import pytest

from xjutils import audit, data
from xjutils.audit import (
    comparability,
    dates,
    feasibility,
    granularity,
    names,
    orderings,
    plausibility,
    references,
    restatements,
    view,
)


def found(frame, subject=None):
    f = frame[frame["found"]]
    return f if subject is None else f[f["subject"].str.contains(subject, regex=False)]


@pytest.fixture(scope="module")
def examined():
    return audit.run_all()


def test_every_finding_is_explained_and_every_open_erratum_found(examined):
    audit.expect_explained(examined)
    table = audit.errata_table(examined).set_index("erratum_id")
    assert table.loc["E01", "detected_by"] == "claim:parts_sum"
    assert table.loc["E03", "detected_by"] == "cross_reference"  # 见附录二, followed
    assert table.loc["E04", "detected_by"] == "reading"
    assert (table.query("status == 'withdrawn'")["findings"] == 0).all()


def test_summary_counts_every_family(examined):
    s = audit.summary(examined)
    assert list(s["family"]) == list(audit.FAMILIES)
    assert (s["examined"] > 0).all()
    assert s.set_index("family").loc["orderings", "findings"] == 0  # looked, found nothing


def test_unexplained_finding_raises(scratch_data, edit_cell):
    edit_cell(scratch_data / "overall.csv", "fig01.gmv.2020", "value", "13.20")
    with pytest.raises(AssertionError, match="pre.gmv_cagr"):
        audit.expect_explained(plausibility.examine())


def test_findings_join_errata_by_keys_not_by_evidence_wording(scratch_data, edit_cell):
    edit_cell(scratch_data / "errata.csv", "E07", "evidence", "report2023 二 p5")
    assert set(found(granularity.examine(), "fig03.")["erratum_id"]) == {"E07"}
    edit_cell(scratch_data / "errata.csv", "E07", "explains", "granularity/share_of_n/fig99.*")
    with pytest.raises(AssertionError, match="fig03.goods.2023"):
        audit.expect_explained(granularity.examine())


def test_a_selector_that_matches_no_finding_raises(examined, scratch_data, edit_cell):
    audit.errata_table(examined)  # every selector matches
    edit_cell(
        scratch_data / "errata.csv",
        "E15",
        "explains",
        "comparability/survey_editions/fig03.all_three.* comparability/survey_editions/fig99",
    )
    with pytest.raises(AssertionError, match="E15: comparability/survey_editions/fig99"):
        audit.errata_table(examined)


# granularity
def test_granularity_positive_and_negative(scratch_data, edit_cell):
    assert len(found(granularity.examine(), "fig03.goods.2023")) == 1  # 47.37 is no k/37
    edit_cell(scratch_data / "facts.csv", "fact.valid_questionnaires", "value", "38")
    assert found(granularity.examine(), "fig03.goods.2023").empty


def test_mean_of_n():
    assert granularity.mean_fits(28.0, 0, 38)
    assert not granularity.mean_fits(28.01, 2, 3)  # S/3 ends in .00, .33 or .67


# feasibility
def test_feasibility_positive_and_negative(scratch_data, edit_cell):
    assert found(feasibility.examine(), "q_returns").empty
    edit_cell(scratch_data / "survey_shares.csv", "fig13.gt20.2023", "value", "13.16")
    assert len(found(feasibility.examine(), "q_returns")) == 1  # 21+7+6+5 > 38


def test_bounds_of_an_unprinted_bar(scratch_data):
    b = feasibility.bounds().set_index(["question_id", "option"])
    assert tuple(b.loc[("q_rooms", "11+"), ["low", "high", "n"]]) == (9, 9, 38)
    assert b.loc[("q_staff", "0-10"), "high"] >= b.loc[("q_staff", "0-10"), "low"]


def test_median_makes_a_question_infeasible(scratch_data, edit_cell):
    edit_cell(scratch_data / "claims.csv", "s2_2_4.median_partners", "value", "40")
    assert len(found(feasibility.examine(), "q_partners")) == 1  # 21 of 38 below 11


# orderings
def test_orderings_positive_and_negative(scratch_data, edit_cell):
    assert found(orderings.examine()).empty
    edit_cell(scratch_data / "survey_shares.csv", "fig24.homogeneous.2023", "value", "55.26")
    assert len(found(orderings.examine(), "s4_1_2.order")) == 1  # 依次 over a tie


# comparability
def test_comparability_positive_and_negative(scratch_data, edit_cell):
    assert len(found(comparability.examine(), "fig03.all_three.2022")) == 1
    edit_cell(scratch_data / "survey_shares.csv", "fig03.all_three.2022", "value", "7.89")
    assert found(comparability.examine(), "fig03.all_three.2022").empty  # 3 of 38


# names
def test_names_positive_and_negative(scratch_data, edit_cell):
    assert len(found(names.examine(), "安撤")) == 1
    edit_cell(scratch_data / "name_mentions.csv", "m02", "name_zh", "新疆安撒文化传媒有限公司")
    assert found(names.examine(), "安撤").empty
    edit_cell(scratch_data / "contents.csv", "fig24", "title_zh", "直播机构发展中存在的产品问题")
    assert found(names.examine(), "fig24").empty


# restatements
def test_restatements_positive_and_negative(scratch_data, edit_cell):
    subject = "walnut_brother_sales"
    assert found(restatements.examine(), subject).empty
    edit_cell(
        scratch_data / "news_numbers.csv", "news.para42.walnut_brother_sales_repeat", "value", "1.9"
    )
    assert len(found(restatements.examine(), subject)) == 1


# plausibility
def test_plausibility_positive_and_negative(scratch_data, edit_cell):
    assert found(plausibility.examine(), "urumqi_anchors").empty
    edit_cell(scratch_data / "news_numbers.csv", "news.para25.urumqi_anchors", "value", "183")
    assert len(found(plausibility.examine(), "urumqi_anchors")) == 1


# dates
def test_dates_positive_and_negative(scratch_data, edit_cell):
    assert len(found(dates.examine(), "news.para06.kuaishou_live_gmv")) == 2
    edit_cell(
        scratch_data / "news_numbers.csv", "news.para06.kuaishou_live_gmv", "year_printed", "2021"
    )
    assert found(dates.examine(), "news.para06.kuaishou_live_gmv").empty
    edit_cell(scratch_data / "case_numbers.csv", "case6.crossborder_start", "date", "2024-06")
    assert len(found(dates.examine(), "case6.crossborder_start")) == 1


# references
def test_references_positive_and_negative(scratch_data, edit_cell):
    assert found(references.examine())[lambda f: f["check"] == "figure_pages"].empty
    edit_cell(scratch_data / "contents.csv", "fig17", "page", "13")
    assert len(found(references.examine(), "fig17")) >= 1


def test_every_news_number_is_shown_with_its_period(examined):
    """Notebook 08 displays these rows, so changing any news number changes a compared output."""
    news = data.load("news_numbers")
    period = examined[examined["check"] == "period"].set_index("subject")
    assert set(period.index) == set(news["id"])
    for r in news.dropna(subset=["value"]).itertuples():
        assert period.loc[r.id, "evidence"].startswith(f"{r.value:g} ")


# the reader's view (notebook 08)
IDS = re.compile(  # internal ids and unit codes: in neither language
    r"\b(?:report2023|news2022|(?:fig|tab)\d+|q_[a-z]+)\b|\b[a-z0-9]+_[a-z0-9_]+\b(?!\.csv)"
)
CODES = re.compile(  # codes that are English words: never on a Chinese page
    r"\b(?:exact|open|withdrawn|reading|major|minor|certain|inferred|partial|full|none)\b"
)


def _cells(frame) -> list[str]:
    return [str(c) for c in frame.columns] + [str(v) for v in frame.to_numpy().ravel()]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_reader_view_has_no_internal_ids_or_codes(examined, lang):
    frames = [
        view.families(examined, lang),
        view.errata(audit.errata_table(examined), lang),
        view.feasible_bars(feasibility.bounds(), lang),
        view.coverage(lang),
    ]
    for frame in frames:
        leaks = {m for cell in _cells(frame) for m in IDS.findall(cell)}
        if lang == "zh":
            leaks |= {m for cell in _cells(frame) for m in CODES.findall(cell)}
        assert not leaks, leaks
    if lang == "zh":  # headers are Chinese
        assert all(re.search(r"[\u4e00-\u9fff]", str(c)) for f in frames for c in f.columns)


def test_family_view_counts_and_locates_the_errata(examined):
    zh = view.families(examined, "zh").set_index("检查类别")
    counts = audit.summary(examined).set_index("name_zh")
    assert list(zh.index) == list(counts.index)
    assert (zh["审查项数"] == counts["examined"]).all() and (
        zh["发现数"] == counts["findings"]
    ).all()
    cell = zh.loc[granularity.NAME_ZH, "解释发现的勘误及出处"]
    assert (
        cell.startswith("E07（42处）：《报告》第二章，第5页")
        and "E13（1处）：新闻报道第46—47段" in cell
    )
    assert zh.loc[orderings.NAME_ZH, "解释发现的勘误及出处"] == "无发现"
    en = view.families(examined, "en").set_index("Family")
    assert en.loc[comparability.NAME_EN, "Errata explaining the findings, and where"].startswith(
        "E15, 1 finding: Report, Section 2.1, item 2, Figs. 3 and 4, p. 7. E17, 11 findings:"
        " Report, Preface;"
    )


def test_errata_and_bars_in_words(examined):
    zh = view.errata(audit.errata_table(examined), "zh").set_index("勘误")
    assert zh.loc["E08", "发现方式"] == "分布可行性检验（SPRITE）、整数可得性检验（GRIM）"
    assert zh.loc["E04", "发现方式"] == "人工阅读"
    assert zh.loc["E09", "性质"] == "重要，已确认；已撤回"
    assert zh.loc["E07", "出处"].endswith(
        "报告称回收问卷54份，其中有效问卷37份；第二、四章以两位小数列出的占比全部参与检验。"
    )
    bars = view.feasible_bars(feasibility.bounds(), "zh")
    assert "11间及以上" in set(bars["未印出的档"]) and "0～10人" in set(bars["未印出的档"])
    en = view.feasible_bars(feasibility.bounds(), "en")
    assert {"0–10 persons", "60 yuan or more"} <= set(en["Bar not printed"])


def test_errata_rows_of_the_data_read_without_detection_columns():
    rows = data.load("errata").query("erratum_id in ['E02', 'E09']")
    en = view.errata(rows, "en", explain=True)
    assert list(en.columns) == ["Erratum", "Severity, certainty", "What", "Where", "Explanation"]
    assert list(en["Severity, certainty"]) == ["minor, as transcribed", "major, certain; withdrawn"]


def test_errata_citing_reads_the_references():
    """A chapter's errata come from their evidence: a part's sections and figures, or a source
    (a reference without a source continues the one before it)."""
    part4 = set(view.citing(part="四")["erratum_id"])
    news = view.citing(source="news2022")
    errata = data.load("errata")
    assert part4 and part4 == {
        r.erratum_id for r in errata.itertuples() if re.search(r"(?:^|\s)四(?:\(|\s|$)", r.evidence)
    }
    assert (
        news["evidence"].str.contains("news2022").all()
        and len(news) == errata["evidence"].str.contains("news2022").sum()
    )
    assert "E01" not in part4  # 一(二) and 一(一): Section 1 only


# corrections (issue #20): each with the check or datum that would have caught it
def test_e06_quotes_the_summary_and_names_the_section_as_printed():
    """E06 misquoted the summary and called 配套环境 供给环境: the section it cites is titled in
    data/contents.csv, and the summary's wording is quoted as the report prints it."""
    e06 = data.load("errata").set_index("erratum_id").loc["E06"]
    title = data.load("contents").set_index("item_id").loc["四(一)4", "title_zh"]
    assert title.removesuffix("问题") in e06["what_zh"]
    assert "机构专业性低、区域内商业资源支撑不足" in e06["what_zh"]
    assert not data.load("errata")["what_zh"].str.contains("供给环境").any()


def test_e13_one_news_share_misfits_the_common_sample(scratch_data, edit_cell):
    """E13 said both opening-year shares fit only smaller samples; 36.5% is 23 of 63."""
    from xjutils import survey

    hits = found(granularity.examine())
    news = hits[hits["check"] == "news_share_of_n"]
    assert list(news["subject"]) == ["news.para46.share_opened_2021"]
    assert survey.counts(36.5, 1, 63) == [23]
    e13 = data.load("errata").set_index("erratum_id").loc["E13", "explanation_en"]
    # seven bases printed as 11% pin the sample to 61–66, where 32.7% is no k/n (the readers')
    pinned = [n for n in range(40, 121) if survey.counts(11, 0, n) and 7 in survey.counts(11, 0, n)]
    assert pinned == list(range(61, 67)) and "61 to 66" in e13 and "six of the seven" in e13
    assert not any(survey.counts(32.7, 1, n) for n in pinned)
    edit_cell(scratch_data / "news_numbers.csv", "news.para46.share_opened_2020", "value", "36.6")
    assert len(found(granularity.examine(), "share_opened_2020")) == 1  # planted: no k/63


def test_withdrawn_errata_quote_only_their_item_or_the_checks_words():
    """E11's withdrawal explained a phrase ('四年') that appears nowhere in the item; E09's
    quoted the check's label in words the check does not use."""
    from xjutils import labels

    tables = (labels.TEXT, labels.VALUES, labels.COLUMNS)
    said = {w for table in tables for pair in table.values() for w in pair}
    for r in data.load("errata").query("status == 'withdrawn'").itertuples():
        for quoted in re.findall(r"“([^”]+)”", r.explanation_zh):
            assert quoted in r.what_zh or quoted in said, (r.erratum_id, quoted)
        assert "四年" not in r.explanation_zh or "四年" in r.what_zh


def test_the_recommendations_chapter_names_the_one_that_cites_a_number():
    """'No recommendation cites a number': 五(六) cites the Hotan-jade topic's plays."""
    from xjutils import paths

    facts = data.load("facts")
    quantity = data.load("units").set_index("unit_id")["quantity"]
    measured = facts["unit"].map(quantity).isin(["money", "plays", "views", "sessions", "share"])
    in_part5 = facts["section"].fillna("").str.startswith("五(")
    cited = set(facts.loc[measured & in_part5, "section"])
    contents = data.load("contents").set_index("item_id")
    text = (paths.ROOT / "notebooks" / "07_recommendations.py").read_text(encoding="utf-8")
    assert cited == {"五(六)"}  # a measured number, not a count in a name (八大产业集群)
    assert "没有一条引用数字" not in text and "None of them cites a number" not in text
    for section in cited:
        assert contents.at[section, "label_zh"] in text and contents.at[section, "label_en"] in text


def test_case_platforms_are_stated_not_guessed_and_numbers_belong_to_whom_they_do():
    """Case 5's platform was inferred as Kuaishou from 老铁 (slang on Douyin too); the plan to
    train 100 influencers is 昭苏县's, not 李阳's."""
    from xjutils import cases

    c = data.load("cases").set_index("case_id")
    assert c.loc["case5", "platform_basis"] == "not_stated" and c["platforms"].isna()["case5"]
    assert (c["platform_basis"] != "inferred").all()  # no platform rests on a word's connotation
    n = cases.numbers().set_index("id")
    who = cases._who(n, "zh")
    assert who["case2.influencer_target"] == "昭苏县" and who["case2.fans"] == "李阳"


def test_certainty_says_what_it_rests_on():
    """'printed' only where a text extraction cannot have introduced it: a confusable
    character (撤/撒), a dropped one (亿人次) or a Latin word in a caption read from the
    extraction is certain as transcribed, not in print."""
    e = data.load("errata").set_index("erratum_id")
    assert set(e.loc[["E02", "E04", "E05"], "certainty"]) == {"as_transcribed"}
    assert (e.loc[e["certainty"] == "as_transcribed", "certainty_basis"] == "as_transcribed").all()
    assert (e.loc[e["certainty_basis"] == "inferred", "certainty"] != "certain").all()
    assert set(e["group"]) == {"substantive", "editorial", "secondary"}
    assert (e.loc[e["evidence"].str.startswith("news2022"), "group"] == "secondary").all()


def test_mean_floor_uses_every_band_named_case_and_strict_inequality(scratch_data, edit_cell):
    """Partner firms: 21 of 38 at most 10, so 17 at least 11, two named ones above 100 (at
    least 101): the floor is (15·11 + 2·101)/38, not the bands' 4.47. Staff: 'more than 100'
    is at least 101."""
    assert feasibility.mean_floor("q_partners") == pytest.approx((15 * 11 + 2 * 101) / 38)
    assert feasibility.mean_floor("q_staff") == pytest.approx((21 * 11 + 2 * 101) / 38)
    edit_cell(scratch_data / "facts.csv", "fact.partners_over_100_named", "value", "0")
    assert feasibility.mean_floor("q_partners") == pytest.approx(17 * 11 / 38)  # planted


def test_conditional_grim_is_reported_not_skipped():
    """An order value in yuan need not be whole, so the result is conditional: if it were,
    no n of 37 or 38 gives 98.02, while n = 41–66 do; the premise is judged, found stays
    False."""
    rows = granularity.examine().set_index("subject")
    r = rows.loc["s2_2_4.mean_basket"]
    assert r["check"] == "mean_of_n_conditional" and not r["found"] and r["found_if_premise"]
    assert "41–66" in r["evidence"] and r["premise"] and r["plausibility"].startswith("possible")
    assert rows.loc["s2_2_1.mean_staff", "premise"] is None or pd.isna(
        rows.loc["s2_2_1.mean_staff", "premise"]
    )
    assert granularity.spans([41, 42, 43, 81]) == "41–43, 81"


def test_edition_test_across_every_sample_size(scratch_data, edit_cell):
    """The 2022-vs-2023 test assumed n = 61, the smallest n 4.92% fits; 6/122 gives Fisher
    p = 0.037. Every n the share fits is tested and the verdict said to depend on it."""
    from xjutils import survey

    t = survey.year_over_year_sizes("all_three", 38).set_index("n_before")
    assert list(t.index) == [61, 122, 183]
    assert t.loc[122, "p_fisher"] == pytest.approx(0.037, abs=5e-4)
    row = (
        comparability.examine()
        .set_index("subject")
        .loc["fig03.all_three.2022;fig04.all_three.2023"]
    )
    assert "n=61" in row["evidence"] and "n=122" in row["evidence"] and "depends" in row["evidence"]


def test_reader_sees_conditional_results_and_root_causes(examined):
    zh = view.conditional(examined, "zh")
    assert list(zh["所检验的表述"]) == ["客单价平均值", "新闻所引直播基地调查的各项占比"]
    assert zh["若前提成立"].iloc[0] == "样本量为37或38时都不能得到均值98.02；样本量为41—66时可以"
    en = view.conditional(examined, "en")
    assert en["If the premise held"].iloc[0].startswith("no sample of 37 or 38 gives")
    s = audit.summary(examined).set_index("family")
    assert s.loc["granularity", "conditional"] == 2 and s["conditional"].sum() == 2
    assert zh["若前提成立"].iloc[1] == "7项占比中有6项不能写成k/57"  # one base per county: unlikely
    causes = audit.causes(audit.errata_table(examined)).set_index("erratum_id")
    assert causes.loc["E07", "findings"] == 42  # 42 findings, one cause
    assert list(dict.fromkeys(causes["group"])) == list(audit.GROUPS)
    for lang in ("zh", "en"):
        for frame in (
            view.conditional(examined, lang),
            view.causes(audit.errata_table(examined), lang),
        ):
            assert not {m for cell in _cells(frame) for m in IDS.findall(cell)}


def test_ratios_of_a_residual_are_ranges():
    """'Outside Table 2' rests on residuals of 0.063–0.097万场: its ratios are ranges."""
    from xjutils import platforms

    levels = platforms.levels()
    r = platforms.ratio_ranges(levels).set_index(["platform_id", "metric", "year"])
    out = r.loc[("outside", "gmv_per_session", 2022)]
    assert out["low"] < out["value"] < out["high"] and out["high"] / out["low"] > 1.5
    inside = r.loc[("douyin", "gmv_per_session", 2022)]
    assert inside["high"] / inside["low"] < 1.02  # a published cell's rounding is small
    assert (r["low"] <= r["value"]).all() and (r["value"] <= r["high"]).all()


def test_per_day_and_per_session_figures_get_a_reference_and_a_verdict(scratch_data, edit_cell):
    """Each per-day and per-session figure is judged against the report's own yardsticks."""
    rows = plausibility.examine().set_index("subject")
    day = rows.loc["all.2023.sessions", "evidence"]
    assert "live rooms" in day and "verdict: possible" in day
    assert plausibility.references()["rooms"] == 99  # 9 institutions with at least 11 rooms
    assert "verdict: possible" in rows.loc["all.2023.gmv_per_session", "evidence"]
    assert "verdict: no reference" in rows.loc["taobao.2023.sessions", "evidence"]
    edit_cell(scratch_data / "overall.csv", "fig01.sessions.2023", "value", "0.01")
    planted = found(plausibility.examine(), "all.2023.sessions")  # 100 sessions a year
    assert len(planted) == 1 and "impossible" in planted["evidence"].iloc[0]


def test_comparability_examines_every_comparison_across_editions(scratch_data, edit_cell):
    """The report compares survey editions in eleven places while its preface says the
    population changed; each survey comparison is examined against that statement, and every
    other comparison across years (the market series, a case, the news article) gets a verdict
    from what it rests on."""
    rows = comparability.examine()
    prose = rows[rows["check"] == "edition_population"]
    table = data.load("edition_comparisons").query("direction != 'population'")
    survey = table[table["series"] == "survey"]
    hits = prose[prose["found"]]
    assert list(hits["subject"]) == list(survey["comparison_id"]) and len(hits) == 11
    assert set(hits["erratum_id"]) == {"E17"}
    verdicts = prose.set_index("subject")["evidence"]
    assert verdicts["C15"].endswith("comparable: both sides printed, one series")  # Table 2
    assert "only implied by the printed growth rate" in verdicts["C14"]  # 2022 not printed
    assert "cannot be checked: what it is compared with is not printed" in verdicts["C16"]
    assert "cannot be checked: the increase is printed without" in verdicts["C18"]
    edit_cell(scratch_data / "edition_comparisons.csv", "C01", "year_from", "2020")
    edit_cell(scratch_data / "edition_comparisons.csv", "C01", "year_to", "2021")
    planted = found(comparability.examine())  # a change before every span: nothing found
    assert planted[planted["check"] == "edition_population"].empty


def test_every_survey_question_is_examined_for_a_comparison_across_editions(
    scratch_data, edit_cell
):
    """Each survey question: compared across editions or one year only. Return rates (fig13)
    are compared nowhere in the text; a chart titled with a span of years that the text never
    compares would be a finding."""
    rows = comparability.examine()
    q = rows[rows["check"] == "question_editions"].set_index("subject")
    assert len(q) == len(data.load("survey_questions")) and not q["found"].any()
    none = "no comparison across years or editions in the text"
    assert q.loc["q_returns", "evidence"].endswith(none)
    assert (
        "title spans 2022-2023; compared across editions in C09, C10, C11"
        in q.loc["q_rooms", "evidence"]
    )
    title = "2021-2023年直播机构商品退货率分布"
    edit_cell(scratch_data / "contents.csv", "fig13", "title_zh", title)
    planted = found(comparability.examine(), "q_returns")
    assert len(planted) == 1 and planted["check"].iloc[0] == "question_editions"


def test_names_in_headings_and_across_news_paragraphs(scratch_data, edit_cell):
    """Names are compared where they appear: a case's heading against its body, and one
    entity's renderings from paragraph to paragraph of the news text."""
    rows = names.examine()
    headings = rows[rows["check"] == "heading_vs_body"]
    assert len(headings) == len(data.load("cases")) and not headings["found"].any()
    renderings = found(rows)
    assert set(renderings.loc[renderings["check"] == "news_renderings", "subject"]) == {
        "douyin",
        "kuaishou",
    }
    assert set(renderings.loc[renderings["check"] == "news_renderings", "erratum_id"]) == {"E16"}
    edit_cell(scratch_data / "cases.csv", "case5", "who_zh", "王芳")
    assert len(found(names.examine(), "case5")) == 1  # planted: heading 刘艳, body 王芳


def test_news_figures_set_against_the_report_on_a_common_basis(scratch_data, edit_cell):
    """Not only 'different period': the article's quarter against the report's next whole
    year, platform against platform, with a verdict."""

    def magnitudes():
        rows = comparability.examine()
        return rows[rows["check"] == "cross_source_magnitude"].set_index("subject")

    rows = magnitudes()
    kuaishou = rows.loc["L04", "evidence"]
    assert "3 months" in kuaishou and "kuaishou gmv 2022" in kuaishou and "99%" in kuaishou
    assert "verdict: tight" in kuaishou and "verdict: possible" in rows.loc["L03", "evidence"]
    edit_cell(scratch_data / "news_numbers.csv", "news.para06.douyin_live_gmv", "value", "600")
    assert "verdict: tight" in magnitudes().loc["L03", "evidence"]


def test_narratives_are_checked_against_themselves(scratch_data, edit_cell):
    """Each case's dates in the order told and none before its start, the platforms its
    numbers name among its platforms; a news story's stated interval against its dates."""
    rows = dates.examine()
    for check in ("case_sequence", "case_platforms"):
        part = rows[rows["check"] == check]
        assert len(part) == len(data.load("cases")) and not part["found"].any()
    story = rows[rows["check"] == "news_sequence"]
    assert len(story) == 1 and not story["found"].any()
    edit_cell(scratch_data / "case_numbers.csv", "case3.douyin_prep", "date", "2023-07")
    assert len(found(dates.examine(), "case3")) == 1  # planted: preparation after the first live
    edit_cell(scratch_data / "cases.csv", "case2", "platforms", "kuaishou")
    assert len(found(dates.examine(), "case2")) == 1  # planted: Douyin sessions, Kuaishou case
    edit_cell(scratch_data / "news_numbers.csv", "news.para15.years_since_debut", "value", "4")
    assert len(found(dates.examine(), "years_since_debut")) == 1  # planted: 'four years ago'


def test_superlatives_against_every_measure_they_could_mean(scratch_data, edit_cell):
    """A 'first' is checked in every measure of Table 2 and says in which it holds."""
    rows = orderings.examine()
    views = rows[rows["check"] == "superlative_measures"].set_index("subject")
    views = views.loc["s1_3.views_growth_first"]
    assert not views["found"]
    assert "first in views growth 2022-2023; not in" in views["evidence"]
    edit_cell(scratch_data / "platform_metrics.csv", "tab02.taobao.views.2023", "value", "0.50")
    planted = found(orderings.examine(), "s1_3.views_growth_first")
    assert "first in no measure" in " ".join(planted["evidence"])  # planted: Taobao first nowhere


def test_names_compare_the_summary_with_the_body(scratch_data, edit_cell):
    """E06 is now found by a check: the summary's wording of each option it restates against
    the body's label; a change of whose problem it is (机构 for 区域) is a finding."""
    hits = found(names.examine())
    summary = hits[hits["check"] == "summary_vs_body"]
    assert set(summary["subject"]) == {
        "fig26.low_professionalism.2023",
        "fig26.weak_business_resources.2023",
    }
    assert set(summary["erratum_id"]) == {"E06"}
    edit_cell(
        scratch_data / "survey_shares.csv",
        "fig26.low_professionalism.2023",
        "option_summary_zh",
        "区域的专业性不足",
    )
    assert found(names.examine(), "low_professionalism").empty  # planted: the same wording


def test_a_research_unit_that_is_also_a_respondent_is_found(scratch_data, edit_cell):
    """E18: one of the report's five research units is listed among the institutions it
    surveyed; each unit is held against every respondent's name."""
    rows = names.examine()
    units = rows[rows["check"] == "research_unit_respondent"]
    assert len(units) == 5 and list(units.loc[units["found"], "subject"]) == ["ru03"]
    assert set(found(rows, "ru03")["erratum_id"]) == {"E18"}
    edit_cell(scratch_data / "institutions.csv", "inst08", "name_zh", "乌鲁木齐某直播公司")
    assert found(names.examine(), "ru03").empty  # planted: no longer a respondent


def test_the_articles_survey_is_attributed_to_an_edition():
    """The article's survey figures are set against the editions the report describes."""
    rows = comparability.examine()
    edition = rows[rows["check"] == "cross_source_edition"]
    assert len(edition) == 1 and not edition["found"].any()
    assert "predates the change" in edition["evidence"].iloc[0]


def test_the_landing_page_groups_the_errata_for_readers():
    from xjutils.machinery.site import landing

    html = landing.errata("en")
    heads = re.findall(r'<h2 id="errata-([a-z_]+)">', html)
    assert heads == [*audit.GROUPS, "withdrawn_errata"]
    assert "<b>E05</b> (minor, as transcribed)" in html


def test_case_numbers_against_the_reports_own_scale(scratch_data, edit_cell):
    rows = plausibility.examine().set_index("subject")
    assert "verdict: tight" in rows.loc["case5.show_audience", "evidence"]
    assert "verdict: possible" in rows.loc["case3.annual_revenue", "evidence"]
    edit_cell(scratch_data / "case_numbers.csv", "case5.show_gmv", "value", "600000")
    assert len(found(plausibility.examine(), "case5.show_gmv")) == 1  # planted: above the total


def test_a_case_title_cannot_name_a_platform_the_case_does_not_state(scratch_data, edit_cell):
    edit_cell(scratch_data / "cases.csv", "case5", "title_zh", "驻村第一书记：快手专场直播带货核桃")
    assert len(found(dates.examine(), "case5")) == 1  # planted: the title names Kuaishou


def test_places_against_the_prefecture_they_belong_to(scratch_data, edit_cell):
    """Every county-level place in either document against its prefecture (GB/T 2260): none
    is misplaced; a county put in another prefecture, or a name that is no form of the place
    recorded, is a finding."""
    rows = names.examine()
    places = rows[rows["check"] == "place_prefecture"]
    n = len(data.load("place_mentions")) + len(data.load("institutions"))
    assert len(places) == n + len(data.load("cases").dropna(subset=["prefecture_id"]))
    assert not places["found"].any()
    assert (
        "英吉沙县 (653123, county) of kashgar"
        in places.set_index("subject").loc["inst32", "evidence"]
    )
    edit_cell(scratch_data / "place_mentions.csv", "p21", "attributed_to", "hotan")  # 巴州尉犁县
    edit_cell(scratch_data / "institutions.csv", "inst26", "prefecture_id", "kizilsu")  # 喀什市
    edit_cell(scratch_data / "place_mentions.csv", "p05", "name_printed", "昭苏市")
    planted = found(names.examine())
    planted = planted[planted["check"] == "place_prefecture"]
    assert set(planted["subject"]) == {"p21", "inst26", "p05"}


def test_a_place_code_outside_its_prefecture_is_a_data_fault(scratch_data, edit_cell):
    edit_cell(scratch_data / "places.csv", "lop", "gbt2260", "654224")
    with pytest.raises(ValueError, match="outside its prefecture's: \\['lop'\\]"):
        names.examine()


def test_news_platforms_paragraph_to_paragraph(scratch_data, edit_cell):
    """Each platform's renderings by paragraph, and its figures by measure and period: the
    garbled clause of paragraph 6 gives Douyin the total's figure (E16); a figure given to
    another platform elsewhere is a finding."""
    rows = names.examine()
    hits = found(rows)
    figs = hits[hits["check"] == "news_platform_figures"]
    assert list(figs["subject"]) == ["douyin.gmv.2021-09/2021-11"]
    assert set(figs["erratum_id"]) == {"E16"}
    ok = rows[(rows["check"] == "news_platform_figures") & ~rows["found"]]
    assert "kuaishou.gmv.2021-09/2021-11" in set(ok["subject"])
    edit_cell(scratch_data / "news_platform_mentions.csv", "np13", "platforms", "douyin")
    edit_cell(
        scratch_data / "news_platform_mentions.csv",
        "np13",
        "figure",
        "news.para06.kuaishou_live_gmv",
    )
    edit_cell(scratch_data / "news_platform_mentions.csv", "np13", "measure", "gmv")
    planted = found(names.examine())
    planted = planted[planted["check"] == "news_platform_figures"]
    assert "news.para06.kuaishou_live_gmv" in set(planted["subject"])  # Kuaishou's, given to Douyin


def test_every_pointer_in_the_prose_is_followed(scratch_data, edit_cell):
    """见附录二 points to the list of figures while the institutions are in Appendix (1)
    (E03); the other pointers lead to what they name. A short name used before it is
    defined, or a pointer to a section that does not exist, is a finding."""
    rows = references.examine()
    refs = rows[rows["check"] == "cross_reference"]
    assert len(refs) == len(data.load("cross_references"))
    assert list(refs.loc[refs["found"], "subject"]) == ["X02"]
    assert set(refs.loc[refs["found"], "erratum_id"]) == {"E03"}
    edit_cell(scratch_data / "cross_references.csv", "X05", "points_to", "para30")
    edit_cell(scratch_data / "cross_references.csv", "X03", "points_to", "五(十)")
    edit_cell(scratch_data / "cross_references.csv", "X03", "meant", "五(十)")
    planted = found(references.examine())
    assert set(planted["subject"]) == {"X02", "X03", "X05"}


def test_restated_lists_keep_every_item(scratch_data, edit_cell):
    """The summary's lists against the chapters': wording may differ (缺少/缺乏, 牛羊制品/
    牛羊肉制品, a dropped 的), an item may not."""
    rows = restatements.examine()
    texts = rows[rows["check"] == "restated_text"].set_index("subject")
    assert len(texts) == len(data.load("restated_texts")) and not texts["found"].any()
    assert "reworded 缺少对外贸易人才/缺乏对外贸易人才" in texts.loc["T05", "evidence"]
    assert texts.loc["T02", "evidence"].endswith("keeps 2 of 3")
    assert restatements.items("上海市和四川省") == ["上海市", "四川省"]
    assert restatements.items("出台具体的扶持政策；深化自播、带播") == [
        "出台具体扶持政策",
        "深化自播、带播",
    ]
    assert not restatements.same_item("山东省", "广东省")
    edit_cell(scratch_data / "restated_texts.csv", "T01", "first_zh", "浙江省、广东省、江苏省")
    planted = found(restatements.examine(), "T01")
    assert len(planted) == 1 and planted["evidence"].iloc[0].endswith("not in 二(二)2: 江苏省")
