"""Re-derive each published claim from the published inputs it rests on.

A claim row (data/claims.csv) names a method and its inputs. The method re-derives the value;
the status compares it with what was printed:

- ``reproduced``: the re-derived value, rounded to the printed decimals, is the printed value.
- ``within_rounding``: not exactly, but the inputs' own printed rounding allows it.
- ``consistent``: a bound or a band check holds (the inputs cannot pin the value down).
- ``mismatch``: neither; a finding for the errata.
- ``not_derivable``: the report publishes nothing to derive it from.

Tolerance therefore comes from printed precision, never from a chosen epsilon.
"""

import itertools
import math
from dataclasses import dataclass

import pandas as pd

from . import data, survey
from .rounding import round_half_up

STATUSES = ["reproduced", "within_rounding", "consistent", "mismatch", "not_derivable"]


class ClaimError(AssertionError):
    """Claims whose status differs from the status data/claims.csv expects."""


@dataclass
class Value:
    """A number with the half-width its printed precision implies."""

    x: float
    decimals: int | None = None
    year: int | None = None
    entity: str | None = None
    unit: str | None = None
    scale: float = 1.0  # set when converted to another unit: rounding scales with the value

    @property
    def half(self) -> float:
        return 0.0 if self.decimals is None else 0.5 * 10.0**-self.decimals * self.scale


@dataclass
class Derived:
    """What a method re-derived: a value (with its range) or a ranking, and the status."""

    reproduced: float | str | None
    status: str
    low: float | None = None
    high: float | None = None


def compare(published: Value, x: float, low: float, high: float) -> str:
    """Status of a re-derived number against a printed one."""
    if round_half_up(x, published.decimals) == round_half_up(published.x, published.decimals):
        return "reproduced"
    p_low, p_high = published.x - published.half, published.x + published.half
    return "within_rounding" if low <= p_high and high >= p_low else "mismatch"


def corners(fn, values: list[Value]) -> tuple[float, float, float]:
    """fn at the printed values, and its range over the corners of their rounding boxes.

    Exact for the monotone formulas used here (ratios, powers, sums).
    """
    x = fn(*[v.x for v in values])
    ends = [fn(*c) for c in itertools.product(*[(v.x - v.half, v.x + v.half) for v in values])]
    return x, min(ends), max(ends)


def growth(cur: float, prev: float) -> float:
    """Growth in percent."""
    return (cur / prev - 1) * 100


def cagr(start: float, end: float, years: int) -> float:
    """Average annual (compound) growth in percent."""
    return ((end / start) ** (1 / years) - 1) * 100


def implied_previous(cur: float, growth_pct: float) -> float:
    """The previous-year level a current level and its growth rate imply."""
    return cur / (1 + growth_pct / 100)


def ranking(values: list[Value], k: int) -> list[str]:
    """Entities of the k largest values, largest first (ties keep table order)."""
    ordered = sorted(values, key=lambda v: -v.x if not math.isnan(v.x) else math.inf)
    return [v.entity for v in ordered[:k]]


def _numeric(published: Value, fn, values: list[Value]) -> Derived:
    x, low, high = corners(fn, values)
    return Derived(x, compare(published, x, low, high), low, high)


def m_equals(pub, values):
    return _numeric(pub, lambda a: a, values[:1])


def m_growth(pub, values):
    return _numeric(pub, growth, values)


def m_cagr(pub, values):
    start, end = values
    years = end.year - start.year
    return _numeric(pub, lambda a, b: cagr(a, b, years), values)


def m_sum(pub, values):
    return _numeric(pub, lambda *xs: sum(xs), values)


def in_unit(v: Value, unit: str | None) -> Value:
    """The value expressed in another unit of the same quantity (factors from data/units.csv)."""
    if unit is None or v.unit in (None, unit):
        return v
    factor = data.load("units").set_index("unit_id")["factor"]
    scale = factor[v.unit] / factor[unit]
    return Value(v.x * scale, v.decimals, v.year, v.entity, unit, v.scale * scale)


