"""Every figure of the notebooks, drawn by the same xjutils calls the notebooks make.

The layout test draws them all in both languages; keeping the list here (not in the test)
means a new figure in a notebook is one line here, next to the functions it calls. The
inputs are computed once and shared by both languages (the scans and the bootstrap are slow).
"""

import functools
from collections.abc import Iterator

from . import cases, claims, data, overall, platforms, prefectures, recommendations, survey

CHAPTER_2 = [f"fig{i:02d}" for i in range(2, 16)]
CHAPTER_4 = [f"fig{i}" for i in range(23, 29)]


@functools.cache
def inputs() -> dict:
    """What the notebooks compute before drawing, computed as they compute it."""
    stated = int(data.load("facts").set_index("id").loc["fact.valid_questionnaires", "value"])
    shares = data.load("survey_shares")
    ch2, ch4 = shares[shares["item"].isin(CHAPTER_2)], shares[shares["item"].isin(CHAPTER_4)]
    size4 = survey.explaining_size(survey.scan(ch4))
    exact2 = survey.exact_shares(2023)
    levels = platforms.levels()
    return {
        "checked": claims.check_all(),
        "series": overall.series(),
        "gmv": prefectures.gmv(),
        "topics": prefectures.topics(),
        "corr": prefectures.topics_vs_gmv(),
        "levels": levels,
        "shares": platforms.shares(levels),
        "ratios": platforms.ratios(levels),
        "stated": stated,
        "scan": survey.scan(exact2[exact2["item"].isin(CHAPTER_2)]),
        "per_share_2": survey.per_share(ch2, survey.sample_sizes(), stated),
        "per_share_4": survey.per_share(ch4, {int(ch4["year"].max()): size4}, stated),
        "numbers": cases.numbers(),
        "matrix": recommendations.matrix(recommendations.evidence()),
    }


def figures(lang: str) -> Iterator[tuple[str, object]]:
    """(figure id, matplotlib figure) for every figure, one at a time; close each after use."""
    from . import survey_figures

    x = inputs()
    yield "fig01", overall.figure(x["series"], lang)
    yield "tab01", prefectures.figure_gmv(x["gmv"], lang, x["checked"])
    yield "ext02a", prefectures.figure_tiles(x["gmv"], lang)
    yield "tab03", prefectures.figure_topics(x["topics"], lang)
    yield "ext02b", prefectures.figure_topics_vs_gmv(lang, x["corr"])
    yield "tab02", platforms.figure_table2(x["levels"], lang, x["checked"])
    yield "ext03a", platforms.figure_shares(x["shares"], lang)
    yield "ext03b", platforms.figure_ratios(x["ratios"], lang)
    yield "ext04a", survey_figures.figure_scan(x["scan"], x["stated"], lang)
    yield from survey_figures.charts(x["per_share_2"], CHAPTER_2, lang)
    yield "ext05a", cases.figure(x["numbers"], lang)
    yield from survey_figures.charts(x["per_share_4"], CHAPTER_4, lang)
    yield "ext07a", recommendations.figure(x["matrix"], lang)
