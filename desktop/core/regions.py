"""Regions on the Earth and the great-circle distance from points to them.

Every region answers one question, vectorised over points: the signed
great-circle distance (km, spherical Earth of radius ``MEAN_EARTH_RADIUS_KM``)
from a point to the region: 0 on its boundary, positive outside, negative
inside (minus the distance to the boundary).

Polygon edges are straight in longitude/latitude, as map data draws them; to
measure distances on the sphere they are densified to at most
``MAX_EDGE_DEG`` so that each piece is nearly a great circle (error under
40 m at that length). Inside/outside is decided on longitude/latitude with
the even-odd rule, so holes work; rings that cross the antimeridian are
unwrapped to a continuous longitude.

Here: the region classes, the builders (box, polygon, GeoJSON) with their
validation, and the simplification that keeps user polygons within
``MAX_POLYGON_VERTICES``. Sphere geometry is in ``sphere``, the spatial
indexes over a boundary in ``edgeindex``, named countries in ``atlas``.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field

import numpy as np

from . import edgeindex
from .constants import MEAN_EARTH_RADIUS_KM
from .edgeindex import EdgeSet, Raster
from .sphere import angle_between, footprint_ring, point_to_arcs_rad, unit_vectors, unwrap_longitudes

MAX_EDGE_DEG = 0.5


class RegionError(ValueError):
    """A region that cannot be built, with the reason."""


def _densify(ring: np.ndarray) -> np.ndarray:
    """Insert points so no edge spans more than MAX_EDGE_DEG in lon or lat (ring is closed)."""
    a, b = ring[:-1], ring[1:]
    steps = np.maximum(1, np.ceil(np.max(np.abs(b - a), axis=1) / MAX_EDGE_DEG)).astype(int)
    if np.all(steps == 1):
        return ring
    frac = np.concatenate([np.arange(k) / k for k in steps])
    index = np.repeat(np.arange(len(a)), steps)
    out = a[index] + (b[index] - a[index]) * frac[:, None]
    return np.vstack([out, ring[-1:]])



@dataclass
class _Ring:
    lonlat: np.ndarray  # (n, 2), closed, unwrapped, densified
    a: np.ndarray = field(init=False)  # (E, 3) edge starts
    b: np.ndarray = field(init=False)
    normal: np.ndarray = field(init=False)  # unit normals, 0 for degenerate edges
    lon_min: float = field(init=False)
    lon_max: float = field(init=False)
    lat_min: float = field(init=False)
    lat_max: float = field(init=False)
    cap_centre: np.ndarray = field(init=False)
    cap_radius: float = field(init=False)

    def __post_init__(self):
        xyz = unit_vectors(self.lonlat[:, 1], self.lonlat[:, 0])
        self.a, self.b = xyz[:-1], xyz[1:]
        n = np.cross(self.a, self.b)
        norm = np.linalg.norm(n, axis=1)
        self.normal = np.where(norm[:, None] > 1e-15, n / np.maximum(norm, 1e-300)[:, None], 0.0)
        self.lon_min, self.lat_min = self.lonlat.min(axis=0)
        self.lon_max, self.lat_max = self.lonlat.max(axis=0)
        centre = xyz.mean(axis=0)
        norm_c = np.linalg.norm(centre)
        if norm_c < 1e-9:
            self.cap_centre, self.cap_radius = np.array([0.0, 0.0, 1.0]), math.pi
        else:
            self.cap_centre = centre / norm_c
            self.cap_radius = float(angle_between(xyz, self.cap_centre).max())
            if self.cap_radius >= math.pi / 2:  # arcs may leave a cap this large
                self.cap_radius = math.pi

    def crossings(self, lon, lat):
        """Even-odd ray-cast parity of points (already shifted into this ring's longitudes)."""
        x0, y0 = self.lonlat[:-1, 0], self.lonlat[:-1, 1]
        x1, y1 = self.lonlat[1:, 0], self.lonlat[1:, 1]
        lat = lat[:, None]
        straddle = (y0 > lat) != (y1 > lat)
        with np.errstate(divide="ignore", invalid="ignore"):
            x_cross = x0 + (lat - y0) * (x1 - x0) / (y1 - y0)
        return np.count_nonzero(straddle & (lon[:, None] < x_cross), axis=1) % 2 == 1

class Region:
    """Base class: a named area with a signed distance function."""

    name: str = ""
    kind: str = ""
    note: str = ""  # what was done to the input on load (simplification), shown to the user

    def signed_distance_km(self, lat_deg, lon_deg, cutoff_km: float = np.inf) -> np.ndarray:
        """Signed distance from points to the region (negative inside).

        Where the magnitude exceeds ``cutoff_km`` the value returned is only
        guaranteed to be at least ``cutoff_km`` in magnitude with the right
        sign (and, outside, never more than the true distance): the pass
        search needs exact values only near the boundary.
        """
        raise NotImplementedError

    def contains(self, lat_deg, lon_deg) -> np.ndarray:
        return self.signed_distance_km(lat_deg, lon_deg, cutoff_km=0.0) <= 0.0

    def closest_point(self, lat_deg, lon_deg):
        """The point of the region nearest to each point (itself when inside)."""
        _, lat, lon = self.signed_distance_and_closest(lat_deg, lon_deg)
        return lat, lon

    def signed_distance_and_closest(self, lat_deg, lon_deg, cutoff_km: float = np.inf):
        """Signed distance (as ``signed_distance_km``) and the nearest point of the region.

        The nearest point is exact wherever the distance is (inside, it is the
        point itself); elsewhere it is left as the point itself.
        """
        raise NotImplementedError

    def outline(self) -> list[np.ndarray]:
        """Closed (lon, lat) rings for drawing."""
        raise NotImplementedError

    def arc_distance_bound_km(self, x_a, x_b, limit_km) -> np.ndarray:
        """A lower bound (km) of the distance from each great-circle arc x_a -> x_b (unit vectors, N x 3) to the
        region, given that neither end is inside; never above the true distance, exact enough where small.

        The base class knows nothing of its shape: 0.
        """
        return np.zeros(len(x_a))

    def latitude_range_deg(self) -> tuple[float, float]:
        """Latitudes (deg) between which every point of the region lies (from its bounding cap)."""
        lat = math.degrees(math.asin(max(-1.0, min(1.0, float(self.cap_centre[2])))))
        radius = math.degrees(self.cap_radius)
        return max(-90.0, lat - radius), min(90.0, lat + radius)

    def describe(self) -> str:
        return self.name


class PolygonRegion(Region):
    """One or more rings (outer boundaries and holes, even-odd rule)."""

    kind = "polygon"

    def __init__(self, name: str, rings, kind: str = "polygon", densify: bool = True):
        self.name = name
        self.kind = kind
        # the rings as given, for region_spec (arrays: a Python list of a country's 22,699 vertices took 2.9 MB)
        self._source = ([np.array(r, dtype=float) for r in rings], bool(densify))
        prepared = []
        for ring in rings:
            ring = np.asarray(ring, dtype=float)
            if ring.ndim != 2 or ring.shape[1] != 2 or len(ring) < 3:
                raise RegionError(f"{name}: a ring needs at least 3 (lon, lat) points")
            if not np.allclose(ring[0], ring[-1]):
                ring = np.vstack([ring, ring[:1]])
            ring = unwrap_longitudes(ring)
            if densify:
                ring = _densify(ring)
            prepared.append(_Ring(ring))
        if not prepared:
            raise RegionError(f"{name}: no rings")
        self._rings = prepared
        self._raw_outline = [r.lonlat for r in prepared]
        centre = sum(unit_vectors(r.lonlat[:, 1], r.lonlat[:, 0]).sum(axis=0) for r in prepared)
        norm = np.linalg.norm(centre)
        if norm < 1e-9:
            self.cap_centre, self.cap_radius = np.array([0.0, 0.0, 1.0]), math.pi
        else:
            self.cap_centre = centre / norm
            self.cap_radius = max(float(angle_between(unit_vectors(r.lonlat[:, 1], r.lonlat[:, 0]), self.cap_centre).max()) for r in prepared)
            if self.cap_radius >= math.pi / 2:
                self.cap_radius = math.pi

    def outline(self):
        return self._raw_outline

    def latitude_range_deg(self):
        # edges are arcs of at most MAX_EDGE_DEG: they bulge poleward of their ends by under 0.01 deg
        return (max(-90.0, float(min(r.lat_min for r in self._rings)) - 0.01),
                min(90.0, float(max(r.lat_max for r in self._rings)) + 0.01))

    @property
    def _edges(self) -> EdgeSet:
        if getattr(self, "_edge_set", None) is None:
            self._edge_set = EdgeSet(self._rings)
        return self._edge_set

    def contains(self, lat_deg, lon_deg):
        return self._inside(np.atleast_1d(np.asarray(lat_deg, dtype=float)), np.atleast_1d(np.asarray(lon_deg, dtype=float)))

    def arc_distance_bound_km(self, x_a, x_b, limit_km):
        """Between two arcs that do not cross, the least distance is reached at an end of one of them: here the
        arc's ends (whose own distances the caller has) or a vertex of the boundary. An arc that crosses an
        edge passes within half the edge's length of one of its vertices, so a vertex distance over that
        length also proves that the arc crosses no edge; under it the bound is 0."""
        d = self._edges.vertex_distance(x_a, x_b, (np.asarray(limit_km, dtype=float) + 1.0) / MEAN_EARTH_RADIUS_KM) * MEAN_EARTH_RADIUS_KM
        return np.where(d > self._half_edge_km, d, 0.0)

    @property
    def _half_edge_km(self) -> float:
        if getattr(self, "_half_edge", None) is None:
            self._half_edge = 0.5 * max(float(angle_between(r.a, r.b).max()) for r in self._rings) * MEAN_EARTH_RADIUS_KM + 0.01
        return self._half_edge

    def _inside(self, lat, lon):
        inside = np.zeros(len(lat), dtype=bool)
        if getattr(self, "_bbox", None) is None:
            self._bbox = np.array([[r.lon_min, r.lon_max, r.lat_min, r.lat_max] for r in self._rings])
        box = self._bbox
        lat_ok = (lat[:, None] >= box[:, 2]) & (lat[:, None] <= box[:, 3])  # (N, R)
        for shift in (0.0, 360.0, -360.0):
            shifted = lon + shift
            member = lat_ok & (shifted[:, None] >= box[:, 0]) & (shifted[:, None] <= box[:, 1])
            for r in np.flatnonzero(member.any(axis=0)):
                ring = self._rings[r]
                idx = np.flatnonzero(member[:, r])
                if len(ring.a) > edgeindex.RASTER_EDGES:
                    if getattr(ring, "raster", None) is None:
                        ring.raster = Raster(ring)
                    known, cell_inside = ring.raster.classify(shifted[idx], lat[idx])
                    inside[idx[known]] ^= cell_inside[known]
                    idx = idx[~known]
                    done, near_inside = ring.raster.parity(shifted[idx], lat[idx])
                    inside[idx[done]] ^= near_inside[done]
                    idx = idx[~done]
                    if idx.size == 0:
                        continue
                inside[idx] ^= ring.crossings(shifted[idx], lat[idx])
        return inside

    def signed_distance_km(self, lat_deg, lon_deg, cutoff_km=np.inf):
        return self._signed(lat_deg, lon_deg, cutoff_km, closest=False)[0]

    def signed_distance_and_closest(self, lat_deg, lon_deg, cutoff_km=np.inf):
        return self._signed(lat_deg, lon_deg, cutoff_km, closest=True)

    def _signed(self, lat_deg, lon_deg, cutoff_km, closest: bool):
        lat = np.atleast_1d(np.asarray(lat_deg, dtype=float))
        lon = np.atleast_1d(np.asarray(lon_deg, dtype=float))
        p = unit_vectors(lat, lon)
        cutoff_rad = max(cutoff_km / MEAN_EARTH_RADIUS_KM, 1e-12)  # a bound must keep its sign
        result = np.empty(len(lat))
        q_lat, q_lon = lat.copy(), lon.copy()
        # Far from the whole region: the cap gives a lower bound, no edges needed.
        if self.cap_radius < math.pi:
            far_lb = angle_between(p, self.cap_centre) - self.cap_radius
            far = far_lb > cutoff_rad
        else:
            far = np.zeros(len(lat), dtype=bool)
            far_lb = np.zeros(len(lat))
        result[far] = far_lb[far]
        near = np.flatnonzero(~far)
        if near.size:
            inside = self._inside(lat[near], lon[near])
            limit = cutoff_rad if np.isfinite(cutoff_rad) else None
            if not closest:
                boundary = self._edges.distance(p[near], limit)
                result[near] = np.where(inside, -boundary, boundary)
                return result * MEAN_EARTH_RADIUS_KM, q_lat, q_lon
            boundary, point, exact = self._edges.nearest(p[near], limit)
            result[near] = np.where(inside, -boundary, boundary)
            found = near[exact & ~inside]
            pts = point[exact & ~inside]
            q_lat[found] = np.degrees(np.arcsin(np.clip(pts[:, 2], -1, 1)))
            q_lon[found] = np.degrees(np.arctan2(pts[:, 1], pts[:, 0]))
        return result * MEAN_EARTH_RADIUS_KM, q_lat, q_lon


class CircleRegion(Region):
    """All points within ``radius_km`` (great-circle) of a centre; radius 0 is a point."""

    def __init__(self, name: str, lat_deg: float, lon_deg: float, radius_km: float):
        if not (-90.0 <= lat_deg <= 90.0 and -180.0 <= lon_deg <= 360.0):
            raise RegionError(f"{name}: centre ({lat_deg}, {lon_deg}) is not a latitude/longitude")
        if not (0.0 <= radius_km < math.pi * MEAN_EARTH_RADIUS_KM):
            raise RegionError(f"{name}: radius {radius_km} km must be from 0 to {math.pi * MEAN_EARTH_RADIUS_KM:.0f} km")
        self.name = name
        self.kind = "point" if radius_km == 0 else "circle"
        self.lat_deg, self.lon_deg, self.radius_km = float(lat_deg), float(((lon_deg + 180) % 360) - 180), float(radius_km)
        self.cap_centre = unit_vectors(self.lat_deg, self.lon_deg)
        self.cap_radius = self.radius_km / MEAN_EARTH_RADIUS_KM

    def signed_distance_km(self, lat_deg, lon_deg, cutoff_km=np.inf):
        d = MEAN_EARTH_RADIUS_KM * angle_between(unit_vectors(np.atleast_1d(lat_deg), np.atleast_1d(lon_deg)), self.cap_centre)
        return d - self.radius_km

    def signed_distance_and_closest(self, lat_deg, lon_deg, cutoff_km=np.inf):
        lat, lon = self._closest(lat_deg, lon_deg)
        return self.signed_distance_km(lat_deg, lon_deg), lat, lon

    def _closest(self, lat_deg, lon_deg):
        lat = np.atleast_1d(np.asarray(lat_deg, dtype=float))
        lon = np.atleast_1d(np.asarray(lon_deg, dtype=float))
        p = unit_vectors(lat, lon)
        d = angle_between(p, self.cap_centre)
        outside = d > self.cap_radius
        # rotate from the centre towards p by the radius
        c = self.cap_centre
        tangent = p - np.sum(p * c, axis=-1, keepdims=True) * c
        norm = np.linalg.norm(tangent, axis=-1, keepdims=True)
        tangent = np.where(norm > 1e-15, tangent / np.maximum(norm, 1e-300), 0.0)
        q = np.cos(self.cap_radius) * c + np.sin(self.cap_radius) * tangent
        qlat = np.degrees(np.arcsin(np.clip(q[:, 2], -1, 1)))
        qlon = np.degrees(np.arctan2(q[:, 1], q[:, 0]))
        return np.where(outside, qlat, lat), np.where(outside, qlon, lon)

    def outline(self, points: int = 181):
        """Boundary as a closed ring; a circle around a pole becomes a cap down from the pole."""
        if self.radius_km == 0:
            return [np.array([[self.lon_deg, self.lat_deg]])]
        return [footprint_ring(self.lat_deg, self.lon_deg, self.cap_radius, points)]

    def arc_distance_bound_km(self, x_a, x_b, limit_km):
        return np.maximum(point_to_arcs_rad(self.cap_centre, x_a, x_b) * MEAN_EARTH_RADIUS_KM - self.radius_km, 0.0)

    def describe(self):
        if self.kind == "point":
            return f"{self.name} ({self.lat_deg:.3f}, {self.lon_deg:.3f})"
        return f"{self.name} ({self.radius_km:g} km around {self.lat_deg:.3f}, {self.lon_deg:.3f})"



# ----------------------------------------------------------------------------- builders


def box_region(south: float, west: float, north: float, east: float, name: str | None = None) -> PolygonRegion:
    """A latitude/longitude box; west > east means it crosses the antimeridian."""
    for label, value, limit in (("south", south, 90), ("north", north, 90), ("west", west, 180), ("east", east, 180)):
        if not -limit <= value <= limit:
            raise RegionError(f"box {label} edge {value} is outside -{limit}..{limit} degrees")
    if south >= north:
        raise RegionError(f"box south edge {south} must be below its north edge {north}")
    if west == east:
        raise RegionError("box west and east edges are equal: the box has no width")
    east_unwrapped = east + 360.0 if east < west else east
    ring = [(west, south), (east_unwrapped, south), (east_unwrapped, north), (west, north), (west, south)]
    return PolygonRegion(name or f"box {south:g}..{north:g} N, {west:g}..{east:g} E", [ring], kind="box")


def _segments_cross(p1, p2, p3, p4) -> bool:
    def orient(a, b, c):
        return np.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]))

    o1, o2, o3, o4 = orient(p1, p2, p3), orient(p1, p2, p4), orient(p3, p4, p1), orient(p3, p4, p2)
    return o1 * o2 < 0 and o3 * o4 < 0


