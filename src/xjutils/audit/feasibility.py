"""Joint feasibility (SPRITE/CORVIDS-type): is there one sample of n answers that gives every
printed share and median of a question at once? An integer program per question.

Band set assumed: the printed bands of a single-answer question, with each gap between them
(and below the first, above the last) filled by one unprinted bar; the fill comes from the
printed band edges alone (data/survey_shares.csv band_low/band_high). Nested printed bands
(e.g. 'at most 3 years' over 'founded 2021-2022') are unions of the finer ones. n is the
sample size that explains the survey year's shares (granularity). The same model gives the
feasible [low, high] count of every bar the text does not print (`bounds`).
"""

import math

import numpy as np
import pandas as pd
from scipy.optimize import Bounds, LinearConstraint, milp

from .. import data, survey
from ._frame import frame, sample_sizes

FAMILY = "feasibility"
NAME_ZH, NAME_EN = "分布可行性检验（SPRITE）", "Joint feasibility (SPRITE-type)"
SCOPE_ZH = (  # what the family examines, as its row in notebook 08 says it
    "每道单选题是否存在同一组回答，能同时给出已印出的全部占比、中位数、均值和正文点名的个案"
    "（整数规划，“超过100”按不少于101计）；并据此求出未印出各档的可行区间和均值的下限"
)
SCOPE_EN = (
    "For each single-answer question, whether one sample of answers gives every printed share, "
    "median, mean and named case at once (an integer program, 'more than 100' as at least 101); "
    "from it, the feasible range of each unprinted bar and the lowest mean"
)


def _integer(printed: pd.DataFrame) -> bool:
    return data.counted(printed["band_unit"].iloc[0])


def _option(r, integer: bool) -> tuple[float, float]:
    """A printed band as (low, high): closed whole-number ranges for counts ('gt100' starts
    at 101), half-open [low, high) for amounts."""
    lo = 0.0 if pd.isna(r.band_low) else float(r.band_low)
    if integer and str(r.option_id).startswith("gt"):
        lo += 1
    return lo, math.inf if pd.isna(r.band_high) else float(r.band_high)


# Named cases: the text names institutions above a threshold of a question's scale without
# printing the bar's share (二(二)4: two named institutions have more than 100 partner firms).
# question -> (fact giving how many are named, fact giving the threshold they exceed)
NAMED = {"q_partners": [("fact.partners_over_100_named", "fact.partner_band_over100")]}


def named(question_id: str, integer: bool) -> list[tuple[int, float]]:
    """(count, floor) of each named case of a question: at least `count` answers at or above
    `floor`; 'more than 100' of a count is at least 101 (a strict inequality kept strict)."""
    facts = data.load("facts").set_index("id")
    out = []
    for count, threshold in NAMED.get(question_id, []):
        floor = float(facts.loc[threshold, "value"])
        if facts.loc[threshold, "qualifier"] == "lower_bound" and integer:
            floor += 1
        out.append((int(facts.loc[count, "value"]), floor))
    return out


def band_set(printed: pd.DataFrame, edges=()) -> list[tuple[float, float]]:
    """Elementary bars: the printed bands' edges (and 0, and any named case's floor in
    `edges`) cut the scale into bars; a gap between printed bands is one unprinted bar."""
    integer = _integer(printed)
    opts = [_option(r, integer) for r in printed.itertuples()]
    step = 1 if integer else 0
    starts = sorted(
        {0.0}
        | {lo for lo, _ in opts}
        | {hi + step for _, hi in opts if hi != math.inf}
        | {float(e) for e in edges}
    )
    return [(a, b - step) for a, b in zip(starts, starts[1:])] + [(starts[-1], math.inf)]


def _printed(printed: pd.DataFrame) -> set:
    integer = _integer(printed)
    return {_option(r, integer) for r in printed.itertuples()}


def _covers(option: tuple, bar: tuple) -> bool:
    return bar[0] >= option[0] and bar[1] <= option[1]


