"""Command line: ``overflight`` alone opens the window; subcommands run headless."""

from __future__ import annotations

import argparse
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
    for problem in catalog.cache_problems:
        print(f"warning: {problem}", file=sys.stderr)
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


# ----------------------------------------------------------------------------- commands


def cmd_catalog(args) -> int:
    from desktop.core import timebase

    catalog = _catalog(args)
    now = timebase.now_s()
    print(f"{'NORAD':>6}  {'name':<24} {'epoch (UTC)':<20} {'age (d)':>8}  source")
    for es in catalog:
        flag = f"{es.flag} " if es.flag else ""
        print(f"{es.satnum:>6}  {es.name:<24} {es.epoch_iso:<20} {es.age_days(now):>8.1f}  {flag}{es.source}")
    return 0


def cmd_info(args) -> int:
    from desktop.core.elements import ElementError
    from desktop.core.orbit import summarize

    es = _find(_catalog(args), args.sat)
    at_s = _time_arg(args.at, "--at") if args.at else None
    for label, value in summarize(es, at_s).lines():
        print(f"{label + ':':<18} {value}")
    try:
        l1, l2 = es.tle_lines()
    except ElementError as exc:
        print(f"{'TLE:':<18} ({exc})")
        return 0
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
    notes = [n for n in (es.flag_note(), age_warning(es, start)) if n]
    if track.error:
        notes.append(track.error)
    for note in notes:
        print(f"warning: {note}", file=sys.stderr)
    if args.uncertainty:
        from desktop.core import uncertainty

        notes.append(uncertainty.describe_model(es, start))
        spread = uncertainty.corridor(uncertainty.ensemble(es, 128, at_s=start + args.hours * 1800.0), track.times_s)
        extra = {"along_track_90_km": spread.along_90_km, "cross_track_90_km": spread.cross_90_km}
    else:
        extra = None
    if args.csv:
        from desktop.core.tables import write_track_csv

        with _open_output(args.csv) as out:
            write_track_csv(out, track, notes, extra)
        return 0
    times = timebase.iso_utc(track.times_s)
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

    add("catalog", cmd_catalog, "list the satellites in the catalogue with their epochs, ages and APPROXIMATE or DESIGNED flags")
    p = add("info", cmd_info, "orbit summary of one satellite")
    p.add_argument("sat", help="name, unique name prefix or catalogue number")
    p.add_argument("--at", help="time for the element age (ISO 8601, default now)")
    p = add("track", cmd_track, "sub-satellite points over a time span")
    p.add_argument("sat", help="name, unique name prefix or catalogue number")
    p.add_argument("--start", help="start time, ISO 8601 UTC (default now)")
    p.add_argument("--hours", type=float, default=3.0, help="span in hours (default 3)")
    p.add_argument("--step", type=float, default=60.0, help="step in seconds (default 60)")
    p.add_argument("--csv", metavar="FILE", help="write CSV to FILE, or - for standard output")
    p.add_argument("--uncertainty", action="store_true",
                   help="add the 90 %% spread along and across the track (km) from the elements' uncertainty model")
    _register_more(sub, add)
    return parser


def _register_more(sub, add):
    """Later commands register here (passes, regions, article, refresh)."""
    for register in _EXTRA_COMMANDS:
        register(sub, add)


_EXTRA_COMMANDS: list = []


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    lesson = argv[0] if len(argv) == 1 and argv[0].endswith(".overflight") else None
    if not argv or lesson:
        import os

        if (sys.platform.startswith("linux") and not os.environ.get("DISPLAY")
                and not os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("QT_QPA_PLATFORM")):
            print("error: no display found for the window (DISPLAY is not set); run it in a desktop session, "
                  "or use the command line: overflight --help", file=sys.stderr)
            return EXIT_USAGE
        from desktop.ui.startup import missing_xcb_message

        problem = missing_xcb_message()
        if problem:
            print(f"error: {problem}", file=sys.stderr)
            return EXIT_USAGE
        if lesson and not os.path.exists(lesson):
            print(f"error: {lesson}: no such lesson file", file=sys.stderr)
            return EXIT_USAGE
        from desktop.ui.app import run

        return run(lesson=lesson)
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


# ----------------------------------------------------------------------------- passes, regions


def _region_from_args(args):
    region = _build_region(args)
    if region.note:
        print(f"warning: {region.note}", file=sys.stderr)
    return region


