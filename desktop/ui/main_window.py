"""The main window: map in the centre, panels in docks, menus with shortcuts."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QRectF, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QImage, QKeySequence, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (QDockWidget, QFileDialog, QLabel, QMainWindow, QMessageBox, QStackedWidget, QStatusBar,
                               QTabBar, QTabWidget, QWidget)

from desktop.core.access import AccessError
from desktop.core.files import replaced_when_written
from desktop.core.elements import MAX_ELEMENT_FILE_BYTES, ElementError, parse_text, read_element_file
from desktop.core.atlas import atlas
from desktop.core.regions import RegionError
from desktop.core.revisit import analyse
from desktop.core.satcat import owners_by_number
from desktop.core.tables import flag_notes, write_passes_csv

from .analysis_panel import AnalysisPanel
from .article_panel import dock_article_panel
from .coverage_panel import dock_coverage_panel
from .files import one_line, unreadable_reason
from .help_panel import HelpPanel
from . import i18n
from .lesson_io import add_lesson_actions, open_lesson, save_lesson
from .map_view import MapView
from .orbit_lab import dock_orbit_lab
from .overhead_panel import dock_overhead_panel
from .outputs import add_output_actions
from .refresh import ElementRefresh
from .results_panel import ResultsPanel
from .satellite_panel import SatellitePanel
from .session import AnalysisSettings, Session
from .sky_plot import dock_sky_plot, room_sky_plot
from .tonight_panel import dock_tonight, restore_sky, save_sky
from .live_clock import add_live_clock
from .sky_handout import add_sky_handout
from .time_bar import TimeBar
from .widgets import scrolling
from .workers import Runner

# Dock titles are also the docks' keys and object names (saved layouts), so they stay English there and are
# translated only where they are shown; a panel added with add_panel_dock is shown through the same lookup.
DOCK_TITLES = (QT_TRANSLATE_NOOP("MainWindow", "Satellites"), QT_TRANSLATE_NOOP("MainWindow", "Analysis"),
               QT_TRANSLATE_NOOP("MainWindow", "What am I looking at?"), QT_TRANSLATE_NOOP("MainWindow", "Passes"),
               QT_TRANSLATE_NOOP("MainWindow", "Time"), QT_TRANSLATE_NOOP("MainWindow", "Orbit lab"),
               QT_TRANSLATE_NOOP("MainWindow", "Article"), QT_TRANSLATE_NOOP("MainWindow", "Coverage"))


class LocalStatusBar(QStatusBar):
    """A status bar that shows numbers in the window's locale (Persian digits in Persian)."""

    def showMessage(self, text, timeout=0):
        super().showMessage(i18n.localize_digits(text), timeout)


LAYOUT_VERSION = 2  # dock layouts saved by an older version (panels on both sides) are not restored
ARTICLE_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}


