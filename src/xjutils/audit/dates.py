"""Dates and periods: nothing a source reports can postdate its publication, and a year the
English text prints must be the year the number belongs to (the repost changed some)."""

import pandas as pd

from .. import data
from ._frame import frame

FAMILY = "dates"
NAME_ZH, NAME_EN = "日期与时期", "Dates and periods"
SCOPE_ZH = (  # what the family examines, as its row in notebook 08 says it
    "各项日期是否晚于所在文献的发表日期；新闻每个数字所印年份与其真实所属时期是否一致；"
    "各案例与新闻故事自身的时间先后、所用平台与所述间隔是否前后一致"
)
SCOPE_EN = (
    "Dates against the publication of their source; each news number's printed year against "
    "the period it belongs to; each case study and news story against itself (the order of its "
    "dates, the platforms it names, the intervals it states)"
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


PLATFORM_WORDS = {  # how a platform is named in data/ ids and descriptions
    "douyin": ("douyin",),
    "kuaishou": ("kuaishou",),
    "taobao": ("taobao",),
    "tiktok": ("tiktok",),
}


def _cases(rows: list) -> None:
    """Each case study against itself: its dated events in the order told and none before the
    case's start (sequence), and each platform its numbers name among the case's platforms."""
    numbers = data.load("case_numbers")
    platforms = data.load("platforms")
    for c in data.load("cases").itertuples():
        own = numbers[numbers["case_id"] == c.case_id]
        dated = own.dropna(subset=["date"])
        start = None if pd.isna(c.started) else str(c.started)

        def before(a: str, b: str) -> bool:  # a strictly earlier than b, at the shared precision
            k = min(len(a), len(b))
            return a[:k] < b[:k]

        told = [str(d) for d in dated["date"]]  # in the order the text tells them
        early = [r.id for r in dated.itertuples() if start and before(str(r.date), start)]
        early += [
            f"{dated['id'].iloc[i + 1]} before {dated['id'].iloc[i]}"
            for i in range(len(told) - 1)
            if before(told[i + 1], told[i])
        ]
        rows.append(
            {
                "check": "case_sequence",
                "subject": c.case_id,
                "evidence": f"started {start or '-'}; events "
                + (
                    ", ".join(f"{r.id.split('.', 1)[1]} {r.date}" for r in dated.itertuples())
                    or "none"
                )
                + (f"; out of order: {', '.join(early)}" if early else "; in order"),
                "found": bool(early),
            }
        )
        stated = set(str(c.platforms).split(";")) if pd.notna(c.platforms) else set()
        named = {
            p
            for p, words in PLATFORM_WORDS.items()
            for r in own.itertuples()
            if any(w in f"{r.id} {r.what_en}".lower() for w in words)
        } | {p.platform_id for p in platforms.itertuples() if p.name_zh in str(c.title_zh)}
        rows.append(
            {
                "check": "case_platforms",
                "subject": c.case_id,
                "evidence": f"case platforms {sorted(stated) or 'not stated'} ({c.platform_basis});"
                f" platforms its numbers and title name {sorted(named) or 'none'}",
                "found": bool(named - stated),
            }
        )


def _news_story(rows: list) -> None:
    """The news stories against themselves: an interval the text gives ('two years ago')
    against the dates it gives for the same person and the article's publication."""
    news = data.load("news_numbers")
    published = data.load("sources").set_index("source_id").loc["news2022", "published"]
    years = news[(news["unit"] == "years") & news["id"].str.contains("since")]
    for r in years.itertuples():
        dates = news[(news["entity"] == r.entity) & news["date"].notna()]
        for d in dates.itertuples():
            if str(d.date).startswith("--"):
                continue
            gap = int(str(published)[:4]) - int(str(d.date)[:4])
            rows.append(
                {
                    "check": "news_sequence",
                    "subject": f"{r.id} / {d.id}",
                    "evidence": f"{r.value:g} years since; dated {d.date}; published {published}:"
                    f" {gap} years",
                    "found": abs(gap - r.value) > 1,
                }
            )


def examine() -> pd.DataFrame:
    """Dates against publication, every news number's period against its printed year, and
    the narratives (case studies, news stories) against themselves."""
    rows: list = []
    _published(rows)
    _periods(rows)
    _cases(rows)
    _news_story(rows)
    return frame(FAMILY, rows)
