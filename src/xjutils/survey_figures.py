"""The survey charts (图2–图15, 图23–图28) drawn from what the text keeps of them.

Each published share is drawn as a point with the 95% Wilson interval of the count it implies
(k of n). seaborn draws the points and intervals from the reconstructed answers (k ones and
n - k zeros per option) with the Wilson interval as its error-bar function, so the interval is
computed from the sample, not pasted on. A chart of which the text keeps one or two options is
never drawn as a lone bar under a distribution title: such charts are gathered into one figure
of compact panels, each saying what of the original is missing. Another survey's value (2022)
gets its own panel with its own inferred n, never a row on the same axis.
"""

import re

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns

from . import data, labels, plots, survey

COMPACT = 2  # a chart keeping at most this many options is drawn as a compact panel
MAX_PANELS = 5  # compact panels gathered into one figure, at most
ROW_IN = 0.42  # inches per option
APPROX = ("approx", "in_words")


def wilson(values) -> tuple[float, float]:
    """seaborn error-bar function: the 95% Wilson interval of answers coded 0 or 100."""
    values = np.asarray(values)
    return survey.interval(int((values > 0).sum()), len(values))


def layout(table: pd.DataFrame, items: list[str]) -> list[tuple[str, list[str]]]:
    """Figure ids and the charts each draws, in report order.

    A chart keeping three or more options of the survey year stands alone; compact charts are
    gathered in report order, MAX_PANELS to a figure named after the first and last
    (fig02-08 holds the compact ones among 图2–图8; its caption lists them).
    """
    latest = table["year"].max()
    kept = table[table["year"] == latest].groupby("item").size()
    compact = [i for i in items if i in kept.index and kept[i] <= COMPACT]
    groups = [compact[i : i + MAX_PANELS] for i in range(0, len(compact), MAX_PANELS)]
    out = []
    for item in items:
        group = next((g for g in groups if g[0] == item), None)
        if group is not None:
            fig_id = item if len(group) == 1 else f"{group[0]}-{group[-1][3:]}"
            out.append((fig_id, group))
        elif item not in compact:
            out.append((item, [item]))
    return out


def gathered(fig_id: str) -> list[str]:
    """The charts a figure `layout` gathered (fig02-08 → fig02, fig04, …), read from
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


def title(fig_id: str, lang: str) -> str:
    """The heading of a figure `layout` gathered: the charts it holds."""
    return _heading(gathered(fig_id), lang)


def charts(table: pd.DataFrame, items: list[str], lang: str, ranges=None):
    """(figure id, figure) for every chart of `items` the text gives values of, drawn lazily
    one at a time. A chart without a single value is not drawn (an image of a sentence is
    no figure): `unquantified` lists what the text says of it instead."""
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
    """How much of the original chart the text keeps, computed from the data."""
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
    return plots.wrap(note, 48 if lang == "zh" else 90)


def _decimals() -> pd.Series:
    return data.load("survey_shares").set_index("id")["decimals"]


def _answers(part: pd.DataFrame, lang: str) -> pd.DataFrame:
    """k answers of 100 and n - k of 0 per option: what seaborn estimates the share from."""
    rows = []
    for r in part.itertuples():
        for i in range(int(r.n)):
            rows.append((r.label, 100.0 if i < r.k else 0.0, r.kind))
    return pd.DataFrame(rows, columns=["label", "answer", "kind"])


def _label(r, lang: str) -> str:
    width = 26 if lang == "en" else 13
    text = plots.wrap(r[f"option_{lang}"], width)
    return text + (" †" if str(r["status"]).startswith("sum_of") else "")


def _panel(ax, part: pd.DataFrame, lang: str, color: str, ranges=None) -> None:
    """One chart's options as points with 95% Wilson intervals and their printed values."""
    low = data.load("survey_shares").set_index("id")["band_low"].reindex(part["id"])
    if low.isna().any():  # unordered options: largest first
        part = part.sort_values("published", ascending=False).copy()
    else:  # banded options (GMV, return rate, …): in band order
        part = part.assign(band=low.to_numpy()).sort_values("band", kind="stable").copy()
    part["label"] = [_label(r, lang) for _, r in part.iterrows()]
    part["kind"] = np.where(part["qualifier"].isin(APPROX), "approx", "exact")
    order = list(part["label"])
    if ranges is not None:  # a later layer: the feasible range of each unprinted bar
        for i, r in enumerate(part.itertuples()):
            if r.id in ranges.index:
                lo, hi = ranges.loc[r.id, ["low", "high"]]
                ax.hlines(i, lo, hi, color="0.85", lw=8, zorder=0)
    sns.pointplot(
        data=_answers(part, lang),
        x="answer",
        y="label",
        hue="kind",
        hue_order=["exact", "approx"],
        order=order,
        palette={"exact": color, "approx": "0.55"},
        markers=["o", "D"],
        linestyle="none",
        errorbar=wilson,
        capsize=0.25,
        err_kws={"linewidth": 1.2},
        legend=False,
        ax=ax,
    )
    dec = _decimals()
    for i, r in enumerate(part.itertuples()):
        text = f"{r.published:.{int(dec[r.id])}f}%"
        if r.qualifier == "approx":
            text = "≈" + text
        elif r.qualifier == "in_words":
            text += labels.t("in_words_all", lang)
        x = 100 * r.k / r.n
        ax.annotate(
            text,
            (x, i),
            xytext=(0, 5),
            textcoords="offset points",
            ha="right" if x > 90 else "left" if x < 8 else "center",
            va="bottom",
            fontsize=8,
        )
    ax.set_xlim(0, 105)
    ax.set_xticks(range(0, 101, 20))
    ax.set_ylim(len(part) - 0.35, -0.85)
    ax.set_ylabel("")
    ax.set_xlabel("")


