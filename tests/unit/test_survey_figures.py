"""The survey charts draw only what the text keeps, and say what is missing."""

from xjutils import data, plots, survey, survey_figures

CHARTS = [f"fig{i:02d}" for i in range(2, 16)]


def per_share():
    shares = data.load("survey_shares").query("item in @CHARTS")
    return survey.per_share(shares, survey.sample_sizes(), survey.stated_sample_size())


def test_no_chart_keeping_one_or_two_options_stands_alone():
    table = per_share()
    kept = table[table["year"] == 2023].groupby("item").size()
    for fig_id, items in survey_figures.layout(table, CHARTS):
        if len(items) == 1 and items[0] in kept.index:
            assert kept[items[0]] > survey_figures.COMPACT, fig_id
    assert ("fig11-15", ["fig11", "fig12", "fig14", "fig15"]) in survey_figures.layout(
        table, CHARTS
    )


def test_a_caption_says_which_years_the_text_drops():
    table = per_share()
    assert "2021–2022" in survey_figures.kept_note(table, "fig14", "en")
    assert "2021" in survey_figures.kept_note(table, "fig03", "zh")


def test_the_sample_note_carries_inferred_and_stated_n_and_the_erratum():
    note = survey_figures.sample_note(per_share(), "en")
    assert "n = 38" in note and "states 37" in note and "E07" in note


def test_wilson_interval_is_computed_from_the_answers():
    low, high = survey_figures.wilson([100.0] * 6 + [0.0] * 32)
    assert (low, high) == survey.interval(6, 38)
    assert low < 100 * 6 / 38 < high


def test_a_chart_without_a_single_value_is_listed_not_drawn():
    items = [f"fig{i}" for i in range(23, 29)]
    shares = data.load("survey_shares").query("item in @items")
    silent = survey_figures.unquantified(shares, items)
    assert list(silent["item"]) == ["fig27"]  # the text gives no share of 图27
    row = silent.iloc[0]
    assert (row["section"], row["page"]) == ("四(二)1", 23)
    assert "降低物流费用" in row["known_zh"] and "logistics" in row["known_en"]
    per = survey.per_share(shares, survey.sample_sizes(), survey.stated_sample_size())
    plots.use("zh")
    drawn = []
    for fig_id, fig in survey_figures.charts(per, items, "zh"):
        drawn.append(fig_id)
        plots.close(fig)
    assert "fig27" not in drawn and "fig26" in drawn
