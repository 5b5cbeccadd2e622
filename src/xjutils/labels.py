"""The one catalogue of our interface strings in both languages: the figures', the tables'
(headers, codes in words) and the reader's edition's (site and PDF). The report's own names come
from data/. Each string is written once (tests/unit/test_labels.py)."""

LANGS = ("zh", "en")

TEXT = {
    "derived": ("由增长率推算", "Implied by the growth rate"),
    "claim": ("表述", "Claim"),
    "expected": ("预期", "Expected"),
    "north": ("北疆", "North"),
    "east": ("东疆", "East"),
    "south": ("南疆", "South"),
    "tiles_title": (
        "2023年各地州市直播交易额方块示意图（亿元）",
        "Live-commerce GMV by prefecture, 2023, as a tile map (schematic, billion yuan)",
    ),
    "tiles_note": (
        "方块位置为手工示意，非真实边界；数据来自表1",
        "Tiles placed by hand to follow the geography; not boundaries. Data: Table 1",
    ),
    "topic_plays": ("话题播放总量", "Topic plays"),
    "topic_plays_douyin": (
        "抖音话题播放总量（亿次）",
        "Douyin topic plays (billion)",
    ),
    "topics_vs_gmv_title": (
        "抖音话题播放量与直播交易额（14个地州市）",
        "Douyin topic plays vs GMV (14 prefectures)",
    ),
    "platform_all": ("全疆合计", "Xinjiang total"),
    "platform_outside": ("其他平台", "Other platforms"),
    # Chinese charts give a value axis's unit level at its top; the title says what is measured.
    "share_of_total": ("单位：%", "Share of the Xinjiang total (%)"),
    "platform_shares_title": (
        "三大平台占全疆合计的比重（2022年合计由增长率推算）",
        "Platforms' shares of the Xinjiang totals (2022 totals implied by growth rates)",
    ),
    "gmv_per_session": ("场均交易额（元/场）", "GMV per session (yuan)"),
    "gmv_per_view": ("人次均交易额（元/人次）", "GMV per view (yuan)"),
    "ratios_title": ("派生指标：分平台、分年度", "Derived indicators by platform and year"),
    "sample_size": ("样本量 n", "Sample size n"),
    "shares_fitting": ("可写成 k/n 的占比个数", "Shares that fit k/n"),
    "stated_n": ("报告所称样本量", "Stated sample size"),
    "best_n": ("最能解释数据的样本量", "Sample size that fits best"),
    "scan_title": (
        "能解释原报告第二章2023年占比的样本量（约数和“所有”等文字表述除外）",
        "The sample size that explains the report's Section 2 shares of 2023 (approximations and"
        " “all” left out)",
    ),
    # --- figures: theme, survey charts, errata on figures (issue 12) ---
    "log_scale": ("（对数刻度）", " (log scale)"),
    "erratum_mark": ("（原文如此，见勘误{}）", " (erratum {})"),
    "sic_en": (
        "（中文标题印作“{}”[sic]，勘误{}）",
        " (the original Chinese caption has the English word “{}” [sic]; erratum {})",
    ),
    "kept_full": ("正文给出全部{k}个选项", "The text gives all {k} options"),
    "kept_year": ("{year}年{k}个", "{k} ({year})"),
    "kept_part": ("正文给出的选项：{years}", "Options given: {years}"),
    "in_words_all": ("（“所有”）", " (“all”)"),
    "kept_years": ("；{years}年无数值", "; none for {years}"),
    "other_survey": (
        "另一次调查（{year}年，另一样本；n ≥ {year_n}，区间按最小的可能值计算）",
        "Another survey ({year}, another sample; n ≥ {year_n}, the interval at the smallest)",
    ),
    "share_points": ("机构占比（%）", "Share of institutions (%)"),
    "survey_n": (
        "n = {n}：由占比反推的有效问卷数（报告称{stated}份）；"
        "区间为95%威尔逊区间，按k/{n}计算{others}。",
        "n = {n}, the number of valid questionnaires the shares imply (the report states"
        " {stated}); intervals are 95% Wilson intervals for k of {n}{others}.",
    ),
    "survey_n_other": ("，{year}年按k/{n}", "; for {year}, k of {n}"),
    "sum_note": (
        "†为分别四舍五入的占比之和，不是单个k/n。",
        "† a sum of separately rounded shares, not a single k/n.",
    ),
    "survey_errata": (
        "；部分比重为分别舍入后相加，见勘误{id}",
        "; some shares are sums of rounded ones: erratum {id}",
    ),
    "survey_year": ("{year}年（本次调查）", "{year} (this survey)"),
    "legend_printed": ("正文给出的占比及95%区间", "Share given in the text, with 95% interval"),
    "legend_approx": ("约数或文字表述（k仅为示意）", "Approximate or worded (k indicative)"),
    "legend_range": ("正文未给出的档：由已给数值推出", "Bar the text omits: implied range"),
    "of_which": ("其中：{}", "of which: {}"),
    "band_upto": ("{hi}{unit}以内", "At most {hi} {unit}"),
    "band_between": ("{lo}–{hi}{unit}", "{lo}–{hi} {unit}"),
    "band_open": ("{lo}{unit}及以上", "{lo} {unit} or more"),
    "gathered_alt": (
        "正文只给出少量数值的各图：{topics}",
        "The charts for which the text gives few values: {topics}",
    ),
    "all_shares": ("参与比对的占比共{k}个", "all {k} shares compared"),
    "table_sum": ("表中各行之和", "Sum of the table's rows"),
    "gap_label": (
        "差额{gap}，舍入误差最多只能解释{rounding}",
        "Gap of {gap}; rounding explains at most {rounding}",
    ),
    "tab01_note": (
        "灰色为归口新疆（不属任何地州市），与原表同列末位；右侧折线为占全疆总量的累计比重。",
        "Grey: attributed to Xinjiang as a whole (no prefecture), last as in the table;"
        " right, the cumulative share of the regional total.",
    ),
    "dash_cell": ("表中为“-”", "'-' in the table"),
    "tab03_note": (
        "“-”：表中未给出数值（未达1亿次或未报告），不作0处理。",
        "'-': no value in the table (under 100 million plays, or not reported); not drawn as zero.",
    ),
    "tab02_note": (
        "平台名下为原表印出的2022—2023年增长率。",
        "Under each platform: the 2022–2023 growth as the original table prints it.",
    ),
    "ext03a_note": (
        "2022年合计由增长率推算；其他平台的比重标在柱顶。",
        "2022 totals implied by the growth rates; the other platforms' share is given above"
        " each bar.",
    ),
    "case_n": ("案例{n}", "Case {n}"),
    # a table's caption saying once what a column repeats on every row (present.table)
    "caption_same": ("{column}均为{value}", "{column}: {value}"),
    "caption_note": ("各行{}", "in every row, {}"),
    "all_printed_in": ("均见{value}", "all printed in {value}"),
    "all_status": ("均为“{value}”", "all {value}"),
    "all_n": ("n = {value}", "n = {value}"),
    "all_tested": ("每行检验{value}个占比", "{value} shares tested in each row"),
    "spearman": (
        "斯皮尔曼秩相关系数ρ = {rho:.2f}（95%置信区间{low:.2f}～{high:.2f}，"
        "置换检验 p = {p:.3f}，n = {n}）",
        "Spearman ρ = {rho:.2f}  (95% CI {low:.2f}–{high:.2f}, permutation p = {p:.3f}, n = {n})",
    ),
    "quantity_money": ("金额", "Money"),
    "quantity_persons": ("人数", "People"),
    "quantity_sessions": ("场次", "Live sessions"),
    "quantity_count": ("个数", "Counts"),
    "quantity_sales": ("销售额与交易额", "Sales and GMV"),
    "quantity_income": ("个人收入", "Personal income"),
    "quantity_team": ("团队与培养人数", "Team members and trainees"),
    "quantity_audience": ("粉丝与观众", "Followers and viewers"),
    "cases_title": (
        "六个案例中的数字（每个面板只比较同类数量）",
        "Numbers of the six case studies (each panel compares like with like)",
    ),
    "cases_note": (
        "≥ 下限（“余/多/超”）；≈ 约数（“近”）；对数刻度",
        "≥ lower bound ('over'); ≈ approximate ('nearly'); log scale",
    ),
    "direct": ("直接证据", "Direct evidence"),
    "indirect": ("间接证据", "Indirect evidence"),
    "unquantified": ("有提及但无数值", "Named, no value"),
    # a fact too long for a column head of the traceability chart, shortened there
    "fact.hotan_jade_topic": ("和田玉\n话题\n播放量", "Hotan\njade\ntopic\nplays"),
    "trace_title": (
        "建议与报告中证据的对应（本项目的判断）",
        "Recommendations traced to the report's evidence (our reading)",
    ),
    "source_note": (
        "数据来源：《新疆直播电商发展调研报告（2023）》；本项目复现",
        "Source: Xinjiang Live-Streaming E-commerce Development Survey Report (2023);"
        " reproduced here",
    ),
    # the two sources as a reference names them (prose.locator, present.where)
    "report2023": ("《报告》", "Report"),
    "news2022": ("新闻报道", "News article"),
    # base quantities a computed ratio carries in its cells (present.magnitude)
    "base_yuan": ("元", "yuan"),
    "base_views": ("人次", "views"),
    "base_persons": ("人", "persons"),
    # --- the reader's edition: site and PDF (xjutils.machinery) ---
    "title": (
        "新疆直播电商发展调研报告（2023）·复现",
        "Xinjiang Live-Streaming E-commerce Development Survey Report (2023), reproduced",
    ),
    "intro": (
        "逐章复现：《报告》公布的每个数字均注明出处转录在案，每条表述均重新推导，与公布值并列；"
        "不能复现的列为勘误。",
        "Chapter by chapter: every number the report publishes is transcribed with where it was"
        " printed, every claim is re-derived and shown beside the published value; what does not"
        " reproduce is an erratum.",
    ),
    "home": ("首页", "Home"),
    # the PDF edition's title page, outlines and exhibit numbering (xjutils.machinery.pdf)
    "pdf_subtitle": ("公布数字的重新推算与核对", "Its published numbers re-derived and checked"),
    "pdf_editors_label": ("编者", "Editors"),
    "pdf_editors": (
        "新疆直播电商调研报告复现项目",
        "The Xinjiang live-commerce report reproduction project",
    ),
    # how a status reads after a number in the summary (xjutils.summary), where it differs
    # from the status's own word (VALUES); a flag names its erratum
    "basis_stated": ("正文明言平台的{n}个", "the text names the platform in {n}"),
    "basis_inferred": ("据正文推断的{n}个", "lets it be inferred in {n}"),
    "basis_not_stated": ("未说明的{n}个", "leaves it unsaid in {n}"),
    "basis_sentence": ("各案例所用平台，{parts}。", "Of these cases, {parts}."),
    "mark_mismatch": ("存疑，见勘误{e}", "flagged: erratum {e}"),
    "pdf_appendix": ("附录{a}", "Appendix {a}"),
    "pdf_appendix_title": ("{title}：核对明细", "{title}: the checks item by item"),
    "ledger_note": (
        "本章逐项核对的明细见附录{a}。",
        "This chapter's item-by-item checks are in Appendix {a}.",
    ),
    "ledger": ("逐项核对明细", "The checks item by item"),
    "chapter_errata": (
        "本章涉及的勘误为{ids}，其说明与证据见书末的{list}。",
        "This chapter's errata are {ids}; the {list} at the end explains each and gives its"
        " evidence.",
    ),
    "errata_list": ("勘误表", "list of errata"),
    "read_first": (
        '先读<a href="00_summary.html">摘要</a>：报告的主要发现及其核对结果；'
        '全部勘误见<a href="errata.html">勘误表</a>。',
        'Start with the <a href="00_summary.html">summary</a>: what the report found and whether it'
        ' holds; every erratum is in the <a href="errata.html">list of errata</a>.',
    ),
    "pdf_version": ("版本", "Version"),
    "pdf_licence": ("许可", "Licence"),
    "pdf_sources": ("数据与代码", "Data and code"),
    "pdf_sources_text": (
        "随本版一并发布：转录数据及其数据字典、各章可重新运行的笔记本与代码，以及网页版；本版的每个数字均由它们生成。",
        "Published with this edition: the transcribed data with their dictionary, each chapter's"
        " notebook and code, ready to run again, and a website edition; every number here is"
        " generated from them.",
    ),
    "pdf_licence_text": (
        "代码采用MIT许可；转录数据与元数据采用CC BY 4.0许可。",
        "Code: MIT. Transcribed data and metadata: CC BY 4.0.",
    ),
    "pdf_figures": ("图目录", "List of figures"),
    "pdf_tables": ("表目录", "List of tables"),
    "pdf_figure": ("图", "Figure"),
    "pdf_table": ("表", "Table"),
    "pdf_numbering": ("1-1", "1.1"),
    "with_code": ("本章含代码版", "This chapter with code"),
    "without_code": ("本章阅读版（不含代码）", "This chapter without code"),
    "code_title": ("{title}（含代码）", "{title} (with code)"),
    "contents": ("目录", "Contents"),
    "gallery": ("图表", "Figures"),
    "dictionary": ("数据字典", "Data dictionary"),
    "other": ("English", "中文"),
    "prev": ("上一章", "Previous"),
    "next": ("下一章", "Next"),
    "headline": ("主要数字", "Headline numbers"),
    "gmv_2023": ("2023年直播交易额", "Live-commerce GMV, 2023"),
    "views_2023": ("2023年观看人次", "Views, 2023"),
    "sessions_2023": ("2023年直播场次", "Live sessions, 2023"),
    "growth": ("同比增长{g}%", "+{g}% on 2022"),
    "cagr": ("2020—2023年交易额年均增长率", "Average annual GMV growth, 2020–2023"),
    "cagr_note": ("公布{p}%，{status}", "published {p}%, {status}"),
    "claims_summary": (
        "共核对报告自身的{n}项表述：{parts}；摘要另复述正文数字{rs}项，其中{k}项与正文一致。",
        "{n} of the report's own statements checked: {parts}; its summary also restates {rs}"
        " numbers of its body, {k} of which agree with it.",
    ),
    "status_count": ("{status}{n}项", "{status} {n}"),
    "errata": ("勘误表", "Errata"),
    "errata_intro": (
        "按性质分组：实质性问题、编辑性问题、仅涉及新闻报道的问题；组内重要者在前；说明为本项目所加。",
        "Grouped as substantive, editorial and of the news article only; major ones first within"
        " a group; explanations are ours.",
    ),
    "withdrawn_errata": ("已撤回", "Withdrawn"),
    "growth_pct": ("增长率（%）", "Growth (%)"),
    "withdrawn_intro": (
        "以下勘误经核实后撤回，保留编号以免引用错位，只列原述及撤回理由。",
        "These errata were withdrawn on closer reading; they keep their numbers so that a"
        " citation of one still finds it, and are given with the reason only.",
    ),
    "substantive": ("实质性问题", "Substantive"),
    "editorial": ("编辑性问题", "Editorial"),
    "secondary": ("仅涉及新闻报道", "News article only"),
    "evidence": ("依据：", "Evidence: "),
    "certainty_mark": ("（{c}）", " ({c}) "),
    "count_mark": ("（{n}条）", " ({n})"),
    "downloads": ("下载", "Downloads"),
    "dl_pdf": ("本版PDF", "This edition as PDF"),
    "dl_data": ("数据（CSV，Frictionless数据包）", "Data (CSV, Frictionless Data Package)"),
    "dl_tables": ("复现表格（CSV）", "Reproduced tables (CSV)"),
    "dl_figures": ("图（SVG）", "Figures (SVG)"),
    "dl_notebooks": (
        "各章的 Jupyter 文件（含代码与输出，可重新运行）",
        "Chapters as Jupyter files (code and outputs, to run again)",
    ),
    "cite": ("如何引用", "How to cite"),
    "cite_report": ("报告", "The report"),
    # the report's title and institutions as an English citation gives them (our translation)
    "report_title_en": ("", "Xinjiang Live-Streaming E-commerce Development Survey Report (2023)"),
    "institutions_en": (
        "",
        "School of Economics and Management, Xinjiang University; Xinjiang Digital Economy"
        " Research Institute; E-commerce Industry Association of Urumqi High-tech Zone (Xinshi"
        " District); E-commerce Association of Urumqi Economic and Technological Development"
        " Zone (Toutunhe District); Yingchao Technology Co., Ltd.",
    ),
    "cite_repo": ("本复现", "This reproduction"),
    "cite_news": ("所核对的新闻报道", "The news article checked"),
    "version": ("版本 {v}，{d}", "version {v}, {d}"),
    "repo_title": ("{report}复现", "Reproducing {report}"),
    "original_title": ("英文题名：", "Original title: "),
    "undated": ("未注明日期", "undated"),
    # figure captions (reader.caption): a redraw names the original it stands for, never
    # taking its number as ours (the PDF numbers figures per chapter: 图2-1 / Figure 2.1)
    "fig_redrawn": ("{title}（据原{label}重绘）", "{title} (redrawn from the report's {label})"),
    "fig_redrawn_part": (
        "{title}（据原{label}重绘；原图数值正文只给出一部分）",
        "{title} (redrawn from the report's {label}, of which the text gives only some values)",
    ),
    "fig_charted": (
        "{title}（据原{label}数据绘制）",
        "{title} (charted from the report's {label})",
    ),
    "fig_survey": (
        "{title}（据原{label}重绘；{kept}{errata}）",
        "{title} (redrawn from the report's {label}; {kept}{errata})",
    ),
    "fig_erratum": ("；差额见勘误{id}", "; on the gap, see erratum {id}"),
    "fig_gathered": (
        "正文只给出一两个选项的各图（分图{first}至{last}依次据原图{figs}重绘，"
        "阴影框为由正文数值推出的范围{errata}）",
        "The charts for which the text gives only one or two values (panels {first}–{last} redrawn"
        " from the report's Figures {figs}, in that order; hatched: ranges the text's values"
        " imply{errata})",
    ),
    "figure_alt": ("图：{caption}", "Chart: {caption}"),
    "dict_intro": (
        "由 data/datapackage.json 生成：每张表、每个字段、类型与说明；单位见 units 表。",
        "Generated from data/datapackage.json: every table, field, type and description;"
        " units are listed in the units table.",
    ),
    "field": ("字段", "Field"),
    "type": ("类型", "Type"),
    "field_title": ("名称", "Title"),
    "description": ("说明", "Description"),
    "units": ("单位", "Units"),
    "kind": ("类别", "Kind"),
    "rows": ("行数", "Rows"),
    "cell": ("生成此图的章节", "chapter that made it"),
    "edition_note": (
        "阅读版不显示代码；各章另有含代码的版本，各章的 Jupyter 文件可在下载中获取并重新运行。",
        "Reader's edition: code is not shown. Each chapter also exists with its code, and as a"
        " Jupyter file to download and run again.",
    ),
    # --- the audit as a reader gets it (xjutils.audit.view) ---
    # one row per family
    "audit_family": ("检查类别", "Family"),
    "audit_scope": ("检查内容", "What it examines"),
    "audit_examined": ("审查项数", "Examined"),
    "audit_findings": ("发现数", "Findings"),
    "audit_conditional": ("附条件结论", "Conditional results"),
    "audit_group": ("分组", "Group"),
    "audit_cause": ("原因（勘误）", "Cause (erratum)"),
    "audit_statement": ("所检验的表述", "Statement tested"),
    "audit_premise": ("前提", "Premise"),
    "audit_plausibility": ("前提是否可信", "How plausible the premise is"),
    "audit_if_premise": ("若前提成立", "If the premise held"),
    "audit_plausible_likely": ("很可能成立", "likely"),
    "audit_plausible_possible": ("可能成立，也可能不成立", "possible"),
    "audit_plausible_unlikely": ("不大可能成立", "unlikely"),
    "audit_mean_misfit": (
        "样本量为{n}时都不能得到均值{v}；样本量为{near}时可以",
        "no sample of {n} gives a mean of {v}; samples of {near} do",
    ),
    "audit_news_survey": (
        "新闻所引直播基地调查的各项占比",
        "The news article's shares of its live-base survey",
    ),
    "audit_shares_fit": (
        "{k}项占比中有{m}项不能写成k/{n}",
        "{m} of the {k} shares cannot be k/{n}",
    ),
    "audit_mean_fit": ("样本量为{n}时都能得到均值{v}", "samples of {n} all give a mean of {v}"),
    "audit_explained": ("解释发现的勘误及出处", "Errata explaining the findings, and where"),
    "audit_no_findings": ("无发现", "none"),
    "audit_explains": ("{id}（{n}处）：{where}。", "{id}, {n} {findings}: {where}."),
    # the errata
    "audit_grade": ("性质", "Severity, certainty"),
    "audit_grade_of": ("{severity}，{certainty}", "{severity}, {certainty}"),
    "audit_withdrawn": ("{grade}；已撤回", "{grade}; withdrawn"),
    "audit_where": ("出处", "Where"),
    "audit_note": ("{where}。{note}", "{where}. {note}"),
    # bars the text does not print
    "audit_chart": ("图表", "Chart"),
    "audit_bar": ("未印出的档", "Bar not printed"),
    "audit_low": ("最少（家）", "Fewest institutions"),
    "audit_high": ("最多（家）", "Most institutions"),
    "audit_n": ("样本量", "Sample size"),
    "audit_low_pct": ("占比下限（%）", "Lowest share (%)"),
    "audit_high_pct": ("占比上限（%）", "Highest share (%)"),
    "audit_span": ("{low}～{high}{unit}", "{low}–{high}{unit}"),
    "audit_open_span": ("{low}{unit}及以上", "{low}{unit} or more"),
    # what the text lets us recover
    "audit_coverage": ("可恢复程度", "Recoverable"),
    "audit_full": ("全部", "in full"),
    "audit_partial": ("部分", "in part"),
    "audit_none": ("无", "nothing"),
    "audit_known": ("正文给出的内容", "What the text gives"),
    "audit_missing": ("未给出的内容", "What it does not"),
}