def _build_region(args):
    from desktop.core import regions

    try:
        if args.region:
            return regions.country_region(args.region)
        if args.box:
            return regions.box_region(*args.box)
        if args.circle:
            lat, lon, km = args.circle
            return regions.CircleRegion(f"circle {km:g} km around {lat:g}, {lon:g}", lat, lon, km)
        if args.point:
            lat, lon = args.point
            return regions.CircleRegion(f"point {lat:g}, {lon:g}", lat, lon, 0.0)
        if args.geojson:
            return regions.geojson_file_region(args.geojson)
        if args.polygon:
            points = []
            for pair in args.polygon:
                try:
                    lat, lon = (float(x) for x in pair.split(","))
                except ValueError:
                    raise CliError(f"--polygon: '{pair}' is not LAT,LON (for example 31.5,34.9)") from None
                points.append((lat, lon))
            return regions.polygon_region(points, name="polygon")
    except regions.RegionError as exc:
        raise CliError(str(exc)) from None
    raise CliError("give a region: --region NAME, --box S W N E, --circle LAT LON KM, --point LAT LON, --polygon LAT,LON ... or --geojson FILE")


def _add_criterion_args(p, daylight_help: str) -> None:
    """--criterion with its angle or swath, and --daylight: the same for passes, coverage, report and animate."""
    p.add_argument("--criterion", choices=["nadir", "sensor", "contact"], default="sensor")
    p.add_argument("--off-nadir", type=float, metavar="DEG", help="sensor: largest off-nadir angle (default 30)")
    p.add_argument("--swath", type=float, metavar="KM", help="sensor: full swath width on the ground (instead of --off-nadir)")
    p.add_argument("--elevation", type=float, metavar="DEG", help="contact: elevation mask (default 10)")
    p.add_argument("--daylight", nargs="?", type=float, const=0.0, metavar="SUN_DEG", help=daylight_help)


def _criterion_from_args(args):
    from desktop.core.access import AccessError, Criterion

    try:
        if args.criterion == "sensor":
            if args.swath is not None:
                return Criterion("sensor", half_swath_km=args.swath / 2.0)
            return Criterion("sensor", off_nadir_deg=30.0 if args.off_nadir is None else args.off_nadir)
        if args.criterion == "contact":
            return Criterion("contact", elevation_deg=10.0 if args.elevation is None else args.elevation)
        return Criterion("nadir")
    except AccessError as exc:
        raise CliError(str(exc)) from None


def cmd_passes(args) -> int:
    from desktop.core import timebase
    from desktop.core.access import AccessError
    from desktop.core.orbit import age_warning
    from desktop.core.revisit import analyse
    from desktop.core.tables import flag_notes, pass_rows, write_passes_csv

    catalog = _catalog(args)
    sets = []
    for name in args.sat:
        es = _find(catalog, name)
        if es.satnum not in [s.satnum for s in sets]:
            sets.append(es)
    region = _region_from_args(args)
    criterion = _criterion_from_args(args)
    if not 0 < args.days <= 366:
        raise CliError(f"--days must be from above 0 to 366, got {args.days}")
    start = _time_arg(args.start) if args.start else timebase.now_s()
    sun = None if args.daylight is None else args.daylight
    if sun is not None and not -18 <= sun <= 90:
        raise CliError(f"--daylight sun elevation {sun} deg must be from -18 to 90")
    try:
        result = analyse(sets, region, criterion, start, start + args.days * 86400.0, sun)
    except AccessError as exc:
        raise CliError(str(exc)) from None
    notes = flag_notes(sets)
    notes += [f"{es.name}: {w}" for es in sets if (w := age_warning(es, start + args.days * 43200.0))]
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

        print(json.dumps(analysis_record(result, catalog.get, notes, uncertain), indent=1))
        return 0
    if args.csv:
        with _open_output(args.csv) as out:
            write_passes_csv(out, result, catalog.get, notes, extra)
        if args.csv == "-":
            return 0
    for note in notes:
        print(f"warning: {note}", file=sys.stderr)
    print(f"Region: {region.describe()}    Criterion: {result.settings_text()}")
    if not args.csv:
        print(f"{'satellite':<14} {'start (UTC)':<21} {'dur':>6} {'off-nadir':>9} {'max el':>6} {'sun':>6} {'LST':>5}  dir")
        for row in pass_rows(passes, catalog.get):
            print(f"{row[0][:14]:<14} {row[2]:<21} {row[4]:>5}s {row[8]:>8}° {row[9]:>5}° {row[10]:>5}° {row[12]:>5}  {row[13][:4]}")
        if not passes:
            print("(no passes in the window with these settings)")
    for es in sets:
        print(f"\n{es.label}:")
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


