"""Regions on the Earth and the great-circle distance from points to them.

Every region answers one question, vectorised over points: the signed
great-circle distance (km, spherical Earth of radius ``EARTH_RADIUS_KM``)
from a point to the region: 0 on its boundary, positive outside, negative
inside (minus the distance to the boundary).

Polygon edges are straight in longitude/latitude, as map data draws them; to
measure distances on the sphere they are densified to at most
``MAX_EDGE_DEG`` so that each piece is nearly a great circle (error under
40 m at that length). Inside/outside is decided on longitude/latitude with
the even-odd rule, so holes work; rings that cross the antimeridian are
unwrapped to a continuous longitude.
"""

from __future__ import annotations

import difflib
import functools
import json
import math
import unicodedata
from dataclasses import dataclass, field

import numpy as np

from .paths import assets_dir

EARTH_RADIUS_KM = 6371.0088  # IUGG mean radius
MAX_EDGE_DEG = 0.5


class RegionError(ValueError):
    """A region that cannot be built, with the reason."""


def unit_vectors(lat_deg, lon_deg):
    lat = np.radians(np.asarray(lat_deg, dtype=float))
    lon = np.radians(np.asarray(lon_deg, dtype=float))
    cos_lat = np.cos(lat)
    return np.stack([cos_lat * np.cos(lon), cos_lat * np.sin(lon), np.sin(lat)], axis=-1)


def angle_between(u, v):
    """Angle (rad) between unit vectors from their chord, 2 asin(|u - v| / 2): exact from 0 to pi."""
    d = np.asarray(u) - np.asarray(v)
    return 2.0 * np.arcsin(np.minimum(np.sqrt(np.sum(d * d, axis=-1)) * 0.5, 1.0))


def point_to_arcs_rad(c, a, b):
    """Angle from one unit vector ``c`` to each great-circle arc a -> b (unit vectors, (..., 3); under pi).

    All from dot products: c.a, c.b, a.b and the triple product c.(a x b). The
    foot of the perpendicular from c lies on the arc when (a x b).(a x c) >= 0
    and (a x b).(c x b) >= 0; then the angle is the cross-track one, else the
    angle to the nearer end.
    """
    ac, bc = a @ c, b @ c
    cos_arc = np.einsum("...j,...j->...", a, b)
    triple = np.einsum("...j,...j->...", a, np.cross(b, c))
    d = a - b
    arc = 2.0 * np.arcsin(np.minimum(np.sqrt(np.einsum("...j,...j->...", d, d)) * 0.5, 1.0))
    to_ends = np.arccos(np.clip(np.maximum(ac, bc), -1.0, 1.0))
    foot_on_arc = (bc - ac * cos_arc >= 0) & (ac - bc * cos_arc >= 0) & (arc > 1e-9)
    with np.errstate(invalid="ignore", divide="ignore"):
        cross_track = np.arcsin(np.minimum(np.abs(triple) / np.sin(arc), 1.0))
    return np.where(foot_on_arc, cross_track, to_ends)


def great_circle_km(lat1, lon1, lat2, lon2):
    return EARTH_RADIUS_KM * angle_between(unit_vectors(lat1, lon1), unit_vectors(lat2, lon2))


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


def _unwrap_ring(ring: np.ndarray) -> np.ndarray:
    """Make longitudes continuous along the ring (steps of more than 180 deg wrap)."""
    lon = ring[:, 0].copy()
    step = np.diff(lon)
    lon[1:] = lon[0] + np.cumsum(step - 360.0 * np.round(step / 360.0))
    return np.column_stack([lon, ring[:, 1]])


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

BLOCK = 16
GROUP = 16  # blocks a group
GROUP_BLOCKS_FROM = 128  # regions with more blocks choose groups first
RASTER_EDGES = 64  # rings with more edges get a raster for the inside test


def _dot(x, y):
    return x[..., 0] * y[..., 0] + x[..., 1] * y[..., 1] + x[..., 2] * y[..., 2]


def _chord2(x, y):
    d0, d1, d2 = x[..., 0] - y[..., 0], x[..., 1] - y[..., 1], x[..., 2] - y[..., 2]
    return d0 * d0 + d1 * d1 + d2 * d2


