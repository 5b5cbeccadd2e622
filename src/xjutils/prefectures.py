"""Chapters 一(二) and 一(四): GMV by prefecture (表1) and topic plays (表3).

Shares are of the headline total (图1) where the report implies a breakdown of it, and of the
table's own sum where concentration is measured; the two differ because 表1 does not add up
(erratum E01).
"""

import re

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns
from matplotlib.colors import LogNorm

from . import data, labels, plots, present, prose, survey

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


def of_total(frame: pd.DataFrame) -> pd.DataFrame:
    """`gmv` for reading with one denominator, the regional total: each unit's share of it and
    the cumulative share (a second column of shares of the table's own sum, whose cumulative
    top three differs from the text's, gave a reader three top-three shares)."""
    out = frame.drop(columns=["share_of_sum", "cumulative_share_of_sum"])
    return out.assign(cumulative_share_of_total=frame["share_of_total"].cumsum())


def ranked(frame: pd.DataFrame) -> pd.DataFrame:
    """The ranked units of `gmv` (归口新疆 is not ranked), first first."""
    return frame.dropna(subset=["rank"]).sort_values("rank")


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
    out = pd.Series(
        {
            "headline_total": row["published"],
            "table_sum": row["reproduced"],
            "gap": gap,
            "gap_share_of_headline_pct": 100 * gap / row["published"],
            "max_gap_from_rounding": (row["high"] - row["low"]) / 2,
        }
    )
    amounts = ["headline_total", "table_sum", "gap", "max_gap_from_rounding"]
    out.attrs = {"units": dict.fromkeys(amounts, row["unit"])}
    return out


def topics() -> pd.DataFrame:
    """表3 wide: plays on each platform ('-' stays missing) and their total, a lower bound."""
    names = data.load("prefectures").set_index("prefecture_id")
    plays = data.load("topic_plays")
    wide = plays.pivot(index=["row", "prefecture_id"], columns="platform_id", values="value")
    wide = wide.reset_index().rename_axis(columns=None)
    wide["total_lower_bound"] = wide[["douyin", "kuaishou"]].sum(axis=1, min_count=1)
    wide = wide.join(names[["name_zh", "name_en", "region"]], on="prefecture_id")
    wide = wide.drop(columns="row")
    # for the reader: the unit in the headers, the decimals Table 3 prints (the fewest that
    # write every cell), a dash where it prints "-"
    (unit,) = plays["unit"].unique()
    printed = max(present._exact_places(float(v)) or 0 for v in plays["value"].dropna())
    columns = ["douyin", "kuaishou", "total_lower_bound"]
    wide.attrs = {
        "units": dict.fromkeys(columns, unit),
        "decimals": dict.fromkeys(columns, printed),
        "dash": dict.fromkeys(["douyin", "kuaishou"], True),
    }
    return wide


def unreported(frame: pd.DataFrame) -> dict[str, int]:
    """How many prefectures each platform's column of `topics` leaves at '-'."""
    return {p: int(frame[p].isna().sum()) for p in ("douyin", "kuaishou")}


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


def _unit(unit_id: str, lang: str) -> str:
    return data.load("units").set_index("unit_id").loc[unit_id, f"name_{lang}"]


def _gmv_label(lang: str) -> str:
    return plots.with_unit(labels.t("gmv", lang), _unit(_page("100m_yuan", lang)[0], lang), lang)


def _page(unit_id: str, lang: str) -> tuple[str, int]:
    """The unit a figure of `lang` writes `unit_id`'s values in and the power of ten to divide
    them by (`prose.rescale`: 亿元 in Chinese, billion yuan in English)."""
    return prose.rescale(unit_id, None, lang)


