"""The Orbit lab's Burn and Lifetime sections.

Burn: a velocity change (prograde, radial, normal) at the next apogee,
perigee or node of the selected satellite, or at the clock's time; every slider
step makes the orbit after the burn with the core (``desktop.core.maneuver``)
and puts it in the session as a DESIGNED satellite beside the one it came from,
so the map and the globe show the track before and after. Transfer presets
(Hohmann, plane change, combined, phasing) show their budgets and can be
applied as burns; a two-burn transfer also shows the transfer orbit.

Lifetime: the decay of the selected satellite's orbit under the three solar
activity scenarios (``desktop.core.lifetime``), computed off the GUI thread,
drawn as height against time with a band from the high to the low scenario.
"""

from __future__ import annotations

import html
import math

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QFormLayout, QHBoxLayout, QLabel, QProgressBar,
                               QPushButton, QSpinBox, QVBoxLayout, QWidget)

from desktop.core import lifetime as life
from desktop.core import maneuver, timebase

from .i18n import forward_arrow
from .widgets import SliderSpin, form_group, html_rows
from .workers import Runner

REENTERS_STYLE = "color:#c0392b; font-weight:bold"
BURN_TIMES = ("perigee", "apogee", "ascending", "descending", "time")
TRANSFERS = maneuver.TRANSFER_KINDS
# the core's scenario names and burn times, as the decay plot, the lab and the handout show them
SCENARIO_NAMES = (QT_TRANSLATE_NOOP("DecayPlot", "low"), QT_TRANSLATE_NOOP("DecayPlot", "moderate"),
                  QT_TRANSLATE_NOOP("DecayPlot", "high"), QT_TRANSLATE_NOOP("DecayPlot", "space-weather file"))
NEXT_EVENT = {"perigee": QT_TRANSLATE_NOOP("BurnSection", "Next perigee"),
              "apogee": QT_TRANSLATE_NOOP("BurnSection", "Next apogee"),
              "ascending": QT_TRANSLATE_NOOP("BurnSection", "Next ascending node"),
              "descending": QT_TRANSLATE_NOOP("BurnSection", "Next descending node")}


def _figures_rows(before, after, shift):
    def pair(a, b, fmt, unit):
        return f"{fmt.format(a)} {forward_arrow()} <b>{fmt.format(b)}</b> {unit}"
    rows = [(QCoreApplication.translate("BurnSection", "Perigee"), pair(before.perigee_km, after.perigee_km, "{:,.1f}", QCoreApplication.translate("BurnSection", "km"))),
            (QCoreApplication.translate("BurnSection", "Apogee"), pair(before.apogee_km, after.apogee_km, "{:,.1f}", QCoreApplication.translate("BurnSection", "km"))),
            (QCoreApplication.translate("BurnSection", "Period"), pair(before.period_min, after.period_min, "{:.2f}", QCoreApplication.translate("BurnSection", "min"))),
            (QCoreApplication.translate("BurnSection", "Inclination"), pair(before.inclination_deg, after.inclination_deg, "{:.3f}", "°"))]
    if shift is not None:
        rows.append((QCoreApplication.translate("BurnSection", "Track shift"), QCoreApplication.translate("BurnSection", "{0:+,.1f} km a day at the equator (+ westward)").format(shift)))
    return rows


