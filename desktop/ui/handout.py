"""A printable handout (PDF, Qt's own writer): the map as vector graphics, the numbers, the passes,
the claims, how it was computed and where the data come from.

Every number is the analysis's own, formatted by the core's shared tables, so
the sheet says exactly what the window says.
"""

from __future__ import annotations

import errno

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from desktop.core import timebase
from desktop.core.files import replaced_when_written
from desktop.core.languages import text_direction
from desktop.core.tables import pass_rows

from .i18n import duration_text, families, isolate, localize_digits, region_text, sat_label, settings_text
from .map_view import MapView
from .session import MapCamera

HANDOUT_MAP_SIZE = (640, 480)  # the map's proportions on the sheet when no window's map is given

PAGE_SIZES = {"A4": QPageSize.A4, "Letter": QPageSize.Letter}
COLUMNS = [(QT_TRANSLATE_NOOP("Handout", "Satellite"), 0, 0.15), (QT_TRANSLATE_NOOP("Handout", "Start (UTC)"), 2, 0.21),
           (QT_TRANSLATE_NOOP("Handout", "Dur. (s)"), 4, 0.08), (QT_TRANSLATE_NOOP("Handout", "Closest (UTC)"), 5, 0.21),
           (QT_TRANSLATE_NOOP("Handout", "Off-nadir°"), 8, 0.10), (QT_TRANSLATE_NOOP("Handout", "Max el.°"), 9, 0.09),
           (QT_TRANSLATE_NOOP("Handout", "Sun°"), 10, 0.07), (QT_TRANSLATE_NOOP("Handout", "LST"), 12, 0.07)]
HOW = QT_TRANSLATE_NOOP("Handout", "How this was computed: positions come from SGP4 (the sgp4 library, as skyfield uses it) with the element "
       "sets listed below; Earth rotation from UT1 and WGS84 coordinates. A satellite is over the region while the "
       "great-circle distance from the point below it to the region is at most the reach of the criterion at its "
       "height (0 overhead; from the off-nadir angle for a camera; from the elevation mask for radio contact). "
       "Passes are found by sampling with a proven speed bound and bisecting every edge to 0.01 s; daylight means "
       "the Sun at least the chosen height above the horizon at the region's nearest point at closest approach. "
       "Revisit time is the gap from the end of one pass to the start of the next within the window. Elements "
       "marked APPROXIMATE were built from published figures (where the satellite is along its orbit is unknown); "
       "DESIGNED orbits were made in the Orbit lab.")


def _t(text: str) -> str:
    """A handout string in the window's language (English when no translator is installed: the command line)."""
    return QCoreApplication.translate("Handout", text)


class _Sheet:
    """A cursor over PDF pages in points: text that wraps and starts a new page when the page is full."""

    def __init__(self, writer: QPdfWriter, painter: QPainter):
        self.writer, self.p = writer, painter
        self.dpi = writer.resolution()
        rect = writer.pageLayout().paintRectPixels(self.dpi)
        self.width, self.height = rect.width(), rect.height()
        self.y = 0.0
        self.pages = 1

    def new_page(self) -> None:
        self.writer.newPage()
        self.y = 0.0
        self.pages += 1

    def pt(self, points: float) -> float:
        return points * self.dpi / 72.0

    def font(self, size: float, bold: bool = False) -> None:
        f = QFont("DejaVu Sans")
        f.setFamilies(families(["DejaVu Sans"]))  # Persian, Arabic, Hebrew: the bundled font, embedded in the PDF
        f.setPointSizeF(size)
        f.setBold(bold)
        self.p.setFont(f)

    def need(self, height: float) -> None:
        if self.y + height > self.height:
            self.new_page()

    def text(self, text: str, size: float = 9.5, bold: bool = False, colour: str = "#111111", gap: float = 4) -> None:
        self.font(size, bold)
        self.p.setPen(QColor(colour))
        # Persian, Arabic and Hebrew lines start at the right; Qt shapes and joins them with the bundled fonts
        rtl = text_direction(text) == "rtl"
        self.p.setLayoutDirection(Qt.RightToLeft if rtl else Qt.LeftToRight)
        flags = Qt.TextWordWrap | (Qt.AlignRight if rtl else Qt.AlignLeft)
        box = self.p.boundingRect(QRectF(0, 0, self.width, 1e6), flags, text)
        self.need(box.height())
        self.p.drawText(QRectF(0, self.y, self.width, box.height() + 2), flags, text)
        self.p.setLayoutDirection(Qt.LeftToRight)
        self.y += box.height() + self.pt(gap)


