"""xjutils.claims: rounding-aware re-derivation on hand-made inputs."""

import math

import pandas as pd
import pytest

from xjutils import claims, data, present, rounding
from xjutils.claims import Value


def test_round_half_up_not_bankers():
    assert str(rounding.round_half_up(0.125, 2)) == "0.13"
    assert str(rounding.round_half_up(56.015, 2)) == "56.02"


def test_compare_uses_printed_precision():
    pub = Value(56.02, 2)
    assert claims.compare(pub, 56.0249, 56.0, 56.1) == "reproduced"
    assert claims.compare(pub, 56.03, 56.01, 56.05) == "within_rounding"
    assert claims.compare(pub, 56.10, 56.09, 56.11) == "mismatch"


def test_corners_bracket_a_ratio():
    x, low, high = claims.corners(claims.growth, [Value(2.87, 2), Value(0.83, 2)])
    assert low < x < high
    assert high == pytest.approx(claims.growth(2.875, 0.825))


def test_cagr_and_implied_previous():
    assert claims.cagr(100, 200, 1) == pytest.approx(100)
    assert claims.implied_previous(150, 50) == pytest.approx(100)


def test_ranking_ties_keep_table_order():
    vals = [Value(1, entity="a"), Value(3, entity="b"), Value(3, entity="c")]
    assert claims.ranking(vals, 2) == ["b", "c"]


def test_ranking_puts_missing_last():
    vals = [Value(math.nan, entity="a"), Value(1, entity="b")]
    assert claims.ranking(vals, 2) == ["b", "a"]


def bands(rows):
    return pd.DataFrame(rows, columns=["band_low", "band_high", "value", "decimals"])


def test_median_of_complete_bands():
    lo, hi = claims.median_interval(
        bands([(0, 100, 30.0, 2), (100, 500, 30.0, 2), (500, None, 40.0, 2)])
    )
    assert (lo, hi) == (100, 500)


def test_median_band_over_half_bounds_it():
    lo, hi = claims.median_interval(bands([(11, 50, 55.26, 2), (100, None, 5.26, 2)]))
    assert (lo, hi) == (11, 50)


def test_median_lower_bound_from_covered_bottom():
    lo, hi = claims.median_interval(bands([(0, 30, 7.89, 2), (30, 60, 39.47, 2)]))
    assert lo == 60 and math.isinf(hi)


def test_expect_raises_naming_the_claim():
    frame = pd.DataFrame(
        [
            {
                "claim_id": "c1",
                "published": 1.0,
                "reproduced": 2.0,
                "status": "mismatch",
                "expected": "reproduced",
            }
        ]
    )
    with pytest.raises(
        claims.ClaimError,
        match="^claims that did not come out as expected:\nc1: published 1.0, reproduced 2.0",
    ):
        claims.expect(frame)


def test_counts_finds_every_k_that_rounds_to_the_share():
    from xjutils import survey

    assert survey.counts(52.63, 2, 38) == [20]
    assert survey.counts(52.64, 2, 38) == []
    assert survey.counts(50, 0, 3) == []
    assert survey.counts(33, 0, 100) == [33]
    assert survey.counts(0, 2, 38) == [0] and survey.counts(100, 2, 38) == [38]
    assert survey.rounded_sums(52.64, 2, 38, 2) == [20]


def test_vectorised_spearman_equals_scipy():
    import numpy as np
    from scipy import stats

    from xjutils import prefectures

    rng = np.random.default_rng(1)
    x, y = rng.normal(size=14), rng.normal(size=14)
    assert prefectures.spearman(x, y) == pytest.approx(stats.spearmanr(x, y).statistic)


def test_within_rounding_lower_edge():
    # printed 56.02 covers [56.015, 56.025]: a range ending exactly at its lower edge counts
    pub = Value(56.02, 2)
    assert claims.compare(pub, 55.9, 55.8, 56.015) == "within_rounding"
    assert claims.compare(pub, 55.9, 55.8, 56.0149) == "mismatch"


