"""`python -m xjutils bench`: where the time goes, measured on this machine.

Prints fresh-venv set-up, a cold `reproduce` of every notebook in every language, a no-op
re-run, the floor (the same runner executing as many trivial notebooks that only import what
every chapter imports), and both test tiers as the Makefile runs them (`make check`, `make
test`), each beside its budget. Nothing here is asserted: timings belong in a benchmark, not in
a timed test; the numbers go to docs/maintainers.md and help find slow steps.
"""

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat

from .. import labels, paths
from . import notebooks

# What every chapter imports: the floor is the same runner paying only for this.
FLOOR_IMPORTS = (
    "import pandas\nimport seaborn\nimport statsmodels.api\nimport matplotlib.pyplot\n"
    "from xjutils import claims, data, plots\nplots.use(lang)"
)


# Issue budgets, on an idle 2-core machine (docs/maintainers.md records the last measurement).
BUDGETS = {
    "setup": 60,
    "reproduce_noop": 0.5,
    "make_check": 30,
    "make_test": 120,
    "cold_over_floor": 1.4,
}

PHASES = {  # what `reproduce` prints about the steps after the notebooks
    "site": re.compile(r"^site: /.*\(([\d.]+)s\)$", re.M),
    "pdf": re.compile(r"^pdf: typeset in ([\d.]+)s$", re.M),
    "check": re.compile(r"^check: .* in ([\d.]+)s$", re.M),
}


def _run(cmd: list[str], env: dict | None = None, cwd: Path | None = None) -> float:
    """Seconds a command takes (its output is kept in `_run.stdout`).

    Raises:
        RuntimeError: the command failed (its last output lines are in the message).
    """
    start = time.monotonic()
    done = subprocess.run(
        cmd, env=os.environ | (env or {}), cwd=cwd or paths.ROOT, capture_output=True, text=True
    )
    if done.returncode:
        tail = (done.stdout + done.stderr).strip().splitlines()[-8:]
        raise RuntimeError(f"{' '.join(cmd)} failed:\n" + "\n".join(tail))
    _run.stdout = done.stdout
    return time.monotonic() - start


def phases(total: float, stdout: str) -> dict:
    """A reproduce's seconds split into notebooks (and the rest), site, PDF and checks."""
    found = {k: float(m.group(1)) if (m := rx.search(stdout)) else 0.0 for k, rx in PHASES.items()}
    return {"notebooks": total - sum(found.values()), **found}


def setup(tmp: Path) -> float:
    """`make env` in a fresh clone: the venv from the lock (uv's download cache may be warm)."""
    clone = tmp / "clone"
    _run(["git", "clone", "--quiet", str(paths.ROOT), str(clone)])
    return _run(["make", "env"], cwd=clone)


def floor_notebooks(folder: Path, count: int) -> None:
    """`count` trivial chapter-like notebooks: a parameters cell and the common imports."""
    folder.mkdir(parents=True)
    for i in range(1, count + 1):
        nb = nbformat.v4.new_notebook()
        nb.metadata.kernelspec = {
            "name": notebooks.KERNEL,
            "display_name": "xjutils",
            "language": "python",
        }
        nb.cells = [  # a title, as a chapter has: the site and the PDF check look for it
            nbformat.v4.new_markdown_cell(f"# {i:02d} · Floor {i}"),
            nbformat.v4.new_code_cell('lang = "zh"', metadata={"tags": ["parameters"]}),
            nbformat.v4.new_code_cell(FLOOR_IMPORTS),
        ]
        nbformat.write(nb, folder / f"{i:02d}_floor.ipynb")


def main(skip_setup: bool = False) -> dict:
    """Run every measurement once and print them; returns the numbers (seconds)."""
    tmp = Path(tempfile.mkdtemp(prefix="xjutils-bench-"))
    reproduce = [sys.executable, "-m", "xjutils", "reproduce", "--jobs", "2"]
    out = {"env": str(tmp / "outputs")}
    try:
        res = {}
        if not skip_setup:
            res["setup"] = setup(tmp)
        res["reproduce_cold"] = _run(reproduce + ["--force"], {"XJUTILS_OUTPUTS": out["env"]})
        split = {"cold": phases(res["reproduce_cold"], _run.stdout)}
        res["reproduce_noop"] = statistics.median(
            _run(reproduce, {"XJUTILS_OUTPUTS": out["env"]}) for _ in range(3)
        )
        floor_notebooks(tmp / "floor", len(notebooks.chapters()))
        res["floor"] = _run(
            reproduce + ["--force"],
            {"XJUTILS_NOTEBOOKS": str(tmp / "floor"), "XJUTILS_OUTPUTS": str(tmp / "floor_out")},
        )
        split["floor"] = phases(res["floor"], _run.stdout)
        res["make_check"] = _run(["make", "check", "ARGS="])  # not bench's own ARGS
        res["make_test"] = _run(["make", "test", "ARGS="])
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    runs = len(notebooks.chapters()) * len(labels.LANGS)
    print(f"machine: {os.cpu_count()} cores; {runs} notebook runs (notebooks x languages)")
    for key, value in res.items():
        budget = f"   (budget {BUDGETS[key]:g} s)" if key in BUDGETS else ""
        print(f"{key:>16}: {value:7.2f} s{budget}")
    ratio = res["reproduce_cold"] / res["floor"]
    print(f"{'cold / floor':>16}: {ratio:8.3f}  (budget {BUDGETS['cold_over_floor']:g})")
    for run, parts in split.items():
        print(f"{run:>16}: " + ", ".join(f"{k} {v:.1f} s" for k, v in parts.items()))
    return res
