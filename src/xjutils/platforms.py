"""Chapter 一(三) with 二(二)5: the three main platforms (表2) against the headline totals.

The 2022 headline totals are not published; they are implied by the 2023 growth rates
(see `overall.series`) and carry the range their printed rounding allows. Whatever the
headline totals hold beyond 表2's three platforms is shown as "outside 表2".
"""

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from . import data, labels, overall, plots

OUTSIDE = "outside"


def levels() -> pd.DataFrame:
    """表2 levels and the headline totals (published 2023, implied 2022), long format.

    Returns:
        Columns platform_id (a platform, 'all' or 'outside'), metric, year, value, low, high,
        unit, status (published / derived).
    """
    # Load inputs
    cells = data.load("platform_metrics")
    totals = overall.series().dropna(subset=["value"])
    # Process data
    half = 0.5 * 10.0 ** -cells["decimals"].astype(float)
    rows = cells.assign(low=cells["value"] - half, high=cells["value"] + half, status="published")[
        ["platform_id", "metric", "year", "value", "low", "high", "unit", "status"]
    ]
    total = totals[totals["year"].isin(rows["year"])].assign(platform_id="all")
    parts = rows.groupby(["metric", "year"]).agg(
        p=("value", "sum"), plo=("low", "sum"), phi=("high", "sum")
    )
    rest = total.join(parts, on=["metric", "year"])
    outside = rest.assign(
        platform_id=OUTSIDE,
        value=rest["value"] - rest["p"],
        low=rest["low"] - rest["phi"],
        high=rest["high"] - rest["plo"],
        status="derived",
    )
    cols = list(rows.columns)
    return pd.concat([rows, total[cols], outside[cols]], ignore_index=True)


def shares(frame: pd.DataFrame) -> pd.DataFrame:
    """Each platform's (and the rest's) share of the headline total, with its rounding range."""
    total = frame[frame["platform_id"] == "all"].set_index(["metric", "year"])
    part = frame[frame["platform_id"] != "all"].join(
        total[["value", "low", "high"]], on=["metric", "year"], rsuffix="_total"
    )
    part["share"] = 100 * part["value"] / part["value_total"]
    part["share_low"] = 100 * part["low"] / part["high_total"]
    part["share_high"] = 100 * part["high"] / part["low_total"]
    return part[["platform_id", "metric", "year", "share", "share_low", "share_high", "status"]]


def ratios(frame: pd.DataFrame) -> pd.DataFrame:
    """GMV per session, GMV per view and views per session, in base units (yuan, views).

    Unit factors come from data/units.csv, so 亿元 / 万场 becomes yuan per session.
    """
    factor = data.load("units").set_index("unit_id")["factor"]
    base = frame.assign(base=frame["value"] * frame["unit"].map(factor))
    wide = base.pivot_table(index=["platform_id", "year"], columns="metric", values="base")
    out = pd.DataFrame(
        {
            "gmv_per_session": wide["gmv"] / wide["sessions"],
            "gmv_per_view": wide["gmv"] / wide["views"],
            "views_per_session": wide["views"] / wide["sessions"],
        }
    )
    return out.reset_index()


def institutions_on_platforms() -> pd.DataFrame:
    """二(二)5: the share of surveyed institutions on each platform the text gives."""
    shares_ = data.load("survey_shares").query("question_id == 'q_platform'")
    return shares_[["id", "option_id", "option_zh", "option_en", "year", "value", "decimals"]]


def order(frame: pd.DataFrame) -> list[str]:
    """Platforms in 表2's row order."""
    rows = data.load("platform_metrics").drop_duplicates("platform_id").sort_values("row")
    return list(rows["platform_id"])


def name(pid: str, lang: str) -> str:
    if pid in ("all", OUTSIDE):
        return labels.t(f"platform_{pid}", lang)
    return data.load("platforms").set_index("platform_id").loc[pid, f"name_{lang}"]


