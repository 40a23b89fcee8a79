"""The all-satellites layer: every satellite of ``Session.filtered_sets()`` as a dot at the clock's time.

The flat map, the globe, presentation mode and exports draw it through their own
projection. The core's ``Fleet`` (one ``SatrecArray``) is built once per catalogue
and placed once per clock time; a frame then only projects the sub-points with
numpy and stamps the dots into one image, coloured by orbit class: no Python loop
over satellites anywhere in the frame (QPainter's wide points cost 20 ms for
15,000 dots here; the stamp costs about 1 ms plus one drawImage of 0.5-0.9 ms).
Hover and click find the nearest dot with the core's bucket grid (``NearestIndex``).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter

from desktop.core.fleet import Fleet, NearestIndex
from desktop.core.orbitclass import CLASSES

from .i18n import localize_digits

# the rarer classes in Okabe & Ito's colour-blind-safe colours; the many low orbits in a slate grey, so that the
# selected satellites' tracks (blue first) stand out above them. Opaque: a stamp needs no blending.
CLASS_COLOURS = {"LEO": "#66788A", "SSO": "#009E73", "MEO": "#CC79A7", "GEO": "#D55E00", "HEO": "#000000"}
_ARGB = np.array([0xFF000000 | int(CLASS_COLOURS[name][1:], 16) for name in CLASSES], dtype=np.uint32)
PICK_RADIUS_PX = 8.0


def class_title(name: str) -> str:
    """The class's name as the legend shows it (translatable)."""
    return {"LEO": QCoreApplication.translate("FleetLayer", "LEO"), "SSO": QCoreApplication.translate("FleetLayer", "sun-synchronous"), "MEO": QCoreApplication.translate("FleetLayer", "MEO"), "GEO": QCoreApplication.translate("FleetLayer", "GEO"),
            "HEO": QCoreApplication.translate("FleetLayer", "HEO")}[name]


def stamp(x, y, codes, width: int, height: int, radius: int = 1, reuse: dict | None = None):
    """An ARGB32 (premultiplied, opaque dots) image of width x height with a (2r+1)-pixel square dot at each
    (x, y) in the class colour of ``codes``, and the numpy buffer the image lives in (keep it while drawing).

    The buffer is the image itself (no padding to copy away): each of the (2r+1)^2 offsets writes every dot's
    pixel at once. Dots whose whole square lies on the image (nearly all) need no test per offset; a NaN
    fails every comparison, so it is never drawn. With ``reuse`` (a dict kept between frames) the last frame's
    buffer of the same size is cleared and taken again: a fresh 1280 x 720 buffer is 3.7 MB to fault in every
    frame, a clear of it 0.2 ms (zeroing only the pixels written took 0.7 ms, scattered over the buffer).
    """
    key = (width, height, radius)
    if reuse is not None and reuse.get("key") == key:
        buf = reuse["buf"]
        buf.fill(0)
    else:
        buf = np.zeros(height * width, dtype=np.uint32)
        if reuse is not None:
            reuse.update(key=key, buf=buf)
    x, y, codes = np.asarray(x, dtype=float), np.asarray(y, dtype=float), np.asarray(codes)
    with np.errstate(invalid="ignore"):
        whole = (x >= radius) & (x < width - radius) & (y >= radius) & (y < height - radius)
        near = ~whole & (x > -radius - 1) & (x < width + radius) & (y > -radius - 1) & (y < height + radius)
    at = y[whole].astype(np.int64) * width + x[whole].astype(np.int64)  # (both >= radius: truncation is floor)
    at_colour = _ARGB[codes[whole]]
    for dy in range(-radius, radius + 1):
        for dx in range(-radius, radius + 1):
            buf[at + (dy * width + dx)] = at_colour
    if near.any():  # the few dots cut by an edge: every offset at once, those off the image left out
        steps = np.arange(-radius, radius + 1)
        xx, yy = np.broadcast_arrays(np.floor(x[near]).astype(np.int64)[:, None, None] + steps[None, None, :],
                                     np.floor(y[near]).astype(np.int64)[:, None, None] + steps[None, :, None])
        on = (xx >= 0) & (xx < width) & (yy >= 0) & (yy < height)
        colour = np.broadcast_to(_ARGB[codes[near]][:, None, None], on.shape)
        buf[yy[on] * width + xx[on]] = colour[on]
    image = QImage(buf.data, width, height, width * 4, QImage.Format_ARGB32_Premultiplied)
    return image, buf


