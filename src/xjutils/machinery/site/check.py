"""The site as a reader sees it, checked in headless Chromium.

What is checked is what went wrong before: code shown to readers, a chart drawn twice, images
without alt text (or nbconvert's placeholder), a Chinese page in English or the reverse, a
language link that lands elsewhere than the same page, links and anchors that do not resolve,
console errors, images that do not render; and in the text and tables a reader meets, the data's
ids and codes (fig01.gmv.2020, 100m_yuan, reproduced) and, on English pages, the report's
Chinese designators (一(一), 表1, 图23), captions included. Chapters whose tables go through
`xjutils.present` fail on those; other pages (a chapter not yet converted, the landing pages)
get notes. And every exhibit a chapter shows is captioned (`captions`): the PDF numbers and
lists a table only when it has one; and referred to from its text by number (`references`).
"""

import re
from pathlib import Path

from ... import present
from .layout import EDITION, is_chapter

PLACEHOLDER = "No description has been provided for this image"
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
LATIN = re.compile(r"[A-Za-z]")
# Share of CJK characters among letters in a page's prose: above for zh, below for en.
ZH_MIN, EN_MAX = 0.5, 0.15

PROBE = """(() => {
  const visible = e => !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length);
  const code = [...document.querySelectorAll(
      '.input_area, .jp-InputArea, div.input, .highlight, pre')].filter(visible).length;
  const srcs = [...document.images].map(i => i.currentSrc || i.src);
  const twice = srcs.filter((s, i) => srcs.indexOf(s) !== i);
  const noalt = [...document.images].filter(i => !i.alt || i.alt === PLACEHOLDER)
      .map(i => i.getAttribute('src').slice(0, 80));
  const broken = [...document.images].filter(i => !(i.naturalWidth > 0))
      .map(i => i.getAttribute('src').slice(0, 80));
  const prose = [...document.querySelectorAll('main p, main li, main figcaption')].map(p => {
      const c = p.cloneNode(true);
      c.querySelectorAll('code, .meta, [lang]').forEach(x => x.remove());
      return c.textContent; }).join(' ');
  const read = [...document.querySelectorAll(
      'main h1, main h2, main h3, main p, main li, main figcaption, main caption, main td,'
      + ' main th')]
      .filter(e => !e.querySelector('p, li, td, th')).map(e => {
      const c = e.cloneNode(true);
      c.querySelectorAll('code, [lang]').forEach(x => x.remove());
      return c.textContent; });
  // what the printed edition shows (the PDF drops .no-print): code spans and paths in it are
  // the machinery's words, not the reader's
  const printed = [...document.querySelectorAll(
      'main h1, main h2, main h3, main p, main li, main figcaption, main caption, main td')]
      .filter(e => !e.closest('.no-print') && !e.querySelector('p, li, td'));
  const spans = printed.flatMap(e => [...e.querySelectorAll('code')])
      .map(c => c.textContent.slice(0, 60));
  const printedText = printed.map(e => e.textContent);
  const cut = [...document.querySelectorAll('main td')]
      .filter(td => td.textContent.endsWith('...')).length;
  const sw = document.querySelector('a.lang-switch');
  return {code, twice, noalt, broken, prose, read, cut, spans, printedText,
          switchTo: sw ? sw.href : null,
          tagged: (document.querySelector('meta[name=xj-lang-tagged]') || {}).content || 'yes',
          withCode: (document.querySelector('meta[name=xj-code]') || {}).content || 'no',
          tables: (document.querySelector('meta[name=xj-tables]') || {}).content || 'raw',
          lang: document.documentElement.lang};
})()""".replace("PLACEHOLDER", repr(PLACEHOLDER))


