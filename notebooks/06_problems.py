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
# # 06 · 发展问题与扶持诉求：缺主播人才与物流成本居首
#
# 同一份问卷还询问了直播机构面临的制约——人才、产品、跨境直播和配套环境，以及它们希望从政府、行业组织和平台获得哪些支持。正文引用了各图中居前的比重并排出位次，摘要复述了其中大部分。
#
# 本章在问卷比重实际对应的样本量下，为每个比重给出家数和置信区间，复现本章的排序和门槛表述，并核对摘要的复述与正文是否一致。

# %% [markdown] tags=["lang-en"]
# # 06 · Problems and support wanted: anchors and logistics come first
#
# The same questionnaire asked institutions what holds them back — talent, products, cross-border selling, the supporting environment — and what they want from government, industry bodies and platforms. The text quotes the leading shares of each chart and ranks them; the summary repeats most of them.
#
# We give each share its count and confidence interval at the sample size the survey's shares actually fit, re-derive the chapter's rankings and thresholds, and check the summary's restatements against the body.

# %% tags=["parameters"]
lang = "zh"  # "zh" or "en": language of the figures and tables

# %%
from IPython.display import display

from xjutils import claims, data, plots, present, survey
from xjutils.audit import view
from xjutils.prose import by_count, continuing, explains, printed, say

plots.use(lang)
STATED = survey.stated_sample_size()
CHARTS = [f"fig{i}" for i in range(23, 29)]

# %% [markdown] tags=["lang-zh"]
# ## 报告公布的数据

# %% [markdown] tags=["lang-en"]
# ## The data as published

# %% tags=["ledger"]
shares = data.load("survey_shares").query("item in @CHARTS")
present.table(
    shares[["id", "option_zh", "option_en", "value", "section", "item", "page"]],
    lang,
    caption=("原报告第四章各图的占比", "The shares of Section 4's figures"),
)

# %% [markdown] tags=["lang-zh", "ledger"]
# 本章还对跨境直播的若干制约因素排出了位次，但未给出比重，据此可推知图25选项个数的下限。

# %% [markdown] tags=["lang-en", "ledger"]
# The chapter also ranks some cross-border factors without giving their shares, which tells us how many options Figure 25 had at least.

# %% tags=["ledger"]
facts = data.load("facts")
present.table(
    facts[facts["section"].str.startswith("四", na=False)],
    lang,
    caption=(
        "跨境直播问题中仅有排名、未给占比的因素（据原图25）",
        "Cross-border factors ranked without shares (from the report's Figure 25)",
    ),
)

# %% tags=["remove-input"]
rank = facts.set_index("id")["value"]
say(
    lang,
    zh="正文对第{a:.0f}至第{b:.0f}位的跨境直播制约因素只作了定性描述，因此图25至少有{b:.0f}个选项。",
    en="The text describes the cross-border factors ranked {a:.0f} to {b:.0f} without shares, so"
    " Figure 25 had at least {b:.0f} options.",
    a=rank["fact.crossborder_rank_from"],
    b=rank["fact.crossborder_rank_to"],
)

# %% [markdown] tags=["lang-zh"]
# ## 同一份问卷，同一个样本量
#
# 原报告第四章的比重与第二章的比重指向同一个样本量（[表](#tbl-problems-sample-size)）。

# %% [markdown] tags=["lang-en"]
# ## Same survey, same sample size
#
# Section 4's shares point to the same sample size as Section 2's ([Table](#tbl-problems-sample-size)).

# %%
scan = survey.scan(shares)
fit = survey.sample_fit(scan, STATED)
N = fit.n
present.table(
    survey.stated_and_explaining(scan, STATED),
    lang,
    label="problems-sample-size",
    caption=(
        "原报告第四章占比：报告所称样本量与最能解释占比的样本量",
        "Section 4's shares: the stated sample size and the one that explains them",
    ),
)

