"""prose: computed sentences per language; errata list in either language."""

import pandas as pd
import pytest
from IPython.display import Markdown

from xjutils import prose
from xjutils.machinery import errata


@pytest.mark.parametrize(
    "x, lang, spec, out",
    [
        (prose.printed(50.6, 2), "zh", "", "50.60"),  # printed decimals kept
        (12504.14, "en", ".0f", "12,504"),  # English groups thousands
        (12504.14, "zh", ".0f", "12504"),  # Chinese prose does not
        (-14.65, "en", ".1f", "−14.7"),  # a true minus
        (38, "en", "", "38"),
        (38.0, "zh", "", "38"),
        (float("inf"), "en", "", "∞"),
    ],
)
def test_number(x, lang, spec, out):
    assert prose.number(x, lang, spec) == out


@pytest.mark.parametrize(
    "x, unit, decimals, zh, en",
    [
        (50.6, "100m_yuan", 2, "50.60亿元", "5.06 billion yuan"),
        (500, "10k_yuan", 0, "500万元", "5 million yuan"),
        (0.075, "100m_yuan", 3, "750万元", "7.5 million yuan"),
        (300, "million_yuan", 0, "3亿元", "300 million yuan"),
        (32.4275, "100m_yuan", 4, "32.4275亿元", "3.24275 billion yuan"),
        (7.54, "100m_views", 2, "7.54亿人次", "754 million views"),
        (6.03, "10k_sessions", 2, "6.03万场", "60,300 sessions"),
        (37, "count", 0, "37个", "37"),
    ],
)
def test_quantity_rescales_english_without_inventing_precision(x, unit, decimals, zh, en):
    assert prose.quantity(x, unit, "zh", decimals) == zh
    assert prose.quantity(x, unit, "en", decimals) == en


def test_join_and_date():
    assert prose.join(["甲", "乙", "丙"], "zh") == "甲、乙、丙"
    assert prose.join(["A", "B", "C"], "en") == "A, B and C"
    assert prose.date("2023-12-31", "zh") == "2023年12月31日"
    assert prose.date("2024-02", "en") == "February 2024"


def test_say_fills_the_template_of_the_language():
    out = prose.say("en", zh="样本量{n}", en="a sample of {n} ({s}%)", n=38, s=prose.printed(5, 2))
    assert isinstance(out, Markdown) and out.data == "a sample of 38 (5.00%)"
    assert prose.text("zh", zh="样本量{n}", en="", n=38) == "样本量38"
    with pytest.raises(ValueError, match="lang"):
        prose.text("fr", zh="", en="")


def _errata(monkeypatch, **extra):
    frame = pd.DataFrame(
        {"erratum_id": ["E01", "E09"], "status": ["open", "withdrawn"]}
        | {"severity": ["major", "minor"], "certainty": ["certain", "inferred"]}
        | {"family": ["plausibility", "reading"]}
        | {"what_en": ["Table 1 does not add up.", "A misdated figure."]}
        | extra
    )
    monkeypatch.setattr(errata.data, "load", lambda name: frame)


def test_errata_in_both_languages_with_family_and_status(monkeypatch):
    _errata(monkeypatch, what_zh=["表1各行之和与全疆总量不符。", "误判日期的数字。"])
    assert errata.markdown("zh").splitlines() == [
        "- **E01**（重要，已确认，合理性）：表1各行之和与全疆总量不符。",
        "- **E09**（次要，推断，人工阅读，已撤回）：误判日期的数字。",
    ]
    assert errata.markdown("en").splitlines() == [
        "- **E01** (major, certain, plausibility): Table 1 does not add up.",
        "- **E09** (minor, inferred, reading, withdrawn): A misdated figure.",
    ]


def test_between_says_the_unit_once_at_one_precision():
    assert prose.between(32.4275, 32.436, "100m_yuan", "en", 4) == (
        "between 3.24275 and 3.24360 billion yuan"
    )
    assert prose.between(32.4275, 32.436, "100m_yuan", "zh", 4) == "在32.4275亿元至32.4360亿元之间"
    assert prose.between(100, 1000, "10k_yuan", "en", 0) == "between 1 and 10 million yuan"


def test_by_count_says_all_or_none_not_k_of_k():
    tally = dict(every="all {n}", some="{k} of {n}", none="none of {n}")
    assert [prose.by_count(k, 5, **tally) for k in (5, 3, 0)] == [
        "all {n}",
        "{k} of {n}",
        "none of {n}",
    ]
    assert prose.by_count(0, 5, every="all", some="some") == "some"
    assert prose.by_count(0, 0, **tally) == "none of {n}"


def test_explains_says_none_or_how_many():
    assert [prose.explains(k, "en") for k in (0, 3)] == ["none of them", "only 3"]
    assert [prose.explains(k, "zh") for k in (0, 3)] == ["无法得出其中任何一个", "只能得出其中3个"]


def test_quote_and_join_per_language():
    assert prose.quote("产品破价", "zh") == "“产品破价”" and prose.quote("Price", "en") == '"Price"'
    assert prose.join([], "en") == "" and prose.join(["A"], "en") == "A"


@pytest.mark.parametrize(
    ("n", "word"),
    [(1, "first"), (4, "fourth"), (10, "tenth"), (11, "11th"), (22, "22nd"), (103, "103rd")],
)
def test_english_orders_read_as_ordinals(n, word):
    """第4层 is the fourth floor in English, not "floor 4" (issue 19)."""
    assert prose.ordinal(n) == word
    assert prose.quantity(n, "floor", "en") == f"{word} floor"
    assert prose.quantity(n, "floor", "zh") == f"第{n}层"


def test_a_quoted_range_takes_the_page_s_dash_but_dates_and_codes_stay():
    assert prose.ranges("2020-2023年新疆直播电商数据", "zh") == "2020—2023年新疆直播电商数据"
    assert prose.ranges("11-50 staff, 0.5-1.5", "en") == "11–50 staff, 0.5–1.5"
    assert prose.ranges("2023-11, para41-43, 2023-11-05", "en") == "2023-11, para41-43, 2023-11-05"
