"""All-satellites layer benchmark: one animation frame of the map with 15,000 satellites as dots.

The satellites are the catalogue bench's synthetic sets (``bench/catalogue.py``), plus copies under new
numbers to reach 15,000. A frame is what the window does when the clock moves: ``Session.set_time``
(night side, footprints) then the map widget painted at 1280 x 720 offscreen with the layer shown: one
``SatrecArray`` call for every satellite, TEME -> ITRS -> geodetic, the dots stamped by class.

Measured in the same run:
- the layer's own frame (the target): every satellite propagated at a new time, the dots and the legend drawn;
- the whole map's frame with the layer, and without it (what the layer adds to a frame of the window);
- the layer's two parts: placing the fleet (``Fleet.at``) and drawing the dots;
- references: the same positions from sgp4 one satellite at a time in a Python loop (``Satrec.sgp4``),
  and from skyfield's high-level API (``EarthSatellite.at`` then ``wgs84.geographic_position_of``) on a
  sample of 300, scaled to 15,000.
Target: frame median <= 16 ms. No timing here is asserted by a test.
"""

import dataclasses
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np  # noqa: E402

from catalogue import synthetic_tle  # noqa: E402

COUNT = 15000
FRAMES = 60


def fifteen_thousand():
    from desktop.core.elements import parse_tle_text

    sets, issues = parse_tle_text(synthetic_tle(1), "synthetic")
    assert not issues, issues[:3]
    extra = [dataclasses.replace(es, satnum=es.satnum + 100000, name=es.name + "-B") for es in sets]
    return (sets + extra)[:COUNT]


def median_ms(func, repeat=FRAMES):
    times = []
    for k in range(repeat):
        tic = time.perf_counter()
        func(k)
        times.append(time.perf_counter() - tic)
    return 1e3 * statistics.median(times)


def main():
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from desktop.core import timebase
    from desktop.core.catalog import bundled_catalog
    from desktop.core.fleet import Fleet
    from desktop.ui.map_view import MapView
    from desktop.ui.session import Session

    app = QApplication.instance() or QApplication([])
    sets = fifteen_thousand()
    catalog = bundled_catalog()
    catalog.add(sets)
    session = Session(catalog)
    view = MapView(session)
    view.resize(1280, 720)
    image = QImage(1280, 720, QImage.Format_ARGB32_Premultiplied)
    t0 = sets[0].epoch_s + 30 * 86400.0

    def frame(k):
        session.set_time(t0 + 7.0 * k)  # a new time every frame: everything is propagated again
        view.render(image)

    session.set_show_all_satellites(False)
    frame(0)
    without_ms = median_ms(frame)
    session.set_show_all_satellites(True)
    frame(1)  # the fleet (SatrecArray, classes) is built once per catalogue, not per frame
    with_ms = median_ms(lambda k: frame(k + FRAMES))
    n = len(view.fleet.fleet())

    from PySide6.QtGui import QPainter

    layer = view.fleet

    def layer_frame(k):  # the layer alone, as the map draws it: every satellite placed anew, dots, legend
        session.time_s = t0 + 5.0 * k + 0.5  # (the clock moved; the rest of the map is not redrawn)
        p = QPainter(image)
        layer.draw_map(p, view)
        layer.draw_legend(p, view.width() - 8, 8)
        p.end()

    layer_ms = median_ms(layer_frame)

    from desktop.ui.globe_view import GlobeView

    globe = GlobeView(session, view)
    globe.resize(1280, 720)

    def globe_frame(k):  # the same on the globe: orthographic, the hidden hemisphere left out
        session.time_s = t0 + 5.0 * k + 0.25
        rot = globe._rotation(float(timebase.gmst_radians(np.array([session.time_s]))[0]))
        p = QPainter(image)
        layer.draw_globe(p, globe, rot)
        layer.draw_legend(p, globe.width() - 8, 8)
        p.end()

    globe_ms = median_ms(globe_frame)

    fleet = Fleet(sets)
    place_ms = median_ms(lambda k: fleet.at(t0 + 3.0 * k))
    snap = fleet.at(t0)
    x, y = (snap.lon_deg + 180.0) / 360.0 * 1280, (90.0 - snap.lat_deg) / 180.0 * 720

    def draw(_k):
        p = QPainter(image)
        view.fleet.draw_points(p, x, y, fleet.classes, 1280, 720)
        p.end()

    draw_ms = median_ms(draw)

    from sgp4.api import SatrecArray

    array = SatrecArray([es.satrec for es in sets])
    jd, fr = timebase.jd_utc(np.array([t0]))
    sgp4_ms = median_ms(lambda k: array.sgp4(jd, fr + k * 1e-5))

    # the vector-register trap (timebase.settle_vector_registers): the same call right after a small Qt fill
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor

    small = QImage(16, 16, QImage.Format_ARGB32_Premultiplied)

    def after_fill(settle):
        def run(k):
            p = QPainter(small)
            p.fillRect(QRectF(2, 2, 8, 8), QColor("#66788A"))
            p.end()
            if settle:
                timebase.settle_vector_registers()
            array.sgp4(jd, fr + k * 1e-5)
        return run

    dirty_ms, settled_ms = median_ms(after_fill(False)), median_ms(after_fill(True))

    from desktop.core.groundtrack import geodetic_from_itrs

    def loop(_k):  # one sgp4 call per satellite from Python, then the same conversion
        whole, fraction = timebase.jd_utc(np.array([t0]))
        r = np.array([es.satrec.sgp4(whole[0], fraction[0])[1] for es in sets])
        geodetic_from_itrs(timebase.teme_to_itrs(r.T, np.array([t0])))

    loop_ms = median_ms(loop, 5)

    from skyfield.api import EarthSatellite, wgs84

    ts = timebase.timescale()
    t = timebase.skyfield_time(t0)
    sample = [EarthSatellite(*es.tle_lines(), ts=ts) for es in sets[::50]]
    tic = time.perf_counter()
    for sat in sample:
        wgs84.geographic_position_of(sat.at(t))
    skyfield_ms = 1e3 * (time.perf_counter() - tic) * len(sets) / len(sample)

    print(f"{n:,} satellites on a 1280x720 map, {FRAMES} frames, each at a new time")
    print(f"  the layer's frame (propagate every satellite, draw the dots and the legend): median {layer_ms:.1f} ms "
          f"(target <= 16 ms); the bare SatrecArray.sgp4 call for them: {sgp4_ms:.1f} ms (the frame is "
          f"{layer_ms / sgp4_ms:.2f}x that)")
    print(f"  the layer's frame on the globe: median {globe_ms:.1f} ms")
    print(f"  the same SatrecArray call right after an 8x8 px Qt fill: {dirty_ms:.1f} ms; with the vector registers "
          f"settled in between (timebase.settle_vector_registers, done before every SGP4 call): {settled_ms:.1f} ms")
    print(f"  the whole map's frame (night side, footprint, tracks, legends) with the layer: median {with_ms:.1f} ms; "
          f"without the layer {without_ms:.1f} ms")
    print(f"  the layer's parts: placing every satellite (Fleet.at) {place_ms:.1f} ms, drawing the dots {draw_ms:.1f} ms")
    print(f"  references for placing them: sgp4 one satellite at a time from Python {loop_ms:.0f} ms "
          f"({loop_ms / place_ms:.1f}x Fleet.at); skyfield at() + geographic_position_of, {len(sample)} scaled to "
          f"{len(sets):,}: {skyfield_ms:.0f} ms ({skyfield_ms / place_ms:.0f}x)")
    ok = layer_ms <= 16.0
    print("target met" if ok else "TARGET NOT MET")
    del app
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
