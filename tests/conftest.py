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


def edit_cell(path, row_id, column, value):
    """Set one cell of a CSV (row found by its first column), keeping everything else."""
    import csv

    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    col = rows[0].index(column)
    for row in rows[1:]:
        if row[0] == row_id:
            row[col] = value
            break
    else:
        raise KeyError(row_id)
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)
