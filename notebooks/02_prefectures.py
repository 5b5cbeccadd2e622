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
# # 02 · 地州市：交易额集中于少数地州市
#
# 表1列出各地州市的直播电商交易额，另有一行“归口新疆”，记录只能归到全疆层面的交易额；表3列出各地州市直播电商相关话题在抖音、快手上的播放总量，只统计播放量超过门槛的话题。正文分别点出两张表的前三名。
#
# 本章对两张表排序，度量交易额的地区集中程度，将表1加总后与图1的全疆总量核对，并考察话题播放量高的地州市交易额是否也高。

# %% [markdown] tags=["lang-en"]
# # 02 · Prefectures: GMV concentrated in a few places
#
# Table 1 lists live-commerce GMV by prefecture-level unit, plus one line for sales that can only be attributed to Xinjiang as a whole (归口新疆). Table 3 lists, for the same units, how often live-commerce topics were played on Douyin and Kuaishou, counting only topics above a play threshold. The text names the top three of each table.
#
# Here we rank both tables, measure how concentrated GMV is, add Table 1 up and hold it against the headline total of Figure 1, and ask whether prefectures whose topics are played more also sell more.

# %% tags=["parameters"]
lang = "zh"  # "zh" or "en": language of the figures and tables

# %%
from IPython.display import display

from xjutils import claims, data, plots, prefectures, present, survey
from xjutils.prose import date, join, quantity, say

plots.use(lang)

# %% tags=["remove-input"]
gmv = prefectures.gmv()
checked = claims.check_all("item in ['tab01', 'tab03']")
gap = prefectures.total_gap(checked)
say(
    lang,
    zh="交易额高度集中：{names}三个地州市合计占全疆总量的{t:.1f}%。"
    "表1各行之和却比全疆总量少{gap}（勘误{e}），差额来自何处，报告没有说明。",
    en="GMV is concentrated: three prefectures, {names}, take {t:.1f}% of the regional total."
    " Table 1's rows, however, fall {gap} short of that total (erratum {e}), and the report"
    " does not say where the difference lies.",
    names=join(prefectures.ranked(gmv)[f"name_{lang}"].head(3), lang),
    t=prefectures.concentration(gmv)["top3_share_of_total"],
    gap=quantity(gap["gap"], gap.attrs["units"]["gap"], lang, 2),
    e=checked.set_index("claim_id").at["s1_2.total", "erratum_id"],
)

# %% [markdown] tags=["lang-zh"]
# ## 报告公布的数据
#
# [表](#tbl-prefecture-gmv)按交易额给表1各单位排出位次（“归口新疆”不参与排序），并列出各自占全疆总量的比重及其累计；表1各行之和小于全疆总量，累计比重因此达不到全部。

# %% [markdown] tags=["lang-en"]
# ## The data as published
#
# [Table](#tbl-prefecture-gmv) ranks Table 1's units by GMV ("attributed to Xinjiang as a whole" is not ranked) and gives each unit's share of the regional total, with the cumulative share; Table 1's rows add up to less than the total, so the cumulative share stops short of the whole.

# %%
present.table(
    prefectures.of_total(gmv),
    lang,
    label="prefecture-gmv",
    caption=(
        "2023年各地州市直播交易额、位次与累计比重（据原表1）",
        "GMV by prefecture in 2023, ranked, with cumulative shares (from the report's Table 1)",
    ),
)

# %% [markdown] tags=["lang-zh"]
# ## 交易额的地区集中度
#
# 以各地州市交易额占地州市合计的比重计算赫芬达尔—赫希曼指数（HHI），并换算为“等效地州市个数”，即规模相同时需要多少个地州市才能达到同样的集中程度。

# %% [markdown] tags=["lang-en"]
# ## How concentrated live commerce is
#
# We compute the Herfindahl–Hirschman index (HHI) of the prefectures' shares of their own sum, and its "equivalent number": how many prefectures of equal size would be exactly as concentrated.

# %% tags=["ledger"]
conc = prefectures.concentration(gmv)
present.table(
    conc,
    lang,
    caption=("各地州市直播交易额的集中程度", "How concentrated GMV is across the prefectures"),
)

# %% tags=["remove-input"]
ranked = prefectures.ranked(gmv)
say(
    lang,
    zh="前三名{names}合计占{n}个地州市交易额之和（不含归口新疆部分）的{s:.2f}%，"
    "占全疆总量（图1）的{t:.2f}%。以{n}个地州市计算的赫芬达尔—赫希曼指数（HHI）为{hhi:.0f}，"
    "相当于约{eq:.1f}个规模相同的地州市。",
    en="The top three, {names}, hold {s:.2f}% of what the {n} prefectures sell together (the"
    " amount attributed to Xinjiang as a whole left out) and {t:.2f}% of the Xinjiang total of"
    " Figure 1. Over the {n} prefectures the Herfindahl–Hirschman index (HHI) is {hhi:.0f}: as"
    " concentrated as about {eq:.1f} prefectures of equal size.",
    names=join(ranked[f"name_{lang}"].head(3), lang),
    n=len(ranked),
    s=conc["top3_share_of_prefectures"],
    t=conc["top3_share_of_total"],
    hhi=conc["hhi"],
    eq=conc["equivalent_units"],
)