def _panels(table: pd.DataFrame, items: list[str]) -> list[tuple[str, int, pd.DataFrame]]:
    """(item, year, rows) per panel: one per chart and year, the survey year first."""
    latest = table["year"].max()
    out = []
    for item in items:
        part = table[table["item"] == item]
        for year in [latest] + sorted(set(part["year"]) - {latest}):
            rows = part[part["year"] == year]
            if len(rows):
                out.append((item, int(year), rows))
    return out


def _heading(items: list[str], lang: str) -> str:
    if len(items) == 1:
        return items[0]
    nums = [str(int(i[3:])) for i in items]
    return labels.t("kept_title", lang).format(
        figs=("、" if lang == "zh" else ", ").join(nums), k=COMPACT
    )


def sample_note(table: pd.DataFrame, lang: str, years=()) -> str:
    """n as inferred, n as stated, the erratum that joins them, all read from data; and the n
    of every other survey year drawn (`years`), so the note is true of every panel."""
    latest = table["year"].max()
    n = int(table.loc[table["year"] == latest, "n"].iloc[0])
    stated = int(data.load("facts").set_index("id").loc["fact.valid_questionnaires", "value"])
    claim = data.load("claims").query("method == 'sample_size'").iloc[0]
    others = "".join(
        labels.t("survey_n_other", lang).format(
            year=int(y), n=int(table.loc[table["year"] == y, "n"].iloc[0])
        )
        for y in sorted(set(years) - {latest})
    )
    return labels.t("survey_n", lang).format(
        n=n, stated=stated, erratum=claim["erratum_id"], others=others
    )


def figure(table: pd.DataFrame, items: list[str], lang: str, ranges=None):
    """One survey chart, or several compact ones gathered, from `survey.per_share` rows.

    Args:
        table: survey.per_share output (published, k, n, status per option).
        items: the charts to draw (fig02, …).
        ranges: optional feasible ranges (index: share id; low, high) drawn behind the points.
    """
    panels = _panels(table, items)
    latest = table["year"].max()
    heights = [len(rows) + 1.6 for _, _, rows in panels]
    fig, axes = plt.subplots(
        len(panels),
        1,
        figsize=(7.5, ROW_IN * sum(heights) + 1.9),
        sharex=True,
        gridspec_kw={"height_ratios": heights},
        squeeze=False,
    )
    for ax, (item, year, rows) in zip(axes[:, 0], panels):
        other = year != latest
        _panel(ax, rows, lang, "C1" if other else "C0", ranges)
        head = plots.title(item, lang) if len(items) > 1 else None
        if other:
            sub = labels.t("other_survey", lang).format(year=year, year_n=int(rows["n"].iloc[0]))
        else:
            sub = kept_note(table, item, lang)
        # Two lines with a line's gap between them, clear of the panel's frame.
        ax.set_title(
            sub if head is None else f"{head}\n{sub}",
            loc="left",
            fontsize=9,
            linespacing=1.5,
            pad=7,
        )
    axes[-1, 0].set_xlabel(labels.t("share_points", lang))
    notes = [sample_note(table, lang, {year for _, year, _ in panels})]
    shown = table[table["item"].isin(items)]
    if shown["qualifier"].isin(APPROX).any():
        notes.append(labels.t("approx_note", lang))
    if shown["status"].astype(str).str.startswith("sum_of").any():
        errata = data.load("errata").query("kind == 'rounding'")
        notes.append(labels.t("sum_note", lang).format(erratum=errata["erratum_id"].iloc[0]))
    coverage = data.load("coverage").set_index("item_id")["coverage"]
    if (coverage.reindex(items) != "full").any():
        notes.append(labels.t("not_inferred", lang))
    width = 100 if lang == "en" else 60
    note = "\n".join(plots.wrap(n, width) for n in notes)
    return plots.finish(fig, _heading(items, lang), lang, note=note)


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
    fig, ax = plt.subplots(figsize=(8, 3.8))
    sns.barplot(
        data=marked,
        x="n",
        y="fits",
        hue="which",
        hue_order=["", labels.t("stated_n", lang), labels.t("best_n", lang)],
        palette=["C0", "C1", "C3"],
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
        fontsize=8,
        color=plots.MUTED,
    )
    ax.set_ylim(0, total * 1.45)
    # The best n is labelled above the line every bar stays under, its leader dropping straight
    # to its bar; the stated n, to its left, just above the bars left of it, with a short leader.
    left_bars = result.loc[result["n"] < min(stated, best), "fits"]
    low = (left_bars.max() if len(left_bars) else 0) + total * 0.1
    for n, color, side, height in (
        (stated, "C1", "right", low if stated < best else total * 1.25),
        (best, "C3", "left", total * 1.25),
    ):
        fits = int(result.loc[result["n"] == n, "fits"].iloc[0])
        key = "stated_n" if n == stated else "best_n"
        ax.annotate(
            f"{labels.t(key, lang)}{'：' if lang == 'zh' else ': '}n = {n}, {fits}/{total}",
            (n, fits),
            xytext=(n - 1.5 if side == "right" else n, height),
            textcoords="data",
            ha=side,
            va="center",
            fontsize=8,
            color=color,
            zorder=3,
            bbox={"boxstyle": "square,pad=0.15", "fc": "white", "ec": "none"},
            arrowprops={
                "arrowstyle": "-",
                "color": color,
                "lw": 0.8,
                "relpos": (1, 0.5) if side == "right" else (0, 0.5),
            },
        )
    ax.set_xlabel(labels.t("sample_size", lang))
    plots.ylabel(ax, labels.t("shares_fitting", lang), lang)
    return plots.finish(fig, labels.t("scan_title", lang), lang, source=True)
