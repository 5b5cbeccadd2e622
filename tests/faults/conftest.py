"""A scratch project whose one chapter counts as executed, with the site's pages, the PDFs'
typesetting and the checks replaced by cheap fakes, so that a fault can be injected into any
phase of `python -m xjutils reproduce` (run in-process by `run`) in milliseconds.

The real `site.build` runs (its atomic replace is under test); only its per-edition pages and
the claims it shows are faked.
"""

import sys

import pytest

from xjutils import claims, paths
from xjutils.machinery import browser, cli, fonts, pdf, runner, site


class Edition:
    """The faked heavy phases; set `fault[phase]` to an exception to raise there."""

    def __init__(self, out, capsys):
        self.out, self.capsys, self.fault = out, capsys, {}
        self.executed = out / "notebooks" / "zh" / "01_demo.ipynb"
        self.site = out / "site"

    def _maybe(self, phase):
        if phase in self.fault:
            raise self.fault[phase]

    def reproduce(self, *args, **kwargs):
        self._maybe("notebooks")
        return [runner.Outcome("01_demo", "zh", True, 0.0, skipped=True)]

    def edition(self, lang, target, editions, checked, pdf):
        target.mkdir(parents=True, exist_ok=True)
        (target / "index.html").write_text(f"{self.executed.read_text()} pdf={pdf}")
        self._maybe("site")

    def print_pdf(self, root, texts=None):
        target = paths.outputs() / "report.zh.pdf"
        target.write_bytes(b"%PDF-1.7 " + (root / "index.html").read_bytes())
        self._maybe("pdf")
        (root / "report.zh.pdf").write_bytes(target.read_bytes())
        return [target]

    def check(self, root, shots=None, notes=None, links=True):
        self._maybe("check")
        return []

    def run(self, *args):
        """`python -m xjutils reproduce --lang zh ARGS`: exit code, stdout, stderr."""
        code = cli.main(["reproduce", "--lang", "zh", *args])
        captured = self.capsys.readouterr()
        return code, captured.out, captured.err


@pytest.fixture
def edition(project, monkeypatch, capsys):
    nbdir, out = project
    (nbdir / "01_demo.ipynb").write_text("{}")
    fake = Edition(out, capsys)
    fake.executed.parent.mkdir(parents=True)
    fake.executed.write_text("chapter one")
    monkeypatch.setattr(runner, "reproduce", fake.reproduce)
    monkeypatch.setattr(claims, "check_all", lambda: None)
    monkeypatch.setattr(site, "_edition", fake.edition)
    monkeypatch.setattr(site, "check", fake.check)
    monkeypatch.setattr(site, "broken_links", lambda root: [])
    monkeypatch.setattr(pdf, "body", lambda folder, lang: "")
    monkeypatch.setattr(pdf, "build", fake.print_pdf)
    monkeypatch.setattr(pdf, "check", lambda root, notes=None: [])
    monkeypatch.setattr(browser, "executable", lambda: sys.executable)
    monkeypatch.setattr(fonts, "face", lambda weight: (sys.executable, 0))
    return fake
