"""Every chapter runs in English, into the session's shared outputs folder.

nbval executes the chapters in Chinese (its reference language, tests/plugins/executions.py);
this test executes them in English, in the same phase of `make test` and beside it, so the
edition tests (tests/site/test_site.py) find both languages executed and run none again.
Run alone, it simply executes the English chapters.
"""

import pytest

from xjutils import paths, plots
from xjutils.machinery import notebooks, runner

pytestmark = pytest.mark.slow


def test_every_chapter_runs_in_english(monkeypatch):
    monkeypatch.setenv(plots.LAYOUT_REPORT, str(paths.layout_reports()))
    outcomes = runner.reproduce(langs=["en"], jobs=2, log=lambda *_: None)
    assert [o.error for o in outcomes if not o.ok] == []
    assert sorted(o.name for o in outcomes) == sorted(notebooks.chapters().values())
