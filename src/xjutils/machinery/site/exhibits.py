"""Exhibits numbered as the PDF numbers them, and the text's references to them resolved.

A chapter's tables and figures are numbered per chapter (表2-1 / Table 2.1); those in its
ledger sections, which the PDF moves to an appendix, by that appendix's letter (表B-1 / Table
B.1), the letters given in order to the chapters that have ledgers. Prose refers to an exhibit
by a link to its id, whatever its number: `[表](#tbl-gmv-ranked)` to a table shown with
`present.table(…, label="gmv-ranked")`, `[图](#fig-fig01)` to the figure `plots.save` wrote as
fig01. On the site the link's text becomes the number; the PDF (`typeset.lua`) makes it a Typst
reference, so that Typst's own numbering, floats and appendices included, decides it.

The summary (chapter 00) is unnumbered, as in the PDF; a with-code page's `detail` listings,
which the reader's page and the PDF leave out, are not numbered, so both pages number alike.
"""

import re

from ... import labels

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LEDGER = "ledger"  # the tag of ledger cells, and the class of their collapsed sections (reader)
DETAIL = "detail"  # the tag of row-level listings shown on with-code pages only (reader)
REF = re.compile(r"^#((?:tbl|fig)-[a-z0-9-]+)$", re.I)
SCREEN_ONLY = "no-print"  # what the PDF drops (pdf._main): Typst numbers exhibits itself


class UnresolvedReference(ValueError):
    """A link to an exhibit the page does not show: a typo, or an exhibit since removed."""


def letters(names_with_ledgers: list[str]) -> dict[str, str]:
    """The appendix letter of each chapter that has ledgers, in order (A for the first)."""
    return dict(zip(names_with_ledgers, LETTERS))


def label(kind: str, chapter: str, n: int, lang: str) -> str:
    """表2-1 / Table 2.1; in an appendix 表B-1 / Table B.1."""
    word = labels.t("pdf_figure" if kind == "figure" else "pdf_table", lang)
    sep = "" if lang == "zh" else "\u00a0"
    dot = labels.t("pdf_numbering", lang)[1]
    return f"{word}{sep}{chapter}{dot}{n}"


def _exhibits(soup):
    """(kind, element, caption, in a ledger) of each numbered exhibit, in the page's order."""
    for el in soup.find_all(["table", "figure"]):
        cap = el.find("caption" if el.name == "table" else "figcaption", recursive=False)
        if cap is None or el.find_parent(class_=f"celltag_{DETAIL}"):  # nbconvert's tag class
            continue
        yield (
            ("table" if el.name == "table" else "figure"),
            el,
            cap,
            bool(el.find_parent("details", class_=LEDGER)),
        )


def _ref_id(target: str, ids: set[str], lang: str) -> str | None:
    """The id a reference names: a figure's carries the page's language (fig-fig01-en)."""
    for candidate in (target, f"{target}-{lang}"):
        if candidate in ids:
            return candidate
    return None


def number(soup, chapter: int, letter: str | None, lang: str, page: str = "") -> dict[str, str]:
    """Number a chapter page's exhibits in place and resolve its references; returns each
    exhibit's id (or its caption, if it has none) → number. `chapter` 0 (the summary) is
    unnumbered. Raises UnresolvedReference for a link to an exhibit the page lacks."""
    numbers: dict[str, str] = {}
    counts: dict[tuple[str, bool], int] = {}
    if chapter:
        for kind, el, cap, ledger in _exhibits(soup):
            counts[kind, ledger] = n = counts.get((kind, ledger), 0) + 1
            text = label(kind, letter if ledger else str(chapter), n, lang)
            span = soup.new_tag("span", attrs={"class": f"exhibit-number {SCREEN_ONLY}"})
            span.string = text + ("\u3000" if lang == "zh" else ": ")
            cap.insert(0, span)
            numbers[el.get("id") or cap.get_text()] = text
    ids = {el["id"] for el in soup.find_all(["table", "figure"], id=True)}
    for a in soup.find_all("a", href=REF):
        found = _ref_id(REF.match(a["href"])[1], ids, lang)
        if found is None or found not in numbers:
            raise UnresolvedReference(
                f"{page or 'a page'}: the link to {a['href']} names no numbered exhibit of the"
                " page (ids are given by present.table(..., label=) and plots.save's figure id)"
            )
        a["href"] = f"#{found}"
        a.string = numbers[found]
    return numbers


def unreferenced(soup) -> list[str]:
    """The ids of a page's exhibits in its main text (not in a ledger section, whose appendix
    the chapter names as a whole) that no link of the page refers to."""
    cited = {a["href"][1:] for a in soup.find_all("a", href=True) if a["href"].startswith("#")}
    out = []
    for _, el, cap, ledger in _exhibits(soup):
        if not ledger and el.get("id") not in cited:
            out.append(el.get("id") or cap.get_text()[:60])
    return out
