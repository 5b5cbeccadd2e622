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
# # 05 · Anchors: the six case studies (chapter 三) and the news article as a second source
#
# Chapter 三 tells six short stories of anchors and teams — a walnut seller in Aksu, a
# tourism influencer in Zhaosu, a village flagship store, a supply-chain anchor, a village
# first secretary in Hotan, a cross-border team in Khorgos — each with a few numbers. A 2024
# news article about young anchors in Xinjiang (available to us only as an English machine
# translation) quotes the report's authors and platform data, and meets the report in one
# person and several places.
#
# We turn the stories into data, compare their numbers only where they measure the same kind
# of thing, map the article's garbled names to the report's, and set the two sources' numbers
# side by side.

# %% tags=["parameters"]
lang = "zh"  # "zh" or "en": language of the figures and tables

# %%
from IPython.display import display

from xjutils import cases, claims, data, plots, sources, survey

plots.use(lang)

# %% [markdown]
# ## Load inputs: the six cases
#
# Who, where, which platforms (stated, or inferred where the text only hints, as with case 5's
# "老铁", Kuaishou's word for followers), what they sell and when they started.

# %%
data.load("cases")

# %% [markdown]
# ## Their numbers, compared within a kind
#
# Money, people and sessions in separate panels, in base units. "Over" and "nearly" are kept:
# most case numbers are lower bounds. A one-show GMV and a year's turnover share a panel only
# because both are yuan; the labels say which is which.

# %%
numbers = cases.numbers()
plots.save_table(numbers, "ext05a")
display(numbers[["id", "case_id", f"what_{lang}", "value", "unit", "qualifier", "section",
                 "page"]])
fig = cases.figure(numbers, lang)
plots.save(fig, "ext05a", lang)

# %% [markdown]
# The dated events, in order. Case 3's first Douyin live has no year in the text; it follows
# the March 2023 preparations, so 2023 is inferred.

# %%
cases.timeline()

# %% [markdown]
# ## The news article: who is who
#
# The machine translation renders 抖音 as "Jitterbug" and, apparently, 快手 as "Shutterbug" and
# "Racer". The walnut seller of case 1 appears under his own name and nickname.

# %%
data.load("news_entities")

# %% [markdown]
# Every number of the article, with its paragraph (the article has no pages), in our own
# words. Reference periods matter: most platform figures cover September–November 2023 only.

# %%
data.load("news_numbers")[["id", "what_en", "entity", "value", "unit", "qualifier", "date",
                           "period", "section"]]

# %% [markdown]
# ## The article's own consistency
#
# Its platform split adds up to its total. Its survey of county live bases (the previous
# edition's survey object) gives shares but no sample size: scanning n shows most shares fit a
# little over sixty bases, while the two opening-year shares fit a smaller n.

# %%
news_checks = claims.check_all().query("claim_id.str.startswith('news.')").pipe(claims.expect)
display(claims.table(news_checks, lang))
news = data.load("news_numbers")
base_shares = news[(news["unit"] == "percent") & news["section"].isin(["para46", "para47"])]
scan = survey.scan(base_shares, range(20, 121))
display(scan.sort_values(["fits", "n"], ascending=[False, True]).head(8))

# %% [markdown]
# ## The same facts in both sources
#
# Each pair in `data/source_links.csv` is classified from its measures and the two values in
# base units. The Kuaishou pair is a contradiction: three months of the article's anchors sell
# more on Kuaishou than the report's Kuaishou total for the whole year (erratum E09).

# %%
links = sources.compare().pipe(sources.expect)
plots.save_table(links, "source_links_05")
links

# %% [markdown]
# ## Errata from this chapter

# %%
errata = data.load("errata")
errata[errata["evidence"].str.contains("news2024")]
