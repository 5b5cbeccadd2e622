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
# # 09 · 结论与数据使用提示

# %% [markdown] tags=["lang-en"]
# # 09 · Conclusions and notes on using the data

# %% tags=["parameters"]
lang = "zh"  # "zh" or "en": language of the prose

# %%
from xjutils import claims, data, overall, summary
from xjutils.prose import join, number, say

checked = claims.check_all()
tally = summary.tally(summary.statements(summary.of_report(checked)))
restated, restatements = summary.agree(summary.of_report(checked), "restatement")
flagged = summary.flagged(checked)
bounded = summary.bounded(checked)
errata = data.load("errata")
groups = {g: summary.errata(errata, g) for g in ("substantive", "editorial", "secondary")}
span = overall.years()
fit = summary.sample(span[-1])
where = summary.sources()

# %% [markdown] tags=["lang-zh"]
# ## 哪些结论站得住

# %% [markdown] tags=["lang-en"]
# ## Which findings hold

# %% tags=["remove-input"]
pct = summary.market().said(lang)
say(
    lang,
    zh="报告的数字显示，新疆直播电商高度集中，平台格局正在改写。交易额居前三位的地州市占全疆的{top3}；"
    "快手占全疆交易额的比重由{y0}年的{k0}（由增长率推算）降至{y1}年的{k1}，抖音由{d0}升至{d1}，"
    "表2三大平台以外的部分升至{o1}。问卷中机构反映最多的问题是缺主播人才，配套环境方面最多的是物流成本高；"
    "但按推断的{fit}份问卷计，样本很小，相近的选项无从排出先后。",
    en="The report's numbers describe a concentrated market whose platforms changed places"
    " within a year. The three leading prefectures take {top3} of the regional GMV. Kuaishou's"
    " share of GMV fell from {k0} in {y0} (implied by the growth rates) to {k1} in {y1},"
    " while Douyin's rose from {d0} to {d1} and the remainder outside Table 2's three platforms grew to {o1}. In"
    " the survey, the talent problem institutions report most is a shortage of anchors, and the"
    " environment problem most reported is high logistics costs; with {fit} questionnaires by the inferred count,"
    " however, options close together cannot be ranked.",
    top3=pct["top3"],
    y0=span[-2],
    y1=span[-1],
    k0=pct[("kuaishou", span[-2])],
    k1=pct[("kuaishou", span[-1])],
    d0=pct[("douyin", span[-2])],
    d1=pct[("douyin", span[-1])],
    o1=pct[("outside", span[-1])],
    fit=fit.n,
)

# %% tags=["remove-input"]
say(
    lang,
    zh="报告自身的{n}项表述中，{r}项重新推算后复现，{c}项只能推得界限、与其他公布数据不矛盾；"
    "{agree_zh}。"
    "全疆总量、年均增长率、三大平台的增长率和位次、地州市前三位，以及摘要对正文的复述，都可以按原文引用。"
    "有{f}项与报告自己的数据相矛盾（{ids}），另有{u}项无法核对。",
    en="Of the report's {n} own statements, {r} are recomputed and reproduce and {c} can only be"
    " bounded and are consistent with the other published numbers; {agree_en}. The regional totals, the average growth"
    " rate, the three platforms' growth rates and ranks, the leading three prefectures and the"
    " summary's restatements of the body can all be cited as printed. {f} statements"
    " contradict the report's own data ({ids}), and {u} cannot be checked.",
    n=tally["claims"],
    r=tally["recomputed"],
    agree_zh=f"摘要对正文数字的{restatements}项复述均与正文一致"
    if restated == restatements
    else f"摘要对正文数字的{restatements}项复述中，{restated}项与正文一致",
    agree_en=f"all {restatements} of the summary's restatements of its body agree with it"
    if restated == restatements
    else f"{restated} of the summary's {restatements} restatements of its body agree with it",
    c=tally["consistent"],
    f=tally["flagged"],
    ids=join(list(flagged["erratum_id"]), lang),
    u=tally["unchecked"],
)

# %% [markdown] tags=["lang-zh"]
# ## 哪些数字须慎用

# %% [markdown] tags=["lang-en"]
# ## Which numbers to use with care

