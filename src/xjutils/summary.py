"""What the report found, as the values the summary's and the conclusions' sentences need.

The edition opens with a summary in prose and closes with notes on using the data. Both quote
only numbers that are claims of data/claims.csv, so each number arrives with the status its
check gave it and, when it fails, the erratum that explains why: a reader sees at once whether
a number was reproduced or flagged. The chapters hold the evidence; this module only gathers
it, so that the summary can never state a finding the chapters do not check.
"""

from dataclasses import dataclass

import pandas as pd

from . import data, labels, present, prose, survey

# A status under which a published number can be used as printed.
HOLDS = ("reproduced", "within_rounding", "consistent")
# The summary's numbers, by paragraph, in the order the report presents them (claim ids).
TOPICS = {
    "totals": (
        "pre.gmv_2023",
        "s1_1.gmv_growth",
        "abs.views_2023",
        "s1_1.views_growth",
        "abs.sessions_2023",
        "s1_1.sessions_growth",
        "pre.gmv_cagr",
    ),
    "prefectures": ("s1_2.top3", "abs.gmv_urumqi", "abs.gmv_aksu", "abs.gmv_hotan", "s1_2.total"),
    "platforms": (
        "s2_2_5.douyin_first_gmv",
        "tab02.douyin.gmv.growth",
        "tab02.taobao.gmv.growth",
        "tab02.kuaishou.gmv.growth",
    ),
    "survey": (
        "s2.sample_37",
        "abs.median_gmv",
        "abs.mean_staff",
        "abs.outside_consumers",
        "abs.self_produced",
        "abs.talent.lack_anchors",
        "abs.environment.logistics_cost",
        "abs.platform_support.more_traffic",
    ),
    "cases": ("news.gmv_parts", "abs.recommendations"),
}


@dataclass(frozen=True)
class Finding:
    """One published number of the summary with what its check found."""

    claim_id: str
    published: object  # a number, or the ids a ranking names in order ("a;b;c")
    reproduced: object  # what the check found (a number, a range, ids)
    decimals: int
    unit: str | None
    status: str
    erratum: str | None

    @property
    def holds(self) -> bool:
        return self.status in HOLDS


def finding(checked: pd.DataFrame, claim_id: str) -> Finding:
    """The claim `claim_id` of `checked` (claims.check_all's frame) as a Finding."""
    row = checked.set_index("claim_id").loc[claim_id]
    erratum = row["erratum_id"]
    return Finding(
        claim_id,
        row["published"],
        row["reproduced"],
        int(row["decimals"]),
        None if pd.isna(row["unit"]) else row["unit"],
        row["status"],
        None if pd.isna(erratum) or not erratum else str(erratum),
    )


def findings(checked: pd.DataFrame) -> dict[str, Finding]:
    """Every number the summary quotes, by claim id (KeyError: a claim of TOPICS is missing)."""
    return {cid: finding(checked, cid) for ids in TOPICS.values() for cid in ids}


def value(f: Finding, lang: str, reproduced: bool = False) -> str:
    """The published number (or, with `reproduced`, the one the check found) as prose writes
    it (50.60亿元 / 5.06 billion yuan); a ranking as the names it ranks (乌鲁木齐市、阿克苏地区、
    和田地区)."""
    x = f.reproduced if reproduced else f.published
    if isinstance(x, str):
        return prose.join(present.ranking_names(f.claim_id, x, lang), lang)
    if f.unit == "percent":
        return prose.number(prose.printed(x, f.decimals), lang) + "%"
    return prose.quantity(x, f.unit, lang, f.decimals)


def mark(f: Finding, lang: str) -> str:
    """The status as it reads in brackets after the number: （已复现） / (reproduced)."""
    key = f"mark_{f.status}" if f"mark_{f.status}" in labels.TEXT else f.status
    words = labels.t(key, lang, e=f.erratum)
    return f"（{words}）" if lang == "zh" else f" ({words})"


def marked(f: Finding, lang: str, said: tuple[str, ...] = ()) -> str:
    """The number, followed by its mark unless it reproduces (`lead` says that once) or its
    status is one of `said`, which the sentence around it states in words: 50.60亿元 /
    56.02%（不矛盾） / 37份（存疑，见勘误E07）."""
    quiet = f.status == "reproduced" or f.status in said
    return value(f, lang) + ("" if quiet else mark(f, lang))


