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
# # 05 · 主播：案例与一篇新闻报道中的数字
#
# 原报告第三章讲述了几位主播和团队的故事：阿克苏卖核桃的主播、昭苏的文旅达人、村级旗舰店、供应链主播、和田的驻村第一书记、霍尔果斯的跨境直播团队，每个案例都附有若干数字。另有一篇关于新疆青年主播的新闻报道——《中国青年报》2022年4月刊发的《新疆青年直播电商现状调查》（作者王雪迎；本项目所据为其后来转载稿的英文机器翻译，原文的报名、日期、作者和个别措辞据随译文提供的说明，引文见扉页），引用了报告作者和平台数据，与报告在一位主播和若干地点上有交集。
#
# 本章把案例整理为数据，只在同类指标之间比较其数字，把新闻报道中译名混乱的人名、平台名对应到报告中的名称，并将两个来源的数字并列对照。

# %% [markdown] tags=["lang-en"]
# # 05 · Anchors: the numbers of the case studies and of a news article
#
# Section 3 tells short stories of anchors and teams — a walnut seller in Aksu, a tourism influencer in Zhaosu, a village flagship store, a supply-chain anchor, a village first secretary in Hotan, a cross-border team in Khorgos — each with a few numbers. A news article about young anchors in Xinjiang, by Wang Xueying in China Youth Daily (April 2022), quotes the report's authors and platform data and shares one person and several places with the report. We have it only as an English machine translation of a later repost; its paper, date, author and a few of its original words come from the description that accompanies the translation (cited on the title page).
#
# We turn the stories into data, compare their numbers only where they measure the same kind of thing, map the article's garbled names to the report's, and set the two sources' numbers side by side.

# %% tags=["parameters"]
lang = "zh"  # "zh" or "en": language of the figures and tables

# %%
from IPython.display import display

from xjutils import cases, claims, data, plots, present, sources, survey
from xjutils.audit import view
from xjutils.prose import by_count, continuing, join, quantity, say

plots.use(lang)

# %% [markdown] tags=["lang-zh"]
# ## 各案例
#
# [表](#tbl-cases)列出案例主人公、所在地、所用平台（只记正文明言的；案例五称观众为“老铁”，这一说法在抖音、快手上都很常见，不足以判定平台，故记为未说明）、所售产品及起步时间。

# %% [markdown] tags=["lang-en"]
# ## The cases
#
# [Table](#tbl-cases) gives who, where, which platforms (only those the text names: the fifth case calls its viewers "老铁", slang used on both Douyin and Kuaishou, so its platform is recorded as not stated), what they sell and when they started.

# %%
present.table(
    data.load("cases").drop(columns=["kind", "county_zh", "county_en", "platform_basis"]),
    lang,
    label="cases",
    caption=(
        "各案例：人物、地点、平台与起步时间",
        "The case studies: who, where, on which platforms, and since when",
    ),
)

# %% tags=["remove-input"]
case_rows = data.load("cases")
say(
    lang,
    zh="共{n}个案例，主人公依次为：{who}。{basis}",
    en="The report tells {n} cases, featuring in turn {who}. {basis}",
    n=len(case_rows),
    who="；".join(case_rows["who_zh"]) if lang == "zh" else join(case_rows["who_en"], lang),
    basis=cases.platform_basis_words(cases.platform_basis(case_rows), lang),
)

# %% [markdown] tags=["lang-zh"]
# ## 案例中的数字：只在同类指标内比较
#
# [图](#fig-ext05a)只把同类的数字放在同一面板：销售额与交易额、个人收入、团队人数、粉丝与观众、直播场次各占一个面板，统一换算为基本单位。“超过”“近”等限定词予以保留：许多案例数字只是下限。单场交易额与全年营业额同为经营额，放在同一面板，标签注明各自含义。

# %% [markdown] tags=["lang-en"]
# ## Their numbers, compared within a kind
#
# In [Figure](#fig-ext05a) only like numbers share a panel: sales and GMV, personal income, team sizes, followers and viewers, and live sessions each have their own, in base units. "Over" and "nearly" are kept: many case numbers are lower bounds. A one-show GMV and a year's turnover share a panel as takings of a business; the labels say which is which.

