"""Layout faults a reader would see: text on text, text off the figure or out of its panel,
text cut by its clip box, text too small in print. Measured on the drawn figure with each
artist's window extent.
"""

import re
from itertools import combinations

from matplotlib.text import Text

TOLERANCE = 1.0  # pixels: anti-aliasing and rounding, not a visible fault


def _tick_labels(fig):
    """(label, drawn) for every tick label: drawn when its axis is shown and it is in view."""
    out = {}
    for ax in fig.axes:
        for axis in (ax.xaxis, ax.yaxis):
            ticks = axis.get_major_ticks() + axis.get_minor_ticks()
            shown = ax.get_visible() and ax.axison and axis.get_visible()
            drawn = {id(t) for t in axis._update_ticks()} if shown else set()
            for tick in ticks:
                for label in (tick.label1, tick.label2):
                    out[id(label)] = id(tick) in drawn and label.get_visible()
    return out


def _texts(fig, renderer):
    """(text, extent, is tick label) of every visible, non-empty text that is drawn."""
    ticks = _tick_labels(fig)
    out = []
    for t in fig.findobj(Text):
        if not t.get_visible() or not t.get_text().strip() or t.get_alpha() == 0:
            continue
        if t.axes is not None and not t.axes.get_visible():
            continue
        if id(t) in ticks and not ticks[id(t)]:
            continue
        # The words only: an annotation's extent would also cover its leader's whole box.
        ext = Text.get_window_extent(t, renderer)
        if ext.width <= 0 or ext.height <= 0:
            continue
        out.append((t, ext, id(t) in ticks))
    return out


def _inside(inner, outer) -> bool:
    return (
        inner.x0 >= outer.x0 - TOLERANCE
        and inner.y0 >= outer.y0 - TOLERANCE
        and inner.x1 <= outer.x1 + TOLERANCE
        and inner.y1 <= outer.y1 + TOLERANCE
    )


def _overlap(a, b) -> bool:
    return (
        min(a.x1, b.x1) - max(a.x0, b.x0) > TOLERANCE
        and min(a.y1, b.y1) - max(a.y0, b.y0) > TOLERANCE
    )


def _name(t) -> str:
    return repr(t.get_text()[:40])


def problems(fig) -> list[str]:
    """Every layout fault of `fig`, described; empty when it is clean."""
    fig.draw_without_rendering()  # positions every artist without rasterising: ~3x faster
    renderer = fig.canvas.get_renderer()
    texts = _texts(fig, renderer)
    found = []
    for t, ext, is_tick in texts:
        if not _inside(ext, fig.bbox):
            found.append(f"{_name(t)} leaves the figure")
        # Text placed in an axes' data (values, notes) must stay inside that panel.
        if t.axes is not None and not is_tick and t in t.axes.texts:
            if not _inside(ext, t.axes.get_window_extent(renderer)):
                found.append(f"{_name(t)} leaves its panel")
        clip = t.get_clip_box() if t.get_clip_on() else None
        if clip is not None and not _inside(ext, clip) and _overlap(ext, clip):
            found.append(f"{_name(t)} is truncated by its clip box")
    for (a, ea, _), (b, eb, _) in combinations(texts, 2):
        if _overlap(ea, eb):
            found.append(f"{_name(a)} overlaps {_name(b)}")
    return found


def small_text(fig, print_in: float | None = None, minimum: float | None = None) -> list[str]:
    """Every visible text that prints under `minimum` points when the figure is set
    `print_in` inches wide (the PDF scales each figure to one width: `plots.PRINT_IN`)."""
    from . import plots

    print_in = plots.PRINT_IN if print_in is None else print_in
    minimum = plots.MIN_PT if minimum is None else minimum
    scale = print_in / fig.get_figwidth()
    found = []
    for t in fig.findobj(Text):
        if not t.get_visible() or not t.get_text().strip():
            continue
        size = t.get_fontsize() * scale
        if size < minimum - 0.05:
            found.append(f"{_name(t)} prints at {size:.1f} pt, under {minimum:g} pt")
    return found


INTERNAL_ID = re.compile(r"\b(fact\.\w+|case\d|fig\d\d|tab\d\d|rec\d)\b")
ENGLISH_IN_ZH = re.compile(r"\b(yuan|persons|sessions|views|chapter|log)\b", re.IGNORECASE)
CJK = re.compile(r"[\u3400-\u9fff]")
# An erratum's id or a verdict mark belongs in the caption or the chapter's tables, not in a
# chart: the image would state a finding its caption does not carry.
VERDICT = re.compile(r"\bE\d\d\b|勘误|\berrat(?:um|a)\b|[✓✔≠✗]", re.IGNORECASE)


def language_problems(fig, lang: str) -> list[str]:
    """Text a reader of `lang` should not meet: internal ids, the other language's words,
    erratum ids and verdict marks (`VERDICT`), and Chinese set sideways (turned 45° or 90° as
    Latin labels are: Chinese stays level)."""
    found = []
    for t in fig.findobj(Text):
        text = t.get_text()
        if not t.get_visible() or not text.strip():
            continue
        if INTERNAL_ID.search(text):
            found.append(f"{_name(t)} shows an internal id")
        if VERDICT.search(text):
            found.append(f"{_name(t)} shows an erratum or a verdict mark")
        if lang == "en" and CJK.search(text):
            found.append(f"{_name(t)} has Chinese in the English figure")
        if lang == "zh" and ENGLISH_IN_ZH.search(text):
            found.append(f"{_name(t)} has an English word in the Chinese figure")
        if CJK.search(text) and t.get_rotation() % 360:
            found.append(f"{_name(t)} is Chinese turned by {t.get_rotation():g}°")
    return found
