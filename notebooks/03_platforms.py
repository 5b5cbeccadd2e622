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
# # 03 · 平台：抖音领先，快手份额下降
#
# 表2给出三大平台2022年和2023年的直播场次、观看人次和直播交易额及其增长率。正文称抖音的场次和交易额增长最快，淘宝直播的观看人次增长最快；原报告第二章又称2023年抖音三项指标均居首位，且几乎所有受访机构都在抖音开展直播。
#
# 本章逐一复算表2的增长率和排序，将三大平台与图1的全疆总量对照（两者之差即三大平台以外的平台），并计算读者关心的派生指标：场均交易额、人次均交易额和场均观看人次。

# %% [markdown] tags=["lang-en"]
# # 03 · Platforms: Douyin leads as Kuaishou's share falls
#
# Table 2 gives live sessions, views and GMV on the three main platforms for 2022 and 2023, with growth rates. The text says Douyin grew fastest in sessions and GMV and Taobao Live in views; Section 2 adds that Douyin led on all three measures in 2023 and that nearly every surveyed institution streams on it.
#
# We recompute every growth cell and ranking, set the platforms against the headline totals of Figure 1 (what is left over belongs to platforms outside Table 2), and work out the ratios a reader would want: GMV per session, GMV per view and views per session.

# %% tags=["parameters"]
lang = "zh"  # "zh" or "en": language of the figures and tables

# %%
from xjutils import claims, platforms, plots, present, survey
from xjutils.prose import by_count, join, printed, say

plots.use(lang)

# %% [markdown] tags=["lang-zh"]
# ## 报告公布的数据
#
# [表](#tbl-platform-levels)列出表2各项指标的绝对量和原表所印的增长率，以及全疆总量：2023年为公布值，2022年由增长率反推，只能确定到印刷舍入所允许的区间。“其他平台”即全疆总量减去三大平台之和，同样只知其区间。[图](#fig-tab02)将表2绘出。

# %% [markdown] tags=["lang-en"]
# ## The data as published
#
# [Table](#tbl-platform-levels) gives Table 2's level cells with its growth rates as printed, and the headline totals: published for 2023, implied by the growth rates for 2022, and so known only to the range the printed rounding allows. "Other platforms" is the headline total less the three platforms, likewise known only as a range. [Figure](#fig-tab02) draws Table 2.

# %%
levels = platforms.levels()
present.captioned(
    platforms.reader_table(levels, lang),
    lang,
    label="platform-levels",
    caption=(
        "三大平台2022年和2023年的直播场次、观看人次和直播交易额（据原表2；全疆合计的2022年数值"
        "由增长率推算）",
        "The three platforms' sessions, views and GMV in 2022 and 2023 (from the report's Table 2;"
        " the Xinjiang totals for 2022 implied by the growth rates)",
    ),
)

# %% [markdown] tags=["lang-zh"]
# ## 公布值与复现值对照：增长率与排序
#
# 表2的每个增长率均由同一指标两个年份的绝对量复算。绝对量只保留两位小数，精确增长率因而有一定的变动范围；只有在某个增长率不能直接复现时，这一范围才有意义。逐条结果见[表](#tbl-claims-platforms)。

# %% [markdown] tags=["lang-en"]
# ## Published vs reproduced: growth rates and rankings
#
# Each growth cell of Table 2 is recomputed from the two level cells beside it. Both are printed to two decimals of the report's units (the nearest million yuan or views, or hundred sessions), so the exact growth could move a little; that range matters only where a growth does not reproduce. [Table](#tbl-claims-platforms) gives each result.

# %% tags=["ledger"]
checked = claims.check_all("item == 'tab02'")
results = checked.pipe(claims.select, ["一(三)", "二(二)5"]).pipe(claims.expect)
plots.save_table(results, "claims_03")
present.table(
    results,
    lang,
    label="claims-platforms",
    caption=(
        "原表2增长率和二（二）5的表述：公布值与复现值",
        "Growth rates of the report's Table 2 and the claims of Section 2.2, item 5, published and reproduced",
    ),
)

