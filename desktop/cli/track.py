"""`track`: sub-satellite points over a time span."""

from __future__ import annotations

import sys

from desktop.cli.common import CliError, catalog_from_args, find_sat, open_output, time_arg


def cmd_track(args) -> int:
    from desktop.core import timebase
    from desktop.core.groundtrack import ground_track, times_grid
    from desktop.core.orbit import age_warning

    es = find_sat(catalog_from_args(args), args.sat)
    start = time_arg(args.start) if args.start else timebase.now_s()
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

        with open_output(args.csv) as out:
            write_track_csv(out, track, notes, extra)
        return 0
    times = timebase.iso_utc(track.times_s)
    print(f"{es.label}  elements {es.epoch_iso}")
    print(f"{'time (UTC)':<21} {'lat (deg)':>10} {'lon (deg)':>11} {'height (km)':>12}")
    for row in zip(times, track.lat_deg, track.lon_deg, track.height_km):
        print(f"{row[0]:<21} {row[1]:>10.4f} {row[2]:>11.4f} {row[3]:>12.3f}")
    return 0


def register(sub, add):
    p = add("track", cmd_track, "sub-satellite points over a time span")
    p.add_argument("sat", help="name, unique name prefix or catalogue number")
    p.add_argument("--start", help="start time, ISO 8601 UTC (default now)")
    p.add_argument("--hours", type=float, default=3.0, help="span in hours (default 3)")
    p.add_argument("--step", type=float, default=60.0, help="step in seconds (default 60)")
    p.add_argument("--csv", metavar="FILE", help="write CSV to FILE, or - for standard output")
    p.add_argument("--uncertainty", action="store_true",
                   help="add the 90 %% spread along and across the track (km) from the elements' uncertainty model")
