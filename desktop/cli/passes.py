"""`passes` over a region with revisit statistics, and `regions` (the region names)."""

from __future__ import annotations

import sys

from desktop.cli.common import (COORDINATE, MAX_YEARS_FROM_EPOCH, TIME_HELP, CliError, add_criterion_args, add_filter_args,
                                catalog_filter_from_args, catalog_from_args, check_memory, check_near_epoch,
                                check_output_path, criterion_from_args, filtered_sets, finite_float,
                                int_range, metadata_for, open_output, region_from_args, sats_with_sensors, time_arg)


def cmd_passes(args) -> int:
    from desktop.core import budget, timebase
    from desktop.core.access import AccessError
    from desktop.core.batch import rejected_summary
    from desktop.core.orbit import age_warning
    from desktop.core.revisit import analyse
    from desktop.core.satcat import owners_by_number
    from desktop.core.tables import flag_notes, owner_text, pass_rows, write_passes_csv

    catalog = catalog_from_args(args)
    criterion = criterion_from_args(args)
    sets, criteria = _named_sets(args, catalog, criterion)
    region = region_from_args(args)
    start = time_arg(args.start) if args.start else timebase.now_s()
    end = start + args.days * 86400.0
    many = sets is None
    sets, notes, metadata = _many_sets(args, catalog, start, end) if many else (sets, [], metadata_for(sets))
    owners = owners_by_number(metadata)
    check_near_epoch(sets, start, end)
    check_memory(args, budget.passes_bytes(len(sets), args.days, args.members if args.uncertainty else 0), "passes",
                 "use fewer --members or satellites")
    if args.csv:
        check_output_path(args.csv, "--csv")
    sun = args.daylight
    try:
        result = analyse(sets, region, criterion, start, end, sun, leave_out_rejected=many,
                         criteria=None if many else criteria)
    except AccessError as exc:
        raise CliError(str(exc)) from None
    if result.left_out:
        notes.append(rejected_summary(result.left_out.values()))
    ages = [f"{es.name}: {w}" for es in sets if (w := age_warning(es, start + args.days * 43200.0))]
    if many:
        notes += [f"{len(ages)} element set(s) are old for this window (see `passes NAME` for each)"] if ages else []
        flagged = [es for es in sets if es.flag]
        notes += [f"{len(flagged)} element set(s) are APPROXIMATE or DESIGNED, not tracked (marked in the list; "
                  "`info NAME` says how each was made)"] if flagged else []
    else:
        notes += flag_notes(sets) + ages
    passes = result.all_passes()
    uncertain, extra = None, None
    if args.uncertainty:
        from desktop.core.uncertainty import analysis_uncertainty

        uncertain = analysis_uncertainty(result, sets, args.members)
        notes += [f"uncertainty: {args.members} element sets sampled from each satellite's model (see README)"]
        rows = [uncertain[p.satnum][0].get(p.start_s, (p.start_s, p.start_s, 1.0)) for p in passes]
        extra = {"start_earliest_utc": [timebase.iso_utc(r[0]) for r in rows],
                 "start_latest_utc": [timebase.iso_utc(r[1]) for r in rows], "share": [f"{r[2]:.2f}" for r in rows]}
    if args.json:
        import json

        from desktop.core.tables import analysis_record

        print(json.dumps(analysis_record(result, catalog.get, notes, uncertain, owners=owners), indent=1))
        return 0
    if args.csv:
        with open_output(args.csv) as out:
            write_passes_csv(out, result, catalog.get, notes, extra, owners=owners)
        if args.csv == "-":
            return 0
    for note in notes:
        print(f"warning: {note}", file=sys.stderr)
    print(f"Region: {region.describe()}    Criterion: {result.settings_text()}")
    if len(sets) > COMPACT_FROM:
        if not args.csv:
            decayed = {n for n in result.passes if (r := metadata.get(n)) is not None and r.decayed}
            _print_compact(passes, criterion, catalog.get, owners, decayed)
        print(f"\n{len(result.passes)} satellites searched, {sum(1 for ps in result.passes.values() if ps)} with "
              f"passes, {len(passes)} passes")
        if result.combined is not None:
            print("All satellites together (overlapping passes merged):")
            for label, value in result.combined.lines()[1:]:
                print(f"  {label + ':':<18} {value}")
        return 0
    if not args.csv:
        print(f"{'satellite':<14} {'start (UTC)':<21} {'dur':>6} {'off-nadir':>9} {'max el':>6} {'sun':>6} {'LST':>5}  dir")
        for row in pass_rows(passes, catalog.get):
            print(f"{row[0][:14]:<14} {row[2]:<21} {row[4]:>5}s {row[8]:>8}° {row[9]:>5}° {row[10]:>5}° {row[12]:>5}  {row[13][:4]}")
        if not passes:
            print("(no passes in the window with these settings)")
    for es in sets:
        own = f" ({result.criterion_of(es.satnum).short})" if es.satnum in result.sensors else ""
        print(f"\n{es.label}{own}, {owner_text(owners.get(es.satnum, ''))}:")
        for label, value in result.stats[es.satnum].lines()[1:]:
            print(f"  {label + ':':<18} {value}")
    if result.combined is not None:
        print("\nAll satellites together (overlapping passes merged):")
        for label, value in result.combined.lines()[1:]:
            print(f"  {label + ':':<18} {value}")
    hist = (result.combined or result.stats[sets[0].satnum]).local_time_histogram
    if hist.sum():
        busy = [f"{h:02d}h:{n}" for h, n in enumerate(hist) if n]
        print(f"\nLocal solar time of passes: {' '.join(busy)}")
    return 0


