"""Plausibility: a part cannot exceed its whole, platform sums cannot exceed headline totals,
and per-unit ratios (per day, per anchor, per institution) must be possible."""

import pandas as pd

from .. import data
from ._frame import claim_results, frame, sample_sizes

FAMILY = "plausibility"
NAME_ZH, NAME_EN = "合理性", "Plausibility"
SCOPE_ZH = (  # what the family examines, as its row in notebook 08 says it
    "总量与分项（分项不超过总量、平台之和不超过全疆总量、增长率的界限）；每个日均场次和场均交易额"
    "都对照报告自身给出的参照（受访机构至少拥有的直播间数、在该平台直播的机构数、客单价均值）"
    "给出判断：不可能、偏紧、可能或无参照，并说明理由；案例中单场与单个机构全年的数字对照全疆场均值和受访机构中位数"
)
SCOPE_EN = (
    "Totals and parts (no part above its whole, platform sums within the headline totals, "
    "growth bounds); every sessions-a-day and GMV-per-session figure against a reference the "
    "report itself gives (the fewest live rooms the surveyed institutions hold, the institutions "
    "on the platform, the mean order value), with a verdict (impossible, tight, possible or no "
    "reference) and why; the case studies' one-show and one-year figures against the average "
    "session and the median institution"
)
METHODS = ("sum", "parts_sum", "parts_count", "count_rows", "growth_base_bound", "growth", "cagr")

# (part, whole) pairs of the same measure, both in one unit after data/units.csv factors
PARTS = [
    ("news.para25.urumqi_anchors", "news.para25.anchors_above_threshold"),
    ("news.para06.douyin_live_gmv", "news.para06.xinjiang_live_gmv"),
    ("news.para06.kuaishou_live_gmv", "news.para06.xinjiang_live_gmv"),
]


def _claims(rows: list) -> None:
    results = claim_results().set_index("claim_id")
    table = data.load("claims").set_index("claim_id")
    for cid, c in table[table["method"].isin(METHODS)].iterrows():
        r = results.loc[cid]
        bad = r["status"] == "mismatch"
        rows.append(
            {
                "check": f"claim:{c['method']}",
                "subject": cid,
                "evidence": f"printed {c['value']}, derived {r['reproduced']} ({r['status']})",
                "found": bad,
                "erratum_id": c["erratum_id"] if bad else None,
            }
        )


def _base(ids: list[str]) -> dict:
    inputs = data.inputs()
    factor = data.load("units").set_index("unit_id")["factor"]
    return {i: inputs.loc[i, "value"] * factor[inputs.loc[i, "unit"]] for i in ids}


def _parts(rows: list) -> None:
    v = _base([x for pair in PARTS for x in pair])
    for part, whole in PARTS:
        rows.append(
            {
                "check": "part_le_whole",
                "subject": f"{part} <= {whole}",
                "evidence": f"{v[part]:,.0f} vs {v[whole]:,.0f}",
                "found": v[part] > v[whole],
            }
        )


def _ratios(rows: list) -> None:
    news = data.load("news_numbers").set_index("id")["value"]
    v = _base(
        [
            "news.para06.xinjiang_live_gmv",
            "news.para25.anchors_above_threshold",
            "news.para25.anchor_gmv_threshold",
        ]
    )
    total, anchors = v["news.para06.xinjiang_live_gmv"], v["news.para25.anchors_above_threshold"]
    floor = anchors * v["news.para25.anchor_gmv_threshold"]
    rows.append(
        {
            "check": "per_anchor",
            "subject": "news GMV vs anchors x threshold",
            "evidence": f"total {v['news.para06.xinjiang_live_gmv']:,.0f} >= {floor:,.0f} "
            f"({total / anchors:,.0f} per anchor)",
            "found": v["news.para06.xinjiang_live_gmv"] < floor,
        }
    )
    bases = news["news.para47.bases_output_ge10m"] / news["news.para47.share_output_ge10m"] * 100
    rows.append(
        {
            "check": "per_institution",
            "subject": "news bases surveyed vs counties",
            "evidence": f"{news['news.para47.bases_output_ge10m']:g} bases = "
            f"{news['news.para47.share_output_ge10m']:g}% "
            f"-> about {bases:.0f} bases in {news['news.para46.surveyed_counties']:g} counties",
            "found": bases < news["news.para47.bases_over100_merchants"],
        }
    )
    _per_day_and_session(rows)


def references() -> dict:
    """The report's own yardsticks for per-day and per-session figures: the fewest live rooms
    the surveyed institutions can hold (every printed rooms share at its bar's floor), the
    institutions surveyed, and the surveyed mean order value."""
    from . import feasibility

    n = sample_sizes()[max(sample_sizes())]
    claims = data.load("claims").set_index("claim_id")
    return {
        "rooms": round(feasibility.mean_floor("q_rooms") * n),
        "institutions": n,
        "order_value": float(claims.loc["s2_2_4.mean_basket", "value"]),
    }


