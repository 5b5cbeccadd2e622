"""Narrative sentences whose numbers are computed, in the notebook's language.

Prose that types a derived number goes stale when the data change and nbval cannot see it.
A chapter notebook therefore writes such sentences in a `remove-input` code cell:

    say(lang, zh="样本量为{n}份", en="a sample of {n}", n=N)

The template of `lang` is filled with the values and displayed as Markdown, so the stored
output (the nbval reference) changes whenever an input does. Numbers are formatted per
language, as figures and tables format them: English groups thousands with commas from 10,000,
Chinese does not; a minus is a true minus.
`printed(x, decimals)` keeps a published number's printed decimals (50.60, not 50.6).
"""

import math
import numbers
import re
import string

from IPython.display import Markdown

from . import data, labels

MINUS = "\u2212"
# The one grouping rule of tables, figures and prose: English groups thousands with commas from
# five digits (12,504; a four-digit 7000 stands alone, as ISO 80000-1 writes it, and so do
# years); Chinese does not group (GB/T 15835 leaves it to technical text).
GROUP_FROM = 10_000
# The dash of a range. English the en dash for all (2022–2023, 0.06–0.10, paras. 41–43);
# Chinese as GB/T 15834 (4.13) sets them: a range of values the 浪纹线 (0.06～0.10, 11～50人),
# one of years, pages or paragraphs the 一字线 (2022—2023年, 第41—43段).
DASH = {"zh": "—", "en": "–"}
VALUE_DASH = {"zh": "～", "en": "–"}
LIST_SEP = {"zh": ("、", "、"), "en": (", ", " and ")}  # 甲、乙、丙: no 和 before a name
# 百万元, 十亿元 are not how Chinese writes money: 万元 below 1亿元, 亿元 from there on.
ZH_MONEY = ("million_yuan", "billion_yuan")
# Base units Chinese counts in 万 once a number is round and large (27.7万人).
ZH_WAN = {"yuan": "10k_yuan", "persons": "10k_persons", "sessions": "10k_sessions"}
# Quantities that number a place in an order: 第3位 / ranked third, 第1批 / first batch.
ORDINAL = ("rank", "order", "floor")
MONTHS = "January February March April May June July August September October November December"


def _blank(x) -> bool:
    """A missing value or an empty unit (None, NaN, pandas' NA, "")."""
    if x is None or type(x).__name__ == "NAType":
        return True
    return (isinstance(x, str) and not x) or (isinstance(x, float) and math.isnan(x))


class Printed(float):
    """A float that remembers how many decimals the source printed."""

    def __new__(cls, x, decimals):
        obj = super().__new__(cls, x)
        obj.decimals = int(decimals)
        return obj


def printed(x, decimals) -> Printed:
    """A number shown with its printed decimals (none known: whole if whole, else two)."""
    try:
        places = int(decimals)
    except (TypeError, ValueError):
        places = 0 if float(x).is_integer() else 2
    return Printed(x, places)


def number(x, lang: str, spec: str = "") -> str:
    """One number as prose writes it in `lang`.

    An empty spec shows integers whole, `Printed` values with their printed decimals and
    other floats with two decimals; a given spec (e.g. '.1f', 'd', '.0%') wins.
    """
    labels.check_lang(lang)
    if isinstance(x, float) and math.isinf(x):
        return ("−" if x < 0 else "") + "∞"
    if not spec:
        if isinstance(x, Printed):
            spec = f".{x.decimals}f"
        elif isinstance(x, numbers.Integral) or float(x).is_integer():
            x, spec = int(x), "d"
        else:
            spec = ".2f"
    if groups(x, lang) and "," not in spec:
        spec = "," + spec  # 12,504 in English; Chinese writes 12504
    text = format(x if spec.endswith("d") else float(x), spec)
    return text.replace("-", MINUS)


def groups(x, lang: str) -> bool:
    """Whether `x` is written with its thousands grouped in `lang` (`GROUP_FROM`)."""
    return labels.check_lang(lang) == "en" and abs(float(x)) >= GROUP_FROM


