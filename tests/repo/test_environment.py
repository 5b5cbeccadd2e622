"""pyproject.toml, requirements.lock and environment.yml agree."""

import re
import tomllib

import pytest
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet

from xjutils import paths

ROOT = paths.ROOT


def lock_pins() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements.lock").read_text().splitlines():
        if line and not line.startswith((" ", "#")):
            name, sep, version = line.partition("==")
            assert sep, f"unpinned line in requirements.lock: {line}"
            pins[re.sub(r"[-_.]+", "-", name.lower())] = version.split(";")[0].strip()
    return pins


def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())


def declared() -> list[Requirement]:
    project = pyproject()["project"]
    reqs = project["dependencies"] + sum(project["optional-dependencies"].values(), [])
    return [Requirement(r) for r in reqs]


@pytest.mark.parametrize("req", declared(), ids=str)
def test_lock_satisfies_pyproject(req):
    pins = lock_pins()
    name = re.sub(r"[-_.]+", "-", req.name.lower())
    assert name in pins, f"{req.name} is declared but not locked: run `make lock`"
    assert req.specifier.contains(pins[name], prereleases=True), (req, pins[name])


def test_environment_yml_installs_the_lock():
    text = (ROOT / "environment.yml").read_text()
    assert "- -r requirements.lock" in text
    assert "- -e ." in text
    python = re.search(r"- python=(\d+\.\d+)", text).group(1)
    assert SpecifierSet(pyproject()["project"]["requires-python"]).contains(python + ".0")
    assert f"--python-version {python}" in (ROOT / "Makefile").read_text()


def test_rfc3987_syntax_stays_out():
    """Its parsers cost every nbformat import ~0.7 s (see pyproject.toml)."""
    assert "rfc3987-syntax" not in lock_pins()


def test_ci_runs_the_readme_test_command():
    assert "make test" in (ROOT / ".ci" / "run").read_text()
    assert "make test" in (ROOT / "README.md").read_text()


def test_docs_errata_match_errata_csv():
    from xjutils.machinery import errata

    assert errata.DOC.read_text(encoding="utf-8") == errata.document(), "run `make errata`"
