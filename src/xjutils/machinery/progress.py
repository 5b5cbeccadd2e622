"""Progress for long commands: a bar on a terminal, plain numbered lines anywhere else.

A log file or CI console gets one line per notebook and no ANSI codes; a terminal gets the
same lines above a tqdm bar.
"""

import sys


class Reporter:
    """Count finished steps and print one line each.

    Args:
        total: the number of steps expected.
        log: where lines go; default stdout, with a bar when stdout is a terminal.
    """

    def __init__(self, total: int, log=None):
        self.total, self.done, self.log, self.bar = total, 0, log, None

    def __enter__(self):
        if self.log is None and sys.stdout.isatty() and self.total:
            from tqdm import tqdm

            self.bar = tqdm(total=self.total, unit="nb", leave=False, dynamic_ncols=True)
        return self

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.close()
        return False

    def note(self, line: str) -> None:
        """Print a line without counting a step."""
        if self.bar is not None:
            self.bar.write(line)
        else:
            (self.log or _print)(line)

    def __call__(self, line: str) -> None:
        """Count one finished step and print its line."""
        self.done += 1
        self.note(f"[{self.done}/{self.total}] {line}")
        if self.bar is not None:
            self.bar.update(1)


def _print(line: str) -> None:
    print(line, flush=True)
