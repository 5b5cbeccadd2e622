"""The audit as a reader gets it, in the page's language: one row per family, the errata, the
feasible ranges of the bars the text does not print, and how much of each chart the text lets
us recover. Headers and cells are words and references (《报告》图5 第12页 / Report Fig. 5,
p. 12), never internal ids or codes. The frames these are built from (`audit.summary`,
`audit.errata_table`, `audit.findings`, `feasibility.bounds`) keep every row for the downloads
in outputs/tables/.
"""

import math

import pandas as pd

from .. import data, labels, plots
from ..prose import SOURCES, join, locator, number, say
from . import FAMILIES, GROUPS, summary

# Its words are labels.TEXT's audit_* entries; these five are column headers or values there.
SHARED = {
    "erratum": "erratum_id",
    "found_by": "family",
    "reading": "reading",
    "what": "what",
    "why": "explanation",
}


def _t(key: str, lang: str) -> str:
    return labels.t(SHARED.get(key, f"audit_{key}"), lang)


def _name(family: str, lang: str) -> str:
    """A family's name in `lang`; `reading` (found by reading, no check) too."""
    if family == "reading":
        return _t("reading", lang)
    return getattr(FAMILIES[family], f"NAME_{lang.upper()}")


def scopes(lang: str) -> pd.DataFrame:
    """What each family examines, in a paragraph: the appendix's, beside `families`' counts."""
    return pd.DataFrame(
        {
            _t("family", lang): [_name(f, lang) for f in FAMILIES],
            _t("scope", lang): [getattr(m, f"SCOPE_{lang.upper()}") for m in FAMILIES.values()],
        }
    )


def families(examined: pd.DataFrame, lang: str) -> pd.DataFrame:
    """One row per family: how many subjects, how many findings, and the errata explaining
    them, each with its number of findings and where it is in the sources (what each family
    examines is `scopes`', at length)."""
    counts = summary(examined).set_index("family")
    hits = examined[examined["found"]]
    evidence = data.load("errata").set_index("erratum_id")["evidence"]
    rows = []
    for family in FAMILIES:
        per = hits[hits["family"] == family].groupby("erratum_id").size().sort_index()
        explained = ("" if lang == "zh" else " ").join(
            _t("explains", lang).format(
                id=e,
                n=number(n, lang),
                findings="finding" if n == 1 else "findings",
                where=locator(evidence[e], lang),
            )
            for e, n in per.items()
        )
        rows.append(
            {
                _t("family", lang): _name(family, lang),
                _t("examined", lang): int(counts.loc[family, "examined"]),
                _t("findings", lang): int(counts.loc[family, "findings"]),
                _t("conditional", lang): int(counts.loc[family, "conditional"]),
                _t("explained", lang): explained or _t("no_findings", lang),
            }
        )
    return pd.DataFrame(rows)


def citing(*, source: str | None = None, part: str | None = None) -> pd.DataFrame:
    """The rows of data/errata.csv whose evidence cites a source (report2023, news2022) or a
    section of one part of the report (四: 四, 四(一)2, 四 fig23-28), read from the references
    themselves, so a chapter lists its errata without naming them."""
    table = data.load("errata")
    return table[[_cites(e, source, part) for e in table["evidence"]]]


def _cites(evidence: str, source: str | None, part: str | None) -> bool:
    current = None  # a reference without a source continues the previous one's
    for ref in str(evidence).split(";"):
        tokens = ref.replace(",", " ").split()
        if tokens and tokens[0] in SOURCES:
            current, tokens = tokens[0], tokens[1:]
        if source is not None and current == source:
            return True
        if part is not None and current == "report2023":
            if any(t == part or t.startswith(f"{part}(") for t in tokens):
                return True
    return False


