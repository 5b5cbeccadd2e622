"""Tables as the report's reader reads them, in the page's language.

A notebook computes with frames that carry the data's ids and codes: row ids (fig01.gmv.2020),
units (100m_yuan), sources (report2023), qualifiers (exact), statuses (reproduced). Those frames
are what `plots.save_table` writes and what an academic traces a number by (CSV row → xjutils
→ notebook → page). Before a table is shown, `table(frame, lang)` rewrites it for the reader:

- row ids and the source/section/item/page columns become one column saying where the report
  printed the number: 图1，第3页 / Fig. 1, p. 3; 摘要，第1页 / Summary, p. 1; 新闻报道第6段 /
  News article, para. 6 (ids in `ref` columns likewise);
- the other language's columns go (option_en on a Chinese page) and the page's lose their
  suffix; columns written in English only (certainty_why) are not shown on either page;
- codes become words: units (亿元 / 100 million yuan), statuses (已复现 / reproduced),
  qualifiers, regions, kinds (`labels.VALUES`); entity ids become names (prefectures,
  platforms, survey questions and options, cases, recommendations);
- printed numbers keep their printed decimals (50.60), booleans read 是/否, lists are joined;
- headers are in the page's language (`labels.COLUMNS`, else datapackage.json's titles);
- on English pages, the report's Chinese designators in text from data/ read as English
  (chapter 二 → Section 2, 图24 → Figure 24);
- a Series (a few statistics) becomes a two-column table with its keys named;
- a caption (`caption=`, both languages written once where the table is shown) becomes the
  table's HTML <caption>, which the site shows and the PDF numbers and lists (表2-1 / Table
  2.1); a column that says the same on every row then goes, and the caption says it once.

Only the tables a frame needs are read, so a notebook's cache still follows its own inputs.
"""

import math
import re

import pandas as pd

from . import claims, data, labels, prose

NUMERALS = "一二三四五六七八九十"
PARA = re.compile(r"para(\d+)(?:-(\d+))?")
# Columns that name a row of data/ (shown as where it was printed).
REFS = ("ref", "report_ref", "news_ref")
ROW_IDS = ("id", "claim_id")
PLACE = ("source", "section", "item", "page")
# Never shown to readers: bookkeeping, and text written in one language only.
HIDDEN = {
    "decimals",
    "expected",
    "row",
    "tile_row",
    "tile_col",
    "source_file",
    "link_id",
    "mention_id",
    "entity",
    "inst_id",
    "certainty_why",
    "reading_why",
    "implied_by",
    "compared_as",  # which panel of the cases' chart a number goes to
    "period_evidence",
    "year_printed",
    "inputs",
    "method",
    "value_text",
    "explains",  # selectors joining audit findings to this erratum (machine-readable)
    "gbt2260",  # an administrative code: the name says it for a reader
}
# Entity ids and the table (and column) that names them.
ENTITIES = {
    "prefecture_id": ("prefecture", "prefectures", "prefecture_id", "name"),
    "platform_id": ("platform", "platforms", "platform_id", "name"),
    "question_id": ("question", "survey_questions", "question_id", "topic"),
    "rec_id": ("rec", "recommendations", "rec_id", "title"),
    "option_id": ("option", "survey_shares", "option_id", "option"),
    "case_id": ("case", None, None, None),
}
# A column that already names the entity makes its id redundant.
NAMED_BY = {
    "prefecture_id": ("name",),
    "option_id": ("option",),
    "case_id": ("who", "title"),
    "rec_id": ("title",),
}
UNIT_COLUMNS = ("unit", "band_unit", "base_unit")
# The numbers each unit column is the unit of. One unit for all rows: it goes into their
# headers (数值（亿元） / Value (100 million yuan)); one unit per metric: into the metric's name
# (直播交易额（亿元）); else each number carries its own (17亿元 / 1.7 billion yuan).
UNIT_OF = {
    "unit": ("value", "low", "high"),
    "band_unit": ("band_low", "band_high"),
    "base_unit": ("base_value",),
}
LABELS_WITH_UNIT = ("metric",)
# Values in base units (a classifier's working) shown as the report or article printed them.
BASE_OF_REF = {"report_base": "report_ref", "news_base": "news_ref"}
DATE_COLUMNS = ("date", "period", "started")
# Columns a reader need not see when they are the same in every row (the text says it once):
# "fits the stated sample size: no" beside every share of ch. 04.
CONSTANT_DROPPED = ("fits_stated",)
NUMBER_TEXT = re.compile(r"[\d.,]+")
NUMBER_RANGE = re.compile(r"[−-]?[\d.,]+[–—][−-]?[\d.,]+")
NO_YEAR = re.compile(r"--\d\d-\d\d")
ISO = re.compile(r"\d{4}(?:-\d\d){0,2}(?:/\d{4}(?:-\d\d){0,2})?")
FIRST = (
    "where",
    "rec",
    "ref",
    "name_mt",
    "name",
    "option",
    "what",
    "title",
    "who",
    "statement",
    "question",
    "topic",
)

# What a reader of either edition must not meet: the data's ids and codes (fig01.gmv.2020,
# fact.topic_cutoff, 100m_yuan, not_derivable, fig01, case3, para06, report2023).
INTERNAL = re.compile(
    r"\b(?:[a-z]{2,}\d*(?:\.[a-z0-9_]+)+"
    r"|[a-z0-9]+(?:_[a-z0-9]+)+"
    r"|(?:fig|tab|ext|case|rec|inst|para|p)\d+[a-z]?"
    r"|report2023|news2022)\b"
)
# A file offered for download is named as it is (data/news_numbers.csv).
FILE = re.compile(r"[A-Za-z0-9_./-]+\.(?:csv|json|ipynb|pdf)(?![A-Za-z])")
# The report's designators as Chinese writes them; English text writes them in English.
DESIGNATOR = re.compile(
    r"[图表]\s?\d+|(?<![\u3400-\u9fff])[一二三四五六七八九十](?:[(（][一二三四五六七八九十][)）]\d*)?"
    r"(?![\u3400-\u9fff])|附录|第\s?\d+\s?[章页段]"
)


def internal_ids(text: str) -> list[str]:
    """The ids and codes of data/ a text shows a reader (files to download aside)."""
    return INTERNAL.findall(FILE.sub(" ", text))


# English that still writes the Chinese outline, units or spacing (issue 19): Part 2 (2) 5 for
# Section 2.2, item 5; floor 4, place 1, issue 3 for ordinals; 10 thousand sessions and
# (100 million yuan) for thousand sessions and billion yuan; "p. 3,p. 4" where two phrases met.
CALQUE = re.compile(
    r"\bParts?[ \u00a0]\d+(?:[ \u00a0]\(\d+\)(?:[ \u00a0]\d+)?)?"
    r"|\bAppendix[ \u00a0]\(\d+\)"
    r"|\b(?:issue|place|floor|batch|edition|rank)[ \u00a0]\d+\b"
    r"|\b10[ \u00a0]thousand\b|\(100[ \u00a0]million\b"
    r"|\b100[ \u00a0]million[ \u00a0](?:yuan|views|sessions)\b"
    r"|[a-z)],(?=[A-Za-z])"
)


