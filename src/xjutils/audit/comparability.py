"""Comparability over time: a comparison across years holds only if the populations match.

Survey editions: each year's shares imply their own sample size; an option printed for two
years is a cross-year comparison, flagged when the implied samples differ. Sources: every
pair of numbers the report and the article share, flagged when their periods differ.
"""

import re

import pandas as pd

from .. import data, sources
from ._frame import frame, sample_sizes

FAMILY = "comparability"
NAME_ZH, NAME_EN = "跨期可比性", "Comparability over time"
SCOPE_ZH = (  # what the family examines, as its row in notebook 08 says it
    "两份文献中每一处跨年度或跨期的比较（图题、占比上升或下降、与上年相比的增速、案例和新闻中的前后对比），"
    "按比较的依据分别判断：跨越前言所述调研对象改变的调查比较不可比，其余为可比、基期仅由增速推出或无从核对；"
    "每道调查题目是否作了跨期比较（退货率、客单价在正文中均无比较）；两期调查均有的选项，其占比是否来自规模相当的"
    "样本，以及两期差异的检验在上年每个可能的样本量下是否都成立；报告与新闻共有的数字是否属于同一时期，"
    "时期不同者换算到共同基础（新闻的月份对报告其后的全年、同一平台对同一平台）后给出判断"
)
SCOPE_EN = (
    "Every comparison across years or editions in either document (chart titles, shares said"
    " to rise or fall, growth on an earlier year, a case's or the article's before and after),"
    " with a verdict from what it rests on: a survey comparison across the change of population"
    " the preface states is not comparable; the others are comparable, rest on a base only"
    " implied, or cannot be checked; every survey question, compared across editions or not"
    " (return rates and order values: nowhere in the text); options printed for two survey"
    " years: samples of the same size or not, and the test of the difference at every sample"
    " size the earlier share allows; numbers both sources give: for the same period or not,"
    " and if not, on a common basis (the article's months against the report's next whole"
    " year, a platform against the same platform) with a verdict"
)


def _editions(rows: list) -> None:
    sizes = sample_sizes()
    shares = data.load("survey_shares")
    for _opt, g in shares.groupby(["question_id", "option_id"]):
        if g["year"].nunique() < 2:
            continue
        ns = {int(y): sizes[int(y)] for y in sorted(g["year"].unique())}
        differ = len(set(ns.values())) > 1
        rows.append(
            {
                "check": "survey_editions",
                "subject": ";".join(g["id"]),
                "evidence": ", ".join(
                    f"{y}: {v}% of n={ns[y]}" for y, v in zip(g["year"], g["value"])
                )
                + "; "
                + _across_sizes(g["option_id"].iloc[0], ns[max(ns)]),
                "found": differ,
            }
        )


def _across_sizes(option_id: str, n_now: int) -> str:
    """The test of two editions at every earlier sample size the earlier share fits (10-200):
    the earlier edition states none, so no one n is the test's."""
    from .. import survey

    t = survey.year_over_year_sizes(option_id, n_now)
    alpha = round(1 - survey.CONFIDENCE, 12)
    verdicts = set(t["p_fisher"] < alpha)
    return (
        "Fisher p by earlier n: "
        + "; ".join(f"n={r.n_before}: {r.p_fisher:.3f}" for r in t.itertuples())
        + (
            f"; below {alpha:g} at {int((t['p_fisher'] < alpha).sum())} of {len(t)}: "
            "the verdict depends on the unstated n"
            if len(verdicts) > 1
            else f"; {'below' if verdicts == {True} else 'not below'} {alpha:g} at every n"
        )
    )


def _sources(rows: list) -> None:
    news = data.load("news_numbers").set_index("id")
    for _, r in sources.compare().iterrows():
        period, cls = news.loc[r.news_ref, "period"], r["class"]
        rows.append(
            {
                "check": "cross_source_period",
                "subject": r.link_id,
                "evidence": f"{r.report_ref} (report2023) vs {r.news_ref} ({period}, "
                f"{news.loc[r.news_ref, 'period_certainty']}): {cls}",
                "found": cls == "contradiction",
                "erratum_id": r.erratum_id if cls == "contradiction" else None,
            }
        )