def chapter_errata(lang: str, *, source: str | None = None, part: str | None = None):
    """The sentence that names a chapter's open errata (those `citing` finds; a withdrawn one is
    the list's business, not the chapter's) and sends its reader to the edition's one list of
    them (the errata page, the PDF's last appendix)."""
    found = citing(source=source, part=part)
    ids = join(list(found.loc[found["status"] == "open", "erratum_id"]), lang)
    link = f"[{labels.t('errata_list', lang)}](errata.html)"
    return say(
        lang,
        zh=labels.t("chapter_errata", "zh", ids="{ids}", list=link),
        en=labels.t("chapter_errata", "en", ids="{ids}", list=link),
        ids=ids,
    )


def errata(table: pd.DataFrame, lang: str, explain: bool = False) -> pd.DataFrame:
    """Errata for reading: severity, certainty (and withdrawn) in words, what each is and where.

    Given `audit.errata_table()`, also the families that found each erratum (or reading) and
    how many findings it explains; given rows of data/errata.csv, without them. With `explain`,
    also its explanation.
    """
    detected = "detected_families" in table
    if detected:  # grouped for readers: substantive, editorial, secondary source only
        order = {g: i for i, g in enumerate(GROUPS)}
        table = table.assign(_g=table["group"].map(order)).sort_values(
            ["_g", "erratum_id"], kind="stable"
        )
    rows = []
    for r in table.itertuples():
        note = getattr(r, f"note_{lang}")
        where = locator(r.evidence, lang)
        grade = _t("grade_of", lang).format(
            severity=labels.word(r.severity, lang),
            certainty=labels.word(r.certainty, lang),
        )
        row = {
            _t("erratum", lang): r.erratum_id,
            _t("grade", lang): _t("withdrawn", lang).format(grade=grade)
            if r.status == "withdrawn"
            else grade,
        }
        if detected:  # the audit's table: the reader's group too
            row = {
                **{k: v for k, v in row.items() if k == _t("erratum", lang)},
                _t("group", lang): labels.word(r.group, lang),
                **{k: v for k, v in row.items() if k != _t("erratum", lang)},
            }
            found_by = [f for f in str(r.detected_families).split("; ") if f]
            if not found_by and r.status == "open":
                found_by = [r.family]  # reading: an erratum no check can find
            row[_t("found_by", lang)] = ("、" if lang == "zh" else ", ").join(
                _name(f, lang) for f in found_by
            )
            row[_t("findings", lang)] = int(r.findings)
        row[_t("what", lang)] = getattr(r, f"what_{lang}")
        row[_t("where", lang)] = (
            _t("note", lang).format(where=where, note=note)
            if isinstance(note, str) and note
            else where
        )
        if explain:
            row[_t("why", lang)] = getattr(r, f"explanation_{lang}")
        rows.append(row)
    return pd.DataFrame(rows)


def _bar(low: float, high: float | None, unit: str, lang: str) -> str:
    """An unprinted bar as words: 0～10人, 11个及以上 / 0–10 persons, 11 or more."""
    name = data.load("units").set_index("unit_id").loc[unit, f"name_{lang}"]
    plain = name == "count" and lang == "en"  # a plain count in English
    unit_text = "" if plain else name if lang == "zh" else f" {name}"
    if high is None or pd.isna(high) or math.isinf(high):
        return _t("open_span", lang).format(low=number(low, lang), unit=unit_text)
    return _t("span", lang).format(low=number(low, lang), high=number(high, lang), unit=unit_text)


def feasible_bars(bounds: pd.DataFrame, lang: str) -> pd.DataFrame:
    """`feasibility.bounds()` for reading: each unprinted bar under its chart's caption, the
    fewest and most institutions it can hold, and those as shares of the sample (%)."""
    items = data.load("survey_questions").set_index("question_id")["item"]
    return pd.DataFrame(
        {
            _t("chart", lang): [plots.title(items[q], lang) for q in bounds["question_id"]],
            _t("bar", lang): [
                _bar(r.bar_low, r.bar_high, r.band_unit, lang) for r in bounds.itertuples()
            ],
            _t("low", lang): bounds["low"].astype(int),
            _t("high", lang): bounds["high"].astype(int),
            _t("n", lang): bounds["n"].astype(int),
            _t("low_pct", lang): bounds["low_pct"].round(2),
            _t("high_pct", lang): bounds["high_pct"].round(2),
        }
    )


