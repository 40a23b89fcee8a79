"""Each selected satellite's own sensor: a swath column the Analysis and Coverage panels share.

A row per selected satellite with a swath width in km; 0 shows "the panel's"
and means the criterion chosen in the Analysis panel. The widths live in the
session (``Session.sensors``); this table only shows and edits them, and the
core refuses a width wider than the satellite's horizon allows (the message
names the satellite).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from desktop.core.access import AccessError

from .i18n import isolate

MAX_SWATH_KM = 20_000.0  # the spin box's top; the core refuses what the orbit's horizon does not allow


class SensorTable(QWidget):
    """Satellite | own swath (km); edits go to the session."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Satellite"), self.tr("Own swath")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setToolTip(self.tr("A satellite's own sensor: its full swath width on the ground (Landsat 185 km, "
                                      "Sentinel-2 290 km). Without one it uses the Analysis panel's criterion."))
        self.table.setMaximumHeight(140)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#b00020")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.error)
        self.spins: dict[int, QDoubleSpinBox] = {}
        session.selection_changed.connect(self.refresh)
        session.settings_changed.connect(self.refresh)
        session.catalog_changed.connect(self.refresh)
        self.refresh()

    def refresh(self):
        """Show the session's selection and widths (the sensor criterion only: other criteria have no swath)."""
        s = self.session
        sets = s.selected_sets()
        sensor = s.settings.kind == "sensor"
        if [n for n in self.spins] != [es.satnum for es in sets]:
            self.table.setRowCount(len(sets))
            self.spins = {}
            for row, es in enumerate(sets):
                item = QTableWidgetItem(es.label)
                item.setFlags(item.flags() & ~item.flags().ItemIsEditable)
                self.table.setItem(row, 0, item)
                spin = QDoubleSpinBox(minimum=0.0, maximum=MAX_SWATH_KM, decimals=0, suffix=self.tr(" km"))
                spin.setSpecialValueText(self.tr("the panel's"))
                spin.setToolTip(self.tr("%1: its sensor's full swath width on the ground; 0 uses the Analysis "
                                        "panel's criterion").replace("%1", isolate(es.name)))
                spin.setKeyboardTracking(False)
                spin.valueChanged.connect(lambda value, n=es.satnum: self.set_width(n, value))
                self.table.setCellWidget(row, 1, spin)
                self.spins[es.satnum] = spin
        for satnum, spin in self.spins.items():
            spin.blockSignals(True)
            spin.setValue(s.sensors.get(satnum, 0.0))
            spin.setEnabled(sensor)
            spin.blockSignals(False)

    def set_width(self, satnum: int, swath_km: float) -> bool:
        """A user's edit: 0 takes the satellite's own sensor away; a width the core refuses is named and undone."""
        try:
            self.session.set_sensor(satnum, swath_km if swath_km > 0 else None)
        except AccessError as exc:
            self.error.setText(str(exc))
            self.refresh()
            return False
        self.error.clear()
        return True
