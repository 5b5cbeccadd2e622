"""Every consistency check over all of data/, run generically, and the errata they support.

Each check returns findings: one row per inconsistency, with the check's name, the evidence
(values and provenance) and the erratum in data/errata.csv that explains it. A finding with
no erratum is unexplained, and `expect_explained` raises on it: nothing is silently absorbed.
"""

import pandas as pd

from . import claims, data, sources, survey

COLUMNS = ["check", "erratum_id", "evidence"]


def _frame(rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=COLUMNS)


def _where(row) -> str:
    page = "" if pd.isna(row.get("page")) else f" p{int(row['page'])}"
    item = "" if pd.isna(row.get("item")) else f" {row['item']}"
    return f"{row.get('source', 'report2023')} {row.get('section', '')}{item}{page}".strip()


def claim_mismatches() -> pd.DataFrame:
    """Totals, growth rates, rankings, restatements: every claim that does not reproduce."""
    results = claims.check_all()
    cl = data.load("claims").set_index("claim_id")
    bad = results[results["status"] == "mismatch"]
    return _frame(
        [
            {
                "check": f"claim:{cl.loc[r.claim_id, 'method']}",
                "erratum_id": r.erratum_id,
                "evidence": f"{r.claim_id}: published {r.published}, reproduced {r.reproduced} "
                f"({_where(cl.loc[r.claim_id])})",
            }
            for r in bad.itertuples()
        ]
    )


def sample_sizes() -> pd.DataFrame:
    """Groups of shares whose best-fitting sample sizes disagree with each other or the stated n.

    Report: all exact shares of the survey year form one questionnaire, tested against the
    stated number of valid questionnaires. News: the shares of any entity quoting several
    (a survey), one group per paragraph.
    """
    rows, cl = [], data.load("claims").set_index("claim_id")
    stated = int(data.load("facts").set_index("id").loc["fact.valid_questionnaires", "value"])
    best = survey.explaining_size(survey.scan(survey.exact_shares(2023)))
    if best != stated:
        erratum = cl.query("method == 'sample_size'")["erratum_id"].iloc[0]
        rows.append(
            {
                "check": "sample_size",
                "erratum_id": erratum,
                "evidence": f"report2023: stated n = {stated}; the shares fit n = {best}",
            }
        )
    news = data.load("news_numbers").query("unit == 'percent'")
    news = news[news.groupby("entity")["id"].transform("size") > 1]
    fits = {
        sec: survey.explaining_size(survey.scan(g, range(10, 201)))
        for sec, g in news.groupby("section")
    }
    if len(set(fits.values())) > 1:
        errata = data.load("errata").query(
            "kind == 'sample_size' and evidence.str.contains('news2024')"
        )
        rows.append(
            {
                "check": "sample_size",
                "erratum_id": errata["erratum_id"].iloc[0],
                "evidence": "news2024: best-fitting n by paragraph "
                + ", ".join(f"{k} {v}" for k, v in sorted(fits.items())),
            }
        )
    return _frame(rows)


def rounded_sums() -> pd.DataFrame:
    """Shares that fit no k/n but are sums of separately rounded shares."""
    shares = data.load("survey_shares")
    sizes = survey.sample_sizes()
    table = survey.per_share(shares, sizes, sizes[max(sizes)])
    errata = data.load("errata").query("kind == 'rounding'")["erratum_id"]
    hits = table[table["status"].str.startswith("sum_of_")]
    return _frame(
        [
            {
                "check": "rounded_sum",
                "erratum_id": errata.iloc[0] if len(errata) else None,
                "evidence": f"{r.id}: {r.published} is a {r.status.replace('_', ' ')} total of "
                f"{r.k} of {r.n}",
            }
            for r in hits.itertuples()
        ]
    )


def distributions() -> pd.DataFrame:
    """Single-answer distributions whose shares add past 100%."""
    sums = survey.band_sums(data.load("survey_shares"))
    bad = sums[sums["status"] == "over_100"]
    return _frame(
        [
            {
                "check": "distribution_sum",
                "erratum_id": None,
                "evidence": f"{r.question_id} ({r.item}): shares add to {r.sum:.2f}",
            }
            for r in bad.itertuples()
        ]
    )


