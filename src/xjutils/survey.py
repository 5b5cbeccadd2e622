"""Survey shares as counts: which k out of n institutions a printed share can be.

A share printed to d decimals is k/n for some integer k only if round(100·k/n, d) equals it.
Scanning n shows which sample sizes the data can come from; a share that fits no k/n may be a
sum of separately rounded shares (a chart's bars added up after rounding).
"""

import itertools
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from . import data
from .rounding import round_half_up

CONFIDENCE = 0.95  # level of every interval; 1 - CONFIDENCE is the tests' significance level
SIGNIFICANCE = round(1 - CONFIDENCE, 12)  # 0.05, not 0.050000000000000044


def counts(share: float, decimals: int, n: int) -> list[int]:
    """Every k in 0..n with 100·k/n rounding (half up) to the printed share.

    Exact integer arithmetic: with the share printed as S units of 10^-d, k fits when
    (2S - 1)·n <= 200·k·10^d < (2S + 1)·n.
    """
    return _counts(share, _units(share, decimals), 10 ** int(decimals), n)


def _units(share: float, decimals: int) -> int:
    """The printed share as a whole number of units of its last printed place."""
    return int(round_half_up(share, decimals).scaleb(int(decimals)))


def _counts(share: float, units: int, scale: int, n: int) -> list[int]:
    near = share * n / 100  # only whole numbers next to it can fit
    candidates = range(max(0, int(near) - 1), min(n, int(near) + 2) + 1)
    return [k for k in candidates if (2 * units - 1) * n <= 200 * k * scale < (2 * units + 1) * n]


def interval(k: int, n: int) -> tuple[float, float]:
    """Wilson interval (level CONFIDENCE) for k of n, in percent."""
    from statsmodels.stats.proportion import proportion_confint

    low, high = proportion_confint(k, n, alpha=SIGNIFICANCE, method="wilson")
    return 100 * low, 100 * high


@dataclass(frozen=True)
class Count:
    """A printed share as k of n institutions, with its interval (k None: no k/n fits it)."""

    n: int
    k: int | None
    low: float
    high: float


def as_count(share: float, decimals: int, n: int) -> Count:
    """The smallest k of n that rounds to the share, and its interval (NaN when none does)."""
    ks = counts(share, decimals, n)
    low, high = interval(ks[0], n) if ks else (np.nan, np.nan)
    return Count(n, ks[0] if ks else None, low, high)


def rounded_sums(share: float, decimals: int, n: int, parts: int) -> list[int]:
    """Totals k1+…+kp whose separately rounded shares add up to the printed share.

    Returns:
        The distinct totals (empty if no combination of `parts` rounded shares gives it).
    """
    unit = 10**decimals  # work in integer units of the last printed place
    target = int(round_half_up(share, decimals) * unit)
    rounded = {k: int(round_half_up(100 * k / n, decimals) * unit) for k in range(1, n + 1)}
    totals = set()
    for combo in itertools.combinations_with_replacement(range(1, n + 1), parts):
        if sum(combo) <= n and sum(rounded[k] for k in combo) == target:
            totals.add(sum(combo))
    return sorted(totals)


def exact_shares(year: int | None = None) -> pd.DataFrame:
    """Shares printed as exact numbers (not 'about 70%' or 'all'), optionally of one year."""
    shares = data.load("survey_shares").query("qualifier == 'exact'")
    return shares if year is None else shares[shares["year"] == year]


def scan(shares: pd.DataFrame, sizes=range(10, 101)) -> pd.DataFrame:
    """For each candidate sample size n, how many shares fit some k/n.

    Returns:
        Columns n, fits, shares (the number of shares tested), misfits (their ids).
    """
    rows = []
    printed = [
        (i, value, _units(value, d), 10 ** int(d))
        for i, value, d in zip(shares["id"], shares["value"], shares["decimals"])
    ]
    for n in sizes:
        misfit = [i for i, value, units, scale in printed if not _counts(value, units, scale, n)]
        rows.append(
            {
                "n": n,
                "fits": len(shares) - len(misfit),
                "shares": len(shares),
                "misfits": ";".join(misfit),
            }
        )
    return pd.DataFrame(rows)


