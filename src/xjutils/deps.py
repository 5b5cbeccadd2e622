"""What a notebook actually read, for the runner's per-notebook cache.

When `XJUTILS_DEPS` names a file, the kernel writes to it at exit the data tables it loaded and
the `xjutils` modules it imported. The runner keys each notebook's cache on those files only,
so editing one table re-runs only the notebooks that read it. No record means "everything".
"""

import atexit
import json
import os
import sys

TABLES: set[str] = set()


def record_table(name: str) -> None:
    TABLES.add(name)


def _write(path: str) -> None:
    modules = sorted(m for m in sys.modules if m == "xjutils" or m.startswith("xjutils."))
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"tables": sorted(TABLES), "modules": modules}, f)


if os.environ.get("XJUTILS_DEPS"):
    atexit.register(_write, os.environ["XJUTILS_DEPS"])


def flush() -> None:
    """Write the record now: nbval stops its kernels without running exit handlers."""
    if os.environ.get("XJUTILS_DEPS"):
        _write(os.environ["XJUTILS_DEPS"])
