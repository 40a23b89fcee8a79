"""Side panels: satellites, analysis settings, results, time bar and help."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QDateTime, QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal, QTimeZone
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QCompleter, QDateTimeEdit, QDoubleSpinBox,
                               QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QProgressBar, QPushButton, QScrollArea, QSlider, QSplitter, QTableView,
                               QTextBrowser, QToolButton, QVBoxLayout, QWidget)

from desktop.core import timebase
from desktop.core.access import AccessError
from desktop.core.orbit import summarize
from desktop.core.regions import atlas
from desktop.core.revisit import format_duration


DESIGNED_COLOUR = QColor("#1d3f8a")


def scrolling(widget, horizontal: bool = True) -> QScrollArea:
    """A frameless scroll area around a panel's content: a tall form scrolls instead of growing the window."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.NoFrame)
    if not horizontal:  # the content fits the column's width
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    return area


def inline(*widgets) -> QWidget:
    """Widgets side by side in one form row (text between them as plain strings)."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        row.addWidget(QLabel(w) if isinstance(w, str) else w)
    return holder


def form_group(title: str, *rows):
    """A titled group of form rows that wrap in a narrow column (a label goes above its field).

    Rows are (label, widget) pairs or single widgets spanning the row; returns the group and its form.
    """
    box = QGroupBox(title)
    form = QFormLayout(box)
    form.setRowWrapPolicy(QFormLayout.WrapLongRows)
    for row in rows:
        if isinstance(row, tuple):
            form.addRow(*row)
        else:
            form.addRow(row)
    return box, form


def _html_rows(rows):
    return "<table cellspacing=2>" + "".join(
        f"<tr><td style='color:#555;padding-right:8px' valign=top>{k}</td><td>{v}</td></tr>" for k, v in rows) + "</table>"


# ----------------------------------------------------------------------------- satellites


class SatellitePanel(QWidget):
    """Searchable catalogue (approximate flags, element ages) and the orbit summary."""

    open_requested = Signal()
    paste_requested = Signal()

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.search = QLineEdit(placeholderText="Search satellites (name or number)…", clearButtonEnabled=True)
        self.search.setToolTip("Type part of a name or a catalogue number to filter the list")
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.list.setToolTip("Select one satellite, or several with Ctrl/Shift, to compare them")
        self.summary = QTextBrowser()
        self.summary.setOpenExternalLinks(False)
        open_button = QPushButton("Open elements…")
        open_button.setToolTip("Add element sets from a TLE or OMM file (Ctrl+O)")
        open_button.clicked.connect(self.open_requested)
        paste_button = QPushButton("Paste")
        paste_button.setToolTip("Add TLE or OMM text from the clipboard")
        paste_button.clicked.connect(self.paste_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(open_button)
        buttons.addWidget(paste_button)
        self.button_row = buttons
        split = QSplitter(Qt.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.search)
        top_layout.addWidget(self.list)
        top_layout.addLayout(buttons)
        split.addWidget(top)
        split.addWidget(self.summary)
        split.setSizes([300, 260])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split)
        self.search.textChanged.connect(self._filter)
        self.list.itemSelectionChanged.connect(self._selection_from_list)
        session.catalog_changed.connect(self.populate)
        session.selection_changed.connect(self._sync_selection)
        session.time_changed.connect(lambda *_: self.show_summary())
        session.elements_changed.connect(self._elements_changed)
        self._summary_later = QTimer(self, singleShot=True, interval=150, timeout=self.show_summary)
        self.populate()

    def _elements_changed(self, satnum):
        # a moving Orbit lab slider changes the elements many times a second: summarise once it rests
        if self.session.selected and self.session.selected[0] == satnum:
            self._summary_later.start()

    def add_button(self, action, text: str):
        """A button for a window action (its shortcut and tip shown in the tooltip)."""
        button = QToolButton()
        button.setDefaultAction(action)
        button.setText(text)
        button.setToolTip(f"{action.statusTip() or action.text()} ({action.shortcut().toString()})")
        button.setToolButtonStyle(Qt.ToolButtonTextOnly)
        self.button_row.addWidget(button)
        return button

    def populate(self):
        self.list.blockSignals(True)
        self.list.clear()
        now = timebase.now_s()
        for es in self.session.catalog:
            age = es.age_days(now)
            text = f"{es.name}  ·  {es.satnum}  ·  {age:.0f} d"
            if es.flag:
                text += f"  ·  {es.flag}"
            elif es.retrieved_s is not None:
                text += "  ·  CelesTrak"
            item = QListWidgetItem(text)
            item.setData(Qt.UserRole, es.satnum)
            stale = abs(age) > 14
            item.setToolTip(f"{es.label}\nelements {es.epoch_iso} ({age:.0f} days old)\nsource: {es.source}"
                            + ("\nolder than two weeks: positions drift" if stale else ""))
            if es.approximate:
                item.setForeground(QColor("#a04000"))
            elif es.designed:
                item.setForeground(DESIGNED_COLOUR)
            elif stale and not es.designed:
                item.setForeground(QColor("#7a6a00"))
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._filter(self.search.text())
        self._sync_selection()

    def _filter(self, text):
        key = text.strip().casefold()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(key) and key not in item.text().casefold())

    def _selection_from_list(self):
        nums = [item.data(Qt.UserRole) for item in self.list.selectedItems()]
        # keep the order in which the session had them, new ones last
        ordered = [n for n in self.session.selected if n in nums] + [n for n in nums if n not in self.session.selected]
        if ordered:
            self.session.select(ordered)

    def _sync_selection(self):
        self.list.blockSignals(True)
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setSelected(item.data(Qt.UserRole) in self.session.selected)
            if item.data(Qt.UserRole) == (self.session.selected[0] if self.session.selected else None):
                self.list.scrollToItem(item)
        self.list.blockSignals(False)
        self.show_summary()

    def show_summary(self):
        es = self.session.primary()
        if es is None:
            self.summary.setHtml("<i>Choose a satellite.</i>")
            return
        s = summarize(es, self.session.time_s)
        rows = s.lines()
        html = f"<h3 style='margin:2px'>{es.name}</h3>"
        if es.approximate:
            html += ("<p style='background:#fff0e0;color:#8a3a00;padding:4px'><b>Approximate elements</b>: "
                     f"{es.derivation}. Where the satellite is along its orbit is not known.</p>")
        if es.designed:
            html += ("<p style='background:#e8f0ff;color:#1d3f8a;padding:4px'><b>Designed orbit</b>: "
                     f"{es.derivation}. Made in the Orbit lab: no real satellite flies it.</p>")
        age_now = es.age_days(timebase.now_s())
        if age_now > 14 and not es.flag:
            html += (f"<p style='background:#fff8d0;padding:4px'>⚠ These elements are {age_now:.0f} days old: "
                     "use File ▸ Refresh elements (F5) when online.</p>")
        if s.age_warning:
            html += f"<p style='background:#fff8d0;padding:4px'>⚠ {s.age_warning}</p>"
        skip = {"Satellite", "Warning"} | ({"Elements"} if es.flag else set())  # the banner above says it
        html += _html_rows([(k, v) for k, v in rows if k not in skip])
        self.summary.setHtml(html)


# ----------------------------------------------------------------------------- analysis


class AnalysisPanel(QWidget):
    """Region, criterion, daylight and window; Run with progress and Cancel."""

    run_requested = Signal()
    cancel_requested = Signal()
    map_mode_requested = Signal(str)
    zoom_requested = Signal()
    ranges_toggled = Signal()

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.region_box = QComboBox(editable=True)
        self.region_box.setInsertPolicy(QComboBox.NoInsert)
        self.region_box.setToolTip("The analysis region: type a country's name in any language Natural Earth knows")
        names = atlas().names()
        self.region_box.addItems(names)
        self.region_box.setCurrentIndex(-1)
        self.region_box.lineEdit().setPlaceholderText("Country (type to search)…")
        completer = QCompleter(names, self)
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        completer.setFilterMode(Qt.MatchContains)
        self.region_box.setCompleter(completer)
        self.region_box.activated.connect(self._country_chosen)
        self.region_box.lineEdit().returnPressed.connect(self._country_typed)
        pick = QToolButton(text="Click a country", checkable=True)
        pick.setToolTip("Then click a country on the map to make it the region")
        box = QToolButton(text="Draw a box", checkable=True)
        box.setToolTip("Then drag on the map to draw a latitude/longitude box")
        circle = QToolButton(text="Circle", checkable=True)
        circle.setToolTip("Then click on the map to place a circle of the radius beside")
        self.radius = QDoubleSpinBox(suffix=" km", minimum=1, maximum=5000, value=200, decimals=0)
        self.radius.setToolTip("Radius of the circle placed by clicking on the map")
        self.mode_buttons = {"pick": pick, "box": box, "circle": circle}
        for mode, button in self.mode_buttons.items():
            button.toggled.connect(lambda on, m=mode: self._mode_toggled(m, on))
        self.region_label = QLabel("<i>No region yet</i>")
        self.region_label.setWordWrap(True)
        self.criterion = QComboBox()
        self.criterion.setToolTip("What counts as 'over the region': camera reach, directly overhead, or radio contact")
        self.criterion.addItem("Camera can see it (off-nadir angle)", "sensor")
        self.criterion.addItem("Directly overhead (ground track crosses)", "nadir")
        self.criterion.addItem("Radio contact (elevation mask)", "contact")
        self.angle = QDoubleSpinBox(suffix="°", minimum=0, maximum=89, value=30, decimals=1)
        self.angle.setToolTip("Camera: largest angle from straight down; radio: lowest elevation above the horizon")
        self._angles = {"sensor": 30.0, "contact": 10.0}
        self.angle_label = QLabel("Off-nadir angle")
        self.daylight = QCheckBox("Daylight only, Sun above")
        self.daylight.setChecked(True)
        self.daylight.setToolTip("Keep only passes with the Sun above this height at the region (a camera needs light)")
        self.sun = QDoubleSpinBox(suffix="°", minimum=-18, maximum=60, value=0, decimals=0)
        self.sun.setToolTip("Lowest Sun elevation at the region that counts as daylight")
        self.ranges = QCheckBox("Ranges from the elements' uncertainty")
        self.ranges.setToolTip("Also sample 32 element sets from the uncertainty model: pass start windows and "
                               "5-95 % ranges of the statistics (takes several seconds more)")
        self.days = QDoubleSpinBox(suffix=" days", minimum=1, maximum=366, value=30, decimals=0)
        self.days.setToolTip("Analysis window, from the time bar's start")
        self.run_button = QPushButton("Run")
        self.run_button.setDefault(True)
        self.run_button.setToolTip("Compute the passes (Ctrl+R)")
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip("Stop the computation (Esc); the last result stays")
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#b00020")

        where = QGroupBox("Where")
        wl = QVBoxLayout(where)
        wl.addWidget(self.region_box)
        row = QHBoxLayout()
        for b in (pick, box):
            row.addWidget(b)
        row.addStretch(1)
        wl.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(circle)
        row.addWidget(self.radius)
        row.addStretch(1)
        wl.addLayout(row)
        zoom = QToolButton(text="Zoom to region")
        zoom.setToolTip("Fit the map to the region (Ctrl+Shift+R, or double-click the region)")
        zoom.clicked.connect(self.zoom_requested)
        row.addWidget(zoom)
        wl.addWidget(self.region_label)
        how = QGroupBox("How")
        form = QFormLayout(how)
        form.addRow(self.criterion)
        form.addRow(self.angle_label, self.angle)
        sun_row = QHBoxLayout()
        sun_row.addWidget(self.daylight)
        sun_row.addWidget(self.sun)
        form.addRow(sun_row)
        form.addRow("Window", self.days)
        form.addRow(self.ranges)
        self.ranges.toggled.connect(self.ranges_toggled)
        run_row = QHBoxLayout()
        run_row.addWidget(self.run_button)
        run_row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(where)
        layout.addWidget(how)
        layout.addLayout(run_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.run_button.clicked.connect(self.run_requested)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.criterion.currentIndexChanged.connect(self._criterion_kind_changed)
        for w in (self.angle, self.sun, self.days):
            w.valueChanged.connect(self.push_settings)
        self.daylight.toggled.connect(self.push_settings)
        session.region_changed.connect(self._show_region)
        session.settings_changed.connect(self.show_settings)
        self._shown_kind = None
        self.show_settings()

    def _mode_toggled(self, mode, on):
        if on:
            for other, button in self.mode_buttons.items():
                if other != mode:
                    button.setChecked(False)
            self.map_mode_requested.emit(mode)
        elif not any(b.isChecked() for b in self.mode_buttons.values()):
            self.map_mode_requested.emit("pan")

    def _country_chosen(self, index):
        self.set_country(self.region_box.itemText(index))

    def _country_typed(self):
        self.set_country(self.region_box.currentText())

    def set_country(self, name: str):
        from desktop.core.regions import RegionError

        try:
            self.session.set_region_spec({"kind": "country", "name": name})
        except RegionError as exc:
            self.error.setText(str(exc))
            return
        self.error.clear()

    def _show_region(self):
        region = self.session.region
        if region is None:
            self.region_label.setText("<i>No region yet</i>")
            return
        self.region_label.setText(f"<b>{region.describe()}</b> ({region.kind})")
        if region.kind == "country":
            self.region_box.blockSignals(True)
            self.region_box.setCurrentText(region.name)
            self.region_box.blockSignals(False)

    def _criterion_kind_changed(self):
        """Show the angle of the chosen criterion; each criterion keeps its own last value."""
        kind = self.criterion.currentData()
        previous = self._shown_kind
        if previous in self._angles:
            self._angles[previous] = self.angle.value()
        self._shown_kind = kind
        self.angle.blockSignals(True)
        self.angle_label.setText({"sensor": "Off-nadir angle", "contact": "Elevation mask"}.get(kind, "Angle"))
        self.angle.setEnabled(kind in self._angles)
        if kind in self._angles:
            self.angle.setValue(self._angles[kind])
        self.angle.blockSignals(False)
        self.push_settings()

    def push_settings(self, *_):
        """A user's edit: the settings go to the session (which refuses a criterion the core does not accept)."""
        self.sun.setEnabled(self.daylight.isChecked())
        try:
            self.session.set_settings(kind=self.criterion.currentData(), angle_deg=self.angle.value(),
                                      daylight=self.daylight.isChecked(), sun_deg=self.sun.value(),
                                      days=self.days.value())
        except AccessError as exc:
            self.error.setText(str(exc))
            return
        self.error.clear()

    def show_settings(self):
        """Show the session's settings (a lesson, the saved settings or the command line set them)."""
        st = self.session.settings
        widgets = (self.criterion, self.angle, self.daylight, self.sun, self.days)
        for w in widgets:
            w.blockSignals(True)
        index = self.criterion.findData(st.kind)
        if index >= 0:
            self.criterion.setCurrentIndex(index)
        if st.kind in self._angles:
            self._angles[st.kind] = st.angle_deg
        self._shown_kind = st.kind
        self.angle_label.setText({"sensor": "Off-nadir angle", "contact": "Elevation mask"}.get(st.kind, "Angle"))
        self.angle.setEnabled(st.kind in self._angles)
        self.angle.setValue(st.angle_deg)
        self.daylight.setChecked(st.daylight)
        self.sun.setValue(st.sun_deg)
        self.sun.setEnabled(st.daylight)
        self.days.setValue(st.days)
        for w in widgets:
            w.blockSignals(False)

    def set_busy(self, busy: bool):
        self.cancel_button.setEnabled(busy)
        self.progress.setValue(0 if busy else self.progress.value())
        if not busy:
            self.progress.setValue(0)