def _edge_terms(q, a, b, normal, u, w):
    """Angle from points q (M, 1, 3) to arcs a->b (M, K, 3), with the terms it is made of.

    The foot of the perpendicular lies on the arc when q.(n x a) >= 0 and
    q.(b x n) >= 0; then the distance is the cross-track angle arcsin|q.n|,
    otherwise the angle to the nearer end (chosen by squared chord, so one
    arcsine serves both ends). Returns (angle, q.n, on_arc, a is the nearer end).
    """
    sin_cross = _dot(q, normal)
    on_arc = (_dot(q, u) >= 0) & (_dot(q, w) >= 0) & (_dot(normal, normal) > 0)
    chord2_a, chord2_b = _chord2(q, a), _chord2(q, b)
    a_nearer = chord2_a <= chord2_b
    to_end = 2.0 * np.arcsin(np.minimum(np.sqrt(np.minimum(chord2_a, chord2_b)) * 0.5, 1.0))
    angle = np.where(on_arc, np.arcsin(np.minimum(np.abs(sin_cross), 1.0)), to_end)
    return angle, sin_cross, on_arc, a_nearer


def _z_order(u, v, bits: int = 16):
    """Morton (Z-curve) keys of points in the unit square: nearby keys are mostly nearby points."""
    x = np.clip((u * (1 << bits)).astype(np.int64), 0, (1 << bits) - 1)
    y = np.clip((v * (1 << bits)).astype(np.int64), 0, (1 << bits) - 1)
    key = np.zeros(len(x), dtype=np.int64)
    for bit in range(bits):
        key |= ((x >> bit) & 1) << (2 * bit) | ((y >> bit) & 1) << (2 * bit + 1)
    return key


