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
# # 08 · 审计：按检查类别逐项核对全部数据
#
# 各章笔记本只核对本章的表述；本笔记本把每一类不一致在 `data/` 的全部数据上系统地查一遍：
# 颗粒度（占比与均值能否由整数个回答得到）、
# 联合可行性（同一题的各项占比、中位数与均值能否同时成立）、
# 行文排序、跨期可比性、名称、重复表述、合理性、日期与时期、交叉引用。
# 每一类都报告查了多少、发现多少，
# 包括“查过而未发现问题”的类别。每项发现都必须对应 `data/errata.csv` 中的一条勘误，否则笔记本报错。

# %% [markdown] tags=["lang-en"]
# # 08 · Audit: every family of inconsistency, looked for over all of the data
#
# The chapter notebooks check their own claims. This one looks for each family of
# inconsistency over all of `data/`: granularity (can whole answers give the share or mean),
# joint feasibility (can one sample give every share, median and mean of a question at once),
# orderings in prose, comparability over time, names, restatements, plausibility, dates and
# periods, cross-references. Each family reports how much it examined and what it found,
# including "looked, found nothing". Every finding must be explained by an erratum in
# `data/errata.csv`, or the notebook stops.

# %% tags=["parameters"]
lang = "zh"  # "zh" or "en": language of the prose and tables

# %%
import pandas as pd
from IPython.display import Markdown

from xjutils import audit, data, plots

plots.use(lang)
pd.set_option("display.max_rows", 500)
pd.set_option("display.max_colwidth", 200)

# %%
examined = audit.run_all().pipe(audit.expect_explained)
families = audit.summary(examined)
_ = plots.save_table(families, "audit_families")
errata = audit.errata_table(examined)
_ = plots.save_table(errata, "errata")

# %% tags=["remove-input"]
n_open = int((errata["status"] == "open").sum())
n_withdrawn = int((errata["status"] == "withdrawn").sum())
quiet = families[families["findings"] == 0][f"name_{lang}"].tolist()
text = {
    "zh": f"共 {len(families)} 类检查，审查 {families['examined'].sum()} 项，"
    f"发现 {families['findings'].sum()} 处不一致，归入 {n_open} 条有效勘误"
    f"（另有 {n_withdrawn} 条已撤回）。查过而未发现问题的类别：{'、'.join(quiet) or '无'}。",
    "en": f"{len(families)} families examined {families['examined'].sum()} subjects and made "
    f"{families['findings'].sum()} findings, explained by {n_open} open errata "
    f"({n_withdrawn} withdrawn). Families that looked and found nothing: "
    f"{', '.join(quiet) or 'none'}.",
}
Markdown(text[lang])

# %% [markdown] tags=["lang-zh"]
# ## 各类检查：审查项数与发现数

# %% [markdown] tags=["lang-en"]
# ## Each family: subjects examined and findings

# %%
families

# %% [markdown] tags=["lang-zh"]
# ## 各类检查的发现
#
# 每一行是一项发现，附计算得到的证据及解释它的勘误编号。

# %% [markdown] tags=["lang-en"]
# ## What each family found
#
# One row per finding, with its computed evidence and the erratum that explains it.

# %%
audit.findings(examined)

# %% [markdown] tags=["lang-zh"]
# ## 图中未印出的柱：可行区间
#
# 单选题中正文未给出数值的柱，在与全部已印占比、中位数、均值同时相容的前提下可取的最小和最大份数
# （整数规划，样本量取最能解释占比的 n）。柱的划分由已印区间的边界推出，每个空档视为一根未印出的柱。

# %% [markdown] tags=["lang-en"]
# ## Bars the text does not print: feasible ranges
#
# For the single-answer questions, the fewest and most answers each unprinted bar can hold
# while every printed share, median and mean still holds (an integer program at the sample
# size that explains the shares). The bars come from the printed band edges; each gap is one
# unprinted bar.

# %%
audit.feasibility.band_sets()

# %%
bounds = audit.feasibility.bounds()
_ = plots.save_table(bounds, "feasible_bars")
bounds

# %% [markdown] tags=["lang-zh"]
# ## 新闻各数字的真实所属时期
#
# 新闻原文刊于2022年四月；英文译本据后来的转载稿译出，部分年份被改动。下表列出每个新闻数字、
# 其真实时期、确定程度，以及译本所印年份。

# %% [markdown] tags=["lang-en"]
# ## Every news number and its true period
#
# The article was published in April 2022; the English text comes from a later repost that
# changed some years. Each news number with its true period, how certain that is, and the
# year the English text prints.

# %%
examined[examined["check"] == "period"][["subject", "evidence", "found", "erratum_id"]]

# %% [markdown] tags=["lang-zh"]
# ## 勘误表及发现它们的检查
#
# 标为 `reading` 的勘误由阅读发现（标签、正文中的交叉引用等），
# `reading_why` 说明为何无法由检查发现；
# 已撤回的勘误保留编号并说明撤回理由。

# %% [markdown] tags=["lang-en"]
# ## The errata, with the checks that detect them
#
# Errata of family `reading` were found by reading (labels, cross-references in prose);
# `reading_why` says why no check can find them. Withdrawn errata keep their id and say why
# they were withdrawn.

# %%
errata[
    [
        "erratum_id",
        "status",
        "severity",
        "certainty",
        "family",
        "detected_by",
        "findings",
        f"what_{lang}",
        f"explanation_{lang}",
    ]
]

# %% [markdown] tags=["lang-zh"]
# ## 每类检查审查的全部项目

# %% [markdown] tags=["lang-en"]
# ## Everything each family examined

# %%
examined[examined["check"] != "period"]

# %% [markdown] tags=["lang-zh"]
# ## 各图表可从正文恢复的程度

# %% [markdown] tags=["lang-en"]
# ## What the text lets us recover of each chart

# %%
data.load("coverage")
