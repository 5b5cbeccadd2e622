"""The layout checker (`xjutils.layout`) on planted faults. Every real figure is checked as
the notebooks save it, in both languages, by the site test (`tests/site/test_site.py`)."""

import matplotlib.pyplot as plt

from xjutils import layout, plots


def test_the_checker_sees_an_overlap_a_clipped_label_and_a_stray_note():
    plots.use("en")
    fig, ax = plt.subplots(figsize=(3, 2))
    ax.text(0.5, 0.5, "first label", transform=ax.transAxes)
    ax.text(0.52, 0.5, "second label", transform=ax.transAxes)
    ax.text(0.9, 0.1, "runs out of the panel", transform=ax.transAxes)
    fig.text(0.95, 0.5, "off the edge of the figure")
    found = "\n".join(layout.problems(fig))
    plt.close(fig)
    assert "overlaps" in found
    assert "leaves its panel" in found
    assert "leaves the figure" in found


def test_the_checker_sees_ids_and_the_other_language():
    plots.use("zh")
    fig, ax = plt.subplots()
    ax.set_title("case3: 金额 (yuan)")
    zh = "\n".join(layout.language_problems(fig, "zh"))
    ax.set_title("Share of 归口新疆")
    en = "\n".join(layout.language_problems(fig, "en"))
    plt.close(fig)
    assert "internal id" in zh and "English word" in zh
    assert "Chinese in the English figure" in en


def test_the_checker_sees_errata_and_checkmarks_in_a_chart():
    plots.use("en")
    fig, ax = plt.subplots()
    ax.set_xticks([0, 1, 2], ["Douyin +115.56% ✓", "Gap (erratum E01)", "≥230 and ≈1,000"])
    found = layout.language_problems(fig, "en")
    plt.close(fig)
    assert found == [
        "'Douyin +115.56% ✓' shows an erratum or a verdict mark",
        "'Gap (erratum E01)' shows an erratum or a verdict mark",
    ]


def test_the_checker_sees_chinese_set_sideways():
    plots.use("zh")
    fig, ax = plt.subplots()
    ax.set_xticks([0, 1], ["图23", "案例3"], rotation=90)
    ax.set_ylabel("占比（%）")  # matplotlib turns a y label by 90°
    found = "\n".join(layout.language_problems(fig, "zh"))
    plots.ylabel(ax, "占比（%）", "zh")  # level, above the axis
    level = layout.language_problems(fig, "zh")
    plt.close(fig)
    assert "'图23' is Chinese turned by 90°" in found
    assert "'占比（%）' is Chinese turned by 90°" in found
    assert not [f for f in level if "占比" in f]


def test_the_checker_sees_text_too_small_in_print():
    plots.use("en")
    fig, ax = plt.subplots(figsize=(plots.WIDTH, 3))
    ax.text(0.1, 0.5, "fine print", fontsize=8)  # prints at 8 × 5.36 / 7.5 ≈ 5.7 pt
    ax.text(0.1, 0.2, "readable", fontsize=plots.SMALL)
    found = layout.small_text(fig)
    plt.close(fig)
    assert found == ["'fine print' prints at 5.7 pt, under 7 pt"]


def test_the_print_width_is_the_pdf_s():
    """plots.PRINT_IN is what machinery/typeset.typ gives a figure: a share of the text width
    of its paper less its margins; a change of page design must change it too."""
    import re

    from xjutils import paths

    typ = (paths.PACKAGE / "machinery" / "typeset.typ").read_text()
    share = float(re.search(r"#set image\(width: (\d+)%\)", typ)[1]) / 100
    margin = float(re.search(r"#let margin-x = (\d+)mm", typ)[1])
    assert re.search(r'paper: "a4"', typ)
    assert plots.PRINT_IN == share * (210 - 2 * margin) / 25.4
    assert plots.SMALL * plots.PRINT_IN / plots.WIDTH >= plots.MIN_PT
