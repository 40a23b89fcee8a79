"""`coverage` (figures of merit over a grid) and `walker` (constellations from a seed)."""

from __future__ import annotations

import sys

from desktop.cli.common import (COORDINATE, keep_designs, MAX_YEARS_FROM_EPOCH, TIME_HELP, CliError, add_criterion_args,
                                catalog_from_args, check_memory, check_near_epoch, check_output_path, check_written,
                                criterion_from_args, find_sat, finite_float, int_range, open_output, sats_with_sensors,
                                time_arg)


def cmd_coverage(args) -> int:
    from desktop.core import budget, coverage, regions, timebase
    from desktop.core.atlas import country_region
    from desktop.core.access import AccessError
    from desktop.core.orbit import age_warning
    from desktop.core.tables import flag_notes

    catalog = catalog_from_args(args)
    criterion = criterion_from_args(args)
    sets, criteria = sats_with_sensors(catalog, args.sat, criterion)
    start = time_arg(args.start) if args.start else timebase.now_s()
    check_near_epoch(sets, start, start + args.days * 86400.0)
    for target, what in ((args.csv, "--csv"), (args.geojson, "--geojson")):
        if target:
            check_output_path(target, what)
    if args.png:
        if not args.png.lower().endswith(".png"):
            raise CliError(f"--png {args.png}: the file name must end in .png")
        check_output_path(args.png, "--png", regular=True)
    sun = args.daylight
    try:
        region = None
        if args.region:
            region = country_region(args.region)
        grid = coverage.make_grid(args.grid, region=region, box=args.box, land=args.land)
        total = coverage.estimated_accesses(sets, grid, criteria, args.days)  # once for the job: given along
        accesses = coverage.estimated_held(sets, grid, criteria, args.days, total=total)
        if args.workers is None and args.scheduler is None:
            check_memory(args, budget.coverage_bytes(accesses), "coverage", "shorten --days or coarsen --grid")
            result = coverage.coverage(sets, grid, criteria, start, start + args.days * 86400.0, sun,
                                       max_accesses=float("inf"), accesses=total)  # the budget was checked just above
        else:
            result = _distributed(args, sets, grid, criteria, start, sun, total)
    except (coverage.CoverageError, regions.RegionError, AccessError) as exc:
        raise CliError(str(exc)) from None
    notes = flag_notes(sets) + [f"{es.name}: {w}" for es in sets if (w := age_warning(es, start + args.days * 43200.0))]
    if args.csv:
        with open_output(args.csv) as out:
            coverage.write_csv(out, result, notes)
    if args.geojson:
        import json

        with open_output(args.geojson) as out:
            json.dump(coverage.geojson(result, args.figure), out)
    if args.png:
        from desktop.ui.export import coverage_png

        try:
            coverage_png(result, args.figure, args.png)
        except OSError as exc:
            raise CliError(f"cannot write {args.png}: {exc.strerror or exc}") from None
        check_written(args.png, "the map")
    report = sys.stderr if args.csv == "-" or args.geojson == "-" else sys.stdout
    for note in notes:
        print(f"warning: {note}", file=sys.stderr)
    print(f"Coverage of {', '.join(es.label for es in sets)}: {result.criteria_text()}"
          + ("" if sun is None else f", daylight (Sun >= {sun:g} deg)") + f", {args.days:g} days from {timebase.iso_utc(start)}",
          file=report)
    for label, value in result.summary():
        print(f"  {label + ':':<28} {value}", file=report)
    return 0


def _distributed(args, sets, grid, criteria, start, sun, total):
    """The job's row blocks on local worker processes (--workers) or an existing Dask cluster (--scheduler)."""
    from desktop.core import cluster

    if args.workers is not None and args.scheduler is not None:
        raise CliError("give --workers N (local processes) or --scheduler tcp://HOST:PORT (a cluster), not both")
    try:
        return cluster.distributed_coverage(sets, grid, criteria, start, start + args.days * 86400.0, sun,
                                            workers=args.workers, scheduler=args.scheduler, timeout_s=args.timeout,
                                            accesses=total)
    except cluster.ClusterError as exc:
        raise CliError(str(exc)) from None


