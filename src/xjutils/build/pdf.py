"""The PDF edition of each language, printed by Chromium from the site's own pages.

One renderer for both editions: the landing page's headline numbers, findings and citation,
then every chapter, laid out by the site's print styles and printed with DevTools'
`Page.printToPDF`, in fonts of its own (`fonts`: TrueType subsets, never Type 3). Two prints of
the same pages differ only in /CreationDate and /ModDate; both are set to the release date
(last commit, or SOURCE_DATE_EPOCH) with the same byte length, so the cross-reference table
stays valid and two builds are byte-identical.
"""

import base64
import re
import shutil
from pathlib import Path

from .. import paths
from ..atomic import atomic_path
from .site import landing, layout

FOOTER = (
    '<div style="font-size:8px;width:100%;text-align:center;color:#666">'
    '<span class="pageNumber"></span> / <span class="totalPages"></span></div>'
)
FONTS = "<!-- fonts -->"  # where `build` puts the @font-face rules
DATE = re.compile(rb"/(CreationDate|ModDate) \(D:\d{14}[^)]*\)")


def document(site: Path, lang: str) -> tuple[str, str]:
    """One HTML document: the landing page and every chapter (the print styles hide what is
    only for the screen: navigation, downloads, the with-code links).

    Returns:
        The document with a `FONTS` placeholder in its head, and its text (for `fonts.css`).
    """
    import html

    edition = site / layout.EDITION[lang]
    pages = ["index.html"] + sorted(
        p.name for p in edition.glob("*.html") if layout.is_chapter(p.name)
    )
    parts = []
    for name in pages:
        page = (edition / name).read_text(encoding="utf-8")
        parts.append(page[page.index("<main>") + len("<main>") : page.rindex("</main>")])
    head = (edition / "index.html").read_text(encoding="utf-8").split("</head>")[0]
    body = "".join(parts)
    text = html.unescape(re.sub(r"<[^>]+>", "", head + body))
    return f"{head}{FONTS}</head><body><main>{body}</main></body></html>\n", text


def normalise(pdf: bytes, date: str | None) -> bytes:
    """Chromium's creation and modification dates replaced by the release date, same length."""
    stamp = (date or "2024-02-01").replace("-", "")

    def fixed(m: re.Match) -> bytes:
        old = m.group(0)
        new = b"/" + m.group(1) + f" (D:{stamp}000000+00'00')".encode()
        return new if len(new) == len(old) else old[: len(old) - len(new)] + new

    return DATE.sub(fixed, pdf)


def _print(tab, doc: Path) -> bytes:
    tab.goto(doc.as_uri())
    data = tab.call(
        "Page.printToPDF",
        printBackground=True,
        preferCSSPageSize=True,
        displayHeaderFooter=True,
        headerTemplate="<span></span>",
        footerTemplate=FOOTER,
        generateTaggedPDF=True,
        generateDocumentOutline=True,
    )["data"]
    return base64.b64decode(data)


def build(site: Path | None = None, langs=None) -> list[Path]:
    """Print outputs/report.<lang>.pdf for every edition of the site, and add it to the site.

    Both editions share one font subset (the union of their texts) and print side by side,
    each in its own tab.

    Raises:
        FileNotFoundError: no Chromium is installed.
        fonts.FontMissingError: Noto Sans CJK SC is not installed.
    """
    from concurrent.futures import ThreadPoolExecutor

    from . import browser, fonts

    site = (site or paths.outputs() / "site").resolve()
    langs = [
        lang
        for lang in (langs or layout.EDITION)
        if (site / layout.EDITION[lang] / "index.html").exists()
    ]
    _, date = landing.release()
    docs = {lang: document(site, lang) for lang in langs}
    style = fonts.css("".join(text for _, text in docs.values()))
    files = {lang: site / layout.EDITION[lang] / ".print.html" for lang in langs}
    out = []
    try:
        for lang, (doc, _) in docs.items():
            files[lang].write_text(doc.replace(FONTS, style, 1), encoding="utf-8")
        with browser.tabs(len(langs)) as tabs, ThreadPoolExecutor(len(langs)) as pool:
            printed = list(pool.map(_print, tabs, files.values()))
    finally:
        for f in files.values():
            f.unlink(missing_ok=True)
    for lang, pdf in zip(langs, printed):
        target = paths.outputs() / f"report.{lang}.pdf"
        pdf = normalise(pdf, date)
        for path in (target, site / layout.EDITION[lang] / target.name):
            with atomic_path(path) as tmp:  # a full disk leaves no truncated PDF
                tmp.write_bytes(pdf)
        out.append(target)
    return out


def check(site: Path | None = None) -> list[str]:
    """Every chapter's title in each PDF's text (pdftotext), every font embedded and none of
    them Type 3 (pdffonts).

    Returns:
        Problems found; an empty list means the PDFs are sound.
    Raises:
        FileNotFoundError: poppler-utils is not installed.
    """
    import html
    import subprocess

    if shutil.which("pdftotext") is None or shutil.which("pdffonts") is None:
        raise FileNotFoundError("pdftotext/pdffonts missing: apt-get install poppler-utils")
    site = site or paths.outputs() / "site"
    problems = []
    for lang, sub in layout.EDITION.items():
        chapters = sorted(p for p in (site / sub).glob("*.html") if layout.is_chapter(p.name))
        if not chapters:
            continue
        pdf = paths.outputs() / f"report.{lang}.pdf"
        if not pdf.exists():
            problems.append(f"{pdf.name}: missing")
            continue
        text = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True
        ).stdout.decode()
        flat = re.sub(r"\s+", "", text)
        for page in chapters:
            title = html.unescape(re.search(r"<title>(.*?)</title>", page.read_text()).group(1))
            if re.sub(r"\s+", "", title) not in flat:
                problems.append(f"{pdf.name}: chapter {page.stem} ({title}) not in the text")
        fonts = subprocess.run(
            ["pdffonts", str(pdf)], capture_output=True, check=True, text=True
        ).stdout.splitlines()[2:]
        problems += [f"{pdf.name}: font not embedded: {f}" for f in fonts if f.split()[-5] != "yes"]
        problems += [
            f"{pdf.name}: Type 3 font (a glyph outside the subset?): {f}"
            for f in fonts
            if "Type 3" in f
        ]
    return problems
