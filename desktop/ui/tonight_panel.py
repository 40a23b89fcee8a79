"""Tonight: where the observer is, and the visible passes there for the next nights.

The observer is chosen by typing a city (completed from the bundled gazetteer),
by typing coordinates, or by right-clicking the map ('Set observer here'). The
passes come from the core's visible_passes (sunlit, above the mask, the Sun
below the twilight limit at the observer), computed off the GUI thread with
progress and Cancel. Clicking a pass shows its path on the sky plot, sets the
clock to its start and lists its details: AOS, TCA and LOS with azimuths, the
greatest elevation, the range, Earth's shadow, the Sun's altitude and the
estimated brightness.
"""

from __future__ import annotations

import html
import json
import math
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QCompleter, QDoubleSpinBox, QFormLayout, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPushButton, QSpinBox, QSplitter, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.core import gazetteer, sky

from .i18n import forward_arrow
from .session import SkyPass, SkySettings, observer_from_spec, observer_spec
from .sky_plot import both_times, compass_point, local_time, zone_of
from .widgets import progress_strip, scrolling
from .workers import Runner

TWILIGHTS = ((-6.0, QT_TRANSLATE_NOOP("TonightPanel", "dark: civil (Sun below -6°)")),
             (-12.0, QT_TRANSLATE_NOOP("TonightPanel", "dark: nautical (-12°)")),
             (-18.0, QT_TRANSLATE_NOOP("TonightPanel", "dark: astronomical (-18°)")),
             (0.0, QT_TRANSLATE_NOOP("TonightPanel", "after sunset (0°)")))


TALL_WINDOW_PX = 860  # the window's default layout splits its side column from this height (MainWindow)



def parse_coordinates(text: str) -> tuple[float, float]:
    """Latitude and longitude from '51.48, -0.01' or '51.48N 0.01W'; raises ValueError with one clear line."""
    found = re.findall(r"([-+]?\d+(?:\.\d+)?)\s*°?\s*([NSEWnsew]?)", text)
    if len(found) != 2:
        raise ValueError(QCoreApplication.translate("TonightPanel", "Type the latitude and the longitude, e.g. 51.48, -0.01 or 51.48N 0.01W"))
    values = []
    for k, (number, hemisphere) in enumerate(found):
        value = float(number.replace(",", "."))
        hemisphere = hemisphere.upper()
        if hemisphere in ("S", "W"):
            value = -abs(value)
        if (k == 0 and hemisphere in ("E", "W")) or (k == 1 and hemisphere in ("N", "S")):
            raise ValueError(QCoreApplication.translate("TonightPanel", "The latitude comes first (N or S), then the longitude (E or W)"))
        values.append(value)
    lat, lon = values
    if not -90.0 <= lat <= 90.0:
        raise ValueError(QCoreApplication.translate("TonightPanel", "Latitude {value:g}° is beyond ±90°").format(value=lat))
    if not -180.0 <= lon <= 360.0:
        raise ValueError(QCoreApplication.translate("TonightPanel", "Longitude {value:g}° is beyond ±180°").format(value=lon))
    return lat, (lon + 180.0) % 360.0 - 180.0


def where_text(observer) -> str:
    lat, lon = observer.lat_deg, observer.lon_deg
    coords = f"{abs(lat):.2f}°{'N' if lat >= 0 else 'S'} {abs(lon):.2f}°{'E' if lon >= 0 else 'W'}"
    return f"{observer.name} ({coords})" if observer.name else coords


