"""The reader's edition's own words in both languages (kept out of labels.py, which the figures
share, so the site's wording can change without touching a figure)."""

from ... import labels
from ...claims import STATUSES

TEXT = {
    "title": (
        "新疆直播电商发展调研报告(2023)·复现",
        "Xinjiang Live-Streaming E-commerce Survey Report (2023), reproduced",
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
    "pdf_subtitle": ("复现与核查版", "A reproduction, with every number checked"),
    "pdf_editors_label": ("编者", "Editors"),
    "pdf_editors": (
        "新疆直播电商调研报告复现项目",
        "The Xinjiang live-commerce report reproduction project",
    ),
    "pdf_appendix": ("附录{a}", "Appendix {a}"),
    "pdf_appendix_title": ("{title}：核对明细", "{title}: the checks item by item"),
    "ledger_note": (
        "逐项核对的明细见附录{a}。",
        "The item-by-item checks are in Appendix {a}.",
    ),
    "ledger": ("逐项核对明细", "The checks item by item"),
    "read_first": (
        '先读<a href="00_summary.html">摘要</a>：报告的主要发现及其核对结果；'
        '全部勘误见<a href="errata.html">勘误表</a>。',
        'Start with the <a href="00_summary.html">summary</a>: what the report found and whether it'
        ' holds; every erratum is in the <a href="errata.html">list of errata</a>.',
    ),
    "pdf_version": ("版本", "Version"),
    "pdf_date": ("日期", "Date"),
    "pdf_licence": ("许可", "Licence"),
    "pdf_licence_text": (
        "代码采用MIT许可；转录数据与元数据采用CC BY 4.0许可。",
        "Code: MIT. Transcribed data and metadata: CC BY 4.0.",
    ),
    "pdf_contents": ("目录", "Contents"),
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
    "cagr_note": ("公布{p}%，复现{r}%", "published {p}%, reproduced {r}%"),
    "claims_summary": (
        "共核对{n}条表述：{parts}。",
        "{n} claims checked: {parts}.",
    ),
    "status_count": ("{status}{n}条", "{status} {n}"),
    "errata": ("勘误表", "Errata"),
    "errata_intro": (
        "按性质分组：实质性问题、编辑性问题、仅涉及新闻报道的问题；组内重要者在前；说明为本项目所加。",
        "Grouped as substantive, editorial and of the news article only; major ones first within"
        " a group; explanations are ours.",
    ),
    "major": ("重要", "Major"),
    "minor": ("次要", "Minor"),
    "withdrawn_errata": ("已撤回", "Withdrawn"),
    "substantive": ("实质性问题", "Substantive"),
    "editorial": ("编辑性问题", "Editorial"),
    "secondary": ("仅涉及新闻报道", "News article only"),
    "certain": ("已确认", "certain"),
    "inferred": ("推断", "inferred"),
    "as_transcribed": ("据文本提取稿确认", "as transcribed"),
    "evidence": ("证据：", "Evidence: "),
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
    "version": ("版本 {v}，{d}", "version {v}, {d}"),
    "repo_authors": ("{project} 项目贡献者", "{project} contributors"),
    "repo_title": ("{report}复现", "Reproducing {report}"),
    "licence": ("{licence} 许可协议", "{licence} licence"),
    "original_title": ("英文题名：", "Original title: "),
    "undated": ("未注明日期", "undated"),
    # claim statuses: the words of the chapters' tables (labels.VALUES)
    **{f"status_{s}": labels.VALUES[s] for s in STATUSES},
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
        "{title}（据原{label}重绘；{kept}；{errata}）",
        "{title} (redrawn from the report's {label}; {kept}; {errata})",
    ),
    "fig_erratum": ("；差额见勘误{id}", "; on the gap, see erratum {id}"),
    "fig_gathered": (
        "正文只给出一两个选项的各图（分图{first}–{last}依次据原图{figs}重绘，"
        "阴影框为由正文数值推出的范围；{errata}）",
        "The charts of which the text gives one or two options (panels {first}–{last} redrawn"
        " from the report's Figures {figs}, in that order; hatched: ranges the text's values"
        " imply; {errata})",
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
}

# Our own figures (ext…) are not in the report's contents; their titles are the figures'.
EXT_TITLES = {
    "ext02a": "tiles_title",
    "ext02b": "topics_vs_gmv_title",
    "ext03a": "platform_shares_title",
    "ext03b": "ratios_title",
    "ext04a": "scan_title",
    "ext05a": "cases_title",
    "ext07a": "trace_title",
}

# Column names that are computed (not fields of data/datapackage.json), in Chinese.
COLUMNS_ZH = {
    "id": "id",
    "low": "下限",
    "high": "上限",
    "status": "状态",
    "ref": "引用",
    "n": "n",
    "k": "k",
    "fits": "吻合数",
    "misfits": "不吻合数",
    "shares": "检验的占比数",
    "rank": "排名",
    "published": "公布值",
    "reproduced": "复现值",
    "decimals": "小数位数",
    "ci_low": "置信区间下限",
    "ci_high": "置信区间上限",
    "share": "占比",
    "share_low": "占比下限",
    "share_high": "占比上限",
    "share_of_total": "占合计比重",
    "share_of_sum": "占表内合计比重",
    "cumulative_share_of_sum": "累计比重",
    "douyin": "抖音",
    "kuaishou": "快手",
    "total_lower_bound": "合计下限",
    "gmv_per_session": "场均交易额",
    "gmv_per_view": "人次均交易额",
    "views_per_session": "场均观看人次",
    "k_of_37": "k（n=37）",
    "k_of_38": "k（n=38）",
    "wilson95_if_38": "95% Wilson区间（n=38）",
    "exact_share": "精确占比",
    "fits_stated": "符合所称样本量",
    "options_given": "给出的选项数",
    "sum": "合计",
    "rounding": "舍入",
    "report_base": "报告口径",
    "news_base": "新闻口径",
    "class": "分类",
    "quantified": "有数值",
    "direct": "直接",
    "indirect": "间接",
    "quantified_direct": "有数值的直接证据",
    "basis": "依据",
    "check": "检查",
    "computed_evidence": "计算证据",
    "detected_by": "检出方式",
}


def t(key: str, lang: str, **fmt) -> str:
    """One string of the site in `lang`, formatted with `fmt`."""
    text = TEXT[key][labels.LANGS.index(labels.check_lang(lang))]
    return text.format(**fmt) if fmt else text


# The data dictionary (landing.dictionary): table types and codes of enum fields in Chinese.
# Checked before labels.VALUES, whose words are the chapters' (e.g. its `partial` is a band sum).
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
    return DICT_KINDS.get(kind, kind) if labels.check_lang(lang) == "zh" else kind


def dict_value(code, lang: str) -> str:
    """A code of an enum field in `lang`: its Chinese word on zh (the code where none)."""
    if labels.check_lang(lang) != "zh":
        return str(code)
    return DICT_VALUES.get(code) or labels.VALUES.get(code, (str(code),))[0]
