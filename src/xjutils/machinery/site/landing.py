"""The landing page, the gallery and the data dictionary of one edition.

Every number on the landing page is computed from data/ through xjutils when the site is
built, never typed; the citation comes from CITATION.cff and pyproject.toml, dated by the last
commit (or SOURCE_DATE_EPOCH) so that two builds of one commit are byte-identical.
"""

import html
import re

from ... import data, labels, paths, prose, summary
from ...audit import GROUPS
from ...prose import locator
from ..release import release
from . import reader

ROOT = paths.ROOT  # not DATA's parent: the mutation check points DATA at a scratch copy
e = html.escape


def headline(lang: str, checked) -> str:
    """Headline totals of 2023 with their growth, and the preface's average growth, reproduced."""
    t = labels.t
    overall = data.load("overall").set_index("id")
    checked = checked.set_index("claim_id")

    def pct(x, places) -> str:
        return prose.number(prose.printed(x, places), lang)

    cards = []
    for metric in ("gmv", "views", "sessions"):
        row = overall.loc[f"fig01.{metric}.2023"]
        growth = checked.loc[f"s1_1.{metric}_growth"]
        total = prose.quantity(row["value"], row["unit"], lang, row["decimals"])
        cards.append(
            f"<div>{t(metric + '_2023', lang)}<b>{e(total)}</b>"
            f"{t('growth', lang, g=pct(growth['published'], growth['decimals']))}</div>"
        )
    cagr = checked.loc["pre.gmv_cagr"]
    places = int(cagr["decimals"])
    cards.append(
        f"<div>{t('cagr', lang)}<b>{pct(cagr['published'], places)}%</b>"
        + t(
            "cagr_note",
            lang,
            p=pct(cagr["published"], places),
            status=labels.word(cagr["status"], lang),  # no extra digits: the status says it
        )
        + "</div>"
    )
    # as the summary counts them: the report's own statements, then its summary's restatements
    report = summary.of_report(checked.reset_index())
    own = summary.statements(report)
    counts = own["status"].value_counts()
    parts = ("、" if lang == "zh" else ", ").join(
        t("status_count", lang, status=labels.word(s, lang), n=counts[s])
        for s in ("reproduced", "within_rounding", "consistent", "mismatch", "not_derivable")
        if s in counts
    )
    agree, restated = summary.agree(report, "restatement")
    return (
        f'<h2 id="headline">{t("headline", lang)}</h2><div class="headline">{"".join(cards)}</div>'
        f"<p>{t('claims_summary', lang, n=len(own), parts=parts, rs=restated, k=agree)}</p>"
    )


def _note(note, lang: str) -> str:
    """An erratum's note on its evidence, after the references ('' when it has none)."""
    if not isinstance(note, str) or not note:
        return ""
    return ("。" if lang == "zh" else ". ") + e(note)


def _unmarked(what: str) -> str:
    """An erratum's sentence without its （已撤回） / (Withdrawn) mark: on the errata page the
    withdrawn ones have a heading of their own."""
    return re.sub(r"^(?:（已撤回）|\(Withdrawn\)\s*)", "", what)