def cmd_regions(args) -> int:
    from desktop.core.regions import atlas

    world = atlas()
    names = world.search(args.text or "")
    for name in names:
        print(name)
    if not names:
        hints = world.suggestions(args.text or "")
        print(f"no region matches '{args.text}'" + (f"; did you mean {', '.join(hints)}?" if hints else ""), file=sys.stderr)
        return 1
    return 0


def _register_passes(sub, add):
    p = add("passes", cmd_passes, "passes of one or more satellites over a region, with revisit statistics")
    p.add_argument("sat", nargs="+", help="satellites: names, unique prefixes or catalogue numbers")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--region", help="country name (any language Natural Earth carries)")
    where.add_argument("--box", nargs=4, type=float, metavar=("S", "W", "N", "E"), help="latitude/longitude box in degrees")
    where.add_argument("--circle", nargs=3, type=float, metavar=("LAT", "LON", "KM"), help="circle: centre and radius")
    where.add_argument("--point", nargs=2, type=float, metavar=("LAT", "LON"), help="a single place")
    where.add_argument("--geojson", metavar="FILE", help="polygon or multipolygon from a GeoJSON file")
    where.add_argument("--polygon", nargs="+", metavar="LAT,LON", help="polygon from three or more LAT,LON points")
    p.add_argument("--days", type=float, default=7.0, help="window length in days (default 7)")
    p.add_argument("--start", help="window start, ISO 8601 UTC (default now)")
    _add_criterion_args(p, "keep passes with the Sun at least SUN_DEG above the horizon at the target (default 0)")
    p.add_argument("--csv", metavar="FILE", help="write the pass table as CSV to FILE, or - for standard output")
    p.add_argument("--json", action="store_true", help="print the settings, statistics and every pass as JSON")
    p.add_argument("--uncertainty", action="store_true",
                   help="add each pass's start window and share, and 5-95 %% ranges of the statistics")
    p.add_argument("--members", type=int, default=64, help="element sets sampled for --uncertainty (default 64)")
    p = add("regions", cmd_regions, "list or search region (country) names")
    p.add_argument("text", nargs="?", default="", help="part of a name, in any language")


_EXTRA_COMMANDS.append(_register_passes)


# ----------------------------------------------------------------------------- refresh


def cmd_refresh(args) -> int:
    from desktop.core import celestrak, timebase

    catalog = _catalog(args)
    failures = 0
    kwargs = {"timeout_s": args.timeout, "force": args.force}
    if args.group:
        try:
            result = celestrak.fetch("GROUP", args.group, **kwargs)
            print(f"group {args.group}: {result.message}")
        except celestrak.CelestrakError as exc:
            print(f"group {args.group}: failed: {exc}")
            failures += 1
    targets = [_find(catalog, name) for name in args.sat] if args.sat else ([] if args.group else list(catalog))
    for es in targets:
        try:
            result = celestrak.refresh_satellite(es, **kwargs)
        except celestrak.CelestrakError as exc:
            kept = "approximate set" if es.approximate else f"set of {es.epoch_iso}"
            print(f"{es.name} ({es.satnum}): failed: {exc} (keeping the {kept})")
            failures += 1
            continue
        new = result.sets[0]
        print(f"{new.name} ({new.satnum}): {result.message}; epoch {new.epoch_iso} "
              f"({new.age_days(timebase.now_s()):.1f} days old)" + ("; replaces the approximate set" if es.approximate else ""))
    return 1 if failures else 0


def _register_refresh(sub, add):
    p = add("refresh", cmd_refresh, "fetch current element sets from CelesTrak (cached; offline-safe)")
    p.add_argument("sat", nargs="*", help="satellites to refresh (default: all in the catalogue, or none with --group)")
    p.add_argument("--group", metavar="NAME", help="a CelesTrak group, e.g. stations, weather, resource")
    p.add_argument("--timeout", type=float, default=15.0, help="seconds to wait for an answer (default 15)")
    p.add_argument("--force", action="store_true", help="ask even if the cached answer is younger than 2 hours")


_EXTRA_COMMANDS.append(_register_refresh)


# ----------------------------------------------------------------------------- article