# The machinery's words, which printed text must not use: a file of data/ or outputs/, the
# downloads and the with-code pages, none of which the PDF contains (the site names them in
# its .no-print parts).
MACHINERY = re.compile(
    r"(?<![\w/])(?:data|outputs|notebooks|src)/[A-Za-z0-9_./-]*[A-Za-z0-9_]"
    r"|(?<![\w/.])[A-Za-z0-9_-]+\.(?:csv|json|ipynb|py)\b"
    r"|\bdownloads?\b|with-code|with code|下载|含代码"
)


def machinery(text: str) -> list[str]:
    """Files, downloads and with-code pages a printed text names (`MACHINERY`)."""
    return MACHINERY.findall(text)


def designators(text: str) -> list[str]:
    """The report's Chinese designators in a text (图24, 表1, 二(二)4, 附录, 第5页)."""
    return DESIGNATOR.findall(text)


def calques(text: str) -> list[str]:
    """What an English text writes in the Chinese way (`CALQUE`: Part 2 (2) 5, floor 4,
    10 thousand sessions, (100 million yuan), "Section 1.2,p. 3")."""
    return CALQUE.findall(text)


def _i(lang: str) -> int:
    return labels.LANGS.index(labels.check_lang(lang))


def _whole(x) -> bool:
    """A float that is a whole number (up to the float error of a unit conversion)."""
    if not isinstance(x, float) or x != x or x in (float("inf"), float("-inf")):
        return False
    return abs(x - round(x)) <= 1e-9 * max(1.0, abs(x))


def _missing(x) -> bool:
    return x is None or (not isinstance(x, (list, tuple, str)) and pd.isna(x))


def _blank(x) -> bool:
    """An empty cell: missing, or text with nothing in it."""
    return _missing(x) or (isinstance(x, str) and not x.strip())


# --- designators: sections, figures, tables, pages ------------------------------------------


def _contents() -> pd.DataFrame:
    return data.load("contents").set_index("item_id")


def section_label(label, lang: str) -> str:
    """A section of the report or a paragraph of the news article in the page's language:
    一(二) / Section 1.2, 二 / 第二章 / Section 2, 前言 / Preface, para06 / 第6段 / para. 6."""
    if _missing(label):
        return ""
    label = str(label)
    m = PARA.fullmatch(label)
    if m:
        a, b = int(m.group(1)), m.group(2)
        if b is None:
            return [f"第{a}段", f"para. {a}"][_i(lang)]
        return [f"第{a}—{int(b)}段", f"paras. {a}–{int(b)}"][_i(lang)]
    if lang == "zh" and len(label) == 1 and label in NUMERALS:
        return f"第{label}章"  # as Chinese prose names the report's parts
    contents = _contents()
    if label in contents.index:
        return contents.at[label, f"label_{labels.check_lang(lang)}"]
    return label


def item_label(item_id, lang: str, short: bool = False) -> str:
    """A figure or table of the report: 图3 / Figure 3 (short: Fig. 3)."""
    if _missing(item_id):
        return ""
    text = section_label(item_id, lang)
    return text.replace("Figure ", "Fig. ") if short and lang == "en" else text


def page_label(number, lang: str) -> str:
    """第4页 / p. 4."""
    return "" if _missing(number) else [f"第{int(number)}页", f"p. {int(number)}"][_i(lang)]


def where(section=None, item=None, page=None, *, lang: str) -> str:
    """Where the report printed a number, as a reader finds it.

    The figure or table when the number is printed on the item's own page (or no page is
    given), else the section and its page: 图1，第3页 / Fig. 1, p. 3; 摘要，第1页 /
    Summary, p. 1; 前言 / Preface. Paragraphs of the news article: 新闻报道第6段 / News
    article, para. 6.
    """
    sep = ["，", ", "][_i(lang)]
    if not _missing(section) and PARA.fullmatch(str(section)):
        return labels.t("news2022", lang) + ["", ", "][_i(lang)] + section_label(section, lang)
    own = None if _missing(item) else _contents()["page"].get(item)
    on_its_page = not _missing(page) and not _missing(own) and int(page) == int(own)
    if not _missing(item) and (on_its_page or (_missing(page) and _missing(section))):
        parts = [item_label(item, lang, short=True), page_label(own, lang)]
    elif not _missing(section):
        parts = [section_label(section, lang), page_label(page, lang)]
    elif not _missing(item):
        parts = [item_label(item, lang, short=True), page_label(page, lang)]
    else:
        parts = [page_label(page, lang)]
    return sep.join(p for p in parts if p)


def locate(ref, lang: str, _memo: dict | None = None) -> str:
    """Where the report (or the news article) printed the row an id names: an input row, a
    claim, a case, a recommendation, a figure, table or section."""
    if _missing(ref) or ref == "":
        return ""
    ref = str(ref)
    memo = {} if _memo is None else _memo
    contents = _contents()
    if ref in contents.index:
        row = contents.loc[ref]
        if row["kind"] in ("figure", "table"):
            return where(item=ref, lang=lang)
        return where(ref, None, row["page"], lang=lang)
    name = _table_of(ref)
    if name is None:
        return ref
    if name not in memo:
        frame = data.load(name)
        key = data.resource(name)["schema"]["primaryKey"][0]
        cols = [c for c in ("section", "item", "page") if c in frame]
        memo[name] = frame.set_index(key)[cols]
    row = memo[name].loc[ref]
    return where(row.get("section"), row.get("item"), row.get("page"), lang=lang)


def _table_of(ref: str) -> str | None:
    """The table of data/ holding a row id (inputs by their id pattern; claims, cases and
    recommendations by theirs)."""
    try:
        return data.table_of(ref)
    except KeyError:
        pass
    if re.fullmatch(r"case[1-9]", ref):
        return "cases"
    if re.fullmatch(r"rec[1-9]", ref):
        return "recommendations"
    if ref in set(data.load("claims")["claim_id"]):
        return "claims"
    return None


# --- codes and names -------------------------------------------------------------------------


def value(code, lang: str) -> str:
    """A code of data/ or of a computed table in words (labels.VALUES); ';'-lists joined."""
    if _missing(code):
        return code
    if isinstance(code, bool) or type(code).__name__ == "bool_":
        return labels.VALUES[bool(code)][_i(lang)]
    if isinstance(code, str) and ";" in code:
        return prose.join([value(c, lang) for c in code.split(";")], lang)
    pair = labels.VALUES.get(code)
    return pair[_i(lang)] if pair else code


def unit(unit_id, lang: str) -> str:
    """A unit of data/units.csv in words: 亿元 / 100 million yuan (percent: %; a plain count:
    nothing)."""
    if _missing(unit_id):
        return unit_id
    if unit_id in ("percent", "count"):
        return {"percent": "%", "count": ""}[unit_id]
    name = data.load("units").set_index("unit_id").at[unit_id, f"name_{labels.check_lang(lang)}"]
    return "" if name == "count" else name  # a plain count in English (种, 条: no noun)


