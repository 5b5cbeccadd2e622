"""The errata list: data/errata.csv as docs/errata.md (generated; a test keeps it current)."""

from .. import data, labels, paths

DOC = paths.ROOT / "docs" / "errata.md"
HEAD = """\
# Errata / 勘误

Generated from `data/errata.csv` by `make errata`; do not edit by hand (a test compares). Each
bullet gives severity, certainty and the check family that finds it (`reading`: found by
reading, with `reading_why` in the CSV saying why no check can). A withdrawn erratum keeps its
id and says why it was withdrawn; ids are never reused. `notebooks/08_audit` joins every audit
finding to its erratum and writes `outputs/tables/errata.csv` with the computed evidence;
[the audit](audit.md) explains the families.
"""


def document() -> str:
    """docs/errata.md: the list in English, then in Chinese."""
    return f"{HEAD}\n## English\n\n{markdown('en')}\n\n## 中文\n\n{markdown('zh')}\n"


def markdown(lang: str = "en") -> str:
    """One bullet per erratum: severity, certainty, the check family that found it; withdrawn
    ones say so."""
    frame = data.load("errata")
    column = f"what_{labels.check_lang(lang)}"
    opening, sep, closing = ("（", "，", "）：") if lang == "zh" else (" (", ", ", "): ")
    withdrawn = "已撤回" if lang == "zh" else "withdrawn"
    return "\n".join(
        f"- **{r.erratum_id}**{opening}{_word('severity', r.severity, lang)}{sep}"
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
