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

# %% [markdown]
# # 03 · Platforms: Douyin, Taobao Live and Kuaishou (表2), chapters 一(三) and 二(二)5
#
# Table 2 gives sessions, views and GMV on the three main platforms for 2022 and 2023, with
# growth rates. The chapter says Douyin grew fastest in sessions and GMV, Taobao Live in views;
# chapter 二 adds that Douyin leads all three measures in 2023 and is used by nearly every
# surveyed institution.
#
# We re-derive every growth cell and ranking, set the platforms against the headline totals of
# 图1 (whatever is left is the platforms outside 表2), and compute the ratios a reader would
# ask for: GMV per session, GMV per view and views per session.

# %% tags=["parameters"]
lang = "zh"  # "zh" or "en": language of the figures and tables

# %%
from IPython.display import display

from xjutils import claims, platforms, plots, survey

plots.use(lang)

# %% [markdown]
# ## Load inputs
#
# 表2's level cells, and the headline totals: published for 2023, implied by the growth rates
# for 2022 (`derived`, with the range the printed rounding allows). "outside" is the headline
# total minus the three platforms.

# %%
levels = platforms.levels()
levels

# %% [markdown]
# ## Published vs reproduced: growth rates and rankings
#
# Each growth cell of 表2 is recomputed from the two level cells beside it. Both are printed to
# two decimals, so the range column shows how far the exact growth could move; all nine
# reproduce exactly.

# %%
checked = claims.check_all()
results = checked.pipe(claims.select, ["一(三)", "二(二)5"]).pipe(claims.expect)
display(claims.table(results, lang))

# %%
fig = platforms.figure_table2(levels, lang, checked)
plots.save_table(levels, "tab02")
plots.save(fig, "tab02", lang)

# %% [markdown]
# ## Shares of the headline totals
#
# In 2023 the three platforms account for about 92% of GMV; in 2022 (implied totals) for about
# 97%. Kuaishou's share of GMV halves while Douyin's and Taobao's grow. The platforms outside
# 表2 grow from a sliver to a noticeable share.

# %%
shares = platforms.shares(levels)
shares

# %%
fig = platforms.figure_shares(shares, lang)
plots.save_table(shares, "ext03a")
plots.save(fig, "ext03a", lang)

# %% [markdown]
# ## Derived indicators
#
# Ratios in base units (yuan, views, sessions) via the unit factors of `data/units.csv`.
# Sessions grew faster than GMV on every platform, so GMV per session fell everywhere; views per
# session fell on Douyin and Kuaishou and held roughly level on Taobao Live.

# %%
ratios = platforms.ratios(levels)
ratios

# %%
fig = platforms.figure_ratios(ratios, lang)
plots.save_table(ratios, "ext03b")
plots.save(fig, "ext03b", lang)

# %% [markdown]
# ## Which platforms the surveyed institutions use (二(二)5)
#
# The text gives one share: institutions selling on Douyin. The survey reports 37 valid
# questionnaires, yet no whole number of 37 institutions rounds to this share, while 37 of 38
# does (chapter 04 examines the sample size). The interval shows what a sample this small can
# say; the chart's other platforms are not given in the text.

# %%
use = platforms.institutions_on_platforms()
for n in (37, 38):
    use[f"k_of_{n}"] = [survey.counts(v, d, n) for v, d in zip(use["value"], use["decimals"])]
use["wilson95_if_38"] = [
    "–".join(f"{b:.1f}" for b in survey.interval(k[0], 38)) if k else ""
    for k in use["k_of_38"]
]
use
