"""The main window: map in the centre, panels in docks, menus with shortcuts."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QImage, QKeySequence, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (QDockWidget, QFileDialog, QLabel, QMainWindow, QMessageBox, QStackedWidget, QStatusBar,
                               QTabBar, QTabWidget, QWidget)

from desktop.core.access import AccessError
from desktop.core.files import replaced_when_written
from desktop.core.elements import MAX_ELEMENT_FILE_BYTES, ElementError, parse_text, read_element_file
from desktop.core.atlas import atlas
from desktop.core.regions import RegionError
from desktop.core.revisit import analyse, format_duration
from desktop.core.tables import flag_notes, write_passes_csv

from .analysis_panel import AnalysisPanel
from .article_panel import dock_article_panel
from .coverage_panel import dock_coverage_panel
from .files import one_line, unreadable_reason
from .help_panel import HelpPanel
from .lesson_io import add_lesson_actions, open_lesson, save_lesson
from .map_view import MapView
from .orbit_lab import dock_orbit_lab
from .outputs import add_output_actions
from .refresh import ElementRefresh
from .results_panel import ResultsPanel
from .satellite_panel import SatellitePanel
from .session import AnalysisSettings, Session
from .time_bar import TimeBar
from .widgets import scrolling
from .workers import Runner

LAYOUT_VERSION = 2  # dock layouts saved by an older version (panels on both sides) are not restored
ARTICLE_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}


class MainWindow(QMainWindow):
    def __init__(self, session: Session, settings: QSettings | None = None):
        super().__init__()
        self.session = session
        self.settings = settings
        self.setWindowTitle("Overflight")
        self.setAcceptDrops(True)
        self.map = MapView(session, camera=session.camera)
        self.views = QStackedWidget()  # the flat map, and the globe when it is asked for
        self.views.addWidget(self.map)
        self.globe = None
        self.setCentralWidget(self.views)
        self.satellites = SatellitePanel(session)
        self.analysis = AnalysisPanel(session)
        self.results = ResultsPanel(session)
        self.help = HelpPanel(session)
        self.timebar = TimeBar(session)
        self.docks = {}
        self._dock("Satellites", self.satellites, Qt.RightDockWidgetArea)
        self._dock("Analysis", self.analysis, Qt.RightDockWidgetArea, scroll=True)
        self._dock("What am I looking at?", self.help, Qt.RightDockWidgetArea)
        self._dock("Passes", self.results, Qt.BottomDockWidgetArea)
        self._dock("Time", self.timebar, Qt.BottomDockWidgetArea)
        self.splitDockWidget(self.docks["Time"], self.docks["Passes"], Qt.Vertical)
        self.setDockNestingEnabled(True)
        self.docks["Time"].setTitleBarWidget(QWidget())  # the time bar needs no title: one row saved for the map
        self.setTabPosition(Qt.RightDockWidgetArea, QTabWidget.North)
        self.status = QStatusBar()
        self.setStatusBar(self.status)
        self.hover_label = QLabel()
        self.status.addPermanentWidget(self.hover_label)
        self.runner = Runner(self)
        self.runner.progress.connect(lambda f: self.analysis.progress.setValue(int(f * 1000)))
        self.runner.finished.connect(self._analysis_done)
        self.runner.failed.connect(self._analysis_failed)
        self.runner.started.connect(lambda: self.analysis.set_busy(True))
        self.runner.cancelled.connect(lambda: (self.analysis.set_busy(False), self.status.showMessage("Analysis cancelled", 4000)))
        self._auto_timer = QTimer(self, singleShot=True, interval=250, timeout=self._auto_run)
        self._before_presenting = None  # (layout, full screen, maximised) while presenting
        self._shown_once = False
        self.last_message = ""  # the text of the last message box (lesson_io.notify), for tests and logs
        self._build_menus()
        self._wire()
        # the panels and actions beyond the core ones, each with its dock and menu entries, in menu order
        self.article_panel = dock_article_panel(self)
        self.refresher = ElementRefresh(self)
        self.orbit_lab = dock_orbit_lab(self)
        self.coverage_panel = dock_coverage_panel(self)
        add_lesson_actions(self)
        add_output_actions(self)
        self.fit_to_screen()

    # ------------------------------------------------------------------ screen and layout
    SIDE_GROUPS = (("Satellites", "Orbit lab", "Article"), ("Analysis", "Coverage", "What am I looking at?"))

    def available_geometry(self):
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry()

    def fit_to_screen(self) -> None:
        """Open inside the screen's available area: 90 % of a large screen (at least 1500x900), all of a small one."""
        avail = self.available_geometry()
        width = min(max(1500, int(avail.width() * 0.9)), avail.width() - 8)
        height = min(max(900, int(avail.height() * 0.9)), avail.height() - 36)  # room for the window's title bar
        self.resize(max(640, width), max(480, height))
        self.move(avail.x() + max(0, (avail.width() - self.width()) // 2),
                  avail.y() + max(0, (avail.height() - height - 36) // 2))

    def bring_inside_screen(self) -> None:
        """A remembered geometry that no longer fits (a smaller screen, a projector) is brought back inside."""
        avail = self.available_geometry()
        frame = self.frameGeometry()
        if avail.contains(frame):
            return
        if frame.width() > avail.width() or frame.height() > avail.height():
            self.showNormal()
            self.fit_to_screen()
            return
        x = min(max(frame.x(), avail.x()), avail.right() - frame.width() + 1)
        y = min(max(frame.y(), avail.y()), avail.bottom() - frame.height() + 1)
        self.move(x, y)

    def default_layout(self) -> None:
        """Map first: every panel in one column on the right (tabbed), time and passes below.

        On a tall screen the column splits in two tab groups (satellites above,
        analysis below) so both can be seen at once; the Passes panel stays low
        until there are passes to show.
        """
        width, height = self.width(), self.height()
        groups = [[self.docks[n] for n in group if n in self.docks] for group in self.SIDE_GROUPS]
        everything = [d for g in groups for d in g]
        for dock in everything + [self.docks["Time"], self.docks["Passes"]]:
            dock.setFloating(False)
            dock.show()
        for dock in everything:
            self.addDockWidget(Qt.RightDockWidgetArea, dock)
        self.addDockWidget(Qt.BottomDockWidgetArea, self.docks["Time"])
        self.splitDockWidget(self.docks["Time"], self.docks["Passes"], Qt.Vertical)
        if height >= 860:
            first, second = groups
            self.splitDockWidget(first[0], second[0], Qt.Vertical)
            for group in groups:
                for dock in group[1:]:
                    self.tabifyDockWidget(group[0], dock)
                group[0].raise_()
            self.resizeDocks([first[0], second[0]], [int(height * 0.42), int(height * 0.38)], Qt.Vertical)
        else:
            for dock in everything[1:]:
                self.tabifyDockWidget(everything[0], dock)
            everything[0].raise_()
        for bar in self.findChildren(QTabBar):  # dock tabs show their whole titles and scroll when they must
            bar.setElideMode(Qt.ElideNone)
            bar.setUsesScrollButtons(True)
            bar.setExpanding(False)
        # moving docks about can grow the window past the screen for a moment: recompute the
        # layout's minimum (which it imposes on the window) and put the size back
        self.layout().invalidate()
        self.layout().activate()
        self.resize(width, height)
        side = int(min(max(self.width() * 0.25, 320), 420))
        self.resizeDocks([everything[0]], [side], Qt.Horizontal)
        self.resizeDocks([self.docks["Passes"]], [self.results.wanted_height(self.height())], Qt.Vertical)

    # ------------------------------------------------------------------ construction
    def _dock(self, title, widget, area, scroll=False):
        dock = QDockWidget(title, self)
        dock.setObjectName(title)
        dock.setWidget(scrolling(widget) if scroll else widget)  # a tall form scrolls on a small screen
        self.addDockWidget(area, dock)
        self.docks[title] = dock
        return dock

    def add_panel_dock(self, title: str, widget, shortcut: str | None = None) -> QDockWidget:
        """A side panel added later (article, Orbit lab, coverage): docked, listed in the View menu."""
        dock = QDockWidget(title, self)
        dock.setObjectName(title)
        dock.setWidget(widget)
        self.addDockWidget(Qt.RightDockWidgetArea, dock)
        self.docks[title] = dock
        view_menu = self.menuBar().actions()[2].menu()
        action = dock.toggleViewAction()
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        view_menu.insertAction(view_menu.actions()[0], action)
        return dock

    def insert_actions(self, menu, before, entries) -> None:
        """Actions (text, shortcut, slot) put in a menu before an existing action (installers use this)."""
        for text, shortcut, slot in entries:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            menu.insertAction(before, action)

    def write_file(self, path, title: str, write, done: str) -> bool:
        """Write a text file with ``write(handle)``; a failure is shown (not raised), success in the status bar."""
        try:
            with replaced_when_written(path, title.lower(), allow_empty=True) as tmp:  # whole or not at all
                with open(tmp, "w", encoding="utf-8", newline="") as out:
                    write(out)
        except OSError as exc:
            QMessageBox.warning(self, title, f"Could not write {path}: {exc.strerror or exc}")
            return False
        self.status.showMessage(done, 6000)
        return True

    def _action(self, menu, text, slot, shortcut=None, tip=None):
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self):
        bar = self.menuBar()
        file = bar.addMenu("&File")
        self._action(file, "&Open element file…", self.open_elements, QKeySequence.Open, "Add TLE or OMM element sets")
        self._action(file, "&Paste element sets", self.paste_elements, "Ctrl+Shift+V", "Add TLE or OMM text from the clipboard")
        file.addSeparator()
        self.article_anchor = file.addSeparator()  # the article panel adds its actions before this
        self.refresh_anchor = file.addSeparator()  # the refresh actions go before this
        self._action(file, "Export map as &PNG…", self.export_png, "Ctrl+E")
        self._action(file, "Export map as &SVG…", self.export_svg, "Ctrl+Shift+E")
        self._action(file, "Export passes as &CSV…", self.export_csv, "Ctrl+Shift+C")
        file.addSeparator()
        self._action(file, "&Quit", self.close, "Ctrl+Q")
        analysis = bar.addMenu("&Analysis")
        self._action(analysis, "&Run", self.run_analysis, "Ctrl+R")
        self._action(analysis, "&Cancel", self.cancel_analysis, "Esc")
        self._action(analysis, "Region from &GeoJSON…", self.open_geojson)
        view = bar.addMenu("&View")
        for dock in self.docks.values():
            view.addAction(dock.toggleViewAction())
        view.addSeparator()
        self._action(view, "&Presentation mode", self.toggle_presentation, "F11",
                     "Full-screen map for a room: large type, clock and statistics on the map (Esc leaves)")
        self.globe_action = self._action(view, "&Globe", self.toggle_globe, "Ctrl+G",
                                         "An orthographic globe with the orbit as a ring in space (Ctrl+G again: the map)")
        self.globe_action.setCheckable(True)
        self.follow_action = self._action(view, "&Follow the satellite", self.toggle_follow, "Ctrl+F",
                                          "Keep the first satellite centred while time runs")
        self.follow_action.setCheckable(True)
        self.band_action = self._action(view, "&Uncertainty band", self.toggle_band, "Ctrl+U",
                                        "Draw where the first satellite may be (90 % of its uncertainty model)")
        self.band_action.setCheckable(True)
        self.palette_action = self._action(view, "Colour-&blind-safe colours", self.toggle_palette, None,
                                           "Okabe-Ito colours for tracks and passes (the default)")
        self.palette_action.setCheckable(True)
        self.palette_action.setChecked(True)
        self._action(view, "&Reset layout", self.default_layout, "Ctrl+Shift+0", "Put every panel back in its place")
        self._action(view, "Whole &world", lambda: self.map.set_view(0, 0, 1), "Ctrl+0")
        self._action(view, "Zoom to &region", self.zoom_to_region, "Ctrl+Shift+R")
        self._action(view, "Play / pause", self.timebar.toggle_play, "Space")
        self._action(view, "Go to &now", self.timebar.go_now, "Ctrl+N")
        helpm = bar.addMenu("&Help")
        self._action(helpm, "&What am I looking at?", self._show_help, "F1")
        self._action(helpm, "&About Overflight", self._about)

    def _wire(self):
        s = self.session
        self.satellites.open_requested.connect(self.open_elements)
        self.satellites.paste_requested.connect(self.paste_elements)
        self.analysis.run_requested.connect(self.run_analysis)
        self.analysis.cancel_requested.connect(self.cancel_analysis)
        self.analysis.map_mode_requested.connect(self.map.set_mode)
        self.results.pass_selected.connect(self.go_to_pass)
        self.map.clicked.connect(self._map_clicked)
        self.map.zoom_to_region_requested.connect(self.zoom_to_region)
        self.analysis.zoom_requested.connect(self.zoom_to_region)
        self.session.analysis_changed.connect(self._update_room_overlay)
        self.map.box_drawn.connect(self._box_drawn)
        self.map.hover_text.connect(self.hover_label.setText)
        for signal in (s.selection_changed, s.region_changed, s.settings_changed):
            signal.connect(self._inputs_changed)
        s.region_changed.connect(self._show_region_note)
        s.view_changed.connect(self._show_view)
        s.elements_changed.connect(lambda satnum: satnum in s.selected and self._inputs_changed())

    # ------------------------------------------------------------------ classroom
    ROOM_SCALE = 2.0

    @property
    def presenting(self) -> bool:
        return self.map.room_scale > 1.0

    def toggle_presentation(self):
        if self.presenting:
            self.leave_presentation()
        else:
            self.enter_presentation()

    def enter_presentation(self):
        """Full-screen map: docks, menus and status bar hidden, type and lines scaled for a room."""
        self._before_presenting = (self.saveState(LAYOUT_VERSION), self.isFullScreen(), self.isMaximized())
        for dock in self.docks.values():
            dock.hide()
        self.menuBar().hide()
        self.statusBar().hide()
        self.map.room_scale = self.ROOM_SCALE
        self.map.key_handler = self._presentation_key
        self._update_room_overlay()
        self.showFullScreen()
        self.map.setFocus()
        self.map._invalidate_base()

    def leave_presentation(self):
        if not self.presenting:
            return
        self.map.room_scale = 1.0
        self.map.key_handler = None
        self.map.overlay_lines = []
        self.menuBar().show()
        self.statusBar().show()
        state, was_full, was_max = self._before_presenting or (None, False, False)
        self.showMaximized() if was_max else (self.showFullScreen() if was_full else self.showNormal())
        if state is not None:
            self.restoreState(state, LAYOUT_VERSION)
        self.map._invalidate_base()

    def _presentation_key(self, event) -> bool:
        key = event.key()
        bar = self.timebar
        if key == Qt.Key_Escape or key == Qt.Key_F11:
            self.leave_presentation()
        elif key == Qt.Key_Space:
            bar.toggle_play()
        elif key in (Qt.Key_Plus, Qt.Key_Equal):
            bar.speed.setCurrentIndex(min(bar.speed.count() - 1, bar.speed.currentIndex() + 1))
        elif key == Qt.Key_Minus:
            bar.speed.setCurrentIndex(max(0, bar.speed.currentIndex() - 1))
        elif key == Qt.Key_Right:
            self.session.set_time(self.session.time_s + bar.step.currentData())
        elif key == Qt.Key_Left:
            self.session.set_time(self.session.time_s - bar.step.currentData())
        else:
            return False
        self._update_room_overlay()
        return True

    def _update_room_overlay(self, *_):
        if not self.presenting:
            return
        a = self.session.analysis
        lines = [f"speed {self.timebar.speed.currentText()}  ·  Space: play/pause  ·  +/-: speed  ·  arrows: step  ·  Esc: leave"]
        if a is not None:
            lines.insert(0, f"Over {a.region.describe()} ({a.settings_text()}):")
            for n, st in a.stats.items():
                es = self.session.catalog.get(n)
                gap = f", revisit mean {format_duration(st.mean_gap_s)}" if st.mean_gap_s is not None else ""
                lines.insert(-1, f"{es.label if es else n}: {st.passes_per_day:.2f} passes a day{gap}")
        self.map.overlay_lines = lines
        self.map.update()

    def toggle_globe(self):
        """Show the globe instead of the flat map, or back; both draw the same model data."""
        self.session.set_globe(not self.session.globe)

    def _show_view(self):
        show = self.session.globe
        if show and self.globe is None:
            from .globe_view import GlobeView

            self.globe = GlobeView(self.session, self.map)
            self.views.addWidget(self.globe)
        self.views.setCurrentWidget(self.globe if show else self.map)
        self.globe_action.setChecked(show)

    def toggle_follow(self):
        self.map.follow = self.follow_action.isChecked()
        self.map._on_time()

    def toggle_band(self):
        self.map.uncertainty = self.band_action.isChecked()
        self.map.refresh_tracks()

    def toggle_palette(self):
        self.map.safe_palette = self.palette_action.isChecked()
        self.map.refresh_tracks()

    # ------------------------------------------------------------------ regions
    def _show_region_note(self):
        region = self.session.region
        if region is not None and region.note:
            self.status.showMessage(region.note, 10000)

    def _map_clicked(self, lat, lon):
        mode = self.map.mode
        if mode == "pan":
            self.coverage_panel.cell_clicked(lat, lon)
        elif mode == "pick":
            name = atlas().country_at(lat, lon)
            if name:
                self.session.set_region_spec({"kind": "country", "name": name})
                self.status.showMessage(f"Region: {name}", 4000)
            else:
                self.status.showMessage("No country there (open sea): click on land", 4000)
        elif mode == "circle":
            km = self.analysis.radius.value()
            self.session.set_region_spec({"kind": "circle", "name": f"{km:g} km around {lat:.2f}, {lon:.2f}", "lat": lat, "lon": lon, "km": km})

    def _box_drawn(self, south, west, north, east):
        try:
            self.session.set_region_spec({"kind": "box", "south": south, "west": west, "north": north, "east": east})
        except RegionError as exc:
            self.status.showMessage(str(exc), 6000)

    def open_geojson(self):
        path, _ = QFileDialog.getOpenFileName(self, "Region from GeoJSON", "", "GeoJSON (*.geojson *.json);;All files (*)")
        if path:
            try:
                region = self.session.set_region_spec({"kind": "geojson", "path": path})
            except RegionError as exc:
                QMessageBox.warning(self, "Region", one_line(exc))
                return
            self.status.showMessage(one_line(region.note or f"Region {region.name} from {Path(path).name}"), 10000)

    def zoom_to_region(self):
        region = self.session.region
        if region is None:
            return
        rings = region.outline()
        import numpy as np

        pts = np.vstack(rings)
        lon0, lon1 = pts[:, 0].min(), pts[:, 0].max()
        lat0, lat1 = pts[:, 1].min(), pts[:, 1].max()
        span = max((lon1 - lon0) * 1.6, (lat1 - lat0) * 1.6 * self.map.width() / max(1, self.map.height()), 2)
        self.map.set_view(((lon0 + lon1) / 2 + 180) % 360 - 180, (lat0 + lat1) / 2, 360 / span)

    # ------------------------------------------------------------------ analysis
    def _inputs_changed(self, *_):
        if self.session.region is not None and self.session.selected:
            self._auto_timer.start()

    def cancel_analysis(self):
        """Stop the running analysis and any pending automatic re-run; the last result stays."""
        self._auto_timer.stop()
        self.runner.cancel()

    def _auto_run(self):
        self.run_analysis(quiet=True)

    def run_analysis(self, quiet=False):
        s = self.session
        sets = s.selected_sets()
        if not sets or s.region is None:
            if not quiet:
                self.analysis.error.setText("Choose a satellite on the left and a region above, then Run.")
            return
        self.analysis.error.clear()
        region, criterion, sun, days = s.region, s.criterion, s.daylight_sun_deg, s.days
        try:
            criteria = s.criteria(sets)
        except AccessError as exc:
            self.analysis.error.setText(str(exc))
            return
        start = s.span_start_s
        end = start + days * 86400.0

        with_ranges = s.settings.uncertainty_ranges

        def job(progress, cancelled):
            result = analyse(sets, region, criterion, start, end, sun, progress=progress, cancelled=cancelled,
                             criteria=criteria)
            if with_ranges:
                from desktop.core.uncertainty import analysis_uncertainty

                result.uncertainty = analysis_uncertainty(result, sets, 32, cancelled=cancelled)
            return result

        self.status.showMessage(f"Computing passes over {region.name}…")
        self.runner.submit(job)

    def _analysis_done(self, result):
        self.analysis.set_busy(False)
        first = self.session.analysis is None
        self.session.set_analysis(result)
        if first and self.docks["Passes"].height() < self.results.wanted_height(self.height()) - 20:
            self.resizeDocks([self.docks["Passes"]], [self.results.wanted_height(self.height())], Qt.Vertical)
        n = sum(len(p) for p in result.passes.values())
        self.status.showMessage(f"{n} passes over {result.region.name} in {(result.end_s - result.start_s) / 86400:g} days", 6000)

    def _analysis_failed(self, message):
        self.analysis.set_busy(False)
        self.analysis.error.setText(message.splitlines()[0])
        self.status.showMessage("Analysis failed: " + message.splitlines()[0], 8000)

    def go_to_pass(self, p):
        s = self.session
        if not s.span_start_s <= p.closest_s <= s.span_start_s + s.span_s:
            s.set_span(p.closest_s - s.span_s / 2, s.span_s)
        s.set_time(p.closest_s)
        self.map.set_view(p.closest_lon_deg, p.closest_lat_deg, max(self.map.zoom, 3.0))

    # ------------------------------------------------------------------ lessons, articles, handouts
    def open_lesson(self, path=None) -> bool:
        return open_lesson(self, path)

    def save_lesson(self, path=None) -> bool:
        return save_lesson(self, path)

    def load_article_file(self, path) -> bool:
        return self.article_panel.load_file(path)

    def refresh_selected(self) -> None:
        self.refresher.refresh_selected()

    # ------------------------------------------------------------------ element files
    def add_element_file(self, path) -> str:
        """Add a file's element sets; returns the line to show, raises ElementError for a file that cannot be used."""
        reason = unreadable_reason(path, MAX_ELEMENT_FILE_BYTES, "an element file")
        if reason:
            raise ElementError(reason)
        sets, issues = read_element_file(path)
        taken = self.session.add_sets(sets)
        if sets and not self.session.selected:
            self.session.select([sets[0].satnum])
        message = f"{Path(path).name}: {len(sets)} element sets read, {len(taken)} new or newer"
        if issues:
            message += f"; {len(issues)} records skipped (first: {issues[0]})"
        return message

    def open_elements(self):
        paths, _ = QFileDialog.getOpenFileNames(self, "Open element sets", "", "Element sets (*.tle *.txt *.3le *.json *.csv);;All files (*)")
        for path in paths:
            self._report_elements(path)

    def _report_elements(self, path):
        try:
            message = self.add_element_file(path)
        except ElementError as exc:
            QMessageBox.warning(self, "Element sets", one_line(exc))
            return
        self.status.showMessage(message, 10000)
        if "skipped" in message:
            QMessageBox.information(self, "Element sets", message)

    def paste_elements(self):
        text = QGuiApplication.clipboard().text()
        if len(text) > MAX_ELEMENT_FILE_BYTES:  # characters, at least one byte each: the element file limit
            QMessageBox.warning(self, "Paste element sets", f"The clipboard holds {len(text) / 1e6:.0f} million characters: "
                                f"too much for element sets (limit {MAX_ELEMENT_FILE_BYTES / 1e6:.0f} MB)")
            return
        sets, issues = parse_text(text, "clipboard")
        if not sets:
            detail = f" ({issues[0]})" if issues else ""
            QMessageBox.warning(self, "Paste element sets", one_line("The clipboard holds no TLE or OMM element sets" + detail))
            return
        self.session.add_sets(sets)
        self.session.select([sets[0].satnum])
        self.status.showMessage(f"{len(sets)} element sets pasted" + (f", {len(issues)} skipped" if issues else ""), 8000)

    # ------------------------------------------------------------------ drag and drop
    def dragEnterEvent(self, event):
        if event.mimeData().hasUrls() or event.mimeData().hasText():
            event.acceptProposedAction()

    def dropEvent(self, event):
        for url in event.mimeData().urls():
            path = url.toLocalFile()
            if not path:
                continue
            if Path(path).suffix.lower() == ".overflight":
                self.open_lesson(path)
            elif Path(path).suffix.lower() in ARTICLE_SUFFIXES and not _looks_like_elements(path):
                self.load_article_file(path)
            else:
                self._report_elements(path)
        event.acceptProposedAction()

    # ------------------------------------------------------------------ export
    def render_map_image(self, scale: float = 1.0) -> QImage:
        size = self.map.size()
        image = QImage(int(size.width() * scale), int(size.height() * scale), QImage.Format_ARGB32)
        painter = QPainter(image)
        painter.scale(scale, scale)
        self.map.render_to(painter)
        painter.end()
        return image

    def export_png(self, path=None):
        path = path or QFileDialog.getSaveFileName(self, "Export map as PNG", "overflight-map.png", "PNG image (*.png)")[0]
        if path:
            try:
                with replaced_when_written(path, "map") as tmp:  # a failed save leaves it empty: refused
                    self.render_map_image(2.0).save(tmp, "PNG")
            except OSError as exc:
                self.status.showMessage(f"Could not write {path}: {exc.strerror or exc}", 6000)
                return False
            self.status.showMessage(f"Map saved to {path}", 6000)
            return True

    def export_svg(self, path=None):
        path = path or QFileDialog.getSaveFileName(self, "Export map as SVG", "overflight-map.svg", "SVG drawing (*.svg)")[0]
        if not path:
            return False
        try:
            with replaced_when_written(path, "map") as tmp:  # a generator that could not write leaves it empty
                gen = QSvgGenerator()
                gen.setFileName(tmp)
                gen.setSize(self.map.size())
                gen.setViewBox(QRectF(0, 0, self.map.width(), self.map.height()))
                gen.setTitle("Overflight map")
                flagged = flag_notes(self.session.selected_sets())
                gen.setDescription("Natural Earth (public domain)" + "".join(f"; {note}" for note in flagged))
                painter = QPainter(gen)
                self.map.render_to(painter)
                painter.end()
        except OSError as exc:
            self.status.showMessage(f"Could not write {path}: {exc.strerror or exc}", 6000)
            return False
        self.status.showMessage(f"Map saved to {path}", 6000)
        return True

    def export_csv(self, path=None):
        a = self.session.analysis
        if a is None:
            QMessageBox.information(self, "Export passes", "Run an analysis first.")
            return False
        path = path or QFileDialog.getSaveFileName(self, "Export passes as CSV", "overflight-passes.csv", "CSV (*.csv)")[0]
        if not path:
            return False
        return self.write_file(path, "Export passes",
                               lambda out: write_passes_csv(out, a, self.session.catalog.get,
                                                            flag_notes(self.session.selected_sets())),
                               f"{len(a.all_passes())} passes saved to {path}")

    # ------------------------------------------------------------------ help
    def _show_help(self):
        dock = self.docks["What am I looking at?"]
        dock.show()
        dock.raise_()

    def _about(self):
        QMessageBox.about(self, "About Overflight",
                          "<b>Overflight</b>: satellite ground tracks, revisit analysis and news context.<br>"
                          "Orbits: SGP4 (sgp4, skyfield). Sun: JPL DE421. Map: Natural Earth (public domain).<br>"
                          "Element sets marked APPROXIMATE are built from published orbit figures.")

    # ------------------------------------------------------------------ settings
    def restore(self):
        st = self.settings
        if st is None:
            return
        geometry = st.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
            self.bring_inside_screen()
        state = st.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state, LAYOUT_VERSION)
        def number(key, default):
            try:
                return float(st.value(key, default))
            except (TypeError, ValueError):  # a damaged settings file falls back to defaults
                return default

        if str(st.value("view/safe_palette", "true")) == "false":
            self.palette_action.setChecked(False)
            self.toggle_palette()
        sats = st.value("satellites", "")
        nums = [int(x) for x in str(sats).split(",") if x.strip().isdigit()]
        default = AnalysisSettings()
        self.session.set_settings(AnalysisSettings(
            str(st.value("criterion/kind", default.kind)), number("criterion/angle", default.angle_deg),
            str(st.value("daylight/on", "true")) == "true", number("daylight/sun", default.sun_deg),
            number("window/days", default.days)).repaired())
        if nums:
            self.session.select(nums)
        spec = st.value("region", "")
        if spec:
            try:
                self.session.set_region_spec(json.loads(spec))
            except (ValueError, KeyError, TypeError, RegionError):
                pass  # a region that cannot be rebuilt is simply not restored

    def save(self):
        st = self.settings
        if st is None:
            return
        st.setValue("window/geometry", self.saveGeometry())
        st.setValue("window/state", self.saveState(LAYOUT_VERSION))
        st.setValue("satellites", ",".join(str(n) for n in self.session.selected))
        spec, analysis = self.session.region_spec, self.session.settings
        st.setValue("region", json.dumps(spec) if spec else "")
        st.setValue("criterion/kind", analysis.kind)
        st.setValue("criterion/angle", analysis.angle_deg)
        st.setValue("daylight/on", "true" if analysis.daylight else "false")
        st.setValue("daylight/sun", analysis.sun_deg)
        st.setValue("window/days", analysis.days)
        st.setValue("view/safe_palette", "true" if self.palette_action.isChecked() else "false")
        st.sync()

    def showEvent(self, event):
        """On first show (when the layout has its real size), an empty Passes panel is put back to one line."""
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            if self.session.analysis is None:
                QTimer.singleShot(0, lambda: self.resizeDocks([self.docks["Passes"]],
                                                              [self.results.wanted_height(self.height())], Qt.Vertical))

    def closeEvent(self, event):
        self.leave_presentation()  # the layout saved is the working one, not the presentation
        self.orbit_lab.flush()  # a design changed in the last moment is kept too
        # every worker is told to stop, and given a moment to: none outlives the window (a thread still in the
        # middle of a computation when the interpreter exits can bring the process down)
        runners = [self.runner] + [r for r in self.findChildren(Runner) if r is not self.runner]
        for runner in runners:
            runner.cancel()
        self.save()
        for runner in runners:
            runner.wait(5000)
        super().closeEvent(event)


def _looks_like_elements(path) -> bool:
    """Whether a dropped text file holds TLE lines (its first 400 bytes); a file that is not regular does not."""
    if unreadable_reason(path, float("inf"), "a file"):
        return False  # a device or a pipe is never opened here: the reader it goes to refuses it in one line
    try:
        with open(path, "rb") as handle:
            head = handle.read(400).decode("utf-8", errors="replace")
    except OSError:
        return False
    lines = [ln for ln in head.splitlines() if ln.strip()]
    return any(ln.startswith("1 ") and len(ln.rstrip()) == 69 for ln in lines[:3])
