"""Chapter 一(三) with 二(二)5: the three main platforms (表2) against the headline totals.

The 2022 headline totals are not in the report's text; they are implied by the 2023 growth rates
(see `overall.series`) and carry the range their printed rounding allows. Whatever the
headline totals hold beyond 表2's three platforms is shown as "outside 表2".
"""

from dataclasses import dataclass

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns

from . import claims, data, labels, overall, plots, prose, survey

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
    return in_table_order(pd.concat([rows, total[cols], outside[cols]], ignore_index=True))


def growth_printed() -> pd.DataFrame:
    """The growth rates as printed: 表2's under each platform, the headline totals' (一(一))
    for all of Xinjiang. Columns platform_id, metric, growth (%), decimals."""
    c = data.load("claims").set_index("claim_id")
    rows = []
    for pid in [*order(data.load("platform_metrics")), "all"]:
        for metric in ("sessions", "views", "gmv"):
            cid = f"s1_1.{metric}_growth" if pid == "all" else f"tab02.{pid}.{metric}.growth"
            rows.append((pid, metric, c.at[cid, "value"], c.at[cid, "decimals"]))
    return pd.DataFrame(rows, columns=["platform_id", "metric", "growth", "decimals"])


def reader_table(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """`levels` laid out as 表2 is, for reading: one row per platform (then all of Xinjiang and
    what lies outside 表2), per metric (with its unit, the header's upper row) its 2022 and
    2023 levels and the growth as printed (the lower row). A published level at its printed
    decimals; a level implied or derived (the 2022 totals, what lies outside) as the range its
    inputs' rounding leaves when that range is wider than the printed precision, since a point
    would claim more than is known."""
    from . import present

    growth = growth_printed().set_index(["platform_id", "metric"])
    units = data.load("platform_metrics").drop_duplicates("metric").set_index("metric")
    years = sorted(frame["year"].unique())
    rows = []
    for pid in dict.fromkeys(frame["platform_id"]):
        row = {(present.header("platform", lang), ""): name(pid, lang)}
        for metric in units.index:
            unit, d = units.at[metric, "unit"], int(units.at[metric, "decimals"])
            shown, k = prose.rescale(unit, None, lang)
            places = max(0, d + k)
            upper = present.with_unit(present.value(metric, lang), shown, lang)
            for year in years:
                cell = frame.query("platform_id == @pid and metric == @metric and year == @year")
                head = (upper, f"{year}年" if lang == "zh" else str(year))
                row[head] = _level(cell.iloc[0], k, places, lang) if len(cell) else ""
            g = growth["growth"].get((pid, metric))
            row[upper, labels.t("growth_pct", lang)] = (
                ""
                if g is None or pd.isna(g)
                else prose.number(prose.printed(g, growth.at[(pid, metric), "decimals"]), lang)
            )
        rows.append(row)
    out = pd.DataFrame(rows)
    out.columns = pd.MultiIndex.from_tuples(out.columns)
    return out


def _level(r: pd.Series, k: int, places: int, lang: str) -> str:
    """One level of `reader_table`: the value, or the range 0.06–0.10 its rounding leaves."""

    def fmt(x):
        return prose.number(prose.printed(x / 10**k, places), lang)

    if r["status"] == "published" or fmt(r["low"]) == fmt(r["high"]):
        return fmt(r["value"])
    return prose.span(fmt(r["low"]), fmt(r["high"]), lang)


def in_table_order(frame: pd.DataFrame) -> pd.DataFrame:
    """Rows as 表2 lists them: its platforms in its row order, then the headline total and
    what lies outside 表2; within a platform, 表2's metrics in its order; years ascending."""
    cells = data.load("platform_metrics").sort_values("row", kind="stable")
    platform = {p: i for i, p in enumerate([*order(frame), "all", OUTSIDE])}
    metric = {m: i for i, m in enumerate(cells["metric"].drop_duplicates())}
    keys = [c for c in ("platform_id", "metric", "year") if c in frame]
    rank = {"platform_id": platform.get, "metric": metric.get, "year": lambda y: y}
    return frame.sort_values(
        keys, key=lambda col: col.map(rank[col.name]), kind="stable"
    ).reset_index(drop=True)


def shares(frame: pd.DataFrame) -> pd.DataFrame:
    """Each platform's (and the rest's) share of the headline total, with its rounding range."""
    total = frame[frame["platform_id"] == "all"].set_index(["metric", "year"])
    part = frame[frame["platform_id"] != "all"].merge(
        total[["value", "low", "high", "status"]].add_suffix("_total"),
        left_on=["metric", "year"],
        right_index=True,
        how="left",
    )
    part["share"] = 100 * part["value"] / part["value_total"]
    part["share_low"] = 100 * part["low"] / part["high_total"]
    part["share_high"] = 100 * part["high"] / part["low_total"]
    # a share is our computation: of two published values, or implied when either is implied
    both = (part["status"] == "published") & (part["status_total"] == "published")
    part["status"] = both.map({True: "computed", False: "derived"})
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
    out = in_table_order(out.reset_index())
    # for the reader: the large ratios with their unit in each cell at four significant figures
    # (10.14万元 / 101,400 yuan), three for the residual outside Table 2 (no false precision)
    out.attrs = {
        "magnitude": {"gmv_per_session": "yuan", "views_per_session": "views"},
        "significant": {"rows": [3 if p == "outside" else 4 for p in out["platform_id"]]},
    }
    return out


def pinned(ratios_: pd.DataFrame) -> pd.DataFrame:
    """`ratios` without the residual outside 表2: its rounding leaves a wide range, not a value
    (`residual`), so a table of point values leaves it to the text and the figure's ranges."""
    return ratios_[ratios_["platform_id"] != OUTSIDE].reset_index(drop=True)


def claim_tallies(results: pd.DataFrame) -> dict[str, dict[str, int]]:
    """表2's claims tallied apart: its growth cells (`growth`) and its ranking statements."""
    growth = results["claim_id"].str.endswith(".growth")
    return {"growth": claims.tally(results[growth]), "ranking": claims.tally(results[~growth])}


def shares_wide(sh: pd.DataFrame, lang: str) -> pd.DataFrame:
    """`shares` as a reader compares them: a row per platform (表2's order, the residual last),
    a column per measure and year, in % to one decimal (the rounding ranges are a few hundredths
    wide, below what is shown; the caption says which year's totals are implied)."""
    wide = sh.pivot(index="platform_id", columns=["metric", "year"], values="share").round(1)
    wide = wide.reindex(index=[p for p in order(sh) if p in wide.index] + [OUTSIDE])
    as_printed = ("sessions", "views", "gmv")  # 表2's column order
    wide = wide.reindex(columns=sorted(wide.columns, key=lambda c: (as_printed.index(c[0]), c[1])))
    head = "{m}{y}年（%）" if labels.check_lang(lang) == "zh" else "{m} {y} (%)"
    wide.columns = [head.format(m=labels.t(m, lang), y=y) for m, y in wide.columns]
    wide = wide.rename_axis("platform_id").reset_index()
    wide.attrs = {"decimals": {c: 1 for c in wide.columns[1:]}}
    return wide


def gmv_shares(sh: pd.DataFrame) -> pd.DataFrame:
    """Each platform's share of headline GMV (%) by year, with `three`, 表2's platforms together:
    who gained and who lost between the two years."""
    gmv = sh[sh["metric"] == "gmv"].pivot(index="platform_id", columns="year", values="share")
    gmv.loc["three"] = 100 - gmv.loc[OUTSIDE]
    return gmv


@dataclass(frozen=True)
class RatioChanges:
    """How the ratios moved from the first year to the last, on 表2's platforms (in its order)."""

    gmv_per_session_fell: list[str]  # platforms whose GMV per session fell
    views_per_session: dict[str, float]  # relative change by platform
    gmv_per_session_all: tuple[float, float]  # the headline total's, in both years


def ratio_changes(rat: pd.DataFrame) -> RatioChanges:
    """Relative change of GMV per session and views per session on each platform of 表2."""
    y0, y1 = sorted(rat["year"].unique())
    three = [p for p in rat["platform_id"].unique() if p not in ("all", OUTSIDE)]
    wide = rat.set_index(["platform_id", "year"])
    change = {
        m: {p: wide.at[(p, y1), m] / wide.at[(p, y0), m] - 1 for p in three}
        for m in ("gmv_per_session", "views_per_session")
    }
    return RatioChanges(
        gmv_per_session_fell=[p for p in three if change["gmv_per_session"][p] < 0],
        views_per_session=change["views_per_session"],
        gmv_per_session_all=(
            wide.at[("all", y0), "gmv_per_session"],
            wide.at[("all", y1), "gmv_per_session"],
        ),
    )


def as_counts(use: pd.DataFrame, stated: int, best: int) -> pd.DataFrame:
    """Each share as the whole numbers of institutions (`k_of_n`) that round to it at the stated
    and at the best-fitting sample size, with its interval at the latter (`ci_if_n`): whether the
    share can be a head count of the stated sample at all."""
    out = use.copy()
    for n in (stated, best):
        out[f"k_of_{n}"] = [survey.counts(v, d, n) for v, d in zip(out["value"], out["decimals"])]
    fits = [survey.as_count(v, d, best) for v, d in zip(out["value"], out["decimals"])]
    out[f"ci_if_{best}"] = [f"{c.low:.1f}–{c.high:.1f}" if c.k is not None else "" for c in fits]
    return out


RATIOS = {  # ratio: (numerator, denominator)
    "gmv_per_session": ("gmv", "sessions"),
    "gmv_per_view": ("gmv", "views"),
    "views_per_session": ("views", "sessions"),
}


def ratio_ranges(frame: pd.DataFrame) -> pd.DataFrame:
    """Each ratio of `ratios` with the range the printed rounding allows: numerator's low over
    denominator's high to numerator's high over denominator's low. A residual outside 表2
    (0.063–0.097万场 of sessions in 2022) gives a wide range, which is the honest answer; its
    point value is only the middle of the rounding.

    Returns:
        Columns platform_id, year, metric (the ratio), value, low, high.
    """
    factor = data.load("units").set_index("unit_id")["factor"]
    f = frame["unit"].map(factor)
    base = frame.assign(value=frame["value"] * f, low=frame["low"] * f, high=frame["high"] * f)
    wide = base.pivot_table(
        index=["platform_id", "year"], columns="metric", values=["value", "low", "high"]
    )
    rows = []
    for ratio, (num, den) in RATIOS.items():
        rows.append(
            pd.DataFrame(
                {
                    "metric": ratio,
                    "value": wide[("value", num)] / wide[("value", den)],
                    "low": wide[("low", num)] / wide[("high", den)],
                    "high": wide[("high", num)] / wide[("low", den)],
                }
            ).reset_index()
        )
    out = pd.concat(rows, ignore_index=True)
    return in_table_order(out)[["platform_id", "year", "metric", "value", "low", "high"]]


@dataclass(frozen=True)
class Residual:
    """What lies outside 表2 (the totals less its platforms) in the first year: its sessions as
    the table prints them (万场) and as sessions, and the GMV per session its rounding allows,
    by year."""

    sessions: tuple[float, float]  # low, high, in the printed unit
    sessions_counted: tuple[float, float]  # low, high, in sessions
    gmv_per_session: dict[int, tuple[float, float]]  # year: (low, high), yuan


def residual(levels: pd.DataFrame, first_year: int) -> Residual:
    """The residual outside 表2 and the ranges of its GMV per session (`ratio_ranges`)."""
    ranges = ratio_ranges(levels).set_index(["platform_id", "metric", "year"]).sort_index()
    rest = ranges.loc[(OUTSIDE, "gmv_per_session")]
    row = levels.set_index(["platform_id", "metric", "year"]).sort_index()
    row = row.loc[(OUTSIDE, "sessions", first_year)]
    per = data.load("units").set_index("unit_id").at[row["unit"], "factor"]
    return Residual(
        sessions=(row["low"], row["high"]),
        sessions_counted=(row["low"] * per, row["high"] * per),
        gmv_per_session={int(y): (rest.at[y, "low"], rest.at[y, "high"]) for y in rest.index},
    )


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
    """表2 redrawn: 2022 and 2023 per platform; each platform's growth as 表2 prints it, under
    its name (whether the levels reproduce it is the chapter's table's to say, not the
    chart's)."""
    claims_ = checked.set_index("claim_id")
    cells = frame[frame["platform_id"].isin(order(frame))].copy()
    cells["name"] = [name(p, lang) for p in cells["platform_id"]]
    # Stacked, at the report's text width (about 180 mm): every label prints at size.
    fig, axes = plt.subplots(3, 1, figsize=(plots.WIDTH, 8.6))
    for ax, metric in zip(axes, overall.METRICS):
        part, unit, _ = plots.in_page_unit(cells[cells["metric"] == metric], lang)
        sns.barplot(
            saturation=1,
            data=part,
            x="name",
            y="value",
            hue="year",
            order=[name(p, lang) for p in order(frame)],
            palette={y: plots.colour(y) for y in part["year"].unique()},
            ax=ax,
            legend=False,
        )
        ticks = []
        for pid in order(frame):
            row = claims_.loc[f"tab02.{pid}.{metric}.growth"]
            growth = prose.number(row["published"], lang, "+.2f")
            ticks.append(f"{name(pid, lang)}\n{growth}%")
        ax.set_xticks(range(len(ticks)), ticks)
        ax.yaxis.set_major_locator(plt.MaxNLocator(5, steps=[1, 2, 5, 10]))
        ax.set_xlabel("")
        ax.set_ylabel("")
        ax.set_title(plots.with_unit(labels.t(metric, lang), unit, lang), loc="left")
    note = labels.t("tab02_note", lang)
    years = sorted(cells["year"].unique())
    handles = [plt.Rectangle((0, 0), 1, 1, color=plots.colour(y)) for y in years]
    return plots.finish(fig, "tab02", lang, note=note, legend=(handles, [str(y) for y in years]))


def figure_shares(sh: pd.DataFrame, lang: str):
    """Share of the headline totals held by each platform and by the rest, 2022 and 2023."""
    fig, axes = plt.subplots(1, 3, figsize=(plots.WIDTH, 4.4), sharey=True)
    stack = order(sh) + [OUTSIDE]
    for ax, metric in zip(axes, overall.METRICS):
        part = sh[sh["metric"] == metric]
        years = sorted(part["year"].unique())
        bottom = np.zeros(len(years))
        for pid in stack:
            vals = part[part["platform_id"] == pid].set_index("year").loc[years, "share"]
            ax.bar(
                [str(y) for y in years],
                vals,
                bottom=bottom,
                color=plots.colour(pid),
                label=name(pid, lang),
            )
            for x, (v, b) in enumerate(zip(vals, bottom)):
                if pid == OUTSIDE:  # the thin top slice: its value above the bar, every year
                    ax.text(
                        x, b + v + 1.5, f"{v:.1f}", ha="center", va="bottom", fontsize=plots.SMALL
                    )
                elif v >= 4:  # a thinner slice has no room for its label; the table has it
                    # White on the dark fills, black on the light (a contrast rule).
                    ink = "white" if pid in ("douyin", "taobao") else "black"
                    ax.text(
                        x,
                        b + v / 2,
                        f"{v:.1f}",
                        ha="center",
                        va="center",
                        fontsize=plots.SMALL,
                        color=ink,
                    )
            bottom += vals.to_numpy()
        ax.grid(axis="x", visible=False)  # no line through the values above the bars
        ax.set_ylim(0, 112)
        ax.set_yticks(range(0, 101, 20))
        # In Chinese the unit stands level above the axis: the titles keep a row above it.
        ax.set_title(labels.t(metric, lang), pad=18 if lang == "zh" else 6)
    plots.ylabel(axes[0], labels.t("share_of_total", lang), lang)
    handles, texts = axes[0].get_legend_handles_labels()
    return plots.finish(
        fig,
        labels.t("platform_shares_title", lang),
        lang,
        legend=(handles, texts),
        note=labels.t("ext03a_note", lang),
    )


def figure_ratios(rat: pd.DataFrame, lang: str, ranges: pd.DataFrame | None = None):
    """GMV per session, GMV per view and views per session by platform and year; given
    `ratio_ranges`, each bar of what lies outside 表2 carries the range its rounding allows (a
    residual's ratio is a range, not a point)."""
    fig, axes = plt.subplots(1, 3, figsize=(plots.WIDTH, 4.0), sharey=True)
    pids = order(rat) + ["all", OUTSIDE]
    names = [name(p, lang) for p in pids]
    data_ = rat[rat["platform_id"].isin(pids)].assign(
        name=lambda f: [name(p, lang) for p in f["platform_id"]]
    )
    for ax, col in zip(axes, ["gmv_per_session", "gmv_per_view", "views_per_session"]):
        sns.barplot(
            saturation=1,
            data=data_,
            x=col,
            y="name",
            hue="year",
            order=names,
            palette={y: plots.colour(y) for y in data_["year"].unique()},
            ax=ax,
            legend=False,
            orient="h",
        )
        if ranges is not None:
            years_ = sorted(data_["year"].unique())
            width = 0.8 / len(years_)
            part = ranges[(ranges["metric"] == col) & (ranges["platform_id"] == OUTSIDE)]
            for r in part.itertuples():
                y = names.index(name(r.platform_id, lang)) + width * (
                    years_.index(r.year) - (len(years_) - 1) / 2
                )
                ax.plot([r.low, r.high], [y, y], color="black", lw=1.2, zorder=3)
                ax.plot([r.low, r.high], [y, y], "|", color="black", ms=6, zorder=3)
        ax.xaxis.set_major_locator(plt.MaxNLocator(3, steps=[1, 2, 5, 10]))
        # One style per axis: 0, 1万, 2万 (not 8000 beside 1.6万); 3, 6, 9 without decimals.
        ax.xaxis.set_major_formatter(plots.OneMagnitude(lang))
        ax.set_title(labels.t(col, lang))
        ax.set_xlabel("")
        ax.set_ylabel("")
    years = sorted(rat["year"].unique())
    handles = [plt.Rectangle((0, 0), 1, 1, color=plots.colour(y)) for y in years]
    return plots.finish(
        fig, labels.t("ratios_title", lang), lang, legend=(handles, [str(y) for y in years])
    )
