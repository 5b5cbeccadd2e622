"""Faults in inputs and arguments: each is named in words, with where it is and what to do."""

import os
import shutil
import subprocess
from types import SimpleNamespace

import jupytext
import nbformat
import pytest

from tests.notebooks.test_pairs import pair_hint
from xjutils import audit, claims, data, paths
from xjutils.audit import plausibility
from xjutils.machinery import cli, runner


def test_gbk_file_names_line_column_and_encoding(scratch_data):
    path = scratch_data / "overall.csv"
    path.write_bytes(path.read_text(encoding="utf-8").encode("gbk"))
    with pytest.raises(data.DataError) as e:
        data.load("overall")
    assert str(e.value) == (
        "data/overall.csv, line 2, column 'section': expected UTF-8 text, got byte 0xd1: "
        "it reads as GBK; save the file as UTF-8"
    )


def test_byte_order_mark_is_called_a_bom(scratch_data):
    path = scratch_data / "overall.csv"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    with pytest.raises(data.DataError, match=r"overall.csv, line 1: .* without a byte-order mark"):
        data.load("overall")


def test_broken_datapackage_names_line_and_what_json_expected(scratch_data):
    path = scratch_data / "datapackage.json"
    path.write_text(
        path.read_text(encoding="utf-8").replace('"name": "sources",', '"name": "sources"', 1),
        encoding="utf-8",
    )
    with pytest.raises(
        data.DataError,
        match=r"^data/datapackage.json, line \d+: expected JSON, got '\"path\": \"sources.csv': "
        "Expecting ',' delimiter at column 4$",
    ):
        data.load("overall")


@pytest.mark.parametrize(
    "text,fix",
    [
        ("２０.９２", "these are full-width digits, write 20.92"),
        ("inf", "the report prints no such number$"),
        ("NaN", "the report prints no such number$"),
        (" 20.92", "got ' 20.92': spaces around it, write 20.92"),
        ("20.92%", "got '20.92%'$"),
    ],
)
def test_value_is_plain_ascii_digits(scratch_data, edit_cell, text, fix):
    edit_cell(scratch_data / "overall.csv", "fig01.gmv.2023", "value", text)
    with pytest.raises(data.DataError, match=rf"overall.csv, line 3, column 'value': .*{fix}"):
        data.load("overall")


def test_nan_where_a_value_may_be_missing_says_leave_it_empty(scratch_data, edit_cell):
    edit_cell(scratch_data / "topic_plays.csv", "tab03.ili.kuaishou", "value", "nan")
    with pytest.raises(data.DataError, match="leave the cell empty where it prints none"):
        data.load("topic_plays")


def test_full_width_year_is_refused(scratch_data, edit_cell):
    edit_cell(scratch_data / "overall.csv", "fig01.gmv.2023", "year", "２０２３")
    with pytest.raises(data.DataError, match="column 'year': .*full-width digits, write 2023"):
        data.load("overall")


@pytest.mark.parametrize(
    "table,row,column",
    [
        ("overall", "fig01.gmv.2023", "value"),
        ("prefecture_gmv", "tab01.aksu", "year"),
        ("survey_shares", "fig13.lt5.2023", "page"),
        ("institutions", None, "section"),
    ],
)
def test_required_cell_emptied_names_file_line_column(scratch_data, edit_cell, table, row, column):
    path = scratch_data / f"{table}.csv"
    row = row or path.read_text(encoding="utf-8").splitlines()[1].split(",")[0]
    edit_cell(path, row, column, "")
    with pytest.raises(data.DataError, match=rf"{table}.csv, line \d+, column '{column}'"):
        data.load(table)


def test_a_value_column_every_row_fills_is_required():
    """Else an emptied cell loads and surfaces chapters later (as `source nan`)."""
    for name in data.names("input"):
        fields = {f["name"]: f for f in data.resource(name)["schema"]["fields"]}
        frame = data.load(name)
        if "value" in fields and frame["value"].notna().all():
            assert fields["value"].get("constraints", {}).get("required"), name


@pytest.mark.parametrize("jobs", ["0", "-3", "2.5", "２", str(cli.CORES + 1)])
def test_jobs_outside_the_cores_is_a_parser_error(capsys, jobs):
    with pytest.raises(SystemExit) as e:
        cli.main(["reproduce", "--jobs", jobs])
    assert e.value.code == 2
    err = capsys.readouterr().err
    assert f"argument --jobs: must be a whole number from 1 to {cli.CORES}" in err