def write_pdf(session, path, page: str = "A4", view=None) -> int:
    """Write the handout of the session's view and analysis; returns the number of pages.

    ``view`` is the map to draw (the window's, with its layers and size); without
    one an offscreen map of HANDOUT_MAP_SIZE paints the session. The file is
    written whole or not at all: OSError says why it could not be.
    """
    with replaced_when_written(path, "handout") as tmp:
        return _write_sheets(session, tmp, page, view if view is not None else offscreen_map(session, HANDOUT_MAP_SIZE))


def offscreen_map(session, size) -> MapView:
    """A map of ``size`` that paints the session from the session's view, shown nowhere."""
    view = MapView(session, camera=MapCamera(**session.camera.as_dict()))
    view.resize(*size)
    view.set_view(view.center_lon, view.center_lat, view.zoom)  # kept inside the map at this size
    return view


def _write_sheets(s, path: str, page: str, view: MapView) -> int:
    a = s.analysis
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(PAGE_SIZES.get(page, QPageSize.A4)))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Millimeter)
    # the window's own resolution: the map's fonts and line widths keep their proportions on paper
    writer.setResolution(96)
    writer.setTitle(QCoreApplication.translate("Handout", "Overflight handout"))
    writer.setCreator("Overflight")
    p = QPainter()
    if not p.begin(writer):
        raise OSError(errno.EIO, "the PDF writer could not open the file")
    sheet = _Sheet(writer, p)
    sets = s.selected_sets()
    title = ", ".join(isolate(sat_label(es)) for es in sets) or QCoreApplication.translate("Handout", "No satellite chosen")
    sheet.text(QCoreApplication.translate("Handout", "Overflight: {0}").format(title), 15, bold=True)
    printed = isolate(timebase.clock_text(timebase.now_s()), left_to_right=True)
    if a is not None:
        where = QCoreApplication.translate("Handout", "over {region}. Printed {time}.").format(region=isolate(region_text(a.region)), time=printed)
    else:
        where = QCoreApplication.translate("Handout", "(no analysis run). Printed {time}.").format(time=printed)
    sheet.text(localize_digits(where), 9, colour="#444444", gap=8)

    # the map, as vector graphics: the same drawing as the window's, scaled into the page
    map_w = sheet.width
    map_h = map_w * view.height() / max(1, view.width())
    sheet.need(map_h)
    p.save()
    p.translate(0, sheet.y)
    p.scale(map_w / view.width(), map_h / view.height())
    p.setClipRect(QRectF(0, 0, view.width(), view.height()))
    view.render_to(p)
    p.restore()
    sheet.y += map_h + sheet.pt(8)

    if a is None:
        sheet.text(QCoreApplication.translate("Handout", "Run an analysis to add passes and revisit statistics to the handout."), 10)
    else:
        sheet.text(QCoreApplication.translate("Handout", "Revisit statistics"), 12, bold=True)
        sheet.text(localize_digits(QCoreApplication.translate("Handout", "{region}: {settings}, from {start} to {end}.").format(
            region=isolate(region_text(a.region)), settings=settings_text(a),
            start=isolate(timebase.iso_utc(a.start_s).replace('T', ' '), left_to_right=True),
            end=isolate(timebase.iso_utc(a.end_s).replace('T', ' '), left_to_right=True))))
        for es in sets:
            st = a.stats.get(es.satnum)
            if st is None:
                continue
            own = f" ({a.criterion_of(es.satnum).short})" if es.satnum in a.sensors else ""
            if st.mean_gap_s is not None:
                gap = QCoreApplication.translate("Handout", "revisit mean {mean}, median {median}, longest {longest}.").format(
                    mean=duration_text(st.mean_gap_s), median=duration_text(st.median_gap_s),
                    longest=duration_text(st.longest_gap_s))
            else:
                gap = QCoreApplication.translate("Handout", "no gap to measure.")
            sheet.text(localize_digits(QCoreApplication.translate("Handout", "{name}: {rate:.2f} passes a day ({count} in all), {in_view} in view; {gap}").format(
                name=isolate(sat_label(es) + own), rate=st.passes_per_day, count=st.accesses,
                in_view=duration_text(st.total_in_view_s), gap=gap)))
        if a.combined is not None:
            st = a.combined
            sheet.text(localize_digits(QCoreApplication.translate("Handout", "All together: {rate:.2f} passes a day, revisit mean {mean}, longest {longest}.").format(
                rate=st.passes_per_day, mean=duration_text(st.mean_gap_s), longest=duration_text(st.longest_gap_s))))
        _timeline(sheet, a)
        _pass_table(sheet, a, s.catalog.get)
    if s.claims:
        sheet.text(QCoreApplication.translate("Handout", "Claims in the article, checked"), 12, bold=True)
        for c in s.claims:
            sheet.text(f"\u201c{c.excerpt.strip()[:200]}\u201d: {c.line()}", 9)
    _burns_and_decay(sheet, s)
    sheet.text(QCoreApplication.translate("Handout", "How this was computed"), 12, bold=True)
    sheet.text(_t(HOW), 8.5)
    sheet.text(QCoreApplication.translate("Handout", "Where the data come from"), 12, bold=True)
    now = timebase.now_s()
    for es in sets:
        age = es.age_days(now)
        flag = f"{es.flag}: {es.derivation}. " if es.flag else ""
        sheet.text(QCoreApplication.translate("Handout", "{name} (NORAD {satnum}): {flag}elements of {epoch} ({age:.0f} days old), source: {source}.").format(
            name=isolate(es.name), satnum=es.satnum, flag=isolate(flag) if flag else "",
            epoch=isolate(es.epoch_iso, left_to_right=True), age=age, source=isolate(es.source)), 8.5)
    sheet.text(QCoreApplication.translate("Handout", "Map: Natural Earth (public domain). Sun: JPL DE421. Made with Overflight."), 8, colour="#555555")
    if not p.end():
        raise OSError(errno.EIO, "the PDF writer could not finish the file")
    return sheet.pages


