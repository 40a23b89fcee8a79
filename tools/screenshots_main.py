"""The README's first screenshots: the main window at 1024x768, 1280x720 and 1920x1080.

Run once per screen size, on an X display of that size (the layout follows the screen: two tab groups on tall
screens), from the repository:
    Xvfb :96 -screen 0 1280x720x24 &
    DISPLAY=:96 OVERFLIGHT_DATA_DIR=$(mktemp -d) python3 tools/screenshots_main.py docs
Khayyam (approximate elements) over Israel, the camera 30 deg off nadir, daylight, 30 days; the Satellites tab.
"""
import sys
import time

from PySide6.QtWidgets import QApplication

app = QApplication([])
from desktop.ui.app import build_window  # noqa: E402
from shots import pump as pump_app  # noqa: E402


def pump(n=40):
    pump_app(app, n)


out = sys.argv[1] if len(sys.argv) > 1 else "docs"
screen = app.primaryScreen().geometry()
for width, height in ((screen.width(), screen.height()),):
    w = build_window(restore=False)
    w.show()  # the window first takes the size that fits the screen; the size asked for comes after
    pump()
    w.resize(width, height)
    pump()
    w.default_layout()
    pump()
    s = w.session
    s.select([53370])
    s.set_region_spec({"kind": "country", "name": "Israel"})
    s.set_settings(kind="sensor", angle_deg=30.0, daylight=True)
    w.run_analysis()
    t = time.time()
    while s.analysis is None and time.time() - t < 60:
        app.processEvents()
        time.sleep(0.05)
    w.docks["Satellites"].raise_()
    pump()
    w.grab().save(f"{out}/screenshot-{width}x{height}.png")
    w.close()
    pump()
