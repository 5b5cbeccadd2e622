"""The errata list: data/errata.csv as the README's Markdown section."""

from .. import data


def markdown() -> str:
    """One bullet per erratum, as the README's Errata section lists them; withdrawn ones say so."""
    rows = data.load("errata").itertuples()
    return "\n".join(
        f"- **{r.erratum_id}** ({r.severity}, {r.certainty}, {r.family}"
        + (", withdrawn" if r.status == "withdrawn" else "")
        + f"): {r.what_en}"
        for r in rows
    )
