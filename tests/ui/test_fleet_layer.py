"""The all-satellites layer (View > All satellites): dots where skyfield puts the satellites, coloured by class,
counted in the legend, named on hover, selected on click; on the globe and in presentation mode too."""

import numpy as np
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from skyfield.api import EarthSatellite, wgs84

from desktop.core import timebase
from desktop.core.orbitclass import CLASSES, orbit_class
from desktop.ui.fleet_layer import CLASS_COLOURS

DOT_PX = 2  # a dot is 3 x 3 pixels: its colour is within 2 pixels of the projected point (1 for rounding)


def _skyfield_lat_lon(es, time_s):
    position = wgs84.geographic_position_of(EarthSatellite(*es.tle_lines(), ts=timebase.timescale()).at(
        timebase.skyfield_time(time_s)))
    return position.latitude.degrees, position.longitude.degrees


def _on_map(view, lat, lon):
    s = view.scale()
    return view.width() / 2 + (lon - view.center_lon) * s, view.height() / 2 - (lat - view.center_lat) * s


def _unselected_of_each_class(window):
    """One satellite of each class present, not selected (a selected one has its track drawn above the dot)."""
    chosen = {}
    for es in window.session.filtered_sets():
        name = orbit_class(es.satrec)
        if es.satnum not in window.session.selected and name not in chosen:
            chosen[name] = es
    return chosen


def _grab(widget):
    image = QImage(widget.size(), QImage.Format_ARGB32)
    image.fill(0)
    widget.render(image)
    return image


def _colours_near(image, x, y, r=DOT_PX):
    return {image.pixelColor(int(x) + dx, int(y) + dy).name() for dx in range(-r, r + 1) for dy in range(-r, r + 1)}


def test_the_view_toggle_shows_a_dot_of_its_class_colour_where_skyfield_puts_each_satellite(window, qtbot):
    session, view = window.session, window.map
    window.map.set_view(0, 0, 1)
    session.set_time(session.time_s + 1234.0)
    chosen = _unselected_of_each_class(window)
    assert {"LEO", "SSO", "GEO", "MEO"} <= set(chosen)
    before = _grab(view)
    window.all_action.trigger()
    assert session.show_all_satellites and window.all_action.isChecked()
    after = _grab(view)
    for name, es in chosen.items():
        x, y = _on_map(view, *_skyfield_lat_lon(es, session.time_s))
        if not (60 < x < view.width() - 300 and 40 < y < view.height() - 40):
            continue  # under the legends
        assert QColor(CLASS_COLOURS[name]).name() in _colours_near(after, x, y), (es.name, name)
        assert QColor(CLASS_COLOURS[name]).name() not in _colours_near(before, x, y)
    window.all_action.trigger()
    assert not session.show_all_satellites


def test_the_dots_move_with_the_clock(window, qtbot):
    session, view = window.session, window.map
    session.set_show_all_satellites(True)
    es = _unselected_of_each_class(window)["LEO"]
    first = view.fleet.snapshot()
    i = [s.satnum for s in view.fleet.fleet().sets].index(es.satnum)
    session.set_time(session.time_s + 600.0)
    later = view.fleet.snapshot()
    lat, lon = _skyfield_lat_lon(es, session.time_s)
    assert abs(later.lat_deg[i] - lat) < 0.05 and abs(((later.lon_deg[i] - lon) + 180) % 360 - 180) < 0.05
    assert abs(later.lat_deg[i] - first.lat_deg[i]) + abs(later.lon_deg[i] - first.lon_deg[i]) > 5.0


def test_the_legend_counts_every_class(window, qtbot):
    window.session.set_show_all_satellites(True)
    expected = {name: 0 for name in CLASSES}
    for es in window.session.filtered_sets():
        expected[orbit_class(es.satrec)] += 1
    assert window.map.fleet.counts() == expected


def test_hovering_names_a_dot_and_clicking_selects_it(window, qtbot):
    session, view = window.session, window.map
    view.set_view(0, 0, 1)
    session.set_show_all_satellites(True)
    es = _unselected_of_each_class(window)["GEO"]
    _grab(view)  # a frame drawn: the dots' screen positions are known
    x, y = _on_map(view, *_skyfield_lat_lon(es, session.time_s))
    i = view.fleet.satellite_at(x + 2, y - 1)
    assert i is not None and view.fleet.describe(i).startswith(es.name)
    assert view.fleet.satellite_at(x + 40, y + 40) is None or view.fleet.satnum(view.fleet.satellite_at(x + 40, y + 40)) != es.satnum
    qtbot.mouseClick(view, Qt.LeftButton, pos=QPoint(int(x), int(y)))
    assert session.selected == [es.satnum]


