"""Coverage grids: how often every place is seen, by one satellite or several ("figures of merit").

A grid of cell centres (the globe, a box, or the cells of a region) is tested
against the ground track one track segment at a time. Between two samples the
sub-satellite point runs along a short great-circle arc; a cell at cross-track
angle x and along-track angle a from the arc's start is in view while

    cos x cos(a - s) >= cos L,   i.e.  |a - s| <= w = acos(cos L / cos x)   (|x| <= L)

with L the reach of the criterion (the same lambda(h) as the pass search) and s
the sub-point's position on the arc. So each (segment, cell) pair gives an exact
in-view interval, and short grazing passes are not lost between samples. Only
the cells near a segment are tested: per segment, the rows within the cap of
radius L + half the arc, and per row one longitude span (the whole row near a
pole). Pieces of one pass in consecutive segments are merged into one access;
several satellites' accesses are merged per cell before gaps are taken.

Work is done in time chunks: pieces are merged into accesses chunk by chunk
(an access still open at a chunk's end is carried into the next), so memory
holds accesses, not samples. Daylight is judged as in ``find_passes``: the
Sun's elevation at the cell at closest approach. The contact criterion uses the
spherical reach here (the point pass search refines the edge on the ellipsoid;
the two differ by seconds at a pass's edges).
"""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass, replace

import numpy as np

from . import timebase
from .access import Criterion
from .constants import EARTH_ROTATION_RAD_S, MEAN_EARTH_RADIUS_KM, WGS72_A_KM, WGS72_MU_KM3_S2, WGS84_A_KM, WGS84_F
from .groundtrack import ground_track
from .regions import Region, region_from_spec, region_spec
from .sphere import unit_vectors

MIN_SPACING_DEG = 0.25
MAX_SPACING_DEG = 10.0
MAX_WINDOW_DAYS = 366.0
STEP_S = 20.0  # time between samples in low orbit: the chord stays within ~0.1 km of the true track
SAG_KM = 0.1  # higher orbits take longer steps, as long as the chord stays this close (see step_for)
MAX_STEP_S = 600.0
CHUNK_SEGMENTS = (1500, 6000)  # segments of track a chunk holds, at least and at most (``chunk_segments``)
PAIRS_PER_CHUNK = 120_000  # ... aiming at about this many (segment, cell) pairs in reach (tens of MB of arrays)
MAX_ACCESSES = 25_000_000  # estimated; about 1 GB of working memory at the peak (20 bytes an access kept)
FIGURES = {
    "accesses": ("accesses", "accesses in the window"),
    "per-day": ("per_day", "accesses a day"),
    "mean-gap": ("mean_gap_h", "mean gap (h)"),
    "median-gap": ("median_gap_h", "median gap (h)"),
    "max-gap": ("max_gap_h", "longest gap (h)"),
    "time-in-view": ("in_view_pct", "time in view (%)"),
    "first-access": ("first_access_h", "time to first access (h)"),
    "sats-in-view": ("mean_sats_in_view", "satellites in view (mean)"),
    "min-sats-in-view": ("min_sats_in_view", "satellites in view (minimum)"),
}
CSV_COLUMNS = ["lat_deg", "lon_deg", "accesses", "per_day", "mean_gap_h", "median_gap_h", "max_gap_h",
               "in_view_pct", "first_access_h", "mean_sats_in_view", "min_sats_in_view"]


class CoverageError(ValueError):
    """A coverage job that cannot or should not start; the message says why (with the estimate)."""


@dataclass
class Grid:
    """Cell centres on a regular latitude/longitude lattice (a subset of it for a region)."""

    spacing_deg: float
    lat0_deg: float  # south edge of row 0
    lon0_deg: float  # west edge of column 0
    rows: int
    cols: int
    wraps: bool  # the columns go all round the globe
    cell_of: np.ndarray  # (rows * cols,) lattice index -> cell id, or -1 outside
    lat_deg: np.ndarray  # (N,) cell centres
    lon_deg: np.ndarray
    name: str
    row_lo: int = 0  # a block of rows (the cells whose accesses are computed); the lattice stays the whole grid's
    row_hi: int | None = None  # last row of the block, inclusive (None: the last row)
    spec: dict | None = None  # how make_grid built it (sent to other processes instead of the arrays)
    cell_u: np.ndarray | None = None  # cell centres as unit vectors (computed once, shared by the blocks)

    def unit_vectors(self) -> np.ndarray:
        if self.cell_u is None:
            self.cell_u = unit_vectors(self.lat_deg, self.lon_deg)
        return self.cell_u

    def __len__(self) -> int:
        return len(self.lat_deg)

    def block(self, row_lo: int, row_hi: int) -> "Grid":
        """The same lattice and cell ids, with accesses computed for rows row_lo..row_hi - 1 only."""
        return replace(self, row_lo=int(row_lo), row_hi=int(row_hi) - 1)

    def cells_of_rows(self, row_lo: int, row_hi: int) -> tuple[int, int]:
        """The cell ids of rows row_lo..row_hi - 1: a range (first, end), empty when none lies there."""
        ids = self.cell_of[row_lo * self.cols:row_hi * self.cols]
        ids = ids[ids >= 0]
        return (int(ids[0]), int(ids[-1]) + 1) if len(ids) else (0, 0)

    @property
    def weights(self) -> np.ndarray:
        """Area weights (cos latitude) of the cells."""
        return np.cos(np.radians(self.lat_deg))


def make_grid(spacing_deg: float, region: Region | None = None, box=None, land: bool = False) -> Grid:
    """The whole globe, a box (south, west, north, east; across 180 allowed) or the cells inside a region; with
    ``land`` only the cells whose centre is on land (Natural Earth's countries, ``atlas.land_mask``)."""
    if not MIN_SPACING_DEG <= spacing_deg <= MAX_SPACING_DEG:
        raise CoverageError(f"--grid {spacing_deg:g} deg must be from {MIN_SPACING_DEG:g} to {MAX_SPACING_DEG:g} deg")
    g = float(spacing_deg)
    if region is not None:
        rings = np.vstack(region.outline())
        south, north = float(rings[:, 1].min()), float(rings[:, 1].max())
        west, east = float(rings[:, 0].min()), float(rings[:, 0].max())
        name = region.describe()
    elif box is not None:
        south, west, north, east = (float(v) for v in box)
        if not (-90 <= south < north <= 90 and -180 <= west <= 180 and -180 <= east <= 180):
            raise CoverageError(f"--box {south:g} {west:g} {north:g} {east:g}: need -90 <= S < N <= 90 and longitudes "
                                "from -180 to 180")
        if east <= west:
            east += 360.0
        name = f"box {south:g}..{north:g} N, {west:g}..{east if east <= 180 else east - 360:g} E"
    else:
        south, north, west, east, name = -90.0, 90.0, -180.0, 180.0, "whole globe"
    wraps = east - west >= 360.0 - 1e-9
    lat0 = max(-90.0, math.floor(south / g) * g)
    lon0 = -180.0 if wraps else math.floor(west / g) * g
    rows = max(1, int(math.ceil((min(north, 90.0) - lat0) / g - 1e-9)))
    cols = int(round(360.0 / g)) if wraps else max(1, int(math.ceil((east - lon0) / g - 1e-9)))
    lat_c = lat0 + (np.arange(rows) + 0.5) * g
    lon_c = lon0 + (np.arange(cols) + 0.5) * g
    lat_all = np.repeat(lat_c, cols)
    lon_all = np.tile(lon_c, rows)
    keep = lat_all <= 90.0
    if region is not None:
        keep &= region.contains(lat_all, (lon_all + 180.0) % 360.0 - 180.0)
    elif box is not None:
        keep &= (lat_all >= south) & (lat_all <= north) & (lon_all >= west) & (lon_all <= east)
    if not keep.any():
        raise CoverageError(f"{name}: no grid cell centre lies inside at {g:g} deg; use a finer --grid")
    if land:
        from .atlas import atlas

        keep[keep] = atlas().land_mask(lat_all[keep], lon_all[keep])
        name += ", land only"
        if not keep.any():
            raise CoverageError(f"{name}: no grid cell centre lies on land at {g:g} deg; choose an area with land "
                                "or leave out --land")
    cell_of = np.full(rows * cols, -1, dtype=np.int64)
    cell_of[keep] = np.arange(int(keep.sum()))
    country = region is not None and region.kind == "country"
    spec = {"spacing_deg": g, "country": region.name if country else None,
            "region": region_spec(region) if region is not None and not country else None,
            "box": None if box is None else [float(v) for v in box], "land": bool(land)}
    return Grid(g, lat0, lon0, rows, cols, wraps, cell_of, lat_all[keep], (lon_all[keep] + 180.0) % 360.0 - 180.0, name,
                spec=spec,
                cell_u=unit_vectors(lat_all[keep], (lon_all[keep] + 180.0) % 360.0 - 180.0))


