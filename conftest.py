"""Root pytest hooks: one shared outputs folder for every kernel a test session starts; nbval
sees only the chapter notebooks.

`XJUTILS_OUTPUTS` is set before any kernel starts (kernels and xdist workers inherit the
environment), so `make test` never touches the user's outputs/. The Makefile passes one folder
to both of its phases (nbval's Chinese executions are kept there for the edition tests: see
tests/plugins/executions.py); run alone, pytest makes one with its own tmp_path machinery,
removed after a green run.
"""

import os
from pathlib import Path

import pytest

from xjutils.machinery import notebooks

pytest_plugins = ["tests.plugins.executions"]
NOTEBOOKS = Path(__file__).parent / "notebooks"


@pytest.hookimpl(trylast=True)  # after pytest's tmpdir plugin has made its factory
def pytest_configure(config):
    if "XJUTILS_OUTPUTS" not in os.environ:
        os.environ["XJUTILS_OUTPUTS"] = str(config._tmp_path_factory.mktemp("outputs"))


def pytest_collection_modifyitems(items):
    """nbval's items execute a chapter in a kernel: they belong to the slow tier. Slow tests go
    first, so pytest-xdist hands out the long files early and the quick ones fill the gaps at
    the end instead of one worker finishing a long file alone."""
    for item in items:
        if item.nodeid.startswith("notebooks/"):
            item.add_marker(pytest.mark.slow)
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


def pytest_terminal_summary(terminalreporter):
    """When nbval finds a stored output that differs from a fresh run, say what to do."""
    failed = terminalreporter.stats.get("failed", [])
    if any(r.nodeid.startswith("notebooks/") for r in failed):
        terminalreporter.write_line(
            "A notebook's stored outputs differ from a fresh run (the diff is above). Check "
            "first what changed in data/ and xjutils (`git diff data/ src/`): a mistyped number "
            "shows up here. Only if the change is intended, refresh them with `make reference` "
            "and review `git diff notebooks/`.",
            red=True,
        )


def pytest_ignore_collect(collection_path):
    """nbval collects only the chapters (NN_name.ipynb with a .py pair), not what lies beside
    them: `jupyter nbconvert --execute`'s NN_name.nbconvert.ipynb, a scratch Untitled.ipynb."""
    if collection_path.suffix == ".ipynb" and collection_path.parent == NOTEBOOKS:
        chapter = notebooks.NAME.match(collection_path.stem)
        return not (chapter and collection_path.with_suffix(".py").exists())
    return None

