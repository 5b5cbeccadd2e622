"""Restatements: every figure printed twice must be equal (summary vs body, a news number
repeated), every list or phrase the summary restates must keep the chapter's items, and the
news text's garbled or duplicated passages are kept as data and counted."""

import difflib
import re

import pandas as pd

from .. import data
from ._frame import claim_results, frame
from .names import SIMILAR

FAMILY = "restatements"
NAME_ZH, NAME_EN = "重复表述", "Restatements"
SCOPE_ZH = (  # what the family examines, as its row in notebook 08 says it
    "同一数字的前后两次表述（前言、摘要与正文，正文与表，新闻中重复的数字）；摘要复述各章的每一处列举和措辞"
    "是否逐项保留了原有各项；新闻译本中重复、错乱或被遮盖的段落"
)
SCOPE_EN = (
    "Every number stated twice (preface, summary and body, text and table, numbers the news"
    " article repeats); every list and phrase the summary restates from a chapter, item by"
    " item; the repeated, garbled or masked passages of the news text"
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


def items(text: str) -> list[str]:
    """A printed list as its items: recommendations split on ；, others on 、 and 和; 的 and
    spaces dropped, since they change no item."""
    parts = text.split("；") if "；" in text else re.split("[、和]", text)
    return [re.sub(r"[的\s]", "", p) for p in parts if p.strip()]


def same_item(a: str, b: str) -> bool:
    """One item in two wordings: equal, one inside the other (扩大合作规模 / 合作规模), or as
    alike as two spellings of one name (牛羊制品 / 牛羊肉制品)."""
    return a in b or b in a or difflib.SequenceMatcher(None, a, b).ratio() >= SIMILAR


def _texts(rows: list) -> None:
    """Every list or phrase the summary restates from a chapter (data/restated_texts.csv):
    each item it keeps must be one of the chapter's; wording may differ, an item may not."""
    for r in data.load("restated_texts").itertuples():
        first, second = items(r.first_zh), items(r.second_zh)
        match = {a: next((b for b in second if same_item(a, b)), None) for a in first}
        lost = [a for a, b in match.items() if b is None]
        exact = first == second
        reworded = [f"{a}/{b}" for a, b in match.items() if b is not None and a != b]
        kept = len({b for b in match.values() if b is not None})
        rows.append(
            {
                "check": "restated_text",
                "subject": r.restate_id,
                "evidence": f"{r.first_section} ({len(first)} item(s)) vs {r.second_section}"
                f" ({len(second)}): "
                + (
                    "the same items in the same words"
                    if exact
                    else f"not in {r.second_section}: {'、'.join(lost)}"
                    if lost
                    else "every item kept"
                    + (f"; reworded {'; '.join(reworded)}" if reworded else "")
                    + (f"; keeps {kept} of {len(second)}" if kept < len(second) else "")
                ),
                "found": bool(lost),
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
    """Restated claims, restated lists and phrases, repeated news numbers, and the news text's
    marked passages."""
    rows: list = []
    _claims(rows)
    _texts(rows)
    _news(rows)
    _passages(rows)
    return frame(FAMILY, rows)
