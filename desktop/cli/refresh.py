"""`refresh`: current element sets from CelesTrak."""

from __future__ import annotations

from desktop.cli.common import catalog_from_args, find_sat, finite_float


def cmd_refresh(args) -> int:
    from desktop.core import celestrak, timebase

    catalog = catalog_from_args(args)
    failures = 0
    kwargs = {"timeout_s": args.timeout, "force": args.force}
    if args.group:
        try:
            result = celestrak.fetch("GROUP", args.group, **kwargs)
            print(f"group {args.group}: {result.message}")
        except celestrak.CelestrakError as exc:
            print(f"group {args.group}: failed: {exc}")
            failures += 1
    targets = [find_sat(catalog, name) for name in args.sat] if args.sat else ([] if args.group else list(catalog))
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


def register(sub, add):
    p = add("refresh", cmd_refresh, "fetch current element sets from CelesTrak (cached; offline-safe)")
    p.add_argument("sat", nargs="*", help="satellites to refresh (default: all in the catalogue, or none with --group)")
    p.add_argument("--group", metavar="NAME", help="a CelesTrak group, e.g. stations, weather, resource")
    p.add_argument("--timeout", type=finite_float(0, 600, open_low=True), default=15.0, help="seconds to wait for an answer (default 15)")
    p.add_argument("--force", action="store_true", help="ask even if the cached answer is younger than 2 hours")
