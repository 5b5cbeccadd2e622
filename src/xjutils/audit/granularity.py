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
NAME_ZH, NAME_EN = "整数可得性检验（GRIM）", "Granularity (GRIM-type)"
SCOPE_ZH = (  # what the family examines, as its row in notebook 08 says it
    "第二、四章以两位小数列出的每个占比能否写成整数个回答之比k/n"
    "（n取报告所称样本量和最能解释占比的样本量），每个均值能否写成S/n"
    "（以元计的均值未必由整数构成，按“整数作答”的前提报告附条件结论并评估前提）；"
    "新闻所引调查的每个占比对照各占比共同吻合的样本量检验"
)
SCOPE_EN = (
    "Whether each two-decimal share of Sections 2 and 4 is some k/n (n: the stated sample size and"
    " the one that best explains the shares) and each mean some S/n (a mean in yuan need not be"
    " of whole numbers: its result is reported under that premise, judged); each share of the"
    " news article's survey against the sample size the others share"
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


def spans(ns: list[int], dash: str = "–", sep: str = ", ") -> str:
    """Whole numbers as runs: [41, 42, 43, 81] -> '41–43, 81'."""
    out, run = [], []
    for n in sorted(ns):
        if run and n != run[-1] + 1:
            out.append(run)
            run = []
        run.append(n)
    if run:
        out.append(run)
    return sep.join(f"{r[0]}{dash}{r[-1]}" if len(r) > 1 else f"{r[0]}" for r in out) or "none"


# A premise whose truth the data cannot settle, with our judgement of it, in both languages:
# a check that needs it reports its result under it (conditional) instead of skipping.
PREMISES = {
    "whole_yuan": {
        "en": "each institution answered a whole number of yuan",
        "zh": "各机构均以整数元作答",
        "plausibility": "possible",
        "why_en": "an average order value given from memory is usually a round number of yuan, "
        "but one computed from sales (turnover over orders) has a fraction; the questionnaire is "
        "not published, and the bands the text prints fit either",
        "why_zh": "凭印象填报的客单价通常是整数元，而按销售额除以订单数算出的客单价带有小数；"
        "问卷未公开，正文给出的分档与两种情形都不矛盾",
    },
    "one_base_per_county": {
        "en": "the article's survey counted one base in each demonstration county surveyed",
        "zh": "新闻所引调查在每个受访示范县只统计一个直播基地",
        "plausibility": "unlikely",
        "why_en": "the article counts bases, not counties, and names two bases hosting over a "
        "hundred merchants among others; most of its shares fit one sample of a little over "
        "sixty bases, more than the counties",
        "why_zh": "文章统计的是直播基地而非县，且提到入驻商家超百家的基地；多数占比与60余家基地的"
        "同一样本吻合，多于受访县数",
    },
}


def county_fits() -> dict:
    """The news survey's shares against k/n for n the counties surveyed: which fit."""
    news = _news_shares()
    n = int(data.load("news_numbers").set_index("id").loc["news.para46.surveyed_counties", "value"])
    fits = {r.id: bool(survey.counts(r.value, int(r.decimals), n)) for r in news.itertuples()}
    return {"n": n, "fits": fits}


def _news_shares() -> pd.DataFrame:
    news = data.load("news_numbers").query("unit == 'percent' and qualifier == 'exact'")
    return news[news.groupby("entity")["id"].transform("size") > 1]


def whole_mean(claim_id: str) -> dict:
    """A printed mean against S/n for the stated n and the n that explains the shares, and
    every n up to twice the latter that some whole total S gives it."""
    c = data.load("claims").set_index("claim_id").loc[claim_id]
    stated = int(data.load("facts").set_index("id").loc["fact.valid_questionnaires", "value"])
    best = max(sample_sizes().items())[1]
    d = int(c["decimals"])
    return {
        "value": float(c["value"]),
        "decimals": d,
        "fits": {n: mean_fits(c["value"], d, n) for n in sorted({stated, best})},
        "top": 2 * best,
        "near": [n for n in range(10, 2 * best + 1) if mean_fits(c["value"], d, n)],
    }


def _means(rows: list) -> None:
    claims = data.load("claims").query("method == 'mean_bands'")
    for c in claims.itertuples():
        whole = data.load("survey_shares")
        whole = whole[whole["question_id"] == c.inputs.split("=")[-1]]
        w = whole_mean(c.claim_id)
        row = {
            "check": "mean_of_n",
            "subject": c.claim_id,
            "evidence": f"mean {c.value}: "
            + "; ".join(f"n={n}: {'fits' if ok else 'no S/n'}" for n, ok in w["fits"].items()),
            "found": not all(w["fits"].values()),
        }
        if not data.counted(whole["band_unit"].iloc[0]):  # amounts need not be whole numbers
            p = PREMISES["whole_yuan"]
            row.update(
                check="mean_of_n_conditional",
                evidence=f"if whole: {row['evidence']}; n in 10-{w['top']} that fit: "
                f"{spans(w['near'])}",
                found=False,
                premise=p["en"],
                plausibility=f"{p['plausibility']}: {p['why_en']}",
                found_if_premise=not all(w["fits"].values()),
            )
        rows.append(row)


def _news(rows: list) -> None:
    """Each share of the article's survey against the sample size that fits the most of them
    (all paragraphs together), and against each paragraph's own best size and the counties."""
    news = _news_shares()
    sizes = range(10, 201)
    common = survey.explaining_size(survey.scan(news, sizes))
    fits = {
        sec: survey.explaining_size(survey.scan(g, sizes)) for sec, g in news.groupby("section")
    }
    # the one count the article states: the demonstration counties surveyed
    counties = int(
        data.load("news_numbers").set_index("id").loc["news.para46.surveyed_counties", "value"]
    )
    for r in news.itertuples():
        d = int(r.decimals)
        ks = survey.counts(r.value, d, common)
        near = [n for n in range(common - 15, common + 16) if survey.counts(r.value, d, n)]
        rows.append(
            {
                "check": "news_share_of_n",
                "subject": r.id,
                "evidence": f"{r.value}: common n={common}: k={ks or 'none'}"
                f"; paragraph's best n={fits[r.section]}"
                f"; n within 15 of {common} that fit: {spans(near)}"
                f"; counties n={counties}: k={survey.counts(r.value, d, counties) or 'none'}",
                "found": not ks,
            }
        )


def _news_counties(rows: list) -> None:
    """Conditional: if the survey counted one base per county, every share is some k/57."""
    c = county_fits()
    p = PREMISES["one_base_per_county"]
    misfit = [i for i, ok in c["fits"].items() if not ok]
    rows.append(
        {
            "check": "news_share_of_counties",
            "subject": "news survey: n = counties",
            "evidence": f"if n={c['n']}: {len(c['fits']) - len(misfit)} of {len(c['fits'])} "
            f"shares fit; no k/{c['n']}: {', '.join(misfit) or 'none'}",
            "found": False,
            "premise": p["en"],
            "plausibility": f"{p['plausibility']}: {p['why_en']}",
            "found_if_premise": bool(misfit),
        }
    )


def examine() -> pd.DataFrame:
    """Every exact share and whole-number mean against every sample size in play."""
    rows: list = []
    _report(rows)
    _means(rows)
    _news(rows)
    _news_counties(rows)
    return frame(FAMILY, rows)
