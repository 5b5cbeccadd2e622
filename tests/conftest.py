"""Shared fixtures: a scratch copy of data/ that a test may break."""

import shutil

import pytest

from xjutils import data, paths


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


edit_cell = data.set_cell
