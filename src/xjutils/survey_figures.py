"""The survey charts (图2–图15, 图23–图28) drawn from what the text keeps of them.

Each published share is a bar with the 95% Wilson interval of the count it implies (k of n):
a share is a part of a whole, so it is drawn from zero. A bar the text does not print but the
printed ones bound (`audit.feasibility.bounds`) is drawn as a hatched, unfilled range, so a
chart is shown as far as the surviving numbers allow and no derived value passes for a
printed one. A band nested in another (成立不超过3年 contains 2021–2022年成立) is drawn under
it as 其中 / of which, never as a separate category. Charts standing alone keep the report's
order; the charts of which the text keeps one or two options are gathered into one figure of
small multiples, after them, with its note once. Another survey's value (2022) gets its own
panel with its own inferred n, never a row on the same axis.
"""

import math
import re
import string

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns

from . import data, labels, plots, survey

COMPACT = 2  # a chart keeping at most this many options is drawn as one of the small multiples
ROW_IN = 0.45  # inches per bar
TITLE_IN = 0.55  # inches per panel title
APPROX = ("approx", "in_words")


def layout(table: pd.DataFrame, items: list[str]) -> list[tuple[str, list[str]]]:
    """Figure ids and the charts each draws: every chart that stands alone in the report's
    order, then the compact ones (at most COMPACT options of the survey year) gathered into
    one figure named after the first and last (fig02-15; its caption lists them). A lone
    compact chart keeps its place."""
    latest = table["year"].max()
    kept = table[table["year"] == latest].groupby("item").size()
    compact = [i for i in items if i in kept.index and kept[i] <= COMPACT]
    if len(compact) == 1:
        return [(i, [i]) for i in items]
    out = [(i, [i]) for i in items if i not in compact]
    if compact:
        out.append((f"{compact[0]}-{compact[-1][3:]}", compact))
    return out


def gathered(fig_id: str) -> list[str]:
    """The charts a figure `layout` gathered (fig02-15 → fig02, fig04, …), read from
    data/survey_shares.csv, as the notebooks draw it.

    Raises:
        KeyError: `layout` makes no such figure.
    """
    first, last = fig_id.split("-")
    items = [f"fig{i:02d}" for i in range(int(first[3:]), int(last) + 1)]
    group = dict(layout(data.load("survey_shares"), items)).get(fig_id)
    if group is None:
        raise KeyError(fig_id)
    return group


def charts(table: pd.DataFrame, items: list[str], lang: str, ranges=None):
    """(figure id, figure) for every chart of `items` the text gives values of, drawn lazily
    one at a time. A chart without a single value is not drawn (an image of a sentence is
    no figure): `unquantified` lists what the text says of it instead. `ranges`
    (`audit.feasibility.bounds()`) adds the bars the printed ones bound."""
    for fig_id, group in layout(table, items):
        if group[0] in set(table["item"]):
            yield fig_id, figure(table, group, lang, ranges)


def unquantified(table: pd.DataFrame, items: list[str]) -> pd.DataFrame:
    """The charts of `items` the text gives no value of: where the report prints each, its
    caption, the question behind it, and what the text does and does not say of it.

    Returns:
        One row per chart: item, section, page, answer and year (the question's), title_zh/en
        (the caption), known_zh/en and missing_zh/en (data/coverage.csv).
    """
    silent = [i for i in items if i not in set(table["item"])]
    contents = data.load("contents").set_index("item_id")[["title_zh", "title_en"]]
    coverage = data.load("coverage").set_index("item_id").drop(columns="coverage")
    questions = data.load("survey_questions").set_index("item")
    questions = questions.drop(columns=["question_id", "topic_zh", "topic_en"])
    return (
        questions.loc[questions.index.intersection(silent)]
        .join(contents)
        .join(coverage)
        .rename_axis("item")
        .reset_index()
    )