def cmd_article(args) -> int:
    import json as _json
    from datetime import date

    from desktop.core.articles import ArticleError, read_article
    from desktop.core.claims import find_claims
    from desktop.core.entities import article_date_from_text, group_by_kind, link_entities

    catalog = _catalog(args)
    try:
        article = read_article(args.file)
    except ArticleError as exc:
        raise CliError(str(exc)) from None
    published = article.published
    if args.date:
        try:
            published = date.fromisoformat(args.date)
        except ValueError:
            raise CliError(f"--date: '{args.date}' is not a date (expected YYYY-MM-DD)") from None
    published = published or article_date_from_text(article.text)
    entities = link_entities(article.text, catalog, published)
    claims = find_claims(article.text, entities, catalog, compute=not args.no_compute, uncertainty=args.uncertainty)
    approx = sorted({e.value["name"] for e in entities if e.kind == "satellite" and (s := catalog.get(e.value.get("satnum") or -1)) and s.flag})
    if args.json:
        print(_json.dumps({"file": str(args.file), "title": article.title, "date": published.isoformat() if published else None,
                           "entities": [e.as_dict() for e in entities], "claims": [c.as_dict() for c in claims],
                           "approximate_elements": approx}, indent=2, ensure_ascii=False))
        return 0
    print(f"{article.title or args.file}" + (f"  ({published.isoformat()})" if published else "  (date not found; use --date)"))
    for kind, group in group_by_kind(entities).items():
        print(f"\n{kind} ({len(group)}):")
        for e in group:
            print(f"  {e.start:>6}-{e.end:<6} {e.text!r:<32} -> {e.resolved}")
    print(f"\nclaims ({len(claims)}):")
    for c in claims:
        print(f"  [{c.kind}] {c.line()}")
    if approx:
        print(f"\nnote: APPROXIMATE or DESIGNED elements for {', '.join(approx)}; computed numbers are indicative")
    return 0


def _register_article(sub, add):
    p = add("article", cmd_article, "entities and checkable claims in a news article (text, Markdown or HTML)")
    p.add_argument("file", help="the article file")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--date", help="the article's date (YYYY-MM-DD) for relative dates such as 'on Tuesday'")
    p.add_argument("--no-compute", action="store_true", help="list claims without computing passes (faster)")
    p.add_argument("--uncertainty", action="store_true",
                   help="judge pass counts against the 5-95 %% range of the elements' uncertainty (slower)")


_EXTRA_COMMANDS.append(_register_article)


# ----------------------------------------------------------------------------- design


def _hours_arg(text: str, what: str) -> float:
    try:
        hh, _, mm = text.partition(":")
        hours = int(hh) + (int(mm) / 60.0 if mm else 0.0)
        if not 0 <= hours <= 24 or (mm and not 0 <= int(mm) < 60):
            raise ValueError
        return hours
    except ValueError:
        raise CliError(f"{what}: '{text}' is not a time of day HH:MM (00:00 to 24:00)") from None


def _design_from_args(args):
    from dataclasses import replace

    from desktop.core import design, timebase

    epoch = _time_arg(args.epoch, "--epoch") if args.epoch else timebase.now_s()
    if args.preset:
        choices = design.presets(epoch)
        matches = [k for k in choices if k.casefold().startswith(args.preset.casefold())]
        if len(matches) != 1:
            raise CliError(f"--preset '{args.preset}': choose one of: " + "; ".join(choices))
        base = choices[matches[0]]
    else:
        base = design.OrbitDesign(epoch_s=epoch)
    changes = {}
    if args.name:
        changes["name"] = args.name.strip()[:60]
    size_given = [x is not None for x in (args.height, args.perigee, args.apogee, args.semi_major_axis)]
    if any(size_given) or args.repeat:
        changes.update(height_km=args.height, perigee_km=args.perigee, apogee_km=args.apogee,
                       semi_major_axis_km=args.semi_major_axis, repeat_revs=None, repeat_days=None,
                       geostationary_lon_deg=None)
    if args.eccentricity is not None:
        changes["eccentricity"] = args.eccentricity
    if args.sun_synchronous:
        changes.update(sun_synchronous=True)
    if args.inclination is not None:
        changes.update(inclination_deg=args.inclination, sun_synchronous=False)
    if args.node_time:
        changes.update(node_time_h=_hours_arg(args.node_time, "--node-time"), descending_node=args.descending)
    elif args.raan is not None:
        changes.update(raan_deg=args.raan, node_time_h=None)
    if args.argp is not None:
        changes["arg_perigee_deg"] = args.argp
    if args.mean_anomaly is not None:
        changes["mean_anomaly_deg"] = args.mean_anomaly
    if args.over:
        try:
            lat, lon = (float(x) for x in args.over.split(","))
        except ValueError:
            raise CliError(f"--over: '{args.over}' is not LAT,LON (for example 35.7,51.4)") from None
        changes.update(over_lat_deg=lat, over_lon_deg=lon, over_descending=args.descending,
                       over_time_s=_time_arg(args.at, "--at") if args.at else None)
    elif args.at:
        raise CliError("--at goes with --over LAT,LON (the time the satellite is over the place)")
    if args.repeat:
        try:
            revs, days = (int(x) for x in args.repeat.split("/"))
        except ValueError:
            raise CliError(f"--repeat: '{args.repeat}' is not R/D, whole revolutions in whole days (for example 233/16)") from None
        changes.update(repeat_revs=revs, repeat_days=days, height_km=None)
    if args.geostationary is not None:
        changes.update(geostationary_lon_deg=args.geostationary, height_km=None)
    return replace(base, **changes)