# %% tags=["remove-input"]
tally = platforms.claim_tallies(results)
n, k = tally["growth"]["claims"], tally["growth"]["reproduced"]
r, kr = tally["ranking"]["claims"], tally["ranking"]["reproduced"]
say(
    lang,
    zh=by_count(
        k,
        n,
        every="表2的{n}个增长率保留两位小数后全部与公布值一致；",
        some="表2的{n}个增长率中，{k}个保留两位小数后与公布值一致；",
        none="表2的{n}个增长率保留两位小数后无一与公布值一致；",
    )
    + by_count(
        kr,
        r,
        every="{r}项排序表述也全部得到复现。",
        some="{r}项排序表述中，{kr}项得到复现。",
        none="{r}项排序表述无一得到复现。",
    ),
    en=by_count(
        k,
        n,
        every="All {n} of Table 2's growth rates reproduce exactly to the printed two decimals; ",
        some="Of Table 2's {n} growth rates, {k} reproduce exactly to the printed two decimals; ",
        none="None of Table 2's {n} growth rates reproduces to the printed two decimals; ",
    )
    + by_count(
        kr,
        r,
        every="so do all {r} ranking statements.",
        some="of the {r} ranking statements, {kr} reproduce.",
        none="none of the {r} ranking statements does.",
    ),
    n=n,
    k=k,
    r=r,
    kr=kr,
)

# %%
fig = platforms.figure_table2(levels, lang, checked)
plots.save_table(levels, "tab02")
plots.save(fig, "tab02", lang)

# %% [markdown] tags=["lang-zh"]
# ## 三大平台占全疆总量的比重
#
# [表](#tbl-platform-shares)和[图](#fig-ext03a)给出三大平台及其他平台在全疆总量中所占的比重。

# %% [markdown] tags=["lang-en"]
# ## Shares of the headline totals
#
# [Table](#tbl-platform-shares) and [Figure](#fig-ext03a) give each platform's share of the headline totals, and the share of the platforms outside Table 2.

# %%
shares = platforms.shares(levels)
present.table(
    platforms.shares_wide(shares, lang),
    lang,
    label="platform-shares",
    caption=(
        "三大平台及其他平台占全疆总量的比重（2022年全疆总量由增长率推算）",
        "The platforms' shares of the Xinjiang totals (2022 totals implied by the growth rates)",
    ),
)

# %% tags=["remove-input"]
gmv_share = platforms.gmv_shares(shares)
y0, y1 = gmv_share.columns
say(
    lang,
    zh="三大平台合计占全疆直播交易额的比重，{y1}年为{t1:.0f}%，{y0}年（以反推的总量计）为{t0:.0f}%。"
    "快手所占比重由{k0:.1f}%降至{k1:.1f}%，抖音由{d0:.1f}%升至{d1:.1f}%，淘宝直播由{b0:.1f}%升至"
    "{b1:.1f}%；全疆总量中三大平台以外的余额由{o0:.1f}%升至{o1:.1f}%，它可能来自其他平台，也可能源于统计口径不同。",
    en="Together the three platforms account for {t1:.0f}% of GMV in {y1} and, against the implied"
    " total, {t0:.0f}% in {y0}. Kuaishou's share falls from {k0:.1f}% to {k1:.1f}%, while Douyin's"
    " rises from {d0:.1f}% to {d1:.1f}% and Taobao Live's from {b0:.1f}% to {b1:.1f}%. Platforms"
    " outside Table 2 (the remainder of the totals, which may also reflect how they were"
    " compiled) grow from {o0:.1f}% to {o1:.1f}%.",
    y0=int(y0),
    y1=int(y1),
    t0=gmv_share.at["three", y0],
    t1=gmv_share.at["three", y1],
    k0=gmv_share.at["kuaishou", y0],
    k1=gmv_share.at["kuaishou", y1],
    d0=gmv_share.at["douyin", y0],
    d1=gmv_share.at["douyin", y1],
    b0=gmv_share.at["taobao", y0],
    b1=gmv_share.at["taobao", y1],
    o0=gmv_share.at["outside", y0],
    o1=gmv_share.at["outside", y1],
)

# %%
fig = platforms.figure_shares(shares, lang)
plots.save_table(shares, "ext03a")
plots.save(fig, "ext03a", lang)

# %% [markdown] tags=["lang-zh"]
# ## 派生指标
#
# [表](#tbl-platform-ratios)和[图](#fig-ext03b)中的各项比率均先把数值换算为基本单位（元、人次、场）再计算。

# %% [markdown] tags=["lang-en"]
# ## Derived indicators
#
# The ratios of [Table](#tbl-platform-ratios) and [Figure](#fig-ext03b) are in base units (yuan, views, sessions), each number converted from the unit the report printed it in.

# %%
ratios = platforms.ratios(levels)
present.table(
    platforms.pinned(ratios),
    lang,
    label="platform-ratios",
    caption=(
        "派生指标：场均交易额、人次均交易额和场均观看人次",
        "Derived indicators: GMV per session, GMV per view and views per session",
    ),
)

