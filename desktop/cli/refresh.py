"""`refresh`: current element sets from CelesTrak."""

from __future__ import annotations

from desktop.cli.common import catalog_from_args, find_sat, finite_float


def cmd_refresh(args) -> int:
    from desktop.core import celestrak, timebase

    catalog = catalog_from_args(args)
    failures = 0
    plain = not (args.sat or args.group or args.satcat or args.space_weather)
    kwargs = {"timeout_s": args.timeout or 15.0, "force": args.force}
    if args.group:
        try:
            result = celestrak.fetch("GROUP", args.group, **kwargs)
            print(f"group {args.group}: {result.message}")
        except celestrak.CelestrakError as exc:
            print(f"group {args.group}: failed: {exc}")
            failures += 1
    if args.space_weather:
        from desktop.core import spaceweather

        try:
            text, cached, retrieved = celestrak.fetch_space_weather(timeout_s=args.timeout or 60.0, force=args.force)
            series = spaceweather.fetched_series(text, retrieved)
            print(f"space weather (SW-All.csv): {'kept copy, under 2 hours old' if cached else 'fetched'}; "
                  f"{series.span_text()}")
        except (celestrak.CelestrakError, spaceweather.SpaceWeatherError) as exc:
            held = spaceweather.offline_series()
            print(f"space weather (SW-All.csv): failed: {exc} (keeping the copy held: "
                  f"{held.source if held else 'none'})")
            failures += 1
    targets = [find_sat(catalog, name) for name in args.sat] if args.sat else \
        ([] if args.group or args.satcat or args.space_weather else list(catalog))
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
    if args.satcat or plain:  # plain refresh: the metadata too, through the same cache (2-hour rule) and faults
        from desktop.core import satcat

        try:
            result = satcat.fetch_satcat(timeout_s=args.timeout or 60.0, force=args.force)
            print(f"satellite catalogue (SATCAT): {result.message}")
        except satcat.SatcatError as exc:
            if args.satcat:
                print(f"satellite catalogue (SATCAT): failed: {exc} (keeping the metadata held)")
                failures += 1
            else:  # the element sets are what a plain refresh is for: its status follows them
                print(f"satellite catalogue (SATCAT): not updated: {exc}; {satcat.kept_note()}")
    return 1 if failures else 0


def register(sub, add):
    p = add("refresh", cmd_refresh, "fetch current element sets from CelesTrak (cached; offline-safe); "
                                   "with no satellite named, the satellite catalogue (SATCAT) too")
    p.add_argument("sat", nargs="*", help="satellites to refresh (default: all in the catalogue and the SATCAT, or "
                                        "none with --group or --satcat)")
    p.add_argument("--group", metavar="NAME", help="a CelesTrak group, e.g. stations, weather, resource")
    p.add_argument("--satcat", action="store_true",
                   help="fetch CelesTrak's satellite catalogue (owners, launches, object types) for info, catalog and "
                        "filters; a plain refresh, with no satellite named, fetches it too")
    p.add_argument("--space-weather", action="store_true",
                   help="fetch CelesTrak's space-weather file (observed and predicted F10.7 and Ap) for lifetime")
    p.add_argument("--timeout", type=finite_float(0, 600, open_low=True), default=None,
                   help="seconds to wait for an answer (default 15, 60 for the SATCAT file of about 7 MB)")
    p.add_argument("--force", action="store_true", help="ask even if the cached answer is younger than 2 hours")