def figure_gmv(frame: pd.DataFrame, lang: str, checked: pd.DataFrame):
    """表1 as ranked bars with the cumulative share, and below them the row sum against the
    published total: the gap (erratum E01) is drawn, not only told."""
    # Prefectures by size, then 归口新疆 (no prefecture) last, where 表1 puts it.
    ranked = (
        frame.assign(
            # Short names (克州, Kizilsu): the full ones would take half the chart's width.
            name=lambda f: f["prefecture_id"].map(short_names(lang)).fillna(f[f"name_{lang}"]),
            kind=lambda f: np.where(f["rank"].isna(), "other", "prefecture"),
            last=lambda f: f["rank"].isna(),
        )
        .sort_values(["last", "value"], ascending=[True, False], kind="stable")
        .drop(columns="last")
    )
    ranked, unit, k = plots.in_page_unit(ranked, lang)
    # The cumulative share in a panel of its own beside the bars: it crosses no bar label.
    fig, ((ax, cum), (gap_ax, spare)) = plt.subplots(
        2,
        2,
        figsize=(plots.WIDTH, 7.8),
        gridspec_kw={"height_ratios": [len(ranked), 2.6], "width_ratios": [3, 1.1]},
    )
    spare.remove()
    sns.barplot(
        saturation=1,
        data=ranked,
        x="value",
        y="name",
        hue="kind",
        palette={"prefecture": plots.colour(2023), "other": "0.6"},
        dodge=False,
        legend=False,
        ax=ax,
    )
    top = ranked["value"].max()
    for y, v in enumerate(ranked["value"]):
        ax.annotate(
            prose.number(prose.printed(v, max(0, 2 + k)), lang),
            (v, y),
            xytext=(3, 0),
            textcoords="offset points",
            va="center",
            fontsize=plots.SMALL,
        )
    ax.set_xlim(0, top * 1.18)
    ax.set_xlabel(plots.with_unit(labels.t("gmv", lang), unit, lang))
    ax.set_ylabel("")
    # Of the regional total, as Table 2.1 gives it: the line stops short of 100 by the gap.
    share = ranked["share_of_total"].cumsum()
    cum.plot(share.to_numpy(), np.arange(len(ranked)), color="0.2", marker="o", ms=3)
    cum.axvline(100, color="0.5", lw=0.8, ls="--")
    cum.set_xlim(0, 105)
    cum.set_xticks(range(0, 101, 50))
    cum.set_xlabel(
        plots.wrap(labels.t("cumulative_share_of_total", lang), 8 if lang == "zh" else 18)
    )
    cum.set_ylim(ax.get_ylim())
    cum.tick_params(axis="y", left=False, labelleft=False)
    cum.grid(axis="y", visible=False)
    _draw_gap(gap_ax, checked, unit, k, lang)
    return plots.finish(fig, "tab01", lang, note=labels.t("tab01_note", lang))


def _amount(value: float, decimals: int, lang: str) -> str:
    """A GMV in 亿元 as each language writes money: 1.70亿元; 170 million yuan."""
    if lang == "zh":
        return f"{value:.{decimals}f}{_unit('100m_yuan', lang)}"
    units = data.load("units").set_index("unit_id")
    yuan = round(value * units.loc["100m_yuan", "factor"], 6 - decimals)
    return plots.magnitude(yuan, lang, units.loc[units.loc["100m_yuan", "base_unit"], "name_en"])


def _draw_gap(ax, checked: pd.DataFrame, unit: str, k: int, lang: str) -> None:
    """Row sum vs published total as two bars, the difference bracketed and labelled (values
    divided by 10**k, the figure's unit)."""
    gap = total_gap(checked)
    shown = {c: gap[c] / 10**k for c in ("table_sum", "headline_total")}
    bars = pd.DataFrame(
        {
            "what": [labels.t("table_sum", lang), labels.t("platform_all", lang)],
            "value": [shown["table_sum"], shown["headline_total"]],
        }
    )
    sns.barplot(
        saturation=1,
        data=bars,
        x="value",
        y="what",
        color=plots.colour(2023),
        ax=ax,
        width=0.6,
    )
    ax.patches[0].set_facecolor("0.6")
    # Both values right of the shaded gap, so neither sits on the band or its grid line.
    right = bars["value"].max()
    for y, v in enumerate(bars["value"]):
        ax.annotate(
            prose.number(prose.printed(v, max(0, 2 + k)), lang),
            (right, y),
            xytext=(3, 0),
            textcoords="offset points",
            va="center",
            fontsize=plots.SMALL,
        )
    ax.axvspan(shown["table_sum"], shown["headline_total"], color=plots.PALETTE[2], alpha=0.3, lw=0)
    ax.set_xlim(0, shown["headline_total"] * 1.2)
    text = labels.t("gap_label", lang).format(
        gap=_amount(gap["gap"], 2, lang),
        rounding=_amount(gap["max_gap_from_rounding"], 3, lang),
    )
    # Under the bars' panel only: the cumulative panel's label stands to its right.
    ax.set_title(
        plots.wrap(text, 36 if lang == "zh" else 56),
        loc="left",
        fontsize=plots.SMALL,
        color=plots.PALETTE[2],
    )
    ax.set_ylabel("")
    ax.set_xlabel(plots.with_unit(labels.t("gmv", lang), unit, lang))


