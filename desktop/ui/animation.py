"""Animated GIFs of the map over a time span, at slide sizes, with the clock drawn in every frame.

Frames are painted by the map's own drawing (a MapView of the slide's size that
shares the window's session, so tracks, region, passes and coverage are the
window's), then quantised and written by Pillow.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from desktop.core.files import replaced_when_written

SLIDE_SIZES = {"1280x720": (1280, 720), "1920x1080": (1920, 1080)}
MAX_FRAMES = 1000


class AnimationError(ValueError):
    """Settings that make no animation; one line says why."""


def frame_times(start_s: float, hours: float, step_s: float) -> np.ndarray:
    if not hours > 0 or not step_s > 0:
        raise AnimationError(f"--hours {hours:g} and --step {step_s:g} must be positive")
    count = int(hours * 3600.0 // step_s) + 1
    if count > MAX_FRAMES:
        raise AnimationError(f"{count} frames is more than {MAX_FRAMES}: use a larger --step or fewer --hours")
    if count < 2:
        raise AnimationError("an animation needs at least two frames: use a smaller --step")
    return start_s + np.arange(count) * step_s


def parse_size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
        if not (160 <= w <= 3840 and 90 <= h <= 2160):
            raise ValueError
        return w, h
    except ValueError:
        raise AnimationError(f"--size '{text}' is not WIDTHxHEIGHT from 160x90 to 3840x2160 (e.g. 1280x720)") from None


def render_frames(session, size, times, progress=None, cancelled=None) -> list[QImage]:
    """One image per time; the session's clock is moved and put back afterwards."""
    from .map_view import MapView, paint_clock

    width, height = size
    view = MapView(session)
    view.resize(width, height)
    saved = session.time_s, session.span_start_s, session.span_s
    frames = []
    base = QImage(width, height, QImage.Format_RGB32)  # land, borders, graticule: the same in every frame
    painter = QPainter(base)
    painter.fillRect(QRectF(0, 0, width, height), QColor("#e8e8e8"))
    view._draw_base(painter)
    painter.end()
    try:
        if not (session.span_start_s <= times[0] and times[-1] <= session.span_start_s + session.span_s):
            session.set_span(times[0] - 0.1 * (times[-1] - times[0]), max(3600.0, 1.2 * (times[-1] - times[0])))
        for k, t in enumerate(times):
            if cancelled is not None and cancelled():
                raise InterruptedError("cancelled")
            session.set_time(float(t))
            image = base.copy()
            p = QPainter(image)
            view.draw_overlays(p)
            paint_clock(p, QFont("DejaVu Sans"), max(14, height // 28), width, float(t))
            p.end()
            frames.append(image)
            if progress is not None:
                progress((k + 1) / len(times))
    finally:
        session.set_span(saved[1], saved[2])
        session.set_time(saved[0])
        view.deleteLater()
    return frames


def write_gif(frames: list[QImage], path, frame_ms: int = 100) -> None:
    """Quantise to one shared palette (no flicker between frames) and write a looping GIF.

    Written as GIF whatever the name's ending, whole or not at all; OSError says why it could not be.
    """
    from PIL import Image

    pictures = []
    for image in frames:
        image = image.convertToFormat(QImage.Format_RGB888)
        buffer = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(image.height(), image.bytesPerLine())
        rgb = buffer[:, : image.width() * 3].reshape(image.height(), image.width(), 3)
        pictures.append(Image.fromarray(rgb.copy(), "RGB"))
    palette = pictures[0].quantize(colors=255, method=Image.Quantize.MEDIANCUT)
    quantised = [pic.quantize(palette=palette, dither=Image.Dither.NONE) for pic in pictures]
    with replaced_when_written(path, "animation") as tmp:
        quantised[0].save(tmp, format="GIF", save_all=True, append_images=quantised[1:], duration=frame_ms, loop=0,
                          optimize=False, disposal=1)