def check_lang(lang: str) -> str:
    """Validate the notebooks' `lang` parameter.

    Raises:
        ValueError: naming the parameter and the allowed values.
    """
    if lang not in LANGS:
        raise ValueError(f"parameter lang must be one of {LANGS}, got {lang!r}")
    return lang


def t(key: str, lang: str, **fmt) -> str:
    """One interface string in `lang`, formatted with `fmt`: our own words (TEXT), else a
    column's header (COLUMNS), else a code's words (VALUES), so no string is written twice."""
    key = COLUMN_ALIASES.get(key, key) if key not in TEXT else key
    for table in (TEXT, COLUMNS, VALUES):
        if key in table:
            text = table[key][LANGS.index(check_lang(lang))]
            return text.format(**fmt) if fmt else text
    raise KeyError(f"no interface string {key!r} in labels.TEXT, COLUMNS or VALUES")


def word(code, lang: str) -> str:
    """A code of data/ in words (VALUES): reproduced → 已复现 / reproduced."""
    return VALUES[code][LANGS.index(check_lang(lang))]


def name(row, lang: str, stem: str = "name") -> str:
    """The zh or en name column of a data row (e.g. name_zh / name_en)."""
    return row[f"{stem}_{check_lang(lang)}"]


# --- tables as a reader reads them (xjutils.present) ----------------------------------------

