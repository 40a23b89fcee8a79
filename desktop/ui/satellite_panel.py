"""The Satellites panel: the catalogue, filtered, with the selection and a summary of the first satellite.

The list is a table model over the session's catalogue index (numpy arrays of names, owners,
types and orbit classes): a keystroke in the search box or a change of filter is one numpy mask
and a model reset, so it stays quick with 15,000 sets; Qt asks only for the rows it shows.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QItemSelection, QItemSelectionModel, QModelIndex, QTimer, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QSplitter, QTableView, QTextBrowser, QToolButton, QVBoxLayout, QWidget)

from desktop.core import timebase
from desktop.core.catalogfilter import FilterError
from desktop.core.orbit import summarize
from desktop.core.orbitclass import CLASS_NAMES, CLASSES, orbit_class
from desktop.core.satcat import OWNERS, satellite_lines

from .i18n import isolate, language, localize_digits, owner_label
from .widgets import html_rows

DESIGNED_COLOUR = QColor("#1d3f8a")
APPROXIMATE_COLOUR = QColor("#a04000")
STALE_COLOUR = QColor("#7a6a00")
DECAYED_COLOUR = QColor("#888888")
STALE_DAYS = 14

# core.orbitclass.CLASS_NAMES, as the orbit filter shows them
ORBIT_CLASS_NAMES = (QT_TRANSLATE_NOOP("OrbitClasses", "low Earth orbit"),
                     QT_TRANSLATE_NOOP("OrbitClasses", "sun-synchronous (low)"),
                     QT_TRANSLATE_NOOP("OrbitClasses", "medium Earth orbit"),
                     QT_TRANSLATE_NOOP("OrbitClasses", "geostationary / geosynchronous"),
                     QT_TRANSLATE_NOOP("OrbitClasses", "highly elliptical"))
# core.satcat's metadata rows (satellite_lines), as the summary shows them: labels translated, values as data
METADATA_LABELS = (QT_TRANSLATE_NOOP("SatelliteMetadata", "Orbit class"),
                   QT_TRANSLATE_NOOP("SatelliteMetadata", "Metadata"), QT_TRANSLATE_NOOP("SatelliteMetadata", "Owner"),
                   QT_TRANSLATE_NOOP("SatelliteMetadata", "COSPAR ID"),
                   QT_TRANSLATE_NOOP("SatelliteMetadata", "Launched"),
                   QT_TRANSLATE_NOOP("SatelliteMetadata", "Object type"),
                   QT_TRANSLATE_NOOP("SatelliteMetadata", "Status"),
                   QT_TRANSLATE_NOOP("SatelliteMetadata", "Radar size"))


def metadata_rows(es, record) -> list[tuple[str, str]]:
    """The SATCAT rows of the summary in the window's language (English: the core's rows as they are)."""
    rows = satellite_lines(es, record)
    if language() == "en":
        return rows
    out = []
    for label, value in rows:
        if label == "Orbit class":
            code = orbit_class(es.satrec)
            value = f"{isolate(code)} ({QCoreApplication.translate('OrbitClasses', CLASS_NAMES[code])})"
        elif label == "Owner" and record is not None:
            value = f"{owner_label(record.owner_name)} ({isolate(record.owner)})"
        else:
            value = isolate(value)
        out.append((QCoreApplication.translate("SatelliteMetadata", label), value))
    return out


_ROLES = frozenset((Qt.DisplayRole, Qt.UserRole, Qt.ForegroundRole, Qt.ToolTipRole))


class SatelliteModel(QAbstractTableModel):
    """The filtered catalogue as rows: name, number, owner, orbit class, element age and flag."""

    COLUMNS = ("name", "norad", "owner", "class", "age")

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.rows = np.zeros(0, dtype=np.int64)  # indices into session.catalog_index().sets
        self.now_s = timebase.now_s()
        self._headers = (self.tr("Name"), self.tr("NORAD"), self.tr("Owner"), self.tr("Orbit"), self.tr("Age"))

    # Qt's model interface -------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if role not in _ROLES or not index.isValid():  # Qt asks for a dozen roles a cell: answer the others at once
            return None
        i = int(self.rows[index.row()])
        ix = self.session.catalog_index()
        es, record, column = ix.sets[i], ix.records[i], index.column()
        if role == Qt.DisplayRole:
            if column == 0:
                return es.name
            if column == 1:
                return str(es.satnum)
            if column == 2:
                return record.owner if record is not None and record.owner else "–"
            if column == 3:
                return ix.orbit_class(i)
            age = f"{round(es.age_days(self.now_s))} d"  # an int: an epoch minutes ahead shows "0 d", not "-0 d"
            if record is not None and record.decayed:
                return self.tr("{0} · DECAYED").format(age)
            if es.flag:
                return f"{age} · {es.flag}"
            return f"{age} · CelesTrak" if es.retrieved_s is not None else age
        if role == Qt.UserRole:
            return es.satnum
        if role == Qt.ForegroundRole:
            if record is not None and record.decayed:
                return DECAYED_COLOUR
            if es.approximate:
                return APPROXIMATE_COLOUR
            if es.designed:
                return DESIGNED_COLOUR
            if abs(es.age_days(self.now_s)) > STALE_DAYS:
                return STALE_COLOUR
            return None
        if role == Qt.ToolTipRole:
            age = es.age_days(self.now_s)
            tip = self.tr("{0}\nelements {1} ({2:.0f} days old)\nsource: {3}").format(es.label, es.epoch_iso, age,
                                                                                         es.source)
            code = ix.orbit_class(i)
            tip += "\n" + self.tr("orbit: {0} ({1})").format(code, CLASS_NAMES[code])
            if record is not None and record.owner:
                tip += "\n" + self.tr("owner: {0}").format(record.owner_name)
            if record is not None and record.decayed:
                tip += "\n" + self.tr("decayed (re-entered) {0}").format(record.decay_date)
            if abs(age) > STALE_DAYS:
                tip += "\n" + self.tr("older than two weeks: positions drift")
            return tip
        return None

    # ours ------------------------------------------------------------------------------
    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = np.asarray(rows, dtype=np.int64)
        self.now_s = timebase.now_s()
        self.endResetModel()

    def satnum_at(self, row: int) -> int:
        return int(self.session.catalog_index().satnums[self.rows[row]])

    def row_of(self, satnum: int) -> int | None:
        """The row showing ``satnum``, or None if the filter hides it."""
        hit = np.flatnonzero(self.session.catalog_index().satnums[self.rows] == satnum)
        return int(hit[0]) if len(hit) else None

    def row_text(self, row: int) -> str:
        """The row's cells joined, as a list line reads (tests and accessibility)."""
        return "  ·  ".join(str(self.data(self.index(row, c))) for c in range(len(self.COLUMNS)))


