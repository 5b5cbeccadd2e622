"""The reproduced report as a static website, built from the executed notebooks.

nbconvert's `basic` template turns each executed notebook into HTML with no scripts and no
external resources (the site must work offline and load without console errors); we wrap it
in a small page of our own. The Chinese edition is the site's root, the English one lives in
`en/`. The gallery links every figure to the notebook cell that saved it (an anchor that
`plots.save` leaves in the cell's output) and to the data it was drawn from.
"""

import html
import os
import re
import shutil
from pathlib import Path

import pandas as pd

from .. import labels, paths

CSS = """body{font-family:"Noto Sans CJK SC","Noto Sans SC",sans-serif;max-width:1100px;
margin:auto;padding:1rem 2rem;color:#222;line-height:1.5}nav{margin-bottom:1rem}
nav a{margin-right:1rem}img{max-width:100%}table{border-collapse:collapse;font-size:.85rem}
td,th{border:1px solid #ddd;padding:2px 6px}.gallery figure{display:inline-block;width:48%;
vertical-align:top;margin:0 1% 1.5rem 0}figcaption{font-size:.85rem}
.jp-InputArea,.input_area,pre{background:#f7f7f7;overflow-x:auto}"""
EDITION = {"zh": "", "en": "en/"}


def _root(lang: str) -> str:
    """Relative path from an edition's pages to the site root."""
    return "../" if EDITION[lang] else ""


def page(title: str, body: str, lang: str, editions=labels.LANGS) -> str:
    """A page of one edition; it links to the other edition only if that one is built."""
    other = "en" if lang == "zh" else "zh"
    switch = (
        f'<a href="{_root(lang)}{EDITION[other]}index.html">{labels.t("site_other", lang)}</a>'
        if other in editions
        else ""
    )
    nav = (
        f'<nav><a href="index.html">{labels.t("site_home", lang)}</a>'
        f'<a href="gallery.html">{labels.t("site_gallery", lang)}</a>'
        f'<a href="errata.html">{labels.t("site_errata", lang)}</a>{switch}</nav>'
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f'<title>{html.escape(title)}</title><link rel="icon" href="data:,">'
        f"<style>{CSS}</style></head>"
        f"<body>{nav}{body}</body></html>\n"
    )


def _title(nb) -> str:
    for cell in nb.cells:
        if cell.cell_type == "markdown" and cell.source.startswith("# "):
            return cell.source.splitlines()[0][2:].strip()
    return "?"


def _sources_of(fig_id: str) -> list[str]:
    """Data tables holding rows of this figure or table (by their `item` provenance)."""
    from .. import data

    return [
        res["path"]
        for res in data.package()["resources"]
        if any(f["name"] == "item" for f in res["schema"]["fields"])
        and (data.load(res["name"])["item"] == fig_id).any()
    ]


def _figures(lang: str, chapters: dict) -> list[dict]:
    """Every figure of this language, the chapter whose output holds its anchor, its data."""
    out = []
    for png in sorted(paths.figures().glob(f"*.{lang}.png")):
        fig_id = png.name.split(".")[0]
        anchor = f"fig-{fig_id}-{lang}"
        chapter = next((name for name, text in chapters.items() if anchor in text), None)
        out.append(
            {
                "id": fig_id,
                "png": png,
                "anchor": anchor,
                "chapter": chapter,
                "data": _sources_of(fig_id),
            }
        )
    return out


