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
# # 00 · 摘要

# %% [markdown] tags=["lang-en"]
# # 00 · Summary

# %% tags=["parameters"]
lang = "zh"  # "zh" or "en": language of the prose

# %%
from xjutils import claims, data, overall, recommendations, summary
from xjutils.prose import by_count, say

checked = claims.check_all()
found = summary.findings(checked)
growths = [found[c] for c in ("s1_1.gmv_growth", "s1_1.views_growth", "s1_1.sessions_growth")]
bounded = summary.all_in(growths, "consistent")
said = ("consistent",) if bounded else ()
m = {cid: summary.marked(f, lang, said) for cid, f in found.items()}
span = overall.years()
basis = recommendations.by_basis(recommendations.support(recommendations.evidence()), lang)
tally = summary.tally(summary.statements(summary.of_report(checked)))
restated, restatements = summary.agree(summary.of_report(checked), "restatement")
growth_ok, growth_n = summary.agree(checked, "growth", "tab02")
substantive = summary.errata(data.load("errata"), "substantive")
pct = summary.market().said(lang)

# %% tags=["remove-input"]
say(
    lang,
    zh="{lead}《报告》称，{y1}年新疆直播电商交易额为{gmv}，比上年增长{gg}；观看{views}，增长{vg}；"
    "直播{sessions}，增长{sg}。{y0}—{y1}年交易额年均增长{cagr}。"
    + (
        "报告正文没有给出{yp}年的总量，三项增长率因此无法直接复算；它们都没有超出表2三大平台{yp}年数据"
        "所允许的上限，与其他公布数据不矛盾。"
        if bounded
        else ""
    )
    + "报告没有说明这些总量由谁、以何种口径统计。",
    en="{lead} The report puts Xinjiang's live-commerce gross merchandise value (GMV) in {y1} at {gmv}, up {gg} on the"
    " year before, with {views} (up {vg}) across {sessions} of live streaming (up {sg}). GMV"
    " grew by {cagr} a year on average over {y0}–{y1}."
    + (
        " As the report's text does not give the {yp} totals, the three growth rates cannot be"
        " recomputed; they are consistent with its other numbers, each staying below the ceiling"
        " that Table 2's three platforms in {yp} allow."
        if bounded
        else ""
    )
    + " The report does not say who measured these totals, or how.",
    lead=summary.lead(list(found.values()), lang),
    y0=span[0],
    y1=span[-1],
    yp=span[-2],
    gmv=m["pre.gmv_2023"],
    gg=m["s1_1.gmv_growth"],
    views=m["abs.views_2023"],
    vg=m["s1_1.views_growth"],
    sessions=m["abs.sessions_2023"],
    sg=m["s1_1.sessions_growth"],
    cagr=m["pre.gmv_cagr"],
)

# %% tags=["remove-input"]
total = found["s1_2.total"]
say(
    lang,
    zh="分地州市看，交易额居前三位的依次是{top3}，分别为{u}、{a}和{h}。"
    "三者合计占全疆交易额的{share}（本版据此计算），交易额高度集中。"
    "但表1各行（含“归口新疆”一行）相加只有{sum}，与全疆总量{total}对不上{mark}，差额无法用舍入解释。",
    en="By prefecture, the three largest by GMV are {top3}: {u}, {a} and {h}; together they"
    " take {share} of the regional GMV, by this edition's reckoning. Table 1's rows,"
    " including the line for sales attributed to Xinjiang as a whole, however, add up to only"
    " {sum}, not the regional total of {total}{mark}, a gap no rounding can explain.",
    top3=m["s1_2.top3"],
    u=m["abs.gmv_urumqi"],
    a=m["abs.gmv_aksu"],
    h=m["abs.gmv_hotan"],
    sum=summary.value(total, lang, reproduced=True),
    total=summary.value(total, lang),
    mark=summary.mark(total, lang),
    share=pct["top3"],
)

# %% tags=["remove-input"]
say(
    lang,
    zh="分平台看，{first}的交易额居首。{y1}年抖音交易额{d}，淘宝直播{t}，快手{k}；"
    "按本版计算（上年全疆总量由增长率推算），快手占全疆交易额的比重由{k0}降至{k1}，表2三大平台以外的部分升至{o1}。"
    + by_count(
        growth_ok,
        growth_n,
        every="表2的{n}个增长率全部复现。",
        none="表2的{n}个增长率无一复现。",
        some="表2的{n}个增长率中，{ok}个复现。",
    ),
    en="By platform, {first} leads in GMV. In {y1} Douyin's GMV {d} and Taobao Live's {t},"
    " while Kuaishou's {k}; by this edition's reckoning, Kuaishou's share of the regional GMV"
    " fell from {k0} (against a {yb} total implied by its growth rate) to {k1}, and the"
    " remainder outside Table 2's three platforms grew to {o1}. "
    + by_count(
        growth_ok,
        growth_n,
        every="All {n} growth rates of Table 2 reproduce.",
        none="None of Table 2's {n} growth rates reproduces.",
        some="Of Table 2's {n} growth rates, {ok} reproduce.",
    ),
    first=m["s2_2_5.douyin_first_gmv"],
    y1=span[-1],
    yb=span[-2],
    d=summary.change(found["tab02.douyin.gmv.growth"], lang),
    t=summary.change(found["tab02.taobao.gmv.growth"], lang),
    k=summary.change(found["tab02.kuaishou.gmv.growth"], lang),
    k0=pct[("kuaishou", span[-2])],
    k1=pct[("kuaishou", span[-1])],
    o1=pct[("outside", span[-1])],
    n=growth_n,
    ok=growth_ok,
)

