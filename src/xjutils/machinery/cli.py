"""Command line: `python -m xjutils <command>`; `--help` lists the commands."""

import argparse
import os
import sys

from .. import labels, paths
from . import notebooks

CORES = os.cpu_count() or 1


def _site(langs) -> tuple[list, list[str]]:
    """Build (or keep, when up to date) outputs/site and the PDF editions, and check both.

    Returns:
        The check's outcome (none when skipped) and the closing summary's lines.
    """
    from . import publish

    return publish.run(langs)


def _summary(outcomes, site_lines) -> str:
    ran = [o for o in outcomes if not o.skipped]
    failed = [o for o in outcomes if not o.ok]
    parts = [
        f"notebooks: {len(ran) - len(failed)} run, {len(outcomes) - len(ran)} up to date, "
        f"{len(failed)} failed"
    ]
    return "; ".join(parts + site_lines)


def _whole(low: int, high: int | None = None, why: str = ""):
    """An argparse type: a whole number from low (to high); anything else is a parser error
    naming the option, not quietly clamped (--jobs 0 ran as 1) or a traceback later."""

    def parse(text: str) -> int:
        whole = text.isascii() and text.isdigit()
        if not (whole and int(text) >= low and (high is None or int(text) <= high)):
            bound = f"from {low} to {high}{why}" if high else f"of at least {low}"
            raise argparse.ArgumentTypeError(f"must be a whole number {bound}, got {text!r}")
        return int(text)

    return parse


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m xjutils",
        description="Reproduce the report, and build and check the repository.",
        epilog="Each command has its own --help, e.g. `python -m xjutils reproduce --help`.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    numbers = sorted(notebooks.chapters())
    only = {
        "nargs": "+",
        "metavar": "NN",
        "choices": numbers,
        "help": f"notebook numbers: {' '.join(numbers)}",
    }
    jobs = {
        "type": _whole(1, CORES, " (this machine's cores)"),
        "default": min(2, CORES),
        "help": f"notebooks run in parallel, 1 to {CORES} ({min(2, CORES)})",
    }
    rep = sub.add_parser(
        "reproduce",
        help="execute the chapter notebooks into outputs/ (only what changed), build the site",
    )
    rep.add_argument("--only", **only)
    rep.add_argument("--lang", nargs="+", choices=labels.LANGS, default=list(labels.LANGS))
    rep.add_argument("--jobs", **jobs)
    rep.add_argument("--force", action="store_true", help="re-run even if nothing changed")
    ref = sub.add_parser(
        "reference", help="re-execute notebooks/ in place: their outputs are the nbval reference"
    )
    ref.add_argument("--only", **only)
    ref.add_argument("--jobs", **jobs)
    sub.add_parser("errata", help="write docs/errata.md from data/errata.csv")
    sub.add_parser("labcheck", help="open a chapter in JupyterLab in headless Chromium")
    ben = sub.add_parser(
        "bench", help="time set-up, cold and no-op reproduce, the tests, and the floor"
    )
    ben.add_argument("--skip-setup", action="store_true", help="do not time a fresh venv")
    mut = sub.add_parser("mutate", help="change transcribed numbers one at a time, run the tests")
    mut.add_argument("--per-table", type=_whole(1), default=2, help="numbers sampled per table (2)")
    mut.add_argument("--seed", type=int, default=2024, help="sampling seed (2024)")
    mut.add_argument("--all", action="store_true", help="every number, not a sample")
    return parser


def main(argv=None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "errata":
        from ..atomic import write_text
        from . import errata

        try:
            write_text(errata.DOC, errata.document())
        except ValueError as exc:
            print(f"errata: {exc}", file=sys.stderr)
            return 2
        print(f"errata: wrote {errata.DOC.relative_to(paths.ROOT)}")
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
    from ..errors import DataError
    from . import lock, runner, transaction

    site_lines, site_outcomes, started = [], [], None
    try:
        with transaction.session(args.command) as started:
            if args.command == "reproduce":
                outcomes = runner.reproduce(args.only, args.lang, args.jobs, args.force)
                if not all(o.ok for o in outcomes):
                    site_lines.append("site not rebuilt (a notebook failed)")
                else:
                    site_outcomes, site_lines = _site(args.lang)
            else:
                outcomes = runner.reference(args.only, args.jobs)
    except DataError as e:  # a table the site reads; notebooks report theirs as failures
        print(f"data: {e}", file=sys.stderr)
        return 1
    except ValueError as e:
        parser.error(str(e))
    except lock.Busy as e:
        print(f"{args.command}: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"interrupted: {_verdict(started, args.command)}", file=sys.stderr)
        return 130
    except OSError as e:
        if not transaction.unwritable(e):
            raise
        # a copy's error names its source; what the reader can act on is the folder written
        written = (str(paths.outputs()), str(paths.NOTEBOOKS))
        where = e.filename if str(e.filename).startswith(written) else None
        print(
            f"{args.command}: cannot write {where or paths.outputs()}: {e.strerror}",
            file=sys.stderr,
        )
        print(f"stopped: {_verdict(started, args.command)}", file=sys.stderr)
        return 1
    failed = [o for o in outcomes + site_outcomes if not o.ok]
    for o in failed:
        print(f"FAILED {o.name} ({o.lang}): {o.error}", file=sys.stderr)
    print(_summary(outcomes, site_lines))
    return 1 if failed else 0


def _verdict(started: float | None, command: str) -> str:
    """What outputs/ holds after a run stopped early (checked, unless it never began)."""
    from . import publish, transaction

    if started is None:
        return "nothing was published; outputs/ is as it was"
    built = () if command != "reproduce" else publish.STEPS[: 1 if publish.toolchain()[1] else 3]
    return transaction.verdict(started, built)
