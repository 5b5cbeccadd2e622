"""Errata evidence reads as a reference in the page's language, not as internal ids."""

import pytest

from xjutils.build.site.landing import locator


@pytest.mark.parametrize(
    "lang, expected",
    [
        ("zh", "《报告》 一(二) 表1 第4页; 新闻报道 第6段, 第41—43段"),
        ("en", "Report 一(二) Table 1 p. 4; News article para. 6, paras. 41–43"),
    ],
)
def test_locator_writes_sources_items_pages_and_paragraphs(lang, expected):
    assert locator("report2023 一(二) tab01 p4; news2022 para06, para41-43", lang) == expected
