"""The PDF edition of each language, typeset from the site's own pages: pandoc, then Typst.

A report typeset as a book, not printed from a browser: a title page with the imprint and how
to cite, page-numbered contents, lists of figures and tables, running heads, figures and
tables numbered per chapter (图2-1 / Figure 2.1) with their captions outside the image, and
the figures as vectors (the SVG each chapter saved). Each page's main content (HTML, as the site
shows it, without what is only for the screen) is converted by pandoc (inside the
`pypandoc-binary` wheel) with the filter `typeset.lua`; `typeset.typ` is the page design; the
Typst compiler (PyPI `typst`) embeds Noto Sans CJK SC as CID subsets and writes no date, so
two builds are byte-identical. The site and the PDF share one presentation layer (the pages);
only the page design differs.
"""

import functools
import json
import re
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .. import labels, paths, present, prose
from ..atomic import atomic_path
from . import forks
from .release import release
from .site import exhibits, landing, layout, reader

HERE = Path(__file__).parent
FILTER = HERE / "typeset.lua"
DESIGN = HERE / "typeset.typ"
POPPLER_TIMEOUT = 120  # seconds for one poppler command on one PDF
SCRATCH = ".typeset"  # inside each edition's folder, the compile root; removed after
CHAPTER_NUMBER = re.compile(r"^\d{2} · ")  # the site's "01 · "; typeset.lua drops it too


# A chapter page's first h1 marks the front chapter (00, the summary): unnumbered, before
# chapter 1, as "At a glance" was.
FRONT = "00_"


def _soup(page: Path):
    from bs4 import BeautifulSoup

    return BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")


def _main(page: Path, lang: str, letter: str | None = None) -> tuple[str, str]:
    """A page's <main> without what only the screen shows (navigation, links to the with-code
    variant), and its ledgers apart: (body, ledgers). The ledger sections (`reader.LEDGER`,
    collapsed on the site) leave one sentence naming its appendix `letter` where the chapter's
    introduction ends, not one in the middle of an argument."""
    soup = _soup(page)
    main = soup.main
    for el in main.select("nav, .no-print"):
        el.decompose()
    if page.name.startswith(FRONT):
        main.find("h1")["class"] = "unnumbered"
    ledgers = []
    for details in main.select(f"details.{reader.LEDGER}"):
        details.summary.decompose()
        ledgers.append(details.decode_contents())
        details.decompose()
    if ledgers:  # said once, as the chapter's introduction ends: at its end it could be left
        note = soup.new_tag("p")  # alone on a page of its own, after a chart
        note.string = labels.t("ledger_note", lang, a=letter or "")
        first = main.find("h2")
        if first is None:
            main.append(note)
        else:
            first.insert_before(note)
    for el in main.select("[id]"):  # pages repeat headings ("The data as published")
        if not exhibits.REF.match(f"#{el['id']}"):  # an exhibit's stays: Typst refers to it
            del el["id"]
    return main.decode_contents(), "".join(ledgers)


def _appendix(title: str, content: str) -> str:
    """One appendix under a level-1 heading, which typeset.typ numbers 附录A / Appendix A."""
    import html

    return f'<section><h1 class="appendix">{html.escape(title)}</h1>{content}</section>'


def body(edition: Path, lang: str) -> str:
    """The chapters of an edition, then the appendices (each chapter's ledgers, then the
    errata), as Typst. The landing page is not in the PDF: the title page, the contents and
    the summary chapter (00) take its place."""
    import pypandoc

    chapters = _chapters(edition)
    letters = exhibits.letters([p for p in chapters if reader.has_ledgers(p.read_text("utf-8"))])
    parts, appendices = [], []
    for page in chapters:
        main, ledgers = _main(page, lang, letters.get(page))
        parts.append(f"<section>{main}</section>")
        if ledgers:
            title = labels.t("pdf_appendix_title", lang, title=_short(_chapter_title(page)))
            appendices.append(_appendix(title, ledgers))
    errata = _soup(edition / "errata.html").main
    heading = errata.find("h1").extract()
    for el in errata.select("[id]"):
        del el["id"]
    appendices.append(_appendix(heading.get_text(), errata.decode_contents()))
    html = "\n".join(parts) + '<div class="appendices"></div>' + "\n".join(appendices)
    return pypandoc.convert_text(
        html,
        "typst",
        format="html",
        extra_args=["--wrap=none", f"--lua-filter={FILTER}"],
    )