def _years(item: str) -> set[int]:
    """Years a chart's caption covers ('2021-2023 年…' is three years)."""
    cap = data.load("contents").set_index("item_id").loc[item, "title_zh"]
    m = re.search(r"(\d{4})\s*-\s*(\d{4})", cap)
    return set(range(int(m[1]), int(m[2]) + 1)) if m else set()


def kept_note(table: pd.DataFrame, item: str, lang: str) -> str:
    """How much of the original chart the text keeps, computed from the data (for the
    caption outside the image)."""
    part = table[table["item"] == item]
    coverage = data.load("coverage").set_index("item_id").loc[item, "coverage"]
    per_year = part.groupby("year")["option_id"].nunique().sort_index(ascending=False)
    if coverage == "full":
        return labels.t("kept_full", lang).format(k=int(per_year.iloc[0]))
    sep = "，" if lang == "zh" else ", "
    years = sep.join(labels.t("kept_year", lang).format(year=y, k=k) for y, k in per_year.items())
    note = labels.t("kept_part", lang).format(years=years)
    missing = sorted(_years(item) - set(part["year"]))
    if missing:
        span = str(missing[0]) if len(missing) == 1 else f"{missing[0]}–{missing[-1]}"
        note += labels.t("kept_years", lang).format(years=span)
    return note


def _band(lo, hi) -> tuple[float, float]:
    return (0.0 if pd.isna(lo) else float(lo), math.inf if pd.isna(hi) else float(hi))


def _range_label(r, lang: str) -> str:
    """An unprinted bar named by its edges and unit: 10人以内, 11–100家, 60元及以上."""
    unit = data.load("units").set_index("unit_id").loc[r.band_unit, f"name_{lang}"]
    lo, hi = _band(r.bar_low, r.bar_high)
    key = "band_open" if hi == math.inf else "band_upto" if lo == 0 else "band_between"
    return labels.t(key, lang).format(lo=f"{lo:g}", hi=f"{hi:g}", unit=unit)


def rows(part: pd.DataFrame, lang: str, ranges=None) -> pd.DataFrame:
    """The bars of one chart and year, top to bottom: printed shares (kind exact or approx)
    and, given `ranges`, the unprinted bars they bound (kind range). Banded options in band
    order, a band nested in another straight under it (`nested_in`); unbanded ones largest
    first. Columns: label, summed (a sum of rounded shares, marked †), kind, value, low, high
    (interval or range, percent), text."""
    shares = data.load("survey_shares").set_index("id")
    out = []
    for r in part.itertuples():
        s = shares.loc[r.id]
        approx = r.qualifier in APPROX
        text = f"{r.published:.{int(s['decimals'])}f}%"
        text = "≈" + text if r.qualifier == "approx" else text
        text += labels.t("in_words_all", lang) if r.qualifier == "in_words" else ""
        out.append(
            {
                "label": r._asdict()[f"option_{lang}"],
                "summed": str(r.status).startswith("sum_of"),
                "kind": "approx" if approx else "exact",
                "value": r.published,
                "low": r.ci_low,
                "high": r.ci_high,
                "text": text,
                "band": None if pd.isna(s["band_unit"]) else _band(s["band_low"], s["band_high"]),
            }
        )
    question = part["question_id"].iloc[0]
    if ranges is not None and int(part["year"].iloc[0]) == int(part["year"].max()):
        for r in ranges[ranges["question_id"] == question].itertuples():
            same = math.isclose(r.low_pct, r.high_pct)
            out.append(
                {
                    "label": _range_label(r, lang),
                    "summed": False,
                    "kind": "range",
                    "value": r.high_pct,
                    "low": 0.0 if same else r.low_pct,
                    "high": r.high_pct,
                    "text": f"{r.high_pct:.1f}%" if same else f"{r.low_pct:.1f}–{r.high_pct:.1f}%",
                    "band": _band(r.bar_low, r.bar_high),
                }
            )
    frame = pd.DataFrame(out)
    if frame["band"].isna().any():
        frame = frame.sort_values("value", ascending=False, kind="stable")
        return frame.assign(nested_in=None).drop(columns="band").reset_index(drop=True)
    parents = []
    for b in frame["band"]:
        outer = [o for o in frame["band"] if o != b and o[0] <= b[0] and b[1] <= o[1]]
        parents.append(min(outer, key=lambda o: o[1] - o[0]) if outer else None)
    frame["nested_in"] = parents
    frame["key"] = [p if p is not None else b for b, p in zip(frame["band"], parents)]
    frame["inner"] = frame["nested_in"].notna()
    frame = frame.sort_values(["key", "inner"], kind="stable").reset_index(drop=True)
    frame["label"] = [
        labels.t("of_which", lang).format(t) if inner else t
        for t, inner in zip(frame["label"], frame["inner"])
    ]
    return frame.drop(columns=["band", "key", "inner"])


