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
# # 07 · 对策建议：多数建议能在报告公布的数字中找到对应（本版判断）
#
# 报告最后提出若干条对策建议，分别面向政府、行业组织、平台、直播机构等主体，其中只有五（六）引用了一项统计数据（“和田玉”话题的播放量）；另有几条提到产业集群、仓配体系层级等计数，都不是对问题的度量。本章列出各条建议（标题系本项目概括），把每条建议与报告中与之相关的已公布证据逐一关联，并标明关联的直接程度：数字所度量的正是建议所针对的问题或对象（如“地域话题”一条所针对的话题播放量），记为“直接”；相关但不对应的，记为“间接”；图中提及该问题但未给出数值的，记为“有提及但无数值”。这些关联系本项目的判断，随数据一并发布，可供商榷。

# %% [markdown] tags=["lang-en"]
# # 07 · Recommendations: most can be matched to a number the report publishes (our reading)
#
# The report closes with recommendations addressed to government, industry bodies, platforms, institutions and others. Only Section 5.6 cites a statistic (the plays of the Hotan-jade topic); a few others mention counts, such as eight industrial clusters or a four-tier logistics system, none of which measures a problem. Here we list them (titles in our own words), link each to the published evidence that bears on it, and mark how directly: a number that measures the very problem or subject a recommendation addresses (for the regional topics, their plays) is “direct”; a related one, “indirect”; a chart that names the issue without giving values, “named, no value”. The links are our reading, published with the data and open to dispute.

# %% tags=["parameters"]
lang = "zh"  # "zh" or "en": language of the figures and tables

# %%
from xjutils import claims, data, plots, present, recommendations
from xjutils.prose import by_count, join, quote, say

plots.use(lang)

# %% [markdown] tags=["lang-zh"]
# ## 各条建议及其证据关联
#
# [表](#tbl-recommendations)列出各条建议及其面向的主体，[表](#tbl-evidence-links)列出每条建议与报告中证据的关联。

# %% [markdown] tags=["lang-en"]
# ## The recommendations and their evidence links
#
# [Table](#tbl-recommendations) lists the recommendations and whom they address; [Table](#tbl-evidence-links) links each to the report's evidence.

# %%
present.table(
    data.load("recommendations"),
    lang,
    label="recommendations",
    caption=("原报告第五章各条建议及其面向主体", "The recommendations of Section 5 and whom they address"),
)

# %% [markdown] tags=["lang-zh", "ledger"]
# 原报告第五章本身提到的少数数字（如产业集群个数、供应链仓配体系的层级、跨境直播面向的市场个数，以及“和田玉”话题的播放量），注明出处：

# %% [markdown] tags=["lang-en", "ledger"]
# The few numbers Section 5 itself states (such as the number of industry clusters, the levels of the proposed supply network, the markets cross-border selling should serve, and the plays of the Hotan-jade topic), with provenance:

# %% tags=["ledger"]
facts = data.load("facts")
present.table(
    facts[facts["section"].str.startswith("五", na=False)],
    lang,
    caption=("原报告第五章给出的数字", "The numbers Section 5 states"),
)

# %%
evidence = recommendations.evidence()
present.table(
    evidence,
    lang,
    label="evidence-links",
    caption=(
        "各条建议与报告中证据的关联（本项目的判断）",
        "Each recommendation's links to the report's evidence (our reading)",
    ),
)

# %% tags=["remove-input"]
linked = recommendations.link_counts(evidence)
lonely = recommendations.unsupported(evidence)
titles = data.load("recommendations").set_index("rec_id")[f"title_{lang}"]
say(
    lang,
    zh="共{n}条关联：直接{d}条、间接{i}条、未量化{u}条；"
    + by_count(
        len(lonely),
        linked["recommendations"],
        every="每条建议在报告中都找不到相关证据。",
        some="另有{e}条建议（{lonely}）在报告中找不到任何相关证据。",
        none="每条建议在报告中都能找到相关证据。",
    ),
    en="There are {n} links in all: {d} direct, {i} indirect and {u} unquantified. "
    + by_count(
        len(lonely),
        linked["recommendations"],
        every="No recommendation has anything in the report to link to.",
        some="Nothing in the report bears on {lonely}.",
        none="Every recommendation has something in the report to link to.",
    ),
    n=linked["links"],
    d=linked["direct"],
    i=linked["indirect"],
    u=linked["unquantified"],
    e=len(lonely),
    lonely=join([quote(t, lang) for t in titles[lonely]], lang),
)


# %% [markdown] tags=["lang-zh"]
# ## 各条建议的证据强弱
#
# [表](#tbl-support)依据关联关系计数：至少有一条附带已公布数字的直接关联，记为“有数据支撑”；只有间接关联的，记为“仅有间接证据”；报告中找不到任何相关证据的，记为“无”。[图](#fig-ext07a)以矩阵展示每条建议与各项证据的关联。

# %% [markdown] tags=["lang-en"]
# ## How well each recommendation is supported
#
# [Table](#tbl-support) counts from the links: a recommendation *rests on a number* when at least one direct link carries a published number, has *indirect evidence only* when only related numbers bear on it, and *none* when nothing in the report does. [Figure](#fig-ext07a) shows every link between a recommendation and the evidence as one matrix.

# %%
support = recommendations.support(evidence)
plots.save_table(support, "ext07a")
present.table(
    support,
    lang,
    label="support",
    caption=("各条建议的证据情况", "How far each recommendation rests on evidence"),
)

# %% tags=["remove-input"]
by = recommendations.by_basis(support, lang)
say(
    lang,
    zh="{n}条建议中，{q}条有数据支撑；{ind}仅有间接证据；{none}在报告中没有任何数字支撑。",
    en="Of {n} recommendations, {q} rest on a published number. Only indirect evidence stands"
    " behind {ind}, and no number in the report supports {none}.",
    n=len(support),
    q=len(by["quantified"]),
    ind=join([quote(t, lang) for t in by["indirect_only"]], lang) or "—",
    none=join([quote(t, lang) for t in by["none"]], lang) or "—",
)

# %% [markdown] tags=["lang-zh", "ledger"]
# 摘要所称的建议条数与原报告第五章的小节数相核对。

# %% [markdown] tags=["lang-en", "ledger"]
# The summary's count of recommendations, against the subsections of Section 5.

# %% tags=["ledger"]
checked = claims.check_all("section == '摘要' and kind == 'count'")
plots.save_table(checked, "claims_07")
present.table(
    checked.pipe(claims.expect),
    lang,
    caption=(
        "摘要中的建议条数：公布值与复现值",
        "The summary's count of recommendations, published and reproduced",
    ),
)

# %% tags=["remove-input"]
count = checked.set_index("claim_id").loc["abs.recommendations"]
say(
    lang,
    zh="摘要称共{p:.0f}条建议，原报告第五章共{r}个小节，{verdict}。",
    en="The summary counts {p:.0f} recommendations and Section 5 has {r} sections: {verdict}.",
    p=count["published"],
    r=int(count["reproduced"]),
    verdict={"zh": "二者一致", "en": "they agree"}[lang]
    if count["status"] == "reproduced"
    else {"zh": "二者不一致", "en": "they differ"}[lang],
)

# %% [markdown] tags=["lang-zh"]
# ## 证据追溯矩阵

# %% [markdown] tags=["lang-en"]
# ## The traceability matrix

# %%
matrix = recommendations.matrix(evidence)
fig = recommendations.figure(matrix, lang)
plots.save(fig, "ext07a", lang)
