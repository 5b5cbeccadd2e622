"""The one place that knows where data, notebooks and outputs live.

Every other module and notebook imports its paths from here, so no path is spelled twice.
Environment variables redirect three of them (kernels inherit the environment):
`XJUTILS_OUTPUTS` (the runner stages each notebook's files there before they replace the
previous complete ones), `XJUTILS_DATA` and `XJUTILS_NOTEBOOKS` (the mutation check and the
benchmark run on scratch copies).
"""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(os.environ.get("XJUTILS_DATA", ROOT / "data"))
DATAPACKAGE = DATA / "datapackage.json"
NOTEBOOKS = Path(os.environ.get("XJUTILS_NOTEBOOKS", ROOT / "notebooks"))
LOCK = ROOT / "requirements.lock"
PACKAGE = Path(__file__).resolve().parent


def outputs() -> Path:
    """Root of the outputs (read at call time so the runner can redirect it)."""
    return Path(os.environ.get("XJUTILS_OUTPUTS", ROOT / "outputs"))


def figures() -> Path:
    return outputs() / "figures"


def tables() -> Path:
    return outputs() / "tables"


def executed() -> Path:
    """Executed notebooks, one folder per language."""
    return outputs() / "notebooks"


def layout_reports() -> Path:
    """Where the tests have every kernel report each saved figure's layout faults (one JSON per
    figure, `plots.LAYOUT_REPORT`)."""
    return outputs() / "layout"


def failed() -> Path:
    """Partial executions of failed notebooks, kept for inspection."""
    return outputs() / "failed"