# %% tags=["remove-input"]
change = platforms.ratio_changes(ratios)
fell, views = change.gmv_per_session_fell, change.views_per_session
moves = {
    "zh": [
        f"{platforms.name(p, 'zh')}{'下降' if v < 0 else '上升'}{abs(v):.1%}"
        for p, v in views.items()
    ],
    "en": [
        f"{'down' if v < 0 else 'up'} {abs(v):.1%} on {platforms.name(p, 'en')}"
        for p, v in views.items()
    ],
}
say(
    lang,
    zh="{fell}的场均交易额均有下降，全疆由每场{a0}降至{a1}；场均观看人次{moves}。",
    en="GMV per session fell on {fell}; for Xinjiang as a whole it went from {a0} to"
    " {a1} a session. Views per session went {moves}.",
    fell=join([platforms.name(p, lang) for p in fell], lang) if fell else "—",
    a0=present.magnitude(change.gmv_per_session_all[0], "yuan", lang),
    a1=present.magnitude(change.gmv_per_session_all[1], "yuan", lang),
    moves=join(moves[lang], lang).replace("、", "，") if lang == "zh" else join(moves[lang], lang),
)

# %% tags=["remove-input"]
rest = platforms.residual(levels, y0)
say(
    lang,
    zh="三大平台以外的部分是总量减去三个平台之后的余数，{y0}年的场次余数只有{s0}至{s1}万场，"
    "由它算出的比率只能是区间：场均交易额在{a0}至{a1}之间，{y1}年在{b0}至{b1}之间。"
    "这些区间不列入上表，图中以横线标出。",
    en="What lies outside Table 2 is a remainder, the totals less the three platforms: its {y0}"
    " sessions are only {s0} to {s1}, so ratios built on it are ranges: GMV per"
    " session between {a0} and {a1}, and in {y1} between {b0} and {b1}. These ranges are"
    " left out of the table above; the figure marks them with horizontal lines.",
    y0=y0,
    y1=y1,
    s0=printed(rest.sessions[0], 3) if lang == "zh" else f"{rest.sessions_counted[0]:,.0f}",
    s1=printed(rest.sessions[1], 3) if lang == "zh" else f"{rest.sessions_counted[1]:,.0f}",
    a0=present.magnitude(rest.gmv_per_session[y0][0], "yuan", lang, 3),
    a1=present.magnitude(rest.gmv_per_session[y0][1], "yuan", lang, 3),
    b0=present.magnitude(rest.gmv_per_session[y1][0], "yuan", lang, 3),
    b1=present.magnitude(rest.gmv_per_session[y1][1], "yuan", lang, 3),
)

# %%
fig = platforms.figure_ratios(ratios, lang, platforms.ratio_ranges(levels))
plots.save_table(ratios, "ext03b")
plots.save_table(platforms.ratio_ranges(levels), "ext03b_ranges")
plots.save(fig, "ext03b", lang)

# %% [markdown] tags=["lang-zh"]
# ## 受访机构使用哪些平台（二（二）5）
#
# 正文只给出一个比重，即在抖音开展直播的机构所占比重；图14中其他平台的比重正文未给出。正文还称微信视频号已超过淘宝直播，但没有给出比重（第4章列出了这一与往期的比较）。

# %% [markdown] tags=["lang-en"]
# ## Which platforms the surveyed institutions use (the report's Section 2.2, item 5)
#
# The text gives one share: institutions selling on Douyin; the chart's other platforms are not given in the text. It also says WeChat Channels has overtaken Taobao Live, without giving shares (Chapter 4 lists this among the comparisons with earlier surveys).

# %% tags=["ledger"]
stated, best = survey.stated_sample_size(), survey.survey_year_size()
use = platforms.as_counts(platforms.institutions_on_platforms(), stated, best)
present.table(
    use,
    lang,
    caption=(
        "在抖音开展直播的机构占比及其置信区间（据原图14）",
        "Institutions streaming on Douyin, with the interval (from the report's Figure 14)",
    ),
)

# %% tags=["remove-input"]
row = use.iloc[0]
fit = survey.as_count(row["value"], row["decimals"], best)
say(
    lang,
    zh="调查称有效问卷{stated}份，但在{stated}家机构中，任何整数家数所占比重四舍五入后都不等于{v}%；"
    "而{best}家中的{k}家恰好等于该值（样本量问题详见第4章）。按{best}家计，"
    "{level:.0f}%置信区间为{lo:.1f}%～{hi:.1f}%。",
    en="The survey reports {stated} valid questionnaires, yet no whole number of {stated}"
    " institutions rounds to {v}%, while {k} of {best} does (Chapter 4"
    " examines the sample size). At n = {best} the {level:.0f}% interval runs from {lo:.1f}% to {hi:.1f}%.",
    stated=stated,
    best=best,
    v=printed(row["value"], row["decimals"]),
    k="—" if fit.k is None else fit.k,
    level=100 * survey.CONFIDENCE,
    lo=fit.low,
    hi=fit.high,
)
