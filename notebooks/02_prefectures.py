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
# # 02 · Prefectures: GMV (表1) and topic plays (表3), chapters 一(二) and 一(四)
#
# Table 1 lists live-commerce GMV for the fourteen prefecture-level units and one line for
# sales attributed only to Xinjiang as a whole (归口新疆). Table 3 lists, for the same units,
# the total plays of live-commerce topics on Douyin and Kuaishou, counting only topics above
# 100 million plays. The chapter names the top three of each table.
#
# Here we rank both tables, measure how concentrated GMV is, add the table up against the
# headline total, and ask whether prefectures with more topic plays also sell more.

# %% tags=["parameters"]
lang = "zh"  # "zh" or "en": language of the figures and tables

# %%
from IPython.display import display

from xjutils import claims, data, plots, prefectures

plots.use(lang)

# %% [markdown]
# ## Load inputs
#
# 表1 with each unit's rank (归口新疆 is not ranked), its share of the headline total and of the
# table's own sum, and the cumulative share.

# %%
gmv = prefectures.gmv()
gmv

# %% [markdown]
# ## How concentrated is live commerce?
#
# The top three (Ürümqi, Aksu, Hotan) hold about three quarters of what the fourteen
# prefectures sell. The Herfindahl–Hirschman index of the fourteen shares, and its
# "equivalent number" of equal-sized prefectures, say the same in one number each.

# %%
prefectures.concentration(gmv).to_frame("value")

# %% [markdown]
# ## Published vs reproduced: 一(二) and the summary
#
# The top three re-derive from the table. The table, however, does not add up to the headline
# total of 图1: the gap is far larger than the rounding of fifteen two-decimal cells allows, so
# it is recorded as erratum E01 (see `data/errata.csv` for the possible explanations).

# %%
checked = claims.check_all()
results = checked.pipe(claims.select, ["一(二)"]).pipe(claims.expect)
abstract = checked.pipe(claims.select, ["摘要"]).query("item == 'tab01'").pipe(claims.expect)
display(claims.table(results, lang), claims.table(abstract, lang))

# %%
prefectures.total_gap(results).to_frame("value")

# %% [markdown]
# ## 表1, redrawn, and a schematic map
#
# The tile map places each prefecture by hand to follow the geography (north, east, south);
# it is a diagram, not a map, and ships no boundary data.

# %%
fig = prefectures.figure_gmv(gmv, lang, checked)
plots.save_table(gmv, "tab01")
plots.save(fig, "tab01", lang)

# %%
fig = prefectures.figure_tiles(gmv, lang)
plots.save(fig, "ext02a", lang)

# %% [markdown]
# ## Topic plays (表3)
#
# A `-` in the table is kept missing: either no topic passed the 100-million threshold or none
# was reported, and neither is zero. The total of the two platforms is therefore a lower bound.

# %%
topics = prefectures.topics()
topics

# %% [markdown]
# The table's note: the threshold and the cut-off date.

# %%
facts = data.load("facts")
facts[facts["item"] == "tab03"]

# %%
results = checked.pipe(claims.select, ["一(四)"]).pipe(claims.expect)
display(claims.table(results, lang))

# %%
fig = prefectures.figure_topics(topics, lang)
plots.save_table(topics, "tab03")
plots.save(fig, "tab03", lang)

# %% [markdown]
# ## Do topic plays go with sales?
#
# Spearman's rank correlation between Douyin topic plays (the only complete column) and GMV
# across the fourteen prefectures, with a permutation p-value and a bootstrap interval. With
# n = 14 the interval is wide: the data are compatible with anything from a weak to a very
# strong association. It shows that the two rankings broadly agree; it cannot show that topics
# drive sales (large, urban prefectures have more of both), and one prefecture can move it.

# %%
corr = prefectures.topics_vs_gmv()
corr.to_frame("value")

# %%
fig = prefectures.figure_topics_vs_gmv(lang, corr)
plots.save(fig, "ext02b", lang)