def polygon_region(points, name: str = "polygon") -> PolygonRegion:
    """A polygon from (lat, lon) points; rejects empty, degenerate and self-crossing rings."""
    try:
        pts = np.asarray(points, dtype=float)
    except (TypeError, ValueError):
        raise RegionError(f"{name}: points must be (latitude, longitude) pairs of numbers") from None
    if pts.ndim != 2 or pts.shape[1] != 2:
        raise RegionError(f"{name}: points must be (latitude, longitude) pairs")
    return _validated_polygon(name, [pts[:, ::-1]])


# User polygons are kept to this many vertices in all: the pass search cannot resolve
# detail finer than the element sets' own accuracy (about 1 km), and memory stays bounded.
MAX_POLYGON_VERTICES = 20_000
MAX_GEOJSON_BYTES = 256 * 1024 * 1024  # a million-vertex polygon is ~40 MB; Natural Earth's finest country ~25 MB
SIMPLIFY_START_DEG = 0.005  # about 0.5 km: the first tolerance tried
# Rings smaller than the tolerance vanish as it grows; dropping them may cost at most this share of the area.
MAX_DROPPED_AREA = 0.01
KM_PER_DEG = math.radians(MEAN_EARTH_RADIUS_KM)  # along a great circle


def _merged_vertices(lonlat: np.ndarray, ends: np.ndarray, tolerance_deg: float) -> np.ndarray:
    """Which vertices stay when each one in the same tolerance-sized cell as the one before it is dropped.

    ``lonlat`` holds one ring or several one after another; ``ends`` marks each
    ring's first and last vertex, which always stay.
    """
    cells = np.floor(lonlat / tolerance_deg).astype(np.int64)
    keep = ends.copy()
    keep[1:] |= np.any(cells[1:] != cells[:-1], axis=1)
    return keep


