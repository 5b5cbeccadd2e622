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
        "抖音话题播放总量（亿次，对数）",
        "Douyin topic plays (100 million, log)",
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
        "Which sample size explains the published shares? (chapter 二, 2023, exact values)",
    ),
    "share_ci": (
        "机构占比 (%)，误差线为95% Wilson区间",
        "Share of institutions (%), bars: 95% Wilson interval",
    ),
    "not_given": (
        "仅绘制正文给出的选项；图中其余选项正文未给出，未作推断。灰色为约数（“左右”、“所有”）。",
        "Only options the text gives are drawn; the chart's other options are not in the text"
        " and are not inferred. Grey: approximate ('about', 'all').",
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
