"""Errata evidence reads as a reference in the page's language, not as internal ids."""

import pytest

from xjutils.prose import locator


@pytest.mark.parametrize(
    "evidence, zh, en",
    [
        (
            "report2023 一(二) tab01 p4; news2022 para06, para41-43",
            "《报告》一（二），表1，第4页；新闻报道第6、41—43段",
            "Report, Section 1.2, Table 1, p. 4; News article, paras. 6 and 41–43",
        ),
        ("report2023 fig05 p12", "《报告》图5，第12页", "Report, Fig. 5, p. 12"),
        (
            "report2023 二 p5; 二 fig02-15",
            "《报告》第二章，第5页；第二章，图2—图15",
            "Report, Section 2, p. 5; Section 2, Figs. 2–15",
        ),
        (
            "report2023 二(一)2 fig03 fig04 p7; 摘要 p1",
            "《报告》二（一）2，图3、图4，第7页；摘要，第1页",
            "Report, Section 2.1, item 2, Figs. 3 and 4, p. 7; Summary, p. 1",
        ),
        ("news2022 para15-16", "新闻报道第15—16段", "News article, paras. 15–16"),
    ],
)
def test_locator_writes_sources_items_pages_and_paragraphs(evidence, zh, en):
    assert locator(evidence, "zh") == zh
    assert locator(evidence, "en") == en


def test_every_erratum_evidence_reads_without_ids():
    import re

    from xjutils import data

    ids = re.compile(r"report2023|news2022|\b(?:fig|tab|para|p)\d")
    for ev in data.load("errata")["evidence"]:
        for lang in ("zh", "en"):
            assert not ids.search(locator(ev, lang)), locator(ev, lang)
