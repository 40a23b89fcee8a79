"""`visible`: the passes an observer can see (sunlit satellite, dark sky, above the mask)."""

from __future__ import annotations

import sys

from desktop.cli.common import (MAX_YEARS_FROM_EPOCH, TIME_HELP, CliError, catalog_from_args, check_near_epoch,
                                check_output_path, find_sat, finite_float, open_output, time_arg)

MAX_DAYS = 31  # elements older than a few weeks say little about where a satellite is


def observer_from_args(args):
    """The observer of --point LAT LON or --city NAME, or one line saying what is wrong."""
    from desktop.core import sky

    if args.point:
        lat, lon = args.point
        try:
            return sky.Observer(lat, lon)
        except ValueError as exc:
            raise CliError(f"--point: {exc}") from None
    if args.city is not None:
        from desktop.core.gazetteer import find_places

        found = find_places(args.city, limit=1)
        if not found:
            raise CliError(f"--city: no city of the gazetteer is called '{args.city}' (cities of 200,000 people "
                           "or more; give --point LAT LON instead)")
        city = found[0]
        return sky.Observer(city.lat, city.lon, 0.0, city.label)
    raise CliError("give the observer: --point LAT LON or --city NAME")


def _sets(args, catalog, start_s, end_s):
    if args.all and args.sat:
        raise CliError("name satellites, or use --all, not both")
    if args.all:
        sets, far = [], 0
        for es in catalog:
            try:
                check_near_epoch([es], start_s, end_s)
                sets.append(es)
            except CliError:
                far += 1
        notes = [f"{far} element set(s) left out: epoch more than {MAX_YEARS_FROM_EPOCH} years from the window"] \
            if far else []
        if not sets:
            raise CliError("no element set to search: " + (notes[0] if notes else "none loaded"))
        return sets, notes
    if not args.sat:
        raise CliError("name one or more satellites, or use --all")
    sets = []
    for name in args.sat:
        es = find_sat(catalog, name)
        if es.satnum not in [s.satnum for s in sets]:
            sets.append(es)
    check_near_epoch(sets, start_s, end_s)
    return sets, []


def cmd_visible(args) -> int:
    from desktop.core import sky, timebase
    from desktop.core.orbit import age_warning
    from desktop.core.tables import MAGNITUDE_NOTE, flag_notes, visible_record, write_visible_csv

    for check, value in ((sky.check_sun_limit, args.sun), (sky.check_mask, args.elevation)):
        try:
            check(value)
        except ValueError as exc:
            raise CliError(f"{'--sun' if check is sky.check_sun_limit else '--elevation'}: {exc}") from None
    observer = observer_from_args(args)
    start = time_arg(args.start) if args.start else timebase.now_s()
    end = start + args.days * 86400.0
    if not timebase.sun_known([start, end]):
        raise CliError(f"--start: the Sun's position (for twilight) is known from {timebase.sun_range_text()} only")
    catalog = catalog_from_args(args)
    sets, notes = _sets(args, catalog, start, end)
    if args.csv:
        check_output_path(args.csv, "--csv")
    if args.all:
        flagged = [es for es in sets if es.flag]
        notes += [f"{len(flagged)} element set(s) are APPROXIMATE or DESIGNED, not tracked (see the flag column)"] \
            if flagged else []
    else:
        notes += flag_notes(sets)
        notes += [f"{es.name}: {w}" for es in sets if (w := age_warning(es, (start + end) / 2))]
        for es in sets:
            status = sky.geostationary_status(es, observer, start, end, args.elevation)
            if status:
                notes.append(f"{es.name} is geostationary: {status} at {observer.position_text}")
    try:
        result = sky.visible_search(sets, observer, start, end, args.sun, args.elevation)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    if result.rejected:
        from desktop.core.batch import rejected_summary

        notes.append(rejected_summary(result.rejected.values()))
    settings = (f"observer {observer.label}; Sun below {args.sun:g} deg; elevation above {args.elevation:g} deg; "
                f"{timebase.iso_utc(start)} to {timebase.iso_utc(end)}")
    if args.json:
        import json

        record = {"observer": {"name": observer.name, "lat_deg": observer.lat_deg, "lon_deg": observer.lon_deg},
                  "start_utc": timebase.iso_utc(start), "end_utc": timebase.iso_utc(end), "sun_limit_deg": args.sun,
                  "elevation_mask_deg": args.elevation, "magnitude_note": MAGNITUDE_NOTE, "notes": notes,
                  "reason": result.reason, "passes": [visible_record(p) for p in result.passes]}
        print(json.dumps(record, indent=1, ensure_ascii=False))
        return 0
    if args.csv:
        with open_output(args.csv) as out:
            write_visible_csv(out, result.passes, [settings] + notes + ([result.reason] if result.reason else []))
        if args.csv == "-":
            return 0
    for note in notes:
        print(f"warning: {note}", file=sys.stderr)
    print(f"Observer: {observer.label}    Sun below {args.sun:g}°, elevation above {args.elevation:g}°    times UTC")
    if result.reason:
        print(f"No visible pass: {result.reason}.")
        return 0
    if args.csv:
        print(f"{len(result.passes)} visible passes written to {args.csv}")
        return 0
    print(f"{'satellite':<20} {'start (UTC)':<20} {'end':<9} {'max el':>6}  {'from':<4} {'to':<4} {'mag (est.)':>10}")
    for p in result.passes:
        r = visible_record(p)
        mag = f"{r['magnitude']:.1f}" + ("" if p.std_magnitude_known else "?")
        print(f"{(p.satellite + (' *' if p.flag else ''))[:20]:<20} {r['start_utc'][:19].replace('T', ' '):<20} "
              f"{r['end_utc'][11:19]:<9} {r['max_elevation_deg']:>5.0f}°  {r['start_direction']:<4} "
              f"{r['end_direction']:<4} {mag:>10}")
    print(f"\n{len(result.passes)} visible passes. Magnitudes are estimates (lower is brighter; '?': the object's "
          "own standard magnitude is unknown). * APPROXIMATE or DESIGNED elements.")
    return 0


def register(sub, add):
    p = add("visible", cmd_visible, "passes an observer can see: the satellite sunlit, the sky dark, above the mask")
    p.add_argument("sat", nargs="*", help="satellites: names, unique prefixes or catalogue numbers")
    p.add_argument("--all", action="store_true", help="every loaded element set, searched as one batch")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--point", nargs=2, type=finite_float(), metavar=("LAT", "LON"), help="the observer's place")
    where.add_argument("--city", metavar="NAME", help="the observer's city, by name in any language (200,000+ people)")
    p.add_argument("--days", type=finite_float(0, MAX_DAYS, open_low=True), default=7.0,
                   help=f"window length in days, at most {MAX_DAYS} (default 7)")
    p.add_argument("--start", help=f"window start, {TIME_HELP} (default now)")
    p.add_argument("--sun", type=finite_float(), default=-6.0, metavar="DEG",
                   help="the Sun must be below this altitude at the observer, -18 to 0 (default -6, civil twilight)")
    p.add_argument("--elevation", type=finite_float(), default=10.0, metavar="DEG",
                   help="elevation mask, 0 to 90 (default 10)")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print the settings and every visible pass as JSON")
    out.add_argument("--csv", metavar="FILE", help="write the visible passes as CSV to FILE, or - for standard output")
