"""The window as a user drives it (offscreen): start-up, Run, pass selection, exports, settings."""

import csv
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage

from desktop.core.atlas import country_region
from desktop.core.revisit import analyse
from desktop.ui.map_view import LAND, NIGHT, OCEAN, PASS_COLOR, TRACK_COLORS



def run_and_wait(qtbot, window, timeout=30000):
    with qtbot.waitSignal(window.runner.finished, timeout=timeout):
        window.run_analysis()
    return window.session.analysis


def colour_fraction(image: QImage, colour: QColor, tolerance=40) -> float:
    """Share of pixels near a colour (a grabbed image, checked pixel by pixel in numpy)."""
    image = image.convertToFormat(QImage.Format_RGB32)
    buf = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    rgb = buf[:, : image.width(), 2::-1].astype(int)  # BGRA -> RGB
    target = np.array([colour.red(), colour.green(), colour.blue()])
    return float(np.mean(np.abs(rgb - target).sum(axis=2) <= tolerance))


def test_start_up_shows_the_default_satellite_track_land_and_night(window):
    assert window.session.primary().name == "KHAYYAM"
    image = window.map.grab().toImage()
    assert colour_fraction(image, QColor(TRACK_COLORS[0])) > 0.001  # the track
    assert colour_fraction(image, LAND) > 0.05  # land, in day light
    assert colour_fraction(image, OCEAN) > 0.05  # ocean, in day light
    # night: the terminator's shading darkens land or ocean somewhere on the map
    dark_ocean = QColor(
        *(int(OCEAN.getRgb()[k] * (1 - NIGHT.alphaF()) + NIGHT.getRgb()[k] * NIGHT.alphaF()) for k in range(3)))
    assert colour_fraction(image, dark_ocean, tolerance=25) > 0.02
    assert "APPROXIMATE" in window.map._tracks[0][1].upper()


def test_run_fills_the_table_with_exactly_the_core_passes(window, qtbot):
    window.analysis.set_country("Israel")
    s = window.session
    analysis = run_and_wait(qtbot, window)
    expected = analyse(s.selected_sets(), country_region("Israel"), s.criterion, analysis.start_s, analysis.end_s,
                       s.daylight_sun_deg)
    table = window.results.model
    assert table.rowCount() == len(expected.all_passes()) > 0
    for row, p in zip(table.passes, expected.all_passes()):
        assert row.start_s == pytest.approx(p.start_s, abs=1e-6)
        assert row.end_s == pytest.approx(p.end_s, abs=1e-6)
    assert "passes a day" in window.results.stats.text()
    # the passes inside the track span are highlighted on the map
    p = table.passes[0]
    window.go_to_pass(p)
    qtbot.wait(50)
    image = window.map.grab().toImage()
    # a pass highlight is a fixed number of pixels at a zoom, whatever the map's size: count them
    assert colour_fraction(image, PASS_COLOR, tolerance=30) * image.width() * image.height() > 150


def test_selecting_a_pass_moves_the_time(window, qtbot):
    window.analysis.set_country("Israel")
    run_and_wait(qtbot, window)
    proxy = window.results.proxy
    window.results.table.selectRow(1)
    p = window.results.model.passes[proxy.mapToSource(proxy.index(1, 0)).row()]
    assert window.session.time_s == pytest.approx(p.closest_s)
    assert window.map.center_lon == pytest.approx(p.closest_lon_deg, abs=30)


def test_exports_write_valid_files(window, qtbot, tmp_path):
    window.analysis.set_country("Israel")
    run_and_wait(qtbot, window)
    png, svg, table = tmp_path / "map.png", tmp_path / "map.svg", tmp_path / "passes.csv"
    assert window.export_png(str(png))
    image = QImage(str(png))
    assert not image.isNull() and image.width() >= window.map.width()
    assert window.export_svg(str(svg))
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    assert "APPROXIMATE" in svg.read_text()
    assert window.export_csv(str(table))
    lines = table.read_text().splitlines()
    assert any(line.startswith("#") and "APPROXIMATE" in line for line in lines)
    rows = list(csv.DictReader(line for line in lines if not line.startswith("#")))
    assert len(rows) == len(window.session.analysis.all_passes())
    assert rows[0]["approximate"] == "yes" and rows[0]["owner"] == "IRAN"  # KHAYYAM, from the bundled table


def test_an_export_that_cannot_be_written_is_never_reported_as_saved(window, qtbot, tmp_path, monkeypatch):
    """PNG, SVG and CSV into a folder that does not exist: each says it could not write (the SVG export used to
    say "Map saved" whatever happened), and nothing is left behind."""
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: None)
    window.analysis.set_country("Israel")
    run_and_wait(qtbot, window)
    missing = tmp_path / "missing"
    assert not window.export_png(str(missing / "map.png"))
    assert "Could not write" in window.status.currentMessage()
    assert not window.export_svg(str(missing / "map.svg"))
    assert "Could not write" in window.status.currentMessage()
    assert not window.export_csv(str(missing / "passes.csv"))
    assert not missing.exists() and [p.name for p in tmp_path.iterdir() if p.name != "userdata"] == []


