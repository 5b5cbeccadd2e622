"""data/: the Frictionless package is valid and every provenance points at the report."""

import pytest
from frictionless import validate

from xjutils import data, paths


def test_datapackage_is_valid_frictionless():
    report = validate(str(paths.DATAPACKAGE))
    errors = [f"{t.name}: {e.message}" for t in report.tasks for e in t.errors]
    assert report.valid, "\n".join(errors[:20])


def test_every_field_is_described_in_both_languages():
    fields = [(r["name"], f) for r in data.package()["resources"] for f in r["schema"]["fields"]]
    missing = [
        f"{table}.{f['name']}"
        for table, f in fields
        if not (f.get("description") and f.get("description_zh"))
    ]
    assert not missing


def test_every_csv_is_described():
    described = {r["path"] for r in data.package()["resources"]}
    on_disk = {p.name for p in paths.DATA.glob("*.csv")}
    assert on_disk == described


def test_a_page_that_contradicts_the_contents_is_refused(scratch_data, edit_cell):
    edit_cell(scratch_data / "prefecture_gmv.csv", "tab01.aksu", "page", "5")
    with pytest.raises(data.DataError, match=r"prefecture_gmv.csv, line 3, column 'page'"):
        data.load("prefecture_gmv")


def test_a_table_of_the_report_s_own_rows_is_held_to_the_contents_too(scratch_data, edit_cell):
    """Recommendations carry no source column (every row is the report's); `make mutate` moved
    五(八) in the contents to p. 27 and no test noticed."""
    edit_cell(scratch_data / "contents.csv", "五(八)", "page", "27")
    with pytest.raises(data.DataError, match=r"recommendations.csv, line 9, column 'page'"):
        data.load("recommendations")


def test_every_figure_and_table_has_coverage():
    items = data.load("contents").query("kind in ['figure', 'table']")["item_id"]
    assert set(items) == set(data.load("coverage")["item_id"])


def test_fourteen_prefectures_plus_unattributed():
    pref = data.load("prefectures")
    assert pref["gbt2260"].notna().sum() == 14
    assert pref["gbt2260"].dropna().is_unique
    assert pref.loc[pref["gbt2260"].isna(), "name_zh"].tolist() == ["归口新疆"]
