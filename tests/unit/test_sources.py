"""xjutils.sources.classify on hand-made pairs: each class planted, and its near miss."""

import pandas as pd
import pytest

from xjutils import sources

FACTOR = pd.Series({"yuan": 1.0, "10k_yuan": 1e4})


def inputs(report, news, rq="exact", nq="exact"):
    return pd.DataFrame(
        {
            "value": [report, news],
            "decimals": [0, 0],
            "unit": ["10k_yuan", "10k_yuan"],
            "qualifier": [rq, nq],
        },
        index=["r", "n"],
    )


def link(measure, period="same"):
    return pd.Series({"report_ref": "r", "news_ref": "n", "measure": measure, "period": period})


@pytest.mark.parametrize(
    "measure, period, report, news, rq, expected",
    [
        ("same", "same", 100, 100, "exact", "agree"),
        ("same", "same", 100, 102, "exact", "contradiction"),
        ("same", "different", 100, 102, "exact", "different_period"),
        ("same", "same", 100, 180, "lower_bound", "lower_bound"),
        ("same", "same", 100, 90, "lower_bound", "contradiction"),
        ("subset", "same", 100, 90, "exact", "consistent_subset"),
        ("subset", "same", 100, 140, "exact", "contradiction"),
        ("subset", "different", 100, 140, "exact", "different_period"),
        ("different", "same", 100, 140, "exact", "different_measure"),
    ],
)
def test_classify(measure, period, report, news, rq, expected):
    got = sources.classify(link(measure, period), inputs(report, news, rq), FACTOR)
    assert got["class"] == expected


def test_base_units_and_rounding():
    value, low, high = sources._base(
        pd.Series({"value": 1.5, "decimals": 1, "unit": "10k_yuan"}), FACTOR
    )
    assert (value, low, high) == (15000.0, 14500.0, 15500.0)


def test_subset_at_the_rounding_edge():
    # ranges touching at 100.5 still overlap; 102 (from 101.5) is past 100.5
    got = sources.classify(link("subset"), inputs(100, 101), FACTOR)
    assert got["class"] == "consistent_subset"
    assert sources.classify(link("subset"), inputs(100, 102), FACTOR)["class"] == "contradiction"


def test_expect_raises_on_an_unexpected_class():
    frame = pd.DataFrame(
        {"link_id": ["L1", "L2"], "class": ["contradiction"] * 2, "expected": ["agree"] * 2}
    )
    with pytest.raises(
        AssertionError,
        match="^links that did not come out as expected:\nL1: contradiction "
        "\\(expected agree\\)\nL2",
    ):
        sources.expect(frame)


def test_classify_returns_both_values_in_base_units():
    got = sources.classify(link("same"), inputs(100, 100), FACTOR)
    assert (got["report_base"], got["news_base"]) == (1e6, 1e6)
    got = sources.classify(link("different"), inputs(100, 100), FACTOR)
    assert (got["report_base"], got["news_base"]) == (None, None)


@pytest.mark.parametrize(
    "measure, report, news, rq, nq, expected",
    [
        ("same", 100, 101, "exact", "exact", "agree"),  # 100.5 touches 100.5
        ("same", 100, 99, "exact", "exact", "agree"),
        ("same", 100, 98, "exact", "exact", "contradiction"),
        ("same", 100, 99, "lower_bound", "exact", "lower_bound"),  # 99.5 reaches 99.5
        ("same", 100, 98, "lower_bound", "exact", "contradiction"),
        ("same", 101, 100, "exact", "lower_bound", "lower_bound"),  # report respects news
        ("same", 99, 100, "exact", "lower_bound", "lower_bound"),
        ("same", 98, 100, "exact", "lower_bound", "contradiction"),
    ],
)
def test_classify_edges(measure, report, news, rq, nq, expected):
    got = sources.classify(link(measure), inputs(report, news, rq, nq), FACTOR)
    assert got["class"] == expected


def test_expect_message_in_full():
    frame = pd.DataFrame({"link_id": ["L1"], "class": ["contradiction"], "expected": ["agree"]})
    with pytest.raises(AssertionError) as err:
        sources.expect(frame)
    assert str(err.value) == (
        "links that did not come out as expected:\nL1: contradiction (expected agree)\n"
        "Check the numbers these rest on in data/ first (`git diff data/` shows what changed): a"
        " mistyped input shows up here. If data/ is as the source prints it, set the link's"
        " `expected` in data/source_links.csv."
    )
