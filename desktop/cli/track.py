"""`track`: sub-satellite points over a time span."""

from __future__ import annotations

import sys

from desktop.cli.common import (MAX_YEARS_FROM_EPOCH, TIME_HELP, CliError, catalog_from_args, check_memory, check_output_path,
                                check_near_epoch, find_sat, finite_float, open_output, time_arg)


# Points are streamed, so memory stays bounded; time does not: about 2 us a point written.
MAX_POINTS = 200_000_000  # about ten minutes


def cmd_track(args) -> int:
    from desktop.core import budget, timebase
    from desktop.core.orbit import age_warning

    es = find_sat(catalog_from_args(args), args.sat)
    start = time_arg(args.start) if args.start else timebase.now_s()
    if not args.hours > 0:
        raise CliError(f"--hours must be positive, got {args.hours}")
    if not args.step > 0:
        raise CliError(f"--step must be positive, got {args.step}")
    span_s = args.hours * 3600.0
    check_near_epoch([es], start, start + span_s)
    points = int(span_s / args.step + 1e-9) + 1  # as groundtrack.times_grid counts them
    if points > MAX_POINTS:
        raise CliError(f"--hours {args.hours:g} at --step {args.step:g} s is {points:,} points, more than "
                       f"{MAX_POINTS / 1e6:,.0f} million (about ten minutes); use a larger --step or fewer --hours")
    if args.csv:
        check_output_path(args.csv, "--csv")
    members = UNCERTAINTY_MEMBERS if args.uncertainty else 0
    check_memory(args, budget.track_bytes(points, members), "track", "use a larger --step")
    notes = [n for n in (es.flag_note(), age_warning(es, start)) if n]
    for note in notes:
        print(f"warning: {note}", file=sys.stderr)
    ensemble = None
    if args.uncertainty:
        from desktop.core import uncertainty

        notes.append(uncertainty.describe_model(es, start))
        ensemble = uncertainty.ensemble(es, members, at_s=start + span_s / 2.0)
    chunks = _track_chunks(es, start, args.step, points, budget.track_chunk_points(members), ensemble)
    if args.csv:
        with open_output(args.csv) as out:
            _write_csv(out, chunks, notes)
        return 0
    print(f"{es.label}  elements {es.epoch_iso}")
    print(f"{'time (UTC)':<21} {'lat (deg)':>10} {'lon (deg)':>11} {'height (km)':>12}")
    for track, _extra in chunks:
        times = timebase.iso_utc(track.times_s)
        for row in zip(times, track.lat_deg, track.lon_deg, track.height_km):
            print(f"{row[0]:<21} {row[1]:>10.4f} {row[2]:>11.4f} {row[3]:>12.3f}")
    return 0


UNCERTAINTY_MEMBERS = 128


def _track_chunks(es, start_s: float, step_s: float, points: int, chunk: int, ensemble=None):
    """(Track, extra columns) of consecutive pieces of the track, ``chunk`` points each.

    The times are those of groundtrack.times_grid. An SGP4 error ends the track: it is
    reported on standard error when reached, and nothing after it is yielded.
    """
    import numpy as np

    from desktop.core.groundtrack import ground_track

    for a in range(0, points, chunk):
        track = ground_track(es, start_s + np.arange(a, min(points, a + chunk)) * step_s)
        extra = None
        if ensemble is not None:
            from desktop.core.uncertainty import corridor

            spread = corridor(ensemble, track.times_s)
            extra = {"along_track_90_km": spread.along_90_km, "cross_track_90_km": spread.cross_90_km}
        if track.error:
            print(f"warning: {track.error}", file=sys.stderr)
        yield track, extra
        if track.error:
            return


def _write_csv(out, chunks, notes) -> None:
    """The chunks as one CSV: comments and header once, then every chunk's rows.

    tables.write_track_csv writes the comments and header with every call; for the later
    chunks they go to a buffer and are dropped. An SGP4 stop is added as a comment where
    the rows end.
    """
    import io

    from desktop.core.tables import write_track_csv

    for k, (track, extra) in enumerate(chunks):
        if k == 0:
            write_track_csv(out, track, notes, extra)
        else:
            buffer = io.StringIO()
            write_track_csv(buffer, track, (), extra)
            out.write(buffer.getvalue().split("\n", 1)[1])
        if track.error:
            out.write(f"# {track.error}\n")


def register(sub, add):
    p = add("track", cmd_track, "sub-satellite points over a time span (streamed: long tracks in bounded memory)")
    p.add_argument("sat", help="name, unique name prefix or catalogue number")
    p.add_argument("--start", help=f"start time, {TIME_HELP}, within {MAX_YEARS_FROM_EPOCH} years of the element epoch "
                                   "(default now)")
    p.add_argument("--hours", type=finite_float(), default=3.0, help="span in hours (default 3)")
    p.add_argument("--step", type=finite_float(), default=60.0, help="step in seconds (default 60)")
    p.add_argument("--csv", metavar="FILE", help="write CSV to FILE, or - for standard output")
    p.add_argument("--uncertainty", action="store_true",
                   help="add the 90 %% spread along and across the track (km) from the elements' uncertainty model")