class BurnSection(QWidget):
    """Burns and transfer presets for the selected satellite, with live read-outs."""

    burned = Signal()

    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window = window
        self.session = window.session
        self.source_satnum: int | None = None
        self.result: maneuver.BurnResult | None = None
        self.transfer: maneuver.Transfer | None = None
        self._satnums: tuple[int, int] | None = None  # the burn's set and a transfer orbit's set
        self._event_key, self._event_s = None, 0.0  # the last burn time searched (apogee, perigee, node)

        self.source = QLabel()
        self.source.setWordWrap(True)
        self.when = QComboBox()
        for key, label in zip(BURN_TIMES, (self.tr("Next perigee"), self.tr("Next apogee"),
                                           self.tr("Next ascending node"), self.tr("Next descending node"),
                                           self.tr("At the clock's time"))):
            self.when.addItem(label, key)
        self.when.setToolTip(self.tr("When the engine fires: searched after the clock's time"))
        tip = self.tr("Velocity change in metres per second; type up to 10,000 in the box")
        self.prograde = SliderSpin(-10000, 10000, 0, 0.5, self.tr(" m/s"), 1, tip=tip)
        self.prograde.slider.setRange(-400, 400)
        self.radial = SliderSpin(-10000, 10000, 0, 0.5, self.tr(" m/s"), 1, tip=tip)
        self.radial.slider.setRange(-400, 400)
        self.normal = SliderSpin(-10000, 10000, 0, 0.5, self.tr(" m/s"), 1, tip=tip)
        self.normal.slider.setRange(-400, 400)
        self.readout = QLabel()
        self.readout.setWordWrap(True)
        self.readout.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.status = QLabel()
        self.status.setWordWrap(True)
        take = QPushButton(self.tr("Burn this satellite"))
        take.setToolTip(self.tr("Use the satellite selected in the list as the one that burns"))
        take.clicked.connect(self.take_selected)
        clear = QPushButton(self.tr("Clear"))
        clear.setToolTip(self.tr("Remove the orbit after the burn from the map"))
        clear.clicked.connect(self.clear)

        self.transfer_kind = QComboBox()
        for key, label in zip(TRANSFERS, (self.tr("Hohmann transfer to a height"), self.tr("Plane change"),
                                          self.tr("Hohmann with plane change at apogee"),
                                          self.tr("Phasing: move along the orbit"))):
            self.transfer_kind.addItem(label, key)
        self.transfer_kind.setToolTip(self.tr("A classic transfer from the satellite's circular height, with its budget"))
        self.target = QDoubleSpinBox(minimum=150, maximum=400000, value=800, decimals=0, suffix=self.tr(" km"),
                                     singleStep=50)
        self.target.setToolTip(self.tr("Height of the final circular orbit"))
        self.angle = QDoubleSpinBox(minimum=-359, maximum=359, value=10, decimals=1, suffix="°")
        self.angle.setToolTip(self.tr("Plane change, or how far to move along the orbit (negative: fall behind)"))
        self.revolutions = QSpinBox(minimum=1, maximum=100, value=3)
        self.revolutions.setToolTip(self.tr("Phasing: revolutions of the phasing orbit"))
        self.budget = QLabel()
        self.budget.setWordWrap(True)
        self.budget.setTextInteractionFlags(Qt.TextSelectableByMouse)
        apply_transfer = QPushButton(self.tr("Apply the transfer"))
        apply_transfer.setToolTip(self.tr("Make the transfer's burns on the selected satellite"))
        apply_transfer.clicked.connect(self.apply_transfer)
        self.watch = QPushButton(self.tr("Watch it on the globe"))
        self.watch.setToolTip(self.tr("Show the globe and play the clock from the first burn to the last, "
                                      "the whole transfer in about half a minute"))
        self.watch.setEnabled(False)
        self.watch.clicked.connect(self.watch_transfer)
        self._transfer_span: tuple[float, float] | None = None  # first and last burn of the transfer applied

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        box, form = form_group(self.tr("Burn"))
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        row = QHBoxLayout()
        row.addWidget(take)
        row.addWidget(clear)
        form.addRow(self.source)
        form.addRow(row)
        form.addRow(self.tr("When"), self.when)
        form.addRow(self.tr("Prograde"), self.prograde)
        form.addRow(self.tr("Radial"), self.radial)
        form.addRow(self.tr("Normal"), self.normal)
        form.addRow(self.readout)
        form.addRow(self.status)
        layout.addWidget(box)
        tbox, tform = form_group(self.tr("Transfers (vis-viva)"))
        tform.addRow(self.transfer_kind)
        tform.addRow(self.tr("To height"), self.target)
        tform.addRow(self.tr("Angle"), self.angle)
        tform.addRow(self.tr("Revolutions"), self.revolutions)
        tform.addRow(self.budget)
        tform.addRow(apply_transfer)
        tform.addRow(self.watch)
        layout.addWidget(tbox)

        for w in (self.prograde, self.radial, self.normal):
            w.valueChanged.connect(self.changed)
        self.when.currentIndexChanged.connect(self.changed)
        for w in (self.target, self.angle):
            w.valueChanged.connect(self.plan)
        self.revolutions.valueChanged.connect(self.plan)
        self.transfer_kind.currentIndexChanged.connect(self.plan)
        self._show_source()

    # ------------------------------------------------------------------ the satellite that burns
    def source_set(self):
        return None if self.source_satnum is None else self.session.catalog.get(self.source_satnum)

    def take_selected(self) -> None:
        es = self.session.primary()
        if es is not None and self._satnums and es.satnum in self._satnums:
            es = self.source_set()
        if es is None:
            self.status.setText(self.tr("Select a satellite in the Satellites list first."))
            return
        self.source_satnum = es.satnum
        self._show_source()
        self.changed()
        self.plan()

    def _show_source(self) -> None:
        es = self.source_set()
        self.source.setText(self.tr("Satellite: <b>{0}</b>").format(es.label) if es is not None else
                            self.tr("<i>Select a satellite and press “Burn this satellite”.</i>"))

    def _burn_numbers(self) -> tuple[int, int]:
        if self._satnums is None:
            from desktop.core import design

            taken = [es.satnum for es in self.session.catalog] + [d.satnum for d in design.load_designs()]
            first = design.next_satnum(taken)
            second = design.next_satnum(taken + [first])
            self._satnums = (first, second)
        return self._satnums

    def burn(self) -> maneuver.Burn:
        at = self.when.currentData()
        return maneuver.Burn(self.prograde.value(), self.radial.value(), self.normal.value(), at=at,
                             time_s=self.session.time_s if at == "time" else None)

    # ------------------------------------------------------------------ a slider step
    def changed(self, *_):
        """Make the orbit after the burn and show it (about 3 ms of core work a step)."""
        es = self.source_set()
        if es is None:
            return
        burn = self.burn()
        if burn.dv_m_s == 0:
            self.readout.setText(self.tr("<i>Move a slider to burn.</i>"))
            return
        first, _second = self._burn_numbers()
        try:
            if burn.at != "time":  # the next apogee (or node) does not move with the slider: found once
                key = (es.satnum, es.epoch_s, burn.at, self.session.time_s)
                if self._event_key != key:
                    self._event_key, self._event_s = key, maneuver.burn_time_s(es, burn, self.session.time_s)
                burn = maneuver.Burn(burn.prograde_m_s, burn.radial_m_s, burn.normal_m_s, at="time",
                                     time_s=self._event_s)
            result = maneuver.apply_burn(es, burn, self.session.time_s, satnum=first, name=f"{es.name[:18]} BURN")
        except maneuver.BurnError as exc:
            self._show_result(None, str(exc))
            self._drop_burn_set(first)
            return
        self.result = result
        self._show_result(result, "")
        if result.elements is not None:
            self._put([result.elements])
        else:  # re-enters at once: no orbit after the burn is drawn
            self._drop_burn_set(first)
        self.session.lab_burn = {"source": es.satnum, "burns": [self.burn().to_dict()], "satnums": list(self._satnums)}
        self.burned.emit()

    def _drop_burn_set(self, satnum: int) -> None:
        if self.session.catalog.get(satnum) is not None:
            self.session.remove_set(satnum)

    def _put(self, sets) -> None:
        for new in sets:
            self.session.update_set(new)
        wanted = [self.source_satnum] + [s.satnum for s in sets]
        selected = [n for n in self.session.selected if n not in wanted]
        if self.session.selected[:len(wanted)] != wanted:
            self.session.select(wanted + selected)

    def _show_result(self, result, error: str) -> None:
        if error:
            self.readout.setText(f"<span style='{REENTERS_STYLE}'>{error}</span>")
            return
        if result.reenters:
            self.readout.setText(
                f"<span style='{REENTERS_STYLE}'>" + self.tr("Re-enters at once") + "</span><br>"
                + self.tr("Perigee {0:,.0f} km: below the surface. No orbit is made.").format(result.after.perigee_km))
            return
        rows = _figures_rows(result.before, result.after, result.track_shift_km_per_day)
        rows.insert(0, (self.tr("Burn at"), timebase.iso_utc(result.time_s)))
        notes = "".join(f"<br><span style='{REENTERS_STYLE}'>{n}</span>" for n in result.notes)
        self.readout.setText(html_rows(rows) + notes)

    def clear(self) -> None:
        for satnum in self._satnums or ():
            self.session.remove_set(satnum)
        self.result, self.session.lab_burn = None, None
        for w in (self.prograde, self.radial, self.normal):
            w.blockSignals(True)
            w.setValue(0.0)
            w.blockSignals(False)
        self.readout.setText("")

    # ------------------------------------------------------------------ transfers
    def _mean_height_km(self) -> float | None:
        es = self.source_set()
        if es is None:
            return None
        try:
            return maneuver.mean_height_km(es.satrec, self.session.time_s)
        except maneuver.BurnError:
            return None

    def plan(self, *_) -> maneuver.Transfer | None:
        height = self._mean_height_km()
        if height is None:
            self.budget.setText(self.tr("<i>Choose the satellite first.</i>"))
            return None
        kind = self.transfer_kind.currentData()
        try:
            if kind == "hohmann":
                t = maneuver.hohmann(height, self.target.value())
            elif kind == "plane":
                t = maneuver.plane_change(height, abs(self.angle.value()))
            elif kind == "combined":
                t = maneuver.combined_plane_change(height, self.target.value(), abs(self.angle.value()))
            else:
                t = maneuver.phasing(height, self.angle.value(), self.revolutions.value())
        except maneuver.BurnError as exc:
            self.transfer = None
            self.budget.setText(f"<span style='{REENTERS_STYLE}'>{exc}</span>")
            return None
        self.transfer = t
        rows = [(self.tr("Burn {0}").format(k), self.tr("{0:+,.1f} m/s").format(dv * 1000))
                for k, dv in enumerate(t.burns_km_s, 1)]
        rows.append((self.tr("Total Δv"), self.tr("<b>{0:,.1f} m/s</b>").format(t.total_dv_km_s * 1000)))
        if t.time_of_flight_s:
            rows.append((self.tr("Time"), self.tr("{0:.2f} h").format(t.time_of_flight_s / 3600)))
        rows.append((self.tr("Formula"), t.formula))
        self.budget.setText(html_rows(rows))
        return t

    def apply_transfer(self) -> bool:
        es = self.source_set()
        t = self.plan()
        if es is None or t is None:
            return False
        first, second = self._burn_numbers()
        burns = maneuver.transfer_burns(self.transfer_kind.currentData(), t)
        name = f"{es.name[:18]} BURN"
        try:
            results = maneuver.apply_burns(es, burns, self.session.time_s, satnum=first, name=name)
            arc = None
            if len(burns) > 1 or self.transfer_kind.currentData() == "phasing":
                # the transfer orbit (after the first burn) under its own number, drawn as the transfer arc
                arc = maneuver.apply_burn(es, burns[0], self.session.time_s, satnum=second,
                                          name=f"{es.name[:14]} TRANSFER").elements
            if self.transfer_kind.currentData() == "phasing" and not results[-1].reenters:
                back = maneuver.Burn(t.burns_km_s[1] * 1000, at="time",
                                     time_s=results[0].time_s + t.time_of_flight_s)
                results.append(maneuver.apply_burn(results[0].elements, back, satnum=first, name=name))
        except maneuver.BurnError as exc:
            self._show_result(None, str(exc))
            return False
        final = results[-1]
        self.result = final
        self._show_result(final, "")
        sets = [] if final.elements is None else [final.elements]
        if arc is not None:
            sets.append(arc)
        self._put(sets)
        self.session.lab_burn = {"source": es.satnum, "burns": [r.burn.to_dict() for r in results],
                                 "satnums": list(self._satnums)}
        self._transfer_span = (results[0].time_s, results[-1].time_s) if arc is not None else None
        self.watch.setEnabled(self._transfer_span is not None)
        self.burned.emit()
        return True

    WATCH_S = 30.0  # real seconds the whole transfer should take on the globe, at most (if a speed allows)

    def watch_transfer(self) -> bool:
        """The globe, the clock a little before the first burn and playing at the slowest speed that shows the
        whole transfer (first burn to last) within WATCH_S: the satellite, its transfer orbit and its final
        orbit move on their rings."""
        if self._transfer_span is None:
            return False
        first, last = self._transfer_span
        flight = max(last - first, 60.0)
        lead = 0.1 * flight
        s = self.session
        if not s.globe:
            self.window.toggle_globe()
        bar = self.window.timebar
        # the shortest of the time bar's spans that holds the flight (so its Span box says what is shown)
        spans = [seconds for _label, seconds in bar.SPANS if seconds >= flight + 2 * lead]
        s.set_span(first - lead, spans[0] if spans else flight + 2 * lead)
        s.set_time(first - lead)
        fast_enough = [k for k, speed in enumerate(bar.SPEEDS) if (flight + 2 * lead) / speed <= self.WATCH_S]
        bar.speed.setCurrentIndex(fast_enough[0] if fast_enough else len(bar.SPEEDS) - 1)
        if not bar.play.isChecked():
            bar.toggle_play()
        return True

    def load(self, record: dict | None) -> None:
        """Show a lesson's burns again: the satellite and the burns, re-made with the core."""
        if not record or self.session.catalog.get(record.get("source")) is None:
            return
        self.source_satnum = record["source"]
        if record.get("satnums"):
            self._satnums = tuple(record["satnums"])
        self._show_source()
        burns = []
        for data in record.get("burns", []):
            try:
                burns.append(maneuver.Burn.from_dict(data))
            except maneuver.BurnError:
                continue
        if len(burns) == 1:
            b = burns[0]
            for w, v in ((self.prograde, b.prograde_m_s), (self.radial, b.radial_m_s), (self.normal, b.normal_m_s)):
                w.blockSignals(True)
                w.setValue(v)
                w.blockSignals(False)
            index = self.when.findData(b.at)
            self.when.blockSignals(True)
            self.when.setCurrentIndex(max(index, 0))
            self.when.blockSignals(False)
            self.changed()
        elif burns:
            first, _ = self._burn_numbers()
            es = self.source_set()
            try:
                results = maneuver.apply_burns(es, burns, self.session.time_s, satnum=first, name=f"{es.name[:18]} BURN")
            except maneuver.BurnError as exc:
                self._show_result(None, str(exc))
                return
            self.result = results[-1]
            self._show_result(results[-1], "")
            if results[-1].elements is not None:
                self._put([results[-1].elements])
            self.session.lab_burn = record


