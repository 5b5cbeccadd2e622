"""An executed notebook as a chapter to read: no code, one figure each, tables for people.

nbconvert does the heavy lifting: `TagRemovePreprocessor` drops the parameter cells (papermill's
injected one too), the other language's narrative (`lang-zh`/`lang-en` tags) and, except in the
with-code variant, `detail` cells; `exclude_input` hides every code cell's source. Two things
nbconvert cannot know are done here: a figure cell displays its chart twice (the cell's value
and the inline backend) next to the anchor `plots.save` leaves, so each such cell's images are
replaced by the saved SVG, once, with caption and alt text; and pandas' HTML tables are
rewritten for reading (no index, printed decimals, no NaN, full text, headers in the page's
language).
"""

import csv
import functools
import html
import re

from bs4 import BeautifulSoup
from nbconvert.preprocessors import Preprocessor
from traitlets import Unicode

from ... import data, labels, paths, plots, present
from . import exhibits

IMAGES = (plots.SVG_MIME, "image/png")  # what a figure output carries (plots.save: SVG)
ANCHOR = re.compile(r'<span id="fig-([A-Za-z0-9]+(?:-\d+)?)-(zh|en)"></span>')
NUMBER = re.compile(r"^-?\d+(?:\.\d+)?$")
MISSING = {"NaN", "<NA>", "None", "NaT", "nan"}
PREFIX = 40  # pandas keeps max_colwidth - 3 = 47 characters (with padding), then "..."
# Cells tagged `detail` (row-level listings behind a chapter's summary tables) are in the
# with-code variant only: the reader's edition and the PDF show the summary, not every row.
DETAIL = exhibits.DETAIL
# Cells tagged `ledger` (published-vs-reproduced tables, restatement checks, transcriptions:
# the item-by-item checks behind a chapter's sentences) stay on the page, collapsed: each run
# of them is one <details class="ledger">; the PDF moves them to its appendices.
LEDGER = exhibits.LEDGER
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
# A cell or header this short is never broken (class "nw": white-space:nowrap): a column of
# 区域 "北疆", 位次, 表1，第4页 or "Table 1, p. 4" keeps its phrase on one line. Width in CJK
# characters (a Latin letter, digit or space counts a little over half).
SHORT = 8
# A cell this long (a title, a statement) keeps its column at least a few words wide (class
# "wide"), so the short columns kept on one line do not squeeze it to a character or two.
LONG = 14
# Inside a locator or a number with its unit, the space that must not break (p. 4, Table 1).
GLUE = re.compile(
    r"\b(p\.|pp\.|Fig\.|Figs\.|Figure|Table|Tables|Section|item|para\.|paras\.|Case) (?=\d)"
)


def tagged(nb) -> bool:
    """Whether the notebook's narrative is split into lang-zh / lang-en cells yet."""
    return any(
        tag in ("lang-zh", "lang-en") for cell in nb.cells for tag in cell.metadata.get("tags", [])
    )


def presented(nb) -> bool:
    """Whether the chapter shows its tables through `xjutils.present` (no ids or codes)."""
    return any("present.table(" in cell.source for cell in nb.cells if cell.cell_type == "code")


