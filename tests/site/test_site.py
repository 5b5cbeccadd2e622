"""A real run, built into the site, checked in headless Chromium; and run twice, identical.

One module-scoped run serves both checks: chapters 01 and 08 (a chart and the errata) in
Chinese and 01 in English, enough to exercise every kind of page, gallery link and both
editions. `make reproduce` builds and checks the full site the same way.
"""

import os

import pytest

from xjutils.build import browser, runner, site

pytestmark = pytest.mark.skipif(
    browser.executable() is None and not os.environ.get("CI"),
    reason="no chromium here (CI installs Debian's chromium in .ci/run)",
)


def files(root):
    return {
        p.relative_to(root): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.name.startswith(".") and "site" not in p.parts
    }


def run(out, only, langs, monkeypatch):
    monkeypatch.setenv("XJUTILS_OUTPUTS", str(out))
    outcomes = runner.reproduce(only=only, langs=langs, jobs=2, force=True, log=lambda *_: None)
    assert all(o.ok for o in outcomes), [o.error for o in outcomes if not o.ok]


@pytest.fixture(scope="module")
def reproduced(tmp_path_factory):
    out = tmp_path_factory.mktemp("outputs")
    with pytest.MonkeyPatch.context() as mp:
        run(out, ["01", "08"], ["zh"], mp)
        run(out, ["01"], ["en"], mp)
        mp.setenv("XJUTILS_OUTPUTS", str(out))
        site.build()
    return out


def test_site_pages_load_images_render_links_resolve(reproduced):
    root = reproduced / "site"
    assert (root / "index.html").exists() and (root / "en" / "index.html").exists()
    shot = reproduced / "site-index.png"
    problems = site.check(root, screenshot=shot)
    assert problems == []
    assert shot.stat().st_size > 10_000


def test_gallery_links_each_figure_to_its_cell(reproduced):
    gallery = (reproduced / "site" / "gallery.html").read_text(encoding="utf-8")
    assert 'href="01_overall.html#fig-fig01-zh"' in gallery
    assert 'href="data/overall.csv"' in gallery


def test_two_runs_are_byte_identical(reproduced, tmp_path, monkeypatch):
    again = tmp_path / "again"
    run(again, ["01"], ["zh"], monkeypatch)
    first, second = files(reproduced), files(again)
    shared = sorted(first.keys() & second.keys(), key=str)
    names = [str(k) for k in shared]
    assert "notebooks/zh/01_overall.ipynb" in names
    assert {"figures/fig01.zh.svg", "figures/fig01.zh.png", "tables/claims_01.csv"} <= set(names)
    assert [n for n, k in zip(names, shared) if first[k] != second[k]] == []


def test_rebuilding_the_site_gives_identical_bytes(reproduced, monkeypatch):
    monkeypatch.setenv("XJUTILS_OUTPUTS", str(reproduced))
    root = reproduced / "site"
    before = {p.relative_to(root): p.read_bytes() for p in root.rglob("*") if p.is_file()}
    site.build()
    after = {p.relative_to(root): p.read_bytes() for p in root.rglob("*") if p.is_file()}
    assert before.keys() == after.keys()
    assert [str(k) for k in before if before[k] != after[k]] == []