def cmd_design(args) -> int:
    from desktop.core import design
    from desktop.core.catalog import load_catalog
    from desktop.core.elements import omm_json_text, tle_text
    from desktop.core.orbit import summarize

    try:
        if args.list_repeats:
            if args.min_height is None or args.max_height is None or args.max_days is None:
                raise CliError("--list-repeats needs --min-height KM --max-height KM --max-days D")
            solutions = design.list_repeats(args.min_height, args.max_height, args.max_days, args.sun_synchronous,
                                            args.inclination if not args.sun_synchronous else None)
            kind = "sun-synchronous" if args.sun_synchronous else f"inclination {args.inclination:g} deg"
            print(f"{len(solutions)} repeat ground tracks ({kind}, {args.min_height:g}-{args.max_height:g} km, "
                  f"up to {args.max_days} days), solved with SGP4's secular rates:")
            for solution in solutions:
                print("  " + solution.line())
            return 0
        d = _design_from_args(args)
        catalog = load_catalog()
        if args.save and not args.satnum_given:
            kept = {x.satnum: x for x in design.load_designs()}
            same_name = [n for n, x in kept.items() if x.name == d.name]
            from dataclasses import replace

            d = replace(d, satnum=same_name[0] if same_name else design.next_satnum(
                [es.satnum for es in catalog]))
        orbit = design.build(d)
    except design.DesignError as exc:
        raise CliError(str(exc)) from None
    es = orbit.elements
    if args.save:
        kept = [x for x in design.load_designs() if x.satnum != d.satnum]
        design.save_designs(kept + [d])
    wrote = False
    for target, text in ((args.tle_out, tle_text), (args.omm, omm_json_text)):
        if target:
            with _open_output(target) as out:
                out.write(text([es]))
            wrote = wrote or target == "-"
    report = sys.stderr if wrote else sys.stdout
    for label, value in summarize(es, d.epoch_s).lines():
        print(f"{label + ':':<18} {value}", file=report)
    if orbit.repeat_period_s:
        print(f"{'Repeat cycle:':<18} {d.repeat_revs} revolutions in {orbit.repeat_period_s / 86400:.5f} days", file=report)
    if args.save:
        print(f"{'Kept:':<18} as {es.name} (NORAD {es.satnum}) in the catalogue of every command and the app", file=report)
    if not wrote:
        l1, l2 = es.tle_lines()
        print(f"{'TLE:':<18} {l1}\n{'':<18} {l2}")
    return 0


