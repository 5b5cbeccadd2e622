"""Failure modes: each gives a clear message and leaves no half-written output."""

import os
import signal
import subprocess
import sys
import time

import matplotlib.pyplot as plt
import nbformat
import papermill as pm
import pytest

from xjutils import data, plots
from xjutils.machinery import notebooks


@pytest.mark.slow
def test_bad_lang_parameter_names_the_parameter(tmp_path, monkeypatch, write_notebook):
    """`papermill -p lang fr`: chapter notebooks call plots.use(lang), which checks it first."""
    monkeypatch.setenv("XJUTILS_OUTPUTS", str(tmp_path / "outputs"))
    nb = tmp_path / "01_demo.ipynb"
    write_notebook(nb, "from xjutils import labels\nlabels.check_lang(lang)")
    with pytest.raises(pm.PapermillExecutionError, match="parameter lang must be one of"):
        pm.execute_notebook(
            str(nb),
            str(tmp_path / "o.ipynb"),
            parameters={"lang": "fr"},
            kernel_name=notebooks.KERNEL,
            progress_bar=False,
        )
    assert not (tmp_path / "outputs").exists()


def test_missing_glyph_is_an_error_not_tofu():
    plots.use("zh")
    fig, ax = plt.subplots()
    ax.set_title("\U0001f600")  # not in Noto Sans CJK
    with pytest.raises(UserWarning, match="missing from font"):
        fig.canvas.draw()
    plt.close(fig)


def test_missing_page_is_missing_provenance(scratch_data, edit_cell):
    edit_cell(scratch_data / "prefecture_gmv.csv", "tab01.aksu", "page", "")
    with pytest.raises(data.DataError, match=r"line 3, column 'page'"):
        data.load("prefecture_gmv")


def test_unknown_section_is_refused(scratch_data, edit_cell):
    edit_cell(scratch_data / "survey_shares.csv", "fig13.lt5.2023", "section", "二(二)9")
    with pytest.raises(data.DataError, match=r"line \d+, column 'section'"):
        data.load("survey_shares")


@pytest.mark.slow
def test_sigint_keeps_previous_outputs_and_leaves_no_partial_file(tmp_path, write_notebook):
    nbdir, out = tmp_path / "notebooks", tmp_path / "outputs"
    nbdir.mkdir()
    write_notebook(nbdir / "01_slow.ipynb", "import time\ntime.sleep(60)")
    previous = out / "notebooks" / "zh" / "01_slow.ipynb"
    previous.parent.mkdir(parents=True)
    previous.write_text("previous complete output")
    env = os.environ | {"XJUTILS_NOTEBOOKS": str(nbdir), "XJUTILS_OUTPUTS": str(out)}
    # Ctrl-C as a terminal sends it; a shell's background job inherits SIGINT ignored, so the
    # child takes the default handler back before it runs `python -m xjutils reproduce`.
    cli = (
        "import runpy, signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
        "sys.argv = ['xjutils', 'reproduce', '--lang', 'zh', '--jobs', '1']; "
        "runpy.run_module('xjutils', run_name='__main__')"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", cli],
        env=env,
        start_new_session=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(3)  # mid-run: the kernel is starting or sleeping
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "previous complete outputs are intact" in err
    assert previous.read_text() == "previous complete output"
    leftovers = [p for p in out.rglob("*") if p.is_file() and p not in (previous, out / ".lock")]
    assert leftovers == [] and not list(out.glob(".staging*"))
    nbformat.read(nbdir / "01_slow.ipynb", as_version=4)  # the source is untouched
