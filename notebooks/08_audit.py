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
# # 08 · 数据核查：各类不一致在全部数据上的系统检查
#
# 各章只核对本章的表述；本章把每一类不一致在全部转录数据上系统地查一遍：整数可得性（占比与均值能否由整数个回答得到，即心理学文献中的GRIM检验）、分布可行性（同一题的各项占比、中位数与均值能否同时成立，即SPRITE检验）、行文排序、跨期可比性、名称、重复表述、合理性、日期与时期、交叉引用。每一类都报告审查了多少项、发现多少处不一致，包括“查过而未发现问题”的类别。每处发现都由勘误表中的一条勘误加以说明。

# %% [markdown] tags=["lang-en"]
# # 08 · Audit: each kind of inconsistency, checked across all the data
#
# The chapters check their own claims. This one looks for each family of inconsistency over
# all of the transcribed data: granularity (can whole answers give the share or mean: the GRIM
# test of the psychology literature), joint feasibility (can one sample give every share, median
# and mean of a question at once: the SPRITE test), orderings in
# prose, comparability over time, names, restatements, plausibility, dates and periods,
# cross-references. Each family reports how much it examined and what it found, including
# "looked, found nothing". Every finding is explained by an erratum.

# %% tags=["parameters"]
lang = "zh"  # "zh" or "en": language of the prose and tables

# %%
import pandas as pd

from xjutils import audit, data, plots, present
from xjutils.audit import feasibility, view
from xjutils.prose import join, say

plots.use(lang)
pd.set_option("display.max_rows", 500)
pd.set_option("display.max_colwidth", None)

# %%
examined = audit.run_all().pipe(audit.expect_explained)
families = audit.summary(examined)
errata = audit.errata_table(examined)
bounds = feasibility.bounds()
for frame, name in [
    (families, "audit_families"),
    (errata, "errata"),
    (audit.findings(examined), "audit_findings"),
    (examined, "audit_examined"),
    (bounds, "feasible_bars"),
    (audit.causes(errata), "audit_causes"),
    (feasibility.band_sets(), "feasible_band_sets"),
]:
    plots.save_table(frame, name)

# %% tags=["remove-input"]
quiet = families.loc[families["findings"] == 0, f"name_{lang}"].tolist()
explaining = audit.causes(errata)["findings"] > 0
say(
    lang,
    zh="{k}类检查共审查{e}项，发现{f}处不一致，均可由{o}条勘误解释（另有{r}条勘误只能由阅读发现，{w}条已撤回）。"
    "查过而未发现问题的类别：{q}。这里的审查项是逐个数字或数字组合，与摘要所说逐条核对的报告表述不是同一口径；"
    "一条勘误往往解释多处发现，例如一个样本量问题会在每个占比上各显现一次。",
    en="The audit's {k} families of checks examined {e} subjects and made {f} findings, all explained by {o}"
    " errata (not counting the {r} found by reading alone or the {w} withdrawn). Families that found nothing: {q}. A subject here is a"
    " single number or set of numbers, not one of the report's statements the summary counts;"
    " one erratum often explains many findings, as one wrong sample size shows in every share.",
    k=len(families),
    e=int(families["examined"].sum()),
    f=int(families["findings"].sum()),
    o=int(explaining.sum()),
    r=int((~explaining).sum()),
    w=int((errata["status"] == "withdrawn").sum()),
    q=join([q if lang == "zh" else q[0].lower() + q[1:] for q in quiet], lang)
    if quiet
    else {"zh": "无", "en": "none"}[lang],
)

# %% [markdown] tags=["lang-zh"]
# ## 各类检查的发现及对应勘误
#
# [表](#tbl-families)每类检查占一行：审查项数、发现的不一致处数，以及解释这些发现的勘误及其在原文中的位置；各类检查的具体内容见本章附录。每处发现的计算证据、新闻各数字的真实所属时期等逐项明细随本项目的数据一并发布，不在此逐行列出。

# %% [markdown] tags=["lang-en"]
# ## What each family found, and which errata explain it
#
# [Table](#tbl-families) has one row per family: how many subjects it examined, how many findings it made, and the
# errata that explain them with where they are in the sources; what each family checks is
# set out in this chapter's appendix. The finding-level
# detail (each finding's computed evidence, every news number's true period) is published with
# the project's data rather than listed here.