# ----------------------------------------------------------------------------- results

COLUMNS = ["Satellite", "Start (UTC)", "Duration", "Closest (UTC)", "Off-nadir", "Max elev.", "Sun", "Local time", "Direction",
           "Start window (share)"]


class PassTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.passes = []

    def set_passes(self, passes, windows=None):
        """Passes, and optionally their start windows {(satnum, start): (earliest, latest, share)}."""
        self.beginResetModel()
        self.passes = list(passes)
        self.windows = windows or {}
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.passes)

    def columnCount(self, parent=QModelIndex()):
        return len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return COLUMNS[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        p = self.passes[index.row()]
        col = index.column()
        window = self.windows.get((p.satnum, p.start_s))
        if col == len(COLUMNS) - 1:
            if role == Qt.UserRole:
                return (window[1] - window[0]) if window else -1.0
            if role == Qt.DisplayRole:
                if window is None:
                    return "—"
                return (f"{timebase.iso_utc(window[0])[11:16]}–{timebase.iso_utc(window[1])[11:16]}"
                        f" ({100 * window[2]:.0f} %)")
            if role == Qt.ToolTipRole:
                return "Where the pass may start, 5-95 % of the sampled element sets, and how many of them have it"
            return None
        if role == Qt.UserRole:  # sort keys
            return [p.name, p.start_s, p.duration_s, p.closest_s, p.off_nadir_deg, p.max_elevation_deg,
                    p.sun_elevation_deg, p.local_solar_time_h, p.ascending][col]
        if role == Qt.DisplayRole:
            lst = p.local_solar_time_h
            return [p.name, timebase.iso_utc(p.start_s).replace("T", " ")[:-1], format_duration(p.duration_s),
                    timebase.iso_utc(p.closest_s)[11:-1], f"{p.off_nadir_deg:.1f}°", f"{p.max_elevation_deg:.1f}°",
                    f"{p.sun_elevation_deg:.0f}°", f"{int(lst):02d}:{int(lst % 1 * 60):02d}",
                    "ascending" if p.ascending else "descending"][col]
        if role == Qt.ToolTipRole and col == 6:
            return "Sun elevation at the nearest point of the region, at closest approach"
        if role == Qt.BackgroundRole and not p.daylight:
            return QBrush(QColor(230, 232, 245))
        return None


class Timeline(QWidget):
    """The analysis window as a strip: day and night shading at the region, passes as bars."""

    time_clicked = Signal(float)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setMinimumHeight(34)
        self.setMaximumHeight(40)
        self.setToolTip("Passes in the analysis window; shading is night at the region. Click to go to a time.")
        self._sun = None
        session.analysis_changed.connect(self._recompute)
        session.time_changed.connect(lambda *_: self.update())

    def _recompute(self):
        a = self.session.analysis
        self._sun = None
        if a is not None:
            lat, lon = _region_centre(a.region)
            t = np.linspace(a.start_s, a.end_s, 1500)
            self._sun = (t, timebase.sun_elevation_deg(np.full(t.size, lat), np.full(t.size, lon), t))
        self.update()

    def paintEvent(self, event):
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#fbfbf7"))
        a = self.session.analysis
        if a is None:
            p.setPen(QColor(120, 120, 120))
            p.drawText(self.rect(), Qt.AlignCenter, "Run an analysis to see its passes here")
            return
        w, h = self.width(), self.height()
        span = a.end_s - a.start_s
        if self._sun is not None:
            t, sun = self._sun
            x = (t - a.start_s) / span * w
            night = sun < 0
            edges = np.flatnonzero(np.diff(night.astype(int)))
            bounds = np.concatenate([[0], edges + 1, [len(t)]])
            for i0, i1 in zip(bounds[:-1], bounds[1:]):
                if night[i0]:
                    p.fillRect(int(x[i0]), 0, max(1, int(x[min(i1, len(x) - 1)] - x[i0]) + 1), h, QColor(40, 50, 90, 60))
        rows = list(a.passes)
        row_h = max(4, (h - 6) / max(1, len(rows)))
        for k, satnum in enumerate(rows):  # one row per satellite
            for pss in a.passes[satnum]:
                x0 = (pss.start_s - a.start_s) / span * w
                x1 = (pss.end_s - a.start_s) / span * w
                p.fillRect(int(x0), int(3 + k * row_h), max(2, int(x1 - x0)), int(row_h - 1), QColor(255, 150, 0))
        now = self.session.time_s
        if a.start_s <= now <= a.end_s:
            x = (now - a.start_s) / span * w
            p.setPen(QPen(QColor(200, 0, 0), 2))
            p.drawLine(int(x), 0, int(x), h)
        p.setPen(QColor(90, 90, 90))
        for day in range(0, int(span // 86400) + 1, max(1, int(span // 86400) // 10 or 1)):
            x = day * 86400 / span * w
            p.drawLine(int(x), h - 4, int(x), h)

    def mousePressEvent(self, event):
        a = self.session.analysis
        if a is not None:
            self.time_clicked.emit(a.start_s + event.position().x() / max(1, self.width()) * (a.end_s - a.start_s))


def _region_centre(region):
    c = region.cap_centre
    return float(np.degrees(np.arcsin(c[2]))), float(np.degrees(np.arctan2(c[1], c[0])))


class ResultsPanel(QWidget):
    """Statistics, the sortable pass table and the timeline strip."""

    pass_selected = Signal(object)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.stats = QLabel("<i>Choose a satellite and a region, then press Run.</i>")
        self.stats.setWordWrap(True)
        self.stats.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.stats.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.model = PassTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.UserRole)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.timeline = Timeline(session)
        self.timeline.time_clicked.connect(session.set_time)
        layout = QHBoxLayout(self)  # statistics on the left, timeline and table beside them: a low panel
        layout.setContentsMargins(4, 2, 4, 2)
        stats_scroll = scrolling(self.stats)
        stats_scroll.setMinimumWidth(260)
        stats_scroll.setMinimumHeight(22)  # one line when there is nothing to show yet
        self.stats_scroll = stats_scroll
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.timeline)
        right.addWidget(self.table, 1)
        layout.addWidget(stats_scroll, 2)
        layout.addLayout(right, 3)
        session.analysis_changed.connect(self.show_analysis)
        self._show_parts(False)

    def _show_parts(self, results: bool) -> None:
        """An empty panel is one line of text; the timeline and the table appear with the first passes."""
        self.timeline.setVisible(results)
        self.table.setVisible(results)

    def wanted_height(self, window_height: int) -> int:
        if self.session.analysis is None:
            return 48
        return int(min(max(window_height * 0.2, 130), 300))

    def show_analysis(self):
        a = self.session.analysis
        self._show_parts(a is not None)
        if a is None:
            self.model.set_passes([])
            return
        windows = {}
        for satnum, (by_start, _ranges) in (a.uncertainty or {}).items():
            windows.update({(satnum, start): w for start, w in by_start.items()})
        self.model.set_passes(a.all_passes(), windows)
        sets = {es.satnum: es for es in self.session.catalog}
        parts = [f"<b>{a.region.describe()}</b> · {a.settings_text()}"]
        approx = [sets[n].name for n in a.passes if n in sets and sets[n].approximate]
        designed = [sets[n].name for n in a.passes if n in sets and sets[n].designed]
        for n, st in a.stats.items():
            name = sets[n].label if n in sets else str(n)
            gap = (f"revisit mean {format_duration(st.mean_gap_s)}, median {format_duration(st.median_gap_s)}, "
                   f"longest {format_duration(st.longest_gap_s)}") if st.mean_gap_s is not None else (
                "no gap to measure" if st.accesses else f"no pass in {a.end_s / 86400 - a.start_s / 86400:g} days")
            ranges = (a.uncertainty or {}).get(n, (None, None))[1]
            big, nominal = f"{st.passes_per_day:.2f}", ""
            if ranges and ranges["passes_per_day"]["low"] is not None:
                r = ranges["passes_per_day"]
                big, nominal = f"{r['low']:.2f}–{r['high']:.2f}", f" (nominal {st.passes_per_day:.2f}, 5-95 % of 32 sets)"
                g = ranges.get("mean_gap_s", {})
                if g.get("low") is not None:
                    gap += f" (mean gap {format_duration(g['low'])}–{format_duration(g['high'])})"
            parts.append(f"<b>{name}</b>: <span style='font-size:large'><b>{big}</b></span> passes a day{nominal} "
                         f"({st.accesses} in all), {format_duration(st.total_in_view_s)} in view; {gap}")
        if a.combined is not None:
            st = a.combined
            parts.append(f"<b>All together</b>: {st.passes_per_day:.2f} a day, revisit mean {format_duration(st.mean_gap_s)}, "
                         f"longest {format_duration(st.longest_gap_s)}")
        hist = (a.combined or next(iter(a.stats.values()))).local_time_histogram
        if hist.sum():
            parts.append("Local solar time of passes: " + ", ".join(f"{h:02d}h ({n})" for h, n in enumerate(hist) if n))
        if designed:
            parts.append(f"<span style='color:#1d3f8a'>Designed orbits: {', '.join(designed)} (made in the Orbit lab).</span>")
        if approx:
            parts.append(f"<span style='color:#8a3a00'>Approximate elements for {', '.join(approx)}: "
                         "counts and local times are indicative, exact times are not.</span>")
        self.stats.setText("<br>".join(parts))

    def _row_changed(self, current, _previous):
        if current.isValid():
            p = self.model.passes[self.proxy.mapToSource(current).row()]
            self.pass_selected.emit(p)


# ----------------------------------------------------------------------------- time bar


class TimeBar(QWidget):
    """Start, span, current time with play/pause and speed, 'Now' and 'Element epoch'."""

    SPANS = [("1.5 hours", 5400), ("3 hours", 10800), ("6 hours", 21600), ("12 hours", 43200), ("1 day", 86400), ("3 days", 259200)]
    SPEEDS = [1, 10, 60, 300, 1800]

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.start = QDateTimeEdit()
        self.start.setTimeZone(QTimeZone.utc())
        self.start.setDisplayFormat("yyyy-MM-dd HH:mm 'UTC'")
        self.start.setCalendarPopup(True)
        self.start.setToolTip("Start of the track shown (UTC)")
        self.span = QComboBox()
        for label, seconds in self.SPANS:
            self.span.addItem(label, seconds)
        self.span.setCurrentIndex(2)
        self.slider = QSlider(Qt.Horizontal)
        self.slider.setRange(0, 1000)
        self.slider.setToolTip("Current time within the span")
        self.play = QPushButton("▶ Play")
        self.play.setCheckable(True)
        self.play.setToolTip("Play / pause (Space)")
        self.speed = QComboBox()
        for s in self.SPEEDS:
            self.speed.addItem(f"{s}×", s)
        self.speed.setCurrentIndex(2)
        self.step = QComboBox()
        for label, seconds in [("10 s", 10), ("1 min", 60), ("10 min", 600), ("1 h", 3600)]:
            self.step.addItem(label, seconds)
        self.step.setCurrentIndex(1)
        back = QToolButton(text="◀")
        back.setToolTip("Step back")
        fwd = QToolButton(text="▶|")
        fwd.setToolTip("Step forward")
        now = QPushButton("Now")
        epoch = QPushButton("Element epoch")
        self.clock = QLabel()
        self.clock.setToolTip("The time shown on the map (UTC)")
        now.setToolTip("Go to the current time (Ctrl+N)")
        epoch.setToolTip("Go to the epoch of the selected satellite's elements")
        self.speed.setToolTip("Playback speed")
        self.step.setToolTip("How far the step buttons move the time")
        self.span.setToolTip("Length of the track shown")
        self._row = [QLabel("Start"), self.start, QLabel("Span"), self.span, back, self.play, fwd, self.speed,
                     QLabel("Step"), self.step]
        self._tail = [self.clock, now, epoch]
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(6, 2, 6, 2)
        self._layout.setSpacing(2)
        self._row_a, self._row_b = QHBoxLayout(), QHBoxLayout()
        self._layout.addLayout(self._row_a)
        self._layout.addLayout(self._row_b)
        self._two_rows = None
        self.clock.setText(f"<b>{timebase.iso_utc(0.0).replace('T', ' ').replace('Z', ' UTC')}</b>")
        self.clock.setMinimumWidth(self.clock.sizeHint().width() + 4)  # the time never shows cut
        self._arrange(two_rows=False)
        self._layout.invalidate()
        self._one_row_width = self._layout.minimumSize().width() + 160  # narrower (slider < 160 px): two rows
        self._arrange(two_rows=True)
        self._layout.invalidate()
        self.setMinimumWidth(self._layout.minimumSize().width())  # two rows: the narrowest the bar can be
        self.timer = QTimer(self, interval=100)
        self.timer.timeout.connect(self._tick)
        self.play.toggled.connect(self._play_toggled)
        back.clicked.connect(lambda: self.session.set_time(self.session.time_s - self.step.currentData()))
        fwd.clicked.connect(lambda: self.session.set_time(self.session.time_s + self.step.currentData()))
        now.clicked.connect(self.go_now)
        epoch.clicked.connect(self.go_epoch)
        self.start.dateTimeChanged.connect(self._start_edited)
        self.span.currentIndexChanged.connect(self._start_edited)
        self.slider.valueChanged.connect(self._slider_moved)
        session.time_changed.connect(self._show_time)
        session.span_changed.connect(self._show_span)
        self._show_span()

    def _arrange(self, two_rows: bool) -> None:
        """One row on a wide window; on a narrow one the slider, the clock and its buttons get a second row."""
        if two_rows == self._two_rows:
            return
        self._two_rows = two_rows
        for row in (self._row_a, self._row_b):
            while row.count():
                row.takeAt(0)
        for w in self._row:
            self._row_a.addWidget(w)
        second = self._row_b if two_rows else self._row_a
        if two_rows:
            self._row_a.addStretch(1)
        second.addWidget(self.slider, 1)
        for w in self._tail:
            second.addWidget(w)

    def resizeEvent(self, event):
        self._arrange(two_rows=event.size().width() < self._one_row_width + 20)
        super().resizeEvent(event)

    def _play_toggled(self, on):
        self.play.setText("❚❚ Pause" if on else "▶ Play")
        self.timer.start() if on else self.timer.stop()

    def toggle_play(self):
        self.play.toggle()

    def _tick(self):
        self.session.set_time(self.session.time_s + self.speed.currentData() * self.timer.interval() / 1000.0)

    def go_now(self):
        now = timebase.now_s()
        self.session.set_span(now - self.span.currentData() / 4, self.span.currentData())
        self.session.set_time(now)

    def go_epoch(self):
        es = self.session.primary()
        if es is not None:
            self.session.set_span(es.epoch_s - self.span.currentData() / 4, self.span.currentData())
            self.session.set_time(es.epoch_s)

    def _start_edited(self, *_):
        start = self.start.dateTime().toSecsSinceEpoch()
        self.session.set_span(float(start), float(self.span.currentData()))

    def _slider_moved(self, value):
        s = self.session
        s.set_time(s.span_start_s + value / 1000.0 * s.span_s)

    def _show_span(self):
        s = self.session
        self.start.blockSignals(True)
        self.start.setDateTime(QDateTime.fromSecsSinceEpoch(int(s.span_start_s), QTimeZone.utc()))
        self.start.blockSignals(False)
        index = self.span.findData(int(s.span_s))
        self.span.blockSignals(True)
        if index >= 0:
            self.span.setCurrentIndex(index)
        self.span.blockSignals(False)
        self._show_time(s.time_s)

    def _show_time(self, time_s):
        s = self.session
        self.slider.blockSignals(True)
        self.slider.setValue(int(round((time_s - s.span_start_s) / s.span_s * 1000)))
        self.slider.blockSignals(False)
        self.clock.setText(f"<b>{timebase.iso_utc(time_s).replace('T', ' ').replace('Z', ' UTC')}</b>")


# ----------------------------------------------------------------------------- help


def _design_paragraph(session, es, summ) -> str:
    """What each Orbit lab control does, with the numbers of the design on the map."""
    from desktop.core import design as design_core

    d = session.lab_design if session.lab_design is not None and session.lab_design.satnum == es.satnum else None
    text = (f"<p style='color:#1d3f8a'><b>Designed orbit.</b> {es.name} was made in the Orbit lab; no real satellite "
            "flies it. Each control changes one thing:</p><ul>")
    change = design_core.what_if_higher(d, session.criterion) if d is not None else None
    if change is not None:
        period, revs, reach = change
        text += (f"<li><b>Height</b> ({(summ.perigee_km + summ.apogee_km) / 2:,.0f} km): 100 km higher, one orbit takes "
                 f"{period:+.1f} min longer, so {abs(revs):.2f} fewer orbits a day and fewer passes"
                 + (f", while the footprint grows by {reach:,.0f} km" if reach > 0 else "") + ".</li>")
    text += (f"<li><b>Inclination</b> ({summ.inclination_deg:.1f}°): the track reaches latitudes up to "
             f"{min(summ.inclination_deg, 180 - summ.inclination_deg):.1f}° N and S; places further from the equator are "
             "never overflown.</li>"
             f"<li><b>Sun-synchronous</b>: the tilt at which the Earth's bulge turns the orbit "
             f"{summ.node_drift_deg_per_day:+.3f}° a day here (0.986° is needed), so passes come at the same local time "
             "every day.</li>"
             "<li><b>Node time</b>: the local solar time at which the satellite crosses the equator northbound; it "
             "sets whether passes are in the morning, at noon or at night.</li>"
             "<li><b>Repeat R/D</b>: after R orbits in D days the track lies exactly on itself again; a longer cycle "
             "leaves narrower gaps between neighbouring tracks.</li>"
             "<li><b>Phase</b> (mean anomaly, or over a place at a time): where on the orbit the satellite is; it moves "
             "the passes in time but not the track's pattern.</li></ul>")
    return text


class HelpPanel(QTextBrowser):
    """'What am I looking at?', with the numbers of the current view."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setOpenExternalLinks(False)
        for signal in (session.selection_changed, session.analysis_changed, session.settings_changed, session.region_changed):
            signal.connect(self.refresh)
        # while an Orbit lab slider moves, explain the numbers once it rests
        self._later = QTimer(self, singleShot=True, interval=150, timeout=self.refresh)
        session.elements_changed.connect(lambda *_: self._later.start())
        self.refresh()

    def refresh(self, *_):
        s = self.session
        es = s.primary()
        parts = ["<h3>What am I looking at?</h3>"]
        if es is None:
            parts.append("<p>Choose a satellite in the list on the left.</p>")
            self.setHtml("".join(parts))
            return
        summ = summarize(es, s.time_s)
        parts.append(
            f"<p><b>Ground track.</b> The coloured line is the path of the point directly below {es.name}. "
            f"One orbit takes {summ.period_min:.1f} minutes, so it circles the Earth {summ.revs_per_day:.1f} times a day. "
            f"While it goes round once, the Earth turns beneath it, so each new track lies "
            f"{summ.track_shift_deg_per_orbit:.1f}° of longitude further west "
            f"(about {summ.track_shift_deg_per_orbit * 111.3 * math.cos(math.radians(40)):.0f} km at 40° latitude). "
            "The dashed part is the past, the solid part the future.</p>")
        crit = s.criterion
        if crit.kind != "nadir":
            try:
                h = (summ.perigee_km + summ.apogee_km) / 2
                reach = float(crit.reach_rad(np.array([h]))[0]) * 6371.0
                parts.append(f"<p><b>Footprint.</b> The shaded circle around the satellite is what it can reach with the "
                             f"chosen setting ({crit.describe()}): everything within {reach:.0f} km of the point below it, "
                             f"from its height of {h:.0f} km.</p>")
            except ValueError:
                pass
        if summ.sun_synchronous:
            hh, mm = divmod(round(summ.ltan_hours * 60) % 1440, 60)
            parts.append(
                f"<p><b>Sun-synchronous orbit.</b> The orbit is tilted {summ.inclination_deg:.1f}°, just past the pole, so that "
                f"Earth's bulge turns it {summ.node_drift_deg_per_day:.2f}° a day, as fast as the Earth goes round the Sun. "
                f"It therefore crosses the equator northbound at the same local solar time every day, "
                f"{hh:02d}:{mm:02d}, and passes over any one place at about the same local time: "
                "good light for a camera, day after day.</p>")
        a = s.analysis
        if a is not None:
            st = a.combined or next(iter(a.stats.values()))
            if st.mean_gap_s is not None:
                parts.append(f"<p><b>Revisit time.</b> Over {a.region.name} the satellite came back on average every "
                             f"{format_duration(st.mean_gap_s)} (longest wait {format_duration(st.longest_gap_s)}). That is the "
                             "gap between the end of one pass and the start of the next, within the analysis window.</p>")
        if es.designed:
            parts.append(_design_paragraph(s, es, summ))
        from desktop.core.uncertainty import describe_model

        parts.append(f"<p><b>How sure?</b> {describe_model(es, s.time_s)} View ▸ Uncertainty band (Ctrl+U) draws "
                     "where the satellite may be.</p>")
        if es.approximate:
            parts.append("<p style='color:#8a3a00'><b>Approximate.</b> These elements were built from published orbit "
                         "figures, not tracked observations: the shape of the orbit and the local time of its passes are "
                         "meaningful, the satellite's exact position is not.</p>")
        self.setHtml("".join(parts))