@pytest.mark.parametrize("per_table", ["0", "-1"])
def test_mutate_per_table_below_one_is_a_parser_error(capsys, per_table):
    """0 once divided by zero and -1 broke random.sample, both as tracebacks."""
    with pytest.raises(SystemExit):
        cli.main(["mutate", "--per-table", per_table])
    assert "argument --per-table: must be a whole number of at least 1" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["reproduce", "reference"])
def test_unknown_notebook_number_is_a_parser_error(capsys, command):
    """`reference --only 99` was a KeyError traceback."""
    with pytest.raises(SystemExit):
        cli.main([command, "--only", "99"])
    assert "argument --only: invalid choice: '99' (choose from '00'" in capsys.readouterr().err


def test_data_error_in_the_cli_is_a_message_not_a_usage(monkeypatch, capsys):
    def broken(*args):
        raise data.DataError("overall.csv", 3, "value", "a number in ASCII digits", "x")

    monkeypatch.setattr(runner, "reproduce", broken)
    assert cli.main(["reproduce"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("data: data/overall.csv, line 3, column 'value'")
    assert "usage" not in err and "Traceback" not in err


def _fake_python(path, version):
    """A stand-in for python VERSION: answers --version and the Makefile's version check, and
    `-m venv DIR` makes DIR/bin/python (itself) and DIR/bin/uv; everything else succeeds."""
    new_enough = tuple(int(p) for p in version.split(".")[:2]) >= (3, 11)
    path.write_text(
        "#!/bin/sh\n"
        'case "$1" in\n'
        f'  --version) echo "Python {version}" ;;\n'
        f"  -c) exit {0 if new_enough else 1} ;;\n"
        '  -m) if [ "$2" = venv ]; then mkdir -p "$3/bin" && cp "$0" "$3/bin/python" && '
        'cp "$0" "$3/bin/uv"; fi ;;\n'
        "esac\n"
    )
    path.chmod(0o755)
    return path


@pytest.fixture
def make_env(tmp_path):
    """`make env` of the project's Makefile in a scratch folder (a lock, a pyproject), with a
    fake PYTHON; returns the completed process."""
    shutil.copy(paths.ROOT / "Makefile", tmp_path)
    (tmp_path / "requirements.lock").write_text("uv==0.0.0\n")
    (tmp_path / "pyproject.toml").write_text("")

    # Not the flags and variables of a `make check` this runs under; make's words in English.
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}

    def run(python):
        return subprocess.run(
            ["make", "--no-print-directory", "env", f"PYTHON={python}"],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            env=env | {"LC_ALL": "C"},
        )

    return tmp_path, run


def test_venv_of_an_older_python_is_rebuilt(make_env):
    root, run = make_env
    (root / ".venv/bin").mkdir(parents=True)
    _fake_python(root / ".venv/bin/python", "3.10.12")
    done = run(_fake_python(root / "python3.12", "3.12.1"))
    assert done.returncode == 0, done.stdout + done.stderr
    assert (
        ".venv's python is Python 3.10.12, the project needs Python >= 3.11: rebuilding .venv"
        in done.stdout
    )
    assert "3.12.1" in subprocess.check_output([root / ".venv/bin/python", "--version"], text=True)


def test_broken_venv_is_rebuilt_even_when_marked_ready(make_env):
    root, run = make_env
    (root / ".venv/bin").mkdir(parents=True)
    (root / ".venv/bin/python").symlink_to("/nonexistent/python3.9")
    (root / ".venv/.ready").touch()
    done = run(_fake_python(root / "python3.12", "3.12.1"))
    assert done.returncode == 0, done.stdout + done.stderr
    assert ".venv's python is broken (it does not run)" in done.stdout


def test_an_older_python_stops_with_the_command_to_run(make_env):
    root, run = make_env
    done = run(_fake_python(root / "python3", "3.10.12"))
    assert done.returncode != 0
    needs = "is Python 3.10.12, the project needs Python >= 3.11: run make env PYTHON=python3.11"
    assert needs in done.stdout
    assert not (root / ".venv").exists()


def test_a_ready_venv_is_left_alone(make_env):
    root, run = make_env
    (root / ".venv/bin").mkdir(parents=True)
    _fake_python(root / ".venv/bin/python", "3.12.1")
    (root / ".venv/.ready").touch()
    done = run(root / "no-such-python")
    assert done.returncode == 0 and "Nothing to be done" in done.stdout + done.stderr


@pytest.mark.parametrize(
    "name,collected",
    [
        ("01_overall.ipynb", True),
        ("01_overall.nbconvert.ipynb", False),
        ("Untitled.ipynb", False),
        ("09_draft.ipynb", False),  # no .py pair
    ],
)
def test_only_chapter_notebooks_are_collected(request, name, collected):
    hook = request.config.hook.pytest_ignore_collect
    ignored = hook(collection_path=paths.ROOT / "notebooks" / name, config=request.config)
    assert bool(ignored) is not collected


@pytest.mark.parametrize(
    "edit,hint,absent",
    [
        ("lang", 'ipynb set another language: set its parameters cell to lang = "zh"', "jupytext"),
        ("code", "if you edited the .py, run `jupytext --to ipynb", "run `jupytext --sync"),
    ],
)
def test_pair_hint_never_points_the_wrong_way(edit, hint, absent):
    """A notebook saved after a run in English is told to set lang back, never to sync (which
    would copy the English run into the .py); other edits are told both directions."""
    ipynb = nbformat.read(paths.NOTEBOOKS / "01_overall.ipynb", as_version=4)
    py = jupytext.read(paths.NOTEBOOKS / "01_overall.py")
    (params,) = [c for c in ipynb.cells if "parameters" in c.metadata.get("tags", [])]
    if edit == "lang":
        params.source = 'lang = "en"'
    else:
        ipynb.cells[-1].source += "\n# edited"
    got = pair_hint("01_overall", ipynb, py)
    assert hint in got and absent not in got


def test_a_mistyped_input_that_breaks_a_claim_is_told_to_check_it_first(scratch_data, edit_cell):
    edit_cell(scratch_data / "overall.csv", "fig01.gmv.2020", "value", "12.30")
    with pytest.raises(claims.ClaimError) as e:
        claims.expect(claims.check_all())
    message = str(e.value)
    assert "; inputs fig01.gmv.2020;fig01.gmv.2023)" in message
    assert message.index("Check the numbers these rest on in data/ first") < message.index(
        "data/errata.csv"
    )


def test_a_mistyped_input_that_makes_a_finding_is_told_to_check_it_first(scratch_data, edit_cell):
    edit_cell(scratch_data / "overall.csv", "fig01.gmv.2020", "value", "13.20")
    with pytest.raises(AssertionError) as e:
        audit.expect_explained(plausibility.examine())
    message = str(e.value)
    assert message.startswith("findings no erratum explains:\nplausibility/")
    assert message.index("Check the numbers these rest on in data/ first") < message.index(
        "data/errata.csv"
    )


def test_nbval_failure_advice_checks_data_before_make_reference():
    """`make reference` first would store a mistyped number as the reference."""
    import conftest as root

    lines = []
    failed = SimpleNamespace(nodeid="notebooks/01_overall.ipynb::Cell 7")
    reporter = SimpleNamespace(
        stats={"failed": [failed]}, write_line=lambda text, **_: lines.append(text)
    )
    root.pytest_terminal_summary(reporter)
    assert lines[0].index("git diff data/") < lines[0].index("make reference")


def test_make_reference_refuses_a_notebook_saved_in_english(project, write_notebook):
    """The sync would carry lang = "en" into the .py and store the English run as reference."""
    nbdir, _ = project
    write_notebook(nbdir / "01_demo.ipynb", "x = 1")
    jupytext.write(jupytext.read(nbdir / "01_demo.ipynb"), nbdir / "01_demo.py", fmt="py:percent")
    nb = nbformat.read(nbdir / "01_demo.ipynb", as_version=4)
    nb.cells[0].source = 'lang = "en"'
    nbformat.write(nb, nbdir / "01_demo.ipynb")
    with pytest.raises(ValueError, match='01_demo.ipynb has lang = "en" in its parameters cell'):
        runner.reference()
    assert 'lang = "zh"' in (nbdir / "01_demo.py").read_text()
