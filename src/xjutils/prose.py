"""Narrative sentences whose numbers are computed, in the notebook's language.

Prose that types a derived number goes stale when the data change and nbval cannot see it.
A chapter notebook therefore writes such sentences in a `remove-input` code cell:

    say(lang, zh="样本量为{n}份", en="a sample of {n}", n=N)

The template of `lang` is filled with the values and displayed as Markdown, so the stored
output (the nbval reference) changes whenever an input does. Numbers are formatted per
language: English groups thousands with commas, Chinese does not; a minus is a true minus.
`printed(x, decimals)` keeps a published number's printed decimals (50.60, not 50.6).
"""

import math
import numbers
import string

from IPython.display import Markdown

from . import data, labels

MINUS = "\u2212"
LIST_SEP = {"zh": ("、", "、"), "en": (", ", " and ")}  # 甲、乙、丙: no 和 before a name
ZH_MONEY = {"million_yuan": "100m_yuan", "billion_yuan": "100m_yuan"}  # 百万元, 十亿元: not prose
MONTHS = "January February March April May June July August September October November December"


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
    if lang == "en" and "," not in spec and abs(float(x)) >= 10_000:
        spec = "," + spec  # 12,504 in English; Chinese prose writes 12504
    text = format(x if spec.endswith("d") else float(x), spec)
    return text.replace("-", MINUS)


def quantity(x, unit: str, lang: str, decimals=None) -> str:
    """A value in a unit of data/units.csv as prose: 50.60亿元 / 5.060 billion yuan.

    Chinese keeps the report's unit (亿元, 万场) but writes millions and billions of yuan in 亿元;
    English rescales to thousand, million or billion of the base unit. The printed decimals
    shift with the scale, so no precision is invented.
    """
    units = data.load("units").set_index("unit_id")
    row = units.loc[unit]
    places = printed(x, decimals).decimals
    if labels.check_lang(lang) == "zh":
        if unit in ZH_MONEY:
            shift = round(math.log10(units.at[ZH_MONEY[unit], "factor"] / row["factor"]))
            x, places, row = float(x) / 10**shift, max(0, places + shift), units.loc[ZH_MONEY[unit]]
        return number(printed(x, places), lang) + row["name_zh"]
    factor = float(row["factor"])
    base = float(x) * factor
    scale, word = next(
        (s, w)
        for s, w in ((1e9, " billion"), (1e6, " million"), (1e3, " thousand"), (1, ""))
        if abs(base) >= s or s == 1
    )
    if factor == 1 or scale == 1:
        noun = "" if unit == "count" else f" {row['name_en']}"
        return f"{number(printed(x, places), lang)}{noun}"
    shift = round(math.log10(scale / factor))
    return f"{number(printed(base / scale, max(0, places + shift)), lang)}{word} {row['base_unit']}"


def date(iso: str, lang: str) -> str:
    """An ISO date or month as prose: 2023年12月31日 / 31 December 2023."""
    parts = [int(p) for p in str(iso).split("-")]
    if labels.check_lang(lang) == "zh":
        return "".join(f"{v}{u}" for v, u in zip(parts, "年月日"))
    month = MONTHS.split()[parts[1] - 1] if len(parts) > 1 else ""
    return " ".join(str(v) for v in ([parts[2]] if len(parts) > 2 else []) + [month, parts[0]] if v)


def join(items, lang: str) -> str:
    """Names listed as prose lists them: 甲、乙和丙 / A, B and C."""
    items = [str(i) for i in items]
    sep, last = LIST_SEP[labels.check_lang(lang)]
    return items[0] if len(items) < 2 else sep.join(items[:-1]) + last + items[-1]


class _Formatter(string.Formatter):
    def __init__(self, lang: str):
        self.lang = lang

    def format_field(self, value, spec):
        if isinstance(value, numbers.Number) and not isinstance(value, bool):
            return number(value, self.lang, spec)
        return super().format_field(value, spec)


def explains(k: int, lang: str) -> str:
    """How many shares a sample size explains, as a clause: 'none of them' or 'only 3'."""
    if k == 0:
        return {"zh": "一个也解释不了", "en": "none of them"}[labels.check_lang(lang)]
    return {"zh": f"只能解释其中{k}个", "en": f"only {k}"}[labels.check_lang(lang)]


def text(lang: str, *, zh: str, en: str, **values) -> str:
    """The template of `lang` filled with `values`, numbers formatted for that language."""
    template = {"zh": zh, "en": en}[labels.check_lang(lang)]
    return _Formatter(lang).format(template, **values)


def say(lang: str, *, zh: str, en: str, **values) -> Markdown:
    """Display a computed sentence (or paragraphs) as Markdown in the notebook's language."""
    return Markdown(text(lang, zh=zh, en=en, **values))