def captions(site: Path) -> tuple[list[str], str]:
    """Every table of the chapters' reader pages with a <caption>, every figure with a
    <figcaption>, neither empty: every exhibit of the edition is numbered and captioned.

    Returns:
        Problems found, and a line saying what was examined.
    """
    from bs4 import BeautifulSoup

    problems, tables, figures, pages = [], 0, 0, 0
    for sub in EDITION.values():
        for path in sorted((site / sub).glob("*.html")):
            if not is_chapter(path.name):
                continue
            pages += 1
            rel = path.relative_to(site).as_posix()
            main = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").main
            for i, table in enumerate(main.find_all("table") if main else [], 1):
                tables += 1
                if table.caption is None or not table.caption.get_text(strip=True):
                    head = " | ".join(th.get_text(strip=True) for th in table.find_all("th")[:3])
                    problems.append(
                        f"{rel}: table {i} has no caption" + (f" ({head} …)" * bool(head))
                    )
            for figure in main.find_all("figure") if main else []:
                figures += 1
                if figure.figcaption is None or not figure.figcaption.get_text(strip=True):
                    problems.append(f"{rel}: figure {figure.get('id', '?')} has no caption")
    examined = f"captions: {tables} tables and {figures} figures on {pages} chapter pages examined"
    return problems, examined


def references(site: Path) -> tuple[list[str], str]:
    """Every exhibit in a chapter's text referred to from that text by its number (a link
    `exhibits.py` resolved). An exhibit in a ledger section is exempt: the chapter names its
    appendix as a whole, and the appendix is where a reader looks for the item-by-item checks.

    Returns:
        Problems found, and a line saying what was examined.
    """
    from bs4 import BeautifulSoup

    from . import exhibits

    problems, pages = [], 0
    for sub in EDITION.values():
        for path in sorted((site / sub).glob("*.html")):
            if not is_chapter(path.name) or path.name.endswith(".code.html"):
                continue
            pages += 1
            rel = path.relative_to(site).as_posix()
            main = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").main
            problems += [
                f"{rel}: {what} is not referred to from the text"
                for what in (exhibits.unreferenced(main) if main else [])
            ]
    return problems, f"references: every exhibit in the text of {pages} chapter pages examined"


def internal_links(page_html: str) -> list[str]:
    """Relative hrefs and srcs of a page (what must resolve inside the site)."""
    refs = re.findall(r'(?:href|src)="([^"]+)"', page_html)
    return [r for r in refs if not re.match(r"^[a-z]+:", r)]


def cjk_share(text: str) -> float:
    """CJK characters among CJK characters and Latin letters (0 when there are none)."""
    cjk, latin = len(CJK.findall(text)), len(LATIN.findall(text))
    return cjk / (cjk + latin) if cjk + latin else 0.0


def _words(texts: list[str], lang: str, ids: bool = True) -> list[str]:
    """What a reader of `lang` should not meet in a page's text and tables: ids and codes of
    data/, and on English pages the report's Chinese designators and Chinese-style English."""
    found = []
    ids = sorted({i for t in texts for i in present.internal_ids(t)}) if ids else []
    if ids:
        found.append(f"internal ids or codes shown to readers: {', '.join(ids[:8])}")
    if lang == "en":
        marks = sorted({d for t in texts for d in present.designators(t)})
        if marks:
            found.append(f"Chinese designators in English text: {', '.join(marks[:8])}")
        odd = sorted({d for t in texts for d in present.calques(t)})
        if odd:
            found.append(f"English written the Chinese way: {', '.join(odd[:8])}")
    return found


def printed_words(texts: list[str], spans: list[str]) -> list[str]:
    """Code spans, file paths and pointers to what the PDF lacks in a page's printed text."""
    found = []
    if spans:
        found.append(f"code in printed text: {', '.join(sorted(set(spans))[:6])}")
    paths = sorted({m for t in texts for m in present.machinery(t)})
    if paths:
        found.append(f"files or downloads named in printed text: {', '.join(paths[:6])}")
    return found


def _links(path: Path, site: Path, rel: str) -> list[str]:
    problems = []
    for ref in internal_links(path.read_text(encoding="utf-8")):
        target, _, frag = ref.partition("#")
        file = (path.parent / target).resolve() if target else path
        if not file.is_relative_to(site.resolve()) or not file.is_file():
            problems.append(f"{rel}: broken link {ref}")
        elif frag and f'id="{frag}"' not in file.read_text(errors="ignore"):
            problems.append(f"{rel}: missing anchor {ref}")
    return problems


