"""One look for every figure: seaborn's whitegrid theme, the bundled CJK font, deterministic files.

The theme is seaborn's, applied through the copy matplotlib ships (`seaborn-v0_8-whitegrid`):
importing seaborn itself pulls in scipy.stats and costs every kernel about 1.5 s.

The font is Noto Sans CJK SC from the `noto-cjk-sans-otc` wheel, registered with matplotlib
directly so no system font or font cache is involved. Figures are saved as SVG (fixed hash
salt, no date) and PNG (no software stamp), named after the report's ids: fig01.zh.svg.
"""

import warnings

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib import font_manager

from . import data, labels, paths
from .atomic import atomic_path

FONT_FAMILY = "Noto Sans CJK SC"
PALETTE = ["#1f5c99", "#d1495b", "#edae49", "#66a182", "#8d6a9f", "#00798c"]
DPI = 150


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
    """Apply the theme and font for `lang`.

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
    plt.style.use("seaborn-v0_8-whitegrid")
    plt.rcParams.update(
        {
            "axes.prop_cycle": plt.cycler(color=PALETTE),
            "font.family": [FONT_FAMILY],
            "axes.unicode_minus": False,
            "svg.hashsalt": "xjutils",
            "svg.fonttype": "path",
            "figure.dpi": 100,
            "savefig.dpi": DPI,
            "savefig.bbox": "tight",
        }
    )


def title(item_id: str, lang: str) -> str:
    """The report's caption of a figure or table, e.g. '图1 2020-2023 年新疆直播电商数据'."""
    row = data.load("contents").set_index("item_id").loc[item_id]
    if lang == "zh":
        return f"{row['label_zh']} {row['title_zh']}"
    kind = "Figure" if row["kind"] == "figure" else "Table"
    return f"{kind} {int(item_id[3:])}. {row['title_en']}"


def finish(fig, item_id: str, lang: str, note: str | None = None):
    """Add the caption, an optional note and the source line, and tighten the layout."""
    fig.suptitle(title(item_id, lang))
    lines = [note] if note else []
    fig.text(
        0.01,
        0.0,
        "\n".join(lines + [labels.t("source_note", lang)]),
        ha="left",
        va="top",
        fontsize=7,
        color="0.4",
        wrap=True,
    )
    fig.tight_layout()
    return fig


def close(fig) -> None:
    """Release a figure already displayed (a loop of charts would otherwise show each twice)."""
    plt.close(fig)


def save(fig, fig_id: str, lang: str) -> list:
    """Save `fig` as outputs/figures/<fig_id>.<lang>.svg and .png, atomically.

    In a notebook it also leaves an invisible anchor (`fig-<fig_id>-<lang>`) in the cell's
    output, so the site's gallery can link each figure to the cell that made it.

    Returns:
        The two paths.
    """
    out = []
    for ext, meta in (("svg", {"Date": None}), ("png", {"Software": None})):
        path = paths.figures() / f"{fig_id}.{labels.check_lang(lang)}.{ext}"
        with atomic_path(path) as tmp:
            fig.savefig(tmp, format=ext, metadata=meta)
        out.append(path)
    from IPython import get_ipython

    if get_ipython() is not None:
        from IPython.display import HTML, display

        display(HTML(f'<span id="fig-{fig_id}-{lang}"></span>'))
    return out


def save_table(frame: pd.DataFrame, table_id: str) -> object:
    """Save a table as outputs/tables/<table_id>.csv, atomically (language-neutral)."""
    path = paths.tables() / f"{table_id}.csv"
    with atomic_path(path) as tmp:
        frame.to_csv(tmp, index=False, lineterminator="\n")
    return path