# %%
present.captioned(
    view.families(examined, lang),
    lang,
    label="families",
    caption=(
        "各类检查的审查项数、发现及对应勘误",
        "Each family of checks: how much it examined, what it found, and the errata that explain it",
    ),
)

# %% [markdown] tags=["lang-zh", "ledger"]
# 各类检查的具体内容如下。

# %% [markdown] tags=["lang-en", "ledger"]
# What each family of checks examines.

# %% tags=["ledger"]
present.captioned(
    view.scopes(lang),
    lang,
    caption=("各类检查的检查内容", "What each family of checks examines"),
)

# %% [markdown] tags=["lang-zh"]
# ## 附条件结论
#
# 有些检查的前提无法由数据判定，例如以元为单位的客单价未必是整数。这类检查报告前提成立时的结果，并说明前提的可信程度；它们不计入发现数，也不需要勘误；[表](#tbl-conditional)列出这些结果。

# %% [markdown] tags=["lang-en"]
# ## Conditional results
#
# Some checks rest on a premise the data cannot settle: an order value in yuan, for one, need
# not be a whole number. Such a check reports what follows if the
# premise holds and how plausible the premise is. These results are not counted as findings and
# need no erratum; [Table](#tbl-conditional) lists them.

# %% tags=["ledger"]
present.captioned(
    view.conditional(examined, lang),
    lang,
    label="conditional",
    caption=(
        "前提无法由数据判定的检查：前提成立时的结果",
        "Checks whose premise the data cannot settle: what follows if it holds",
    ),
)

# %% [markdown] tags=["lang-zh"]
# ## 按原因汇总
#
# 一条勘误对应一个原因，无论它解释多少处发现。[表](#tbl-causes)按读者关心的程度分组：实质性问题（读者会引用的数字有误、缺乏依据或不可比）、编辑性问题（标题、名称、措辞、舍入）以及仅涉及新闻报道的问题。

# %% [markdown] tags=["lang-en"]
# ## By root cause
#
# One erratum is one cause, however many findings it explains. [Table](#tbl-causes) groups the
# causes for readers: substantive (a number a reader would use is wrong, unsupported or not comparable),
# editorial (labels, names, wording, rounding) and those of the news article only.

# %% tags=["remove-input"]
causes = audit.causes(errata)
top = causes.sort_values("findings", ascending=False).iloc[0]
by_group = causes["group"].value_counts()
say(
    lang,
    zh="{f}处发现归结为{c}个原因；连同只能由阅读发现的{r}条，有效勘误共{t}条：实质性{s}条，"
    "编辑性{e}条，仅涉及新闻报道的{n}条。发现最多的{top}一条即解释了{m}处。",
    en="The {f} findings come down to {c} causes; with the {r} found by reading only, there are"
    " {t} open errata: {s} substantive, {e} editorial and {n} of the news article only. The"
    " largest, {top}, explains {m} findings on its own.",
    t=len(causes),
    f=int(causes["findings"].sum()),
    c=int((causes["findings"] > 0).sum()),
    r=int((causes["findings"] == 0).sum()),
    s=int(by_group.get("substantive", 0)),
    e=int(by_group.get("editorial", 0)),
    n=int(by_group.get("secondary", 0)),
    top=top["erratum_id"],
    m=int(top["findings"]),
)

# %% tags=["ledger"]
present.captioned(
    view.causes(errata, lang),
    lang,
    label="causes",
    caption=(
        "按原因归并的勘误及各自解释的发现数",
        "The errata as causes, with the findings each explains",
    ),
)

# %% tags=["remove-input"]
say(
    lang,
    zh="[表](#tbl-causes)列出每条勘误由哪些类别的检查发现。全部{n}条勘误（含已撤回的{w}条）按对读者的影响分组，"
    "连同说明与证据列在书末的[勘误表](errata.html)中，本书只此一处完整列出。",
    en="[Table](#tbl-causes) names the families that detect each erratum. All {n} errata ({w} of them"
    " withdrawn), grouped by what they mean for a reader and with their explanations and"
    " evidence, are in the [list of errata](errata.html) at the end, the edition's one full list.",
    n=len(errata),
    w=int((errata["status"] == "withdrawn").sum()),
)