def _page(tab, base: str, path: Path, site: Path) -> tuple[list[str], list[str]]:
    """Problems and notes of one page, opened in `tab`."""
    problems, notes = [], []
    rel = path.relative_to(site).as_posix()
    tab.goto(base + rel)
    problems += [f"{rel}: console error: {e}" for e in tab.errors]
    r = tab.js(PROBE)
    if r["code"] and r["withCode"] != "yes":
        problems.append(f"{rel}: {r['code']} code block(s) visible")
    problems += [f"{rel}: image shown twice: {s[:80]}" for s in sorted(set(r["twice"]))]
    problems += [f"{rel}: image without alt text: {s}" for s in r["noalt"]]
    problems += [f"{rel}: image does not render: {b}" for b in r["broken"]]
    share = cjk_share(r["prose"])
    wrong = share < ZH_MIN if r["lang"] == "zh" else share > EN_MAX
    wrong = wrong and len(CJK.findall(r["prose"]) + LATIN.findall(r["prose"])) >= 20
    if wrong and r["tagged"] == "yes":
        problems.append(f"{rel}: {r['lang']} page, CJK share of prose {share:.2f}")
    elif wrong:
        notes.append(f"{rel}: narrative not yet split into lang-zh/lang-en cells")
    if r["withCode"] != "yes":
        # the data dictionary documents the codes: it names them
        found = _words(r["read"], r["lang"], ids=path.name != "dictionary.html")
        (problems if r["tables"] == "presented" else notes).extend(f"{rel}: {f}" for f in found)
        if is_chapter(path.name) or path.name == "index.html":  # the pages the PDF prints
            problems += [f"{rel}: {f}" for f in printed_words(r["printedText"], r["spans"])]
    if r["cut"]:  # pandas' display limits; only the kernel can lift them
        notes.append(f"{rel}: {r['cut']} table cell(s) still truncated by pandas")
    if r["switchTo"] is not None:
        other = "en" if r["lang"] == "zh" else "zh"
        same = ("en/" if other == "en" else "") + path.name
        if r["switchTo"] != base + same:
            problems.append(f"{rel}: language link goes to {r['switchTo']}")
    return problems, notes


def broken_links(site: Path) -> list[str]:
    """Every page's links and anchors that do not resolve inside the site."""
    site = site.resolve()
    pages = sorted(site.rglob("*.html"))
    return [p for path in pages for p in _links(path, site, path.relative_to(site).as_posix())]


def check(
    site: Path, shots: Path | None = None, notes: list | None = None, links: bool = True
) -> list[str]:
    """Serve the site on localhost and open every page in headless Chromium (two tabs, side
    by side; the findings are reported in page order), then follow its links.

    Args:
        shots: folder for screenshots of both landing pages and one chapter per language.
        notes: collects chapters whose notebook has no lang-tagged narrative yet (their
            language is not checked: there is nothing to choose from), table cells
            pandas truncated that could not be restored from the data, and what the caption
            check examined.
        links: False leaves `broken_links` to the caller (the PDFs the site links to may
            still be being typeset).
    Returns:
        Problems found; an empty list means the site is sound.
    Raises:
        FileNotFoundError: no Chromium is installed.
    """
    import functools
    import http.server
    import threading
    from concurrent.futures import ThreadPoolExecutor

    from .. import browser

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Quiet, directory=str(site))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    problems = []
    site = site.resolve()
    notes = [] if notes is None else notes
    pages = sorted(site.rglob("*.html"))
    for found, examined in (captions(site), references(site)):
        problems += found
        notes.append(examined)
    try:
        with browser.tabs(2) as tabs, ThreadPoolExecutor(len(tabs)) as pool:

            def visit(tab, share):
                return {p: _page(tab, base, p, site) for p in share}

            found: dict = {}
            for part in pool.map(visit, tabs, [pages[i :: len(tabs)] for i in range(len(tabs))]):
                found.update(part)
            for path in pages:
                problems += found[path][0]
                notes += found[path][1]
            if shots is not None:
                tab = tabs[0]
                shots.mkdir(parents=True, exist_ok=True)
                chapter = sorted(p.name for p in site.glob("*.html") if is_chapter(p.name))[:1]
                for lang, prefix in (("zh", ""), ("en", "en/")):
                    for kind, name in [("index", "index.html")] + [("chapter", c) for c in chapter]:
                        if (site / prefix / name).exists():
                            tab.goto(base + prefix + name)
                            tab.screenshot(shots / f"site-{kind}.{lang}.png")
    finally:
        server.shutdown()
    return problems + (broken_links(site) if links else [])
