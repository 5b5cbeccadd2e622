"""One run at a time: a lock on outputs/ that every command writing there holds.

Two runs that interleave share outputs/ and would publish each other's half-staged files; so
a second run waits (saying so) until the first ends, or stops after `WAIT` seconds. The lock is
fcntl's (flock): the kernel drops it when its holder exits, however it exits, so a crashed run
never leaves a stale lock. The file names the holder, for the waiting run's message.
"""

import fcntl
import os
import sys
import time
from contextlib import contextmanager
from pathlib import Path

WAIT = 600  # seconds a second run waits for the first
NAME = ".lock"


class Busy(RuntimeError):
    """Another run held outputs/ for longer than `WAIT` seconds."""


def _holder(fd: int) -> str:
    os.lseek(fd, 0, os.SEEK_SET)
    return os.read(fd, 200).decode(errors="replace").strip() or "another run"


@contextmanager
def hold(root: Path, command: str):
    """Hold the lock on `root` (created if missing) for the block.

    Raises:
        Busy: still held by another run after `WAIT` seconds.
        OSError: `root` cannot be written (read-only, full).
    """
    wait = WAIT
    root.mkdir(parents=True, exist_ok=True)
    fd = os.open(root / NAME, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        begun = time.monotonic()
        deadline = begun + wait
        told = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise Busy(
                        f"{root} is in use by {_holder(fd)}; waited {wait:.0f} s, did nothing"
                    ) from None
                holder = _holder(fd)
                # the holder writes its name just after taking the lock: give it a moment, so
                # the message names it rather than "another run"
                named = holder != "another run" or time.monotonic() - begun > 1.0
                if not told and named:
                    print(
                        f"waiting for {holder} to finish with {root} (up to {wait:.0f} s)",
                        file=sys.stderr,
                        flush=True,
                    )
                    told = True
                time.sleep(0.2)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{command} (pid {os.getpid()})\n".encode(), 0)
        yield
    finally:
        os.close(fd)  # releases the lock
