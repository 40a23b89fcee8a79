"""The Overhead view: the passes of every satellite of the layer over the analysis region, in time order.

Its satellites are ``Session.filtered_sets()`` (every loaded set, or the filtered
ones), its region, criterion and daylight test the Analysis panel's, its window
the next hours or days from the clock. The search is the core's one batched pass
engine (``core.fleet.passes_over``) on a worker with progress and Cancel; the
rows are the core's compact pass rows (``core.tables.compact_pass_row``), the
same as ``overflight passes --all``. Clicking a row selects that satellite and
sets the clock to the pass's start.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QSpinBox, QTableView, QVBoxLayout, QWidget)

from desktop.core.batch import rejected_summary
from desktop.core.budget import GB, budget_bytes, passes_bytes
from desktop.core.fleet import passes_over
from desktop.core.revisit import format_duration
from desktop.core.satcat import owners_by_number
from desktop.core.tables import compact_pass_row

from .widgets import progress_strip
from .workers import Runner

MAX_HOURS = 7 * 24


class OverheadModel(QAbstractTableModel):
    """Passes as the core's compact rows: satellite (with its flag), start, duration, max elevation or off-nadir."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.passes, self.rows, self.contact = [], [], True

    def set_passes(self, passes, criterion, lookup, owners=None, decayed=frozenset()) -> None:
        """``owners``: SATCAT owner code by number; ``decayed``: the numbers the SATCAT says re-entered."""
        owners = owners or {}
        self.beginResetModel()
        self.passes = list(passes)
        self.contact = criterion.kind == "contact"
        self.rows = [compact_pass_row(p, criterion, lookup(p.satnum), owners.get(p.satnum, ""), p.satnum in decayed)
                     for p in self.passes]
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 5

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return [self.tr("Satellite"), self.tr("Owner"), self.tr("Start (UTC)"), self.tr("Duration"),
                    self.tr("Max elev.") if self.contact else self.tr("Off-nadir")][section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.DisplayRole:
            if col == 0:  # the name with the elements' flag, as everywhere else
                return f"{row[0]} ({row[5].lower()})" if row[5] else row[0]
            if col == 2:
                # month-day and time: the year is the clock's, and a narrow dock keeps every column in view
                start = row[2][5:].replace("T", " ").rstrip("Z")
                # a pass already under way when the window opens starts at the clock: said so
                return self.tr("{0} (under way)").format(start) if self.passes[index.row()].starts_at_window else start
            if col == 1:
                return row[1]
            if col == 3:
                p = self.passes[index.row()]
                text = format_duration(p.duration_s)
                # cut by the window's edge: the satellite is in view longer than that
                return self.tr("≥ {0}").format(text) if p.starts_at_window or p.ends_at_window else text
            if col == 4:
                return f"{row[4]}°"
            return row[col]
        if role == Qt.TextAlignmentRole and col >= 3:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.ToolTipRole and col == 0:
            p = self.passes[index.row()]
            return self.tr("NORAD {0}: click to select it and set the clock to the pass's start").format(p.satnum)
        return None


class OverheadPanel(QWidget):
    """Which satellites pass over the region in the next hours: run, cancel, a table in time order."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.runner = Runner(self)
        self.runner.progress.connect(lambda f: self.progress.setValue(int(f * 1000)))
        self.runner.finished.connect(self._done)
        self.runner.failed.connect(self._failed)
        self.runner.cancelled.connect(self._cancelled)
        self.hours = QSpinBox(minimum=1, maximum=MAX_HOURS, value=6)
        self.hours.setSuffix(self.tr(" h"))
        self.hours.setToolTip(self.tr("How far ahead of the clock to look (up to a week)"))
        self.run_button = QPushButton(self.tr("Find passes"))
        self.run_button.setToolTip(self.tr("Passes of every satellite of the layer over the analysis region, "
                                           "with the Analysis panel's criterion"))
        self.run_button.clicked.connect(self.run)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the search; the last list stays"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = progress_strip()
        self.message = QLabel(self.tr("Choose a region (a point, a circle or a country), then Find passes."))
        self.message.setWordWrap(True)
        self.model = OverheadModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 6)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.table.clicked.connect(self.go_to_row)
        self.table.activated.connect(self.go_to_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Next")))
        row.addWidget(self.hours)
        row.addWidget(self.run_button)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def run(self) -> bool:
        """Search the next hours from the clock; False (with the reason shown) when it cannot start."""
        s = self.session
        region = s.region
        sets = s.filtered_sets()
        if region is None:
            self.message.setText(self.tr("Choose a region first: a point, a circle or a country (Analysis panel)."))
            return False
        if not sets:
            self.message.setText(self.tr("No satellites loaded."))
            return False
        days = self.hours.value() / 24.0
        need, budget = passes_bytes(len(sets), days), budget_bytes()
        if need > budget:
            self.message.setText(self.tr("{0} satellites for {1} h need about {2} GB (budget {3} GB): look fewer "
                                         "hours ahead").format(len(sets), self.hours.value(), f"{need / GB:.2g}",
                                                               f"{budget / GB:g}"))
            return False
        start = s.time_s
        end = start + self.hours.value() * 3600.0
        criterion, sun = s.criterion, s.daylight_sun_deg

        def job(progress, cancelled):
            return passes_over(sets, region, criterion, start, end, sun, progress=progress, cancelled=cancelled), \
                (region, criterion, len(sets))

        self.progress.setValue(0)
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.message.setText(self.tr("Searching {0} satellites over {1}…").format(len(sets), region.name))
        self.runner.submit(job)
        return True

    def cancel(self) -> None:
        self.runner.cancel()

    def _idle(self):
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    def _done(self, result):
        self._idle()
        (passes, rejected), (region, criterion, searched) = result
        # the metadata of the satellites that passed only (the whole SATCAT is 65,000 records)
        metadata = self.session.metadata
        records = {n: r for n in {p.satnum for p in passes} if (r := metadata.get(n)) is not None}
        self.model.set_passes(passes, criterion, self.session.catalog.get, owners_by_number(records),
                              {n for n, r in records.items() if r.decayed})
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        flagged = sum(1 for p in passes if (es := self.session.catalog.get(p.satnum)) is not None and es.flag)
        text = self.tr("{0} passes of {1} satellites over {2} ({3}), in time order.").format(
            len(passes), len({p.satnum for p in passes}), region.name, criterion.describe())
        if flagged:
            text += " " + self.tr("{0} of them by APPROXIMATE or DESIGNED element sets.").format(flagged)
        left_out = rejected_summary(rejected.values())
        if left_out:
            text += " " + left_out  # the core's line (English, like the command line's)
        self.progress.setValue(1000)
        self.message.setText(text)

    def _failed(self, message):
        self._idle()
        self.message.setText(message.splitlines()[0])

    def _cancelled(self):
        self._idle()
        self.message.setText(self.tr("Cancelled; the last list stays."))

    def go_to_row(self, index) -> None:
        """Select the row's satellite (as the satellite list does) and set the clock to the pass's start."""
        if not index.isValid():
            return
        p = self.model.passes[index.row()]
        self.session.select([p.satnum])
        self.session.set_time(p.start_s)


def dock_overhead_panel(window) -> OverheadPanel:
    panel = OverheadPanel(window.session)
    dock = window.add_panel_dock("Overhead", panel)
    dock.setWindowTitle(QCoreApplication.translate("MainWindow", "Overhead"))

    def show():  # shown and brought to the front of its tab group, whatever it was
        dock.show()
        dock.raise_()
        panel.run_button.setFocus()

    view_menu = window.menuBar().actions()[2].menu()
    window.insert_actions(view_menu, view_menu.actions()[0],
                          [(QCoreApplication.translate("MainWindow", "&Overhead: who passes over the region"),
                            "Ctrl+H", show)])
    return panel
