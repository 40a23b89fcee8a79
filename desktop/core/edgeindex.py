"""Spatial indexes over the boundary of a polygon region, for fast distances and inside tests.

``EdgeSet`` holds every boundary edge in blocks of ``BLOCK`` with a bounding
cap (and, for large regions, groups of blocks with a cap of their own), so a
distance query evaluates only the blocks that may hold the nearest edge.
``Raster`` answers point-in-ring on a 1-degree grid and falls back to a few
nearby edges only in the cells the ring passes through.

Both read prepared rings (``regions._Ring``): unit-vector edges ``a``, ``b``,
their ``normal``, the closed unwrapped ``lonlat`` and its bounding box, and
the ring's own ray cast ``crossings``.
"""

from __future__ import annotations

import math

import numpy as np

from .sphere import angle_between

BLOCK = 16  # edges a block
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


class EdgeSet:
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


class Raster:
    """Inside/outside of one large ring on a 1-degree grid, for fast point-in-polygon.

    A cell is decided by its centre unless the ring passes near it: every
    vertex marks its cell and the eight around it as 'boundary' (edges are at
    most ``regions.MAX_EDGE_DEG`` long, under one cell). A point in a boundary cell takes
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
