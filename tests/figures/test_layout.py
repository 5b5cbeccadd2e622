"""Every figure, in both languages, drawn as the notebooks draw it: no text overlaps another
text, leaves the figure or its panel, or is cut off; no internal id, no word of the other
language."""

import matplotlib.pyplot as plt
import pytest

from xjutils import gallery, layout, plots


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_text_collides_clips_or_leaves(lang):
    plots.use(lang)
    faults = {}
    for fig_id, fig in gallery.figures(lang):
        found = layout.problems(fig) + layout.language_problems(fig, lang)
        if found:
            faults[fig_id] = found
        plt.close(fig)
    assert not faults, "\n".join(f"{k}: {'; '.join(v)}" for k, v in faults.items())


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
