"""Orderings in prose (依次, 其次, 排名前三, 第一, 首选, 均为, 超过一半, most, top): every
ranking and
threshold claim re-checked against the values, and ties looked for where the prose orders."""

import pandas as pd

from .. import data
from ._frame import claim_results, frame

FAMILY = "orderings"
NAME_ZH, NAME_EN = "行文中的排序", "Orderings in prose"
SCOPE_ZH = (  # what the family examines, as its row in notebook 08 says it
    "行文中的排序与门槛表述（依次、第一、前三、均超过一半等），以及排序所涉选项是否并列"
)
SCOPE_EN = (
    "Rankings and thresholds in the prose (in order, first, top three, all above half…) and "
    "ties among the options they order"
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
    return frame(FAMILY, rows)
