"""The window on classroom screens: everything reachable, nothing clipped, the map the largest thing."""

import pytest
from PySide6.QtCore import QByteArray, QPoint, QRect
from PySide6.QtWidgets import (QAbstractButton, QAbstractScrollArea, QCheckBox, QComboBox, QDockWidget, QLabel, QTabBar,
                               QWidget)

from desktop.ui.app import build_window

SIZES = [(1024, 768), (1280, 720), (1920, 1080)]


def inside_scroll_area(widget) -> bool:
    """Widgets inside a scroll area are reached by scrolling; the area itself is checked instead."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def behind_a_tab(window):
    """Titles of docks that are tabs of a group but not the one shown (Qt parks them outside the window)."""
    hidden = set()
    for bar in window.findChildren(QTabBar):
        if bar.parentWidget() is window:  # the dock areas' own tab bars
            hidden |= {bar.tabText(k) for k in range(bar.count()) if k != bar.currentIndex()}
    return hidden


def dock_of(widget):
    parent = widget
    while parent is not None and not isinstance(parent, QDockWidget):
        parent = parent.parentWidget()
    return parent


def problems(window):
    """Visible controls that stick out of the window or show less than their text."""
    found = []
    area = window.rect()
    hidden = behind_a_tab(window)
    controls = (QLabel, QAbstractButton, QComboBox, QTabBar, QAbstractScrollArea)
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, controls) or not widget.isVisible() or widget.window() is not window:
            continue
        dock = dock_of(widget)
        if dock is not None and dock.windowTitle() in hidden:
            continue
        if inside_scroll_area(widget) and not isinstance(widget, QAbstractScrollArea):
            continue
        rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if not area.contains(rect):
            found.append(f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r} at {rect} outside {area}")
            continue
        if isinstance(widget, QLabel) and widget.text() and not widget.wordWrap():
            if widget.width() < widget.minimumSizeHint().width() - 1:
                found.append(f"label {widget.text()[:40]!r} cut: {widget.width()} < {widget.minimumSizeHint().width()}")
        elif isinstance(widget, (QAbstractButton, QCheckBox)) and widget.text():
            if widget.width() < widget.minimumSizeHint().width() - 1:
                found.append(f"button {widget.text()!r} cut: {widget.width()} < {widget.minimumSizeHint().width()}")
        elif isinstance(widget, QTabBar):
            for k in range(widget.count()):
                if widget.tabText(k) and widget.tabRect(k).width() < widget.fontMetrics().horizontalAdvance(widget.tabText(k)):
                    found.append(f"tab {widget.tabText(k)!r} cut")
    return found


@pytest.mark.parametrize("width,height", SIZES)
def test_every_control_is_inside_and_whole_and_the_map_dominates(qtbot, width, height):
    window = build_window(restore=False)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    window.default_layout()
    qtbot.wait(50)
    assert window.width() <= width and window.height() <= height
    assert problems(window) == []
    map_share = window.map.width() * window.map.height() / (window.width() * window.height())
    largest_dock = max(d.width() * d.height() for d in window.docks.values() if d.isVisible())
    assert window.map.width() * window.map.height() > largest_dock
    if width >= 1280:
        assert map_share >= 0.5, map_share
    # every panel is reachable: visible, or a tab of a visible group
    tabs = {bar.tabText(k) for bar in window.findChildren(QTabBar) if bar.isVisible() for k in range(bar.count())}
    for name, dock in window.docks.items():
        assert dock.isVisible() or dock.windowTitle() in tabs, name


def test_empty_passes_panel_stays_small_and_grows_with_results(window, qtbot):
    window.resize(1280, 720)
    window.default_layout()
    qtbot.wait(20)
    empty = window.docks["Passes"].height()
    assert empty < 90 and not window.results.table.isVisible()
    window.analysis.set_country("Israel")
    with qtbot.waitSignal(window.runner.finished, timeout=30000):
        window.run_analysis()
    qtbot.wait(20)
    assert window.results.table.isVisible() and window.docks["Passes"].height() > empty + 40


def test_a_remembered_geometry_that_no_longer_fits_is_brought_inside(window, qtbot):
    avail = window.available_geometry()
    window.setGeometry(avail.x() + avail.width() - 200, avail.y() + avail.height() - 150, 900, 600)
    window.bring_inside_screen()
    assert avail.contains(window.frameGeometry()) or window.width() <= avail.width()
    huge = window.saveGeometry()
    window.resize(avail.width() * 2, avail.height() * 2)
    window.bring_inside_screen()
    assert window.width() <= avail.width() and window.height() <= avail.height()
    assert isinstance(huge, QByteArray)
