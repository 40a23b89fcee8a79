"""The Tonight panel as a user drives it: choose a place, find the visible passes of the bundled ISS (checked
against skyfield's find_events and is_sunlit), click a pass (the clock goes to its start, the sky plot draws it),
and the observer is remembered."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from skyfield.api import EarthSatellite, wgs84

from desktop.core import sky, timebase
from desktop.ui.tonight_panel import parse_coordinates

ISS = 25544
LONDON = (51.5, -0.12)
START = "2026-03-11T12:00:00Z"  # the day of the bundled ISS elements
NIGHTS = 3
MASK_DEG, SUN_DEG = 10.0, -6.0
EDGE_S = 2.0  # a visible pass's start and end agree with skyfield's within this
SAMPLE_S = 1.0  # skyfield's reference samples the visible condition this finely inside each pass


def skyfield_visible_passes(es, start_s, end_s):
    """Independent reference: skyfield's rise/set events, then is_sunlit and the Sun's altitude sampled in each pass."""
    ts, eph = timebase.timescale(), timebase.ephemeris()
    sat = EarthSatellite.from_satrec(es.satrec, ts)
    topo = wgs84.latlon(*LONDON)
    t0, t1 = (ts.from_datetime(timebase.parse_iso8601(timebase.iso_utc(x))) for x in (start_s, end_s))
    times, events = sat.find_events(topo, t0, t1, altitude_degrees=MASK_DEG)
    rises = [t for t, e in zip(times, events) if e == 0]
    sets = [t for t, e in zip(times, events) if e == 2]
    observer = eph["earth"] + topo
    found = []
    for rise, set_ in zip(rises, sets):
        offsets = np.arange(0.0, (set_.tt - rise.tt) * 86400.0, SAMPLE_S)
        grid = ts.tt_jd(rise.tt + offsets / 86400.0)
        posix = rise.utc_datetime().timestamp() + offsets
        lit = sat.at(grid).is_sunlit(eph)
        dark = (eph["sun"] - observer).at(grid).altaz()[0].degrees < SUN_DEG  # geometric, as the core
        ok = lit & dark
        if ok.any():
            k = np.flatnonzero(ok)
            found.append((posix[k[0]], posix[k[-1]]))
    return found


def choose_london_and_find(qtbot, window):
    s = window.session
    s.select([ISS])
    t = timebase.parse_iso8601(START).timestamp()
    s.set_span(t, 6 * 3600)
    s.set_time(t)
    panel = window.tonight
    box = panel.observer_box
    box.coords.setText("51.5N 0.12W")
    with qtbot.waitSignal(panel.runner.finished, timeout=60000):
        qtbot.keyClick(box.coords, Qt.Key_Return)  # setting the observer starts the search
    return panel


def test_the_tonight_list_has_skyfields_visible_passes_of_the_iss(qtbot, window):
    panel = choose_london_and_find(qtbot, window)
    assert window.session.observer.lat_deg == pytest.approx(51.5) and window.session.observer.lon_deg == pytest.approx(-0.12)
    es = window.session.catalog.get(ISS)
    start = timebase.parse_iso8601(START).timestamp()
    reference = skyfield_visible_passes(es, start, start + NIGHTS * 86400.0)
    assert len(reference) >= 2  # the premise: ISS is seen from London on these March evenings
    assert panel.table.rowCount() == len(reference) == len(panel.rows)
    for (es_row, vp, op), (a, b) in zip(panel.rows, reference):
        assert abs(vp.start_s - a) < EDGE_S and abs(vp.end_s - b) < EDGE_S
        assert op is not None and op.aos_s - 0.1 <= vp.start_s and vp.end_s <= op.los_s + 0.1
    # the table shows the satellite, the times, the elevation, compass directions and an estimated magnitude
    header = [panel.table.horizontalHeaderItem(c).text() for c in range(panel.table.columnCount())]
    assert "Mag. (est.)" in header
    first = [panel.table.item(0, c).text() for c in range(panel.table.columnCount())]
    assert first[0].startswith("ISS") and "UTC" in first[2] and "→" in first[5]
    assert first[4] == f"{panel.rows[0][1].max_el_deg:.0f}°"


def test_clicking_a_pass_sets_the_clock_and_draws_it_on_the_sky_plot(qtbot, window):
    panel = choose_london_and_find(qtbot, window)
    row = 1
    rect = panel.table.visualRect(panel.table.model().index(row, 0))
    qtbot.mouseClick(panel.table.viewport(), Qt.LeftButton, pos=rect.center())
    es, vp, op = panel.rows[row]
    s = window.session
    assert s.time_s == vp.start_s
    assert s.sky_pass is not None and s.sky_pass.observer_pass is op
    az, el, sunlit = window.sky_plot.scene.path
    assert len(az) > 2 and sunlit.any()
    details = panel.details.text()
    for word in ("AOS", "TCA", "LOS", "shadow", "Sun at the observer", "estimate"):
        assert word in details


def test_a_flagged_satellite_keeps_its_flag_in_the_list(qtbot, window):
    s = window.session
    flagged = next(es for es in s.catalog if es.flag)
    t = timebase.parse_iso8601(START).timestamp()
    panel = window.tonight
    rows, _reason, *_ = __import__("desktop.ui.tonight_panel", fromlist=["visible_rows"]).visible_rows(
        [flagged], sky.Observer(*LONDON), t, t + 7 * 86400.0, s.sky_settings)
    panel.show_rows(rows)
    for k, (es, _vp, _op) in enumerate(rows):
        assert flagged.flag.lower() in panel.table.item(k, 0).text()


def test_no_visible_pass_gets_the_cores_reason(qtbot, window):
    s = window.session
    s.select([ISS])
    t = timebase.parse_iso8601("2026-06-21T12:00:00Z").timestamp()  # midsummer: never dark at 80 N
    s.set_span(t, 6 * 3600)
    s.set_time(t)
    with qtbot.waitSignal(window.tonight.runner.finished, timeout=60000):
        s.set_observer(sky.Observer(80.0, 15.0, 0.0, "Svalbard"))
    assert window.tonight.table.rowCount() == 0
    assert "Sun never gets below" in window.tonight.message.text()


def test_the_map_sets_the_observer_and_it_is_remembered(qtbot, window, tmp_path):
    window.map.observer_requested.emit(48.85, 2.35)
    obs = window.session.observer
    assert (obs.lat_deg, obs.lon_deg) == pytest.approx((48.85, 2.35))
    window.save()
    from desktop.ui.app import build_window

    again = build_window(restore=True)
    qtbot.addWidget(again)
    try:
        assert again.session.observer == obs
    finally:
        again.tonight.runner.cancel()
        again.tonight.runner.wait(10000)
    window.tonight.runner.cancel()
    window.tonight.runner.wait(10000)


@pytest.mark.parametrize("text, expected", [("51.48, -0.01", (51.48, -0.01)), ("51.48N 0.01W", (51.48, -0.01)),
                                            ("33.9 S, 151.2 E", (-33.9, 151.2)), ("10 190", (10.0, -170.0))])
def test_coordinates_as_people_type_them(text, expected):
    assert parse_coordinates(text) == pytest.approx(expected)


@pytest.mark.parametrize("text, words", [("91, 0", "beyond ±90"), ("51.5", "latitude and the longitude"),
                                         ("0.1W 51N", "latitude comes first"), ("", "latitude and the longitude")])
def test_bad_coordinates_get_one_line(text, words):
    with pytest.raises(ValueError) as caught:
        parse_coordinates(text)
    assert words in str(caught.value) and "\n" not in str(caught.value)


def test_the_city_field_completes_from_the_gazetteer_and_sets_the_observer(qtbot, window):
    box = window.tonight.observer_box
    qtbot.keyClicks(box.city, "Lond")
    choices = box._model.stringList()
    assert any(c.startswith("London") for c in choices)
    box._chosen(next(c for c in choices if c.startswith("London")))
    obs = window.session.observer
    assert obs.name == "London" and abs(obs.lat_deg - 51.5) < 0.2 and abs(obs.lon_deg) < 0.3
    window.tonight.runner.cancel()
    window.tonight.runner.wait(10000)


@pytest.mark.parametrize("typed, city, lat", [("تهر", "Tehran", 35.69), ("Моск", "Moscow", 55.75)])
def test_a_city_typed_in_its_own_script_is_offered_with_its_english_name(qtbot, typed, city, lat, catalog):
    from desktop.ui.session import Session
    from desktop.ui.tonight_panel import ObserverBox

    session = Session(catalog)
    box = ObserverBox(session)
    qtbot.addWidget(box)
    box.city.setText(typed)  # typed on that keyboard (the test platform has none: the text as it arrives)
    box.city.textEdited.emit(typed)
    first = box._model.stringList()[0]
    assert first.startswith(typed) and city in first
    qtbot.keyClick(box.city, Qt.Key_Return)
    assert session.observer.name == city and abs(session.observer.lat_deg - lat) < 0.3


@pytest.mark.parametrize("observer, settings", [
    ("not json", "{"), ("[1, 2]", "[3]"), ('{"lat": 95, "lon": 0}', '{"nights": "x"}'),
    ('{"lat": "NaN", "lon": 0}', '{"mask_deg": 1e9, "sun_limit_deg": -90}'), ("5", '{"unknown": 1}')])
def test_damaged_remembered_sky_settings_are_skipped_or_repaired(tmp_path, catalog, observer, settings):
    from PySide6.QtCore import QSettings

    from desktop.ui.session import Session, SkySettings
    from desktop.ui.tonight_panel import restore_sky

    st = QSettings(str(tmp_path / "o.ini"), QSettings.IniFormat)
    st.setValue("sky/observer", observer)
    st.setValue("sky/settings", settings)
    session = Session(catalog)
    restore_sky(session, st)
    assert session.observer is None
    lo, hi = SkySettings.RANGES["mask_deg"]
    assert lo <= session.sky_settings.mask_deg <= hi and -18 <= session.sky_settings.sun_limit_deg <= 0
    assert 1 <= session.sky_settings.nights <= 14
