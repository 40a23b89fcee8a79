"""A one-page handout of a week of visible passes at the observer, with a small sky plot for each.

The passes are the Tonight panel's (core visible_search, each with its whole
pass), found off the GUI thread; the page is then painted here with Qt's PDF
writer. Each small chart is the window's own sky plot (SkyPlot.render_to),
painted for that pass at its highest point: the same drawing, scaled.
"""

from __future__ import annotations

import errno

from PySide6.QtCore import QCoreApplication, QDateTime, QMarginsF, QRectF, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen
from PySide6.QtWidgets import QFileDialog

from desktop.core import stars
from desktop.core.files import replaced_when_written

from .i18n import forward_arrow
from .session import Session, SkyPass
from .sky_plot import SkyPlot, both_times, compass_point, local_time, zone_of
from .tonight_panel import magnitude_text, visible_rows, where_text
from .workers import Runner

PAGE_SIZES = {"A4": QPageSize.A4, "Letter": QPageSize.Letter}
WEEK_NIGHTS = 7
CHART_WIDGET = (250, 262)  # the sky plot's size before it is scaled into a cell (its fonts keep proportion)
COLUMNS = 4
TABLE_ROWS_AT_MOST = 16



def write_sky_handout(session, path, rows, start_s: float, end_s: float, page: str = "A4") -> int:
    """Write the page (whole or not at all: OSError says why not); returns how many charts it holds."""
    with replaced_when_written(path, "handout") as tmp:
        return _paint(session, tmp, rows, start_s, end_s, page)


