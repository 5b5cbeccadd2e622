# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python (xjutils)
#     language: python
#     name: xjutils
# ---

# %% [markdown] tags=["lang-zh"]
# # 01 · 总体规模：交易额、观看人次与直播场次
#
# 报告开篇给出2023年新疆直播电商的三项总量指标——直播交易额、观看人次和直播场次，并各附较上年的增长率；前言另给出2020年的直播交易额和2020—2023年的年均增长率。原图1是一张图片，本版所依据的文字稿中没有它，只能依据正文引用的数字还原。
#
# 本章摘录这些数字（逐一转录并注明出处），逐条复现报告据此作出的表述，并只用确知的信息重绘图1（[图](#fig-fig01)）：公布值画实心柱；由增长率反推的2022年水平画斜线柱，并标出舍入误差允许的区间；未公布的年份留空，不作插补。

# %% [markdown] tags=["lang-en"]
# # 01 · Overall: GMV, views and live sessions
#
# The report opens with Xinjiang's live-commerce totals for 2023 — GMV, views and live sessions — each with its growth on the year before; the preface adds GMV for 2020 and an average annual growth rate over 2020–2023. Figure 1 is an image, absent from the text this edition works from; what survives of it is the numbers the prose quotes.
#
# This chapter takes those numbers, each transcribed with where it was printed, re-derives every statement the report makes about them, and redraws Figure 1 from what is actually known ([Figure](#fig-fig01)): published values as solid bars, 2022 levels implied by the growth rates as hatched bars (with the range the printed rounding leaves open), and years nobody published left empty rather than filled in.

# %% tags=["parameters"]
lang = "zh"  # "zh" or "en": language of the figure and tables

# %%
import pandas as pd
from IPython.display import display

from xjutils import claims, data, overall, plots, present
from xjutils.prose import between, printed, quantity, say

plots.use(lang)

# %% [markdown] tags=["lang-zh"]
# ## 报告公布的数据

# %% [markdown] tags=["lang-en"]
# ## The data as published

# %% [markdown] tags=["lang-zh", "ledger"]
# [表](#tbl-published-totals)逐条列出报告公布的总量数字，并注明每个数字印在何处。

# %% [markdown] tags=["lang-en", "ledger"]
# [Table](#tbl-published-totals) lists the totals the report publishes and where it prints each of them.

# %% tags=["ledger"]
headline = data.load("overall")
present.table(
    headline,
    lang,
    label="published-totals",
    caption=("报告公布的直播电商总量", "Live-commerce totals as the report publishes them"),
)

# %% tags=["remove-input"]
top = headline.set_index("id")
q = {i: quantity(r.value, r.unit, lang, r.decimals) for i, r in top.iterrows()}
say(
    lang,
    zh="据报告，{y}年新疆直播交易额为{gmv}，观看人次{views}，直播场次{sessions}；"
    "{y0}年直播交易额为{gmv0}。",
    en="As published: in {y}, live commerce in Xinjiang sold {gmv} of goods in {sessions},"
    " which drew {views}; in {y0} it sold {gmv0}.",
    y=int(top.at["fig01.gmv.2023", "year"]),
    y0=int(top.at["fig01.gmv.2020", "year"]),
    gmv=q["fig01.gmv.2023"],
    views=q["fig01.views.2023"],
    sessions=q["fig01.sessions.2023"],
    gmv0=q["fig01.gmv.2020"],
)

# %% [markdown] tags=["lang-zh", "ledger"]
# 报告本身的期数、参照年份和发布时间等信息也逐一录入，同样注明出处。

# %% [markdown] tags=["lang-en", "ledger"]
# The report's own particulars (its edition, reference years and publication date) are transcribed in the same way, each with its place in the report.

# %% tags=["ledger"]
facts = data.load("facts")
present.table(
    facts[facts["section"].isna() | facts["section"].isin(["前言", "附录(三)"])],
    lang,
    caption=("报告的年度、期数等基本信息", "The report's year, edition and other particulars"),
)

# %% [markdown] tags=["lang-zh"]
# ## 由原图1推算的序列
#
# 已知本年水平和比上年增长率，即可推得上年水平：以本年水平除以增长率加一之和。两者均只保留两位小数，推算出的上年水平因而是一个很窄的区间，而非一个点值。报告没有给出2021年的任何数值，也没有给出2020年的观看人次和直播场次，这些均保留为缺失。[表](#tbl-totals)列出由此得到的序列。

# %% [markdown] tags=["lang-en"]
# ## The series behind Figure 1
#
# A level and its growth on the year before imply the earlier level: the level divided by one plus the growth rate. Both are printed to two decimals (for a level, to the nearest million yuan, million views or hundred sessions), so the implied level is a narrow range rather than a point. The report gives nothing for 2021, and no views or sessions for 2020; they stay missing. [Table](#tbl-totals) gives the series this yields.

