"""Every figure of the notebooks, drawn by the same xjutils calls the notebooks make.

The layout test draws them all in both languages; keeping the list here (not in the test)
means a new figure in a notebook is one line here, next to the functions it calls.
"""

from collections.abc import Callable, Iterator

from . import cases, claims, data, overall, platforms, prefectures, recommendations, survey


def _survey(charts: list[str], per_year: bool):
    from . import survey_figures

    def draw(lang: str):
        stated = int(data.load("facts").set_index("id").loc["fact.valid_questionnaires", "value"])
        shares = data.load("survey_shares").query("item in @charts")
        if per_year:
            sizes = survey.sample_sizes()
        else:
            sizes = {int(shares["year"].max()): survey.explaining_size(survey.scan(shares))}
        per_share = survey.per_share(shares, sizes, stated)
        yield from survey_figures.charts(per_share, charts, lang)

    return draw


def _scan(lang: str):
    from . import survey_figures

    charts = [f"fig{i:02d}" for i in range(2, 16)]  # noqa: F841 (read by DataFrame.query)
    stated = int(data.load("facts").set_index("id").loc["fact.valid_questionnaires", "value"])
    scan = survey.scan(survey.exact_shares(2023).query("item in @charts"))
    yield "ext04a", survey_figures.figure_scan(scan, stated, lang)


def _single(fig_id: str, draw: Callable) -> Callable:
    def gen(lang: str):
        yield fig_id, draw(lang)

    return gen


def drawers() -> list[Callable]:
    """One generator function per figure (or group of figures), in notebook order."""
    checked = claims.check_all()
    gmv, levels = prefectures.gmv(), platforms.levels()
    return [
        _single("fig01", lambda lang: overall.figure(overall.series(), lang)),
        _single("tab01", lambda lang: prefectures.figure_gmv(gmv, lang, checked)),
        _single("ext02a", lambda lang: prefectures.figure_tiles(gmv, lang)),
        _single("tab03", lambda lang: prefectures.figure_topics(prefectures.topics(), lang)),
        _single(
            "ext02b",
            lambda lang: prefectures.figure_topics_vs_gmv(lang, prefectures.topics_vs_gmv()),
        ),
        _single("tab02", lambda lang: platforms.figure_table2(levels, lang, checked)),
        _single("ext03a", lambda lang: platforms.figure_shares(platforms.shares(levels), lang)),
        _single("ext03b", lambda lang: platforms.figure_ratios(platforms.ratios(levels), lang)),
        _scan,
        _survey([f"fig{i:02d}" for i in range(2, 16)], per_year=True),
        _single("ext05a", lambda lang: cases.figure(cases.numbers(), lang)),
        _survey([f"fig{i}" for i in range(23, 29)], per_year=False),
        _single(
            "ext07a",
            lambda lang: recommendations.figure(
                recommendations.matrix(recommendations.evidence()), lang
            ),
        ),
    ]


def figures(lang: str) -> Iterator[tuple[str, object]]:
    """(figure id, matplotlib figure) for every figure, one at a time; close each after use."""
    for draw in drawers():
        yield from draw(lang)