def figure_tiles(frame: pd.DataFrame, lang: str):
    """A schematic tile map (hand-placed, not to scale) coloured by GMV on a log scale."""
    pref = frame[frame["gbt2260"].notna()].join(
        data.load("prefectures").set_index("prefecture_id")[["tile_row", "tile_col"]],
        on="prefecture_id",
    )
    short = short_names(lang)
    pref, _, k = plots.in_page_unit(pref, lang)
    norm = LogNorm(pref["value"].min(), pref["value"].max())
    cmap = plt.get_cmap("Blues")
    fig, ax = plt.subplots(figsize=(plots.WIDTH, 5))
    edge = dict(zip(("north", "east", "south"), plots.PALETTE))
    for r in pref.itertuples():
        x, y = r.tile_col, -r.tile_row
        ax.add_patch(
            plt.Rectangle((x, y), 0.95, 0.95, color=cmap(norm(r.value)), ec=edge[r.region], lw=2.5)
        )
        color = "white" if norm(r.value) > 0.55 else "black"
        ax.text(
            x + 0.475,
            y + 0.62,
            short[r.prefecture_id],
            ha="center",
            va="center",
            fontsize=plots.SMALL,
            color=color,
        )
        ax.text(
            x + 0.475,
            y + 0.22,
            prose.number(prose.printed(r.value, max(0, 2 + k)), lang),
            ha="center",
            va="center",
            fontsize=plots.SMALL,
            color=color,
        )
    handles = [plt.Rectangle((0, 0), 1, 1, fc="white", ec=c, lw=2.5) for c in edge.values()]
    ax.legend(handles, [labels.t(k, lang) for k in edge], loc="lower right", frameon=False)
    ax.set_xlim(-0.1, 6.1)
    ax.set_ylim(-3.1, 1.1)
    ax.set_aspect("equal")
    ax.axis("off")
    bar = fig.colorbar(plt.cm.ScalarMappable(norm=norm, cmap=cmap), ax=ax, shrink=0.6)
    plots.colorbar_label(bar, plots.log_label(_gmv_label(lang), lang), lang)
    plots.plain_log_axis(bar.ax.yaxis, lang)
    return plots.finish(fig, labels.t("tiles_title", lang), lang, note=labels.t("tiles_note", lang))


def abbreviates(short: str, full: str) -> bool:
    """Whether `short` is a fair short form of `full`: Chinese keeps the name's first
    character and drops characters only (博州 of 博尔塔拉蒙古自治州, 伊犁州直 itself); English is
    the full name's first word or words (Kizilsu of Kizilsu Kyrgyz Autonomous Prefecture)."""
    if not short:
        return False
    if re.search(r"[\u4e00-\u9fff]", full):
        rest = iter(full[1:])
        return short[0] == full[0] and all(c in rest for c in short[1:])
    return full == short or full.startswith(short + " ")


def short_names(lang: str) -> pd.Series:
    """Each unit's short name (data/prefectures.csv short_zh / short_en) by prefecture id,
    for charts with no room for the full name: 克州, not 克孜勒苏柯尔克孜自治州 broken in two.

    Raises:
        ValueError: a short name is not a short form of its full name.
    """
    names = data.load("prefectures").set_index("prefecture_id")
    short, full = names[f"short_{labels.check_lang(lang)}"], names[f"name_{lang}"]
    bad = [i for i in names.index if not abbreviates(short[i], full[i])]
    if bad:
        raise ValueError(f"data/prefectures.csv: short_{lang} is not a short form for {bad}")
    return short


