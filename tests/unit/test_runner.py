"""xjutils.runner: a failing notebook is named with its cell; complete outputs survive."""

import nbformat
import pytest

from xjutils import paths
from xjutils.build import notebooks, runner


@pytest.fixture
def project(tmp_path, monkeypatch):
    nbdir, out = tmp_path / "notebooks", tmp_path / "outputs"
    nbdir.mkdir()
    monkeypatch.setattr(paths, "NOTEBOOKS", nbdir)
    monkeypatch.setenv("XJUTILS_OUTPUTS", str(out))
    return nbdir, out


def write_notebook(path, *sources):
    nb = nbformat.v4.new_notebook()
    nb.metadata.kernelspec = {"name": notebooks.KERNEL, "display_name": "x", "language": "python"}
    params = nbformat.v4.new_code_cell('lang = "zh"', metadata={"tags": ["parameters"]})
    nb.cells = [params] + [nbformat.v4.new_code_cell(s) for s in sources]
    nbformat.write(nb, path)


def test_failure_keeps_previous_outputs_and_names_the_cell(project):
    nbdir, out = project
    previous = out / "notebooks" / "zh" / "01_demo.ipynb"
    previous.parent.mkdir(parents=True)
    previous.write_text("previous complete output")
    write_notebook(nbdir / "01_demo.ipynb", "x = 1", "raise RuntimeError('boom')")
    (outcome,) = runner.reproduce(langs=["zh"], jobs=1, log=lambda *_: None)
    assert not outcome.ok
    assert "[raise RuntimeError('boom')]: RuntimeError: boom" in outcome.error
    assert previous.read_text() == "previous complete output"
    assert (out / "failed" / "zh" / "01_demo.ipynb").exists()
    assert not (out / ".staging").exists()


def test_unknown_notebook_or_language_is_refused(project):
    write_notebook(project[0] / "01_demo.ipynb", "x = 1")
    with pytest.raises(ValueError, match="no notebook numbered"):
        runner.reproduce(only=["09"], log=lambda *_: None)
    with pytest.raises(ValueError, match="parameter lang"):
        runner.reproduce(langs=["fr"], log=lambda *_: None)
