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
# # 04 · 直播机构：问卷占比与所称样本量不符
#
# 原报告第二章依据一次问卷调查描述新疆的直播机构：成立时间、运营模式、交易规模、团队、消费者、货源、品类、合作企业、客单价、退货率、直播平台和直播间。报告给出收回问卷数和有效问卷数，并引用了图2—图15中的部分比重；这些图是图片，本版所依据的文字稿中只有正文引用的数字。
#
# 小样本的比重实际上是“家数 ÷ 样本量”。本章把每个比重还原为它所对应的家数，检验哪个样本量能解释这些比重，为每个比重给出置信区间，核对各分布之间以及与报告所称均值、中位数之间是否自洽，并只依据正文给出的信息重绘各图。

# %% [markdown] tags=["lang-en"]
# # 04 · Institutions: survey shares that do not fit the stated sample
#
# Section 2 describes Xinjiang's live-streaming institutions (the agencies, often multi-channel networks, that run live selling for merchants and brands) from a questionnaire: when they were founded, how they operate, how much they sell, their teams, customers, sources of goods, product categories, partners, order values, return rates, platforms and live rooms. It states how many questionnaires came back and how many were valid, and quotes shares from its Figures 2–15. Those figures are images: the text this edition works from keeps only the shares the prose quotes.
#
# In a small sample a share is a head count in disguise. We turn every share back into the number of institutions it implies, ask which sample size explains the shares, put a confidence interval on each, check the distributions against each other and against the stated means and medians, and redraw each chart from what the text gives and nothing more.

# %% tags=["parameters"]
lang = "zh"  # "zh" or "en": language of the figures and tables

# %%
from IPython.display import display

from xjutils import claims, data, plots, present, summary, survey
from xjutils.prose import between, explains, join, printed, quantity, quote, say

plots.use(lang)
STATED = survey.stated_sample_size()
CHARTS = [f"fig{i:02d}" for i in range(2, 16)]

# %% tags=["remove-input"]
p = summary.profile(claims.check_all(), lang)
say(
    lang,
    zh="原报告描绘的直播机构以年轻、小规模为主：成立不超过3年的占{young}，员工人数中位数为{staff}，"
    "年交易额中位数为{gmv}；{douyin}在抖音开展直播，{own}销售自产商品，{outside}有疆外消费者。"
    "这些比重所依据的样本很小，其分母也与报告所称不符，下文逐一说明。",
    en="The report portrays young, small institutions: {young} were founded at most three years"
    " ago, the median staff is {staff} and the median annual GMV {gmv}; {douyin} stream on"
    " Douyin, {own} sell their own products and {outside} have consumers outside Xinjiang. The"
    " sample behind these shares is small, and its size is not the one the report states, as the"
    " sections below show.",
    young=p["fig02.age_le3.2023"],
    staff=p["s2_2_1.median_staff"],
    gmv=p["s2_1_3.median_gmv"],
    douyin=p["fig14.douyin.2023"],
    own=p["abs.self_produced"],
    outside=p["abs.outside_consumers"],
)

# %% [markdown] tags=["lang-zh"]
# ## 报告公布的数据

# %% [markdown] tags=["lang-en"]
# ## The data as published

# %% [markdown] tags=["lang-zh", "ledger"]
# [表](#tbl-survey-shares)列出原报告第二章给出的各项比重，并注明所属图号。

# %% [markdown] tags=["lang-en", "ledger"]
# [Table](#tbl-survey-shares) lists the shares the report's Section 2 gives, each with the figure it belongs to.

# %% tags=["ledger"]
shares = data.load("survey_shares").query("item in @CHARTS")
columns = ["id", "option_zh", "option_en", "year", "value", "qualifier", "section", "item", "page"]
present.table(
    shares[columns],
    lang,
    label="survey-shares",
    caption=("原报告第二章各图的占比", "The shares of Section 2's figures"),
)

# %% [markdown] tags=["lang-zh", "ledger"]
# 原报告第二章给出了收回问卷数和有效问卷数、成立年份，以及若干提到但未给出比重的区间，一并录入如下。

# %% [markdown] tags=["lang-en", "ledger"]
# Section 2 gives the questionnaires returned and valid, founding years, and bands it names without their shares; they are transcribed below.

