"""The one pass engine: every satellite of a batch searched together, over (satellite, time) pairs.

A batch is any list of SGP4 records: one satellite (``access.find_passes``),
the members of an ensemble (``uncertainty.ensemble_passes``), or a whole
catalogue. Each record carries its own constants (``access.search_bounds``:
speed bound of the margin, reach curvature, greatest height, sideways
acceleration of the track), so different satellites mix freely.

The search (``search``):

1. Coarse intervals whose stretch of track keeps away from the region's
   bounding cap are left out from a plane model of every record
   (``far_stretches``: one ``SatrecArray`` call every four turns or so). This
   settles most of a low orbit's day far from the region without propagating
   it; geostationary and other high or eccentric orbits are left to step 2,
   where their slow margins settle long intervals at once.
2. Margins are computed only at the ends of the remaining intervals, each
   record on its own times. With a daylight test, runs of intervals during
   which the whole region is dark are left out.
3. A work list of (record, interval) pairs: an interval is settled by the
   speed bound or by the chord bounds (``access.chord_verdicts``); the others
   are cut, in half or, with a sign change, where the edge is guessed to be,
   with a pair of samples 0.4 s apart once an end is within 1,000 km of the
   reach. A pair's secant bounds the margin's slope there, and with a bound
   on its curvature settles the pair's neighbours (``_slope_clear``), which
   neither bound above can do a few km from an edge. Every sign change ends
   in a bracket of at most 0.5 s (``access.MIN_INTERVAL_S``): only a pass,
   or a gap within one, shorter than that can be missed.
4. Edges: with ``tolerance_s`` None, the straight line between the bracket's
   margins (spherical margins throughout); with a tolerance, the bracket is
   bisected on the exact margin (contact on the WGS84 ellipsoid, as a ground
   station sees it; first the cell the straight line points at) down to a
   cell of a fixed grid of times (a power of two
   seconds, at most ``tolerance_s``), whose middle is the edge. The grid makes
   an edge depend only on the satellite, not on the batch it was searched in.

A record that SGP4 rejects at any time sampled, or whose sensor angle looks
past the horizon from its orbit, is left out with its reason (``Result.rejected``);
the search goes on with the others. Memory follows the intervals left to
search, not records times samples: large batches are searched in chunks.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
from sgp4.api import SatrecArray

from . import timebase
from .access import (ARC_MAX_RAD, CONTACT_EXACT_KM, CONTACT_SLACK_KM, EXACT_BAND_KM, MIN_INTERVAL_S, AccessError,
                     Criterion, chord_verdicts, crossing_fraction, reach_from_elevation_rad, search_bounds,
                     track_sag_rad)
from .constants import MEAN_EARTH_RADIUS_KM, WGS72_J2, WGS84_A_KM, WGS84_B_KM
from .groundtrack import elevation_deg, geodetic_from_itrs, sgp4_reason
from .sphere import angle_between, point_to_arcs_rad, unit_vectors

GEODETIC_SLACK_DEG = 0.2  # geodetic minus geocentric latitude: under 0.193 deg on WGS84
GEODETIC_SLACK_RAD = math.radians(GEODETIC_SLACK_DEG)
SUN_RATE_DEG_S = 0.2510 / 60.0  # the Sun's elevation at a place changes no faster (Earth's turn plus its own motion)
PLANE_MODEL_SPAN_S = 23040.0  # one SGP4 position and velocity per record this often (about four turns) gives the model
SECANT_MAX_S = 120.0  # over longer intervals the straight line between two margins is no guess of the edge
FINAL_S = 0.4  # the bracket put around a guessed edge
BRACKET_KM = 1000.0  # ... once an end's margin is this small: the pair's secant gives the slope that settles
# the neighbours (``_slope_clear``) and the next guess (Newton's step); with 15 km (only the last cut) each
# neighbour of an edge was halved to MIN_INTERVAL_S and the catalogue search took twice as long
CHUNK_SAMPLES = 400_000  # records x coarse times searched at once (bounds the memory of large batches)


@dataclass
class Satellites:
    """A batch: SGP4 records and each one's search constants (``access.search_bounds``), as arrays."""

    satrecs: list
    criterion: Criterion
    speed_bound_km_s: np.ndarray
    reach_curvature_km_s2: np.ndarray
    max_height_km: np.ndarray
    sag_rad_s2: np.ndarray  # nan where the chord bounds are not used
    refused: dict = field(default_factory=dict)  # index -> why the criterion cannot be used with this orbit

    @classmethod
    def of(cls, satrecs, criterion: Criterion) -> "Satellites":
        satrecs = list(satrecs)
        bounds = [search_bounds(sat, criterion) for sat in satrecs]
        speed, curvature, height = (np.array([b[k] for b in bounds], dtype=float) for k in range(3))
        sag = np.array([np.nan if b[3] is None else b[3] for b in bounds], dtype=float)
        refused = {}
        if criterion.kind == "sensor" and criterion.off_nadir_deg is not None:
            for i in np.flatnonzero(np.isnan(_reach_rad(criterion, height))):
                try:
                    criterion.reach_rad(np.array([height[i]]))
                except AccessError as exc:
                    refused[int(i)] = str(exc)
        return cls(satrecs, criterion, speed, curvature, height, sag, refused)

    def __len__(self) -> int:
        return len(self.satrecs)

    def subset(self, index) -> "Satellites":
        index = np.asarray(index, dtype=int)
        return Satellites([self.satrecs[i] for i in index], self.criterion, self.speed_bound_km_s[index],
                          self.reach_curvature_km_s2[index], self.max_height_km[index], self.sag_rad_s2[index], {})


