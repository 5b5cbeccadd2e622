"""The reproduced report as a static website: a reader's edition per language.

nbconvert's `basic` template turns each executed notebook into HTML with no scripts and no
external resources (the site must work offline and load without console errors); `reader`
makes it a chapter to read, `landing` writes the landing page, gallery and data dictionary,
`layout` the frame with previous/next and a language switch to the same page. The Chinese
edition is the site's root, the English one lives in `en/`. `check` opens every page in
headless Chromium; `xjutils.machinery.pdf` prints the PDF edition from the same pages.
"""

import os
import shutil
from pathlib import Path

from ... import claims, labels, paths
from .. import forks
from . import exhibits, landing, layout, reader
from .check import broken_links, check, internal_links  # noqa: F401  (the site's public interface)
from .layout import EDITION  # noqa: F401


def _copy(target: Path, lang: str) -> None:
    """The files an edition offers for download, next to its pages."""
    for sub, src, patterns in (
        ("figures", paths.figures(), [f"*.{lang}.svg"]),
        ("tables", paths.tables(), ["*.csv"]),
        ("data", paths.DATA, ["*.csv", "datapackage.json"]),
        ("notebooks", paths.executed() / lang, ["*.ipynb"]),
    ):
        (target / sub).mkdir(parents=True, exist_ok=True)
        for pattern in patterns:
            for f in sorted(src.glob(pattern)):
                shutil.copyfile(f, target / sub / f.name)


def chapters(lang: str) -> list[tuple[str, object]]:
    """(name, notebook) of every chapter executed in `lang`, in order."""
    import nbformat

    return [
        (p.stem, nbformat.read(p, as_version=4))
        for p in sorted((paths.executed() / lang).glob("*.ipynb"))
    ]


def _figures(lang: str, bodies: dict[str, str]) -> list[dict]:
    """Every figure of `lang` a chapter shows, that chapter, the data it was drawn from.

    A file in outputs/figures no chapter shows any more (left by an earlier build whose code
    has since changed) is not a figure of this edition: the gallery leaves it out.
    """
    out = []
    for svg in sorted(paths.figures().glob(f"*.{lang}.svg")):
        fig_id = svg.name.split(".")[0]
        anchor = f"fig-{fig_id}-{lang}"
        chapter = next((n for n, b in bodies.items() if f'id="{anchor}"' in b), None)
        if chapter is None:
            continue
        out.append(
            {
                "id": fig_id,
                "file": svg.name,
                "anchor": anchor,
                "chapter": chapter,
                "tables": [
                    f"{fig_id}.csv" for _ in [0] if (paths.tables() / f"{fig_id}.csv").exists()
                ],
                "data": landing.sources_of(fig_id),
            }
        )
    return out


def _edition(lang: str, target: Path, editions, checked, pdf: bool) -> None:
    target.mkdir(parents=True, exist_ok=True)
    _copy(target, lang)
    chaps = chapters(lang)
    there = set()  # pages of the other edition: the language link lands on the same page
    if layout.other(lang) in editions:
        there = {f"{n}{s}.html" for n, _ in chapters(layout.other(lang)) for s in ("", ".code")}
        there |= {"index.html", "gallery.html", "dictionary.html", "errata.html"}
    titles = [(name, reader.title(reader.filtered(nb, lang))) for name, nb in chaps]
    untagged = {name for name, nb in chaps if not reader.tagged(nb)}
    bodies = {}
    home = labels.t("home", lang)
    rendered = {name: reader.variants(nb, lang) for name, nb in chaps}
    letters = exhibits.letters([n for n, (b, _) in rendered.items() if reader.has_ledgers(b)])
    for n, (name, nb) in enumerate(chaps):
        body, with_code = (
            reader.numbered(text, int(name[:2]), letters.get(name), lang, name)
            for text in rendered[name]
        )
        bodies[name] = body
        toggle = (
            f'<p class="no-print"><a href="{name}.code.html">{labels.t("with_code", lang)}</a></p>'
        )
        code = (
            f'<p class="no-print"><a href="{name}.html">{labels.t("without_code", lang)}</a></p>'
            + with_code
        )
        prev = (f"{titles[n - 1][0]}.html", titles[n - 1][1]) if n else ("index.html", home)
        nxt = (f"{titles[n + 1][0]}.html", titles[n + 1][1]) if n + 1 < len(chaps) else None
        translated = "yes" if reader.tagged(nb) else "no"
        for suffix, title, content, has_code in (
            ("", titles[n][1], toggle + body, "no"),
            (".code", labels.t("code_title", lang, title=titles[n][1]), code, "yes"),
        ):
            (target / f"{name}{suffix}.html").write_text(
                layout.page(
                    title,
                    f'<section class="chapter" id="chapter-{name}">{content}</section>',
                    lang,
                    f"{name}{suffix}.html",
                    f"{name}{suffix}.html" in there,
                    prev,
                    nxt,
                    meta={
                        "xj-chapter": name,
                        "xj-lang-tagged": translated,
                        "xj-code": has_code,
                        "xj-tables": "presented" if reader.presented(nb) else "raw",
                    },
                ),
                encoding="utf-8",
            )
    first = (f"{titles[0][0]}.html", titles[0][1]) if titles else None
    pages = {
        "index.html": (landing.index(lang, titles, target, pdf, checked, untagged), None, first),
        "gallery.html": (landing.gallery(lang, _figures(lang, bodies)), None, None),
        "dictionary.html": (landing.dictionary(lang), None, None),
        "errata.html": (landing.errata(lang), None, None),
    }
    names = {
        "index.html": "title",
        "gallery.html": "gallery",
        "dictionary.html": "dictionary",
        "errata.html": "errata",
    }
    for name, (body, prev, nxt) in pages.items():
        (target / name).write_text(
            layout.page(labels.t(names[name], lang), body, lang, name, name in there, prev, nxt),
            encoding="utf-8",
        )


def build(pdf: bool = False) -> Path:
    """Build outputs/site (zh at the root, en in en/) from every language executed so far.

    The new site is built beside the old one under a name of this run's own and replaces it
    atomically; a failure (a full disk) removes the half-built one and leaves the old site as
    it was. With `pdf`, the landing pages link to the PDF edition that
    `xjutils.machinery.pdf.build` prints from this site and adds to it.
    """
    import tempfile

    from ..transaction import remove_tree

    site = paths.outputs() / "site"
    editions = [lang for lang in labels.LANGS if any((paths.executed() / lang).glob("*.ipynb"))]
    site.parent.mkdir(parents=True, exist_ok=True)
    new = Path(tempfile.mkdtemp(dir=site.parent, prefix=".site-new-"))
    old = new.with_name(new.name.replace("-new-", "-old-"))
    try:
        os.chmod(new, 0o755)
        checked = claims.check_all()
        forks.each(
            _edition,
            [(lang, new / layout.EDITION[lang], editions, checked, pdf) for lang in editions],
        )
        if site.exists():
            os.replace(site, old)
        os.replace(new, site)
    finally:
        remove_tree(new)
    remove_tree(old)
    return site
