"""Words in figures as each language writes them: prefectures' short names, case numbers."""

import pytest

from xjutils import cases, data, prefectures


def test_short_names_are_short_forms_of_the_full_names():
    assert prefectures.abbreviates("克州", "克孜勒苏柯尔克孜自治州")
    assert prefectures.abbreviates("博州", "博尔塔拉蒙古自治州")
    assert prefectures.abbreviates("伊犁州直", "伊犁州直")
    assert prefectures.abbreviates("Kizilsu", "Kizilsu Kyrgyz Autonomous Prefecture")
    assert not prefectures.abbreviates("州", "克孜勒苏柯尔克孜自治州")  # first character kept
    assert not prefectures.abbreviates("克苏州", "克孜勒苏柯尔克孜自治州".replace("苏", ""))
    assert not prefectures.abbreviates("Kirgiz", "Kizilsu Kyrgyz Autonomous Prefecture")
    assert not prefectures.abbreviates("", "哈密市")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_short_name_fits_a_tile_on_one_line(lang):
    short = prefectures.short_names(lang)
    assert short["kizilsu"] == {"zh": "克州", "en": "Kizilsu"}[lang]
    assert short["bortala"] == {"zh": "博州", "en": "Bortala"}[lang]
    prefecture = data.load("prefectures").dropna(subset=["gbt2260"])["prefecture_id"]
    assert (short[prefecture].str.len() <= {"zh": 5, "en": 10}[lang]).all()


def test_a_short_name_that_is_no_short_form_is_refused(scratch_data):
    data.set_cell(scratch_data / "prefectures.csv", "kizilsu", "short_zh", "南疆西部")
    with pytest.raises(ValueError, match="kizilsu"):
        prefectures.short_names("zh")


def test_case_numbers_read_as_each_language_writes_money():
    assert cases.value_label(2_300_000, "lower_bound", "元", "zh") == "≥230万元"
    assert cases.value_label(2_300_000, "lower_bound", "yuan", "en") == "≥2.3 million yuan"
    assert cases.value_label(1_000, "approx", "场", "zh") == "≈1000场"
    assert cases.value_label(7_000, "exact", "yuan", "en") == "7000 yuan"  # prose.groups


def test_a_case_panel_holds_one_measure_never_a_team_beside_an_audience():
    import pandas as pd

    from xjutils import plots

    plots.use("en")
    rows = [
        ("c.team", "persons", 4, "team", "team"),
        ("c.fans", "10k_persons", 30, "fans", "audience"),
        ("c.plan", "persons", 100, "plan", "persons"),  # no measure of its own: its quantity
    ]
    frame = pd.DataFrame(
        [
            {
                "id": i,
                "case_id": "case1",
                "what_en": w,
                "value": v,
                "unit": u,
                "qualifier": "exact",
                "who_en": "A",
                "quantity": "persons",
                "base_unit": "persons",
                "base_value": v * (1e4 if u.startswith("10k") else 1),
                "measure": m,
            }
            for i, u, v, w, m in rows
        ]
    )
    fig = cases.figure(frame, "en")
    panels = [[t.get_text() for t in ax.get_yticklabels()] for ax in fig.axes]
    plots.close(fig)
    assert panels == [["A: team"], ["A: fans"], ["A: plan"]]  # team, audience, then persons


def _texts(fig) -> str:
    """Every text a figure draws (titles, labels, ticks, annotations, notes)."""
    from matplotlib.text import Text

    fig.canvas.draw()
    return "\n".join(t.get_text() for t in fig.findobj(Text))


def test_english_figures_write_units_as_the_tables_do():
    """Figures said GMV (100 million yuan) beside tables and prose in billions (issue 19)."""
    import matplotlib.pyplot as plt

    from xjutils import claims, overall, platforms, plots, present

    plots.use("en")
    checked = claims.check_all("item in ['tab01', 'tab02']")
    figures = [
        overall.figure(overall.series(), "en"),
        platforms.figure_table2(platforms.levels(), "en", checked),
        prefectures.figure_gmv(prefectures.gmv(), "en", checked),
        prefectures.figure_topics(prefectures.topics(), "en"),
    ]
    for fig in figures:
        text = _texts(fig)
        assert not present.calques(text), present.calques(text)
        plt.close(fig)
    assert "5.060" in _texts(overall.figure(overall.series(), "en"))  # 50.60亿元
    plt.close("all")