def test_growth_base_bound_reports_a_mismatch():
    pub = Value(80.0, 2)
    ok = claims.m_growth_base_bound(
        Value(40.0, 2), [Value(150.0, 2), Value(50.0, 2), Value(50.0, 2)]
    )
    bad = claims.m_growth_base_bound(pub, [Value(150.0, 2), Value(50.0, 2), Value(50.0, 2)])
    assert ok.status == "consistent" and bad.status == "mismatch"


def test_parts_count_reports_a_mismatch():
    assert claims.m_parts_count(None, [Value(3)] + [Value(1)] * 3).status == "reproduced"
    assert claims.m_parts_count(None, [Value(3)] + [Value(1)] * 2).status == "mismatch"


def test_count_rows_reports_a_mismatch():
    assert claims.m_count_rows(Value(9), [Value(1)] * 9).status == "reproduced"
    assert claims.m_count_rows(Value(9), [Value(1)] * 8).status == "mismatch"


def test_all_above_reports_a_mismatch():
    assert claims.m_all_above(Value(50), [Value(52.6), Value(57.9)]).status == "consistent"
    assert claims.m_all_above(Value(50), [Value(52.6), Value(49.9)]).status == "mismatch"


def test_mean_bands_reports_a_mismatch():
    rows = bands([(11, 50, 55.26, 2), (100, None, 5.26, 2)])
    assert claims.m_mean_bands(Value(32, 0), rows).status == "consistent"
    assert claims.m_mean_bands(Value(5, 0), rows).status == "mismatch"


def test_growth_and_cagr_exact():
    assert claims.growth(150, 100) == pytest.approx(50)
    assert claims.cagr(100, 400, 2) == pytest.approx(100)  # doubling each of two years
    assert claims.cagr(100, 900, 2) == pytest.approx(200)


def test_compare_touching_edges_exactly():
    # printed 56 covers [55.5, 56.5], exact in binary: touching ranges overlap
    assert claims.compare(Value(56, 0), 57.0, 56.5, 57.0) == "within_rounding"
    assert claims.compare(Value(56, 0), 55.0, 55.0, 55.5) == "within_rounding"


def test_compare_within_rounding_upper_edge():
    pub = Value(56.02, 2)  # [56.015, 56.025]
    assert claims.compare(pub, 56.1, 56.025, 56.2) == "within_rounding"
    assert claims.compare(pub, 56.1, 56.0251, 56.2) == "mismatch"


def test_counts_return_the_whole_derivation():
    d = claims.m_parts_count(None, [Value(3)] + [Value(1)] * 3)
    assert (d.reproduced, d.low, d.high) == (3, 3, 3)
    d = claims.m_count_rows(Value(9), [Value(1)] * 9)
    assert (d.reproduced, d.low, d.high) == (9, 9, 9)


def test_all_above_edges_and_threshold_from_inputs():
    d = claims.m_all_above(Value(50), [Value(52.6), Value(57.9)])
    assert (d.reproduced, d.low, d.high) == (52.6, 52.6, 52.6)
    assert claims.m_all_above(Value(50), [Value(50.0)]).status == "mismatch"  # not above
    # no printed value: the first input is the threshold, the rest the values
    assert claims.m_all_above(None, [Value(1.0), Value(1.1), Value(2.0)]).status == "consistent"
    assert claims.m_all_above(None, [Value(1.0), Value(0.9), Value(2.0)]).status == "mismatch"
    assert claims.m_all_above(None, [Value(1.0), Value(2.0), Value(0.9)]).status == "mismatch"


def test_growth_base_bound_uses_the_loosest_corner():
    # bound = (150.005 / 99.99 - 1) * 100 = 50.02...
    d = claims.m_growth_base_bound(
        Value(50.02, 2), [Value(150.0, 2), Value(50.0, 2), Value(50.0, 2)]
    )
    assert d.reproduced == pytest.approx(claims.growth(150.005, 99.99))
    assert (d.low, d.high) == (-math.inf, d.reproduced)
    assert d.status == "consistent"
    # a printed 50.03 is past the bound even at its lower rounding edge (50.025)
    assert (
        claims.m_growth_base_bound(
            Value(50.03, 2), [Value(150.0, 2), Value(50.0, 2), Value(50.0, 2)]
        ).status
        == "mismatch"
    )


