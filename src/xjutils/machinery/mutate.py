"""`python -m xjutils mutate`: does changing any transcribed number turn the tests red?

Each mutation adds one unit in the last printed place of one number (50.60 -> 50.61, 37 ->
38) in a scratch copy of data/, then runs the test suite against it (XJUTILS_DATA): the quick
tier first (`make check`, seconds), the whole suite as CI runs it (`make test`) only if the
quick tier stays green. A mutation the whole suite does not catch is a survivor: a number no
check or notebook output depends on. The sample is seeded and covers every table.
"""

import csv
import os
import random
import shutil
import subprocess
import tempfile
from decimal import Decimal
from pathlib import Path

from .. import data, paths

TIERS = ("check", "test")  # the quick tier, then everything
TIMEOUT = 1800  # seconds for one tier on one mutation


def targets() -> list[tuple[str, str, str, str]]:
    """(table, row id, column, printed text) of every transcribed number."""
    found = []
    for name in data.names("input") + data.names("claim") + ["contents"]:
        res = data.resource(name)
        column = "page" if name == "contents" else "value"
        key = res["schema"]["primaryKey"][0]
        with open(paths.DATA / res["path"], encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                if row.get(column, "") not in ("", None):
                    found.append((name, row[key], column, row[column]))
    return found


def perturb(text: str) -> str:
    """One unit more in the last printed place, keeping the printed precision."""
    value = Decimal(text)
    return str(value + Decimal(1).scaleb(value.as_tuple().exponent))


def caught(table: str, row_id: str, column: str, text: str) -> bool:
    """Run the test suite on data/ with one number changed; True if it fails."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        shutil.copytree(paths.DATA, folder)
        data.set_cell(folder / data.resource(table)["path"], row_id, column, perturb(text))
        env = os.environ | {"XJUTILS_DATA": str(folder)}
        return any(  # each tier stops at its first failure
            subprocess.run(
                ["make", "--no-print-directory", tier, "ARGS=-x -q"],
                cwd=paths.ROOT,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                timeout=TIMEOUT,
            ).returncode
            for tier in TIERS
        )


def sample(per_table: int = 2, seed: int = 2024, every: bool = False, only=None) -> list:
    """The seeded sample: per_table numbers of every table (news_numbers included), or all;
    `only` (table names or row ids) restricts it."""
    rng = random.Random(seed)
    by_table = {}
    for t in targets():
        by_table.setdefault(t[0], []).append(t)
    chosen = [
        t
        for ts in by_table.values()
        for t in (ts if every else rng.sample(ts, min(per_table, len(ts))))
    ]
    if only:
        chosen = [t for t in targets() if t[0] in only or t[1] in only]
    return chosen


def report(results: list[tuple[tuple, bool]]) -> dict:
    """caught/total per table."""
    out: dict = {}
    for t, hit in results:
        c, n = out.get(t[0], (0, 0))
        out[t[0]] = (c + hit, n + 1)
    return out


def main(per_table: int = 2, seed: int = 2024, every: bool = False, only=None) -> int:
    """Mutate a seeded sample (per_table numbers of each table, or every number).

    Returns:
        0 when every mutation was caught, 1 otherwise.
    """
    chosen = sample(per_table, seed, every, only)
    survivors, results = [], []
    for i, t in enumerate(chosen, 1):
        hit = caught(*t)
        results.append((t, hit))
        print(
            f"[{i}/{len(chosen)}] {t[0]} {t[1]} {t[2]}: {t[3]} -> {perturb(t[3])}: "
            f"{'caught' if hit else 'SURVIVED'}",
            flush=True,
        )
        if not hit:
            survivors.append(t)
    for table, (c, n) in report(results).items():
        print(f"  {table}: caught {c}/{n}")
    share = 100 * (len(chosen) - len(survivors)) / len(chosen)
    print(
        f"caught {len(chosen) - len(survivors)} of {len(chosen)} ({share:.1f}%), "
        f"{len(report(results))} tables, seed {seed}"
    )
    return 1 if survivors else 0