# ----------------------------------------------------------------------------- lifetime


def paint_decay(painter: QPainter, rect: QRectF, estimate: life.LifetimeEstimate) -> None:
    """Height against time: the band from the high to the low scenario, each curve, the re-entry range.

    Shared by the lab's plot and the handout, so both say the same.
    """
    painter.save()
    painter.setRenderHint(QPainter.Antialiasing)
    painter.fillRect(rect, QColor("white"))
    left, top = rect.left() + 46, rect.top() + 10
    width, height = rect.width() - 56, rect.height() - 40
    plot = QRectF(left, top, max(width, 10), max(height, 10))
    curves = estimate.curves
    start = estimate.start_s
    end = max(c.times_s[-1] for c in curves)
    span_years = max((end - start) / (365.25 * timebase.DAY_S), 0.05)
    top_km = max(float(c.apogee_km.max()) for c in curves)
    top_km = math.ceil((top_km + 10) / 50.0) * 50.0
    bottom_km = 100.0

    def point(t_s, h_km):
        x = plot.left() + plot.width() * ((t_s - start) / (365.25 * timebase.DAY_S)) / span_years
        y = plot.bottom() - plot.height() * (h_km - bottom_km) / (top_km - bottom_km)
        return QPointF(x, y)

    # axes and grid
    painter.setPen(QPen(QColor("#bbbbbb"), 0))
    years_step = max(_nice_step(span_years), 1 / 12)
    font = painter.font()
    font.setPointSizeF(7.5)
    painter.setFont(font)
    k = 0.0
    while k <= span_years + 1e-9:
        p = point(start + k * 365.25 * timebase.DAY_S, bottom_km)
        painter.drawLine(QPointF(p.x(), plot.top()), QPointF(p.x(), plot.bottom()))
        stamp = timebase.iso_utc(start + k * 365.25 * timebase.DAY_S)
        painter.drawText(QRectF(p.x() - 30, plot.bottom() + 2, 60, 14), Qt.AlignHCenter,
                         stamp[:4] if years_step >= 1 else stamp[:7])
        k += years_step
    h = bottom_km
    km_step = _nice_step(top_km - bottom_km)
    while h <= top_km + 1e-9:
        p = point(start, h)
        painter.drawLine(QPointF(plot.left(), p.y()), QPointF(plot.right(), p.y()))
        painter.drawText(QRectF(rect.left(), p.y() - 7, 42, 14), Qt.AlignRight | Qt.AlignVCenter, f"{h:.0f}")
        h += km_step
    painter.setPen(QPen(QColor("#333333"), 0))
    painter.drawRect(plot)
    painter.drawText(QRectF(rect.left(), rect.bottom() - 14, rect.width(), 14), Qt.AlignHCenter,
                     QCoreApplication.translate("DecayPlot", "height (km); band: high to low solar activity"))
    painter.setClipRect(plot)
    # the band: at each time, from the lowest to the highest scenario (one that has re-entered is at the bottom)
    grid = np.linspace(start, end, 300)
    heights = np.array([np.where(grid <= c.times_s[-1], np.interp(grid, c.times_s, c.mean_height_km),
                                 bottom_km if c.reentry_s is not None else c.mean_height_km[-1]) for c in curves])
    if len(curves) > 1:
        band = QPolygonF([point(t, hh) for t, hh in zip(grid, heights.max(axis=0))]
                         + [point(t, hh) for t, hh in zip(grid[::-1], heights.min(axis=0)[::-1])])
        painter.setPen(Qt.NoPen)
        painter.setBrush(QColor(52, 101, 164, 45))
        painter.drawPolygon(band)
    earliest, latest = estimate.reentry_range_s()
    if earliest is not None:
        x0 = point(earliest, bottom_km).x()
        x1 = point(latest, bottom_km).x() if latest is not None else plot.right()
        painter.fillRect(QRectF(x0, plot.bottom() - 8, max(x1 - x0, 2), 8), QColor(192, 57, 43, 120))
    for c in curves:
        path = QPainterPath(point(c.times_s[0], c.mean_height_km[0]))
        for t, hh in zip(c.times_s[1:], c.mean_height_km[1:]):
            path.lineTo(point(t, hh))
        painter.setPen(QPen(QColor(DECAY_COLOURS.get(c.name, "#6a3d9a")), 1.6))
        painter.setBrush(Qt.NoBrush)
        painter.drawPath(path)
    painter.setClipping(False)
    # legend: a coloured stroke before each scenario's name
    x = plot.left() + 6
    y = plot.top() + 9
    metrics = painter.fontMetrics()
    for c in curves:
        name = QCoreApplication.translate("DecayPlot", c.name)  # SCENARIO_NAMES
        if x > plot.left() + 6 and x + 15 + metrics.horizontalAdvance(name) > plot.right():
            x, y = plot.left() + 6, y + metrics.height()  # the next name on a new line
        painter.setPen(QPen(QColor(DECAY_COLOURS.get(c.name, "#6a3d9a")), 2.0))
        painter.drawLine(QPointF(x, y), QPointF(x + 12, y))
        painter.setPen(QColor("#111111"))
        painter.drawText(QPointF(x + 15, y + 4), name)
        x += 22 + metrics.horizontalAdvance(name)
    painter.setPen(QColor("#c0392b"))
    painter.drawText(QRectF(plot.left(), y + 6, plot.width() - 6, 14), Qt.AlignRight,
                     QCoreApplication.translate("DecayPlot", "red bar: re-entry range (uncertain)") if earliest is not None else QCoreApplication.translate("DecayPlot", "uncertain"))
    painter.restore()


