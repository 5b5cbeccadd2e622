"""The frame every page shares: navigation, language switch to the same page, previous/next.

Styles are inline (one small block) so a page, a saved copy of it and the PDF need nothing else;
the print rules are what the PDF edition is laid out with. Headings break only between phrases
(keep-all, balanced lines), so a title never splits （表3） or a word; a figure is at most
two thirds of a printed page high, so a heading and its figure fit below most text.
"""

import html
import re

from ... import labels

EDITION = {"zh": "", "en": "en/"}

CSS = """
body{font-family:"Noto Sans CJK SC","Noto Sans SC","Noto Sans",sans-serif;max-width:1100px;
margin:auto;padding:1rem 2rem;color:#222;line-height:1.6}
nav.top{display:flex;flex-wrap:wrap;gap:1rem;border-bottom:1px solid #ddd;padding-bottom:.5rem}
nav.top .lang-switch{margin-left:auto}nav.pager{display:flex;justify-content:space-between;
border-top:1px solid #ddd;margin-top:2rem;padding-top:.5rem}
img{max-width:100%;height:auto}a.anchor-link{visibility:hidden;text-decoration:none;
margin-left:.3rem}:hover>a.anchor-link{visibility:visible}
h1,h2,h3{text-wrap:balance;word-break:keep-all}
figure.chart{margin:1.5rem 0;text-align:center}
figcaption{font-size:.9rem;color:#444;margin-top:.3rem}
caption{caption-side:top;text-align:left;font-size:.9rem;color:#444;padding:.2rem 0}
figure.chart{position:relative}figure.chart figcaption{position:absolute;width:1px;height:1px;
overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.table-wrap{overflow-x:auto;margin:1rem 0}
.input_area{background:#f6f6f6;padding:.1rem .6rem;margin:.6rem 0;overflow-x:auto}
.input_area pre{line-height:1.35;margin:.4rem 0}
table{border-collapse:collapse;font-size:.85rem}td,th{border:1px solid #ddd;padding:2px 6px;
vertical-align:top}th{background:#f4f4f4;text-align:left}
td{font-variant-numeric:tabular-nums}td.nw,th.nw,span.nw{white-space:nowrap}td.wide{min-width:7em}
.headline{display:flex;flex-wrap:wrap;gap:1rem}.headline div{border:1px solid #ddd;
border-radius:4px;padding:.6rem 1rem;min-width:12rem}.headline b{display:block;font-size:1.6rem}
.errata li{margin-bottom:.6rem}.meta{color:#666;font-size:.85rem}
.gallery figure{display:inline-block;width:48%;vertical-align:top;margin:0 1% 1.5rem 0}
.cite{background:#f7f7f7;padding:.6rem 1rem;border-left:3px solid #1f5c99}
ul.toc{list-style:none;padding-left:0}
@page{size:A4;margin:16mm 14mm}
@media print{body{max-width:none;padding:0;font-size:10pt}nav,.no-print{display:none}
section.chapter{break-before:page}figure,tr,.headline div{break-inside:avoid}
h1,h2,h3{break-after:avoid}figure.chart img{max-height:170mm}
.table-wrap{overflow:visible}table{font-size:7.5pt}a{color:inherit;text-decoration:none}}
"""


def is_chapter(name: str) -> bool:
    """A chapter page of the reader's edition (not its with-code variant, NN_name.code.html)."""
    return re.fullmatch(r"\d\d_[a-z0-9_]+\.html", name) is not None


def root(lang: str) -> str:
    """Relative path from an edition's pages to the site root."""
    return "../" if EDITION[lang] else ""


def other(lang: str) -> str:
    return "en" if lang == "zh" else "zh"


def page(
    title: str,
    body: str,
    lang: str,
    name: str,
    switch: bool = True,
    prev: tuple[str, str] | None = None,
    next_: tuple[str, str] | None = None,
    meta: dict | None = None,
) -> str:
    """A page `name` of one edition; the language link lands on the same page of the other."""
    t = labels.t
    links = [
        f'<a href="index.html">{t("home", lang)}</a>',
        f'<a href="gallery.html">{t("gallery", lang)}</a>',
        f'<a href="dictionary.html">{t("dictionary", lang)}</a>',
        f'<a href="errata.html">{t("errata", lang)}</a>',
    ]
    if switch:
        target = f"{root(lang)}{EDITION[other(lang)]}{name}"
        links.append(
            f'<a class="lang-switch" href="{target}" hreflang="{other(lang)}" '
            f'lang="{other(lang)}">{t("other", lang)}</a>'
        )
    pager = ""
    if prev or next_:
        left = right = "<span></span>"
        if prev:
            left = f'<a rel="prev" href="{prev[0]}">← {html.escape(prev[1])}</a>'
        if next_:
            right = f'<a rel="next" href="{next_[0]}">{html.escape(next_[1])} →</a>'
        pager = f'<nav class="pager">{left}{right}</nav>'
    metas = "".join(
        f'<meta name="{k}" content="{html.escape(v)}">' for k, v in sorted((meta or {}).items())
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">{metas}'
        f'<title>{html.escape(title)}</title><link rel="icon" href="data:,">'
        f"<style>{CSS}</style></head>"
        f'<body><nav class="top">{"".join(links)}</nav><main>{body}</main>{pager}</body></html>\n'
    )