# Codes of data/ and of computed tables, in words. Keyed by the code alone: a code means the
# same wherever it appears (a status, a qualifier, a kind).
VALUES = {
    # claim statuses (xjutils.claims)
    "reproduced": ("已复现", "reproduced"),
    "within_rounding": ("在舍入范围内", "within rounding"),
    "consistent": ("不矛盾", "consistent"),
    "mismatch": ("存疑", "flagged"),
    "not_derivable": ("无法核对", "cannot be checked"),
    # how a value of a series is known (overall.series, platforms.levels)
    "published": ("公布值", "published"),
    "derived": ("推算值", "implied"),
    "missing": ("正文未给出", "not in the text"),
    "computed": ("计算值", "computed"),  # from published values (platforms.shares)
    # metrics
    "gmv": ("直播交易额", "GMV"),
    "views": ("观看人次", "Views"),
    "sessions": ("直播场次", "Live sessions"),
    # qualifiers of a printed number
    "exact": ("确数", "exact"),
    "lower_bound": ("下限", "lower bound"),
    "upper_bound": ("上限", "upper bound"),
    "approx": ("约数", "approximate"),
    "range_low": ("区间起点", "start of a range"),
    "range_high": ("区间终点", "end of a range"),
    "in_words": ("文字表述", "in words"),
    # regions
    "north": ("北疆", "north"),
    "east": ("东疆", "east"),
    "south": ("南疆", "south"),
    # a share as a count (survey.per_share)
    "fits": ("可写成k/n", "fits k/n"),
    "misfit": ("不能写成k/n", "fits no k/n"),
    "sum_of_2_rounded": ("两个舍入值之和", "sum of two rounded shares"),
    "sum_of_3_rounded": ("三个舍入值之和", "sum of three rounded shares"),
    # sums of a question's shares (survey.band_sums)
    "single": ("单选", "single answer"),
    "multi": ("多选", "multiple answers"),
    "complete": ("全部区间，和为百分之百", "every band, adds up to the whole"),
    "partial": ("部分区间，和不足百分之百", "some bands, less than the whole"),
    "nested": ("区间相互嵌套，不能相加", "nested bands, not summed"),
    "multi_over_100": ("多选题，和超过百分之百", "multiple answers, more than the whole"),
    "over_100": ("和超过百分之百", "more than the whole"),
    # cases
    "person": ("个人", "person"),
    "team": ("团队", "team"),
    "stated": ("正文明言", "stated"),
    "inferred": ("推断", "inferred"),
    "not_stated": ("未说明", "not stated"),
    "certain": ("已确认", "certain"),
    # errata: what certainty rests on, and the reader's group
    "as_transcribed": ("据文本提取稿确认", "as transcribed"),
    "printed": ("原文所印", "printed"),
    "substantive": ("实质性", "substantive"),
    "editorial": ("编辑性", "editorial"),
    "secondary": ("仅涉及新闻报道", "secondary source only"),
    "money": ("金额", "money"),
    "persons": ("人数", "people"),
    "count": ("个数", "count"),
    "rank": ("位次", "rank"),
    "order": ("序次", "order"),
    "age": ("年龄", "age"),
    "duration": ("时长", "duration"),
    # the two sources (xjutils.sources)
    "same": ("相同", "same"),
    "subset": ("子集", "a subset"),
    "different": ("不同", "different"),
    "agree": ("一致", "agree"),
    "consistent_subset": ("不矛盾（部分与整体）", "consistent (a part of the whole)"),
    "different_measure": ("口径不同，不作数值比较", "different measures, not compared"),
    "different_period": ("时期不同，不作数值比较", "different periods, not compared"),
    "contradiction": ("矛盾", "contradiction"),
    # recommendations and their evidence
    "direct": ("直接", "direct"),
    "indirect": ("间接", "indirect"),
    "unquantified": ("有提及但无数值", "named, no value"),
    "none": ("无", "none"),
    "quantified": ("有数据支撑", "rests on a number"),
    "indirect_only": ("仅有间接证据", "indirect evidence only"),
    "government": ("政府", "government"),
    "industry_bodies": ("行业组织", "industry bodies"),
    "institutions": ("直播机构", "institutions"),
    "platforms": ("直播平台", "platforms"),
    "universities": ("高校", "universities"),
    "logistics_firms": ("物流企业", "logistics firms"),
    "farmers": ("农户", "farmers"),
    "enterprises": ("企业", "enterprises"),
    # errata
    "open": ("有效", "open"),
    "withdrawn": ("已撤回", "withdrawn"),
    "major": ("重要", "major"),
    "minor": ("次要", "minor"),
    "sum_vs_total": ("分项与合计", "parts and total"),
    "label": ("标题或标签", "title or label"),
    "cross_reference": ("交叉引用", "cross-reference"),
    "unit_label": ("单位标注", "unit label"),
    "name": ("名称", "name"),
    "sample_size": ("样本量", "sample size"),
    "rounding": ("舍入", "rounding"),
    "date": ("日期", "date"),
    "translation": ("翻译", "translation"),
    "comparability": ("可比性", "comparability"),
    "granularity": ("粒度检验", "granularity"),
    "feasibility": ("可行性检验", "feasibility"),
    "orderings": ("排序检验", "orderings"),
    "names": ("名称检验", "names"),
    "restatements": ("复述检验", "restatements"),
    "plausibility": ("合理性检验", "plausibility"),
    "dates": ("日期检验", "dates"),
    "references": ("图表引用检验", "references"),
    "reading": ("人工阅读", "reading"),
    # what a name of the news article maps to (news_entities.maps_to)
    "report_author": ("报告作者", "an author of the report"),
    "report_publisher": ("报告发布机构", "the report's publisher"),
    "report_series": ("调研报告系列", "the report series"),
    # booleans
    True: ("是", "yes"),
    False: ("否", "no"),
}

