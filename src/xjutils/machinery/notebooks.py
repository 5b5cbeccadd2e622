"""The chapter notebooks: discovery, parameters, and stripping of volatile metadata.

Stored outputs of `notebooks/*.ipynb` are the nbval reference, so an execution must leave no
timestamps, durations or machine paths behind: a re-run then creates no diff.
"""

import re

from .. import paths

NAME = re.compile(r"^(\d{2})_[a-z_]+$")
KERNEL = "xjutils"
# The stored notebooks are the Chinese run (nbval's reference); English is a parameter away.
DEFAULT_LANG = 'lang = "zh"'


def chapters() -> dict[str, str]:
    """Number -> notebook stem ('01' -> '01_overall'), in order."""
    found = {}
    for nb in sorted(paths.NOTEBOOKS.glob("*.ipynb")):
        m = NAME.match(nb.stem)
        if m:
            found[m.group(1)] = nb.stem
    return found


def lang_line(nb) -> str:
    """The code of a notebook's parameters cell without its comment ('lang = "zh"')."""
    (params,) = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    return params.source.split("#")[0].strip()


def strip_volatile(nb):
    """Drop papermill timings, paths and execution timestamps; keep the parameters used."""
    pm = nb.metadata.pop("papermill", {})
    if pm.get("parameters"):
        nb.metadata["papermill"] = {"parameters": pm["parameters"]}
    nb.metadata.pop("widgets", None)
    for cell in nb.cells:
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell.id = "injected-parameters"  # papermill gives it a random id
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
    return nb