def figure_topics(frame: pd.DataFrame, lang: str):
    """表3 as paired bars; a '-' cell is drawn as a gap and labelled, never as zero."""
    platforms = data.load("platforms").set_index("platform_id")
    unit, k = _page("100m_plays", lang)
    frame = frame.assign(**{p: frame[p] / 10**k for p in ("douyin", "kuaishou")})
    long = frame.melt(
        id_vars=[f"name_{lang}"],
        value_vars=["douyin", "kuaishou"],
        var_name="pid",
        value_name="plays",
    ).assign(platform=lambda f: f["pid"].map(lambda p: platforms.loc[p, f"name_{lang}"]))
    fig, ax = plt.subplots(figsize=(plots.WIDTH, 7.5))
    sns.barplot(
        saturation=1,
        data=long.fillna({"plays": 0}),
        x="plays",
        y=f"name_{lang}",
        hue="platform",
        hue_order=[platforms.loc[p, f"name_{lang}"] for p in ("douyin", "kuaishou")],
        palette=[plots.colour(p) for p in ("douyin", "kuaishou")],
        ax=ax,
        width=0.8,
    )
    names = list(frame[f"name_{lang}"])
    for j, pid in enumerate(["douyin", "kuaishou"]):
        for i, v in enumerate(frame[pid]):
            text = (
                labels.t("dash_cell", lang)
                if pd.isna(v)
                else prose.number(prose.printed(v, max(0, 1 + k)), lang)
            )
            ax.annotate(
                text,
                (0 if pd.isna(v) else v, i + (j - 0.5) * 0.4),
                xytext=(3, 0),
                textcoords="offset points",
                va="center",
                fontsize=plots.SMALL,
            )
    ax.set_xlim(0, frame[["douyin", "kuaishou"]].max().max() * 1.2)
    ax.set_ylim(len(names) - 0.5, -0.5)
    ax.set_ylabel("")
    ax.set_xlabel(plots.with_unit(labels.t("topic_plays", lang), _unit(unit, lang), lang))
    ax.legend(frameon=False, loc="lower right", title=None)
    return plots.finish(fig, "tab03", lang, note=labels.t("tab03_note", lang))


def figure_topics_vs_gmv(lang: str, result: pd.Series):
    """Douyin topic plays against GMV (log scales), with the rank correlation in the corner."""
    joined = topics().merge(gmv()[["prefecture_id", "value"]], on="prefecture_id")
    joined["label"] = joined["prefecture_id"].map(short_names(lang))
    joined["douyin"] /= 10 ** _page("100m_plays", lang)[1]
    joined["value"] /= 10 ** _page("100m_yuan", lang)[1]
    fig, ax = plt.subplots(figsize=(plots.WIDTH, 5.5))
    sns.scatterplot(data=joined, x="douyin", y="value", color=plots.colour("douyin"), ax=ax, s=40)
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlim(joined["douyin"].min() / 2, joined["douyin"].max() * 3)
    ax.set_ylim(joined["value"].min() / 2, joined["value"].max() * 3)
    _label_points(ax, joined)
    plots.plain_log_axis(ax.xaxis, lang)
    plots.plain_log_axis(ax.yaxis, lang)
    ax.set_xlabel(plots.log_label(labels.t("topic_plays_douyin", lang), lang))
    plots.ylabel(ax, plots.log_label(_gmv_label(lang), lang), lang)
    ax.text(
        0.02,
        0.97,
        labels.t("spearman", lang).format(
            rho=result["rho"],
            low=result["ci_low"],
            high=result["ci_high"],
            p=result["p_permutation"],
            n=int(result["n"]),
        ),
        transform=ax.transAxes,
        va="top",
        fontsize=plots.SMALL,
        zorder=3,
        bbox={"boxstyle": "square,pad=0.2", "fc": "white", "ec": "none"},
    )
    return plots.finish(fig, labels.t("topics_vs_gmv_title", lang), lang)


def _label_points(ax, joined: pd.DataFrame) -> None:
    """Name each point beside it, moving a label to another side, then farther off, when it
    would touch an earlier label or a point (a few pixels of air around each)."""
    ax.figure.canvas.draw()
    renderer = ax.figure.canvas.get_renderer()
    points = [ax.transData.transform((x, y)) for x, y in zip(joined["douyin"], joined["value"])]
    placed = []
    sides = [
        (4, 3, "left", "bottom"),
        (4, -3, "left", "top"),
        (-4, 3, "right", "bottom"),
        (-4, -3, "right", "top"),
        (6, 0, "left", "center"),
        (-6, 0, "right", "center"),
    ]
    far = [(dx * 2, dy * 4, ha, va) for dx, dy, ha, va in sides[:4]]
    for r in joined.sort_values("value", ascending=False).itertuples():
        for dx, dy, ha, va in sides + far:
            text = ax.annotate(
                r.label,
                (r.douyin, r.value),
                xytext=(dx, dy),
                textcoords="offset points",
                fontsize=plots.SMALL,
                ha=ha,
                va=va,
            )
            box = text.get_window_extent(renderer).padded(3)
            on_point = any(box.contains(px, py) for px, py in points)
            if not on_point and not any(box.overlaps(p) for p in placed):
                break
            text.remove()
            text = None
        if text is None:  # every side taken: keep the first, the layout test will say so
            text = ax.annotate(
                r.label,
                (r.douyin, r.value),
                xytext=(4, 3),
                textcoords="offset points",
                fontsize=plots.SMALL,
            )
            box = text.get_window_extent(renderer)
        placed.append(box)