def m_parts_sum(pub, values):
    """The first input is the published total; the others, in any unit, its parts."""
    total = values[0]
    return _numeric(total, lambda *xs: sum(xs), [in_unit(v, total.unit) for v in values[1:]])


def m_parts_count(pub, values):
    n = len(values) - 1
    return Derived(n, "reproduced" if n == values[0].x else "mismatch", n, n)


def m_count_rows(pub, values):
    n = len(values)
    return Derived(n, "reproduced" if n == pub.x else "mismatch", n, n)


def m_growth_base_bound(pub, values):
    """A growth rate can be at most what the parts published for the base year allow.

    The base-year total is unpublished, but it is at least the sum of its published parts, so
    growth <= current / sum(parts) - 1. Reproduced is that upper bound.
    """
    cur, parts = values[0], values[1:]
    bound = growth(cur.x + cur.half, sum(p.x - p.half for p in parts))
    ok = pub.x - pub.half <= bound
    return Derived(bound, "consistent" if ok else "mismatch", -math.inf, bound)


def _rank_status(pub_text: str, got: list[str]) -> Derived:
    text = ";".join(got)
    return Derived(text, "reproduced" if text == pub_text else "mismatch")


def m_rank(pub, values, text):
    return _rank_status(text, ranking(values, len(text.split(";"))))


def m_rank_growth(pub, values, text):
    by = {}
    for v in values:
        by.setdefault(v.entity, {})[v.year] = v.x
    rates = [Value(growth(ys[max(ys)], ys[min(ys)]), entity=e) for e, ys in by.items()]
    return _rank_status(text, ranking(rates, len(text.split(";"))))


def m_rank_total(pub, values, text):
    """Rank entities by their total across rows; missing cells count as zero (a lower bound)."""
    totals = {}
    for v in values:
        totals[v.entity] = totals.get(v.entity, 0.0) + (0.0 if math.isnan(v.x) else v.x)
    rates = [Value(t, entity=e) for e, t in totals.items()]
    return _rank_status(text, ranking(rates, len(text.split(";"))))


def m_all_above(pub, values):
    """Every value exceeds the threshold (the claim's value, or else the first input)."""
    threshold, rest = (pub, values) if pub is not None else (values[0], values[1:])
    low = min(v.x for v in rest if not math.isnan(v.x))
    return Derived(low, "consistent" if low > threshold.x else "mismatch", low, low)


def _from_zero(bands: pd.DataFrame) -> pd.DataFrame:
    """Bands in order of their floor, an open bottom ('under 10') starting at 0: filled before
    sorting, since a missing floor sorts last and would hide the bottom's coverage."""
    return bands.assign(band_low=bands["band_low"].fillna(0.0)).sort_values("band_low")


def median_interval(bands: pd.DataFrame) -> tuple[float, float]:
    """Bounds on a median given the shares of some (not necessarily all) bands.

    The median lies above an edge when at most 50% can lie below it, and below an edge when
    at most 50% can lie above it. Mass of unpublished bands may sit anywhere not covered by
    published bands; printed rounding is allowed for. Integer bands such as 1-10 and 11-50
    count as adjacent.

    Args:
        bands: rows with band_low, band_high (NaN = open-ended), value (percent), decimals.
    Returns:
        (low, high); high is inf when the data give no upper bound.
    """
    b = _from_zero(bands)
    half = 0.5 * 10.0 ** -b["decimals"]
    low_edge, high_edge = b["band_low"], b["band_high"].fillna(math.inf)
    unknown = max(0.0, 100 - (b["value"] - half).sum())
    covered_to = 0.0  # [0, covered_to] is covered by published bands
    for lo_, hi_ in zip(low_edge, high_edge):
        if lo_ - covered_to > 1:
            break
        covered_to = hi_
    covered_from = math.inf  # [covered_from, inf) is covered by published bands
    for lo_, hi_ in zip(low_edge[::-1], high_edge[::-1]):
        if covered_from - hi_ > 1:  # an open top (hi_ = inf) never breaks: inf - inf is nan
            break
        covered_from = lo_
    lo, hi = 0.0, math.inf
    for t in sorted(set(low_edge) | set(high_edge[high_edge < math.inf])):
        below = (b["value"] + half)[high_edge <= t].sum() + (0 if t <= covered_to else unknown)
        above = (b["value"] + half)[low_edge >= t].sum() + (0 if t >= covered_from else unknown)
        if below < 50:
            lo = max(lo, t)
        if above < 50:
            hi = min(hi, t)
    return lo, hi


