"""The README's screenshots of the whole catalogue (1280 x 720): every satellite on the map, and the Overhead view.

Run on a 1280x720 X display (e.g. Xvfb :95 -screen 0 1280x720x24), from the repository:
    DISPLAY=:95 OVERFLIGHT_DATA_DIR=$(mktemp -d) python3 tools/screenshots_catalogue.py docs/screenshots
The catalogue is the benchmark's synthetic one (bench/catalogue.py: 10,900 sets made with sgp4's exporter,
shells like today's) added to the bundled sets; the region is a 500 km circle around Tehran, contact at 10 deg.
"""
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
app = QApplication([])
from catalogue import synthetic_tle  # noqa: E402

from desktop.core import timebase  # noqa: E402
from desktop.core.elements import parse_tle_text  # noqa: E402
from shots import open_window, pump as pump_app  # noqa: E402


def pump(n=30):
    pump_app(app, n)


w = open_window(app)
s = w.session
sets, _issues = parse_tle_text(synthetic_tle(), source="bench/catalogue.py synthetic catalogue")
s.add_sets(sets)
t0 = timebase.parse_iso8601("2026-03-11T09:00:00Z").timestamp()
s.set_span(t0, 6 * 3600)
s.set_time(t0 + 3600)
s.select([s.catalog.find("KHAYYAM").satnum])
s.set_region_spec({"kind": "circle", "name": "Tehran, 500 km", "lat": 35.7, "lon": 51.4, "km": 500.0})
s.set_settings(kind="contact", angle_deg=10.0, daylight=False)
s.set_show_all_satellites(True)
pump()
out = sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"
w.docks["Satellites"].raise_()
pump()
w.grab().save(f"{out}/all-satellites-1280x720.png")
w.docks["Overhead"].show()
w.docks["Overhead"].raise_()
w.overhead_panel.hours.setValue(1)
w.overhead_panel.run()
t = time.time()
while w.overhead_panel.runner.busy and time.time() - t < 120:
    app.processEvents()
    time.sleep(0.05)
pump()
# past the passes already under way at the clock's time: a row clicked selects its satellite and sets the clock
panel = w.overhead_panel
row = min(600, panel.model.rowCount() - 1)
panel.table.scrollTo(panel.model.index(row, 0), panel.table.ScrollHint.PositionAtTop)
panel.table.selectRow(row)
panel.go_to_row(panel.model.index(row, 0))
pump()
w.grab().save(f"{out}/overhead-1280x720.png")
w.close()
