"""xjutils.data: typed loading, and errors that name file, line and column."""

import pandas as pd
import pytest

from xjutils import data


def test_every_table_loads_typed():
    for name in data.names():
        frame = data.load(name)
        assert len(frame) > 0, name
    assert data.load("prefecture_gmv")["value"].dtype == "float64"
    assert data.load("prefecture_gmv")["year"].dtype == "Int64"


def test_printed_precision_is_kept():
    gmv = data.load("overall").set_index("id")
    assert gmv.loc["fig01.gmv.2023", "decimals"] == 2  # printed 50.60


def test_missing_cells_stay_missing():
    plays = data.load("topic_plays").set_index("id")
    assert pd.isna(plays.loc["tab03.ili.kuaishou", "value"])


def test_non_numeric_value_names_file_line_column(scratch_data, edit_cell):
    edit_cell(scratch_data / "prefecture_gmv.csv", "tab01.aksu", "value", "8,17")
    with pytest.raises(data.DataError, match=r"prefecture_gmv.csv, line 3, column 'value'"):
        data.load("prefecture_gmv")


def test_wrong_field_count_names_line(scratch_data):
    path = scratch_data / "overall.csv"
    path.write_text(path.read_text(encoding="utf-8") + "x,y\n", encoding="utf-8")
    with pytest.raises(data.DataError, match=r"overall.csv, line 6: expected 9 fields"):
        data.load("overall")


def test_missing_column_is_named(scratch_data):
    path = scratch_data / "overall.csv"
    text = path.read_text(encoding="utf-8").replace(",unit,", ",unit_id,", 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(data.DataError, match=r"overall.csv, line 1, column 'unit'"):
        data.load("overall")


@pytest.mark.parametrize(
    "table,row,column,value,expected",
    [
        ("prefecture_gmv", "tab01.aksu", "prefecture_id", "aksu_x", "an id of prefectures"),
        ("overall", "fig01.gmv.2023", "unit", "yuan_x", "an id of units"),
        ("survey_shares", "fig09.self_produced.2023", "value", "155.26", "a value <= 100"),
        ("overall", "fig01.gmv.2023", "source", "", "a value \\(required\\)"),
        ("prefecture_gmv", "tab01.aksu", "id", "tab01.urumqi", "a unique key"),
        ("survey_shares", "fig09.self_produced.2023", "qualifier", "roughly", "one of"),
    ],
)
def test_schema_violations(scratch_data, table, row, column, value, expected, edit_cell):
    edit_cell(scratch_data / f"{table}.csv", row, column, value)
    with pytest.raises(data.DataError, match=expected):
        data.load(table)


def test_unknown_table_lists_the_tables():
    with pytest.raises(KeyError, match="prefecture_gmv"):
        data.load("prefecture")


def test_inputs_are_indexed_by_id():
    inputs = data.inputs()
    assert inputs.index.is_unique
    assert inputs.loc["tab02.douyin.gmv.2023", "entity"] == "douyin"
