"""Command line: ``overflight`` alone opens the window; subcommands run headless."""

from __future__ import annotations

import argparse
import csv
import io
import sys
from contextlib import contextmanager

EXIT_USAGE = 2


class CliError(Exception):
    """A user error: printed as one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line, exit status 2
        raise CliError(f"{self.prog}: {message}")


def _open_output(target: str):
    if target == "-":
        return contextmanager(lambda: (yield sys.stdout))()
    try:
        return open(target, "w", newline="", encoding="utf-8")
    except OSError as exc:
        raise CliError(f"cannot write {target}: {exc.strerror or exc}") from None


def _catalog(args):
    from desktop.core.catalog import load_catalog
    from desktop.core.elements import ElementError

    try:
        catalog = load_catalog(extra_files=args.tle or ())
    except ElementError as exc:
        raise CliError(str(exc)) from None
    for issue in catalog.issues:
        print(f"warning: skipped record: {issue}", file=sys.stderr)
    return catalog


def _find(catalog, query):
    from desktop.core.elements import ElementError

    try:
        return catalog.find(query)
    except ElementError as exc:
        raise CliError(str(exc)) from None


def _time_arg(text, what="--start"):
    from desktop.core import timebase

    try:
        return timebase.to_posix(text)
    except ValueError as exc:
        raise CliError(f"{what}: {exc}") from None


def _approx_note(es) -> str:
    return f"{es.name} (NORAD {es.satnum}): APPROXIMATE elements, {es.derivation}" if es.approximate else ""


# ----------------------------------------------------------------------------- commands


def cmd_catalog(args) -> int:
    from desktop.core import timebase

    catalog = _catalog(args)
    now = timebase.now_s()
    print(f"{'NORAD':>6}  {'name':<24} {'epoch (UTC)':<20} {'age (d)':>8}  source")
    for es in catalog:
        flag = "APPROXIMATE " if es.approximate else ""
        print(f"{es.satnum:>6}  {es.name:<24} {es.epoch_iso:<20} {es.age_days(now):>8.1f}  {flag}{es.source}")
    return 0


def cmd_info(args) -> int:
    from desktop.core.orbit import summarize

    es = _find(_catalog(args), args.sat)
    at_s = _time_arg(args.at, "--at") if args.at else None
    for label, value in summarize(es, at_s).lines():
        print(f"{label + ':':<18} {value}")
    l1, l2 = es.tle_lines()
    print(f"{'TLE:':<18} {l1}\n{'':<18} {l2}")
    return 0


def cmd_track(args) -> int:
    from desktop.core import timebase
    from desktop.core.groundtrack import ground_track, times_grid
    from desktop.core.orbit import age_warning

    es = _find(_catalog(args), args.sat)
    start = _time_arg(args.start) if args.start else timebase.now_s()
    if not args.hours > 0:
        raise CliError(f"--hours must be positive, got {args.hours}")
    if not args.step > 0:
        raise CliError(f"--step must be positive, got {args.step}")
    if args.hours * 3600.0 / args.step > 20_000_000:
        raise CliError(f"--hours {args.hours} at --step {args.step} s is more than 20 million points; use a larger step")
    track = ground_track(es, times_grid(start, args.hours * 3600.0, args.step))
    notes = [n for n in (_approx_note(es), age_warning(es, start)) if n]
    if track.error:
        notes.append(track.error)
    for note in notes:
        print(f"warning: {note}", file=sys.stderr)
    times = timebase.iso_utc(track.times_s)
    if args.csv:
        with _open_output(args.csv) as out:
            for note in notes:
                out.write(f"# {note}\n")
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(["time_utc", "lat_deg", "lon_deg", "height_km"])
            for row in zip(times, track.lat_deg, track.lon_deg, track.height_km):
                writer.writerow([row[0], f"{row[1]:.5f}", f"{row[2]:.5f}", f"{row[3]:.3f}"])
        return 0
    print(f"{es.label}  elements {es.epoch_iso}")
    print(f"{'time (UTC)':<21} {'lat (deg)':>10} {'lon (deg)':>11} {'height (km)':>12}")
    for row in zip(times, track.lat_deg, track.lon_deg, track.height_km):
        print(f"{row[0]:<21} {row[1]:>10.4f} {row[2]:>11.4f} {row[3]:>12.3f}")
    return 0


# ----------------------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="overflight", description="Satellite ground tracks and revisit analysis. Without a command, opens the window.")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    def add(name, func, help_text):
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("--tle", action="append", metavar="FILE", help="add element sets from a TLE or OMM file (repeatable)")
        p.set_defaults(func=func)
        return p

    add("catalog", cmd_catalog, "list the satellites in the catalogue with their epochs, ages and approximate flags")
    p = add("info", cmd_info, "orbit summary of one satellite")
    p.add_argument("sat", help="name, unique name prefix or catalogue number")
    p.add_argument("--at", help="time for the element age (ISO 8601, default now)")
    p = add("track", cmd_track, "sub-satellite points over a time span")
    p.add_argument("sat", help="name, unique name prefix or catalogue number")
    p.add_argument("--start", help="start time, ISO 8601 UTC (default now)")
    p.add_argument("--hours", type=float, default=3.0, help="span in hours (default 3)")
    p.add_argument("--step", type=float, default=60.0, help="step in seconds (default 60)")
    p.add_argument("--csv", metavar="FILE", help="write CSV to FILE, or - for standard output")
    _register_more(sub, add)
    return parser


def _register_more(sub, add):
    """Later commands register here (passes, regions, article, refresh)."""
    for register in _EXTRA_COMMANDS:
        register(sub, add)


_EXTRA_COMMANDS: list = []


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        from desktop.ui.app import run

        return run()
    try:
        args = build_parser().parse_args(argv)
        if not getattr(args, "func", None):
            raise CliError("overflight: give a command (see overflight --help)")
        return args.func(args)
    except CliError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
