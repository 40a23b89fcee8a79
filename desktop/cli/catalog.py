"""`catalog` and `info`: what the catalogue holds."""

from __future__ import annotations

from desktop.cli.common import catalog_from_args, find_sat, time_arg


def cmd_catalog(args) -> int:
    from desktop.core import timebase

    catalog = catalog_from_args(args)
    now = timebase.now_s()
    print(f"{'NORAD':>6}  {'name':<24} {'epoch (UTC)':<20} {'age (d)':>8}  source")
    for es in catalog:
        flag = f"{es.flag} " if es.flag else ""
        print(f"{es.satnum:>6}  {es.name:<24} {es.epoch_iso:<20} {es.age_days(now):>8.1f}  {flag}{es.source}")
    return 0


def cmd_info(args) -> int:
    from desktop.core.elements import ElementError
    from desktop.core.orbit import summarize

    es = find_sat(catalog_from_args(args), args.sat)
    at_s = time_arg(args.at, "--at") if args.at else None
    for label, value in summarize(es, at_s).lines():
        print(f"{label + ':':<18} {value}")
    try:
        l1, l2 = es.tle_lines()
    except ElementError as exc:
        print(f"{'TLE:':<18} ({exc})")
        return 0
    print(f"{'TLE:':<18} {l1}\n{'':<18} {l2}")
    return 0


def register(sub, add):
    add("catalog", cmd_catalog, "list the satellites in the catalogue with their epochs, ages and APPROXIMATE or DESIGNED flags")
    p = add("info", cmd_info, "orbit summary of one satellite")
    p.add_argument("sat", help="name, unique name prefix or catalogue number")
    p.add_argument("--at", help="time for the element age (ISO 8601, default now)")