# %% tags=["ledger"]
facts = data.load("facts")
present.table(
    facts[facts["section"].str.startswith("二", na=False)],
    lang,
    caption=(
        "原报告第二章的其他数字：问卷数、成立年份和未给占比的分组",
        "Section 2's other numbers: questionnaires, founding years and bands given without shares",
    ),
)

# %% tags=["remove-input"]
questionnaires = survey.response(facts)
say(
    lang,
    zh="报告称共收回问卷{ret}份，其中有效问卷{valid}份，有效率{rate:.1f}%。",
    en="The report says {ret} questionnaires came back and {valid} of them were valid ({rate:.1f}%).",
    ret=questionnaires["returned"],
    valid=questionnaires["valid"],
    rate=questionnaires["valid_pct"],
)

# %% [markdown] tags=["lang-zh"]
# ## 这些比重对应的样本量
#
# 对每个候选样本量n，统计2023年以两位小数列出的比重中，有多少个在保留两位小数后恰好等于某个k/n，结果见[表](#tbl-sample-size)和[图](#fig-ext04a)。原报告第四章的比重来自同一份问卷，结论一致（见第6章）。

# %% [markdown] tags=["lang-en"]
# ## The sample size behind the shares
#
# For every candidate n we count how many of the 2023 shares printed to two decimals equal some k/n at those decimals; [Table](#tbl-sample-size) and [Figure](#fig-ext04a) give the result. Section 4's shares come from the same questionnaire and agree (see Chapter 6).

# %%
scan = survey.scan(survey.exact_shares(2023).query("item in @CHARTS"))
fit = survey.sample_fit(scan, STATED)
N = fit.n
display(
    present.table(
        survey.stated_and_explaining(scan, STATED),
        lang,
        label="sample-size",
        caption=(
            "报告所称样本量与最能解释占比的样本量",
            "The stated sample size and the one that explains the shares",
        ),
    )
)
from xjutils import survey_figures

fig = survey_figures.figure_scan(scan, STATED, lang)
plots.save_table(scan, "ext04a")
plots.save(fig, "ext04a", lang)

# %% tags=["remove-input"]
say(
    lang,
    zh="在以两位小数列出的{total}个比重中，报告所称的样本量{stated}{fs_zh}；样本量{n}能解释{fn}个，"
    "只有{miss}个例外；在所有候选样本量中，没有哪个能解释更多比重，而{n}是其中最小的（勘误{e}）。",
    en="Of the {total} shares printed to two decimals, the stated sample of {stated} explains {fs_en}; a sample of {n}"
    " explains {fn}, all but {miss}: no candidate explains more, and {n} is the smallest that explains as many (erratum {e}).",
    total=fit.shares,
    stated=fit.stated,
    fs_zh=explains(fit.fits_stated, "zh"),
    fs_en=explains(fit.fits_stated, "en"),
    n=fit.n,
    fn=fit.fits,
    miss=fit.misfits,
    e=data.load("claims").set_index("claim_id").at["s2.sample_37", "erratum_id"],
)

# %% [markdown] tags=["lang-zh"]
# ## 每个比重折算为家数，并给出置信区间
#
# [表](#tbl-share-counts)将每个比重折算为家数。k为在最能解释数据的样本量下、舍入后等于公布比重的机构家数；上年唯一的比重按能解释它的最小样本量折算（见下文）。无法写成k/n的比重，是一张图中几根柱子分别舍入后再相加的结果；对“约七成”之类的近似比重和“全部”，k只作参考。置信区间采用威尔逊（Wilson）法计算。

# %% [markdown] tags=["lang-en"]
# ## Every share as a count, with its interval
#
# [Table](#tbl-share-counts) turns each share into a count. The count k is the number of institutions that rounds to the printed share at the sample size that explains the data best (for last year's single share, at the smallest n that fits it; see below). The shares that fit no k/n are sums of separately rounded shares, a chart's bars added up after rounding; for approximate shares ("about seven in ten") and "all", k is only indicative. The intervals are Wilson intervals.

