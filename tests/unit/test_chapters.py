"""The values the chapters' sentences say, computed by the chapter modules from hand-made inputs.

A notebook's hidden cell only formats what these functions return; each is tested here on a
frame small enough to check by hand.
"""

import math

import pandas as pd
import pytest

from xjutils import (
    cases,
    claims,
    data,
    overall,
    platforms,
    prefectures,
    recommendations,
    sources,
    survey,
)


def _results(*rows) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["claim_id", "status"])


def test_a_tally_counts_claims_and_every_status():
    results = _results(("a", "reproduced"), ("b", "reproduced"), ("c", "consistent"))
    assert claims.tally(results) == {
        "claims": 3,
        "reproduced": 2,
        "within_rounding": 0,
        "consistent": 1,
        "mismatch": 0,
        "not_derivable": 0,
    }


def test_table_2_growth_cells_are_tallied_apart_from_its_rankings():
    results = _results(
        ("tab02.douyin.gmv.growth", "reproduced"),
        ("tab02.taobao.gmv.growth", "mismatch"),
        ("s1_3.top_gmv", "reproduced"),
    )
    tally = platforms.claim_tallies(results)
    assert (tally["growth"]["claims"], tally["growth"]["reproduced"]) == (2, 1)
    assert (tally["ranking"]["claims"], tally["ranking"]["reproduced"]) == (1, 1)


def test_a_share_is_a_head_count_only_where_some_k_of_n_rounds_to_it():
    fit = survey.as_count(60.53, 2, 38)  # 23/38 = 60.526…
    assert (fit.n, fit.k) == (38, 23)
    assert (fit.low, fit.high) == survey.interval(23, 38) and fit.low < 60.53 < fit.high
    none = survey.as_count(60.53, 2, 37)  # 22/37 = 59.46, 23/37 = 62.16
    assert none.k is None and math.isnan(none.low) and math.isnan(none.high)


def test_the_explaining_sample_size_is_the_smallest_that_fits_the_most():
    scan = pd.DataFrame(
        {"n": [37, 38, 39, 76], "fits": [30, 38, 38, 38], "shares": 40, "misfits": ""}
    )
    assert survey.best_fit(scan)["n"] == 38
    fit = survey.sample_fit(scan, stated=37)
    assert (fit.n, fit.shares, fit.fits, fit.misfits) == (38, 40, 38, 2)
    assert (fit.stated, fit.fits_stated) == (37, 30)


def test_platform_shares_say_what_the_three_hold_together():
    shares = pd.DataFrame(
        {
            "platform_id": ["douyin", "outside", "douyin", "outside", "douyin"],
            "metric": ["gmv", "gmv", "gmv", "gmv", "views"],
            "year": [2022, 2022, 2023, 2023, 2023],
            "share": [60.0, 5.0, 70.0, 12.5, 99.0],
        }
    )
    gmv = platforms.gmv_shares(shares)
    assert list(gmv.columns) == [2022, 2023]
    assert gmv.at["douyin", 2023] == 70.0  # the views share is not GMV's
    assert (gmv.at["three", 2022], gmv.at["three", 2023]) == (95.0, 87.5)


def test_ratio_changes_follow_table_2_s_platforms_and_leave_out_the_totals():
    ratios = pd.DataFrame(
        {
            "platform_id": ["b", "b", "a", "a", "all", "all", "outside", "outside"],
            "year": [2022, 2023] * 4,
            "gmv_per_session": [100.0, 80.0, 50.0, 60.0, 90.0, 70.0, 1.0, 0.5],
            "views_per_session": [10.0, 15.0, 20.0, 10.0, 1.0, 1.0, 1.0, 1.0],
        }
    )
    change = platforms.ratio_changes(ratios)
    assert change.gmv_per_session_fell == ["b"]  # -20%; a rose, outside is not a platform
    assert change.views_per_session == pytest.approx({"b": 0.5, "a": -0.5})
    assert change.gmv_per_session_all == (90.0, 70.0)


def test_institutions_on_platforms_as_counts_of_the_stated_and_the_fitting_sample():
    use = pd.DataFrame({"option_id": ["douyin", "other"], "value": [60.53, 100.0], "decimals": 2})
    counted = platforms.as_counts(use, stated=37, best=38)
    assert counted["k_of_37"].tolist() == [[], [37]]
    assert counted["k_of_38"].tolist() == [[23], [38]]
    low, high = survey.interval(23, 38)
    assert counted["ci_if_38"].iloc[0] == f"{low:.1f}–{high:.1f}"
    assert "k_of_37" not in use  # the input frame is left as it was


