"""Restatements: every figure printed twice must be equal (summary vs body, a news number
repeated), and the news text's garbled or duplicated passages are kept as data and counted."""

import pandas as pd

from .. import data
from ._frame import claim_results, frame

FAMILY = "restatements"
NAME_ZH, NAME_EN = "重复表述", "Restatements"
SCOPE_ZH = (  # what the family examines, as its row in notebook 08 says it
    "同一数字的前后两次表述（摘要与正文、新闻中重复的数字），以及新闻译本中重复、错乱或被遮盖的段落"
)
SCOPE_EN = (
    "Every number stated twice (summary and body, numbers the news article repeats) and the "
    "repeated, garbled or masked passages of the news text"
)


def _claims(rows: list) -> None:
    results = claim_results().set_index("claim_id")
    table = data.load("claims").set_index("claim_id")
    for cid, c in table[table["method"] == "equals"].iterrows():
        r = results.loc[cid]
        bad = r["status"] == "mismatch"
        rows.append(
            {
                "check": "claim:equals",
                "subject": cid,
                "evidence": f"printed {c['value']}, source {r['reproduced']} ({r['status']})",
                "found": bad,
                "erratum_id": c["erratum_id"] if bad else None,
            }
        )


def _news(rows: list) -> None:
    news = data.load("news_numbers").dropna(subset=["value"])
    for (_entity, _unit, _what), g in news.groupby(
        ["entity", "unit", news["id"].str.split(".").str[-1].str.replace("_repeat", "")]
    ):
        if len(g) < 2:
            continue
        same = g["value"].nunique() == 1
        rows.append(
            {
                "check": "news_repeated",
                "subject": ";".join(g["id"]),
                "evidence": " = ".join(f"{v:g} ({s})" for v, s in zip(g["value"], g["section"])),
                "found": not same,
            }
        )


def _passages(rows: list) -> None:
    p = data.load("news_passages")
    for r in p.itertuples():
        rows.append(
            {
                "check": f"passage_{r.kind}",
                "subject": r.section,
                "evidence": r.what_en,
                "found": True,
            }
        )


def examine() -> pd.DataFrame:
    """Restated claims, repeated news numbers, and the news text's marked passages."""
    rows: list = []
    _claims(rows)
    _news(rows)
    _passages(rows)
    return frame(FAMILY, rows)