def merge_close_vertices(ring: np.ndarray, tolerance_deg: float) -> np.ndarray:
    """Drop each vertex that falls in the same tolerance-sized cell as the one before it.

    Vectorised (one pass, no loop over vertices); every dropped vertex lies
    within tolerance * sqrt(2) of a kept neighbour, so the outline moves by
    less than that.
    """
    ends = np.zeros(len(ring), dtype=bool)
    ends[[0, -1]] = True
    return ring[_merged_vertices(ring, ends, tolerance_deg)]


def _ring_areas_deg2(lonlat: np.ndarray, ring_of: np.ndarray, count: int) -> np.ndarray:
    """Shoelace area (square degrees, longitude unwrapped along each ring) of rings stored one after another.

    ``ring_of`` gives each vertex's ring (0 .. count - 1, in order); a ring's
    last vertex joins its first.
    """
    start = np.r_[True, ring_of[1:] != ring_of[:-1]]
    step = np.diff(lonlat[:, 0], prepend=lonlat[0, 0])
    step = np.where(start, 0.0, step - 360.0 * np.round(step / 360.0))
    walked = np.cumsum(step)
    first = np.flatnonzero(start)
    own_first = first[np.cumsum(start) - 1]
    lon = lonlat[own_first, 0] + walked - walked[own_first]
    lat = lonlat[:, 1]
    following = np.r_[np.arange(1, len(lon)), 0]
    last = np.r_[first[1:], len(lon)] - 1
    following[last] = first  # the closing edge of each ring
    cross = lon * lat[following] - lon[following] * lat
    return 0.5 * np.bincount(ring_of, weights=cross, minlength=count)