def mean_lower_bound(bands: pd.DataFrame) -> float:
    """The smallest mean the published band shares allow (every value at its band's floor).

    Unpublished mass sits at 0, or just above the published bands when they cover [0, edge].
    """
    b = _from_zero(bands)
    low_edge, high_edge = b["band_low"], b["band_high"].fillna(math.inf)
    covered_to = 0.0
    for lo_, hi_ in zip(low_edge, high_edge):
        if lo_ - covered_to > 1:
            break
        covered_to = hi_
    unknown = max(0.0, 100 - b["value"].sum())
    return float((b["value"] * low_edge).sum() + unknown * covered_to) / 100


def m_mean_bands(pub, rows: pd.DataFrame):
    """The published mean against the smallest mean the data allow: the bands alone, or, for a
    question of data/ the audit models, every printed share, the median, every named case and
    every strict inequality at once (`audit.feasibility.mean_floor`)."""
    floor = mean_lower_bound(rows)
    if "question_id" in rows and len(rows):
        from .audit import feasibility

        q = rows["question_id"].iloc[0]
        if q in feasibility.questions():
            tight = feasibility.mean_floor(q)
            floor = floor if math.isnan(tight) else max(floor, tight)
    return Derived(
        floor, "consistent" if pub.x + pub.half >= floor else "mismatch", floor, math.inf
    )


# Questions on a whole-number scale whose extremes the text prints, each given by at least one
# answer (二(一)1: the oldest institution was founded 8 years ago, the newest 1): the facts.
EXTREMES = {"q_founded": ("fact.age_min", "fact.age_max")}


def mean_range(rows: pd.DataFrame) -> tuple[float, float]:
    """The smallest and largest means a question's printed shares allow on a whole-number
    scale with printed extremes (`EXTREMES`): an integer program over each value of the scale,
    each printed share as its count of answers (a sum of rounded shares as its sum, E08)."""
    import numpy as np
    from scipy.optimize import Bounds, LinearConstraint, milp

    q = rows["question_id"].iloc[0]
    facts = data.load("facts").set_index("id")
    least, most = (int(facts.loc[f, "value"]) for f in EXTREMES[q])
    scale = np.arange(least, most + 1)
    rows = rows[rows["year"] == rows["year"].max()]
    counts = survey.per_share(rows, survey.sample_sizes(), survey.stated_sample_size())
    n = int(counts["n"].iloc[0])
    band = rows.set_index("id")[["band_low", "band_high"]]
    a, lo, hi = [], [], []
    for r in counts.itertuples():
        low, high = band.loc[r.id]
        a.append((scale >= low) & (scale <= high))
        lo.append(r.k)
        hi.append(r.k)
    a += [np.ones_like(scale), scale == least, scale == most]  # n answers; both ends taken
    lo += [n, 1, 1]
    hi += [n, n, n]
    rule = LinearConstraint(np.array(a, dtype=float), lo, hi)
    ends = []
    for sign in (1, -1):
        res = milp(
            sign * scale, constraints=rule, integrality=np.ones(len(scale)), bounds=Bounds(0, n)
        )
        if res.status != 0:
            return math.nan, math.nan
        ends.append(float(scale @ np.round(res.x)) / n)
    return ends[0], ends[1]