def _burns_and_decay(sheet: _Sheet, s) -> None:
    """The Orbit lab's burns (the delta-v budget) and its decay plot, when the lab made them."""
    from desktop.core.maneuver import Burn
    from .burn_lab import NEXT_EVENT, paint_decay, space_weather_label, space_weather_texts

    if s.lab_burn and s.lab_burn.get("burns"):
        source = s.catalog.get(s.lab_burn.get("source"))
        burns = [Burn.from_dict(b) for b in s.lab_burn["burns"]]
        sheet.text(QCoreApplication.translate("Handout", "Delta-v budget"), 12, bold=True)
        if source is not None:
            sheet.text(QCoreApplication.translate("Handout", "Burns of {0}, impulsive, in the orbit's own frame:").format(source.label), 9)
        for k, b in enumerate(burns, 1):
            when = timebase.iso_utc(b.time_s) if b.at == "time" else QCoreApplication.translate("BurnSection", NEXT_EVENT[b.at]) if b.at in NEXT_EVENT else b.at
            sheet.text(QCoreApplication.translate("Handout", "Burn {0} ({1}): prograde {2:+.1f}, radial {3:+.1f}, normal {4:+.1f} m/s; {5:.1f} m/s").format(
                k, when, b.prograde_m_s, b.radial_m_s, b.normal_m_s, b.dv_m_s), 9)
        sheet.text(QCoreApplication.translate("Handout", "Total: {0:.1f} m/s (vis-viva; the orbit after each burn is a DESIGNED element set)").format(
            sum(b.dv_m_s for b in burns)), 9, bold=True, gap=8)
    estimate = s.lab_estimate
    if estimate is not None:
        sheet.text(QCoreApplication.translate("Handout", "Orbit decay of {0}").format(estimate.satellite), 12, bold=True)
        height = sheet.pt(200)
        sheet.need(height)
        sheet.p.save()
        paint_decay(sheet.p, QRectF(0, sheet.y, sheet.width, height), estimate)
        sheet.p.restore()
        sheet.y += height + sheet.pt(6)
        for c in estimate.curves:
            when = timebase.iso_utc(c.reentry_s)[:10] if c.reentry_s is not None else \
                QCoreApplication.translate("Handout", "after {0}").format(timebase.iso_utc(c.horizon_s)[:7])
            activity = c.activity if c.name in ("low", "moderate", "high") or estimate.space_weather is None else \
                space_weather_label(estimate.space_weather)
            sheet.text(QCoreApplication.translate("Handout", "{0} ({1}): re-entry {2}; decaying {3:.3f} km a day at the start").format(
                QCoreApplication.translate("DecayPlot", c.name), activity, when, -c.initial_decay_km_per_day), 9)
        for line in space_weather_texts(estimate):
            sheet.text(line, 8.5)
        sheet.text(QCoreApplication.translate("Handout", "Drag: {0}.").format(estimate.vehicle.how), 8.5)
        sheet.text(estimate.range_text() + ". " + QCoreApplication.translate("Handout", "This is an estimate") + f": {estimate.note}.", 9, bold=True, gap=8)