def _short(title: str) -> str:
    """A chapter's title before its colon (the running head's short title, typeset.lua)."""
    return re.split(r"[：:]", title, maxsplit=1)[0]


def _chapters(edition: Path) -> list[Path]:
    return sorted(p for p in edition.glob("*.html") if layout.is_chapter(p.name))


def meta(lang: str) -> dict:
    """The edition's words for the page design: title, imprint, outline titles, numbering."""
    version, date = release()
    t = labels.t
    return {
        "lang": lang,
        "title": t("title", lang),
        "subtitle": t("pdf_subtitle", lang),
        "editors": t("pdf_editors", lang),
        "contents": t("contents", lang),
        "figures": t("pdf_figures", lang),
        "tables": t("pdf_tables", lang),
        "figure": t("pdf_figure", lang),
        "table": t("pdf_table", lang),
        "numbering": t("pdf_numbering", lang),
        "imprint": [
            [t("pdf_editors_label", lang), t("pdf_editors", lang)],
            [t("pdf_version", lang), version],
            [t("date", lang), prose.date(date, lang) if date else ""],
            [t("pdf_sources", lang), t("pdf_sources_text", lang)],
            [t("pdf_licence", lang), t("pdf_licence_text", lang)],
        ],
    }


def _fonts() -> list[str]:
    """The folders of Noto Sans CJK SC regular and bold; Typst sees no other font (but its own
    monospace, for code), so the PDF cannot depend on what else the machine has.

    Raises:
        fonts.FontMissingError: a weight is missing.
    """
    from . import fonts

    return sorted({str(Path(fonts.face(w)[0]).parent) for w in fonts.WEIGHTS})


def typeset(edition: Path, lang: str, text: str) -> bytes:
    """One edition's PDF from its `body`, compiled in a scratch folder inside the edition (the
    figures' root)."""
    import typst

    scratch = edition / SCRATCH
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir()
    try:
        (scratch / "meta.json").write_text(json.dumps(meta(lang), ensure_ascii=False), "utf-8")
        (scratch / "body.typ").write_text(text, encoding="utf-8")
        (scratch / "cite.typ").write_text(_cite(lang), encoding="utf-8")
        shutil.copyfile(DESIGN, scratch / "main.typ")
        return typst.compile(
            str(scratch / "main.typ"),
            root=str(edition),
            font_paths=_fonts(),
            ignore_system_fonts=True,
        )
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _cite(lang: str) -> str:
    import pypandoc

    return pypandoc.convert_text(
        landing.citation(lang), "typst", format="html", extra_args=["--wrap=none"]
    )


def typesettable(site: Path | None, langs=None) -> list[tuple[str, Path]]:
    """(lang, folder) of each edition of the site (of `langs`, if given) to typeset."""
    site = (site or paths.outputs() / "site").resolve()
    return [
        (lang, site / layout.EDITION[lang])
        for lang in (langs or layout.EDITION)
        if (site / layout.EDITION[lang] / "index.html").exists()
    ]


def bodies(site: Path | None = None, langs=None) -> list[str]:
    """Each edition's `body`, in forked processes: parsing its pages holds the GIL. Call it
    before this process starts threads of its own (see `forks.each`)."""
    return forks.each(body, [(folder, lang) for lang, folder in typesettable(site, langs)])