# %% [markdown] tags=["lang-zh"]
# ## 图中未印出的柱：可行区间
#
# [表](#tbl-feasible-bars)给出单选题中正文未给出数值的各柱，在不与已印出的各项占比、中位数和均值矛盾的前提下，最少和最多可能包含的机构数（以整数规划求解，样本量取最能解释占比的n）。柱的划分由已印区间的边界推出，每个空档视为一根未印出的柱。

# %% [markdown] tags=["lang-en"]
# ## Bars the text does not print: feasible ranges
#
# [Table](#tbl-feasible-bars) gives, for the single-answer questions, the fewest and most institutions each unprinted bar can
# hold while every printed share, median and mean still holds (an integer program at the
# sample size that explains the shares). The bars come from the printed band edges; each gap
# is one unprinted bar.

# %% tags=["ledger"]
present.captioned(
    view.feasible_bars(bounds, lang),
    lang,
    label="feasible-bars",
    caption=(
        "正文未印出数值的柱：各柱可能包含的机构数",
        "Bars the text does not print: how many institutions each can hold",
    ),
)

# %% [markdown] tags=["lang-zh"]
# ## 各图表可从正文恢复的程度

# %% [markdown] tags=["lang-en"]
# ## What the text lets us recover of each chart

# %% tags=["remove-input"]
levels = data.load("coverage")["coverage"].value_counts()
say(
    lang,
    zh="报告共有图表{n}张：正文给出全部数值的{full}张，只给出部分数值的{part}张，未给出任何数值的{none}张（[表](#tbl-coverage)）。",
    en="The report has {n} figures and tables: the text gives every value of {full}, some of"
    " {part} and none of {none} ([Table](#tbl-coverage)).",
    n=int(levels.sum()),
    full=int(levels.get("full", 0)),
    part=int(levels.get("partial", 0)),
    none=int(levels.get("none", 0)),
)

# %% tags=["ledger"]
present.captioned(
    view.coverage(lang),
    lang,
    label="coverage",
    caption=(
        "原报告各图表的数值可由正文复原的程度",
        "How much of each of the report's figures and tables the text gives",
    ),
)

# %% [markdown] tags=["lang-zh", "detail"]
# ## 逐项明细
#
# 以下是上述汇总所依据的逐项记录，只在含代码版本中列出（阅读版与PDF不含）。

# %% [markdown] tags=["lang-en", "detail"]
# ## Finding-level detail
#
# The rows behind the summaries above; listed in the version with code only (not in the
# reader's edition or the PDF).

# %% [markdown] tags=["lang-zh", "detail"]
# ### 各类检查的发现
#
# 每一行是一项发现，附计算得到的证据及解释它的勘误编号。

# %% [markdown] tags=["lang-en", "detail"]
# ### What each family found
#
# One row per finding, with its computed evidence and the erratum that explains it.

# %% tags=["detail"]
audit.findings(examined)

# %% [markdown] tags=["lang-zh", "detail"]
# ### 各题假定的柱划分

# %% [markdown] tags=["lang-en", "detail"]
# ### The bars assumed for each question

# %% tags=["detail"]
feasibility.band_sets()

# %% [markdown] tags=["lang-zh", "detail"]
# ### 新闻各数字的真实所属时期
#
# 新闻原文于2022年刊发；英文译本据后来的转载稿译出，部分年份被改动。下表列出每个新闻数字、其真实时期、确定程度，以及译本所印年份。

# %% [markdown] tags=["lang-en", "detail"]
# ### Every news number and its true period
#
# The article was published in April 2022; the English text comes from a later repost that
# changed some years. Each news number with its true period, how certain that is, and the
# year the English text prints.

# %% tags=["detail"]
examined[examined["check"] == "period"][["subject", "evidence", "found", "erratum_id"]]

# %% [markdown] tags=["lang-zh", "detail"]
# ### 每类检查审查的全部项目

# %% [markdown] tags=["lang-en", "detail"]
# ### Everything each family examined

# %% tags=["detail"]
examined[examined["check"] != "period"]