def coverage(lang: str) -> pd.DataFrame:
    """data/coverage.csv for reading: each figure and table under its caption, how much of it the
    text lets us recover, what the text gives and what it does not."""
    cov = data.load("coverage")
    return pd.DataFrame(
        {
            _t("chart", lang): [plots.title(i, lang) for i in cov["item_id"]],
            _t("coverage", lang): [_t(c, lang) for c in cov["coverage"]],
            _t("known", lang): cov[f"known_{lang}"],
            _t("missing", lang): cov[f"missing_{lang}"].fillna(""),
        }
    )


def causes(table: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The audit by root cause (`audit.causes`): one row per open erratum, grouped for readers,
    with what it is and how many findings it explains; `table` is `audit.errata_table()`."""
    from . import causes as by_cause

    rows = by_cause(table)
    what = table.set_index("erratum_id")[f"what_{lang}"]
    return pd.DataFrame(
        {
            _t("group", lang): [labels.word(g, lang) for g in rows["group"]],
            _t("cause", lang): rows["erratum_id"],
            _t("what", lang): [what[e] for e in rows["erratum_id"]],
            _t("findings", lang): rows["findings"].astype(int),
            _t("found_by", lang): [
                ("、" if lang == "zh" else ", ").join(
                    _name(f, lang) for f in str(fs).split("; ") if f
                )
                or _t("reading", lang)
                for fs in rows["families"]
            ],
        }
    )


def conditional(examined: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Results under a premise the data cannot settle, in words: the statement tested, the
    premise, how plausible it is and why, and what follows if it held."""
    from . import granularity

    rows = examined[examined["premise"].notna()]
    statements = data.load("claims").set_index("claim_id")[f"statement_{lang}"]
    sep = "、" if lang == "zh" else ", "
    out = []
    for r in rows.itertuples():
        key = next(k for k, p in granularity.PREMISES.items() if p["en"] == r.premise)
        p = granularity.PREMISES[key]
        if key == "one_base_per_county":
            c = granularity.county_fits()
            fit = sum(c["fits"].values())
            out.append(
                {
                    _t("statement", lang): _t("news_survey", lang),
                    _t("premise", lang): p[lang],
                    _t("plausibility", lang): _t(f"plausible_{p['plausibility']}", lang)
                    + ("：" if lang == "zh" else ": ")
                    + p[f"why_{lang}"],
                    _t("if_premise", lang): _t("shares_fit", lang).format(
                        m=len(c["fits"]) - fit, k=len(c["fits"]), n=c["n"]
                    ),
                }
            )
            continue
        w = granularity.whole_mean(r.subject)
        value = f"{w['value']:.{w['decimals']}f}"
        misfit = [n for n, ok in w["fits"].items() if not ok]
        result = (
            _t("mean_misfit", lang).format(
                n=("或" if lang == "zh" else " or ").join(str(n) for n in misfit),
                v=value,
                near=granularity.spans(w["near"], dash="—" if lang == "zh" else "–", sep=sep),
            )
            if misfit
            else _t("mean_fit", lang).format(n=join([str(n) for n in w["fits"]], lang), v=value)
        )
        out.append(
            {
                _t("statement", lang): statements[r.subject],
                _t("premise", lang): p[lang],
                _t("plausibility", lang): _t(f"plausible_{p['plausibility']}", lang)
                + ("：" if lang == "zh" else ": ")
                + p[f"why_{lang}"],
                _t("if_premise", lang): result,
            }
        )
    return pd.DataFrame(out)
