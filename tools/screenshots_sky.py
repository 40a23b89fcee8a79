"""The README's screenshots of the observer's sky (1280 x 720): the Tonight list, the Sky dock, presentation mode.

Run on a 1280x720 X display (e.g. Xvfb :94 -screen 0 1280x720x24), from the repository:
    DISPLAY=:94 OVERFLIGHT_DATA_DIR=$(mktemp -d) python3 tools/screenshots_sky.py docs/screenshots
London, the bundled ISS elements of 2026-03-11, a week from 2026-03-11 12:00 UTC; the fifth pass chosen.
"""
import os, sys, time
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop.core import sky, timebase
from shots import open_window, pump as pump_app
def pump(n=30):
    pump_app(app, n)
w = open_window(app)
s = w.session
s.select([25544])
t0 = timebase.parse_iso8601("2026-03-11T12:00:00Z").timestamp()
s.set_span(t0, 6*3600); s.set_time(t0)
w.docks["Tonight"].show(); w.docks["Tonight"].raise_()
box = w.tonight.observer_box
box.city.setText("London"); box.city.textEdited.emit("London"); box._chosen(box._model.stringList()[0])
w.tonight.nights.setValue(7)
t = time.time()
pump()
while (w.tonight.runner.busy or not w.tonight.rows) and time.time() - t < 60:
    app.processEvents(); time.sleep(0.02)
pump()
out = sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"
# the Tonight list, a pass chosen (its tab forward again after the sky was brought forward)
w.tonight.table.selectRow(4); pump()
w.docks["Tonight"].raise_(); pump()
w.grab().save(f"{out}/tonight-1280x720.png")
# the sky plot dock at the pass's highest point
es, vp, op = w.tonight.rows[4]
s.set_time(op.tca_s); w.docks["Sky"].raise_(); pump()
w.grab().save(f"{out}/sky-plot-1280x720.png")
# presentation: the sky, large
w.enter_presentation(); pump()
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
QTest.keyClick(w.map, Qt.Key_K); pump(60)
w.grab().save(f"{out}/sky-presentation-1280x720.png")
w.leave_presentation()
print(w.tonight.message.text())
w.close()
