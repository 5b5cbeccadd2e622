"""Mutation score of the checking code: does changing the code turn its tests red?

Runs mutmut (configured in pyproject.toml [tool.mutmut]) in a scratch copy of the repository,
so the work tree never holds mutants, with pytest's project options (xdist, nbval) switched
off. Prints killed/total and the survivors. Not part of `make test`: it takes minutes.

    .venv/bin/python benchmarks/mutation.py [--max-children N]
"""

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COPY = ["src", "tests", "data", "notebooks", "conftest.py", "pyproject.toml", "README.md"]


def scratch(tmp: Path) -> Path:
    """A copy of what the tests need: pytest's addopts emptied, src first on the path."""
    for name in COPY:
        src, dst = ROOT / name, tmp / name
        if src.is_dir():
            shutil.copytree(src, dst, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(src, dst)
    py = (tmp / "pyproject.toml").read_text()
    py = re.sub(r"(?m)^addopts = .*$", 'addopts = "-p no:cacheprovider --strict-markers"', py)
    # import the mutated copy (mutants/src), not the editable install's src
    py = re.sub(r"(?m)^pythonpath = .*$", 'pythonpath = ["src", "."]', py)
    (tmp / "pyproject.toml").write_text(py)
    return tmp


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--max-children", type=int, default=2)
    args = parser.parse_args()
    mutmut = [sys.executable, "-m", "mutmut"]
    with tempfile.TemporaryDirectory() as tmp:
        work = scratch(Path(tmp))
        subprocess.run(
            [*mutmut, "run", "--max-children", str(args.max_children)],
            cwd=work,
            stdout=subprocess.DEVNULL,
        )
        out = subprocess.run(
            [*mutmut, "results", "--all", "true"], cwd=work, capture_output=True, text=True
        ).stdout
        for line in out.splitlines():
            if line.strip().endswith("survived"):
                name = line.split(":")[0].strip()
                diff = subprocess.run(
                    [*mutmut, "show", name], cwd=work, capture_output=True, text=True
                ).stdout
                changed = [d for d in diff.splitlines() if d[:2] in ("- ", "+ ")]
                print(name, " | ".join(c.strip() for c in changed)[:300])
    status = [line.rsplit(":", 1)[-1].strip() for line in out.splitlines() if ":" in line]
    counts = {s: status.count(s) for s in sorted(set(status))}
    killed = counts.get("killed", 0)
    print(f"statuses: {counts}")
    covered = killed + counts.get("survived", 0) + counts.get("timeout", 0)
    print(
        f"mutation score: killed {killed} of {covered} mutants the tests reach "
        f"({100 * killed / max(1, covered):.1f}%); of all {len(status)}: "
        f"{100 * killed / max(1, len(status)):.1f}% ('no tests': code only the slow "
        "data and notebook tests run)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