class ObserverBox(QWidget):
    """A city (completed from the gazetteer) or coordinates: sets the session's observer."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.city = QLineEdit()
        self.city.setPlaceholderText(self.tr("Type a city…"))
        self.city.setClearButtonEnabled(True)
        self._model = QStringListModel(self)
        self._found = {}  # completion text -> City
        self.completer = QCompleter(self._model, self)
        self.completer.setCaseSensitivity(Qt.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchContains)  # the gazetteer already matched accents and other languages
        self.completer.setCompletionMode(QCompleter.UnfilteredPopupCompletion)
        self.city.setCompleter(self.completer)
        self.city.setToolTip(self.tr("Type a city's name (in any language the gazetteer knows) and pick it"))
        self.coords = QLineEdit()
        self.coords.setToolTip(self.tr("Latitude and longitude in degrees, then Enter: 51.48, -0.01 or 51.48N 0.01W"))
        self.coords.setPlaceholderText(self.tr("or lat, lon: 51.48, -0.01"))
        self.current = QLabel()
        self.current.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b03a2e")
        self.error.setWordWrap(True)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.tr("Observer"), self.current)
        row = QHBoxLayout()
        row.addWidget(self.city, 3)
        row.addWidget(self.coords, 2)
        layout.addRow(self.tr("Where"), row)
        layout.addRow(self.error)
        self.city.textEdited.connect(self._complete)
        self.completer.activated.connect(self._chosen)
        self.city.returnPressed.connect(lambda: self._chosen(self.city.text()))
        self.coords.returnPressed.connect(self._coordinates_entered)
        session.observer_changed.connect(self._show)
        self._show()

    def _complete(self, text):
        matches = gazetteer.find_place_matches(text, limit=12) if len(text.strip()) >= 1 else []
        self._found = {}
        for city, spelled in matches:  # the name as typed (any language), then the city's own and its country
            own = gazetteer.fold(city.name).startswith(gazetteer.fold(text))
            shown = city.label if own else f"{spelled} — {city.label}"
            if shown in self._found:
                shown += f" ({city.lat:.1f}, {city.lon:.1f})"
            self._found[shown] = city
        self._model.setStringList(list(self._found))

    def _chosen(self, text):
        city = self._found.get(text)
        if city is None and text.strip():
            found = gazetteer.find_places(text, limit=1)
            city = found[0] if found else None
        if city is None:
            self.error.setText(self.tr("No city called “{name}” in the gazetteer: try its English name, "
                                       "or type coordinates").format(name=text.strip()))
            return
        self.error.clear()
        self.set_observer(city.lat, city.lon, city.name)
        self.city.clear()

    def _coordinates_entered(self):
        try:
            lat, lon = parse_coordinates(self.coords.text())
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        self.error.clear()
        self.set_observer(lat, lon, "")
        self.coords.clear()

    def set_observer(self, lat, lon, name):
        try:
            observer = sky.Observer(float(lat), float(lon), 0.0, name)
        except ValueError as exc:
            self.error.setText(str(exc).splitlines()[0])
            return
        self.session.set_observer(observer)

    def _show(self):
        obs = self.session.observer
        self.current.setText(where_text(obs) if obs is not None else self.tr("not chosen yet"))


class TonightPanel(QWidget):
    """The observer, the visible passes there for the next nights, and the chosen pass's details."""

    pass_chosen = Signal(object)  # SkyPass

    HEADERS = (QT_TRANSLATE_NOOP("TonightPanel", "Satellite"), QT_TRANSLATE_NOOP("TonightPanel", "Date"),
               QT_TRANSLATE_NOOP("TonightPanel", "Start"), QT_TRANSLATE_NOOP("TonightPanel", "End"), QT_TRANSLATE_NOOP("TonightPanel", "Max el."),
               QT_TRANSLATE_NOOP("TonightPanel", "Direction"), QT_TRANSLATE_NOOP("TonightPanel", "Mag. (est.)"))

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.rows: list[tuple] = []  # (ElementSet, VisiblePass, ObserverPass or None), in time order
        self.observer_box = ObserverBox(session)
        self.nights = QSpinBox()
        self.nights.setRange(*SkySettings.RANGES["nights"])
        self.nights.setSuffix(self.tr(" nights"))
        self.mask = QDoubleSpinBox()
        self.mask.setRange(*SkySettings.RANGES["mask_deg"])
        self.mask.setDecimals(0)
        self.mask.setSuffix("°")
        self.mask.setToolTip(self.tr("Elevation mask: passes count above this height over the horizon"))
        self.twilight = QComboBox()
        for deg, text in TWILIGHTS:
            self.twilight.addItem(QCoreApplication.translate("TonightPanel", text), deg)
        self.which = QComboBox()
        self.which.addItem(self.tr("Chosen satellites"), "chosen")
        self.which.addItem(self.tr("Every loaded satellite"), "all")
        self.find = QPushButton(self.tr("Find passes"))
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setEnabled(False)
        self.find.setToolTip(self.tr("Find the visible passes at the observer for the next nights"))
        self.cancel.setToolTip(self.tr("Stop the search"))
        self.which.setToolTip(self.tr("Whose passes: the satellites chosen in the Satellites panel, or every loaded one"))
        self.progress = progress_strip()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.table = QTableWidget(0, len(self.HEADERS))
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("TonightPanel", h) for h in self.HEADERS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(90)
        self.table.setToolTip(self.tr("Click a pass: the sky plot shows its path and the clock goes to its start"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setStretchLastSection(True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.RichText)
        self.details.setTextInteractionFlags(Qt.TextSelectableByMouse)
        for combo in (self.twilight, self.which):  # the panel stays narrow enough for a 1024-pixel screen
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.twilight.setToolTip(self.tr("A pass counts while the Sun at the observer is below this height"))
        settings = QHBoxLayout()
        settings.addWidget(self.nights)
        settings.addWidget(self.mask)
        settings.addWidget(self.twilight, 1)
        choose = QHBoxLayout()
        choose.addWidget(self.which, 1)
        choose.addWidget(self.find)
        busy = QHBoxLayout()
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel)
        self.nights.setToolTip(self.tr("How many nights from the clock's time"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.observer_box)
        layout.addLayout(settings)
        layout.addLayout(choose)
        layout.addLayout(busy)
        layout.addWidget(self.message)
        # the list and the chosen pass's details share the height; the details scroll on a small screen
        split = QSplitter(Qt.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self.table)
        split.addWidget(scrolling(self.details, horizontal=False))
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        self.runner = Runner(self)
        self.runner.progress.connect(lambda f: self.progress.setValue(int(f * 1000)))
        self.runner.started.connect(lambda: self._busy(True))
        self.runner.finished.connect(self._done)
        self.runner.failed.connect(self._failed)
        self.runner.cancelled.connect(self._cancelled)
        self._auto = QTimer(self, singleShot=True, interval=300, timeout=self.run)
        self._show_settings()
        self.find.clicked.connect(self.run)
        self.cancel.clicked.connect(self.runner.cancel)
        self.nights.valueChanged.connect(self._settings_edited)
        self.mask.valueChanged.connect(self._settings_edited)
        self.twilight.currentIndexChanged.connect(self._settings_edited)
        self.which.currentIndexChanged.connect(lambda *_: self._auto.start())
        self.table.itemSelectionChanged.connect(self._row_chosen)
        session.observer_changed.connect(self._observer_changed)
        session.selection_changed.connect(lambda: self.which.currentData() == "chosen" and self._auto.start())
        session.sky_pass_changed.connect(self._show_details)

    # ------------------------------------------------------------------ settings
    def _show_settings(self):
        st = self.session.sky_settings
        for widget in (self.nights, self.mask, self.twilight):
            widget.blockSignals(True)
        self.nights.setValue(st.nights)
        self.mask.setValue(st.mask_deg)
        index = self.twilight.findData(st.sun_limit_deg)
        if index < 0:
            self.twilight.addItem(self.tr("Sun below {deg:g}°").format(deg=st.sun_limit_deg), st.sun_limit_deg)
            index = self.twilight.count() - 1
        self.twilight.setCurrentIndex(index)
        for widget in (self.nights, self.mask, self.twilight):
            widget.blockSignals(False)

    def _settings_edited(self, *_):
        self.session.set_sky_settings(SkySettings(float(self.mask.value()), float(self.twilight.currentData()),
                                                  int(self.nights.value())))

    def _observer_changed(self):
        self._show_settings()
        self.rows = []
        self.table.setRowCount(0)
        self._auto.start()

    # ------------------------------------------------------------------ the search
    def sets(self):
        s = self.session
        return list(s.catalog) if self.which.currentData() == "all" else s.selected_sets()

    def run(self):
        """Find the visible passes for the next nights from the session's clock, off the GUI thread."""
        self._auto.stop()
        s = self.session
        obs, st, sets = s.observer, s.sky_settings, self.sets()
        if obs is None:
            self.message.setText(self.tr("Choose where you are first: a city, coordinates, or right-click the map."))
            return
        if not sets:
            self.message.setText(self.tr("Choose a satellite first (Satellites panel)."))
            return
        start = s.time_s
        end = start + st.nights * 86400.0
        self.message.setText(self.tr("Looking for visible passes of {n} satellites…").format(n=len(sets)))
        self.runner.submit(lambda progress, cancelled: visible_rows(sets, obs, start, end, st, progress, cancelled))

    def _busy(self, on):
        self.find.setEnabled(not on)
        self.cancel.setEnabled(on)
        self.progress.setValue(0)

    def _cancelled(self):
        self._busy(False)
        self.message.setText(self.tr("Cancelled: the list is not complete."))

    def _failed(self, message):
        self._busy(False)
        self.message.setText(message.splitlines()[0])

    def _done(self, result):
        self._busy(False)
        rows, reason, start, end = result
        self.show_rows(rows)
        s = self.session
        zone = zone_of(s.observer)
        span = self.tr("{start} to {end}").format(start=local_time(start, zone, "ddd d MMM HH:mm"),
                                                    end=local_time(end, zone, "ddd d MMM HH:mm"))
        if rows:
            self.message.setText(self.tr("{n} visible passes, {span}. Magnitudes are estimates "
                                         "(smaller is brighter).").format(n=len(rows), span=span))
        else:
            self.message.setText(reason or self.tr("No visible pass, {span}.").format(span=span))

    def show_rows(self, rows):
        self.rows = list(rows)
        zone = zone_of(self.session.observer)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for k, (es, vp, op) in enumerate(self.rows):
            cells = (es.label, local_time(vp.start_s, zone, "ddd d MMM").rsplit(" ", 1)[0],
                     both_times(vp.start_s, zone, "HH:mm:ss"), both_times(vp.end_s, zone, "HH:mm:ss"),
                     f"{vp.max_el_deg:.0f}°",
                     f"{compass_point(vp.start_az_deg)} {forward_arrow()} {compass_point(vp.end_az_deg)}",
                     magnitude_text(vp.magnitude, vp.std_magnitude_known))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (4, 6):
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                if c == 0 and es.flag:
                    item.setToolTip(es.flag_note())
                self.table.setItem(k, c, item)
        self.table.blockSignals(False)
        self.table.clearSelection()

    def _row_chosen(self):
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.choose(rows[0].row())

    def choose(self, k: int):
        """Show pass ``k`` on the sky plot and put the clock at the start of its visible part."""
        es, vp, op = self.rows[k]
        s = self.session
        if op is not None:
            s.set_sky_pass(SkyPass(es.satnum, op, vp))
        if not s.span_start_s <= vp.start_s <= s.span_start_s + s.span_s:
            s.set_span(vp.start_s - min(3600.0, s.span_s / 4), s.span_s)
        if es.satnum not in s.selected:
            s.select([es.satnum] + s.selected)
        s.set_time(vp.start_s)
        s.set_live(False)  # the clock now shows the pass, not the wall clock
        self.pass_chosen.emit(s.sky_pass)

    def _show_details(self):
        chosen = self.session.sky_pass
        if chosen is None:
            self.details.clear()
            return
        es = self.session.catalog.get(chosen.satnum)
        self.details.setText(pass_details_html(es, chosen.observer_pass, chosen.visible, zone_of(self.session.observer)))


def magnitude_text(magnitude, known: bool = True) -> str:
    """'-2.3', or '+1.0 (size unknown)' for an estimate from a size-class default; '—' for none (in shadow)."""
    if magnitude is None or not math.isfinite(magnitude):
        return "—"
    return f"{magnitude:+.1f}" if known else QCoreApplication.translate("TonightPanel", "{mag:+.1f} (size unknown)").format(mag=magnitude)


def pass_details_html(es, op, vp, zone) -> str:
    """AOS, TCA and LOS with azimuths, max elevation, range, shadow, the Sun and the brightness, as a small table."""

    def when(t):
        return both_times(t, zone, "HH:mm:ss")

    name = html.escape(es.label if es is not None else str(op))
    rows = [(QCoreApplication.translate("TonightPanel", "Rises (AOS)"), f"{when(op.aos_s)}, {compass_point(op.aos_az_deg)} {op.aos_az_deg:.0f}°"),
            (QCoreApplication.translate("TonightPanel", "Highest (TCA)"), QCoreApplication.translate("TonightPanel", "{time}, {el:.0f}° up in the {dir} ({az:.0f}°), {km:,.0f} km away").format(
                time=when(op.tca_s), el=op.max_el_deg, dir=compass_point(op.tca_az_deg), az=op.tca_az_deg,
                km=op.range_at_tca_km)),
            (QCoreApplication.translate("TonightPanel", "Sets (LOS)"), f"{when(op.los_s)}, {compass_point(op.los_az_deg)} {op.los_az_deg:.0f}°")]
    if op.shadow_entry_s is None and op.shadow_exit_s is None:
        shadow = QCoreApplication.translate("TonightPanel", "none during the pass")
    else:
        parts = []
        if op.shadow_exit_s is not None:
            parts.append(QCoreApplication.translate("TonightPanel", "leaves it {time}").format(time=when(op.shadow_exit_s)))
        if op.shadow_entry_s is not None:
            parts.append(QCoreApplication.translate("TonightPanel", "enters it {time}").format(time=when(op.shadow_entry_s)))
        shadow = "; ".join(parts)
    rows.append((QCoreApplication.translate("TonightPanel", "Earth's shadow"), shadow))
    rows.append((QCoreApplication.translate("TonightPanel", "Sun at the observer"), QCoreApplication.translate("TonightPanel", "{deg:.0f}° (at TCA)").format(deg=op.sun_alt_at_tca_deg)))
    if vp is not None:
        rows.append((QCoreApplication.translate("TonightPanel", "Visible"), QCoreApplication.translate("TonightPanel", "{start} to {end}, from the {a} to the {b}").format(
            start=when(vp.start_s), end=when(vp.end_s), a=compass_point(vp.start_az_deg), b=compass_point(vp.end_az_deg))))
        bright, known = vp.magnitude, vp.std_magnitude_known
    else:
        bright, known = op.brightest_magnitude, op.std_magnitude_known
    rows.append((QCoreApplication.translate("TonightPanel", "Brightness (estimate)"), QCoreApplication.translate("TonightPanel", "magnitude {mag} at its brightest (smaller is brighter; "
                                                  "Venus is about -4, the faintest stars in a city about +3)").format(
        mag=magnitude_text(bright, known))))
    if es is not None and es.flag:
        rows.append((QCoreApplication.translate("TonightPanel", "Elements"), html.escape(es.flag_note())))
    body = "".join(f"<tr><td><b>{html.escape(a)}</b>&nbsp;</td><td>{html.escape(b)}</td></tr>"
                   for a, b in rows)
    return f"<p><b>{name}</b></p><table>{body}</table>"


def visible_rows(sets, observer, start_s, end_s, settings, progress=None, cancelled=None):
    """The visible passes of ``sets`` at the observer, each with its whole pass (for the details and the sky plot).

    Returns (rows, reason, start_s, end_s): rows (ElementSet, VisiblePass, ObserverPass or None) in time
    order; reason is the core's one line saying why nothing is visible (None when something is).
    """
    progress = progress or (lambda f: None)
    cancelled = cancelled or (lambda: False)
    found = sky.visible_search(sets, observer, start_s, end_s, sun_limit_deg=settings.sun_limit_deg,
                               mask_deg=settings.mask_deg, progress=lambda f: progress(0.8 * f), cancelled=cancelled)
    by_number = {es.satnum: es for es in sets}
    numbers = list(dict.fromkeys(vp.satnum for vp in found.passes))
    rows = []
    for k, number in enumerate(numbers):  # the whole passes of the satellites seen (a handful, not the catalogue)
        if cancelled():
            raise InterruptedError
        es = by_number[number]
        passes = sky.observer_passes(es, observer, max(start_s - 3600.0, 0.0), end_s + 3600.0,
                                     mask_deg=settings.mask_deg)
        for vp in (v for v in found.passes if v.satnum == number):
            whole = next((op for op in passes if op.aos_s - 1.0 <= vp.start_s <= op.los_s + 1.0), None)
            rows.append((es, vp, whole))
        progress(0.8 + 0.2 * (k + 1) / len(numbers))
    rows.sort(key=lambda row: (row[1].start_s, row[1].satnum))
    return rows, found.reason, start_s, end_s


def dock_tonight(window) -> TonightPanel:
    """The Tonight panel in a dock (Ctrl+T shows or hides it)."""
    panel = TonightPanel(window.session)
    # in a scroll area, like the other tall panels: in Persian or Arabic type its minimum height (about 430 px)
    # made the window taller than a 1280x720 screen once the Passes panel had statistics
    dock = window.add_panel_dock("Tonight", scrolling(panel, horizontal=False), "Ctrl+T")  # named in saved layouts
    dock.setWindowTitle(QCoreApplication.translate("TonightPanel", "Tonight"))
    window.map.observer_requested.connect(lambda lat, lon: panel.observer_box.set_observer(lat, lon, ""))

    def reveal_sky(_chosen):
        """A pass chosen: the sky plot must be in sight. Behind a tab beside the list, it goes below the list on a
        tall window; on a short one (a projector) its tab comes forward (it shows AOS, TCA and LOS itself)."""
        sky, tonight = window.docks["Sky"], dock
        if sky.isVisible() and not sky.visibleRegion().isEmpty():
            return
        if sky in window.tabifiedDockWidgets(tonight) and window.height() >= TALL_WINDOW_PX:
            window.removeDockWidget(sky)
            window.addDockWidget(Qt.RightDockWidgetArea, sky, Qt.Vertical)
            window.resizeDocks([sky], [int(window.height() * 0.45)], Qt.Vertical)
        sky.show()
        sky.raise_()

    panel.pass_chosen.connect(reveal_sky)
    return panel


def restore_sky(session, settings) -> None:
    """The remembered observer and sky settings (a damaged value is skipped, never fatal)."""
    try:
        spec = json.loads(str(settings.value("sky/observer", "") or "null"))
        session.set_observer(observer_from_spec(spec))
    except (ValueError, KeyError, TypeError):
        pass
    try:
        session.set_sky_settings(SkySettings(**json.loads(str(settings.value("sky/settings", "") or "{}"))))
    except (ValueError, TypeError):
        pass


def save_sky(session, settings) -> None:
    settings.setValue("sky/observer", json.dumps(observer_spec(session.observer)))
    st = session.sky_settings
    settings.setValue("sky/settings", json.dumps({"mask_deg": st.mask_deg, "sun_limit_deg": st.sun_limit_deg,
                                                  "nights": st.nights}))
