"""The Orbit lab: sliders and spin boxes that design an orbit, with live read-outs.

Every change builds the design with the core (``desktop.core.design``) and puts
it in the session's catalogue as a DESIGNED satellite: the map redraws its track
and footprint at once, and the region analysis re-runs in the background (the
newest settings win). Designs are kept in the user data folder.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFileDialog, QFormLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QSpinBox, QVBoxLayout, QWidget)

from desktop.core import design as core
from desktop.core.elements import omm_json_text, tle_text

from .burn_lab import BurnSection, LifetimeSection
from .i18n import isolate, localize_digits, pattern_text
from .widgets import SliderSpin, form_group, html_rows, inline, scrolling

ERROR_STYLE = "border: 2px solid #c0392b; border-radius: 3px;"


PRESET_NAMES = (QT_TRANSLATE_NOOP("Presets", "ISS-like (420 km, 51.6 deg)"),
                QT_TRANSLATE_NOOP("Presets", "Sun-synchronous 705 km, 10:00 descending"),
                QT_TRANSLATE_NOOP("Presets", "10-day repeat (about 790 km)"),
                QT_TRANSLATE_NOOP("Presets", "Geostationary (over 0 deg)"),
                QT_TRANSLATE_NOOP("Presets", "Molniya (63.4 deg, 12 h)"),
                QT_TRANSLATE_NOOP("Presets", "Khayyam as published"))  # the core's presets, as the lab lists them
# The lab's readouts come from the core in English (the CLI prints them too); the window shows them translated.
READOUT_LABELS = (QT_TRANSLATE_NOOP("Readouts", "Period"), QT_TRANSLATE_NOOP("Readouts", "Revolutions a day"),
                  QT_TRANSLATE_NOOP("Readouts", "Height"), QT_TRANSLATE_NOOP("Readouts", "Inclination"),
                  QT_TRANSLATE_NOOP("Readouts", "Node drift"), QT_TRANSLATE_NOOP("Readouts", "Node local time"),
                  QT_TRANSLATE_NOOP("Readouts", "Track shift"), QT_TRANSLATE_NOOP("Readouts", "Repeat cycle"),
                  QT_TRANSLATE_NOOP("Readouts", "Ground speed"), QT_TRANSLATE_NOOP("Readouts", "Footprint radius"))
READOUT_VALUES = (
    (r"([\d.,]+) min", QT_TRANSLATE_NOOP("Readouts", "{0} min")),
    (r"([\d.,]+) km", QT_TRANSLATE_NOOP("Readouts", "{0} km")),
    (r"([\d.,]+) to ([\d.,]+) km", QT_TRANSLATE_NOOP("Readouts", "{0} to {1} km")),
    (r"([+-]?[\d.]+) deg/day", QT_TRANSLATE_NOOP("Readouts", "{0}° a day")),
    (r"([+-]?[\d.]+) deg", "{0}°"),
    (r"(\d\d:\d\d) ascending, (\d\d:\d\d) descending \(sun-synchronous\)",
     QT_TRANSLATE_NOOP("Readouts", "{0} ascending, {1} descending (sun-synchronous)")),
    (r"drifts \(not sun-synchronous\)", QT_TRANSLATE_NOOP("Readouts", "drifts (not sun-synchronous)")),
    (r"([\d.]+) deg west per orbit \(([\d,]+) km at the equator\)",
     QT_TRANSLATE_NOOP("Readouts", "{0}° west per orbit ({1} km at the equator)")),
    (r"(\d+) orbits in ([\d.]+) days", QT_TRANSLATE_NOOP("Readouts", "{0} orbits in {1} days")),
    (r"none chosen", QT_TRANSLATE_NOOP("Readouts", "none chosen")),
    (r"([\d.]+) km/s at the mean height", QT_TRANSLATE_NOOP("Readouts", "{0} km/s at the mean height")),
    (r"([\d,]+) km \((.*)\)", QT_TRANSLATE_NOOP("Readouts", "{0} km ({1})")),
)


def _readout_value(value: str) -> str:
    """A readout value of the core's in the window's language (the numbers kept, isolated)."""
    return pattern_text(value, READOUT_VALUES, "Readouts")


class OrbitLab(QWidget):
    """Design an orbit; it is drawn and analysed as it changes."""

    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window = window
        self.session = window.session
        self._loading = False
        self.design: core.OrbitDesign | None = None
        self.orbit: core.DesignedOrbit | None = None
        self._save_timer = QTimer(self, singleShot=True, interval=800, timeout=self._keep)

        self.designs = QComboBox()
        self.designs.setToolTip(self.tr("Your kept designs"))
        self.designs.activated.connect(self._design_chosen)
        new_button = QPushButton(self.tr("New"))
        new_button.setToolTip(self.tr("Start a new design from the current settings"))
        new_button.clicked.connect(self.new_design)
        delete_button = QPushButton(self.tr("Delete"))
        delete_button.setToolTip(self.tr("Delete this design"))
        delete_button.clicked.connect(self.delete_design)
        self.preset = QComboBox()
        self.preset.addItem(self.tr("Start from a preset…"), None)
        for label in core.presets(0.0):
            self.preset.addItem(QCoreApplication.translate("Presets", label), label)
        self.preset.setToolTip(self.tr("Load a classic orbit into the lab"))
        self.preset.activated.connect(self._preset_chosen)
        from_sat = QPushButton(self.tr("From selected satellite"))
        from_sat.setToolTip(self.tr("Copy the mean elements of the satellite selected in the list into the lab"))
        from_sat.clicked.connect(self.from_selected)
        self.name = QLineEdit("DESIGN-1")
        self.name.setToolTip(self.tr("Name of the designed satellite"))
        self.name.setMaxLength(40)

        # size
        self.size_mode = QComboBox()
        self.size_mode.addItem(self.tr("Circular, height"), "height")
        self.size_mode.addItem(self.tr("Perigee and apogee"), "perigee")
        self.size_mode.addItem(self.tr("Repeat ground track (R orbits in D days)"), "repeat")
        self.size_mode.setToolTip(self.tr("How the size of the orbit is given"))
        self.height = SliderSpin(150, 40000, 700, 1, " km", 0, slider_max=2000,
                                 tip=self.tr("Height above the equator (circular orbit); type larger values in the box"))
        self.perigee = QDoubleSpinBox(minimum=100, maximum=400000, value=500, decimals=0, suffix=self.tr(" km"), singleStep=10)
        self.perigee.setToolTip(self.tr("Lowest point of the orbit above the equator"))
        self.apogee = QDoubleSpinBox(minimum=100, maximum=400000, value=700, decimals=0, suffix=self.tr(" km"), singleStep=10)
        self.apogee.setToolTip(self.tr("Highest point of the orbit above the equator"))
        self.revs = QSpinBox(minimum=1, maximum=999, value=233)
        self.revs.setToolTip(self.tr("R: orbits in one repeat cycle"))
        self.revs.setSuffix(self.tr(" orbits"))
        self.days = QSpinBox(minimum=1, maximum=60, value=16)
        self.days.setToolTip(self.tr("D: days in one repeat cycle"))
        self.days.setSuffix(self.tr(" days"))
        self.find_repeats = QComboBox()
        self.find_repeats.setToolTip(self.tr("Repeat cycles near the current height (sun-synchronous when ticked)"))
        self.find_repeats.activated.connect(self._repeat_chosen)
        # shape, tilt, node, phase
        self.ecc = QDoubleSpinBox(minimum=0, maximum=0.95, value=0, decimals=4, singleStep=0.001)
        self.ecc.setToolTip(self.tr("Eccentricity: 0 is a circle; with a height, perigee and apogee follow from it"))
        self.sso = QCheckBox(self.tr("Sun-synchronous"))
        self.sso.setToolTip(self.tr("Inclination computed so the Earth's bulge turns the orbit once a year: same local time every day"))
        self.incl = SliderSpin(0, 180, 98, 0.1, "°", 2, tip=self.tr("Inclination: the tilt of the orbit to the equator"))
        self.node_mode = QComboBox()
        self.node_mode.addItem(self.tr("Local time of the ascending node"), "asc")
        self.node_mode.addItem(self.tr("Local time of the descending node"), "desc")
        self.node_mode.addItem(self.tr("Right ascension of the node"), "raan")
        self.node_mode.setToolTip(self.tr("Where the orbit crosses the equator northbound"))
        self.node_time = SliderSpin(0, 24, 10.5, 1 / 12, self.tr(" h"), 2, tip=self.tr("Local mean solar time at the node (hours)"))
        self.raan = SliderSpin(0, 360, 0, 0.5, "°", 1, tip=self.tr("Right ascension of the ascending node"))
        self.argp = QDoubleSpinBox(minimum=0, maximum=360, value=0, decimals=1, suffix="°", wrapping=True)
        self.argp.setToolTip(self.tr("Argument of perigee: where on the orbit the perigee lies (matters when eccentric)"))
        self.phase_mode = QComboBox()
        self.phase_mode.addItem(self.tr("Mean anomaly"), "mean")
        self.phase_mode.addItem(self.tr("Over a place at the clock's time (ascending)"), "over-asc")
        self.phase_mode.addItem(self.tr("Over a place at the clock's time (descending)"), "over-desc")
        self.phase_mode.setToolTip(self.tr("Where the satellite is on its orbit at the epoch"))
        self.mean = SliderSpin(0, 360, 0, 1, "°", 1, tip=self.tr("Mean anomaly at the epoch"))
        self.over_lat = QDoubleSpinBox(minimum=-90, maximum=90, value=35.7, decimals=2, suffix=self.tr("° N"))
        self.over_lat.setToolTip(self.tr("Latitude of the place (negative: south)"))
        self.over_lon = QDoubleSpinBox(minimum=-180, maximum=180, value=51.4, decimals=2, suffix=self.tr("° E"))
        self.over_lon.setToolTip(self.tr("Longitude of the place (negative: west)"))

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#b00020")
        self.readout = QLabel()
        self.readout.setWordWrap(True)
        self.readout.setTextInteractionFlags(Qt.TextSelectableByMouse)
        export_tle = QPushButton(self.tr("Export TLE…"))
        export_tle.clicked.connect(lambda: self.export("tle"))
        export_omm = QPushButton(self.tr("Export OMM…"))
        export_omm.clicked.connect(lambda: self.export("omm"))
        for b, tip in ((export_tle, self.tr("Save the elements as a TLE file (the DESIGNED mark travels with it)")),
                       (export_omm, self.tr("Save the elements as OMM JSON"))):
            b.setToolTip(tip)

        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        top.addWidget(self.designs, 1)
        top.addWidget(new_button)
        top.addWidget(delete_button)
        layout.addLayout(top)
        layout.addWidget(self.preset)
        layout.addWidget(from_sat)
        form_box, form = form_group(self.tr("Orbit"))
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Size"), self.size_mode)
        form.addRow(self.tr("Height"), self.height)
        pa = inline(self.perigee, self.tr("to"), self.apogee)
        form.addRow(self.tr("Perigee / apogee"), pa)
        rd = inline(self.revs, self.tr("in"), self.days)
        form.addRow(self.tr("Repeat"), rd)
        form.addRow("", self.find_repeats)
        form.addRow(self.tr("Eccentricity"), self.ecc)
        form.addRow(self.sso)
        form.addRow(self.tr("Inclination"), self.incl)
        form.addRow(self.tr("Node"), self.node_mode)
        form.addRow(self.tr("Node time"), self.node_time)
        form.addRow(self.tr("Node RA"), self.raan)
        form.addRow(self.tr("Arg. of perigee"), self.argp)
        form.addRow(self.tr("Phase"), self.phase_mode)
        form.addRow(self.tr("Mean anomaly"), self.mean)
        place = inline(self.over_lat, self.over_lon)
        form.addRow(self.tr("Place"), place)
        self.form = form
        self.rows = {"height": self.height, "perigee": pa, "repeat": rd, "repeat-list": self.find_repeats,
                     "node_time": self.node_time, "raan": self.raan, "mean": self.mean, "place": place}
        layout.addWidget(form_box)
        layout.addWidget(self.error)
        out = QGroupBox(self.tr("What this orbit does"))
        ol = QVBoxLayout(out)
        ol.addWidget(self.readout)
        layout.addWidget(out)
        buttons = QHBoxLayout()
        buttons.addWidget(export_tle)
        buttons.addWidget(export_omm)
        layout.addLayout(buttons)
        self.burn = BurnSection(window)
        layout.addWidget(self.burn)
        self.lifetime = LifetimeSection(window)
        layout.addWidget(self.lifetime)
        layout.addStretch(1)
        for combo in inner.findChildren(QComboBox):  # long entries must not widen a narrow panel
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        for spin in inner.findChildren(QDoubleSpinBox) + inner.findChildren(QSpinBox):
            spin.setMinimumWidth(spin.sizeHint().width())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(inner, horizontal=False))  # the controls fit the column's width

        for w in (self.height, self.incl, self.node_time, self.raan, self.mean):
            w.valueChanged.connect(self.changed)
        for w in (self.perigee, self.apogee, self.ecc, self.argp, self.over_lat, self.over_lon):
            w.valueChanged.connect(self.changed)
        for w in (self.revs, self.days):
            w.valueChanged.connect(self.changed)
        for w in (self.size_mode, self.node_mode, self.phase_mode):
            w.currentIndexChanged.connect(self.changed)
        self.sso.toggled.connect(self.changed)
        self.name.editingFinished.connect(self.changed)
        self.session.settings_changed.connect(self._show_readouts)
        self._fill_design_list()

    # ------------------------------------------------------------------ model <-> controls
    def design_from_controls(self) -> core.OrbitDesign:
        base = self.design or core.OrbitDesign(epoch_s=self.session.time_s, satnum=self._free_satnum())
        size = self.size_mode.currentData()
        node = self.node_mode.currentData()
        phase = self.phase_mode.currentData()
        values = dict(
            name=self.name.text().strip() or base.name, eccentricity=self.ecc.value(),
            height_km=self.height.value() if size == "height" else None,
            perigee_km=self.perigee.value() if size == "perigee" else None,
            apogee_km=self.apogee.value() if size == "perigee" else None,
            semi_major_axis_km=None, geostationary_lon_deg=None,
            repeat_revs=self.revs.value() if size == "repeat" else None,
            repeat_days=self.days.value() if size == "repeat" else None,
            sun_synchronous=self.sso.isChecked(), inclination_deg=self.incl.value(),
            node_time_h=self.node_time.value() if node != "raan" else None, descending_node=node == "desc",
            raan_deg=self.raan.value(), arg_perigee_deg=self.argp.value(), mean_anomaly_deg=self.mean.value(),
            over_lat_deg=self.over_lat.value() if phase != "mean" else None,
            over_lon_deg=self.over_lon.value() if phase != "mean" else None,
            over_time_s=self.session.time_s if phase != "mean" else None, over_descending=phase == "over-desc",
        )
        return replace(base, **values)

    def load_design(self, d: core.OrbitDesign) -> None:
        """Show a design in the controls and build it."""
        self._loading = True
        widgets = [self.height, self.incl, self.node_time, self.raan, self.mean, self.perigee, self.apogee, self.ecc,
                   self.argp, self.over_lat, self.over_lon, self.revs, self.days, self.size_mode, self.node_mode,
                   self.phase_mode, self.sso, self.name]
        for w in widgets:
            w.blockSignals(True)
        self.name.setText(d.name)
        if d.repeat_revs is not None:
            self.size_mode.setCurrentIndex(2)
            self.revs.setValue(d.repeat_revs)
            self.days.setValue(d.repeat_days or 1)
        elif d.perigee_km is not None and d.apogee_km is not None:
            self.size_mode.setCurrentIndex(1)
            self.perigee.setValue(d.perigee_km)
            self.apogee.setValue(d.apogee_km)
        else:
            self.size_mode.setCurrentIndex(0)
        self.ecc.setValue(d.eccentricity)
        self.sso.setChecked(d.sun_synchronous)
        if d.inclination_deg is not None:
            self.incl.setValue(d.inclination_deg)
        self.node_mode.setCurrentIndex(2 if d.node_time_h is None else (1 if d.descending_node else 0))
        if d.node_time_h is not None:
            self.node_time.setValue(d.node_time_h)
        self.raan.setValue((d.raan_deg or 0.0) % 360.0)
        self.argp.setValue(d.arg_perigee_deg % 360.0)
        self.mean.setValue(d.mean_anomaly_deg % 360.0)
        self.phase_mode.setCurrentIndex(0 if d.over_lat_deg is None else (2 if d.over_descending else 1))
        if d.over_lat_deg is not None:
            self.over_lat.setValue(d.over_lat_deg)
            self.over_lon.setValue(d.over_lon_deg)
        for w in widgets:
            w.blockSignals(False)
        self.design = d
        self._loading = False
        self._apply(d)

    def _set_height_controls(self, orbit: core.DesignedOrbit) -> None:
        """After a preset or a copy given by other means, show its height (the sliders then take over)."""
        for w, value in ((self.height, (orbit.perigee_km + orbit.apogee_km) / 2), (self.perigee, orbit.perigee_km),
                         (self.apogee, orbit.apogee_km), (self.incl, orbit.inclination_deg)):
            w.blockSignals(True)
            w.setValue(value)
            w.blockSignals(False)

    # ------------------------------------------------------------------ building
    def changed(self, *_):
        if self._loading:
            return
        self._apply(self.design_from_controls())

    def _apply(self, d: core.OrbitDesign) -> None:
        self._show_rows(d)
        try:
            orbit = core.build(d)
        except core.DesignError as exc:
            self._show_error(str(exc))
            return
        self._show_error("")
        self.design, self.orbit = d, orbit
        self.session.lab_design = d
        if d.semi_major_axis_km is not None or d.geostationary_lon_deg is not None:
            self._set_height_controls(orbit)
        elif d.sun_synchronous or d.repeat_revs is not None:  # show the computed inclination and size
            for w, value in ((self.incl, orbit.inclination_deg), (self.height, (orbit.perigee_km + orbit.apogee_km) / 2)):
                if w is self.height and d.repeat_revs is None:
                    continue
                w.blockSignals(True)
                w.setValue(value)
                w.blockSignals(False)
        self.session.update_set(orbit.elements)
        if orbit.elements.satnum not in self.session.selected:
            self.session.select([orbit.elements.satnum] + self.session.selected)
        self._show_readouts()
        self._fill_repeats(orbit)
        self._save_timer.start()

    def _show_rows(self, d: core.OrbitDesign) -> None:
        size = self.size_mode.currentData()
        visible = {"height": size == "height", "perigee": size == "perigee", "repeat": size == "repeat",
                   "repeat-list": size == "repeat", "node_time": self.node_mode.currentData() != "raan",
                   "raan": self.node_mode.currentData() == "raan", "mean": self.phase_mode.currentData() == "mean",
                   "place": self.phase_mode.currentData() != "mean"}
        for key, widget in self.rows.items():
            self.form.setRowVisible(widget, visible[key])
        self.incl.setEnabled(not self.sso.isChecked())

    def _show_error(self, message: str) -> None:
        """The reason beside the control it concerns: the message, and a red frame on that control."""
        self.error.setText(message)
        targets = {"--height": self.height.spin, "--perigee": self.perigee, "--apogee": self.apogee,
                   "eccentricity": self.ecc, "--repeat": self.revs, "sun-synchronous": self.sso,
                   "--over": self.over_lat, "--inclination": self.incl.spin, "--node-time": self.node_time.spin}
        for key, widget in targets.items():
            widget.setStyleSheet(ERROR_STYLE if message and key in message else "")

    def _show_readouts(self, *_):
        if self.orbit is None:
            self.readout.setText(self.tr("<i>Choose a preset or move a slider.</i>"))
            return
        rows = [(QCoreApplication.translate("Readouts", label), _readout_value(value))
                for label, value in core.readouts(self.orbit, self.session.criterion)]
        self.readout.setText(localize_digits(html_rows(rows) + "<p style='color:#1d3f8a'>DESIGNED: "
                                             f"{isolate(self.orbit.elements.derivation)}</p>", html=True))

    def _fill_repeats(self, orbit):
        if self.size_mode.currentData() != "repeat" or self.find_repeats.count():
            return
        self.find_repeats.clear()
        self.find_repeats.addItem(self.tr("Pick a repeat cycle near this height…"), None)
        h = (orbit.perigee_km + orbit.apogee_km) / 2
        try:
            found = core.list_repeats(max(160.0, h - 150), h + 150, 30, self.sso.isChecked(),
                                      None if self.sso.isChecked() else self.incl.value(), self.design.epoch_s)
        except core.DesignError:
            found = []
        for s in found[:200]:
            self.find_repeats.addItem(self.tr("{revs}/{days}: {height_km:.0f} km, tracks {spacing_km:.0f} km apart").format(revs=s.revs, days=s.days, height_km=s.height_km, spacing_km=s.spacing_km),
                                      (s.revs, s.days))

    def _repeat_chosen(self, index):
        data = self.find_repeats.itemData(index)
        if data:
            self.revs.blockSignals(True)
            self.revs.setValue(data[0])
            self.revs.blockSignals(False)
            self.days.setValue(data[1])

    # ------------------------------------------------------------------ designs
    def _fill_design_list(self):
        self.designs.blockSignals(True)
        self.designs.clear()
        self._kept = core.load_designs()
        for d in self._kept:
            self.designs.addItem("{name} ({satnum})".format(name=d.name, satnum=d.satnum), d.satnum)
        if not self._kept:
            self.designs.addItem(self.tr("(no designs kept yet)"), None)
        if self.design is not None:
            index = self.designs.findData(self.design.satnum)
            if index >= 0:
                self.designs.setCurrentIndex(index)
        self.designs.blockSignals(False)

    def _design_chosen(self, index):
        satnum = self.designs.itemData(index)
        chosen = [d for d in self._kept if d.satnum == satnum]
        if chosen:
            self.load_design(chosen[0])

    def _free_satnum(self) -> int:
        return core.next_satnum([es.satnum for es in self.session.catalog] + [d.satnum for d in core.load_designs()])

    def new_design(self, base: core.OrbitDesign | None = None):
        satnum = self._free_satnum()
        d = base or self.design_from_controls()
        d = replace(d, satnum=satnum, name=f"DESIGN-{satnum - core.FIRST_DESIGN_SATNUM + 1}" if base is None else d.name,
                    epoch_s=self.session.time_s)
        self.find_repeats.clear()
        self.load_design(d)

    def _preset_chosen(self, index):
        label = self.preset.itemData(index)
        self.preset.setCurrentIndex(0)
        if not label:
            return
        d = core.presets(self.session.time_s)[label]
        satnum = self.design.satnum if self.design is not None else self._free_satnum()
        self.find_repeats.clear()
        self.load_design(replace(d, satnum=satnum))

    def from_selected(self):
        es = self.session.primary()
        if es is None or es.designed:
            self._show_error(self.tr("Select a catalogue satellite in the Satellites list first."))
            return
        satnum = self.design.satnum if self.design is not None else self._free_satnum()
        self.load_design(core.design_from_elements(es, f"{es.name[:30]}-COPY", satnum))

    def delete_design(self):
        if self.design is None:
            return
        satnum = self.design.satnum
        if not self._update_designs(lambda kept: [d for d in kept if d.satnum != satnum]):
            return
        self.session.remove_set(satnum)
        self.design, self.orbit = None, None
        self._fill_design_list()
        self._show_readouts()

    def _keep(self):
        """Keep the current design in the user's data folder (written atomically)."""
        if self.design is None:
            return
        design = self.design
        if self._update_designs(lambda kept: [d for d in kept if d.satnum != design.satnum] + [design]):
            self._fill_design_list()

    def _update_designs(self, change) -> bool:
        """Save the kept designs as ``change`` makes them; a damaged file moved aside is named below the form."""
        try:
            problems = core.update_designs(change)
        except (OSError, core.DesignError) as exc:
            self._show_error(self.tr("Could not keep the design: {0}").format(getattr(exc, 'strerror', None) or exc))
            return False
        self._show_error("; ".join(problems))
        return True

    def export(self, kind: str, path: str | None = None) -> bool:
        if self.orbit is None:
            return False
        suffix, writer, filt = (("tle", tle_text, "TLE (*.tle *.txt)") if kind == "tle"
                                else ("json", omm_json_text, "OMM JSON (*.json)"))
        path = path or QFileDialog.getSaveFileName(self, self.tr("Export design"), f"{self.orbit.elements.name}.{suffix}", filt)[0]
        if not path:
            return False
        es = self.orbit.elements
        return self.window.write_file(path, self.tr("Export design"), lambda out: out.write(writer([es])),
                                      self.tr("{name} saved to {path}").format(name=es.name, path=path))

    def flush(self):
        """Write a pending design now (on close)."""
        if self._save_timer.isActive():
            self._save_timer.stop()
            self._keep()


def dock_orbit_lab(window) -> OrbitLab:
    """The Orbit lab, docked (Ctrl+Shift+L brings it forward; Ctrl+L is the live clock)."""
    lab = OrbitLab(window)
    dock = window.add_panel_dock("Orbit lab", lab)
    show = QAction(QCoreApplication.translate("OrbitLab", "Open the Orbit &lab"), window)
    show.setShortcut(QKeySequence("Ctrl+Shift+L"))
    show.triggered.connect(lambda: (dock.show(), dock.raise_()))
    window.addAction(show)
    return lab
