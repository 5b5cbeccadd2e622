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
# # 01 · Overall: the headline figures (chapter 一(一) and the preface)
#
# The report opens with three 2023 totals for Xinjiang live commerce — GMV, views and live
# sessions — each with its growth on 2022, and the preface adds the 2020 GMV and an average
# annual growth rate for 2020–2023. Figure 1 (图1) charted the series but survives only as the
# numbers quoted in the text.
#
# This notebook loads those numbers from `data/`, re-derives every claim made about them, and
# redraws 图1 from what is actually known: published values as solid bars, 2022 levels
# implied by the growth rates as hatched bars (with the range the printed rounding allows),
# and unpublished years left empty rather than interpolated.

# %% tags=["parameters"]
lang = "zh"  # "zh" or "en": language of the figure and tables

# %%
import pandas as pd
from IPython.display import display

from xjutils import claims, data, overall, plots

plots.use(lang)

# %% [markdown]
# ## Load inputs
#
# The published values (`data/overall.csv`), each with its provenance.

# %%
headline = data.load("overall")
headline

# %% [markdown]
# The report's own dates and counts (edition, reference years, publication), with provenance.

# %%
facts = data.load("facts")
facts[facts["section"].isna() | facts["section"].isin(["前言", "附录(三)"])]

# %% [markdown]
# ## Derive the series behind 图1
#
# A growth rate *g* on 2022 implies a 2022 level of *x*₂₀₂₃ / (1 + *g*). Both inputs are printed
# to two decimals, so the implied level is a small range, not a point. The report gives no
# 2021 value and no 2020 views or sessions; they stay missing.

# %%
series = overall.series()
series

# %% [markdown]
# ## Published vs reproduced
#
# Every claim of the preface and of 一(一), and the summary's restatements of them. The 2023
# growth rates cannot be recomputed: the 2022 totals are not published. They are bounded
# instead. The 2022 total is at least what 表2's three platforms add up to in 2022, so growth
# can be at most (2023 total) / (that sum) − 1; the reproduced column shows that bound.
# The cell raises if any claim does not come out as `data/claims.csv` expects.

# %%
checked = claims.check_all()
results = checked.pipe(claims.select, ["前言", "一(一)"]).pipe(claims.expect)
abstract = checked.pipe(claims.select, ["摘要"]).query("item == 'fig01'").pipe(claims.expect)
plots.save_table(pd.concat([results, abstract]), "claims_01")
display(claims.table(results, lang), claims.table(abstract, lang))

# %% [markdown]
# The average growth of the preface is a compound rate over the three years 2020→2023 and
# reproduces to the printed two decimals. Each growth rate stays below its bound: the 2022
# totals it implies leave room for platforms outside 表2 (chapter 03 sizes that room).

# %% [markdown]
# ## 图1, redrawn

# %%
fig = overall.figure(series, lang)
plots.save_table(series, "fig01")
plots.save(fig, "fig01", lang)
