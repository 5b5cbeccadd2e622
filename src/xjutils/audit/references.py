"""Cross-references: each figure and table lies within its section's pages, in number order
(pages from the report's contents and list of figures)."""

import pandas as pd

from .. import data
from ._frame import frame

FAMILY = "references"
NAME_ZH, NAME_EN = "交叉引用", "Cross-references"
SCOPE_ZH = (  # what the family examines, as its row in notebook 08 says it
    "每张图表是否位于所属章节的页码范围内，并按编号顺序排列"
)
SCOPE_EN = "Whether each figure and table lies within its section's pages, in number order"


def examine() -> pd.DataFrame:
    """Every figure and table: in order after its predecessor, within its section's pages."""
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
    return frame(FAMILY, rows)