def errata(lang: str) -> str:
    """The errata page: the one full list of the edition (the summary names the substantive
    ones, the chapters refer here), open errata grouped for readers (substantive, editorial,
    secondary source only; major first within a group), then the withdrawn ones."""
    t = labels.t
    rows = data.load("errata")
    what = f"what_{lang}" if f"what_{lang}" in rows else "what_en"
    why = f"explanation_{lang}" if f"explanation_{lang}" in rows else "explanation_en"
    out = [f'<h1 id="errata">{t("errata", lang)}</h1><p>{t("errata_intro", lang)}</p>']
    rows = rows.assign(_s=rows["severity"].map({"major": 0, "minor": 1})).sort_values(
        ["_s", "erratum_id"], kind="stable"
    )
    open_ = rows["status"] == "open"
    sep = "，" if lang == "zh" else ", "
    groups = {g: rows[open_ & (rows["group"] == g)] for g in GROUPS}
    groups["withdrawn_errata"] = rows[~open_]
    for severity, chosen in groups.items():
        if chosen.empty:
            continue
        items = "".join(
            f'<li id="{r.erratum_id}"><b>{r.erratum_id}</b>'
            # a withdrawn erratum has no severity or certainty left to grade: its heading says it
            + (
                " "
                if r.status == "withdrawn"
                else t(
                    "certainty_mark",
                    lang,
                    c=labels.word(r.severity, lang) + sep + labels.word(r.certainty, lang),
                )
            )
            # "<br> ": the text reads with a break between sentences ("size. 4.92"), not "size.4.92"
            + f"{e(_unmarked(getattr(r, what)))}<br> {e(getattr(r, why))}"
            # a withdrawn one needs no evidence: what it claimed and why that fell are its record
            + (
                ""
                if r.status == "withdrawn"
                else f'<br> <span class="meta">{t("evidence", lang)}'
                f"{e(locator(r.evidence, lang))}{_note(getattr(r, f'note_{lang}'), lang)}</span>"
            )
            + "</li>"
            for r in chosen.itertuples()
        )
        count = t("count_mark", lang, n=len(chosen))
        out.append(f'<h2 id="errata-{severity}">{t(severity, lang)}{count}</h2>')
        if severity == "withdrawn_errata":
            out.append(f"<p>{t('withdrawn_intro', lang)}</p>")
        out.append(f'<ul class="errata">{items}</ul>')
    return "".join(out)


def _repository(cff: dict, lang: str) -> str:
    """This repository as cited in `lang`: in Chinese its title is the report's title + 复现 and
    its author the project under its Chinese name, with the original title in brackets."""
    t = labels.t
    version, date = release()
    when = t("version", lang, v=version, d=prose.date(date, lang) if date else t("undated", lang))
    name = cff["authors"][0]["name"]
    if lang == "en":
        return f'<span lang="en">{e(name)}. {e(cff["title"])}</span>, {e(when)}.'
    who = t("pdf_editors", lang)  # the project's name in Chinese, as the imprint gives it
    title = t("repo_title", lang, report=cff["references"][0]["title"])
    return (
        f"{e(who)}. {e(title)}[R]. {e(when)}. "
        f'（{t("original_title", lang)}<span lang="en">{e(cff["title"])}</span>）'
    )


def citation(lang: str) -> str:
    """How to cite the report (all its researchers, from CITATION.cff) and this repository."""
    import yaml

    t = labels.t
    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    report = cff["references"][0]
    year = str(report["date-published"])[:4]
    if lang == "zh":
        # GB/T 7714: authors separated by commas, the document type [R] after the title
        authors = ", ".join(a["family-names"] + a["given-names"] for a in report["authors"])
        units = "、".join(report["institution"]["name"].split("; "))
        original = f"{e(authors)}. {e(report['title'])}[R]. {e(units)}, {year}."
    else:  # names in pinyin (CITATION.cff `alias`), the title in Chinese and in English
        authors = ", ".join(a["alias"] for a in report["authors"])
        original = (
            f'{e(authors)}. <span lang="zh">{e(report["title"])}</span>'
            f" [{e(t('report_title_en', lang))}]. {e(t('institutions_en', lang))}, {year}."
        )
    return (
        f'<h2 id="cite">{t("cite", lang)}</h2>'
        f"<h3>{t('cite_report', lang)}</h3>"
        f'<p class="cite">{original}</p>'
        f"<h3>{t('cite_news', lang)}</h3>"
        f'<p class="cite">{_news(lang)}</p>'
        f"<h3>{t('cite_repo', lang)}</h3>"
        f'<p class="cite">{_repository(cff, lang)}</p>'
    )


