"""Chapter 一(一): the headline series behind 图1.

图1 itself was an image. What the text gives: GMV for 2020 and 2023, views and sessions for
2023, and 2023 growth rates. A growth rate implies the 2022 level (marked derived, with the
range its printed rounding allows); anything else, 2021 included, stays missing.
"""

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from . import claims, data, labels, plots, prose

METRICS = ("gmv", "views", "sessions")


def years() -> range:
    """The span 图1 covers, from the preface's growth span (fact.span_start/end)."""
    facts = data.load("facts").set_index("id")
    start, end = (int(facts.loc[f"fact.span_{end}", "date"]) for end in ("start", "end"))
    return range(start, end + 1)


def series() -> pd.DataFrame:
    """One row per metric and year: value, rounding range, and how we know it.

    Returns:
        Columns metric, year, value, low, high, unit, status (published / derived / missing),
        ref (the input a published value was printed as) and implied_by (the growth claim a
        derived value comes from: it was printed nowhere, so it has no place of its own).
    """
    # Load inputs
    inputs = data.load("overall").set_index("id")
    growth = data.load("claims").query("method == 'growth_base_bound'")
    growth = growth.assign(base=growth["inputs"].str.split(";").str[0]).set_index("base")
    # Process data
    rows = []
    for metric in METRICS:
        known = inputs[inputs["metric"] == metric]
        unit = known["unit"].iloc[0]
        for year in years():
            row = {
                "metric": metric,
                "year": year,
                "unit": unit,
                "value": np.nan,
                "low": np.nan,
                "high": np.nan,
                "status": "missing",
                "ref": None,
                "implied_by": None,
            }
            hit = known[known["year"] == year]
            nxt = known[known["year"] == year + 1]
            if len(hit):
                v = claims.Value(hit["value"].iloc[0], int(hit["decimals"].iloc[0]))
                row.update(
                    value=v.x,
                    low=v.x - v.half,
                    high=v.x + v.half,
                    status="published",
                    ref=hit.index[0],
                )
            elif len(nxt) and nxt.index[0] in growth.index:
                g = growth.loc[nxt.index[0]]
                cur = claims.Value(nxt["value"].iloc[0], int(nxt["decimals"].iloc[0]))
                x, low, high = claims.corners(
                    claims.implied_previous, [cur, claims.Value(g["value"], int(g["decimals"]))]
                )
                row.update(value=x, low=low, high=high, status="derived", implied_by=g["claim_id"])
            rows.append(row)
    return pd.DataFrame(rows)


def implied(frame: pd.DataFrame) -> pd.DataFrame:
    """The levels a `series` implies from a growth rate (not published), by metric."""
    return frame[frame["status"] == "derived"].set_index("metric")


def _mark_missing(ax, columns: list[int], lang: str) -> None:
    """'not published' level in its empty column, centred between the two lowest grid lines
    so no grid line runs into it (the limits are fixed first, so the lines stay put)."""
    if not columns:
        return
    ax.figure.canvas.draw()
    ax.set_ylim(ax.get_ylim())
    ax.set_yticks(ax.get_yticks())
    low, high = ax.get_ylim()
    ticks = [t for t in ax.get_yticks() if low <= t <= high]
    middle = (ticks[0] + ticks[1]) / 2
    runs = []  # consecutive missing years share one label, centred on them
    for i in columns:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        text = labels.t("missing", lang)
        # One English column is too narrow for the words: they stand along it, from just
        # above the axis (Chinese is never set sideways, and its three characters fit).
        upright = lang == "en" and len(run) == 1
        ax.text(
            sum(run) / len(run),
            low + 0.03 * (high - low) if upright else middle,
            text if len(run) > 1 or lang == "en" else plots.wrap(text, 4),
            ha="center",
            va="bottom" if upright else "center",
            color=plots.MUTED,
            fontsize=plots.SMALL,
            linespacing=1.1,
            rotation=90 if upright else 0,
        )


def figure(frame: pd.DataFrame, lang: str):
    """图1 redrawn: one panel per metric; derived bars hatched, missing years labelled."""
    fig, axes = plt.subplots(1, len(METRICS), figsize=(plots.WIDTH, 3.9))
    for ax, metric in zip(axes, METRICS):
        part, unit, k = plots.in_page_unit(frame[frame["metric"] == metric], lang)
        x = np.arange(len(part))
        missing = []
        for i, r in enumerate(part.itertuples()):
            if r.status == "missing":
                missing.append(i)
                continue
            derived = r.status == "derived"  # hatched and unfilled, as every derived bar
            ax.bar(
                i,
                r.value,
                color="white" if derived else plots.colour(r.year),
                hatch="//" if derived else None,
                edgecolor=plots.colour(r.year),
            )
            if derived:
                ax.errorbar(
                    i,
                    r.value,
                    yerr=[[r.value - r.low], [r.high - r.value]],
                    color="0.2",
                    capsize=3,
                    lw=1,
                )
            ax.annotate(
                prose.number(prose.printed(r.value, max(0, 2 + k)), lang),
                (i, r.value),
                ha="center",
                va="bottom",
                xytext=(0, 3),
                textcoords="offset points",
                fontsize=plots.SMALL,
            )
        ax.set_xticks(x, part["year"].astype(str))
        ax.grid(axis="x", visible=False)  # columns by year: only the value grid reads
        ax.set_xlim(-0.6, len(part) - 0.4)
        head = plots.with_unit(labels.t(metric, lang), unit, lang)
        ax.set_title(
            head.replace(" (", "\n(") if lang == "en" else head, fontsize=plots.SMALL + 0.5
        )
        ax.margins(y=0.15)
        ax.yaxis.set_major_locator(plt.MaxNLocator(5, steps=[1, 2, 5, 10]))
        _mark_missing(ax, missing, lang)
    # each year has its colour (the edition's one per year): "published" shows every published
    # year's, "implied" the latest's, as the bars the reader compares them with
    latest = plots.colour(int(frame["year"].max()))
    published = sorted(frame.loc[frame["status"] == "published", "year"].unique())
    handles = [
        tuple(plt.Rectangle((0, 0), 1, 1, color=plots.colour(int(y))) for y in published),
        plt.Rectangle((0, 0), 1, 1, fc="white", ec=latest, hatch="//"),
    ]
    texts = [labels.t("published", lang), labels.t("derived", lang)]
    return plots.finish(fig, "fig01", lang, legend=(handles, texts))
