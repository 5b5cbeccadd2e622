"""xjutils.plots: the font is bundled, files are deterministic, bad parameters are named."""

import sys

import matplotlib.pyplot as plt
import pytest

from xjutils import paths, plots


@pytest.fixture
def outputs(tmp_path, monkeypatch):
    monkeypatch.setenv("XJUTILS_OUTPUTS", str(tmp_path))
    return tmp_path


def draw():
    fig, ax = plt.subplots()
    ax.bar([0, 1], [1, 2])
    ax.set_title("新疆直播电商")
    return fig


def test_cjk_font_is_registered_from_the_wheel():
    plots.use("zh")
    assert plt.rcParams["font.family"] == [plots.FONT_FAMILY]
    assert plots.font_path().endswith(".ttc")


def test_saving_twice_gives_identical_bytes(outputs):
    plots.use("zh")
    plots.save(draw(), "figxx", "zh")
    first = [p.read_bytes() for p in plots.figure_paths("figxx", "zh")]
    plots.save(draw(), "figxx", "zh")
    second = [p.read_bytes() for p in plots.figure_paths("figxx", "zh")]
    assert first == second
    assert sorted(p.name for p in paths.figures().iterdir()) == ["figxx.zh.png", "figxx.zh.svg"]


def test_bad_lang_names_the_parameter():
    with pytest.raises(ValueError, match="parameter lang must be one of"):
        plots.use("fr")


def test_missing_font_is_a_clear_error(monkeypatch):
    monkeypatch.setitem(sys.modules, "noto_cjk_sans_otc", None)
    with pytest.raises(plots.FontMissingError, match="noto-cjk-sans-otc"):
        plots.font_path()