def _news(lang: str) -> str:
    """The news article the edition checks, cited as a newspaper article (GB/T 7714 [N]), with
    what of it this project has (data/sources.csv)."""
    r = data.load("sources").set_index("source_id").loc["news2022"]
    if lang == "zh":
        return (
            f"{e(r.author_zh)}. {e(r.title_zh)}[N]. {e(r.publisher_zh)}, {e(r.published)}"
            f"（{e(r.note_zh)}）."
        )
    return (
        f'{e(r.author_en)}. <span lang="zh">{e(r.title_zh)}</span> [{e(r.title_en)}].'
        f" {e(r.publisher_en)}, {e(prose.date(r.published, lang))} ({e(r.note_en)})."
    )


def _links(files: list[str]) -> str:
    items = "".join(f'<li><a href="{f}"><code>{e(f.split("/")[-1])}</code></a></li>' for f in files)
    return f"<ul>{items}</ul>"


def downloads(lang: str, target, pdf: bool) -> str:
    """Links to every file the edition carries: PDF, data, tables, figures, notebooks."""
    t = labels.t
    groups = []
    if pdf:
        groups.append(
            f'<p><a href="report.{lang}.pdf">{t("dl_pdf", lang)} (report.{lang}.pdf)</a></p>'
        )
    for key, sub, pattern in (
        ("dl_data", "data", "*"),
        ("dl_tables", "tables", "*.csv"),
        ("dl_figures", "figures", "*"),
        ("dl_notebooks", "notebooks", "*.ipynb"),
    ):
        files = [f"{sub}/{p.name}" for p in sorted((target / sub).glob(pattern)) if p.is_file()]
        if files:
            summary = f"<summary>{t(key, lang)} ({len(files)})</summary>"
            groups.append(f"<details>{summary}{_links(files)}</details>")
    return f'<h2 id="downloads">{t("downloads", lang)}</h2>' + "".join(groups)


SUMMARY = "00_summary"  # the chapter `read_first` points to


def index(lang: str, chapters: list, target, pdf: bool, checked, untagged=()) -> str:
    """The landing page's body; `checked` is claims.check_all() (computed once per build).

    Titles of chapters whose narrative is not split by language yet are marked as English.
    """
    t = labels.t
    marks = {n: ' lang="en"' for n in untagged}
    toc = "".join(
        f'<li{marks.get(n, "")}><a href="{n}.html">{e(title)}</a></li>' for n, title in chapters
    )
    return (
        f"<h1>{t('title', lang)}</h1><p>{t('intro', lang)}</p>"
        f'<p class="meta no-print">{t("edition_note", lang)}</p>'
        + headline(lang, checked)
        # the pointer to the summary only where it was built (a run --only 03 builds no 00)
        + (f"<p>{t('read_first', lang)}</p>" if any(n == SUMMARY for n, _ in chapters) else "")
        + f'<h2 id="contents">{t("contents", lang)}</h2><ul class="toc">{toc}</ul>'
        + f'<div class="no-print">{downloads(lang, target, pdf)}</div>'
        + citation(lang)
    )


def gallery(lang: str, figures: list[dict]) -> str:
    """Every figure of the edition, each linked to its place in a chapter and to its data."""
    t = labels.t
    cards = []
    for f in figures:
        cap = reader.caption(f["id"], lang)
        links = []
        if f["chapter"]:
            links.append(f'<a href="{f["chapter"]}.html#{f["anchor"]}">{t("cell", lang)}</a>')
        links += [f'<a href="tables/{n}"><code>{n}</code></a>' for n in f["tables"]]
        links += [f'<a href="data/{n}"><code>data/{n}</code></a>' for n in f["data"]]
        cards.append(
            f'<figure id="{f["id"]}"><img src="figures/{f["file"]}" '
            f'alt="{e(labels.t("figure_alt", lang, caption=cap))}">'
            f"<figcaption><b>{e(cap)}</b><br>{' · '.join(links)}</figcaption></figure>"
        )
    return f'<h1>{t("gallery", lang)}</h1><div class="gallery">{"".join(cards)}</div>'


