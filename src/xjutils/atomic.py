"""Atomic, deterministic writing: a file is either complete or absent, never half-written.

Files are written 0644 whatever the temporary file's mode: outputs are meant to be shared.
"""

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

MODE = 0o644


@contextmanager
def atomic_path(path: Path):
    """Yield a temporary path beside `path`; move it into place only if the block succeeds."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=path.suffix)
    os.close(fd)
    os.chmod(tmp, MODE)  # mkstemp makes 0600: outputs are for sharing
    try:
        yield Path(tmp)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def write_text(path: Path, text: str) -> Path:
    with atomic_path(path) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return Path(path)