def model(question_id: str, n: int | None = None, mean: bool = True) -> dict:
    """The integer program of one single-answer question: bars, n and the constraints (every
    printed share, the median, the mean unless `mean` is False, and the named cases)."""
    shares = data.load("survey_shares")
    shares = shares[(shares["question_id"] == question_id) & (shares["qualifier"] == "exact")]
    year = shares["year"].max()
    shares = shares[shares["year"] == year]
    n = n or sample_sizes()[int(year)]
    integer = _integer(shares)
    cases = named(question_id, integer)
    bars = band_set(shares, [f for _, f in cases])
    rows, lo, hi, what = [], [], [], []
    for count, floor in cases:
        rows.append([1.0 if b[0] >= floor else 0.0 for b in bars])
        lo.append(count)
        hi.append(n)
        what.append(f"named: at least {count} at {floor:g} or more")
    for r in shares.itertuples():
        opt = _option(r, integer)
        ks = survey.counts(r.value, int(r.decimals), n)
        rows.append([1.0 if _covers(opt, b) else 0.0 for b in bars])
        lo.append(min(ks) if ks else 1)
        hi.append(max(ks) if ks else 0)  # empty range: infeasible, as it should be
        what.append(f"{r.option_id} {r.value}% -> k in {ks or 'none'}")
    claims = data.load("claims")
    for c in claims[claims["inputs"].str.endswith(f"={question_id}")].itertuples():
        if c.method == "median_bands":  # at most half the sample strictly on either side
            m = c.value
            rows.append([1.0 if (b[1] < m if integer else b[1] <= m) else 0.0 for b in bars])
            rows.append([1.0 if b[0] > m else 0.0 for b in bars])
            lo += [0, 0]
            hi += [n // 2, n // 2]
            what.append(f"median {m:g}")
        elif (
            c.method == "mean_bands" and mean
        ):  # every value at its bar's floor: the smallest total
            half = 0.5 * 10.0 ** -int(c.decimals)
            rows.append([b[0] for b in bars])
            lo.append(0)
            hi.append((c.value + half) * n)
            what.append(f"mean {c.value:g}")
    rows.append([1.0] * len(bars))
    lo.append(n)
    hi.append(n)
    return {
        "question_id": question_id,
        "n": n,
        "bars": bars,
        "printed": shares,
        "A": np.array(rows),
        "lo": np.array(lo),
        "hi": np.array(hi),
        "what": what,
    }


def _solve(m: dict, c: np.ndarray):
    res = milp(
        c,
        constraints=LinearConstraint(m["A"], m["lo"], m["hi"]),
        integrality=np.ones(len(m["bars"])),
        bounds=Bounds(0, m["n"]),
    )
    return res if res.status == 0 else None


def mean_floor(question_id: str, n: int | None = None) -> float:
    """The smallest mean the question's printed shares, median and named cases allow at once:
    every answer at its bar's floor, strict inequalities kept strict ('more than 100' of a
    count is 101), an integer program over every bar."""
    m = model(question_id, n, mean=False)
    floors = np.array([b[0] for b in m["bars"]])
    res = _solve(m, floors)
    return math.nan if res is None else float(floors @ np.round(res.x)) / m["n"]


def questions() -> list[str]:
    """Single-answer questions with at least one exact banded share."""
    q = data.load("survey_questions").query("answer == 'single'")["question_id"]
    s = data.load("survey_shares").query("qualifier == 'exact'").dropna(subset=["band_unit"])
    return [x for x in q if x in set(s["question_id"])]


def _label(bar: tuple) -> str:
    return f"{bar[0]:g}-{bar[1]:g}" if bar[1] != math.inf else f"{bar[0]:g}+"


def band_sets() -> pd.DataFrame:
    """The band set assumed per question: every bar, which are printed, and where they come
    from."""
    rows = []
    for q in questions():
        m = model(q)
        printed = _printed(m["printed"])
        rows.append(
            {
                "question_id": q,
                "item": m["printed"]["item"].iloc[0],
                "unit": m["printed"]["band_unit"].iloc[0],
                "bars": "; ".join(_label(b) for b in m["bars"]),
                "printed": "; ".join(_label(b) for b in m["bars"] if b in printed),
                "n": m["n"],
                "source": "edges of the printed bands (survey_shares band_low/band_high) and 0",
            }
        )
    return pd.DataFrame(rows)


def bounds() -> pd.DataFrame:
    """Feasible [low, high] count (and share) of every bar of every question the text does not
    print; columns question_id, option (and its edges bar_low, bar_high: empty when open),
    band_unit, low, high, n, low_pct, high_pct."""
    rows = []
    for q in questions():
        m = model(q)
        printed = _printed(m["printed"])
        for i, bar in enumerate(m["bars"]):
            if bar in printed:
                continue
            e = np.zeros(len(m["bars"]))
            e[i] = 1
            low, high = _solve(m, e), _solve(m, -e)
            if low is None:
                continue
            lo_k, hi_k = round(low.x[i]), round(high.x[i])
            rows.append(
                {
                    "question_id": q,
                    "option": _label(bar),
                    "bar_low": bar[0],
                    "bar_high": bar[1] if bar[1] != math.inf else None,
                    "band_unit": m["printed"]["band_unit"].iloc[0],
                    "low": lo_k,
                    "high": hi_k,
                    "n": m["n"],
                    "low_pct": 100 * lo_k / m["n"],
                    "high_pct": 100 * hi_k / m["n"],
                }
            )
    return pd.DataFrame(
        rows,
        columns=[
            "question_id",
            "option",
            "bar_low",
            "bar_high",
            "band_unit",
            "low",
            "high",
            "n",
            "low_pct",
            "high_pct",
        ],
    )


def examine() -> pd.DataFrame:
    """One row per question: a constructed sample that fits everything printed, or none."""
    rows = []
    for q in questions():
        m = model(q)
        res = _solve(m, np.zeros(len(m["bars"])))
        sample = (
            ", ".join(f"{_label(b)}: {round(x)}" for b, x in zip(m["bars"], res.x))
            if res is not None
            else "no sample exists"
        )
        rows.append(
            {
                "check": "joint_sample",
                "subject": q,
                "evidence": f"n={m['n']}; " + "; ".join(m["what"]) + f" => {sample}",
                "found": res is None,
            }
        )
    return frame(FAMILY, rows)
