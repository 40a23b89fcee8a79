"""Catalogue scale: loading 15,000 TLE, and the satellite list's filters at 15,000 sets (offscreen Qt).

The catalogue is bench/catalogue.py's synthetic one (about 10,900 sets made with sgp4's exporter)
plus 4,100 of them renumbered, written to a temporary TLE file. Measured in the same run:

1. Load: ``catalog.load_catalog(extra_files=[file])`` (the bundled sets, parsing, checks, the
   catalogue) against skyfield's ``load.tle_file`` on the same file (one ``EarthSatellite`` a set).
   Target: <= 3 s. Also the same 15,000 sets as CelesTrak's JSON (OMM) answer in the cache, as
   ``refresh --group active`` leaves them, loaded by ``load_catalog()`` (the window's start).
2. Index: the session's catalogue index (names, owners, types, orbit classes as numpy arrays) and
   the panel's first fill.
3. Keystrokes: typing and erasing a name in the panel's search box, each keystroke timed from the
   text change to the list repainted (median and worst), against the list the panel used before (one
   QListWidgetItem a set, hidden or shown by a loop), timed the same way. Target: <= 50 ms a keystroke.
   A change of owner filter is timed too.
4. Metadata: a SATCAT of 66,000 rows in CelesTrak's layout (the real file had about 65,000 in 2026)
   parsed whole (the window) and for the 15,000 loaded numbers only (a command), against the csv
   module's DictReader over the same text (reading the fields, no checks).

No timing here is asserted by a test.
"""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from catalogue import synthetic_tle  # noqa: E402

from desktop.core.elements import tle_checksum  # noqa: E402

COUNT = 15000
TYPED = "syn-1234"
LOAD_TARGET_S = 3.0
KEYSTROKE_TARGET_MS = 50.0