# Columns that take another's header (one string, several column names).
COLUMN_ALIASES = {
    "ref": "where",
    "series_item": "item_label",
    "series_value": "value",
    "share": "share_of_total",
    "erratum": "erratum_id",
}
# Column headers of reader tables (xjutils.present): computed columns, and the data's own
# columns where datapackage.json's title is written for the data's users, not for readers.
COLUMNS = {
    "where": ("出处", "Where printed"),
    "where_report": ("原报告出处", "In the report"),
    "known_as": ("数值来源", "How known"),
    "report_ref": ("报告出处", "In the report"),
    "news_ref": ("新闻报道出处", "In the news article"),
    "item_label": ("项目", "Item"),
    "metric": ("指标", "Measure"),
    "year": ("年份", "Year"),
    "value": ("数值", "Value"),
    "unit": ("单位", "Unit"),
    "band_unit": ("区间单位", "Unit of the bands"),
    "base_unit": ("基本单位", "Base unit"),
    "qualifier": ("数值性质", "Kind of value"),
    "date": ("日期", "Date"),
    "what": ("内容", "What"),
    "option": ("选项", "Option"),
    "question": ("问题", "Question"),
    "topic": ("主题", "Topic"),
    "name": ("名称", "Name"),
    "name_mt": ("机器翻译的名称", "Machine-translated name"),
    "title": ("标题", "Title"),
    "who": ("人物", "Who"),
    "county": ("县区或地点", "County or place"),
    "products": ("产品", "Products"),
    "started": ("起步时间", "Started"),
    "platforms": ("平台", "Platforms"),
    "platform_basis": ("平台依据", "Platform known from"),
    "kind": ("类型", "Kind"),
    "region": ("区域", "Region"),
    "prefecture": ("地州市", "Prefecture"),
    "platform": ("平台", "Platform"),
    "case": ("案例", "Case"),
    "rec": ("建议", "Recommendation"),
    "rank": ("位次", "Rank"),
    "low": ("下限", "Lower"),
    "high": ("上限", "Upper"),
    "status": ("状态", "Status"),
    "statement": ("表述", "Statement"),
    "published": ("公布值", "Published"),
    "reproduced": ("复现值", "Reproduced"),
    "share_value": ("比重", "Share"),
    "share_low": ("比重下限（%）", "Share, lower (%)"),
    "share_high": ("比重上限（%）", "Share, upper (%)"),
    "share_of_total": ("占全疆总量的比重（%）", "Share of the Xinjiang total (%)"),
    "share_of_sum": ("占表1各行之和的比重（%）", "Share of Table 1's sum (%)"),
    "cumulative_share_of_sum": ("累计比重（%）", "Cumulative share (%)"),
    "cumulative_share_of_total": ("占全疆总量的累计比重（%）", "Cumulative share of the total (%)"),
    "total_lower_bound": ("合计下限", "Total, lower bound"),
    "gmv_per_session": ("场均交易额", "GMV per session"),
    "gmv_per_view": ("人次均交易额（元）", "GMV per view (yuan)"),
    "views_per_session": ("场均观看人次", "Views per session"),
    "k": ("k", "k"),
    "n": ("n", "n"),
    "exact_share": ("k/n（%）", "k/n (%)"),
    "ci_low": ("95%置信区间下限", "95% interval, lower"),
    "ci_high": ("95%置信区间上限", "95% interval, upper"),
    "fits_stated": ("符合报告所称样本量", "Fits the stated sample size"),
    "fits": ("可解释的占比数", "Shares explained"),
    "shares": ("检验的占比数", "Shares tested"),
    "misfits": ("不能解释的占比", "Shares not explained"),
    "options_given": ("给出的选项数", "Options given"),
    "sum": ("比重之和（%）", "Sum (%)"),
    "rounding": ("舍入误差上限（百分点）", "Rounding allowance (points)"),
    "answer": ("单选或多选", "Single or multiple answer"),
    "quantity": ("量", "Quantity"),
    "base_value": ("折合基本单位", "In base units"),
    "maps_to": ("对应", "Maps to"),
    "certainty": ("确定程度", "Certainty"),
    "note": ("说明", "Note"),
    "period": ("所属时期", "Period"),
    "period_certainty": ("时期确定程度", "Period certain?"),
    "measure": ("口径", "Measure"),
    "class": ("判定", "Verdict"),
    "report_base": ("报告数值（基本单位）", "Report (base units)"),
    "news_base": ("新闻数值（基本单位）", "News article (base units)"),
    "report_printed": ("报告数值", "Report's figure"),
    "news_printed": ("新闻数值", "Article's figure"),
    "erratum_id": ("勘误", "Erratum"),
    "severity": ("严重程度", "Severity"),
    "family": ("发现方式", "Found by"),
    "explanation": ("解释", "Explanation"),
    "evidence": ("依据", "Evidence"),
    "actors": ("面向主体", "Addressed to"),
    "strength": ("直接程度", "How direct"),
    "quantified": ("有数值", "Has a number"),
    "direct": ("直接证据数", "Direct links"),
    "indirect": ("间接证据数", "Indirect links"),
    "quantified_direct": ("有数值的直接证据数", "Direct links with a number"),
    "basis": ("证据情况", "Support"),
    "band_low": ("区间下限", "Band from"),
    "band_high": ("区间上限", "Band to"),
    "range": ("舍入区间或界限", "Rounding range or bound"),
    # statistics shown as a two-column table (a Series)
    "top3_share_of_prefectures": (
        "前三名占各地州市之和的比重（%）",
        "Top three, share of the prefectures' sum (%)",
    ),
    "top3_share_of_total": (
        "前三名占全疆总量的比重（%）",
        "Top three, share of the Xinjiang total (%)",
    ),
    "hhi": ("赫芬达尔-赫希曼指数（HHI）", "Herfindahl–Hirschman index (HHI)"),
    "equivalent_units": ("等效地州市个数", "Equivalent number of prefectures"),
    "headline_total": ("图1全疆总量", "Xinjiang total, Figure 1"),
    "table_sum": ("表1各行之和", "Sum of Table 1's rows"),
    "gap": ("差额", "Gap"),
    "gap_share_of_headline_pct": ("差额占全疆总量的比重（%）", "Gap as a share of the total (%)"),
    "max_gap_from_rounding": ("舍入最多能解释的差额", "Largest gap rounding can explain"),
    "rho": ("斯皮尔曼秩相关系数 ρ", "Spearman's ρ"),
    "p_permutation": ("置换检验 p 值", "Permutation p-value"),
    "year_before": ("上年", "Earlier year"),
    "published_before": ("上年公布值（%）", "Published, earlier year (%)"),
    "k_before": ("上年 k", "k, earlier year"),
    "n_before_inferred": ("上年样本量（推断）", "n, earlier year (inferred)"),
    "year_after": ("本年", "Survey year"),
    "published_after": ("本年公布值（%）", "Published, survey year (%)"),
    "k_after": ("本年 k", "k, survey year"),
    "n_after": ("本年样本量", "n, survey year"),
    "share_before": ("上年k/n（%）", "k/n, earlier year (%)"),
    "share_after": ("本年k/n（%）", "k/n, survey year (%)"),
    "difference_pp": ("差值（百分点）", "Difference (points)"),
    "p_score": ("得分检验p值", "Score test p-value"),
    "p_fisher": ("费希尔精确检验p值", "Fisher's exact test p-value"),
}