def by_fit(result: pd.DataFrame) -> pd.DataFrame:
    """The scan's rows from the sample size that fits most shares down, smaller n first."""
    return result.sort_values(["fits", "n"], ascending=[False, True])


def best_fit(result: pd.DataFrame) -> pd.Series:
    """The scan's row of the smallest sample size that fits the most shares."""
    return by_fit(result).iloc[0]


def explaining_size(result: pd.DataFrame) -> int:
    """The smallest sample size that fits the most shares."""
    return int(best_fit(result)["n"])


@dataclass(frozen=True)
class SampleFit:
    """How many of a scan's shares the explaining sample size n and the stated one fit."""

    n: int
    shares: int
    fits: int
    stated: int
    fits_stated: int

    @property
    def misfits(self) -> int:
        return self.shares - self.fits


def sample_fit(result: pd.DataFrame, stated: int) -> SampleFit:
    """The explaining sample size against the stated one, from a scan that tested both."""
    n, at = explaining_size(result), result.set_index("n")
    return SampleFit(
        n=n,
        shares=int(at.at[n, "shares"]),
        fits=int(at.at[n, "fits"]),
        stated=stated,
        fits_stated=int(at.at[stated, "fits"]),
    )


def stated_and_explaining(result: pd.DataFrame, stated: int) -> pd.DataFrame:
    """The scan's rows at the stated and at the explaining sample size, side by side."""
    return result[result["n"].isin([stated, explaining_size(result)])]


def stated_sample_size() -> int:
    """The number of valid questionnaires the report states (二)."""
    return int(data.load("facts").set_index("id").loc["fact.valid_questionnaires", "value"])


def survey_year_size() -> int:
    """The sample size that explains the survey year's exact shares."""
    sizes = sample_sizes()
    return sizes[max(sizes)]


def per_share(shares: pd.DataFrame, sizes: dict, stated: int) -> pd.DataFrame:
    """Each share as a count at its year's sample size, with its 95% interval and how it fits.

    Args:
        shares: rows of survey_shares.
        sizes: sample size by year (e.g. {2023: 38, 2022: 61}).
        stated: the stated sample size of the survey year, tested alongside.

    Status: `fits` (some k/n rounds to it), `sum_of_rounded` (a sum of 2–3 separately rounded
    shares of n gives it; `k` is then the total), `approx` or `in_words` (qualitative), or
    `misfit`. `fits_stated` says whether the stated sample size would fit it too.
    """
    rows, survey_year = [], max(sizes)
    for r in shares.itertuples():
        d, n = int(r.decimals), sizes[r.year]
        row = {
            "id": r.id,
            "question_id": r.question_id,
            "item": r.item,
            "option_id": r.option_id,
            "option_zh": r.option_zh,
            "option_en": r.option_en,
            "year": r.year,
            "published": r.value,
            "qualifier": r.qualifier,
        }
        ks = counts(r.value, d, n) if r.qualifier == "exact" else []
        status, k = ("fits", ks[0]) if ks else (r.qualifier, None)
        if r.qualifier == "exact" and not ks:
            status = "misfit"
            for parts in (2, 3):
                totals = rounded_sums(r.value, d, n, parts)
                if totals:
                    status, k = f"sum_of_{parts}_rounded", totals[0]
                    break
        if r.qualifier != "exact":
            k = round(r.value * n / 100)
        low, high = interval(k, n) if k is not None else (np.nan, np.nan)
        row.update(
            k=k,
            n=n,
            exact_share=100 * k / n if k is not None else np.nan,
            ci_low=low,
            ci_high=high,
            status=status,
            fits_stated=bool(counts(r.value, d, stated))
            if r.qualifier == "exact" and r.year == survey_year
            else None,
        )
        rows.append(row)
    return pd.DataFrame(rows)


def _nested(bands: pd.DataFrame) -> bool:
    """Whether any two published bands overlap (e.g. 'founded 2021-2022' inside '<= 3 years')."""
    b = bands.dropna(subset=["band_high"]).sort_values("band_low")
    return bool((b["band_low"].to_numpy()[1:] < b["band_high"].to_numpy()[:-1]).any())