DECAY_COLOURS = {"low": "#3465a4", "moderate": "#222222", "high": "#c0392b"}


def _nice_step(span: float) -> float:
    raw = span / 5.0
    power = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1.0
    for m in (1, 2, 5, 10):
        if raw <= m * power:
            return m * power
    return 10 * power


def space_weather_label(sw) -> str:
    """'CelesTrak space weather, bundled copy updated 2025-07-21' (or fetched DAY, or the file's name)."""
    if sw.origin == "bundled":
        return QCoreApplication.translate("DecayPlot", "CelesTrak space weather, bundled copy updated {0}").format(sw.dated)
    if sw.origin == "fetched":
        return QCoreApplication.translate("DecayPlot", "CelesTrak space weather, fetched {0}").format(sw.dated)
    return sw.source


def space_weather_texts(estimate: life.LifetimeEstimate) -> list[str]:
    """The space-weather file a curve used (which one, its date, what is held after it) and the activity at the
    epoch with the nearest scenario, in the window's language: shared by the lab and the handout."""
    lines = []
    sw = estimate.space_weather
    if sw is not None:
        label = space_weather_label(sw)
        observed = sw.observed_last_s()
        last = timebase.iso_utc(sw.last_s)[:10]
        if observed is not None and observed < sw.last_s:
            span = QCoreApplication.translate("DecayPlot", "observed to {0}, predicted to {1}").format(
                timebase.iso_utc(observed)[:10], last)
        else:
            span = QCoreApplication.translate("DecayPlot", "rows to {0}").format(last)
        lines.append(QCoreApplication.translate("DecayPlot", "Space weather: {0} ({1}); after {2} the mean of its last "
                                                "11 years is held.").format(label, span, last))
    act = estimate.epoch_activity
    if act is not None:
        lines.append(QCoreApplication.translate("DecayPlot", "Solar activity at the epoch, {0}: F10.7 {1:.1f}, Ap {2:.1f}; "
                                                "nearest scenario: {3}.").format(
            timebase.iso_utc(act.time_s)[:10], act.f107, act.ap,
            QCoreApplication.translate("DecayPlot", act.scenario.name)))
    return lines


