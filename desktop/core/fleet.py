"""Every satellite of a catalogue at one instant: sub-satellite points in one ``SatrecArray`` call.

A ``Fleet`` is built once per catalogue (the ``SatrecArray``, orbit classes,
names and provenance flags as arrays); ``Fleet.at(time_s)`` then costs one
vectorised SGP4 call for all satellites plus TEME -> ITRS -> WGS84 geodetic
in one closed-form step (``groundtrack.geodetic_bowring``, within 10 cm):
about 1 microsecond a satellite, so 15,000 satellites fit in an animation frame.
A satellite SGP4 rejects at that instant (decayed, eccentricity out of range)
is masked (``Snapshot.ok`` False, NaN coordinates), never raised.

``NearestIndex`` finds the point nearest a query among many (hover and click
on the all-satellites layer) with a bucket grid: the points are sorted by grid
cell once, and a query looks only at the 3 x 3 cells around it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from sgp4.api import SatrecArray

from . import timebase
from .groundtrack import geodetic_bowring, sgp4_reason
from .orbitclass import CLASSES, classes_of


@dataclass
class Snapshot:
    """Sub-satellite points of a fleet at one time; NaN (and ``ok`` False) where SGP4 refused a satellite."""

    time_s: float
    lat_deg: np.ndarray
    lon_deg: np.ndarray
    height_km: np.ndarray
    ok: np.ndarray  # bool per satellite
    errors: np.ndarray  # SGP4 error code per satellite (0: none; -1: a position that is not finite)

    def rejected_summary(self) -> str | None:
        """One line: how many satellites have no position now, and why (each reason counted), or None."""
        bad = self.errors[~self.ok]
        if not bad.size:
            return None
        codes, counts = np.unique(bad, return_counts=True)
        order = np.argsort(-counts, kind="stable")
        reasons = "; ".join(f"{counts[k]} {sgp4_reason(codes[k])}" for k in order)
        return f"{int(bad.size)} satellite(s) without a position at {timebase.iso_utc(self.time_s)}: {reasons}"


class Fleet:
    """A catalogue's satellites as arrays, ready to be placed at any time in one SGP4 call."""

    def __init__(self, sets):
        self.sets = list(sets)
        self.satnums = np.fromiter((es.satnum for es in self.sets), dtype=np.int64, count=len(self.sets))
        self.names = [es.name for es in self.sets]
        self.flags = [es.flag for es in self.sets]  # "", "APPROXIMATE" or "DESIGNED"
        self.classes = classes_of(es.satrec for es in self.sets) if self.sets else np.zeros(0, dtype=np.int8)
        self._array = SatrecArray([es.satrec for es in self.sets]) if self.sets else None

    def __len__(self) -> int:
        return len(self.sets)

    def label(self, i: int) -> str:
        """The name of satellite ``i`` with its class and, for a set that is not real, its flag."""
        flag = self.flags[i]
        return f"{self.names[i]} ({CLASSES[int(self.classes[i])]}{', ' + flag if flag else ''})"

    def itrs_at(self, time_s: float):
        """Earth-fixed positions (3, n) km of every satellite at one POSIX time, and SGP4's error code for each
        (-1: a position that is not finite); NaN where a satellite has no position."""
        n = len(self.sets)
        if not n:
            return np.zeros((3, 0)), np.zeros(0, dtype=int)
        times = np.array([float(time_s)])
        whole, fraction = timebase.jd_utc(times)
        errors, r, _v = self._array.sgp4(whole, fraction)
        errors = errors[:, 0].astype(int)
        # TEME -> ITRS at one instant is a turn about the pole by GMST (``timebase.teme_to_itrs`` without its arrays)
        g = timebase.gmst_radians(times)[0]
        cos_g, sin_g = np.cos(g), np.sin(g)
        x, y, z = r[:, 0, 0], r[:, 0, 1], r[:, 0, 2]
        r_itrs = np.array([x * cos_g + y * sin_g, y * cos_g - x * sin_g, z])
        with np.errstate(invalid="ignore", over="ignore"):
            finite = np.isfinite(x * x + y * y + z * z)
        if not finite.all():
            errors[(errors == 0) & ~finite] = -1
        if errors.any():
            r_itrs[:, errors != 0] = np.nan
        return r_itrs, errors

    def at(self, time_s: float) -> Snapshot:
        """Where every satellite is (sub-satellite point, height) at one POSIX time."""
        r, errors = self.itrs_at(time_s)
        # the frame budget asks for Bowring's one-step geodetic (within 10 cm) rather than the iteration the ground
        # tracks use; a NaN position gives NaN coordinates
        with np.errstate(invalid="ignore"):
            lat, lon, height = geodetic_bowring(*r)
        return Snapshot(float(time_s), lat, lon, height, errors == 0, errors)

    def class_counts(self, ok=None) -> dict[str, int]:
        """How many satellites of each class (only those with ``ok`` True, when given)."""
        codes = self.classes if ok is None else self.classes[np.asarray(ok, dtype=bool)]
        counts = np.bincount(codes.astype(int), minlength=len(CLASSES))
        return {name: int(counts[k]) for k, name in enumerate(CLASSES)}