# %% [markdown] tags=["lang-zh"]
# ## 公布值与复现值对照：一（二）与摘要
#
# 前三名可由表1直接复现（[表](#tbl-claims-prefectures)、[表](#tbl-claims-prefectures-summary)）。表1各行加总却与图1的全疆总量对不上（[表](#tbl-table-1-gap)），差额远超各单元格两位小数舍入所能解释的范围，已记为勘误（可能的原因见勘误说明）。

# %% [markdown] tags=["lang-en"]
# ## Published vs reproduced: the report's Section 1.2 and its summary
#
# The top three follow from the table ([Table](#tbl-claims-prefectures), [Table](#tbl-claims-prefectures-summary)). The table, however, does not add up to the headline total of Figure 1 ([Table](#tbl-table-1-gap)): the gap is far wider than the rounding of its cells, each to the nearest million yuan, allows, so it is recorded as an erratum, whose note gives the possible explanations.

# %% tags=["ledger"]
results = checked.pipe(claims.select, ["一(二)"]).pipe(claims.expect)
abstract = checked.pipe(claims.select, ["摘要"]).query("item == 'tab01'").pipe(claims.expect)
plots.save_table(checked, "claims_02")
display(
    present.table(
        results,
        lang,
        label="claims-prefectures",
        caption=(
            "一（二）和原表1的表述：公布值与复现值",
            "Claims of Section 1.2 and the report's Table 1, published and reproduced",
        ),
    ),
    present.table(
        abstract,
        lang,
        label="claims-prefectures-summary",
        caption=(
            "摘要中的地州市表述：公布值与复现值",
            "The summary's claims on the prefectures, published and reproduced",
        ),
    ),
)

# %% tags=["ledger"]
present.table(
    gap,
    lang,
    label="table-1-gap",
    caption=(
        "原表1各行之和与全疆总量之差",
        "The rows of the report's Table 1 against the Xinjiang total: the gap",
    ),
)

# %% tags=["remove-input"]
unit = results.set_index("claim_id").at["s1_2.total", "unit"]
say(
    lang,
    zh="表1合计{sum}，全疆总量{total}，相差{gap}，占总量的{pct:.1f}%；"
    "各单元格舍入误差累计最多只能造成{most}的差额（勘误{e}）。",
    en="Table 1 adds up to {sum} against a headline total of {total}: {gap} short, {pct:.1f}%"
    " of the total, while the rounding of all its cells together could explain at most {most}"
    " (erratum {e}).",
    sum=quantity(gap["table_sum"], unit, lang, 2),
    total=quantity(gap["headline_total"], unit, lang, 2),
    gap=quantity(gap["gap"], unit, lang, 2),
    pct=gap["gap_share_of_headline_pct"],
    most=quantity(gap["max_gap_from_rounding"], unit, lang, 3),
    e=results.set_index("claim_id").at["s1_2.total", "erratum_id"],
)

# %% [markdown] tags=["lang-zh"]
# ## 重绘表1，附示意图
#
# [图](#fig-tab01)重绘表1；[图](#fig-ext02a)的方块图按地理方位（北疆、东疆、南疆）手工排布各地州市，是示意图而非地图，不含任何边界数据。

# %% [markdown] tags=["lang-en"]
# ## Table 1, redrawn, and a schematic map
#
# [Figure](#fig-tab01) redraws Table 1. The tile map of [Figure](#fig-ext02a) places each prefecture by hand to follow the geography (north, east, south); it is a diagram, not a map, and contains no boundary data.

# %%
fig = prefectures.figure_gmv(gmv, lang, checked)
plots.save_table(gmv, "tab01")
plots.save(fig, "tab01", lang)

# %%
fig = prefectures.figure_tiles(gmv, lang)
plots.save(fig, "ext02a", lang)

# %% [markdown] tags=["lang-zh"]
# ## 话题播放量（表3）
#
# [表](#tbl-topic-plays)录入表3，[图](#fig-tab03)将其绘出，[表](#tbl-topic-claims)核对一（四）对它的表述。表3中的“-”保留为缺失：它可能表示没有话题达到门槛，也可能表示数据未报送，两种情况都不等于零。因此两个平台的合计只是下限。

