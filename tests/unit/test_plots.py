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
    assert "1000" in texts and "10,000" in texts
    assert not any("10^" in t or "$" in t for t in texts)


@pytest.mark.parametrize(
    ("value", "zh", "en"),
    [
        (2_300_000, "230万元", "2.3 million yuan"),
        (1_580_000, "158万元", "1.58 million yuan"),
        (1_000_000, "100万元", "1 million yuan"),
        (7_000, "7000元", "7000 yuan"),  # as prose writes it (prose.groups)
        (12_504, "1.2504万元", "12,504 yuan"),
        (4, "4元", "4 yuan"),
        (150_000_000, "1.5亿元", "150 million yuan"),
        (2_500_000_000, "25亿元", "2.5 billion yuan"),
        (1_234_567, "123.4567万元", "1.234567 million yuan"),  # exact: never rounded away
    ],
)
def test_money_is_written_in_wan_and_yi_or_in_millions(value, zh, en):
    assert plots.magnitude(value, "zh", "元") == zh
    assert plots.magnitude(value, "en", "yuan") == en


def test_units_and_log_scale_in_each_language_s_brackets():
    assert plots.with_unit("直播交易额", "亿元", "zh") == "直播交易额（亿元）"
    assert plots.with_unit("GMV", "100 million yuan", "en") == "GMV (100 million yuan)"
    assert plots.log_label("直播交易额（亿元）", "zh") == "直播交易额（亿元，对数刻度）"
    assert plots.log_label("GMV (100 million yuan)", "en") == "GMV (100 million yuan, log scale)"
    assert plots.log_label("抖音话题播放总量", "zh") == "抖音话题播放总量（对数刻度）"


def test_wrap_never_breaks_a_word():
    # English: at spaces only, a hyphenated word stays whole.
    assert plots.wrap("Anchors in the cross-border team", 20) == "Anchors in the\ncross-border team"
    # Chinese: after a closing mark or before an opening one where it can ...
    assert (
        plots.wrap("“和田玉”话题在抖音、快手的播放量", 6) == "“和田玉”\n话题在抖音、\n快手的播放量"
    )
    # ... never with a closing mark at the start of a line, nor inside a run of digits.
    lines = plots.wrap("直播带货年营业额达到2300000元。其余不详", 9).split("\n")
    assert not any(line[0] in plots.CLOSING for line in lines)
    assert any("2300000" in line for line in lines)


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("value", [7000, 12504, -3, 980000])
def test_figures_write_a_number_as_prose_does(value, lang):
    """One number policy (issue 19): a tick label reads as the sentence beside it (figures
    printed 7,000 where the prose wrote 7000)."""
    from xjutils import prose

    assert plots._digits(value, lang) == prose.number(value, lang)
