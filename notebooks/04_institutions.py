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
# # 04 · Institutions: the survey of chapter 二 (图2–图15)
#
# Chapter 二 describes live-streaming institutions from a questionnaire: when they were founded,
# how they operate, how much they sell, their teams, customers, goods, partners, order values,
# return rates, platforms and live rooms. It reports 37 valid questionnaires (of 54 returned)
# and quotes shares from fourteen charts that survive only as those quotes.
#
# A share of a small sample is a count in disguise. We turn every share back into the count
# it implies, ask which sample size explains them, put a 95% interval on each, check the
# distributions and the stated means and medians against each other, and redraw each chart
# from what the text gives — nothing more.

# %% tags=["parameters"]
lang = "zh"  # "zh" or "en": language of the figures and tables

# %%
from IPython.display import display

from xjutils import claims, data, plots, survey

plots.use(lang)
STATED = int(data.load("facts").set_index("id").loc["fact.valid_questionnaires", "value"])
CHARTS = [f"fig{i:02d}" for i in range(2, 16)]

# %% [markdown]
# ## Load inputs
#
# The shares of chapter 二 (`data/survey_shares.csv`), with the figure each belongs to.

# %%
shares = data.load("survey_shares").query("item in @CHARTS")
shares[["id", "option_zh", "option_en", "year", "value", "qualifier", "section", "item", "page"]]

# %% [markdown]
# The chapter's other numbers: questionnaires returned and valid, founding years, and the
# bands it names without giving their shares.

# %%
facts = data.load("facts")
facts[facts["section"].str.startswith("二", na=False)]

# %% [markdown]
# ## Which sample size explains the shares?
#
# For every candidate n we count the exact 2023 shares that equal some k/n at the printed two
# decimals. The stated 37 explains none of them; 38 explains all but two. Chapter 四's shares
# come from the same questionnaire and agree (notebook 06).

# %%
scan = survey.scan(survey.exact_shares(2023).query("item in @CHARTS"))
N = survey.explaining_size(scan)
display(scan.query("n in [@STATED, @N]"))
from xjutils import survey_figures

fig = survey_figures.figure_scan(scan, STATED, lang)
plots.save_table(scan, "ext04a")
plots.save(fig, "ext04a", lang)

# %% [markdown]
# ## Every share as a count, with its interval
#
# `k` is the number of institutions out of n = 38 that rounds to the printed share (out of the
# smallest fitting n for last year's single share, see below). The two
# shares that fit no k/38 are sums of separately rounded k/38 shares (a chart's bars added
# after rounding); for approximate shares ("about 70%") and "all", k is only indicative.
# The 95% Wilson intervals are wide: about ±15 percentage points for shares near one half.

# %%
sizes = survey.sample_sizes()
per_share = survey.per_share(shares, sizes, STATED)
plots.save_table(per_share, "survey_counts_04")
per_share.drop(columns=["question_id", "option_zh" if lang == "en" else "option_en"])

# %% [markdown]
# ## Do the distributions add up?
#
# Single-answer questions with banded answers must add to 100% when every band is given (GMV
# and return rates do, to the hundredth) and to less otherwise; multi-answer questions may
# exceed 100%. Founding years are nested (2021–2022 lies inside "at most three years") and are
# not summed.

# %%
survey.band_sums(shares)

# %% [markdown]
# ## Published vs reproduced: the chapter's claims
#
# Medians and means are checked against the bands where the bands allow: the GMV bands are
# complete, so the median must lie between 1 and 10 million yuan; the staff median must lie in
# the 11–50 band that holds over half; a mean cannot be below the floor the bands imply. The
# stated sample size is tested against the shares (erratum E07).

# %%
checked = claims.check_all()
sections = ["二", "二(一)1", "二(一)2", "二(一)3", "二(二)1", "二(二)2", "二(二)3", "二(二)4",
            "二(二)6", "附录(一)"]
results = checked.pipe(claims.select, sections).pipe(claims.expect)
abstract = checked.pipe(claims.select, ["摘要"]).query("item in @CHARTS").pipe(claims.expect)
plots.save_table(results, "claims_04")
display(claims.table(results, lang), claims.table(abstract, lang))

# %% [markdown]
# ## The one comparison with last year
#
# Institutions running all three operating models in parallel: 4.92% last year, 15.79% now.
# Last year's sample size is not stated; the smallest n whose k/n prints as 4.92 is 61. With
# 3 of 61 against 6 of 38, neither a score test nor Fisher's exact test rejects equal shares at
# the 5% level. The rise may be real, but two samples this small cannot show it — and the two
# years' samples may not even be comparable (the preface says this year's survey moved from
# county live-streaming bases to commercial institutions).

# %%
survey.year_over_year("all_three", N).to_frame("value")

# %% [markdown]
# ## 图2–图15, redrawn from the text
#
# Only the options the text gives, each with its 95% interval at n = 38. Charts of which the
# text gives no value are listed in `data/coverage.csv`.

# %%
for fig_id, fig in survey_figures.charts(per_share, CHARTS, lang):
    plots.save(fig, fig_id, lang)
