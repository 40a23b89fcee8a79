"""The Orbit lab as a student uses it: a preset, a slider, a bad value, keeping and exporting a design."""

import numpy as np

from desktop.core import design as core
from desktop.core.elements import read_element_file


def open_lab(window, qtbot, preset="Sun-synchronous 705 km, 10:00 descending"):
    lab = window.orbit_lab
    window.docks["Orbit lab"].raise_()
    lab._preset_chosen(lab.preset.findData(preset))
    qtbot.wait(10)
    return lab


def test_a_preset_becomes_a_designed_satellite_on_the_map(window, qtbot):
    lab = open_lab(window, qtbot)
    es = window.session.primary()
    assert es.designed and es.flag == "DESIGNED" and es.name == "SSO-705"
    assert window.map._tracks[0][1] == "SSO-705 (designed)"  # the legend label carries the flag
    assert "DESIGNED" in window.satellites.model.row_text(window.satellites.model.row_of(es.satnum))
    assert "98.88 min" in lab.readout.text() and "10:00 descending" in lab.readout.text()


def test_the_height_slider_moves_the_track_and_reruns_the_analysis(window, qtbot):
    lab = open_lab(window, qtbot)
    window.analysis.set_country("Iran")
    qtbot.waitUntil(lambda: window.session.analysis is not None and not window.runner.busy, timeout=30000)
    before_lon = window.map._track_data[0][1].lon_deg.copy()
    lab.height.slider.setValue(500)
    es = window.session.primary()
    assert abs(core.build(lab.design).perigee_km - 500) < 1
    after = window.map._track_data[0][1]
    assert after.lon_deg.shape == before_lon.shape and np.max(np.abs(after.lon_deg - before_lon)) > 1.0
    assert "94.6" in lab.readout.text()  # the period at 500 km
    qtbot.waitUntil(lambda: not window.runner.busy and not window._auto_timer.isActive(), timeout=30000)
    qtbot.waitUntil(lambda: window.session.analysis.passes.get(es.satnum) is not None, timeout=30000)
    analysed = window.session.analysis
    assert es.satnum in analysed.passes
    # the analysis used the moved orbit: its passes match a fresh core run for the 500 km design
    from desktop.core.revisit import analyse

    fresh = analyse([window.session.catalog.get(es.satnum)], analysed.region, analysed.criterion, analysed.start_s,
                    analysed.end_s, analysed.daylight_min_sun_deg)
    assert [p.start_s for p in analysed.passes[es.satnum]] == [p.start_s for p in fresh.passes[es.satnum]]


def test_an_impossible_value_shows_the_reason_beside_the_control(window, qtbot):
    lab = open_lab(window, qtbot)
    kept = window.session.primary()
    lab.height.setValue(7000)
    assert "sun-synchronous orbits exist only up to" in lab.error.text()
    assert "border" in lab.height.spin.styleSheet()
    assert window.session.primary() is kept  # the last good design stays on the map
    lab.height.setValue(800)
    assert lab.error.text() == "" and lab.height.spin.styleSheet() == ""


def test_designs_are_kept_between_runs_and_export_with_their_flag(window, qtbot, tmp_path):
    lab = open_lab(window, qtbot, "Molniya (63.4 deg, 12 h)")
    lab.flush() if lab._save_timer.isActive() else lab._keep()
    kept = core.load_designs()
    assert [d.name for d in kept] == ["MOLNIYA"]
    from desktop.core.catalog import load_catalog

    again = load_catalog().find("MOLNIYA")  # what a restarted app or the CLI sees
    assert again.designed and again.satnum == kept[0].satnum
    path = tmp_path / "molniya.tle"
    assert lab.export("tle", str(path))
    sets, issues = read_element_file(path)
    assert not issues and sets[0].designed and sets[0].name == "MOLNIYA"
    lab.delete_design()
    assert core.load_designs() == [] and window.session.catalog.get(kept[0].satnum) is None
