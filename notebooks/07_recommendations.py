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
# # 07 · Recommendations (chapter 五): what evidence stands behind each?
#
# The report closes with nine recommendations, addressed to government, industry bodies,
# platforms, institutions and others. None of them cites a number. Here we list them (titles
# in our own words), link each to the published evidence that bears on it, and mark how
# directly: a share that measures the problem the recommendation answers is *direct*, a
# related one *indirect*, a chart that names the issue without giving values *unquantified*.
# The links are our reading and live in `data/evidence.csv`, open to dispute.

# %% tags=["parameters"]
lang = "zh"  # "zh" or "en": language of the figures and tables

# %%
from xjutils import claims, data, plots, recommendations

plots.use(lang)

# %% [markdown]
# ## Load inputs: the nine recommendations and their evidence links

# %%
data.load("recommendations")

# %% [markdown]
# The few numbers chapter 五 itself states (counts such as the eight industry clusters, the
# four-level supply network, the two markets of cross-border selling, and the Hotan-jade topic's
# plays), with provenance:

# %%
facts = data.load("facts")
facts[facts["section"].str.startswith("五", na=False)]

# %%
evidence = recommendations.evidence()
evidence

# %% [markdown]
# ## How well is each recommendation supported?
#
# Counted from the links: a recommendation is `quantified` when at least one direct link
# carries a published number, `indirect_only` when only related numbers bear on it, `none`
# when nothing in the report does. Adopting new technology (data analytics, VR/AR) rests on no
# number in the report; self- and guest streaming only on indirect ones.

# %%
support = recommendations.support(evidence)
plots.save_table(support, "ext07a")
support

# %% [markdown]
# The summary counts nine recommendations; chapter 五 has nine sections.

# %%
checked = claims.check_all().pipe(claims.select, ["摘要"]).query("kind == 'count'")
claims.table(checked.pipe(claims.expect), lang)

# %% [markdown]
# ## The traceability matrix

# %%
matrix = recommendations.matrix(evidence)
fig = recommendations.figure(matrix, lang)
plots.save(fig, "ext07a", lang)