def caption(fig_id: str, lang: str) -> str:
    """A figure's caption for readers (the site's <figcaption>, the PDF's numbered caption).

    A redraw says which of the report's exhibits it stands for and how much of it survives,
    without taking the original's number as ours (据原图3重绘 / redrawn from the report's
    Figure 3); a chart of a table says it was charted from it; our own figures (ext…) carry
    their own titles, without an id.
    """
    if fig_id in EXT_TITLES:
        return labels.t(EXT_TITLES[fig_id], lang)
    from ... import prose, survey, survey_figures

    try:
        if re.fullmatch(r"fig\d+-\d+", fig_id):  # charts gathered in one figure (fig02-15)
            nums = [str(int(i[3:])) for i in survey_figures.gathered(fig_id)]
            figs = "、".join(nums) if lang == "zh" else prose.join(nums, lang)
            return labels.t(
                "fig_gathered",
                lang,
                figs=figs,
                first=survey_figures.panel_letter(0, lang),
                last=survey_figures.panel_letter(len(nums) - 1, lang),
                errata=survey_figures.caption_note(fig_id, lang),
            )
        label, text = plots._caption(fig_id, lang)
    except KeyError:
        return fig_id
    shares = data.load("survey_shares")
    if fig_id in set(shares["item"]):  # a survey chart: what survives, and the errata behind
        table = survey.per_share(
            shares[shares["item"] == fig_id], survey.sample_sizes(), survey.stated_sample_size()
        )
        kept = survey_figures.kept_note(table, fig_id, lang)
        cap = labels.t(
            "fig_survey",
            lang,
            title=text,
            label=label,
            kept=kept if lang == "zh" else kept[0].lower() + kept[1:],
            errata=survey_figures.caption_note(fig_id, lang),
        )
        # a title with its own remark ([sic]) and the redraw's: one bracket, not two
        return cap.replace(")（", "；").replace("）（", "；").replace(") (", "; ")
    coverage = data.load("coverage").set_index("item_id")["coverage"].get(fig_id, "full")
    key = "fig_charted" if fig_id.startswith("tab") else "fig_redrawn"
    if key == "fig_redrawn" and coverage != "full":
        key = "fig_redrawn_part"
    cap = labels.t(key, lang, title=text, label=label)
    if fig_id in CAPTION_ERRATA:  # an erratum the chart shows, named here, not in the image
        erratum = data.load("claims").set_index("claim_id").loc[CAPTION_ERRATA[fig_id]]
        cap = cap[:-1] + labels.t("fig_erratum", lang, id=erratum["erratum_id"]) + cap[-1]
    return cap


# Figures that draw a finding an erratum records: the claim whose erratum the caption names.
CAPTION_ERRATA = {"tab01": "s1_2.total"}


def _image(output) -> tuple[str | None, str | None]:
    """(mime type, data) of the image an output shows, or (None, None)."""
    data_ = output.get("data", {})
    return next(((m, data_[m]) for m in IMAGES if m in data_), (None, None))


def _alt_of(output) -> str | None:
    """Alt text a figure output already carries (plots.save attaches one)."""
    meta = output.get("metadata", {})
    alt = next((meta[m].get("alt") for m in IMAGES if isinstance(meta.get(m), dict)), None)
    alt = alt or meta.get("alt")
    if not alt and "text/html" in output.get("data", {}):
        found = re.search(r'<img[^>]*\balt="([^"]+)"', output["data"]["text/html"])
        alt = html.unescape(found.group(1)) if found else None
    return alt


class FigurePreprocessor(Preprocessor):
    """Each saved figure once, as <figure> with caption and alt; duplicate images dropped."""

    lang = Unicode("zh").tag(config=True)

    def preprocess(self, nb, resources):
        seen = set()
        for cell in nb.cells:
            if cell.cell_type != "code":
                continue
            outputs = [o for o in cell.outputs if o.get("name") != "stderr"]
            ids = [
                m.group(1)
                for o in outputs
                for m in ANCHOR.finditer(o.get("data", {}).get("text/html", ""))
            ]
            if ids:
                alts = iter([a for o in outputs if (a := _alt_of(o))])
                replaced = []
                for o in outputs:
                    if not self._is_figure(o):
                        replaced.append(o)
                    for m in ANCHOR.finditer(o.get("data", {}).get("text/html", "")):
                        replaced.append(self._figure(m.group(1), next(alts, None)))
                outputs = replaced
            else:
                # A figure shown with alt text (by plots.save) makes the cell's other images
                # (matplotlib's inline display of the same figure) duplicates.
                described = any(_image(o)[0] and _alt_of(o) for o in outputs)
                kept = []
                for o in outputs:
                    mime, image = _image(o)
                    if mime is not None:
                        if image in seen or (described and not _alt_of(o)):
                            continue
                        seen.add(image)
                        o.setdefault("metadata", {}).setdefault(mime, {})
                        alt = _alt_of(o) or labels.t("figure_alt", self.lang, caption=title(nb))
                        o["metadata"][mime]["alt"] = alt
                    kept.append(o)
                outputs = kept
            cell.outputs = outputs
        return nb, resources

    @staticmethod
    def _is_figure(output) -> bool:
        html_ = output.get("data", {}).get("text/html", "")
        return _image(output)[0] is not None or bool(ANCHOR.search(html_))

    def _figure(self, fig_id: str, alt: str | None):
        from nbformat.v4 import new_output

        cap = caption(fig_id, self.lang)
        alt = alt or labels.t("figure_alt", self.lang, caption=cap)
        src = f"figures/{plots.figure_path(fig_id, self.lang).name}"
        return new_output(
            "display_data",
            data={
                "text/html": (
                    f'<figure id="fig-{fig_id}-{self.lang}" class="chart">'
                    f'<img src="{src}" alt="{html.escape(alt)}">'
                    f"<figcaption>{html.escape(cap)}</figcaption></figure>"
                )
            },
        )


