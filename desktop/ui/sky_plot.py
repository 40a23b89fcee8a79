"""The sky plot: a polar azimuth/elevation chart of the observer's sky, as seen looking up.

Orientation: the chart is the sky seen from below, lying on your back with your
head to the south and looking up, so north is at the top, east on the LEFT and
west on the right (a star map held over your head). The widget says so on its
face, and it is never mirrored in a right-to-left layout. The centre is the
zenith, the rim the horizon; the distance from the centre is proportional to
90 degrees minus the elevation.

Every position comes from the core (desktop.core.sky, desktop.core.stars): this
module only projects azimuth and elevation to the screen and paints. Positions
are computed when the clock, the observer or the satellites change, never in
paintEvent, so a repaint of thousands of satellites stays cheap (bench/sky_ui.py).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QPointF, QRectF, Qt, QTimeZone
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QMenu, QSizePolicy, QWidget

from desktop.core import sky, stars
from desktop.core.fleet import Fleet

from .map_view import TRACK_COLORS, polygon

RINGS_DEG = (30.0, 60.0)  # elevation rings drawn besides the horizon
SATELLITE_COLOUR = QColor("#56B4E9")  # Okabe-Ito sky blue: every satellite in view
SELECTED_COLOUR = QColor("#E69F00")  # Okabe-Ito orange: the chosen satellites and the chosen pass
SHADOW_COLOUR = QColor(150, 150, 170)
MASK_COLOUR = QColor("#D55E00")
STAR_LIMIT_MAG = 4.5
NAMED_STAR_MAG = 1.6  # the brightest stars carry their names (Sirius, Vega, ... and Polaris, by exception)
LABELLED_AT_MOST = 12  # satellites named on the plot; beyond that only the chosen ones



def sky_xy(az_deg, el_deg, cx: float, cy: float, radius: float) -> np.ndarray:
    """Screen points (n, 2) of azimuths and elevations: the core's sky chart (sky.sky_disc_xy, as seen looking
    up: zenith at the centre, north up, EAST LEFT) scaled to a horizon circle of ``radius`` at (cx, cy)."""
    x, y = sky.sky_disc_xy(az_deg, el_deg, looking_up=True)
    return np.column_stack([cx + radius * np.ravel(x), cy - radius * np.ravel(y)])


# the core's compass points, for the translators (pyside6-lupdate reads these literals)
COMPASS_NAMES = (
    QT_TRANSLATE_NOOP("Compass", "N"),
    QT_TRANSLATE_NOOP("Compass", "NNE"),
    QT_TRANSLATE_NOOP("Compass", "NE"),
    QT_TRANSLATE_NOOP("Compass", "ENE"),
    QT_TRANSLATE_NOOP("Compass", "E"),
    QT_TRANSLATE_NOOP("Compass", "ESE"),
    QT_TRANSLATE_NOOP("Compass", "SE"),
    QT_TRANSLATE_NOOP("Compass", "SSE"),
    QT_TRANSLATE_NOOP("Compass", "S"),
    QT_TRANSLATE_NOOP("Compass", "SSW"),
    QT_TRANSLATE_NOOP("Compass", "SW"),
    QT_TRANSLATE_NOOP("Compass", "WSW"),
    QT_TRANSLATE_NOOP("Compass", "W"),
    QT_TRANSLATE_NOOP("Compass", "WNW"),
    QT_TRANSLATE_NOOP("Compass", "NW"),
    QT_TRANSLATE_NOOP("Compass", "NNW"))


def compass_point(az_deg: float) -> str:
    """The core's 16-point compass name of an azimuth (N, NNE, ... NNW), translated for the window."""
    return QCoreApplication.translate("Compass", sky.compass_point(az_deg))


def zone_of(observer) -> QTimeZone:
    """The time zone local times are given in: this computer's (a class looks at its own sky); UTC stands beside it."""
    return QTimeZone.systemTimeZone()