def _narrow_combo() -> QComboBox:
    """A combo box whose long entries (owner names) do not widen the dock: classroom screens are narrow."""
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    return combo


def _choose(combo: QComboBox, value: str) -> None:
    """Show ``value`` in a filter box without telling its listeners; a value not among the choices is added.

    A filter set elsewhere (a lesson, the command line's words) stays shown as it is.
    """
    combo.blockSignals(True)
    at = combo.findData(value)
    if at < 0 and value:
        combo.addItem(value, value)
        at = combo.count() - 1
    combo.setCurrentIndex(max(at, 0))
    combo.blockSignals(False)


class SatellitePanel(QWidget):
    """Searchable, filterable catalogue (owners, orbit classes, approximate flags, element ages) and the summary."""

    open_requested = Signal()
    paste_requested = Signal()

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.search = QLineEdit(placeholderText=self.tr("Search satellites (name or number)…"), clearButtonEnabled=True)
        self.search.setToolTip(self.tr("Type part of a name or a catalogue number to filter the list"))
        self.owner = _narrow_combo()
        self.owner.setToolTip(self.tr("Only the satellites of one country or organisation (SATCAT owner)"))
        self.orbit = _narrow_combo()
        self.orbit.addItem(self.tr("All orbits"), "")
        for code in CLASSES:
            self.orbit.addItem(f"{isolate(code)} – {QCoreApplication.translate('OrbitClasses', CLASS_NAMES[code])}", code)
        self.orbit.setToolTip(self.tr("LEO includes the sun-synchronous (SSO) orbits"))
        self.kind = _narrow_combo()
        for text, code in ((self.tr("All types"), ""), (self.tr("Payloads"), "PAY"), (self.tr("Rocket bodies"), "R/B"),
                           (self.tr("Debris"), "DEB"), (self.tr("Unknown type"), "UNK")):
            self.kind.addItem(text, code)
        self.kind.setToolTip(self.tr("Object type from the satellite catalogue (SATCAT)"))
        self.group = _narrow_combo()
        self.group.setToolTip(self.tr("Members of a CelesTrak group fetched with Refresh (e.g. weather, stations)"))
        self.count = QLabel()
        self.model = SatelliteModel(session, self)
        self.list = QTableView()
        self.list.setModel(self.model)
        self.list.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.list.setShowGrid(False)
        self.list.setWordWrap(False)
        self.list.verticalHeader().hide()
        self.list.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.list.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 4)
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        metrics = self.fontMetrics()
        for column, sample in enumerate(("SENTINEL-2A", "00000", "IRAN", "LEO")):
            label = self.model.headerData(column, Qt.Horizontal)
            header.resizeSection(column, max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(label)) + 18)
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
        filters = QGridLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.owner, 0, 0)
        filters.addWidget(self.orbit, 0, 1)
        filters.addWidget(self.kind, 1, 0)
        filters.addWidget(self.group, 1, 1)
        split = QSplitter(Qt.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.search)
        top_layout.addLayout(filters)
        top_layout.addWidget(self.list)
        top_layout.addWidget(self.count)
        top_layout.addLayout(buttons)
        split.addWidget(top)
        split.addWidget(self.summary)
        split.setSizes([300, 260])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split)
        self.search.textChanged.connect(self._filter_edited)
        for combo in (self.owner, self.orbit, self.kind, self.group):
            combo.currentIndexChanged.connect(self._filter_edited)
        self.list.selectionModel().selectionChanged.connect(self._selection_from_list)
        session.catalog_changed.connect(self.populate)
        session.filter_changed.connect(self._show_filter)
        session.filter_changed.connect(self._apply_filter)
        session.selection_changed.connect(self._sync_selection)
        session.time_changed.connect(lambda *_: self.show_summary())
        session.elements_changed.connect(self._elements_changed)
        self._summary_later = QTimer(self, singleShot=True, interval=150, timeout=self.show_summary)
        self._syncing = False
        self.populate()
        self._apply_filter()

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

    # the filter controls ------------------------------------------------------------------
    def populate(self):
        """Refill the owner and group choices from the catalogue (the list follows filter_changed)."""
        from desktop.core.celestrak import cached_groups

        ix = self.session.catalog_index()
        owners, counts = np.unique(ix.owners[ix.owners != ""], return_counts=True) if len(ix) else ([], [])
        spec = self.session.catalog_filter
        for combo in (self.owner, self.group):
            combo.blockSignals(True)
            combo.clear()
        self.owner.addItem(self.tr("All owners"), "")
        named = sorted(zip(owners, counts), key=lambda oc: OWNERS.get(oc[0], oc[0]).casefold())
        for code, n in named:
            self.owner.addItem(f"{owner_label(OWNERS.get(code, code))} ({isolate(code)}) · {n}", str(code))
        self.group.addItem(self.tr("All groups"), "")
        for name in cached_groups():
            self.group.addItem(self.tr("Group: {0}").format(name), name)
        for combo, value in ((self.owner, spec.owner.strip().upper()), (self.group, spec.group.strip().lower())):
            _choose(combo, value)

    def _show_filter(self):
        """The filter boxes show the session's filter when it was set elsewhere (a lesson): the search text and
        each choice; an owner or group not in the choices is added as it is (as populate does)."""
        spec = self.session.catalog_filter
        if self.search.text() != spec.text:
            self.search.blockSignals(True)
            self.search.setText(spec.text)
            self.search.blockSignals(False)
        for combo, value in ((self.owner, spec.owner.strip().upper()), (self.orbit, spec.orbit_class),
                             (self.kind, spec.object_type), (self.group, spec.group.strip().lower())):
            if (combo.currentData() or "") != value:
                _choose(combo, value)

    def _filter_edited(self, *_):
        spec = replace(self.session.catalog_filter, text=self.search.text(), owner=self.owner.currentData() or "",
                       orbit_class=self.orbit.currentData() or "", object_type=self.kind.currentData() or "",
                       group=self.group.currentData() or "")
        try:
            self.session.set_catalog_filter(spec)
        except FilterError as exc:  # the choices come from the core's own lists: not expected
            self.count.setText(str(exc))

    def _apply_filter(self):
        mask = self.session.filter_mask()
        self.model.set_rows(np.flatnonzero(mask))
        total = len(mask)
        text = self.tr("{0} of {1} satellites").format(int(mask.sum()), total) if not self.session.catalog_filter.is_empty() \
            else self.tr("{0} satellites").format(total)
        if self.session.filter_problem:
            text += " · " + self.tr("group not applied: {0}").format(self.session.filter_problem)
        self.count.setText(text)
        self._show_selection()

    # selection ---------------------------------------------------------------------------
    def _selection_from_list(self, *_):
        if self._syncing:
            return
        rows = sorted({index.row() for index in self.list.selectionModel().selectedRows()})
        nums = [self.model.satnum_at(r) for r in rows]
        # keep the order in which the session had them, new ones last
        ordered = [n for n in self.session.selected if n in nums] + [n for n in nums if n not in self.session.selected]
        if ordered:
            self.session.select(ordered)

    def _sync_selection(self):
        self._show_selection()
        self.show_summary()

    def _show_selection(self):
        """Select the rows of the session's satellites that the filter shows (the summary stays as it is)."""
        self._syncing = True
        try:
            selection = QItemSelection()
            first = None
            for n in self.session.selected:
                row = self.model.row_of(n)
                if row is None:
                    continue
                selection.select(self.model.index(row, 0), self.model.index(row, self.model.columnCount() - 1))
                first = row if first is None else first
            self.list.selectionModel().select(selection, QItemSelectionModel.ClearAndSelect)
            if first is not None and self.session.selected and self.model.row_of(self.session.selected[0]) == first:
                self.list.scrollTo(self.model.index(first, 0))
        finally:
            self._syncing = False

    def show_summary(self):
        es = self.session.primary()
        if es is None:
            self.summary.setHtml(self.tr("<i>Choose a satellite.</i>"))
            return
        s = summarize(es, self.session.time_s)
        rows = self.summary_rows(s)
        record = self.session.metadata.get(es.satnum)
        html = f"<h3 style='margin:2px'>{isolate(es.name)}</h3>"
        if record is not None and record.decayed:
            html += ("<p style='background:#eeeeee;color:#444;padding:4px'><b>" + self.tr("Decayed") + "</b>: " +
                     self.tr("the SATCAT says this object re-entered the atmosphere on {0}; its elements describe "
                             "an orbit it no longer flies.").format(record.decay_date or "?") + "</p>")
        if es.approximate:
            html += ("<p style='background:#fff0e0;color:#8a3a00;padding:4px'>" + self.tr(
                "<b>Approximate elements</b>: {0}. Where the satellite is along its orbit is not known.").format(
                isolate(es.derivation)) + "</p>")
        if es.designed:
            html += ("<p style='background:#e8f0ff;color:#1d3f8a;padding:4px'>" + self.tr(
                "<b>Designed orbit</b>: {0}. Made in the Orbit lab: no real satellite flies it.").format(
                isolate(es.derivation)) + "</p>")
        age_now = es.age_days(timebase.now_s())
        if age_now > STALE_DAYS and not es.flag:
            html += ("<p style='background:#fff8d0;padding:4px'>⚠ " + self.tr(
                "These elements are {0:.0f} days old: use File ▸ Refresh elements (F5) when online.").format(age_now)
                + "</p>")
        if s.age_warning:
            gap = abs(self.session.time_s - es.epoch_s) / 86400.0
            html += "<p style='background:#fff8d0;padding:4px'>⚠ " + self.tr(
                "predictions {0:.0f} days from the element epoch: positions along the track may be off by many "
                "kilometres (timing by minutes); revisit statistics stay indicative").format(gap) + "</p>"
        skip = {"Satellite", "Warning"} | ({"Elements"} if es.flag else set())  # the banner above says it
        html += html_rows([(label, v) for k, label, v in rows if k not in skip] + metadata_rows(es, record))
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