def band_sums(shares: pd.DataFrame) -> pd.DataFrame:
    """Sum of the published shares of each question, against what its answer type allows.

    A single-answer question's shares must add to at most 100 (exactly 100 when every band is
    given, allowing for rounding); a multi-answer question's may exceed 100. Nested bands are
    not summed.
    """
    questions = data.load("survey_questions").set_index("question_id")
    current = shares[shares["year"] == shares["year"].max()]
    rows = []
    for qid, g in current.groupby("question_id"):
        total, slack = g["value"].sum(), (0.5 * 10.0 ** -g["decimals"].astype(float)).sum()
        answer = questions.loc[qid, "answer"]
        if answer == "multi":
            status = "multi_over_100" if total > 100 else "multi"
        elif _nested(g):
            status = "nested"
        elif total - slack > 100:
            status = "over_100"
        else:
            status = "complete" if abs(total - 100) <= slack else "partial"
        rows.append(
            {
                "question_id": qid,
                "item": questions.loc[qid, "item"],
                "answer": answer,
                "options_given": len(g),
                "sum": total,
                "rounding": slack,
                "status": status,
            }
        )
    # in the report's order: by figure number (fig2 before fig10), not by question id
    order = pd.DataFrame(rows)
    key = order["item"].map(lambda i: int(re.sub(r"\D", "", str(i)) or 0))
    return order.iloc[key.argsort(kind="stable")].reset_index(drop=True)


def compare_years(k1: int, n1: int, k2: int, n2: int) -> pd.Series:
    """Two independent proportions: score test (statsmodels) and Fisher's exact test (scipy)."""
    from scipy import stats
    from statsmodels.stats.proportion import test_proportions_2indep

    score = test_proportions_2indep(k2, n2, k1, n1, method="score")
    fisher = stats.fisher_exact([[k2, n2 - k2], [k1, n1 - k1]])
    return pd.Series(
        {
            "share_before": 100 * k1 / n1,
            "share_after": 100 * k2 / n2,
            "difference_pp": 100 * (k2 / n2 - k1 / n1),
            "p_score": score.pvalue,
            "p_fisher": fisher.pvalue,
        }
    )


_SIZES: dict = {}  # sample_sizes' results, keyed by the shares' content and the candidates


def sample_sizes(candidates=range(10, 201)) -> dict:
    """The sample size that explains each year's exact shares (the survey year's and earlier).

    A scan of every candidate n for every share, asked for by each survey figure, caption and
    check: computed once per content of the shares (a hash of the table, so an edited or
    planted table is scanned afresh).
    """
    shares = data.load("survey_shares")
    content = int(pd.util.hash_pandas_object(shares, index=False).sum())
    key = (content, candidates.start, candidates.stop, candidates.step)
    if key not in _SIZES:
        years = sorted(shares["year"].unique())
        _SIZES[key] = {int(y): explaining_size(scan(exact_shares(y), candidates)) for y in years}
    return dict(_SIZES[key])


def rejects_equal_shares(comparison: pd.Series) -> bool:
    """Whether either test of `compare_years` rejects equal shares at SIGNIFICANCE."""
    return bool(min(comparison["p_score"], comparison["p_fisher"]) < SIGNIFICANCE)


def year_over_year(option_id: str, n_now: int, sizes=range(10, 201)) -> pd.Series:
    """An option published for two years: each year's smallest fitting n, k, and the tests.

    The earlier year's sample is not stated; the smallest n its share fits is inferred (any
    multiple fits too, which would change the test only through n).
    """
    rows = data.load("survey_shares").query("option_id == @option_id").sort_values("year")
    before, after = rows.iloc[0], rows.iloc[-1]
    n_before = explaining_size(scan(rows.iloc[[0]], sizes))
    k_before = counts(before["value"], int(before["decimals"]), n_before)[0]
    k_after = counts(after["value"], int(after["decimals"]), n_now)[0]
    result = compare_years(k_before, n_before, k_after, n_now)
    head = pd.Series(
        {
            "year_before": before["year"],
            "published_before": before["value"],
            "k_before": k_before,
            "n_before_inferred": n_before,
            "year_after": after["year"],
            "published_after": after["value"],
            "k_after": k_after,
            "n_after": n_now,
        }
    )
    return pd.concat([head, result])


def survey_year(table: pd.DataFrame) -> pd.DataFrame:
    """The rows of a `per_share` table of the survey year (the latest)."""
    return table[table["year"] == table["year"].max()]


