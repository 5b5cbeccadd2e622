"""The errata list: data/errata.csv as the README's Markdown section, in either language."""

from .. import data, labels
from ..audit import GROUPS


def markdown(lang: str = "en") -> str:
    """One bullet per erratum, as the README's Errata section lists them (en) or its zh twin.

    Grouped for readers (substantive, editorial, secondary source only; by id within a group),
    each names its group, severity, certainty and the check family that found it; withdrawn
    ones say so.
    """
    frame = data.load("errata")
    grouped = "group" in frame
    if grouped:
        order = {g: i for i, g in enumerate(GROUPS)}
        frame = frame.assign(_g=frame["group"].map(order)).sort_values(["_g", "erratum_id"])
    column = f"what_{labels.check_lang(lang)}"
    opening, sep, closing = ("（", "，", "）：") if lang == "zh" else (" (", ", ", "): ")
    withdrawn = "已撤回" if lang == "zh" else "withdrawn"
    return "\n".join(
        f"- **{r.erratum_id}**{opening}"
        + (f"{_word('group', r.group, lang)}{sep}" if grouped else "")
        + f"{_word('severity', r.severity, lang)}{sep}"
        f"{_word('certainty', r.certainty, lang)}{sep}{_family(r.family, lang)}"
        + (f"{sep}{withdrawn}" if r.status == "withdrawn" else "")
        + f"{closing}{getattr(r, column)}"
        for r in frame.itertuples()
    )


def _family(family: str, lang: str) -> str:
    """A check family's name: its id in English, its Chinese name in zh ('reading': 人工阅读)."""
    from ..audit import FAMILIES

    if family in FAMILIES and lang == "zh":
        return FAMILIES[family].NAME_ZH
    return {"zh": "人工阅读", "en": "reading"}[lang] if family == "reading" else family


def _word(field: str, value: str, lang: str) -> str:
    """A severity or certainty in `lang` (as stored if labels has no translation for it)."""
    key = f"{field}_{value}"
    return labels.t(key, lang) if key in labels.TEXT else value