# %% tags=["ledger"]
numbers = cases.numbers()
plots.save_table(numbers, "ext05a")
columns = ["id", "case_id", "what_zh", "what_en", "value", "unit", "qualifier", "section", "page"]
present.table(
    numbers[columns], lang, caption=("各案例中的数字", "The numbers of the case studies")
)

# %%
fig = cases.figure(numbers, lang)
plots.save(fig, "ext05a", lang)

# %% tags=["remove-input"]
qualified = cases.qualifiers(numbers)
say(
    lang,
    zh="案例中共有{n}个数字，其中{lb}个为下限（“超过”“余”等），{ap}个为约数。",
    en='The cases hold {n} numbers: {lb} are lower bounds ("over", "more than") and {ap} are'
    " approximate.",
    n=len(numbers),
    lb=qualified["lower_bound"],
    ap=qualified["approx"],
)

# %% [markdown] tags=["lang-zh"]
# [表](#tbl-case-events)按时间排列各案例中有日期的事件。案例三首场抖音直播的日期正文未写年份，因其在当年三月筹备之后，推断为2023年。

# %% [markdown] tags=["lang-en"]
# [Table](#tbl-case-events) puts the dated events in order. The third case's first Douyin live has no year in the text; it follows the preparations of March 2023, so 2023 is inferred.

# %%
present.table(
    cases.timeline(),
    lang,
    label="case-events",
    caption=("各案例中有日期的事件", "Dated events of the case studies, in order"),
)

# %% [markdown] tags=["lang-zh"]
# ## 新闻报道：名称对应
#
# 机器翻译把“抖音”译作“Jitterbug”，把“快手”译作“Shutterbug”和“Racer”（据随译文提供的说明，原文作“快手平台”“小别克快手网络直播间”，可资印证）。案例一中卖核桃的主播以本名和昵称出现在报道中。

# %% [markdown] tags=["lang-en"]
# ## The news article: who is who
#
# The machine translation renders 抖音 (Douyin) as "Jitterbug" and 快手 (Kuaishou) as "Shutterbug" and "Racer" (the description accompanying the translation gives the original's 快手平台 and 小别克快手网络直播间, which confirms it). The walnut seller of the first case appears under his own name and his nickname.

# %% tags=["ledger"]
present.table(
    data.load("news_entities"),
    lang,
    caption=(
        "新闻报道机器翻译中的名称及其所指",
        "Names in the news article's machine translation and what they stand for",
    ),
)

# %% [markdown] tags=["lang-zh"]
# 报道中的全部数字均已转录为数据，各注明所在段落（报道没有页码）、本项目自撰的说明和真实统计期，统计期的判定依据一并记录；本版不逐条印出。须注意统计期：多数平台数据只覆盖三个月，即2021年9—11月，转载稿的英文译文却把年份印成了2023年（勘误E14）。

# %% [markdown] tags=["lang-en"]
# Every number of the article is transcribed in the data, each with its paragraph (the article has no pages), a description in our own words and its true period, with the evidence for that period; this edition does not print them one by one. Reference periods matter: most platform figures cover three months only, September–November 2021, which the repost's English text prints as 2023 (erratum E14).

# %% tags=["detail"]
columns = ["id", "what_zh", "what_en", "value", "decimals", "unit", "qualifier", "date", "period"]
present.table(
    data.load("news_numbers")[columns + ["period_certainty", "section"]],
    lang,
    caption=(
        "新闻报道中的全部数字及其所属时期",
        "Every number of the news article, with its period",
    ),
)

# %% [markdown] tags=["lang-zh"]
# ## 报道自身是否自洽
#
# 报道中分平台的数字与其总数相符。报道所引对县域直播基地的调查（即2021年版报告的调查对象）只给出比重、没有给出样本量；下面逐一扫描候选样本量。

# %% [markdown] tags=["lang-en"]
# ## The article's own consistency
#
# Its platform split adds up to its total. Its survey of county live-streaming bases (the previous edition's survey object) gives shares but no sample size; below, every candidate n is scanned.