def _panel(ax, bars: pd.DataFrame, lang: str, color: str, width: int, xmax: float) -> None:
    """One chart's bars: printed shares solid (approximate ones pale) with their 95% Wilson
    intervals, unprinted bars as hatched unfilled ranges; each labelled with its value."""
    ax.set_xlim(0, xmax)
    renderer = ax.figure.canvas.get_renderer()
    for y, r in enumerate(bars.itertuples()):
        if r.kind == "range":
            ax.barh(
                y,
                r.high - r.low,
                left=r.low,
                height=0.6,
                color="none",
                ec=color,
                hatch="////",
                lw=0.8,
            )
            end = r.high
        else:
            ax.barh(y, r.value, height=0.6, color=color, alpha=0.4 if r.kind == "approx" else 1)
            ax.errorbar(
                r.value,
                y,
                xerr=[[r.value - r.low], [r.high - r.value]],
                color="0.15",
                capsize=3,
                lw=1,
            )
            end = r.high
        # A value with no room right of its interval is written at the foot of its bar.
        text = ax.annotate(
            r.text,
            (end, y),
            xytext=(4, 0),
            textcoords="offset points",
            va="center",
            fontsize=plots.SMALL,
            zorder=4,
        )
        # Measured before the figure's final layout, which may narrow the panel: a margin.
        box, panel = text.get_window_extent(renderer), ax.get_window_extent(renderer)
        if panel.x1 - box.x1 < 0.12 * panel.width:
            text.xy = (0, y)
            text.set_color("white" if r.kind == "exact" else "black")
    marks = np.where(bars["summed"], " †", "")  # kept on the label's last line
    ax.set_yticks(
        range(len(bars)), [plots.wrap(t, width) + m for t, m in zip(bars["label"], marks)]
    )
    ax.set_ylim(len(bars) - 0.5, -0.5)
    ax.xaxis.set_major_locator(plt.MaxNLocator(4 if xmax == 100 else 5, steps=[1, 2, 2.5, 5, 10]))
    ax.grid(axis="y", visible=False)
    ax.set_xlabel("")
    ax.set_ylabel("")


def _panels(table: pd.DataFrame, items: list[str], lang: str, ranges) -> list:
    """(item, year, bars) per panel: one per chart and year, the survey year first."""
    latest = table["year"].max()
    out = []
    for item in items:
        part = table[table["item"] == item]
        for year in [latest] + sorted(set(part["year"]) - {latest}):
            chosen = part[part["year"] == year]
            if len(chosen):
                out.append((item, int(year), rows(chosen, lang, ranges)))
    return out


def sample_note(table: pd.DataFrame, lang: str, years=()) -> str:
    """n as inferred and as stated, read from data; and the n of every other survey year drawn
    (`years`), so the note is true of every panel. The erratum that joins them is the
    caption's (`caption_note`)."""
    latest = table["year"].max()
    n = int(table.loc[table["year"] == latest, "n"].iloc[0])
    stated = int(data.load("facts").set_index("id").loc["fact.valid_questionnaires", "value"])
    others = "".join(
        labels.t("survey_n_other", lang).format(
            year=int(y), n=int(table.loc[table["year"] == y, "n"].iloc[0])
        )
        for y in sorted(set(years) - {latest})
    )
    return labels.t("survey_n", lang).format(n=n, stated=stated, others=others)


