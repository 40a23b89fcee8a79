"""`transfer`: the classic transfers' budgets (vis-viva)."""

from __future__ import annotations

import json

from desktop.cli.common import CliError, finite_float, int_range

KINDS = ("hohmann", "plane", "combined", "phasing")
HEIGHT = finite_float(0, open_low=True)


def _need(args, *names):
    missing = [f"--{n.replace('_km', '').replace('_', '-')}" for n in names if getattr(args, n) is None]
    if missing:
        raise CliError(f"transfer {args.kind} needs " + " and ".join(missing))


def cmd_transfer(args) -> int:
    from desktop.core import maneuver

    try:
        if args.kind == "hohmann":
            _need(args, "from_km", "to_km")
            transfer = maneuver.hohmann(args.from_km, args.to_km)
        elif args.kind == "plane":
            _need(args, "height", "angle")
            transfer = maneuver.plane_change(args.height, args.angle)
        elif args.kind == "combined":
            _need(args, "from_km", "to_km", "angle")
            transfer = maneuver.combined_plane_change(args.from_km, args.to_km, args.angle)
        else:
            _need(args, "height", "angle")
            transfer = maneuver.phasing(args.height, args.angle, args.revolutions)
    except maneuver.BurnError as exc:
        raise CliError(str(exc)) from None
    if args.json:
        print(json.dumps(transfer.to_json(), indent=1))
        return 0
    for line in transfer.lines():
        print(line)
    if "separate_total_dv_km_s" in transfer.details:
        print(f"  (Hohmann and the plane change apart: {transfer.details['separate_total_dv_km_s'] * 1000:.1f} m/s)")
    return 0


def register(sub, add):
    p = sub.add_parser("transfer", help="delta-v budget and time of a classic transfer (vis-viva)", description=(
        "Budgets of the classic transfers between circular orbits, heights above the equator: hohmann --from KM "
        "--to KM; plane --height KM --angle DEG; combined --from KM --to KM --angle DEG (plane change at apogee); "
        "phasing --height KM --angle DEG [--revolutions K]."))
    p.set_defaults(func=cmd_transfer)
    p.add_argument("kind", choices=KINDS, help="which transfer")
    p.add_argument("--from", dest="from_km", type=HEIGHT, metavar="KM", help="height of the first circular orbit")
    p.add_argument("--to", dest="to_km", type=HEIGHT, metavar="KM", help="height of the final circular orbit")
    p.add_argument("--height", type=HEIGHT, metavar="KM", help="height of the circular orbit (plane, phasing)")
    p.add_argument("--angle", type=finite_float(-360, 360), metavar="DEG",
                   help="plane change (0 to 180) or phasing angle (negative: fall behind)")
    p.add_argument("--revolutions", type=int_range(1, 100), default=1, metavar="K",
                   help="phasing: revolutions of the phasing orbit (default 1)")
    p.add_argument("--json", action="store_true", help="print the budget as JSON")