def grid_from_spec(spec: dict) -> Grid:
    """The grid ``make_grid`` builds from a spec (Grid.spec): what another process receives instead of arrays."""
    from .atlas import country_region

    region = (country_region(spec["country"]) if spec.get("country")
              else region_from_spec(spec["region"]) if spec.get("region") else None)
    return make_grid(spec["spacing_deg"], region=region, box=spec.get("box"), land=spec.get("land", False))


# ----------------------------------------------------------------------------- candidate cells per segment


def _near_rows(grid: Grid, centre_lat, radius) -> np.ndarray:
    """Indices of the caps whose latitudes [centre - radius, centre + radius] meet the centres of the grid's rows
    (its block's rows); a cap over a pole reaches no lower on the far side than centre - radius."""
    g = math.radians(grid.spacing_deg)
    lat0 = math.radians(grid.lat0_deg)
    last_row = grid.rows - 1 if grid.row_hi is None else grid.row_hi
    band_lo, band_hi = lat0 + (grid.row_lo + 0.5) * g, lat0 + (last_row + 0.5) * g
    return np.flatnonzero((centre_lat - radius <= band_hi + 1e-9) & (centre_lat + radius >= band_lo - 1e-9))


def _candidates(grid: Grid, centre_lat, centre_lon, radius, inner=None):
    """(segment, cell) pairs whose cell centre lies within ``radius`` (rad) of each segment's centre; where
    ``inner`` (rad) is positive, not the cells closer than that to the centre (an annulus).

    Per row the cap is one span of longitude offsets from its centre (the
    whole row near a pole) and the hole one span inside it. Offsets are taken
    in columns on the full circle and laid on the grid's columns a turn east,
    at, and a turn west of the centre: a box's columns may meet a wide span on
    its far side. Spans are rounded outwards and the hole inwards, so a cell
    on a boundary is kept.
    """
    g = math.radians(grid.spacing_deg)
    lat0 = math.radians(grid.lat0_deg)
    first_row, last_row = grid.row_lo, grid.rows - 1 if grid.row_hi is None else grid.row_hi
    if first_row > 0 or last_row < grid.rows - 1:
        # a block of rows: only the caps that meet its rows (the rest would yield nothing below); the pairs are
        # the same, and ``seg`` still counts all caps
        near = _near_rows(grid, centre_lat, radius)
        if not len(near):
            return np.zeros(0, np.int64), np.zeros(0, np.int64)
        if len(near) < len(centre_lat):
            seg, cell = _candidates(grid, centre_lat[near], centre_lon[near], radius[near],
                                    None if inner is None else inner[near])
            return near[seg], cell
    r_lo = np.clip(np.floor((centre_lat - radius - lat0) / g - 0.5).astype(np.int64), first_row, last_row)
    r_hi = np.clip(np.ceil((centre_lat + radius - lat0) / g - 0.5).astype(np.int64), first_row, last_row)
    n_rows = r_hi - r_lo + 1
    seg = np.repeat(np.arange(len(centre_lat)), n_rows)
    row = r_lo[seg] + (np.arange(len(seg)) - np.repeat(np.cumsum(n_rows) - n_rows, n_rows))
    phi = lat0 + (row + 0.5) * g
    c_lat, c_lon, rad = centre_lat[seg], centre_lon[seg], radius[seg]
    sin_sin, cos_cos = np.sin(c_lat) * np.sin(phi), np.cos(c_lat) * np.cos(phi)
    with np.errstate(invalid="ignore", divide="ignore"):
        cos_span = (np.cos(rad) - sin_sin) / cos_cos
    hit = cos_span <= 1.0
    seg, row, c_lon, cos_span, sin_sin, cos_cos = (v[hit] for v in (seg, row, c_lon, cos_span, sin_sin, cos_cos))
    turn = grid.cols if grid.wraps else 2 * math.pi / g  # columns in a full circle
    x = ((c_lon - math.radians(grid.lon0_deg)) % (2 * math.pi)) / g - 0.5  # the centre, in columns east of column 0
    span = np.where(cos_span <= -1.0, turn / 2 - 1e-7, np.arccos(np.clip(cos_span, -1.0, 1.0)) / g)
    hole = None
    if inner is not None:
        ins = inner[seg]
        with np.errstate(invalid="ignore", divide="ignore"):
            cos_in = (np.cos(ins) - sin_sin) / cos_cos
        hole = np.where(ins <= 0, -1.0, np.where(cos_in <= -1.0, turn, np.arccos(np.clip(cos_in, -1.0, 1.0)) / g))
    los, his, rows, segs = [], [], [], []
    for k in (-1, 0, 1):
        centre = x - k * turn
        lo = np.maximum(np.ceil(centre - span), 0).astype(np.int64)
        hi = np.minimum(np.floor(centre + span), grid.cols - 1).astype(np.int64)
        if hole is None:
            parts = [(lo, hi)]
        else:
            h_lo = np.ceil(centre - hole + 1e-7).astype(np.int64)
            h_hi = np.floor(centre + hole - 1e-7).astype(np.int64)
            holed = h_lo <= h_hi
            parts = [(lo, np.where(holed, np.minimum(hi, h_lo - 1), hi)),
                     (np.where(holed, np.maximum(lo, h_hi + 1), 0), np.where(holed, hi, -1))]
        for p_lo, p_hi in parts:
            some = p_hi >= p_lo
            los.append(p_lo[some])
            his.append(p_hi[some])
            rows.append(row[some])
            segs.append(seg[some])
    lo, hi, row, seg = (np.concatenate(v) for v in (los, his, rows, segs))
    n_cols = hi - lo + 1
    seg2 = np.repeat(seg, n_cols)
    col = np.repeat(lo, n_cols) + (np.arange(len(seg2)) - np.repeat(np.cumsum(n_cols) - n_cols, n_cols))
    cell = grid.cell_of[np.repeat(row, n_cols) * grid.cols + col]
    keep = cell >= 0
    return seg2[keep], cell[keep]


# ----------------------------------------------------------------------------- one satellite

REACH_TOLERANCE_RAD = 1e-6  # 6 m: float noise in the arc formula, far below the chord's own 0.1 km


def _pieces(grid, cell_u, t, p, reach, skip_inside=False, full_first=True, full_last=True, abeam=False):
    """In-view pieces (cell, start, end, closest time, closest angle, open) for the segments between samples.

    Whether a cell is in view at a sample is decided by that sample's own
    reach, so the segments that meet there agree; inside a segment the edges
    come from the reach of its middle. ``open`` marks a piece that lasts to its
    segment's end (the cell is still in view). With ``skip_inside`` the cells
    deeper inside the footprint than the segment's least reach less half the
    arc (and a float margin) are not tested: they are in view for the whole
    segment, and an open piece continues with the cell's next piece, however
    far away (which then starts at its segment's start). ``full_first`` and
    ``full_last`` test the whole footprint in the first and last segment (the
    window's edges: who is in view there).

    With ``abeam`` (and ``skip_inside``) the closest approaches are computed
    too, and a second set of pieces is returned: the inside cells abeam of
    each segment (``_abeam_pairs``), where an access's closest approach lies
    when it is not on the rim. Returns (rim pieces, abeam pieces) then.
    """
    p0, p1 = p[:-1], p[1:]
    reach_mid, theta = _segment_reach_and_arc(p, reach)
    margin = 0.5 * np.abs(reach[1:] - reach[:-1]) + REACH_TOLERANCE_RAD
    mid = p0 + p1
    mid /= np.maximum(np.linalg.norm(mid, axis=1, keepdims=True), 1e-15)
    mid_lat = np.arcsin(np.clip(mid[:, 2], -1, 1))
    mid_lon = np.arctan2(mid[:, 1], mid[:, 0])
    outer = reach_mid + theta / 2 + margin
    inner = None
    if skip_inside:
        # a hole under half the radius saves under a quarter of the cells: not worth a second span a row
        inner = np.where(reach_mid - theta / 2 - margin > 0.5 * outer, reach_mid - theta / 2 - margin, -1.0)
        if full_first or abeam:
            inner[0] = -1.0
        if full_last or abeam:
            inner[-1] = -1.0
        if abeam:
            normal = np.cross(p0, p1)
            n_norm = np.linalg.norm(normal, axis=1)
            normal /= np.where(n_norm > 1e-12, n_norm, 1.0)[:, None]
            turn = np.zeros(len(p))  # the track's turn at each inner sample: the angle between the arcs' planes
            turn[1:-1] = 2.0 * np.arcsin(np.minimum(np.linalg.norm(normal[1:] - normal[:-1], axis=1) / 2.0, 1.0))
            turn_seg = np.maximum(turn[:-1], turn[1:])
            # a still sub-point, or a sharp turn (a Molniya's apogee): every cell, as without the hole
            inner[(n_norm <= 1e-12) | (turn_seg > MAX_ABEAM_TURN_RAD)] = -1.0
        if not np.any(inner > 0):
            inner = None
    seg, cell = _candidates(grid, mid_lat, mid_lon, outer, inner)
    rim = _piece_values(seg, cell, cell_u, t, p, reach, reach_mid, theta, closest=not skip_inside or abeam)
    if not abeam:
        return rim
    if inner is None:
        return rim, _no_pieces()
    holed = np.flatnonzero(inner > 0)
    holed = holed[_near_rows(grid, mid_lat[holed], outer[holed])]  # a block of rows: its segments only
    seg, cell = _abeam_pairs(grid, cell_u, p0[holed], p1[holed], mid[holed], normal[holed], theta[holed],
                             outer[holed], turn_seg[holed])
    return rim, _piece_values(holed[seg], cell, cell_u, t, p, reach, reach_mid, theta, closest=True)