def _register_design(sub, add):
    p = sub.add_parser("design", help="design an orbit (Orbit lab on the command line)", description=(
        "Design an orbit and print its summary and elements (DESIGNED). Size: --height, --perigee/--apogee, "
        "--semi-major-axis, --repeat R/D or --geostationary LON."))
    p.set_defaults(func=cmd_design, satnum_given=False)
    p.add_argument("--name", help="name of the designed satellite (default DESIGN-1)")
    p.add_argument("--preset", help="start from a preset: ISS-like, Sun-synchronous, 10-day, Geostationary, Molniya, Khayyam")
    p.add_argument("--height", type=float, metavar="KM", help="mean height of a circular orbit above the equator")
    p.add_argument("--perigee", type=float, metavar="KM", help="perigee height (with --apogee)")
    p.add_argument("--apogee", type=float, metavar="KM", help="apogee height (with --perigee)")
    p.add_argument("--semi-major-axis", type=float, metavar="KM", help="semi-major axis (with --eccentricity)")
    p.add_argument("--eccentricity", type=float, metavar="E", help="eccentricity, 0 to below 1 (default 0)")
    tilt = p.add_mutually_exclusive_group()
    tilt.add_argument("--inclination", type=float, metavar="DEG", help="inclination, 0 to 180")
    tilt.add_argument("--sun-synchronous", action="store_true", help="inclination computed so the node keeps its local time")
    node = p.add_mutually_exclusive_group()
    node.add_argument("--node-time", metavar="HH:MM", help="local mean solar time of the ascending node (or descending, with --descending)")
    node.add_argument("--raan", type=float, metavar="DEG", help="right ascension of the ascending node")
    p.add_argument("--descending", action="store_true", help="the node time is the descending node's; with --over, a descending pass")
    p.add_argument("--argp", type=float, metavar="DEG", help="argument of perigee (default 0)")
    phase = p.add_mutually_exclusive_group()
    phase.add_argument("--mean-anomaly", type=float, metavar="DEG", help="mean anomaly at the epoch (default 0)")
    phase.add_argument("--over", metavar="LAT,LON", help="put the satellite over this place (at --at, default the epoch)")
    p.add_argument("--at", metavar="ISO8601", help="with --over: when the satellite is over the place")
    p.add_argument("--repeat", metavar="R/D", help="repeat ground track: R revolutions in D days (mean motion solved with SGP4)")
    p.add_argument("--geostationary", type=float, metavar="LON", help="a geostationary orbit over this longitude")
    p.add_argument("--epoch", metavar="ISO8601", help="element epoch (default now)")
    p.add_argument("--tle", dest="tle_out", metavar="FILE", help="write the elements as TLE to FILE, or - for standard output")
    p.add_argument("--omm", metavar="FILE", help="write the elements as OMM JSON to FILE, or - for standard output")
    p.add_argument("--save", action="store_true", help="keep the design: it joins the catalogue of every command and the app")
    p.add_argument("--list-repeats", action="store_true", help="list repeat ground tracks in a height range instead")
    p.add_argument("--min-height", type=float, metavar="KM", help="with --list-repeats")
    p.add_argument("--max-height", type=float, metavar="KM", help="with --list-repeats")
    p.add_argument("--max-days", type=int, metavar="D", help="with --list-repeats: longest cycle in days")


_EXTRA_COMMANDS.append(_register_design)


# ----------------------------------------------------------------------------- coverage, walker


def cmd_coverage(args) -> int:
    from desktop.core import coverage, regions, timebase
    from desktop.core.orbit import age_warning
    from desktop.core.tables import flag_notes

    catalog = _catalog(args)
    sets = list({es.satnum: es for es in (_find(catalog, name) for name in args.sat)}.values())
    criterion = _criterion_from_args(args)
    start = _time_arg(args.start) if args.start else timebase.now_s()
    sun = None if args.daylight is None else args.daylight
    if sun is not None and not -18 <= sun <= 90:
        raise CliError(f"--daylight sun elevation {sun} deg must be from -18 to 90")
    try:
        region = None
        if args.region:
            region = regions.country_region(args.region)
        grid = coverage.make_grid(args.grid, region=region, box=args.box)
        result = coverage.coverage(sets, grid, criterion, start, start + args.days * 86400.0, sun)
    except (coverage.CoverageError, regions.RegionError) as exc:
        raise CliError(str(exc)) from None
    notes = flag_notes(sets) + [f"{es.name}: {w}" for es in sets if (w := age_warning(es, start + args.days * 43200.0))]
    if args.csv:
        with _open_output(args.csv) as out:
            coverage.write_csv(out, result, notes)
    if args.geojson:
        import json

        with _open_output(args.geojson) as out:
            json.dump(coverage.geojson(result, args.figure), out)
    if args.png:
        from desktop.ui.export import coverage_png

        try:
            coverage_png(result, args.figure, args.png)
        except OSError as exc:
            raise CliError(f"cannot write {args.png}: {exc}") from None
    report = sys.stderr if args.csv == "-" or args.geojson == "-" else sys.stdout
    for note in notes:
        print(f"warning: {note}", file=sys.stderr)
    print(f"Coverage of {', '.join(es.label for es in sets)}: {criterion.describe()}"
          + ("" if sun is None else f", daylight (Sun >= {sun:g} deg)") + f", {args.days:g} days from {timebase.iso_utc(start)}",
          file=report)
    for label, value in result.summary():
        print(f"  {label + ':':<28} {value}", file=report)
    return 0


