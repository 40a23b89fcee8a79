"""Live clock: the CPU the window uses while the clock follows the wall clock and nothing else happens.

The window (offscreen, 1280 x 720) with the map, the Sky dock shown, an observer
and the default satellite; live mode on; the process's CPU time (user + system,
every thread) over 20 s of Qt's event loop. Reference in the same run: the same
window for 20 s with the live clock off (the idle floor). Target: under 5 % of
one core while live. No timing here is asserted by a test.
"""

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OVERFLIGHT_DATA_DIR", tempfile.mkdtemp())

SECONDS = 20.0


def cpu_share(app, seconds):
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()  # not app.exec(): Qt 6's quit() closes the windows too
    t0, c0 = time.perf_counter(), time.process_time()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    return (time.process_time() - c0) / (time.perf_counter() - t0)


def main():
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from desktop.core import sky
    from desktop.ui.app import build_window

    app = QApplication.instance() or QApplication([])
    w = build_window(restore=False)
    w.resize(1280, 720)
    w.show()
    w.docks["Sky"].show()
    w.docks["Sky"].raise_()
    w.session.set_observer(sky.Observer(51.48, -0.01, 0.0, "Greenwich"))
    w.tonight.runner.cancel()  # the search the new observer started: not part of what is measured
    w.tonight.runner.wait(30000)
    for _ in range(20):
        app.processEvents()
    painted = {"map": 0, "sky": 0}

    class PaintCounter(QObject):  # counts the views' paint events: they do redraw each second
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Paint:
                painted["map" if watched is w.map else "sky"] += 1
            return False

    counter = PaintCounter()
    w.map.installEventFilter(counter)
    w.sky_plot.installEventFilter(counter)
    idle = cpu_share(app, SECONDS)
    idle_paints = dict(painted)
    w.session.set_live(True)
    ticks = []
    w.session.time_changed.connect(ticks.append)
    live = cpu_share(app, SECONDS)
    live_paints = {k: painted[k] - idle_paints[k] for k in painted}
    print(f"clock moved {len(ticks)} times in {SECONDS:.0f} s; visible: map {w.map.isVisible()}, "
          f"sky plot {w.sky_plot.isVisible()}; platform {app.platformName()}")
    ticks = "" if not w.session.live else " (still live at the end)"
    print(f"live clock, {SECONDS:.0f} s: {100 * live:.1f} % of one core{ticks} (target: under 5 %) "
          f"{'OK' if live < 0.05 else 'OVER'}")
    print(f"  repaints while live: map {live_paints['map']}, sky plot {live_paints['sky']}; "
          f"while still: map {idle_paints['map']}, sky plot {idle_paints['sky']}")
    print(f"reference, the same window with the clock still: {100 * idle:.1f} % of one core")
    print(f"countdown shown: {w.live_clock.countdown}")
    w.session.set_live(False)
    w.close()


if __name__ == "__main__":
    main()
