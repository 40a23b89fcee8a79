"""The README's screenshots of the window in each language (1280 x 720), one process a language.

Run on a 1280x720 X display (e.g. Xvfb :95 -screen 0 1280x720x24), from the repository:
    DISPLAY=:95 OVERFLIGHT_DATA_DIR=$(mktemp -d) python3 tools/screenshots_languages.py docs/screenshots fa ar he ru uk
Each shows the article panel with Overflight's own context note in that language (linked), Khayyam over Iran
(contact at 10 deg, 30 days) analysed, and the Passes panel.
"""
import os
import subprocess
import sys
import time

if len(sys.argv) > 2 and sys.argv[2:] != ["--one"]:
    out = sys.argv[1]
    for code in sys.argv[2:]:
        subprocess.run([sys.executable, __file__, out, "--one"], env=dict(os.environ, OVERFLIGHT_SHOT_LANG=code),
                       check=True)
    sys.exit(0)

from PySide6.QtWidgets import QApplication  # noqa: E402

app = QApplication([])
from desktop.ui import i18n  # noqa: E402
from shots import open_window, pump as pump_app  # noqa: E402

code = os.environ["OVERFLIGHT_SHOT_LANG"]
i18n.install(code, app)


def pump(n=40):
    pump_app(app, n)


w = open_window(app)
s = w.session
s.select([53370])
s.set_region_spec({"kind": "country", "name": "Iran"})
s.set_settings(kind="contact", angle_deg=10.0, daylight=False)
w.docks["Article"].show()
w.docks["Article"].raise_()
w.run_analysis()
t = time.time()
while s.analysis is None and time.time() - t < 60:
    app.processEvents()
    time.sleep(0.05)
pump()
w.grab().save(f"{sys.argv[1]}/overflight-{code}-1280x720.png")
w.close()