def cmd_walker(args) -> int:
    from desktop.core import coverage, design
    from desktop.core.elements import tle_text

    catalog = _catalog(args)
    seed = _find(catalog, args.seed)
    try:
        first = design.next_satnum([es.satnum for es in catalog] + [d.satnum for d in design.load_designs()])
        members = coverage.walker(seed, args.total, args.planes, args.phasing, args.kind, first)
    except coverage.CoverageError as exc:
        raise CliError(str(exc)) from None
    if args.save:
        design.save_designs(design.load_designs() + [d for d, _es in members])
    text = tle_text([es for _d, es in members])
    if args.tle_out and args.tle_out != "-":
        with _open_output(args.tle_out) as out:
            out.write(text)
    else:
        sys.stdout.write(text)
    print(f"Walker {args.kind} {args.total}/{args.planes}/{args.phasing} from {seed.label}: {len(members)} DESIGNED "
          f"members" + (", kept for every command and the app" if args.save else ""), file=sys.stderr)
    return 0


def _register_coverage(sub, add):
    from desktop.core.coverage import FIGURES

    p = add("coverage", cmd_coverage, "how often every cell of a grid is seen (figures of merit), by one or more satellites")
    p.add_argument("sat", nargs="+", help="satellites: names, unique prefixes or catalogue numbers")
    p.add_argument("--grid", type=float, default=2.0, metavar="DEG", help="cell spacing, 0.25 to 10 (default 2)")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--region", help="cells inside a country (default: the whole globe)")
    where.add_argument("--box", nargs=4, type=float, metavar=("S", "W", "N", "E"), help="cells inside a box")
    p.add_argument("--days", type=float, required=True, help="window length in days (at most 366)")
    p.add_argument("--start", help="window start, ISO 8601 UTC (default now)")
    _add_criterion_args(p, "count passes with the Sun at least SUN_DEG above the horizon at the cell (default 0)")
    p.add_argument("--figure", choices=list(FIGURES), default="per-day",
                   help="the figure drawn in --png and named in --geojson (default per-day)")
    p.add_argument("--csv", metavar="FILE", help="one row per cell, or - for standard output")
    p.add_argument("--geojson", metavar="FILE", help="cells as GeoJSON polygons with every figure")
    p.add_argument("--png", metavar="FILE", help="a map of the figure with its colour bar")
    p = sub.add_parser("walker", help="a Walker constellation from a seed satellite (members are DESIGNED)",
                       description="A Walker constellation from a seed satellite; the members are DESIGNED sets.")
    p.set_defaults(func=cmd_walker, tle=None)
    p.add_argument("seed", help="the seed: a catalogue satellite or a kept design")
    p.add_argument("--total", type=int, required=True, metavar="T", help="satellites in all")
    p.add_argument("--planes", type=int, required=True, metavar="P", help="orbital planes")
    p.add_argument("--phasing", type=int, default=0, metavar="F", help="phasing, 0 to P-1 (default 0)")
    p.add_argument("--kind", choices=["delta", "star"], default="delta", help="nodes over 360 deg (delta) or 180 (star)")
    p.add_argument("--tle", dest="tle_out", metavar="FILE", help="write the members as TLE to FILE or - (default standard output)")
    p.add_argument("--save", action="store_true", help="keep the members as designs (they join every catalogue)")


_EXTRA_COMMANDS.append(_register_coverage)


# ----------------------------------------------------------------------------- report, animate (headless window)


def _region_spec_from_args(args):
    if getattr(args, "region", None):
        return {"kind": "country", "name": args.region}
    if getattr(args, "box", None):
        south, west, north, east = args.box
        return {"kind": "box", "south": south, "west": west, "north": north, "east": east}
    if getattr(args, "circle", None):
        lat, lon, km = args.circle
        return {"kind": "circle", "name": f"circle {km:g} km around {lat:g}, {lon:g}", "lat": lat, "lon": lon, "km": km}
    if getattr(args, "point", None):
        lat, lon = args.point
        return {"kind": "circle", "name": f"point {lat:g}, {lon:g}", "lat": lat, "lon": lon, "km": 0.0}
    return None