def bounded_rings(rings, name: str = "polygon"):
    """Rings with at most MAX_POLYGON_VERTICES vertices in all, and a note saying what was done.

    Close vertices are merged at 0.005 deg (about 0.5 km), doubling the
    tolerance until the polygon fits; the note gives the counts and the
    tolerance used (empty when nothing was changed). A ring smaller than the
    tolerance vanishes (under 3 distinct points, or no area left) and is
    dropped, and the note says so; if the rings dropped held more than
    MAX_DROPPED_AREA of the area, the polygon is refused as too detailed (a
    MultiPolygon of many small squares, say), with the counts that make it so.
    """
    total = sum(len(r) for r in rings)
    if total <= MAX_POLYGON_VERTICES:
        return rings, ""
    lonlat = np.concatenate(rings)
    ring_of = np.repeat(np.arange(len(rings)), [len(r) for r in rings])
    first, last = np.r_[True, ring_of[1:] != ring_of[:-1]], np.r_[ring_of[1:] != ring_of[:-1], True]
    ends = first | last
    closed = np.all(lonlat[first] == lonlat[last], axis=1)  # the first and last vertices always stay
    tolerance = SIMPLIFY_START_DEG
    keep, alive, kept = np.ones(len(lonlat), dtype=bool), np.ones(len(rings), dtype=bool), total
    while kept > MAX_POLYGON_VERTICES and tolerance < 5.0:
        keep = _merged_vertices(lonlat, ends, tolerance)
        counts = np.bincount(ring_of[keep], minlength=len(rings))
        area = _ring_areas_deg2(lonlat[keep], ring_of[keep], len(rings))
        alive = (counts - closed >= 3) & (np.abs(area) >= 1e-12)
        keep &= alive[ring_of]
        kept = int(np.count_nonzero(keep))
        tolerance *= 2
    tolerance /= 2
    about = f"{tolerance:g} deg, about {tolerance * KM_PER_DEG:.1f} km"
    dropped = np.flatnonzero(~alive)
    note = f"{name}: simplified from {total:,} to {kept:,} vertices (vertices closer than {about}, merged)"
    if len(dropped):
        area = np.abs(_ring_areas_deg2(lonlat, ring_of, len(rings)))
        share = float(area[dropped].sum() / area.sum()) if area.sum() > 0 else 1.0
        if share > MAX_DROPPED_AREA or len(dropped) == len(rings):
            raise RegionError(
                f"{name}: too detailed to use: {len(rings):,} rings with {total:,} vertices in all, and at most "
                f"{MAX_POLYGON_VERTICES:,} are kept; merging vertices closer than {tolerance:g} deg (about "
                f"{tolerance * KM_PER_DEG:.1f} km) to fit it would drop "
                f"{len(dropped):,} rings smaller than that, {share:.0%} of the area. Join the small polygons into "
                f"larger ones, or simplify the file before loading it")
        note += f"; {len(dropped):,} rings smaller than that dropped ({share:.2%} of the area)"
    starts = np.cumsum(np.bincount(ring_of[keep], minlength=len(rings)))[:-1]
    simplified = [ring for ring, live in zip(np.split(lonlat[keep], starts), alive) if live]
    return simplified, note


