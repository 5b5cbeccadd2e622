"""Cross-references: each figure and table lies within its section's pages, in number order
(pages from the report's contents and list of figures), and every pointer in the prose of
either document (见附录二, 以上, a short name defined earlier) leads to what it names."""

import pandas as pd

from .. import data
from ._frame import frame

FAMILY = "references"
NAME_ZH, NAME_EN = "交叉引用", "Cross-references"
SCOPE_ZH = (  # what the family examines, as its row in notebook 08 says it
    "每张图表是否位于所属章节的页码范围内，并按编号顺序排列；两份文献正文中的每一处交叉引用"
    "（“见附录二”“以上”、前文定义的简称；《报告》正文没有“见图N”“见表N”）是否指向其所说的内容"
)
SCOPE_EN = (
    "Whether each figure and table lies within its section's pages, in number order; whether"
    " every pointer in either document's prose (see Appendix 2, 'the above', a short name"
    " defined earlier; the report's text has no 'see Figure N') leads to what it names"
)


def _pointers(rows: list) -> None:
    """Every pointer in the prose (data/cross_references.csv): the place it names exists (a
    section of the contents; in the news article, a paragraph no later than the pointer, where
    a short name is defined before it is used) and holds what the sentence says is there."""
    contents = data.load("contents").set_index("item_id")
    for r in data.load("cross_references").itertuples():
        if r.source == "report2023":
            exists = r.points_to in contents.index
            title = contents["title_zh"].get(r.points_to, "no such section")
            meant = contents["title_zh"].get(r.meant, "")
            where = f"{r.points_to} ({title}); what it names is in {r.meant} ({meant})"
        else:
            exists = r.points_to <= r.section  # paraNN: defined no later than it is used
            where = f"{r.points_to}, " + ("before or at" if exists else "after") + f" {r.section}"
        rows.append(
            {
                "check": "cross_reference",
                "subject": r.ref_id,
                "evidence": f"{r.source} {r.section}: {r.printed} -> {where}",
                "found": not exists or r.points_to != r.meant,
            }
        )


def examine() -> pd.DataFrame:
    """Every figure and table: in order after its predecessor, within its section's pages;
    every pointer in the prose: to what it names."""
    contents = data.load("contents")
    sections = contents[contents["kind"] == "section"].dropna(subset=["page"])
    order = list(sections["item_id"])
    rows = []
    for kind in ("figure", "table"):
        items = contents[contents["kind"] == kind].reset_index(drop=True)
        for i, r in items.iterrows():
            prev = items.iloc[i - 1] if i else None
            start = sections.set_index("item_id").loc[r["parent"], "page"]
            later = sections.iloc[order.index(r["parent"]) + 1 :]
            nxt = later[~later["item_id"].str.startswith(r["parent"])]["page"]
            end = nxt.iloc[0] if len(nxt) else r["page"]
            out_of_order = prev is not None and r["page"] < prev["page"]
            outside = not start <= r["page"] <= end
            rows.append(
                {
                    "check": "figure_pages",
                    "subject": r["item_id"],
                    "evidence": f"p{r['page']} in {r['parent']} (p{start}-{end})"
                    + (f"; before {prev['item_id']} (p{prev['page']})" if out_of_order else ""),
                    "found": out_of_order or outside,
                }
            )
    _pointers(rows)
    return frame(FAMILY, rows)