def filtered(nb, lang: str):
    """The notebook without parameter cells and without the other language's narrative."""
    import copy

    drop = {"parameters", "injected-parameters", "lang-en" if lang == "zh" else "lang-zh"}
    out = copy.deepcopy(nb)
    out.cells = [c for c in nb.cells if not drop & set(c.metadata.get("tags", []))]
    return out


def title(nb) -> str:
    """The chapter's first level-1 heading (after language filtering)."""
    for cell in nb.cells:
        if cell.cell_type == "markdown" and cell.source.startswith("# "):
            return cell.source.splitlines()[0][2:].strip()
    return "?"


@functools.cache
def exporter(lang: str):
    """nbconvert's `basic` HTML exporter set up for one language's edition, code included
    (cached: compiling its templates costs more than converting a chapter)."""
    from nbconvert import HTMLExporter
    from traitlets.config import Config

    other = "en" if lang == "zh" else "zh"
    c = Config()
    c.TagRemovePreprocessor.enabled = True
    c.TagRemovePreprocessor.remove_cell_tags = {
        "parameters",
        "injected-parameters",
        f"lang-{other}",
    }
    c.TagRemovePreprocessor.remove_input_tags = {"remove-input", "hide-input"}
    c.FigurePreprocessor.lang = lang
    c.HTMLExporter.exclude_input_prompt = True
    c.HTMLExporter.exclude_output_prompt = True
    c.HTMLExporter.preprocessors = [FigurePreprocessor]
    return HTMLExporter(config=c, template_name="basic")


def variants(nb, lang: str) -> tuple[str, str]:
    """The HTML body of one chapter in `lang`, tables for reading: (code hidden, with code).

    One conversion serves both: the reader's variant is the with-code one without its input
    areas (what nbconvert's `exclude_input` leaves out) and without its `detail` cells.
    """
    body, _ = exporter(lang).from_notebook_node(nb)
    soup = BeautifulSoup(body, "html.parser")
    for img in soup.find_all("img"):
        if img.get("alt") == "No description has been provided for this image":
            img["alt"] = labels.t("figure_alt", lang, caption=title(filtered(nb, lang)))
    for table in soup.select("table.dataframe"):
        readable(table, lang)
    for style in soup.select("style[scoped]"):
        style.decompose()
    collapse(soup, lang)
    code = str(soup)
    for cell in soup.select(f"div.celltag_{DETAIL}"):  # nbconvert marks each cell's tags
        cell.decompose()
    for area in soup.select("div.code_cell > div.input"):
        if isinstance(area.next_sibling, str) and area.next_sibling == "\n":
            area.next_sibling.extract()
        area.decompose()
    return str(soup), code


def collapse(soup, lang: str) -> None:
    """Each run of adjacent ledger cells as one collapsed section, summarised by the words
    "the checks item by item" and the caption of its first table."""
    cells = soup.select(f"div.celltag_{LEDGER}")
    runs: list[list] = []
    for cell in cells:
        previous = cell.find_previous_sibling(True)
        if runs and previous is runs[-1][-1]:
            runs[-1].append(cell)
        else:
            runs.append([cell])
    for run in runs:
        details = soup.new_tag("details", attrs={"class": LEDGER})
        summary = soup.new_tag("summary")
        caption = next((c for cell in run if (c := cell.find("caption"))), None)
        words = labels.t("ledger", lang)
        summary.string = (
            f"{words}{'：' if lang == 'zh' else ': '}{caption.get_text()}" if caption else words
        )
        details.append(summary)
        run[0].insert_before(details)
        for cell in run:
            details.append(cell.extract())