# %% tags=["remove-input"]
say(
    lang,
    zh=by_count(
        fit.fits,
        fit.shares,
        every="本章{total}个比重全部可由样本量{n}解释，报告所称的样本量{stated}则{fs_zh}。",
        some="本章{total}个比重中，样本量{n}能解释{fn}个，报告所称的样本量{stated}{fs_zh}。",
    ),
    en=by_count(
        fit.fits,
        fit.shares,
        every="A sample of {n} explains all {total} of this chapter's shares; the stated sample of"
        " {stated} explains {fs_en}.",
        some="Of this chapter's {total} shares, a sample of {n} explains {fn} and the stated sample"
        " of {stated} explains {fs_en}.",
    ),
    total=fit.shares,
    n=fit.n,
    fn=fit.fits,
    stated=fit.stated,
    fs_zh=explains(fit.fits_stated, "zh"),
    fs_en=explains(fit.fits_stated, "en"),
)

# %% [markdown] tags=["lang-zh"]
# ## 各比重折算为家数、排序并附置信区间
#
# [表](#tbl-problem-ranks)按问题列出各选项的位次、对应的机构家数及其置信区间。

# %% [markdown] tags=["lang-en"]
# ## Each share as a count, ranked, with its interval
#
# [Table](#tbl-problem-ranks) gives each option's rank within its question, its count of institutions and its confidence interval.

# %% tags=["ledger"]
per_share = survey.per_share(shares, {int(shares["year"].max()): N}, STATED)
ranked = survey.ranked(per_share, CHARTS)
plots.save_table(ranked, "survey_counts_06")
columns = ["item", "rank", f"option_{lang}", "published", "k", "n", "ci_low", "ci_high", "status"]
present.table(
    ranked[columns],
    lang,
    label="problem-ranks",
    caption=(
        "各问题选项的位次、机构数k及95%置信区间",
        "Each option's rank, its number of institutions k and 95% interval",
    ),
)

# %% tags=["remove-input"]
close = survey.neighbours(ranked)
say(
    lang,
    zh="样本量为{n}时，各比重置信区间半宽的中位数约为{w:.0f}个百分点。本章相邻位次的选项差距很小："
    "如“{a}”（{pa}%）与“{b}”（{pb}%）仅相差{d:.0f}家机构；{m}对相邻位次中有{o}对置信区间重叠。"
    "区间重叠并不等于检验，且各比重出自同一批受访机构，但这足以说明：仅凭这些数据，难以确定相邻选项的先后。",
    en="With n = {n} the intervals reach about {w:.0f} percentage points either way (median)."
    ' Neighbouring options are close: "{a}" ({pa}%) and "{b}" ({pb}%) are {d:.0f}'
    " {inst} apart, and the intervals of {o} of {m} neighbouring pairs overlap. Overlapping"
    " intervals are not a test, and the shares come from the same respondents, but they show"
    " that these data cannot firmly rank neighbouring options.",
    n=N,
    w=close.median_half_width,
    a=close.above[f"option_{lang}"],
    pa=printed(close.above["published"], 2),
    b=close.below[f"option_{lang}"],
    pb=printed(close.below["published"], 2),
    d=close.gap,
    inst="institution" if close.gap == 1 else "institutions",
    m=close.pairs,
    o=close.overlapping,
)

# %% [markdown] tags=["lang-zh"]
# ## 公布值与复现值对照：本章表述与摘要复述
#
# 逐条核对“除‘其他’外各选项比重均超过一半”、产品问题与配套环境问题的位次、跨境直播问题并列第一的两项以及平台支持诉求的首位，并核对摘要中的数字与正文是否一致，结果见[表](#tbl-claims-problems)和[表](#tbl-claims-problems-summary)。摘要中有一处选项表述与正文不同，已记为勘误E06。

# %% [markdown] tags=["lang-en"]
# ## Published vs reproduced: the chapter's statements and the summary's restatements
#
# "Every option but 'other' is above half", the orders of the product and environment problems, the two cross-border problems tied at the top and the first wish from platforms, then the summary's numbers against the body's: [Table](#tbl-claims-problems) and [Table](#tbl-claims-problems-summary). One option label in the summary differs from the body's: erratum E06.