def local_time(time_s: float, zone: QTimeZone, fmt: str = "HH:mm") -> str:
    """A time in ``zone`` with the zone's abbreviation, e.g. '21:42 CET'."""
    moment = QDateTime.fromSecsSinceEpoch(int(round(time_s)), zone)
    return f"{moment.toString(fmt)} {zone.abbreviation(moment)}"


def utc_time(time_s: float, fmt: str = "HH:mm") -> str:
    return QDateTime.fromSecsSinceEpoch(int(round(time_s)), QTimeZone.utc()).toString(fmt) + " UTC"


def both_times(time_s: float, zone: QTimeZone, fmt: str = "HH:mm") -> str:
    """Local time with its zone and UTC beside it ('21:42 CET (20:42 UTC)'); UTC alone where local time is UTC."""
    moment = QDateTime.fromSecsSinceEpoch(int(round(time_s)), zone)
    if zone.offsetFromUtc(moment) == 0 and zone.abbreviation(moment) in ("UTC", "GMT", "Z", ""):
        return utc_time(time_s, fmt)
    return f"{local_time(time_s, zone, fmt)} ({utc_time(time_s, fmt)})"


class SkyScene:
    """What the plot shows at one time, as arrays of azimuth and elevation (computed by the core)."""

    def __init__(self):
        self.time_s = None
        self.sun = self.moon = None  # (az_deg, el_deg)
        self.star_az = self.star_el = self.star_mag = np.zeros(0)
        self.star_names: tuple = ()  # the proper names of the stars above the horizon ('' for most)
        self.labels = []  # (az, el, text): constellation names above the horizon
        self.sat_az = self.sat_el = np.zeros(0)  # every satellite above the horizon
        self.sat_names: list[str] = []
        self.chosen: list[tuple[float, float, str, QColor]] = []  # (az, el, label, colour) of the chosen satellites
        self.path = None  # (az, el, sunlit) of the chosen pass
        self.marks = []  # (az, el, text) for AOS, TCA, LOS


