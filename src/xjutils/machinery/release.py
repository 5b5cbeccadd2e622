"""The release a build is of: the version and the date it carries (never the build time).

Light on purpose: deciding whether the site is up to date must not import the site's builders.
"""

import datetime as dt
import os
import subprocess
import tomllib

from .. import paths

ROOT = paths.ROOT  # not DATA's parent: the mutation check points DATA at a scratch copy


def release() -> tuple[str, str | None]:
    """Version from pyproject.toml; date of the last commit (SOURCE_DATE_EPOCH wins)."""
    pyproject = ROOT / "pyproject.toml"
    if pyproject.exists():
        version = tomllib.loads(pyproject.read_text())["project"]["version"]
    else:  # an installed copy, not a checkout
        from importlib.metadata import version as installed

        version = installed("xjutils")
    if os.environ.get("SOURCE_DATE_EPOCH"):
        stamp = dt.datetime.fromtimestamp(int(os.environ["SOURCE_DATE_EPOCH"]), dt.UTC)
        return version, stamp.date().isoformat()
    try:
        date = subprocess.run(
            ["git", "-C", str(ROOT), "log", "-1", "--format=%cs"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        date = ""
    return version, date or None