def _prepared_session(args, lesson_path=None):
    """An offscreen session showing what the arguments (or a lesson) describe, with its analysis run."""
    from desktop.core import timebase
    from desktop.core.access import AccessError
    from desktop.core.catalog import load_catalog
    from desktop.core.lessons import LessonError
    from desktop.core.regions import RegionError
    from desktop.ui.offscreen import prepared_session
    from desktop.ui.session import AnalysisSettings

    catalog = load_catalog()
    if lesson_path:
        wanted = {"lesson_path": lesson_path}
    else:
        satnums = [_find(catalog, name).satnum for name in args.sat]
        criterion = _criterion_from_args(args)
        angle = criterion.off_nadir_deg if criterion.kind == "sensor" else criterion.elevation_deg
        settings = AnalysisSettings(criterion.kind, angle or 30.0, args.daylight is not None, args.daylight or 0.0,
                                    args.days)
        wanted = {"satnums": satnums, "settings": settings, "region_spec": _region_spec_from_args(args),
                  "start_s": _time_arg(args.start) if args.start else timebase.now_s()}
    try:
        session, problems = prepared_session(catalog, **wanted)
    except (LessonError, RegionError, AccessError) as exc:
        raise CliError(str(exc)) from None
    for problem in problems:
        print(f"warning: {lesson_path}: not loaded: {problem}", file=sys.stderr)
    return session


def _add_window_args(p, need_days=True):
    p.add_argument("sat", nargs="*", help="satellites, or one FILE.overflight lesson")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--region", help="country name")
    where.add_argument("--box", nargs=4, type=float, metavar=("S", "W", "N", "E"))
    where.add_argument("--circle", nargs=3, type=float, metavar=("LAT", "LON", "KM"))
    where.add_argument("--point", nargs=2, type=float, metavar=("LAT", "LON"))
    p.add_argument("--days", type=float, default=7.0, help="analysis window in days (default 7)")
    p.add_argument("--start", help="start, ISO 8601 UTC (default now)")
    _add_criterion_args(p, "daylight only: the Sun at least SUN_DEG above the horizon (default 0)")


def _lesson_or_sats(args):
    if len(args.sat) == 1 and args.sat[0].endswith(".overflight"):
        return args.sat[0]
    if not args.sat:
        raise CliError("give satellites (names or numbers) or one FILE.overflight lesson")
    return None


def cmd_report(args) -> int:
    from desktop.ui.handout import write_pdf

    s = _prepared_session(args, _lesson_or_sats(args))
    try:
        pages = write_pdf(s, args.pdf, args.page)
    except OSError as exc:
        raise CliError(f"cannot write {args.pdf}: {exc.strerror or exc}") from None
    a = s.analysis
    print(f"{args.pdf}: handout, {pages} page(s), {args.page}" +
          (f"; {len(a.all_passes())} passes over {a.region.describe()}" if a is not None else "; no analysis (give a region)"))
    return 0


def cmd_animate(args) -> int:
    from desktop.ui.animation import AnimationError, frame_times, parse_size, render_frames, write_gif

    s = _prepared_session(args, _lesson_or_sats(args))
    try:
        size = parse_size(args.size)
        start = _time_arg(args.start) if args.start else s.time_s
        times = frame_times(start, args.hours, args.step)
    except AnimationError as exc:
        raise CliError(str(exc)) from None
    s.set_span(start, max(args.hours * 3600.0, 3600.0))
    frames = render_frames(s, size, times)
    try:
        write_gif(frames, args.gif, args.frame_ms)
    except OSError as exc:
        raise CliError(f"cannot write {args.gif}: {exc.strerror or exc}") from None
    print(f"{args.gif}: {len(frames)} frames, {size[0]}x{size[1]}, {args.step:g} s apart")
    return 0


def _register_outputs(sub, add):
    p = add("report", cmd_report, "a printable handout (PDF): map, statistics, timeline, passes, claims, provenance")
    _add_window_args(p)
    p.add_argument("--pdf", required=True, metavar="OUT.pdf", help="the handout to write")
    p.add_argument("--page", choices=["A4", "Letter"], default="A4", help="paper size (default A4)")
    p = add("animate", cmd_animate, "the map over a time span as an animated GIF, with the clock in every frame")
    _add_window_args(p)
    p.add_argument("--hours", type=float, default=3.0, help="span of the animation in hours (default 3)")
    p.add_argument("--step", type=float, default=60.0, help="seconds between frames (default 60)")
    p.add_argument("--size", default="1280x720", help="WIDTHxHEIGHT (default 1280x720; slides: 1920x1080)")
    p.add_argument("--frame-ms", type=int, default=100, help="display time of a frame in ms (default 100)")
    p.add_argument("--gif", required=True, metavar="OUT.gif", help="the animation to write")


_EXTRA_COMMANDS.append(_register_outputs)