class DecayPlot(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.estimate: life.LifetimeEstimate | None = None
        self.setMinimumHeight(230)

    def set_estimate(self, estimate) -> None:
        self.estimate = estimate
        self.update()

    def paintEvent(self, event):
        painter = QPainter(self)
        if self.estimate is None:
            painter.drawText(self.rect(), Qt.AlignCenter, self.tr("No estimate yet"))
        else:
            paint_decay(painter, QRectF(self.rect()), self.estimate)
        painter.end()


class LifetimeSection(QWidget):
    """The decay of the selected satellite under the three scenarios, off the GUI thread."""

    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window = window
        self.session = window.session
        self.runner = Runner(self)
        self.estimate: life.LifetimeEstimate | None = None
        self.mass = QDoubleSpinBox(minimum=0, maximum=1e6, value=0, decimals=1, suffix=self.tr(" kg"))
        self.mass.setSpecialValueText(self.tr("from B* or published"))
        self.mass.setToolTip(self.tr("Mass; leave at the start for a real set's B*, else the published mass"))
        self.area = QDoubleSpinBox(minimum=0, maximum=1e4, value=0, decimals=2, suffix=self.tr(" m²"))
        self.area.setSpecialValueText(self.tr("estimated"))
        self.area.setToolTip(self.tr("Cross-section against the flow (with a mass)"))
        self.cd = QDoubleSpinBox(minimum=0.5, maximum=4.0, value=life.DEFAULT_CD, decimals=2, singleStep=0.1)
        self.cd.setToolTip(self.tr("Drag coefficient (2.2 is usual for a compact satellite)"))
        self.activity = QComboBox()
        self.activity.addItem(self.tr("Three scenarios"), "scenarios")
        self.activity.addItem(self.tr("Scenarios and CelesTrak space weather"), "file")
        self.activity.setToolTip(self.tr("Add a curve under CelesTrak's observed and predicted activity: the copy "
                                         "fetched last, else the copy bundled with Overflight"))
        self.estimate_button = QPushButton(self.tr("Estimate decay"))
        self.estimate_button.setToolTip(self.tr("Estimate the decay of the selected satellite under low, moderate "
                                                "and high solar activity"))
        self.estimate_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the estimate"))
        self.cancel_button.clicked.connect(self.runner.cancel)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar(maximum=100)
        self.progress.setVisible(False)
        self.plot = DecayPlot()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        box, form = form_group(self.tr("Lifetime"))
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Mass"), self.mass)
        form.addRow(self.tr("Area"), self.area)
        form.addRow(self.tr("Drag coeff."), self.cd)
        form.addRow(self.tr("Solar activity"), self.activity)
        row = QHBoxLayout()
        row.addWidget(self.estimate_button)
        row.addWidget(self.cancel_button)
        form.addRow(row)
        form.addRow(self.progress)
        form.addRow(self.plot)
        form.addRow(self.summary)
        layout.addWidget(box)
        self.runner.progress.connect(lambda f: self.progress.setValue(int(100 * f)))
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        self.runner.cancelled.connect(self._idle)

    def settings(self) -> dict:
        return {"mass_kg": self.mass.value() or None, "area_m2": self.area.value() or None, "cd": self.cd.value(),
                "space_weather": self.activity.currentData() == "file"}

    def load(self, record: dict | None) -> None:
        if not record:
            return
        self.mass.setValue(record.get("mass_kg") or 0.0)
        self.area.setValue(record.get("area_m2") or 0.0)
        self.cd.setValue(record.get("cd") or life.DEFAULT_CD)
        self.activity.setCurrentIndex(1 if record.get("space_weather") else 0)

    def start(self) -> bool:
        es = self.session.primary()
        if es is None:
            self.summary.setText(self.tr("Select a satellite first."))
            return False
        s = self.settings()
        try:
            vehicle = life.vehicle_for(es, s["mass_kg"], s["area_m2"], s["cd"])
        except life.LifetimeError as exc:
            self.summary.setText(f"<span style='{REENTERS_STYLE}'>{exc}</span>")
            return False
        self.session.lab_lifetime = s
        from desktop.core import spaceweather

        with_file = self.activity.currentData() == "file"

        def job(progress, cancelled):
            warnings = []
            series = spaceweather.offline_series(warnings)  # never a request from here
            activities = list(spaceweather.SCENARIOS.values()) + ([series] if with_file and series is not None else [])
            curves = []
            for k, activity in enumerate(activities):
                if cancelled():
                    raise InterruptedError
                curves.append(life.estimate(es, vehicle, [activity]).curves[0])
                progress((k + 1) / len(activities))
            return life.LifetimeEstimate(
                es.name, es.flag, vehicle, curves[0].times_s[0], curves, warnings,
                space_weather=series if with_file else None,
                epoch_activity=None if series is None else spaceweather.epoch_activity(es.epoch_s, series))

        self.estimate_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.runner.submit(job)
        return True

    def _idle(self):
        self.estimate_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress.setVisible(False)

    def _finished(self, estimate):
        self._idle()
        self.estimate = estimate
        self.session.lab_estimate = estimate
        self.plot.set_estimate(estimate)
        rows = []
        for c in estimate.curves:
            when = (timebase.iso_utc(c.reentry_s)[:10] if c.reentry_s is not None
                    else self.tr("after {0}").format(timebase.iso_utc(c.horizon_s)[:7]))
            activity = (c.activity if c.name in ("low", "moderate", "high") or estimate.space_weather is None
                        else space_weather_label(estimate.space_weather))
            rows.append((QCoreApplication.translate("DecayPlot", c.name), self.tr("{0} ({1}); now {2:+.3f} km a day").format(
                when, activity, c.initial_decay_km_per_day)))
        label = estimate.satellite + (f" ({estimate.flag.lower()})" if estimate.flag else "")
        notes = "".join(f"<p style='color:#555'>{html.escape(line)}</p>" for line in space_weather_texts(estimate))
        notes += "".join(f"<p style='color:#a40'>{html.escape(w)}</p>" for w in estimate.warnings)
        self.summary.setText(f"<b>{label}</b>: {estimate.range_text()}<br>" + html_rows(rows) + notes
                             + f"<p style='color:#555'>{self.tr('Drag')}: {estimate.vehicle.how}. "
                             + self.tr("This is an estimate") + f": {estimate.note}.</p>")

    def _failed(self, message):
        self._idle()
        self.summary.setText(f"<span style='{REENTERS_STYLE}'>{message.splitlines()[0]}</span>")