def cmd_walker(args) -> int:
    from desktop.core import coverage, design
    from desktop.core.elements import tle_text

    catalog = catalog_from_args(args)
    seed = find_sat(catalog, args.seed)
    if args.out:
        check_output_path(args.out, "--out")
    try:
        first = design.next_satnum([es.satnum for es in catalog] + [d.satnum for d in design.load_designs()])
        members = coverage.walker(seed, args.total, args.planes, args.phasing, args.kind, first)
    except coverage.CoverageError as exc:
        raise CliError(str(exc)) from None
    if args.save:
        keep_designs(lambda kept: kept + [d for d, _es in members])
    text = tle_text([es for _d, es in members])
    if args.out and args.out != "-":
        with open_output(args.out) as out:
            out.write(text)
    else:
        sys.stdout.write(text)
    print(f"Walker {args.kind} {args.total}/{args.planes}/{args.phasing} from {seed.label}: {len(members)} DESIGNED "
          f"members" + (", kept for every command and the app" if args.save else ""), file=sys.stderr)
    return 0


MAX_WALKER = 10_000  # members; a Walker constellation beyond that is not a classroom job


def register(sub, add):
    from desktop.core.coverage import FIGURES

    p = add("coverage", cmd_coverage, "how often every cell of a grid is seen (figures of merit), by one or more satellites")
    p.add_argument("sat", nargs="+", help="satellites: names, unique prefixes or catalogue numbers; NAME=KM gives "
                                        "that satellite its own full swath width")
    p.add_argument("--grid", type=finite_float(0.25, 10), default=2.0, metavar="DEG", help="cell spacing, 0.25 to 10 (default 2)")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--region", help="cells inside a country (default: the whole globe)")
    where.add_argument("--box", nargs=4, type=COORDINATE, metavar=("S", "W", "N", "E"), help="cells inside a box")
    p.add_argument("--land", action="store_true",
                   help="only the cells whose centre is on land (Natural Earth countries, Antarctica included); "
                        "the summary covers those cells alone")
    p.add_argument("--days", type=finite_float(0, 366, open_low=True), required=True,
                   help="window length in days (at most 366)")
    p.add_argument("--start", help=f"window start, {TIME_HELP}, within {MAX_YEARS_FROM_EPOCH} years of the element epochs "
                                   "(default now)")
    add_criterion_args(p, "count passes with the Sun at least SUN_DEG above the horizon at the cell (default 0)")
    p.add_argument("--figure", choices=list(FIGURES), default="per-day",
                   help="the figure drawn in --png and named in --geojson (default per-day)")
    p.add_argument("--csv", metavar="FILE", help="one row per cell, or - for standard output")
    p.add_argument("--geojson", metavar="FILE", help="cells as GeoJSON polygons with every figure")
    p.add_argument("--png", metavar="FILE", help="a map of the figure with its colour bar")
    p.add_argument("--workers", type=int, metavar="N",
                   help="split the grid's rows over N local processes, 1 to 64 (needs overflight[cluster]: Dask)")
    p.add_argument("--scheduler", metavar="tcp://HOST:PORT",
                   help="send the job to an existing Dask cluster whose workers have Overflight installed")
    p.add_argument("--timeout", type=finite_float(0, 600, open_low=True), default=10.0, metavar="S",
                   help="seconds to wait for the scheduler to answer (default 10)")
    p = add("walker", cmd_walker, "a Walker constellation from a seed satellite (members are DESIGNED)")
    p.add_argument("seed", help="the seed: a catalogue satellite or a kept design")
    p.add_argument("--total", type=int_range(1, MAX_WALKER), required=True, metavar="T", help="satellites in all")
    p.add_argument("--planes", type=int_range(1, MAX_WALKER), required=True, metavar="P", help="orbital planes")
    p.add_argument("--phasing", type=int_range(0, MAX_WALKER), default=0, metavar="F", help="phasing, 0 to P-1 (default 0)")
    p.add_argument("--kind", choices=["delta", "star"], default="delta", help="nodes over 360 deg (delta) or 180 (star)")
    p.add_argument("--out", metavar="FILE", help="write the members as TLE to FILE or - (default standard output)")
    p.add_argument("--save", action="store_true", help="keep the members as designs (they join every catalogue)")
