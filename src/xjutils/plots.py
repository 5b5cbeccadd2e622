"""One look for every figure in both languages: seaborn's theme, the bundled CJK font, numbers
written the language's way, captions that carry errata, and deterministic files.

The font is Noto Sans CJK SC from the `noto-cjk-sans-otc` wheel, registered with matplotlib
directly so no system font or font cache is involved. Each figure is rendered once, as SVG (a
fixed hash salt, no date): the notebook shows that file, the site links it and the PDF embeds
it as vectors, so no consumer needs a second format or a second rendering.
"""

import json
import os
import re
import warnings
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns
from matplotlib import font_manager
from matplotlib.legend_handler import HandlerTuple
from matplotlib.ticker import Formatter, FuncFormatter, LogLocator, NullFormatter

from . import data, labels, paths, prose
from .atomic import atomic_path

FONT_FAMILY = "Noto Sans CJK SC"
# Series that are neither platforms nor years (the case studies): hues the mapping below
# does not use, so no case reads as a platform.
PALETTE = ["#5e3c99", "#01665e", "#8c510a", "#7f7f00", "#404040", "#35978f"]
# One colour per platform and per year across the edition: every figure that colours a
# platform or a year takes it from here (`colour`). Years darken with time.
COLOURS = {
    "douyin": "#c4395b",
    "kuaishou": "#e69f00",
    "taobao": "#009e73",
    "outside": "0.75",  # what lies outside the table's platforms
    "all": "0.35",
    2020: "#9ecae1",
    2021: "#6baed6",
    2022: "#4292c6",
    2023: "#08519c",
}
MUTED = "0.4"  # notes, sources, secondary labels
# Figures are drawn WIDTH inches wide; the PDF sets them at 82% of its text width (A4 less
# 2 × 22 mm, machinery/typeset.typ), so a point in a figure prints at PRINT_IN / WIDTH of a
# point. No text may print under MIN_PT: SMALL, the least size any figure uses, ensures it.
WIDTH = 7.5
PRINT_IN = 0.82 * (210 - 2 * 22) / 25.4
MIN_PT = 7.0
SMALL = 10.0
NOTE_SIZE = SMALL


def colour(key: str | int) -> str:
    """The edition's colour of a platform id or a year (seaborn's bar plots take
    saturation=1, or they would draw it duller than the same platform elsewhere).

    Raises:
        KeyError: the mapping has no colour for `key`.
    """
    return COLOURS[int(key) if str(key).isdigit() else key]


class FontMissingError(RuntimeError):
    """The CJK font is not installed: Chinese text would render as empty boxes."""


def font_path() -> str:
    """Path of the bundled Noto Sans CJK collection.

    Raises:
        FontMissingError: the `noto-cjk-sans-otc` package is missing or incomplete.
    """
    try:
        import noto_cjk_sans_otc
    except ImportError:
        raise FontMissingError(
            "the CJK font package noto-cjk-sans-otc is not installed; run `make env`"
        ) from None
    path = noto_cjk_sans_otc.FONT_PATH
    if not path.is_file():
        raise FontMissingError(f"CJK font file missing: {path}; reinstall noto-cjk-sans-otc")
    return str(path)


def use(lang: str) -> None:
    """Apply the theme and font for `lang` (one theme for both languages); show tables whole.

    Raises:
        ValueError: `lang` is not a supported language.
        FontMissingError: the CJK font is not installed.
    """
    labels.check_lang(lang)
    path = font_path()
    # A glyph the font lacks would print as an empty box: make it an error, never a warning.
    warnings.filterwarnings("error", message=r"Glyph \d+ .*missing from font", category=UserWarning)
    if FONT_FAMILY not in {f.name for f in font_manager.fontManager.ttflist}:
        font_manager.fontManager.addfont(path)
    sns.set_theme(
        context="notebook",
        style="whitegrid",
        palette=PALETTE,
        font=FONT_FAMILY,
        rc={
            "axes.unicode_minus": False,
            "axes.titlesize": 11,
            "axes.labelsize": 10.5,
            "xtick.labelsize": SMALL,
            "ytick.labelsize": SMALL,
            "legend.fontsize": SMALL,
            "svg.hashsalt": "xjutils",
            "svg.fonttype": "path",
            "figure.dpi": 100,
            # Layout is fixed when a figure is finished: no tight-bbox pass (a second render).
            "savefig.bbox": None,
        },
    )
    # Tables are part of the report: pandas must never cut a row or a cell ("…") on display.
    pd.set_option("display.max_rows", None)
    pd.set_option("display.max_colwidth", None)


# --- numbers -------------------------------------------------------------------------------