def _paint(session, path, rows, start_s, end_s, page) -> int:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(PAGE_SIZES.get(page, QPageSize.A4)))
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Millimeter)
    writer.setResolution(96)
    writer.setTitle("Overflight: where to look")
    writer.setCreator("Overflight")
    p = QPainter()
    if not p.begin(writer):
        raise OSError(errno.EIO, "the PDF writer could not open the file")
    area = writer.pageLayout().paintRectPixels(96)
    width, height = area.width(), area.height()
    obs = session.observer
    zone = zone_of(obs)
    y = 0.0

    def text(line, size, bold=False, colour="#111111", wrap=False):
        nonlocal y
        font = p.font()
        font.setPixelSize(size)
        font.setBold(bold)
        p.setFont(font)
        p.setPen(QColor(colour))
        flags = Qt.TextWordWrap if wrap else Qt.AlignLeft
        box = p.boundingRect(QRectF(0, y, width, 1000), flags, line)
        p.drawText(QRectF(0, y, width, box.height() + 2), flags, line)
        y += box.height() + 3

    text(QCoreApplication.translate("SkyHandout", "Where to look: satellites you can see from {place}").format(place=where_text(obs)), 20, bold=True,
         wrap=True)
    text(QCoreApplication.translate("SkyHandout", "{start} to {end}. A pass is listed while the satellite is sunlit, at least {mask:g}° up, and the Sun "
             "is below {sun:g}° here.").format(start=local_time(start_s, zone, "ddd d MMM yyyy HH:mm"),
                                               end=local_time(end_s, zone, "ddd d MMM yyyy HH:mm"),
                                               mask=session.sky_settings.mask_deg,
                                               sun=session.sky_settings.sun_limit_deg), 11, colour="#333333", wrap=True)
    y += 4
    # the table: every pass, one line each
    heads = (QCoreApplication.translate("SkyHandout", "Date"), QCoreApplication.translate("SkyHandout", "Starts"), QCoreApplication.translate("SkyHandout", "Ends"), QCoreApplication.translate("SkyHandout", "Highest"), QCoreApplication.translate("SkyHandout", "From → to"), QCoreApplication.translate("SkyHandout", "Mag. (est.)"),
             QCoreApplication.translate("SkyHandout", "Satellite"))
    widths = (0.13, 0.20, 0.20, 0.08, 0.13, 0.11, 0.15)
    line = 15

    def row(cells, bold=False):
        nonlocal y
        font = p.font()
        font.setPixelSize(10)
        font.setBold(bold)
        p.setFont(font)
        p.setPen(QColor("#111111"))
        x = 0.0
        for cell, share in zip(cells, widths):
            p.drawText(QRectF(x, y, share * width - 4, line), Qt.AlignLeft | Qt.AlignVCenter,
                       p.fontMetrics().elidedText(cell, Qt.ElideRight, int(share * width - 4)))
            x += share * width
        y += line

    if rows:
        row(heads, bold=True)
        for es, vp, _op in rows[:TABLE_ROWS_AT_MOST]:
            row((local_time(vp.start_s, zone, "ddd d MMM").rsplit(" ", 1)[0], both_times(vp.start_s, zone, "HH:mm:ss"),
                 both_times(vp.end_s, zone, "HH:mm:ss"), f"{vp.max_el_deg:.0f}°",
                 f"{compass_point(vp.start_az_deg)} {forward_arrow()} {compass_point(vp.end_az_deg)}",
                 magnitude_text(vp.magnitude, vp.std_magnitude_known), es.label))
        if len(rows) > TABLE_ROWS_AT_MOST:
            text(QCoreApplication.translate("SkyHandout", "… and {n} more passes (the Tonight panel lists them all).").format(
                n=len(rows) - TABLE_ROWS_AT_MOST), 10, colour="#444444")
    else:
        text(QCoreApplication.translate("SkyHandout", "No visible pass in this week."), 12)
    y += 6
    # the charts: the window's sky plot, one for each pass with its whole pass
    charted = [r for r in rows if r[2] is not None]
    footer_h = 58
    cell_w = width / COLUMNS
    scale = cell_w / CHART_WIDGET[0]
    cell_h = CHART_WIDGET[1] * scale + 16
    fit = max(0, int((height - y - footer_h) // cell_h)) * COLUMNS
    drawn = 0
    if charted and fit:
        scratch = Session(session.catalog)
        scratch.set_observer(obs)
        scratch.set_sky_settings(session.sky_settings)
        plot = SkyPlot(scratch, sets=lambda: [])
        plot.resize(*CHART_WIDGET)
        plot.compact = True
        for k, (es, vp, op) in enumerate(charted[:fit]):
            scratch.select([es.satnum])
            scratch.set_sky_pass(SkyPass(es.satnum, op, vp))
            scratch.set_time(op.tca_s)
            plot.sets = lambda es=es: [es]
            plot.refresh()
            x0, y0 = (k % COLUMNS) * cell_w, y + (k // COLUMNS) * cell_h
            p.save()
            p.translate(x0, y0)
            p.scale(scale, scale)
            p.setClipRect(QRectF(0, 0, *CHART_WIDGET))
            plot.render_to(p, header=False)
            p.restore()
            font = p.font()
            font.setPixelSize(9)
            font.setBold(True)
            p.setFont(font)
            p.setPen(QColor("#111111"))
            caption = f"{local_time(vp.start_s, zone, 'ddd d MMM HH:mm')} · {es.label} · " \
                      f"{vp.max_el_deg:.0f}° · {magnitude_text(vp.magnitude, vp.std_magnitude_known)}"
            p.drawText(QRectF(x0, y0 + CHART_WIDGET[1] * scale, cell_w - 4, 14), Qt.AlignLeft | Qt.AlignVCenter,
                       p.fontMetrics().elidedText(caption, Qt.ElideRight, int(cell_w - 4)))
            drawn += 1
        y += ((drawn + COLUMNS - 1) // COLUMNS) * cell_h
    y = max(y, height - footer_h)
    p.setPen(QPen(QColor("#999999"), 0.5))
    p.drawLine(0, int(y), int(width), int(y))
    y += 3
    notes = footnotes(rows, zone, start_s)
    for note in notes:
        text(note, 8, colour="#444444", wrap=True)
    if not p.end():
        raise OSError(errno.EIO, "the PDF writer could not finish the file")
    return drawn


def footnotes(rows, zone, start_s) -> list[str]:
    """The page's small print: how to read the charts, each flagged satellite's note, the sources."""
    notes = [QCoreApplication.translate("SkyHandout", "Charts: the sky as seen looking up, north at the top, east on the LEFT; the centre is overhead, the "
                 "rim the horizon. Solid: sunlit; dashed: in Earth's shadow (invisible). Brightness is an estimate "
                 "(smaller is brighter). Times: local ({zone}) and UTC.").format(
        zone=zone.abbreviation(QDateTime.fromSecsSinceEpoch(int(start_s), zone)))]
    notes += sorted({es.flag_note() for es, _vp, _op in rows if es.flag})
    notes.append(QCoreApplication.translate("SkyHandout", "Orbits: SGP4 with the element sets of {epochs}. Sun and Moon: JPL DE421. Stars: {stars}. "
                     "Made with Overflight.").format(
        epochs=", ".join(sorted({f"{es.name} {es.epoch_iso[:10]}" for es, _vp, _op in rows})) or "—",
        stars=stars.source()))
    return notes


class SkyHandout:
    """File > Print sky handout: a week of visible passes found off the GUI thread, then the page written."""

    def __init__(self, window):
        self.window = window
        self.runner = Runner(window)
        self.pending = None  # (path, page) while the passes are being found
        self.runner.finished.connect(self._found)
        self.runner.failed.connect(lambda message: self._say(message.splitlines()[0]))
        self.runner.cancelled.connect(lambda: self._say(QCoreApplication.translate("SkyHandout", "Sky handout cancelled")))
        self.runner.progress.connect(lambda f: self._say(QCoreApplication.translate("SkyHandout", "Finding a week of visible passes… {pc:.0f} %").format(
            pc=100 * f)))

    def _say(self, text):
        self.window.status.showMessage(text, 8000)

    def start(self, path=None, page=None) -> bool:
        """Ask for a file (unless given) and start; the page is written when the passes are found."""
        s = self.window.session
        if s.observer is None:
            self._say(QCoreApplication.translate("SkyHandout", "Choose where you are first (Tonight panel, or right-click the map)"))
            return False
        sets = self.window.tonight.sets()
        if not sets:
            self._say(QCoreApplication.translate("SkyHandout", "Choose a satellite first"))
            return False
        if path is None:
            path, chosen = QFileDialog.getSaveFileName(self.window, QCoreApplication.translate("SkyHandout", "Print sky handout"), "overflight-sky.pdf",
                                                       QCoreApplication.translate("SkyHandout", "PDF, A4 (*.pdf);;PDF, US Letter (*.pdf)"))
            if not path:
                return False
            page = "Letter" if "Letter" in chosen else "A4"
        start, obs, settings = s.time_s, s.observer, s.sky_settings
        end = start + WEEK_NIGHTS * 86400.0
        self.pending = (path, page or "A4")
        self.runner.submit(lambda progress, cancelled: visible_rows(sets, obs, start, end, settings, progress,
                                                                    cancelled))
        return True

    def _found(self, result):
        rows, reason, start, end = result
        path, page = self.pending
        self.pending = None
        try:
            charts = write_sky_handout(self.window.session, path, rows, start, end, page)
        except OSError as exc:
            self._say(QCoreApplication.translate("SkyHandout", "Could not write {path}: {why}").format(path=path, why=exc.strerror or exc))
            return
        if rows:
            self._say(QCoreApplication.translate("SkyHandout", "Sky handout: {n} passes, {charts} charts, saved to {path}").format(
                n=len(rows), charts=charts, path=path))
        else:
            self._say(QCoreApplication.translate("SkyHandout", "Sky handout saved to {path}: no visible pass ({why})").format(path=path, why=reason or "—"))


def add_sky_handout(window) -> SkyHandout:
    handout = SkyHandout(window)
    action = QAction(QCoreApplication.translate("SkyHandout", "Print s&ky handout (PDF)…"), window)
    action.setShortcut(QKeySequence("Ctrl+Shift+P"))
    action.setStatusTip(QCoreApplication.translate("SkyHandout", "One page: a week of visible passes at the observer, each with its sky plot"))
    action.triggered.connect(lambda: handout.start())
    file_menu = window.menuBar().actions()[0].menu()
    file_menu.insertAction(window.refresh_anchor, action)
    return handout