def quantity(x, unit: str, lang: str, decimals=None) -> str:
    """A value in a unit of data/units.csv as prose: 50.60亿元 / 5.06 billion yuan.

    Chinese keeps the report's unit (亿元, 万场) but writes millions and billions of yuan in 万元
    or 亿元 (300 million: 3亿元; 1.8 million: 180万元), less than 1亿元 in 万元 (750万元) and round
    numbers of yuan, persons and sessions from 10 thousand up in 万 (27.7万人);
    English writes the base unit, in millions or billions from a million up (6.03万场 is 60,300
    sessions, 7.54亿人次 754 million views). The printed decimals shift with the scale, so no
    precision is invented, and a rescaled number drops its trailing zeros (500万元 is 5 million
    yuan, not 5.00 million). A place in an order reads 第3位 / ranked third, 第4层 / fourth
    floor, 第3期 / third issue; an hour of the day 17时 / 17:00.
    """
    units = data.load("units").set_index("unit_id")
    row = units.loc[unit]
    places = printed(x, decimals).decimals
    if row["quantity"] in ORDINAL:
        n = number(printed(x, places), lang)
        if lang == "zh":
            return f"第{n}{row['name_zh']}"
        word = ordinal(int(x))
        return f"ranked {word}" if unit == "rank" else f"{word} {row['name_en']}"
    if unit == "hours_clock":
        return f"{number(printed(x, places), lang)}时" if lang == "zh" else f"{int(x)}:00"
    if labels.check_lang(lang) == "zh":
        target = unit
        if unit in ZH_MONEY or (unit == "100m_yuan" and 0 < abs(float(x)) < 1):
            target = "100m_yuan" if abs(float(x) * row["factor"]) >= 1e8 else "10k_yuan"
        elif unit in ZH_WAN and abs(float(x)) >= 1e4 and float(x) % 1000 == 0:
            target = ZH_WAN[unit]  # a round 277000人 reads 27.7万人; 131835元 stays
        shift = round(math.log10(units.at[target, "factor"] / row["factor"]))
        text = number(printed(float(x) / 10**shift, max(0, places + shift)), lang)
        return (_trim(text) if shift else text) + units.at[target, "name_zh"]
    factor = float(row["factor"])
    base = float(x) * factor
    big = ((1e9, " billion"), (1e6, " million"))
    scale, word = next(((s, w) for s, w in big if abs(base) >= s), (1, ""))
    if factor == 1:
        noun = row["name_en"]
        if float(x) == 1:  # 1 week, 1 year old; 2 weeks
            noun = re.sub(r"^(\w+?)s\b", r"\1", noun)
        plain = row["name_en"] == "count"  # a plain count in English (个, 种, 条: 3)
        return f"{number(printed(x, places), lang)}{'' if plain else ' ' + noun}"
    shift = round(math.log10(scale / factor))
    text = _trim(number(printed(base / scale, max(0, places + shift)), lang))
    return f"{text}{word} {row['base_unit']}"


ORDINALS = "first second third fourth fifth sixth seventh eighth ninth tenth".split()


def ordinal(n: int) -> str:
    """An English ordinal as prose writes it: words to tenth, then 11th, 22nd, 103rd."""
    if 1 <= n <= len(ORDINALS):
        return ORDINALS[n - 1]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def rescale(unit_id, x, lang: str) -> tuple:
    """The unit a page writes an amount in, and the power of ten to divide by (the one unit
    policy of tables, figures and prose). Chinese writes 十亿元 and 百万元 as 亿元 or 万元
    (1.7十亿元 → 17亿元: ('100m_yuan', -1)); English never calques 万 and 亿 but writes the
    unit `units.en_as` names (18.15亿元 → 1.815 billion yuan: ('billion_yuan', 1); 2.87万场 →
    28.7 thousand sessions); else as is."""
    if _blank(unit_id):
        return unit_id, 0
    units = data.load("units").set_index("unit_id")
    if unit_id not in units.index:
        return unit_id, 0
    factor = units.at[unit_id, "factor"]
    if labels.check_lang(lang) == "en":
        target = units.at[unit_id, "en_as"]
        if _blank(target):
            return unit_id, 0
        return target, round(math.log10(units.at[target, "factor"] / factor))
    if unit_id not in ZH_MONEY or _blank(x) or isinstance(x, str):
        return unit_id, 0
    target = "100m_yuan" if abs(float(x) * factor) >= 1e8 else "10k_yuan"
    return target, round(math.log10(units.at[target, "factor"] / factor))


def _trim(text: str) -> str:
    """A rescaled number without trailing zeros: 5 million, 5.06 billion, 3亿元."""
    return text.rstrip("0").rstrip(".") if "." in text else text


def date_no_year(month: int, day: int, lang: str) -> str:
    """A day whose year the source does not print: 3月24日 / 24 March."""
    if labels.check_lang(lang) == "zh":
        return f"{month}月{day}日"
    return f"{day} {MONTHS.split()[month - 1]}"


def continuing(text: str, lang: str) -> str:
    """Words from data/ set inside a sentence: English lower-cases their first letter."""
    return text if labels.check_lang(lang) == "zh" else text[:1].lower() + text[1:]


