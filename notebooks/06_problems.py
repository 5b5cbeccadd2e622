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
# # 06 · Problems and support wanted (chapter 四, 图23–图28)
#
# The same questionnaire asked institutions what holds them back — talent, products,
# cross-border selling, the supporting environment — and what they want from government,
# industry bodies and platforms. The text quotes the leading shares of each chart and ranks
# them; the summary repeats most of them.
#
# We give each share its count and 95% interval at the sample size the survey's shares
# actually fit, re-derive the chapter's rankings and thresholds, and check the summary's
# restatements against the body.

# %% tags=["parameters"]
lang = "zh"  # "zh" or "en": language of the figures and tables

# %%
from IPython.display import display

from xjutils import claims, data, plots, survey

plots.use(lang)
STATED = int(data.load("facts").set_index("id").loc["fact.valid_questionnaires", "value"])
CHARTS = [f"fig{i}" for i in range(23, 29)]

# %% [markdown]
# ## Load inputs

# %%
shares = data.load("survey_shares").query("item in @CHARTS")
shares[["id", "option_zh", "option_en", "value", "section", "item", "page"]]

# %% [markdown]
# The chapter also ranks, without shares, the cross-border factors from third to sixth place
# (so 图25 had at least six options).

# %%
facts = data.load("facts")
facts[facts["section"].str.startswith("四", na=False)]

# %% [markdown]
# ## Same survey, same sample size
#
# Chapter 四's shares fit the same n as chapter 二's, and none fits the stated 37.

# %%
scan = survey.scan(shares)
N = survey.explaining_size(scan)
scan.query("n in [@STATED, @N]")

# %% [markdown]
# ## Each share as a count, ranked, with its interval
#
# With n = 38 a share of 55% has a 95% interval of roughly 40–70%: the chapter's rankings of
# close options (57.89% vs 55.26%, one institution apart) are not distinguishable from chance.

# %%
per_share = survey.per_share(shares, {int(shares["year"].max()): N}, STATED)
ranked = survey.ranked(per_share, CHARTS)
plots.save_table(ranked, "survey_counts_06")
ranked[["item", "rank", f"option_{lang}", "published", "k", "n", "ci_low", "ci_high", "status"]]

# %% [markdown]
# ## Published vs reproduced: the chapter's statements and the summary's restatements
#
# "All options but 'other' exceed half", the orders of the product and environment problems,
# the tied top two of cross-border problems and the first wish from platforms re-derive. The
# summary's numbers agree with the body's; one option label does not (erratum E06).

# %%
checked = claims.check_all()
results = checked.pipe(claims.select, ["四(一)1", "四(一)2", "四(一)3", "四(一)4", "四(二)2"])
abstract = checked.pipe(claims.select, ["摘要"]).query("item in @CHARTS")
plots.save_table(results, "claims_06")
display(claims.table(results.pipe(claims.expect), lang),
        claims.table(abstract.pipe(claims.expect), lang))

# %% [markdown]
# ## 图23–图28, redrawn from the text
#
# 图27 gives no values at all; it is shown as a note rather than as invented bars.

# %%
from xjutils import survey_figures

for fig_id, fig in survey_figures.charts(per_share, CHARTS, lang):
    plots.save(fig, fig_id, lang)

# %% [markdown]
# ## Errata from this chapter

# %%
errata = data.load("errata")
errata[errata["evidence"].str.contains("四") | errata["erratum_id"].isin(["E02", "E07"])]