class _EdgeSet:
    """All boundary edges of a region in blocks of BLOCK, each with a bounding cap.

    Distances need only the blocks whose cap can hold something nearer than
    what is already guaranteed; those are evaluated as flat (point, block)
    pairs, so the work does not depend on how many rings a country has.
    """

    def __init__(self, rings):
        a_parts, b_parts, n_parts = [], [], []
        for ring in rings:
            count = len(ring.a)
            blocks = -(-count // BLOCK)
            index = np.minimum(np.arange(blocks * BLOCK), count - 1).reshape(blocks, BLOCK)
            a_parts.append(ring.a[index])
            b_parts.append(ring.b[index])
            n_parts.append(ring.normal[index])
        self.a, self.b, self.n = np.concatenate(a_parts), np.concatenate(b_parts), np.concatenate(n_parts)
        self.u = np.cross(self.n, self.a)  # q.u >= 0: q is past the start of the arc
        self.w = np.cross(self.b, self.n)  # q.w >= 0: q is before its end
        centre = self.a.sum(axis=1) + self.b.sum(axis=1)
        self.centre = centre / np.linalg.norm(centre, axis=1, keepdims=True)
        self.radius = np.maximum(angle_between(self.a, self.centre[:, None, :]).max(axis=1),
                                 angle_between(self.b, self.centre[:, None, :]).max(axis=1))
        # many blocks (a large country, an archipelago): consecutive blocks in groups, each with a cap too
        self.groups = None
        if len(self.centre) > GROUP_BLOCKS_FROM:
            # blocks near one another in a group: ordered along a Z curve of their centres' latitude and longitude
            lat = np.degrees(np.arcsin(np.clip(self.centre[:, 2], -1, 1)))
            lon = np.degrees(np.arctan2(self.centre[:, 1], self.centre[:, 0]))
            order = np.argsort(_z_order((lat + 90.0) / 180.0, (lon + 180.0) / 360.0), kind="stable")
            count = -(-len(self.centre) // GROUP)
            member = order[np.minimum(np.arange(count * GROUP), len(self.centre) - 1)].reshape(count, GROUP)
            g_centre = self.centre[member].sum(axis=1)
            g_centre /= np.linalg.norm(g_centre, axis=1, keepdims=True)
            g_radius = (angle_between(self.centre[member], g_centre[:, None, :]) + self.radius[member]).max(axis=1)
            self.groups = (member, g_centre, g_radius)

    def _pairs(self, p, limit):
        if self.groups is not None:
            return self._pairs_by_group(p, limit)
        # arccos of a BLAS dot product: about 1e-8 rad (0.1 m) near zero, plenty for choosing blocks
        to_centre = np.arccos(np.clip(p @ self.centre.T, -1.0, 1.0))  # (N, B)
        lower = to_centre - self.radius
        upper = (to_centre + self.radius).min(axis=1)
        if limit is not None:
            upper = np.minimum(upper, limit)
        chosen = lower <= upper[:, None]
        pi, bi = np.nonzero(chosen)
        # the blocks left out (beyond ``limit``) may still hold the nearest edge: their least lower bound caps
        # the answer, so a distance found among the chosen blocks never exceeds the true one
        return pi, bi, np.maximum(np.where(chosen, np.inf, lower).min(axis=1), 0.0)

    def _pairs_by_group(self, p, limit):
        """As ``_pairs``, choosing groups of blocks first and then the blocks of the chosen groups."""
        member, g_centre, g_radius = self.groups
        to_group = np.arccos(np.clip(p @ g_centre.T, -1.0, 1.0))  # (N, G)
        upper = (to_group + g_radius).min(axis=1)
        if limit is not None:
            upper = np.minimum(upper, limit)
        lower_g = to_group - g_radius
        chosen_g = lower_g <= upper[:, None]
        bound = np.where(chosen_g, np.inf, lower_g).min(axis=1)
        pg, gi = np.nonzero(chosen_g)
        blocks = member[gi]  # (P, GROUP)
        to_centre = np.arccos(np.clip(np.einsum("pj,pkj->pk", p[pg], self.centre[blocks]), -1.0, 1.0))
        lower = to_centre - self.radius[blocks]
        # per point, over its chosen groups (pg is sorted: reduce runs, not np.minimum.at)
        if len(pg):
            first = np.flatnonzero(np.r_[True, pg[1:] != pg[:-1]])
            owner = pg[first]
            upper[owner] = np.minimum(upper[owner], np.minimum.reduceat((to_centre + self.radius[blocks]).min(axis=1), first))
        chosen = lower <= upper[pg][:, None]
        if len(pg):
            bound[owner] = np.minimum(bound[owner], np.minimum.reduceat(np.where(chosen, np.inf, lower).min(axis=1), first))
        rows, cols = np.nonzero(chosen)
        pairs = np.unique(pg[rows] * len(self.centre) + blocks[rows, cols])  # padded groups repeat a block
        return pairs // len(self.centre), pairs % len(self.centre), np.maximum(bound, 0.0)

    def _batches(self, p, limit, bound):
        """(point indices, block indices) pairs worth evaluating, in memory-sized batches.

        Fills ``bound`` with each point's least lower bound over the blocks left out (inf if none).
        """
        width = len(self.centre) if self.groups is None else len(self.groups[1]) + 4 * GROUP
        step = max(1, 4_000_000 // max(1, width))
        for start in range(0, len(p), step):
            lim = limit[start:start + step] if isinstance(limit, np.ndarray) else limit
            pi, bi, bound[start:start + step] = self._pairs(p[start:start + step], lim)
            for k in range(0, len(pi), 20000):
                yield start + pi[k:k + 20000], bi[k:k + 20000]

    def _terms(self, p, pp, bb):
        return _edge_terms(p[pp][:, None, :], self.a[bb], self.b[bb], self.n[bb], self.u[bb], self.w[bb])

    def distance(self, p, limit=None):
        """Angle to the nearest edge; exact where an edge may lie within ``limit``, else a close lower bound.

        The hot path of the pass search: like :meth:`nearest` without finding the point.
        """
        best = np.full(len(p), np.inf)
        bound = np.zeros(len(p))
        for pp, bb in self._batches(p, limit, bound):
            np.minimum.at(best, pp, self._terms(p, pp, bb)[0].min(axis=1))
        return np.minimum(best, bound)

    def vertex_distance(self, x_a, x_b, limit):
        """Least angle from each great-circle arc x_a -> x_b (N, 3 each; under pi) to a vertex of the boundary.

        Exact where it is at most ``limit`` (rad; one for all or one per arc); elsewhere a lower bound above it.
        Blocks are chosen by the distance from the arc to their cap.
        """
        n = np.cross(x_a, x_b)
        n /= np.maximum(np.linalg.norm(n, axis=1, keepdims=True), 1e-300)
        u, w = np.cross(n, x_a), np.cross(x_b, n)
        best = np.full(len(x_a), np.inf)
        step = max(1, 2_000_000 // max(1, len(self.centre)))
        for k0 in range(0, len(x_a), step):
            sl = slice(k0, k0 + step)
            c = self.centre[None, :, :]
            to_centre = _edge_terms(c, x_a[sl, None, :], x_b[sl, None, :], n[sl, None, :], u[sl, None, :],
                                    w[sl, None, :])[0]  # (N, B): the cap centres to the arc
            lower = to_centre - self.radius
            lim = limit[sl, None] if np.ndim(limit) else limit
            chosen = lower <= lim
            best[sl] = np.where(chosen, np.inf, lower).min(axis=1)
            pi, bi = np.nonzero(chosen)
            pi += k0
            for j in range(0, len(pi), 20000):
                pp, bb = pi[j:j + 20000], bi[j:j + 20000]
                d = _edge_terms(self.a[bb], x_a[pp, None, :], x_b[pp, None, :], n[pp, None, :], u[pp, None, :],
                                w[pp, None, :])[0].min(axis=1)
                np.minimum.at(best, pp, d)
        return best

    def nearest(self, p, limit=None):
        """Angle to the nearest edge and the nearest boundary point (unit vectors) for points p (N, 3).

        Where no block may lie within ``limit`` the angle is a close lower bound
        and the point is not computed (``exact`` is False there).
        """
        best = np.full(len(p), np.inf)
        point = np.zeros((len(p), 3))
        bound = np.zeros(len(p))
        for pp, bb in self._batches(p, limit, bound):
            d, sin_cross, on_arc, a_nearer = self._terms(p, pp, bb)
            j = np.argmin(d, axis=1)
            dj = d[np.arange(len(pp)), j]
            # per point, the best of its blocks (a point appears in several pairs)
            order = np.lexsort((dj, pp))
            first = order[np.concatenate([[True], pp[order][1:] != pp[order][:-1]])]
            better = dj[first] < best[pp[first]]
            r = first[better]
            target, jj, blocks = pp[r], j[r], bb[r]
            best[target] = dj[r]
            normal = self.n[blocks, jj]
            foot = p[target] - sin_cross[r, jj][:, None] * normal
            foot /= np.maximum(np.linalg.norm(foot, axis=1, keepdims=True), 1e-300)
            end = np.where(a_nearer[r, jj][:, None], self.a[blocks, jj], self.b[blocks, jj])
            point[target] = np.where(on_arc[r, jj][:, None], foot, end)
        exact = best <= bound
        return np.minimum(best, bound), point, exact


class _Raster:
    """Inside/outside of one large ring on a 1-degree grid, for fast point-in-polygon.

    A cell is decided by its centre unless the ring passes near it: every
    vertex marks its cell and the eight around it as 'boundary' (edges are at
    most MAX_EDGE_DEG long, under one cell). A point in a boundary cell takes
    the parity of the cell's reference point, flipped by every edge that the
    straight line from that point to it crosses; those edges all have a vertex
    in the cell or its neighbours, so only a few dozen are tested, not the
    whole ring (``parity``).
    """

    CELL = 1.0
    # the reference point of a cell: off its centre, so that no grid-aligned edge (a box) passes through it
    REF = (0.5 + 0.0123456789, 0.5 + 0.0098765432)

    def __init__(self, ring):
        self.lon0 = math.floor(ring.lon_min)
        self.lat0 = math.floor(ring.lat_min)
        nx = int(math.ceil(ring.lon_max)) - self.lon0 + 1
        ny = int(math.ceil(ring.lat_max)) - self.lat0 + 1
        self.shape = (ny, nx)
        ix = np.clip(np.floor(ring.lonlat[:, 0] - self.lon0).astype(int), 0, nx - 1)
        iy = np.clip(np.floor(ring.lonlat[:, 1] - self.lat0).astype(int), 0, ny - 1)
        boundary = np.zeros(self.shape, dtype=bool)
        pairs = []  # (cell, edge): the edges with a vertex in or next to the cell
        edges = np.arange(len(ring.lonlat) - 1)
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                cy, cx = np.clip(iy + dy, 0, ny - 1), np.clip(ix + dx, 0, nx - 1)
                boundary[cy, cx] = True
                cell = cy * nx + cx
                pairs += [cell[:-1] * len(edges) + edges, cell[1:] * len(edges) + edges]
        # a ring around a pole ends 360 deg east of where it began: the ray-cast parity flips across the
        # latitudes between its two ends all along the row, with no vertex there to mark it: those rows
        # keep the whole ray cast
        self.wrap = np.zeros(self.shape, dtype=bool)
        if abs(ring.lonlat[-1, 0] - ring.lonlat[0, 0]) > 180.0:
            self.wrap[max(min(iy[0], iy[-1]) - 1, 0):max(iy[0], iy[-1]) + 2, :] = True
        boundary |= self.wrap
        key = np.unique(np.concatenate(pairs))
        cells, self.cell_edges = key // len(edges), key % len(edges)
        self.cell_start = np.searchsorted(cells, np.arange(ny * nx + 1))
        self.ring = ring
        gy, gx = np.nonzero(np.ones(self.shape, dtype=bool))
        ref_x, ref_y = np.where(boundary[gy, gx], self.REF[0], 0.5), np.where(boundary[gy, gx], self.REF[1], 0.5)
        inside = np.zeros(gy.size, dtype=bool)
        for k in range(0, gy.size, 256):
            sl = slice(k, k + 256)
            inside[sl] = ring.crossings(self.lon0 + gx[sl] + ref_x[sl], self.lat0 + gy[sl] + ref_y[sl])
        self.boundary, self.inside = boundary, inside.reshape(self.shape)

    def _cells(self, lon, lat):
        ix = np.clip(np.floor(lon - self.lon0).astype(int), 0, self.shape[1] - 1)
        iy = np.clip(np.floor(lat - self.lat0).astype(int), 0, self.shape[0] - 1)
        return iy, ix

    def classify(self, lon, lat):
        """(known, inside): known is False where ``parity`` (or, in wrapped rows, the ray cast) is needed."""
        iy, ix = self._cells(lon, lat)
        return ~self.boundary[iy, ix], self.inside[iy, ix]

    def parity(self, lon, lat):
        """(done, inside) for points in boundary cells: the reference point's parity and the edges between."""
        iy, ix = self._cells(lon, lat)
        done = ~self.wrap[iy, ix]
        inside = self.inside[iy, ix].copy()
        p = np.flatnonzero(done)
        cell = iy[p] * self.shape[1] + ix[p]
        first, count = self.cell_start[cell], self.cell_start[cell + 1] - self.cell_start[cell]
        xy = self.ring.lonlat
        for k0 in range(0, len(p), 20000):
            sl = slice(k0, k0 + 20000)
            n = count[sl]
            which = np.repeat(np.arange(len(n)), n)
            e = self.cell_edges[np.repeat(first[sl], n) + np.arange(n.sum()) - np.repeat(np.cumsum(n) - n, n)]
            pt = p[sl][which]
            cx = self.lon0 + ix[pt] + self.REF[0]
            cy = self.lat0 + iy[pt] + self.REF[1]
            px, py = lon[pt], lat[pt]
            ax, ay, bx, by = xy[e, 0], xy[e, 1], xy[e + 1, 0], xy[e + 1, 1]
            # the segment reference -> point crosses the edge a -> b: each pair of ends on strictly different
            # sides (a point on a line counts as on one side, the same for every edge: parity stays consistent)
            side_c = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax) > 0
            turn_p = (bx - ax) * (py - ay) - (by - ay) * (px - ax)
            side_p = turn_p > 0
            # a point on an edge is left to the ray cast, whose rule decides such points elsewhere
            on_edge = (turn_p == 0) & (px >= np.minimum(ax, bx)) & (px <= np.maximum(ax, bx)) & \
                (py >= np.minimum(ay, by)) & (py <= np.maximum(ay, by))
            done[p[sl][np.unique(which[on_edge])]] = False
            side_a = (px - cx) * (ay - cy) - (py - cy) * (ax - cx) > 0
            side_b = (px - cx) * (by - cy) - (py - cy) * (bx - cx) > 0
            flips = np.bincount(which, weights=(side_c != side_p) & (side_a != side_b), minlength=len(n))
            inside[p[sl]] ^= flips.astype(int) % 2 == 1
        return done, inside


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
        prepared = []
        for ring in rings:
            ring = np.asarray(ring, dtype=float)
            if ring.ndim != 2 or ring.shape[1] != 2 or len(ring) < 3:
                raise RegionError(f"{name}: a ring needs at least 3 (lon, lat) points")
            if not np.allclose(ring[0], ring[-1]):
                ring = np.vstack([ring, ring[:1]])
            ring = _unwrap_ring(ring)
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
    def _edges(self) -> _EdgeSet:
        if getattr(self, "_edge_set", None) is None:
            self._edge_set = _EdgeSet(self._rings)
        return self._edge_set

    def contains(self, lat_deg, lon_deg):
        return self._inside(np.atleast_1d(np.asarray(lat_deg, dtype=float)), np.atleast_1d(np.asarray(lon_deg, dtype=float)))

    def arc_distance_bound_km(self, x_a, x_b, limit_km):
        """Between two arcs that do not cross, the least distance is reached at an end of one of them: here the
        arc's ends (whose own distances the caller has) or a vertex of the boundary. An arc that crosses an
        edge passes within half the edge's length of one of its vertices, so a vertex distance over that
        length also proves that the arc crosses no edge; under it the bound is 0."""
        d = self._edges.vertex_distance(x_a, x_b, (np.asarray(limit_km, dtype=float) + 1.0) / EARTH_RADIUS_KM) * EARTH_RADIUS_KM
        return np.where(d > self._half_edge_km, d, 0.0)

    @property
    def _half_edge_km(self) -> float:
        if getattr(self, "_half_edge", None) is None:
            self._half_edge = 0.5 * max(float(angle_between(r.a, r.b).max()) for r in self._rings) * EARTH_RADIUS_KM + 0.01
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
                if len(ring.a) > RASTER_EDGES:
                    if getattr(ring, "raster", None) is None:
                        ring.raster = _Raster(ring)
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
        cutoff_rad = max(cutoff_km / EARTH_RADIUS_KM, 1e-12)  # a bound must keep its sign
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
                return result * EARTH_RADIUS_KM, q_lat, q_lon
            boundary, point, exact = self._edges.nearest(p[near], limit)
            result[near] = np.where(inside, -boundary, boundary)
            found = near[exact & ~inside]
            pts = point[exact & ~inside]
            q_lat[found] = np.degrees(np.arcsin(np.clip(pts[:, 2], -1, 1)))
            q_lon[found] = np.degrees(np.arctan2(pts[:, 1], pts[:, 0]))
        return result * EARTH_RADIUS_KM, q_lat, q_lon


class CircleRegion(Region):
    """All points within ``radius_km`` (great-circle) of a centre; radius 0 is a point."""

    def __init__(self, name: str, lat_deg: float, lon_deg: float, radius_km: float):
        if not (-90.0 <= lat_deg <= 90.0 and -180.0 <= lon_deg <= 360.0):
            raise RegionError(f"{name}: centre ({lat_deg}, {lon_deg}) is not a latitude/longitude")
        if not (0.0 <= radius_km < math.pi * EARTH_RADIUS_KM):
            raise RegionError(f"{name}: radius {radius_km} km must be from 0 to {math.pi * EARTH_RADIUS_KM:.0f} km")
        self.name = name
        self.kind = "point" if radius_km == 0 else "circle"
        self.lat_deg, self.lon_deg, self.radius_km = float(lat_deg), float(((lon_deg + 180) % 360) - 180), float(radius_km)
        self.cap_centre = unit_vectors(self.lat_deg, self.lon_deg)
        self.cap_radius = self.radius_km / EARTH_RADIUS_KM

    def signed_distance_km(self, lat_deg, lon_deg, cutoff_km=np.inf):
        d = EARTH_RADIUS_KM * angle_between(unit_vectors(np.atleast_1d(lat_deg), np.atleast_1d(lon_deg)), self.cap_centre)
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
        return np.maximum(point_to_arcs_rad(self.cap_centre, x_a, x_b) * EARTH_RADIUS_KM - self.radius_km, 0.0)

    def describe(self):
        if self.kind == "point":
            return f"{self.name} ({self.lat_deg:.3f}, {self.lon_deg:.3f})"
        return f"{self.name} ({self.radius_km:g} km around {self.lat_deg:.3f}, {self.lon_deg:.3f})"


def footprint_ring(lat_deg: float, lon_deg: float, radius_rad: float, points: int = 181) -> np.ndarray:
    """(lon, lat) boundary of a spherical cap, with continuous (unwrapped) longitude.

    A cap that contains a pole is returned as an open band closed along the
    pole's latitude from -180 to 180 (drawn as a cap down from the pole, not a
    twisted polygon).
    """
    lat0, lon0 = math.radians(lat_deg), math.radians(lon_deg)
    bearing = np.linspace(0, 2 * math.pi, points)
    lat = np.arcsin(np.sin(lat0) * np.cos(radius_rad) + np.cos(lat0) * np.sin(radius_rad) * np.cos(bearing))
    lon = lon0 + np.arctan2(np.sin(bearing) * np.sin(radius_rad) * np.cos(lat0),
                            np.cos(radius_rad) - np.sin(lat0) * np.sin(lat))
    ring = _unwrap_ring(np.column_stack([np.degrees(lon), np.degrees(lat)]))
    pole_north = math.pi / 2 - lat0 < radius_rad
    pole_south = lat0 + math.pi / 2 < radius_rad
    if pole_north or pole_south:
        pole = 90.0 if pole_north else -90.0
        order = np.argsort(ring[:, 0])
        band = ring[order]
        band[:, 0] = (band[:, 0] + 180.0) % 360.0 - 180.0
        band = band[np.argsort(band[:, 0])]
        ring = np.vstack([[[-180.0, band[0, 1]]], band, [[180.0, band[-1, 1]]], [[180.0, pole]], [[-180.0, pole]], [[-180.0, band[0, 1]]]])
    return ring


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
SIMPLIFY_START_DEG = 0.005  # about 0.5 km: the first tolerance tried


def _merge_close_vertices(ring: np.ndarray, tolerance_deg: float) -> np.ndarray:
    """Drop each vertex that falls in the same tolerance-sized cell as the one before it.

    Vectorised (one pass, no loop over vertices); every dropped vertex lies
    within tolerance * sqrt(2) of a kept neighbour, so the outline moves by
    less than that.
    """
    cells = np.floor(ring / tolerance_deg).astype(np.int64)
    keep = np.ones(len(ring), dtype=bool)
    keep[1:] = np.any(cells[1:] != cells[:-1], axis=1)
    keep[-1] = True
    return ring[keep]


def bounded_rings(rings, name: str = "polygon"):
    """Rings with at most MAX_POLYGON_VERTICES vertices in all, and a note saying what was done.

    Close vertices are merged at 0.005 deg (about 0.5 km), doubling the
    tolerance until the polygon fits; the note gives the counts and the
    tolerance used (empty when nothing was changed).
    """
    total = sum(len(r) for r in rings)
    if total <= MAX_POLYGON_VERTICES:
        return rings, ""
    tolerance = SIMPLIFY_START_DEG
    simplified = rings
    while sum(len(r) for r in simplified) > MAX_POLYGON_VERTICES and tolerance < 5.0:
        simplified = [_merge_close_vertices(r, tolerance) for r in rings]
        tolerance *= 2
    tolerance /= 2
    kept = sum(len(r) for r in simplified)
    note = (f"{name}: simplified from {total:,} to {kept:,} vertices (vertices closer than "
            f"{tolerance:g} deg, about {tolerance * 111.2:.1f} km, merged)")
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
        ring = _unwrap_ring(np.vstack([ring, ring[:1]]))
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

    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RegionError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise RegionError(f"{path}: not a text file (expected GeoJSON)") from None
    data = _load_json(text, path.stem)
    del text  # a large file's text is not kept beside its parsed form
    return geojson_region(data, name=path.stem)


# ----------------------------------------------------------------------------- countries


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.casefold().replace("-", " ").replace(".", "").split())


class CountryAtlas:
    """Natural Earth admin-0 countries from the bundled assets."""

    def __init__(self):
        folder = assets_dir()
        with np.load(folder / "countries.npz") as data:
            self.coords = data["coords"].astype(float)
            self.ring_start = data["ring_start"]
            self.ring_country = data["ring_country"]
        meta = json.loads((folder / "countries.json").read_text(encoding="utf-8"))
        self.source = meta["source"]
        self.countries = meta["countries"]
        self._index: dict[str, int] = {}
        for i, country in enumerate(self.countries):
            names = [country["name"], country["admin"], country["name_long"], country["formal"], country["iso_a3"],
                     *(country["names"].values())]
            if country.get("alt"):
                names.extend(country["alt"].split("|"))
            for n in names:
                if n:
                    self._index.setdefault(_fold(n), i)
        for alias, target in _ALIASES.items():
            if _fold(target) in self._index:
                self._index.setdefault(_fold(alias), self._index[_fold(target)])

    def rings_of(self, index: int) -> list[np.ndarray]:
        ring_ids = np.flatnonzero(self.ring_country == index)
        return [self.coords[self.ring_start[r]:self.ring_start[r + 1]] for r in ring_ids]

    def names(self) -> list[str]:
        return sorted(c["name"] for c in self.countries)

    def lookup(self, text: str) -> int | None:
        return self._index.get(_fold(text))

    def suggestions(self, text: str, count: int = 5) -> list[str]:
        folded = _fold(text)
        keys = list(self._index)
        close = difflib.get_close_matches(folded, keys, n=count * 3, cutoff=0.6)
        close += [k for k in keys if folded and k.startswith(folded)]
        out = []
        for key in close:
            name = self.countries[self._index[key]]["name"]
            if name not in out:
                out.append(name)
        return out[:count]

    def search(self, text: str = "") -> list[str]:
        """Country names whose name in any language contains the text."""
        folded = _fold(text)
        hits = {self.countries[i]["name"] for key, i in self._index.items() if folded in key}
        return sorted(hits)

    @functools.lru_cache(maxsize=64)
    def region(self, index: int) -> PolygonRegion:
        country = self.countries[index]
        return PolygonRegion(country["name"], self.rings_of(index), kind="country")

    def country_at(self, lat_deg: float, lon_deg: float) -> str | None:
        """Name of the country containing a point, if any (for clicks on the map)."""
        p = unit_vectors(lat_deg, lon_deg)
        candidates = []
        for i in range(len(self.countries)):
            region = self.region(i)
            if region.cap_radius < math.pi and angle_between(p, region.cap_centre) > region.cap_radius:
                continue
            candidates.append(i)
        for i in candidates:
            if self.region(i).contains([lat_deg], [lon_deg])[0]:
                return self.countries[i]["name"]
        return None


_ALIASES = {
    "USA": "United States of America", "United States": "United States of America", "US": "United States of America",
    "UK": "United Kingdom", "Britain": "United Kingdom", "Great Britain": "United Kingdom",
    "Russian Federation": "Russia", "Persia": "Iran", "Holland": "Netherlands",
    "Czech Republic": "Czechia", "Ivory Coast": "Côte d'Ivoire", "Burma": "Myanmar",
    "South Korea": "South Korea", "North Korea": "North Korea", "Turkiye": "Turkey", "Türkiye": "Turkey",
    "UAE": "United Arab Emirates", "DRC": "Democratic Republic of the Congo",
}


@functools.lru_cache(maxsize=1)
def atlas() -> CountryAtlas:
    return CountryAtlas()


def country_region(name: str) -> PolygonRegion:
    """A country by name in any language Natural Earth carries; unknown names suggest close ones."""
    world = atlas()
    index = world.lookup(name)
    if index is None:
        hints = world.suggestions(name)
        hint = f"; did you mean {', '.join(hints)}?" if hints else "; see 'overflight regions'"
        raise RegionError(f"unknown region '{name}'{hint}")
    return world.region(index)