def between(low, high, unit: str, lang: str, decimals=None) -> str:
    """A range of two values in one unit as prose: 在32.4275亿元至32.4360亿元之间 / between
    3.24275 and 3.24360 billion yuan (the bounds at one precision, the unit said once)."""
    lo, hi = (quantity(x, unit, lang, decimals) for x in (low, high))
    if lang == "zh":
        return f"在{lo}至{hi}之间"
    (a, _, rest_a), (b, _, rest_b) = lo.partition(" "), hi.partition(" ")
    if rest_a != rest_b:
        return f"between {lo} and {hi}"
    places = max(len(x.partition(".")[2]) for x in (a, b))

    def pad(x: str) -> str:  # 3.2436 → 3.24360 beside 3.24275
        whole, _, frac = x.partition(".")
        return f"{whole}.{frac.ljust(places, '0')}" if places else whole

    return f"between {pad(a)} and {pad(b)} {rest_a}"


def date(iso: str, lang: str) -> str:
    """An ISO date or month as prose: 2023年12月31日 / 31 December 2023."""
    parts = [int(p) for p in str(iso).split("-")]
    if labels.check_lang(lang) == "zh":
        return "".join(f"{v}{u}" for v, u in zip(parts, "年月日"))
    month = MONTHS.split()[parts[1] - 1] if len(parts) > 1 else ""
    return " ".join(str(v) for v in ([parts[2]] if len(parts) > 2 else []) + [month, parts[0]] if v)


def span(low: str, high: str, lang: str) -> str:
    """A range of values as the page writes it (`VALUE_DASH`): 0.06～0.10 / 0.06–0.10; of two
    years (2022—2023) with the dash of a period (`DASH`)."""
    years = all(re.fullmatch(r"(?:19|20)\d\d", str(v)) for v in (low, high))
    return f"{low}{(DASH if years else VALUE_DASH)[labels.check_lang(lang)]}{high}"


# A range written with a hyphen (2020-2023, 11-50), not a year-month (2023-11) nor a code.
_HYPHENED = re.compile(r"(?<![A-Za-z0-9.\-/])(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)(?![\d\-/])")


def ranges(text: str, lang: str) -> str:
    """Text quoted from a source with its ranges' hyphens as the page's dash (`span`):
    the report's caption 2020-2023年… reads 2020—2023年… on a Chinese page."""
    return _HYPHENED.sub(
        lambda m: m[0] if (len(m[1]), len(m[2])) == (4, 2) else span(m[1], m[2], lang), text
    )


def quote(text, lang: str) -> str:
    """A name quoted as prose quotes it: “产品破价” / "Price undercutting" (the edition's CJK
    font sets curly quotes full width, which gapes in English)."""
    return f"“{text}”" if labels.check_lang(lang) == "zh" else f'"{text}"'


def join(items, lang: str) -> str:
    """Names listed as prose lists them: 甲、乙和丙 / A, B and C."""
    items = [str(i) for i in items]
    sep, last = LIST_SEP[labels.check_lang(lang)]
    if len(items) < 2:
        return "".join(items)  # one name, or none
    return sep.join(items[:-1]) + last + items[-1]


# --- references: where in the sources a reader looks (data/errata.csv `evidence`) ----------

SOURCES = ("report2023", "news2022")  # their names: labels.TEXT
NUMERAL = "一二三四五六七八九十"
_RANGE = r"(\d+)(?:-(\d+))?"
_TOKENS = [
    ("fig", re.compile(rf"fig{_RANGE}")),
    ("tab", re.compile(rf"tab{_RANGE}")),
    ("para", re.compile(rf"para{_RANGE}")),
    ("page", re.compile(rf"p{_RANGE}")),
]
# zh and en: a group's words around its numbers (one, several) and the dash of a range
_WORDS = {
    "zh": {
        "fig": (("图", ""), ("图", "")),
        "tab": (("表", ""), ("表", "")),
        "para": (("第", "段"), ("第", "段")),
        "page": (("第", "页"), ("第", "页")),
    },
    "en": {
        "fig": (("Fig. ", ""), ("Figs. ", "")),
        "tab": (("Table ", ""), ("Tables ", "")),
        "para": (("para. ", ""), ("paras. ", "")),
        "page": (("p. ", ""), ("pp. ", "")),
    },
}
_SECTIONS_EN = {"前言": "Preface", "摘要": "Summary", "附录": "Annex"}


def _span(kind: str, a: str, b: str | None, lang: str) -> str:
    """One number or range: 41—43, 41–43; figures and tables repeat their word (图2—图15)."""
    a, b = int(a), None if b is None else int(b)
    if b is None:
        return str(a)
    dash = DASH[lang]
    again = {"fig": "图", "tab": "表"}.get(kind, "") if lang == "zh" else ""
    return f"{a}{dash}{again}{b}"