def passes_over(sets, region, criterion, start_s: float, end_s: float, daylight_min_sun_deg: float | None = None,
                progress=None, cancelled=None):
    """Every pass of every set over a region in [start_s, end_s], searched as one batch (``access.passes_of``)
    and sorted by start time, and {satnum: why} for the sets the search left out (SGP4 stopped, an off-nadir
    angle past that orbit's horizon): what is overhead of a place in the hours to come."""
    from .access import passes_of

    sets = list(sets)
    found, rejected = passes_of(sets, region, criterion, start_s, end_s, daylight_min_sun_deg,
                                progress=progress, cancelled=cancelled)
    passes = sorted((p for ps in found for p in ps), key=lambda p: (p.start_s, p.satnum))
    return passes, {sets[i].satnum: why for i, why in rejected.items()}


class NearestIndex:
    """Nearest of many 2-D points (screen pixels, say) to a query, within a radius, by a bucket grid.

    Points are binned into square cells of ``cell`` units and sorted by cell
    once; a query searches the 3 x 3 cells around it, so the answer is exact for
    any radius up to ``cell``. Points with NaN coordinates are never found.
    """

    def __init__(self, x, y, cell: float):
        if not cell > 0:
            raise ValueError(f"cell size must be positive, got {cell}")
        x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        self.cell = float(cell)
        keep = np.flatnonzero(np.isfinite(x) & np.isfinite(y))
        self._x, self._y = x[keep], y[keep]
        cx, cy = np.floor(self._x / cell).astype(np.int64), np.floor(self._y / cell).astype(np.int64)
        self._x0 = int(cx.min()) - 1 if keep.size else 0
        self._y0 = int(cy.min()) - 1 if keep.size else 0
        self._cols = int(cx.max()) - self._x0 + 3 if keep.size else 1
        key = (cy - self._y0) * self._cols + (cx - self._x0)
        order = np.argsort(key, kind="stable")
        self._key, self._index = key[order], keep[order]
        self._x, self._y = self._x[order], self._y[order]

    def nearest(self, x: float, y: float, radius: float) -> int | None:
        """Index (into the arrays given) of the nearest point within ``radius`` (<= cell) of (x, y), or None."""
        if not self._key.size or not (np.isfinite(x) and np.isfinite(y)):
            return None
        radius = min(float(radius), self.cell)
        cx, cy = int(np.floor(x / self.cell)) - self._x0, int(np.floor(y / self.cell)) - self._y0
        if not (-1 <= cx <= self._cols and cy >= -1):
            return None
        keys = (np.arange(cy - 1, cy + 2)[:, None] * self._cols + np.arange(cx - 1, cx + 2)[None, :]).ravel()
        keys = keys[(keys >= 0)]
        lo = np.searchsorted(self._key, keys, side="left")
        hi = np.searchsorted(self._key, keys, side="right")
        rows = np.concatenate([np.arange(a, b) for a, b in zip(lo.tolist(), hi.tolist())]) if keys.size else []
        if not len(rows):
            return None
        d2 = (self._x[rows] - x) ** 2 + (self._y[rows] - y) ** 2
        k = int(np.argmin(d2))
        return int(self._index[rows[k]]) if d2[k] <= radius * radius else None