# %% tags=["remove-input"]
sample = found["s2.sample_37"]
say(
    lang,
    zh="对直播机构的问卷调查称有效问卷{n}，但各项占比与以{fit}为分母的结果相符，而不能由所称份数得出。"
    "按报告所列，受访机构年交易额的中位数为{median}，员工人数平均为{staff}；{outside}的机构有疆外消费者，"
    "{own}销售自产商品。"
    "人才方面反映最多的是缺主播（{anchors}），配套环境方面是物流成本高（{logistics}）；"
    "机构最希望平台给予更多流量曝光（{traffic}）。"
    "这些比重只描述受访机构（按推断的{k}份问卷计），报告未说明其如何选取；在这样小的样本中，接近一半的比重，"
    "其置信区间的半宽约为{hw:.0f}个百分点。",
    en="The survey of live-streaming institutions (the agencies that run live selling for"
    " merchants) states {n}, but its shares behave like shares"
    " of {fit}, not of the stated number. As printed, the institutions' median annual GMV is {median} and their"
    " mean staff {staff}; {outside} have consumers outside Xinjiang and {own} sell their own"
    " products. The talent problem most often reported is a shortage of anchors, the hosts of live streams ({anchors}), the"
    " environment problem high logistics costs ({logistics}); what institutions most want from the platforms is more"
    " traffic exposure ({traffic}). These shares describe the respondents (by the inferred count,"
    " {k} questionnaires), chosen in a way the report does not describe; in a sample this small, a share near one half is uncertain by"
    " about {hw:.0f} percentage points either way.",
    n=m["s2.sample_37"],
    fit=summary.value(sample, lang, reproduced=True),
    median=m["abs.median_gmv"],
    staff=m["abs.mean_staff"],
    outside=m["abs.outside_consumers"],
    own=m["abs.self_produced"],
    anchors=m["abs.talent.lack_anchors"],
    logistics=m["abs.environment.logistics_cost"],
    traffic=m["abs.platform_support.more_traffic"],
    k=summary.sample(span[-1]).n,
    hw=summary.interval_half_width(summary.sample(span[-1]).n),
)

# %% tags=["remove-input"]
say(
    lang,
    zh="报告以{cases}个主播案例说明新疆直播电商的做法。本版另核对了{paper}一篇引用报告早先一期数据的新闻报道，"
    "其数字大多属于{y_news}年，只在统计期和口径一致时才与本期报告比较。"
    "报告最后提出{recs}建议；按本版的判断，其中{q}条能在报告公布的数字中找到直接对应，{i}条只有间接依据，"
    "{z}条找不到依据。",
    en="The report illustrates live commerce in Xinjiang with {cases} case studies of anchors."
    " This edition also checks a news article in {paper} that quotes an earlier edition of the"
    " report; its figures are mostly for {y_news}, so they are compared with this report's only"
    " where period and measure match. The report closes with {recs} recommendations; by this"
    " edition's reading, {q} can be matched to a number the report publishes that measures the"
    " problem they address, {i} only to related evidence and {z} to none.",
    cases=len(data.load("cases")),
    paper=summary.publisher("news2022", lang),
    y_news=span[1],
    recs=m["abs.recommendations"],
    q=len(basis["quantified"]),
    i=len(basis["indirect_only"]),
    z=len(basis["none"]),
)

# %% tags=["remove-input"]
say(
    lang,
    zh="本版核对了报告自身的{n}项表述：{r}项重新推算后复现，{c}项只能推得界限、与其他公布数据不矛盾，"
    "{f}项存疑，{u}项无法核对。报告摘要另复述正文数字{rs}项，{agree_zh}。",
    en="This edition checks {n} of the report's own statements: {r} are recomputed and reproduce,"
    " {c} can only be bounded and are consistent with the other published numbers, {f} are"
    " flagged and {u} cannot be checked. The report's summary also restates {rs} numbers of its"
    " body; {agree_en}.",
    n=tally["claims"],
    r=tally["recomputed"],
    rs=restatements,
    agree_zh="复述的数字均与正文一致" if restated == restatements else f"其中{restated}项与正文一致",
    agree_en="every restatement agrees with it in its numbers"
    if restated == restatements
    else f"{restated} of the restatements agree with it",
    c=tally["consistent"],
    f=tally["flagged"],
    u=tally["unchecked"],
)

# %% [markdown] tags=["lang-zh"]
# ## 影响数据使用的勘误

# %% [markdown] tags=["lang-en"]
# ## The errata that change what a reader would use

