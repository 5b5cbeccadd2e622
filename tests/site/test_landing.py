"""The landing page's citation and errata in the page's language (no browser needed)."""

import re

from bs4 import BeautifulSoup

from xjutils.machinery.site import landing


def _prose(html: str) -> str:
    soup = BeautifulSoup(html, "html.parser")
    for tagged in soup.select("[lang]"):
        tagged.decompose()
    return soup.get_text(" ")


def test_zh_citation_of_the_repository_is_chinese():
    soup = BeautifulSoup(landing.citation("zh"), "html.parser")
    report, news, repo = soup.select("p.cite")
    assert news.get_text().startswith("王雪迎. 新疆青年直播电商现状调查[N]. 中国青年报, 2022-04-26")
    # GB/T 7714: the nine researchers separated by commas, the document type after the title
    assert report.get_text().split(". ")[0].count(", ") == 8 and "(2023)[R]" in report.get_text()
    text = repo.get_text()
    assert "新疆直播电商发展调研报告(2023)复现" in text and "新疆直播电商调研报告复现项目" in text
    assert "版本" in text and "复现[R]" in text and "许可" not in text  # a licence is no citation
    assert repo.find("span", lang="en").get_text().endswith("(2023), reproduced")  # original
    assert "reproduced" not in _prose(str(repo))  # the English title only in its span


def test_en_citation_of_the_report_names_its_nine_researchers_in_pinyin():
    report = BeautifulSoup(landing.citation("en"), "html.parser").select("p.cite")[0]
    names = report.get_text().split(". ")[0].split(", ")
    assert len(names) == 9 and all(re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+", n) for n in names)
    assert report.find("span", lang="zh") is not None  # the original title, then its English
    assert "CITATION.cff" not in landing.citation("en") + landing.citation("zh")


def test_en_citation_of_the_repository_is_english():
    news, repo = BeautifulSoup(landing.citation("en"), "html.parser").select("p.cite")[1:]
    assert news.get_text().startswith("Wang Xueying. 新疆青年直播电商现状调查 [Survey of young")
    project = "Xinjiang live-commerce report reproduction project"
    assert repo.get_text().startswith(f"{project}. Xinjiang Live-Streaming")  # as the cover
    assert not re.search(r"[\u3400-\u9fff]", repo.get_text())


def test_errata_evidence_and_notes_are_in_the_page_language():
    zh = BeautifulSoup(landing.errata("zh"), "html.parser")
    meta = " ".join(m.get_text() for m in zh.select(".meta"))
    assert "《报告》" in meta and "报告称回收问卷" in meta
    assert not re.search(r"report2023|news2022|valid|published|sources\.csv", meta)
    en = " ".join(
        m.get_text() for m in BeautifulSoup(landing.errata("en"), "html.parser").select(".meta")
    )
    assert "Report, Section 2, p. 5" in en and "37 of them valid" in en


def _cjk_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    return sum("\u4e00" <= ch <= "\u9fff" for ch in letters) / len(letters)


def test_every_description_of_the_datapackage_has_a_chinese_one():
    from xjutils import data

    pkg = data.package()
    described = [pkg, *pkg["resources"]]
    described += [f for r in pkg["resources"] for f in r["schema"]["fields"]]
    missing = [d["name"] for d in described if "description" in d and not d.get("description_zh")]
    assert not missing


def test_zh_dictionary_describes_tables_and_fields_in_chinese():
    page = landing.dictionary("zh")
    soup = BeautifulSoup(page, "html.parser")
    for code in soup.select("code"):  # column names and codes stay as they are in the data
        code.decompose()
    cells = [tr.find_all("td")[3] for tr in soup.select("tbody tr") if len(tr.find_all("td")) == 4]
    cells += [h.find_next_sibling("p") for h in soup.select("h2[id]") if h.find_next_sibling("p")]
    texts = [c.get_text() for c in cells if sum(ch.isalpha() for ch in c.get_text()) >= 10]
    assert len(texts) > 30
    english = [t for t in texts if _cjk_share(t) <= 0.5]
    assert not english
    assert "类别: 输入表" in page and "类别: 维度表" in page and "类别: 表述表" in page
    assert "（直播交易额）" in page  # enum values in words
    intro = soup.find("h1").find_next_sibling("p").find_next_sibling("p").get_text()
    assert "《报告》" in intro and "新闻报道" in intro
    assert "report2023" not in intro and "news2022" not in intro


def test_en_dictionary_keeps_codes_and_names_the_sources_in_words():
    page = landing.dictionary("en")
    assert "Kind: input" in page and "（" not in page.split("<h2")[1]
    soup = BeautifulSoup(page, "html.parser")
    intro = soup.find("h1").find_next_sibling("p").find_next_sibling("p")
    assert "Report" in intro.get_text() and "News article" in intro.get_text()
    assert "report2023" not in intro.get_text()


def test_the_headline_average_growth_claims_no_false_precision():
    """The card read 'published 60.67%, reproduced 60.6683%' (issue 19)."""
    from xjutils import claims

    checked = claims.check_all()
    for lang, said in (("zh", "公布60.67%，已复现"), ("en", "published 60.67%, reproduced")):
        html = landing.headline(lang, checked)
        assert said in html and "60.6683" not in html