def m_mean_range(pub, rows: pd.DataFrame):
    """The published mean against the range of means the shares and the scale's ends allow."""
    lo, hi = mean_range(rows)
    ok = lo <= pub.x + pub.half and pub.x - pub.half <= hi
    return Derived(f"{lo:.2f}–{hi:.2f}", "consistent" if ok else "mismatch", lo, hi)


def m_sample_size(pub, rows: pd.DataFrame):
    """The sample size that best explains the exact shares, against the stated one."""
    exact = rows[rows["qualifier"] == "exact"]
    n = survey.explaining_size(survey.scan(exact))
    return Derived(float(n), "reproduced" if n == pub.x else "mismatch", n, n)


def m_median_bands(pub, rows: pd.DataFrame):
    lo, hi = median_interval(rows)
    exact = lo == hi
    ok = lo <= pub.x <= hi
    status = ("reproduced" if exact else "consistent") if ok else "mismatch"
    top = "∞" if hi == float("inf") else f"{hi:g}"  # an open top band: 60–∞, not 60–inf
    return Derived(lo if exact else f"{lo:g}–{top}", status, lo, hi)


NUMERIC = {
    "equals": m_equals,
    "growth": m_growth,
    "cagr": m_cagr,
    "sum": m_sum,
    "parts_sum": m_parts_sum,
    "parts_count": m_parts_count,
    "count_rows": m_count_rows,
    "growth_base_bound": m_growth_base_bound,
    "all_above": m_all_above,
}
BANDED = {"median_bands": m_median_bands, "mean_bands": m_mean_bands, "mean_range": m_mean_range}
RANKED = {"rank": m_rank, "rank_growth": m_rank_growth, "rank_total": m_rank_total}


FIRST_INPUT_IS_PUBLISHED = ("parts_sum", "parts_count", "all_above", "sample_size")


def _table_rows(ref: str) -> pd.DataFrame:
    """Rows named by `table:NAME` or `table:NAME?column=value`."""
    name, _, cond = ref.removeprefix("table:").partition("?")
    frame = data.load(name)
    if cond:
        col, _, val = cond.partition("=")
        frame = frame[frame[col].astype(str) == val]
    frame = frame.assign(entity=frame[data.ENTITY[name]])
    return frame.reset_index(drop=True)


def _values(refs: list[str], inputs: pd.DataFrame, claims: pd.DataFrame) -> list[Value]:
    out = []
    for ref in refs:
        if ref.startswith("table:"):
            rows = _table_rows(ref)
            if "value" not in rows:
                out += [Value(1.0, 0, None, e) for e in rows["entity"]]
                continue
            for _, r in rows.iterrows():
                out.append(Value(r["value"], r["decimals"], r.get("year"), r["entity"]))
        elif ref in inputs.index:
            r = inputs.loc[ref]
            year = None if pd.isna(r["year"]) else int(r["year"])
            out.append(Value(float(r["value"]), int(r["decimals"]), year, r["entity"], r["unit"]))
        else:  # another claim: its published value (a restatement)
            r = claims.loc[ref]
            out.append(Value(float(r["value"]), int(r["decimals"])))
    return out


def derive(claim: pd.Series, inputs: pd.DataFrame, claims: pd.DataFrame) -> Derived:
    """Re-derive one claim (a row of data/claims.csv, indexed by claim_id)."""
    method = claim["method"]
    if method == "none":
        return Derived(None, "not_derivable")
    refs = claim["inputs"].split(";")
    pub = None if pd.isna(claim["value"]) else Value(float(claim["value"]), int(claim["decimals"]))
    if method in BANDED:
        return BANDED[method](pub, _table_rows(refs[0]))
    values = _values(refs, inputs, claims)
    if method == "sample_size":
        return m_sample_size(values[0], _table_rows(refs[1]))
    if method in RANKED:
        return RANKED[method](pub, values, claim["value_text"])
    return NUMERIC[method](pub, values)