def _validated_polygon(name, rings_lonlat) -> PolygonRegion:
    checked = []
    for ring in rings_lonlat:
        ring = np.asarray(ring, dtype=float)
        if ring.ndim != 2 or ring.shape[1] != 2:
            raise RegionError(f"{name}: a ring is not a list of [lon, lat] positions")
        if not np.all(np.isfinite(ring)):
            raise RegionError(f"{name}: coordinates must be finite numbers")
        if np.any(np.abs(ring[:, 1]) > 90) or np.any(np.abs(ring[:, 0]) > 360):
            raise RegionError(f"{name}: a latitude is beyond 90 degrees or a longitude beyond 360")
        checked.append(ring)
    rings_lonlat, note = bounded_rings(checked, name)
    cleaned = []
    for ring in rings_lonlat:
        if len(ring) and np.allclose(ring[0], ring[-1]):
            ring = ring[:-1]
        keep = np.ones(len(ring), dtype=bool)
        keep[1:] = np.any(np.diff(ring, axis=0) != 0, axis=1)
        ring = ring[keep]
        if len(ring) < 3:
            raise RegionError(f"{name}: a polygon needs at least 3 distinct points, got {len(ring)}")
        ring = unwrap_longitudes(np.vstack([ring, ring[:1]]))
        n = len(ring) - 1
        if n <= 400:
            for i in range(n):
                for j in range(i + 2, n):
                    if i == 0 and j == n - 1:
                        continue
                    if _segments_cross(ring[i], ring[i + 1], ring[j], ring[j + 1]):
                        raise RegionError(f"{name}: the polygon crosses itself (edge {i + 1} crosses edge {j + 1})")
        area = 0.5 * np.sum(ring[:-1, 0] * ring[1:, 1] - ring[1:, 0] * ring[:-1, 1])
        if abs(area) < 1e-12:
            raise RegionError(f"{name}: the polygon has no area (its points lie on a line)")
        cleaned.append(ring)
    region = PolygonRegion(name, cleaned)
    region.note = note
    return region