def _group(kind: str, spans: list[tuple], lang: str) -> str:
    """Consecutive references of one kind as one phrase: 第6、10、41—43段 / paras. 6 and 41–43."""
    several = len(spans) > 1 or spans[0][1] is not None
    before, after = _WORDS[lang][kind][several]
    numbers = [_span(kind, a, b, lang) for a, b in spans]
    if lang == "zh" and kind in ("fig", "tab") and len(spans) > 1:
        numbers = [numbers[0]] + [before + n for n in numbers[1:]]  # 图3、图4
    return before + join(numbers, lang) + after


def _section(token: str, lang: str) -> str:
    """A section label in `lang`: 第二章 / Section 2 for a bare chapter numeral, `section_en`
    otherwise."""
    if lang == "zh":
        if token and all(c in NUMERAL for c in token):
            return f"第{token}章"
        labels_zh = data.load("contents").set_index("item_id")["label_zh"]
        return labels_zh.get(token, token)  # 一（二）: full-width, as GB/T 15834 writes it
    return section_en(token)


def section_en(token: str) -> str:
    """A section of the report in English: its own label (`contents.label_en`: Section 1.2,
    Section 2.2, item 5, Annex A, Preface), else the head word in English (附录二 →
    Annex B, as 附录(二)); the report's 附录 are annexes in English, so they are never taken
    for the edition's own appendices A–H."""
    labels_en = data.load("contents").set_index("item_id")["label_en"]
    if token in labels_en.index:
        return labels_en[token]
    for zh, en in _SECTIONS_EN.items():
        if token.startswith(zh):
            rest = token[len(zh) :]
            if len(rest) == 1 and rest in NUMERAL:  # 附录二 is 附录(二): Annex B
                i = NUMERAL.index(rest)
                rest = "ABCDEFGHIJ"[i] if zh == "附录" else str(i + 1)
            return f"{en} {rest}" if rest else en
    return token


def _reference(ref: str, lang: str) -> str:
    """One reference (source, section, items, pages, paragraphs) as a reader writes it."""
    source, parts, run = "", [], None  # run: (kind, spans) being gathered
    for token in re.split(r"[,\s]+", ref.strip()):
        kind = next((k for k, rx in _TOKENS if rx.fullmatch(token)), None)
        if kind is not None:
            span = dict(_TOKENS)[kind].fullmatch(token).groups()
            if run is not None and run[0] == kind:
                run[1].append(span)
                continue
            if run is not None:
                parts.append(_group(*run, lang))
            run = (kind, [span])
            continue
        if run is not None:
            parts.append(_group(*run, lang))
            run = None
        if token in SOURCES and not parts:
            source = labels.t(token, lang)
        elif token:
            parts.append(_section(token, lang))
    if run is not None:
        parts.append(_group(*run, lang))
    if lang == "zh":
        return source + "，".join(parts)
    return ", ".join(x for x in (source, *parts) if x)


def locator(evidence: str, lang: str) -> str:
    """Evidence references ('report2023 一(二) tab01 p4; news2022 para06, para41-43') as a reader
    of `lang` writes them: 《报告》一(二) 表1 第4页；新闻报道第6、41—43段 / Report, Section 1.2,
    Table 1, p. 4; News article, paras. 6 and 41–43. Unknown words are kept as they are."""
    labels.check_lang(lang)
    refs = [_reference(r, lang) for r in str(evidence).split(";") if r.strip()]
    return ("；" if lang == "zh" else "; ").join(refs)


class _Formatter(string.Formatter):
    def __init__(self, lang: str):
        self.lang = lang

    def format_field(self, value, spec):
        if isinstance(value, numbers.Number) and not isinstance(value, bool):
            return number(value, self.lang, spec)
        return super().format_field(value, spec)


def by_count(k: int, n: int, *, every: str, some: str, none: str | None = None) -> str:
    """The template that fits a tally of k out of n: 'all 9 reproduce' (全部), not '9 of 9';
    'none of 5' (均无), not '0 of 5'. `none` defaults to `some`."""
    if n > 0 and k == n:
        return every
    return none if k == 0 and none is not None else some


def explains(k: int, lang: str) -> str:
    """How many shares a sample size explains, as a clause: 'none of them' or 'only 3'."""
    if k == 0:
        return {"zh": "无法得出其中任何一个", "en": "none of them"}[labels.check_lang(lang)]
    return {"zh": f"只能得出其中{k}个", "en": f"only {k}"}[labels.check_lang(lang)]


def text(lang: str, *, zh: str, en: str, **values) -> str:
    """The template of `lang` filled with `values`, numbers formatted for that language."""
    template = {"zh": zh, "en": en}[labels.check_lang(lang)]
    return _Formatter(lang).format(template, **values)


def say(lang: str, *, zh: str, en: str, **values) -> Markdown:
    """Display a computed sentence (or paragraphs) as Markdown in the notebook's language."""
    return Markdown(text(lang, zh=zh, en=en, **values))
