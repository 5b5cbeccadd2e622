"""Cached build steps (the site, the PDFs, their check) with real keys.

A step is up to date when its stamp's key matches what it would be built from now (the bytes
of its input files, a description of the toolchain found) and every output it promised (known
before the build, or listed after it) still exists: a folder merely existing proves nothing (a
run stopped mid-step, a file deleted since, Chromium installed since). A stamp is removed
before its step starts and written only after it succeeded, so a step stopped half-way is
redone by the next run.
"""

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from .. import paths
from ..atomic import write_text


@dataclass
class Step:
    """What a step is built from and what it promises (`outputs`, may be filled in by the build)."""

    name: str
    inputs: list[Path]
    toolchain: dict = field(default_factory=dict)
    outputs: list[Path] = field(default_factory=list)

    def key(self) -> str:
        h = hashlib.sha256(json.dumps(self.toolchain, sort_keys=True).encode())
        for f in sorted(set(self.inputs)):
            h.update(str(_rel(f)).encode() + b"\0")
            h.update(f.read_bytes() if f.is_file() else b"<absent>")
        return h.hexdigest()


def _rel(f: Path) -> Path:
    for base in (paths.outputs(), paths.ROOT):
        if f.is_relative_to(base):
            return f.relative_to(base)
    return f


def stamp(name: str) -> Path:
    return paths.outputs() / ".stamps" / f"{name}.json"


def missing(name: str) -> list[Path]:
    """Promised outputs of the last successful `name` that no longer exist (all when unknown)."""
    try:
        promised = json.loads(stamp(name).read_text(encoding="utf-8"))["outputs"]
    except (OSError, ValueError, KeyError):
        return [stamp(name)]
    return [paths.outputs() / p for p in promised if not (paths.outputs() / p).exists()]


def fresh(step: Step) -> bool:
    """True when `step` built from these inputs with this toolchain and its outputs all exist."""
    try:
        record = json.loads(stamp(step.name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return record.get("key") == step.key() and not missing(step.name)


def forget(name: str) -> None:
    """Before a step starts: until it ends well, nothing vouches for its outputs."""
    stamp(name).unlink(missing_ok=True)


def record(step: Step) -> None:
    """After a step succeeded: its key and its promised outputs (which must exist)."""
    outputs = [str(_rel(f)) for f in sorted(set(step.outputs))]
    absent = [o for o in outputs if not (paths.outputs() / o).exists()]
    if absent:
        raise FileNotFoundError(f"{step.name} promised {absent[0]} but did not write it")
    write_text(stamp(step.name), json.dumps({"key": step.key(), "outputs": outputs}, indent=1))


def tree(root: Path, exclude: str = "") -> list[Path]:
    """Every file under `root` (sorted; names ending in `exclude` left out)."""
    return sorted(
        f for f in root.rglob("*") if f.is_file() and not (exclude and f.name.endswith(exclude))
    )