def _digits(x: float, lang: str) -> str:
    """x with as many decimals as it has (to 6), no trailing zeros (230, 2.3, 1.58), grouped
    and signed as prose writes numbers (`prose.groups`: 12,504 in English; a true minus)."""
    text = f"{round(x, 6):,f}" if prose.groups(x, lang) else f"{round(x, 6):f}"
    text = text.rstrip("0").rstrip(".") if "." in text else text
    return text.replace("-", prose.MINUS)


# Large magnitudes as each language names them: Chinese counts in 万 and 亿, English in
# millions and billions; below the first step both write the number itself.
MAGNITUDES = {
    "zh": ((1e8, "亿"), (1e4, "万")),
    "en": ((1e9, " billion"), (1e6, " million")),
}


def magnitude(value: float, lang: str, unit: str = "") -> str:
    """An amount or count written the language's way, exactly: 230万元, 158万人, 7000元;
    2.3 million yuan, 7000 yuan. Chinese joins number, 万/亿 and unit; English spaces the
    unit and groups thousands from 10,000 (`prose.groups`)."""
    labels.check_lang(lang)
    for step, word in MAGNITUDES[lang]:
        if abs(value) >= step:
            text = f"{_digits(value / step, lang)}{word}"
            break
    else:
        text = _digits(value, lang)
    if not unit:
        return text
    return f"{text}{unit}" if lang == "zh" else f"{text} {unit}"


def in_page_unit(rows: pd.DataFrame, lang: str, columns=("value", "low", "high")):
    """Rows of one unit as the page writes them (`prose.rescale`, the tables' and the prose's
    policy): 亿元 in Chinese, billion yuan in English, never a calque of 万 or 亿.

    Returns:
        The rows with `columns` moved into that unit, the unit's name, and the power of ten
        they were divided by (add it to a printed number's decimals).
    """
    unit_id = rows["unit"].iloc[0]
    shown, k = prose.rescale(unit_id, None, lang)
    moved = rows.assign(**{c: rows[c] / 10**k for c in columns if c in rows})
    name = data.load("units").set_index("unit_id").at[shown, f"name_{lang}"]
    return moved, name, k


def with_unit(text: str, unit: str, lang: str) -> str:
    """A title or axis label with its unit: 直播交易额（亿元） / GMV (billion yuan)."""
    return f"{text}（{unit}）" if labels.check_lang(lang) == "zh" else f"{text} ({unit})"


def plain_log_axis(axis, lang: str, base: int = 10) -> None:
    """Decades on a log axis written as plain numbers (1,000 not 10³; 10万 and 1 million for
    the large ones, see `magnitude`), minor ticks unlabelled.

    `base` 100 labels every other decade, for axes spanning many.
    """
    axis.set_major_locator(LogLocator(base=base))
    axis.set_major_formatter(
        FuncFormatter(lambda v, _: magnitude(v, lang) if v >= 1 else _digits(v, lang))
    )
    axis.set_minor_formatter(NullFormatter())


class OneMagnitude(Formatter):
    """Every tick of an axis in one style, chosen by its largest tick: 0, 0.8万, 1.6万, 2.4万
    (not 0, 8000, 1.6万); 0, 0.5 million, 1 million; or all plain when none reaches 万/million.
    """

    def __init__(self, lang: str):
        self.lang = labels.check_lang(lang)
        self.top = None

    def set_locs(self, locs):
        """The axis's ticks, given before they are labelled: their largest sets the style."""
        self.top = max((abs(v) for v in locs), default=None)

    def __call__(self, value, pos=None):
        top = abs(value) if self.top is None else self.top
        if value == 0:
            return "0"
        for step, word in MAGNITUDES[self.lang]:
            if top >= step:
                return f"{_digits(value / step, self.lang)}{word}"
        return _digits(value, self.lang)


def ylabel(ax, text: str, lang: str) -> None:
    """The value axis's label. English turns it along the axis; Chinese is never turned:
    it stands level above the axis, as Chinese statistical charts put their unit."""
    if labels.check_lang(lang) == "en":
        ax.set_ylabel(text)
        return
    ax.set_ylabel(text, rotation=0, ha="left", va="bottom")
    ax.yaxis.set_label_coords(0, 1.02)


def colorbar_label(bar, text: str, lang: str) -> None:
    """A colour bar's label: along the bar in English, level on top of it in Chinese, one
    line per unit in brackets (直播交易额 / （亿元） / （对数刻度）)."""
    if labels.check_lang(lang) == "en":
        bar.set_label(text)
        return
    lines = re.sub(r"(?<=[^\n])（", "\n（", text)
    bar.ax.set_title(lines, fontsize=plt.rcParams["axes.labelsize"], linespacing=1.3, pad=8)


