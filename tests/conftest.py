"""Shared fixtures: a scratch copy of data/ that a test may break, and scratch notebook projects.

Tiers (markers, registered in pyproject): a test with no marker starts no kernel and no browser
and belongs to `make check`; `slow` marks those that start a kernel, a worker or Chromium.
"""

import os
import shutil
import tempfile

import nbformat
import pytest

from xjutils import data, paths
from xjutils.machinery import notebooks

RUNTIME = pytest.StashKey[str]()


def pytest_configure(config):
    """Jupyter's runtime files (a JupyterLab server's, a kernel's connection file when named:
    they hold its HMAC key) go into a folder of this session, removed when it ends, green or
    not. Workers' kernels have their own (`runner._run_worker`)."""
    config.stash[RUNTIME] = os.environ["JUPYTER_RUNTIME_DIR"] = tempfile.mkdtemp(
        prefix="xjutils-test-runtime-"
    )


def pytest_unconfigure(config):
    shutil.rmtree(config.stash.get(RUNTIME, ""), ignore_errors=True)


@pytest.fixture
def scratch_data(tmp_path, monkeypatch):
    """A copy of data/ that the loader reads instead of the real one."""
    copy = tmp_path / "data"
    shutil.copytree(paths.DATA, copy)
    monkeypatch.setattr(paths, "DATA", copy)
    monkeypatch.setattr(paths, "DATAPACKAGE", copy / "datapackage.json")
    data.clear_cache()
    yield copy
    data.clear_cache()


@pytest.fixture
def edit_cell():
    """Change one cell of a scratch CSV and forget loaded tables, so the next load sees it."""

    def edit(path, row_id, column, value):
        data.set_cell(path, row_id, column, value)
        data.clear_cache()

    return edit


def _write_notebook(path, *sources):
    nb = nbformat.v4.new_notebook()
    nb.metadata.kernelspec = {"name": notebooks.KERNEL, "display_name": "x", "language": "python"}
    params = nbformat.v4.new_code_cell('lang = "zh"', metadata={"tags": ["parameters"]})
    nb.cells = [params] + [nbformat.v4.new_code_cell(s) for s in sources]
    nbformat.write(nb, path)


@pytest.fixture
def write_notebook():
    """`write_notebook(path, *cell_sources)`: a chapter-shaped notebook (a `parameters` cell
    setting lang, then one code cell per source) for runner tests on tiny notebooks."""
    return _write_notebook


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A scratch project: notebooks/ and outputs/ under tmp_path, the runner pointed at them."""
    nbdir, out = tmp_path / "notebooks", tmp_path / "outputs"
    nbdir.mkdir()
    monkeypatch.setattr(paths, "NOTEBOOKS", nbdir)
    monkeypatch.setenv("XJUTILS_OUTPUTS", str(out))
    return nbdir, out
