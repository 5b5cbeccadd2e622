"""Chapters 一(二) and 一(四): GMV by prefecture (表1) and topic plays (表3).

Shares are of the headline total (图1) where the report implies a breakdown of it, and of the
table's own sum where concentration is measured; the two differ because 表1 does not add up
(erratum E01).
"""

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.colors import LogNorm

from . import data, labels, plots, survey

SEED = 20231231  # fixed: bootstrap and permutation results are part of the nbval reference


def headline_gmv() -> float:
    """The 2023 Xinjiang total (图1), in 亿元."""
    return data.load("overall").set_index("id").loc["fig01.gmv.2023", "value"]


def gmv() -> pd.DataFrame:
    """表1 with names, rank, and shares of the headline total and of the table's sum.

    Returns:
        One row per printed row, in the table's order; the 14 prefectures are ranked,
        归口新疆 is not.
    """
    # Load inputs
    names = data.load("prefectures").set_index("prefecture_id")
    table = data.load("prefecture_gmv").join(names, on="prefecture_id")
    # Process data
    prefecture = table["gbt2260"].notna()
    table["rank"] = table["value"].where(prefecture).rank(ascending=False, method="min")
    table["share_of_total"] = 100 * table["value"] / headline_gmv()
    table["share_of_sum"] = 100 * table["value"] / table["value"].sum()
    table["cumulative_share_of_sum"] = table["share_of_sum"].cumsum()
    cols = [
        "id",
        "prefecture_id",
        "gbt2260",
        "name_zh",
        "name_en",
        "region",
        "rank",
        "value",
        "unit",
        "share_of_total",
        "share_of_sum",
        "cumulative_share_of_sum",
    ]
    return table[cols]


def concentration(frame: pd.DataFrame) -> pd.Series:
    """How concentrated GMV is across the 14 prefectures (归口新疆 left out).

    Returns:
        top-3 share of the 14's sum and of the headline total (%), the Herfindahl-Hirschman
        index of the 14's shares (0-10000), and its equivalent number of equal-sized units.
    """
    pref = frame[frame["gbt2260"].notna()].sort_values("value", ascending=False)
    shares = 100 * pref["value"] / pref["value"].sum()
    hhi = float((shares**2).sum())
    return pd.Series(
        {
            "top3_share_of_prefectures": float(shares.iloc[:3].sum()),
            "top3_share_of_total": float(100 * pref["value"].iloc[:3].sum() / headline_gmv()),
            "hhi": hhi,
            "equivalent_units": 10000 / hhi,
        }
    )


def total_gap(checked: pd.DataFrame) -> pd.Series:
    """Headline total vs the sum of 表1 (claim s1_2.total), and how much rounding could explain."""
    row = checked.set_index("claim_id").loc["s1_2.total"]
    gap = row["published"] - row["reproduced"]
    return pd.Series(
        {
            "headline_total": row["published"],
            "table_sum": row["reproduced"],
            "gap": gap,
            "gap_share_of_headline_pct": 100 * gap / row["published"],
            "max_gap_from_rounding": (row["high"] - row["low"]) / 2,
        }
    )


def topics() -> pd.DataFrame:
    """表3 wide: plays on each platform ('-' stays missing) and their total, a lower bound."""
    names = data.load("prefectures").set_index("prefecture_id")
    plays = data.load("topic_plays")
    wide = plays.pivot(index=["row", "prefecture_id"], columns="platform_id", values="value")
    wide = wide.reset_index().rename_axis(columns=None)
    wide["total_lower_bound"] = wide[["douyin", "kuaishou"]].sum(axis=1, min_count=1)
    wide = wide.join(names[["name_zh", "name_en", "region"]], on="prefecture_id")
    return wide.drop(columns="row")