class FleetLayer(QObject):
    """The dots of every satellite for one view; built lazily, only while the layer is shown."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self._fleet: Fleet | None = None
        self._snapshot = None
        self._screen = None  # (x, y) of every satellite in the last frame drawn, in widget pixels
        self._index = None  # NearestIndex of that frame, built on the first hover
        self._legend = None  # (key, image, width, height) of the legend last painted (``draw_legend``)
        self._stamp = {}  # the last frame's buffer (the image drawn lives in it), taken again by the next (``stamp``)
        session.catalog_changed.connect(self.forget)
        session.elements_changed.connect(self._elements_changed)
        session.filter_changed.connect(self.forget)  # the layer shows what the catalogue filter keeps

    @property
    def shown(self) -> bool:
        return self.session.show_all_satellites

    def forget(self):
        """Drop the fleet: the satellites of filtered_sets() changed (a catalogue, elements, or a filter)."""
        self._fleet, self._snapshot, self._index = None, None, None

    def _elements_changed(self, satnum: int) -> None:
        """One satellite's elements were replaced (an Orbit-lab slider): drop the fleet only if that satellite
        is in it or the filter now keeps it (its orbit class may have changed): a new fleet of 15,000
        satellites costs tens of milliseconds a slider step."""
        if self._fleet is not None and (bool((self._fleet.satnums == satnum).any()) or self.session.keeps(satnum)):
            self.forget()

    def fleet(self) -> Fleet:
        if self._fleet is None:
            self._fleet = Fleet(self.session.filtered_sets())
        return self._fleet

    def snapshot(self):
        """Every satellite at the clock's time (propagated once per time)."""
        t = self.session.time_s
        if self._snapshot is None or self._snapshot.time_s != t:
            self._snapshot = self.fleet().at(t)
        return self._snapshot

    def counts(self) -> dict[str, int]:
        return self.fleet().class_counts(self.snapshot().ok)

    # ------------------------------------------------------------------ drawing
    def draw_points(self, p: QPainter, x, y, codes, width: float, height: float, radius: int = 1) -> None:
        """Dots at widget coordinates (x, y), at the device resolution of the painter (exports scale it)."""
        k = p.transform().m11() * p.device().devicePixelRatioF()
        w, h = max(1, int(round(width * k))), max(1, int(round(height * k)))
        image, _buf = stamp(np.asarray(x) * k, np.asarray(y) * k, codes, w, h, max(1, int(round(radius * k))),
                            reuse=self._stamp)
        p.drawImage(QRectF(0, 0, width, height), image)

    def draw_map(self, p: QPainter, view) -> None:
        """On the flat map: the equirectangular projection of ``view`` (a MapView)."""
        snap = self.snapshot()
        s = view.scale()
        x = view.width() / 2 + (snap.lon_deg - view.center_lon) * s
        y = view.height() / 2 - (snap.lat_deg - view.center_lat) * s
        self._screen, self._index = (x, y), None
        self.draw_points(p, x, y, self.fleet().classes, view.width(), view.height(), int(round(view.room_scale)))

    def draw_globe(self, p: QPainter, view, rot) -> None:
        """On the globe: the sub-points on the visible hemisphere (orthographic, ``rot`` as the globe's)."""
        from desktop.core.sphere import unit_vectors

        snap = self.snapshot()
        v = unit_vectors(snap.lat_deg, snap.lon_deg) @ rot.T
        radius = view.radius()
        with np.errstate(invalid="ignore"):
            front = v[:, 2] >= 0
        x = np.where(front, view.width() / 2 + v[:, 0] * radius, np.nan)
        y = np.where(front, view.height() / 2 - v[:, 1] * radius, np.nan)
        self._screen, self._index = (x, y), None
        self.draw_points(p, x, y, self.fleet().classes, view.width(), view.height())

    def legend_lines(self) -> list[tuple[str | None, str]]:
        """The legend's rows: (colour or None, text): the total, each class shown with its count, the unplaced."""
        counts = self.counts()
        title = QCoreApplication.translate("FleetLayer", "All satellites: {0}").format(f"{sum(counts.values()):,}")
        lines = [(None, localize_digits(title))] + [(CLASS_COLOURS[n], f"{class_title(n)}  {localize_digits(f'{counts[n]:,}')}")
                                                   for n in CLASSES if counts[n]]
        unplaced = int((~self.snapshot().ok).sum())
        if unplaced:
            lines.append((None, QCoreApplication.translate("FleetLayer", "{0} without a position now").format(f"{unplaced:,}")))
        return lines

    def draw_legend(self, p: QPainter, right: float, top: float, scale: float = 1.0) -> None:
        """The classes' colours and counts in a box whose top right corner is (right, top).

        The box is painted once into an image at the painter's device resolution and drawn again while its
        rows, scale, font and direction stay the same (text layout cost 0.8 ms of a 16 ms frame)."""
        font = QFont(p.font())
        font.setPixelSize(int(12 * scale))
        k = p.transform().m11() * p.device().devicePixelRatioF()
        lines = self.legend_lines()
        key = (tuple(lines), scale, k, font.key(), p.layoutDirection())
        if self._legend is None or self._legend[0] != key:
            self._legend = (key, *self._paint_legend(lines, font, scale, k, p.layoutDirection()))
        _key, image, width, height = self._legend
        p.drawImage(QRectF(right - width, top, width, height), image)

    @staticmethod
    def _paint_legend(lines, font, scale: float, k: float, direction):
        """(image, width, height): the legend box painted at k device pixels per unit, and its size in units."""
        metrics = QFontMetricsF(font)
        row = metrics.height() + 2 * scale
        width = max(metrics.horizontalAdvance(text) for _, text in lines) + 36 * scale
        height = row * len(lines) + 10 * scale
        image = QImage(max(1, int(np.ceil(width * k))) + 1, max(1, int(np.ceil(height * k))) + 1,
                       QImage.Format_ARGB32_Premultiplied)
        image.fill(0)
        p = QPainter(image)
        p.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing)
        p.setLayoutDirection(direction)
        p.scale(k, k)
        p.setFont(font)
        box = QRectF(0.5, 0.5, width - 1.0, height - 1.0)
        p.setPen(QColor(180, 180, 180))
        p.setBrush(QColor(255, 255, 255, 225))
        p.drawRoundedRect(box, 5, 5)
        y = 5 * scale
        for colour, text in lines:
            if colour is not None:
                p.setPen(Qt.NoPen)
                p.setBrush(QColor(colour))
                p.drawEllipse(QPointF(box.x() + 14 * scale, y + row / 2), 4 * scale, 4 * scale)
            p.setPen(QColor(20, 20, 20))
            x = box.x() + (26 if colour is not None else 8) * scale
            # the text's rectangle ends inside the box: right-to-left text aligns to its right edge
            p.drawText(QRectF(x, y, box.right() - x - 6 * scale, row), Qt.AlignLeft | Qt.AlignVCenter, text)
            y += row
        p.end()
        return image, (image.width()) / k, (image.height()) / k

    # ------------------------------------------------------------------ hover and click
    def satellite_at(self, x: float, y: float) -> int | None:
        """Index (into ``fleet().sets``) of the dot drawn nearest widget point (x, y), within a few pixels."""
        if self._screen is None or not self.shown:
            return None
        if self._index is None:
            self._index = NearestIndex(*self._screen, cell=PICK_RADIUS_PX)
        return self._index.nearest(x, y, PICK_RADIUS_PX)

    def describe(self, i: int) -> str:
        """What a hovered dot is: its name, class and provenance flag (APPROXIMATE, DESIGNED)."""
        fleet = self.fleet()
        flag = fleet.flags[i]
        return f"{fleet.names[i]} · {class_title(CLASSES[int(fleet.classes[i])])}" + (f" · {flag}" if flag else "")

    def satnum(self, i: int) -> int:
        return int(self.fleet().satnums[i])
