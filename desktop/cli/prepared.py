"""A session prepared offscreen from a command's arguments or a lesson: what `report` and `animate` draw."""

from __future__ import annotations

import sys

from desktop.cli.common import (COORDINATE, MAX_YEARS_FROM_EPOCH, TIME_HELP, CliError, add_criterion_args,
                                check_near_epoch, criterion_from_args, finite_float, read_input_path,
                                sats_with_sensors, time_arg)


def region_spec_from_args(args):
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


def prepared_session(args, lesson_path=None):
    """An offscreen session showing what the arguments (or a lesson) describe, with its analysis run.

    No main window is built: the handout and the animation draw from the session alone.
    """
    from desktop.core import timebase
    from desktop.core.access import AccessError
    from desktop.core.catalog import load_catalog
    from desktop.core.lessons import LessonError
    from desktop.core.regions import RegionError
    from desktop.ui.offscreen import prepared_session as offscreen_session, run_analysis
    from desktop.ui.session import AnalysisSettings

    catalog = load_catalog()
    if lesson_path:
        wanted = {"lesson_path": read_input_path(lesson_path, "lesson")}
    else:
        criterion = criterion_from_args(args)
        sets, criteria = sats_with_sensors(catalog, args.sat, criterion)
        satnums = [es.satnum for es in sets]
        # each satellite's own swath, and --swath for the others (the window's settings hold an angle)
        sensors = {es.satnum: 2.0 * c.half_swath_km for es, c in zip(sets, criteria) if c.half_swath_km is not None}
        angle = criterion.off_nadir_deg if criterion.kind == "sensor" else criterion.elevation_deg
        settings = AnalysisSettings(criterion.kind, angle or 30.0, args.daylight is not None, args.daylight or 0.0,
                                    min(max(args.days, 1.0), 366.0))
        wanted = {"satnums": satnums, "settings": settings, "region_spec": region_spec_from_args(args), "sensors": sensors,
                  "start_s": time_arg(args.start) if args.start else timebase.now_s()}
    try:
        s, problems = offscreen_session(catalog, analyse_now=False, **wanted)
        for problem in problems:
            print(f"warning: {lesson_path}: not loaded: {problem}", file=sys.stderr)
        if s.region is not None and s.selected:
            check_near_epoch(s.selected_sets(), s.span_start_s, s.span_start_s + s.days * 86400.0)
        run_analysis(s)
    except (LessonError, RegionError, AccessError) as exc:
        raise CliError(str(exc)) from None
    return s


def add_window_args(p, need_days=True):
    p.add_argument("sat", nargs="*", help="satellites, or one FILE.overflight lesson")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--region", help="country name")
    where.add_argument("--box", nargs=4, type=COORDINATE, metavar=("S", "W", "N", "E"))
    where.add_argument("--circle", nargs=3, type=COORDINATE, metavar=("LAT", "LON", "KM"))
    where.add_argument("--point", nargs=2, type=COORDINATE, metavar=("LAT", "LON"))
    p.add_argument("--days", type=finite_float(0, 366, open_low=True), default=7.0,
                   help="analysis window in days, at most 366 (default 7)")
    p.add_argument("--start", help=f"start, {TIME_HELP}, within {MAX_YEARS_FROM_EPOCH} years of the element epochs "
                                   "(default now)")
    add_criterion_args(p, "daylight only: the Sun at least SUN_DEG above the horizon (default 0)")


def lesson_or_sats(args):
    if len(args.sat) == 1 and args.sat[0].endswith(".overflight"):
        return args.sat[0]
    if not args.sat:
        raise CliError("give satellites (names or numbers) or one FILE.overflight lesson")
    return None
