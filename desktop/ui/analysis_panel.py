"""The Analysis panel: region, criterion, daylight and window (edited in the session); Run with progress and Cancel."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QCompleter, QDoubleSpinBox, QFormLayout, QGroupBox, QHBoxLayout,
                               QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget)

from desktop.core.access import AccessError
from desktop.core.atlas import atlas

from .i18n import country_name, isolate, localize_digits, region_text
from .sensor_table import SensorTable
from .widgets import progress_strip

class AnalysisPanel(QWidget):
    """Region, criterion, daylight and window; Run with progress and Cancel."""

    run_requested = Signal()
    cancel_requested = Signal()
    map_mode_requested = Signal(str)
    zoom_requested = Signal()

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.region_box = QComboBox(editable=True)
        self.region_box.setInsertPolicy(QComboBox.NoInsert)
        self.region_box.setToolTip(self.tr("The analysis region: type a country's name in any language Natural Earth knows"))
        names = sorted(country_name(n) for n in atlas().names())  # in the window's language; any language is found
        self.region_box.addItems(names)
        self.region_box.setCurrentIndex(-1)
        self.region_box.lineEdit().setPlaceholderText(self.tr("Country (type to search)…"))
        completer = QCompleter(names, self)
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        completer.setFilterMode(Qt.MatchContains)
        self.region_box.setCompleter(completer)
        self.region_box.activated.connect(self._country_chosen)
        self.region_box.lineEdit().returnPressed.connect(self._country_typed)
        pick = QToolButton(text=self.tr("Click a country"), checkable=True)
        pick.setToolTip(self.tr("Then click a country on the map to make it the region"))
        box = QToolButton(text=self.tr("Draw a box"), checkable=True)
        box.setToolTip(self.tr("Then drag on the map to draw a latitude/longitude box"))
        circle = QToolButton(text=self.tr("Circle"), checkable=True)
        circle.setToolTip(self.tr("Then click on the map to place a circle of the radius beside"))
        self.radius = QDoubleSpinBox(suffix=self.tr(" km"), minimum=1, maximum=5000, value=200, decimals=0)
        self.radius.setToolTip(self.tr("Radius of the circle placed by clicking on the map"))
        self.mode_buttons = {"pick": pick, "box": box, "circle": circle}
        for mode, button in self.mode_buttons.items():
            button.toggled.connect(lambda on, m=mode: self._mode_toggled(m, on))
        self.region_label = QLabel(self.tr("<i>No region yet</i>"))
        self.region_label.setWordWrap(True)
        self.criterion = QComboBox()
        self.criterion.setToolTip(self.tr("What counts as 'over the region': camera reach, directly overhead, or radio contact"))
        self.criterion.addItem(self.tr("Camera can see it (off-nadir angle)"), "sensor")
        self.criterion.addItem(self.tr("Directly overhead (ground track crosses)"), "nadir")
        self.criterion.addItem(self.tr("Radio contact (elevation mask)"), "contact")
        self.angle = QDoubleSpinBox(suffix="°", minimum=0, maximum=89, value=30, decimals=1)
        self.angle.setToolTip(self.tr("Camera: largest angle from straight down; radio: lowest elevation above the horizon"))
        self._angles = {"sensor": 30.0, "contact": 10.0}
        self.angle_label = QLabel(self.tr("Off-nadir angle"))
        self.daylight = QCheckBox(self.tr("Daylight only, Sun above"))
        self.daylight.setChecked(True)
        self.daylight.setToolTip(self.tr("Keep only passes with the Sun above this height at the region (a camera needs light)"))
        self.sun = QDoubleSpinBox(suffix="°", minimum=-18, maximum=60, value=0, decimals=0)
        self.sun.setToolTip(self.tr("Lowest Sun elevation at the region that counts as daylight"))
        self.ranges = QCheckBox(self.tr("Ranges from the elements' uncertainty"))
        self.ranges.setToolTip(self.tr("Also sample 32 element sets from the uncertainty model: pass start windows and "
                               "5-95 % ranges of the statistics (takes several seconds more)"))
        self.sensors = SensorTable(session)
        self.days = QDoubleSpinBox(suffix=self.tr(" days"), minimum=1, maximum=366, value=30, decimals=0)
        self.days.setToolTip(self.tr("Analysis window, from the time bar's start"))
        self.run_button = QPushButton(self.tr("Run"))
        self.run_button.setDefault(True)
        self.run_button.setToolTip(self.tr("Compute the passes (Ctrl+R)"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the computation (Esc); the last result stays"))
        self.cancel_button.setEnabled(False)
        self.progress = progress_strip()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#b00020")

        where = QGroupBox(self.tr("Where"))
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
        zoom = QToolButton(text=self.tr("Zoom to region"))
        zoom.setToolTip(self.tr("Fit the map to the region (Ctrl+Shift+R, or double-click the region)"))
        zoom.clicked.connect(self.zoom_requested)
        row.addWidget(zoom)
        wl.addWidget(self.region_label)
        how = QGroupBox(self.tr("How"))
        form = QFormLayout(how)
        form.addRow(self.criterion)
        form.addRow(self.angle_label, self.angle)
        form.addRow(self.sensors)
        sun_row = QHBoxLayout()
        sun_row.addWidget(self.daylight)
        sun_row.addWidget(self.sun)
        form.addRow(sun_row)
        form.addRow(self.tr("Window"), self.days)
        form.addRow(self.ranges)
        self.ranges.toggled.connect(self.push_settings)
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
            self.region_label.setText(self.tr("<i>No region yet</i>"))
            return
        self.region_label.setText(localize_digits("<b>{0}</b> ({kind})".format(isolate(region_text(region)), kind=self._region_kind(region.kind)), html=True))
        if region.kind == "country":
            self.region_box.blockSignals(True)
            self.region_box.setCurrentText(region.name)
            self.region_box.blockSignals(False)

    def _angle_name(self, kind) -> str:
        return {"sensor": self.tr("Off-nadir angle"), "contact": self.tr("Elevation mask")}.get(kind, self.tr("Angle"))

    def _region_kind(self, kind) -> str:
        return {"country": self.tr("country"), "box": self.tr("box"), "circle": self.tr("circle"),
                "polygon": self.tr("polygon"), "geojson": self.tr("geojson")}.get(kind, kind)

    def _criterion_kind_changed(self):
        """Show the angle of the chosen criterion; each criterion keeps its own last value."""
        kind = self.criterion.currentData()
        previous = self._shown_kind
        if previous in self._angles:
            self._angles[previous] = self.angle.value()
        self._shown_kind = kind
        self.angle.blockSignals(True)
        self.angle_label.setText(self._angle_name(kind))
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
                                      days=self.days.value(), uncertainty_ranges=self.ranges.isChecked())
        except AccessError as exc:
            self.error.setText(str(exc))
            return
        self.error.clear()

    def show_settings(self):
        """Show the session's settings (a lesson, the saved settings or the command line set them)."""
        st = self.session.settings
        widgets = (self.criterion, self.angle, self.daylight, self.sun, self.days, self.ranges)
        for w in widgets:
            w.blockSignals(True)
        index = self.criterion.findData(st.kind)
        if index >= 0:
            self.criterion.setCurrentIndex(index)
        if st.kind in self._angles:
            self._angles[st.kind] = st.angle_deg
        self._shown_kind = st.kind
        self.angle_label.setText(self._angle_name(st.kind))
        self.angle.setEnabled(st.kind in self._angles)
        self.angle.setValue(st.angle_deg)
        self.daylight.setChecked(st.daylight)
        self.sun.setValue(st.sun_deg)
        self.sun.setEnabled(st.daylight)
        self.days.setValue(st.days)
        self.ranges.setChecked(st.uncertainty_ranges)
        for w in widgets:
            w.blockSignals(False)

    def set_busy(self, busy: bool):
        self.cancel_button.setEnabled(busy)
        self.progress.setValue(0 if busy else self.progress.value())
        if not busy:
            self.progress.setValue(0)