# %% [markdown] tags=["lang-en"]
# ## Topic plays (Table 3)
#
# [Table](#tbl-topic-plays) transcribes Table 3 and [Figure](#fig-tab03) draws it; [Table](#tbl-topic-claims) checks what the report's Section 1.4 says of it. A dash in the table stays missing: either no topic passed the threshold or none was reported, and neither means zero. The two platforms' total is therefore a lower bound.

# %%
topics = prefectures.topics()
present.table(
    topics,
    lang,
    label="topic-plays",
    caption=(
        "抖音、快手各地州市话题播放总量（据原表3）",
        "Topic plays by prefecture on Douyin and Kuaishou (from the report's Table 3)",
    ),
)

# %% [markdown] tags=["lang-zh", "ledger"]
# 表3的注释给出了统计门槛和数据截止日期，录入如下。

# %% [markdown] tags=["lang-en", "ledger"]
# The table's note gives a threshold and a cut-off date, transcribed below.

# %% tags=["ledger"]
facts = data.load("facts")
present.table(
    facts[facts["item"] == "tab03"],
    lang,
    caption=("原表3的统计口径", "What the report's Table 3 counts"),
)

# %% tags=["remove-input"]
note = facts.set_index("id")
threshold = note.loc["fact.topic_threshold"]
say(
    lang,
    zh="只统计播放量超过{th}的话题，数据截至{date}。快手一栏有{miss}个地州市为“-”。",
    en="Only topics played more than {th} times are counted, up to {date}. The Kuaishou column"
    " is a dash for {miss} prefectures.",
    th=quantity(threshold["value"], threshold["unit"], lang, threshold["decimals"]).removesuffix(
        " plays"
    ),
    date=date(note.at["fact.topic_cutoff", "date"], lang),
    miss=prefectures.unreported(topics)["kuaishou"],
)

# %%
results = checked.pipe(claims.select, ["一(四)"]).pipe(claims.expect)
present.table(
    results,
    lang,
    label="topic-claims",
    caption=(
        "一（四）和原表3的表述：公布值与复现值",
        "Claims of Section 1.4 and the report's Table 3, published and reproduced",
    ),
)

# %%
fig = prefectures.figure_topics(topics, lang)
plots.save_table(topics, "tab03")
plots.save(fig, "tab03", lang)

# %% [markdown] tags=["lang-zh"]
# ## 话题播放量与交易额的相关性
#
# 抖音话题播放量是表3中唯一没有缺失的一列，[图](#fig-ext02b)将它与交易额对照。下面计算它与各地州市交易额的斯皮尔曼秩相关系数，以置换检验给出p值，以自助法给出置信区间。需要注意两者的时期并不相同：话题播放量是截至数据截止日的累计数，交易额只是当年的数，而且一个地州市的播放量可能主要来自单个话题（如和田的“和田玉”话题），因此这一相关只是描述性的。

# %% [markdown] tags=["lang-en"]
# ## Topic plays and sales
#
# Douyin topic plays are the only complete column of Table 3; [Figure](#fig-ext02b) sets them against GMV. Below we give Spearman's rank correlation between them and GMV across the prefectures, with a permutation p-value and a bootstrap confidence interval. The two cover different periods: topic plays are cumulative up to the table's cut-off date, GMV is for one year; and a prefecture's plays may come mostly from one topic (Hotan's jade topic, for one), so the correlation is descriptive only.

# %% tags=["ledger"]
corr = prefectures.topics_vs_gmv()
present.table(
    corr,
    lang,
    caption=(
        "抖音话题播放量与直播交易额的秩相关",
        "Rank correlation of Douyin topic plays with GMV",
    ),
)

# %% tags=["remove-input"]
say(
    lang,
    zh="在{n}个地州市中，秩相关系数为{rho:.2f}（置换检验p值为{p:.3f}），"
    "{level:.0f}%置信区间为{lo:.2f}至{hi:.2f}。样本量只有{n}，区间很宽，"
    "从弱相关到很强的相关都与数据不矛盾。两组排序大体一致，但这不能说明话题带动了销售："
    "规模大、城镇化程度高的地州市两项指标都较高，且单个地州市就可能明显改变结果。",
    en="Across {n} prefectures the rank correlation is {rho:.2f} (permutation p = {p:.3f}),"
    " with a {level:.0f}% interval from {lo:.2f} to {hi:.2f}. With n = {n} the interval is wide:"
    " the data fit anything from a weak to a very strong association. The two rankings broadly"
    " agree; that does not show topics drive sales (large, urban prefectures have more of"
    " both), and a single prefecture can move the estimate.",
    n=int(corr["n"]),
    rho=corr["rho"],
    p=corr["p_permutation"],
    level=100 * survey.CONFIDENCE,
    lo=corr["ci_low"],
    hi=corr["ci_high"],
)

# %%
fig = prefectures.figure_topics_vs_gmv(lang, corr)
plots.save(fig, "ext02b", lang)
