"""`lifetime`: orbit decay and the re-entry date as a range over solar activity."""

from __future__ import annotations

import json
import sys

from desktop.cli.common import CliError, catalog_from_args, find_sat, finite_float, read_input_path

POSITIVE = finite_float(0, open_low=True)


def activities_from_args(args) -> tuple[list, list[str]]:
    """The scenarios asked for (default all three), or a space-weather file's series. ``celestrak`` fetches (then
    falls back to the kept copy, the bundled copy, the scenarios, each with one warning); ``offline`` takes the
    kept copy, else the bundled one; a FILE that cannot be used falls back to the scenarios with one warning."""
    from desktop.core import spaceweather

    warnings = []
    choice = (args.space_weather or "").strip()
    if choice.casefold() in ("celestrak", "offline"):
        return spaceweather.space_weather_series(fetch=choice.casefold() == "celestrak", warnings=warnings), warnings
    if choice:
        from desktop.core.files import FileReadError, read_text_limited

        path = read_input_path(args.space_weather, "--space-weather")
        try:
            series = spaceweather.parse_sw_csv(read_text_limited(path, 64 * 1024 * 1024, "a space-weather file"),
                                               f"space-weather file {path}")
            return [series], warnings
        except (FileReadError, spaceweather.SpaceWeatherError) as exc:
            warnings.append(f"{exc}; using the low, moderate and high scenarios instead")
    if args.solar:
        try:
            return [spaceweather.custom_scenario(args.solar)], warnings
        except spaceweather.SpaceWeatherError as exc:
            raise CliError(str(exc)) from None
    return list(spaceweather.SCENARIOS.values()), warnings


def epoch_activity_for(es, activities):
    """The activity at the set's epoch from the space-weather file in use, else the newest one on this computer
    (kept or bundled): the scenario nearest the epoch's solar activity. None when no file can be read."""
    from desktop.core import spaceweather

    series = next((a for a in activities if isinstance(a, spaceweather.SpaceWeatherSeries)), None)
    return spaceweather.epoch_activity(es.epoch_s, series)


def cmd_lifetime(args) -> int:
    from desktop.core import lifetime, timebase

    if (args.area is not None or args.cd is not None) and args.mass is None:
        raise CliError("--area and --cd go with --mass KG")
    es = find_sat(catalog_from_args(args), args.sat)
    activities, warnings = activities_from_args(args)
    try:
        vehicle = lifetime.vehicle_for(es, args.mass, args.area, args.cd)
        estimate = lifetime.estimate(es, vehicle, activities, years=args.years, warnings=warnings,
                                     epoch_activity=epoch_activity_for(es, activities))
    except lifetime.LifetimeError as exc:
        raise CliError(str(exc)) from None
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if es.flag:
        print(f"warning: {es.flag_note()}", file=sys.stderr)
    if args.json:
        print(json.dumps(estimate.to_json(), indent=1))
        return 0
    a, e, _inc = lifetime.mean_orbit(es)
    print(f"{es.label}  elements {es.epoch_iso}")
    print(f"{'Drag:':<10} {vehicle.how}")
    print(f"{'Start:':<10} {timebase.iso_utc(estimate.start_s)[:10]}, mean height {a - lifetime.WGS72_A_KM:.1f} km "
          f"(eccentricity {e:.4f})")
    if estimate.space_weather is not None:
        print(f"{'Activity:':<10} {estimate.space_weather_text()}")
    if estimate.epoch_activity is not None:
        print(f"{'Epoch:':<10} {estimate.epoch_activity.text()}")
    print(f"{'scenario':<22} {'activity':<28} {'decay now':>14}  {'re-entry (UTC)':<16} {'years':>7}")
    for c in estimate.curves:
        when = timebase.iso_utc(c.reentry_s)[:10] if c.reentry_s is not None else f"after {timebase.iso_utc(c.horizon_s)[:7]}"
        years = f"{c.years:7.2f}" if c.years is not None else f"> {args.years:g}".rjust(7)
        activity = c.activity if len(c.activity) <= 28 else "the file named above"
        print(f"{c.name:<22} {activity:<28} {c.initial_decay_km_per_day:>9.4f} km/d  {when:<16} {years}")
    print(estimate.range_text()[0].upper() + estimate.range_text()[1:] + ".")
    print(f"Note: {estimate.note}.")
    return 0


def register(sub, add):
    p = add("lifetime", cmd_lifetime, "orbit decay under drag and the re-entry date, as a range over solar activity")
    p.add_argument("sat", help="name, unique name prefix or catalogue number")
    p.add_argument("--mass", type=POSITIVE, metavar="KG", help="mass (default: a real set's B*, else the published mass)")
    p.add_argument("--area", type=POSITIVE, metavar="M2", help="cross-section against the flow (with --mass)")
    p.add_argument("--cd", type=finite_float(0, 10, open_low=True), metavar="CD", help="drag coefficient (default 2.2)")
    p.add_argument("--solar", metavar="LEVEL", help="low, moderate, high, or F107,AP (default: all three scenarios)")
    p.add_argument("--space-weather", metavar="FILE", help="observed and predicted activity from a CelesTrak SW-All.csv "
                   "file; the word celestrak to fetch it (offline-first: a copy under 2 hours old is used); or the "
                   "word offline for the copy fetched before, else the bundled copy (CelesTrak, updated 2025-07-21)")
    p.add_argument("--years", type=finite_float(0, 200, open_low=True), default=25.0, metavar="N",
                   help="horizon of the estimate (default 25)")
    p.add_argument("--json", action="store_true", help="print the estimate as JSON")
