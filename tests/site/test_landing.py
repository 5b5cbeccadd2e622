"""The landing page's citation and errata in the page's language (no browser needed)."""

import re

from bs4 import BeautifulSoup

from xjutils.build.site import landing


def _prose(html: str) -> str:
    soup = BeautifulSoup(html, "html.parser")
    for tagged in soup.select("[lang]"):
        tagged.decompose()
    return soup.get_text(" ")


def test_zh_citation_of_the_repository_is_chinese():
    soup = BeautifulSoup(landing.citation("zh"), "html.parser")
    report, repo = soup.select("p.cite")
    assert report.get_text().split(". ")[0].count("、") == 8  # the nine researchers, as before
    text = repo.get_text()
    assert "新疆直播电商发展调研报告(2023)复现" in text and "项目贡献者" in text
    assert "版本" in text and "许可协议" in text
    assert repo.find("span", lang="en").get_text().startswith("Reproducing the")  # original
    assert "Reproducing" not in _prose(str(repo))


def test_en_citation_of_the_repository_is_english():
    repo = BeautifulSoup(landing.citation("en"), "html.parser").select("p.cite")[1]
    assert repo.get_text().startswith("xj-livecommerce-repro contributors. Reproducing the")
    assert not re.search(r"[\u3400-\u9fff]", repo.get_text())


def test_errata_evidence_and_notes_are_in_the_page_language():
    zh = BeautifulSoup(landing.errata("zh"), "html.parser")
    meta = " ".join(m.get_text() for m in zh.select(".meta"))
    assert "《报告》" in meta and "报告称回收问卷" in meta
    assert not re.search(r"report2023|news2022|valid|published|sources\.csv", meta)
    en = " ".join(
        m.get_text() for m in BeautifulSoup(landing.errata("en"), "html.parser").select(".meta")
    )
    assert "Report, Part 2, p. 5" in en and "37 of them valid" in en
