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
import re
from dataclasses import dataclass

import pandas as pd

from . import data, labels, survey
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
BANDED = {"median_bands": m_median_bands, "mean_bands": m_mean_bands}
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


def _fmt(x, places) -> str:
    if isinstance(x, float):
        if math.isinf(x):
            return "∞" if x > 0 else "−∞"
        return "" if math.isnan(x) else f"{x:.{int(places)}f}"
    return "" if x is None else str(x)


def _whole(x) -> bool:
    return isinstance(x, float) and math.isfinite(x) and x == round(x)


def _computed(x, places, printed) -> str:
    """A reproduced value or a bound: its extra digits (`places`) where they show rounding; a
    whole number (a count: 38, not 38.00) at the printed decimals."""
    return _fmt(x, printed if _whole(x) else places)


def _open(lo, hi, lang: str) -> str:
    """A range in words: one value when its ends meet (38), an open end as 不超过60.27 /
    at most 60.27 and 不低于11.34 / at least 11.34, else 'lo – hi'."""
    if lo == hi:
        return lo
    if lo in ("−∞", "-∞", ""):
        return ["不超过", "at most "][labels.LANGS.index(lang)] + hi
    if hi in ("∞", ""):
        return ["不低于", "at least "][labels.LANGS.index(lang)] + lo
    return f"{lo} – {hi}"


def bounds(lo, hi, places, printed, lang: str) -> str:
    """The range the inputs' rounding allows as a reader reads it (`_open`)."""
    if pd.isna(lo) and pd.isna(hi):
        return ""
    if math.isinf(lo) or math.isinf(hi):  # a limit, not a rounding interval: two decimals
        places = min(places, max(printed, 2))
    return _open(_computed(lo, places, printed), _computed(hi, places, printed), lang)


def _span(x, lang: str):
    """A reproduced range written 'lo–hi' (60–∞) in words (不低于60); anything else as is."""
    if isinstance(x, str):
        m = re.fullmatch(r"(−?∞|-?[\d.]+)\s*[–-]\s*(∞|-?[\d.]+)", x)
        if m:
            return _open(m[1], m[2], lang)
    return x


def _entities(refs: str, lang: str) -> dict:
    """Id → name of the entities a ranking claim ranks (prefectures, platforms, options)."""
    from . import present

    ref = refs.split(";")[0]
    rows = _table_rows(ref) if ref.startswith("table:") else data.load(data.table_of(ref))
    name = ref.removeprefix("table:").partition("?")[0] if ref.startswith("table:") else None
    column = data.ENTITY[name or data.table_of(ref)]
    if column == "option_id":
        return dict(zip(rows["option_id"], rows[f"option_{labels.check_lang(lang)}"]))
    return present.names(present.ENTITIES[column][0], lang)


def ranking_names(claim_id: str, ids: str, lang: str) -> list[str]:
    """The names of what a ranking claim ranks, in the order of `ids` ('a;b;c')."""
    inputs = data.load("claims").set_index("claim_id").at[claim_id, "inputs"]
    known = _entities(inputs, lang)
    return [known.get(e, e) for e in ids.split(";")]


def _shown(x, places, entities: dict | None, lang: str) -> str:
    """A published or reproduced value as the table shows it; a ranking as names."""
    from . import prose

    if isinstance(x, str) and entities is not None and re.fullmatch(r"[a-z0-9_;]+", x):
        return prose.join([entities.get(e, e) for e in x.split(";")], lang)
    return _fmt(_span(x, lang), places)


def table(results: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Published vs reproduced for the chapter's reader, in `lang`: where the report makes
    each statement, the statement, both values (rankings as names), the range the inputs'
    rounding allows, the unit and the status in words, and the erratum.

    `results` (check_all's frame, with claim ids) is what `plots.save_table` keeps.
    """
    from . import present

    t = labels.t
    places = results["decimals"].fillna(0).astype(int)
    inputs = data.load("claims").set_index("claim_id")["inputs"]
    ranked = [
        _entities(inputs[cid], lang) if method_ranked else None
        for cid, method_ranked in zip(
            results["claim_id"], results["published"].map(lambda x: isinstance(x, str))
        )
    ]
    # Units as Chinese writes money (十亿元 → 亿元), then into the header (one unit for all) or
    # after the statement (数值（亿元）, 摘要：2023年交易额（亿元）): no unit column of its own.
    scaled = [present.rescale(u, x, lang) for u, x in zip(results["unit"], results["published"])]
    units = [u for u, _ in scaled]
    shift = [k for _, k in scaled]
    one = {
        "" if pd.isna(u) else u
        for u, x in zip(units, results["published"])
        if not isinstance(x, str)
    }
    # a unit in the headers only when every value is a number in it (no list of names, no
    # date among them); else each statement says its own
    texts = any(isinstance(x, str) for x in results["published"])
    common = one.pop() if len(one) == 1 and not texts else None  # "" : a plain count

    def moved(x, k):
        return x / 10**k if isinstance(x, float) and math.isfinite(x) else x

    def head(key):
        return present._with_unit(t(key, lang), common, lang) if common else t(key, lang)

    return pd.DataFrame(
        {
            present.header("where", lang): [
                present.where(s, i, p, lang=lang)
                for s, i, p in zip(results["section"], results["item"], _pages(results))
            ],
            t("claim", lang): [
                text
                if common is not None or isinstance(x, str) or pd.isna(u)
                else present._with_unit(text, u, lang)
                for text, u, x in zip(results[f"statement_{lang}"], units, results["published"])
            ],
            head("published"): [
                _shown(moved(x, k), max(0, d + k), e, lang)
                for x, d, e, k in zip(results["published"], places, ranked, shift)
            ],
            head("reproduced"): [
                _no_extra_zeros(
                    _shown(moved(x, k), max(0, d + (0 if _whole(moved(x, k)) else 2) + k), e, lang),
                    max(0, d + k),
                )
                for x, d, e, k in zip(results["reproduced"], places, ranked, shift)
            ],
            head("range"): [
                bounds(moved(lo, k), moved(hi, k), max(0, d + 2 + k), max(0, d + k), lang)
                for lo, hi, d, k in zip(results["low"], results["high"], places, shift)
            ],
            # the erratum a status points to in the same cell: no column of its own to squeeze
            t("status", lang): [
                present.value(s, lang)
                + ("" if pd.isna(e) or not e else f"（{e}）" if lang == "zh" else f" ({e})")
                for s, e in zip(results["status"], results["erratum_id"])
            ],
        }
    )


def _no_extra_zeros(text, places: int):
    """A reproduced value with its two extra digits only where they say something: 50.6000
    is shown 50.60 (the published decimals), 60.6683 and 43.425 as computed."""
    if not isinstance(text, str) or not re.fullmatch(r"[−\d,]+\.\d+", text):
        return text
    whole, frac = text.split(".")
    frac = frac.rstrip("0").ljust(places, "0")
    return f"{whole}.{frac}" if frac else whole


def _pages(results: pd.DataFrame) -> list:
    """The page each claim is printed on (data/claims.csv)."""
    if "page" in results:
        return list(results["page"])
    pages = data.load("claims").set_index("claim_id")["page"]
    return [pages.get(c) for c in results["claim_id"]]