# %% tags=["remove-input"]
say(
    lang,
    zh="以下{n}条勘误改变了读者会引用的数字或结论；编辑性问题和只涉及新闻报道的问题见书末的[勘误表](errata.html)。\n\n"
    + "\n".join(f"- **{r.erratum_id}** {r.what_zh}" for r in substantive.itertuples()),
    en="These {n} errata change a number or a conclusion a reader would use; the editorial ones"
    " and those of the news article only are in the [list of errata](errata.html) at the end.\n\n"
    + "\n".join(f"- **{r.erratum_id}** {r.what_en}" for r in substantive.itertuples()),
    n=len(substantive),
)

# %% [markdown] tags=["lang-zh"]
# ## 阅读说明
#
# 本版把《报告》公布的每个数字连同出处录入数据文件，再由程序逐条重新推算报告据这些数字作出的表述，把推算结果与公布值并列。每条表述的核对结果为以下四种之一：
#
# - **已复现**：按报告给出的数据重新计算，结果舍入到报告印出的位数后与公布值相同；摘要复述正文的数字与正文一致，也记为已复现。
# - **不矛盾**：公布的数据不足以算出这个值，只能推得一个上限、下限或区间；公布值落在其中。这类数字可以使用，但没有其他数据能证实它。
# - **存疑**：推算结果与公布值不符，每处都有一条勘误说明问题所在、可能的原因及其确定程度。
# - **无法核对**：报告正文没有给出推算所需的数据。
#
# 表中另有两个用语。**界限**是由其他公布数据推得的上限或下限，单列于“舍入区间或界限”一栏，不与复现值混列。**勘误**是本项目对原文问题的记录，编号E01起，按对读者的影响分为实质性、编辑性和仅涉及新闻报道三类；已撤回的保留编号。
#
# 编号的写法：形如“二（一）”“图3”“表1”“第4页”的，均指原报告；本版的章写作“第1章”，节写作“1.1”，图表写作“图1-1”“表1-1”，附录以字母编号（附录A）。原报告各部分与本版各章的对应：一对应第1—3章，二对应第4章，三对应第5章，四对应第6章，五对应第7章。
#
# 方法上，本版不补充任何数据，所推算的数字都由公布的数字计算而来。增长率、合计与排序直接重算；问卷占比先还原为回答的机构数，再给出置信区间，以说明小样本下各项比重之间的差别有多大把握（置信区间以受访机构为随机样本；报告没有说明样本如何选取，故区间低估了不确定性，各项比重也只描述受访机构，不能推及全疆）；图表只按正文给出的数字重绘，正文未给出的部分注明缺失。本版依据的是原报告的文字稿：原报告的图均为图片，图中数值只有正文引用的部分可知；文字稿未给出的数值，不等于报告未曾公布，若能从原图读数，书中若干界限还可收窄。各章正文先说明结论，逐条核对的明细表放在书末附录（网页版中为可展开的明细）。

# %% [markdown] tags=["lang-en"]
# ## How to read this edition
#
# Every number the report publishes is transcribed with where it was printed; every statement the report makes about those numbers is derived again by code and set beside the published value. Each statement ends in one of four results:
#
# - **Reproduced**: recomputed from the report's own data, the result rounds to the printed value; a number the report's summary restates is reproduced when it agrees with the body.
# - **Consistent**: the published data do not determine the value, only an upper or lower limit or a range; the printed value lies within it. Such a number can be used, but no other published number confirms it.
# - **Flagged**: the recomputed value contradicts the printed one; each case is an erratum that says what is wrong, why it may be so, and how certain that is.
# - **Cannot be checked**: the report's text gives none of the data a check would need.
#
# Tables use two more terms. A **bound** is an upper or lower limit derived from other published numbers; it has a column of its own, never the column of reproduced values. An **erratum** is our record of a problem in the sources, numbered from E01 and grouped by what it means for a reader: substantive, editorial, and those of the news article only; withdrawn ones keep their number.
#
# References: Section 2.1, Figure 3, Table 1, p. 4 and Annex A are the report's own parts; this edition's are Chapter 1, section 1.1, Figure 1.1, Table 1.1 and Appendix A. The report's Section 1 is taken up in Chapters 1–3, its Section 2 in Chapter 4, Section 3 in Chapter 5, Section 4 in Chapter 6 and Section 5 in Chapter 7.
#
# As to method, this edition adds no data: every number it derives is computed from the published ones. Growth rates, sums and rankings are recomputed directly; survey shares are turned back into counts of institutions and given confidence intervals, which show how firmly a small sample tells two shares apart (the intervals treat the respondents as a random sample; the report does not say how they were chosen, so the intervals understate the uncertainty, and the shares describe the respondents rather than all of Xinjiang's institutions); charts are redrawn only from the values the text gives, and what is missing is said to be missing. This edition works from the report's text: the report's charts are images, so a chart's values are known only where the prose quotes them; a value missing from the text is not thereby missing from the report, and values read off the charts could narrow several of the bounds given here. Each chapter states its findings first; the item-by-item checks are in the appendices at the end (on the website, collapsed sections).