def _months(period: str) -> int | None:
    """Months in an ISO period '2021-09/2021-11' (3); None for a year or a date."""
    if "/" not in str(period):
        return None
    a, b = str(period).split("/")
    (y0, m0), (y1, m1) = (map(int, a.split("-")[:2]), map(int, b.split("-")[:2]))
    return (y1 - y0) * 12 + m1 - m0 + 1


def _magnitudes(rows: list) -> None:
    """Every news figure of a different period than the report's, set against the report's
    figure for the same measure on a common basis: the article's months against the report's
    nearest whole year after them (its 2022, implied for the totals by the growth rates), the
    same platform against the same platform, with a verdict and why."""
    from .. import platforms

    news = data.load("news_numbers").set_index("id")
    levels = platforms.levels().set_index(["platform_id", "metric", "year"])
    factor = data.load("units").set_index("unit_id")["factor"]
    for _, r in sources.compare().iterrows():
        n = news.loc[r.news_ref]
        months = _months(n["period"])
        parts = str(r.report_ref).split(".")
        if months is None or r["class"] != "different_period" or len(parts) < 3:
            continue
        platform = "all" if parts[0] == "fig01" else parts[1]
        metric = parts[-2]
        year = int(str(n["period"])[:4]) + 1  # the report's nearest whole year after
        if (platform, metric, year) not in levels.index:
            continue
        ref = levels.loc[(platform, metric, year)]
        unit = factor[ref["unit"]]
        value = n["value"] * factor[n["unit"]]
        share = value / (ref["value"] * unit)
        verdict = "possible" if share < 0.5 else "tight"
        rows.append(
            {
                "check": "cross_source_magnitude",
                "subject": r.link_id,
                "evidence": f"{r.news_ref}: {value / 1e8:.2f} (100m yuan) in {months} months of"
                f" {n['period'][:4]}, {r['measure']} of the report's measure; report "
                f"{platform} {metric} {year} (whole year, {ref['status']}): "
                f"{ref['value'] * unit / 1e8:.2f} (100m yuan); the article's {months} months are"
                f" {share:.0%} of the report's next whole year; verdict: {verdict}"
                + (
                    " (a part of a year's measure in a quarter reaching half or more of the whole"
                    " measure a year later: possible only with a steep fall, a heavy season or"
                    " different bases of the two editions)"
                    if verdict == "tight"
                    else ""
                ),
                "found": False,
            }
        )


def _attribution(rows: list) -> None:
    """Which survey the article's survey figures belong to, against what the report says of its
    editions: the article's is of an earlier edition's population (county live bases), the
    report's 2023 survey of another (institutions), so the two surveys' shares are not set
    against each other as one population's."""
    news = data.load("news_numbers")
    survey_rows = news[news["entity"] == "live_bases_survey"]
    changes = data.load("edition_comparisons").query("direction == 'population'")
    years = sorted({int(y) for y in survey_rows["year"].dropna()})
    for c in changes.itertuples():
        before = [y for y in years if y < c.year_to]
        rows.append(
            {
                "check": "cross_source_edition",
                "subject": f"live_bases_survey vs {c.comparison_id}",
                "evidence": f"the article's survey ({len(survey_rows)} numbers, years "
                f"{', '.join(map(str, years))}) is of county live bases; the report says its "
                f"survey changed population {c.year_from}->{c.year_to}: "
                + (
                    "the article's survey predates the change, so its shares belong to the"
                    " earlier population and are not compared with the 2023 institutions'"
                    if before
                    else "no year of the article's survey predates the change"
                ),
                "found": False,
            }
        )


