"""Names: every name in data/ (both documents) fuzzy-matched against every other; two
spellings of one referent, or a Latin word inside a Chinese label, are findings."""

import difflib
import itertools
import re

import pandas as pd

from .. import data
from ._frame import frame

FAMILY = "names"
NAME_ZH, NAME_EN = "名称一致性", "Names"
SCOPE_ZH = (  # what the family examines, as its row in notebook 08 says it
    "两份文献中的全部名称两两模糊比对，查找同一对象的不同写法；中文标签中夹杂的英文单词；"
    "各案例标题中的人名与正文是否一致；摘要复述的选项措辞与正文是否一致；新闻各段对同一对象的译名是否一致，"
    "各段赋予同一平台的数字是否一致；两份文献中每个县级地名（标题、正文、附录、案例、新闻）"
    "与其依国家行政区划代码所属的地州市是否一致；报告的各研究单位是否同时列为受访机构"
)
SCOPE_EN = (
    "Every name in both documents matched against every other, for two spellings of one referent;"
    " English words inside Chinese labels; each case's heading against the person its body"
    " tells of; each option the summary restates against the body's wording; the news"
    " article's renderings of one entity, and the figures it gives each platform, from"
    " paragraph to paragraph; every county-level place either document names (headings, bodies,"
    " the appendix, the cases, the news article) against the prefecture it belongs to (GB/T 2260);"
    " each of the report's research units against the institutions it surveyed"
)
SIMILAR = 0.85  # one character in a company name of 12 is 0.92; different firms score lower


def names() -> pd.DataFrame:
    """Every Chinese name in data/: name, referent, where."""
    parts = []
    for table, referent in (("institutions", "inst_id"), ("name_mentions", "refers_to")):
        t = data.load(table)
        parts.append(
            pd.DataFrame(
                {
                    "name": t["name_zh"],
                    "refers_to": t[referent],
                    "where": f"{table} " + t["section"].fillna(""),
                }
            )
        )
    e = data.load("news_entities").dropna(subset=["name_zh"])
    parts.append(
        pd.DataFrame({"name": e["name_zh"], "refers_to": e["entity"], "where": "news_entities"})
    )
    c = data.load("cases")
    parts.append(pd.DataFrame({"name": c["who_zh"], "refers_to": c["case_id"], "where": "cases"}))
    p = data.load("prefectures")
    parts.append(
        pd.DataFrame(
            {"name": p["name_zh"], "refers_to": p["prefecture_id"], "where": "prefectures"}
        )
    )
    return pd.concat(parts, ignore_index=True).dropna(subset=["name"])


def _pairs(rows: list) -> None:
    n = names()
    unique = n.drop_duplicates(["name", "refers_to"])
    for a, b in itertools.combinations(unique.itertuples(), 2):
        if a.name == b.name:
            continue
        score = difflib.SequenceMatcher(None, a.name, b.name).ratio()
        if score < SIMILAR:
            continue
        same = a.refers_to == b.refers_to
        rows.append(
            {
                "check": "near_duplicate_name",
                "subject": f"{a.name} / {b.name}",
                "evidence": f"similarity {score:.2f}; {a.where} -> {a.refers_to}; "
                f"{b.where} -> {b.refers_to}",
                "found": same,
            }
        )
    rows.append(
        {
            "check": "names_compared",
            "subject": f"{len(unique)} names",
            "evidence": f"{len(unique) * (len(unique) - 1) // 2} pairs compared; "
            f"threshold {SIMILAR}",
            "found": False,
        }
    )


def _latin(rows: list) -> None:
    labels = [
        ("contents", "title_zh", "item_id"),
        ("survey_shares", "option_zh", "id"),
        ("survey_questions", "topic_zh", "question_id"),
    ]
    for table, col, key in labels:
        t = data.load(table).dropna(subset=[col])
        for r in t.itertuples():
            words = re.findall(r"\b[a-z]{3,}\b", getattr(r, col))  # acronyms (GMV) are usage
            if words:
                rows.append(
                    {
                        "check": "latin_in_zh_label",
                        "subject": getattr(r, key),
                        "evidence": f"{table}.{col}: {getattr(r, col)} ({', '.join(words)})",
                        "found": True,
                    }
                )
        rows.append(
            {
                "check": "latin_in_zh_label",
                "subject": f"{table}.{col}",
                "evidence": f"{len(t)} labels scanned",
                "found": False,
            }
        )


def _bare(name: str) -> set[str]:
    """The persons a heading or a case names: '达娜、阿依可等主播团队' -> {'达娜', '阿依可'}."""
    name = re.sub(r"(等?主播团队|团队)$", "", str(name))
    return {p for p in re.split(r"[、，,]", name) if p}