def _segment_reach_and_arc(p, reach):
    """Each segment's reach (the middle of its ends') and arc (rad) between samples p (unit vectors): what its
    pieces are computed from (``_piece_values``), by ``_pieces`` and ``_closest_of`` alike."""
    reach_mid = 0.5 * (reach[:-1] + reach[1:])
    theta = 2.0 * np.arcsin(np.minimum(np.linalg.norm(p[1:] - p[:-1], axis=1) / 2.0, 1.0))
    return reach_mid, theta


MAX_ABEAM_TURN_RAD = 0.2  # beyond this turn between arcs the wedge outside the turn is too wide for the strip


def _no_pieces():
    return (np.zeros(0, np.int64),) + (np.zeros(0),) * 4 + (np.zeros(0, dtype=bool),)


def _abeam_pairs(grid, cell_u, p0, p1, mid, normal, theta, outer, turn):
    """(segment, cell) pairs whose cell lies abeam of the segment: its along-track angle from the segment's start
    within [-delta, theta + delta], and within ``outer`` of the arc's great circle.

    The closest approach of an access that is not at its first or last
    segment (tested on the rim) lies at the foot of the perpendicular on a
    segment the cell is abeam of, or at a sample where the track turns away
    from the cell: in the wedge outside the turn, whose cells lie within
    delta ~ (turn angle) x (their distance) of the neighbouring segments.
    The strip is covered by caps along the perpendicular through the arc's
    middle, each holding one slice of it; a cell in two slices is harmless
    (its piece is the same twice).
    """
    delta = 2.0 * turn * np.tan(np.minimum(outer, 1.2)) + 1e-9
    step = np.maximum(theta + 2.0 * delta, math.radians(grid.spacing_deg) / 2.0)
    n_caps = np.ceil(2.0 * outer / step).astype(np.int64)
    seg = np.repeat(np.arange(len(theta)), n_caps)
    k = np.arange(len(seg)) - np.repeat(np.cumsum(n_caps) - n_caps, n_caps)
    y = -outer[seg] + (k + 0.5) * step[seg]  # the slice's middle, across the track
    centre = mid[seg] * np.cos(y)[:, None] + normal[seg] * np.sin(y)[:, None]
    radius = 1.02 * np.hypot(0.5 * step[seg], 0.5 * theta[seg] + delta[seg]) + 1e-9
    cap, cell = _candidates(grid, np.arcsin(np.clip(centre[:, 2], -1, 1)), np.arctan2(centre[:, 1], centre[:, 0]),
                            radius)
    s = seg[cap]
    u = cell_u[cell]
    a0 = p0[s]
    forward = np.cross(normal[s], a0)
    along = np.arctan2(np.einsum("ij,ij->i", u, forward), np.einsum("ij,ij->i", u, a0))
    x = np.arcsin(np.clip(np.einsum("ij,ij->i", u, normal[s]), -1.0, 1.0))
    half = 0.5 * step[s] + 1e-9
    keep = ((along >= -delta[s]) & (along <= theta[s] + delta[s]) & (np.abs(x - y[cap]) <= half)
            & (np.abs(x) <= outer[s]))
    return s[keep], cell[keep]


def _piece_values(seg, cell, cell_u, t, p, reach, reach_mid, theta, closest=True, tag=None):
    """The pieces of given (segment, cell) pairs (see ``_pieces``); each pair's values depend on it alone. With
    ``tag`` (one value per pair), the tags of the pairs kept are returned too, last."""
    if not len(seg):
        return _no_pieces() + ((np.zeros(0, np.int64),) if tag is not None else ())
    p0, p1 = p[:-1], p[1:]
    dt = t[1:] - t[:-1]
    u = cell_u[cell]
    a0 = p0[seg]
    # each segment's plane, once a segment (the pairs outnumber the segments about 17 to 1), then per pair
    n_seg = np.cross(p0, p1)
    n_norm = np.linalg.norm(n_seg, axis=1)
    moving_seg = n_norm > 1e-12
    n_seg = n_seg / np.where(moving_seg, n_norm, 1.0)[:, None]
    forward_seg = np.cross(n_seg, p0)
    n, moving, forward = n_seg[seg], moving_seg[seg], forward_seg[seg]
    sin_x = np.clip(np.einsum("ij,ij->i", u, n), -1.0, 1.0)
    cos_x = np.sqrt(1.0 - sin_x * sin_x)
    cos_d0 = np.einsum("ij,ij->i", u, a0)
    along = np.arctan2(np.einsum("ij,ij->i", u, forward), cos_d0)
    cos_reach = np.cos(reach)
    in0 = cos_d0 >= cos_reach[:-1][seg]  # in view at the segment's start, by that sample's reach
    in1 = np.einsum("ij,ij->i", u, p1[seg]) >= cos_reach[1:][seg]  # and at its end
    lam = reach_mid[seg]
    th = theta[seg]
    with np.errstate(invalid="ignore", divide="ignore"):
        w = np.arccos(np.clip(np.cos(reach_mid)[seg] / cos_x, -1.0, 1.0))
    s0 = np.maximum(along - w, 0.0)
    s1 = np.minimum(along + w, th)
    # a sub-point that does not move (geostationary) sees the cell for the whole segment or not at all
    still = ~moving
    angle_still = np.zeros(len(seg))  # only a still sub-point's pairs use it (geostationary satellites)
    if still.any():
        angle_still[still] = 2.0 * np.arcsin(np.minimum(np.linalg.norm(u[still] - a0[still], axis=1) / 2.0, 1.0))
    seen = (np.abs(np.arcsin(sin_x)) <= lam) & (s1 >= s0)
    any_still = bool(still.any())  # almost never: the where()s below are skipped, their results the same
    if any_still:
        seen = np.where(still, angle_still <= lam, seen)
        s0 = np.where(still, 0.0, s0)
        s1 = np.where(still, th, s1)
    # the ends follow the samples' verdicts: in view at an end, the piece reaches it; out of view, it does not
    start = np.where(in0, 0.0, np.where(seen, s0, th))
    end = np.where(in1, th, np.where(seen, s1, 0.0))
    end = np.where(~in1 & seen & (end >= th), np.maximum(th - 1e-9, start), end)
    # in view at the end only: a piece of no length there, open (a footprint that grows faster than the sub-point
    # moves may have the cell deep inside, and not tested, in the next segment)
    keep = np.flatnonzero(seen | in0 | in1)
    scale = dt[seg] / np.where(th > 0, th, 1.0)
    frac0, frac1 = start, end
    if any_still:
        scale = np.where(still, dt[seg], scale)  # still: fractions of the segment
        frac0 = np.where(still, np.where(in0 | seen, 0.0, 1.0), start)
        frac1 = np.where(still, np.where(in1 | seen, 1.0, 0.0), end)
    t_seg = t[:-1][seg]
    if not closest:  # no daylight test: the closest approach (inside the footprint) is not needed
        t_close = closest_angle = np.zeros(len(seg))
    else:
        s_close = np.clip(along, 0.0, th)
        closest_angle = np.arccos(np.clip(cos_x * np.cos(along - s_close), -1.0, 1.0))
        t_close = t_seg + s_close * scale
        if any_still:
            closest_angle = np.where(still, angle_still, closest_angle)
            t_close = t_seg + np.where(still, 0.5 * dt[seg], s_close * scale)
    return (cell[keep], (t_seg + frac0 * scale)[keep], (t_seg + frac1 * scale)[keep], t_close[keep],
            closest_angle[keep], in1[keep]) + ((tag[keep],) if tag is not None else ())


PIECE_JOIN_S = 2.0  # the reach is held constant along each arc and steps a little between arcs: rejoin


