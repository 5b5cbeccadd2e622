"""The runner's cache key covers everything a notebook can read, and nothing else."""

import shutil

import pytest

from xjutils import paths
from xjutils.machinery import runner


@pytest.fixture
def package_copy(tmp_path, monkeypatch):
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
def test_an_input_edit_invalidates(package_copy, edit):
    before = runner.fingerprint("01_overall", "zh")
    append(package_copy / edit, "\n" if not edit.endswith(".py") else "# edited\n")
    assert runner.fingerprint("01_overall", "zh") != before


def test_the_language_parameter_is_part_of_the_key(package_copy):
    assert runner.fingerprint("01_overall", "zh") != runner.fingerprint("01_overall", "en")


def test_an_unrelated_edit_does_not_invalidate(package_copy):
    before = runner.fingerprint("01_overall", "zh")
    append(package_copy / "notebooks" / "02_prefectures.ipynb")  # another notebook
    (package_copy / "README.md").write_text("unrelated")
    (package_copy / "data" / "__pycache__").mkdir()
    assert runner.fingerprint("01_overall", "zh") == before


def test_a_table_edit_invalidates_only_notebooks_that_read_it(package_copy):
    read_topics = {"tables": ["topic_plays", "prefectures"], "modules": ["xjutils.data"]}
    read_other = {"tables": ["overall"], "modules": ["xjutils.data"]}
    before = [runner.fingerprint("01_overall", "zh", d) for d in (read_topics, read_other)]
    append(package_copy / "data" / "topic_plays.csv")
    after = [runner.fingerprint("01_overall", "zh", d) for d in (read_topics, read_other)]
    assert after[0] != before[0] and after[1] == before[1]


def test_a_module_edit_invalidates_only_notebooks_that_imported_it(package_copy):
    deps = {"tables": [], "modules": ["xjutils", "xjutils.survey"]}
    before = runner.fingerprint("01_overall", "zh", deps)
    append(package_copy / "xjutils" / "prefectures.py", "# edited\n")
    assert runner.fingerprint("01_overall", "zh", deps) == before
    append(package_copy / "xjutils" / "survey.py", "# edited\n")
    assert runner.fingerprint("01_overall", "zh", deps) != before


@pytest.mark.slow
def test_the_kernel_records_what_it_read(tmp_path, monkeypatch, write_notebook):
    """A real run: the stamp lists the tables the notebook loaded and the modules it imported."""
    import json

    nbdir, out = tmp_path / "notebooks", tmp_path / "outputs"
    nbdir.mkdir()
    monkeypatch.setattr(paths, "NOTEBOOKS", nbdir)
    monkeypatch.setenv("XJUTILS_OUTPUTS", str(out))
    write_notebook(nbdir / "01_demo.ipynb", "from xjutils import data\ndata.load('units')")
    (outcome,) = runner.reproduce(langs=["zh"], log=lambda *_: None)
    assert outcome.ok, outcome.error
    deps = json.loads((out / "notebooks" / "zh" / ".01_demo.json").read_text())["deps"]
    assert deps["tables"] == ["units"]
    assert "xjutils.data" in deps["modules"] and "xjutils.survey" not in deps["modules"]
    assert runner.up_to_date("01_demo", "zh")
    (outcome,) = runner.reproduce(langs=["zh"], log=lambda *_: None)
    assert outcome.skipped