# %%
series = overall.series()
present.table(
    series,
    lang,
    label="totals",
    caption=(
        "2020—2023年各项总量：公布值、推算值及其舍入区间（据原图1）",
        "Totals for 2020–2023, published or implied, with their rounding ranges (from the report's Figure 1)",
    ),
)

# %% tags=["remove-input"]
implied = overall.implied(series)
say(
    lang,
    zh="由增长率反推，{y}年直播交易额约为{gmv}（{range}），观看人次约{views}，直播场次约{sessions}。",
    en="Working back from the growth rates, {y} saw GMV of about {gmv} ({range}), about {views}"
    " and about {sessions}.",
    y=int(implied["year"].iloc[0]),
    gmv=quantity(implied.at["gmv", "value"], implied.at["gmv", "unit"], lang, 2),
    range=between(*implied.loc["gmv", ["low", "high", "unit"]], lang, 4),
    views=quantity(implied.at["views", "value"], implied.at["views", "unit"], lang, 2),
    sessions=quantity(implied.at["sessions", "value"], implied.at["sessions", "unit"], lang, 2),
)

# %% [markdown] tags=["lang-zh"]
# ## 公布值与复现值对照
#
# [表](#tbl-claims-overall)逐条列出前言和一（一）的表述，[表](#tbl-claims-overall-summary)列出摘要对它们的复述。2023年各项增长率无法直接复算，因为报告正文没有给出2022年的总量，只能给出边界：2022年总量不会小于表2三大平台2022年数值之和，故增长率不会超过“2023年总量与该和之比减一”，“舍入区间或界限”一栏列出的即是这一上限。

# %% [markdown] tags=["lang-en"]
# ## Published vs reproduced
#
# [Table](#tbl-claims-overall) lists every statement of the preface and of Section 1.1, [Table](#tbl-claims-overall-summary) the summary's restatements of them. The 2023 growth rates cannot be recomputed, because the report's text does not give the 2022 totals; they can only be bounded. The 2022 total is at least what Table 2's three platforms add up to for 2022, so growth is at most the 2023 total over that sum, less one; the column of ranges and bounds shows that ceiling.

# %% tags=["ledger"]
checked = claims.check_all("item == 'fig01'")
results = checked.pipe(claims.select, ["前言", "一(一)"]).pipe(claims.expect)
abstract = checked.pipe(claims.select, ["摘要"]).query("item == 'fig01'").pipe(claims.expect)
plots.save_table(pd.concat([results, abstract]), "claims_01")
display(
    present.table(
        results,
        lang,
        label="claims-overall",
        caption=(
            "前言和一（一）的表述：公布值与复现值",
            "Claims of the Preface and Section 1.1, published and reproduced",
        ),
    ),
    present.table(
        abstract,
        lang,
        label="claims-overall-summary",
        caption=(
            "摘要中的总量表述：公布值与复现值",
            "The summary's claims on the totals, published and reproduced",
        ),
    ),
)

# %% tags=["remove-input"]
c = results.set_index("claim_id")
bound = {m: c.loc[f"s1_1.{m}_growth"] for m in ("gmv", "views", "sessions")}
say(
    lang,
    zh="前言所称的年均增长率{cagr_pub}%是{y0}—{y1}年的复合增长率，由两端年份的交易额复算，"
    "结果与公布值一致。三项增长率均低于各自上限：直播交易额{g}%（上限{gb:.2f}%）、"
    "观看人次{v}%（上限{vb:.2f}%）、直播场次{s}%（上限{sb:.2f}%）。由此推算的2022年总量"
    "高于三大平台之和，余额可能来自其他平台，也可能源于统计口径不同，其大小测算见第3章。",
    en="The preface's average growth of {cagr_pub}% is a compound rate over {y0}–{y1};"
    " recomputed from the GMV of the two end years, it reproduces. Each growth rate"
    " stays below its ceiling: GMV {g}% (at most {gb:.2f}%), views {v}% (at most {vb:.2f}%),"
    " sessions {s}% (at most {sb:.2f}%). The 2022 totals they imply exceed what the three"
    " platforms add up to; the remainder may be other platforms' sales or a difference in how"
    " the totals were compiled, and Chapter 3 measures it.",
    cagr_pub=printed(c.at["pre.gmv_cagr", "published"], c.at["pre.gmv_cagr", "decimals"]),
    y0=int(top.at["fig01.gmv.2020", "year"]),
    y1=int(top.at["fig01.gmv.2023", "year"]),
    g=printed(bound["gmv"]["published"], bound["gmv"]["decimals"]),
    gb=bound["gmv"]["high"],
    v=printed(bound["views"]["published"], bound["views"]["decimals"]),
    vb=bound["views"]["high"],
    s=printed(bound["sessions"]["published"], bound["sessions"]["decimals"]),
    sb=bound["sessions"]["high"],
)

# %% [markdown] tags=["lang-zh"]
# ## 重绘图1

# %% [markdown] tags=["lang-en"]
# ## Figure 1, redrawn

# %%
fig = overall.figure(series, lang)
plots.save_table(series, "fig01")
plots.save(fig, "fig01", lang)
