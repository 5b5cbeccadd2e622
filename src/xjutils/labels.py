"""Our own interface strings in both languages (the report's names come from data/)."""

LANGS = ("zh", "en")

TEXT = {
    "gmv": ("直播交易额", "GMV"),
    "views": ("观看人次", "Views"),
    "sessions": ("直播场次", "Live sessions"),
    "published": ("公布值", "Published"),
    "derived": ("由增长率推算", "implied by the growth rate"),
    "missing": ("未公布", "not published"),
    "year": ("年份", "Year"),
    "claim": ("声明", "Claim"),
    "reproduced": ("复现值", "Reproduced"),
    "range": ("输入舍入范围", "Range from input rounding"),
    "status": ("状态", "Status"),
    "expected": ("预期", "Expected"),
    "erratum": ("勘误", "Erratum"),
    "unit": ("单位", "Unit"),
    "source_note": (
        "数据来源：《新疆直播电商发展调研报告(2023)》；本仓库复现",
        "Source: Xinjiang Live-Streaming E-commerce Survey Report (2023); reproduced here",
    ),
}


def check_lang(lang: str) -> str:
    """Validate the notebooks' `lang` parameter.

    Raises:
        ValueError: naming the parameter and the allowed values.
    """
    if lang not in LANGS:
        raise ValueError(f"parameter lang must be one of {LANGS}, got {lang!r}")
    return lang


def t(key: str, lang: str) -> str:
    """One interface string in `lang`."""
    return TEXT[key][LANGS.index(check_lang(lang))]


def name(row, lang: str, stem: str = "name") -> str:
    """The zh or en name column of a data row (e.g. name_zh / name_en)."""
    return row[f"{stem}_{check_lang(lang)}"]
