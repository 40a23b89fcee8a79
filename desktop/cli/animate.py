"""`animate`: the map over a time span as an animated GIF."""

from __future__ import annotations

from desktop.cli.common import (CliError, check_memory, check_near_epoch, check_output_path, check_written,
                                finite_float, int_range, time_arg)
from desktop.cli.prepared import add_window_args, lesson_or_sats, prepared_session


def cmd_animate(args) -> int:
    from desktop.ui.animation import AnimationError, frame_times, parse_size, render_frames, write_gif

    from desktop.core import budget

    lesson = lesson_or_sats(args)
    if not args.gif.lower().endswith(".gif"):
        raise CliError(f"--gif {args.gif}: the file name must end in .gif")
    check_output_path(args.gif, "--gif", regular=True)
    try:
        size = parse_size(args.size)
        frames = len(frame_times(0.0, args.hours, args.step))
    except AnimationError as exc:
        raise CliError(str(exc)) from None
    check_memory(args, budget.animation_bytes(frames, *size), "animation", "use fewer frames (--step, --hours) or a smaller --size")
    s = prepared_session(args, lesson)
    start = time_arg(args.start) if args.start else s.time_s
    times = frame_times(start, args.hours, args.step)
    check_near_epoch(s.selected_sets(), times[0], times[-1])
    s.set_span(start, max(args.hours * 3600.0, 3600.0))
    frames = render_frames(s, size, times)
    try:
        write_gif(frames, args.gif, args.frame_ms)
    except OSError as exc:
        raise CliError(f"cannot write {args.gif}: {exc.strerror or exc}") from None
    check_written(args.gif, "the animation")
    print(f"{args.gif}: {len(frames)} frames, {size[0]}x{size[1]}, {args.step:g} s apart")
    return 0


def register(sub, add):
    p = add("animate", cmd_animate, "the map over a time span as an animated GIF, with the clock in every frame")
    add_window_args(p)
    p.add_argument("--hours", type=finite_float(0, 366 * 24, open_low=True), default=3.0,
                   help="span of the animation in hours (default 3)")
    p.add_argument("--step", type=finite_float(0, open_low=True), default=60.0, help="seconds between frames (default 60)")
    p.add_argument("--size", default="1280x720", help="WIDTHxHEIGHT (default 1280x720; slides: 1920x1080)")
    p.add_argument("--frame-ms", type=int_range(20, 60_000), default=100,
                   help="display time of a frame in ms, 20 to 60000 (default 100)")
    p.add_argument("--gif", required=True, metavar="OUT.gif", help="the animation to write")