def test_mean_lower_bound_values():
    # every value at its band's floor; unpublished 40% at 0
    assert claims.mean_lower_bound(bands([(10, 20, 60.0, 0)])) == pytest.approx(6.0)
    # bands covering [0, 10]: the unpublished 40% sits just above, at 10
    assert claims.mean_lower_bound(bands([(0, 10, 60.0, 0)])) == pytest.approx(4.0)
    # adjacent whole-number bands (0-10, 11-50) are contiguous; a gap (10 to 12) is not
    assert claims.mean_lower_bound(bands([(0, 10, 50.0, 0), (11, 50, 30.0, 0)])) == pytest.approx(
        (30 * 11 + 20 * 50) / 100
    )
    assert claims.mean_lower_bound(bands([(0, 10, 50.0, 0), (12, 50, 30.0, 0)])) == (
        pytest.approx((30 * 12 + 20 * 10) / 100)
    )


def test_mean_bands_edge():
    rows = bands([(10, 20, 60.0, 0)])  # floor 6.0
    d = claims.m_mean_bands(Value(6, 0), rows)
    assert (d.reproduced, d.low, d.high, d.status) == (6.0, 6.0, math.inf, "consistent")
    assert claims.m_mean_bands(Value(5.5, 0), rows).status == "consistent"  # 5.5 + 0.5 = 6
    assert claims.m_mean_bands(Value(5.9, 1), rows).status == "mismatch"  # 5.95 < 6


@pytest.mark.parametrize(
    "rows, expected",
    [
        ([(0, 10, 30.0, 0), (11, 50, 10.0, 0), (51, None, 55.0, 0)], (51, math.inf)),
        ([(0, 10, 10.0, 0), (20, 50, 20.0, 0), (51, None, 60.0, 0)], (51, math.inf)),
        ([(0, 10, 45.0, 0), (11, 50, 45.0, 0)], (11, 50)),
        ([(5, 10, 52.0, 0)], (5, 10)),
        ([(0, 10, 49.0, 0), (11, 20, 2.0, 0), (30, None, 49.0, 0)], (11, 30)),
        ([(0, 10, 40.0, 0), (12, 20, 20.0, 0), (21, None, 40.0, 0)], (12, 20)),
        ([(0, 10, 50.0, 1), (11, None, 50.0, 1)], (0, math.inf)),
    ],
)
def test_median_interval_more_cases(rows, expected):
    assert claims.median_interval(bands(rows)) == expected


@pytest.mark.parametrize(
    "rows, expected",
    [
        ([(0, 10, 49.99, 2), (11, 50, 30.0, 2), (51, None, 20.01, 2)], (11, 50)),
        ([(0, 10, 50.0, 0), (11, 50, 50.0, 0)], (0, 50)),  # 50% may be 50.5%: no lower bound
        ([(0, 10, 49.6, 1), (11, 50, 20.0, 1)], (11, 50)),
        ([(20, 40, 30.0, 0), (60, None, 30.0, 0)], (20, 60)),  # unknown 40% in the gaps
        ([(0, 10, 20.0, 0), (30, None, 45.0, 0)], (10, 30)),
        (
            [
                (0, 100, 26.32, 2),
                (100, 500, 23.68, 2),
                (500, 1000, 7.89, 2),
                (1000, 5000, 31.58, 2),
                (5000, None, 10.53, 2),
            ],
            (100, 1000),
        ),
    ],
)
def test_median_interval_cases(rows, expected):
    assert claims.median_interval(bands(rows)) == expected


def test_reproduced_values_show_extra_digits_only_where_they_say_something():
    """A reproduced value that equals the published one is shown at the published decimals
    (50.60, not 50.6000); one that differs keeps the digits that show how (60.6683)."""
    shown = [
        present._no_extra_zeros(t, d) for t, d in (("50.6000", 2), ("60.6683", 2), ("1.1000", 1))
    ]
    assert shown == ["50.60", "60.6683", "1.1"]