def cross_source() -> pd.DataFrame:
    """Numbers of the two sources that contradict each other."""
    links = sources.compare()
    bad = links[links["class"] == "contradiction"]
    return _frame(
        [
            {
                "check": "cross_source",
                "erratum_id": r.erratum_id,
                "evidence": f"{r.link_id}: {r.report_ref} = {r.report_base:,.0f} vs "
                f"{r.news_ref} = {r.news_base:,.0f} (base units)",
            }
            for r in bad.itertuples()
        ]
    )


def contents_order() -> pd.DataFrame:
    """Cross-references: each figure/table lies within its section's pages, in number order."""
    contents = data.load("contents")
    sections = contents[contents["kind"] == "section"].dropna(subset=["page"])
    rows = []
    for kind in ("figure", "table"):
        items = contents[contents["kind"] == kind]
        pages = items["page"].to_numpy()
        for (a, pa), (b, pb) in zip(
            zip(items["item_id"], pages), zip(items["item_id"][1:], pages[1:])
        ):
            if pb < pa:
                rows.append(
                    {
                        "check": "cross_reference",
                        "erratum_id": None,
                        "evidence": f"{b} (p{pb}) comes before {a} (p{pa})",
                    }
                )
    order = list(sections["item_id"])
    for r in contents[contents["kind"].isin(["figure", "table"])].itertuples():
        start = sections.set_index("item_id").loc[r.parent, "page"]
        later = sections.iloc[order.index(r.parent) + 1 :]
        nxt = later[~later["item_id"].str.startswith(r.parent)]["page"]
        end = nxt.iloc[0] if len(nxt) else r.page
        if not start <= r.page <= end:
            rows.append(
                {
                    "check": "cross_reference",
                    "erratum_id": None,
                    "evidence": f"{r.item_id} p{r.page} outside {r.parent} (p{start}-{end})",
                }
            )
    return _frame(rows)


def dates() -> pd.DataFrame:
    """Dates after their source was published cannot be right."""
    published = data.load("sources").set_index("source_id")["published"]
    rows = []
    for name in ("facts", "case_numbers", "news_numbers"):
        frame = data.load(name).dropna(subset=["date"])
        for r in frame.itertuples():
            first = r.date.split("/")[-1]
            if (
                not first.startswith("--")
                and first[: len(published[r.source])] > published[r.source]
            ):
                rows.append(
                    {
                        "check": "date",
                        "erratum_id": None,
                        "evidence": f"{r.id}: {r.date} after {r.source} ({published[r.source]})",
                    }
                )
    return _frame(rows)


CHECKS = [
    claim_mismatches,
    sample_sizes,
    rounded_sums,
    distributions,
    cross_source,
    contents_order,
    dates,
]


def findings() -> pd.DataFrame:
    """All checks' findings, in check order."""
    return pd.concat([check() for check in CHECKS], ignore_index=True)


def expect_explained(found: pd.DataFrame) -> pd.DataFrame:
    """Raise if a finding has no erratum in data/errata.csv; else return the findings.

    Raises:
        AssertionError: listing the unexplained findings.
    """
    bad = found[found["erratum_id"].isna()]
    if len(bad):
        raise AssertionError(
            "unexplained findings (add them to data/errata.csv):\n" + "\n".join(bad["evidence"])
        )
    return found


def errata_table(found: pd.DataFrame) -> pd.DataFrame:
    """data/errata.csv with the checks that detect each erratum ('reading' if none does)."""
    errata = data.load("errata")
    detected = found.groupby("erratum_id").agg(
        detected_by=("check", lambda c: "; ".join(sorted(set(c)))),
        computed_evidence=("evidence", lambda e: " | ".join(e)),
    )
    out = errata.join(detected, on="erratum_id")
    out["detected_by"] = out["detected_by"].fillna("reading")
    out["computed_evidence"] = out["computed_evidence"].fillna("")
    return out[
        [
            "erratum_id",
            "severity",
            "certainty",
            "kind",
            "what_en",
            "evidence",
            "computed_evidence",
            "explanation_en",
            "detected_by",
        ]
    ]
