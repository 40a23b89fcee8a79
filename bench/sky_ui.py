"""Sky plot benchmark: a repaint with 2,000 satellites above the horizon.

The satellites are real SGP4 positions: bench/catalogue.py's synthetic
catalogue (made three times over with different seeds, about 33,000 sets), seen
from 35.7 N 51.4 E at its epoch; the first 2,000 above the horizon are the
plot's satellites, the first of them chosen, a pass of it drawn, with the Sun,
the Moon, the 900 bright stars and the constellation names (a night sky).

Measured in the same run, on the same widget (offscreen, 900 x 900 pixels):
1. the repaint (the widget's paintEvent through ``QWidget.render`` into an
   image: the sky from its cached pixmap, the satellites, the pass and the
   title drawn), median and 95th percentile over 60 frames; target: median
   <= 16 ms;
2. the repaint of a new scene (the sky drawn again too, as after each tick of
   the live clock);
3. reference A: a new scene with 20 satellites (the cost of the chart itself:
   stars, rings, labels, path);
4. reference B: a new scene with the 2,000 satellites drawn one ellipse at a
   time from a Python loop (the obvious way), instead of one ``drawPoints`` call;
5. the refresh that runs once a second under the live clock (the core's look
   angles of every set, Sun, Moon and stars) for 2,000 sets, for information.

No timing here is asserted by a test.
"""

import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OVERFLIGHT_DATA_DIR", tempfile.mkdtemp())

WANTED = 2000
FRAMES = 60
SIZE = 900
PLACE = (35.7, 51.4)


def frame_times(plot, image, frames=FRAMES, draw=None, new_scene=False):
    """Milliseconds per frame: the widget's own paintEvent (QWidget.render), or ``draw`` with a painter."""
    from PySide6.QtGui import QPainter

    out = []
    for _ in range(frames):
        if new_scene:
            plot._version += 1  # as after refresh(): the cached sky is drawn again
        t0 = time.perf_counter()
        if draw is None:
            plot.render(image)
        else:
            p = QPainter(image)
            draw(p)
            p.end()
        out.append((time.perf_counter() - t0) * 1000.0)
    return out


def summary(times):
    return statistics.median(times), float(np.percentile(times, 95))


def main():
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QImage, QPen
    from PySide6.QtWidgets import QApplication

    from catalogue import EPOCH, synthetic_tle
    from desktop.core import sky, timebase
    from desktop.core.elements import Catalog, parse_text
    from desktop.ui.session import Session, SkyPass
    from desktop.ui.sky_plot import SATELLITE_COLOUR, SkyPlot

    app = QApplication.instance() or QApplication([])
    sets = []
    for seed in (21, 22, 23):
        parsed, _issues = parse_text(synthetic_tle(seed=seed).replace("SYN-", f"S{seed}-"), "synthetic")
        sets += [replace(es, satnum=es.satnum + (seed - 21) * 100000) for es in parsed]  # numbered apart
    t = timebase.to_posix(EPOCH) + 20 * 3600.0  # evening at 51 E: a dark sky with stars
    observer = sky.Observer(*PLACE, 0.0, "Tehran")
    _az, el, _rng = sky.look_angles(sets, observer, np.array([t]))
    up = [sets[k] for k in np.flatnonzero(el[:, 0] > 0)]
    print(f"{len(sets)} synthetic sets, {len(up)} above the horizon at {timebase.iso_utc(t)}")
    shown = up[:WANTED]
    catalog = Catalog()
    catalog.add(shown)
    session = Session(catalog)
    session.select([shown[0].satnum])
    session.set_span(t - 3600.0, 6 * 3600.0)
    session.set_time(t)
    session.set_observer(observer)
    plot = SkyPlot(session, sets=lambda: shown)
    plot.resize(SIZE, SIZE)
    passes = sky.observer_passes(shown[0], observer, t - 3 * 3600.0, t + 3 * 3600.0)
    if passes:
        session.set_sky_pass(SkyPass(shown[0].satnum, passes[0], None))
    refresh = []
    for _ in range(10):
        t0 = time.perf_counter()
        plot.refresh()
        refresh.append((time.perf_counter() - t0) * 1000.0)
    n_up = len(plot.scene.sat_az)
    image = QImage(SIZE, SIZE, QImage.Format_ARGB32_Premultiplied)
    few_plot = SkyPlot(session, sets=lambda: shown[:20])  # reference A: the same chart, 20 satellites
    few_plot.resize(SIZE, SIZE)
    few_plot.refresh()

    def loop_draw(p):  # reference B: the same frame, the satellites one ellipse at a time
        az, el = plot.scene.sat_az, plot.scene.sat_el
        plot.scene.sat_az = plot.scene.sat_el = np.zeros(0)
        try:
            plot.render_to(p)
        finally:
            plot.scene.sat_az, plot.scene.sat_el = az, el
        p.setPen(QPen(SATELLITE_COLOUR, 1))
        p.setBrush(SATELLITE_COLOUR)
        for a, e in zip(az, el):
            x, y = plot.to_screen([a], [e])[0]
            p.drawEllipse(QPointF(x, y), 2.0, 2.0)

    frame_times(plot, image, 5)  # warm-up
    ours, fresh, few, loop = [], [], [], []
    for _ in range(FRAMES // 5):  # interleaved in rounds: the machine's load falls on every variant alike
        ours += frame_times(plot, image, 5)
        fresh += frame_times(plot, image, 5, new_scene=True)
        few += frame_times(few_plot, image, 5, new_scene=True)
        loop += frame_times(plot, image, 5, draw=loop_draw)
    med, p95 = summary(ours)
    print(f"repaint, {n_up} satellites above the horizon: median {med:.1f} ms, 95th percentile {p95:.1f} ms "
          f"(target: median <= 16 ms) {'OK' if med <= 16 else 'OVER'}")
    med_fresh, p95_fresh = summary(fresh)
    print(f"repaint of a new scene (the clock moved: the sky drawn again, as once a second when live): "
          f"median {med_fresh:.1f} ms, 95th percentile {p95_fresh:.1f} ms {'OK' if med_fresh <= 16 else 'OVER'}")
    med_few, _ = summary(few)
    med_loop, _ = summary(loop)
    print(f"reference A, a new scene with 20 satellites: median {med_few:.1f} ms "
          f"(2,000 cost {med_fresh / med_few:.2f}x of it)")
    print(f"reference B, a new scene with the 2,000 drawn from a Python loop of ellipses: median {med_loop:.1f} ms "
          f"(ours is {med_loop / med_fresh:.1f}x faster)")
    print(f"refresh (core look angles of {len(shown)} sets, Sun, Moon, stars), once a second when live: "
          f"median {statistics.median(refresh):.1f} ms")
    del app


if __name__ == "__main__":
    main()
