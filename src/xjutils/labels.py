"""Our own interface strings in both languages (the report's names come from data/)."""

LANGS = ("zh", "en")

TEXT = {
    "gmv": ("直播交易额", "GMV"),
    "views": ("观看人次", "Views"),
    "sessions": ("直播场次", "Live sessions"),
    "published": ("公布值", "Published"),
    "derived": ("由增长率推算", "implied by the growth rate"),
    "missing": ("未公布", "not published"),
    "year": ("年份", "Year"),
    "claim": ("声明", "Claim"),
    "reproduced": ("复现值", "Reproduced"),
    "range": ("输入舍入范围", "Range from input rounding"),
    "status": ("状态", "Status"),
    "expected": ("预期", "Expected"),
    "erratum": ("勘误", "Erratum"),
    "unit": ("单位", "Unit"),
    "cumulative_share": ("累计占表1合计的比重 (%)", "Cumulative share of the Table 1 sum (%)"),
    "north": ("北疆", "North"),
    "east": ("东疆", "East"),
    "south": ("南疆", "South"),
    "tiles_title": (
        "2023年各地州市直播交易额（示意图，亿元）",
        "Live-commerce GMV by prefecture, 2023 (schematic, 100 million yuan)",
    ),
    "tiles_note": (
        "方块位置为手工示意，非真实边界；数据来自表1",
        "Tiles placed by hand to follow the geography; not boundaries. Data: Table 1",
    ),
    "topic_plays": ("话题播放总量", "Topic plays"),
    "topic_plays_douyin": (
        "抖音话题播放总量（亿次）",
        "Douyin topic plays (100 million)",
    ),
    "topics_vs_gmv_title": (
        "抖音话题播放量与直播交易额（14个地州市）",
        "Douyin topic plays vs GMV (14 prefectures)",
    ),
    "platform_all": ("全疆合计", "Xinjiang total"),
    "platform_outside": ("表2以外", "Outside Table 2"),
    "share_of_total": ("占全疆合计的比重 (%)", "Share of the Xinjiang total (%)"),
    "platform_shares_title": (
        "三大平台占全疆合计的比重（2022年合计由增长率推算）",
        "Platforms' shares of the Xinjiang totals (2022 totals implied by growth rates)",
    ),
    "gmv_per_session": ("场均交易额（元/场）", "GMV per session (yuan)"),
    "gmv_per_view": ("人次均交易额（元/人次）", "GMV per view (yuan)"),
    "views_per_session": ("场均观看人次", "Views per session"),
    "ratios_title": ("派生指标：按平台和年份", "Derived indicators by platform and year"),
    "sample_size": ("样本量 n", "Sample size n"),
    "shares_fitting": ("可写成 k/n 的占比个数", "Shares that are some k/n"),
    "stated_n": ("报告所称样本量", "Stated sample size"),
    "best_n": ("最能解释数据的样本量", "Sample size that fits best"),
    "scan_title": (
        "哪个样本量能解释公布的占比？（第二章，2023年，精确值）",
        "Which sample size explains the published shares? (Chapter 2, 2023, exact values)",
    ),
    # --- figures: theme, survey charts, errata on figures (issue 12) ---
    "log_scale": ("（对数刻度）", " (log scale)"),
    "erratum_mark": ("（原文如此，勘误 {}）", " (erratum {})"),
    "sic_en": (
        "（中文标题印作“{}”[sic]，勘误 {}）",
        " (the Chinese caption prints '{}' [sic]; erratum {})",
    ),
    "kept_full": ("正文给出全部 {k} 个选项", "the text gives all {k} options"),
    "kept_year": ("{year}年{k}个", "{k} ({year})"),
    "kept_part": (
        "正文仅给出{years}选项的数值，其余选项无从获知",
        "Options given in the text: {years}; the rest are unknown",
    ),
    "in_words_all": ("（“所有”）", " ('all')"),
    "kept_years": ("；{years}年全缺", "; {years} missing entirely"),
    "kept_title": (
        "正文引用的图{figs}数值（每图至多{k}个选项）",
        "Figures {figs}: the values the text quotes (at most {k} options each)",
    ),
    "other_survey": (
        "另一次调查（{year}年，另一样本；n = {year_n} 为推断）",
        "another survey ({year}, another sample; n = {year_n} inferred)",
    ),
    "share_points": (
        "机构占比 (%)：点为公布值，横线为95% Wilson区间",
        "Share of institutions (%): point = published share, line = 95% Wilson interval",
    ),
    "survey_n": (
        "n = {n}：由占比反推的有效问卷数；报告称 {stated} 份，"
        "但占比不是 k/{stated}（勘误 {erratum}）。区间按 k/{n} 计算。",
        "n = {n}: the number of valid questionnaires the shares imply; the report states"
        " {stated}, but the shares are not multiples of 1/{stated} (erratum {erratum})."
        " Intervals are for k of {n}.",
    ),
    "approx_note": (
        "灰色菱形为约数或文字表述（“左右”“所有”），其 k 仅为示意。",
        "Grey diamonds: approximate or worded values ('about', 'all'); their k is only indicative.",
    ),
    "sum_note": (
        "† 为分别四舍五入的占比之和，不是单个 k/n（勘误 {erratum}）。",
        "† a sum of separately rounded shares, not a single k/n (erratum {erratum}).",
    ),
    "all_shares": ("全部 {k} 个精确占比", "all {k} exact shares"),
    "not_inferred": (
        "只画正文给出的数值；原图其余部分未作推断。",
        "Only values the text gives are drawn; the rest of each chart is not inferred.",
    ),
    "table_sum": ("表1各行之和", "Sum of Table 1's rows"),
    "headline_total": ("全疆合计（图1）", "Xinjiang total (Figure 1)"),
    "gap_label": (
        "差额 {gap:.2f} {unit}，舍入最多只能解释 {rounding:.3f}（勘误 {erratum}）",
        "gap: {gap:.2f} ({unit}); rounding explains at most {rounding:.3f} (erratum {erratum})",
    ),
    "tab01_note": (
        "灰色为归口新疆（不属任何地州市）；橙线为累计占表1各行之和的比重。",
        "Grey: booked to Xinjiang as a whole (no prefecture); orange line: cumulative"
        " share of the sum of Table 1's rows.",
    ),
    "dash_cell": ("表中为“-”", "'-' in the table"),
    "tab03_note": (
        "“-”：表中未给出数值（未达1亿次或未报告），不作0处理。",
        "'-': no value in the table (under 100 million plays, or not reported); not drawn as zero.",
    ),
    "tab02_note": (
        "平台名下为表2印出的2022–2023年增长率；"
        "✓ 表示由两年数值复现（{ok}/{total}），≠ 表示不能复现。",
        "Under each platform: the 2022-2023 growth as printed in Table 2; ✓ reproduced from the"
        " two levels ({ok} of {total}), ≠ does not reproduce.",
    ),
    "ext03a_note": (
        "2022年合计由增长率推算；小于4%的部分不标数值（见表格）。",
        "2022 totals implied by the growth rates; slices under 4% are not labelled"
        " (see the table).",
    ),
    "case_n": ("案例{n}", "Case {n}"),
    "spearman": (
        "Spearman ρ = {rho:.2f}（95% 置信区间 {low:.2f}–{high:.2f}，"
        "置换检验 p = {p:.3f}，n = {n}）",
        "Spearman ρ = {rho:.2f}  (95% CI {low:.2f}–{high:.2f}, permutation p = {p:.3f}, n = {n})",
    ),
    "quantity_money": ("金额", "Money"),
    "quantity_persons": ("人数", "People"),
    "quantity_sessions": ("场次", "Sessions"),
    "quantity_count": ("个数", "Counts"),
    "cases_title": (
        "六个案例中的数字（各面板单位不同，不可跨面板比较）",
        "Numbers of the six case studies (each panel its own unit; do not compare across panels)",
    ),
    "cases_note": (
        "≥ 下限（“余/多/超”）；≈ 约数（“近”）；对数刻度",
        "≥ lower bound ('over'); ≈ approximate ('nearly'); log scale",
    ),
    "fig27_note": (
        "正文只点出最主要的两类支持（降低物流费用、资源对接），未给出任何占比，故不绘制数值。",
        "The text names only the two most-wanted kinds of support (lower logistics costs,"
        " matching resources) and gives no shares, so no values are drawn.",
    ),
    "direct": ("直接证据", "direct evidence"),
    "indirect": ("间接证据", "indirect evidence"),
    "unquantified": ("有提及但无数值", "named, no value"),
    "trace_title": (
        "建议与报告中证据的对应（本仓库的判断）",
        "Recommendations traced to the report's evidence (our reading)",
    ),
    "site_title": (
        "新疆直播电商发展调研报告(2023)·复现",
        "Xinjiang Live-Streaming E-commerce Report (2023), reproduced",
    ),
    "site_intro": (
        "逐章复现：每个公布的数字都来自 data/，每个声明都重新推导，"
        "并与公布值并列；不能复现的列为勘误。",
        "Chapter by chapter: every published number comes from data/, every claim is re-derived"
        " and shown beside the published value; what does not reproduce is an erratum.",
    ),
    "site_home": ("目录", "Contents"),
    "site_gallery": ("图表", "Figures"),
    "site_errata": ("勘误", "Errata"),
    "site_other": ("English", "中文"),
    "site_cell": ("生成此图的单元格", "cell that made it"),
    "source_note": (
        "数据来源：《新疆直播电商发展调研报告(2023)》；本仓库复现",
        "Source: Xinjiang Live-Streaming E-commerce Survey Report (2023); reproduced here",
    ),
    # errata list (python -m xjutils errata --lang zh|en)
    "severity_major": ("重要", "major"),
    "severity_minor": ("次要", "minor"),
    "certainty_certain": ("确定", "certain"),
    "certainty_inferred": ("推断", "inferred"),
}


def check_lang(lang: str) -> str:
    """Validate the notebooks' `lang` parameter.

    Raises:
        ValueError: naming the parameter and the allowed values.
    """
    if lang not in LANGS:
        raise ValueError(f"parameter lang must be one of {LANGS}, got {lang!r}")
    return lang


def t(key: str, lang: str) -> str:
    """One interface string in `lang`."""
    return TEXT[key][LANGS.index(check_lang(lang))]


def name(row, lang: str, stem: str = "name") -> str:
    """The zh or en name column of a data row (e.g. name_zh / name_en)."""
    return row[f"{stem}_{check_lang(lang)}"]
