"""Load the tidy tables of `data/` as typed DataFrames, validated against `datapackage.json`.

The package descriptor is the single schema: field types, constraints, primary and foreign
keys all come from it. A bad cell raises `DataError` naming file, line, column and what was
expected, so a typo in a transcription is found where it was made. A file saved in another
encoding or with a byte-order mark is named as such, and numbers are plain ASCII digits: a
full-width ２０.９２, `inf` or `NaN` would otherwise load and surface chapters later.
"""

import codecs
import csv
import io
import json
import re
import unicodedata
from functools import cache

import numpy as np
import pandas as pd

from . import deps, paths
from .errors import DataError  # noqa: F401  (data.DataError, as callers name it)

# Which column says what a row is about, for rankings and totals across rows.
ENTITY = {
    "overall": "metric",
    "prefecture_gmv": "prefecture_id",
    "platform_metrics": "platform_id",
    "topic_plays": "prefecture_id",
    "survey_shares": "option_id",
    "facts": "id",
    "case_numbers": "id",
    "institutions": "inst_id",
    "news_numbers": "entity",
    "contents": "item_id",
}
_DTYPES = {"string": "string", "integer": "Int64", "number": "float64"}
# What a number's text may look like: as printed, in ASCII digits (float() and Decimal() also
# take full-width digits, spaces, `inf`, `nan`, `1e3` and `1_000`).
_SYNTAX = {
    "integer": (re.compile(r"-?[0-9]+"), "an integer"),
    "number": (re.compile(r"-?[0-9]+(\.[0-9]+)?"), "a number"),
}