def case(case_id, lang: str) -> str:
    """案例3 / Case 3."""
    return labels.t("case_n", lang).format(n=int(str(case_id).removeprefix("case")))


def names(kind: str, lang: str) -> dict:
    """Id → name of one kind of entity (prefecture, platform, question, rec, option)."""
    kind_of = {v[0]: v for v in ENTITIES.values()}
    _, table_name, key, stem = kind_of[kind]
    frame = data.load(table_name).drop_duplicates(key)
    out = dict(zip(frame[key], frame[f"{stem}_{labels.check_lang(lang)}"]))
    if kind == "platform":
        out |= {p: labels.t(f"platform_{p}", lang) for p in ("all", "outside")}
    return out


def entity(kind: str, code, lang: str, _names: dict | None = None) -> str:
    """One entity id's name; ';'-lists of ids joined as prose lists them."""
    if _missing(code):
        return code
    if kind == "case":
        return case(code, lang)
    known = names(kind, lang) if _names is None else _names
    parts = [known.get(c, c) for c in str(code).split(";")]
    return prose.join(parts, lang)


def maps_to(code, lang: str) -> str:
    """What a name of the news article stands for (news_entities.maps_to) in words."""
    if _missing(code):
        return code
    kind, _, key = str(code).partition(":")
    if kind in ("platform", "prefecture") and key:
        return entity(kind, key, lang)
    if kind == "case" and key:
        return case(key, lang)
    if kind == "region" and key == "xinjiang":
        return ["新疆", "Xinjiang"][_i(lang)]
    return value(kind, lang)


# A list of shares a cell names one by one up to this many; more read as a count.
LISTED = 4


def misfits(ids, tested, lang: str, _memo: dict | None = None) -> str:
    """The shares a sample size does not explain: named when a few (成立不超过3年、2021—2022年),
    counted when many (全部30个 / all 30; 其中28个 / 28 of them), never a cell of 30 names."""
    if not isinstance(ids, str) or not ids:
        return "—"
    refs = ids.split(";")
    if len(refs) <= LISTED:
        return prose.join([row_name(r, lang, _memo) for r in refs], lang)
    k = len(refs)
    if not _missing(tested) and k == int(tested):
        return [f"全部{k}个", f"all {k}"][_i(lang)]
    return [f"{k}个", f"{k} of them"][_i(lang)]


def row_name(ref, lang: str, _memo: dict | None = None) -> str:
    """A row of data/ by what it is: a survey option, a fact's or news number's words, a
    claim's statement, a prefecture."""
    if _missing(ref) or ref == "":
        return ""
    memo = {} if _memo is None else _memo
    name = _table_of(str(ref))
    if name is None:
        return str(ref)
    if name not in memo:
        frame = data.load(name)
        key = data.resource(name)["schema"]["primaryKey"][0]
        stem = next(
            (s for s in ("option", "what", "statement", "title", "who") if f"{s}_{lang}" in frame),
            None,
        )
        if stem is not None:
            memo[name] = dict(zip(frame[key], frame[f"{stem}_{lang}"]))
        elif "prefecture_id" in frame:
            memo[name] = dict(
                zip(frame[key], [entity("prefecture", p, lang) for p in frame["prefecture_id"]])
            )
        else:
            memo[name] = {}
    return memo[name].get(ref, str(ref))


def _misdated(printed, period, lang: str) -> str:
    """A mark on a printed date whose year its true period contradicts (the repost's 2023 for
    the original's 2021): the Period column beside it says when it really was."""
    if _missing(printed) or _missing(period) or NO_YEAR.fullmatch(str(printed)):
        return ""
    if str(printed)[:4] == str(period)[:4]:
        return ""
    return ["（转载稿所印）", " (as the repost prints)"][_i(lang)]


def date(text, lang: str) -> str:
    """An ISO date, month, year or 'start/end' period as prose writes it; a day whose year
    is not printed (--03-24) as 3月24日 / 24 March."""
    if not _missing(text) and NO_YEAR.fullmatch(str(text)):
        month, day = (int(p) for p in str(text)[2:].split("-"))
        return prose.date_no_year(month, day, lang)
    if _missing(text) or not ISO.fullmatch(str(text)):
        return text
    parts = [prose.date(p, lang) for p in str(text).split("/")]
    return ["—", " – "][_i(lang)].join(parts)


# --- English text from data/: the report's Chinese designators in English --------------------

_SEC = r"[一二三四五六七八九十](?:\([一二三四五六七八九十]\)\d*)?"
_APPENDIX = r"附录(?:\([一二三四五六七八九十]\)|[一二三四五六七八九十])?"
_ONE = rf"(?<![\u3400-\u9fff])(?:{_SEC}|{_APPENDIX})(?![\u3400-\u9fff])"


def english(text) -> str:
    """English text with the report's Chinese designators written in English: chapter 二 →
    Section 2, chapters 二 and 四 → Sections 2 and 4, 二(二)4 → Section 2.2, item 4, 附录(一) →
    Annex A, 图24 → Figure 24, 图23–图28 → Figures 23–28, 表1 → Table 1; para06 → para. 6."""
    if not isinstance(text, str) or not re.search(r"[\u3400-\u9fff]|para\d", text):
        return text
    text = re.sub(r"图(\d+)\s*[–—-]\s*图(\d+)", lambda m: f"Figures {int(m[1])}–{int(m[2])}", text)
    text = re.sub(r"表(\d+)\s*[–—-]\s*表(\d+)", lambda m: f"Tables {int(m[1])}–{int(m[2])}", text)
    text = re.sub(r"\bpara(\d+)\b", lambda m: f"para. {int(m[1])}", text)
    text = re.sub(r"图(\d+)", lambda m: f"Figure {int(m[1])}", text)
    text = re.sub(r"表(\d+)", lambda m: f"Table {int(m[1])}", text)
    text = re.sub(
        rf"\b[Cc]hapters ({_ONE}) and ({_ONE})",
        lambda m: (
            "Sections "
            + prose.section_en(m[1]).removeprefix("Section ")
            + " and "
            + prose.section_en(m[2]).removeprefix("Section ")
        ),
        text,
    )
    text = re.sub(rf"\b[Cc]hapter ({_ONE})", lambda m: prose.section_en(m[1]), text)
    return re.sub(_ONE, lambda m: prose.section_en(m[0]), text)


def evidence(text, lang: str) -> str:
    """Provenance written with ids ('report2023 一(二) tab01 p4; news2022 para06') as a
    reference in the page's language (`prose.locator`): 《报告》一(二) 表1 第4页 / Report,
    Section 1.2, Table 1, p. 4."""
    return prose.locator(text, lang) if isinstance(text, str) else text


# --- headers ---------------------------------------------------------------------------------