def sums_of_rounded(table: pd.DataFrame) -> pd.DataFrame:
    """The survey year's shares that fit no k/n, only a sum of separately rounded shares."""
    now = survey_year(table)
    return now[now["status"].str.startswith("sum_of")]


def nearest_half(table: pd.DataFrame) -> pd.Series:
    """The survey year's share nearest one half, whose interval is about the widest."""
    now = survey_year(table)
    return now.iloc[(now["exact_share"] - 50).abs().argsort()[:1]].iloc[0]


def response(facts: pd.DataFrame) -> dict:
    """Questionnaires returned and valid, and the valid ones' share of those returned (%)."""
    f = facts.set_index("id")["value"]
    returned, valid = f["fact.questionnaires_returned"], f["fact.valid_questionnaires"]
    return {"returned": int(returned), "valid": int(valid), "valid_pct": 100 * valid / returned}


def half_width(shares: pd.DataFrame | pd.Series):
    """Half the width of each interval (or of one row's), in percentage points."""
    return (shares["ci_high"] - shares["ci_low"]) / 2


@dataclass(frozen=True)
class Neighbours:
    """Options next to each other in a chart's ranking: can the data tell them apart?"""

    pairs: int  # neighbouring pairs with counts on both sides
    overlapping: int  # of them, pairs whose intervals overlap
    above: pd.Series  # the closest pair whose counts differ: the higher-ranked option …
    below: pd.Series  # … and the one after it
    gap: int  # institutions between them
    median_half_width: float  # of every ranked share's interval


def neighbours(table: pd.DataFrame) -> Neighbours:
    """Neighbouring ranks of each chart of a `ranked` table: how far apart in institutions, and
    whether their intervals overlap (not a test: the shares come from the same respondents)."""
    steps = table.assign(gap=table.groupby("item")["k"].diff().abs()).dropna(subset=["gap"])
    prev = table.shift(1).loc[steps.index]
    lows = pd.concat([steps["ci_low"], prev["ci_low"]], axis=1).max(axis=1)
    highs = pd.concat([steps["ci_high"], prev["ci_high"]], axis=1).min(axis=1)
    close = steps[steps["gap"] > 0].sort_values(["gap", "item", "rank"]).iloc[0]
    return Neighbours(
        pairs=len(steps),
        overlapping=int((lows < highs).sum()),
        above=prev.loc[close.name],
        below=close,
        gap=int(close["gap"]),
        median_half_width=half_width(table).median(),
    )


SIZES = range(10, 201)  # candidate sample sizes where none is stated


def year_over_year_sizes(option_id: str, n_now: int, sizes=SIZES) -> pd.DataFrame:
    """The year-over-year tests at every earlier sample size in `sizes` that the earlier share
    fits, not only the smallest: one row per (n_before, k_before) with both p-values.

    The earlier edition states no sample size, so any n its printed share fits is as possible
    as the smallest; a verdict that changes across them rests on the unstated n.
    """
    rows = data.load("survey_shares").query("option_id == @option_id").sort_values("year")
    before, after = rows.iloc[0], rows.iloc[-1]
    k_after = counts(after["value"], int(after["decimals"]), n_now)[0]
    out = []
    for n in sizes:
        for k in counts(before["value"], int(before["decimals"]), n):
            test = compare_years(k, n, k_after, n_now)
            out.append({"n_before": n, "k_before": k, "n_after": n_now, "k_after": k_after, **test})
    return pd.DataFrame(out)


def verdict_depends_on_size(sizes: pd.DataFrame, alpha: float = SIGNIFICANCE) -> bool:
    """Whether the Fisher tests of `year_over_year_sizes` disagree at level `alpha`: some
    earlier sample sizes make the change significant and others do not."""
    return (sizes["p_fisher"] < alpha).nunique() > 1


def ranked(table: pd.DataFrame, items: list[str]) -> pd.DataFrame:
    """Shares of the given charts, largest first within each chart, with their rank."""
    part = table[table["item"].isin(items)].copy()
    part["rank"] = part.groupby("item")["published"].rank(ascending=False, method="min")
    return part.sort_values(["item", "rank"]).reset_index(drop=True)
