"""`design`: the Orbit lab on the command line."""

from __future__ import annotations

import sys

from desktop.cli.common import (TIME_HELP, CliError, catalog_from_args, keep_designs, _check_place, check_element_outputs, finite_float, int_range,
                                print_tle, printable_text, time_arg, write_element_outputs)


POSITIVE = finite_float(0, open_low=True)  # heights and sizes in km; design checks each one's range
ANGLE = finite_float(-360, 360)  # degrees


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

    epoch = time_arg(args.epoch, "--epoch") if args.epoch else timebase.now_s()
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
        _check_place(lat, lon, "--over")
        changes.update(over_lat_deg=lat, over_lon_deg=lon, over_descending=args.descending,
                       over_time_s=time_arg(args.at, "--at") if args.at else None)
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
    from desktop.core.orbit import summarize

    check_element_outputs(args)
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
        catalog = catalog_from_args(args)  # the satellites a new design's number must not take
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
        keep_designs(lambda kept: [x for x in kept if x.satnum != d.satnum] + [d])
    report = write_element_outputs(args, [es])
    for label, value in summarize(es, d.epoch_s).lines():
        print(f"{label + ':':<18} {value}", file=report)
    if orbit.repeat_period_s:
        print(f"{'Repeat cycle:':<18} {d.repeat_revs} revolutions in {orbit.repeat_period_s / 86400:.5f} days", file=report)
    if args.save:
        print(f"{'Kept:':<18} as {es.name} (NORAD {es.satnum}) in the catalogue of every command and the app", file=report)
    if report is sys.stdout:
        print_tle(es)
    return 0


def register(sub, add):
    p = sub.add_parser("design", help="design an orbit (Orbit lab on the command line)", description=(
        "Design an orbit and print its summary and elements (DESIGNED). Size: --height, --perigee/--apogee, "
        "--semi-major-axis, --repeat R/D or --geostationary LON."))
    p.set_defaults(func=cmd_design, satnum_given=False)
    p.add_argument("--name", type=printable_text, help="name of the designed satellite (default DESIGN-1)")
    p.add_argument("--preset", help="start from a preset: ISS-like, Sun-synchronous, 10-day, Geostationary, Molniya, Khayyam")
    p.add_argument("--height", type=POSITIVE, metavar="KM", help="mean height of a circular orbit above the equator")
    p.add_argument("--perigee", type=POSITIVE, metavar="KM", help="perigee height (with --apogee)")
    p.add_argument("--apogee", type=POSITIVE, metavar="KM", help="apogee height (with --perigee)")
    p.add_argument("--semi-major-axis", type=POSITIVE, metavar="KM", help="semi-major axis (with --eccentricity)")
    p.add_argument("--eccentricity", type=finite_float(0, 1, open_high=True), metavar="E", help="eccentricity, 0 to below 1 (default 0)")
    tilt = p.add_mutually_exclusive_group()
    tilt.add_argument("--inclination", type=finite_float(0, 180), metavar="DEG", help="inclination, 0 to 180")
    tilt.add_argument("--sun-synchronous", action="store_true", help="inclination computed so the node keeps its local time")
    node = p.add_mutually_exclusive_group()
    node.add_argument("--node-time", metavar="HH:MM", help="local mean solar time of the ascending node (or descending, with --descending)")
    node.add_argument("--raan", type=ANGLE, metavar="DEG", help="right ascension of the ascending node")
    p.add_argument("--descending", action="store_true", help="the node time is the descending node's; with --over, a descending pass")
    p.add_argument("--argp", type=ANGLE, metavar="DEG", help="argument of perigee (default 0)")
    phase = p.add_mutually_exclusive_group()
    phase.add_argument("--mean-anomaly", type=ANGLE, metavar="DEG", help="mean anomaly at the epoch (default 0)")
    phase.add_argument("--over", metavar="LAT,LON", help="put the satellite over this place (at --at, default the epoch)")
    p.add_argument("--at", metavar="ISO8601", help="with --over: when the satellite is over the place")
    p.add_argument("--repeat", metavar="R/D", help="repeat ground track: R revolutions in D days (mean motion solved with SGP4)")
    p.add_argument("--geostationary", type=ANGLE, metavar="LON", help="a geostationary orbit over this longitude")
    p.add_argument("--epoch", metavar="ISO8601", help=f"element epoch, {TIME_HELP} (default now)")
    p.add_argument("--out", metavar="FILE", help="write the elements as TLE to FILE, or - for standard output")
    p.add_argument("--tle", action="append", metavar="FILE",
                   help="element files whose catalogue numbers a new design must not take (repeatable); it reads, never writes")
    p.add_argument("--omm", metavar="FILE", help="write the elements as OMM JSON to FILE, or - for standard output")
    p.add_argument("--save", action="store_true", help="keep the design: it joins the catalogue of every command and the app")
    p.add_argument("--list-repeats", action="store_true", help="list repeat ground tracks in a height range instead")
    p.add_argument("--min-height", type=POSITIVE, metavar="KM", help="with --list-repeats")
    p.add_argument("--max-height", type=POSITIVE, metavar="KM", help="with --list-repeats")
    p.add_argument("--max-days", type=int_range(1, 60), metavar="D", help="with --list-repeats: longest cycle in days")