def _plain_title(title: str) -> str:
    """A datapackage title without its note on language or authorship (内容（中文，本仓库）)."""
    return re.sub(r"\s*[（(][^（()）]*(?:中文|英文|zh|en|ours|本仓库)[^（()）]*[)）]$", "", title)


# How a value of a series is known (overall.series, platforms.shares): not a claim's status.
KNOWN_AS = {"published", "derived", "missing", "computed"}


def _where_of(places: list, lang: str) -> str:
    """The header of a where column: 原报告出处 / In the report when every row is the report's
    (its Section 1.2 or Annex A then never reads as the edition's own), else 出处 / Where
    printed (rows of the news article among them, each of which says so)."""
    news = labels.t("news2022", lang)
    return "where" if any(str(p).startswith(news) for p in places) else "where_report"


def header(column: str, lang: str) -> str:
    """A column's header in the page's language."""
    i = _i(lang)
    column = labels.COLUMN_ALIASES.get(column, column)
    if column in labels.COLUMNS:
        return labels.COLUMNS[column][i]
    m = re.fullmatch(r"k_of_(\d+)", column)
    if m:
        return [f"k（n = {m[1]}）", f"k (n = {m[1]})"][i]
    m = re.fullmatch(r"ci_if_(\d+)", column)
    if m:
        return [f"95%置信区间（n = {m[1]}）", f"95% interval (n = {m[1]})"][i]
    key = "title_zh" if lang == "zh" else "title"
    for res in data.package()["resources"]:
        for f in res["schema"]["fields"]:
            if f["name"] in (column, f"{column}_{lang}"):
                return _plain_title(f.get(key) or f["title"])
    platforms = names("platform", lang)
    return platforms.get(column, column)


# --- tables ----------------------------------------------------------------------------------


def _number(x, lang: str):
    """A statistic as text at the precision `places` gives a column: whole numbers and those
    from a thousand up whole (HHI 2563, not 2563.07), others to two decimals (three below
    one)."""
    if isinstance(x, (bool,)) or _missing(x) or not isinstance(x, (int, float)):
        return value(x, lang) if isinstance(x, (bool, str)) else x
    if float(x).is_integer() or abs(x) >= 1000:
        return prose.number(round(x), lang)
    return prose.number(x, lang, ".3f" if abs(x) < 1 else ".2f")


def _scaled_number(x, k: int, lang: str):
    """A statistic moved into the page's unit (`rescale`: divided by 10**k) at the precision
    it had, shifted with it: 50.60亿元 is 5.060 billion yuan."""
    text = _number(x, lang)
    if not k or not isinstance(text, str) or isinstance(x, (bool, str)) or _missing(x):
        return text
    d = len(text.partition(".")[2])
    return prose.number(prose.printed(float(x) / 10**k, max(0, d + k)), lang)


def _series(s: pd.Series, lang: str) -> pd.DataFrame:
    """Statistics by name; a statistic with a unit (`attrs['units']`) says it after its name:
    全疆总量（亿元） / Xinjiang total (100 million yuan)."""
    units = {k: prose.rescale(u, None, lang) for k, u in s.attrs.get("units", {}).items()}
    return pd.DataFrame(
        {
            header("series_item", lang): [
                with_unit(header(str(k), lang), units[k][0], lang)
                if k in units
                else header(str(k), lang)
                for k in s.index
            ],
            header("series_value", lang): [
                _scaled_number(v, units[k][1], lang) if k in units else _number(v, lang)
                for k, v in zip(s.index, s.to_numpy())
            ],
        }
    )


def _is_claims(frame: pd.DataFrame) -> bool:
    return {"claim_id", "statement_zh", "statement_en", "status", "expected"} <= set(frame)