def test_presentation_mode_and_the_globe_draw_the_layer(window, qtbot):
    session = window.session
    session.set_show_all_satellites(True)
    window.enter_presentation()
    try:
        big = _grab(window.map)
        view = window.map
        es = _unselected_of_each_class(window)["GEO"]
        x, y = _on_map(view, *_skyfield_lat_lon(es, session.time_s))
        if 60 < x < view.width() - 400 and 120 < y < view.height() - 120:
            assert QColor(CLASS_COLOURS["GEO"]).name() in _colours_near(big, x, y, 3)
    finally:
        window.leave_presentation()
    window.toggle_globe()
    globe = window.globe
    colours = {QColor(CLASS_COLOURS[name]).name() for name in CLASSES}

    def dots_seen():  # class-coloured pixels, away from the legend at the top right
        image = _grab(globe)
        return sum(image.pixelColor(x, y).name() in colours for x in range(0, globe.width() - 260)
                   for y in range(30, globe.height()))

    assert dots_seen() >= 9  # at least one whole 3 x 3 dot
    session.set_show_all_satellites(False)
    assert dots_seen() == 0


def test_the_stamp_colours_exactly_the_pixels_of_the_dots_and_cuts_those_at_the_edges():
    """Random dots on a small image, many over its edges or off it, radius 1 and 2, checked pixel by pixel: a
    pixel some dot's square covers has the colour of one of those dots, any other pixel is empty; NaN points
    are left out. The QImage shows the same pixels as the buffer."""
    from desktop.ui.fleet_layer import _ARGB, stamp

    rng = np.random.default_rng(3)
    width, height = 37, 23
    for radius in (1, 2):
        n = 300
        x, y = rng.uniform(-5, width + 5, n), rng.uniform(-5, height + 5, n)
        x[::17] = np.nan
        codes = rng.integers(0, len(CLASSES), n)
        image, buf = stamp(x, y, codes, width, height, radius)
        got = buf.reshape(height, width)
        covered = 0
        for py in range(height):
            for px in range(width):
                allowed = {int(_ARGB[codes[i]]) for i in range(n) if np.isfinite(x[i])
                           and abs(int(np.floor(x[i])) - px) <= radius and abs(int(np.floor(y[i])) - py) <= radius}
                if allowed:
                    assert int(got[py, px]) in allowed, (radius, px, py)
                    covered += 1
                else:
                    assert got[py, px] == 0, (radius, px, py)
        assert covered > 100
        shown = np.array([[image.pixel(c, r) for c in range(width)] for r in range(height)], dtype=np.uint32)
        assert np.array_equal(shown, got)


def test_a_reused_stamp_buffer_holds_only_the_new_frame_s_dots():
    """Frames stamped into the same buffer (the layer's reuse): each frame's pixels equal a fresh stamp of its
    own dots, none of the last frame's left behind; a new size starts a fresh buffer."""
    from desktop.ui.fleet_layer import stamp

    rng = np.random.default_rng(11)
    reuse = {}
    for frame, (width, height) in enumerate([(40, 30), (40, 30), (40, 30), (33, 21), (33, 21)]):
        x, y = rng.uniform(-3, width + 3, 200), rng.uniform(-3, height + 3, 200)
        codes = rng.integers(0, len(CLASSES), 200)
        _image, kept = stamp(x, y, codes, width, height, 1, reuse=reuse)
        _fresh, alone = stamp(x, y, codes, width, height, 1)
        assert np.array_equal(kept, alone), frame


def test_the_legend_painted_once_is_repainted_when_its_counts_change(window, qtbot):
    """The legend box is kept as an image between frames (draw_legend): the clock moving keeps it, a filter that
    changes the counts repaints it, and what is drawn is always what a layer with no kept image paints."""
    from PySide6.QtGui import QPainter

    from desktop.core.catalogfilter import CatalogFilter
    from desktop.ui.fleet_layer import FleetLayer

    session = window.session
    session.set_show_all_satellites(True)
    layer = window.map.fleet

    def legend(of):
        image = QImage(400, 200, QImage.Format_ARGB32_Premultiplied)
        image.fill(QColor("#8899AA"))
        p = QPainter(image)
        of.draw_legend(p, 392, 8)
        p.end()
        return image

    first = legend(layer)
    kept = layer._legend[1]
    session.set_time(session.time_s + 600.0)
    assert legend(layer) == first and layer._legend[1] is kept  # same counts: the same image, not painted again
    session.set_catalog_filter(CatalogFilter(orbit_class="GEO"))
    geo_only = legend(layer)
    assert geo_only != first and layer._legend[1] is not kept
    fresh = FleetLayer(session)
    assert legend(fresh) == geo_only
    assert layer.legend_lines()[0][1].endswith(f"{layer.counts()['GEO']:,}") and layer.counts()["LEO"] == 0