def catalogue_file(folder: str) -> str:
    """15,000 three-line sets: the synthetic catalogue and as many of its sets renumbered as are missing."""
    lines = synthetic_tle().splitlines()
    extra = []
    for k in range(0, 3 * (COUNT - len(lines) // 3), 3):
        n = int(lines[k + 1][2:7]) + 20000
        l1 = lines[k + 1][:2] + f"{n:05d}" + lines[k + 1][7:68]
        l2 = lines[k + 2][:2] + f"{n:05d}" + lines[k + 2][7:68]
        extra += [f"SYN-{n}", l1 + str(tle_checksum(l1)), l2 + str(tle_checksum(l2))]
    path = os.path.join(folder, "catalogue-15000.tle")
    with open(path, "w", encoding="ascii") as handle:
        handle.write("\n".join(lines + extra) + "\n")
    return path


def best_of(func, runs=3):
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        result = func()
        times.append(time.perf_counter() - t0)
    return min(times), result


def keystrokes(app, edit, repaint):
    """Per-keystroke times (ms) typing TYPED then erasing it, each until the view has repainted."""
    times = []
    texts = [TYPED[:k] for k in range(1, len(TYPED) + 1)] + [TYPED[:k] for k in range(len(TYPED) - 1, -1, -1)]
    for text in texts:
        t0 = time.perf_counter()
        edit.setText(text)
        app.processEvents()
        repaint()
        times.append((time.perf_counter() - t0) * 1000.0)
    return times


def old_list_widget(app, catalog):
    """The panel's former list: one QListWidgetItem a set, its filter a loop over the items."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

    from desktop.core import timebase

    box = QWidget()
    edit, lw = QLineEdit(), QListWidget()
    layout = QVBoxLayout(box)
    layout.addWidget(edit)
    layout.addWidget(lw)
    t0 = time.perf_counter()
    now = timebase.now_s()
    for es in catalog:
        item = QListWidgetItem(f"{es.name}  ·  {es.satnum}  ·  {es.age_days(now):.0f} d")
        item.setData(Qt.UserRole, es.satnum)
        lw.addItem(item)
    fill_s = time.perf_counter() - t0

    def refilter(text):
        key = text.strip().casefold()
        for i in range(lw.count()):
            item = lw.item(i)
            item.setHidden(bool(key) and key not in item.text().casefold())

    edit.textChanged.connect(refilter)
    box.resize(400, 600)
    box.show()
    app.processEvents()
    return box, edit, lw, fill_s


def load_from_cache(catalog):
    """Seconds to load the catalogue with the 15,000 sets in the CelesTrak cache as one JSON group answer."""
    import json

    from sgp4 import exporter

    from desktop.core import celestrak
    from desktop.core.catalog import load_catalog
    from desktop.core.elements import parse_tle_text

    lines = []
    for es in catalog:
        if es.name.startswith("SYN-"):
            l1, l2 = es.tle_lines()
            l1 = l1[:9] + "26001A  " + l1[17:68]  # OMM needs a launch designator: the synthetic sets have none
            lines += [es.name, l1 + str(tle_checksum(l1)), l2]
    sets = parse_tle_text("\n".join(lines) + "\n")[0]
    body = json.dumps([exporter.export_omm(es.satrec, es.name) for es in sets])
    celestrak.cache_dir().mkdir(parents=True, exist_ok=True)
    record = {"query": {"kind": "GROUP", "value": "active", "FORMAT": "JSON"}, "retrieved_s": time.time(), "body": body}
    (celestrak.cache_dir() / "group-active-json.json").write_text(json.dumps(record))
    times = []
    for _ in range(3):
        celestrak._read_memo.clear()  # a first read, as when the window starts
        t0 = time.perf_counter()
        loaded = load_catalog()
        times.append(time.perf_counter() - t0)
    assert len(loaded) >= 15000
    return min(times)


def main():
    from PySide6.QtWidgets import QApplication

    from desktop.core.catalog import load_catalog
    from desktop.core.satcat import SatcatRecord, load_metadata

    app = QApplication.instance() or QApplication([])
    folder = tempfile.mkdtemp()
    os.environ["OVERFLIGHT_DATA_DIR"] = os.path.join(folder, "userdata")
    path = catalogue_file(folder)

    ours_s, catalog = best_of(lambda: load_catalog(extra_files=[path]))
    from skyfield.api import load

    ts = load.timescale(builtin=True)
    sky_s, sky = best_of(lambda: load.tle_file(path, ts=ts))
    print(f"load {len(catalog)} sets (15,000 from the file + the bundled ones): ours {ours_s:.2f} s, "
          f"skyfield load.tle_file {sky_s:.2f} s ({len(sky)} EarthSatellite): ratio {sky_s / ours_s:.2f}x "
          f"[target <= {LOAD_TARGET_S:.0f} s: {'met' if ours_s <= LOAD_TARGET_S else 'NOT met'}]")

    cached_s = load_from_cache(catalog)
    print(f"load the same 15,000 as a cached CelesTrak JSON (OMM) group: {cached_s:.2f} s "
          f"[target <= {LOAD_TARGET_S:.0f} s: {'met' if cached_s <= LOAD_TARGET_S else 'NOT met'}]")

    metadata = load_metadata(use_cache=False)
    owners = ("US", "PRC", "IRAN", "CIS", "ESA")
    for k, es in enumerate(catalog):
        metadata.setdefault(es.satnum, SatcatRecord(es.satnum, es.name, owner=owners[k % len(owners)],
                                                    object_type="PAY"))
    from desktop.ui.satellite_panel import SatellitePanel
    from desktop.ui.session import Session

    t0 = time.perf_counter()
    session = Session(catalog, metadata=metadata)
    session.catalog_index()
    index_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    panel = SatellitePanel(session)
    panel.resize(400, 600)
    panel.show()
    app.processEvents()
    panel_s = time.perf_counter() - t0
    print(f"catalogue index {index_s * 1000:.0f} ms; panel built and shown {panel_s * 1000:.0f} ms")

    ours = keystrokes(app, panel.search, panel.list.viewport().repaint)
    old_box, old_edit, old_list, old_fill_s = old_list_widget(app, catalog)
    old = keystrokes(app, old_edit, old_list.viewport().repaint)
    med, worst = statistics.median(ours), max(ours)
    print(f"keystroke ({len(ours)} typed and erased, '{TYPED}'): ours median {med:.1f} ms, worst {worst:.1f} ms; "
          f"former QListWidget (filled in {old_fill_s:.2f} s) median {statistics.median(old):.1f} ms, worst "
          f"{max(old):.1f} ms: ratio {statistics.median(old) / med:.1f}x "
          f"[target <= {KEYSTROKE_TARGET_MS:.0f} ms: {'met' if worst <= KEYSTROKE_TARGET_MS else 'NOT met'}]")
    times = []
    for code in ("IRAN", "PRC", ""):
        t0 = time.perf_counter()
        panel.owner.setCurrentIndex(panel.owner.findData(code))
        app.processEvents()
        panel.list.viewport().repaint()
        times.append((time.perf_counter() - t0) * 1000.0)
    print(f"owner filter change: worst {max(times):.1f} ms ({session.filter_mask().sum()} shown after the last)")
    old_box.close()
    panel.close()
    satcat_rows()


def satcat_rows():
    import csv
    import io

    from desktop.core import satcat

    rows = [f"OBJECT {k} DEB,1990-046{k % 26:02d}B,{k},DEB,{'D' if k % 2 else '+'},CIS,1990-05-22,TYMSC,"
            f"{'2001-01-01' if k % 2 else ''},104.5,71.0,843,822,{k % 100 / 10},,EA,ORB" for k in range(1, 66001)]
    text = ",".join(satcat.COLUMNS) + "\n" + "\n".join(rows) + "\n"
    whole_s, parsed = best_of(lambda: satcat.parse_satcat_csv(text))
    wanted = set(range(40000, 55000))
    some_s, _ = best_of(lambda: satcat.parse_satcat_csv(text, wanted=wanted))
    ref_s, _ = best_of(lambda: [(r["NORAD_CAT_ID"], r["OWNER"]) for r in csv.DictReader(io.StringIO(text))])
    print(f"SATCAT {len(parsed.records)} rows: whole {whole_s:.2f} s, 15,000 wanted {some_s:.2f} s; "
          f"csv.DictReader alone {ref_s:.2f} s: ratio {ref_s / whole_s:.2f}x")


if __name__ == "__main__":
    main()
