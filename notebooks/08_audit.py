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
# # 08 · Audit: every consistency check over all of the data, and the errata
#
# The chapter notebooks check their own claims. This one runs every check generically over
# all of `data/` — claims that do not reproduce, sample sizes implied by shares, shares that
# are sums of rounded shares, distributions that add past 100%, cross-references of figures
# and pages, dates after publication, contradictions between the two sources — and joins each
# finding to the erratum in `data/errata.csv` that explains it. A finding without an erratum
# stops the notebook. The result is `outputs/tables/errata.csv`.

# %% tags=["parameters"]
lang = "zh"  # "zh" or "en": language of the tables

# %%
from xjutils import audit, data, plots

plots.use(lang)

# %% [markdown]
# ## Findings of every check

# %%
found = audit.findings().pipe(audit.expect_explained)
found

# %% [markdown]
# ## The errata, with the checks that detect them
#
# Errata detected by no check (`reading`) were found by reading: labels, names,
# cross-references in prose, translation slips. They are listed with their evidence all the
# same.

# %%
errata = audit.errata_table(found)
plots.save_table(errata, "errata")
errata

# %% [markdown]
# ## Cross-references: contents, figures and tables with their pages
#
# Every page comes from the report's contents and list of figures; each figure and table lies
# within its section's pages and in number order (checked above).

# %%
data.load("contents")

# %% [markdown]
# ## What the text lets us recover of each chart

# %%
data.load("coverage")
