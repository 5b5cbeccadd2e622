"""The survey charts: the report's order, bars with intervals, nested bands as nested, the
ranges the printed values imply apart from them, and no erratum inside an image."""

import re

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from matplotlib.text import Text

from xjutils import data, plots, survey, survey_figures
from xjutils.audit import feasibility

CHARTS = [f"fig{i:02d}" for i in range(2, 16)]


def per_share(items=CHARTS):
    shares = data.load("survey_shares").query("item in @items")
    return survey.per_share(shares, survey.sample_sizes(), survey.stated_sample_size())


def texts(fig) -> str:
    return "\n".join(t.get_text() for t in fig.findobj(Text) if t.get_visible())


def test_figures_follow_the_report_order_with_the_compact_charts_gathered_last():
    order = survey_figures.layout(per_share(), CHARTS)
    assert [f for f, _ in order] == ["fig03", "fig05", "fig09", "fig10", "fig13", "fig02-15"]
    gathered = dict(order)["fig02-15"]
    assert gathered == sorted(gathered) and "fig13" not in gathered
    assert survey_figures.gathered("fig02-15") == gathered
    # A lone compact chart keeps its place (图25 between 图24 and 图26).
    later = [f"fig{i}" for i in range(23, 29)]
    assert [f for f, _ in survey_figures.layout(per_share(later), later)] == later


def test_the_order_holds_on_hand_made_charts():
    rows = [("fig01", 3), ("fig02", 1), ("fig03", 4), ("fig04", 2), ("fig05", 3)]
    table = pd.DataFrame(
        [{"item": i, "year": 2023, "option_id": f"o{k}"} for i, n in rows for k in range(n)]
    )
    items = [i for i, _ in rows]
    assert survey_figures.layout(table, items) == [
        ("fig01", ["fig01"]),
        ("fig03", ["fig03"]),
        ("fig05", ["fig05"]),
        ("fig02-04", ["fig02", "fig04"]),
    ]


def test_a_nested_band_is_drawn_under_the_band_that_contains_it():
    table = per_share()
    bars = survey_figures.rows(table[table["item"] == "fig02"], "zh")
    assert list(bars["label"]) == ["成立不超过3年", "其中：2021—2022年成立"]
    assert bars["summed"].all()  # both are sums of rounded shares, marked †
    assert bars["nested_in"].iloc[0] is None and bars["nested_in"].iloc[1] == (1.0, 3.0)


def test_unprinted_bars_take_their_feasible_range_in_band_order():
    table = per_share()
    bars = survey_figures.rows(table[table["item"] == "fig06"], "en", feasibility.bounds())
    assert list(bars["label"]) == [
        "At most 10 persons",
        "11–50 staff",
        "51–100 persons",
        "Over 100 staff",
    ]
    assert list(bars["kind"]) == ["range", "exact", "range", "exact"]
    assert bars.loc[0, "text"] == "0.0–39.5%"
    basket = survey_figures.rows(table[table["item"] == "fig12"], "zh", feasibility.bounds())
    assert basket.iloc[-1][["label", "text"]].tolist() == ["60元及以上", "52.6%"]  # determined


def test_a_complete_distribution_is_bars_with_intervals_from_zero():
    plots.use("en")
    table = per_share()
    fig = survey_figures.figure(table, ["fig05"], "en")
    ax = fig.axes[0]
    assert len(ax.patches) == 5 and all(p.get_x() == 0 for p in ax.patches)
    assert len(ax.containers) >= 5  # an error bar per option
    assert ax.get_xlim()[0] == 0 and not fig.get_suptitle()
    plots.close(fig)


def test_the_ranges_are_hatched_and_unfilled_and_the_legend_says_so():
    plots.use("zh")
    fig = survey_figures.figure(
        per_share(), survey_figures.gathered("fig02-15"), "zh", feasibility.bounds()
    )
    hatched = [p for ax in fig.axes for p in ax.patches if p.get_hatch()]
    assert hatched and all(p.get_facecolor()[3] == 0 for p in hatched)
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert "正文未给出的档：由已给数值推出" in legend
    titles = [ax.get_title(loc="left") for ax in fig.axes]
    assert titles[0] == "（a）成立时间" and len(titles) == 9
    plots.close(fig)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_erratum_label_or_original_number_inside_a_survey_chart(lang):
    plots.use(lang)
    for items in (CHARTS, [f"fig{i}" for i in range(23, 29)]):
        for fig_id, fig in survey_figures.charts(
            per_share(items), items, lang, feasibility.bounds()
        ):
            words = texts(fig)
            plots.close(fig)
            assert not re.search(r"E\d\d|勘误|erratum|图\d|Figure \d", words), fig_id


def test_the_caption_note_names_the_errata_the_chart_leaves_out():
    assert survey_figures.caption_note("fig05", "en") == ""  # E07: once, in the chapter's text
    assert survey_figures.caption_note("fig02-15", "zh") == "；部分比重为分别舍入后相加，见勘误E08"


def test_a_caption_says_which_years_the_text_drops():
    table = per_share()
    assert "2021–2022" in survey_figures.kept_note(table, "fig14", "en")
    assert "2021" in survey_figures.kept_note(table, "fig03", "zh")


def test_the_sample_note_carries_inferred_and_stated_n():
    note = survey_figures.sample_note(per_share(), "en")
    assert "n = 38" in note and "states 37" in note and "E07" not in note


def test_a_chart_without_a_single_value_is_listed_not_drawn():
    items = [f"fig{i}" for i in range(23, 29)]
    shares = data.load("survey_shares").query("item in @items")
    silent = survey_figures.unquantified(shares, items)
    assert list(silent["item"]) == ["fig27"]  # the text gives no share of 图27
    row = silent.iloc[0]
    assert (row["section"], row["page"]) == ("四(二)1", 23)
    assert "降低物流费用" in row["known_zh"] and "logistics" in row["known_en"]
    plots.use("zh")
    drawn = []
    for fig_id, fig in survey_figures.charts(per_share(items), items, "zh"):
        drawn.append(fig_id)
        plots.close(fig)
    assert "fig27" not in drawn and "fig26" in drawn
    plt.close("all")