def build(site: Path | None = None, langs=None, texts: list[str] | None = None) -> list[Path]:
    """Typeset outputs/report.<lang>.pdf for every edition of the site, and add it to the site.

    Args:
        texts: the editions' `bodies`, when already made.
    Raises:
        fonts.FontMissingError: Noto Sans CJK SC is not installed.
    """
    found = typesettable(site, langs)
    if not found:
        return []
    texts = bodies(site, langs) if texts is None else texts
    with ThreadPoolExecutor(max(1, len(found))) as pool:  # Typst releases the GIL
        typeset_pdfs = list(pool.map(typeset, *zip(*[(f, lang) for lang, f in found]), texts))
    out = []
    for (lang, edition), pdf in zip(found, typeset_pdfs):
        target = paths.outputs() / f"report.{lang}.pdf"
        for path in (target, edition / target.name):
            with atomic_path(path) as tmp:  # a full disk leaves no truncated PDF
                tmp.write_bytes(pdf)
        out.append(target)
    return out


# The numbers Typst gives figures and tables (图2-1 / Figure 2.1), as pdftotext reads them.
LABELS = {
    "zh": {
        "figure": re.compile(r"图\s?(\d+|[A-Z])-(\d+)"),
        "table": re.compile(r"表\s?(\d+|[A-Z])-(\d+)"),
    },
    "en": {
        "figure": re.compile(r"Figure\s(\d+|[A-Z])\.(\d+)"),
        "table": re.compile(r"Table\s(\d+|[A-Z])\.(\d+)"),
    },
}


def site_numbers(pages: list[Path], lang: str) -> dict[str, set[str]]:
    """The numbers the site's chapter pages give their figures and tables (exhibits.py), as
    the PDF must print them: 表2-1 / Table 2.1, and 表B-1 / Table B.1 for a ledger's.

    Read from the pages' HTML as the site writes it, not parsed: the check runs beside
    Chromium's visit of the same pages."""
    found = {"figure": set(), "table": set()}
    for page in pages:
        html = page.read_text(encoding="utf-8")
        main = html[html.find("<main") : html.rfind("</main>")]
        for text in re.findall(r'<span class="exhibit-number[^"]*">([^<]*)</span>', main):
            for kind, label in LABELS[lang].items():
                found[kind] |= {"-".join(m) for m in label.findall(text)}
    return found


APPENDIX = {"zh": re.compile(r"附录\s?([A-Z])"), "en": re.compile(r"Appendix ([A-Z])\b")}


def stray_letters(text: str, lang: str) -> list[str]:
    """Exhibits numbered after an appendix the PDF does not have (表J-1 under 附录A…G): an
    appendix's exhibits take its letter."""
    letters = set(APPENDIX[lang].findall(text))
    return [
        f"{kind} {m[0]}{'-' if lang == 'zh' else '.'}{m[1]} under no appendix {m[0]}"
        for kind, label in LABELS[lang].items()
        for m in sorted(set(label.findall(text)))
        if m[0].isalpha() and m[0] not in letters
    ]


LEADER = re.compile(r"(?:\s?\.){3,}\s*\u2060?(\d+)")  # a list entry's dots and page number


def listed_pages(text: str, lang: str) -> dict[tuple, int]:
    """Each exhibit's page as the lists of figures and tables give it: (kind, chapter or
    appendix letter, number) → page. The text names an exhibit in its references too, so
    the lists, which know where each caption went, floats included, are what counts.
    pdftotext reads a list's numbers first, then its entries with their pages, in order."""
    found: dict[tuple, int] = {}
    heads = {  # a list's heading is its title right before its first number
        kind: [
            m.end()
            for m in re.finditer(rf"{labels.t(f'pdf_{kind}s', lang)}\s*(?={p.pattern})", text)
        ]
        for kind, p in LABELS[lang].items()
    }
    for kind, label in LABELS[lang].items():
        if not heads[kind]:
            continue
        start = heads[kind][0]  # later ones are the running heads of its next pages
        after = [hs[0] for hs in heads.values() if hs and hs[0] > start]
        section = text[start : min(after, default=len(text))]
        numbers, pages = label.findall(section), LEADER.findall(section)
        if len(numbers) != len(pages):
            raise ValueError(
                f"the list of {kind}s reads {len(numbers)} numbers, {len(pages)} pages"
            )
        for (part, n), page in zip(numbers, pages):
            found[kind, part, int(n)] = int(page)
    return found


