"""xjutils.summary on hand-made claims and errata: what the summary's sentences say."""

import math

import pandas as pd

from xjutils import summary


def _checked(rows):
    columns = ["claim_id", "kind", "item", "published", "reproduced", "decimals", "unit"]
    columns += ["status", "erratum_id"]
    return pd.DataFrame(rows, columns=columns)


CHECKED = _checked(
    [
        ("a.gmv", "restatement", "fig01", 50.6, 50.6, 2, "100m_yuan", "reproduced", None),
        ("a.growth", "growth", "fig01", 56.02, 60.27, 2, "percent", "consistent", None),
        ("a.total", "total", "tab01", 50.6, 48.9, 2, "100m_yuan", "mismatch", "E01"),
        ("a.mean", "mean", "fig05", 3.0, None, 0, "years", "not_derivable", None),
        ("t.g1", "growth", "tab02", 10.0, 10.0, 2, "percent", "reproduced", None),
        ("t.g2", "growth", "tab02", 12.0, 12.001, 2, "percent", "within_rounding", None),
    ]
)


def test_a_finding_carries_its_status_and_erratum():
    f = summary.finding(CHECKED, "a.total")
    assert (f.published, f.reproduced, f.status, f.erratum) == (50.6, 48.9, "mismatch", "E01")
    assert not f.holds and summary.finding(CHECKED, "a.growth").holds
    assert summary.finding(CHECKED, "a.gmv").erratum is None


def test_a_number_is_marked_unless_it_reproduces():
    gmv, growth, total = (summary.finding(CHECKED, c) for c in ("a.gmv", "a.growth", "a.total"))
    assert summary.marked(gmv, "zh") == "50.60亿元"
    assert summary.marked(gmv, "en") == "5.06 billion yuan"
    assert summary.marked(growth, "zh") == "56.02%（不矛盾）"
    assert summary.marked(growth, "en", said=("consistent",)) == "56.02%"
    assert summary.marked(total, "en") == "5.06 billion yuan (flagged: erratum E01)"
    assert summary.value(total, "zh", reproduced=True) == "48.90亿元"


def test_the_summary_says_once_that_its_unmarked_numbers_reproduce():
    gmv, growth, total = (summary.finding(CHECKED, c) for c in ("a.gmv", "a.growth", "a.total"))
    assert summary.lead([gmv, total], "zh").endswith("除另有说明者外，均可由报告本身的数据复现。")
    assert summary.lead([gmv], "en").startswith("Every number below is the report's")
    assert summary.lead([growth, total], "zh") == ""
    assert summary.all_in([growth], "consistent")
    assert not summary.all_in([growth, gmv], "consistent")
    assert not summary.all_in([], "consistent")


def test_a_growth_rate_reads_as_a_rise_or_a_fall():
    fall = summary.Finding("k", -21.53, -21.53, 2, "percent", "reproduced", None)
    assert summary.change(summary.finding(CHECKED, "t.g1"), "zh") == "增长10.00%"
    assert summary.change(fall, "en") == "fell by 21.53%"
    growth = summary.finding(CHECKED, "a.growth")
    assert summary.change(growth, "en") == "grew by 56.02% (consistent)"


def test_tallies_count_holding_flagged_and_unchecked_claims():
    assert summary.tally(CHECKED) == {
        "claims": 6,
        "holds": 4,
        "reproduced": 3,
        "restated": 1,
        "recomputed": 2,
        "consistent": 1,
        "flagged": 1,
        "unchecked": 1,
    }
    assert summary.agree(CHECKED, "growth", "tab02") == (2, 2)
    assert summary.agree(CHECKED, "growth") == (3, 3)
    assert list(summary.flagged(CHECKED)["erratum_id"]) == ["E01"]
    assert list(summary.bounded(CHECKED)["claim_id"]) == ["a.growth"]


def test_the_errata_of_a_group_are_open_ones_major_first():
    rows = pd.DataFrame(
        {
            "erratum_id": ["E01", "E02", "E03", "E04"],
            "status": ["open", "open", "withdrawn", "open"],
            "group": ["substantive", "substantive", "substantive", "editorial"],
            "severity": ["minor", "major", "major", "major"],
        }
    )
    assert list(summary.errata(rows, "substantive")["erratum_id"]) == ["E02", "E01"]
    assert list(summary.errata(rows, "secondary")["erratum_id"]) == []


def test_the_interval_of_a_share_near_one_half_narrows_with_the_sample():
    small, large = summary.interval_half_width(38), summary.interval_half_width(380)
    assert 14 < small < 17 and large < small / 3 and not math.isnan(large)


def test_every_number_the_summary_quotes_is_a_claim():
    from xjutils import claims

    found = summary.findings(claims.check_all())
    assert set(found) == {c for ids in summary.TOPICS.values() for c in ids}


def test_the_survey_is_compared_with_earlier_editions_in_eleven_places():
    # E17's eleven: the survey's comparisons only, not the market totals', cases' or news'
    assert summary.comparisons() == 11
    assert summary.publisher("news2022", "zh") == "《中国青年报》"


def test_the_market_is_concentrated_and_kuaishou_lost_half_its_share():
    m = summary.market()
    assert round(m.top3_share, 2) == 70.26  # (20.92 + 8.17 + 6.46) / 50.60
    assert round(m.gmv_share[("kuaishou", 2023)], 1) == 21.9
    assert round(m.gmv_share[("kuaishou", 2022)], 1) == 43.5  # 2022 implied by the growth rate


def test_the_report_s_statements_leave_out_the_news_article_s():
    checked = _checked(
        [
            ("a.gmv", "restatement", "fig01", 50.6, 50.6, 2, "100m_yuan", "reproduced", None),
            ("news.gmv_parts", "total", None, 17.0, 17.0, 0, "100m_yuan", "reproduced", None),
        ]
    )
    assert list(summary.of_report(checked)["claim_id"]) == ["a.gmv"]


def test_the_institutions_profile_marks_what_can_only_be_bounded():
    from xjutils import claims

    p = summary.profile(claims.check_all(), "en")
    assert p["fig14.douyin.2023"] == "97.37%" and p["abs.outside_consumers"] == "76.32%"
    assert p["s2_2_1.median_staff"] == "16 persons (consistent)"


def test_the_market_s_shares_read_to_one_decimal():
    said = summary.market().said("en")
    assert said["top3"] == "70.3%" and said[("kuaishou", 2023)] == "21.9%"
