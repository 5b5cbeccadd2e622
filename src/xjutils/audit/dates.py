"""Dates and periods: nothing a source reports can postdate its publication, and a year the
English text prints must be the year the number belongs to (the repost changed some)."""

import pandas as pd

from .. import data
from ._frame import frame

FAMILY = "dates"
NAME_ZH, NAME_EN = "日期与时期", "Dates and periods"
SCOPE_ZH = (  # what the family examines, as its row in notebook 08 says it
    "各项日期是否晚于所在文献的发表日期；新闻每个数字所印年份与其真实所属时期是否一致"
)
SCOPE_EN = (
    "Dates against the publication of their source; each news number's printed year against "
    "the period it belongs to"
)


def _after(date: str, published: str) -> bool:
    last = date.split("/")[-1]
    return not last.startswith("--") and last[: len(published)] > published


def _published(rows: list) -> None:
    published = data.load("sources").set_index("source_id")["published"]
    for name in ("facts", "case_numbers", "news_numbers"):
        frame_ = data.load(name)
        for r in frame_.itertuples():
            printed = [str(r.date)] if pd.notna(r.date) else []
            if name == "news_numbers" and pd.notna(r.year_printed):
                printed.append(str(int(r.year_printed)))
            if not printed:
                continue
            bad = any(_after(d, published[r.source]) for d in printed)
            rows.append(
                {
                    "check": "after_publication",
                    "subject": r.id,
                    "evidence": f"printed {' / '.join(printed)}; "
                    f"{r.source} published {published[r.source]}",
                    "found": bad,
                }
            )


def _periods(rows: list) -> None:
    """Every news number: its true period, and whether the printed year agrees with it."""
    for r in data.load("news_numbers").itertuples():
        printed = None if pd.isna(r.year_printed) else int(r.year_printed)
        bad = printed is not None and str(printed) not in r.period
        rows.append(
            {
                "check": "period",
                "subject": r.id,
                "evidence": ("" if pd.isna(r.value) else f"{r.value:g} {r.unit}; ")
                + f"period {r.period} "
                f"({r.period_certainty}); printed year {printed or '-'}",
                "found": bad,
            }
        )


def examine() -> pd.DataFrame:
    """Dates against publication, and every news number's period against its printed year."""
    rows: list = []
    _published(rows)
    _periods(rows)
    return frame(FAMILY, rows)