def out_of_order(text: str, lang: str) -> list[str]:
    """Exhibits printed before one they follow (图4-4 on a page before 图4-3): a float that
    overtook the flow. Pages as the lists give them (`listed_pages`); `text` is pdftotext's."""
    pages = listed_pages(text, lang)
    sep = "-" if lang == "zh" else "."
    return [
        f"{kind} {part}{sep}{n + 1} printed before {part}{sep}{n}"
        for (kind, part, n), page in sorted(pages.items())
        if pages.get((kind, part, n + 1), page) < page
    ]


def numbered(text: str, lang: str) -> dict[str, set[str]]:
    """The distinct figure and table numbers (图2-1 → "2-1") a PDF's text holds (each is
    printed at least twice: in its list and at the exhibit)."""
    return {
        kind: {"-".join(m) for m in label.findall(text)} for kind, label in LABELS[lang].items()
    }


def check(site: Path | None = None, notes: list | None = None) -> list[str]:
    """Every chapter's title in each PDF's text (pdftotext), every font embedded and none of
    them Type 3 (pdffonts); the PDF's figures and tables numbered as the site's pages number
    them (`notes` gets what was counted).

    Returns:
        Problems found; an empty list means the PDFs are sound.
    Raises:
        FileNotFoundError: poppler-utils is not installed.
    """
    import subprocess

    if shutil.which("pdftotext") is None or shutil.which("pdffonts") is None:
        raise FileNotFoundError("pdftotext/pdffonts missing: apt-get install poppler-utils")
    problems = []
    for lang, pdf, pages in _editions(site):
        if not pdf.exists():
            problems.append(f"{pdf.name}: missing")
            continue
        text = _text(pdf)
        flat = _flat(text)
        want, got = site_numbers(pages, lang), numbered(text, lang)
        if notes is not None:
            notes.append(
                f"{pdf.name}: {len(got['figure'])} figures and {len(got['table'])} tables numbered"
            )
        for k in want:
            if got[k] != want[k]:
                problems.append(
                    f"{pdf.name}: {k}s numbered differently from the site's pages: only on the"
                    f" site {sorted(want[k] - got[k])[:6]}, only in the PDF"
                    f" {sorted(got[k] - want[k])[:6]}"
                )
        problems += [f"{pdf.name}: {e}" for e in stray_letters(text, lang)]
        problems += [f"{pdf.name}: {e}" for e in out_of_order(text, lang)]
        said = sorted(set(present.machinery(text)))  # the site's .no-print parts stay out
        if said:
            problems.append(f"{pdf.name}: names files or downloads: {', '.join(said[:6])}")
        odd = sorted(set(present.calques(text) if lang == "en" else []))
        if odd:
            problems.append(f"{pdf.name}: English written the Chinese way: {', '.join(odd[:6])}")
        for page in pages:
            title = _chapter_title(page)
            if _flat(title) not in flat:
                problems.append(f"{pdf.name}: chapter {page.stem} ({title}) not in the text")
        fonts = subprocess.run(
            ["pdffonts", str(pdf)],
            capture_output=True,
            check=True,
            text=True,
            timeout=POPPLER_TIMEOUT,
        ).stdout.splitlines()[2:]
        problems += [f"{pdf.name}: font not embedded: {f}" for f in fonts if f.split()[-5] != "yes"]
        problems += [
            f"{pdf.name}: Type 3 font (a glyph outside the subset?): {f}"
            for f in fonts
            if "Type 3" in f
        ]
    return problems