def _merge(cell, start, end, t_close, d_close, window_s, eps=1e-3, open_end=None):
    """Merge intervals of the same cell that overlap or are within ``eps`` s; the closest approach of the closest
    piece (``t_close`` and ``d_close`` may be None: then only the intervals are merged).

    With ``open_end`` (pieces of one satellite, disjoint per cell), a piece
    that is open continues with the cell's next piece however far away it
    starts (the cell was in view in between), and each merged interval says
    whether it is still open.
    """
    if not len(cell):
        return cell, start, end, t_close, d_close, (None if open_end is None else open_end)
    span = window_s + 10.0
    if open_end is None:
        order = np.argsort(cell * span + start, kind="stable")
    else:  # pieces that meet at a sample: the one that only touches it (open) first, then the one that starts there
        order = np.lexsort((~open_end, end, cell * span + start))
    cell, start, end = cell[order], start[order], end[order]
    running = np.maximum.accumulate(cell * span + end)
    new = np.ones(len(cell), dtype=bool)
    new[1:] = (cell[1:] != cell[:-1]) | (cell[1:] * span + start[1:] > running[:-1] + eps)
    if open_end is not None:
        open_end = open_end[order]
        new[1:] &= (cell[1:] != cell[:-1]) | ~open_end[:-1]
    first = np.flatnonzero(new)
    m_end = np.maximum.reduceat(end, first)
    m_open = None if open_end is None else open_end[np.r_[first[1:] - 1, len(cell) - 1]]
    if t_close is None:
        return cell[first], start[first], m_end, None, None, m_open
    group = np.cumsum(new) - 1
    tc, dc = _closest_per_group(group, len(first), t_close[order], d_close[order])
    return cell[first], start[first], m_end, tc, dc, m_open


def _closest_per_group(group, n: int, t_close, d_close):
    """Per group 0..n-1 the closest approach (least angle; the earliest of equals): its time and angle."""
    dc = np.full(n, np.inf)
    np.minimum.at(dc, group, d_close)
    tc = np.full(n, np.inf)
    at_best = d_close == dc[group]
    np.minimum.at(tc, group[at_best], t_close[at_best])
    return tc, dc


def step_for(es, criterion: Criterion) -> float:
    """Time between track samples (s): STEP_S in low orbit; higher, slower satellites take longer steps while
    the track stays close to the chord between samples.

    The sub-point's sideways acceleration, mostly the Coriolis term 2 w v with v
    the satellite's speed over the turning Earth (for a circular orbit at
    inclination i, v^2 = V^2 - 2 V w r cos i + (w r)^2 at most), plus the
    centrifugal term's share and the geodetic latitude's, bounds the sag at
    A dt^2 / 8; it may reach SAG_KM, or 1e-4 of a wider reach (an edge then
    moves by about a second). Every segment of a wide reach holds a large share
    of all cells, so the number of segments is the cost: a GPS satellite with a
    10 deg mask steps about 3 minutes, a geostationary one MAX_STEP_S.
    """
    sat = es.satrec
    if sat.no_kozai * 1440.0 / (2 * math.pi) > 5.0:
        return STEP_S
    w = EARTH_ROTATION_RAD_S

    a_km = sat.a * sat.radiusearthkm
    r_min, r_max = a_km * (1 - sat.ecco), a_km * (1 + sat.ecco)
    v_top = math.sqrt(WGS72_MU_KM3_S2 * (2 / max(r_min, 6500.0) - 1 / a_km))
    h = math.sqrt(WGS72_MU_KM3_S2 * a_km * (1 - sat.ecco ** 2))
    cos_i = math.cos(sat.inclo)
    cross = 2 * w * h * cos_i if cos_i >= 0 else 2 * w * abs(cos_i) * v_top * r_max
    v = math.sqrt(max(v_top ** 2 + (w * r_max) ** 2 - (cross if cos_i >= 0 else -cross), 0.0)) + 0.1
    accel = 1.5 * ((2 * w * v + w * w * r_max / 2) / r_min + 4 * WGS84_F * (v / r_min) ** 2)
    reach_km = criterion.reach_km(max(r_max - WGS84_A_KM, 100.0))
    sag_km = max(SAG_KM, 1e-4 * reach_km)
    return float(np.clip(math.sqrt(8.0 * sag_km / MEAN_EARTH_RADIUS_KM / accel), STEP_S, MAX_STEP_S))


REACH_STEP_RAD = 1e-4  # 0.6 km: the most the reach may change from one sample to the next


def _track_and_reach(es, criterion: Criterion, t):
    """The track and the reach at times ``t``, with samples added where the reach changes fast.

    Each segment holds the reach of its middle, so its edges are as good as
    the reach's change along it: on a near-circular orbit a few metres, near
    the perigee of an eccentric one (Molniya: about 0.04 deg a second at
    perigee) degrees. Segments whose reach steps by more than REACH_STEP_RAD
    are cut into equal parts until none does (three rounds at most).
    """
    for _round in range(4):
        track = ground_track(es, t)
        if track.error or len(track) < len(t):
            raise CoverageError(track.error or f"{es.name}: SGP4 stopped during the window")
        reach = np.asarray(criterion.reach_rad(track.height_km), dtype=float)
        parts = np.ceil(np.abs(np.diff(reach)) / REACH_STEP_RAD).astype(np.int64)
        if _round == 3 or not np.any(parts > 1):
            return t, track, reach
        parts = np.maximum(parts, 1)
        seg = np.repeat(np.arange(len(parts)), parts)
        frac = (np.arange(len(seg)) - np.repeat(np.cumsum(parts) - parts, parts)) / parts[seg]
        t = np.r_[t[:-1][seg] + frac * np.diff(t)[seg], t[-1]]


def satellite_accesses(es, grid: Grid, criterion: Criterion, start_s: float, end_s: float,
                       daylight_min_sun_deg: float | None = None, step_s: float | None = None,
                       progress=None, cancelled=None, every_cell: bool = False, tracks=None):
    """Every access of one satellite to every cell: arrays (cell, start, end), in no particular order; with
    ``daylight_min_sun_deg`` those with the Sun at least that high at the cell at closest approach.

    The closest approach matters only to an access during which the Sun
    crosses that height at its cell: in low orbit the accesses are found from
    the footprint's rim alone (as without the daylight test), the Sun's height
    is bounded over each one (``_sun_verdicts``), and only the few it leaves in
    doubt have their closest approach found, from every segment they span
    (``_closest_of``): the same closest approach as testing every cell. Higher
    orbits (accesses of hours: nearly all in doubt), or more than
    MAX_DOUBT_SHARE in doubt, take every closest approach from the rim and the
    abeam cells, as before.
    """
    def every_closest_approach():
        cell, s, e, tc = accesses_and_closest(es, grid, criterion, start_s, end_s, daylight_min_sun_deg is not None,
                                              step_s, progress, cancelled, every_cell, tracks)
        if daylight_min_sun_deg is None:
            return cell, s, e
        day = _sunlit(grid, cell, tc, daylight_min_sun_deg)
        return cell[day], s[day], e[day]

    step = step_for(es, criterion) if step_s is None else step_s
    if daylight_min_sun_deg is None or every_cell or step > STEP_S:
        return every_closest_approach()
    if tracks is None:
        tracks = list(track_chunks(es, criterion, start_s, end_s, step, grid.spacing_deg))
    cell, s, e, _tc = accesses_and_closest(es, grid, criterion, start_s, end_s, False, step_s, progress, cancelled,
                                           tracks=tracks)
    verdict = _sun_verdicts(grid, cell, s - step, e + step, daylight_min_sun_deg)
    doubt = np.flatnonzero(verdict == 0)
    if doubt.size > MAX_DOUBT_SHARE * len(cell):
        return every_closest_approach()
    day = verdict > 0
    if doubt.size:
        tc = _closest_of(grid, tracks, start_s, cell[doubt], s[doubt] - start_s, e[doubt] - start_s,
                         cancelled) + start_s
        day[doubt] = _sunlit(grid, cell[doubt], tc, daylight_min_sun_deg)
    return cell[day], s[day], e[day]


MAX_DOUBT_SHARE = 0.25  # beyond this share of accesses in doubt after the Sun's bound: every closest approach
CLOSEST_PAIRS = 1_000_000  # (access, segment) pairs _closest_of takes at once: its memory stays tens of MB


SUN_TABLE_STEP_S = 10.0  # the Sun's direction tabulated this often for the bounds (interpolated: under 1e-7 off)


def _sun_verdicts(grid, cell, a_s, b_s, sun_min_deg):
    """Per access, from the Sun's height at its cell at a_s and b_s: 1 if at least sun_min_deg at every moment
    between, -1 if below it throughout, 0 in doubt.

    f(t) = sin(height) = up . sun(t), with sun(t) turning with the Earth (and
    a little more with the year), so |f''| <= (1.01 w)^2 and f between two
    times lies within (1.01 w)^2 (b - a)^2 / 8 of the straight line between
    its ends. The Sun's direction comes from ``timebase.sun_direction_itrs``
    every SUN_TABLE_STEP_S, interpolated; a margin of 1e-6 covers that and
    the float noise.
    """
    if not len(cell):
        return np.zeros(0, dtype=np.int8)
    t0 = math.floor(float(min(a_s.min(), b_s.min())) / SUN_TABLE_STEP_S) * SUN_TABLE_STEP_S
    t1 = float(max(a_s.max(), b_s.max())) + 2 * SUN_TABLE_STEP_S
    first, last = timebase.sun_range_s()
    t0, t1 = max(t0, math.ceil(first)), min(t1, math.floor(last))
    if not t1 > t0:
        return np.zeros(len(cell), dtype=np.int8)
    table = timebase.sun_direction_itrs(np.arange(t0, t1 + SUN_TABLE_STEP_S, SUN_TABLE_STEP_S)).T
    up = grid.unit_vectors()[cell]  # the up direction sun_elevation_deg takes at a cell

    def height_sine(times):
        x = (np.clip(times, t0, t1) - t0) / SUN_TABLE_STEP_S
        i = np.minimum(np.floor(x).astype(np.int64), len(table) - 2)
        f = (x - i)[:, None]
        sun = table[i] * (1.0 - f) + table[i + 1] * f
        sun /= np.linalg.norm(sun, axis=1, keepdims=True)
        return np.einsum("ij,ij->i", up, sun)

    fa, fb = height_sine(a_s), height_sine(b_s)
    bend = (1.01 * EARTH_ROTATION_RAD_S) ** 2 * (b_s - a_s) ** 2 / 8.0 + 1e-6
    limit = math.sin(math.radians(sun_min_deg))
    inside = (a_s >= t0) & (b_s <= t1)  # times outside the Sun's table: in doubt (the exact test then says why)
    out = np.zeros(len(cell), dtype=np.int8)
    out[inside & (np.minimum(fa, fb) - bend > limit)] = 1
    out[inside & (np.maximum(fa, fb) + bend < limit)] = -1
    return out