def spearman(a, b, axis: int = -1):
    """Spearman's rho along an axis (Pearson on ranks), vectorised for scipy's resampling."""
    from scipy import stats

    ra, rb = stats.rankdata(a, axis=axis), stats.rankdata(b, axis=axis)
    ra = ra - ra.mean(axis=axis, keepdims=True)
    rb = rb - rb.mean(axis=axis, keepdims=True)
    return (ra * rb).sum(axis=axis) / np.sqrt((ra**2).sum(axis=axis) * (rb**2).sum(axis=axis))


def topics_vs_gmv(seed: int = SEED) -> pd.Series:
    """Spearman rank correlation of Douyin topic plays and GMV across the 14 prefectures.

    Douyin is used because it is the only platform with a value for every prefecture. The
    p-value is from a permutation test, the interval (at survey.CONFIDENCE, the level the
    prose states) from a BCa bootstrap (both scipy, seeded so the result is reproducible).
    """
    from scipy import stats

    joined = topics().merge(gmv()[["prefecture_id", "value"]], on="prefecture_id")
    x, y = joined["douyin"].to_numpy(), joined["value"].to_numpy()
    perm = stats.permutation_test(
        (x,),
        lambda a, axis: spearman(a, y, axis),
        permutation_type="pairings",
        vectorized=True,
        n_resamples=9999,
        rng=np.random.default_rng(seed),
    )
    boot = stats.bootstrap(
        (x, y),
        spearman,
        paired=True,
        vectorized=True,
        n_resamples=4999,
        confidence_level=survey.CONFIDENCE,
        method="BCa",
        rng=np.random.default_rng(seed),
    )
    return pd.Series(
        {
            "n": len(x),
            "rho": spearman(x, y),
            "p_permutation": perm.pvalue,
            "ci_low": boot.confidence_interval.low,
            "ci_high": boot.confidence_interval.high,
        }
    )


def figure_gmv(frame: pd.DataFrame, lang: str):
    """表1 as a ranked bar chart with the cumulative share of the table's sum."""
    ranked = frame.sort_values("value", ascending=True)
    fig, ax = plt.subplots(figsize=(8, 6))
    colors = ["0.6" if pd.isna(r) else "C0" for r in ranked["rank"]]
    ax.barh(ranked[f"name_{lang}"], ranked["value"], color=colors)
    for y, v in enumerate(ranked["value"]):
        ax.annotate(
            f"{v:.2f}", (v, y), xytext=(3, 0), textcoords="offset points", va="center", fontsize=8
        )
    unit = data.load("units").set_index("unit_id").loc[frame["unit"].iloc[0], f"name_{lang}"]
    ax.set_xlabel(f"{labels.t('gmv', lang)} ({unit})")
    cum = ax.twiny()
    order = frame.sort_values("value", ascending=False)
    cum.plot(
        order["value"].cumsum() / order["value"].sum() * 100,
        np.arange(len(order))[::-1],
        color="C1",
        marker="o",
        ms=3,
    )
    cum.set_xlim(0, 105)
    cum.set_xlabel(labels.t("cumulative_share", lang), color="C1")
    cum.grid(False)
    return plots.finish(fig, "tab01", lang)


