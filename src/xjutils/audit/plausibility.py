"""Plausibility: a part cannot exceed its whole, platform sums cannot exceed headline totals,
and per-unit ratios (per day, per anchor, per institution) must be possible."""

import pandas as pd

from .. import data
from ._frame import claim_results, frame

FAMILY = "plausibility"
NAME_ZH, NAME_EN = "合理性", "Plausibility"
SCOPE_ZH = (  # what the family examines, as its row in notebook 08 says it
    "总量与分项（分项不超过总量、平台之和不超过全疆总量、增长率的界限），以及人均、场均、日均等比率"
)
SCOPE_EN = (
    "Totals and parts (no part above its whole, platform sums within the headline totals, "
    "growth bounds) and ratios per anchor, per session and per day"
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
    pm = data.load("platform_metrics")
    factor = data.load("units").set_index("unit_id")["factor"]
    pm["base"] = pm["value"] * pm["unit"].map(factor)  # yuan, sessions, views
    wide = pm.pivot_table(index=["platform_id", "year"], columns="metric", values="base")
    for (plat, year), r in wide.iterrows():
        per_day = r["sessions"] / 365
        rows.append(
            {
                "check": "per_day",
                "subject": f"tab02.{plat}.{year}",
                "evidence": f"{per_day:,.0f} sessions a day; "
                f"{r['gmv'] / r['sessions']:,.0f} yuan a session",
                "found": per_day < 1,
            }
        )


def examine() -> pd.DataFrame:
    """Totals, parts and per-unit ratios over both sources."""
    rows: list = []
    _claims(rows)
    _parts(rows)
    _ratios(rows)
    return frame(FAMILY, rows)