def _closest_of(grid, tracks, start_s: float, cell, s, e, cancelled=None):
    """Closest approach times (s from start_s) of accesses (cell, s, e in s from start_s): per access, the piece
    of every segment it spans (``_piece_values``, as testing every cell computes them) that came closest, the
    earliest of equals; so the same closest approach as ``accesses_and_closest(every_cell=True)``. The
    (access, segment) pairs go in batches of about CLOSEST_PAIRS, Cancel checked between."""
    cell_u = grid.unit_vectors()
    n = len(cell)
    best_d, best_t = np.full(n, np.inf), np.full(n, np.inf)
    for _k0, _k1, _n, t_abs, p, reach in tracks:
        t = t_abs - start_s
        near_all = np.flatnonzero((s <= t[-1]) & (e >= t[0]))
        if not near_all.size:
            continue
        # segments j0 .. j1 - 1: every one that meets [s, e], also one that only touches it at a sample (its piece
        # may be of no length there, and its closest approach before the access starts)
        j0_all = np.clip(np.searchsorted(t, s[near_all], side="left") - 1, 0, len(t) - 2)
        j1_all = np.clip(np.searchsorted(t, e[near_all], side="right"), 1, len(t) - 1)
        reach_mid, theta = _segment_reach_and_arc(p, reach)
        total = np.cumsum(j1_all - j0_all)
        cuts = np.searchsorted(total, np.arange(CLOSEST_PAIRS, total[-1], CLOSEST_PAIRS), side="right")
        for part in np.split(np.arange(len(near_all)), cuts):
            if not part.size:
                continue
            if cancelled is not None and cancelled():
                raise InterruptedError("cancelled")
            near, j0, j1 = near_all[part], j0_all[part], j1_all[part]
            count = j1 - j0
            who = np.repeat(near, count)
            seg = np.repeat(j0, count) + (np.arange(int(count.sum())) - np.repeat(np.cumsum(count) - count, count))
            _c, p_start, p_end, t_close, d_close, _open, owner = _piece_values(seg, cell[who], cell_u, t, p, reach,
                                                                                 reach_mid, theta, closest=True,
                                                                                 tag=who)
            mine = (p_end >= s[owner] - 1e-6) & (p_start <= e[owner] + 1e-6)  # this access's pieces, not a neighbour's
            owner, t_close, d_close = owner[mine], t_close[mine], d_close[mine]
            group = np.concatenate([owner, np.arange(n)])
            best_t, best_d = _closest_per_group(group, n, np.concatenate([t_close, best_t]),
                                                np.concatenate([d_close, best_d]))
    return best_t


def accesses_and_closest(es, grid: Grid, criterion: Criterion, start_s: float, end_s: float, closest: bool,
                         step_s: float | None = None, progress=None, cancelled=None, every_cell: bool = False,
                         tracks=None):
    """Every access of one satellite to every cell: (cell, start, end, time of closest approach or None).

    Only the cells near the footprint's edge are tested in each segment (see
    ``_pieces``): a wide footprint (contact, a high orbit) then costs its rim,
    not its area. The daylight test needs each access's closest approach,
    which may lie inside the footprint: it is taken from the rim's pieces and
    those of the inside cells abeam of each segment (``_abeam_pairs``), the
    same closest approach as from every cell in reach (``every_cell``, kept
    for the tests) at the cost of a strip, not a disc.
    """
    cell_u = grid.unit_vectors()
    window = end_s - start_s
    skip_inside = not closest or not every_cell
    abeam = closest and not every_cell
    kept, inside = [], []
    carry = None
    for k0, k1, n, t, p, reach in (track_chunks(es, criterion, start_s, end_s, step_s, grid.spacing_deg)
                                        if tracks is None else tracks):
        if cancelled is not None and cancelled():
            raise InterruptedError("cancelled")
        pieces = _pieces(grid, cell_u, t - start_s, p, reach, skip_inside, full_first=k0 == 0, full_last=k1 == n - 1,
                         abeam=abeam)
        if abeam:
            pieces, extra = pieces
            inside.append(extra[:5])
        if carry is not None:
            pieces = tuple(np.concatenate([c, x]) for c, x in zip(carry, pieces))
        *merged, still_open = _merge(*pieces[:5], window, eps=PIECE_JOIN_S, open_end=pieces[5])
        if k1 == n - 1:
            still_open = np.zeros(len(merged[0]), dtype=bool)
        carry = tuple(x[still_open] for x in merged) + (still_open[still_open],)
        kept.append(tuple(x[~still_open] for x in merged))
        if progress is not None:
            progress(k1 / (n - 1))
    cell, s, e, tc, dc = (np.concatenate([c[i] for c in kept]) for i in range(5))
    if abeam:
        cell, s, e, tc = _closest_with(cell, s, e, tc, dc, [np.concatenate([c[i] for c in inside]) for i in range(5)],
                                       window)
    return cell, s + start_s, e + start_s, (tc + start_s if closest else None)


def chunk_segments(es, criterion: Criterion, spacing_deg: float, step_s: float) -> int:
    """How many segments a chunk of track holds: about PAIRS_PER_CHUNK (segment, cell) pairs in a disc of the
    widest reach plus half a step, on the grid's spacing, within CHUNK_SEGMENTS.

    Every chunk costs a hundred-odd array operations whatever its size; a
    narrow swath (185 km on a 1 deg grid: about 7 cells a segment) in chunks
    of 1,500 paid more for those than for its cells. Wide footprints keep the
    smallest chunks, which bound the memory of their many pairs. A function
    of the satellite, criterion and grid alone: every block of rows, in one
    process or on many, cuts the track the same way.
    """
    sat = es.satrec
    a_km = sat.a * sat.radiusearthkm
    try:
        reach = float(criterion.reach_rad(np.array([max(a_km * (1 + sat.ecco) - WGS84_A_KM, 0.0)]))[0])
    except ValueError:  # an angle past that orbit's horizon: the search refuses it elsewhere
        reach = math.pi
    ground_rad_s = math.sqrt(WGS72_MU_KM3_S2 / a_km) / a_km + EARTH_ROTATION_RAD_S
    cell = math.radians(spacing_deg)
    outer = min(reach, math.pi) + 0.5 * ground_rad_s * step_s + cell
    pairs = math.pi * outer * outer / (cell * cell)
    return int(min(max(PAIRS_PER_CHUNK / max(pairs, 1.0), CHUNK_SEGMENTS[0]), CHUNK_SEGMENTS[1]))


def track_chunks(es, criterion: Criterion, start_s: float, end_s: float, step_s: float | None,
                 spacing_deg: float):
    """The track in chunks of ``chunk_segments`` segments (for a grid of ``spacing_deg``): (first, last sample
    index, samples, times, unit vectors, reach) each; a list may be kept and given to every block of cells
    (``accesses_and_closest(tracks=)``)."""
    step_s = step_for(es, criterion) if step_s is None else step_s
    times = np.arange(start_s, end_s, step_s)
    times = np.append(times, end_s) if times[-1] < end_s else times
    n = len(times)
    per = chunk_segments(es, criterion, spacing_deg, step_s)
    for k0 in range(0, n - 1, per):
        k1 = min(n - 1, k0 + per)
        t, track, reach = _track_and_reach(es, criterion, times[k0:k1 + 1])
        yield k0, k1, n, t, unit_vectors(track.lat_deg, track.lon_deg), reach