def _reach_rad(criterion: Criterion, height_km):
    """lam(h) without refusing: nan where an off-nadir angle looks past the horizon."""
    from .access import reach_from_off_nadir_rad

    h = np.asarray(height_km, dtype=float)
    if criterion.kind == "sensor" and criterion.off_nadir_deg is not None:
        return reach_from_off_nadir_rad(h, criterion.off_nadir_deg)
    return criterion.reach_rad(h)


@dataclass
class Result:
    """Every record's intervals in view: (n, 2) arrays of (start, end) POSIX seconds, one per record."""

    intervals: list
    clipped_start: np.ndarray  # (N,) the first interval opens at the window's start (in view then)
    clipped_end: np.ndarray  # (N,) the last closes at the window's end
    rejected: dict  # index -> reason, for records left out (SGP4 error, impossible angle)

    def rejected_summary(self) -> str | None:
        return rejected_summary(self.rejected.values())


def rejected_summary(reasons) -> str | None:
    """One line: how many element sets were left out, and why (each kind of reason counted), or None."""
    counts = {}
    for why in reasons:
        reason = why.split(": ")[-1].split(" (")[0]
        counts[reason] = counts.get(reason, 0) + 1
    if not counts:
        return None
    counted = "; ".join(f"{count} {reason}" for reason, count in sorted(counts.items(), key=lambda x: -x[1]))
    return f"{sum(counts.values())} element set(s) left out: {counted}"


# ----------------------------------------------------------------------------- margins at (record, time) pairs


@dataclass
class Samples:
    """Margins at (record, time) pairs and what the chord bounds need, as parallel arrays."""

    t: np.ndarray  # times (s)
    m: np.ndarray  # margins (km): exact within the cutoff, beyond it bounds of the right sign; inf: no position
    s: np.ndarray  # signed distances to the region (km; beyond the cutoff, lower bounds of their size)
    reach: np.ndarray  # km
    x: np.ndarray  # (N, 3) unit vectors of the geodetic sub-points; nan where not computed
    near: np.ndarray  # (N, 3) nearest point of the region (the sub-point itself inside); nan where unknown
    errors: np.ndarray = None  # SGP4 error codes (0: none)


def propagate_pairs(satrecs, which: np.ndarray, times: np.ndarray):
    """Earth-fixed positions (N, 3) km of (record, time) pairs, nan where SGP4 failed, and SGP4's error codes.

    The pairs are sorted by record and each record's run is propagated into
    slices of one output array (sgp4's compiled ``_sgp4``, which ``sgp4_array``
    wraps): a record costs a few microseconds beyond its points, which matters
    when thousands of records take a few samples each, round after round.
    """
    n = len(times)
    order = np.argsort(which, kind="stable")
    sorted_which = which[order]
    whole, fraction = timebase.jd_utc(np.asarray(times, dtype=float)[order])
    whole, fraction = np.ascontiguousarray(whole), np.ascontiguousarray(fraction)
    e = np.zeros(n, dtype=np.uint8)
    r, v = np.empty((n, 3)), np.empty((n, 3))
    starts = np.flatnonzero(np.r_[True, sorted_which[1:] != sorted_which[:-1]]) if n else np.zeros(0, int)
    ends = np.r_[starts[1:], n].astype(int)
    for a, b, i in zip(starts.tolist(), ends.tolist(), sorted_which[starts].tolist()):
        sat = satrecs[i]
        if hasattr(sat, "_sgp4"):
            sat._sgp4(whole[a:b], fraction[a:b], e[a:b], r[a:b], v[a:b])
        else:  # sgp4 without its compiled core
            e[a:b], r[a:b], v[a:b] = sat.sgp4_array(whole[a:b], fraction[a:b])
    codes = np.zeros(n, dtype=int)
    bad = (e != 0) | ~np.isfinite(r).all(axis=1)
    codes[order] = np.where(bad, np.where(e != 0, e, -1), 0)
    r_out = np.empty((n, 3))
    r_out[order] = np.where(bad[:, None], np.nan, r)
    return timebase.teme_to_itrs(r_out.T, times).T, codes


