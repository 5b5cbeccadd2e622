"""Command line: `python -m xjutils <command>`; `--help` lists the commands."""

import argparse
import sys

from .. import labels, paths


def _site(langs) -> list:
    """Build outputs/site and the PDF editions; check both when Chromium is installed."""
    import time

    from . import browser, pdf, site
    from .runner import Outcome

    printable = browser.executable() is not None
    start = time.monotonic()
    root = site.build(pdf=printable)
    print(f"site: {root} ({time.monotonic() - start:.1f}s)")
    if not printable:
        print("site check and PDF skipped: no chromium (apt-get install chromium)")
        return []
    start = time.monotonic()
    for path in pdf.build(root):
        print(f"pdf: {path}")
    print(f"pdf: printed in {time.monotonic() - start:.1f}s")
    notes: list[str] = []
    problems = site.check(root, shots=paths.outputs(), notes=notes)
    try:
        problems += pdf.check(root)
    except FileNotFoundError as e:
        print(f"pdf check skipped: {e}")
    for n in notes:
        print(f"site: note: {n}")
    for p in problems:
        print(f"site: {p}", file=sys.stderr)
    return [Outcome("site", "+".join(langs), not problems, 0.0, error="; ".join(problems))]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m xjutils", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    rep = sub.add_parser("reproduce", help="execute the chapter notebooks into outputs/")
    rep.add_argument("--only", nargs="+", metavar="NN", help="notebook numbers, e.g. 01 03")
    rep.add_argument("--lang", nargs="+", choices=labels.LANGS, default=list(labels.LANGS))
    rep.add_argument("--jobs", type=int, default=2, help="notebooks run in parallel")
    rep.add_argument("--force", action="store_true", help="re-run even if nothing changed")
    ref = sub.add_parser("reference", help="re-execute notebooks/ in place (nbval reference)")
    ref.add_argument("--only", nargs="+", metavar="NN")
    ref.add_argument("--jobs", type=int, default=2)
    sub.add_parser("errata", help="print data/errata.csv as the README's Errata list")
    sub.add_parser("labcheck", help="open a chapter in JupyterLab in headless Chromium")
    ben = sub.add_parser("bench", help="time set-up, reproduce, no-op, tests and the floor")
    ben.add_argument("--skip-setup", action="store_true")
    mut = sub.add_parser("mutate", help="change transcribed numbers one at a time, run the tests")
    mut.add_argument("--per-table", type=int, default=2)
    mut.add_argument("--seed", type=int, default=2024)
    mut.add_argument("--all", action="store_true", help="every number, not a sample")
    args = parser.parse_args(argv)
    if args.command == "errata":
        from . import errata

        print(errata.markdown())
        return 0
    if args.command == "labcheck":
        from . import labcheck

        return labcheck.main()
    if args.command == "bench":
        from . import bench

        bench.main(args.skip_setup)
        return 0
    if args.command == "mutate":
        from . import mutate

        return mutate.main(args.per_table, args.seed, args.all)
    from . import runner

    try:
        if args.command == "reproduce":
            outcomes = runner.reproduce(args.only, args.lang, args.jobs, args.force)
            ran = any(not o.skipped for o in outcomes)
            if all(o.ok for o in outcomes) and (ran or not (paths.outputs() / "site").exists()):
                outcomes += _site(args.lang)
        else:
            outcomes = runner.reference(args.only, args.jobs)
    except ValueError as e:
        parser.error(str(e))
    except KeyboardInterrupt:
        print("interrupted: previous complete outputs are intact", file=sys.stderr)
        return 130
    failed = [o for o in outcomes if not o.ok]
    for o in failed:
        print(f"FAILED {o.name} ({o.lang}): {o.error}", file=sys.stderr)
    print(
        f"{len(outcomes) - len(failed)} ok, {len(failed)} failed, "
        f"{sum(o.skipped for o in outcomes)} up to date"
    )
    return 1 if failed else 0