def _closest_with(cell, start, end, t_close, d_close, pieces, window_s):
    """Accesses with the closest approach of their own pieces and of further pieces inside them (the abeam
    cells'): per access the piece that came closest (the earlier of equals). Returns (cell, start, end, t_close)
    sorted by cell and start."""
    span = window_s + 10.0
    order = np.lexsort((start, cell))
    cell, start, end, t_close, d_close = (v[order] for v in (cell, start, end, t_close, d_close))
    p_key = pieces[0] * span + pieces[1]
    by_key = np.argsort(p_key)  # sorted queries: searchsorted walks the keys in order
    p_cell, p_start, _p_end, p_tc, p_dc = (v[by_key] for v in pieces)
    key = cell * span + start
    at = np.searchsorted(key, p_key[by_key], side="right") - 1
    ok = at >= 0
    ok[ok] = (cell[at[ok]] == p_cell[ok]) & (p_start[ok] <= end[at[ok]] + PIECE_JOIN_S)
    which = np.concatenate([np.arange(len(cell)), at[ok]])
    tc, _dc = _closest_per_group(which, len(cell), np.concatenate([t_close, p_tc[ok]]),
                                 np.concatenate([d_close, p_dc[ok]]))
    return cell, start, end, tc


def _sunlit(grid, cell, closest_s, sun_min_deg):
    """Accesses whose cell has the Sun at least sun_min_deg high at closest approach (as find_passes keeps them)."""
    if not len(cell):
        return np.zeros(0, dtype=bool)
    return timebase.sun_elevation_deg(grid.lat_deg[cell], grid.lon_deg[cell], closest_s) >= sun_min_deg


def estimated_accesses(sets, grid: Grid, criterion, days: float) -> float:
    """A generous estimate of the accesses a job will hold (for the memory budget).

    A satellite crosses every latitude twice a turn; a cell at latitude phi is
    reached on a crossing when the track passes within the reach, which over a
    turn's spacing of tracks is a share w / (2 pi cos phi) of them (w: twice
    the reach plus a cell), at most all. Plus one access a cell for a
    satellite always in view. About twice the accesses found (Landsat 9, ISS,
    a geostationary satellite; sensor, contact, nadir: see the tests).
    """
    cos_lat = np.maximum(np.cos(np.radians(grid.lat_deg)), 1e-3)
    sets = list(sets)
    criteria = _per_satellite(criterion, len(sets))
    total = 0.0
    for es, criterion in zip(sets, criteria):
        sat = es.satrec
        a = sat.a * sat.radiusearthkm
        apogee_h = a * (1 + sat.ecco) - WGS72_A_KM
        reach = float(np.max(criterion.reach_rad(np.array([max(apogee_h, 100.0)]))))
        revs = 1440.0 / (2 * math.pi / sat.no_kozai) if sat.no_kozai > 0 else 1.0
        share = np.minimum((2.0 * reach + math.radians(grid.spacing_deg)) / (2 * math.pi * cos_lat), 1.0)
        total += 2.0 * revs * days * float(share.sum()) + len(grid)
    return total


GROUND_SPEED_KM_S = 8.0  # a low satellite's sub-point, with the Earth's turn: the fastest a footprint crosses a cell


def estimated_held(sets, grid: Grid, criterion, days: float, total: float | None = None) -> float:
    """A generous estimate of the intervals a job holds at its peak, now that satellites stream through blocks of
    cells and only each cell's union of in-view intervals is kept: the accesses (``estimated_accesses``, or
    ``total`` when the caller has it: a quarter of a second at 1,584 satellites), but at most, per cell, one
    interval every time the narrowest footprint takes to cross it (back to back), plus the buffers of new
    accesses not yet merged (UNION_FLUSH in all)."""
    sets = list(sets)
    criteria = _per_satellite(criterion, len(sets))
    total = estimated_accesses(sets, grid, criteria, days) if total is None else total
    crossing_s = []
    for es, c in zip(sets, criteria):
        sat = es.satrec
        perigee_h = max(sat.a * sat.radiusearthkm * (1 - sat.ecco) - WGS72_A_KM, 100.0)
        reach_km = float(np.min(c.reach_km(np.array([perigee_h]))))
        crossing_s.append(max(2.0 * reach_km, 1.0) / GROUND_SPEED_KM_S)
    back_to_back = len(grid) * days * 86400.0 / max(min(crossing_s), 1.0)
    return min(total, back_to_back) + UNION_FLUSH


def _per_satellite(criterion, n: int) -> list:
    """One criterion per satellite: a Criterion for all, or a sequence of them (each satellite's own sensor)."""
    if isinstance(criterion, Criterion):
        return [criterion] * n
    criteria = list(criterion)
    if len(criteria) != n:
        raise CoverageError(f"{len(criteria)} criteria for {n} satellites")
    return criteria


# ----------------------------------------------------------------------------- figures of merit


@dataclass
class CoverageResult:
    grid: Grid
    start_s: float
    end_s: float
    satellites: list
    criterion: Criterion
    daylight_min_sun_deg: float | None
    accesses: np.ndarray  # per cell
    per_day: np.ndarray
    mean_gap_s: np.ndarray  # NaN with fewer than two accesses
    median_gap_s: np.ndarray
    max_gap_s: np.ndarray
    in_view_s: np.ndarray
    first_access_s: np.ndarray  # from the window start; NaN with no access
    criteria: list  # each satellite's criterion (its own sensor or ``criterion``)
    sats_in_view_s: np.ndarray  # per cell, every satellite's time in view added up (s)
    min_sats_in_view: np.ndarray  # per cell, the fewest satellites in view at any moment (NaN: not kept)

    @property
    def days(self) -> float:
        return (self.end_s - self.start_s) / 86400.0

    def criteria_text(self) -> str:
        """The criterion, or each satellite's sensor when they differ (named in summaries, CSV and the window)."""
        from .access import sensors_text

        return sensors_text(self.satellites, self.criteria, self.criterion)

    @property
    def mixed_sensors(self) -> bool:
        """Whether some satellite has its own criterion (the summaries then name each one's)."""
        return any(c != self.criterion for c in self.criteria)

    def figure(self, name: str) -> np.ndarray:
        """One figure per cell in the CSV's units (hours, percent)."""
        column = FIGURES[name][0]
        return self.columns()[column]

    def columns(self, index=slice(None)) -> dict:
        """Every figure per cell in the CSV's units; with ``index``, of those cells alone (a cell number: one
        value each), taken before the arithmetic so a read-out of one cell does not convert the whole grid."""
        window = self.end_s - self.start_s
        return {
            "lat_deg": self.grid.lat_deg[index], "lon_deg": self.grid.lon_deg[index],
            "accesses": self.accesses[index].astype(float), "per_day": self.per_day[index],
            "mean_gap_h": self.mean_gap_s[index] / 3600.0, "median_gap_h": self.median_gap_s[index] / 3600.0,
            "max_gap_h": self.max_gap_s[index] / 3600.0, "in_view_pct": 100.0 * self.in_view_s[index] / window,
            "first_access_h": self.first_access_s[index] / 3600.0,
            "mean_sats_in_view": self.sats_in_view_s[index] / window, "min_sats_in_view": self.min_sats_in_view[index],
        }

    def summary(self) -> list[tuple[str, str]]:
        """Area-weighted (cos latitude) summary of every figure."""
        w = self.grid.weights
        seen = self.accesses > 0
        rows = [("Cells", f"{len(self.grid):,} at {self.grid.spacing_deg:g} deg ({self.grid.name})"),
                ("Area seen at least once", f"{100.0 * w[seen].sum() / w.sum():.1f} %")]
        if self.mixed_sensors:
            rows.insert(1, ("Sensors", self.criteria_text()))
        cols = self.columns()
        for name, (column, label) in FIGURES.items():
            values = cols[column]
            ok = np.isfinite(values)
            if not ok.any():
                rows.append((label, f"not kept: the job holds more than {MIN_SATS_ACCESSES:,} accesses (estimated)"
                             if column == "min_sats_in_view" and len(values) else "undefined everywhere"))
                continue
            mean = float(np.average(values[ok], weights=w[ok]))
            median = weighted_median(values[ok], w[ok])
            share = "" if ok.all() else f" (over the {100.0 * w[ok].sum() / w.sum():.0f} % of area where defined)"
            rows.append((label, f"mean {_figure(mean)}, median {_figure(median)}{share}"))
        return rows


def _figure(value: float) -> str:
    """A summary figure: two decimals, or two significant digits below 0.1 (a narrow swath's mean satellites
    in view, 0.00031, is not 0.00)."""
    return f"{value:.2g}" if 0 < abs(value) < 0.1 else f"{value:,.2f}"


def weighted_median(values, weights) -> float:
    order = np.argsort(values)
    cumulative = np.cumsum(weights[order])
    return float(values[order][np.searchsorted(cumulative, 0.5 * cumulative[-1])])


