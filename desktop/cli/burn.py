"""`burn`: an impulsive burn, written as a DESIGNED element set."""

from __future__ import annotations

import sys

from desktop.cli.common import (TIME_HELP, CliError, catalog_from_args, check_element_outputs, check_near_epoch, find_sat,
                                finite_float, print_tle, printable_text, time_arg, write_element_outputs)

WHEN_HELP = "when: an ISO 8601 UTC time, or apogee, perigee, ascending or descending (the next one after --after)"
SPEED = finite_float(-1e6, 1e6)  # m/s; the core refuses a burn over 10 km/s in one line naming the total


def _burn_from_args(args):
    from desktop.core.maneuver import BURN_TIMES, Burn

    when = args.at.strip().casefold()
    if when in BURN_TIMES:
        return Burn(args.prograde, args.radial, args.normal, at=when)
    return Burn(args.prograde, args.radial, args.normal, at="time", time_s=time_arg(args.at, "--at"))


def figures_lines(before, after) -> list[str]:
    rows = [("Perigee", "km", before.perigee_km, after.perigee_km), ("Apogee", "km", before.apogee_km, after.apogee_km),
            ("Period", "min", before.period_min, after.period_min),
            ("Inclination", "deg", before.inclination_deg, after.inclination_deg)]
    return [f"{label + ':':<18} {old:>10.3f} -> {new:>10.3f} {unit}" for label, unit, old, new in rows]


def cmd_burn(args) -> int:
    from desktop.core import design, maneuver, timebase

    check_element_outputs(args)
    catalog = catalog_from_args(args)
    es = find_sat(catalog, args.sat)
    burn = _burn_from_args(args)
    after = time_arg(args.after, "--after") if args.after else max(timebase.now_s(), es.epoch_s)
    check_near_epoch([es], min(after, burn.time_s or after), max(after, burn.time_s or after),
                     "--at" if burn.at == "time" else "--after")
    taken = [x.satnum for x in catalog] + [d.satnum for d in design.load_designs()]
    try:
        result = maneuver.apply_burn(es, burn, after, satnum=design.next_satnum(taken), name=args.name)
    except (maneuver.BurnError, design.DesignError) as exc:
        raise CliError(str(exc)) from None
    if result.reenters:
        raise CliError(f"{es.name}: after this burn the perigee is {result.after.perigee_km:,.0f} km, below the "
                       "surface: the satellite re-enters at once (no element set is made)")
    new = result.elements
    report = write_element_outputs(args, [new])
    if es.flag:
        print(f"warning: {es.flag_note()}", file=sys.stderr)
    print(f"{'Satellite:':<18} {es.label} (elements {es.epoch_iso})", file=report)
    print(f"{'Burn:':<18} {timebase.iso_utc(result.time_s)}"
          f"{'' if burn.at == 'time' else ' (next ' + burn.at + ')'}: prograde {burn.prograde_m_s:+.2f}, radial "
          f"{burn.radial_m_s:+.2f}, normal {burn.normal_m_s:+.2f} m/s (total {burn.dv_m_s:.2f} m/s)", file=report)
    for line in figures_lines(result.before, result.after):
        print(line, file=report)
    print(f"{'Track shift:':<18} {result.track_shift_km_per_day:+,.1f} km a day at the equator (+ westward)", file=report)
    print(f"{'Check:':<18} the new set's position at the burn is {result.position_error_km * 1000:.0f} m from the "
          f"built state", file=report)
    for note in result.notes:
        print(f"warning: {note}", file=sys.stderr)
    print(f"{'New set:':<18} {new.name} (NORAD {new.satnum}), DESIGNED, epoch {new.epoch_iso}", file=report)
    if report is sys.stdout:
        print_tle(new)
    return 0


def register(sub, add):
    p = add("burn", cmd_burn, "apply an impulsive burn to a satellite and write the orbit after it (DESIGNED)")
    p.add_argument("sat", help="name, unique name prefix or catalogue number")
    p.add_argument("--at", required=True, metavar="WHEN", help=WHEN_HELP)
    p.add_argument("--prograde", type=SPEED, default=0.0, metavar="M/S", help="along the velocity (negative: retrograde)")
    p.add_argument("--radial", type=SPEED, default=0.0, metavar="M/S", help="away from the Earth's centre")
    p.add_argument("--normal", type=SPEED, default=0.0, metavar="M/S", help="along the orbit's angular momentum")
    p.add_argument("--after", metavar="ISO8601", help=f"look for the next apogee, perigee or node after this time, "
                                                      f"{TIME_HELP} (default now, or the epoch if later)")
    p.add_argument("--name", type=printable_text, help="name of the new set (default the satellite's and BURN)")
    p.add_argument("--out", metavar="FILE", help="write the new set as TLE to FILE, or - for standard output")
    p.add_argument("--omm", metavar="FILE", help="write the new set as OMM JSON to FILE, or - for standard output")
