"""The runner's cache key covers everything a notebook can read, and nothing else."""

import shutil

import pytest

from xjutils import paths
from xjutils.build import runner


@pytest.fixture
def project(tmp_path, monkeypatch):
    """Scratch copies of the notebooks, data and package the fingerprint reads."""
    for name, src in (
        ("notebooks", paths.NOTEBOOKS),
        ("data", paths.DATA),
        ("xjutils", paths.PACKAGE),
    ):
        shutil.copytree(src, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(paths.LOCK, tmp_path / "requirements.lock")
    monkeypatch.setattr(paths, "NOTEBOOKS", tmp_path / "notebooks")
    monkeypatch.setattr(paths, "DATA", tmp_path / "data")
    monkeypatch.setattr(paths, "PACKAGE", tmp_path / "xjutils")
    monkeypatch.setattr(paths, "LOCK", tmp_path / "requirements.lock")
    return tmp_path


def append(path, text="\n"):
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


@pytest.mark.parametrize(
    "edit",
    [
        "data/prefecture_gmv.csv",
        "data/datapackage.json",
        "xjutils/claims.py",
        "notebooks/01_overall.ipynb",
        "requirements.lock",
    ],
)
def test_an_input_edit_invalidates(project, edit):
    before = runner.fingerprint("01_overall", "zh")
    append(project / edit, "\n" if not edit.endswith(".py") else "# edited\n")
    assert runner.fingerprint("01_overall", "zh") != before


def test_the_language_parameter_is_part_of_the_key(project):
    assert runner.fingerprint("01_overall", "zh") != runner.fingerprint("01_overall", "en")


def test_an_unrelated_edit_does_not_invalidate(project):
    before = runner.fingerprint("01_overall", "zh")
    append(project / "notebooks" / "02_prefectures.ipynb")  # another notebook
    (project / "README.md").write_text("unrelated")
    (project / "data" / "__pycache__").mkdir()
    assert runner.fingerprint("01_overall", "zh") == before