def _cell_figures(n, cell, start, end, window):
    """Accesses, time in view, first access, mean/median/longest gap of cells 0..n-1 (times from the window start)."""
    cell, start, end, _, _, _ = _merge(cell.astype(np.int64), start, end, None, None, window)
    count = np.bincount(cell, minlength=n)
    in_view = np.bincount(cell, weights=end - start, minlength=n)
    first = np.full(n, np.nan)
    is_first = np.r_[True, cell[1:] != cell[:-1]] if len(cell) else np.zeros(0, dtype=bool)
    first[cell[is_first]] = start[is_first]
    same = cell[1:] == cell[:-1] if len(cell) else np.zeros(0, dtype=bool)
    gap_cell = cell[1:][same]
    gaps = (start[1:] - end[:-1])[same]
    n_gaps = np.bincount(gap_cell, minlength=n)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean_gap = np.where(n_gaps > 0, np.bincount(gap_cell, weights=gaps, minlength=n) / n_gaps, np.nan)
    max_gap = np.full(n, np.nan)
    median_gap = np.full(n, np.nan)
    if len(gaps):
        mg = np.full(n, -np.inf)
        np.maximum.at(mg, gap_cell, gaps)
        max_gap = np.where(n_gaps > 0, mg, np.nan)
        order = np.lexsort((gaps, gap_cell))
        g_sorted, c_sorted = gaps[order], gap_cell[order]
        starts = np.r_[0, np.cumsum(n_gaps)[:-1]]
        has = n_gaps > 0
        lo = starts[has] + (n_gaps[has] - 1) // 2
        hi = starts[has] + n_gaps[has] // 2
        median_gap[has] = 0.5 * (g_sorted[lo] + g_sorted[hi])
        assert np.all(c_sorted[lo] == np.flatnonzero(has))
    return count, in_view, first, mean_gap, median_gap, max_gap


def job_inputs(sets, criterion, start_s: float, end_s: float) -> tuple[list, list, Criterion, float]:
    """A job's satellites (a list), each one's criterion, the criterion named for the job (``criterion``, or the
    one most share) and the window in days; raises CoverageError for no satellite or a window that is empty or
    longer than MAX_WINDOW_DAYS. The same start in this process (``coverage``) and on a cluster."""
    sets = list(sets)
    if not sets:
        raise CoverageError("choose at least one satellite")
    criteria = _per_satellite(criterion, len(sets))
    common = criterion if isinstance(criterion, Criterion) else _common(criteria)
    days = (end_s - start_s) / 86400.0
    if not 0 < days <= MAX_WINDOW_DAYS:
        raise CoverageError(f"--days {days:g}: the window must be longer than 0 and at most {MAX_WINDOW_DAYS:g} days")
    return sets, criteria, common, days


def coverage(sets, grid: Grid, criterion, start_s: float, end_s: float,
             daylight_min_sun_deg: float | None = None, step_s: float | None = None, progress=None,
             cancelled=None, max_accesses: float = MAX_ACCESSES, accesses: float | None = None) -> CoverageResult:
    """Figures of merit of one or more satellites over a grid.

    ``criterion``: one Criterion for every satellite, or a list of them, one a
    satellite (each its own sensor; see ``access.criteria_for``). The result's
    ``criterion`` is then the first satellite's, ``criteria`` each one's.
    ``accesses``: the job's ``estimated_accesses`` when the caller has it
    (computed once, here or there, for the budget and the fewest in view).
    """
    sets, criteria, criterion, days = job_inputs(sets, criterion, start_s, end_s)
    total = estimated_accesses(sets, grid, criteria, days) if accesses is None else accesses
    estimate = estimated_held(sets, grid, criteria, days, total=total)
    if estimate > max_accesses:
        raise CoverageError(
            f"this job would hold about {estimate / 1e6:,.0f} million accesses ({len(grid):,} cells, {len(sets)} "
            f"satellite(s), {days:g} days; about {estimate * 40 / 1e9:,.1f} GB), over the budget of "
            f"{max_accesses / 1e6:,.0f} million (1 GB): use a coarser --grid, a smaller area or a shorter window")
    blocks = row_blocks(grid)
    keep = keeps_every_access(sets, grid, criteria, days, total=total)
    unions = [BlockUnion(*grid.cells_of_rows(lo, hi), end_s - start_s, block_flush(blocks), keep) for lo, hi in blocks]
    for k, es in enumerate(sets):
        tracks = list(track_chunks(es, criteria[k], start_s, end_s, step_s, grid.spacing_deg))  # once for all blocks
        for b, (lo, hi) in enumerate(blocks):
            cell, start, end = satellite_accesses(es, grid.block(lo, hi), criteria[k], start_s, end_s,
                                                  daylight_min_sun_deg, step_s, None, cancelled, tracks=tracks)
            unions[b].add(cell, start - start_s, end - start_s)
            if progress is not None:
                progress((k + (b + 1) / len(blocks)) / len(sets))
    return result_from_blocks(grid, sets, criteria, criterion, start_s, end_s, daylight_min_sun_deg,
                              [u.figures() for u in unions])


# ----------------------------------------------------------------------------- row blocks (one process or many)

BLOCK_CELLS = 8192  # cells a block holds at most (whole rows): fixed by the grid, so any split gives the same blocks
UNION_FLUSH = 400_000  # a block's new accesses are merged into its union beyond this many (or the union's size)


