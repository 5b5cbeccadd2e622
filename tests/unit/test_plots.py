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


def test_save_shows_the_saved_png_once_with_its_title_as_alt_text(outputs, monkeypatch):
    import IPython
    import IPython.display

    shown = []
    monkeypatch.setattr(IPython, "get_ipython", lambda: object())
    monkeypatch.setattr(IPython.display, "display", shown.append)
    plots.use("zh")
    fig = draw()
    fig.suptitle("图99 标题")
    plots.save(fig, "figxx", "zh")
    images = [o for o in shown if isinstance(o, IPython.display.Image)]
    assert len(images) == 1
    assert images[0].metadata == {"alt": "图99 标题"}
    assert images[0].data == plots.figure_paths("figxx", "zh")[1].read_bytes()
    assert not plt.fignum_exists(fig.number)


def test_numbers_and_log_axes_are_plain():
    plots.use("en")
    fig, ax = plt.subplots()
    ax.plot([1, 1e6], [1, 2])
    ax.set_xscale("log")
    plots.plain_log_axis(ax.xaxis, "en")
    fig.canvas.draw()
    texts = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    plt.close(fig)
    assert "1,000" in texts and not any("10^" in t or "$" in t for t in texts)
    assert plots.number(160000, "zh") == "160,000"