def layout_notes(site: Path | None = None) -> list[str]:
    """Pages of each PDF more than a third blank but a chapter's last (`blank_pages`): a figure
    too tall for what is left of its page. Reported, and held to a ceiling by tests/site, until
    the figures are drawn to fit."""
    notes = []
    for lang, pdf, pages in _editions(site):
        if not pdf.exists():
            continue
        titles = [_flat(_chapter_title(p)) for p in pages]
        titles += [
            _flat(labels.t("pdf_appendix_title", lang, title=_short(_chapter_title(p))))
            for p in pages
        ]
        titles += [_flat(labels.t(k, lang)) for k in ("errata", "pdf_figures", "pdf_tables")]
        notes += [f"{pdf.name}: {n}" for n in blank_pages(pdf, _text(pdf).split("\f"), titles)]
    return notes


def _editions(site: Path | None):
    """(lang, its PDF, its chapter pages) of each edition that has chapters."""
    site = site or paths.outputs() / "site"
    for lang, sub in layout.EDITION.items():
        chapters = _chapters(site / sub)
        if chapters:
            yield lang, paths.outputs() / f"report.{lang}.pdf", chapters


def _chapter_title(page: Path) -> str:
    """A chapter page's title without the site's "01 · ": Typst numbers the chapters itself."""
    return CHAPTER_NUMBER.sub("", _title(page))


def _text(pdf: Path) -> str:
    """A PDF's text (pdftotext), pages separated by form feeds; extracted once per version of
    the file (the check and the layout notes both read it)."""
    st = pdf.stat()
    return _extracted(str(pdf), st.st_size, st.st_mtime_ns)


@functools.lru_cache(maxsize=4)
def _extracted(pdf: str, size: int, mtime_ns: int) -> str:
    import subprocess

    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", pdf, "-"],
        capture_output=True,
        check=True,
        timeout=POPPLER_TIMEOUT,
    ).stdout.decode()


def _title(page: Path) -> str:
    import html

    return html.unescape(re.search(r"<title>(.*?)</title>", page.read_text()).group(1))


# The PDF sets straight quotes as typographic ones (typeset.lua); a title is found either way.
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text).translate(_QUOTES)


# A chapter's number as typeset.typ sets it (12, 附录A, Appendix A), or none (the front chapter).
NUMBERED = r"(?:\d{1,2}|附录[A-Z]|Appendix[A-Z])?"
# A page whose text ends this far above its foot is "more than a third blank".
BLANK = 1 / 3


def blank_pages(pdf: Path, texts: list[str], titles: list[str]) -> list[str]:
    """Pages of the body more than a third blank, but for a chapter's last page (the next page
    opens a chapter or a list of exhibits with its title) and the document's last.

    Measured on a 24 dpi greyscale rendering: the lowest dark row above the footer.
    """
    import subprocess
    import tempfile

    import numpy as np
    from PIL import Image

    def opens_chapter(text: str) -> bool:
        """The page begins with a chapter's title, after its number (12) if any."""
        head = _flat(text)
        return any(re.match(rf"^{NUMBERED}{re.escape(t)}", head) for t in titles if t)

    starts = [i for i, t in enumerate(texts) if opens_chapter(t)]
    if not starts:
        return ["no chapter opens a page"]
    found = []
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            ["pdftoppm", "-r", "24", "-gray", str(pdf), f"{tmp}/p"],
            check=True,
            timeout=POPPLER_TIMEOUT,
        )
        images = sorted(Path(tmp).glob("p-*.pgm"))
        for i, image in enumerate(images):
            if i < starts[0] or i + 1 >= len(images) or i + 1 in starts:
                continue  # front matter, the last page, a chapter's last page
            with Image.open(image) as im:
                grey = np.asarray(im)
            body = range(int(grey.shape[0] * 0.06), int(grey.shape[0] * 0.92))  # head to foot
            dark = np.flatnonzero((grey[body.start : body.stop] < 160).any(axis=1))
            end = dark[-1] if dark.size else 0
            if 1 - end / len(body) > BLANK:
                found.append(f"page {i + 1} is {1 - end / len(body):.0%} blank")
    return found