# %% tags=["ledger"]
sizes = survey.sample_sizes()
per_share = survey.per_share(shares, sizes, STATED)
plots.save_table(per_share, "survey_counts_04")
present.table(
    per_share.drop(columns="question_id"),
    lang,
    label="share-counts",
    caption=(
        "各占比对应的机构数k及95%置信区间",
        "The number of institutions k behind each share, with 95% intervals",
    ),
)

# %% tags=["remove-input"]
summed, half = survey.sums_of_rounded(per_share), survey.nearest_half(per_share)
say(
    lang,
    zh="{k}个比重无法写成k/{n}，均为若干分别舍入的比重相加所得：{names}。"
    "置信区间很宽：接近一半的比重（如{opt}，{pub}%），{level:.0f}%置信区间为{lo:.1f}%～{hi:.1f}%，"
    "上下各约{w:.0f}个百分点。",
    en="The {k} shares that fit no k/{n} are each a sum of separately rounded shares: {names}. The"
    " intervals are wide: for a share near one half ({opt}, {pub}%) the {level:.0f}% interval runs"
    " from {lo:.1f}% to {hi:.1f}%, about {w:.0f} percentage points either way.",
    k=len(summed),
    n=N,
    names=join([quote(o, lang) for o in summed[f"option_{lang}"]], lang),
    opt=quote(half[f"option_{lang}"], lang),
    pub=printed(half["published"], 2),
    level=100 * survey.CONFIDENCE,
    lo=half["ci_low"],
    hi=half["ci_high"],
    w=survey.half_width(half),
)

# %% [markdown] tags=["lang-zh"]
# ## 各分布比重之和的核对
#
# 单选题若给出全部区间，各区间比重之和应为百分之百（交易额和退货率两题各区间比重之和在保留两位小数时恰为百分之百），只给出部分区间时应不足百分之百；多选题之和可以超过百分之百（[表](#tbl-share-sums)）。成立年份的两个区间相互嵌套（2021—2022年成立的机构包含在“成立不超过三年”之内），不能相加。

# %% [markdown] tags=["lang-en"]
# ## How the distributions add up
#
# A single-answer question with banded answers must add up to the whole when every band is given (the GMV and return-rate questions do, to the hundredth) and to less when some are missing; a multiple-answer question may add up to more than the whole ([Table](#tbl-share-sums)). The founding-year bands are nested (founded 2021–2022 lies inside "at most three years old") and are not summed.

# %% tags=["ledger"]
present.table(
    survey.band_sums(shares),
    lang,
    label="share-sums",
    caption=("各题给出的选项占比之和", "What each question's given shares add up to"),
)

# %% [markdown] tags=["lang-zh"]
# ## 公布值与复现值对照：本章各项表述
#
# 在区间允许的范围内，用区间分布检验报告所称的中位数和均值：交易额各档齐全，中位数须落在累计比重首次超过一半的区间内；员工人数的中位数必须落在占比过半的区间内；均值不能低于区间分布所隐含的下限。报告所称样本量则用各比重检验。逐条结果见[表](#tbl-claims-institutions)和[表](#tbl-claims-institutions-summary)。

# %% [markdown] tags=["lang-en"]
# ## Published vs reproduced: the chapter's claims
#
# Medians and means are checked against the bands where the bands allow: the GMV bands are complete, so the median must lie in the band that holds the middle institution; the staff median must lie in the band that holds over half; a mean cannot be below the floor the bands imply. The stated sample size is tested against the shares. [Table](#tbl-claims-institutions) and [Table](#tbl-claims-institutions-summary) give each result.

# %% tags=["ledger"]
checked = claims.check_all(f"item in {CHARTS} or section in ['二', '附录(一)']")
sections = [
    "二",
    "二(一)1",
    "二(一)2",
    "二(一)3",
    "二(二)1",
    "二(二)2",
    "二(二)3",
    "二(二)4",
    "二(二)6",
    "附录(一)",
]
results = checked.pipe(claims.select, sections).pipe(claims.expect)
abstract = checked.pipe(claims.select, ["摘要"]).query("item in @CHARTS").pipe(claims.expect)
plots.save_table(results, "claims_04")
display(
    present.table(
        results,
        lang,
        label="claims-institutions",
        caption=(
            "原报告第二章及附录（一）的表述：公布值与复现值",
            "Claims of Section 2 and Annex A, published and reproduced",
        ),
    ),
    present.table(
        abstract,
        lang,
        label="claims-institutions-summary",
        caption=(
            "摘要中的调查表述：公布值与复现值",
            "The summary's claims on the survey, published and reproduced",
        ),
    ),
)

