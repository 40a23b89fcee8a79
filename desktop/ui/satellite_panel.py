"""The Satellites panel: the catalogue, filtered, with the selection and a summary of the first satellite."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QPushButton,
                               QSplitter, QTextBrowser, QToolButton, QVBoxLayout, QWidget)

from desktop.core import timebase
from desktop.core.orbit import summarize

from .i18n import embedded, isolate, language, localize_digits, right_to_left_first, sat_label
from .widgets import html_rows

DESIGNED_COLOUR = QColor("#1d3f8a")


class SatellitePanel(QWidget):
    """Searchable catalogue (approximate flags, element ages) and the orbit summary."""

    open_requested = Signal()
    paste_requested = Signal()

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.search = QLineEdit(placeholderText=self.tr("Search satellites (name or number)…"), clearButtonEnabled=True)
        self.search.setToolTip(self.tr("Type part of a name or a catalogue number to filter the list"))
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.list.setToolTip(self.tr("Select one satellite, or several with Ctrl/Shift, to compare them"))
        self.summary = QTextBrowser()
        self.summary.setOpenExternalLinks(False)
        open_button = QPushButton(self.tr("Open elements…"))
        open_button.setToolTip(self.tr("Add element sets from a TLE or OMM file (Ctrl+O)"))
        open_button.clicked.connect(self.open_requested)
        paste_button = QPushButton(self.tr("Paste"))
        paste_button.setToolTip(self.tr("Add TLE or OMM text from the clipboard"))
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
        button.setToolTip("{0} ({1})".format(action.statusTip() or action.text(), action.shortcut().toString()))
        button.setToolButtonStyle(Qt.ToolButtonTextOnly)
        self.button_row.addWidget(button)
        return button

    def populate(self):
        self.list.blockSignals(True)
        self.list.clear()
        now = timebase.now_s()
        for es in self.session.catalog:
            age = es.age_days(now)
            text = self.tr("{name}  ·  {satnum}  ·  {age:.0f} d").format(name=embedded(es.name), satnum=es.satnum, age=age)
            if es.flag:
                text += f"  ·  {es.flag}"
            elif es.retrieved_s is not None:
                text += "  ·  CelesTrak"
            item = QListWidgetItem(right_to_left_first(text))
            item.setData(Qt.UserRole, es.satnum)
            stale = abs(age) > 14
            item.setToolTip(self.tr("{label}\nelements {epoch} ({age:.0f} days old)\nsource: {source}").format(
                label=sat_label(es), epoch=es.epoch_iso, age=age, source=es.source)
                + ("\n" + self.tr("older than two weeks: positions drift") if stale else ""))
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
            self.summary.setHtml(self.tr("<i>Choose a satellite.</i>"))
            return
        s = summarize(es, self.session.time_s)
        rows = self.summary_rows(s)
        html = f"<h3 style='margin:2px'>{isolate(es.name)}</h3>"
        if es.approximate:
            html += ("<p style='background:#fff0e0;color:#8a3a00;padding:4px'>" + self.tr(
                "<b>Approximate elements</b>: {0}. Where the satellite is along its orbit is not known.").format(
                isolate(es.derivation)) + "</p>")
        if es.designed:
            html += ("<p style='background:#e8f0ff;color:#1d3f8a;padding:4px'>" + self.tr(
                "<b>Designed orbit</b>: {0}. Made in the Orbit lab: no real satellite flies it.").format(
                isolate(es.derivation)) + "</p>")
        age_now = es.age_days(timebase.now_s())
        if age_now > 14 and not es.flag:
            html += ("<p style='background:#fff8d0;padding:4px'>⚠ " + self.tr(
                "These elements are {0:.0f} days old: use File ▸ Refresh elements (F5) when online.").format(age_now)
                + "</p>")
        if s.age_warning:
            gap = abs(self.session.time_s - es.epoch_s) / 86400.0
            html += "<p style='background:#fff8d0;padding:4px'>⚠ " + self.tr(
                "predictions {0:.0f} days from the element epoch: positions along the track may be off by many "
                "kilometres (timing by minutes); revisit statistics stay indicative").format(gap) + "</p>"
        skip = {"Satellite", "Warning"} | ({"Elements"} if es.flag else set())  # the banner above says it
        html += html_rows([(label, v) for k, label, v in rows if k not in skip])
        self.summary.setHtml(localize_digits(html, html=True))

    def summary_rows(self, s) -> list[tuple[str, str, str]]:
        """(key, label, value) for the orbit summary: the core's rows (OrbitSummary.lines) in the window's language."""
        if language() == "en":
            return [(k, k, v) for k, v in s.lines()]
        age = (self.tr("{0:.1f} days old").format(s.age_days) if s.age_days >= 0
               else self.tr("{0:.1f} days in the future").format(-s.age_days))
        if s.approximate or s.designed:
            elements = ("APPROXIMATE: " if s.approximate else "DESIGNED: ") + s.derivation
        else:
            elements = s.source
        rows = [("Elements", self.tr("Elements"), isolate(elements)),
                ("Epoch", self.tr("Epoch"), f"{isolate(timebase.iso_utc(s.epoch_s), left_to_right=True)} ({age})"),
                ("Period", self.tr("Period"), self.tr("{0:.2f} min ({1:.3f} revolutions per day)").format(
                    s.period_min, s.revs_per_day)),
                ("Perigee / apogee", self.tr("Perigee / apogee"),
                 self.tr("{0:.1f} km / {1:.1f} km above the equator").format(s.perigee_km, s.apogee_km)),
                ("Inclination", self.tr("Inclination"), f"{s.inclination_deg:.3f}°"),
                ("Eccentricity", self.tr("Eccentricity"), f"{s.eccentricity:.7f}"),
                ("Node drift", self.tr("Node drift"), self.tr("{0:+.3f}° a day").format(s.node_drift_deg_per_day))]
        if s.sun_synchronous:
            hh, mm = divmod(round(s.ltan_hours * 60) % 1440, 60)
            rows.append(("Sun-synchronous", self.tr("Sun-synchronous"),
                         self.tr("yes, ascending node at {0} local mean solar time").format(
                             isolate(f"{hh:02d}:{mm:02d}", left_to_right=True))))
        else:
            rows.append(("Sun-synchronous", self.tr("Sun-synchronous"), self.tr("no")))
        rows.append(("Track shift", self.tr("Track shift"),
                     self.tr("{0:.2f}° west per orbit").format(s.track_shift_deg_per_orbit)))
        return rows