# %% tags=["ledger"]
checked = claims.check_all(f"item in {CHARTS}")
results = checked.pipe(claims.select, ["四(一)1", "四(一)2", "四(一)3", "四(一)4", "四(二)2"])
abstract = checked.pipe(claims.select, ["摘要"]).query("item in @CHARTS")
plots.save_table(results, "claims_06")
display(
    present.table(
        results.pipe(claims.expect),
        lang,
        label="claims-problems",
        caption=("原报告第四章的表述：公布值与复现值", "Claims of Section 4, published and reproduced"),
    ),
    present.table(
        abstract.pipe(claims.expect),
        lang,
        label="claims-problems-summary",
        caption=(
            "摘要中的问题与支持表述：公布值与复现值",
            "The summary's claims on problems and support, published and reproduced",
        ),
    ),
)

# %% tags=["remove-input"]
body, restated = claims.tally(results), claims.tally(abstract)
a, ar = restated["claims"], restated["reproduced"]
say(
    lang,
    zh="本章{n}项表述中，{r}项得到复现，{c}项与数据不矛盾；"
    + by_count(
        ar,
        a,
        every="摘要复述的{a}个数字均与正文一致。",
        some="摘要复述的{a}个数字中，{ar}个与正文一致。",
        none="摘要复述的{a}个数字无一与正文一致。",
    ),
    en="Of the chapter's {n} statements, {r} reproduce, and the data are consistent with {c} more; "
    + by_count(
        ar,
        a,
        every="all {a} numbers the summary restates agree with the body.",
        some="of the {a} numbers the summary restates, {ar} agree with the body.",
        none="none of the {a} numbers the summary restates agrees with the body.",
    ),
    n=body["claims"],
    r=body["reproduced"],
    c=body["consistent"],
    a=a,
    ar=ar,
)

# %% [markdown] tags=["lang-zh"]
# ## 依据正文重绘图23—图28
#
# 正文给出数值的图逐一重绘：人才问题（[图](#fig-fig23)）、产品问题（[图](#fig-fig24)）、跨境直播问题（[图](#fig-fig25)）、配套环境问题（[图](#fig-fig26)）和对平台的扶持诉求（[图](#fig-fig28)）。与第4章一样，置信区间按比重实际对应的样本量计算（勘误E07）。原图27在正文中没有任何数值，故不重绘，只在图后说明正文所给的内容。

# %% [markdown] tags=["lang-en"]
# ## Figures 23–28, redrawn from the text
#
# Each chart the text gives values of is redrawn: talent problems ([Figure](#fig-fig23)), product problems ([Figure](#fig-fig24)), cross-border streaming ([Figure](#fig-fig25)), the supporting environment ([Figure](#fig-fig26)) and support wanted from platforms ([Figure](#fig-fig28)). As in Chapter 4, the intervals are at the sample size the shares fit (erratum E07). The text gives no value of Figure 27, so it is not redrawn; a sentence below says what the text does give.

# %%
from xjutils import survey_figures

for fig_id, fig in survey_figures.charts(per_share, CHARTS, lang):
    plots.save(fig, fig_id, lang)

# %%
silent = survey_figures.unquantified(shares, CHARTS)
for item, part in silent.groupby("item"):
    plots.save_table(part, item)

# %% tags=["remove-input"]
for r in silent.itertuples():
    display(
        say(
            lang,
            zh="{label}“{title}”：{known}，因此不作图。",
            en="{label} ({title}): {known}, so it is not drawn.",
            label=present.item_label(r.item, lang),
            title=getattr(r, f"title_{lang}"),
            known=continuing(getattr(r, f"known_{lang}"), lang),
        )
    )

# %% tags=["remove-input"]
view.chapter_errata(lang, part="四")