# %% tags=["ledger"]
news_checks = claims.check_all("claim_id.str.startswith('news.')").pipe(claims.expect)
plots.save_table(news_checks, "claims_05")
display(
    present.table(
        news_checks,
        lang,
        caption=(
            "新闻报道中的表述：公布值与复现值",
            "The news article's claims, published and reproduced",
        ),
    )
)
scan = sources.base_survey_scan()
display(
    present.table(
        survey.by_fit(scan).head(8),
        lang,
        caption=(
            "直播基地调查：最能解释各占比的样本量",
            "The survey of live-streaming bases: the sample sizes that explain most shares",
        ),
    )
)

# %% tags=["remove-input"]
best = survey.best_fit(scan)
misfit = sources.misfits(best, lang)
say(
    lang,
    zh=by_count(
        int(best["fits"]),
        int(best["shares"]),
        every="{k}个比重全部可由样本量{n}解释，{n}是能解释全部比重的最小样本量。",
        some="{k}个比重中，样本量{n}能解释{f}个，是解释比重最多的最小样本量；不能解释的是{mis}。"
        "同一组比重找不到共同的样本量，说明它们未必出自同一样本。",
    ),
    en=by_count(
        int(best["fits"]),
        int(best["shares"]),
        every="A sample of {n} explains all {k} shares, the smallest that does.",
        some="Of {k} shares, a sample of {n} explains {f}, the smallest to explain that many;"
        " it does not explain the {mis}. No single sample size fits them all, so they may not come from one"
        " sample.",
    ),
    k=int(best["shares"]),
    n=int(best["n"]),
    f=int(best["fits"]),
    mis=join([continuing(m, lang) for m in misfit], lang),
)

# %% [markdown] tags=["lang-zh"]
# ## 两个来源中的同一事实
#
# 两个来源共有的每一对数字，依据各自的统计口径和换算为基本单位后的数值归类。新闻稿的平台数据对应2021年9—11月（该文刊于2022年4月），报告数据对应2023年，二者时期不同，不作数值比较。

# %% [markdown] tags=["lang-en"]
# ## The same facts in both sources
#
# Each pair of numbers the two sources share is classified from its measures and the two values in base units. The article's platform figures are for September–November 2021 (it appeared in April 2022), the report's for 2023: different periods, not compared as numbers.

# %% tags=["ledger"]
links = sources.compare().pipe(sources.expect)
plots.save_table(links, "source_links_05")
present.table(
    links,
    lang,
    caption=(
        "报告与新闻报道中对应的数字：口径与时期",
        "Numbers of the report and the news article that correspond: scope and period",
    ),
)

# %% tags=["remove-input"]
bad = sources.contradictions(links)
c = sources.compared(links)
amount = lambda r, side: quantity(  # noqa: E731
    r[f"{side}_value"], r[f"{side}_unit"], lang, r[f"{side}_decimals"]
)
say(
    lang,
    zh="{n}对数字中，时期或口径不同、不作数值比较的{apart}对；"
    + by_count(
        len(bad),
        c,
        every="其余可比较的数字全部相互矛盾。",
        some="可比较的{c}对中，相互矛盾的有{k}对。",
        none="其余可比较的数字相互不矛盾。",
    )
    + "".join(
        f"报道称新疆主播三个月的{r['what_zh']}为{amount(r, 'news')}，超过报告中同一平台全年的交易额"
        f"{amount(r, 'report')}（勘误{r['erratum_id']}）。"
        for _, r in bad.iterrows()
    ),
    en="Of the {n} pairs, {apart} differ in period or measure and are not compared as numbers; "
    + by_count(
        len(bad),
        c,
        every="where the numbers can be compared, every pair contradicts.",
        some="of the {c} compared, {k} contradict each other.",
        none="where the numbers can be compared, they do not contradict each other.",
    )
    + "".join(
        f' The article\'s "{r["what_en"]}" is {amount(r, "news")} for three months, more than'
        f" the report's whole-year total for the same platform, {amount(r, 'report')}"
        f" (erratum {r['erratum_id']})."
        for _, r in bad.iterrows()
    ),
    n=len(links),
    c=c,
    k=len(bad),
    apart=len(links) - c,
)


# %% tags=["remove-input"]
view.chapter_errata(lang, source="news2022")