def log_label(text: str, lang: str) -> str:
    """An axis label that says the scale is logarithmic, inside the unit's brackets when it
    has them: 直播交易额（亿元，对数刻度）, GMV (100 million yuan, log scale)."""
    suffix = labels.t("log_scale", lang)
    close = "）" if lang == "zh" else ")"
    if text.endswith(close):
        inner = suffix.strip(" （）()")
        return f"{text[:-1]}{'，' if lang == 'zh' else ', '}{inner}{close}"
    return f"{text}{suffix}"


# --- captions ------------------------------------------------------------------------------


def label_erratum(item_id: str) -> str | None:
    """The open erratum explaining a Latin word in an item's Chinese caption, joined as the
    audit joins its findings (`errata.explains`: names/latin_in_zh_label/<item>)."""
    from .audit._frame import explained_by  # the audit draws no figures: no import cycle

    return explained_by("names", "latin_in_zh_label", item_id)


def title(item_id: str, lang: str) -> str:
    """The report's caption of a figure or table, e.g. '图1 2020-2023 年新疆直播电商数据'.

    A caption the report misprints keeps its words, marked [sic] with its erratum id.
    """
    label, text = _caption(item_id, lang)
    return f"{label} {text}" if lang == "zh" else f"{label}. {text}"


def _caption(item_id: str, lang: str) -> tuple[str, str]:
    """(label, caption text) of an item, the caption marked [sic] where the report misprints."""
    row = data.load("contents").set_index("item_id").loc[item_id]
    # Only a caption that prints a foreign word is marked; other label errata concern prose.
    erratum = label_erratum(item_id) if re.search(r"[A-Za-z]", row["title_zh"]) else None
    if lang == "zh":
        text = prose.ranges(row["title_zh"], lang)
        if erratum:
            # 原文如此 in the mark says [sic] in Chinese: the word is only quoted
            text = re.sub(r"\s*([A-Za-z]+)\s*", r"“\1”", text, count=1)
            text += labels.t("erratum_mark", lang).format(erratum)
        return row["label_zh"], text
    text = row["title_en"]
    if erratum:
        word = re.search(r"[A-Za-z]+", row["title_zh"])
        text += labels.t("sic_en", lang).format(word.group(0) if word else "", erratum)
    return row["label_en"], text


def finish(fig, heading: str, lang: str, note: str | None = None, source: bool = True, legend=None):
    """Legend, note and source line at the bottom inside the figure; tight.

    No title is drawn: the caption outside the image (numbered per chapter by the site and
    the PDF) names the figure and the original it redraws, so the image carries only what
    the chart needs. `heading` (an item id, for its report caption without the report's
    number, or the words themselves) becomes the figure's label, its alt text
    (`caption_of`). `legend` is (handles, texts) for a figure-wide legend. The space below
    the panels is measured, so nothing leaves the figure and the files need no tight-bbox
    pass.
    """
    is_item = bool(re.fullmatch(r"(fig|tab)\d\d", heading))
    fig.set_label(_caption(heading, lang)[1] if is_item else heading)
    # Notes run the figure's width at most (about 100 Latin or 52 CJK characters a line).
    lines = [wrap(note, 52 if lang == "zh" else 100)] if note else []
    if source:
        lines.append(labels.t("source_note", lang))
    bottom = 0.0
    if lines:
        text = fig.text(
            0.01, 0.01, "\n".join(lines), ha="left", va="bottom", fontsize=NOTE_SIZE, color=MUTED
        )
        renderer = fig.canvas.get_renderer()
        bottom = text.get_window_extent(renderer).height / fig.bbox.height + 0.02
    if legend is not None:
        handles, texts = legend
        for ncol in range(len(texts), 0, -1):  # one row if it fits the width, else fewer columns
            box = fig.legend(
                handles,
                texts,
                loc="lower center",
                bbox_to_anchor=(0.5, bottom),
                ncol=ncol,
                frameon=False,
                # a tuple of handles is one entry of several swatches (published, by year)
                handler_map={tuple: HandlerTuple(ndivide=None, pad=0)},
            )
            width = box.get_window_extent(fig.canvas.get_renderer()).width
            if ncol == 1 or width <= fig.bbox.width * 0.98:
                break
            box.remove()
        bottom += box.get_window_extent(fig.canvas.get_renderer()).height / fig.bbox.height
    fig.tight_layout(rect=(0, bottom, 1, 1))
    return fig