COMPACT_FROM = 5  # with more satellites than this, one line a pass and only the combined statistics


def _named_sets(args, catalog, criterion):
    """The named satellites and each one's criterion (NAME=KM: its own swath), or (None, None) with --all or
    --group."""
    if (args.all or args.group) and args.sat:
        raise CliError("name satellites, or use --all or --group, not both")
    if args.all or args.group:
        return None, None
    if not catalog_filter_from_args(args).is_empty():
        raise CliError("the filters (--owner, --orbit-class, --type, --name) choose among --all or --group; "
                       "leave them out when naming satellites")
    if not args.sat:
        raise CliError("name one or more satellites, or use --all or --group NAME")
    return sats_with_sensors(catalog, args.sat, criterion)


def _many_sets(args, catalog, start_s: float, end_s: float):
    """Every loaded set (--all) or a cached CelesTrak group's, and notes. Sets whose epoch is too far from the
    window are left out with a note (a named satellite is refused instead)."""
    sets, metadata, spec = filtered_sets(args, list(catalog), "" if args.all else args.group)
    if not sets:
        raise CliError(f"no loaded satellite passes the filter ({spec.describe()})" +
                       ("; 'refresh --satcat' fetches owners and types for more than the bundled satellites"
                        if spec.owner or spec.object_type else ""))
    near, far = [], []
    for es in sets:
        try:
            check_near_epoch([es], start_s, end_s)
            near.append(es)
        except CliError:
            far.append(es)
    notes = [f"{len(far)} element set(s) left out: epoch more than {MAX_YEARS_FROM_EPOCH} years from the window"] \
        if far else []
    if not near:
        raise CliError("no element set to search: " + (notes[0] if notes else "none loaded"))
    if not spec.is_empty():
        notes.append(f"{len(sets)} of {len(catalog)} loaded satellites kept by the filter ({spec.describe()})")
    return near, notes, metadata


def _print_compact(passes, criterion, lookup, owners, decayed=frozenset()) -> None:
    """One line a pass, by start time: satellite, owner, start, duration, max elevation (contact) or off-nadir,
    and the set's APPROXIMATE or DESIGNED flag (DECAYED when the SATCAT says the object re-entered)."""
    from desktop.core.tables import COMPACT_HEADER, compact_pass_line, compact_pass_row

    print(COMPACT_HEADER.format("satellite", "owner", "start (UTC)", "dur",
                                "max el" if criterion.kind == "contact" else "off-nadir"))
    for p in sorted(passes, key=lambda p: (p.start_s, p.satnum)):
        row = compact_pass_row(p, criterion, lookup(p.satnum), owners.get(p.satnum, ""), p.satnum in decayed)
        print(compact_pass_line(row))


def cmd_regions(args) -> int:
    from desktop.core.atlas import atlas

    world = atlas()
    names = world.search(args.text or "")
    for name in names:
        print(name)
    if not names:
        hints = world.suggestions(args.text or "")
        print(f"no region matches '{args.text}'" + (f"; did you mean {', '.join(hints)}?" if hints else ""), file=sys.stderr)
        return 1
    return 0


def register(sub, add):
    p = add("passes", cmd_passes, "passes of one or more satellites over a region, with revisit statistics")
    p.add_argument("sat", nargs="*", help="satellites: names, unique prefixes or catalogue numbers; NAME=KM gives "
                                        "that satellite its own full swath width")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--all", action="store_true",
                       help="every loaded element set (bundled, cached and --tle files), searched as one batch")
    which.add_argument("--group", metavar="NAME",
                       help="the loaded members of a CelesTrak group whose answer is cached (refresh --group NAME)")
    add_filter_args(p, "satellites of --all or --group")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--region", help="country name (any language Natural Earth carries)")
    where.add_argument("--box", nargs=4, type=COORDINATE, metavar=("S", "W", "N", "E"),
                       help="latitude/longitude box in degrees")
    where.add_argument("--circle", nargs=3, type=COORDINATE, metavar=("LAT", "LON", "KM"), help="circle: centre and radius")
    where.add_argument("--point", nargs=2, type=COORDINATE, metavar=("LAT", "LON"), help="a single place")
    where.add_argument("--geojson", metavar="FILE", help="polygon or multipolygon from a GeoJSON file")
    where.add_argument("--polygon", nargs="+", metavar="LAT,LON", help="polygon from three or more LAT,LON points")
    p.add_argument("--days", type=finite_float(0, 366, open_low=True), default=7.0,
                   help="window length in days, at most 366 (default 7)")
    p.add_argument("--start", help=f"window start, {TIME_HELP}, within {MAX_YEARS_FROM_EPOCH} years of the element epochs (default now)")
    add_criterion_args(p, "keep passes with the Sun at least SUN_DEG above the horizon at the target (default 0)")
    p.add_argument("--csv", metavar="FILE", help="write the pass table as CSV to FILE, or - for standard output")
    p.add_argument("--json", action="store_true", help="print the settings, statistics and every pass as JSON")
    p.add_argument("--uncertainty", action="store_true",
                   help="add each pass's start window and share, and 5-95 %% ranges of the statistics")
    p.add_argument("--members", type=int_range(1, 1024), default=64,
                   help="element sets sampled for --uncertainty, 1 to 1024 (default 64)")
    p = add("regions", cmd_regions, "list or search region (country) names")
    p.add_argument("text", nargs="?", default="", help="part of a name, in any language")
