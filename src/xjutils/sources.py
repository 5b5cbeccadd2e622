"""The news article as a second source: compare the numbers both sources give.

Each pair in data/source_links.csv is classified from its declared relation (same measure,
a subset, or a different measure) and the two values in base units (data/units.csv):

- ``agree``: same measure and period, equal within printed rounding.
- ``lower_bound``: one side is a lower bound ('over 1 million') and the other respects it.
- ``consistent_subset``: the news figure covers a subset and does not exceed the report's.
- ``different_measure`` / ``different_period``: not comparable as numbers (a subset of
  another period is a different period).
- ``contradiction``: none of the above holds.
"""

import pandas as pd

from . import data, survey

# Sample sizes the article's survey of county live-streaming bases may have had (none is stated).
BASE_SURVEY_SIZES = range(20, 121)


def _base(row: pd.Series, factor: pd.Series) -> tuple[float, float, float]:
    """Value, low and high in base units, widened by printed rounding."""
    half = 0.5 * 10.0 ** -int(row["decimals"])
    f = factor[row["unit"]]
    return row["value"] * f, (row["value"] - half) * f, (row["value"] + half) * f


def classify(link: pd.Series, inputs: pd.DataFrame, factor: pd.Series) -> dict:
    """Classify one link; returns both values in base units and the class."""
    if link["measure"] == "different" or link["report_ref"] not in inputs.index:
        return {"report_base": None, "news_base": None, "class": "different_measure"}
    rep, news = inputs.loc[link["report_ref"]], inputs.loc[link["news_ref"]]
    r, r_lo, r_hi = _base(rep, factor)
    n, n_lo, n_hi = _base(news, factor)
    if link["measure"] == "subset" and link["period"] == "different":
        cls = "different_period"  # a subset of another period bounds nothing
    elif link["measure"] == "subset":
        cls = "consistent_subset" if n_lo <= r_hi else "contradiction"
    elif "lower_bound" in (rep["qualifier"], news["qualifier"]):
        bound, other = (r_lo, n_hi) if rep["qualifier"] == "lower_bound" else (n_lo, r_hi)
        cls = "lower_bound" if other >= bound else "contradiction"
    elif n_hi >= r_lo and n_lo <= r_hi:
        cls = "agree"
    else:
        cls = "different_period" if link["period"] == "different" else "contradiction"
    return {"report_base": r, "news_base": n, "class": cls}


def compare() -> pd.DataFrame:
    """Every link with both provenances, both values in base units, and its class."""
    # Load inputs
    links = data.load("source_links")
    inputs = data.inputs(list(links["report_ref"]) + list(links["news_ref"]))
    qualifiers = pd.concat(
        [
            data.load(t).set_index("id")["qualifier"]
            for t in ("case_numbers", "news_numbers", "facts")
        ]
    )
    inputs = inputs.join(qualifiers.rename("qualifier"))
    inputs["qualifier"] = inputs["qualifier"].fillna("exact")
    factor = data.load("units").set_index("unit_id")["factor"]
    # Process data
    rows = [link.to_dict() | classify(link, inputs, factor) for _, link in links.iterrows()]
    return pd.DataFrame(rows)


def expect(frame: pd.DataFrame) -> pd.DataFrame:
    """Raise if a link's class is not the expected one; else return the frame.

    Raises:
        AssertionError: listing each unexpected link.
    """
    bad = frame[frame["class"] != frame["expected"]]
    if len(bad):
        raise AssertionError(
            "links that did not come out as expected:\n"
            + "\n".join(
                f"{r.link_id}: {r['class']} (expected {r.expected})" for _, r in bad.iterrows()
            )
            + "\n"
            + data.check_first("set the link's `expected` in data/source_links.csv")
        )
    return frame


def base_survey_scan() -> pd.DataFrame:
    """Which sample sizes the shares of the article's survey of county bases fit (`survey.scan`).

    The article gives no sample size: if no n fits every share, they need not share a sample.
    """
    news = data.load("news_numbers")
    shares = news[(news["unit"] == "percent") & news["section"].isin(["para46", "para47"])]
    return survey.scan(shares, BASE_SURVEY_SIZES)


def misfits(fit: pd.Series, lang: str) -> list[str]:
    """What the article's shares that a scan row's n does not fit describe."""
    ids = [i for i in str(fit["misfits"]).split(";") if i]
    return list(data.load("news_numbers").set_index("id").loc[ids, f"what_{lang}"])


# Classes of `classify` under which two numbers were compared as numbers at all.
COMPARED = ("agree", "consistent_subset", "lower_bound", "contradiction")


def compared(frame: pd.DataFrame) -> int:
    """How many links were compared as numbers; the rest differ in period or measure, so saying
    'none contradicts' of them would claim a check never made."""
    return int(frame["class"].isin(COMPARED).sum())


def contradictions(frame: pd.DataFrame) -> pd.DataFrame:
    """The links classed `contradiction`, with what the article's number describes and both
    numbers as printed (value, unit, decimals; `news_` and `report_`), to be said with them."""
    bad = frame[frame["class"] == "contradiction"]
    printed = data.inputs(list(bad["report_ref"]) + list(bad["news_ref"]))[
        ["value", "unit", "decimals"]
    ]
    what = data.load("news_numbers").set_index("id")[["what_zh", "what_en"]]
    return (
        bad[["link_id", "news_ref", "report_ref", "erratum_id"]]
        .join(what, on="news_ref")
        .join(printed.add_prefix("news_"), on="news_ref")
        .join(printed.add_prefix("report_"), on="report_ref")
        .reset_index(drop=True)
    )