def _headings(rows: list) -> None:
    """Each case's protagonist as its section heading names them (目录: '…——天山李阳')
    against the case as the body tells it (cases.who_zh): the same person or not."""
    contents = data.load("contents").set_index("item_id")
    for c in data.load("cases").itertuples():
        heading = str(contents.loc[c.section, "title_zh"])
        named = _bare(heading.split("——")[-1]) if "——" in heading else set()
        who = _bare(c.who_zh)
        same = all(any(w in h or h in w for h in named) for w in who) and bool(named)
        rows.append(
            {
                "check": "heading_vs_body",
                "subject": c.case_id,
                "evidence": f"heading {c.section}: {'、'.join(sorted(named)) or 'no name'}; "
                f"body: {'、'.join(sorted(who))}; {'same' if same else 'differ'}",
                "found": not same,
            }
        )


SUBJECTS = ("机构", "区域", "平台", "政府", "行业")  # who a problem or a support is said to be of


def _summary(rows: list) -> None:
    """Each option the summary restates, its wording against the body's label: the same words,
    a synonym, or a different subject (机构 for 区域: whose problem it is)."""
    shares = data.load("survey_shares").dropna(subset=["option_summary_zh"])
    for r in shares.itertuples():
        body, summary = str(r.option_zh), str(r.option_summary_zh)
        score = difflib.SequenceMatcher(None, body, summary).ratio()
        who = ({w for w in SUBJECTS if w in body}, {w for w in SUBJECTS if w in summary})
        differ = who[0] != who[1]
        rows.append(
            {
                "check": "summary_vs_body",
                "subject": r.id,
                "evidence": f"body {body} / summary {summary}: similarity {score:.2f}; "
                f"subject {'、'.join(sorted(who[0])) or '-'} / {'、'.join(sorted(who[1])) or '-'}"
                + ("; different subject" if differ else ""),
                "found": differ,
            }
        )


def _news_renderings(rows: list) -> None:
    """Each entity of the news article across its paragraphs: one name or several renderings.
    Several machine-translated renderings of one platform (Jitterbug, Jieyin) are artefacts of
    the translation; a name beside a nickname is not."""
    for e in data.load("news_entities").itertuples():
        variants = [v.strip() for v in str(e.name_mt).split("/")]
        platform = str(e.maps_to).startswith("platform:")
        rows.append(
            {
                "check": "news_renderings",
                "subject": e.entity,
                "evidence": f"{len(variants)} rendering(s): {'; '.join(variants)} -> {e.name_zh}",
                "found": platform and len(variants) > 1,
            }
        )


def _news_platforms(rows: list) -> None:
    """The news article's platforms paragraph to paragraph (data/news_platform_mentions.csv):
    each platform's renderings and the paragraphs they are in (several renderings of one
    platform are artefacts of the translation), and each platform's figures by measure and
    period (one measure of one platform for one period given two different figures is a
    finding, as is one figure given to different platforms)."""
    m = data.load("news_platform_mentions")
    news = data.load("news_numbers").set_index("id")
    each = m.assign(platform=m["platforms"].str.split(";"), name=m["rendering"].str.split(";"))
    for platform, g in each.explode(["platform", "name"]).groupby("platform", sort=False):
        seen = g.groupby("name", sort=False)["section"].agg(lambda s: ", ".join(dict.fromkeys(s)))
        rows.append(
            {
                "check": "news_platform_paragraphs",
                "subject": platform,
                "evidence": "; ".join(f"{r} ({p})" for r, p in seen.items()),
                "found": len(seen) > 1,
            }
        )
    given = m.dropna(subset=["figure"])
    given = given.assign(period=[news.loc[f, "period"] for f in given["figure"]])
    for (platforms, measure, period), g in given.groupby(
        ["platforms", "measure", "period"], sort=False
    ):
        values = {
            f: f"{news.loc[f, 'value']:g} {news.loc[f, 'unit']} ({news.loc[f, 'qualifier']})"
            for f in g["figure"]
        }
        rows.append(
            {
                "check": "news_platform_figures",
                "subject": f"{platforms}.{measure}.{period}",
                "evidence": "; ".join(
                    f"{r.section} {r.rendering}: {values[r.figure]} ({r.figure})"
                    for r in g.itertuples()
                ),
                "found": len(set(values.values())) > 1,
            }
        )
    for figure, g in given.groupby("figure", sort=False):
        if g["platforms"].nunique() > 1:
            rows.append(
                {
                    "check": "news_platform_figures",
                    "subject": figure,
                    "evidence": "given to "
                    + "; ".join(f"{r.platforms} ({r.section})" for r in g.itertuples()),
                    "found": True,
                }
            )