def _edition(lang: str, target: Path, editions) -> None:
    import nbformat
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="basic")
    target.mkdir(parents=True, exist_ok=True)
    for sub, src, pattern in (
        ("figures", paths.figures(), f"*.{lang}.png"),
        ("tables", paths.tables(), "*.csv"),
        ("data", paths.DATA, "*.csv"),
    ):
        (target / sub).mkdir(exist_ok=True)
        for f in sorted(src.glob(pattern)):
            shutil.copyfile(f, target / sub / f.name)
    executed = sorted((paths.executed() / lang).glob("*.ipynb"))
    texts, items = {}, []
    for nb_path in executed:
        nb = nbformat.read(nb_path, as_version=4)
        body, _ = exporter.from_notebook_node(nb)
        (target / f"{nb_path.stem}.html").write_text(
            page(_title(nb), body, lang, editions), encoding="utf-8"
        )
        texts[nb_path.stem] = nb_path.read_text(encoding="utf-8")
        items.append(f'<li><a href="{nb_path.stem}.html">{html.escape(_title(nb))}</a></li>')
    index = (
        f"<h1>{labels.t('site_title', lang)}</h1><p>{labels.t('site_intro', lang)}</p>"
        f"<ol>{''.join(items)}</ol>"
    )
    (target / "index.html").write_text(
        page(labels.t("site_title", lang), index, lang, editions), encoding="utf-8"
    )
    cards = []
    for f in _figures(lang, texts):
        links = (
            [f'<a href="{f["chapter"]}.html#{f["anchor"]}">{labels.t("site_cell", lang)}</a>']
            if f["chapter"]
            else []
        )
        if (paths.tables() / f"{f['id']}.csv").exists():
            links.append(f'<a href="tables/{f["id"]}.csv">{f["id"]}.csv</a>')
        links += [f'<a href="data/{t}">data/{t}</a>' for t in f["data"]]
        cards.append(
            f'<figure id="{f["id"]}"><img src="figures/{f["png"].name}" '
            f'alt="{f["id"]}"><figcaption><b>{f["id"]}</b> · {" · ".join(links)}'
            f"</figcaption></figure>"
        )
    gallery = (
        f'<h1>{labels.t("site_gallery", lang)}</h1><div class="gallery">{"".join(cards)}</div>'
    )
    (target / "gallery.html").write_text(
        page(labels.t("site_gallery", lang), gallery, lang, editions), encoding="utf-8"
    )
    errata_csv = paths.tables() / "errata.csv"
    table = (
        pd.read_csv(errata_csv, keep_default_na=False).to_html(index=False)
        if errata_csv.exists()
        else ""
    )
    (target / "errata.html").write_text(
        page(
            labels.t("site_errata", lang),
            f"<h1>{labels.t('site_errata', lang)}</h1>{table}",
            lang,
            editions,
        ),
        encoding="utf-8",
    )


def build() -> Path:
    """Build outputs/site (zh at the root, en in en/) from every language executed so far.

    The new site replaces the old one atomically.
    """
    site = paths.outputs() / "site"
    new, old = site.with_name(".site-new"), site.with_name(".site-old")
    shutil.rmtree(new, ignore_errors=True)
    editions = [lang for lang in labels.LANGS if any((paths.executed() / lang).glob("*.ipynb"))]
    for lang in editions:
        _edition(lang, new / EDITION[lang], editions)
    if site.exists():
        os.replace(site, old)
    os.replace(new, site)
    shutil.rmtree(old, ignore_errors=True)
    return site


def internal_links(page_html: str) -> list[str]:
    """Relative hrefs and srcs of a page (what must resolve inside the site)."""
    refs = re.findall(r'(?:href|src)="([^"]+)"', page_html)
    return [r for r in refs if not re.match(r"^[a-z]+:", r)]


def check(site: Path, screenshot: Path | None = None) -> list[str]:
    """Serve the site on localhost and open every page in headless Chromium.

    Returns:
        Problems found: console errors, images of zero natural size, internal links (and
        #anchors) that do not resolve. An empty list means the site is sound.
    Raises:
        FileNotFoundError: no Chromium is installed.
    """
    import functools
    import http.server
    import threading

    from . import browser

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Quiet, directory=str(site))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    problems = []
    try:
        with browser.chromium() as tab:
            for path in sorted(site.rglob("*.html")):
                rel = path.relative_to(site).as_posix()
                tab.goto(base + rel)
                problems += [f"{rel}: console error: {e}" for e in tab.errors]
                broken = tab.js(
                    "[...document.images].filter(i => !(i.naturalWidth > 0))"
                    ".map(i => i.getAttribute('src'))"
                )
                problems += [f"{rel}: image does not render: {b}" for b in broken or []]
                for ref in internal_links(path.read_text(encoding="utf-8")):
                    target, _, frag = ref.partition("#")
                    file = (path.parent / target).resolve() if target else path
                    if not file.is_relative_to(site.resolve()) or not file.is_file():
                        problems.append(f"{rel}: broken link {ref}")
                    elif frag and f'id="{frag}"' not in file.read_text(errors="ignore"):
                        problems.append(f"{rel}: missing anchor {ref}")
            if screenshot is not None:
                tab.goto(
                    base + ("index.html" if (site / "index.html").exists() else "en/index.html")
                )
                tab.screenshot(screenshot)
    finally:
        server.shutdown()
    return problems
