"""Presentation mode, follow and zoom, colours: the map for a room."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QKeyEvent

from desktop.core.groundtrack import ground_track
from desktop.ui.map_view import CLASSIC_TRACK_COLORS, PASS_COLOR, TRACK_COLORS


def key(window, code):
    window.map.keyPressEvent(QKeyEvent(QEvent.KeyPress, code, Qt.NoModifier))


def test_presentation_mode_fills_the_screen_with_the_map_and_takes_its_keys(window, qtbot):
    window.analysis.set_country("Israel")
    window._auto_timer.stop()
    with qtbot.waitSignal(window.runner.finished, timeout=30000):
        window.run_analysis()
    window.enter_presentation()
    qtbot.wait(50)
    assert window.presenting and not window.menuBar().isVisible()
    assert all(not d.isVisible() for d in window.docks.values())
    assert window.map.width() >= window.width() - 2 and window.map.height() >= window.height() - 2
    lines = " ".join(window.map.overlay_lines)
    assert "passes a day" in lines and "Israel" in lines
    speed = window.timebar.speed.currentIndex()
    key(window, Qt.Key_Plus)
    assert window.timebar.speed.currentIndex() == speed + 1
    assert not window.timebar.play.isChecked()
    key(window, Qt.Key_Space)
    assert window.timebar.play.isChecked()
    key(window, Qt.Key_Space)
    t = window.session.time_s
    key(window, Qt.Key_Right)
    assert window.session.time_s == t + window.timebar.step.currentData()
    image = window.map.grab().toImage()
    assert not image.isNull()
    key(window, Qt.Key_Escape)
    qtbot.wait(50)
    assert not window.presenting and window.menuBar().isVisible() and window.docks["Satellites"].isVisible()


def test_follow_keeps_the_satellite_centred(window, qtbot):
    window.follow_action.setChecked(True)
    window.toggle_follow()
    s = window.session
    for dt in (0.0, 600.0, 1800.0):
        s.set_time(s.time_s + dt)
        now = ground_track(s.primary(), [s.time_s])
        assert abs(window.map.center_lat - max(min(now.lat_deg[0], 90 - window.map.height() / 2 / window.map.scale()),
                                                -90 + window.map.height() / 2 / window.map.scale())) < 0.5


def test_zoom_to_region_by_button_and_double_click(window, qtbot):
    window.analysis.set_country("Israel")
    window.analysis.zoom_requested.emit()
    assert window.map.zoom > 10 and abs(window.map.center_lat - 31.5) < 2
    window.map.set_view(0, 0, 1)
    window.map.zoom_to_region_requested.emit()
    assert window.map.zoom > 10


def test_colour_blind_safe_palette_is_the_default_and_a_setting(window, qtbot):
    assert window.map._tracks[0][0] == QColor(TRACK_COLORS[0])
    assert PASS_COLOR.name().upper() == "#E69F00" and PASS_COLOR.name().upper() not in TRACK_COLORS
    window.palette_action.setChecked(False)
    window.toggle_palette()
    assert window.map._tracks[0][0] == QColor(CLASSIC_TRACK_COLORS[0])


def test_every_control_has_a_tooltip(window):
    from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QDockWidget,
                                   QLineEdit, QMenuBar, QSlider, QTabBar)

    missing = []
    for cls in (QAbstractButton, QComboBox, QAbstractSpinBox, QSlider, QLineEdit):
        for w in window.findChildren(cls):
            parent = w.parentWidget()
            if isinstance(parent, (QComboBox, QAbstractSpinBox, QTabBar, QLineEdit, QDockWidget, QAbstractItemView, QMenuBar)):
                continue  # parts of a compound control (its own tip covers them), Qt's own dock and corner buttons
            if not w.toolTip():
                missing.append(f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}")
    assert missing == []


def test_the_globe_shows_the_orbit_ring_fixed_in_space_while_the_earth_turns(window, qtbot):
    import numpy as np

    window.analysis.set_country("Iran")
    window.toggle_globe()
    qtbot.wait(20)
    globe = window.globe
    assert window.views.currentWidget() is globe and globe.isVisible()

    def pixels():
        image = globe.grab().toImage().convertToFormat(globe.grab().toImage().Format.Format_RGB32)
        arr = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
        return arr[:, : image.width(), 2::-1].astype(int)

    def outside_disk(rgb):
        h, w = rgb.shape[:2]
        y, x = np.mgrid[0:h, 0:w]
        r = globe.radius()
        return np.hypot(x - w / 2, y - h / 2) > r * 1.12

    before = pixels()
    space = np.array([0x10, 0x15, 0x2a])
    ring_before = outside_disk(before) & (np.abs(before - space).sum(axis=2) > 60)
    assert ring_before.sum() > 50  # the orbit stands out in space beyond the Earth's edge
    window.session.set_time(window.session.time_s + 600.0)  # ten minutes on: the Earth turns, the ring stays
    after = pixels()
    ring_after = outside_disk(after) & (np.abs(after - space).sum(axis=2) > 60)
    overlap = (ring_before & ring_after).sum() / max(1, ring_before.sum())
    inside = ~outside_disk(after)
    assert overlap > 0.5
    assert np.abs(after[inside] - before[inside]).sum() > 0  # the ground below has moved
    window.toggle_globe()
    assert window.views.currentWidget() is window.map


def test_the_uncertainty_band_is_drawn_around_the_track(window, qtbot):
    from tests_colour import colour_fraction_of

    before = window.map.grab().toImage()
    window.band_action.setChecked(True)
    window.toggle_band()
    assert len(window.map._band) >= 31
    after = window.map.grab().toImage()
    assert colour_fraction_of(after) != colour_fraction_of(before)
    assert "How sure?" in window.help.toPlainText() and "orbit is unknown" in window.help.toPlainText()


def test_ranges_from_the_uncertainty_in_the_statistics_and_the_pass_table(window, qtbot):
    window.session.set_analysis_settings(window.session.criterion, 0.0, 5.0)
    window.analysis.days.setValue(5)
    window.analysis.set_country("Iran")
    window._auto_timer.stop()
    window.analysis.ranges.setChecked(True)
    window._auto_timer.stop()
    with qtbot.waitSignal(window.runner.finished, timeout=60000):
        window.run_analysis()
    a = window.session.analysis
    assert a.uncertainty and 53370 in a.uncertainty
    assert "nominal" in window.results.stats.text() and "5-95 %" in window.results.stats.text()
    model = window.results.model
    last = model.columnCount() - 1
    text = model.data(model.index(0, last))
    assert "–" in text and "%" in text  # e.g. 05:48–06:54 (72 %)