# %% tags=["remove-input"]
say(
    lang,
    zh="- **数据来源**：报告没有说明全疆总量、表1和表2的数据由谁、以何种口径统计，也没有说明交易额如何归属到各地州市；"
    "引用这些数字时应一并说明这一点。\n"
    "- **地州市份额**：表1各行之和小于全疆总量（勘误E01）。计算各地州市所占比重时，应说明分母是全疆总量还是表1合计，二者结果不同。\n"
    "- **问卷占比**：占比以{fit}份问卷为分母（推断，不是报告所说的{stated}份则可以确定；勘误E07）。换算为机构数时，以占比乘以{fit}；"
    "在这样小的样本中，接近一半的单个比重，其置信区间的半宽约为{hw}个百分点；同一批机构对相邻选项的回答"
    "需作配对比较，而所需数据没有公布，因此相差不大的两项无从排出先后。\n"
    "- **跨年比较**：报告有{years}处将本次调查与往期相比，但调查对象已重新界定、只部分重合（勘误E17），"
    "这些升降不能视为同一群体的变化；唯一给出两年数值的一处，其升幅是否显著还取决于未公布的上年样本量（勘误E15）。\n"
    "- **只能给出界限的数字**：{b}项表述（如{y}年的三项增长率、平均员工数和平均客单价）"
    "只能推得上限或下限，公布值落在界限之内，但没有其他数据能够证实。\n"
    "- **新闻报道的数字**：本版所据的新闻英文转载稿年份有误（勘误E14）；该报道引用的是报告早先一期的数据，其平台数据只覆盖三个月，不宜与本期报告的全年数据直接比较。",
    en="- **Where the numbers come from**: the report does not say who measured the regional"
    " totals, Table 1 and Table 2, on what basis, or how sales are attributed to prefectures;"
    " a citation of these numbers should say so.\n"
    "- **Prefectures' shares**: Table 1's rows add up to less than the regional total"
    " (erratum E01). A prefecture's share should say whether it is of the regional total or"
    " of Table 1's sum; the two differ.\n"
    "- **Survey shares**: their denominator is, by inference, {fit} questionnaires; that it is"
    " not the {stated} the report states is certain (erratum E07). To turn a share into institutions, multiply it by {fit}. In a"
    " sample this small the interval of a single share near one half spans about {hw}"
    " percentage points either way; two options answered by the same institutions need a paired"
    " comparison, whose data are not published, so options close together cannot be ranked.\n"
    "- **Comparisons across years**: the report compares this survey with earlier ones in"
    " {years} places, but the population surveyed was redefined and overlaps only in part (erratum E17), so the rises and falls"
    " are not changes within one population; where both years' values are printed, whether the"
    " rise is significant also depends on last year's unstated sample size (erratum E15).\n"
    "- **Numbers that can only be bounded**: {b} statements (among them the three growth rates"
    " of {y}, mean staff and mean order value) admit only an upper or lower bound; the"
    " printed value lies within it, but no other published number confirms it.\n"
    "- **The news article's numbers**: the English repost of the article available here prints"
    " wrong years (erratum E14); the article quotes an earlier edition of the report, and its"
    " platform figures cover three months only: do not set them beside this report's"
    " whole-year figures.",
    fit=fit.n,
    stated=fit.stated,
    hw=number(summary.interval_half_width(fit.n), lang, ".0f"),
    years=summary.comparisons(),
    b=len(bounded),
    y=span[-1],
)

# %% [markdown] tags=["lang-zh"]
# ## 数据在哪里

# %% [markdown] tags=["lang-en"]
# ## Where the data are

# %% tags=["remove-input"]
say(
    lang,
    zh="报告公布的全部数字都已录入本项目的数据包，共{t}张表，其中{i}张是对原文的逐项录入，"
    "每个数字都注明出处页码、单位和原文的小数位数，数据包的说明文件列出各表的字段与单位。"
    "{e}条勘误（含已撤回的）及其证据见书末的[勘误表](errata.html)，数据包中也有同样的记录。"
    "各章的核对明细在附录中；本项目的网站另以表格提供这些明细，并附可运行的代码，任何一个数字都能追溯到它的出处。",
    en="Every number the report publishes is in this project's data package, in {t} tables,"
    " {i} of them transcriptions of the sources, each number with the page it was printed on,"
    " its unit and its printed decimals; the package's descriptor documents every field and"
    " unit. The {e} errata (withdrawn ones included) and their evidence are in the [list of"
    " errata](errata.html) at the end and in the data package. Each chapter's checks are in"
    " the appendices; the project's website also offers them as tables, with the code that"
    " makes them, so any number can be traced back to where it was printed.",
    t=where.tables,
    i=where.inputs,
    e=where.errata,
)