def margins_at(region, criterion: Criterion, r_itrs: np.ndarray, cutoff_km: float, times=None, nearest=False,
               exact=False, max_height_km=None) -> Samples:
    """Margins (km) at Earth-fixed positions (N, 3; nan where SGP4 stopped), with the sub-points.

    Exact within ``cutoff_km`` of zero; beyond, bounds of the right sign (lower
    bounds outside; inf where there is no position). A sub-point further in
    latitude from the region than its reach plus the cutoff is bounded by that
    latitude gap alone (a great-circle distance is at least the difference in
    latitude), so most samples need no region distance; its reach is bounded
    from the distance to the Earth's centre (and ``max_height_km``, per
    position, where given). With ``nearest`` the region's nearest points are
    found too (where the distance is exact). With ``exact``, the contact
    margin is measured on the ellipsoid within ``CONTACT_EXACT_KM`` of the
    boundary (as ``access.Margin.evaluate`` does) and moved
    ``CONTACT_SLACK_KM`` towards zero elsewhere, a bound on the safe side.
    """
    n = len(r_itrs)
    ok = np.isfinite(r_itrs[:, 0])
    values = np.full(n, np.inf)
    x, near_pt = np.full((n, 3), np.nan), np.full((n, 3), np.nan)
    contact = exact and criterion.kind == "contact"
    if contact:
        cutoff_km = max(cutoff_km, CONTACT_EXACT_KM + CONTACT_SLACK_KM)
    norm = np.linalg.norm(r_itrs, axis=1)
    with np.errstate(invalid="ignore"):
        height_bound = np.nan_to_num(norm - WGS84_B_KM, nan=0.0)  # above the polar radius
        if max_height_km is not None:
            height_bound = np.minimum(height_bound, max_height_km)
        lat_gc = np.degrees(np.arcsin(np.clip(r_itrs[:, 2] / norm, -1.0, 1.0)))
    reach_max = MEAN_EARTH_RADIUS_KM * np.nan_to_num(_reach_rad(criterion, np.maximum(height_bound, 0.0)), nan=np.pi)
    lo, hi = region.latitude_range_deg()
    gap_deg = np.maximum(np.maximum(lo - lat_gc, lat_gc - hi) - GEODETIC_SLACK_DEG, 0.0)
    bound = MEAN_EARTH_RADIUS_KM * np.radians(gap_deg) - reach_max
    far = ok & (bound > cutoff_km)
    values[far] = bound[far]
    dist = np.where(far, bound + reach_max, np.inf)
    reach = reach_max.copy()
    every = np.flatnonzero(ok)
    lat_all, lon_all, h_all = geodetic_from_itrs(r_itrs[every].T)
    x[every] = unit_vectors(lat_all, lon_all)
    pick = ~far[every]
    idx = every[pick]
    if idx.size:
        lat, lon, h = lat_all[pick], lon_all[pick], h_all[pick]
        reach[idx] = MEAN_EARTH_RADIUS_KM * _reach_rad(criterion, h)
        limit = cutoff_km + float(np.nanmax(reach[idx]))
        if nearest or contact:
            d, q_lat, q_lon = region.signed_distance_and_closest(lat, lon, cutoff_km=limit)
            q = unit_vectors(q_lat, q_lon)
            # only a point at the distance found is a nearest point (elsewhere the region leaves the sub-point)
            exact_q = (d <= 0) | (np.abs(angle_between(q, x[idx]) * MEAN_EARTH_RADIUS_KM - d) < 1e-3)
            near_pt[idx[exact_q]] = np.where((d <= 0)[exact_q, None], x[idx[exact_q]], q[exact_q])
        else:
            d = region.signed_distance_km(lat, lon, cutoff_km=limit)
        dist[idx] = d
        values[idx] = d - reach[idx]
    if contact:
        band = CONTACT_EXACT_KM + CONTACT_SLACK_KM
        finite = np.isfinite(values)
        close = np.zeros(n, dtype=bool)
        close[idx] = np.abs(values[idx]) < band
        values[finite] -= np.sign(values[finite]) * CONTACT_SLACK_KM
        if close.any():
            where = np.flatnonzero(close[idx])
            k = idx[where]
            elevation = elevation_deg(r_itrs[k].T, q_lat[where], q_lon[where])
            hk = h[where]
            lam = reach_from_elevation_rad(hk, np.clip(elevation, -89.9, 89.9))
            values[k] = MEAN_EARTH_RADIUS_KM * (lam - reach_from_elevation_rad(hk, criterion.elevation_deg))
    t = np.zeros(n) if times is None else np.asarray(times, dtype=float)
    return Samples(t, values, dist, reach, x, near_pt)


def pair_margins(sats: Satellites, region, which: np.ndarray, times: np.ndarray, cutoff_km: float,
                 nearest: bool = False, exact: bool = False) -> Samples:
    """Margins of (record, time) pairs (``margins_at``), SGP4 per record on its own times."""
    r, codes = propagate_pairs(sats.satrecs, which, times)
    out = margins_at(region, sats.criterion, r, cutoff_km, times, nearest, exact, sats.max_height_km[which])
    out.errors = codes
    return out


class _Table:
    """An append-only table of samples (grown by doubling, so appending stays cheap)."""

    FIELDS = ("t", "m", "s", "reach", "x", "near")

    def __init__(self, first: Samples):
        self.size = len(first.t)
        for name in self.FIELDS:
            setattr(self, name, getattr(first, name).copy())
        self.slope = np.full(self.size, np.nan)  # km/s, from a bracket's two margins (``_slope_clear``)

    def extend(self, other: Samples) -> np.ndarray:
        """Append ``other``; returns its indices."""
        n = len(other.t)
        if self.size + n > len(self.t):
            capacity = max(2 * len(self.t), self.size + n)
            for name in self.FIELDS + ("slope",):  # (rows past ``size`` are NaN: a new sample has no slope yet)
                old = getattr(self, name)
                grown = np.full((capacity,) + old.shape[1:], np.nan)
                grown[:self.size] = old[:self.size]
                setattr(self, name, grown)
        for name in self.FIELDS:
            getattr(self, name)[self.size:self.size + n] = getattr(other, name)
        self.size += n
        return np.arange(self.size - n, self.size)


# ----------------------------------------------------------------------------- what is settled before sampling