def panel_letter(i: int, lang: str) -> str:
    """The i-th panel's letter as the page brackets it: （a） / (a)."""
    letter = string.ascii_lowercase[i]
    return f"（{letter}）" if labels.check_lang(lang) == "zh" else f"({letter})"


def caption_note(fig_id: str, lang: str) -> str:
    """The erratum a survey figure's caption names, outside the image (a chart carries no
    erratum labels): that some of its shares are sums of rounded shares, when they are
    (`survey_errata`, '' otherwise). That every chart's n is inferred, not the stated one, is
    said once, in the chapter's text, not in every caption (issue 19's readers)."""
    group = gathered(fig_id) if "-" in fig_id else [fig_id]
    shares = data.load("survey_shares")
    shares = shares[shares["item"].isin(group)]
    per = survey.per_share(shares, survey.sample_sizes(), survey.stated_sample_size())
    if not per["status"].astype(str).str.startswith("sum_of").any():
        return ""
    rounding = data.load("errata").query("kind == 'rounding'")["erratum_id"].iloc[0]
    return labels.t("survey_errata", lang).format(id=rounding)


def _grid(panels: list, many: bool):
    """Figure and one axes per panel: a column of panels, or two columns of small multiples
    (each grid row as tall as its taller panel)."""
    cols = 2 if many else 1
    grid_rows = [panels[i : i + cols] for i in range(0, len(panels), cols)]
    heights = [max(len(b) for _, _, b in row) * ROW_IN + TITLE_IN for row in grid_rows]
    fig = plt.figure(figsize=(plots.WIDTH, sum(heights) + 1.6))
    spec = fig.add_gridspec(len(grid_rows), cols, height_ratios=heights)
    axes = [fig.add_subplot(spec[i // cols, i % cols]) for i in range(len(panels))]
    return fig, axes


def figure(table: pd.DataFrame, items: list[str], lang: str, ranges=None):
    """One survey chart, or the compact ones gathered as small multiples, from
    `survey.per_share` rows.

    Args:
        table: survey.per_share output (published, k, n, ci_low, ci_high, status per option).
        items: the charts to draw (fig02, …).
        ranges: optional `audit.feasibility.bounds()`: the unprinted bars they bound.
    """
    panels = _panels(table, items, lang, ranges)
    latest = table["year"].max()
    many = len(items) > 1
    fig, axes = _grid(panels, many)
    topics = data.load("survey_questions").set_index("question_id")[f"topic_{lang}"]
    topics = {i: topics[table.loc[table["item"] == i, "question_id"].iloc[0]] for i in items}
    xmax = 100  # one scale for every chart of shares, so that charts can be compared (readers)
    for i, (ax, (item, year, bars)) in enumerate(zip(axes, panels)):
        _panel(
            ax, bars, lang, plots.colour(year), (12 if lang == "zh" else 20) if many else 26, xmax
        )
        if many:
            head = panel_letter(i, lang) + ("" if lang == "zh" else " ") + topics[item]
        elif len(panels) > 1:
            head = (
                labels.t("survey_year", lang).format(year=year)
                if year == latest
                else labels.t("other_survey", lang).format(
                    year=year, year_n=int(table.loc[table["year"] == year, "n"].iloc[0])
                )
            )
        else:
            head = ""
        ax.set_title(head, loc="left", fontsize=plots.SMALL + 0.5)
    for ax in axes[-2:] if many else axes[-1:]:
        ax.set_xlabel(labels.t("share_points", lang))
    notes = [sample_note(table, lang, {year for _, year, _ in panels})]
    shown = table[table["item"].isin(items)]
    if shown["status"].astype(str).str.startswith("sum_of").any():
        notes.append(labels.t("sum_note", lang))
    note = "\n".join(notes)
    kinds = set().union(*(set(b["kind"]) for *_, b in panels))
    colour = plots.colour(latest)
    legend = [
        (plt.Rectangle((0, 0), 1, 1, color=colour), labels.t("legend_printed", lang)),
        (plt.Rectangle((0, 0), 1, 1, color=colour, alpha=0.4), labels.t("legend_approx", lang)),
        (
            plt.Rectangle((0, 0), 1, 1, fc="none", ec=colour, hatch="////"),
            labels.t("legend_range", lang),
        ),
    ]
    legend = [h for h, kind in zip(legend, ("exact", "approx", "range")) if kind in kinds]
    # One kind of bar needs no key: the note says what its intervals are.
    key = ([h for h, _ in legend], [t for _, t in legend]) if len(legend) > 1 else None
    return plots.finish(fig, _heading(items, lang), lang, note=note, legend=key)


def _heading(items: list[str], lang: str) -> str:
    """The figure's alt text: the chart's caption, or the topics of the charts gathered."""
    if len(items) == 1:
        return items[0]
    questions = data.load("survey_questions").set_index("item")
    topics = questions.loc[[i for i in items if i in questions.index], f"topic_{lang}"]
    return labels.t("gathered_alt", lang).format(
        topics=("、" if lang == "zh" else ", ").join(topics)
    )


def figure_scan(result: pd.DataFrame, stated: int, lang: str):
    """How many shares fit k/n for each candidate n, the stated and the best n marked."""
    best = survey.explaining_size(result)
    total = int(result["shares"].iloc[0])
    marked = result.assign(
        which=np.select(
            [result["n"] == stated, result["n"] == best],
            [labels.t("stated_n", lang), labels.t("best_n", lang)],
            "",
        )
    )
    fig, ax = plt.subplots(figsize=(plots.WIDTH, 4.4))
    sns.barplot(
        saturation=1,
        data=marked,
        x="n",
        y="fits",
        hue="which",
        hue_order=["", labels.t("stated_n", lang), labels.t("best_n", lang)],
        palette=["0.6", plots.PALETTE[2], plots.PALETTE[0]],
        native_scale=True,
        dodge=False,
        width=0.8,
        legend=False,
        ax=ax,
    )
    ax.axhline(total, color="0.5", ls=":", lw=1)
    ax.annotate(
        labels.t("all_shares", lang).format(k=total),
        (result["n"].max(), total),
        xytext=(0, 3),
        textcoords="offset points",
        ha="right",
        va="bottom",
        fontsize=plots.SMALL,
        color=plots.MUTED,
    )
    ax.set_ylim(0, total * 1.58)
    # Both labels stand above the line every bar stays under, left-aligned on their bars,
    # the lower n's higher, so that neither leader crosses the other label.
    colours = {stated: plots.PALETTE[2], best: plots.PALETTE[0]}
    for n, height in ((min(stated, best), total * 1.42), (max(stated, best), total * 1.12)):
        color = colours[n]
        fits = int(result.loc[result["n"] == n, "fits"].iloc[0])
        key = "stated_n" if n == stated else "best_n"
        ax.annotate(
            f"{labels.t(key, lang)}{'：' if lang == 'zh' else ': '}n = {n}, {fits}/{total}",
            (n, fits),
            xytext=(n + 1, height),
            textcoords="data",
            ha="left",
            va="center",
            fontsize=plots.SMALL,
            color=color,
            zorder=3,
            bbox={"boxstyle": "square,pad=0.15", "fc": "white", "ec": "none"},
            arrowprops={
                "arrowstyle": "-",
                "color": color,
                "lw": 0.8,
                "relpos": (0, 0.5),
            },
        )
    ax.set_xlabel(labels.t("sample_size", lang))
    plots.ylabel(ax, labels.t("shares_fitting", lang), lang)
    return plots.finish(fig, labels.t("scan_title", lang), lang, source=True)