class MainWindow(QMainWindow):
    def __init__(self, session: Session, settings: QSettings | None = None):
        super().__init__()
        self.session = session
        self.settings = settings
        self.setWindowTitle(self.tr("Overflight"))
        self.setAcceptDrops(True)
        self.map = MapView(session, camera=session.camera)
        i18n.keep_left_to_right(self.map)  # east stays right in every language
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
        self.status = LocalStatusBar()
        self.setStatusBar(self.status)
        self.hover_label = QLabel()
        self.status.addPermanentWidget(self.hover_label)
        self.runner = Runner(self)
        self.runner.progress.connect(lambda f: self.analysis.progress.setValue(int(f * 1000)))
        self.runner.finished.connect(self._analysis_done)
        self.runner.failed.connect(self._analysis_failed)
        self.runner.started.connect(lambda: self.analysis.set_busy(True))
        self.runner.cancelled.connect(lambda: (self.analysis.set_busy(False), self.status.showMessage(self.tr("Analysis cancelled"), 4000)))
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
        self.overhead_panel = dock_overhead_panel(self)  # passes of every satellite of the layer (Ctrl+H)
        self.tonight = dock_tonight(self)
        self.sky_plot = dock_sky_plot(self)
        self.sky_room = room_sky_plot(self)  # presentation mode: K shows the sky instead of the map
        self.live_clock = add_live_clock(self)
        self.sky_handout = add_sky_handout(self)
        add_lesson_actions(self)
        add_output_actions(self)
        self.fit_to_screen()

    # ------------------------------------------------------------------ screen and layout
    SIDE_GROUPS = (("Satellites", "Orbit lab", "Article", "Tonight"),
                   ("Analysis", "Coverage", "Overhead", "What am I looking at?", "Sky"))

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
        dock = QDockWidget(self.tr(title), self)
        dock.setObjectName(title)
        dock.setWidget(scrolling(widget) if scroll else widget)  # a tall form scrolls on a small screen
        self.addDockWidget(area, dock)
        self.docks[title] = dock
        return dock

    def add_panel_dock(self, title: str, widget, shortcut: str | None = None) -> QDockWidget:
        """A side panel added later (article, Orbit lab, coverage): docked, listed in the View menu."""
        dock = QDockWidget(self.tr(title), self)  # an English title is translated; a translated one stays
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
            QMessageBox.warning(self, title, self.tr("Could not write {path}: {0}").format(exc.strerror or exc, path=path))
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
        file = bar.addMenu(self.tr("&File"))
        self._action(file, self.tr("&Open element file…"), self.open_elements, QKeySequence.Open, self.tr("Add TLE or OMM element sets"))
        self._action(file, self.tr("&Paste element sets"), self.paste_elements, "Ctrl+Shift+V", self.tr("Add TLE or OMM text from the clipboard"))
        file.addSeparator()
        self.article_anchor = file.addSeparator()  # the article panel adds its actions before this
        self.refresh_anchor = file.addSeparator()  # the refresh actions go before this
        self._action(file, self.tr("Export map as &PNG…"), self.export_png, "Ctrl+E")
        self._action(file, self.tr("Export map as &SVG…"), self.export_svg, "Ctrl+Shift+E")
        self._action(file, self.tr("Export passes as &CSV…"), self.export_csv, "Ctrl+Shift+C")
        file.addSeparator()
        self._action(file, self.tr("&Quit"), self.close, "Ctrl+Q")
        analysis = bar.addMenu(self.tr("&Analysis"))
        self._action(analysis, self.tr("&Run"), self.run_analysis, "Ctrl+R")
        self._action(analysis, self.tr("&Cancel"), self.cancel_analysis, "Esc")
        self._action(analysis, self.tr("Region from &GeoJSON…"), self.open_geojson)
        view = bar.addMenu(self.tr("&View"))
        for dock in self.docks.values():
            view.addAction(dock.toggleViewAction())
        view.addSeparator()
        self._action(view, self.tr("&Presentation mode"), self.toggle_presentation, "F11",
                     self.tr("Full-screen map for a room: large type, clock and statistics on the map (Esc leaves)"))
        self.globe_action = self._action(view, self.tr("&Globe"), self.toggle_globe, "Ctrl+G",
                                         self.tr("An orthographic globe with the orbit as a ring in space (Ctrl+G again: the map)"))
        self.globe_action.setCheckable(True)
        self.follow_action = self._action(view, self.tr("&Follow the satellite"), self.toggle_follow, "Ctrl+F",
                                          self.tr("Keep the first satellite centred while time runs"))
        self.follow_action.setCheckable(True)
        self.band_action = self._action(view, self.tr("&Uncertainty band"), self.toggle_band, "Ctrl+U",
                                        self.tr("Draw where the first satellite may be (90 % of its uncertainty model)"))
        self.band_action.setCheckable(True)
        self.all_action = self._action(view, self.tr("&All satellites"), self.toggle_all_satellites, "Ctrl+Shift+A",
                                       self.tr("Every loaded satellite as a dot at the clock's time, coloured by orbit "
                                               "class; hover names one, a click selects it"))
        self.all_action.setCheckable(True)
        self.palette_action = self._action(view, self.tr("Colour-&blind-safe colours"), self.toggle_palette, None,
                                           self.tr("Okabe-Ito colours for tracks and passes (the default)"))
        self.palette_action.setCheckable(True)
        self.palette_action.setChecked(True)
        self._action(view, self.tr("&Reset layout"), self.default_layout, "Ctrl+Shift+0", self.tr("Put every panel back in its place"))
        self._action(view, self.tr("Whole &world"), lambda: self.map.set_view(0, 0, 1), "Ctrl+0")
        self._action(view, self.tr("Zoom to &region"), self.zoom_to_region, "Ctrl+Shift+R")
        self._action(view, self.tr("Play / pause"), self.timebar.toggle_play, "Space")
        self._action(view, self.tr("Go to &now"), self.timebar.go_now, "Ctrl+N")
        view.addSeparator()
        self.language_actions, self.hijri_action = self._language_menu(view)
        helpm = bar.addMenu(self.tr("&Help"))
        self._action(helpm, self.tr("&What am I looking at?"), self._show_help, "F1")
        self._action(helpm, self.tr("&About Overflight"), self._about)

    def _language_menu(self, view):
        """View > Language: each language in its own name; the choice is saved and used from the next start."""
        menu = view.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        current = i18n.language()
        for code, name in i18n.LANGUAGES.items():
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            group.addAction(action)
        group.triggered.connect(self._language_chosen)
        hijri = self._action(view, self.tr("Solar &Hijri dates"), self._hijri_toggled, None,
                             self.tr("Show dates in the Solar Hijri calendar beside UTC"))
        hijri.setCheckable(True)
        hijri.setChecked(i18n.solar_hijri())
        hijri.setVisible(current == "fa")  # offered to Persian users
        return group, hijri

    def _language_chosen(self, action) -> None:
        code = action.data()
        if self.settings is not None:
            self.settings.setValue(i18n.SETTINGS_KEY, code)
            self.settings.sync()
        if code != i18n.language():
            QMessageBox.information(self, self.tr("Language"),
                                    self.tr("Overflight will start in {language} the next time it is opened.").format(
                                        language=i18n.isolate(i18n.LANGUAGES[code])))

    def _hijri_toggled(self) -> None:
        i18n.set_solar_hijri(self.hijri_action.isChecked())
        if self.settings is not None:
            self.settings.setValue(i18n.CALENDAR_KEY, "true" if self.hijri_action.isChecked() else "false")
        self.timebar._show_time(self.session.time_s)

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
        s.layer_changed.connect(lambda: self.all_action.setChecked(s.show_all_satellites))
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
        self.sky_room.key_handler = self._presentation_key
        self._update_room_overlay()
        self.showFullScreen()
        self.map.setFocus()
        self.map._invalidate_base()

    def leave_presentation(self):
        if not self.presenting:
            return
        self.map.room_scale = 1.0
        self.map.key_handler = None
        self.sky_room.key_handler = None
        self.map.overlay_lines = []
        self.menuBar().show()
        self.statusBar().show()
        self._show_view()  # the map (or the globe) again, if the sky was presented
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
        elif key == Qt.Key_K:  # the sky at the observer, large, instead of the map (K again: back)
            sky = self.views.currentWidget() is not self.sky_room
            self.views.setCurrentWidget(self.sky_room) if sky else self._show_view()
            (self.sky_room if sky else self.map).setFocus()
        else:
            return False
        self._update_room_overlay()
        return True

    def _update_room_overlay(self, *_):
        if not self.presenting:
            return
        a = self.session.analysis
        lines = [self.tr("speed {0}  ·  Space: play/pause  ·  +/-: speed  ·  arrows: step  ·  K: sky  ·  Esc: leave").format(
            self.timebar.speed.currentText())]
        if a is not None:
            lines.insert(0, self.tr("Over {region} ({settings}):").format(region=i18n.isolate(i18n.region_text(a.region)),
                                                                          settings=i18n.settings_text(a)))
            for n, st in a.stats.items():
                es = self.session.catalog.get(n)
                name = i18n.isolate(i18n.sat_label(es) if es else n)
                if st.mean_gap_s is not None:
                    lines.insert(-1, self.tr("{name}: {rate:.2f} passes a day, revisit mean {gap}").format(
                        name=name, rate=st.passes_per_day, gap=i18n.duration_text(st.mean_gap_s)))
                else:
                    lines.insert(-1, self.tr("{name}: {rate:.2f} passes a day").format(name=name, rate=st.passes_per_day))
        lines = [i18n.localize_digits(line) for line in lines]
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
            i18n.keep_left_to_right(self.globe)
            self.views.addWidget(self.globe)
        self.views.setCurrentWidget(self.globe if show else self.map)
        self.globe_action.setChecked(show)

    def toggle_all_satellites(self):
        self.session.set_show_all_satellites(self.all_action.isChecked())

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
                self.status.showMessage(self.tr("Region: {name}").format(name=i18n.isolate(i18n.country_name(name))), 4000)
            else:
                self.status.showMessage(self.tr("No country there (open sea): click on land"), 4000)
        elif mode == "circle":
            km = self.analysis.radius.value()
            self.session.set_region_spec({"kind": "circle", "name": f"{km:g} km around {lat:.2f}, {lon:.2f}", "lat": lat, "lon": lon, "km": km})

    def _box_drawn(self, south, west, north, east):
        try:
            self.session.set_region_spec({"kind": "box", "south": south, "west": west, "north": north, "east": east})
        except RegionError as exc:
            self.status.showMessage(str(exc), 6000)

    def open_geojson(self):
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Region from GeoJSON"), "", self.tr("GeoJSON (*.geojson *.json);;All files (*)"))
        if path:
            try:
                region = self.session.set_region_spec({"kind": "geojson", "path": path})
            except RegionError as exc:
                QMessageBox.warning(self, self.tr("Region"), one_line(exc))
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
                self.analysis.error.setText(self.tr("Choose a satellite on the left and a region above, then Run."))
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

        self.status.showMessage(self.tr("Computing passes over {name}…").format(name=i18n.isolate(i18n.region_text(region))))
        self.runner.submit(job)

    def _analysis_done(self, result):
        self.analysis.set_busy(False)
        first = self.session.analysis is None
        self.session.set_analysis(result)
        if first and self.docks["Passes"].height() < self.results.wanted_height(self.height()) - 20:
            self.resizeDocks([self.docks["Passes"]], [self.results.wanted_height(self.height())], Qt.Vertical)
        n = sum(len(p) for p in result.passes.values())
        self.status.showMessage(self.tr("{n} passes over {region} in {days:g} days").format(
            n=n, region=i18n.isolate(i18n.region_text(result.region)), days=(result.end_s - result.start_s) / 86400), 6000)

    def _analysis_failed(self, message):
        self.analysis.set_busy(False)
        self.analysis.error.setText(message.splitlines()[0])
        self.status.showMessage(self.tr("Analysis failed: {0}").format(message.splitlines()[0]), 8000)

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
        return self._add_element_file(path)[0]

    def _add_element_file(self, path) -> tuple[str, list]:
        """(the line to show, the records skipped) for a file's element sets added to the session."""
        reason = unreadable_reason(path, MAX_ELEMENT_FILE_BYTES, "an element file")
        if reason:
            raise ElementError(reason)
        sets, issues = read_element_file(path)
        taken = self.session.add_sets(sets)
        if sets and not self.session.selected:
            self.session.select([sets[0].satnum])
        message = self.tr("{file}: {0} element sets read, {1} new or newer").format(len(sets), len(taken), file=Path(path).name)
        if issues:
            message += self.tr("; {0} records skipped (first: {1})").format(len(issues), issues[0])
        return message, issues

    def open_elements(self):
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Open element sets"), "", self.tr("Element sets (*.tle *.txt *.3le *.json *.csv);;All files (*)"))
        for path in paths:
            self._report_elements(path)

    def _report_elements(self, path):
        try:
            message, issues = self._add_element_file(path)
        except ElementError as exc:
            QMessageBox.warning(self, self.tr("Element sets"), one_line(exc))
            return
        self.status.showMessage(message, 10000)
        if issues:  # records were skipped: say which, in a dialog that stays until read
            QMessageBox.information(self, self.tr("Element sets"), message)

    def paste_elements(self):
        text = QGuiApplication.clipboard().text()
        if len(text) > MAX_ELEMENT_FILE_BYTES:  # characters, at least one byte each: the element file limit
            QMessageBox.warning(self, self.tr("Paste element sets"), self.tr("The clipboard holds {0:.0f} million characters: too much for element sets (limit {1:.0f} MB)").format(len(text) / 1e6, MAX_ELEMENT_FILE_BYTES / 1e6))
            return
        sets, issues = parse_text(text, "clipboard")
        if not sets:
            detail = f" ({issues[0]})" if issues else ""
            QMessageBox.warning(self, self.tr("Paste element sets"),
                                one_line(self.tr("The clipboard holds no TLE or OMM element sets") + detail))
            return
        self.session.add_sets(sets)
        self.session.select([sets[0].satnum])
        self.status.showMessage(self.tr("{0} element sets pasted, {1} skipped").format(len(sets), len(issues)) if issues
                                else self.tr("{0} element sets pasted").format(len(sets)), 8000)

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
        path = path or QFileDialog.getSaveFileName(self, self.tr("Export map as PNG"), "overflight-map.png", self.tr("PNG image (*.png)"))[0]
        if path:
            try:
                with replaced_when_written(path, "map") as tmp:  # a failed save leaves it empty: refused
                    self.render_map_image(2.0).save(tmp, "PNG")
            except OSError as exc:
                self.status.showMessage(self.tr("Could not write {path}: {0}").format(exc.strerror or exc, path=path), 6000)
                return False
            self.status.showMessage(self.tr("Map saved to {path}").format(path=path), 6000)
            return True

    def export_svg(self, path=None):
        path = path or QFileDialog.getSaveFileName(self, self.tr("Export map as SVG"), "overflight-map.svg", self.tr("SVG drawing (*.svg)"))[0]
        if not path:
            return False
        try:
            with replaced_when_written(path, "map") as tmp:  # a generator that could not write leaves it empty
                gen = QSvgGenerator()
                gen.setFileName(tmp)
                gen.setSize(self.map.size())
                gen.setViewBox(QRectF(0, 0, self.map.width(), self.map.height()))
                gen.setTitle(self.tr("Overflight map"))
                flagged = flag_notes(self.session.selected_sets())
                gen.setDescription("Natural Earth (public domain)" + "".join(f"; {note}" for note in flagged))
                painter = QPainter(gen)
                self.map.render_to(painter)
                painter.end()
        except OSError as exc:
            self.status.showMessage(self.tr("Could not write {path}: {0}").format(exc.strerror or exc, path=path), 6000)
            return False
        self.status.showMessage(self.tr("Map saved to {path}").format(path=path), 6000)
        return True

    def export_csv(self, path=None):
        a = self.session.analysis
        if a is None:
            QMessageBox.information(self, self.tr("Export passes"), self.tr("Run an analysis first."))
            return False
        path = path or QFileDialog.getSaveFileName(self, self.tr("Export passes as CSV"), "overflight-passes.csv", self.tr("CSV (*.csv)"))[0]
        if not path:
            return False
        return self.write_file(path, self.tr("Export passes"),
                               lambda out: write_passes_csv(out, a, self.session.catalog.get,
                                                            flag_notes(self.session.selected_sets()),
                                                            owners=owners_by_number(self.session.metadata)),
                               self.tr("{0} passes saved to {path}").format(len(a.all_passes()), path=path))

    # ------------------------------------------------------------------ help
    def _show_help(self):
        dock = self.docks["What am I looking at?"]
        dock.show()
        dock.raise_()

    def _about(self):
        QMessageBox.about(self, self.tr("About Overflight"),
                          self.tr("<b>Overflight</b>: satellite ground tracks, revisit analysis and news context.<br>"
                          "Orbits: SGP4 (sgp4, skyfield). Sun: JPL DE421. Map: Natural Earth (public domain).<br>"
                          "Element sets marked APPROXIMATE are built from published orbit figures."))

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
        restore_sky(self.session, st)

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
        save_sky(self.session, st)
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