def plane_model_error_rad(sat, span_s: float) -> float:
    """How far (rad) the direction to the satellite strays from uniform motion in the plane of one SGP4 position
    and velocity, up to ``span_s`` later.

    The argument of latitude runs at SGP4's secular rate (mdot + argpdot) but
    differs by the true-minus-mean anomaly (under 2e, so 4e between two times)
    and the J2 short-period terms (a few J2 (R/p)^2, here 6), and the plane turns
    with the node; plus 0.1 deg for drag and the rest. Measured on every
    near-circular set in the catalogue over three days: at most 0.91 of this
    sum (METOP-A, e = 0.018), typically 0.5; it is then taken 1.5 times.
    """
    a_km = sat.a * sat.radiusearthkm
    p_km = a_km * (1 - sat.ecco**2)
    return 1.5 * (4 * sat.ecco + 6 * WGS72_J2 * (WGS84_A_KM / p_km) ** 2 + abs(sat.nodedot) / 60.0 * span_s + 2e-3)


def plane_model_directions(satrecs, times: np.ndarray, span_s: float = PLANE_MODEL_SPAN_S):
    """Earth-fixed unit vectors (M, T, 3) of every record from the plane model, and its error bounds (M,) rad.

    One SatrecArray call at reference times ``span_s`` apart gives each
    record's position and velocity; in between, the direction turns uniformly
    in that plane at the record's secular rate, and the Earth under it.
    """
    ref = np.arange(times[0], times[-1] + span_s, span_s)
    whole, fraction = timebase.jd_utc(ref)
    errors, r, v = SatrecArray(list(satrecs)).sgp4(whole, fraction)
    bad = errors != 0
    with np.errstate(invalid="ignore", divide="ignore"):
        r_hat = r / np.linalg.norm(r, axis=-1, keepdims=True)
        h = np.cross(r, v)
        e_hat = np.cross(h / np.linalg.norm(h, axis=-1, keepdims=True), r_hat)
    rate = np.array([(sat.mdot + sat.argpdot) / 60.0 for sat in satrecs])
    j = np.minimum(((times - ref[0]) // span_s).astype(int), len(ref) - 1)
    # the offsets from the reference times repeat (coarse times are evenly spaced): the sines once per offset
    offsets, which = np.unique(np.round(times - ref[j], 6), return_inverse=True)
    theta = rate[:, None] * offsets[None, :]
    cos_t, sin_t = np.cos(theta)[:, which, None], np.sin(theta)[:, which, None]
    d = cos_t * r_hat[:, j] + sin_t * e_hat[:, j]
    d[bad[:, j] | bad[:, np.minimum(j + 1, len(ref) - 1)]] = np.nan
    gmst = timebase.gmst_radians(times)
    c, s = np.cos(gmst), np.sin(gmst)
    x, y = d[..., 0].copy(), d[..., 1]
    d[..., 0] = c * x + s * y
    d[..., 1] = c * y - s * x
    error = np.array([plane_model_error_rad(sat, span_s) for sat in satrecs])
    return d, error


def far_stretches(sats: Satellites, region, times: np.ndarray, slack_km: float = 0.0) -> np.ndarray:
    """(M, K) intervals between consecutive coarse times whose whole stretch of track keeps out of reach of the
    region's bounding cap, judged without propagating every record at every coarse time.

    Each record's direction comes from the plane model (within its error bound
    of the true one); over a stretch of up to ``access.ARC_MAX_RAD`` the track
    strays from the great-circle arc between its ends by at most
    ``access.track_sag_rad``, and a geodetic sub-point lies within 0.2 deg of the
    geocentric direction. Far from the region this settles an interval of 16
    minutes that the speed bound cannot. Nothing is settled for orbits the
    chord bounds do not cover (eccentric or high ones).
    """
    k = len(times) - 1
    out = np.zeros((len(sats), k), dtype=bool)
    use = np.flatnonzero(np.isfinite(sats.sag_rad_s2))
    if not use.size or region.cap_radius >= math.pi / 2:
        return out
    u, error = plane_model_directions([sats.satrecs[i] for i in use], times, PLANE_MODEL_SPAN_S)
    a, b = u[:, :-1], u[:, 1:]
    dt_s = np.diff(times)
    dist = point_to_arcs_rad(region.cap_centre, a, b)
    arc = angle_between(a, b)
    sag = track_sag_rad(_PairBounds(region, sats.sag_rad_s2[use, None], None), dt_s[None, :], arc)
    reach = np.nan_to_num(_reach_rad(sats.criterion, sats.max_height_km[use]), nan=np.pi)
    with np.errstate(invalid="ignore"):
        lower = dist - region.cap_radius - sag - GEODETIC_SLACK_RAD - error[:, None]
        out[use] = (arc <= ARC_MAX_RAD) & (lower * MEAN_EARTH_RADIUS_KM > reach[:, None] * MEAN_EARTH_RADIUS_KM
                                           + slack_km + 1.0)
    return out


def dark(region, times: np.ndarray, sun_min_deg: float) -> np.ndarray:
    """For each interval between consecutive times: whether the Sun is below ``sun_min_deg`` at every point of
    the region throughout (judged at the region's bounding cap: its centre's elevation plus the cap's radius)."""
    if region.cap_radius >= math.pi / 2:
        return np.zeros(len(times) - 1, dtype=bool)
    c = region.cap_centre
    lat = math.degrees(math.asin(max(-1.0, min(1.0, float(c[2])))))
    lon = math.degrees(math.atan2(float(c[1]), float(c[0])))
    e = timebase.sun_elevation_deg(np.full(len(times), lat), np.full(len(times), lon), times)
    highest = (e[:-1] + e[1:]) / 2 + SUN_RATE_DEG_S * np.diff(times) / 2 + math.degrees(region.cap_radius)
    return highest + 0.01 < sun_min_deg


def night_runs(clear: np.ndarray, dark: np.ndarray) -> np.ndarray:
    """(M, K) intervals that belong to a run of not-cleared intervals which is dark throughout.

    A pass lies within one run of consecutive intervals the speed bound did not
    clear; if the region is dark all through that run, every pass in it fails
    the daylight test, so the run need not be searched.
    """
    open_ = ~clear
    begins = open_.copy()
    begins[:, 1:] &= ~open_[:, :-1]
    run = np.cumsum(begins.ravel()).reshape(open_.shape)
    lit = np.bincount(run[open_], weights=(~np.broadcast_to(dark, open_.shape))[open_], minlength=run.max() + 1)
    return open_ & (lit[run] == 0)


@dataclass
class _PairBounds:
    """What ``access.chord_verdicts`` needs of a margin, one value per (record, interval) pair."""

    region: object
    sag_rad_s2: np.ndarray
    reach_curvature_km_s2: np.ndarray


def _edge_guess(table, ia, ib, ma, mb, ta, tb):
    """Where the margin most likely changes sign in intervals that have a sign change (times, s).

    From the end nearer the edge, where the region's nearest point is known,
    ``access.crossing_fraction``; else the straight line between the margins
    (under SECANT_MAX_S) or the middle.
    """
    with np.errstate(invalid="ignore", divide="ignore"):
        frac = np.where(tb - ta <= SECANT_MAX_S, ma / (ma - mb), 0.5)
    ref = np.where(np.abs(ma) <= np.abs(mb), ia, ib)
    model = np.isfinite(table.near[ref, 0]) & (table.s[ref] > 0) & np.isfinite(table.x[ia, 0]) & \
        np.isfinite(table.x[ib, 0])
    if model.any():
        k = np.flatnonzero(model)
        frac[k] = crossing_fraction(table.x[ia[k]], table.x[ib[k]], table.x[ref[k]], table.near[ref[k]],
                                    table.reach[ref[k]], frac[k])
    # Newton's step from an end whose slope is known (a bracket's secant) beats both near the edge
    slope_ref = table.slope[ref]
    newton = np.isfinite(slope_ref) & (np.abs(slope_ref) > 1e-3)
    if newton.any():
        k = np.flatnonzero(newton)
        step = -table.m[ref[k]] / slope_ref[k]
        at = table.t[ref[k]] + step
        inside = (at > ta[k]) & (at < tb[k])
        frac[k[inside]] = ((at - ta[k]) / (tb[k] - ta[k]))[inside]
    return ta + (tb - ta) * np.nan_to_num(frac, nan=0.5)


def _slope_clear(sats: Satellites, region, who, dt, m_e, slope_in, s_e, reach_e, m_o, exact):
    """Same-sign intervals settled from the end ``e`` where the margin's slope is known (a bracket's secant),
    and where to cut the others: (settled, offset s from ``e`` up to which the bound holds).

    Near an edge the margin is a few km from zero at the bracket's ends, less
    than any bound the chord or speed tests can afford, so without this every
    neighbour of an edge is halved down to ``MIN_INTERVAL_S``. With
    |m''| <= K, the margin ``tau`` seconds into the interval is within
    m_e + m'_e tau +- K tau^2 / 2, and m'_e within K w of the secant over the
    bracket's width w; from the other end the speed bound holds as before.

    K: the distance d from a sub-point moving at v to a fixed centre has
    |d''| <= v^2 |cot(d / R)| / R plus the sub-point's own acceleration (the
    track's sideways bound, 2e-3 km/s^2 along it); the reach adds its own
    curvature, and the whole is taken twice (the contact margin is measured
    on the ellipsoid). Outside, d stays above the smaller reach while the
    bound is positive; inside, the bound is used only while d cannot have
    fallen below half its value at ``e``. Only circles and points (d smooth)
    and near-circular low orbits (the chord bounds' domain) are settled here.
    """
    n = len(dt)
    no = np.zeros(n, dtype=bool), np.zeros(n)
    if getattr(region, "kind", None) not in ("point", "circle") or not n:
        return no
    r_km = region.radius_km
    sp = sats.speed_bound_km_s[who]
    accel = sats.sag_rad_s2[who] * MEAN_EARTH_RADIUS_KM + 2e-3
    w = FINAL_S
    outside = m_e > 0
    d_e = s_e + r_km  # distance of the sub-point from the centre
    with np.errstate(invalid="ignore", divide="ignore"):
        floor = np.where(outside, 0.9 * reach_e + r_km, 0.5 * d_e)
        ceiling = d_e + sp * dt
        # |cot| over [floor, ceiling] is largest at one of its ends (cot falls from +inf at 0 to -inf at pi R)
        q = np.maximum(np.abs(1.0 / np.tan(floor / MEAN_EARTH_RADIUS_KM)),
                       np.abs(1.0 / np.tan(ceiling / MEAN_EARTH_RADIUS_KM)))
        k = 2.0 * (sp * sp * q / MEAN_EARTH_RADIUS_KM + accel + sats.reach_curvature_km_s2[who])
        usable = (np.isfinite(sats.sag_rad_s2[who]) & np.isfinite(k) & np.isfinite(slope_in) & (floor > 1.0)
                  & (ceiling < 2.5 * MEAN_EARTH_RADIUS_KM) & np.isfinite(m_e) & np.isfinite(m_o))
        if exact and sats.criterion.kind == "contact":
            usable &= np.abs(m_e) < CONTACT_EXACT_KM  # the secant needs exact margins
        # outside: m >= m_e + g tau - K tau^2 / 2, g = slope - K w; inside: m <= m_e + g tau + K tau^2 / 2
        g = np.where(outside, slope_in - k * w, -(slope_in + k * w))
        a = np.abs(m_e)
        reach_tau = (g + np.sqrt(np.maximum(g * g + 2.0 * k * a, 0.0))) / k
        reach_tau = np.where(outside, reach_tau, np.minimum(reach_tau, 0.5 * d_e / sp))
        other = dt - np.abs(m_o) / sp  # from here on the other end's speed bound holds
        settled = usable & (reach_tau > other + 1e-3) & ((m_o > 0) == outside)
    return settled, np.where(usable, np.nan_to_num(reach_tau, nan=0.0), 0.0)


# ----------------------------------------------------------------------------- the search


def search(sats: Satellites, region, start_s: float, end_s: float, daylight_min_sun_deg: float | None = None,
           coarse_step_s: float = 960.0, tolerance_s: float | None = None, progress=None, cancelled=None) -> Result:
    """Every record's intervals in view of the region within [start_s, end_s] (see the module's text).

    With ``daylight_min_sun_deg``, intervals in runs during which the whole
    region is dark are left out (what is left still needs each caller's own
    daylight test). ``tolerance_s``: None for edges from the straight line
    within 0.5 s on spherical margins, or the grid a bisection on the exact
    margin reaches.
    """
    if not end_s > start_s:
        raise AccessError("the analysis window must be longer than zero")
    t = np.arange(start_s, end_s, coarse_step_s)
    t = np.append(t, end_s) if t[-1] < end_s else t
    n = len(sats)
    rejected = dict(sats.refused)
    intervals = [np.zeros((0, 2))] * n
    clip_a, clip_b = np.zeros(n, dtype=bool), np.zeros(n, dtype=bool)
    todo = np.array([i for i in range(n) if i not in rejected], dtype=int)
    per_chunk = max(1, CHUNK_SAMPLES // len(t))
    for c0 in range(0, len(todo), per_chunk):
        if cancelled and cancelled():
            raise InterruptedError("cancelled")
        part = todo[c0:c0 + per_chunk]

        def sub_progress(f, c0=c0, k=len(part)):
            if progress:
                progress((c0 + f * k) / len(todo))

        got, first, last, why = _search_chunk(sats.subset(part), region, t, daylight_min_sun_deg, tolerance_s,
                                              sub_progress, cancelled)
        for j, i in enumerate(part):
            if j in why:
                rejected[int(i)] = why[j]
            else:
                intervals[i], clip_a[i], clip_b[i] = got[j], first[j], last[j]
    return Result(intervals, clip_a, clip_b, rejected)


def _search_chunk(sats: Satellites, region, t, sun_min_deg, tolerance_s, progress, cancelled):
    start_s, end_s = float(t[0]), float(t[-1])
    exact = tolerance_s is not None
    slack = CONTACT_SLACK_KM if exact and sats.criterion.kind == "contact" else 0.0
    m_count, n_t = len(sats), len(t)
    speed = sats.speed_bound_km_s
    bounds = _PairBounds(region, sats.sag_rad_s2, sats.reach_curvature_km_s2)
    far = far_stretches(sats, region, t, slack)
    if cancelled and cancelled():  # each step of a chunk takes a fraction of a second: Cancel is checked between
        raise InterruptedError("cancelled")
    # margins only where an interval is left to search (elsewhere the track keeps out of reach: +inf stands in)
    needed = np.zeros((m_count, n_t), dtype=bool)
    needed[:, :-1] |= ~far
    needed[:, 1:] |= ~far
    at = np.flatnonzero(needed.ravel())
    row = np.full(m_count * n_t, -1)
    row[at] = np.arange(len(at))
    first = pair_margins(sats, region, at // n_t, t[at % n_t], EXACT_BAND_KM, nearest=True, exact=exact)
    errors = [first.errors]
    error_who, error_t = [at // n_t], [first.t]
    table = _Table(first)
    grid = np.full(m_count * n_t, np.inf)
    grid[at] = table.m[:len(at)]
    grid = grid.reshape(m_count, n_t)
    inside_first, inside_last = grid[:, 0] < 0, grid[:, -1] < 0
    ma, mb = grid[:, :-1], grid[:, 1:]
    with np.errstate(invalid="ignore"):
        clear = far | ((ma > 0) & (mb > 0) & ((ma + mb - speed[:, None] * np.diff(t)) / 2 > 0))
    if sun_min_deg is not None:
        night = night_runs(clear, dark(region, t, sun_min_deg))
        inside_first &= ~night[:, 0]
        inside_last &= ~night[:, -1]
        clear |= night
    del grid, ma, mb, needed
    if cancelled and cancelled():
        raise InterruptedError("cancelled")
    if progress:
        progress(0.4)
    # a work list of intervals (record, sample row at a, at b): settled ones leave it, the others are cut
    mem, k = np.nonzero(~clear)
    del clear, far
    ia, ib = row[mem * n_t + k], row[mem * n_t + k + 1]
    del row
    final_mem, final_a, final_b = [np.zeros(0, dtype=int)], [np.zeros(0, dtype=int)], [np.zeros(0, dtype=int)]
    while len(mem):
        if cancelled and cancelled():
            raise InterruptedError("cancelled")
        ta, tb, ma, mb = table.t[ia], table.t[ib], table.m[ia], table.m[ib]
        dt = tb - ta
        change = (ma < 0) != (mb < 0)
        sp = speed[mem]
        with np.errstate(invalid="ignore"):
            doubtful = ~change & np.where(ma < 0, (ma + mb + sp * dt) / 2 >= 0, (ma + mb - sp * dt) / 2 <= 0)
        if doubtful.any():
            d = np.flatnonzero(doubtful)
            a, b = ia[d], ib[d]
            who = mem[d]
            out, inside = chord_verdicts(_PairBounds(region, bounds.sag_rad_s2[who], bounds.reach_curvature_km_s2[who]),
                                         dt[d], table.x[a], table.x[b], table.s[a], table.s[b], table.reach[a],
                                         table.reach[b], table.near[a], table.near[b], slack_km=slack)
            doubtful[d[out | inside]] = False
        taylor = np.zeros(len(mem))  # offset (s, signed from ta) up to which a slope bound holds
        d = np.flatnonzero(doubtful & (np.isfinite(table.slope[ia]) | np.isfinite(table.slope[ib])))
        if d.size:
            a, b = ia[d], ib[d]
            from_a = np.isfinite(table.slope[a])  # else from b, looking backwards
            e, o = np.where(from_a, a, b), np.where(from_a, b, a)
            slope_in = np.where(from_a, table.slope[e], -table.slope[e])
            settled, reach_tau = _slope_clear(sats, region, mem[d], dt[d], table.m[e], slope_in, table.s[e],
                                              table.reach[e], table.m[o], exact)
            doubtful[d[settled]] = False
            taylor[d] = np.where(from_a, reach_tau, dt[d] - reach_tau)
            taylor[d[reach_tau <= 0]] = 0.0
        short = dt <= MIN_INTERVAL_S
        final = change & short
        final_mem.append(mem[final])
        final_a.append(ia[final])
        final_b.append(ib[final])
        cut = (change | doubtful) & ~short
        # where to cut: a same-sign interval in half; a sign change where the edge is guessed to be, with a
        # pair FINAL_S apart around the guess once an end is within BRACKET_KM of the reach
        guess = 0.5 * (ta + tb)
        lean = np.flatnonzero(cut & ~change & (taylor > 0))  # cut just short of where the slope bound ends
        if len(lean):
            from_a = np.isfinite(table.slope[ia[lean]])
            off = np.where(from_a, 0.9 * taylor[lean], taylor[lean] + 0.1 * (dt[lean] - taylor[lean]))
            guess[lean] = ta[lean] + np.clip(off, 0.1 * dt[lean], 0.9 * dt[lean])
        c = np.flatnonzero(cut & change)
        if len(c):
            guess[c] = _edge_guess(table, ia[c], ib[c], ma[c], mb[c], ta[c], tb[c])
        bracket = cut & change & (np.minimum(np.abs(ma), np.abs(mb)) < BRACKET_KM)
        one = np.flatnonzero(cut & ~bracket)
        two = np.flatnonzero(bracket)
        if not len(one) and not len(two):
            break
        point = np.clip(guess[one], ta[one] + 0.02 * dt[one] + 0.1, tb[one] - 0.02 * dt[one] - 0.1)
        p = np.clip(guess[two] - FINAL_S / 2, ta[two] + 0.05, tb[two] - 0.05 - FINAL_S)
        new_mem = np.concatenate([mem[one], mem[two], mem[two]])
        new_t = np.concatenate([point, p, p + FINAL_S])
        samples = pair_margins(sats, region, new_mem, new_t, EXACT_BAND_KM, nearest=True, exact=exact)
        errors.append(samples.errors)
        error_who.append(new_mem)
        error_t.append(new_t)
        new = table.extend(samples)
        k1, k2 = len(one), len(one) + len(two)
        mid, p_i, q_i = new[:k1], new[k1:k2], new[k2:]
        with np.errstate(invalid="ignore"):
            secant = (table.m[q_i] - table.m[p_i]) / (table.t[q_i] - table.t[p_i])
        # a slope only from two exact margins (beyond EXACT_BAND_KM they are bounds, moved towards zero)
        exact_pair = (np.abs(table.m[p_i]) < EXACT_BAND_KM) & (np.abs(table.m[q_i]) < EXACT_BAND_KM)
        table.slope[p_i] = table.slope[q_i] = np.where(np.isfinite(secant) & exact_pair, secant, np.nan)
        mem = np.concatenate([mem[one], mem[one], mem[two], mem[two], mem[two]])
        ia, ib = (np.concatenate([ia[one], mid, ia[two], p_i, q_i]), np.concatenate([mid, ib[one], p_i, q_i, ib[two]]))
    who = np.concatenate(final_mem).astype(int)
    a, b = np.concatenate(final_a), np.concatenate(final_b)
    if exact:
        edges, bad = _bisect(sats, region, who, table.t[a], table.t[b], table.m[a], table.m[b], tolerance_s, cancelled)
        errors.append(bad[1])
        error_who.append(who)
        error_t.append(bad[0])
        edges = np.clip(edges, start_s, end_s)
    else:
        ma, mb = table.m[a], table.m[b]
        with np.errstate(invalid="ignore", divide="ignore"):
            edges = table.t[a] + (table.t[b] - table.t[a]) * np.clip(ma / (ma - mb), 0.0, 1.0)
    why = _rejections(np.concatenate(error_who), np.concatenate(error_t), np.concatenate(errors))
    rising = ~(table.m[a] < 0)  # outside -> inside: a start
    order = np.lexsort((edges, who))
    who, edges, rising = who[order], edges[order], rising[order]
    cut_at = np.searchsorted(who, np.arange(m_count + 1))
    result, clip_a, clip_b = [], np.zeros(m_count, dtype=bool), np.zeros(m_count, dtype=bool)
    for m in range(m_count):
        e, up = edges[cut_at[m]:cut_at[m + 1]], rising[cut_at[m]:cut_at[m + 1]]
        starts, ends = list(e[up]), list(e[~up])
        if inside_first[m]:
            starts.insert(0, start_s)
        if inside_last[m]:
            ends.append(end_s)
        ok = starts and len(starts) == len(ends)
        result.append(np.column_stack([starts, ends]) if ok else np.zeros((0, 2)))
        clip_a[m], clip_b[m] = ok and inside_first[m], ok and inside_last[m]
    if progress:
        progress(1.0)
    return result, clip_a, clip_b, why


def _rejections(who, times, codes) -> dict:
    """record -> 'SGP4 stopped at TIME: reason' at the earliest failed sample of every record with one."""
    bad = np.flatnonzero(codes != 0)
    out = {}
    if bad.size:
        order = bad[np.lexsort((times[bad], who[bad]))]
        for i in order:
            if int(who[i]) not in out:
                out[int(who[i])] = f"SGP4 stopped at {timebase.iso_utc(times[i])}: {sgp4_reason(codes[i])}"
    return out


def _bisect(sats: Satellites, region, who, lo, hi, m_lo, m_hi, tolerance_s, cancelled=None):
    """Edges in brackets [lo, hi] with margins m_lo, m_hi (one sign change each), bisected on the exact margin to
    a cell of a fixed grid of times, q = the largest power of two seconds not above ``tolerance_s``; the cell's
    middle."""
    q = 2.0 ** math.floor(math.log2(tolerance_s))
    lo, hi = lo.copy(), hi.copy()
    codes = np.zeros(len(lo), dtype=int)
    when = lo.copy()
    negative_lo = m_lo < 0
    # first the grid cell the straight line between the bracket's margins points at, both its ends at once:
    # over a bracket of a fraction of a second the line misses by far less than a cell, so most edges end here
    with np.errstate(invalid="ignore", divide="ignore"):
        guess = lo + (hi - lo) * np.clip(m_lo / (m_lo - m_hi), 0.0, 1.0)
    k = np.floor(np.nan_to_num(guess, nan=0.0) / q)
    c0, c1 = k * q, (k + 1) * q
    open_ = np.flatnonzero(np.isfinite(guess) & (c0 > lo) & (c1 < hi))
    if open_.size:
        both = np.concatenate([c0[open_], c1[open_]])
        s = pair_margins(sats, region, np.concatenate([who[open_], who[open_]]), both, 50.0, exact=True)
        stopped = s.errors != 0
        half = len(open_)
        for part in (slice(0, half), slice(half, None)):
            bad = np.flatnonzero(stopped[part])
            codes[open_[bad]] = s.errors[part][bad]
            when[open_[bad]] = both[part][bad]
        same0 = (s.m[:half] < 0) == negative_lo[open_]
        same1 = (s.m[half:] < 0) == negative_lo[open_]
        # lo's sign at c0 and the other at c1: the edge is in that cell; else the bracket shrinks to one side
        lo[open_] = np.where(same1, c1[open_], np.where(same0, c0[open_], lo[open_]))
        hi[open_] = np.where(same1, hi[open_], np.where(same0, c1[open_], c0[open_]))
    while True:
        if cancelled and cancelled():
            raise InterruptedError("cancelled")
        k_lo, k_hi = np.floor(lo / q) + 1, np.ceil(hi / q) - 1  # grid points strictly inside
        open_ = np.flatnonzero(k_hi >= k_lo)
        if not open_.size:
            break
        mid = np.floor((k_lo[open_] + k_hi[open_]) / 2) * q
        s = pair_margins(sats, region, who[open_], mid, 50.0, exact=True)
        stopped = s.errors != 0
        codes[open_[stopped]] = s.errors[stopped]
        when[open_[stopped]] = mid[stopped]
        same = (s.m < 0) == negative_lo[open_]
        lo[open_] = np.where(same, mid, lo[open_])
        hi[open_] = np.where(same, hi[open_], mid)
    return (np.floor(lo / q) + 0.5) * q, (when, codes)
