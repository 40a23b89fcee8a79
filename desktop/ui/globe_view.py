"""The globe: an orthographic view of the same layers, with the orbit drawn as a ring in space.

The camera is fixed in the inertial frame (right ascension and declination), so
while time runs the Earth turns beneath the orbit's ring: each new ground track
lies further west because the ground has moved east under the orbit, the
teaching point of this view. Drag to turn the camera, wheel to zoom.

It draws from the flat map's own model data (tracks, passes, footprints,
region, places, computed once by MapView) and projects them with numpy each
frame; land is a coarser copy of the map's (rings under 1.5 deg dropped, vertices
closer than 0.3 deg merged) so that a frame stays within a few milliseconds;
while the globe is dragged it is drawn coarser still, without antialiasing or borders.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QRadialGradient
from PySide6.QtWidgets import QToolTip, QWidget

from desktop.core import timebase
from desktop.core.groundtrack import propagate_teme
from desktop.core.atlas import atlas
from desktop.core.constants import WGS84_A_KM
from desktop.core.regions import merge_close_vertices as _merge_close_vertices
from desktop.core.sphere import unit_vectors

from .i18n import isolate
from .map_view import (BORDER, LAND, NIGHT, OCEAN, PASS_COLOR, REGION_EDGE, REGION_FILL, array_of, draw_observer_marker,
                       polygon)

SPACE = QColor("#10152a")


def _globe_land(min_extent_deg: float = 1.5, merge_deg: float = 0.3):
    """Coarse land rings for the globe: (vertices (N, 3) unit vectors, ring start offsets)."""
    world = atlas()
    rings, starts = [], [0]
    for r in range(len(world.ring_country)):
        ring = world.coords[world.ring_start[r]:world.ring_start[r + 1]]
        extent = np.ptp(ring, axis=0).max()
        if extent < min_extent_deg:
            continue
        ring = _merge_close_vertices(ring, merge_deg)
        if len(ring) < 4:
            continue
        rings.append(unit_vectors(ring[:, 1], ring[:, 0]))
        starts.append(starts[-1] + len(ring))
    return np.vstack(rings), np.array(starts)


class GlobeView(QWidget):
    def __init__(self, session, map_view, parent=None):
        super().__init__(parent)
        self.session, self.map = session, map_view
        self.setMinimumSize(320, 240)
        self.setFocusPolicy(Qt.StrongFocus)
        self.setToolTip(self.tr("Drag to turn the globe, wheel to zoom; the ring is the orbit in space"))
        self.setMouseTracking(True)  # hover names a dot of the all-satellites layer
        self.ra_deg, self.dec_deg, self.zoom = None, 25.0, 0.9
        self._drag = None
        self._land_still = _globe_land()
        self._land_moving = _globe_land(5.0, 1.2)  # while dragged: fewer, coarser rings
        self._ring_cache = None
        for signal in (session.time_changed, session.selection_changed, session.region_changed,
                       session.analysis_changed, session.span_changed, session.catalog_changed,
                       session.layer_changed, session.filter_changed, session.observer_changed):
            signal.connect(self.update)
        session.elements_changed.connect(lambda *_: self.update())

    # ------------------------------------------------------------------ projection
    def _rotation(self, gmst: float) -> np.ndarray:
        """Earth-fixed (ITRS) vectors to view coordinates: x right, y up, z towards the camera."""
        if self.ra_deg is None:  # start looking at the region, or at the first satellite, or at 40 E
            lon = 40.0
            region = self.session.region
            if region is not None:
                c = region.cap_centre
                lon = math.degrees(math.atan2(c[1], c[0]))
                self.dec_deg = max(-60.0, min(60.0, math.degrees(math.asin(max(-1.0, min(1.0, c[2]))))))
            elif self.map._track_data and len(self.map._track_data[0][1]):
                lon = float(self.map._track_data[0][1].lon_deg[len(self.map._track_data[0][1]) // 2])
            self.ra_deg = (lon + math.degrees(gmst)) % 360.0
        lon0 = math.radians(self.ra_deg) - gmst  # the camera's longitude on the turning Earth
        lat0 = math.radians(self.dec_deg)
        east = np.array([-math.sin(lon0), math.cos(lon0), 0.0])
        north = np.array([-math.sin(lat0) * math.cos(lon0), -math.sin(lat0) * math.sin(lon0), math.cos(lat0)])
        out = np.array([math.cos(lat0) * math.cos(lon0), math.cos(lat0) * math.sin(lon0), math.sin(lat0)])
        return np.vstack([east, north, out])

    def _screen(self, v: np.ndarray):
        """View coordinates (N, 3) to screen points (N, 2)."""
        radius = self.radius()
        return np.column_stack([self.width() / 2 + v[:, 0] * radius, self.height() / 2 - v[:, 1] * radius])

    def radius(self) -> float:
        return 0.5 * min(self.width(), self.height()) * self.zoom

    def _polylines(self, p, v, pen, closed=False, hide_behind=True):
        """Draw the visible runs of a projected line (points behind the globe are dropped)."""
        visible = v[:, 2] >= 0 if hide_behind else ~((v[:, 2] < 0) & (np.hypot(v[:, 0], v[:, 1]) < 1.0))
        if not visible.any():
            return
        pts = self._screen(v)
        edges = np.flatnonzero(np.diff(np.r_[0, visible.astype(np.int8), 0]))
        p.setPen(pen)
        for a, b in zip(edges[::2], edges[1::2]):
            if b - a >= 2:
                p.drawPolyline(polygon(pts[a:b]))

    def _clamped(self, v):
        """Points behind the globe moved radially onto its edge: polygons that cross the limb stay closed."""
        out = v.copy()
        back = out[:, 2] < 0
        norm = np.hypot(out[back, 0], out[back, 1])
        norm[norm == 0] = 1.0
        out[back, 0] /= norm
        out[back, 1] /= norm
        return out

    # ------------------------------------------------------------------ painting
    def paintEvent(self, event):
        p = QPainter(self)
        self.render_to(p)
        p.end()

    def render_to(self, p: QPainter):
        t = self.session.time_s
        gmst = float(timebase.gmst_radians(np.array([t]))[0])
        rot = self._rotation(gmst)
        w, h, radius = self.width(), self.height(), self.radius()
        centre = QPointF(w / 2, h / 2)
        moving = self._drag is not None
        p.fillRect(self.rect(), SPACE)
        p.setRenderHint(QPainter.Antialiasing, not moving)
        p.setPen(Qt.NoPen)
        if not moving:
            glow = QRadialGradient(centre, radius * 1.08)
            glow.setColorAt(0.9, QColor(90, 140, 220, 120))
            glow.setColorAt(1.0, QColor(90, 140, 220, 0))
            p.setBrush(glow)
            p.drawEllipse(centre, radius * 1.08, radius * 1.08)
        self._draw_orbits(p, rot, gmst, t, behind=True)
        p.setBrush(OCEAN)
        p.drawEllipse(centre, radius, radius)
        # land: rings with at least one visible vertex, the rest clamped onto the limb
        land, starts = self._land_moving if moving else self._land_still
        v = land @ rot.T
        pts = self._screen(self._clamped(v))
        front = v[:, 2] >= 0
        any_front = np.add.reduceat(front.astype(np.int32), starts[:-1]) > 0
        pen = QPen(BORDER, 0.7)
        pen.setCosmetic(True)
        p.setPen(Qt.NoPen if moving else pen)  # borders come back when the globe stops turning
        p.setBrush(LAND)
        for r in np.flatnonzero(any_front):
            p.drawPolygon(polygon(pts[starts[r]:starts[r + 1]]))
        self._draw_night(p, rot, t)
        self._draw_region(p, rot)
        if self.map.fleet.shown:
            self.map.fleet.draw_globe(p, self, rot)
        self._draw_tracks(p, rot)
        self._draw_places(p, rot)
        self._draw_orbits(p, rot, gmst, t, behind=False)
        p.setRenderHint(QPainter.Antialiasing, True)
        p.setPen(QColor(230, 230, 240))
        p.setFont(QFont(self.font().family(), 9))
        p.drawText(QRectF(8, 6, w - 16, 20), Qt.AlignLeft,
                   isolate(timebase.clock_text(t), left_to_right=True)
                   + "   " + isolate(self.tr("ring: the orbit in space; the Earth turns beneath it")))
        if self.map.fleet.shown:
            self.map.fleet.draw_legend(p, w - 8, 8)

    def _draw_night(self, p, rot, t):
        if not timebase.sun_known([t]):
            return  # outside the Sun's table: no night side (the flat map says why)
        sun = timebase.sun_direction_itrs(np.array([t]))[:, 0]
        s = rot @ sun
        if abs(s[0]) + abs(s[1]) < 1e-9:
            if s[2] < 0:  # the camera looks at the night side
                p.setPen(Qt.NoPen)
                p.setBrush(NIGHT)
                p.drawEllipse(QPointF(self.width() / 2, self.height() / 2), self.radius(), self.radius())
            return
        u = np.array([s[1], -s[0], 0.0]) / math.hypot(s[0], s[1])  # on the limb and on the terminator
        v = np.cross(s, u)
        theta = np.linspace(0.0, math.pi, 61) if v[2] >= 0 else np.linspace(math.pi, 2 * math.pi, 61)
        arc = np.outer(np.cos(theta), u) + np.outer(np.sin(theta), v)  # the terminator's visible half
        a0 = math.atan2(arc[-1, 1], arc[-1, 0])
        a1 = math.atan2(arc[0, 1], arc[0, 0])
        night_dir = math.atan2(-s[1], -s[0])
        span = (a1 - a0) % (2 * math.pi)
        if not (night_dir - a0) % (2 * math.pi) <= span:
            span -= 2 * math.pi
        phi = a0 + np.linspace(0.0, span, 61)
        limb = np.column_stack([np.cos(phi), np.sin(phi), np.zeros_like(phi)])
        pts = self._screen(np.vstack([arc, limb]))
        p.setPen(Qt.NoPen)
        p.setBrush(NIGHT)
        p.drawPolygon(polygon(pts))

    def _draw_region(self, p, rot):
        region = self.session.region
        if region is None:
            return
        pen = QPen(REGION_EDGE, 2.0)
        pen.setCosmetic(True)
        p.setPen(pen)
        p.setBrush(REGION_FILL)
        for ring in region.outline():
            if len(ring) < 3:
                continue
            v = unit_vectors(ring[:, 1], ring[:, 0]) @ rot.T
            if (v[:, 2] >= 0).any():
                p.drawPolygon(polygon(self._screen(self._clamped(v))))

    def _draw_tracks(self, p, rot):
        now = self.session.time_s
        for (colour, _label, _polys, highlights), (es, track) in zip(self.map._tracks, self.map._track_data):
            if not len(track):
                continue
            v = unit_vectors(track.lat_deg, track.lon_deg) @ rot.T
            split = int(np.searchsorted(track.times_s, now))
            past = QColor(colour)
            past.setAlpha(110)
            self._polylines(p, v[: split + 1], QPen(past, 1.5, Qt.DashLine))
            self._polylines(p, v[max(split - 1, 0):], QPen(colour, 2.2))
            for poly in highlights:
                pts = array_of(poly)
                self._polylines(p, unit_vectors(pts[:, 1], pts[:, 0]) @ rot.T, QPen(PASS_COLOR, 6.0, Qt.SolidLine, Qt.RoundCap))
        for colour, point, rings in self.map._footprints:
            fill = QColor(colour)
            fill.setAlpha(45)
            for ring in rings[:1]:
                pts = array_of(ring)
                v = unit_vectors(pts[:, 1], pts[:, 0]) @ rot.T
                if (v[:, 2] >= 0).any():
                    p.setPen(QPen(colour, 1.4))
                    p.setBrush(fill)
                    p.drawPolygon(polygon(self._screen(self._clamped(v))))
            c = unit_vectors(np.array([point.y()]), np.array([point.x()])) @ rot.T
            if c[0, 2] >= 0:
                p.setPen(QPen(Qt.white, 2))
                p.setBrush(colour)
                p.drawEllipse(QPointF(*self._screen(c)[0]), 6, 6)

    def _draw_places(self, p, rot):
        for place, point in self.map._markers:
            if place.kind == "city":
                continue
            c = unit_vectors(np.array([point.y()]), np.array([point.x()])) @ rot.T
            if c[0, 2] >= 0:
                x, y = self._screen(c)[0]
                p.setPen(QPen(Qt.white, 1))
                p.setBrush(QColor("#b03a2e") if place.kind == "launch site" else QColor("#1e8449"))
                p.drawRect(QRectF(x - 3, y - 3, 6, 6))
        obs = self.session.observer
        if obs is not None:
            c = unit_vectors(np.array([obs.lat_deg]), np.array([obs.lon_deg])) @ rot.T
            if c[0, 2] >= 0:
                draw_observer_marker(p, QPointF(*self._screen(c)[0]), obs.name or self.tr("Observer"))

    def _orbit_ring(self, es, t):
        """One revolution of positions (TEME, Earth radii), cached per satellite and hour."""
        key = (es.satnum, es.epoch_s, id(es.satrec), int(t // 3600))
        if self._ring_cache is not None and self._ring_cache[0] == key:
            return self._ring_cache[1]
        period = 2 * math.pi / es.satrec.no_kozai * 60.0
        times = t + np.linspace(-period / 2, period / 2, 181)
        r, errors = propagate_teme(es.satrec, times)
        ring = (r / WGS84_A_KM).T[errors == 0]
        self._ring_cache = (key, ring)
        return ring

    def _draw_orbits(self, p, rot, gmst, t, behind):
        """The first satellite's orbit as a ring in space: its back half before the globe, the rest after."""
        if not self.map._track_data:
            return
        es = self.map._track_data[0][0]
        ring = self._orbit_ring(es, t)
        if not len(ring):
            return
        c, s = math.cos(gmst), math.sin(gmst)
        itrs = np.column_stack([c * ring[:, 0] + s * ring[:, 1], -s * ring[:, 0] + c * ring[:, 1], ring[:, 2]])
        v = itrs @ rot.T
        hidden = (v[:, 2] < 0) & (np.hypot(v[:, 0], v[:, 1]) < 1.0)
        colour = QColor(self.map._tracks[0][0]) if self.map._tracks else QColor("white")
        colour = colour.lighter(160)
        colour.setAlpha(120 if behind else 230)
        pen = QPen(colour, 1.6 if behind else 2.0)
        sel = v[:, 2] < 0 if behind else v[:, 2] >= 0
        sel &= ~hidden
        pts = self._screen(v)
        edges = np.flatnonzero(np.diff(np.r_[0, sel.astype(np.int8), 0]))
        p.setPen(pen)
        p.setBrush(Qt.NoBrush)
        for a, b in zip(edges[::2], edges[1::2]):
            if b - a >= 2:
                p.drawPolyline(polygon(pts[a:b]))

    # ------------------------------------------------------------------ interaction
    def mousePressEvent(self, event):
        if event.button() == Qt.LeftButton:
            self._drag = (event.position(), self.ra_deg or 0.0, self.dec_deg)

    def mouseMoveEvent(self, event):
        if self._drag is None:
            dot = self.map.fleet.satellite_at(event.position().x(), event.position().y())
            if dot is not None:
                QToolTip.showText(event.globalPosition().toPoint(), self.map.fleet.describe(dot), self)
            return
        start, ra, dec = self._drag
        k = 180.0 / math.pi / max(1.0, self.radius())
        self.ra_deg = (ra - (event.position().x() - start.x()) * k) % 360.0
        self.dec_deg = max(-89.0, min(89.0, dec + (event.position().y() - start.y()) * k))
        self.update()

    def mouseReleaseEvent(self, event):
        start = self._drag[0] if self._drag is not None else None
        self._drag = None
        if start is not None and (event.position() - start).manhattanLength() <= 3:
            dot = self.map.fleet.satellite_at(event.position().x(), event.position().y())
            if dot is not None:  # a click on a dot selects that satellite, as the list does
                self.session.select([self.map.fleet.satnum(dot)])
        self.update()

    def wheelEvent(self, event):
        factor = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
        self.zoom = min(max(self.zoom * factor, 0.3), 6.0)
        self.update()
