"""The world map: equirectangular, pan and zoom, tracks, footprint, region, terminator.

Geometry stays in model coordinates (longitude, latitude); a QTransform maps
them to the screen, so a pan, a zoom or a resize never recomputes an orbit.
The base layer (land, borders, graticule) is rendered once per view into a
pixmap; while the view is dragged the old pixmap is shifted and the overlays
(tracks, footprint, terminator) are drawn on top.
"""

from __future__ import annotations


import numpy as np
import shiboken6
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (QColor, QFont, QPainter, QPainterPath, QPen, QPixmap, QPolygonF, QTransform)
from PySide6.QtWidgets import QMenu, QToolTip, QWidget

from desktop.core import daynight, timebase
from desktop.core.groundtrack import ground_track, split_antimeridian, times_grid
from desktop.core.places import places
from desktop.core.atlas import atlas
from desktop.core.sphere import footprint_ring

from .fleet_layer import FleetLayer
from .i18n import isolate, localize_digits, region_text, sat_label
from .session import MapCamera

OCEAN = QColor("#dfe9f3")
OUTSIDE = QColor("#e8e8e8")  # beyond the poles, when the window is taller than the world
LAND = QColor("#f4f1e8")
BORDER = QColor("#a89f91")
GRID = QColor(120, 140, 160, 90)
NIGHT = QColor(10, 20, 60, 70)
REGION_FILL = QColor(220, 60, 40, 60)
REGION_EDGE = QColor(200, 40, 30)
# Okabe & Ito's colour-blind-safe palette (Color Universal Design, 2008): tracks in blue, bluish green,
# reddish purple, vermillion, sky blue, black; passes in its orange, which none of the tracks use.
PASS_COLOR = QColor("#E69F00")
TRACK_COLORS = ["#0072B2", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#000000"]
CLASSIC_TRACK_COLORS = ["#1f5fbf", "#2e8b3d", "#8e44ad", "#c0392b", "#d35400", "#16a085", "#7f8c8d"]


def polygon(points: np.ndarray) -> QPolygonF:
    """QPolygonF from an (n, 2) array of (lon, lat), copied in one block into Qt's own buffer.

    A QPolygonF stores its points as consecutive pairs of doubles, so numpy
    writes them straight into it: about 500 times faster than one QPointF per
    point, which is what lets a track follow a slider.
    """
    points = np.ascontiguousarray(points, dtype=np.float64)[:, :2] if len(points) else np.zeros((0, 2))
    poly = QPolygonF()
    if len(points):
        poly.resize(len(points))
        buffer = shiboken6.VoidPtr(poly.data(), points.size * 8, True)
        np.frombuffer(buffer, dtype=np.float64).reshape(-1, 2)[:] = points
    return poly


def array_of(poly: QPolygonF) -> np.ndarray:
    """The (n, 2) points of a QPolygonF, read from Qt's buffer in one block (the inverse of polygon())."""
    n = poly.size()
    if n == 0:
        return np.zeros((0, 2))
    buffer = shiboken6.VoidPtr(poly.data(), n * 16, False)
    return np.frombuffer(buffer, dtype=np.float64).reshape(n, 2).copy()



def paint_clock(p: QPainter, font: QFont, pixel_size: int, width: int, time_s: float) -> None:
    """The clock badge at the top right of a map of ``width`` pixels: presentation mode and animation frames."""
    font.setPixelSize(pixel_size)
    font.setBold(True)
    p.setFont(font)
    metrics = p.fontMetrics()
    clock = localize_digits(timebase.clock_text(time_s))
    box = QRectF(width - metrics.horizontalAdvance(clock) - 40, 12, metrics.horizontalAdvance(clock) + 28,
                 metrics.height() + 14)
    p.setPen(Qt.NoPen)
    p.setBrush(QColor(255, 255, 255, 230))
    p.drawRoundedRect(box, 8, 8)
    p.setPen(QColor(15, 15, 15))
    p.drawText(box, Qt.AlignCenter, clock)

OBSERVER_COLOUR = QColor("#7B2D8E")


def draw_observer_marker(p: QPainter, c: QPointF, name: str, scale: float = 1.0) -> None:
    """The observer's mark, shared by the map and the globe: a dot in a ring, its name beside it."""
    p.setPen(QPen(Qt.white, 2.0 * scale))
    p.setBrush(OBSERVER_COLOUR)
    p.drawEllipse(c, 5 * scale, 5 * scale)
    p.setPen(QPen(OBSERVER_COLOUR, 2.0 * scale))
    p.setBrush(Qt.NoBrush)
    p.drawEllipse(c, 10 * scale, 10 * scale)
    font = QFont(p.font())
    font.setPointSizeF(9 * scale)
    font.setBold(True)
    p.setFont(font)
    width = p.fontMetrics().horizontalAdvance(name) + 8
    box = QRectF(c.x() + 13 * scale, c.y() - 9 * scale, width, p.fontMetrics().height() + 2)
    p.setPen(Qt.NoPen)
    p.setBrush(QColor(255, 255, 255, 220))
    p.drawRoundedRect(box, 3, 3)
    p.setPen(OBSERVER_COLOUR.darker(120))
    p.drawText(box, Qt.AlignCenter, name)


DRAW_EVERY = 2  # samples of a track per drawn point (see _build_track)
THIN_PASSES_PX = (1.8, 2.2)  # on screen, cosmetic opaque lines this wide are drawn as passes of 1 px (``stroke``)


def _pass_offsets(width_px: float):
    """Device-pixel offsets of the 1 px passes that make a line ``width_px`` wide: the centre and three points
    120 degrees apart on a circle of radius 2/3 (width - 1). Qt's 1 px antialiased line is 1 px across when
    horizontal or vertical but 0.71 px at 45 degrees; with this radius (chosen by measuring ink against Qt's own
    stroke of the wider pen, ``tests/ui/test_map_strokes.py``) the passes' ink stays within 10 % of it at every
    angle for 1.8-2.2 px (2.5 px: 15 %)."""
    r = (width_px - 1.0) * 2.0 / 3.0
    return [(0.0, 0.0)] + [(r * np.cos(a), r * np.sin(a))
                           for a in (np.pi / 2, np.pi / 2 + 2 * np.pi / 3, np.pi / 2 + 4 * np.pi / 3)]


def stroke(p: QPainter, pen: QPen, draw, thin_passes: bool) -> None:
    """``draw(p)`` (a polyline or an outline, no brush) with ``pen``.

    Qt's raster engine strokes an antialiased cosmetic line of 1 px on a fast
    path, and any wider one through its general stroker: a 2.2 px track of 500
    points took 2.8 ms, the same at 1 px 0.2 ms. So on screen (``thin_passes``)
    an opaque line of 1.8-2.2 px (the tracks) is drawn as four passes of 1 px
    shifted by a fraction of a pixel (``_pass_offsets``), and a translucent one
    up to 2.2 px (passes would darken where they overlap) as one 1 px line with
    its opacity times its width. Exports keep the exact pen (vectors in SVG and
    PDF), and so do wider lines (presentation mode).
    """
    width = pen.widthF()
    translucent = pen.color().alpha() < 255
    if not thin_passes or not pen.isCosmetic() or not (THIN_PASSES_PX[0] <= width <= THIN_PASSES_PX[1] or
                                                       (translucent and 1.0 < width <= THIN_PASSES_PX[1])):
        p.setPen(pen)
        draw(p)
        return
    thin = QPen(pen)
    thin.setWidthF(1.0)
    colour = pen.color()
    if translucent:
        colour = QColor(colour)
        colour.setAlphaF(min(1.0, colour.alphaF() * width))
        thin.setColor(colour)
        p.setPen(thin)
        draw(p)
        return
    p.setPen(thin)
    base = p.transform()
    for dx, dy in _pass_offsets(width):
        p.setTransform(base * QTransform.fromTranslate(dx, dy))
        draw(p)
    p.setTransform(base)


class MapView(QWidget):
    """Emits the model coordinates of clicks and drags; owns no orbit computation."""

    clicked = Signal(float, float)  # lat, lon
    box_drawn = Signal(float, float, float, float)  # south, west, north, east
    hover_text = Signal(str)
    observer_requested = Signal(float, float)  # lat, lon: 'Set observer here' from the context menu

    MODES = ("pan", "pick", "box", "circle")

    def __init__(self, session, parent=None, camera=None):
        """``camera``: where the map looks; the window's map shares the session's (lessons save it),
        an exported view (handout, animation) passes its own."""
        super().__init__(parent)
        self.session = session
        self.camera = camera if camera is not None else MapCamera()
        self.setMouseTracking(True)
        self.setMinimumSize(480, 260)
        self.setFocusPolicy(Qt.StrongFocus)
        self.mode = "pan"
        self._drag_start = None
        self._drag_center = None
        self._box_start = None
        self._box_now = None
        self._base = None
        self._base_key = None
        self._hover = ""
        self._country_paths = self._build_country_paths()
        self._tracks = []  # (colour, label, pieces[(QPolygonF past, QPolygonF future)], highlights)
        self._tracks_version = 0  # bumped whenever _tracks changes: the cached tracks layer is redrawn
        self.coverage_layer = None  # desktop.ui.coverage_layer.CoverageLayer, drawn under night and tracks
        self.safe_palette = True  # colour-blind-safe track colours (a setting)
        self.follow = False  # keep the first satellite centred while time runs
        self.room_scale = 1.0  # presentation mode: type and lines scaled for a room
        self.overlay_lines: list[str] = []  # presentation mode: statistics drawn on the map
        self.key_handler = None  # presentation mode: a function that takes a key event first
        self.uncertainty = False  # draw the first satellite's 90 % band (ensemble member tracks)
        self._band = []  # QPolygonF pieces of the member tracks
        self._tracks_pixmap, self._tracks_key = None, None
        self._thin_passes = False  # True while painting the widget itself (``stroke``): never in exports
        self._track_data = []
        self._region_paths = []
        self._footprints = []
        self._night = None
        self._night_time = None  # the time the night side was computed for
        self._moved = False  # the mouse moved since the button went down (a drag, not a click)
        self._markers = [(p, QPointF(p.lon_deg, p.lat_deg)) for p in places()]
        self.fleet = FleetLayer(session, self)  # every satellite as a dot (View > All satellites)
        self._rebuild_timer = QTimer(self, singleShot=True, interval=120, timeout=self._invalidate_base)
        s = session
        s.selection_changed.connect(self.refresh_tracks)
        s.catalog_changed.connect(self.refresh_tracks)
        s.elements_changed.connect(self.refresh_track)
        s.span_changed.connect(self.refresh_tracks)
        s.time_changed.connect(self._on_time)
        s.region_changed.connect(self.refresh_region)
        s.settings_changed.connect(self._on_time)
        s.analysis_changed.connect(self.refresh_tracks)
        s.place_marked.connect(self.center_on_place)
        s.layer_changed.connect(self.update)
        s.filter_changed.connect(self.update)
        s.observer_changed.connect(self.update)
        if self.camera is s.camera:
            s.view_changed.connect(self._camera_moved)
        self.refresh_tracks()
        self.refresh_region()

    # ------------------------------------------------------------------ model data
    @staticmethod
    def _build_country_paths():
        world = atlas()
        path = QPainterPath()
        path.setFillRule(Qt.OddEvenFill)
        coords, starts = world.coords, world.ring_start
        for r in range(len(world.ring_country)):
            path.addPolygon(polygon(coords[starts[r]:starts[r + 1]]))
            path.closeSubpath()
        return path

    def refresh_tracks(self):
        s = self.session
        self._tracks_version += 1
        self._tracks, self._track_data = [], []
        for k, es in enumerate(s.selected_sets()):
            track, entry = self._build_track(k, es)
            self._track_data.append((es, track))
            self._tracks.append(entry)
        self._on_time()

    def refresh_track(self, satnum: int):
        """Rebuild one satellite's track (its elements changed: the Orbit lab); the others stay."""
        s = self.session
        if satnum not in s.selected or len(self._tracks) != len(s.selected):
            return self.refresh_tracks() if satnum in s.selected else None
        k = s.selected.index(satnum)
        es = s.catalog.get(satnum)
        self._tracks_version += 1
        track, entry = self._build_track(k, es)
        self._track_data[k] = (es, track)
        self._tracks[k] = entry
        self._on_time()

    def _build_track(self, k, es):
        s = self.session
        palette = TRACK_COLORS if self.safe_palette else CLASSIC_TRACK_COLORS
        colour = QColor(palette[k % len(palette)])
        times = times_grid(s.span_start_s, s.span_s, max(10.0, s.span_s / 2000.0))
        track = ground_track(es, times)
        if k == 0:
            self._band = self._uncertainty_band(es, times) if self.uncertainty else []
        # Drawn from every other sample: a chord is then under 4 px at the default zoom, with a sagitta under 0.1 px
        # even where a polar track turns, and an antialiased polyline costs in proportion to its points (a burn
        # slider step repaints two tracks: 19 -> 11 ms). The full track stays in _track_data.
        keep = np.r_[np.arange(0, len(track.times_s) - 1, DRAW_EVERY), len(track.times_s) - 1] if len(track.times_s) else []
        pieces = split_antimeridian(track.lat_deg[keep], track.lon_deg[keep], track.times_s[keep])
        polys = [(piece[:, 2], polygon(piece[:, :2])) for piece in pieces]
        highlights = []
        passes = s.analysis.passes.get(es.satnum, []) if s.analysis is not None else []
        if passes and len(track):
            # in-pass samples, with the exact pass edges added so highlights start where passes do
            for p in passes:
                start, end = p.start_s, p.end_s
                if end < track.times_s[0] or start > track.times_s[-1]:
                    continue
                inner = times_grid(max(start, track.times_s[0]), min(end, track.times_s[-1]) - max(start, track.times_s[0]), 5.0)
                t2 = np.append(inner, min(end, track.times_s[-1]))
                sub = ground_track(es, t2)
                for piece in split_antimeridian(sub.lat_deg, sub.lon_deg):
                    highlights.append(polygon(piece))
        return track, (colour, sat_label(es), polys, highlights)

    def refresh_region(self):
        self._region_paths = []
        region = self.session.region
        if region is not None:
            for ring in region.outline():
                if len(ring) == 1:
                    continue
                for shift in (0.0, -360.0, 360.0):
                    shifted = ring + np.array([shift, 0.0])
                    if shifted[:, 0].max() < -180 or shifted[:, 0].min() > 180:
                        continue
                    path = QPainterPath()
                    path.addPolygon(polygon(shifted))
                    path.closeSubpath()
                    self._region_paths.append(path)
        self.update()

    def _on_time(self, *_):
        s = self.session
        if self.follow and self._track_data:
            now = ground_track(self._track_data[0][0], [s.time_s])
            if len(now):
                self.center_lon, self.center_lat = float(now.lon_deg[0]), float(now.lat_deg[0])
                self.zoom = max(self.zoom, 2.0)
                self._clamp()
                self._base_key = None
        if self._night_time != s.time_s:
            self._night = polygon(daynight.night_polygon(s.time_s))
            self._night_time = s.time_s
        self._footprints = []
        crit = s.criterion
        for (es, _track), (colour, *_rest) in zip(self._track_data, self._tracks):
            now = ground_track(es, [s.time_s])
            if not len(now):
                continue
            lat, lon, h = float(now.lat_deg[0]), float(now.lon_deg[0]), float(now.height_km[0])
            rings = []
            try:
                reach = float(crit.reach_rad(np.array([h]))[0]) if crit.kind != "nadir" else 0.0
            except ValueError:
                reach = 0.0
            if reach > 0:
                ring = footprint_ring(lat, lon, reach)
                for shift in (0.0, -360.0, 360.0):
                    shifted = ring + np.array([shift, 0.0])
                    if shifted[:, 0].max() >= -180 and shifted[:, 0].min() <= 180:
                        rings.append(polygon(shifted))
            self._footprints.append((colour, QPointF(lon, lat), rings))
        self.update()

    def center_on_place(self, place):
        if place is None:
            return
        self.center_lon, self.center_lat = place.lon_deg, place.lat_deg
        self.zoom = max(self.zoom, 4.0)
        self._clamp()
        self._invalidate_base()

    # ------------------------------------------------------------------ view transform
    def scale(self) -> float:
        return self.width() / 360.0 * self.zoom

    def transform(self) -> QTransform:
        s = self.scale()
        t = QTransform()
        t.translate(self.width() / 2 - self.center_lon * s, self.height() / 2 + self.center_lat * s)
        t.scale(s, -s)
        return t

    def to_model(self, x: float, y: float) -> tuple[float, float]:
        s = self.scale()
        lon = self.center_lon + (x - self.width() / 2) / s
        lat = self.center_lat - (y - self.height() / 2) / s
        return lat, lon

    def _clamp(self):
        s = self.scale()
        half_w, half_h = self.width() / 2 / s, self.height() / 2 / s
        self.center_lon = min(max(self.center_lon, -180 + half_w), 180 - half_w) if half_w < 180 else 0.0
        self.center_lat = min(max(self.center_lat, -90 + half_h), 90 - half_h) if half_h < 90 else 0.0

    # the view's centre and zoom live in its camera (the session's, for the window's map)
    center_lon = property(lambda self: self.camera.lon, lambda self, v: setattr(self.camera, "lon", v))
    center_lat = property(lambda self: self.camera.lat, lambda self, v: setattr(self.camera, "lat", v))
    zoom = property(lambda self: self.camera.zoom, lambda self, v: setattr(self.camera, "zoom", v))

    def _camera_moved(self):
        self._clamp()
        self._invalidate_base()

    def set_view(self, lon: float, lat: float, zoom: float):
        self.center_lon, self.center_lat, self.zoom = lon, lat, min(max(zoom, 1.0), 64.0)
        self._clamp()
        self._invalidate_base()

    def _invalidate_base(self):
        self._base_key = None
        self.update()

    # ------------------------------------------------------------------ painting
    def _render_base(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(int(self.width() * ratio), int(self.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(OUTSIDE)
        p = QPainter(pixmap)
        self._draw_base(p)
        p.end()
        return pixmap

    def _draw_base(self, p: QPainter):
        """Land, borders and graticule in the current view."""
        p.save()
        p.setRenderHint(QPainter.Antialiasing, True)
        p.setTransform(self.transform(), True)
        pen = QPen(BORDER, 0.8)
        pen.setCosmetic(True)
        p.fillRect(QRectF(-180, -90, 360, 180), OCEAN)
        p.setPen(pen)
        p.setBrush(LAND)
        p.drawPath(self._country_paths)
        self._draw_graticule(p)
        p.restore()

    def _graticule_step(self) -> float:
        for step in (1, 2, 5, 10, 15, 30):
            if step * self.scale() >= 60:
                return step
        return 30

    def _draw_graticule(self, p: QPainter):
        step = self._graticule_step()
        pen = QPen(GRID, 0.7, Qt.DashLine)
        pen.setCosmetic(True)
        p.setPen(pen)
        p.setBrush(Qt.NoBrush)
        for lon in np.arange(-180, 180 + 1e-9, step):
            p.drawLine(QPointF(lon, -90), QPointF(lon, 90))
        for lat in np.arange(-90, 90 + 1e-9, step):
            p.drawLine(QPointF(-180, lat), QPointF(180, lat))

    def _draw_graticule_labels(self, p: QPainter):
        step = self._graticule_step()
        t = self.transform()
        p.setPen(QColor(60, 80, 100))
        p.setFont(QFont(self.font().family(), 8))
        for lon in np.arange(-180, 180 + 1e-9, step):
            pt = t.map(QPointF(lon, self.center_lat))
            if 0 <= pt.x() <= self.width() - 30:
                p.drawText(QPointF(pt.x() + 2, self.height() - 4), f"{abs(lon):g}°{'E' if lon > 0 else 'W' if lon < 0 else ''}")
        for lat in np.arange(-90, 90 + 1e-9, step):
            pt = t.map(QPointF(self.center_lon, lat))
            if 12 <= pt.y() <= self.height() - 14:
                p.drawText(QPointF(3, pt.y() - 2), f"{abs(lat):g}°{'N' if lat > 0 else 'S' if lat < 0 else ''}")

    def paintEvent(self, event):
        key = (self.width(), self.height(), round(self.center_lon, 6), round(self.center_lat, 6), self.zoom)
        p = QPainter(self)
        if self._base_key != key and self._drag_start is None and not self._rebuild_timer.isActive():
            self._base = self._render_base()
            self._base_key = key
        if self._base is not None and self._base_key is not None:
            if self._base_key[4] != self.zoom:
                p.fillRect(self.rect(), OUTSIDE)
            self._draw_cached(p, self._base, self._base_key[2:5])
        self._thin_passes = True
        try:
            self.draw_overlays(p, tracks_layer=self._tracks_layer())
        finally:
            self._thin_passes = False
        note = daynight.night_note(self.session.time_s)
        if note:  # a clock outside the Sun's table: no night side, and the map says why
            p.setPen(QColor(60, 60, 60))
            p.drawText(QRectF(8, self.height() - 24, self.width() - 16, 20), Qt.AlignLeft | Qt.AlignVCenter, note)
        p.end()

    def _uncertainty_band(self, es, times):
        """The tracks of 32 ensemble members: where the satellite may be, drawn faintly under its track."""
        from desktop.core.uncertainty import corridor, ensemble

        spread = corridor(ensemble(es, 32, at_s=float(times[len(times) // 2])), times[::2])
        pieces = []
        for lat, lon in zip(spread.members_lat_deg[1:], spread.members_lon_deg[1:]):
            ok = np.isfinite(lat)
            pieces += [polygon(piece) for piece in split_antimeridian(lat[ok], lon[ok])]
        return pieces

    def _draw_tracks(self, p: QPainter):
        """Tracks (past dashed, future solid) and pass highlights, in model coordinates."""
        now = self.session.time_s
        if self._band and self._tracks:
            band = QColor(self._tracks[0][0])
            band.setAlpha(28)
            pen = QPen(band, 5.0 * self.room_scale)
            pen.setCosmetic(True)
            p.setPen(pen)
            for poly in self._band:
                p.drawPolyline(poly)
        for colour, _label, polys, highlights in self._tracks:
            for poly in highlights:
                pen = QPen(PASS_COLOR, 7.0 * self.room_scale, Qt.SolidLine, Qt.RoundCap)
                pen.setCosmetic(True)
                p.setPen(pen)
                p.drawPolyline(poly)
            for times, poly in polys:
                split = int(np.searchsorted(times, now))
                past = QColor(colour)
                past.setAlpha(110)
                pen = QPen(past, 1.6 * self.room_scale, Qt.DashLine)
                pen.setCosmetic(True)
                if split > 0:
                    piece = poly.mid(0, min(split + 1, poly.size()))
                    stroke(p, pen, lambda q, piece=piece: q.drawPolyline(piece), self._thin_passes)
                if split < poly.size():
                    pen = QPen(colour, 2.2 * self.room_scale)
                    pen.setCosmetic(True)
                    piece = poly.mid(max(split - 1, 0))
                    stroke(p, pen, lambda q, piece=piece: q.drawPolyline(piece), self._thin_passes)

    def _tracks_layer(self):
        """While the view is dragged or zoomed: the tracks as drawn for the view where that began.

        Dashed, antialiased polylines are the costliest part of a frame, so a
        moving view shifts this pixmap like the base instead of drawing them;
        a still view (or new data, or a new time) draws them directly (None).
        """
        moving = self._drag_start is not None or self._rebuild_timer.isActive()
        if moving and self._tracks_pixmap is not None and self._tracks_key[5:] == (self._tracks_version, self.session.time_s):
            return self._tracks_pixmap
        return None

    def _prepare_tracks_layer(self):
        """Draw the tracks into a transparent pixmap for the current view (as a drag or zoom starts)."""
        key = (self.width(), self.height(), round(self.center_lon, 6), round(self.center_lat, 6), self.zoom,
               self._tracks_version, self.session.time_s)
        if key == self._tracks_key:
            return
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(int(self.width() * ratio), int(self.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.Antialiasing, True)
        painter.setTransform(self.transform())
        painter.setClipRect(QRectF(-180, -90, 360, 180))
        self._draw_tracks(painter)
        painter.end()
        self._tracks_pixmap, self._tracks_key = pixmap, key

    def _draw_cached(self, p: QPainter, pixmap, view):
        """Draw a pixmap rendered for another view (lon, lat, zoom) where that view now lies."""
        lon0, lat0, zoom0 = view
        s = self.scale()
        if zoom0 == self.zoom:
            p.drawPixmap(QPointF((lon0 - self.center_lon) * s, (self.center_lat - lat0) * s), pixmap)
            return
        k = self.zoom / zoom0
        target = QRectF(self.width() / 2 + (lon0 - self.center_lon) * s - self.width() / 2 * k,
                        self.height() / 2 - (lat0 - self.center_lat) * s - self.height() / 2 * k,
                        self.width() * k, self.height() * k)
        p.drawPixmap(target, pixmap, QRectF(pixmap.rect()))

    def _model_space(self, p: QPainter) -> None:
        """Paint in degrees of longitude and latitude from here on, clipped to the world (on top of any scale an
        export has set)."""
        p.setTransform(self.transform(), True)
        p.setClipRect(QRectF(-180, -90, 360, 180), Qt.IntersectClip)

    def draw_overlays(self, p: QPainter, labels: bool = True, tracks_layer=None):
        """Everything above the base layer (also used for PNG/SVG export, which draws the tracks as vectors)."""
        p.setRenderHint(QPainter.Antialiasing, True)
        p.save()
        self._model_space(p)
        if self.coverage_layer is not None:
            self.coverage_layer.draw(p)
        if self._night is not None:
            p.setPen(Qt.NoPen)
            p.setBrush(NIGHT)
            p.drawPolygon(self._night)
        for path in self._region_paths:
            pen = QPen(REGION_EDGE, 2.0)
            pen.setCosmetic(True)
            p.setPen(pen)
            p.setBrush(REGION_FILL)
            p.drawPath(path)
        if self.fleet.shown:  # dots in widget pixels, under the tracks
            p.restore()
            p.save()
            self.fleet.draw_map(p, self)
            self._model_space(p)
        if tracks_layer is None:
            self._draw_tracks(p)
        else:  # the cached layer, shifted and scaled like the base while the view is dragged
            p.restore()
            p.save()
            self._draw_cached(p, tracks_layer, self._tracks_key[2:5])
            self._model_space(p)
        for colour, point, rings in self._footprints:
            fill = QColor(colour)
            fill.setAlpha(40)
            pen = QPen(colour, 1.5)
            pen.setCosmetic(True)
            for ring in rings:
                p.setPen(Qt.NoPen)
                p.setBrush(fill)
                p.drawPolygon(ring)
                p.setBrush(Qt.NoBrush)
                stroke(p, pen, lambda q, ring=ring: q.drawPolygon(ring), self._thin_passes)
        p.restore()
        t = self.transform()
        for colour, point, _rings in self._footprints:
            c = t.map(point)
            p.setPen(QPen(Qt.white, 2))
            p.setBrush(colour)
            p.drawEllipse(c, 6, 6)
        self._draw_markers(p, t)
        self._draw_observer(p, t)
        if labels:
            self._draw_graticule_labels(p)
            self._draw_legend(p)
            if self.fleet.shown:  # top right; in presentation mode under the clock, large
                top = 8 if self.room_scale <= 1.0 else 12 + 15 * self.room_scale * 1.6 + 24
                self.fleet.draw_legend(p, self.width() - 8, top, self.room_scale)
            if self.coverage_layer is not None:
                self.coverage_layer.draw_colour_bar(p, 8, self.height() - 100)
            if self.room_scale > 1.0:
                self._draw_room_overlays(p)
        if self._box_start is not None and self._box_now is not None:
            p.setPen(QPen(REGION_EDGE, 1.5, Qt.DashLine))
            p.setBrush(REGION_FILL)
            p.drawRect(QRectF(self._box_start, self._box_now).normalized())
        if self._hover and labels:
            p.setFont(QFont(self.font().family(), 9))
            metrics = p.fontMetrics()
            w = metrics.horizontalAdvance(self._hover) + 12
            box = QRectF(self.width() - w - 8, self.height() - 26, w, 20)
            p.setPen(Qt.NoPen)
            p.setBrush(QColor(255, 255, 255, 220))
            p.drawRoundedRect(box, 4, 4)
            p.setPen(QColor(30, 30, 30))
            p.drawText(box, Qt.AlignCenter, self._hover)

    def _draw_markers(self, p: QPainter, t: QTransform):
        p.setFont(QFont(self.font().family(), 8))
        shapes = {"launch site": QColor("#b03a2e"), "ground station": QColor("#1e8449"), "city": QColor("#34495e")}
        marked = self.session.marked_place
        taken = []  # label rectangles already drawn: a label that would overlap one is left out
        for place, point in self._markers:
            c = t.map(point)
            if not self.rect().contains(c.toPoint()):
                continue
            if place.kind == "city" and self.zoom < 5 and place is not marked:
                continue  # cities only when zoomed in, or when picked in an article
            colour = shapes.get(place.kind, QColor("black"))
            p.setPen(QPen(Qt.white, 1.5))
            p.setBrush(colour)
            if place.kind == "launch site":
                tri = QPolygonF([c + QPointF(0, -7), c + QPointF(6, 5), c + QPointF(-6, 5)])
                p.drawPolygon(tri)
            elif place.kind == "ground station":
                p.drawRect(QRectF(c.x() - 4.5, c.y() - 4.5, 9, 9))
            else:
                p.drawEllipse(c, 3.5, 3.5)
            if self.zoom >= 3 or place is marked:
                label = place.name.split(",")[0]
                rect = QRectF(c.x() + 8, c.y() - 8, p.fontMetrics().horizontalAdvance(label), 14)
                if place is marked or not any(rect.intersects(r) for r in taken):
                    taken.append(rect)
                    p.setPen(colour.darker(130))
                    p.drawText(c + QPointF(8, 4), label)
            if place is marked:
                p.setPen(QPen(colour, 2))
                p.setBrush(Qt.NoBrush)
                p.drawEllipse(c, 12, 12)

    def _draw_observer(self, p: QPainter, t: QTransform):
        """The observer on the ground (the sky plot's and the Tonight list's place): a ringed dot and its name."""
        obs = self.session.observer
        if obs is None:
            return
        c = t.map(QPointF(obs.lon_deg, obs.lat_deg))
        draw_observer_marker(p, c, obs.name or QCoreApplication.translate("MapView", "Observer"), self.room_scale)

    def contextMenuEvent(self, event):
        """Right-click: 'Set observer here' (left clicks pick regions and cells; the right button is free)."""
        lat, lon = self.to_model(event.pos().x(), event.pos().y())
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            return
        menu = QMenu(self)
        action = menu.addAction(QCoreApplication.translate("MapView", "Set observer here ({lat:.2f}, {lon:.2f})")
                                .format(lat=lat, lon=lon))
        action.triggered.connect(lambda: self.observer_requested.emit(lat, lon))
        menu.exec(event.globalPos())

    def _draw_room_overlays(self, p: QPainter):
        """Presentation mode: the clock (top right) and the statistics (bottom left), large."""
        font = QFont(self.font().family())
        paint_clock(p, font, int(15 * self.room_scale), self.width(), self.session.time_s)
        if self.overlay_lines:
            font.setBold(False)
            font.setPixelSize(int(12 * self.room_scale))
            p.setFont(font)
            metrics = p.fontMetrics()
            width = max(metrics.horizontalAdvance(line) for line in self.overlay_lines) + 24
            height = metrics.height() * len(self.overlay_lines) + 16
            box = QRectF(12, self.height() - height - 30, width, height)
            p.setPen(Qt.NoPen)
            p.setBrush(QColor(255, 255, 255, 230))
            p.drawRoundedRect(box, 8, 8)
            p.setPen(QColor(15, 15, 15))
            for k, line in enumerate(self.overlay_lines):
                p.drawText(QPointF(box.x() + 12, box.y() + 8 + metrics.ascent() + k * metrics.height()), line)

    def _draw_legend(self, p: QPainter):
        if not self._tracks:
            return
        p.setFont(QFont(self.font().family(), int(9 * self.room_scale)))
        metrics = p.fontMetrics()
        lines = []
        for (colour, label, *_), (es, _track) in zip(self._tracks, self._track_data):
            gap = (self.session.time_s - es.epoch_s) / 86400.0
            age = (self.tr("elements {0:.0f} d old") if gap >= 0 else self.tr("elements {0:.0f} d ahead")).format(abs(gap))
            lines.append((colour, isolate(localize_digits(f"{isolate(label)} · {age}" + (" ⚠" if abs(gap) > 14 else "")))))
        extra = []
        if self.session.analysis is not None:
            extra.append((PASS_COLOR, isolate(self.tr("in a pass over {0}").format(
                isolate(region_text(self.session.analysis.region))))))
        row = metrics.height() + 4
        width = max(metrics.horizontalAdvance(label) for _, label in lines + extra) + 40 * self.room_scale
        height = row * (len(lines) + len(extra)) + 10
        box = QRectF(8, 8, width, height)
        p.setPen(QColor(180, 180, 180))
        p.setBrush(QColor(255, 255, 255, 225))
        p.drawRoundedRect(box, 5, 5)
        y = 8 + row - 1
        for colour, label in lines + extra:
            p.setPen(QPen(colour, (3 if colour != PASS_COLOR else 6) * self.room_scale))
            p.drawLine(QPointF(16, y - 4), QPointF(16 + 18 * self.room_scale, y - 4))
            p.setPen(QColor(20, 20, 20))
            p.drawText(QPointF(22 + 18 * self.room_scale, y), label)
            y += row

    # ------------------------------------------------------------------ interaction
    zoom_to_region_requested = Signal()

    def mouseDoubleClickEvent(self, event):
        """Double-click the region: zoom to it."""
        region = self.session.region
        lat, lon = self.to_model(event.position().x(), event.position().y())
        if region is not None and (region.contains(lat, lon)[0] or region.signed_distance_km([lat], [lon])[0] < 50):
            self.zoom_to_region_requested.emit()
        else:
            super().mouseDoubleClickEvent(event)

    def set_mode(self, mode: str):
        self.mode = mode
        self.setCursor(Qt.CrossCursor if mode != "pan" else Qt.OpenHandCursor)

    def wheelEvent(self, event):
        lat, lon = self.to_model(event.position().x(), event.position().y())
        factor = 1.25 if event.angleDelta().y() > 0 else 1 / 1.25
        new_zoom = min(max(self.zoom * factor, 1.0), 64.0)
        if new_zoom == self.zoom:
            return
        if not self._rebuild_timer.isActive():
            self._prepare_tracks_layer()
        self.zoom = new_zoom
        # keep the point under the cursor fixed
        lat2, lon2 = self.to_model(event.position().x(), event.position().y())
        self.center_lon += lon - lon2
        self.center_lat += lat - lat2
        self._clamp()
        self._rebuild_timer.start()
        self.update()

    def keyPressEvent(self, event):
        if self.key_handler is not None and self.key_handler(event):
            return  # presentation mode takes the keys it uses
        step = 60 / self.scale()
        key = event.key()
        if key in (Qt.Key_Plus, Qt.Key_Equal):
            self.set_view(self.center_lon, self.center_lat, self.zoom * 1.5)
        elif key == Qt.Key_Minus:
            self.set_view(self.center_lon, self.center_lat, self.zoom / 1.5)
        elif key == Qt.Key_Left:
            self.set_view(self.center_lon - step, self.center_lat, self.zoom)
        elif key == Qt.Key_Right:
            self.set_view(self.center_lon + step, self.center_lat, self.zoom)
        elif key == Qt.Key_Up:
            self.set_view(self.center_lon, self.center_lat + step, self.zoom)
        elif key == Qt.Key_Down:
            self.set_view(self.center_lon, self.center_lat - step, self.zoom)
        elif key == Qt.Key_0:
            self.set_view(0, 0, 1)
        elif key == Qt.Key_Escape:
            self.set_mode("pan")
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event):
        if event.button() != Qt.LeftButton:
            return
        if self.mode == "box":
            self._box_start = event.position()
            self._box_now = event.position()
        else:
            self._prepare_tracks_layer()
            self._drag_start = event.position()
            self._drag_center = (self.center_lon, self.center_lat)
            self._moved = False

    def mouseMoveEvent(self, event):
        pos = event.position()
        if self._box_start is not None:
            self._box_now = pos
            self.update()
        elif self._drag_start is not None:
            s = self.scale()
            dx, dy = pos.x() - self._drag_start.x(), pos.y() - self._drag_start.y()
            if abs(dx) + abs(dy) > 3:
                self._moved = True
            self.center_lon = self._drag_center[0] - dx / s
            self.center_lat = self._drag_center[1] + dy / s
            self._clamp()
            self.update()
        lat, lon = self.to_model(pos.x(), pos.y())
        self._hover = self.describe_point(lat, lon)
        dot = self.fleet.satellite_at(pos.x(), pos.y()) if self._drag_start is None else None
        if dot is not None:
            self._hover = self.fleet.describe(dot) + "   " + self._hover
            QToolTip.showText(event.globalPosition().toPoint(), self.fleet.describe(dot), self)
        elif self.fleet.shown:
            QToolTip.hideText()
        self.hover_text.emit(self._hover)
        self.update()

    def set_coverage(self, layer) -> None:
        self.coverage_layer = layer
        self.update()

    def describe_point(self, lat: float, lon: float) -> str:
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            return ""
        if self.coverage_layer is not None:
            cell = self.coverage_layer.describe(lat, lon)
            if cell:
                return f"{abs(lat):.2f}°{'N' if lat >= 0 else 'S'} {abs(lon):.2f}°{'E' if lon >= 0 else 'W'}  {cell}"
        text = f"{abs(lat):.2f}°{'N' if lat >= 0 else 'S'} {abs(lon):.2f}°{'E' if lon >= 0 else 'W'}"
        local = (self.session.time_s % 86400 / 3600 + lon / 15) % 24
        text += f"  local solar {int(local):02d}:{int(local % 1 * 60):02d}"
        if self._track_data:
            es, track = self._track_data[0]
            if len(track):
                d = np.hypot(track.lat_deg - lat, (track.lon_deg - lon + 180) % 360 - 180)
                k = int(np.argmin(d))
                if d[k] < 30 / self.scale() + 0.5:
                    text += f"  {es.name} overhead {timebase.iso_utc(track.times_s[k]).replace('T', ' ')}"
        return text

    def mouseReleaseEvent(self, event):
        if self._box_start is not None:
            a = self.to_model(self._box_start.x(), self._box_start.y())
            b = self.to_model(event.position().x(), event.position().y())
            self._box_start = self._box_now = None
            south, north = sorted((max(-90, min(90, a[0])), max(-90, min(90, b[0]))))
            west, east = sorted((max(-180, min(180, a[1])), max(-180, min(180, b[1]))))
            if north - south > 0.05 and east - west > 0.05:
                self.box_drawn.emit(south, west, north, east)
            self.update()
            return
        if self._drag_start is not None:
            moved = self._moved
            self._drag_start = None
            dot = self.fleet.satellite_at(event.position().x(), event.position().y()) if not moved else None
            if dot is not None and self.mode == "pan":  # a satellite's dot: selected as the list selects it
                self.session.select([self.fleet.satnum(dot)])
            elif not moved:
                lat, lon = self.to_model(event.position().x(), event.position().y())
                if -90 <= lat <= 90 and -180 <= lon <= 180:
                    self.clicked.emit(lat, lon)
            self._invalidate_base()

    def leaveEvent(self, event):
        self._hover = ""
        self.update()

    def resizeEvent(self, event):
        self._clamp()
        self._base_key = None
        super().resizeEvent(event)

    # ------------------------------------------------------------------ export
    def render_to(self, painter: QPainter):
        """Draw the full current view (base and overlays) with any painter (PNG, SVG)."""
        painter.fillRect(QRectF(0, 0, self.width(), self.height()), OUTSIDE)
        self._draw_base(painter)
        self.draw_overlays(painter)
        painter.setPen(QColor(90, 90, 90))
        painter.setFont(QFont(self.font().family(), 7))
        painter.drawText(QRectF(0, 0, self.width() - 6, self.height() - 24), Qt.AlignRight | Qt.AlignBottom,
                         self.tr("Map: Natural Earth (public domain). Made with Overflight."))