def test_cases_count_how_their_platform_is_known_and_how_their_numbers_are_qualified():
    rows = pd.DataFrame({"platform_basis": ["stated", "inferred", "stated"]})
    assert cases.platform_basis(rows) == {"stated": 2, "inferred": 1, "not_stated": 0}
    nums = pd.DataFrame({"qualifier": ["lower_bound", "exact", "lower_bound", "approx"]})
    counted = cases.qualifiers(nums)
    assert (counted["lower_bound"], counted["approx"], counted["upper_bound"]) == (2, 1, 0)


def test_a_scan_orders_sample_sizes_by_fit_then_size():
    scan = pd.DataFrame({"n": [20, 21, 22, 23], "fits": [5, 6, 6, 4], "shares": 6})
    assert survey.by_fit(scan)["n"].tolist() == [21, 22, 20, 23]
    assert survey.stated_and_explaining(scan, stated=23)["n"].tolist() == [21, 23]


def test_the_article_s_misfitting_shares_are_named_by_what_they_describe():
    news = data.load("news_numbers").set_index("id")
    share = news[news["unit"] == "percent"].index[0]
    fit = pd.Series({"n": 63, "fits": 6, "shares": 7, "misfits": share})
    assert sources.misfits(fit, "en") == [news.at[share, "what_en"]]
    assert sources.misfits(fit.replace(share, ""), "zh") == []


def test_a_contradiction_is_said_with_both_numbers_as_printed():
    link = {"report_ref": "tab02.kuaishou.gmv.2023", "news_ref": "news.para06.kuaishou_live_gmv"}
    links = pd.DataFrame(
        [
            {"link_id": "L1", **link, "erratum_id": "E99", "class": "contradiction"},
            {"link_id": "L2", **link, "erratum_id": None, "class": "agree"},
        ]
    )
    bad = sources.contradictions(links)
    assert bad["link_id"].tolist() == ["L1"] and bad.at[0, "erratum_id"] == "E99"
    printed = data.inputs(list(link.values()))
    for side, ref in (("report", link["report_ref"]), ("news", link["news_ref"])):
        for col in ("value", "unit", "decimals"):
            assert bad.at[0, f"{side}_{col}"] == printed.at[ref, col]
    assert (
        bad.at[0, "what_zh"]
        == data.load("news_numbers").set_index("id").at[link["news_ref"], "what_zh"]
    )


def test_neighbouring_ranks_report_the_closest_pair_and_the_overlapping_intervals():
    ranked = pd.DataFrame(
        {
            "item": ["fig1", "fig1", "fig1", "fig2", "fig2"],
            "rank": [1.0, 2.0, 3.0, 1.0, 2.0],
            "option_en": ["a", "b", "c", "x", "y"],
            "published": [80.0, 60.0, 30.0, 50.0, 45.0],
            "k": [30, 23, 11, 19, 17],
            "ci_low": [65.0, 45.0, 17.0, 34.0, 30.0],
            "ci_high": [88.0, 74.0, 45.0, 66.0, 60.0],
        }
    )
    close = survey.neighbours(ranked)
    # pairs within a chart only: a–b, b–c, x–y (never c–x across charts)
    assert close.pairs == 3
    assert close.overlapping == 2  # a–b (65 < 74) and x–y; b–c do not (45 = 45 is no overlap)
    assert (close.above["option_en"], close.below["option_en"], close.gap) == ("x", "y", 2)
    assert close.median_half_width == 14.5  # of 11.5, 14.5, 14, 16 and 15
    assert survey.half_width(ranked.iloc[0]) == 11.5


def test_the_survey_year_s_summed_shares_and_the_share_nearest_one_half():
    per_share = pd.DataFrame(
        {
            "option_en": ["old", "summed", "near", "far"],
            "year": [2022, 2023, 2023, 2023],
            "status": ["sum_of_2_rounded", "sum_of_3_rounded", "fits", "fits"],
            "exact_share": [50.0, 80.0, 47.4, 10.5],
        }
    )
    assert survey.sums_of_rounded(per_share)["option_en"].tolist() == ["summed"]
    assert survey.nearest_half(per_share)["option_en"] == "near"  # not last year's 50


def test_the_valid_share_of_questionnaires_returned():
    facts = pd.DataFrame(
        {
            "id": ["fact.questionnaires_returned", "fact.valid_questionnaires", "fact.other"],
            "value": [40.0, 38.0, 1.0],
        }
    )
    assert survey.response(facts) == {"returned": 40, "valid": 38, "valid_pct": 95.0}


@pytest.mark.parametrize(
    "p_score, p_fisher, rejected", [(0.2, 0.3, False), (0.04, 0.3, True), (0.05, 0.05, False)]
)
def test_equal_shares_are_rejected_when_either_test_falls_below_the_significance_level(
    p_score, p_fisher, rejected
):
    comparison = pd.Series({"p_score": p_score, "p_fisher": p_fisher})
    assert survey.SIGNIFICANCE == 0.05
    assert survey.rejects_equal_shares(comparison) is rejected