def _load_json(text, name: str):
    """Parsed JSON, or a one-line RegionError (bad syntax, nesting too deep, a 5,000-digit number)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise RegionError(f"{name}: not valid JSON ({exc.msg} at line {exc.lineno})") from None
    except RecursionError:
        raise RegionError(f"{name}: not usable JSON (nested too deeply)") from None
    except ValueError as exc:  # UnicodeDecodeError, or an integer too long to convert
        raise RegionError(f"{name}: not usable JSON ({str(exc).splitlines()[0][:80]})") from None


def geojson_region(data, name: str = "GeoJSON") -> PolygonRegion:
    """A region from a GeoJSON Polygon/MultiPolygon (or a Feature/FeatureCollection of them)."""
    if isinstance(data, (str, bytes)):
        data = _load_json(data, name)
    polygons = []

    def collect(obj):
        if not isinstance(obj, dict):
            raise RegionError(f"{name}: expected GeoJSON objects, found {type(obj).__name__}")
        kind = obj.get("type")
        if kind == "FeatureCollection":
            for feature in obj.get("features") or []:
                collect(feature)
        elif kind == "Feature":
            collect(obj.get("geometry") or {})
        elif kind == "Polygon":
            polygons.append(obj.get("coordinates") or [])
        elif kind == "MultiPolygon":
            polygons.extend(obj.get("coordinates") or [])
        elif kind == "GeometryCollection":
            for geometry in obj.get("geometries") or []:
                collect(geometry)
        else:
            raise RegionError(f"{name}: GeoJSON type {kind!r} is not an area (expected Polygon or MultiPolygon)")

    collect(data)
    rings = []
    for polygon in polygons:
        if not isinstance(polygon, list):
            raise RegionError(f"{name}: a polygon is not a list of rings")
        for k, ring in enumerate(polygon):
            try:
                arr = np.asarray(ring, dtype=float)[:, :2]
            except (TypeError, ValueError, IndexError, OverflowError):
                raise RegionError(f"{name}: a ring is not a list of [lon, lat] positions") from None
            polygon[k] = None  # drop the parsed lists as each ring becomes an array
            rings.append(arr)
    if not rings:
        raise RegionError(f"{name}: no polygon found")
    return _validated_polygon(name, rings)


def geojson_file_region(path) -> PolygonRegion:
    from pathlib import Path

    from .files import FileReadError, read_bytes_limited

    path = Path(path)
    try:
        text = read_bytes_limited(path, MAX_GEOJSON_BYTES, "a GeoJSON file").decode("utf-8")
    except FileReadError as exc:
        raise RegionError(str(exc)) from None
    except UnicodeDecodeError:
        raise RegionError(f"{path}: not a text file (expected GeoJSON)") from None
    data = _load_json(text, path.stem)
    del text  # a large file's text is not kept beside its parsed form
    return geojson_region(data, name=path.stem)


def region_spec(region: Region) -> dict:
    """What rebuilds ``region`` exactly in another process (``region_from_spec``): a circle by its centre and
    radius, a polygon (a box, a drawn or loaded shape, a country) by the rings it was made from. Plain lists and
    numbers: a Dask task carries it instead of the region's arrays."""
    if isinstance(region, CircleRegion):
        return {"type": "circle", "name": region.name, "lat_deg": region.lat_deg, "lon_deg": region.lon_deg,
                "radius_km": region.radius_km}
    if isinstance(region, PolygonRegion):
        rings, densify = region._source
        return {"type": "polygon", "name": region.name, "kind": region.kind, "rings": [r.tolist() for r in rings],
                "densify": densify}
    raise RegionError(f"{region.name}: this kind of region cannot be sent to another process")


def region_from_spec(spec: dict) -> Region:
    """The region ``region_spec`` describes (the same cells in, the same distances)."""
    if spec.get("type") == "circle":
        return CircleRegion(spec["name"], spec["lat_deg"], spec["lon_deg"], spec["radius_km"])
    if spec.get("type") == "polygon":
        return PolygonRegion(spec["name"], spec["rings"], kind=spec["kind"], densify=spec["densify"])
    raise RegionError(f"not a region description: {spec.get('type')!r}")