def _check_refs(claims: pd.DataFrame, inputs: pd.DataFrame, claim_ids) -> None:
    known = set(inputs.index) | set(claim_ids)
    for line, refs in zip(claims.attrs["line"], claims["inputs"]):
        for ref in [] if pd.isna(refs) else refs.split(";"):
            name = ref.removeprefix("table:").partition("?")[0]
            ok = name in data.names() if ref.startswith("table:") else ref in known
            if not ok:
                raise data.DataError("claims.csv", line, "inputs", "ids of inputs or claims", ref)


def check_all(where: str | None = None) -> pd.DataFrame:
    """Published vs reproduced for every claim, or for those matching `where`.

    Args:
        where: a pandas query over the columns of data/claims.csv, e.g. "item == 'fig01'".
            Only the input tables those claims need are read, so a notebook's cache depends
            on its own tables (see `xjutils.deps`).

    Raises:
        DataError: a claim names an input that does not exist.
    """
    table = data.load("claims")
    table.attrs["line"] = data._load("claims").attrs["line"]
    claims = table.set_index("claim_id")
    chosen = table if where is None else table.query(where)
    chosen.attrs["line"] = table.attrs["line"][chosen.index.to_numpy()]
    chosen = chosen.set_index("claim_id")
    refs = [r for rs in chosen["inputs"].dropna() for r in rs.split(";")]
    ids = [r for r in refs if not r.startswith("table:") and r not in claims.index]
    inputs = data.inputs(ids if where is not None else None)
    _check_refs(chosen, inputs, claims.index)
    rows = []
    for cid, claim in chosen.iterrows():
        got = derive(claim, inputs, claims)
        published = claim["value_text"] if claim["method"] in RANKED else claim["value"]
        places = claim["decimals"]
        if pd.isna(published) and claim["method"] in FIRST_INPUT_IS_PUBLISHED:
            first = inputs.loc[claim["inputs"].split(";")[0]]
            published, places = first["value"], first["decimals"]
        rows.append(
            {
                "claim_id": cid,
                "kind": claim["kind"],
                "section": claim["section"],
                "item": claim["item"],
                "statement_zh": claim["statement_zh"],
                "statement_en": claim["statement_en"],
                "published": published,
                "decimals": places,
                "reproduced": got.reproduced,
                "low": got.low,
                "high": got.high,
                "unit": claim["unit"],
                "status": got.status,
                "expected": claim["expected"],
                "erratum_id": claim["erratum_id"],
            }
        )
    return pd.DataFrame(rows)


def expect(results: pd.DataFrame) -> pd.DataFrame:
    """Raise if any claim's status is not the one data/claims.csv expects; else return the frame.

    Raises:
        ClaimError: listing each unexpected claim with published and reproduced values and its
            inputs, and advising to check data/ before recording an erratum.
    """
    bad = results[results["status"] != results["expected"]]
    if len(bad):
        inputs = data.load("claims").set_index("claim_id")["inputs"].fillna("none")
        lines = [
            f"{r.claim_id}: published {r.published}, reproduced {r.reproduced} -> {r.status}"
            f" (expected {r.expected}; inputs {inputs.get(r.claim_id)})"
            for r in bad.itertuples()
        ]
        advice = data.check_first(
            "the claim does not reproduce (or xjutils changed): record an erratum in "
            "data/errata.csv and set the claim's `expected` in data/claims.csv"
        )
        raise ClaimError(
            "claims that did not come out as expected:\n" + "\n".join(lines) + "\n" + advice
        )
    return results


def tally(results: pd.DataFrame) -> dict[str, int]:
    """How many claims there are (`claims`) and how many have each status: what a chapter's
    sentence about its claims counts."""
    found = results["status"].value_counts()
    return {"claims": len(results)} | {s: int(found.get(s, 0)) for s in STATUSES}


def select(results: pd.DataFrame, sections: list[str]) -> pd.DataFrame:
    """The claims of some sections (e.g. ['前言', '一(一)']), in data/claims.csv order."""
    return results[results["section"].isin(sections)].reset_index(drop=True)