def block_flush(blocks) -> int:
    """New accesses a block buffers before merging them into its union: UNION_FLUSH shared by the blocks."""
    return max(2000, UNION_FLUSH // max(1, len(blocks)))


def row_blocks(grid: Grid) -> list[tuple[int, int]]:
    """Blocks of whole rows (row_lo, row_hi) holding cells, in order: the unit of work in one process or many."""
    per = max(1, BLOCK_CELLS // grid.cols)
    blocks = []
    for lo in range(0, grid.rows, per):
        hi = min(grid.rows, lo + per)
        first, end = grid.cells_of_rows(lo, hi)
        if end > first:
            blocks.append((lo, hi))
    return blocks


class BlockUnion:
    """A block of cells' in-view intervals, merged over satellites as they stream through (times from the window's
    start): memory follows the union (a cell in view all day holds one interval), not satellites x accesses."""

    def __init__(self, first: int, end: int, window_s: float, flush: int = UNION_FLUSH, keep_every: bool = True):
        self.first, self.end, self.window_s, self.flush = first, end, window_s, flush
        self.union = (np.zeros(0, np.int64), np.zeros(0), np.zeros(0))
        self.buffer: list = []
        self.buffered = 0
        self.sats_in_view_s = np.zeros(end - first)  # a counter: every satellite's time in view, added up
        self.every: list | None = [] if keep_every else None  # every access, for the minimum in view (None: not kept)
        self.every_count = 0

    def add(self, cell, start, end) -> None:
        """One satellite's accesses (disjoint per cell) to cells of the block."""
        cell = np.asarray(cell, dtype=np.int64) - self.first
        self.sats_in_view_s += np.bincount(cell, weights=end - start, minlength=len(self.sats_in_view_s))
        if self.every is not None:
            self.every_count += len(cell)
            if self.every_count > MIN_SATS_ACCESSES:
                self.every = None
            else:
                self.every.append((cell, start, end))
        self.buffer.append((cell, start, end))
        self.buffered += len(cell)
        if self.buffered > max(self.flush, len(self.union[0])):
            self._flush()

    def _flush(self) -> None:
        if self.buffer:
            parts = [self.union] + self.buffer
            cell, start, end = (np.concatenate([p[i] for p in parts]) for i in range(3))
            self.union = tuple(_merge(cell, start, end, None, None, self.window_s)[:3])
            self.buffer, self.buffered = [], 0

    def figures(self) -> tuple:
        """(accesses, time in view, first access, mean, median and longest gap, satellites' time in view added up,
        fewest satellites in view) of the block's cells."""
        self._flush()
        n = self.end - self.first
        if self.every is None:
            fewest = np.full(n, np.nan)
        else:
            parts = self.every or [(np.zeros(0, np.int64), np.zeros(0), np.zeros(0))]
            fewest = fewest_in_view(n, *(np.concatenate([p[i] for p in parts]) for i in range(3)), self.window_s)
        return _cell_figures(n, *self.union, self.window_s) + (self.sats_in_view_s, fewest)


MIN_SATS_ACCESSES = 8_000_000  # accesses kept for the minimum in view (24 bytes each), estimated for the job and
# counted per block: beyond, the figure is not kept (a mega-constellation's accesses would not fit)


def keeps_every_access(sets, grid: Grid, criteria, days: float, total: float | None = None) -> bool:
    """Whether a job keeps every access for the fewest satellites in view: its generous estimate of accesses
    (``estimated_accesses``, about twice those found; ``total`` when the caller has it) within
    MIN_SATS_ACCESSES. Decided once for the job, so every block, in one process or on workers, decides alike."""
    total = estimated_accesses(list(sets), grid, criteria, days) if total is None else total
    return total <= MIN_SATS_ACCESSES


def fewest_in_view(n: int, cell, start, end, window_s: float, eps: float = 1e-6) -> np.ndarray:
    """Per cell 0..n-1, the fewest satellites in view at any moment of [0, window_s], from every satellite's
    accesses (cell, start, end; one satellite's disjoint per cell): a sweep over each cell's starts (+1) and
    ends (-1) in time order, a start before an end at the same instant (one satellite taking over from another
    leaves no gap). Moments shorter than ``eps`` s do not count; a cell never in view has 0."""
    fewest = np.zeros(n)
    if not len(cell):
        return fewest
    c = np.concatenate([cell, cell])
    t = np.concatenate([np.clip(start, 0.0, window_s), np.clip(end, 0.0, window_s)])
    d = np.concatenate([np.ones(len(cell)), -np.ones(len(cell))])
    order = np.lexsort((-d, t, c))
    c, t, d = c[order], t[order], d[order]
    count = np.cumsum(d)  # each cell's events add up to zero, so the running count starts afresh per cell
    last = np.r_[c[1:] != c[:-1], True]
    first = np.r_[True, c[1:] != c[:-1]]
    following = np.r_[t[1:], window_s]
    holds = np.where(last, window_s, following) - t  # the count after event k holds until the next event
    fewest_seen = np.full(n, np.inf)
    long_enough = holds > eps
    np.minimum.at(fewest_seen, c[long_enough], count[long_enough])
    has = np.zeros(n, dtype=bool)
    has[c] = True
    # before a cell's first start and after its last end it has none in view
    gap_before = np.zeros(n, dtype=bool)
    gap_before[c[first]] = t[first] > eps
    gap_after = np.zeros(n, dtype=bool)
    gap_after[c[last]] = t[last] < window_s - eps
    fewest[has] = fewest_seen[has]
    fewest[has & (gap_before | gap_after)] = 0.0
    fewest[np.isinf(fewest)] = 0.0
    return np.maximum(fewest, 0.0)


def coverage_block(sets, grid_spec: dict, criteria, start_s: float, end_s: float, daylight_min_sun_deg, step_s,
                   row_lo: int, row_hi: int, flush: int, keep_every: bool) -> tuple:
    """One block's figures, from element sets, a grid spec and criteria alone (a task for another process:
    the grid is rebuilt from its spec, each track propagated here). The same as the block in one process."""
    grid = _grid_of(json.dumps(grid_spec, sort_keys=True))
    union = BlockUnion(*grid.cells_of_rows(row_lo, row_hi), end_s - start_s, flush, keep_every)
    block = grid.block(row_lo, row_hi)
    for es, criterion in zip(sets, criteria):
        cell, start, end = satellite_accesses(es, block, criterion, start_s, end_s, daylight_min_sun_deg, step_s)
        union.add(cell, start - start_s, end - start_s)
    return union.figures()


@functools.lru_cache(maxsize=2)
def _grid_of(spec_json: str) -> Grid:
    """The grid of a spec (as JSON), rebuilt once per process: a worker's next block of the same job reuses it
    (a 0.25 deg grid took 123 ms to rebuild, for each of its 144 blocks). Blocks only read it."""
    return grid_from_spec(json.loads(spec_json))


def result_from_blocks(grid, sets, criteria, criterion, start_s, end_s, daylight_min_sun_deg, parts) -> CoverageResult:
    """The result from every block's figures, joined in order."""
    count, in_view, first, mean_gap, median_gap, max_gap, sats, fewest = (np.concatenate([p[i] for p in parts])
                                                                          for i in range(8))
    return CoverageResult(grid, start_s, end_s, list(sets), criterion, daylight_min_sun_deg, count,
                          count / ((end_s - start_s) / 86400.0), mean_gap, median_gap, max_gap, in_view, first,
                          criteria=list(criteria), sats_in_view_s=sats, min_sats_in_view=fewest)


def _common(criteria) -> Criterion:
    """The criterion most satellites share (the one named 'for the others')."""
    counts: dict = {}
    for c in criteria:
        counts[c] = counts.get(c, 0) + 1
    return max(counts, key=counts.get)


def cell_accesses(es, lat_deg: float, lon_deg: float, criterion: Criterion, start_s: float, end_s: float,
                  daylight_min_sun_deg: float | None = None, step_s: float | None = None):
    """The accesses of one satellite to one place as (start, end) rows (a one-cell grid): for tests and the UI."""
    g = MIN_SPACING_DEG
    grid = Grid(g, lat_deg - g / 2, lon_deg - g / 2, 1, 1, False, np.zeros(1, dtype=np.int64),
                np.array([lat_deg]), np.array([lon_deg]), "point")
    _cell, s, e = satellite_accesses(es, grid, criterion, start_s, end_s, daylight_min_sun_deg, step_s)
    order = np.argsort(s)
    return np.column_stack([s[order], e[order]])


# ----------------------------------------------------------------------------- output


def write_csv(out, result: CoverageResult, notes=()) -> None:
    """One row per cell, CSV_COLUMNS in order; empty where a figure is undefined."""
    for note in notes:
        out.write(f"# {note}\n")
    out.write(f"# {', '.join(es.name for es in result.satellites)}; {result.criteria_text()}; "
              f"{timebase.iso_utc(result.start_s)} + {result.days:g} days"
              + ("" if result.daylight_min_sun_deg is None else f"; daylight (Sun >= {result.daylight_min_sun_deg:g} deg)")
              + "\n")
    out.write(",".join(CSV_COLUMNS) + "\n")
    cols = result.columns()
    formats = ["%.4f", "%.4f", "%d", "%.4f", "%.3f", "%.3f", "%.3f", "%.3f", "%.3f", "%.3f", "%d"]
    n = len(result.grid)
    for a in range(0, n, 100_000):
        b = min(n, a + 100_000)
        parts = []
        for name, fmt in zip(CSV_COLUMNS, formats, strict=True):
            v = cols[name][a:b]
            text = np.char.mod(fmt, np.nan_to_num(v)).astype(object)
            text[~np.isfinite(v)] = ""
            parts.append(text)
        rows = parts[0]
        for p in parts[1:]:
            rows = rows + "," + p
        out.write("\n".join(rows) + "\n")


def geojson(result: CoverageResult, figure: str = "per-day") -> dict:
    """Cells as GeoJSON polygons with every figure as properties (null where undefined)."""
    g = result.grid.spacing_deg / 2
    cols = result.columns()
    features = []
    for i in range(len(result.grid)):
        lat, lon = float(result.grid.lat_deg[i]), float(result.grid.lon_deg[i])
        ring = [[lon - g, lat - g], [lon + g, lat - g], [lon + g, lat + g], [lon - g, lat + g], [lon - g, lat - g]]
        props = {k: (None if not np.isfinite(cols[k][i]) else round(float(cols[k][i]), 4)) for k in CSV_COLUMNS[2:]}
        features.append({"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [ring]}, "properties": props})
    return {"type": "FeatureCollection", "features": features,
            "properties": {"figure": figure, "satellites": [es.name for es in result.satellites],
                           "flags": [es.flag for es in result.satellites],
                           "criteria": [c.describe() for c in result.criteria]}}


# ----------------------------------------------------------------------------- constellations


def walker(seed, total: int, planes: int, phasing: int, kind: str = "delta", first_satnum: int | None = None):
    """Walker constellation members (DESIGNED sets) from a seed set: T satellites in P planes, phasing F.

    Delta: planes spread over 360 deg of node; star: over 180 deg. In-plane
    slots 360/S apart (S = T/P); plane j's satellites are shifted by j F 360/T in
    argument of latitude. Same size, shape and tilt as the seed, at its epoch.
    """
    from .design import FIRST_DESIGN_SATNUM, DesignError, OrbitDesign, build

    if kind not in ("delta", "star"):
        raise CoverageError(f"Walker kind '{kind}' is not delta or star")
    if not (isinstance(total, int) and isinstance(planes, int) and total >= 1 and 1 <= planes <= total):
        raise CoverageError(f"--total {total} and --planes {planes}: need whole numbers with 1 <= planes <= total")
    if total % planes:
        raise CoverageError(f"--total {total} is not a multiple of --planes {planes}: each plane needs the same number")
    if not 0 <= phasing < planes:
        raise CoverageError(f"--phasing {phasing} must be from 0 to planes - 1 ({planes - 1})")
    per_plane = total // planes
    sat = seed.satrec
    spread = 360.0 if kind == "delta" else 180.0
    first = first_satnum or FIRST_DESIGN_SATNUM
    members = []
    base = seed.name.split(" (")[0][:20]
    for j in range(planes):
        for k in range(per_plane):
            d = OrbitDesign(
                name=f"{base}-W{j + 1}.{k + 1}", satnum=first + len(members), epoch_s=seed.epoch_s, height_km=None,
                semi_major_axis_km=sat.a * sat.radiusearthkm, eccentricity=float(sat.ecco),
                inclination_deg=math.degrees(sat.inclo),
                raan_deg=(math.degrees(sat.nodeo) + j * spread / planes) % 360.0,
                arg_perigee_deg=math.degrees(sat.argpo) % 360.0,
                mean_anomaly_deg=(math.degrees(sat.mo) + k * 360.0 / per_plane + j * phasing * 360.0 / total) % 360.0,
                preset=f"Walker {kind} {total}/{planes}/{phasing} from {seed.name}")
            try:
                members.append((d, build(d).elements))
            except DesignError as exc:
                raise CoverageError(f"Walker member {d.name}: {exc}") from None
    return members


__all__ = ["CoverageError", "CoverageResult", "Grid", "coverage", "make_grid", "walker", "write_csv", "geojson"]
