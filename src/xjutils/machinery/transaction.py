"""A run as a transaction on outputs/: locked, recovered at start, verified when it stops.

Every command that writes outputs/ runs inside `session`: it holds the lock (`lock`), then
clears what a run killed half-way left (staging folders, a half-built or replaced site,
temporary files), saying so. When a run stops early (Ctrl-C, a full or read-only disk),
`verdict` says what outputs/ holds, checked against the stamps, never assumed.
"""

import errno
import os
import shutil
import stat
import sys
import time
from contextlib import contextmanager, suppress
from pathlib import Path

from .. import paths
from . import lock, steps

# Staging folders, half-built or replaced sites (also as named before runs had their own:
# .staging, .site-new, .site-old), and atomic_path's temporary files.
LEFTOVERS = (
    ".staging*",
    ".site-new*",
    ".site-old*",
    ".report.*",
    "site/.report.*",
    "site/en/.report.*",
    ".stamps/.*",
    "notebooks/*/..*",
)
# Errors that mean outputs/ cannot be written, as opposed to a bug.
UNWRITABLE = {errno.EROFS, errno.EACCES, errno.EPERM, errno.ENOSPC, errno.EDQUOT}


def remove_tree(root: Path) -> None:
    """Remove `root` even where a read-only folder inside stops plain rmtree (we own it).

    Raises:
        OSError: it could not be removed (a read-only file system).
    """

    def writable(func, path, _exc):
        os.chmod(os.path.dirname(path), stat.S_IRWXU)
        func(path)

    if root.is_dir():
        shutil.rmtree(root, onerror=writable)
    else:
        root.unlink(missing_ok=True)


def recover(root: Path) -> list[str]:
    """Clear what an interrupted run left in `root`; one line per thing done.

    A site that was moved aside but not replaced (the run died between the two renames) is
    moved back; whether it is complete is for its stamp to say.
    """
    lines = []
    site = root / "site"
    if not site.exists():
        for old in sorted(root.glob(".site-old*")):
            os.replace(old, site)
            lines.append(f"recovered {site} from {old.name} (a run stopped while replacing it)")
            break
    for pattern in LEFTOVERS:
        for path in sorted(root.glob(pattern)):
            remove_tree(path)
            lines.append(f"removed {path} (left by a run that stopped half-way)")
    return lines


def _stamps() -> dict[str, Path]:
    """Every stamp: each notebook's, and each build step's (not atomic_path's temporary files:
    `..name.json.*`, `.name.json.*`)."""
    notebooks = paths.executed().glob("*/.*.json")
    found = {f"{p.stem[1:]} ({p.parent.name})": p for p in notebooks if p.name[1] != "."}
    built = (paths.outputs() / ".stamps").glob("[!.]*.json")
    return found | {p.stem: p for p in built}


def verdict(since: float, built: tuple[str, ...] = ()) -> str:
    """What outputs/ holds after a run stopped early, from the stamps and the files they list.

    Args:
        since: when the run started (time.time()): stamps written since are its publications.
        built: the build steps the run was to end with; those without a stamp are named.
    """
    import json

    published, broken = [], []
    for label, stamp in sorted(_stamps().items()):
        if stamp.stat().st_mtime >= since:
            published.append(label)
        if stamp.parent.name == ".stamps":
            gone = steps.missing(stamp.stem)
        else:
            try:
                promised = json.loads(stamp.read_text(encoding="utf-8")).get("outputs", [])
            except (OSError, ValueError):
                promised = []
            executed = stamp.with_name(f"{stamp.stem[1:]}.ipynb")
            gone = [executed] * (not executed.exists()) + [
                paths.outputs() / p for p in promised if not (paths.outputs() / p).exists()
            ]
        if gone:
            with suppress(OSError):  # unremovable (read-only): its missing outputs still say so
                stamp.unlink()  # the next run redoes it
            broken.append(f"{label} (missing {gone[0]})")
    said = [f"published {', '.join(published)}" if published else "nothing was published"]
    if broken:
        said.append("incomplete, to be redone by the next run: " + "; ".join(broken))
    elif published:
        said.append("all stamped outputs are complete (checked)")
    else:
        said.append("previous complete outputs are intact (checked against their stamps)")
    todo = [name for name in built if not steps.stamp(name).exists()]
    if todo:
        said.append(f"not built yet, the next run builds: {', '.join(todo)}")
    return "; ".join(said)


def unwritable(exc: OSError) -> bool:
    return exc.errno in UNWRITABLE


@contextmanager
def session(command: str):
    """Hold the lock on outputs/ and clear an interrupted run's leftovers; yield the start time.

    Raises:
        lock.Busy: another run held outputs/ for too long.
        OSError: outputs/ cannot be written.
    """
    root = paths.outputs()
    with lock.hold(root, command):
        for line in recover(root):
            print(line, file=sys.stderr, flush=True)
        yield time.time()
