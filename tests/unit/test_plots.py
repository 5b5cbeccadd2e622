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
    first = plots.figure_path("figxx", "zh").read_bytes()
    plots.save(draw(), "figxx", "zh")
    assert plots.figure_path("figxx", "zh").read_bytes() == first
    assert sorted(p.name for p in paths.figures().iterdir()) == ["figxx.zh.svg"]


def test_bad_lang_names_the_parameter():
    with pytest.raises(ValueError, match="parameter lang must be one of"):
        plots.use("fr")


def test_missing_font_is_a_clear_error(monkeypatch):
    monkeypatch.setitem(sys.modules, "noto_cjk_sans_otc", None)
    with pytest.raises(plots.FontMissingError, match="noto-cjk-sans-otc"):
        plots.font_path()


def test_save_shows_the_saved_svg_once_with_its_title_as_alt_text(outputs, monkeypatch):
    import IPython
    import IPython.display

    shown = []
    monkeypatch.setattr(IPython, "get_ipython", lambda: object())
    monkeypatch.setattr(IPython.display, "display", lambda o, **kw: shown.append((o, kw)))
    plots.use("zh")
    fig = draw()
    fig.suptitle("图99 标题")
    plots.save(fig, "figxx", "zh")
    images = [(o, kw) for o, kw in shown if isinstance(o, dict) and plots.SVG_MIME in o]
    assert len(images) == 1
    (image, kw), saved = images[0], plots.figure_path("figxx", "zh").read_text(encoding="utf-8")
    assert kw == {"raw": True, "metadata": {plots.SVG_MIME: {"alt": "图99 标题"}}}
    assert image[plots.SVG_MIME] == saved
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
    assert plots.wrap("其中：2021-2022年成立", 12) == "其中：\n2021-2022年成立"  # a range whole


def _legend_colours(legend) -> dict:
    """Legend text -> RGBA of its handle."""
    from matplotlib.colors import to_rgba

    return {
        t.get_text(): to_rgba(h.get_facecolor())
        for t, h in zip(legend.get_texts(), legend.legend_handles)
    }


def test_two_figures_give_a_platform_the_same_colour():
    import pandas as pd
    from matplotlib.colors import to_rgba

    from xjutils import overall, platforms, prefectures

    plots.use("en")
    plays = pd.DataFrame({"name_en": ["A", "B"], "douyin": [3.0, None], "kuaishou": [1.0, 2.0]})
    topics = prefectures.figure_topics(plays, "en")
    ids = ["douyin", "taobao", "kuaishou", "outside"]
    shares = pd.DataFrame(
        [
            {"metric": m, "year": y, "platform_id": p, "share": 25.0}
            for m in overall.METRICS
            for y in (2022, 2023)
            for p in ids
        ]
    )
    stacked = platforms.figure_shares(shares, "en")
    first = _legend_colours(topics.axes[0].get_legend())
    second = _legend_colours(stacked.legends[0])
    plots.close(topics)
    plots.close(stacked)
    for pid in ("douyin", "kuaishou"):
        name = platforms.name(pid, "en")
        assert first[name] == second[name] == to_rgba(plots.colour(pid))
    assert second[platforms.name("taobao", "en")] == to_rgba(plots.colour("taobao"))
    assert len(set(second.values())) == len(ids)  # no two platforms share a colour


def test_a_year_has_one_colour_in_every_figure_that_colours_years():
    import pandas as pd
    from matplotlib.colors import to_rgba

    from xjutils import data, platforms, survey, survey_figures

    plots.use("zh")
    ratios = pd.DataFrame(
        [
            {
                "platform_id": p,
                "year": y,
                "gmv_per_session": 1.0,
                "gmv_per_view": 2.0,
                "views_per_session": 3.0,
            }
            for p in ("douyin", "taobao", "kuaishou", "all", "outside")
            for y in (2022, 2023)
        ]
    )
    by_year = _legend_colours(platforms.figure_ratios(ratios, "zh").legends[0])
    shares = survey.per_share(
        data.load("survey_shares").query("item == 'fig03'"),
        survey.sample_sizes(),
        survey.stated_sample_size(),
    )
    fig = survey_figures.figure(shares, ["fig03"], "zh")
    bars = [ax.patches[0].get_facecolor() for ax in fig.axes]  # 2023, then the 2022 survey
    plt.close("all")
    assert by_year == {"2022": to_rgba(plots.colour(2022)), "2023": to_rgba(plots.colour(2023))}
    assert bars == [by_year["2023"], by_year["2022"]]
    assert len({plots.colour(y) for y in range(2020, 2024)}) == 4


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("value", [7000, 12504, -3, 980000])
def test_figures_write_a_number_as_prose_does(value, lang):
    """One number policy (issue 19): a tick label reads as the sentence beside it (figures
    printed 7,000 where the prose wrote 7000)."""
    from xjutils import prose

    assert plots._digits(value, lang) == prose.number(value, lang)
