"""The sky plot: its orientation (north up, east LEFT, as seen looking up) from known directions, satellites and
stars placed where skyfield puts them, never mirrored in a right-to-left layout, the chosen pass drawn."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from skyfield.api import EarthSatellite, Star, wgs84

from desktop.core import sky, timebase
from desktop.ui.session import SkyPass
from desktop.ui.sky_plot import SkyPlot, compass_point, sky_xy

PIXEL = 1e-9  # exact geometry: no tolerance beyond rounding
HALF_PIXEL_PER_DEGREE = 0.5  # a screen point within this many pixels per degree of skyfield's direction
ISS = 25544
LONDON = (51.5, -0.12)
EVENING = "2026-03-11T20:21:00Z"  # ISS (elements of 2026-03-11) crosses London's sky


def test_known_directions_land_where_a_sky_seen_from_below_has_them():
    """Zenith in the centre, north up, EAST LEFT, south down, west right; radius proportional to 90 - elevation."""
    cx, cy, r = 200.0, 150.0, 100.0
    points = sky_xy([0, 90, 180, 270, 0, 45], [0, 0, 0, 0, 90, 30], cx, cy, r)
    expected = np.array([[cx, cy - r], [cx - r, cy], [cx, cy + r], [cx + r, cy], [cx, cy],
                         [cx - r * 2 / 3 * np.sin(np.pi / 4), cy - r * 2 / 3 * np.cos(np.pi / 4)]])
    assert np.abs(points - expected).max() < PIXEL


def test_compass_points_of_textbook_azimuths():
    assert [compass_point(a) for a in (0, 11, 12, 45, 90, 180, 202.5, 270, 348.7, 348.8, 359.9)] == \
        ["N", "N", "NNE", "NE", "E", "S", "SSW", "W", "NNW", "N", "N"]


@pytest.fixture
def london_evening(qtbot, catalog):
    from desktop.ui.session import Session

    session = Session(catalog)
    session.select([ISS])
    t = timebase.parse_iso8601(EVENING).timestamp()
    session.set_span(t - 3600, 6 * 3600)
    session.set_time(t)
    session.set_observer(sky.Observer(*LONDON, 0.0, "London"))
    plot = SkyPlot(session)
    qtbot.addWidget(plot)
    plot.resize(500, 560)
    plot.refresh()
    return session, plot


def _skyfield_azel(es, t):
    sat = EarthSatellite.from_satrec(es.satrec, timebase.timescale())
    topo = wgs84.latlon(*LONDON)
    alt, az, _ = (sat - topo).at(timebase.skyfield_time(np.array([t]))).altaz()
    return float(az.degrees[0]), float(alt.degrees[0])


def test_the_satellite_is_drawn_where_skyfield_sees_it(london_evening):
    session, plot = london_evening
    es = session.catalog.get(ISS)
    az, el = _skyfield_azel(es, session.time_s)
    assert el > 10  # the test's premise: the ISS is up over London then
    (chosen_az, chosen_el, label, _colour), = plot.scene.chosen
    cx, cy, radius = plot.geometry_of_chart()
    drawn = plot.to_screen([chosen_az], [chosen_el])[0]
    expected = sky_xy([az], [el], cx, cy, radius)[0]
    assert np.hypot(*(drawn - expected)) < HALF_PIXEL_PER_DEGREE * radius / 90
    assert "ISS" in label
    # east of the meridian is on the left half of the chart, west on the right
    assert (drawn[0] < cx) == (0 < az < 180)


def test_polaris_stands_due_north_at_the_latitude(london_evening):
    """The plot's stars where skyfield puts them: Polaris due north, at about the latitude's elevation."""
    session, plot = london_evening
    k = plot.scene.star_names.index("Polaris")
    az, el = plot.scene.star_az[k], plot.scene.star_el[k]
    ra, dec = 37.95456067, 89.26410897  # Polaris, Hipparcos (J2000)
    place = timebase.ephemeris()["earth"] + wgs84.latlon(*LONDON)
    t = timebase.timescale().from_datetime(timebase.parse_iso8601(EVENING))
    alt_ref, az_ref, _ = place.at(t).observe(Star(ra_hours=ra / 15, dec_degrees=dec)).apparent().altaz()
    chart_deg = 0.1  # no aberration or proper motion on the chart: far less than a dot
    assert abs(el - alt_ref.degrees) < chart_deg
    gap = np.radians(az - az_ref.degrees)
    assert abs(np.degrees(np.arctan2(np.sin(gap), np.cos(gap)))) * np.cos(np.radians(el)) < chart_deg
    x, y = plot.to_screen([az], [el])[0]
    cx, cy, radius = plot.geometry_of_chart()
    assert y < cy and abs(x - cx) < 0.03 * radius  # up, on the north line
    assert abs((cy - y) - radius * (90 - LONDON[0]) / 90) < 0.02 * radius


def test_the_chart_is_not_mirrored_in_a_right_to_left_layout(london_evening):
    session, plot = london_evening
    app = QApplication.instance()
    try:
        app.setLayoutDirection(Qt.RightToLeft)
        assert plot.layoutDirection() == Qt.LeftToRight
        plot.refresh()
        (az, el, *_), = plot.scene.chosen
        x, _y = plot.to_screen([az], [el])[0]
        assert (x < plot.geometry_of_chart()[0]) == (0 < az < 180)
    finally:
        app.setLayoutDirection(Qt.LeftToRight)


def test_a_chosen_pass_is_drawn_lit_and_shadowed_with_its_aos_tca_los(london_evening):
    session, plot = london_evening
    es = session.catalog.get(ISS)
    t = session.time_s
    passes = sky.observer_passes(es, session.observer, t - 1800, t + 1800)
    op = next(p for p in passes if p.aos_s <= t <= p.los_s)
    session.set_sky_pass(SkyPass(ISS, op, None))
    az, el, sunlit = plot.scene.path
    assert len(az) > 10 and sunlit.any() and (~sunlit).any()  # this pass enters Earth's shadow
    names = [text.split()[0] for _az, _el, text in plot.scene.marks]
    assert names == ["AOS", "TCA", "LOS"]
    # the marks stand where skyfield has the satellite at those times
    for (mark_az, mark_el, _text), when in zip(plot.scene.marks, (op.aos_s, op.tca_s, op.los_s)):
        ref_az, ref_el = _skyfield_azel(es, when)
        gap = (mark_az - ref_az + 180) % 360 - 180
        assert abs(gap) < 0.5
    image = plot.grab().toImage()
    assert not image.isNull()


def test_without_an_observer_the_plot_asks_for_one(qtbot, catalog):
    from desktop.ui.session import Session

    plot = SkyPlot(Session(catalog))
    qtbot.addWidget(plot)
    plot.resize(300, 300)
    plot.refresh()
    assert plot.scene.sun is None and not plot.scene.chosen
    plot.grab()  # paints the invitation, no exception


def test_presentation_mode_shows_the_sky_large_with_k(qtbot, window):
    s = window.session
    s.select([ISS])
    t = timebase.parse_iso8601(EVENING).timestamp()
    s.set_span(t - 3600, 6 * 3600)
    s.set_time(t)
    s.set_observer(sky.Observer(*LONDON, 0.0, "London"))
    window.tonight.runner.cancel()
    window.enter_presentation()
    try:
        assert window.sky_room.scene.sun is None  # hidden until asked for: nothing computed
        qtbot.keyClick(window.map, Qt.Key_K)
        assert window.views.currentWidget() is window.sky_room and window.sky_room.isVisible()
        room = window.sky_room
        assert room.room_scale > 1 and room.scene.chosen and room.scene.sun is not None
        assert "K: sky" in window.map.overlay_lines[-1]
        qtbot.keyClick(room, Qt.Key_K)
        assert window.views.currentWidget() is window.map
        qtbot.keyClick(window.map, Qt.Key_K)
        qtbot.keyClick(room, Qt.Key_Escape)
        assert not window.presenting and window.views.currentWidget() is window.map
    finally:
        window.leave_presentation()


def test_every_loaded_satellite_above_the_horizon_on_request(london_evening):
    """The chosen ones by default; with the option, every set in the catalogue that skyfield has above the horizon."""
    session, plot = london_evening
    assert len(plot.scene.sat_az) == 1
    plot.set_every_loaded(True)
    ts = timebase.timescale()
    t = timebase.skyfield_time(np.array([session.time_s]))
    topo = wgs84.latlon(*LONDON)
    up = 0
    for es in session.catalog:
        alt = (EarthSatellite.from_satrec(es.satrec, ts) - topo).at(t).altaz()[0].degrees[0]
        up += bool(np.isfinite(alt) and alt > 0)
    assert len(plot.scene.sat_az) == up > 1


def test_the_satellites_array_is_built_once_and_again_when_a_set_changes(london_evening):
    """Clock ticks reuse the sky plot's SatrecArray of the satellites shown; an edited set (a new object) makes
    a new one, and its satellite is then placed from the new elements, where skyfield puts them."""
    from dataclasses import replace

    from desktop.core.orbit import satrec_from_mean_elements

    session, plot = london_evening
    plot.set_every_loaded(True)
    fleet = plot._fleet
    session.set_time(session.time_s + 30.0)
    assert plot._fleet is fleet and fleet is not None
    iss = session.catalog.get(ISS)
    moved = replace(iss, satrec=satrec_from_mean_elements(ISS, iss.epoch_s, 15.5, 0.0005, 51.6, 40.0, 0.0, 0.0))
    session.update_set(moved)
    assert plot._fleet is not fleet
    index, az, el, _rng = sky.above_horizon(plot._fleet, session.observer, session.time_s, -90.0)
    k = [es.satnum for es in plot._fleet.sets].index(ISS)
    want_az, want_el = _skyfield_azel(moved, session.time_s)
    i = list(index).index(k)
    assert abs(el[i] - want_el) < 0.05 and abs((az[i] - want_az + 180) % 360 - 180) < 0.05
