"""The reader's edition as three cached steps: the site, the PDFs typeset from it, their check.

Each is redone when what it is built from changed (see `steps`), when an output it promised is
gone, or when the toolchain found changed (the fonts or Chromium installed or removed, a new
release date), whatever outputs/ holds; and is skipped, saying so, otherwise. The builders
(pandas, nbconvert, matplotlib: seconds to import) are imported only when a step is redone.
"""

import shutil
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .. import paths
from . import browser, fonts, forks, steps
from .release import release

STEPS = ("site", "pdf", "check")


def _found(path: str | None) -> str | None:
    """A tool or font file as found: its path, size and time (an upgrade changes them)."""
    if path is None:
        return None
    st = Path(path).stat()
    return f"{path}:{st.st_size}:{st.st_mtime_ns}"


def _code() -> list[Path]:
    """The package's code and the PDF's page design and pandoc filter, and the lock."""
    code = [f for ext in ("py", "typ", "lua") for f in paths.PACKAGE.rglob(f"*.{ext}")]
    return sorted(code) + [paths.LOCK]


def _visible(root: Path, exclude: str = "") -> list[Path]:
    """Files under `root`, without dot-files (stamps, temporary files)."""
    return [f for f in steps.tree(root, exclude) if not f.name.startswith(".")]


def toolchain() -> tuple[dict, str]:
    """The PDF fonts and Chromium as found here, and why typesetting is impossible ('' if not).

    pandoc and Typst come from the lock; Chromium serves only the site's check."""
    try:
        faces = [_found(fonts.face(w)[0]) for w in fonts.WEIGHTS]
    except fonts.FontMissingError as e:
        faces, why = None, str(e)
    else:
        why = ""
    return {"chromium": _found(browser.executable()), "fonts": faces, "release": release()}, why


def _site_step(tools: dict, printable: bool) -> steps.Step:
    inputs = [f for d in (paths.executed(), paths.figures(), paths.tables()) for f in _visible(d)]
    inputs += steps.tree(paths.DATA) + _code()
    inputs += [paths.ROOT / "CITATION.cff", paths.ROOT / "pyproject.toml"]
    return steps.Step("site", inputs, {"pdf": printable, "release": tools["release"]}, [])


def _pdf_step(tools: dict, root: Path) -> steps.Step:
    """Its outputs, the PDFs and their copies in the site, are listed once they are typeset.
    Chromium is not part of its key: it serves only the check."""
    typesetting = {k: tools[k] for k in ("fonts", "release")}
    return steps.Step("pdf", _visible(root, ".pdf") + _code(), typesetting, [])


def _check_step(tools: dict, root: Path) -> steps.Step:
    poppler = bool(shutil.which("pdftotext") and shutil.which("pdffonts"))
    inputs = _visible(root) + sorted(paths.outputs().glob("report.*.pdf")) + _code()
    return steps.Step("check", inputs, tools | {"poppler": poppler}, [])


def _timed(label: str, start: float) -> None:
    print(f"{label} in {time.monotonic() - start:.1f}s", flush=True)


def _check_pdfs(pdf, root: Path) -> tuple[list[str], list[str], str]:
    """pdf.check and pdf.layout_notes: problems, notes, and the summary's line."""
    notes: list[str] = []
    try:
        found = pdf.check(root, notes=notes)
    except FileNotFoundError as e:
        return [], [], f"PDF check skipped ({e})"
    notes += pdf.layout_notes(root)
    return found, notes, "PDF check " + ("passed" if not found else "FAILED")


def _body(folder: Path, lang: str) -> str:
    """`pdf.body`, looked up when the job runs (a pool pickles the function by its name)."""
    from . import pdf

    return pdf.body(folder, lang)


def _browse(root: Path) -> tuple[list[str], list[str]]:
    """The site in headless Chromium (screenshots into outputs/), but its links: problems
    and notes."""
    from . import site

    notes: list[str] = []
    return site.check(root, shots=paths.outputs(), notes=notes, links=False), notes


def run(langs) -> tuple[list, list[str]]:
    """Build (or keep) the site, the PDFs and their check.

    Returns:
        The check's outcome (none when skipped) and the closing summary's lines.
    """
    from .runner import Outcome

    tools, why = toolchain()
    root = paths.outputs() / "site"
    lines = []
    step = _site_step(tools, not why)
    if steps.fresh(step):
        lines.append("site up to date")
    else:
        from . import site

        for name in STEPS:
            steps.forget(name)
        start = time.monotonic()
        site.build(pdf=not why)
        step.outputs = steps.tree(root)
        steps.record(step)
        print(f"site: {root} ({time.monotonic() - start:.1f}s)", flush=True)
        lines.append("site built")
    notes: list[str] = []
    problems: list[str] = []
    # With new PDFs, Chromium reads the site while Typst sets the PDFs and poppler checks them:
    # neither needs the other (the site's links to the PDFs are followed once both are done).
    browsed = pdfs_checked = None
    if why:
        lines.append(f"PDFs skipped ({why})")
    elif steps.fresh(step := _pdf_step(tools, root)):
        lines.append("PDFs up to date")
    else:
        from . import pdf, site

        steps.forget("pdf")
        steps.forget("check")  # new PDFs: the check is redone whatever its stamp says
        start = time.monotonic()
        # Forked before any thread of ours starts (Typst's included): the two editions'
        # bodies (parsing the pages holds the GIL), and Chromium's visit of the site.
        with forks.pool(3) as pool:
            if tools["chromium"] is not None:
                browsed = pool.submit(_browse, root)
            bodies = [pool.submit(_body, f, lang) for lang, f in pdf.typesettable(root)]
            typeset = pdf.build(root, texts=[b.result() for b in bodies])
            for path in typeset:
                print(f"pdf: {path}")
            step.outputs = typeset + [f for f in steps.tree(root) if f.suffix == ".pdf"]
            steps.record(step)
            _timed("pdf: typeset", start)
            lines.append(f"PDFs built ({len(typeset)})")
            start = time.monotonic()
            pdfs_checked = _check_pdfs(pdf, root)
            browsed = browsed and browsed.result()
    step = _check_step(tools, root)
    if pdfs_checked is None and steps.fresh(step):
        outcome = Outcome("site", "+".join(langs), True, 0.0)
        return [outcome], lines + ["checks passed (nothing changed since)"]
    from . import pdf, site

    steps.forget("check")
    if pdfs_checked is None:  # the PDFs were kept: poppler checks them beside Chromium
        start = time.monotonic()
        with ThreadPoolExecutor(1) as pool:
            checking = None if why else pool.submit(_check_pdfs, pdf, root)
            if tools["chromium"] is not None:
                browsed = _browse(root)
            pdfs_checked = checking and checking.result()
    if tools["chromium"] is None:
        lines.append("browser check skipped (no chromium)")
    else:
        problems += browsed[0] + site.broken_links(root)
        notes += browsed[1]
        lines.append("browser check " + ("passed" if not problems else "FAILED"))
    if pdfs_checked:
        found, pdf_notes, line = pdfs_checked
        problems += found
        notes += pdf_notes
        lines.append(line)
    _timed("check: site and PDFs checked", start)
    for n in notes:
        print(f"site: note: {n}")
    for p in problems:
        print(f"site: {p}", file=sys.stderr)
    if not problems:
        step.outputs = sorted(paths.outputs().glob("site-*.png"))  # its screenshots
        steps.record(step)
    outcome = Outcome("site", "+".join(langs), not problems, 0.0, error="; ".join(problems))
    return [outcome], lines