def _coded(text: str) -> str:
    """A description of datapackage.json as HTML: `name` (a column or table) set as code."""
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", e(text))


def _enum(code, lang: str) -> str:
    """One allowed value of a field: the code, and on zh its Chinese word."""
    word = labels.dict_value(code, lang)
    return f"<code>{e(str(code))}</code>" + (f"（{e(word)}）" if word != str(code) else "")


def _enums(codes: list, lang: str) -> str:
    """The allowed values of a field, after its description."""
    sep = "、" if lang == "zh" else ", "
    return f" [{sep.join(_enum(v, lang) for v in codes)}]"


def dictionary(lang: str) -> str:
    """Every table and field of data/datapackage.json, in the page's language, and the units."""
    t = labels.t
    zh = lang == "zh"
    pkg = data.package()
    pick = lambda d, k: (d.get(f"{k}_zh") if zh else None) or d.get(k, "")  # noqa: E731
    out = [f"<h1>{t('dictionary', lang)}</h1><p>{t('dict_intro', lang)}</p>"]
    out.append(f"<p><b>{e(pick(pkg, 'title'))}</b><br>{e(pick(pkg, 'description'))}</p>")
    out.append(
        "<ul>"
        + "".join(
            f'<li><a href="#{r["name"]}"><code>{r["name"]}</code></a> — {e(pick(r, "title"))}</li>'
            for r in pkg["resources"]
        )
        + "</ul>"
    )
    for r in pkg["resources"]:
        rows = "".join(
            f"<tr><td><code>{f['name']}</code></td><td>{e(pick(f, 'title'))}</td>"
            f"<td>{f['type']}</td><td>{_coded(pick(f, 'description'))}"
            + (_enums(f["constraints"]["enum"], lang) if "enum" in f.get("constraints", {}) else "")
            + "</td></tr>"
            for f in r["schema"]["fields"]
        )
        n = len(data.load(r["name"]))
        out.append(
            f'<h2 id="{r["name"]}">{r["name"]} · {e(pick(r, "title"))}</h2>'
            f"<p>{_coded(pick(r, 'description'))}</p>"
            f'<p class="meta">{t("kind", lang)}: {labels.dict_kind(r.get("kind", ""), lang)} · '
            f"{t('rows', lang)}: {n} · "
            f'<a href="data/{r["path"]}">data/{r["path"]}</a></p>'
            f'<div class="table-wrap"><table><thead><tr><th>{t("field", lang)}</th>'
            f"<th>{t('field_title', lang)}</th><th>{t('type', lang)}</th>"
            f"<th>{t('description', lang)}</th></tr></thead><tbody>{rows}</tbody></table></div>"
        )
    units = data.load("units")
    rows = "".join(
        f"<tr><td><code>{u.unit_id}</code></td><td>{e(getattr(u, 'name_' + lang))}</td>"
        f"<td>{u.quantity}</td><td>{u.base_unit}</td><td>{u.factor:g}</td></tr>"
        for u in units.itertuples()
    )
    columns = ("unit_id", f"name_{lang}", "quantity", "base_unit", "factor")
    heads = "".join(f"<th>{reader.header(c, lang)}</th>" for c in columns)
    out.append(
        f'<h2 id="units-table">{t("units", lang)}</h2><div class="table-wrap"><table>'
        f"<thead><tr>{heads}</tr></thead><tbody>{rows}</tbody></table></div>"
    )
    return "".join(out)


def sources_of(fig_id: str) -> list[str]:
    """Data tables holding rows of this figure or table (by their `item` provenance)."""
    return [
        res["path"]
        for res in data.package()["resources"]
        if any(f["name"] == "item" for f in res["schema"]["fields"])
        and (data.load(res["name"])["item"] == fig_id).any()
    ]
