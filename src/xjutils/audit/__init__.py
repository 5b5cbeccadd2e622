"""The audit: every family of inconsistency looked for over all of data/, one module each.

Each family's `examine()` returns a frame of what it looked at (one row per subject, with
computed evidence) and which rows are findings, joined to the erratum in data/errata.csv that
explains them. A finding with no erratum is unexplained, and `expect_explained` raises on it:
nothing is silently absorbed. `summary()` counts examined and found per family, including
families that looked and found nothing.
"""

import pandas as pd

from .. import data
from . import (
    _frame,
    comparability,
    dates,
    feasibility,
    granularity,
    names,
    orderings,
    plausibility,
    references,
    restatements,
)

# The errata's groups for readers, in the order they are listed (data/errata.csv `group`)
GROUPS = ("substantive", "editorial", "secondary")

FAMILIES = {
    m.FAMILY: m
    for m in (
        granularity,
        feasibility,
        orderings,
        comparability,
        names,
        restatements,
        plausibility,
        dates,
        references,
    )
}


def run_all() -> pd.DataFrame:
    """Every family's examined rows, in registry order."""
    return pd.concat([m.examine() for m in FAMILIES.values()], ignore_index=True)


def findings(examined: pd.DataFrame | None = None) -> pd.DataFrame:
    """The rows that are findings."""
    examined = run_all() if examined is None else examined
    return examined[examined["found"]].reset_index(drop=True)


def summary(examined: pd.DataFrame) -> pd.DataFrame:
    """Per family: its names, how many subjects it examined, how many findings it made and how
    many results would be findings under a premise the data cannot settle (conditional)."""
    examined = examined.assign(
        conditional=examined["found_if_premise"].fillna(False).astype(bool)
        if "found_if_premise" in examined
        else False
    )
    counts = examined.groupby("family", sort=False).agg(
        examined=("subject", "size"),
        findings=("found", "sum"),
        conditional=("conditional", "sum"),
    )
    return pd.DataFrame(
        [
            {
                "family": f,
                "name_zh": m.NAME_ZH,
                "name_en": m.NAME_EN,
                "examined": int(counts.loc[f, "examined"]) if f in counts.index else 0,
                "findings": int(counts.loc[f, "findings"]) if f in counts.index else 0,
                "conditional": int(counts.loc[f, "conditional"]) if f in counts.index else 0,
            }
            for f, m in FAMILIES.items()
        ]
    )


def expect_explained(found: pd.DataFrame) -> pd.DataFrame:
    """Raise if a finding has no erratum in data/errata.csv; else return the findings.

    Raises:
        AssertionError: listing the unexplained findings.
    """
    bad = found[found["found"] & found["erratum_id"].isna()]
    if len(bad):
        raise AssertionError(
            "findings no erratum explains:\n"
            + "\n".join(f"{r.family}/{r.check} {r.subject}: {r.evidence}" for r in bad.itertuples())
            + "\n"
            + data.check_first(
                "the finding is new: explain it with an erratum in data/errata.csv (its "
                "`explains` names family/check/subject)"
            )
        )
    return found


def errata_table(found: pd.DataFrame) -> pd.DataFrame:
    """data/errata.csv with the checks (and families) that detect each erratum, how many
    findings it explains and their computed evidence.

    An open erratum of a family other than `reading` must be detected by that family, else
    the family's check has lost it; and each of its `explains` selectors must match a finding,
    else the selector is stale. Both raise too.
    """
    errata = data.load("errata")
    hits = found[found["found"]]
    detected = hits.groupby("erratum_id").agg(
        detected_by=("check", lambda c: "; ".join(sorted(set(c)))),
        detected_families=("family", lambda c: "; ".join(sorted(set(c)))),
        findings=("subject", "size"),
        computed_evidence=(
            "evidence",
            lambda e: " | ".join(list(e)[:3]) + (" | …" if len(e) > 3 else ""),
        ),
    )
    out = errata.join(detected, on="erratum_id")
    lost = out.query("status == 'open' and family != 'reading'")
    lost = lost[~lost.apply(lambda r: r["family"] in str(r["detected_families"]), axis=1)]
    if len(lost):
        raise AssertionError(f"errata no longer found by their family: {list(lost['erratum_id'])}")
    stale = [
        f"{r.erratum_id}: {'/'.join(sel)}"
        for r in errata.query("status == 'open'").itertuples()
        for sel in _frame.selectors(r.explains)
        if not any(_frame.matches(sel, h.family, h.check, h.subject) for h in hits.itertuples())
    ]
    if stale:
        raise AssertionError(f"errata `explains` selectors that match no finding: {stale}")
    out["detected_by"] = out["detected_by"].fillna("reading")
    out["findings"] = out["findings"].fillna(0).astype(int)
    out["computed_evidence"] = out["computed_evidence"].fillna("")
    out["detected_families"] = out["detected_families"].fillna("")
    return out


def causes(table: pd.DataFrame) -> pd.DataFrame:
    """The audit by root cause: one row per open erratum (one cause, however many findings it
    explains), in the reader's groups (substantive, editorial, secondary source only), with
    its findings and the families that found them; `table` is `errata_table()`."""
    open_ = table[table["status"] == "open"].copy()
    open_["_g"] = open_["group"].map({g: i for i, g in enumerate(GROUPS)})
    cols = ["erratum_id", "group", "severity", "certainty", "findings", "detected_families"]
    return (
        open_.sort_values(["_g", "findings", "erratum_id"], ascending=[True, False, True])[cols]
        .rename(columns={"detected_families": "families"})
        .reset_index(drop=True)
    )
