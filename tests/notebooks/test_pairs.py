"""Each chapter notebook is a jupytext pair with a `parameters` cell and the project kernel."""

import jupytext
import nbformat
import pytest

from xjutils import paths
from xjutils.machinery import notebooks

CHAPTERS = sorted(notebooks.chapters().values())


def test_chapters_are_numbered_in_order():
    numbers = sorted(notebooks.chapters())
    assert numbers == [f"{i:02d}" for i in range(len(numbers))]  # 00, the summary, first


def _fix(name: str) -> str:
    lang, only = notebooks.DEFAULT_LANG, name[:2]
    return f"set its parameters cell to {lang}; run `make reference ARGS='--only {only}'`"


def pair_hint(name: str, ipynb, py) -> str | None:
    """What to do when the pair's inputs differ (None when they agree). It names the direction:
    `jupytext --sync` copies the file saved last, which after a run in English would carry
    `lang = "en"` into the .py."""
    # tags too: the reader's edition hides, collapses or drops cells by them, and a merge or
    # `jupytext --update` can keep one file's tags and not the other's
    cells = lambda nb: [  # noqa: E731
        (c.cell_type, c.source.strip(), sorted(c.metadata.get("tags", []))) for c in nb.cells
    ]
    if cells(ipynb) == cells(py):
        return None
    pair = {f"notebooks/{name}.ipynb": ipynb, f"notebooks/{name}.py": py}
    english = [f for f, nb in pair.items() if notebooks.lang_line(nb) != notebooks.DEFAULT_LANG]
    if english:
        return f"{' and '.join(english)} set another language: {_fix(name)}"
    return (
        f"if you edited the .py, run `jupytext --to ipynb notebooks/{name}.py`; if you edited "
        f"the .ipynb, `jupytext --to py:percent notebooks/{name}.ipynb` (not `--sync`: it "
        "copies whichever was saved last)"
    )


@pytest.mark.parametrize("name", CHAPTERS)
def test_py_and_ipynb_have_the_same_inputs(name):
    ipynb = nbformat.read(paths.NOTEBOOKS / f"{name}.ipynb", as_version=4)
    py = jupytext.read(paths.NOTEBOOKS / f"{name}.py")
    hint = pair_hint(name, ipynb, py)
    assert hint is None, hint


@pytest.mark.parametrize("name", CHAPTERS)
def test_parameters_cell_and_kernel(name):
    nb = nbformat.read(paths.NOTEBOOKS / f"{name}.ipynb", as_version=4)
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1 and "lang =" in tagged[0].source
    assert nb.metadata.kernelspec.name == notebooks.KERNEL


@pytest.mark.parametrize("name", CHAPTERS)
def test_stored_outputs_carry_no_volatile_metadata(name):
    nb = nbformat.read(paths.NOTEBOOKS / f"{name}.ipynb", as_version=4)
    assert "papermill" not in nb.metadata
    for cell in nb.cells:
        assert not {"papermill", "execution"} & set(cell.metadata), cell.source[:40]


@pytest.mark.parametrize("name", CHAPTERS)
def test_stored_notebook_is_a_full_run_in_the_default_language(name):
    """The stored outputs are nbval's reference: a run in Chinese (`lang = "zh"`), every cell."""
    nb = nbformat.read(paths.NOTEBOOKS / f"{name}.ipynb", as_version=4)
    fix = _fix(name)
    lang = notebooks.lang_line(nb)
    assert lang == notebooks.DEFAULT_LANG, f"{name} saved with {lang!r}: {fix}"
    injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert not injected, f"{name} was saved from a papermill run: {fix}"
    code = [c for c in nb.cells if c.cell_type == "code"]
    counts = [c.execution_count for c in code]
    assert None not in counts, f"{name} has cells that were never run: {fix}"
    assert counts == list(range(1, len(code) + 1)), f"{name} was not run top to bottom: {fix}"
