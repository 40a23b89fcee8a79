"""The Passes panel: statistics, a timeline of the passes and their table."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from desktop.core import timebase

from . import i18n
from .i18n import duration_text, isolate, localize_digits
from .widgets import scrolling

COLUMNS = [QT_TRANSLATE_NOOP("PassTableModel", "Satellite"), QT_TRANSLATE_NOOP("PassTableModel", "Start (UTC)"),
           QT_TRANSLATE_NOOP("PassTableModel", "Duration"), QT_TRANSLATE_NOOP("PassTableModel", "Closest (UTC)"),
           QT_TRANSLATE_NOOP("PassTableModel", "Off-nadir"), QT_TRANSLATE_NOOP("PassTableModel", "Max elev."),
           QT_TRANSLATE_NOOP("PassTableModel", "Sun"), QT_TRANSLATE_NOOP("PassTableModel", "Local time"),
           QT_TRANSLATE_NOOP("PassTableModel", "Direction"), QT_TRANSLATE_NOOP("PassTableModel", "Start window (share)")]


class PassTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.passes = []
        self.windows, self.owners = {}, {}

    def set_passes(self, passes, windows=None, owners=None):
        """Passes, and optionally their start windows {(satnum, start): (earliest, latest, share)} and each
        satellite's owner as the statistics name it {satnum: text} (the satellite column's tooltip)."""
        self.beginResetModel()
        self.passes = list(passes)
        self.windows = windows or {}
        self.owners = owners or {}
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.passes)

    def columnCount(self, parent=QModelIndex()):
        return len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.tr(COLUMNS[section])
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
                return localize_digits(f"{timebase.iso_utc(window[0])[11:16]}–{timebase.iso_utc(window[1])[11:16]}"
                                       f" ({100 * window[2]:.0f} %)")
            if role == Qt.ToolTipRole:
                return self.tr("Where the pass may start, 5-95 % of the sampled element sets, and how many of them have it")
            return None
        if role == Qt.UserRole:  # sort keys
            return [p.name, p.start_s, p.duration_s, p.closest_s, p.off_nadir_deg, p.max_elevation_deg,
                    p.sun_elevation_deg, p.local_solar_time_h, p.ascending][col]
        if role == Qt.DisplayRole:
            lst = p.local_solar_time_h
            if col == 0:
                return p.name
            if col == 8:
                return self.tr("ascending") if p.ascending else self.tr("descending")
            if col == 2:
                return localize_digits(duration_text(p.duration_s))
            return localize_digits([None, timebase.iso_utc(p.start_s).replace("T", " ")[:-1], None,
                                    timebase.iso_utc(p.closest_s)[11:-1], f"{p.off_nadir_deg:.1f}°",
                                    f"{p.max_elevation_deg:.1f}°", f"{p.sun_elevation_deg:.0f}°",
                                    f"{int(lst):02d}:{int(lst % 1 * 60):02d}"][col])
        if role == Qt.ToolTipRole and col == 0:
            return self.owners.get(p.satnum)
        if role == Qt.ToolTipRole and col == 6:
            return self.tr("Sun elevation at the nearest point of the region, at closest approach")
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
        self.setToolTip(self.tr("Passes in the analysis window; shading is night at the region. Click to go to a time."))
        self._sun = None
        session.analysis_changed.connect(self._recompute)
        session.time_changed.connect(lambda *_: self.update())

    def _recompute(self):
        a = self.session.analysis
        self._sun = None
        if a is not None and timebase.sun_known([a.start_s, a.end_s]):
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
            p.drawText(self.rect(), Qt.AlignCenter, self.tr("Run an analysis to see its passes here"))
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
        self.stats = QLabel(self.tr("<i>Choose a satellite and a region, then press Run.</i>"))
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
        sets = {es.satnum: es for es in self.session.catalog}
        owners = {n: self.owner_text(n) for n in {*a.passes, *a.stats}}
        self.model.set_passes(a.all_passes(), windows, owners)
        parts = [f"<b>{isolate(i18n.region_text(a.region))}</b> · {i18n.settings_text(a)}"]
        approx = [sets[n].name for n in a.passes if n in sets and sets[n].approximate]
        designed = [sets[n].name for n in a.passes if n in sets and sets[n].designed]
        for n, st in a.stats.items():
            name = self.tr("{0}, {1}", "a satellite's name and its owner").format(
                isolate((i18n.sat_label(sets[n]) if n in sets else str(n))
                        + (f" ({a.criterion_of(n).short})" if n in a.sensors else "")), owners[n])
            if st.mean_gap_s is not None:
                gap = self.tr("revisit mean {mean}, median {median}, longest {longest}").format(
                    mean=duration_text(st.mean_gap_s), median=duration_text(st.median_gap_s),
                    longest=duration_text(st.longest_gap_s))
            elif st.accesses:
                gap = self.tr("no gap to measure")
            else:
                gap = self.tr("no pass in {days:g} days").format(days=a.end_s / 86400 - a.start_s / 86400)
            ranges = (a.uncertainty or {}).get(n, (None, None))[1]
            big, nominal = f"{st.passes_per_day:.2f}", ""
            if ranges and ranges["passes_per_day"]["low"] is not None:
                r = ranges["passes_per_day"]
                big = f"{r['low']:.2f}–{r['high']:.2f}"
                nominal = self.tr(" (nominal {rate:.2f}, 5-95 % of 32 sets)").format(rate=st.passes_per_day)
                g = ranges.get("mean_gap_s", {})
                if g.get("low") is not None:
                    gap += self.tr(" (mean gap {low}–{high})").format(low=duration_text(g['low']), high=duration_text(g['high']))
            parts.append(self.tr("<b>{name}</b>: <span style='font-size:large'><b>{rate}</b></span> passes a day{nominal} "
                                 "({count} in all), {in_view} in view; {gap}").format(
                name=name, rate=isolate(big, left_to_right=True), nominal=nominal, count=st.accesses,
                in_view=duration_text(st.total_in_view_s), gap=gap))
        if a.combined is not None:
            st = a.combined
            parts.append(self.tr("<b>All together</b>: {rate:.2f} a day, revisit mean {mean}, longest {longest}").format(
                rate=st.passes_per_day, mean=duration_text(st.mean_gap_s), longest=duration_text(st.longest_gap_s)))
        hist = (a.combined or next(iter(a.stats.values()))).local_time_histogram
        if hist.sum():
            parts.append(self.tr("Local solar time of passes: {0}").format(
                ", ".join(isolate(f"{h:02d}h ({n})", left_to_right=True) for h, n in enumerate(hist) if n)))
        if designed:
            parts.append("<span style='color:#1d3f8a'>" + self.tr("Designed orbits: {0} (made in the Orbit lab).").format(
                ", ".join(isolate(d) for d in designed)) + "</span>")
        if approx:
            parts.append("<span style='color:#8a3a00'>" + self.tr(
                "Approximate elements for {0}: counts and local times are indicative, exact times are not.").format(
                ", ".join(isolate(x) for x in approx)) + "</span>")
        self.stats.setText(localize_digits(i18n.lines_html(parts), html=True))

    def owner_text(self, satnum: int) -> str:
        """A satellite's SATCAT owner as the statistics and the pass list name it, in the window's language:
        'owner United States (US)', or 'owner unknown' when the metadata has none (as passes prints it)."""
        record = self.session.metadata.get(satnum)
        if record is None or not record.owner:
            return self.tr("owner unknown")
        return self.tr("owner {0}").format(f"{i18n.owner_label(record.owner_name)} ({isolate(record.owner)})"
                                           if record.owner_name != record.owner else isolate(record.owner))

    def _row_changed(self, current, _previous):
        if current.isValid():
            p = self.model.passes[self.proxy.mapToSource(current).row()]
            self.pass_selected.emit(p)