# Boundaries of the band arithmetic: each case below changes its result under one slip in
# median_interval or mean_lower_bound (a wrong rounding base, a wrong fill for an open band,
# an off-by-one in adjacency, a non-strict test at exactly half).
@pytest.mark.parametrize(
    "rows, expected",
    [
        # printed to one decimal, 24.9% + 25.0% may be 50.0%: the median need not exceed 10
        ([(0, 5, 24.9, 1), (6, 10, 25.0, 1), (11, None, 50.1, 1)], (6, math.inf)),
        # an open-bottom band ('under 10') starts at 0
        ([(None, 10, 60.0, 0), (11, None, 40.0, 0)], (0, 10)),
        # and covers the bottom wherever it sorts: as (0, 30, 7.89) gives (60, inf)
        ([(None, 30, 7.89, 2), (30, 60, 39.47, 2)], (60, math.inf)),
        # exactly half below 10 (49.5% + 0.5): the median is not above 10
        ([(0, 10, 49.5, 0), (11, None, 50.5, 0)], (0, math.inf)),
        # exactly half above 11: the median is not below it
        ([(0, 10, 50.5, 0), (11, None, 49.5, 0)], (0, math.inf)),
        # the unknown 1e-6% sits in the gap 10-20: below 20 lies at most 49.5% + 1e-6%
        ([(0, 10, 49.5, 6), (20, None, 50.5, 6)], (20, math.inf)),
        # bands from 2, not from 0: the bottom is not covered, the unknown 21% may lie below 2
        ([(2, 10, 40.0, 0), (11, None, 40.0, 0)], (2, 10)),
        # a gap of 2 (10 to 12) is a gap: the unknown 41% lies in it
        ([(0, 10, 30.0, 0), (12, None, 30.0, 0)], (10, 12)),
        # the top covered from 20 (20-30 and 31+ adjacent), the bottom to 10
        ([(0, 10, 20.0, 0), (20, 30, 20.0, 0), (31, None, 20.0, 0)], (10, 20)),
        # 29 to 31 is a gap of 2: the top is covered from 31 only
        ([(0, 10, 20.0, 0), (20, 29, 20.0, 0), (31, None, 20.0, 0)], (10, 31)),
        # bands covering the whole scale with 41% in all contradict one another: no interval
        ([(0, 10, 20.0, 0), (11, None, 20.0, 0)], (11, 0)),
    ],
)
def test_median_interval_boundaries(rows, expected):
    assert claims.median_interval(bands(rows)) == expected


def test_mean_lower_bound_boundaries():
    # an open-bottom band starts at 0; the unpublished 40% sits above it, at 10
    assert claims.mean_lower_bound(bands([(None, 10, 60.0, 0)])) == pytest.approx(4.0)
    # wherever it sorts: the rest lies above 10 and 20, not at 0
    got = claims.mean_lower_bound(bands([(11, 20, 30.0, 0), (None, 10, 60.0, 0)]))
    assert got == pytest.approx((30 * 11 + 10 * 20) / 100)
    # bands summing to 100%: nothing unpublished to place
    assert claims.mean_lower_bound(bands([(0, 10, 50.0, 0), (11, 20, 50.0, 0)])) == (
        pytest.approx(5.5)
    )
    # bands covering the whole scale yet summing to 60%: the rest has nowhere finite to sit
    assert claims.mean_lower_bound(bands([(0, 10, 30.0, 0), (11, None, 30.0, 0)])) == math.inf