# The verdict on a comparison by what it rests on (data/edition_comparisons.csv `basis`); a
# survey comparison spanning the change of population the preface states is not comparable
# whatever its basis.
VERDICTS = {
    "both_printed": "comparable: both sides printed, one series",
    "earlier_implied": "comparable as one series, but the earlier side is only implied by the"
    " printed growth rate, not printed",
    "earlier_not_printed": "cannot be checked: the earlier side is not printed in either document",
    "comparator_not_printed": "cannot be checked: what it is compared with is not printed",
    "period_not_stated": "comparable as told (one subject, one unit), but the period of each side"
    " is not stated",
    "base_not_stated": "cannot be checked: the increase is printed without what it is on",
}


def verdict(basis: str, spans: list[str]) -> tuple[str, bool]:
    """A comparison's verdict and whether it is a finding: one spanning a stated change of the
    surveyed population compares two populations (a finding); any other is judged by its basis."""
    if spans:
        return "not comparable: spans the change of population the preface states " + ", ".join(
            spans
        ), True
    return VERDICTS[basis], False


def _prose(rows: list) -> None:
    """Every comparison across years or survey editions either document makes
    (data/edition_comparisons.csv), with a verdict: a survey comparison spanning a change of
    the surveyed population compares different populations, whatever the shares; the others
    are judged by what they rest on (both sides printed, one implied, one missing)."""
    table = data.load("edition_comparisons")
    changes = table[table["direction"] == "population"]
    sizes = sample_sizes()
    for r in table.itertuples():
        if r.direction == "population":
            rows.append(
                {
                    "check": "edition_population",
                    "subject": r.comparison_id,
                    "evidence": f"the report states a change of population {r.year_from}->"
                    f"{r.year_to}: {r.what_en}",
                    "found": False,
                }
            )
            continue
        spans = (
            [
                f"{c.year_from}->{c.year_to}"
                for c in changes.itertuples()
                if c.year_from >= r.year_from and c.year_to <= r.year_to
            ]
            if r.series == "survey"
            else []
        )
        before = (
            f"{r.printed_before:g}% (n={sizes.get(int(r.year_from), 'unstated')})"
            if pd.notna(r.printed_before)
            else "no share printed"
        )
        after = f"{r.printed_after:g}%" if pd.notna(r.printed_after) else "no share printed"
        said, found = verdict(r.basis, spans)
        what = (
            f"{r.item} {r.option_id if pd.notna(r.option_id) else 'chart'} {r.direction}"
            f" {r.year_from}-{r.year_to}: before {before}, after {after}"
            if r.series == "survey"
            else f"{r.series} {r.direction} {r.year_from}-{r.year_to} ({r.source} {r.section}):"
            f" {r.what_en}"
        )
        rows.append(
            {
                "check": "edition_population",
                "subject": r.comparison_id,
                "evidence": f"{what}; {said}",
                "found": found,
            }
        )


def _questions(rows: list) -> None:
    """Every survey question: whether the report compares it across editions (a chart titled
    with a span of years, a comparison in data/edition_comparisons.csv) or gives one year only.
    A question compared by neither is examined too: that is where a trend a reader might expect
    (return rates, order values) is looked for and not found."""
    contents = data.load("contents").set_index("item_id")["title_zh"]
    compared = data.load("edition_comparisons").dropna(subset=["question_id"])
    for q in data.load("survey_questions").itertuples():
        span = re.search(r"(\d{4})-(\d{4})", str(contents.get(q.item, "")))
        ids = list(compared.loc[compared["question_id"] == q.question_id, "comparison_id"])
        rows.append(
            {
                "check": "question_editions",
                "subject": q.question_id,
                "evidence": f"{q.item} ({q.topic_en}): title "
                + (f"spans {span.group(1)}-{span.group(2)}" if span else "names one year or none")
                + (
                    f"; compared across editions in {', '.join(ids)}"
                    if ids
                    else "; no comparison across years or editions in the text"
                ),
                "found": bool(span) and not ids,
            }
        )


def examine() -> pd.DataFrame:
    """Cross-year comparisons within the survey and across the two sources."""
    rows: list = []
    _editions(rows)
    _prose(rows)
    _questions(rows)
    _attribution(rows)
    _magnitudes(rows)
    _sources(rows)
    return frame(FAMILY, rows)