def _gazetteer() -> pd.DataFrame:
    """data/places.csv with every form of each name; a code outside its prefecture's range is a
    fault of data/ (raised), not a finding about the documents."""
    places = data.load("places")
    codes = data.load("prefectures").set_index("prefecture_id")["gbt2260"]
    bad = [
        r.place_id
        for r in places.itertuples()
        if str(r.gbt2260)[:4] != str(codes.get(r.prefecture_id, ""))[:4]
    ]
    if bad:
        raise ValueError(f"data/places.csv: GB/T 2260 code outside its prefecture's: {bad}")
    places["forms"] = [
        [r.name_zh, *([] if pd.isna(r.aliases_zh) else str(r.aliases_zh).split(";"))]
        for r in places.itertuples()
    ]
    return places.set_index("place_id")


def place_of(text: str, places: pd.DataFrame) -> str | None:
    """The place a Chinese text names: the one whose longest form it contains (和田县朗如乡 is
    和田县, not 和田市), or None."""
    hits = [(len(f), pid) for pid, forms in places["forms"].items() for f in forms if f in text]
    return max(hits)[1] if hits else None


def _place_row(rows: list, subject: str, printed: str, place, said, places, by: str) -> None:
    if place is None:
        rows.append(
            {
                "check": "place_prefecture",
                "subject": subject,
                "evidence": f"{printed}: names no county-level place of data/places.csv",
                "found": True,
            }
        )
        return
    p = places.loc[place]
    wrong = pd.notna(said) and said != p["prefecture_id"]
    rows.append(
        {
            "check": "place_prefecture",
            "subject": subject,
            "evidence": f"{printed} -> {p['name_zh']} ({p['gbt2260']}, {p['level']}) of "
            f"{p['prefecture_id']}; {by} puts it in "
            + (str(said) if pd.notna(said) else "no prefecture")
            + ("; a different prefecture" if wrong else ""),
            "found": bool(wrong),
        }
    )


def _places(rows: list) -> None:
    """Every county-level place either document names (headings, bodies, the appendix, the
    cases, the news article) against the prefecture it belongs to (GB/T 2260): the prefecture
    the text or the appendix puts it in, where it says, must be that one; a Chinese name must
    be a form of the place it is taken for."""
    places = _gazetteer()
    for m in data.load("place_mentions").itertuples():
        place = m.place_id if m.source != "report2023" else place_of(m.name_printed, places)
        if place is not None and place != m.place_id:
            place = None  # the printed name is a form of another place than the one recorded
        _place_row(
            rows,
            m.mention_id,
            f"{m.source} {m.section}: {m.name_printed}",
            place,
            m.attributed_to,
            places,
            "the text",
        )
    for i in data.load("institutions").itertuples():
        _place_row(
            rows,
            i.inst_id,
            f"附录(一): {i.county_zh}",
            place_of(i.county_zh, places),
            i.prefecture_id,
            places,
            "the appendix's grouping",
        )
    for c in data.load("cases").dropna(subset=["county_zh"]).itertuples():
        place = place_of(c.county_zh, places)
        if place is not None:  # a village the report places in no county is not examined
            _place_row(
                rows,
                c.case_id,
                f"{c.section}: {c.county_zh}",
                place,
                c.prefecture_id,
                places,
                "our case record",
            )


def _research_units(rows: list) -> None:
    """Each of the report's research units against every surveyed institution: a unit that is
    also a respondent is one the survey asked about itself, and, an association among the
    commercial live-streaming institutions the preface says were surveyed, outside the
    population."""
    respondents = data.load("institutions")
    for r in data.load("research_units").itertuples():
        same = respondents[
            respondents["name_zh"].map(
                lambda n, unit=r.name_zh: difflib.SequenceMatcher(None, n, unit).ratio()
            )
            >= SIMILAR
        ]
        rows.append(
            {
                "check": "research_unit_respondent",
                "subject": r.unit_id,
                "evidence": f"research unit {r.name_zh}; "
                + (
                    "; ".join(
                        f"respondent {i.inst_id} {i.name_zh} ({i.section} p{i.page})"
                        for i in same.itertuples()
                    )
                    or "no respondent of that name"
                ),
                "found": not same.empty,
            }
        )


def examine() -> pd.DataFrame:
    """Near-duplicate names, Latin words in Chinese labels, case headings against their bodies,
    the summary's wording against the body's, the news article's renderings of one entity and
    its platforms paragraph to paragraph, places against their prefectures, the report's
    research units against its respondents."""
    rows: list = []
    _pairs(rows)
    _latin(rows)
    _headings(rows)
    _summary(rows)
    _news_renderings(rows)
    _news_platforms(rows)
    _places(rows)
    _research_units(rows)
    return frame(FAMILY, rows)