def test_mean_bands_uses_every_band_and_named_case_for_a_modelled_question():
    """Partner firms: the bands alone allow a mean of 4.47; the shares, the median and the two
    institutions named with more than 100 partners allow no mean under 9.66."""
    from xjutils import data
    from xjutils.audit import feasibility

    rows = data.load("survey_shares").query("question_id == 'q_partners'").copy()
    rows["decimals"] = 2
    tight = feasibility.mean_floor("q_partners")
    assert claims.mean_lower_bound(rows) < 9 < 9.5 < tight
    d = claims.m_mean_bands(Value(9, 0), rows)  # 9.5 is under the floor: a mismatch
    assert (d.reproduced, d.status) == (pytest.approx(tight), "mismatch")
    # the same bands under a question the audit does not model: the bands' floor only
    other = rows.assign(question_id="q_not_modelled")
    d = claims.m_mean_bands(Value(9, 0), other)
    assert (d.reproduced, d.status) == (pytest.approx(claims.mean_lower_bound(rows)), "consistent")


def test_expect_message_in_full():
    frame = pd.DataFrame(
        [
            {
                "claim_id": c,
                "published": 56.02,
                "reproduced": 1.0,
                "status": "mismatch",
                "expected": "consistent",
            }
            for c in ("s1_1.gmv_growth", "s2_1_1.mean_age")  # the second has no inputs
        ]
    )
    with pytest.raises(claims.ClaimError) as err:
        claims.expect(frame)
    assert str(err.value) == (
        "claims that did not come out as expected:\n"
        "s1_1.gmv_growth: published 56.02, reproduced 1.0 -> mismatch (expected consistent;"
        " inputs fig01.gmv.2023;tab02.douyin.gmv.2022;tab02.taobao.gmv.2022;"
        "tab02.kuaishou.gmv.2022)\n"
        "s2_1_1.mean_age: published 56.02, reproduced 1.0 -> mismatch (expected consistent;"
        " inputs table:survey_shares?question_id=q_founded)\n"
        "Check the numbers these rest on in data/ first (`git diff data/` shows what changed): a"
        " mistyped input shows up here. If data/ is as the source prints it, the claim does not"
        " reproduce (or xjutils changed): record an erratum in data/errata.csv and set the"
        " claim's `expected` in data/claims.csv."
    )


def test_no_extra_zeros_leaves_what_is_not_a_decimal_alone():
    assert present._no_extra_zeros(5.0, 2) == 5.0
    assert present._no_extra_zeros(None, 2) is None
    assert present._no_extra_zeros("n/a", 2) == "n/a"
    assert present._no_extra_zeros("12.000", 0) == "12"  # no decimals left: no point
    assert present._no_extra_zeros("−1,234.50", 1) == "−1,234.5"


def test_a_checked_claim_carries_its_record_whole():
    """Every field a reader's table or the summary takes from a checked claim, each from its own
    column of data/claims.csv (a key or a value swapped would pass unseen elsewhere)."""
    row = claims.check_all("claim_id == 'pre.gmv_2023'").iloc[0]
    assert row.to_dict() | {"erratum_id": None, "low": 0, "high": 0} == {
        "claim_id": "pre.gmv_2023",
        "kind": "restatement",
        "section": "前言",
        "item": "fig01",
        "statement_zh": "前言：2023年交易额",
        "statement_en": "Preface: 2023 GMV",
        "published": 50.6,
        "decimals": 2,
        "reproduced": 50.6,
        "low": 0,
        "high": 0,
        "unit": "100m_yuan",
        "status": "reproduced",
        "expected": "reproduced",
        "erratum_id": None,
    }
    assert (row["low"], row["high"]) == pytest.approx((50.595, 50.605))


def test_a_mean_on_a_scale_with_printed_ends_is_bounded():
    """The mean years since founding (3) was 'cannot be checked'; the shares (4 founded in
    2023, 20 in 2021-2022 of 38) and the printed ends (1 and 8 years, each at least once)
    bound it to 2.74-4.63 (issue 19's readers)."""
    rows = data.load("survey_shares").query("question_id == 'q_founded'")
    lo, hi = claims.mean_range(rows)
    assert (round(lo, 2), round(hi, 2)) == (2.74, 4.63)
    assert claims.check_all().set_index("claim_id").at["s2_1_1.mean_age", "status"] == "consistent"