def test_a_change_of_input_cancels_stale_work_and_the_newest_wins(window, qtbot):
    window.analysis.set_country("Russia")
    window.analysis.days.setValue(200)
    window.run_analysis()  # long
    window.analysis.days.setValue(5)
    window.analysis.set_country("Israel")
    with qtbot.waitSignal(window.runner.finished, timeout=30000):
        window.run_analysis()
    a = window.session.analysis
    assert a.region.name == "Israel" and (a.end_s - a.start_s) == pytest.approx(5 * 86400)


def test_cancel_stops_and_keeps_the_previous_result(window, qtbot):
    window.analysis.set_country("Israel")
    first = run_and_wait(qtbot, window)
    window.analysis.set_country("Russia")
    window.analysis.days.setValue(300)
    window.run_analysis()
    window.cancel_analysis()
    qtbot.wait(400)
    assert window.session.analysis is first
    assert not window.runner.busy


def test_clicking_a_country_on_the_map_sets_the_region(window, qtbot):
    window.map.set_mode("pick")
    window.map.clicked.emit(31.5, 34.9)
    assert window.session.region.name == "Israel"
    window.map.set_mode("circle")
    window.map.clicked.emit(35.73, 50.80)
    assert window.session.region.kind == "circle"


def test_settings_are_remembered(qtbot):
    from desktop.ui.app import build_window

    w = build_window(restore=False)
    qtbot.addWidget(w)
    w.session.select([25544])
    w.analysis.set_country("Ukraine")
    w.session.set_region_spec({"kind": "country", "name": "Ukraine"})
    w.analysis.criterion.setCurrentIndex(w.analysis.criterion.findData("contact"))
    w.analysis.angle.setValue(15)
    w.save()
    w.close()
    again = build_window(restore=True)
    qtbot.addWidget(again)
    assert again.session.selected == [25544]
    assert again.session.region.name == "Ukraine"
    assert again.session.criterion.kind == "contact" and again.session.criterion.elevation_deg == 15


def test_adding_an_element_file_and_a_bad_one(window, tmp_path):
    good = tmp_path / "one.tle"
    good.write_text("TESTSAT\n1 25544U 98067A   26070.19118651  .00009215  00000+0  17770-3 0  9998\n"
                    "2 25544  51.6325  64.9326 0007932 179.9008 180.1983 15.48575655556567\n")
    message = window.add_element_file(good)
    assert "1 element sets read" in message
    from desktop.core.elements import ElementError

    with pytest.raises(ElementError):
        window.add_element_file(tmp_path / "missing.tle")


def test_refresh_elements_replaces_the_approximate_set(window, qtbot, server):
    """A fresh real set for KHAYYAM from a local server: the approximate flag goes away."""
    assert window.session.primary().approximate
    with qtbot.waitSignal(window.refresher.runner.finished, timeout=30000):
        window.refresh_selected()
    es = window.session.primary()
    assert es.satnum == 53370 and not es.approximate
    assert "CelesTrak" in window.satellites.summary.toPlainText()
    assert "APPROXIMATE" not in window.map._tracks[0][1].upper()


def test_each_criterion_keeps_its_angle(window):
    panel = window.analysis
    panel.angle.setValue(25)
    panel.criterion.setCurrentIndex(panel.criterion.findData("contact"))
    assert panel.angle.value() == 10 and window.session.criterion.elevation_deg == 10
    panel.angle.setValue(5)
    panel.criterion.setCurrentIndex(panel.criterion.findData("sensor"))
    assert panel.angle.value() == 25 and window.session.criterion.off_nadir_deg == 25
    panel.criterion.setCurrentIndex(panel.criterion.findData("contact"))
    assert panel.angle.value() == 5


def test_a_damaged_settings_file_falls_back_to_defaults(qtbot, tmp_path):
    import os

    from desktop.ui.app import build_window

    folder = os.environ["OVERFLIGHT_DATA_DIR"]
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "overflight.ini"), "w") as handle:
        handle.write("[General]\nsatellites=abc,,\nregion={broken json\n[criterion]\nangle=lots\nkind=sideways\n"
                     "[window]\ndays=-5\ngeometry=@ByteArray(zzz)\n")
    w = build_window(restore=True)
    qtbot.addWidget(w)
    assert w.session.primary().satnum == 53370
    assert w.session.region is None
    assert w.analysis.angle.value() == 30.0 and w.analysis.days.value() == 1.0