# %% tags=["remove-input"]
c = results.set_index("claim_id")
say(
    lang,
    zh="交易额中位数：报告称{med}，区间分布只能确定它落{range}，二者并不矛盾。"
    "员工人数：中位数{smed}人落在{slo:.0f}～{shi:.0f}人区间内；均值{smean}人不低于区间隐含的下限{sfloor:.1f}人。",
    en="Median GMV: the report says {med}; the bands only place it {range},"
    " which is consistent. Staff: the median of {smed} lies in the"
    " {slo:.0f}–{shi:.0f} band, and the mean of {smean} is above the floor of {sfloor:.1f} the"
    " bands imply.",
    med=quantity(*c.loc["s2_1_3.median_gmv", ["published", "unit"]], lang, 0),
    range=between(*c.loc["s2_1_3.median_gmv", ["low", "high", "unit"]], lang, 0),
    smed=printed(c.at["s2_2_1.median_staff", "published"], 0),
    slo=c.at["s2_2_1.median_staff", "low"],
    shi=c.at["s2_2_1.median_staff", "high"],
    smean=printed(c.at["s2_2_1.mean_staff", "published"], 0),
    sfloor=c.at["s2_2_1.mean_staff", "low"],
)

# %% [markdown] tags=["lang-zh"]
# ## 与上年的比较
#
# 报告比较了同时采用三种运营模式的机构比重。报告未说明上年的样本量，只能推断为能使该比重成立的最小样本量。此外，两年的样本未必可比：前言称本年度调查对象由县域直播基地转为商业直播机构。上年的比重画在[图](#fig-fig03)中，本年的画在[图](#fig-fig02-15)分图（b）中。

# %% [markdown] tags=["lang-en"]
# ## Comparison with last year
#
# The report compares the share of institutions running all three operating models in parallel. Last year's sample size is not stated; we infer the smallest one the share fits. The two years' samples may not even be comparable: the preface says this year's survey moved from county live-streaming bases to commercial institutions. Last year's share is drawn in [Figure](#fig-fig03), this year's in panel (b) of [Figure](#fig-fig02-15).

# %% tags=["ledger"]
yoy = survey.year_over_year("all_three", N)
present.table(
    yoy,
    lang,
    caption=(
        "三种模式并行的机构占比：与上年比较",
        "Institutions running all three models: this year against last",
    ),
)

# %% tags=["remove-input"]
alpha, rejected = survey.SIGNIFICANCE, survey.rejects_equal_shares(yoy)
say(
    lang,
    zh="该比重由{y0:.0f}年的{p0}%升至{y1:.0f}年的{p1}%。能使{p0}%成立的最小样本量为{n0:.0f}，"
    "即{n0:.0f}家中的{k0:.0f}家；本年为{n1:.0f}家中的{k1:.0f}家。得分检验（score检验）的p值为{ps:.3f}，"
    "费希尔精确检验的p值为{pf:.3f}，{verdict}。",
    en="The share went from {p0}% in {y0:.0f} to {p1}% in {y1:.0f}. The smallest sample in which"
    " {p0}% is a whole number of institutions is {n0:.0f}, making it {k0:.0f} of {n0:.0f}, against"
    " {k1:.0f} of {n1:.0f} now. The score test gives p = {ps:.3f} and Fisher's exact test"
    " p = {pf:.3f}: {verdict}.",
    y0=yoy["year_before"],
    y1=yoy["year_after"],
    p0=printed(yoy["published_before"], 2),
    p1=printed(yoy["published_after"], 2),
    n0=yoy["n_before_inferred"],
    k0=yoy["k_before"],
    n1=yoy["n_after"],
    k1=yoy["k_after"],
    ps=yoy["p_score"],
    pf=yoy["p_fisher"],
    verdict={
        "zh": f"在{alpha:.0%}的显著性水平下"
        + (
            "可以拒绝两年比重相等的假设"
            if rejected
            else "均不能拒绝两年比重相等的假设"
        ),
        "en": f"at the {alpha:.0%} level "
        + (
            "equal shares are rejected"
            if rejected
            else "neither rejects equal shares at this size"
        ),
    }[lang],
)