def _timeline(sheet: _Sheet, a) -> None:
    """Passes as bars along the window, one row per satellite."""
    rows = list(a.passes)
    row_h = sheet.pt(9)
    height = row_h * len(rows) + sheet.pt(14)
    sheet.need(height)
    p = sheet.p
    span = a.end_s - a.start_s
    top = sheet.y
    p.setPen(QPen(QColor("#999999"), sheet.pt(0.5)))
    p.setBrush(QColor("#fbfbf7"))
    p.drawRect(QRectF(0, top, sheet.width, row_h * len(rows)))
    for k, satnum in enumerate(rows):
        for ps in a.passes[satnum]:
            x0 = (ps.start_s - a.start_s) / span * sheet.width
            x1 = (ps.end_s - a.start_s) / span * sheet.width
            p.fillRect(QRectF(x0, top + k * row_h + 1, max(sheet.pt(0.8), x1 - x0), row_h - 2), QColor(255, 150, 0))
    days = int(span // 86400)
    sheet.font(7)
    p.setPen(QColor("#444444"))
    for d in range(0, days + 1, max(1, days // 10 or 1)):
        x = d * 86400 / span * sheet.width
        p.drawLine(QRectF(x, top + row_h * len(rows), 0, sheet.pt(3)).topLeft(),
                   QRectF(x, top + row_h * len(rows) + sheet.pt(3), 0, 0).topLeft())
        p.drawText(QRectF(x + 1, top + row_h * len(rows) + sheet.pt(2), sheet.pt(40), sheet.pt(10)),
                   localize_digits(QCoreApplication.translate("Handout", "day {0}").format(d)))
    sheet.y += height + sheet.pt(4)


def _pass_table(sheet: _Sheet, a, lookup) -> None:
    passes = a.all_passes()
    sheet.text(localize_digits(QCoreApplication.translate("Handout", "Passes ({0})").format(len(passes))), 12, bold=True)
    rows = list(pass_rows(passes, lookup))
    line = sheet.pt(11)

    def header():
        sheet.font(8, bold=True)
        sheet.p.setPen(QColor("#111111"))
        x = 0.0
        for name, _index, width in COLUMNS:
            sheet.p.drawText(QRectF(x, sheet.y, width * sheet.width, line), Qt.AlignLeft | Qt.AlignVCenter, _t(name))
            x += width * sheet.width
        sheet.y += line

    sheet.need(2 * line)
    header()
    for row in rows:
        if sheet.y + line > sheet.height:
            sheet.new_page()
            header()
        sheet.font(8)
        x = 0.0
        for _name, index, width in COLUMNS:
            text = str(row[index]).replace("T", " ").replace("Z", "") if index in (2, 5) else str(row[index])
            sheet.p.drawText(QRectF(x, sheet.y, width * sheet.width, line), Qt.AlignLeft | Qt.AlignVCenter, text)
            x += width * sheet.width
        sheet.y += line
    if not rows:
        sheet.text(QCoreApplication.translate("Handout", "(no passes in the window with these settings)"), 9)
    sheet.y += sheet.pt(6)


__all__ = ["write_pdf", "offscreen_map", "PAGE_SIZES", "HANDOUT_MAP_SIZE"]