class SkyPlot(QWidget):
    """The observer's sky as seen looking up (north at the top, east on the left); paints a SkyScene."""

    def __init__(self, session, sets=None, parent=None):
        """``sets``: a function giving the satellites to place (default: the session's chosen satellites)."""
        super().__init__(parent)
        self.session = session
        self.sets = sets or self.shown_sets
        self.every_loaded = False  # every satellite in the catalogue above the horizon, not only the chosen ones
        self.setLayoutDirection(Qt.LeftToRight)  # a chart of the sky is never mirrored (right-to-left languages)
        self.setMinimumSize(200, 200)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.room_scale = 1.0  # presentation mode: type and marks scaled for a room
        self.countdown = ""  # a line from the live clock: time to the next rise
        self.compact = False  # a small chart (handouts): short marks, no title, no satellite labels
        self.key_handler = None  # presentation mode: a function that takes a key event first (as the map's)
        self.lazy = False  # computes only while shown (the window's plots; handouts and tests draw hidden ones)
        self._stale = False
        self.scene = SkyScene()
        self._labels = None  # the constellations' label points, read once
        self._fleet, self._fleet_of = None, ()  # the satellites placed as one SatrecArray, and the sets it was built of
        self._version = 0  # bumped with each new scene: the cached sky is drawn again
        self._sky_pixmap, self._sky_key = None, None
        s = session
        for signal in (s.time_changed, s.observer_changed, s.selection_changed, s.catalog_changed, s.filter_changed):
            signal.connect(self.refresh)
        s.elements_changed.connect(lambda *_: self.refresh())
        s.sky_pass_changed.connect(self.refresh_pass)
        self.refresh_pass()

    # ------------------------------------------------------------------ model data
    def refresh(self, *_):
        """Recompute what is in the sky at the session's time (the core's arrays), then repaint.

        A lazy plot (the window's) that is not on screen only notes that it is out of date: a hidden dock
        or the presentation chart costs nothing while the clock runs, and catches up when shown.
        """
        if self.lazy and not self.isVisible():
            self._stale = True
            return
        self._stale = False
        s, scene = self.session, self.scene
        obs = s.observer
        scene.time_s = s.time_s
        self._version += 1
        if obs is None:
            self.update()
            return
        t = np.array([s.time_s])
        scene.sun = self._body(sky.sun_altaz, obs, t)
        scene.moon = self._body(sky.moon_altaz, obs, t)
        self._place_stars(obs, s.time_s)
        self._place_satellites(obs, t)
        self.update()

    @staticmethod
    def _body(function, obs, t):
        try:
            az, el = function(obs, t)
        except ValueError:  # outside the ephemeris' range
            return None
        return float(np.ravel(az)[0]), float(np.ravel(el)[0])

    def _place_stars(self, obs, time_s):
        az, el, mag, names = stars.stars_altaz(obs, time_s)
        up = (el > 0) & (mag <= STAR_LIMIT_MAG)
        scene = self.scene
        scene.star_az, scene.star_el, scene.star_mag = az[up], el[up], mag[up]
        scene.star_names = tuple(names[k] for k in np.flatnonzero(up))
        if self._labels is None:
            self._labels = stars.constellation_labels()
        names, ra, dec = zip(*self._labels) if self._labels else ((), (), ())
        laz, lel = stars.radec_to_altaz(np.array(ra), np.array(dec), obs, time_s)
        scene.labels = [(a, e, QCoreApplication.translate("Constellation", name))
                        for a, e, name in zip(laz, lel, names) if e > 5]

    def _place_satellites(self, obs, t):
        scene = self.scene
        sets = list(self.sets())
        chosen = set(self.session.selected)
        scene.chosen = []
        if not sets:
            scene.sat_az = scene.sat_el = np.zeros(0)
            scene.sat_names = []
            return
        # an edited or reloaded set is a new object: the fleet is built again (the fleet holds the sets it was
        # built of, so their ids cannot be taken by new objects meanwhile)
        of = tuple(map(id, sets))
        if of != self._fleet_of:
            self._fleet, self._fleet_of = Fleet(sets), of
        index, az, el, _range = sky.above_horizon(self._fleet, obs, float(t[0]))
        scene.sat_az, scene.sat_el = az, el
        # a few satellites in view are named (the chosen ones carry their own, larger labels)
        scene.sat_names = [sets[k].label if sets[k].satnum not in chosen else "" for k in index] \
            if len(index) <= LABELLED_AT_MOST else []
        order = {n: k for k, n in enumerate(self.session.selected)}
        for k, a, e in zip(index, az, el):
            es = sets[k]
            if es.satnum in chosen:
                colour = QColor(TRACK_COLORS[order[es.satnum] % len(TRACK_COLORS)])
                scene.chosen.append((float(a), float(e), es.label, colour))

    def refresh_pass(self):
        """The chosen pass's path across the sky, sunlit and shadowed parts, with its AOS, TCA and LOS."""
        s, scene = self.session, self.scene
        chosen, obs = s.sky_pass, s.observer
        scene.path, scene.marks = None, []
        es = s.catalog.get(chosen.satnum) if chosen is not None else None
        if es is not None and obs is not None:
            op = chosen.observer_pass
            times, az, el, sunlit = sky.pass_path(es, obs, op)
            scene.path = (np.asarray(az), np.asarray(el), np.asarray(sunlit, dtype=bool))
            zone = zone_of(obs)
            for name, when, where, height in ((QCoreApplication.translate("SkyPlot", "AOS"), op.aos_s, op.aos_az_deg, 0.0),
                                              (QCoreApplication.translate("SkyPlot", "TCA"), op.tca_s, op.tca_az_deg,
                                               op.max_el_deg),
                                              (QCoreApplication.translate("SkyPlot", "LOS"), op.los_s, op.los_az_deg, 0.0)):
                text = f"{name} {local_time(when, zone, 'HH:mm')}" if self.compact else \
                    f"{name} {local_time(when, zone, 'HH:mm:ss')} {compass_point(where)} {where:.0f}°"
                scene.marks.append((float(where), float(height), text))
        self.refresh()

    def keyPressEvent(self, event):
        if self.key_handler is not None and self.key_handler(event):
            return
        super().keyPressEvent(event)

    def showEvent(self, event):
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def shown_sets(self):
        """The satellites placed on the chart: the chosen ones, or every one the catalogue filter keeps (context menu)."""
        return self.session.filtered_sets() if self.every_loaded else self.session.selected_sets()

    def set_every_loaded(self, on: bool) -> None:
        self.every_loaded = bool(on)
        self.refresh()

    def contextMenuEvent(self, event):
        menu = QMenu(self)
        action = menu.addAction(QCoreApplication.translate("SkyPlot", "Every loaded satellite above the horizon"))
        action.setCheckable(True)
        action.setChecked(self.every_loaded)
        action.toggled.connect(self.set_every_loaded)
        menu.exec(event.globalPos())

    def set_countdown(self, text: str) -> None:
        """The live clock's line (time to the next rise), shown under the title."""
        self.countdown = text
        self.update()

    # ------------------------------------------------------------------ geometry
    def geometry_of_chart(self):
        """(cx, cy, radius) of the horizon circle in this widget, leaving room for the labels."""
        top = (6 if self.compact else 34) * self.room_scale
        bottom = 26 * self.room_scale
        margin = 22 * self.room_scale
        radius = max(20.0, min(self.width() / 2 - margin, (self.height() - top - bottom) / 2 - margin))
        return self.width() / 2, top + max(margin + radius, (self.height() - top - bottom) / 2), radius

    def to_screen(self, az_deg, el_deg) -> np.ndarray:
        cx, cy, radius = self.geometry_of_chart()
        return sky_xy(az_deg, el_deg, cx, cy, radius)

    # ------------------------------------------------------------------ painting
    def paintEvent(self, event):
        """The sky (disc, rings, stars, Sun, Moon, compass) from a pixmap made once per scene; the rest on top."""
        ratio = self.devicePixelRatioF()
        key = (self.width(), self.height(), ratio, self.room_scale, self._version)
        if key != self._sky_key:
            pixmap = QPixmap(int(self.width() * ratio), int(self.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            painter = QPainter(pixmap)
            self.paint_sky(painter)
            painter.end()
            self._sky_pixmap, self._sky_key = pixmap, key
        p = QPainter(self)
        p.drawPixmap(0, 0, self._sky_pixmap)
        self.paint_moving(p)
        p.end()

    def _font(self, p, points, bold=False):
        f = QFont(self.font().family())
        f.setPixelSize(max(8, int(points * self.room_scale)))
        f.setBold(bold)
        p.setFont(f)
        return p.fontMetrics()

    def render_to(self, p: QPainter, header: bool = True):
        """Paint the whole chart into this widget's rectangle with any painter (a handout, an export, a bench)."""
        if self.paint_sky(p):
            self.paint_moving(p, header)

    def paint_sky(self, p: QPainter) -> bool:
        """The sky of the scene: disc, rings, mask, stars, Sun, Moon, compass (False: no observer yet)."""
        s, scene = self.session, self.scene
        p.setRenderHint(QPainter.Antialiasing, True)
        p.fillRect(QRectF(0, 0, self.width(), self.height()), QColor("#f4f4f6"))
        cx, cy, radius = self.geometry_of_chart()
        centre = QPointF(cx, cy)
        sun_el = scene.sun[1] if scene.sun is not None else -90.0
        night = QColor("#0b1330") if sun_el < -12 else QColor("#243a6b") if sun_el < -6 else \
            QColor("#4a6fa5") if sun_el < 0 else QColor("#8fb8e8")
        p.setPen(QPen(QColor("#333333"), 1.5))
        p.setBrush(night)
        p.drawEllipse(centre, radius, radius)
        light = sun_el >= 0
        grid = QColor(255, 255, 255, 70 if not light else 120)
        if s.observer is None:
            self._font(p, 13)
            p.setPen(QColor("white"))
            p.drawText(QRectF(cx - radius * 0.8, cy - radius * 0.4, radius * 1.6, radius * 0.8),
                       Qt.AlignCenter | Qt.TextWordWrap,
                       QCoreApplication.translate("SkyPlot", "Choose where you are: type a city in the Tonight panel, or right-click the map "
                           "and choose 'Set observer here'."))
            self._paint_compass(p, cx, cy, radius)
            return False
        # the rings and the cross are thin solid lines: a dotted antialiased line costs Qt 4 ms across this disc
        for ring in RINGS_DEG:
            r = radius * (90 - ring) / 90
            p.setPen(QPen(grid, 0.8))
            p.setBrush(Qt.NoBrush)
            p.drawEllipse(centre, r, r)
            self._font(p, 9)
            p.setPen(grid)
            p.drawText(QPointF(cx + 3, cy - r - 2), f"{ring:.0f}°")
        p.drawLine(QPointF(cx - radius, cy), QPointF(cx + radius, cy))
        p.drawLine(QPointF(cx, cy - radius), QPointF(cx, cy + radius))
        mask = s.sky_settings.mask_deg
        if mask > 0:
            r = radius * (90 - mask) / 90
            pen = QPen(MASK_COLOUR, 1.4 * self.room_scale, Qt.DashLine)
            p.setPen(pen)
            p.drawEllipse(centre, r, r)
        self._paint_stars(p, light)
        self._paint_bodies(p)
        self._paint_compass(p, cx, cy, radius)
        return True

    def paint_moving(self, p: QPainter, header: bool = True) -> None:
        """What changes between frames of one scene: the chosen pass, the satellites, the title and countdown."""
        if self.session.observer is None:
            return
        p.setRenderHint(QPainter.Antialiasing, True)
        self._paint_path(p)
        self._paint_satellites(p)
        if header:
            self._paint_header(p)

    def _paint_compass(self, p, cx, cy, radius):
        metrics = self._font(p, 13, bold=True)
        p.setPen(QColor("#222222"))
        for az in range(0, 360, 45):
            text = compass_point(az)
            x, y = sky_xy([az], [0.0], cx, cy, radius + metrics.height() * 0.7)[0]
            w = metrics.horizontalAdvance(text)
            p.drawText(QPointF(x - w / 2, y + metrics.ascent() / 2 - 1), text)
        metrics = self._font(p, 10)
        p.setPen(QColor("#444444"))
        caption = QCoreApplication.translate("SkyPlot", "As seen looking up: north at the top, east on the left. Centre: overhead; rim: the horizon.")
        if metrics.horizontalAdvance(caption) > self.width() - 8:
            caption = QCoreApplication.translate("SkyPlot", "Looking up: N top, E left")
        p.drawText(QRectF(4, self.height() - 22 * self.room_scale, self.width() - 8, 20 * self.room_scale),
                   Qt.AlignCenter, caption)

    def _paint_stars(self, p, light):
        scene = self.scene
        if not len(scene.star_az):
            return
        pts = self.to_screen(scene.star_az, scene.star_el)
        alpha = 110 if light else 235
        for low, high, size in ((-2.0, 1.0, 4.5), (1.0, 2.0, 3.5), (2.0, 3.0, 2.6), (3.0, STAR_LIMIT_MAG + 0.01, 1.8)):
            sel = (scene.star_mag >= low) & (scene.star_mag < high)
            if sel.any():
                pen = QPen(QColor(255, 250, 230, alpha), size * self.room_scale, Qt.SolidLine, Qt.RoundCap)
                p.setPen(pen)
                p.drawPoints(polygon(pts[sel]))
        named = [k for k, name in enumerate(scene.star_names) if name and (scene.star_mag[k] < NAMED_STAR_MAG or name == "Polaris")]
        if named:
            self._font(p, 8)
            p.setPen(QColor(255, 240, 200, 120 if light else 190))
            for k in named:
                p.drawText(QPointF(pts[k, 0] + 4, pts[k, 1] + 10), scene.star_names[k])
        if scene.labels:
            self._font(p, 9)
            p.setPen(QColor(200, 210, 255, 150 if light else 200))
            for az, el, name in scene.labels:
                x, y = self.to_screen([az], [el])[0]
                p.drawText(QPointF(x, y), name)

    def _paint_bodies(self, p):
        scene = self.scene
        for body, name, colour, size in ((scene.sun, QCoreApplication.translate("SkyPlot", "Sun"), QColor("#ffd21f"), 9),
                                         (scene.moon, QCoreApplication.translate("SkyPlot", "Moon"), QColor("#e0e0e0"), 7)):
            if body is None or body[1] <= 0:
                continue
            x, y = self.to_screen([body[0]], [body[1]])[0]
            p.setPen(QPen(QColor("#555555"), 1))
            p.setBrush(colour)
            p.drawEllipse(QPointF(x, y), size * self.room_scale, size * self.room_scale)
            self._font(p, 11, bold=True)
            p.setPen(colour)
            p.drawText(QPointF(x + (size + 3) * self.room_scale, y + 4), name)

    def _paint_path(self, p):
        scene = self.scene
        if scene.path is None:
            return
        az, el, sunlit = scene.path
        pts = self.to_screen(az, np.maximum(el, 0.0))
        # runs of equal sunlit state, each sharing its first point with the previous run's last
        edges = np.flatnonzero(np.diff(sunlit.astype(np.int8))) + 1
        starts = np.r_[0, edges]
        ends = np.r_[edges, len(sunlit)]
        for a, b in zip(starts, ends):
            lit = bool(sunlit[a])
            if lit:
                pen = QPen(SELECTED_COLOUR, 3.2 * self.room_scale, Qt.SolidLine, Qt.RoundCap)
            else:
                pen = QPen(SHADOW_COLOUR, 1.8 * self.room_scale, Qt.DashLine, Qt.RoundCap)
            p.setPen(pen)
            p.drawPolyline(polygon(pts[max(a - 1, 0):b]))
        metrics = self._font(p, 10, bold=True)
        for az_mark, el_mark, text in scene.marks:
            x, y = self.to_screen([az_mark], [el_mark])[0]
            p.setPen(QPen(Qt.white, 1.5))
            p.setBrush(SELECTED_COLOUR)
            p.drawEllipse(QPointF(x, y), 4.5 * self.room_scale, 4.5 * self.room_scale)
            w = metrics.horizontalAdvance(text) + 8
            cx, _cy, _r = self.geometry_of_chart()
            left = x - 8 - w if x <= cx else x + 8  # labels point away from the centre, inside the widget
            left = min(max(left, 2), self.width() - w - 2)
            box = QRectF(left, y - metrics.height() / 2 - 1, w, metrics.height() + 2)
            p.setPen(Qt.NoPen)
            p.setBrush(QColor(255, 255, 255, 215))
            p.drawRoundedRect(box, 3, 3)
            p.setPen(QColor("#111111"))
            p.drawText(box, Qt.AlignCenter, text)

    def _paint_satellites(self, p):
        scene = self.scene
        if len(scene.sat_az):
            pts = self.to_screen(scene.sat_az, scene.sat_el)
            # small squares (stars are round): a square-capped wide point is a fill of four pixels, where a round
            # antialiased one costs Qt's raster engine 15 us: 2,000 satellites in 0.6 ms instead of 22 ms
            p.setPen(QPen(SATELLITE_COLOUR, 4.0 * self.room_scale, Qt.SolidLine, Qt.SquareCap))
            p.drawPoints(polygon(pts))
            if scene.sat_names:
                self._font(p, 9)
                p.setPen(QColor(200, 230, 255))
                for (x, y), name in zip(pts, scene.sat_names):
                    p.drawText(QPointF(x + 5, y - 4), name)
        metrics = self._font(p, 11, bold=True)
        for az, el, label, colour in scene.chosen:
            x, y = self.to_screen([az], [el])[0]
            p.setPen(QPen(Qt.white, 2))
            p.setBrush(colour)
            p.drawEllipse(QPointF(x, y), 6.5 * self.room_scale, 6.5 * self.room_scale)
            if self.compact:
                continue  # a small chart (handout): the pass's marks say enough
            text = f"{label}  {el:.0f}°"
            p.setPen(Qt.NoPen)
            p.setBrush(QColor(255, 255, 255, 220))
            w = metrics.horizontalAdvance(text) + 8
            # above the dot, leaning towards the centre: the pass's marks lean away from it
            left = x + 9 if x <= self.geometry_of_chart()[0] else x - 9 - w
            box = QRectF(left, y - metrics.height() - 10 * self.room_scale, w, metrics.height() + 2)
            p.drawRoundedRect(box, 3, 3)
            p.setPen(QColor("#111111"))
            p.drawText(box, Qt.AlignCenter, text)

    def _paint_header(self, p):
        s = self.session
        obs = s.observer
        zone = zone_of(obs)
        where = obs.name or f"{abs(obs.lat_deg):.2f}°{'N' if obs.lat_deg >= 0 else 'S'} " \
                            f"{abs(obs.lon_deg):.2f}°{'E' if obs.lon_deg >= 0 else 'W'}"
        text = QCoreApplication.translate("SkyPlot", "Sky over {place} at {time}").format(place=where, time=both_times(s.time_s, zone))
        metrics = self._font(p, 12, bold=True)
        p.setPen(QColor("#111111"))
        p.drawText(QRectF(6, 4, self.width() - 12, metrics.height() + 2), Qt.AlignLeft | Qt.AlignVCenter,
                   metrics.elidedText(text, Qt.ElideRight, self.width() - 12))
        second = self.countdown
        if not second and self.scene.sun is not None:
            second = QCoreApplication.translate("SkyPlot", "Sun {deg:.0f}° above the horizon").format(deg=self.scene.sun[1]) if self.scene.sun[1] >= 0 \
                else QCoreApplication.translate("SkyPlot", "Sun {deg:.0f}° below the horizon").format(deg=-self.scene.sun[1])
        if second:
            metrics2 = self._font(p, 10)
            p.setPen(QColor("#333333"))
            p.drawText(QRectF(6, 6 + metrics.height(), self.width() - 12, metrics2.height() + 2),
                       Qt.AlignLeft | Qt.AlignVCenter, metrics2.elidedText(second, Qt.ElideRight, self.width() - 12))


def room_sky_plot(window) -> SkyPlot:
    """The sky plot for presentation mode (K shows it instead of the map): large type and marks."""
    plot = SkyPlot(window.session)
    plot.lazy = True
    plot.room_scale = 2.0
    plot.setToolTip(QCoreApplication.translate("SkyPlot", "The sky as seen looking up; right-click: every loaded satellite"))
    plot.setFocusPolicy(Qt.StrongFocus)
    window.views.addWidget(plot)
    return plot


def dock_sky_plot(window) -> SkyPlot:
    """The sky plot in a dock (Ctrl+K shows or hides it)."""
    plot = SkyPlot(window.session)
    plot.lazy = True
    plot.setToolTip(QCoreApplication.translate("SkyPlot", "The sky as seen looking up; right-click: every loaded satellite"))
    dock = window.add_panel_dock("Sky", plot, "Ctrl+K")  # its name in saved layouts, whatever the language
    dock.setWindowTitle(QCoreApplication.translate("SkyPlot", "Sky"))
    return plot
