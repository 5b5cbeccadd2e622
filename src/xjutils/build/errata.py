"""The errata list: data/errata.csv as the README's Markdown section, in either language."""

from .. import data, labels


def markdown(lang: str = "en") -> str:
    """One bullet per erratum, as the README's Errata section lists them (en) or its zh twin.

    Raises:
        ValueError: zh asked for while data/errata.csv has no `what_zh` column yet.
    """
    frame = data.load("errata")
    column = f"what_{labels.check_lang(lang)}"
    if column not in frame.columns:
        raise ValueError(
            f"data/errata.csv has no {column} column: the Chinese errata are not transcribed"
            " yet; use --lang en"
        )
    opening, sep, closing = ("（", "，", "）：") if lang == "zh" else ("(", ", ", "): ")
    return "\n".join(
        f"- **{r.erratum_id}** {opening}{_word('severity', r.severity, lang)}{sep}"
        f"{_word('certainty', r.certainty, lang)}{closing}{getattr(r, column)}"
        for r in frame.itertuples()
    )


def _word(field: str, value: str, lang: str) -> str:
    """A severity or certainty in `lang` (as stored if labels has no translation for it)."""
    key = f"{field}_{value}"
    return labels.t(key, lang) if key in labels.TEXT else value