def has_ledgers(body: str) -> bool:
    """Whether a chapter's page has ledger sections (the PDF gives them an appendix)."""
    return re.search(rf"<details class=[\"']{LEDGER}[\"']", body) is not None


def numbered(body: str, chapter: int, letter: str | None, lang: str, page: str = "") -> str:
    """A chapter's page with its exhibits numbered and its references to them resolved."""
    soup = BeautifulSoup(body, "html.parser")
    exhibits.number(soup, chapter, letter, lang, page)
    return str(soup)


def chapter(nb, lang: str, with_code: bool = False) -> str:
    """One variant of `variants`: code hidden (unless `with_code`)."""
    plain, code = variants(nb, lang)
    return code if with_code else plain


@functools.cache
def _full_texts() -> dict[str, set[str]]:
    """Every text cell of data/ and outputs/tables/, and the parts of ' | '-joined ones, keyed
    by its first PREFIX characters (what survives pandas' truncation)."""
    out: dict[str, set[str]] = {}
    files = sorted(paths.DATA.glob("*.csv")) + sorted(paths.tables().glob("*.csv"))
    for f in files:
        with open(f, encoding="utf-8", newline="") as fh:
            for row in csv.reader(fh):
                for cell in row:
                    for piece in {cell, *cell.split(" | ")}:
                        if len(piece) > PREFIX:
                            out.setdefault(piece[:PREFIX], set()).add(piece)
    return out


def restore(text: str) -> str:
    """A cell pandas truncated ('first 46 or 47 characters...') back in full, when data/ or
    outputs/tables/ hold exactly one text it can be; left as it is when ambiguous."""
    kept = text[:-3].strip()
    if not text.endswith("...") or len(kept) < PREFIX:
        return text
    found = {full for full in _full_texts().get(kept[:PREFIX], ()) if full.startswith(kept)}
    return found.pop() if len(found) == 1 else text


@functools.cache
def _field_titles(lang: str) -> dict[str, str]:
    """Column name → its most frequent title in data/datapackage.json (shortest on a tie)."""
    import collections

    key = "title_zh" if lang == "zh" else "title"
    seen: dict[str, collections.Counter] = {}
    for res in data.package()["resources"]:
        for f in res["schema"]["fields"]:
            seen.setdefault(f["name"], collections.Counter())[f.get(key) or f["title"]] += 1
    return {
        name: min(c.items(), key=lambda kv: (-kv[1], len(kv[0])))[0] for name, c in seen.items()
    }


def header(name: str, lang: str) -> str:
    """A column header in the page's language: the catalogue's (`present.header`: labels.COLUMNS,
    k_of_38, platforms), else the field's title in data/datapackage.json."""
    if (
        name in labels.COLUMNS
        or name in labels.COLUMN_ALIASES
        or re.fullmatch(r"(?:k_of|ci_if)_\d+", name)
    ):
        return present.header(name, lang)
    if name in present.names("platform", lang):
        return present.names("platform", lang)[name]
    titles = _field_titles(lang)
    if name in titles:
        return titles[name]
    if lang == "en" and len(name) > 1 and re.fullmatch(r"[a-z0-9_]+", name):  # not n, k
        return name.replace("_", " ").capitalize()
    return name


def _decimals(text: str) -> int:
    return len(text.split(".")[1].rstrip("0")) if "." in text else 0