def all_in(fs: list[Finding], status: str) -> bool:
    """Whether every finding has `status`: a sentence may then state it once for all of them
    (the three growth rates that can only be bounded)."""
    return bool(fs) and all(f.status == status for f in fs)


def change(f: Finding, lang: str) -> str:
    """A growth rate as a verb phrase with its sign in the words: 增长92.38% / 下降21.53%,
    grew by 92.38% / fell by 21.53%; a mark follows as in `marked`."""
    rate = prose.number(prose.printed(abs(f.published), f.decimals), lang) + "%"
    zh, en = ("增长", "grew by ") if f.published >= 0 else ("下降", "fell by ")
    words = (zh if labels.check_lang(lang) == "zh" else en) + rate
    return words + ("" if f.status == "reproduced" else mark(f, lang))


def lead(fs: list[Finding], lang: str) -> str:
    """What the summary's unmarked numbers are, said once before them: 除注明者外，以下数字均已复现
    ('' when none reproduces)."""
    if not any(f.status == "reproduced" for f in fs):
        return ""
    zh = "以下数字均录自原报告；除另有说明者外，均可由报告本身的数据复现。"
    en = (
        "Every number below is the report's; unless the text says otherwise, each can be"
        " derived again from the report's own data."
    )
    return zh if labels.check_lang(lang) == "zh" else en


def of_report(checked: pd.DataFrame) -> pd.DataFrame:
    """The claims that are the report's own statements: not the news article's, which the
    edition checks too but which are no statement of the report."""
    return checked[~checked["claim_id"].str.startswith("news.")]


def statements(checked: pd.DataFrame) -> pd.DataFrame:
    """The report's own statements: not the summary's restatements of its body, which a reader
    should not count as separate findings (issue 19's readers: 77 statements read as more)."""
    return checked[checked["kind"] != "restatement"]


def tally(checked: pd.DataFrame) -> dict[str, int]:
    """How many claims hold, how many are flagged, how many cannot be checked, of how many; the
    reproduced ones split into those recomputed and the summary's restatements that agree."""
    status = checked["status"]
    reproduced = status.isin(("reproduced", "within_rounding"))
    restated = reproduced & (checked["kind"] == "restatement")
    return {
        "claims": len(checked),
        "holds": int(status.isin(HOLDS).sum()),
        "reproduced": int(reproduced.sum()),
        # of those, the report's summary restating its body (agreement, not a recomputation)
        "restated": int(restated.sum()),
        "recomputed": int((reproduced & ~restated).sum()),
        "consistent": int((status == "consistent").sum()),
        "flagged": int((status == "mismatch").sum()),
        "unchecked": int((status == "not_derivable").sum()),
    }


def agree(checked: pd.DataFrame, kind: str, item: str | None = None) -> tuple[int, int]:
    """(how many hold, of how many) among the claims of one kind (restatement, growth…),
    optionally of one exhibit: 'all 9 growth rates of Table 2 reproduce'."""
    chosen = checked[checked["kind"] == kind]
    if item is not None:
        chosen = chosen[chosen["item"] == item]
    return int(chosen["status"].isin(HOLDS).sum()), len(chosen)


def errata(rows: pd.DataFrame, group: str) -> pd.DataFrame:
    """The open errata of one reader group (substantive, editorial, secondary), major first;
    `rows` is data/errata.csv."""
    chosen = rows[(rows["status"] == "open") & (rows["group"] == group)]
    order = chosen["severity"].map({"major": 0, "minor": 1})
    return chosen.assign(_s=order).sort_values(["_s", "erratum_id"]).drop(columns="_s")


def bounded(checked: pd.DataFrame) -> pd.DataFrame:
    """The claims that can only be bounded, not recomputed (status consistent): to be used as
    printed, knowing that no published number pins them down."""
    return checked[checked["status"] == "consistent"].reset_index(drop=True)


def flagged(checked: pd.DataFrame) -> pd.DataFrame:
    """The claims that fail their check, each with its erratum."""
    return checked[checked["status"] == "mismatch"].reset_index(drop=True)


