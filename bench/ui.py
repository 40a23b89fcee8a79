"""UI benchmark: time to the first painted window, and map repaint time while panning.

Both are measured beside a reference in the same run: a bare Qt window's first
paint (each in a fresh process, imports included), and a full uncached render
of the same map for every frame. Targets: first window within 2 s, repaint
within 16 ms (median and 95th percentile) for a one-day track.
"""

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIRST_PAINT = r"""
import time, sys, os
t0 = time.perf_counter()
sys.path.insert(0, {root!r})
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication([])
if {bare}:
    w = QMainWindow(); w.setCentralWidget(QLabel("reference")); target = w.centralWidget()
else:
    os.environ["OVERFLIGHT_DATA_DIR"] = {tmp!r}
    from desktop.ui.app import build_window
    w = build_window(restore=False); target = w.map
painted = []
orig = type(target).paintEvent
def hook(self, event, orig=orig):
    orig(self, event)
    if not painted:
        painted.append(time.perf_counter())
type(target).paintEvent = hook
w.resize(1400, 900); w.show()
while not painted:
    app.processEvents()
print(painted[0] - t0)
"""


def first_paint_s(bare: bool) -> float:
    import tempfile

    code = FIRST_PAINT.format(root=str(ROOT), bare=bare, tmp=tempfile.mkdtemp())
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=os.environ, timeout=120)
    return float(out.stdout.strip().splitlines()[-1])


def repaint_times():
    import numpy as np

    sys.path.insert(0, str(ROOT))
    import tempfile

    os.environ["OVERFLIGHT_DATA_DIR"] = tempfile.mkdtemp()
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from desktop.ui.app import build_window

    app = QApplication.instance() or QApplication([])
    w = build_window(restore=False)
    w.resize(1400, 900)
    w.show()
    app.processEvents()
    s = w.session
    s.set_span(s.span_start_s, 86400.0)  # a one-day track
    w.map.set_view(30, 30, 2.0)
    app.processEvents()
    w.map.repaint()
    ours, reference = [], []
    image = QImage(w.map.size(), QImage.Format_ARGB32)
    w.map._prepare_tracks_layer()  # what a mouse press does as a drag begins
    for k in range(120):
        # a drag: the view moves, the cached base and tracks layers are shifted, the rest redrawn
        w.map._drag_start = object()
        w.map.center_lon = 30 + 10 * np.sin(k / 10)
        t0 = time.perf_counter()
        w.map.repaint()
        ours.append(time.perf_counter() - t0)
        if k % 4 == 0:
            t0 = time.perf_counter()
            painter = QPainter(image)
            w.map.render_to(painter)  # everything from scratch, as without the cache
            painter.end()
            reference.append(time.perf_counter() - t0)
    w.map._drag_start = None
    w.toggle_globe()  # the globe, dragged: every frame re-projects land, tracks and the orbit ring
    app.processEvents()
    globe = w.globe
    globe._drag = (None, 0.0, 0.0)
    globe.repaint()
    globe_times = []
    for k in range(120):
        globe.ra_deg = (globe.ra_deg or 0.0) + 1.5
        globe.dec_deg = 25 + 15 * np.sin(k / 15)
        t0 = time.perf_counter()
        globe.repaint()
        globe_times.append(time.perf_counter() - t0)
    globe._drag = None
    w.close()
    repaint_times.globe = np.array(globe_times) * 1000
    return np.array(ours) * 1000, np.array(reference) * 1000


def main():
    bare = min(first_paint_s(True) for _ in range(2))
    ours = min(first_paint_s(False) for _ in range(2))
    import numpy as np

    rep, ref = repaint_times()
    p50, p95 = np.median(rep), np.percentile(rep, 95)
    print(f"first painted window     {ours:6.2f} s   (bare Qt window {bare:.2f} s, ratio {ours / bare:.1f}x; target <= 2 s)")
    print(f"map repaint while panning median {p50:5.1f} ms, 95th percentile {p95:5.1f} ms (target <= 16 ms)")
    print(f"full uncached render     median {np.median(ref):5.1f} ms  (ratio {np.median(ref) / p50:.1f}x slower than ours)")
    g = repaint_times.globe
    print(f"globe repaint while dragging median {np.median(g):5.1f} ms, 95th percentile {np.percentile(g, 95):5.1f} ms "
          f"(targets 8 / 16 ms; {np.median(ref) / np.median(g):.0f}x faster than a full map render)")
    ok = ours <= 2.0 and p95 <= 16.0 and np.median(g) <= 8.0 and np.percentile(g, 95) <= 16.0
    print("targets met" if ok else "TARGETS NOT MET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
