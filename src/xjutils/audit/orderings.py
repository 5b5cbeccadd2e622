"""Orderings in prose (依次, 其次, 排名前三, 第一, 首选, 均为, 超过一半, most, top): every
ranking and
threshold claim re-checked against the values, and ties looked for where the prose orders."""

import pandas as pd

from .. import data
from ._frame import claim_results, frame

FAMILY = "orderings"
NAME_ZH, NAME_EN = "行文中的排序", "Orderings in prose"
SCOPE_ZH = (  # what the family examines, as its row in notebook 08 says it
    "行文中的排序与门槛表述（依次、第一、前三、均超过一半等），以及排序所涉选项是否并列；"
    "各平台“第一”的表述对照表2中每一个可能所指的指标（各年水平与增长），说明在哪些指标上成立"
)
SCOPE_EN = (
    "Rankings and thresholds in the prose (in order, first, top three, all above half…) and "
    "ties among the options they order; each platform said to be first against every measure of"
    " Table 2 it could mean (each year's level and the growth), saying in which it holds"
)
METHODS = ("rank", "rank_growth", "rank_total", "all_above")


def _ties(claim: pd.Series) -> str:
    """Equal printed values among the ranked entities or at the cut-off ('' if none)."""
    if not str(claim["inputs"]).startswith("table:survey_shares"):
        return ""
    s = data.load("survey_shares")
    s = s[s["question_id"] == claim["inputs"].split("=")[-1]]
    s = s[s["year"] == s["year"].max()].sort_values("value", ascending=False)
    named = str(claim["value_text"]).split(";")
    cut = s["value"].iloc[len(named)] if len(s) > len(named) else None
    inside = s[s["option_id"].isin(named)]["value"]
    tied_inside = (
        inside.duplicated(keep=False).any() and len(named) > 1 and claim["kind"] == "ranking"
    )
    at_cut = cut is not None and cut in set(inside)
    parts = []
    if tied_inside and "依次" in str(claim["statement_zh"]):
        parts.append(f"ordered options tie at {inside[inside.duplicated()].tolist()}")
    if at_cut:
        parts.append(f"an option outside the named ones ties at {cut}")
    return "; ".join(parts)


def measures() -> pd.DataFrame:
    """Every measure a ranking of Table 2's platforms could mean: each metric's level in each
    year and its growth, as platform_id, measure, value."""
    pm = data.load("platform_metrics")
    rows = [
        {"platform_id": r.platform_id, "measure": f"{r.metric} {r.year}", "value": r.value}
        for r in pm.itertuples()
    ]
    wide = pm.pivot_table(index=["platform_id", "metric"], columns="year", values="value")
    first, last = min(wide.columns), max(wide.columns)
    for (p, m), r in wide.iterrows():
        rows.append(
            {"platform_id": p, "measure": f"{m} growth {first}-{last}", "value": r[last] / r[first]}
        )
    return pd.DataFrame(rows)


def _every_measure(rows: list) -> None:
    """Each 'first' among Table 2's platforms against every measure it could mean: in which
    it holds and in which not. A superlative that holds in no published measure is a finding;
    one that holds in some says which."""
    table = data.load("claims")
    m = measures()
    platforms = set(m["platform_id"])
    for c in table[table["method"].isin(["rank", "rank_growth"])].itertuples():
        named = str(c.value_text).split(";")
        if len(named) != 1 or named[0] not in platforms:
            continue
        top = m.loc[m.groupby("measure")["value"].idxmax()].set_index("measure")["platform_id"]
        holds = sorted(k for k, p in top.items() if p == named[0])
        rows.append(
            {
                "check": "superlative_measures",
                "subject": c.claim_id,
                "evidence": f"{c.statement_en}: first in {', '.join(holds) or 'no measure'};"
                f" not in {', '.join(sorted(set(top.index) - set(holds)))}",
                "found": not holds,
            }
        )


def examine() -> pd.DataFrame:
    """Each ranking or threshold claim: its status, and ties the prose glosses over."""
    results = claim_results().set_index("claim_id")
    table = data.load("claims").set_index("claim_id")
    rows = []
    for cid, c in table[table["method"].isin(METHODS)].iterrows():
        r = results.loc[cid]
        ties = _ties(c.rename(cid))
        bad = r["status"] == "mismatch" or bool(ties)
        rows.append(
            {
                "check": f"claim:{c['method']}",
                "subject": cid,
                "evidence": f"{c['statement_zh']}: printed "
                f"{c['value_text'] if pd.notna(c['value_text']) else c['value']}, "
                f"derived {r['reproduced']} ({r['status']})" + (f"; {ties}" if ties else ""),
                "found": bad,
                "erratum_id": c["erratum_id"] if bad else None,
            }
        )
    _every_measure(rows)
    return frame(FAMILY, rows)
