"""Granularity (GRIM-type): a share of n whole answers is k/n; a mean of whole numbers is S/n.

Every exact share is tested against every sample size in play (the stated one and the one
that explains the most shares); a share no k/n gives is a finding unless it is a sum of
separately rounded k/n. The news article's survey shares are tested per paragraph.
"""

import pandas as pd

from .. import data, survey
from ..rounding import round_half_up
from ._frame import frame, sample_sizes

FAMILY = "granularity"
NAME_ZH, NAME_EN = "颗粒度（GRIM类）", "Granularity (GRIM-type)"
SCOPE_ZH = (  # what the family examines, as its row in notebook 08 says it
    "第二、四章以两位小数列出的每个占比能否写成整数个回答之比k/n"
    "（n取报告所称样本量和最能解释占比的样本量），每个整数均值能否写成S/n；"
    "新闻所引调查的占比逐段检验"
)
SCOPE_EN = (
    "Whether each two-decimal share of Parts 2 and 4 is some k/n (n: the stated sample size and"
    " the one that best explains the shares) and each whole-number mean some S/n; the news"
    " article's survey shares, paragraph by paragraph"
)


def mean_fits(mean: float, decimals: int, n: int) -> bool:
    """Whether some whole total S gives S/n rounding to the printed mean."""
    near = round(mean * n)
    return any(
        round_half_up(s / n, decimals) == round_half_up(mean, decimals)
        for s in range(max(0, near - 2), near + 3)
    )


def _report(rows: list) -> None:
    stated = int(data.load("facts").set_index("id").loc["fact.valid_questionnaires", "value"])
    sizes = sample_sizes()
    year = max(sizes)
    best = sizes[year]
    table = survey.per_share(survey.exact_shares(year), {year: best}, stated)
    for r in table.itertuples():
        d = int(data.load("survey_shares").set_index("id").loc[r.id, "decimals"])
        fits = {n: survey.counts(r.published, d, n) for n in sorted({stated, best})}
        summed = r.status.startswith("sum_of_")
        found = not fits[stated] or summed
        rows.append(
            {
                "check": "rounded_sum" if summed else "share_of_n",
                "subject": r.id,
                "evidence": f"{r.published}: "
                + "; ".join(f"n={n}: k={ks or 'none'}" for n, ks in fits.items())
                + (f"; {r.status.replace('_', ' ')} total {r.k} of {best}" if summed else ""),
                "found": found,
            }
        )


def _means(rows: list) -> None:
    claims = data.load("claims").query("method == 'mean_bands'")
    stated = int(data.load("facts").set_index("id").loc["fact.valid_questionnaires", "value"])
    best = max(sample_sizes().items())[1]
    for c in claims.itertuples():
        whole = data.load("survey_shares")
        whole = whole[whole["question_id"] == c.inputs.split("=")[-1]]
        if not data.counted(whole["band_unit"].iloc[0]):
            continue  # order values in yuan need not be whole numbers
        fits = {n: mean_fits(c.value, int(c.decimals), n) for n in sorted({stated, best})}
        rows.append(
            {
                "check": "mean_of_n",
                "subject": c.claim_id,
                "evidence": f"mean {c.value}: "
                + "; ".join(f"n={n}: {'fits' if ok else 'no S/n'}" for n, ok in fits.items()),
                "found": not all(fits.values()),
            }
        )


def _news(rows: list) -> None:
    news = data.load("news_numbers").query("unit == 'percent' and qualifier == 'exact'")
    news = news[news.groupby("entity")["id"].transform("size") > 1]
    fits = {
        sec: survey.explaining_size(survey.scan(g, range(10, 201)))
        for sec, g in news.groupby("section")
    }
    split = len(set(fits.values())) > 1
    # the one count the article states: the demonstration counties surveyed
    counties = int(
        data.load("news_numbers").set_index("id").loc["news.para46.surveyed_counties", "value"]
    )
    for r in news.itertuples():
        n = fits[r.section]
        rows.append(
            {
                "check": "news_share_of_n",
                "subject": r.id,
                "evidence": f"{r.value}: paragraph's best n={n}, "
                f"k={survey.counts(r.value, int(r.decimals), n)}"
                + f"; other paragraphs' n: {sorted(set(fits.values()) - {n}) or 'same'}"
                + f"; counties n={counties}: "
                f"k={survey.counts(r.value, int(r.decimals), counties) or 'none'}",
                "found": split,
            }
        )


def examine() -> pd.DataFrame:
    """Every exact share and whole-number mean against every sample size in play."""
    rows: list = []
    _report(rows)
    _means(rows)
    _news(rows)
    return frame(FAMILY, rows)