# Chinese lines may end after these and begin before those (a simple 禁则: a line never starts
# with a closing mark or ends with an opening one).
CLOSING = "，；。、：！？）》」』”’ "
OPENING = "（《「『“‘"


def wrap(text: str, width: int) -> str:
    """Break text into lines of at most about `width` characters, never inside a word.

    English breaks at spaces only (a hyphenated word such as cross-border stays whole).
    Chinese text (no spaces) breaks after a closing mark or before an opening one where it
    can, otherwise between characters but never inside a run of Latin letters or digits (a
    range such as 2021-2022 or 11–50 included), and never so that a line starts with a closing
    mark.
    """
    import textwrap

    lines = []
    for para in text.split("\n"):
        if not re.search(r"[\u4e00-\u9fff]", para):
            lines += textwrap.wrap(para, width, break_on_hyphens=False, break_long_words=False) or [
                ""
            ]
            continue
        while len(para) > width:
            after = max(para.rfind(p, 0, width + 1) for p in CLOSING)
            before = max(para.rfind(p, 1, width + 1) for p in OPENING) - 1
            cut = max(after, before)
            if cut < width // 2:
                cut = width - 1
                while cut > 0 and re.match(r"[\w./%–-]", para[cut]) and para[cut] < "\u3000":
                    cut -= 1
                while cut + 1 < len(para) and para[cut + 1] in CLOSING:
                    cut += 1
                while cut > 0 and para[cut] in OPENING:
                    cut -= 1
            lines.append(para[: cut + 1].rstrip())
            para = para[cut + 1 :]
        lines.append(para)
    return "\n".join(lines)


# --- files ---------------------------------------------------------------------------------


def close(fig) -> None:
    """Release a figure (a loop of charts would otherwise keep every one in memory)."""
    plt.close(fig)


def caption_of(fig) -> str:
    """What the figure shows, for alt text: the label `finish` gave it, else its title."""
    if fig.get_label():
        return fig.get_label()
    sup = fig.get_suptitle()
    if sup:
        return sup
    return next((ax.get_title() for ax in fig.axes if ax.get_title()), "")


def figure_path(fig_id: str, lang: str) -> Path:
    """outputs/figures/<fig_id>.<lang>.svg: the one format every consumer uses (the notebook
    shows it, the site links it, the PDF embeds it as vectors), so each figure is rendered once."""
    return paths.figures() / f"{fig_id}.{labels.check_lang(lang)}.svg"


SVG_MIME = "image/svg+xml"
LAYOUT_REPORT = "XJUTILS_LAYOUT_REPORT"  # set by the site test: check every figure as saved


def report_layout(fig, fig_id: str, lang: str, folder: Path) -> None:
    """Write `xjutils.layout`'s faults of a saved figure to folder/<fig_id>.<lang>.json.

    The site test sets `XJUTILS_LAYOUT_REPORT`, so every figure is checked exactly as the
    notebooks drew it, in both languages, without drawing it again elsewhere.
    """
    from . import layout

    faults = layout.problems(fig) + layout.language_problems(fig, lang) + layout.small_text(fig)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{fig_id}.{lang}.json").write_text(json.dumps(faults, ensure_ascii=False))


def save(fig, fig_id: str, lang: str) -> None:
    """Save `fig` as outputs/figures/<fig_id>.<lang>.svg, atomically; show; close.

    In a notebook the saved SVG is then displayed (its title as alt text) after an invisible
    anchor (`fig-<fig_id>-<lang>`) that lets the site's gallery link each figure to the cell
    that made it; the figure is closed so it is never shown twice. Returns nothing, so a cell
    ending with it prints no path.
    """
    out = figure_path(fig_id, lang)
    with atomic_path(out) as tmp:
        fig.savefig(tmp, format="svg", metadata={"Date": None})
    if os.environ.get(LAYOUT_REPORT):
        report_layout(fig, fig_id, lang, Path(os.environ[LAYOUT_REPORT]))
    from IPython import get_ipython

    if get_ipython() is not None:
        from IPython.display import HTML, display

        display(HTML(f'<span id="fig-{fig_id}-{lang}"></span>'))
        # raw: IPython's SVG object would parse and re-serialise the whole file
        svg = {SVG_MIME: out.read_text(encoding="utf-8")}
        display(svg, raw=True, metadata={SVG_MIME: {"alt": caption_of(fig)}})
    close(fig)


def save_table(frame: pd.DataFrame, table_id: str) -> object:
    """Save a table as outputs/tables/<table_id>.csv, atomically (language-neutral)."""
    path = paths.tables() / f"{table_id}.csv"
    with atomic_path(path) as tmp:
        frame.to_csv(tmp, index=False, lineterminator="\n")
    return path