def _per_day_and_session(rows: list) -> None:
    """Every per-day and per-session figure of Table 2 and the headline totals, judged against
    a reference the report itself gives, with a verdict: impossible (a finding), tight or
    possible, and why."""
    ref = references()
    pm = data.load("platform_metrics")
    totals = data.load("overall").query("year == year")
    totals = totals[totals["metric"].isin(["gmv", "views", "sessions"])].assign(platform_id="all")
    cells = pd.concat([pm, totals], ignore_index=True)
    factor = data.load("units").set_index("unit_id")["factor"]
    cells["base"] = cells["value"] * cells["unit"].map(factor)  # yuan, sessions, views
    wide = cells.pivot_table(index=["platform_id", "year"], columns="metric", values="base")
    survey_year = max(sample_sizes())
    on = data.load("survey_shares").query("question_id == 'q_platform' and year == @survey_year")
    on = on.set_index("option_id")["value"]
    for (plat, year), r in wide.dropna(subset=["sessions"]).iterrows():
        per_day = r["sessions"] / 365
        if plat == "all" and year == survey_year:
            per = per_day / ref["rooms"]
            reference = (
                f"the {ref['institutions']} surveyed institutions alone hold at least"
                f" {ref['rooms']} live rooms (report 二(二)6): {per:.2f} sessions a day per"
                " surveyed room if no one else streamed"
            )
        elif year == survey_year and plat in on.index:
            k = round(on[plat] * ref["institutions"] / 100)
            per = per_day / k
            reference = (
                f"{k} of the {ref['institutions']} surveyed institutions stream on it (report"
                f" 二(二)5): {per:.2f} sessions a day per such institution if no one else did"
            )
        else:
            per = None
            reference = (
                f"none in the report: its survey is of {survey_year}"
                if year != survey_year
                else "none in the report: its survey gives no share of institutions on it"
            )
        verdict = (
            "impossible"
            if per_day < 1
            else "no reference"
            if per is None
            else "tight"
            if per < 1
            else "possible"
        )
        rows.append(
            {
                "check": "per_day",
                "subject": f"{plat}.{year}.sessions",
                "evidence": f"{per_day:,.0f} sessions a day; reference: {reference}; verdict:"
                f" {verdict}"
                + (
                    " (less than one session a day for each: the count can cover only part of"
                    " the streams)"
                    if verdict == "tight"
                    else ""
                ),
                "found": verdict == "impossible",
            }
        )
        if pd.isna(r.get("gmv")) or pd.isna(r.get("views")):
            continue
        orders = r["gmv"] / r["sessions"] / ref["order_value"]
        buy = r["gmv"] / r["views"] / ref["order_value"]
        verdict = "impossible" if buy > 1 else "tight" if buy > 0.2 else "possible"
        rows.append(
            {
                "check": "per_session",
                "subject": f"{plat}.{year}.gmv_per_session",
                "evidence": f"{r['gmv'] / r['sessions']:,.0f} yuan a session; reference: the"
                f" surveyed mean order value, {ref['order_value']:g} yuan (report 二(二)4): about"
                f" {orders:,.0f} orders a session, {buy:.1%} of views ending in an order;"
                f" verdict: {verdict} (an order per view above 100% is impossible, above 20%"
                " tight)",
                "found": verdict == "impossible",
            }
        )


# Case-study numbers of one session or one institution's year, and the report's measure that
# sets their scale: (metric of Table 2 / Figure 1, what one unit is)
CASE_SCALE = {
    "case5.show_gmv": ("gmv", "session"),
    "case5.show_audience": ("views", "session"),
    "case3.annual_revenue": ("gmv", "institution_year"),
}


def _cases(rows: list) -> None:
    """Each case-study number of one session or one institution's year against the report's
    own average or median for the same unit, and against the whole year's total: a verdict
    (impossible above the total; tight above a hundred times the average; possible)."""
    factor = data.load("units").set_index("unit_id")["factor"]
    nums = data.load("case_numbers").set_index("id")
    overall = data.load("overall")
    year = int(overall["year"].max())
    overall = overall[overall["year"] == year].set_index("metric")
    totals = {m: overall.loc[m, "value"] * factor[overall.loc[m, "unit"]] for m in overall.index}
    claims = data.load("claims").set_index("claim_id")
    median = claims.loc["s2_1_3.median_gmv"]
    for cid, (metric, per) in CASE_SCALE.items():
        r = nums.loc[cid]
        value = r["value"] * factor[r["unit"]]
        if per == "session":
            ref, ref_what = totals[metric] / totals["sessions"], f"{metric} per session, {year}"
        else:
            ref = median["value"] * factor[median["unit"]]
            ref_what = "median GMV of a surveyed institution (report 二(一)3)"
        times = value / ref
        verdict = "impossible" if value > totals[metric] else "tight" if times > 100 else "possible"
        rows.append(
            {
                "check": "case_scale",
                "subject": cid,
                "evidence": f"{r['qualifier']} {value:,.0f}; reference: {ref_what} {ref:,.0f}"
                f" ({times:,.1f} times); Xinjiang's {year} total {totals[metric]:,.0f}; verdict:"
                f" {verdict}"
                + (
                    " (one show far above the average session: possible for a featured special"
                    " show, as the case says it was, not for an ordinary one)"
                    if verdict == "tight"
                    else ""
                ),
                "found": verdict == "impossible",
            }
        )


def examine() -> pd.DataFrame:
    """Totals, parts and per-unit ratios over both sources."""
    rows: list = []
    _claims(rows)
    _parts(rows)
    _ratios(rows)
    _cases(rows)
    return frame(FAMILY, rows)