def test_the_implied_levels_of_a_series_by_metric():
    series = pd.DataFrame(
        {
            "metric": ["gmv", "gmv", "views", "views"],
            "year": [2022, 2023, 2022, 2023],
            "value": [90.0, 100.0, None, 5.0],
            "status": ["derived", "published", "missing", "published"],
        }
    )
    implied = overall.implied(series)
    assert implied.index.tolist() == ["gmv"] and implied.at["gmv", "value"] == 90.0


def test_prefectures_ranked_leave_out_the_unranked_and_count_each_platform_s_dashes():
    gmv = pd.DataFrame({"name_en": ["B", "Xinjiang", "A"], "rank": [2.0, None, 1.0]})
    assert prefectures.ranked(gmv)["name_en"].tolist() == ["A", "B"]
    topics = pd.DataFrame({"douyin": [1.0, 2.0, 3.0], "kuaishou": [None, 4.0, None]})
    assert prefectures.unreported(topics) == {"douyin": 0, "kuaishou": 2}


def test_recommendations_count_their_links_and_name_those_without_any():
    evidence = pd.DataFrame(
        {
            "rec_id": ["rec1", "rec1", "rec2", "rec3"],
            "ref": ["fig23.a", "fig26.b", "fig24.c", None],
            "strength": ["direct", "indirect", "direct", None],
        }
    )
    assert recommendations.link_counts(evidence) == {
        "recommendations": 3,
        "links": 3,
        "direct": 2,
        "indirect": 1,
        "unquantified": 0,
    }
    assert recommendations.unsupported(evidence) == ["rec3"]


def test_recommendations_by_the_basis_they_rest_on():
    support = pd.DataFrame(
        {"title_en": ["a", "b", "c"], "basis": ["indirect_only", "quantified", "indirect_only"]}
    )
    assert recommendations.by_basis(support, "en") == {
        "quantified": ["b"],
        "indirect_only": ["a", "c"],
        "none": [],
    }


def test_the_residual_outside_table_2_is_reported_as_ranges():
    """A hand-made residual of 0.06–0.10万场 (a table printing 0.08): its sessions in both units
    and GMV per session as the widest range the rounding allows."""
    rows = [  # metric, year, unit, value, low, high
        ("sessions", 2022, "10k_sessions", 0.08, 0.06, 0.10),
        ("gmv", 2022, "100m_yuan", 1.0, 0.95, 1.05),
        ("views", 2022, "100m_views", 0.1, 0.05, 0.15),
        ("sessions", 2023, "10k_sessions", 0.2, 0.15, 0.25),
        ("gmv", 2023, "100m_yuan", 2.0, 1.95, 2.05),
        ("views", 2023, "100m_views", 0.2, 0.15, 0.25),
    ]
    levels = pd.DataFrame(rows, columns=["metric", "year", "unit", "value", "low", "high"])
    levels.insert(0, "platform_id", "outside")
    rest = platforms.residual(levels, 2022)
    assert rest.sessions == (0.06, 0.10)
    assert rest.sessions_counted == pytest.approx((600, 1000))
    low, high = rest.gmv_per_session[2022]
    assert low == pytest.approx(0.95e8 / 1000) and high == pytest.approx(1.05e8 / 600)
    assert set(rest.gmv_per_session) == {2022, 2023}


def test_a_verdict_depends_on_the_sample_size_only_when_the_tests_disagree():
    disagree = pd.DataFrame({"p_fisher": [0.083, 0.037, 0.027]})
    agree = pd.DataFrame({"p_fisher": [0.01, 0.02]})
    assert survey.verdict_depends_on_size(disagree, 0.05)
    assert not survey.verdict_depends_on_size(agree, 0.05)
    assert not survey.verdict_depends_on_size(disagree, 0.1)


def test_platform_shares_read_as_a_wide_table_that_adds_up():
    wide = platforms.shares_wide(platforms.shares(platforms.levels()), "en")
    assert list(wide["platform_id"]) == ["douyin", "taobao", "kuaishou", "outside"]
    assert list(wide.columns[1:3]) == ["Live sessions 2022 (%)", "Live sessions 2023 (%)"]
    assert (wide.iloc[:, 1:].sum().round(0) == 100).all()  # three platforms and the rest
    assert wide.at[2, "GMV 2023 (%)"] == 21.9


def test_only_links_compared_as_numbers_count_as_compared():
    frame = pd.DataFrame({"class": ["lower_bound", "different_period", "different_measure"]})
    assert sources.compared(frame) == 1


def test_prefectures_read_against_one_denominator_the_regional_total():
    shown = prefectures.of_total(prefectures.gmv())
    assert "share_of_sum" not in shown
    assert round(shown["cumulative_share_of_total"].iloc[2], 2) == 70.26  # the text's top three