def figure_table2(frame: pd.DataFrame, lang: str, checked: pd.DataFrame):
    """表2 redrawn: 2022 and 2023 per platform, with the re-derived growth above each pair."""
    units = data.load("units").set_index("unit_id")
    cells = frame[frame["platform_id"].isin(order(frame))]
    fig, axes = plt.subplots(1, 3, figsize=(11, 3.8))
    for ax, metric in zip(axes, overall.METRICS):
        part = cells[cells["metric"] == metric]
        for j, year in enumerate(sorted(part["year"].unique())):
            vals = part[part["year"] == year].set_index("platform_id").loc[order(frame)]
            ax.bar(
                np.arange(3) + (j - 0.5) * 0.38,
                vals["value"],
                width=0.38,
                color=f"C{j}",
                label=str(year),
            )
        for i, pid in enumerate(order(frame)):
            row = checked.set_index("claim_id").loc[f"tab02.{pid}.{metric}.growth"]
            top = part[part["platform_id"] == pid]["value"].max()
            ax.annotate(
                f"{row['reproduced']:+.2f}%",
                (i, top),
                xytext=(0, 4),
                textcoords="offset points",
                ha="center",
                fontsize=8,
            )
        ax.set_xticks(np.arange(3), [name(p, lang) for p in order(frame)])
        unit = units.loc[part["unit"].iloc[0], f"name_{lang}"]
        ax.set_title(f"{labels.t(metric, lang)} ({unit})", fontsize=11)
        ax.margins(y=0.18)
    axes[0].legend(frameon=False)
    return plots.finish(fig, "tab02", lang)


def figure_shares(sh: pd.DataFrame, lang: str):
    """Share of the headline totals held by each platform and by the rest, 2022 and 2023."""
    fig, axes = plt.subplots(1, 3, figsize=(11, 3.8), sharey=True)
    stack = order(sh) + [OUTSIDE]
    for ax, metric in zip(axes, overall.METRICS):
        part = sh[sh["metric"] == metric]
        years = sorted(part["year"].unique())
        bottom = np.zeros(len(years))
        for k, pid in enumerate(stack):
            vals = part[part["platform_id"] == pid].set_index("year").loc[years, "share"]
            ax.bar(
                [str(y) for y in years],
                vals,
                bottom=bottom,
                color=f"C{k}" if pid != OUTSIDE else "0.75",
                label=name(pid, lang),
            )
            for x, (v, b) in enumerate(zip(vals, bottom)):
                ax.text(x, b + v / 2, f"{v:.1f}", ha="center", va="center", fontsize=8)
            bottom += vals.to_numpy()
        ax.set_title(labels.t(metric, lang), fontsize=11)
    axes[0].set_ylabel(labels.t("share_of_total", lang))
    axes[-1].legend(frameon=False, bbox_to_anchor=(1, 1), loc="upper left")
    fig.suptitle(labels.t("platform_shares_title", lang))
    fig.tight_layout()
    return fig


def figure_ratios(rat: pd.DataFrame, lang: str):
    """GMV per session, GMV per view and views per session by platform and year."""
    fig, axes = plt.subplots(1, 3, figsize=(11, 3.8))
    pids = order(rat) + ["all", OUTSIDE]
    for ax, col in zip(axes, ["gmv_per_session", "gmv_per_view", "views_per_session"]):
        for j, year in enumerate(sorted(rat["year"].unique())):
            vals = rat[rat["year"] == year].set_index("platform_id").reindex(pids)[col]
            ax.bar(
                np.arange(len(pids)) + (j - 0.5) * 0.38,
                vals,
                width=0.38,
                color=f"C{j}",
                label=str(year),
            )
        ax.set_xticks(np.arange(len(pids)), [name(p, lang) for p in pids], rotation=30, ha="right")
        ax.set_title(labels.t(col, lang), fontsize=10)
    axes[0].legend(frameon=False)
    fig.suptitle(labels.t("ratios_title", lang))
    fig.tight_layout()
    return fig