# %% tags=["remove-input"]
sizes = survey.year_over_year_sizes("all_three", N)
mixed = survey.verdict_depends_on_size(sizes, alpha)
say(
    lang,
    zh="但{n0:.0f}只是能使{p0}%成立的最小样本量。在不超过{top}的样本量中，{p0}%可以是{cases}，"
    "对应的费希尔精确检验p值依次为{ps}。{verdict}。",
    en="But {n0:.0f} is only the smallest sample in which {p0}% is a whole number. Up to {top},"
    " {p0}% can be {cases}, and Fisher's exact test gives p = {ps} in turn. {verdict}.",
    n0=yoy["n_before_inferred"],
    p0=printed(yoy["published_before"], 2),
    top=survey.SIZES[-1],
    cases=join(
        [
            (
                f"{r.n_before}家中的{r.k_before}家"
                if lang == "zh"
                else f"{r.k_before} of {r.n_before}"
            )
            for r in sizes.itertuples()
        ],
        lang,
    ),
    ps=join([f"{p:.3f}" for p in sizes["p_fisher"]], lang),
    verdict={
        "zh": f"在{alpha:.0%}的显著性水平下，比重是否显著上升取决于报告未说明的上年样本量"
        if mixed
        else "结论不随上年样本量而改变",
        "en": f"At the {alpha:.0%} level, whether the rise is significant depends on last year's"
        " sample size, which the report does not state"
        if mixed
        else "The verdict is the same at every such size",
    }[lang],
)

# %% [markdown] tags=["lang-zh"]
# 报告还在其他地方把本次调查与往期调查相比较，但大多没有给出上年的比重；由于调查对象已重新界定（勘误E17），这些升降都不能视为同一群体的变化。[表](#tbl-survey-comparisons)逐一列出这些比较。

# %% [markdown] tags=["lang-en"]
# The report compares its survey with earlier ones elsewhere too, mostly without last year's share; since the population surveyed was redefined (erratum E17), none of these rises and falls is a change within one population. [Table](#tbl-survey-comparisons) lists every such comparison.

# %%
present.table(
    summary.survey_comparisons(),
    lang,
    label="survey-comparisons",
    caption=(
        "报告将本次调查与往期调查相比较之处（见勘误E17）",
        "Where the report compares its survey with earlier editions' (see erratum E17)",
    ),
)

# %% [markdown] tags=["lang-zh"]
# ## 依据正文重绘图2—图15
#
# 各图按原报告的顺序排列，依次为运营模式（[图](#fig-fig03)）、交易额分档（[图](#fig-fig05)）、货源（[图](#fig-fig09)）、商品品类（[图](#fig-fig10)）和退货率（[图](#fig-fig13)），画出正文给出的选项及其置信区间；原图中正文未印出、但能由已印出的数值推出范围的档，以阴影框画出，与印出的数值相区别。正文只给出一两个选项的各图合为一幅组图（[图](#fig-fig02-15)），放在最后。各图的置信区间均按这些比重实际对应的样本量计算，而非报告所称的样本量（勘误E07），图注不再逐一注明勘误。

# %% [markdown] tags=["lang-en"]
# ## Figures 2–15, redrawn from the text
#
# In the report's order, operating models ([Figure](#fig-fig03)), GMV bands ([Figure](#fig-fig05)), sources of goods ([Figure](#fig-fig09)), product categories ([Figure](#fig-fig10)) and return rates ([Figure](#fig-fig13)): each chart shows the options the text gives, with their confidence intervals; a bar the text does not print, but whose size its printed values bound, is drawn as a hatched range, distinct from the printed values. The charts of which the text gives only one or two options are gathered, last, into one figure of small panels ([Figure](#fig-fig02-15)). Every chart's intervals are at the sample size the shares fit, not the one the report states (erratum E07); the captions do not repeat the erratum.

# %%
from xjutils.audit import feasibility

for fig_id, fig in survey_figures.charts(per_share, CHARTS, lang, ranges=feasibility.bounds()):
    plots.save(fig, fig_id, lang)