def figure_tiles(frame: pd.DataFrame, lang: str):
    """A schematic tile map (hand-placed, not to scale) coloured by GMV."""
    pref = frame[frame["gbt2260"].notna()].join(
        data.load("prefectures").set_index("prefecture_id")[["tile_row", "tile_col"]],
        on="prefecture_id",
    )
    norm = LogNorm(pref["value"].min(), pref["value"].max())
    cmap = plt.get_cmap("Blues")
    fig, ax = plt.subplots(figsize=(9, 5.5))
    edge = {"north": "C3", "east": "C2", "south": "C4"}
    for r in pref.itertuples():
        x, y = r.tile_col, -r.tile_row
        ax.add_patch(
            plt.Rectangle((x, y), 0.95, 0.95, color=cmap(norm(r.value)), ec=edge[r.region], lw=2.5)
        )
        dark = norm(r.value) > 0.55
        name = getattr(r, f"name_{lang}")
        ax.text(
            x + 0.475,
            y + 0.6,
            name if lang == "zh" else name.split(" (")[0].split(" ")[0],
            ha="center",
            va="center",
            fontsize=8,
            color="white" if dark else "black",
            wrap=True,
        )
        ax.text(
            x + 0.475,
            y + 0.3,
            f"{r.value:.2f}",
            ha="center",
            va="center",
            fontsize=9,
            color="white" if dark else "black",
        )
    handles = [plt.Rectangle((0, 0), 1, 1, fc="white", ec=c, lw=2.5) for c in edge.values()]
    ax.legend(handles, [labels.t(k, lang) for k in edge], loc="lower right", frameon=False)
    ax.set_xlim(-0.1, 6.1)
    ax.set_ylim(-3.1, 1.1)
    ax.set_aspect("equal")
    ax.axis("off")
    fig.colorbar(
        plt.cm.ScalarMappable(norm=norm, cmap=cmap), ax=ax, shrink=0.6, label=labels.t("gmv", lang)
    )
    fig.suptitle(labels.t("tiles_title", lang))
    fig.text(0.99, 0.0, labels.t("tiles_note", lang), ha="right", va="top", fontsize=7, color="0.4")
    return fig


def figure_topics(frame: pd.DataFrame, lang: str):
    """表3 as paired bars; a '-' cell is drawn as a gap and labelled, never as zero."""
    fig, ax = plt.subplots(figsize=(8, 6))
    order = frame.iloc[::-1].reset_index(drop=True)
    y = np.arange(len(order))
    platforms = data.load("platforms").set_index("platform_id")
    for offset, pid, color in ((0.2, "douyin", "C0"), (-0.2, "kuaishou", "C1")):
        vals = order[pid]
        ax.barh(
            y + offset,
            vals.fillna(0),
            height=0.4,
            color=color,
            label=platforms.loc[pid, f"name_{lang}"],
        )
        for yi, v in zip(y, vals):
            text = "–" if pd.isna(v) else f"{v:.1f}"
            ax.annotate(
                text,
                (0 if pd.isna(v) else v, yi + offset),
                xytext=(3, 0),
                textcoords="offset points",
                va="center",
                fontsize=7,
            )
    ax.set_yticks(y, order[f"name_{lang}"])
    unit = data.load("units").set_index("unit_id").loc["100m_plays", f"name_{lang}"]
    ax.set_xlabel(f"{labels.t('topic_plays', lang)} ({unit})")
    ax.legend(frameon=False, loc="lower right")
    return plots.finish(fig, "tab03", lang)


def figure_topics_vs_gmv(lang: str, result: pd.Series):
    """Douyin topic plays against GMV (log scales), with the rank correlation in the corner."""
    joined = topics().merge(gmv()[["prefecture_id", "value"]], on="prefecture_id")
    fig, ax = plt.subplots(figsize=(7, 5))
    ax.scatter(joined["douyin"], joined["value"], color="C0")
    for r in joined.itertuples():
        name = getattr(r, f"name_{lang}")
        ax.annotate(
            name if lang == "zh" else name.split(" ")[0],
            (r.douyin, r.value),
            xytext=(3, 3),
            textcoords="offset points",
            fontsize=7,
        )
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel(labels.t("topic_plays_douyin", lang))
    ax.set_ylabel(labels.t("gmv", lang))
    ax.text(
        0.02,
        0.97,
        f"Spearman ρ = {result['rho']:.2f}  (95% CI {result['ci_low']:.2f}–"
        f"{result['ci_high']:.2f}, p = {result['p_permutation']:.3f}, n = {int(result['n'])})",
        transform=ax.transAxes,
        va="top",
        fontsize=8,
    )
    fig.suptitle(labels.t("topics_vs_gmv_title", lang))
    return fig
