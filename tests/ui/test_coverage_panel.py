"""The coverage layer as an educator uses it: compute, see the heat map, hover, click a cell, add a Walker constellation."""

import numpy as np
import pytest

from desktop.core import coverage as core
from desktop.ui.coverage_layer import VIRIDIS


def compute(window, qtbot, spacing=5.0):
    panel = window.coverage_panel
    panel.spacing.setCurrentIndex(panel.spacing.findData(spacing))
    panel.compute()
    qtbot.waitUntil(lambda: panel.result is not None and not panel.runner.busy and panel._pending_fine is None,
                    timeout=60000)
    return panel


def test_compute_draws_the_heat_map_with_the_core_figures(window, qtbot):
    window.session.set_analysis_settings(window.session.criterion, None, 3.0)
    panel = compute(window, qtbot)
    s = window.session
    expected = core.coverage(s.selected_sets(), core.make_grid(5.0), s.criterion, s.span_start_s,
                             s.span_start_s + 3 * 86400.0, None)
    assert np.array_equal(panel.result.accesses, expected.accesses)
    layer = window.map.coverage_layer
    assert layer is not None and "Area seen at least once" in panel.summary.text()
    image = window.map.grab().toImage()
    # viridis colours (blended over the map) are on screen: count pixels close to the scale's hues
    arr = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    rgb = arr[:, : image.width(), 2::-1].astype(int)
    purple = np.abs(rgb - np.array([100, 70, 130])).sum(axis=2) < 80
    assert purple.mean() > 0.05
    assert VIRIDIS.shape == (10, 3)
    panel.visible.setChecked(False)
    assert window.map.coverage_layer is None


def test_hover_and_click_on_a_cell(window, qtbot):
    window.session.set_analysis_settings(window.session.criterion, None, 2.0)
    compute(window, qtbot)
    layer = window.map.coverage_layer
    cell = int(np.argmax(layer.result.accesses))
    lat, lon = float(layer.result.grid.lat_deg[cell]), float(layer.result.grid.lon_deg[cell])
    assert "accesses" in window.map.describe_point(lat + 0.3, lon + 0.3)
    window._auto_timer.stop()
    with qtbot.waitSignal(window.runner.finished, timeout=30000):
        window._map_clicked(lat + 0.3, lon + 0.3)
    region = window.session.region
    assert region.kind == "point" and region.radius_km == 0.0
    passes = window.session.analysis.all_passes()
    assert len(passes) == layer.result.accesses[cell]  # the pass table holds the cell's accesses


def test_walker_constellation_joins_the_catalogue_designed(window, qtbot):
    panel = window.coverage_panel
    window.session.select([window.session.catalog.find("LANDSAT 9").satnum])
    panel.total.setValue(4)
    panel.planes.setValue(2)
    panel.phasing.setValue(1)
    panel.add_walker()
    selected = window.session.selected_sets()
    assert len(selected) == 4 and all(es.designed for es in selected)
    assert all("(designed)" in label for _c, label, *_ in window.map._tracks)


def test_bad_jobs_say_why_without_starting(window, qtbot):
    panel = window.coverage_panel
    panel.area.setCurrentIndex(panel.area.findData("region"))
    window.session.set_region_spec(None)
    panel.compute()
    assert "region" in panel.message.text() and not panel.runner.busy
    with pytest.raises(core.CoverageError):
        core.make_grid(0.1)


def test_each_satellite_carries_its_own_sensor_in_both_panels(window, qtbot):
    """A width typed in the Coverage panel's swath column is the session's, shows in the Analysis panel's, and the
    coverage computed is the core's with each satellite's own swath; a width past the horizon is named, not kept."""
    s = window.session
    landsat, sentinel = s.catalog.find("LANDSAT 9"), s.catalog.find("SENTINEL-2A")
    s.select([landsat.satnum, sentinel.satnum])
    s.set_settings(kind="sensor", angle_deg=30.0, daylight=False, days=2.0)
    panel = window.coverage_panel
    panel.sensors.spins[sentinel.satnum].setValue(290.0)
    assert s.sensors == {sentinel.satnum: 290.0}
    assert window.analysis.sensors.spins[sentinel.satnum].value() == 290.0
    assert not panel.sensors.set_width(landsat.satnum, 9000.0)
    assert "LANDSAT 9=9000" in panel.sensors.error.text() and landsat.satnum not in s.sensors
    assert panel.sensors.spins[landsat.satnum].value() == 0.0
    compute(window, qtbot, 10.0)
    from desktop.core.access import Criterion

    expected = core.coverage([landsat, sentinel], core.make_grid(10.0),
                             [Criterion("sensor", off_nadir_deg=30.0), Criterion("sensor", half_swath_km=145.0)],
                             s.span_start_s, s.span_start_s + 2 * 86400.0, None)
    assert np.array_equal(panel.result.accesses, expected.accesses)
    assert "290 km swath" in panel.summary.text()
    window.analysis.sensors.spins[sentinel.satnum].setValue(0.0)
    assert s.sensors == {}


def test_land_only_in_the_coverage_panel(window, qtbot):
    """The panel's Land only choice computes the core's land grid; the summary names it."""
    s = window.session
    s.set_settings(daylight=False, days=1.0)
    panel = window.coverage_panel
    panel.land.setChecked(True)
    compute(window, qtbot, 10.0)
    assert np.array_equal(panel.result.grid.lat_deg, core.make_grid(10.0, land=True).lat_deg)
    assert "land only" in panel.summary.text()
    panel.land.setChecked(False)


def test_worker_processes_in_the_panel_give_the_same_map(window, qtbot):
    """Two local worker processes (Dask) compute the same figures as this process; a scheduler that does not
    answer is one line in the panel."""
    s = window.session
    s.set_settings(daylight=False, days=1.0)
    panel = window.coverage_panel
    panel.workers.setValue(2)
    compute(window, qtbot, 10.0)
    expected = core.coverage(s.selected_sets(), core.make_grid(10.0), s.criteria(), s.span_start_s,
                             s.span_start_s + 86400.0, None)
    assert np.array_equal(panel.result.accesses, expected.accesses)
    assert np.array_equal(panel.result.max_gap_s, expected.max_gap_s, equal_nan=True)
    panel.workers.setValue(0)
    panel.scheduler_timeout_s = 1.0
    panel.scheduler.setText("tcp://127.0.0.1:9")
    panel.result = None
    panel.compute()
    qtbot.waitUntil(lambda: not panel.runner.busy, timeout=60000)
    assert "no answer" in panel.message.text() and "\n" not in panel.message.text()
    panel.scheduler.clear()