@cache
def package() -> dict:
    """The Frictionless descriptor of `data/`.

    Raises:
        DataError: it is not valid JSON (line, and column in words).
    """
    try:
        return json.loads(paths.DATAPACKAGE.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        near = e.doc[e.pos : e.pos + 20]
        raise DataError(
            paths.DATAPACKAGE.name, e.lineno, None, "JSON", near, f"{e.msg} at column {e.colno}"
        ) from None


def resource(name: str) -> dict:
    """The descriptor of one table.

    Raises:
        KeyError: no table of that name (the message lists the names).
    """
    for res in package()["resources"]:
        if res["name"] == name:
            return res
    names = ", ".join(r["name"] for r in package()["resources"])
    raise KeyError(f"no table {name!r} in data/datapackage.json; tables: {names}")


def names(kind: str | None = None) -> list[str]:
    """Table names, optionally only those of one kind (input, claim, dimension)."""
    return [r["name"] for r in package()["resources"] if kind in (None, r.get("kind"))]


def decimals(text: str) -> int:
    """Decimals printed in a number's text ('50.60' -> 2): its precision."""
    return len(text.split(".")[1]) if "." in text else 0


def _number_fix(text: str, syntax: re.Pattern, required: bool) -> str | None:
    """What to do with a number that is not in plain ASCII digits, where the cause is clear."""
    plain = unicodedata.normalize("NFKC", text).strip()
    if syntax.fullmatch(plain):
        why = "spaces around it" if plain == text.strip() else "these are full-width digits"
        return f"{why}, write {plain}"
    if text.strip().lstrip("+-").lower() in ("inf", "infinity", "nan"):
        empty = "" if required else "; leave the cell empty where it prints none"
        return "the report prints no such number" + empty
    return None


def _parse(text: str, field: dict, where: tuple) -> object:
    kind, cons = field["type"], field.get("constraints", {})
    if text == "":
        if cons.get("required"):
            raise DataError(*where, "a value (required)", text)
        return None
    if kind in _SYNTAX:
        syntax, what = _SYNTAX[kind]
        if not syntax.fullmatch(text):
            fix = _number_fix(text, syntax, cons.get("required"))
            raise DataError(*where, f"{what} in ASCII digits", text, fix)
        value = int(text) if kind == "integer" else float(text)
    else:
        value = text
    if "enum" in cons and value not in cons["enum"]:
        raise DataError(*where, f"one of {cons['enum']}", text)
    if "pattern" in cons and not re.fullmatch(cons["pattern"], text):
        raise DataError(*where, f"text matching {cons['pattern']}", text)
    if "minimum" in cons and value < cons["minimum"]:
        raise DataError(*where, f"a value >= {cons['minimum']}", text)
    if "maximum" in cons and value > cons["maximum"]:
        raise DataError(*where, f"a value <= {cons['maximum']}", text)
    return value


def _text(file: str, header: list[str]) -> str:
    """The CSV's text, refusing a byte-order mark (Excel's "CSV UTF-8") and any encoding but
    UTF-8 (GBK, as Chinese Windows saves), with the line and column of the first bad byte."""
    raw = (paths.DATA / file).read_bytes()
    if raw.startswith(codecs.BOM_UTF8):
        fix = "save it as UTF-8 without a byte-order mark (BOM)"
        raise DataError(file, 1, None, "UTF-8 text", codecs.BOM_UTF8, fix)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        start = raw.rfind(b"\n", 0, e.start) + 1
        cells = next(csv.reader([raw[start : e.start].decode("utf-8", "replace") + "x"]))
        column = header[min(len(cells), len(header)) - 1]
        try:
            raw.decode("gbk")
            fix = "it reads as GBK; save the file as UTF-8"
        except UnicodeDecodeError:
            fix = "save the file as UTF-8"
        line = raw.count(b"\n", 0, e.start) + 1
        raise DataError(file, line, column, "UTF-8 text", raw[e.start : e.end], fix) from None


def _read(name: str) -> pd.DataFrame:
    deps.record_table(name)
    res = resource(name)
    fields = res["schema"]["fields"]
    header = [f["name"] for f in fields]
    rows = list(csv.reader(io.StringIO(_text(res["path"], header), newline="")))
    if not rows or rows[0] != header:
        got = rows[0] if rows else []
        missing = [h for h in header if h not in got]
        raise DataError(res["path"], 1, missing[0] if missing else None, f"header {header}", got)
    records, printed = [], []
    for line, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            raise DataError(res["path"], line, None, f"{len(header)} fields", f"{len(row)} fields")
        records.append(
            [_parse(t, fld, (res["path"], line, fld["name"])) for t, fld in zip(row, fields)]
        )
        printed.append(decimals(row[header.index("value")]) if "value" in header else None)
    frame = pd.DataFrame(records, columns=header)
    for fld in fields:
        frame[fld["name"]] = frame[fld["name"]].astype(_DTYPES[fld["type"]])
    if "value" in header:
        frame["decimals"] = pd.array(printed, dtype="Int64")
    # Line numbers for error messages, as an array: pandas deep-copies attrs on every
    # operation, and a list of ints made each of them slow.
    frame.attrs["line"] = np.arange(2, len(records) + 2)
    return frame


def _check_keys(name: str, frame: pd.DataFrame) -> None:
    res = resource(name)
    schema, lines = res["schema"], frame.attrs["line"]
    key = schema["primaryKey"]
    dupes = frame.duplicated(key, keep="first")
    if dupes.any():
        i = int(dupes.to_numpy().argmax())
        raise DataError(res["path"], lines[i], key[0], "a unique key", frame.iloc[i][key[0]])
    for fk in schema.get("foreignKeys", []):
        ref = fk["reference"]
        target = frame if ref["resource"] == name else load(ref["resource"])
        allowed = set(target[ref["fields"]].dropna())
        col = frame[fk["fields"]]
        bad = col.notna() & ~col.isin(allowed)
        if bad.any():
            i = int(bad.to_numpy().argmax())
            raise DataError(
                res["path"],
                lines[i],
                fk["fields"],
                f"an id of {ref['resource']}.{ref['fields']}",
                col.iloc[i],
            )


def _check_provenance(name: str, frame: pd.DataFrame) -> None:
    """Report rows name a known section, and a page that is their item's or section's (目录).
    A table with no source column (recommendations, survey questions) is the report's own."""
    if not {"section", "page"} <= set(frame) or name == "contents":
        return
    pages = load("contents").set_index("item_id")["page"]
    for line, (_, row) in zip(frame.attrs["line"], frame.iterrows()):
        if row.get("source", "report2023") != "report2023":
            continue
        if not pd.isna(row["section"]) and row["section"] not in pages.index:
            raise DataError(
                resource(name)["path"], line, "section", "a section of contents.csv", row["section"]
            )
        section_page = pages.get(row["section"], pd.NA)
        allowed = {section_page, pages.get(row.get("item"), pd.NA)} - {pd.NA}
        if pd.isna(section_page) and pd.isna(row["page"]):
            continue
        if row["page"] not in allowed:
            expected = f"page in {sorted(allowed)} (目录/图表目录)" if allowed else "no page"
            raise DataError(resource(name)["path"], line, "page", expected, row["page"])


@cache
def _load(name: str) -> pd.DataFrame:
    frame = _read(name)
    _check_keys(name, frame)
    _check_provenance(name, frame)
    return frame


def load(name: str) -> pd.DataFrame:
    """Load one table of `data/` by name, typed and validated.

    Numbers keep their printed precision in an extra `decimals` column.

    Raises:
        DataError: a cell breaks the schema (file, line and column are named).
    """
    frame = _load(name).copy()
    frame.attrs = {}  # line numbers are for this module's errors, not for every copy
    return frame


def clear_cache() -> None:
    """Forget loaded tables (after `data/` was edited in the same process)."""
    package.cache_clear()
    _load.cache_clear()


def table_of(input_id: str) -> str:
    """The input table an id belongs to, by the id patterns of datapackage.json (no CSV read).

    Raises:
        KeyError: no input table's id pattern matches.
    """
    for name in names("input"):
        res = resource(name)
        key = res["schema"]["primaryKey"][0]
        field = next(f for f in res["schema"]["fields"] if f["name"] == key)
        pattern = field.get("constraints", {}).get("pattern")
        if pattern and re.fullmatch(pattern, input_id):
            return name
    raise KeyError(f"no input table's id pattern matches {input_id!r}")


def inputs(ids: list[str] | None = None) -> pd.DataFrame:
    """Published inputs in one long frame, indexed by id, with their table and entity.

    Args:
        ids: read only the tables holding these ids (by `table_of`); None reads all.
    """
    wanted = None
    if ids is not None:
        wanted = set()
        for i in ids:
            try:
                wanted.add(table_of(i))
            except KeyError:
                pass  # left for the caller's reference check to report with its line
    parts = []
    for name in names("input"):
        if wanted is not None and name not in wanted:
            continue
        frame = load(name)
        if "value" not in frame:
            continue
        id_col = resource(name)["schema"]["primaryKey"][0]
        parts.append(
            pd.DataFrame(
                {
                    "id": frame[id_col],
                    "table": name,
                    "entity": frame[ENTITY[name]],
                    "value": frame["value"],
                    "decimals": frame["decimals"],
                    "unit": frame["unit"],
                    "year": frame["year"],
                }
            )
        )
    if not parts:
        return pd.DataFrame(
            columns=["table", "entity", "value", "decimals", "unit", "year"],
            index=pd.Index([], name="id"),
        )
    return pd.concat(parts, ignore_index=True).set_index("id")


def set_cell(path, row_id: str, column: str, value: str) -> None:
    """Rewrite one cell of a CSV (row found by its first column), keeping everything else.

    For scratch copies of data/ (tests, the mutation check), never for the data themselves.

    Raises:
        KeyError: no row with that id.
    """
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    col = rows[0].index(column)
    hits = [row for row in rows[1:] if row[0] == row_id]
    if not hits:
        raise KeyError(row_id)
    hits[0][col] = value
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)


def check_first(otherwise: str) -> str:
    """Advice for a check that failed: a mistyped number in data/ is the likelier cause, so it
    comes first; `otherwise` says what to do when data/ is as the source prints it."""
    return (
        "Check the numbers these rest on in data/ first (`git diff data/` shows what changed): "
        f"a mistyped input shows up here. If data/ is as the source prints it, {otherwise}."
    )


def counted(unit_id) -> bool:
    """Whether a unit counts whole things (persons, questionnaires, firms, rooms: 个, 份, 家,
    间), by its quantity in data/units.csv."""
    units = load("units").set_index("unit_id")["quantity"]
    return unit_id in units.index and units[unit_id] in ("persons", "count")