# The data dictionary (landing.dictionary): table types and codes of enum fields in Chinese.
# Checked before VALUES, whose words are the chapters' (e.g. its `partial` is a band sum).
DICT_KINDS = {"dimension": "维度表", "input": "输入表", "claim": "表述表"}
DICT_VALUES = {
    "zh": "中文",
    "en": "英文",
    "primary": "主要来源",
    "secondary": "次要来源",
    "preface": "前言",
    "section": "章节",
    "figure": "图",
    "table": "表",
    "growth": "增长率",
    "average_growth": "年均增长率",
    "total": "合计",
    "ranking": "排名",
    "share": "占比",
    "median": "中位数",
    "mean": "均值",
    "threshold": "阈值",
    "count": "计数",
    "restatement": "复述",
    "equals": "等值",
    "cagr": "年均复合增长率",
    "sum": "求和",
    "parts_sum": "分项加总",
    "parts_count": "分项计数",
    "count_rows": "计行数",
    "growth_base_bound": "基期界限下的增长率",
    "rank": "排序",
    "rank_growth": "按增长率排序",
    "rank_total": "按合计排序",
    "all_above": "均高于阈值",
    "median_bands": "分组数据中位数",
    "mean_bands": "分组数据均值",
    "mean_range": "取值范围内的均值",
    "sample_size": "样本量",
    "full": "完全",
    "partial": "部分",
    "none": "无",
    "duplicated": "重复",
    "garbled": "乱码",
    "masked": "遮蔽",
    "appended": "附加",
}


def dict_kind(kind: str, lang: str) -> str:
    """A table's type (dimension, input, claim) in `lang`."""
    return DICT_KINDS.get(kind, kind) if check_lang(lang) == "zh" else kind


def dict_value(code, lang: str) -> str:
    """A code of an enum field in `lang`: its Chinese word on zh (the code where none)."""
    if check_lang(lang) != "zh":
        return str(code)
    return DICT_VALUES.get(code) or VALUES.get(code, (str(code),))[0]