def _numbers(cells: list) -> None:
    """Printed decimals for a numeric column: values at the column's printed precision keep it;
    computed values (pandas' six decimals) get two more, as the claims tables show them. A column
    pandas did not format as floats (its decimals differ from cell to cell: statistics that
    `xjutils.present` wrote) and whole numbers written without a point stay as they are."""
    texts = [c.get_text() for c in cells]
    values = [t for t in texts if t]
    if not values or not all(NUMBER.match(t) for t in values) or not any("." in t for t in values):
        return
    if len({len(t.split(".")[1]) for t in values if "." in t}) > 1:
        return  # not pandas' formatting of a float column: already written for reading
    if max(len(t.split(".")[1]) for t in values if "." in t) <= 4:
        return  # one precision, as `xjutils.present` writes a column: kept as written
    clean = [_decimals(t) for t in values if _decimals(t) <= 3]
    printed = max(clean) if clean else 2
    for cell, text in zip(cells, texts):
        if text and "." in text:  # a whole number (a count, a year) stays whole
            places = printed if _decimals(text) <= printed else printed + 2
            cell.string = f"{float(text):.{places}f}"


def width(text: str) -> float:
    """A text's width in CJK characters (a Latin letter, digit or space about half of one)."""
    return sum(1.0 if ord(c) >= 0x2E80 else 0.55 for c in text)


def short(text: str) -> bool:
    """Whether a cell or header is a short phrase that a table must keep on one line."""
    text = text.strip()
    return bool(text) and width(text) <= SHORT


def phrases(text: str) -> list[str]:
    """A cell of short phrases (重要，确定；已撤回 / minor, certain) as its phrases, each with
    the mark after it; [] when any phrase is too long to keep on one line."""
    # a Latin comma breaks a phrase only before a space: 300,000 is one number
    parts = [p for p in re.split(r"(?<=[，；、])\s*|(?<=[,;])\s+", text) if p]
    return parts if all(short(p) for p in parts) else []


def glue(text: str) -> str:
    """A locator's designators joined to their numbers by non-breaking spaces (p.\u00a04)."""
    return GLUE.sub(lambda m: m[1] + "\u00a0", text)


def readable(table, lang: str) -> None:
    """Rewrite one pandas HTML table in place for reading."""
    table.attrs = {"class": ["dataframe"]} | ({"id": table["id"]} if table.get("id") else {})
    head_rows = table.thead.find_all("tr") if table.thead else []
    body_rows = table.tbody.find_all("tr") if table.tbody else []
    indexed = bool(body_rows) and all(
        r.find(["th", "td"]) is not None
        and r.find(["th", "td"]).name == "th"
        and len(r.find_all("th")) == 1
        for r in body_rows
    )
    if indexed:
        for r in body_rows:
            r.find("th").decompose()
        for r in head_rows:
            first = r.find("th")
            if first is not None:
                first.decompose()
        for r in head_rows[1:]:  # the index-name row pandas adds under the header
            if not r.get_text(strip=True):
                r.decompose()
    for r in table.find_all("tr"):
        r.attrs = {}
    for cell in table.find_all(["td", "th"]):
        text = cell.get_text()
        if text in MISSING:
            cell.string = ""
        elif cell.name == "td" and text.endswith("..."):
            cell.string = restore(text)
    for th in table.thead.find_all("th") if table.thead else []:
        th.string = header(th.get_text(), lang)
    rows = [r.find_all("td") for r in table.tbody.find_all("tr")] if table.tbody else []
    for col in zip(*rows):
        _numbers(list(col))
    for cell in table.find_all(["td", "th"]):
        text = cell.get_text()
        if cell.string is not None and GLUE.search(text):
            cell.string = glue(text)
        if short(text):
            cell["class"] = "nw"
        elif cell.string is not None and len(phrases(text)) > 1:
            cell.clear()  # 重要，确定；已撤回: breaks between its phrases, never inside one
            parts = phrases(text)
            for i, part in enumerate(parts):
                span = BeautifulSoup("", "html.parser").new_tag("span")
                span["class"] = "nw"
                span.string = part
                cell.append(span)
                if i + 1 < len(parts) and part.endswith((",", ";")):
                    cell.append(" ")  # "Section 1.2, p. 3", not "Section 1.2,p. 3"
        elif width(text) > LONG:  # a sentence keeps a column wide enough to read beside them
            cell["class"] = "wide"
    wrap = table.wrap(BeautifulSoup("", "html.parser").new_tag("div"))
    wrap["class"] = "table-wrap"