def interval_half_width(n: int) -> float:
    """Half the width, in percentage points, of the interval of a share near one half among n
    answers: how finely the survey's shares can be told apart."""
    low, high = survey.interval(n // 2, n)
    return (high - low) / 2


def survey_comparisons() -> pd.DataFrame:
    """The places the report sets its survey beside an earlier edition's (erratum E17), as a
    reader checks them: where, what, and the two shares where printed (the change of surveyed
    population, which data/edition_comparisons.csv records too, is not one; nor are its
    comparisons of market totals, cases or the news article across years)."""
    rows = data.load("edition_comparisons")
    chosen = rows[(rows["series"] == "survey") & (rows["direction"] != "population")]
    keep = ["what_zh", "what_en", "printed_before", "printed_after", "source", "section", "item"]
    return chosen[keep + ["page"]].reset_index(drop=True)


def comparisons() -> int:
    """How many times the report compares its survey with earlier editions' (E17's eleven)."""
    return len(survey_comparisons())


@dataclass(frozen=True)
class Market:
    """What the published numbers say about the market, beyond any one statement: how
    concentrated GMV is, and how the platforms' shares of it moved (2022 implied)."""

    top3_share: float  # the three leading prefectures' share of the regional total, %
    gmv_share: dict  # (platform_id, year): share of the regional GMV, %

    def said(self, lang: str) -> dict:
        """Every share as prose writes it, to one decimal (70.3%): "top3", and the GMV shares
        by (platform_id, year)."""
        pct = {"top3": self.top3_share, **self.gmv_share}
        return {k: prose.number(v, lang, ".1f") + "%" for k, v in pct.items()}


def market() -> Market:
    """The concentration of GMV by prefecture and the platforms' GMV shares by year."""
    from . import platforms, prefectures  # their figures are not the summary's concern

    shares = platforms.shares(platforms.levels())
    gmv = shares[shares["metric"] == "gmv"]
    return Market(
        top3_share=float(prefectures.concentration(prefectures.gmv())["top3_share_of_total"]),
        gmv_share={
            (p, int(y)): float(v) for p, y, v in zip(gmv["platform_id"], gmv["year"], gmv["share"])
        },
    )


PROFILE_CLAIMS = (
    "s2_2_1.median_staff",
    "s2_1_3.median_gmv",
    "abs.self_produced",
    "abs.outside_consumers",
)
PROFILE_SHARES = ("fig02.age_le3.2023", "fig14.douyin.2023")


def profile(checked: pd.DataFrame, lang: str) -> dict[str, str]:
    """The institutions as the report portrays them, each number as prose writes it with its
    status marked (`marked`): the claims of PROFILE_CLAIMS and the printed shares of
    PROFILE_SHARES, by id."""
    out = {cid: marked(finding(checked, cid), lang) for cid in PROFILE_CLAIMS}
    shares = data.inputs(list(PROFILE_SHARES)).loc[list(PROFILE_SHARES)]
    for sid, row in shares.iterrows():
        out[sid] = prose.number(prose.printed(row["value"], int(row["decimals"])), lang) + "%"
    return out


def publisher(source_id: str, lang: str) -> str:
    """Who published a source (data/sources.csv): 中国青年报 / China Youth Daily."""
    name = data.load("sources").set_index("source_id").at[source_id, f"publisher_{lang}"]
    return f"《{name}》" if labels.check_lang(lang) == "zh" else name


def sample(year: int) -> "survey.SampleFit":
    """The sample size that explains the survey's shares of `year`, beside the stated one."""
    return survey.sample_fit(survey.scan(survey.exact_shares(year)), survey.stated_sample_size())


@dataclass(frozen=True)
class Sources:
    """Where the data are: the tables of data/ and the errata's file, with their counts."""

    tables: int
    inputs: int
    errata: int


def sources() -> Sources:
    """How many tables data/ holds (all of them, and the transcriptions of the sources among
    them) and how many errata data/errata.csv records."""
    resources = data.package()["resources"]
    kinds = [r.get("kind") for r in resources]
    return Sources(len(resources), kinds.count("input"), len(data.load("errata")))
