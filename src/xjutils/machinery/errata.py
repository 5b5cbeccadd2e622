"""The errata list: data/errata.csv as docs/errata.md (generated; a test keeps it current)."""

from .. import data, labels, paths
from ..audit import GROUPS

DOC = paths.ROOT / "docs" / "errata.md"
HEAD = """\
# Errata / 勘误

Generated from `data/errata.csv` by `make errata`; do not edit by hand (a test compares). Each
bullet gives the reader's group (substantive: a number a reader would use; editorial: labels,
names, wording, rounding; secondary source only: the news article), severity, certainty (`as
transcribed`: certain in the text extraction but resting on characters an extraction can
confuse, so not certain in print; `certainty_basis` in the CSV says what each rests on) and the
check family that finds it (`reading`: found by reading, with `reading_why` in the CSV saying
why no check can). A withdrawn erratum keeps its id and says why it was withdrawn; ids are never
reused. `notebooks/08_audit` joins every audit
finding to its erratum and writes `outputs/tables/errata.csv` with the computed evidence;
[the audit](audit.md) explains the families.
"""


def document() -> str:
    """docs/errata.md: the list in English, then in Chinese."""
    return f"{HEAD}\n## English\n\n{markdown('en')}\n\n## 中文\n\n{markdown('zh')}\n"


def markdown(lang: str = "en") -> str:
    """One bullet per erratum, grouped for readers (substantive, editorial, secondary source
    only; by id within a group): its group, severity, certainty and the check family that found
    it; withdrawn ones say so."""
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
        + (f"{_word(r.group, lang)}{sep}" if grouped else "")
        + f"{_word(r.severity, lang)}{sep}"
        f"{_word(r.certainty, lang)}{sep}{_family(r.family, lang)}"
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


def _word(value: str, lang: str) -> str:
    """A severity or certainty in `lang` (as stored if labels has no translation for it)."""
    return labels.word(value, lang) if value in labels.VALUES else value
