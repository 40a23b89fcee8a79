"""`animate`: the map over a time span as an animated GIF."""

from __future__ import annotations

from desktop.cli.common import CliError, time_arg
from desktop.cli.window import add_window_args, lesson_or_sats, prepared_window


def cmd_animate(args) -> int:
    from desktop.ui.animation import AnimationError, frame_times, parse_size, render_frames, write_gif

    lesson = lesson_or_sats(args)
    _app, window = prepared_window(args, lesson)
    s = window.session
    try:
        size = parse_size(args.size)
        start = time_arg(args.start) if args.start else s.time_s
        times = frame_times(start, args.hours, args.step)
    except AnimationError as exc:
        raise CliError(str(exc)) from None
    s.set_span(start, max(args.hours * 3600.0, 3600.0))
    frames = render_frames(s, size, times)
    try:
        write_gif(frames, args.gif, args.frame_ms)
    except OSError as exc:
        raise CliError(f"cannot write {args.gif}: {exc}") from None
    print(f"{args.gif}: {len(frames)} frames, {size[0]}x{size[1]}, {args.step:g} s apart")
    return 0


def register(sub, add):
    p = add("animate", cmd_animate, "the map over a time span as an animated GIF, with the clock in every frame")
    add_window_args(p)
    p.add_argument("--hours", type=float, default=3.0, help="span of the animation in hours (default 3)")
    p.add_argument("--step", type=float, default=60.0, help="seconds between frames (default 60)")
    p.add_argument("--size", default="1280x720", help="WIDTHxHEIGHT (default 1280x720; slides: 1920x1080)")
    p.add_argument("--frame-ms", type=int, default=100, help="display time of a frame in ms (default 100)")
    p.add_argument("--gif", required=True, metavar="OUT.gif", help="the animation to write")