def _languages(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The page's language columns without their suffix; the other language's dropped."""
    keep = {}
    for col in frame.columns:
        m = re.fullmatch(r"(.+)_(zh|en)", str(col))
        if m and m[2] != lang:
            continue
        keep[col] = m[1] if m else col
    return frame[list(keep)].rename(columns=keep)


def _cell(x, lang: str):
    """Any other cell: codes in words, booleans as 是/否, lists joined, English designators."""
    if isinstance(x, (list, tuple)):
        return prose.join([str(v) for v in x], lang) if len(x) else "—"
    if isinstance(x, bool) or type(x).__name__ == "bool_":
        return value(bool(x), lang)
    if _whole(x):
        return prose.number(round(x), lang)
    if isinstance(x, str):
        x = value(x, lang) if x in labels.VALUES or ";" in x and x.islower() else x
        if NUMBER_RANGE.fullmatch(x):  # a computed range with the page's dash (prose.DASH)
            return prose.span(*re.split(r"[–—]", x), lang)
        return english(x) if lang == "en" else x
    return x


# --- numbers with their units ----------------------------------------------------------------


def amount(x, unit_id, lang: str, decimals=None) -> str:
    """A number with its unit as one cell: 17亿元 / 1.7 billion yuan, 32岁 / 32 years old,
    第1批 / first batch, 5% (`prose.quantity`; a plain count in Chinese takes 个)."""
    if _missing(x):
        return ""
    if _missing(unit_id) or unit_id == "":
        return prose.number(prose.printed(x, decimals), lang)
    if unit_id == "percent":
        return prose.number(prose.printed(x, decimals), lang) + "%"
    return prose.quantity(x, unit_id, lang, decimals)


def magnitude(x, base: str, lang: str, significant: int = 4) -> str:
    """A large computed number, not more precise than it is, with its unit: Chinese in 万
    from ten thousand up at two decimals (10.14万元, 2.36万人次; one for a rough number:
    `significant` below 4), English at `significant` figures, grouped (101,400 yuan)."""
    if _missing(x):
        return ""
    x = float(x)
    if x == 0:
        return (
            f"0{labels.t('base_' + base, lang)}"
            if lang == "zh"
            else f"0 {labels.t('base_' + base, lang)}"
        )
    digits = math.floor(math.log10(abs(x))) + 1
    rounded = round(x, significant - digits)
    name = labels.t("base_" + base, lang)
    if lang == "zh":
        if abs(x) >= 1e4:
            return f"{x / 1e4:.{2 if significant >= 4 else 1}f}万{name}"
        return f"{rounded:.{max(0, significant - digits)}f}{name}"
    return f"{prose.number(rounded, lang, f'.{max(0, significant - digits)}f')} {name}"


def _ordinal(unit_id) -> bool:
    units = data.load("units").set_index("unit_id")["quantity"]
    return not _missing(unit_id) and units.get(unit_id) in prose.ORDINAL


TEN = "one two three four five six seven eight nine ten".split()


def top(x, unit_id, lang: str) -> str:
    """A place no lower than x (a top-ten title): 前十名 / top ten, not 第10名 with 上限."""
    n = int(x)
    if lang == "zh":
        return f"前{NUMERALS[n - 1] if 1 <= n <= 10 else n}{unit(unit_id, lang)}"
    return f"top {TEN[n - 1] if 1 <= n <= 10 else n}"


def _in_unit(x, unit_id, decimals, lang: str) -> tuple:
    """A printed value, its decimals and its unit as the page writes them (`rescale`):
    (18.15, '100m_yuan', 2) → (1.815, 'billion_yuan', 3) in English; decimals never below 0."""
    target, k = prose.rescale(unit_id, x, lang)
    if not k or _missing(x):
        return x, target, decimals
    d = None if _missing(decimals) else max(0, int(decimals) + k)
    return float(x) / 10**k, target, d


def _exact_places(x: float, most: int = 4) -> int | None:
    """The fewest decimals that write `x` exactly (None: more than `most`)."""
    for d in range(most + 1):
        if abs(x - round(x, d)) <= 1e-12 * max(1.0, abs(x)):
            return d
    return None


def base_amount(x, base: str, lang: str) -> str:
    """A value in base units (yuan, persons) in the largest unit of data/units.csv that the
    page's language writes it in: 2300000 yuan → 230万元 / 2.3 million yuan."""
    if _missing(x):
        return ""
    units = data.load("units")
    same = units[(units["base_unit"] == base) & ~units["unit_id"].isin(prose.ZH_MONEY)]
    fit = same[same["factor"] <= max(abs(float(x)), 1.0)].sort_values("factor")
    if fit.empty or base not in set(units["unit_id"]) | set(same["unit_id"]):
        return prose.number(float(x), lang)
    row = fit.iloc[-1]
    v = float(x) / float(row["factor"])
    return amount(v, row["unit_id"], lang, _exact_places(v))


def places(values) -> int:
    """One number of decimals for a column of computed numbers: two (three when every value
    is below one, none from a thousand up), or more when a value is written exactly with more
    (a rounding bound such as 2.865)."""
    xs = [abs(float(v)) for v in values if not _missing(v) and not isinstance(v, bool)]
    xs = [v for v in xs if v not in (float("inf"),)]
    if not xs:
        return 0
    default = 0 if max(xs) >= 1000 else 3 if max(xs) < 1 else 2
    exact = [d for d in (_exact_places(v) for v in xs) if d is not None]
    return max([default, *exact]) if exact else default


def with_unit(head: str, unit_id, lang: str) -> str:
    """A header or label with its unit: 数值（亿元） / Value (100 million yuan)."""
    name = unit(unit_id, lang)
    if not name:
        return head
    return f"{head}（{name}）" if lang == "zh" else f"{head} ({name})"


def _unit_plan(f: pd.DataFrame, col: str) -> tuple[str, object]:
    """How a unit column is shown: ('header', unit) when every number has the same unit and
    reads plainly in it, ('label', column) when a label column fixes the unit, else
    ('cells', None)."""
    targets = [c for c in UNIT_OF[col] if c in f]
    rows = f[targets].notna().any(axis=1)
    ids = set(f.loc[rows, col].fillna(""))
    units = data.load("units").set_index("unit_id")
    plain = {
        u
        for u in ids
        if u == ""
        or (u in units.index and units.at[u, "quantity"] not in prose.ORDINAL)
        and u not in ("hours_clock", *prose.ZH_MONEY)
    }
    if len(ids) == 1 and ids == plain:
        return "header", ids.pop()
    for label in LABELS_WITH_UNIT:
        if label in f and (f[rows].groupby(label)[col].nunique(dropna=False) <= 1).all():
            if set(f.loc[rows, col].fillna("")) <= plain:
                return "label", label
    return "cells", None


def _printed_column(x: pd.Series, decimals: pd.Series | None, lang: str) -> list:
    """Printed numbers at their printed decimals; computed ones at one precision."""
    if decimals is not None:
        return [
            "" if _missing(v) else prose.number(prose.printed(v, d), lang)
            for v, d in zip(x, decimals)
        ]
    d = places(x)
    return ["" if _missing(v) else prose.number(prose.printed(v, d), lang) for v in x]


class Captioned(pd.DataFrame):
    """A table for readers with its caption, which the notebook's HTML (and so the site and
    the PDF) carries as <caption>, and its plain text as a first line."""

    _metadata = ["caption", "label"]

    @property
    def _constructor(self):
        return Captioned

    def _repr_html_(self) -> str | None:
        html = super()._repr_html_()
        if html is None or not getattr(self, "caption", None):
            return html
        from html import escape

        cap = f"\n  <caption>{escape(self.caption)}</caption>"
        label = getattr(self, "label", None)
        ident = f' id="tbl-{label}"' if label else ""
        return re.sub(r"<table([^>]*)>", lambda m: f"<table{ident}{m[1]}>{cap}", html, count=1)

    def __repr__(self) -> str:
        text = super().__repr__()
        return f"{self.caption}\n{text}" if getattr(self, "caption", None) else text


def _caption_text(caption, lang: str) -> str:
    """The page's language of a caption given as {"zh": …, "en": …} or (zh, en)."""
    if isinstance(caption, dict):
        return caption[labels.check_lang(lang)]
    if isinstance(caption, (tuple, list)) and len(caption) == len(labels.LANGS):
        return caption[_i(lang)]
    raise TypeError(f"caption must be (zh, en) or dict(zh=..., en=...), got {caption!r}")


def _constant_said(shown: pd.DataFrame, text: str, lang: str) -> tuple[pd.DataFrame, str]:
    """Columns with one value on every row (of two rows or more) dropped, and said once after
    the caption: （各行出处均为表1，第4页） / (in every row, where printed: Table 1, p. 4)."""
    if len(shown) < 2 or len(shown.columns) < 2:
        return shown, text
    same = [
        c
        for c in shown.columns
        if shown[c].map(lambda v: isinstance(v, str) or not _missing(v)).all()
        and shown[c].astype(str).nunique() == 1
        and str(shown[c].iloc[0]).strip()
    ][: len(shown.columns) - 1]
    if not same:
        return shown, text
    said = [_all_same(c.strip(), v, lang) for c, v in ((c, shown[c].iloc[0]) for c in same)]
    note = ("；" if lang == "zh" else "; ").join(said)
    sep, brackets = [("；", "（{}）"), ("; ", " ({})")][_i(lang)]
    if text.endswith(("）", ")")):  # one bracket: (from the report's Figure 25; …)
        return shown.drop(columns=same), text[:-1] + sep + note + text[-1]
    return shown.drop(columns=same), text + brackets.format(note)


# Columns a caption says in words when every row shares their value: (header key, words key).
ALL_SAME = (
    ("where_report", "all_printed_in"),
    ("where", "all_printed_in"),
    ("status", "all_status"),
    ("qualifier", "all_status"),
    ("n", "all_n"),
    ("audit_n", "all_n"),
    ("shares", "all_tested"),
)


def _all_same(column: str, x, lang: str) -> str:
    """What a column with one value in every row says in a caption: 均见表1，第4页 / all
    printed in Table 1, p. 4; 均为确数 / all exact; n = 38; else 各行数值性质均为… / in every
    row, kind of value: …."""
    for key, words in ALL_SAME:
        if column in (header(key, lang), labels.t(key, lang)):
            value_ = str(x) if words != "all_status" or lang == "zh" else str(x).lower()
            # after "all" a verb is plural: all fit k/n
            return labels.t(words, lang, value=re.sub(r"^fits\b", "fit", value_))
    same = labels.t("caption_same", lang).format(
        column=_lower(column, lang), value=_quoted(x, lang)
    )
    return labels.t("caption_note", lang).format(same)


def _lower(header: str, lang: str) -> str:
    """An English header mid-sentence in lower case (but an acronym: GMV)."""
    return header if lang == "zh" or header[1:2].isupper() else header[0].lower() + header[1:]


def _quoted(x, lang: str) -> str:
    """A cell's words quoted in a Chinese caption (均为“不同”), a number as it is (均为38)."""
    text = str(x)
    if lang != "zh" or NUMBER_TEXT.fullmatch(text) or "，第" in text:
        return text
    return prose.quote(text, lang)


def table(frame, lang: str, caption=None, label: str | None = None) -> pd.DataFrame:
    """A frame (or Series) of ids and codes as a table for the chapter's reader in `lang`.

    `caption`: the table's caption in both languages, (zh, en) or dict(zh=…, en=…): a finding
    or a plain description, saying which of the report's tables it transcribes (据原表1 / from
    the report's Table 1) rather than taking its number. With one, a column that repeats one
    value on every row goes into the caption. `label` (lower-case words joined by hyphens,
    unique in the edition) is what the text refers to the table by: `[表](#tbl-label)`; the
    site and the PDF number it (machinery/site/exhibits.py).

    Returns a new frame; `frame` itself, with its ids, is what `plots.save_table` keeps.
    """
    labels.check_lang(lang)
    shown = _table(frame, lang)
    return shown if caption is None else captioned(shown, lang, caption, label)


LABEL = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def captioned(shown: pd.DataFrame, lang: str, caption, label: str | None = None) -> Captioned:
    """A table already written for reading (`table`'s, or a view's such as the audit's errata)
    with its caption, as `table(…, caption=…, label=…)` gives it."""
    if label is not None and not LABEL.fullmatch(label):
        raise ValueError(f"label={label!r}: lower-case letters and digits joined by hyphens")
    shown, text = _constant_said(shown, _caption_text(caption, labels.check_lang(lang)), lang)
    out = Captioned(shown)
    out.caption = text
    out.label = label
    return out


def _table(frame, lang: str) -> pd.DataFrame:
    if isinstance(frame, pd.Series):
        return _series(frame, lang)
    if _is_claims(frame):
        return claims_table(frame, lang)
    # What a computed frame says of its own columns: their units (one per column, into the
    # header), the decimals the report printed them with, and a dash for a cell it printed
    # as "-" (missing, not zero).
    attrs = {k: dict(v) for k, v in frame.attrs.items() if isinstance(v, dict)}
    f = _languages(frame.reset_index(drop=True), lang)
    if {"value", "low", "high", "status", "unit"} <= set(f):
        # A printed value's rounding bounds say nothing its decimals do not: a bound is shown
        # where it is what is known (an implied value), two decimals finer than printed.
        d = (int(f["decimals"].max()) if "decimals" in f else places(f["value"])) + 2
        published = f["status"].eq("published")
        for c in ("low", "high"):
            f[c] = [
                None
                if p or _missing(v)
                else prose.number(prose.printed(*_in_unit(v, u, d, lang)[::2]), lang)
                for v, u, p in zip(f[c], f["unit"], published)
            ]
    for c, u in list(attrs.get("units", {}).items()):  # a computed column in the page's unit
        target, k = prose.rescale(u, None, lang)
        if k and c in f and pd.api.types.is_numeric_dtype(f[c]):
            f[c] = f[c] / 10**k
            attrs["units"][c] = target
            if c in attrs.get("decimals", {}):
                attrs["decimals"][c] = max(0, attrs["decimals"][c] + k)
    out = {}
    memo: dict = {}
    # where the report printed each row
    own = [c for c in ("section", "item", "page") if c in f]
    if "item" in own and len(own) == 1 and any(c in f for c in REFS):
        own = []  # an item derived from a ref column: the ref says where
    if own:
        out["where"] = [
            where(*(r.get(c) for c in ("section", "item", "page")), lang=lang)
            for r in f[own].to_dict("records")
        ]
    else:
        ids = next((c for c in ROW_IDS if c in f), None)
        if ids is not None:
            out["where"] = [locate(x, lang, memo) for x in f[ids]]
    if "value" in f and "unit" not in f and "id" in f and pd.api.types.is_numeric_dtype(f["value"]):
        # the unit of a published value whose row left its unit column behind (shares of
        # the survey: %), from the row of data/ its id names
        try:
            known = data.inputs(list(f["id"].dropna()))["unit"]
            if set(f["id"]) <= set(known.index):
                f = f.assign(unit=[known[i] for i in f["id"]])
        except (KeyError, ValueError):
            pass
    plans = {
        c: _unit_plan(f, c) for c in UNIT_COLUMNS if c in f and any(t in f for t in UNIT_OF[c])
    }
    unit_of = {t: c for c in plans for t in UNIT_OF[c] if t in f}
    suffix = {}
    for col in f.columns:
        x = f[col]
        if col in HIDDEN or col in PLACE or col in ROW_IDS or col in plans:
            continue
        if col == "date" and "value" in f:
            continue  # shown in the value column
        if col in REFS:
            out[col] = [locate(v, lang, memo) for v in x]
        elif col in BASE_OF_REF and BASE_OF_REF[col] in f:
            shown = data.inputs([r for r in f[BASE_OF_REF[col]] if not _missing(r)])
            out[col.replace("_base", "_printed")] = [
                ""
                if _missing(v) or r not in shown.index
                else amount(
                    shown.at[r, "value"], shown.at[r, "unit"], lang, shown.at[r, "decimals"]
                )
                for v, r in zip(x, f[BASE_OF_REF[col]])
            ]
        elif col in unit_of and pd.api.types.is_numeric_dtype(x):
            how, what = plans[unit_of[col]]
            decimals = f["decimals"] if col == "value" and "decimals" in f else None
            if how == "cells" and unit_of[col] == "base_unit":
                out[col] = [base_amount(v, b, lang) for v, b in zip(x, f["base_unit"])]
            elif how == "cells":
                d = [None] * len(x) if decimals is None else list(decimals)
                if decimals is None and not all(_missing(v) or _whole(v) for v in x):
                    d = [places(x)] * len(x)
                quals = f["qualifier"] if "qualifier" in f else [None] * len(x)
                out[col] = [
                    top(v, u, lang) if q == "upper_bound" and _ordinal(u) else amount(v, u, lang, k)
                    for v, u, k, q in zip(x, f[unit_of[col]], d, quals)
                ]
            else:
                row_units = [what] * len(x) if how == "header" else list(f[unit_of[col]])
                # one precision for a computed column, shifted with each row's unit
                d = [places(x)] * len(x) if decimals is None else list(decimals)
                moved = [_in_unit(v, u, k, lang) for v, u, k in zip(x, row_units, d)]
                xs = pd.Series([m[0] for m in moved], dtype=float)
                out[col] = _printed_column(xs, [m[2] for m in moved], lang)
                if how == "header":
                    suffix[col] = moved[0][1] if moved else what
        elif col in ENTITIES:
            if any(n in f for n in NAMED_BY.get(col, ())):
                continue
            kind = ENTITIES[col][0]
            known = None if kind == "case" else names(kind, lang)
            out[kind] = [entity(kind, v, lang, known) for v in x]
        elif col == "platforms":
            known = names("platform", lang)
            out[col] = [entity("platform", v, lang, known) for v in x]
        elif col in UNIT_COLUMNS:
            out[col] = [unit(v, lang) for v in x]
        elif col == "maps_to":
            out[col] = [maps_to(v, lang) for v in x]
        elif col == "misfits":
            tested = f["shares"] if "shares" in f else [None] * len(x)
            out[col] = [misfits(v, n, lang, memo) for v, n in zip(x, tested)]
        elif col == "evidence":
            out[col] = [evidence(v, lang) for v in x]
        elif (
            col in DATE_COLUMNS
            and x.map(lambda v: _missing(v) or bool(ISO.fullmatch(str(v)))).all()
        ):
            out[col] = [date(v, lang) for v in x]
        elif col == "value" and "decimals" in f:
            out[col] = _printed_column(x, f["decimals"], lang)
        elif pd.api.types.is_bool_dtype(x):  # numeric to pandas, but a reader reads 是/否
            out[col] = [v if _missing(v) else value(bool(v), lang) for v in x]
        elif col in attrs.get("magnitude", {}) and pd.api.types.is_numeric_dtype(x):
            sig = attrs.get("significant", {}).get("rows", [4] * len(x))
            base = attrs["magnitude"][col]
            out[col] = [magnitude(v, base, lang, n) for v, n in zip(x, sig)]
        elif col in attrs.get("decimals", {}) and pd.api.types.is_numeric_dtype(x):
            d = attrs["decimals"][col]
            dash = ["—", "—"][_i(lang)] if col in attrs.get("dash", {}) else ""
            out[col] = [dash if _missing(v) else prose.number(prose.printed(v, d), lang) for v in x]
        elif pd.api.types.is_float_dtype(x) and x.dropna().map(_whole).all():
            out[col] = [v if _missing(v) else prose.number(round(v), lang) for v in x]
        elif pd.api.types.is_float_dtype(x):
            out[col] = _printed_column(x, None, lang)  # one precision for the column
        elif pd.api.types.is_numeric_dtype(x):
            out[col] = [v if not _missing(v) else "" for v in x]
        else:
            out[col] = [_cell(v, lang) for v in x]
    if "value" in out and "date" in f:  # a dated row (a year, a day) has no value: its date is it
        dated = [
            (_missing(v) or v == "") and not _missing(d) for v, d in zip(out["value"], f["date"])
        ]
        if any(dated) and "value" in suffix:  # no unit in the header over a date: in each cell
            u = suffix.pop("value")  # the page's unit: the cell takes the row's own and rescales
            decimals = f["decimals"] if "decimals" in f else [None] * len(f)
            own = f["unit"] if "unit" in f else [u] * len(f)
            out["value"] = [
                v if _missing(x) else amount(x, o if not _missing(o) else u, lang, k)
                for v, x, o, k in zip(out["value"], f["value"], own, decimals)
            ]
        periods = f["period"] if "period" in f else [None] * len(f)
        out["value"] = [
            v if not (_missing(v) or v == "") else date(d, lang) + _misdated(d, p, lang)
            for v, d, p in zip(out["value"], f["date"], periods)
        ]
    for c, how in plans.items():
        if how[0] == "label" and how[1] in out:
            rows = f[[t for t in UNIT_OF[c] if t in f]].notna().any(axis=1)
            out[how[1]] = [
                with_unit(v, prose.rescale(u, None, lang)[0], lang) if r else v
                for v, u, r in zip(out[how[1]], f[c], rows)
            ]
    if "year" in out:  # a year the row's date already says (2023年, 2024年2月) is said once
        said = [
            str(d) if not _missing(d) else "" for d in (f["date"] if "date" in f else [""] * len(f))
        ]
        out["year"] = [
            "" if not _missing(y) and str(d).startswith(str(y).removesuffix(".0")) else y
            for y, d in zip(out["year"], said)
        ]
    if frame.isin(["not_stated"]).to_numpy().any():  # a table that marks what is unknown
        unknown = value("not_stated", lang)  # marks it in every cell, not blank in some
        for c in out:
            if c != "where":
                out[c] = [unknown if _blank(v) else v for v in out[c]]
    for c, u in attrs.get("units", {}).items():
        if c in out and c not in suffix:
            suffix[c] = u
    for c in [c for c in out if c in CONSTANT_DROPPED]:
        if len({str(v) for v in out[c] if not _blank(v)}) <= 1:
            del out[c]  # the same in every row: the prose says it once
    for c in list(out):  # a column with nothing in any row says nothing
        if all(_blank(v) for v in out[c]):
            del out[c]
    first = ("erratum_id", *FIRST) if "explanation" in out else FIRST  # a list of errata
    order = [c for c in first if c in out] + [c for c in out if c not in first]
    shown = {}
    for c in order:
        head = header(_where_of(out[c], lang) if c in ("where", "ref") else c, lang)
        if c == "status" and set(f["status"].dropna()) <= KNOWN_AS:
            head = header("known_as", lang)  # how a value is known, not a check's result
        if c == "value" and suffix.get(c) == "percent":
            head = header("share_value", lang)  # a value in % is a share: 比重（%）
        name = with_unit(head, suffix[c], lang) if c in suffix else head
        while name in shown:  # two columns under one header: keep both
            name += " "
        shown[name] = [v if isinstance(v, (list, tuple)) or not _missing(v) else "" for v in out[c]]
    return pd.DataFrame(shown)


# --- published vs reproduced: a claims frame (claims.check_all) for the reader ---------------


def _fmt(x, places) -> str:
    if isinstance(x, float):
        if math.isinf(x):
            return "∞" if x > 0 else "−∞"
        return "" if math.isnan(x) else f"{x:.{int(places)}f}"
    return "" if x is None else str(x)


def _computed(x, places, printed) -> str:
    """A reproduced value or a bound: its extra digits (`places`) where they show rounding; a
    whole number (a count: 38, not 38.00) at the printed decimals."""
    return _fmt(x, printed if _whole(x) else places)


def _open(lo, hi, lang: str) -> str:
    """A range in words: one value when its ends meet (38), an open end as 不超过60.27 /
    at most 60.27 and 不低于11.34 / at least 11.34, else lo—hi / lo–hi (`prose.span`)."""
    if lo == hi:
        return lo
    if lo in ("−∞", "-∞", ""):
        return ["不超过", "at most "][labels.LANGS.index(lang)] + hi
    if hi in ("∞", ""):
        return ["不低于", "at least "][labels.LANGS.index(lang)] + lo
    return prose.span(lo, hi, lang)


def bounds(lo, hi, places, printed, lang: str) -> str:
    """The range the inputs' rounding allows as a reader reads it (`_open`)."""
    if pd.isna(lo) and pd.isna(hi):
        return ""
    if math.isinf(lo) or math.isinf(hi):  # a limit, not a rounding interval: two decimals
        places = min(places, max(printed, 2))
    return _open(_computed(lo, places, printed), _computed(hi, places, printed), lang)


def _range_text(x, lang: str):
    """A reproduced range written 'lo–hi' (60–∞) in words (不低于60); anything else as is."""
    if isinstance(x, str):
        m = re.fullmatch(r"(−?∞|-?[\d.]+)\s*[–-]\s*(∞|-?[\d.]+)", x)
        if m:
            return _open(m[1], m[2], lang)
    return x


def _entities(refs: str, lang: str) -> dict:
    """Id → name of the entities a ranking claim ranks (prefectures, platforms, options)."""
    ref = refs.split(";")[0]
    rows = claims._table_rows(ref) if ref.startswith("table:") else data.load(data.table_of(ref))
    name = ref.removeprefix("table:").partition("?")[0] if ref.startswith("table:") else None
    column = data.ENTITY[name or data.table_of(ref)]
    if column == "option_id":
        return dict(zip(rows["option_id"], rows[f"option_{labels.check_lang(lang)}"]))
    return names(ENTITIES[column][0], lang)


def _shown(x, places, entities: dict | None, lang: str) -> str:
    """A published or reproduced value as the table shows it; a ranking as names."""
    if isinstance(x, str) and entities is not None and re.fullmatch(r"[a-z0-9_;]+", x):
        return prose.join([entities.get(e, e) for e in x.split(";")], lang)
    return _fmt(_range_text(x, lang), places)


def ranking_names(claim_id: str, ids: str, lang: str) -> list[str]:
    """The names of what a ranking claim ranks, in the order of `ids` ('a;b;c')."""
    inputs = data.load("claims").set_index("claim_id").at[claim_id, "inputs"]
    known = _entities(inputs, lang)
    return [known.get(e, e) for e in ids.split(";")]


def claims_table(results: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Published vs reproduced for the chapter's reader, in `lang`: where the report makes
    each statement, the statement, both values (rankings as names), the range the inputs'
    rounding allows, the unit and the status in words, and the erratum.

    `results` (check_all's frame, with claim ids) is what `plots.save_table` keeps.
    """
    t = labels.t
    places = results["decimals"].fillna(0).astype(int)
    inputs = data.load("claims").set_index("claim_id")["inputs"]
    ranked = [
        _entities(inputs[cid], lang) if method_ranked else None
        for cid, method_ranked in zip(
            results["claim_id"], results["published"].map(lambda x: isinstance(x, str))
        )
    ]
    # Units as Chinese writes money (十亿元 → 亿元), then into the header (one unit for all) or
    # after the statement (数值（亿元）, 摘要：2023年交易额（亿元）): no unit column of its own.
    scaled = [prose.rescale(u, x, lang) for u, x in zip(results["unit"], results["published"])]
    units = [u for u, _ in scaled]
    shift = [k for _, k in scaled]
    one = {
        "" if pd.isna(u) else u
        for u, x in zip(units, results["published"])
        if not isinstance(x, str)
    }
    # a unit in the headers only when every value is a number in it (no list of names, no
    # date among them); else each statement says its own
    texts = any(isinstance(x, str) for x in results["published"])
    common = one.pop() if len(one) == 1 and not texts else None  # "" : a plain count

    def moved(x, k):
        return x / 10**k if isinstance(x, float) and math.isfinite(x) else x

    def head(key):
        return with_unit(t(key, lang), common, lang) if common else t(key, lang)

    printed_at = [
        where(s, i, p, lang=lang)
        for s, i, p in zip(results["section"], results["item"], _pages(results))
    ]
    shown = pd.DataFrame(
        {
            header(_where_of(printed_at, lang), lang): printed_at,
            t("claim", lang): [
                text
                if common is not None or isinstance(x, str) or pd.isna(u)
                else with_unit(text, u, lang)
                for text, u, x in zip(results[f"statement_{lang}"], units, results["published"])
            ],
            head("published"): [
                _shown(moved(x, k), max(0, d + k), e, lang)
                for x, d, e, k in zip(results["published"], places, ranked, shift)
            ],
            # A reproduced value at the printed precision: matching it is the point. Extra
            # digits, and the range the inputs' rounding allows, only where they decide a
            # status (within rounding, a bound, a mismatch): no false precision.
            # a bound is not a reproduced value: it stands in the range column alone
            head("reproduced"): [
                ""
                if s == "consistent"
                else _shown(moved(x, k), max(0, d + k), e, lang)
                if s == "reproduced"
                else _no_extra_zeros(
                    _shown(moved(x, k), max(0, d + (0 if _whole(moved(x, k)) else 2) + k), e, lang),
                    max(0, d + k),
                )
                for x, d, e, k, s in zip(
                    results["reproduced"], places, ranked, shift, results["status"]
                )
            ],
            head("range"): [
                ""
                if s == "reproduced"
                else bounds(moved(lo, k), moved(hi, k), max(0, d + 2 + k), max(0, d + k), lang)
                for lo, hi, d, k, s in zip(
                    results["low"], results["high"], places, shift, results["status"]
                )
            ],
            # the erratum a status points to in the same cell: no column of its own to squeeze
            t("status", lang): [
                value(s, lang)
                + ("" if pd.isna(e) or not e else f"（{e}）" if lang == "zh" else f" ({e})")
                for s, e in zip(results["status"], results["erratum_id"])
            ],
        }
    )
    # a column with nothing in any row (no range where every claim reproduces) says nothing
    return shown[[c for c in shown.columns if (shown[c] != "").any()]]


def _no_extra_zeros(text, places: int):
    """A reproduced value with its two extra digits only where they say something: 50.6000
    is shown 50.60 (the published decimals), 60.6683 and 43.425 as computed."""
    if not isinstance(text, str) or not re.fullmatch(r"[−\d,]+\.\d+", text):
        return text
    whole, frac = text.split(".")
    frac = frac.rstrip("0").ljust(places, "0")
    return f"{whole}.{frac}" if frac else whole


def _pages(results: pd.DataFrame) -> list:
    """The page each claim is printed on (data/claims.csv)."""
    if "page" in results:
        return list(results["page"])
    pages = data.load("claims").set_index("claim_id")["page"]
    return [pages.get(c) for c in results["claim_id"]]
