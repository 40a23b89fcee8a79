"""How sure is a position: an uncertainty model per element set, sampled as an ensemble.

The model (1-sigma, in km, as a function of the time dt from the element epoch):

- Real (tracked) sets. TLE errors grow mostly along the track (timing); across
  the track they stay much smaller. Along track:
      sigma_a(dt) = sqrt(A0^2 + (G1 |dt|)^2 + (G2 dt^2)^2)
  with A0 = 1 km at epoch and G1 = 2 km/day, the middle of the 1-3 km/day growth
  that Vallado & Cefola report for LEO TLEs ("Two-line element sets - practice and
  use", IAC-12.C1.6.12, 2012; Flohrer, Krag & Klinkrad, "Assessment and
  categorization of TLE orbit errors for the US SSN catalogue", AMOS 2008, find
  along-track errors of a few hundred metres to kilometres near epoch). The
  quadratic term G2 = 0.18 km/day^2 stands for unmodelled drag (a mean-motion error
  grows the timing error with dt^2); it is set from our own data: two real sets of
  Sentinel-1A, Sentinel-2A and Landsat 9 197-211 days apart differ by 5,300-9,200 km
  along the orbit (12-22 minutes), which sigma_a(197 d) = 7,000 km covers within
  the 90 % corridor (1.64 sigma). Across track: sigma_c = 0.3 km + 0.05 sigma_a (well below along-track, as
  Flohrer et al. find; the share is set so that our real pairs, 12-385 km apart
  across the track after 196-211 days, lie inside the 90 % corridor).
- Approximate sets (built from published figures): the position along the orbit
  is unknown (mean anomaly uniform over 360 deg); the node's local time is
  uncertain by the amount its derivation implies (a launch-time estimate: uniform
  +-30 min); the height by the published rounding (uniform +-half the last digit:
  0.05 km for "496.8 km", 25 km for "about 500 km").
- Designed sets: exact by definition (one member, no spread).

Members are SGP4 records with perturbed elements, propagated together with
sgp4's array API (SatrecArray). For real sets the timing error is carried by a
mean-anomaly offset and a mean-motion offset chosen so that each member's timing
error is exact at the reference time and grows at its rate around it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from sgp4.api import SatrecArray

from . import timebase
from .elements import ElementSet
from .access import ARC_MAX_RAD, crossing_fraction, track_sag_rad
from .constants import MEAN_EARTH_RADIUS_KM, WGS72_A_KM, WGS72_J2, WGS84_A_KM, WGS84_B_KM
from .groundtrack import geodetic_from_itrs
from .orbit import satrec_from_mean_elements, sun_synchronous_inclination_deg
from .sphere import angle_between, point_to_arcs_rad, unit_vectors

ALONG_AT_EPOCH_KM = 1.0
ALONG_GROWTH_KM_DAY = 2.0  # Vallado & Cefola (2012): 1-3 km/day for LEO TLEs
ALONG_DRAG_KM_DAY2 = 0.18  # fitted to our two real sets of three satellites, 197-211 days apart
CROSS_AT_EPOCH_KM = 0.3
CROSS_SHARE = 0.05
APPROX_NODE_TIME_MIN = 30.0  # a node time estimated from the launch time and pad longitude
Z90 = 1.6448536  # two-sided 90 % of a normal distribution


def along_track_sigma_km(dt_days) -> np.ndarray:
    dt = np.abs(np.asarray(dt_days, dtype=float))
    return np.sqrt(ALONG_AT_EPOCH_KM**2 + (ALONG_GROWTH_KM_DAY * dt) ** 2 + (ALONG_DRAG_KM_DAY2 * dt * dt) ** 2)


def cross_track_sigma_km(dt_days) -> np.ndarray:
    return CROSS_AT_EPOCH_KM + CROSS_SHARE * along_track_sigma_km(dt_days)


def height_rounding_km(es: ElementSet) -> float:
    """Half the last published digit of an approximate set's height (from its derivation text)."""
    import re

    numbers = re.findall(r"(?:perigee|apogee)\s+([0-9]+(?:\.[0-9]+)?)\s*km", es.derivation)
    if not numbers:
        return 25.0
    decimals = max((len(n.split(".")[1]) if "." in n else 0) for n in numbers)
    if decimals == 0 and all(float(n) % 50 == 0 for n in numbers):
        return 25.0  # "about 500 km"
    return 0.5 * 10.0 ** (-decimals)


@dataclass
class Ensemble:
    es: ElementSet
    satrecs: list  # member SGP4 records; the first is the nominal set
    kind: str  # "real", "approximate" or "designed"

    def __len__(self) -> int:
        return len(self.satrecs)

    def propagate_itrs(self, times_s):
        """Earth-fixed positions (M, T, 3) km of every member, in one SatrecArray call."""
        times_s = np.atleast_1d(np.asarray(times_s, dtype=float))
        whole, fraction = timebase.jd_utc(times_s)
        errors, r, _v = SatrecArray(self.satrecs).sgp4(whole, fraction)
        r = np.where((errors == 0)[..., None], r, np.nan)
        return np.moveaxis(timebase.teme_to_itrs(np.moveaxis(r, -1, 0), times_s), 0, -1)


def ensemble(es: ElementSet, members: int = 128, at_s: float | None = None, seed: int = 0) -> Ensemble:
    """Sample the element set's uncertainty model: ``members`` SGP4 records (the nominal first)."""
    if not 1 <= members <= 1024:
        raise ValueError(f"members {members} must be from 1 to 1024")
    sat = es.satrec
    if es.designed or members == 1:
        return Ensemble(es, [sat], "designed" if es.designed else "real")
    rng = np.random.default_rng(seed)
    n_rev_day = sat.no_kozai * 1440.0 / (2 * math.pi)
    a_km = sat.a * sat.radiusearthkm
    base = dict(e=float(sat.ecco), i=math.degrees(sat.inclo), raan=math.degrees(sat.nodeo),
                argp=math.degrees(sat.argpo), m=math.degrees(sat.mo))
    epoch_s = es.epoch_s
    records = [sat]
    if es.approximate:
        dh = height_rounding_km(es)
        for _ in range(members - 1):
            delta_h = rng.uniform(-dh, dh)
            a = a_km + delta_h
            n = n_rev_day * (a_km / a) ** 1.5
            inc = base["i"]
            if abs(inc - 97.5) < 7.5:  # a sun-synchronous set keeps its tilt matched to its height
                try:
                    inc = sun_synchronous_inclination_deg(a, base["e"])
                except ValueError:
                    pass
            raan = base["raan"] + 15.0 * rng.uniform(-APPROX_NODE_TIME_MIN, APPROX_NODE_TIME_MIN) / 60.0
            records.append(satrec_from_mean_elements(es.satnum, epoch_s, n, base["e"], inc, raan, base["argp"],
                                                     rng.uniform(0.0, 360.0)))
        return Ensemble(es, records, "approximate")
    ref_days = ((timebase.now_s() if at_s is None else at_s) - epoch_s) / 86400.0
    sigma_a = along_track_sigma_km(ref_days)
    # the timing error's rate at the reference time: d sigma_a / dt
    rate = (ALONG_GROWTH_KM_DAY**2 * ref_days + 2 * ALONG_DRAG_KM_DAY2**2 * ref_days**3) / max(sigma_a, 1e-9)
    sigma_c = cross_track_sigma_km(ref_days)
    for _ in range(members - 1):
        z = rng.standard_normal(2)
        along_km = z[0] * sigma_a
        rate_km_day = z[0] * rate  # perfectly correlated: the error grows the way it was made
        dm_deg = math.degrees(along_km / a_km)
        dn_rev_day = math.degrees(rate_km_day / a_km) / 360.0
        m0 = base["m"] + dm_deg - 360.0 * dn_rev_day * ref_days
        draan = math.degrees(z[1] * sigma_c / (a_km * max(0.2, math.sin(math.radians(base["i"])))))
        records.append(satrec_from_mean_elements(es.satnum, epoch_s, n_rev_day + dn_rev_day, base["e"], base["i"],
                                                 base["raan"] + draan, base["argp"], m0))
    return Ensemble(es, records, "real")


@dataclass
class Corridor:
    """The ensemble's spread around the nominal track: 90 % widths along and across the track (km)."""

    times_s: np.ndarray
    along_90_km: np.ndarray
    cross_90_km: np.ndarray
    members_lat_deg: np.ndarray  # (M, T) sub-points of every member, for drawing the band
    members_lon_deg: np.ndarray


def track_offsets_km(ens: Ensemble, times_s, r=None):
    """Each member's offset from the nominal satellite, as ground distances (km): along the orbit
    (the angle between them in the nominal orbit's plane) and across it (the angle out of that plane)."""
    times_s = np.atleast_1d(np.asarray(times_s, dtype=float))
    r = ens.propagate_itrs(times_s) if r is None else r
    later = ens.propagate_itrs(times_s + 1.0)[0]
    nominal = r[0]
    normal = np.cross(nominal, later)
    normal /= np.linalg.norm(normal, axis=1, keepdims=True)
    unit = r / np.linalg.norm(r, axis=2, keepdims=True)
    n_unit = nominal / np.linalg.norm(nominal, axis=1, keepdims=True)
    cross = np.arcsin(np.clip(np.einsum("mtk,tk->mt", unit, normal), -1, 1))
    along = np.arctan2(np.einsum("mtk,tk->mt", np.cross(n_unit[None], unit), normal), np.einsum("mtk,tk->mt", unit, n_unit))
    return along * WGS72_A_KM, cross * WGS72_A_KM


def corridor(ens: Ensemble, times_s) -> Corridor:
    """Where the satellite is with 90 % probability at each time, as widths and member sub-points."""
    times_s = np.atleast_1d(np.asarray(times_s, dtype=float))
    r = ens.propagate_itrs(times_s)  # (M, T, 3)
    along, cross = track_offsets_km(ens, times_s, r)
    spread = (lambda x: np.nanpercentile(x, 95, axis=0) - np.nanpercentile(x, 5, axis=0)) if len(ens) > 1 else \
        (lambda x: np.zeros(x.shape[1]))
    m, t = r.shape[:2]
    lat, lon, _h = geodetic_from_itrs(r.reshape(-1, 3).T)
    return Corridor(times_s, spread(along), spread(cross), lat.reshape(m, t), lon.reshape(m, t))


def describe_model(es: ElementSet, at_s: float) -> str:
    """One paragraph, with this set's numbers, for 'What am I looking at?' and the CLI."""
    dt = (at_s - es.epoch_s) / 86400.0
    if es.designed:
        return "A designed orbit is exact by definition: no uncertainty is shown."
    if es.approximate:
        return (f"{es.name}'s elements are built from published figures: where it is along its orbit is unknown "
                f"(any position is equally likely), its node's local time is uncertain by about "
                f"+-{APPROX_NODE_TIME_MIN:.0f} min and its height by +-{height_rounding_km(es):g} km. The track's "
                "pattern and the passes a day are well determined; the time of each pass is not (within about one "
                "orbit).")
    return (f"{es.name}'s elements are {abs(dt):.0f} days from their epoch. Element sets drift mostly along the "
            f"track: about {along_track_sigma_km(dt):,.0f} km (1 sigma; {Z90 * along_track_sigma_km(dt) / 7.5:,.0f} s "
            f"of timing at 90 %) here, from 1 km at epoch growing 2 km a day (Vallado & Cefola 2012) plus a drag "
            f"term fitted to our own data; across the track about {cross_track_sigma_km(dt):,.1f} km.")


# ----------------------------------------------------------------------------- passes of every member at once


@dataclass
class _Samples:
    """Margins at (member, time) pairs and what the chord bounds need, as parallel arrays."""

    t: np.ndarray  # times (s)
    m: np.ndarray  # margins (km): exact within the cutoff, beyond it lower bounds of the right sign
    s: np.ndarray  # signed distances to the region (km; beyond the cutoff, lower bounds of their size)
    reach: np.ndarray  # km
    x: np.ndarray  # (N, 3) unit vectors of the geodetic sub-points; nan where not computed
    near: np.ndarray  # (N, 3) nearest point of the region (the sub-point itself inside); nan where unknown


class _Table:
    """An append-only table of samples (grown by doubling, so appending stays cheap)."""

    FIELDS = ("t", "m", "s", "reach", "x", "near")

    def __init__(self, first: _Samples):
        self.size = len(first.t)
        for name in self.FIELDS:
            setattr(self, name, getattr(first, name).copy())

    def put(self, at: np.ndarray, other: _Samples) -> None:
        for name in self.FIELDS:
            getattr(self, name)[at] = getattr(other, name)

    def extend(self, other: _Samples) -> np.ndarray:
        """Append ``other``; returns its indices."""
        n = len(other.t)
        if self.size + n > len(self.t):
            capacity = max(2 * len(self.t), self.size + n)
            for name in self.FIELDS:
                old = getattr(self, name)
                grown = np.full((capacity,) + old.shape[1:], np.nan)
                grown[:self.size] = old[:self.size]
                setattr(self, name, grown)
        for name in self.FIELDS:
            getattr(self, name)[self.size:self.size + n] = getattr(other, name)
        self.size += n
        return np.arange(self.size - n, self.size)


def _pair_margins(ens: Ensemble, margin, member: np.ndarray, times: np.ndarray, cutoff_km: float,
                  nearest: bool = False) -> _Samples:
    """Margins of (member, time) pairs (as ``_margins``), SGP4 per member on its own times."""
    r = np.full((len(times), 3), np.nan)
    order = np.argsort(member, kind="stable")
    bounds = np.searchsorted(member[order], np.arange(len(ens) + 1))
    whole, fraction = timebase.jd_utc(times)
    for m in np.flatnonzero(np.diff(bounds)):
        idx = order[bounds[m]:bounds[m + 1]]
        errors, rm, _v = ens.satrecs[m].sgp4_array(whole[idx], fraction[idx])
        r[idx] = np.where((errors == 0)[:, None], rm, np.nan)
    return _margins(margin, timebase.teme_to_itrs(r.T, times).T, cutoff_km, times, nearest)


@dataclass
class EnsemblePasses:
    """Every member's passes (start, end) and what they say about the nominal ones."""

    ensemble: Ensemble
    start_s: float
    end_s: float
    member_passes: list  # per member: (n, 2) array of (start, end)


GEODETIC_SLACK_DEG = 0.2  # geodetic minus geocentric latitude: under 0.193 deg on WGS84
SUN_RATE_DEG_S = 0.2510 / 60.0  # the Sun's elevation at a place changes no faster (Earth's turn plus its own motion)


def _margins(margin, r_itrs: np.ndarray, cutoff_km: float, times=None, nearest: bool = False) -> _Samples:
    """Margins (km) at Earth-fixed positions (N, 3; nan where a member stopped), with the sub-points.

    Exact within ``cutoff_km`` of zero; beyond, lower bounds of the right sign
    (inf where there is no position). A sub-point further in latitude from the
    region than its reach plus the cutoff is bounded by that latitude gap alone
    (a great-circle distance is at least the difference in latitude), so most
    samples need no region distance. With ``nearest`` the region's nearest
    points are found too (where the distance is exact).
    """
    n = len(r_itrs)
    ok = np.isfinite(r_itrs[:, 0])
    values = np.full(n, np.inf)
    x, near_pt = np.full((n, 3), np.nan), np.full((n, 3), np.nan)
    norm = np.linalg.norm(r_itrs, axis=1)
    with np.errstate(invalid="ignore"):
        height_bound = float(np.nanmax(norm, initial=6378.0)) - WGS84_B_KM  # above the polar radius
        lat_gc = np.degrees(np.arcsin(np.clip(r_itrs[:, 2] / norm, -1.0, 1.0)))
    reach_max = margin.criterion.reach_km(max(height_bound, 0.0))
    lo, hi = margin.region.latitude_range_deg()
    gap_deg = np.maximum(np.maximum(lo - lat_gc, lat_gc - hi) - GEODETIC_SLACK_DEG, 0.0)
    bound = MEAN_EARTH_RADIUS_KM * np.radians(gap_deg) - reach_max
    far = ok & (bound > cutoff_km)
    values[far] = bound[far]
    dist = np.where(far, bound + reach_max, np.inf)
    reach = np.full(n, reach_max)
    every = np.flatnonzero(ok)
    lat_all, lon_all, h_all = geodetic_from_itrs(r_itrs[every].T)
    x[every] = unit_vectors(lat_all, lon_all)
    pick = ~far[every]
    idx = every[pick]
    if idx.size:
        lat, lon, h = lat_all[pick], lon_all[pick], h_all[pick]
        reach[idx] = margin.criterion.reach_km(h)
        limit = cutoff_km + float(reach[idx].max())
        if nearest:
            d, q_lat, q_lon = margin.region.signed_distance_and_closest(lat, lon, cutoff_km=limit)
            q = unit_vectors(q_lat, q_lon)
            # only a point at the distance found is a nearest point (elsewhere the region leaves the sub-point)
            exact = (d <= 0) | (np.abs(angle_between(q, x[idx]) * MEAN_EARTH_RADIUS_KM - d) < 1e-3)
            near_pt[idx[exact]] = np.where((d <= 0)[exact, None], x[idx[exact]], q[exact])
        else:
            d = margin.region.signed_distance_km(lat, lon, cutoff_km=limit)
        dist[idx] = d
        values[idx] = d - reach[idx]
    t = np.zeros(n) if times is None else np.asarray(times, dtype=float)
    return _Samples(t, values, dist, reach, x, near_pt)


def _dark(region, times: np.ndarray, sun_min_deg: float) -> np.ndarray:
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


def _night_runs(clear: np.ndarray, dark: np.ndarray) -> np.ndarray:
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


GEODETIC_SLACK_RAD = math.radians(GEODETIC_SLACK_DEG)


PLANE_MODEL_SPAN_S = 23040.0  # one SGP4 position and velocity per member this often (about four turns) gives the model


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


def _plane_model_directions(ens: Ensemble, times: np.ndarray, span_s: float):
    """Earth-fixed unit vectors (M, T, 3) of every member from the plane model, and its error bound (rad).

    One SatrecArray call at reference times ``span_s`` apart gives each
    member's position and velocity; in between, the direction turns uniformly
    in that plane at the member's secular rate, and the Earth under it.
    """
    ref = np.arange(times[0], times[-1] + span_s, span_s)
    whole, fraction = timebase.jd_utc(ref)
    errors, r, v = SatrecArray(ens.satrecs).sgp4(whole, fraction)
    bad = errors != 0
    r_hat = r / np.linalg.norm(r, axis=-1, keepdims=True)
    h = np.cross(r, v)
    e_hat = np.cross(h / np.linalg.norm(h, axis=-1, keepdims=True), r_hat)
    rate = np.array([(sat.mdot + sat.argpdot) / 60.0 for sat in ens.satrecs])
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
    error = max(plane_model_error_rad(sat, span_s) for sat in ens.satrecs)
    return d, error


def _far_stretches(ens: Ensemble, margin, times: np.ndarray) -> np.ndarray:
    """(M, K) intervals between consecutive coarse times whose whole stretch of track keeps out of reach of the
    region's bounding cap, judged without propagating every member at every coarse time.

    Each member's direction comes from the plane model (within its error bound
    of the true one); over a stretch of up to ``access.ARC_MAX_RAD`` the track
    strays from the great-circle arc between its ends by at most
    ``access.track_sag_rad``, and a geodetic sub-point lies within 0.2 deg of the
    geocentric direction. Far from the region this settles an interval of 16
    minutes that the speed bound cannot. Nothing is settled for orbits the
    chord bounds do not cover (eccentric or high ones).
    """
    k = len(times) - 1
    if margin.sag_rad_s2 is None or margin.region.cap_radius >= math.pi / 2:
        return np.zeros((len(ens), k), dtype=bool)
    u, error = _plane_model_directions(ens, times, PLANE_MODEL_SPAN_S)
    a, b = u[:, :-1], u[:, 1:]
    dt_s = np.diff(times)
    dist = point_to_arcs_rad(margin.region.cap_centre, a, b)
    arc = angle_between(a, b)
    sag = track_sag_rad(margin, dt_s, arc)
    reach = float(margin.criterion.reach_rad(np.array([margin.max_height_km]))[0])
    with np.errstate(invalid="ignore"):
        lower = dist - margin.region.cap_radius - sag - GEODETIC_SLACK_RAD - error
        return (arc <= ARC_MAX_RAD) & (lower * MEAN_EARTH_RADIUS_KM > reach * MEAN_EARTH_RADIUS_KM + 1.0)


SECANT_MAX_S = 120.0  # over longer intervals the straight line between two margins is no guess of the edge
FINAL_S = 0.4  # the bracket put around a guessed edge
BRACKET_KM = 15.0  # ... once an end's margin is this small (a couple of seconds from the edge)


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
    return ta + (tb - ta) * frac


def ensemble_passes(ens: Ensemble, region, criterion, start_s: float, end_s: float,
                    daylight_min_sun_deg: float | None = None, coarse_step_s: float = 960.0,
                    progress=None, cancelled=None) -> EnsemblePasses:
    """The pass search of ``access.find_intervals`` run on all members together.

    Coarse intervals (16 min) whose stretch of track keeps away from the
    region's bounding cap are left out from a plane model of every member
    (``_far_stretches``: one SatrecArray call every four turns or so); margins
    are computed only at the ends of the rest. With a daylight test, runs of
    intervals during which the whole region is dark are left out too. An
    interval is settled by the speed bound or by the chord bounds
    (``access.chord_verdicts``); the others are cut: in half, or, with a sign
    change, where the edge is guessed to be (``_edge_guess``), with a bracket
    of 0.4 s once an end is within 15 km of the reach. A sign change under
    0.5 s is an edge, placed by the straight line between its margins.
    Daylight is judged at the region's nearest point to the sub-satellite
    point at mid-pass. Margins are spherical for every criterion (the contact
    criterion of ``find_passes`` refines its edges on the ellipsoid: seconds
    apart for low orbits, up to ten for high ones).
    """
    from .access import EXACT_BAND_KM, MIN_INTERVAL_S, Margin, chord_verdicts

    margin = Margin(ens.es, region, criterion)
    speed = margin.speed_bound_km_s * 1.05  # members differ slightly in height
    m_count = len(ens)
    t = np.arange(start_s, end_s, coarse_step_s)
    t = np.append(t, end_s) if t[-1] < end_s else t
    n_t = len(t)
    far = _far_stretches(ens, margin, t)
    # margins only where an interval is left to search (elsewhere the track keeps out of reach: +inf stands in)
    needed = np.zeros((m_count, n_t), dtype=bool)
    needed[:, :-1] |= ~far
    needed[:, 1:] |= ~far
    n_all = m_count * n_t
    table = _Table(_Samples(np.tile(t, m_count), np.full(n_all, np.inf), np.full(n_all, np.inf), np.zeros(n_all),
                            np.full((n_all, 3), np.nan), np.full((n_all, 3), np.nan)))
    at = np.flatnonzero(needed.ravel())
    table.put(at, _pair_margins(ens, margin, at // n_t, table.t[at], EXACT_BAND_KM, nearest=True))
    grid = table.m[:n_all].reshape(m_count, n_t)
    inside_first, inside_last = grid[:, 0] < 0, grid[:, -1] < 0
    ma, mb = grid[:, :-1], grid[:, 1:]
    with np.errstate(invalid="ignore"):
        clear = far | ((ma > 0) & (mb > 0) & ((ma + mb - speed * np.diff(t)) / 2 > 0))
    if daylight_min_sun_deg is not None:
        night = _night_runs(clear, _dark(region, t, daylight_min_sun_deg))
        inside_first &= ~night[:, 0]
        inside_last &= ~night[:, -1]
        clear |= night
    if progress:
        progress(0.4)
    # a work list of intervals (member, sample index at a, at b): settled ones leave it, the others are cut
    mem, k = np.nonzero(~clear)
    ia, ib = mem * n_t + k, mem * n_t + k + 1
    final_mem, final_a, final_b = [np.zeros(0, dtype=int)], [np.zeros(0, dtype=int)], [np.zeros(0, dtype=int)]
    while len(mem):
        if cancelled and cancelled():
            raise InterruptedError("cancelled")
        ta, tb, ma, mb = table.t[ia], table.t[ib], table.m[ia], table.m[ib]
        dt = tb - ta
        change = (ma < 0) != (mb < 0)
        with np.errstate(invalid="ignore"):
            doubtful = ~change & np.where(ma < 0, (ma + mb + speed * dt) / 2 >= 0, (ma + mb - speed * dt) / 2 <= 0)
        if doubtful.any():
            d = np.flatnonzero(doubtful)
            a, b = ia[d], ib[d]
            out, inside = chord_verdicts(margin, dt[d], table.x[a], table.x[b], table.s[a], table.s[b],
                                         table.reach[a], table.reach[b], table.near[a], table.near[b])
            doubtful[d[out | inside]] = False
        short = dt <= MIN_INTERVAL_S
        final = change & short
        final_mem.append(mem[final])
        final_a.append(ia[final])
        final_b.append(ib[final])
        cut = (change | doubtful) & ~short
        # where to cut: a same-sign interval in half; a sign change where the edge is guessed to be, with a
        # bracket of FINAL_S around the guess once an end is within BRACKET_KM of the reach
        guess = 0.5 * (ta + tb)
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
        new = table.extend(_pair_margins(ens, margin, new_mem, new_t, EXACT_BAND_KM, nearest=True))
        k1, k2 = len(one), len(one) + len(two)
        mid, p_i, q_i = new[:k1], new[k1:k2], new[k2:]
        mem = np.concatenate([mem[one], mem[one], mem[two], mem[two], mem[two]])
        ia, ib = (np.concatenate([ia[one], mid, ia[two], p_i, q_i]), np.concatenate([mid, ib[one], p_i, q_i, ib[two]]))
    who = np.concatenate(final_mem).astype(int)
    a, b = np.concatenate(final_a), np.concatenate(final_b)
    ma, mb = table.m[a], table.m[b]
    with np.errstate(invalid="ignore", divide="ignore"):
        edges = table.t[a] + (table.t[b] - table.t[a]) * np.clip(ma / (ma - mb), 0.0, 1.0)
    rising = ~(ma < 0)  # outside -> inside: a start
    result = []
    order = np.lexsort((edges, who))
    who, edges, rising = who[order], edges[order], rising[order]
    bounds = np.searchsorted(who, np.arange(m_count + 1))
    for m in range(m_count):
        e, up = edges[bounds[m]:bounds[m + 1]], rising[bounds[m]:bounds[m + 1]]
        starts, ends = list(e[up]), list(e[~up])
        if inside_first[m]:
            starts.insert(0, start_s)
        if inside_last[m]:
            ends.append(end_s)
        result.append(np.column_stack([starts, ends]) if starts and len(starts) == len(ends) else np.zeros((0, 2)))
    if daylight_min_sun_deg is not None:
        mids = [(m, iv) for m, iv in enumerate(result) if len(iv)]
        if mids:
            mem = np.concatenate([np.full(len(iv), m) for m, iv in mids])
            mid_t = np.concatenate([iv.mean(axis=1) for _m, iv in mids])
            mid_samples = _pair_margins(ens, margin, mem, mid_t, 50.0, nearest=True)
            near = np.where(np.isfinite(mid_samples.near[:, :1]), mid_samples.near, mid_samples.x)
            q_lat, q_lon = np.degrees(np.arcsin(np.clip(near[:, 2], -1, 1))), np.degrees(np.arctan2(near[:, 1], near[:, 0]))
            sunlit = timebase.sun_elevation_deg(q_lat, q_lon, mid_t) >= daylight_min_sun_deg
            k = 0
            for m, iv in mids:
                result[m] = iv[sunlit[k:k + len(iv)]]
                k += len(iv)
    if progress:
        progress(1.0)
    return EnsemblePasses(ens, start_s, end_s, result)


def interval_stats(intervals: np.ndarray, start_s: float, end_s: float) -> dict:
    """Accesses, passes a day, mean/median/longest gap (s; None without two passes) of one member."""
    n = len(intervals)
    days = (end_s - start_s) / 86400.0
    gaps = intervals[1:, 0] - intervals[:-1, 1] if n > 1 else np.zeros(0)
    return {"accesses": n, "passes_per_day": n / days,
            "mean_gap_s": float(gaps.mean()) if gaps.size else None,
            "median_gap_s": float(np.median(gaps)) if gaps.size else None,
            "longest_gap_s": float(gaps.max()) if gaps.size else None}


def stat_ranges(ep: EnsemblePasses, nominal: dict) -> dict:
    """5-95 % ranges of every statistic over the members, each holding its nominal value."""
    out = {}
    per_member = [interval_stats(iv, ep.start_s, ep.end_s) for iv in ep.member_passes]
    for key, value in nominal.items():
        samples = np.array([s[key] for s in per_member if s[key] is not None], dtype=float)
        if value is None or not samples.size:
            out[key] = {"nominal": value, "low": None, "high": None}
            continue
        low, high = np.percentile(samples, [5, 95])
        out[key] = {"nominal": value, "low": float(min(low, value)), "high": float(max(high, value))}
    return out


def start_windows(ep: EnsemblePasses, nominal_starts, period_s: float):
    """For each nominal pass: (earliest, latest) start among members (5-95 %) and the share of members with it."""
    starts = [iv[:, 0] for iv in ep.member_passes]
    windows = []
    for s0 in nominal_starts:
        found = []
        for member_starts in starts:
            near = member_starts[np.abs(member_starts - s0) <= period_s / 2]
            if near.size:
                found.append(near[np.argmin(np.abs(near - s0))])
        share = len(found) / len(starts)
        if found:
            lo, hi = np.percentile(found, [5, 95])
            windows.append((float(min(lo, s0)), float(max(hi, s0)), share))
        else:
            windows.append((s0, s0, share))
    return windows


def analysis_uncertainty(analysis, sets, members: int = 32, cancelled=None) -> dict:
    """For each satellite of an analysis: (start windows by nominal pass start, 5-95 % statistic ranges)."""
    out = {}
    for es in sets:
        passes = analysis.passes.get(es.satnum, [])
        ep = ensemble_passes(ensemble(es, members, at_s=0.5 * (analysis.start_s + analysis.end_s)), analysis.region,
                             analysis.criterion, analysis.start_s, analysis.end_s, analysis.daylight_min_sun_deg,
                             cancelled=cancelled)
        period = 2 * math.pi / es.satrec.no_kozai * 60.0
        windows = start_windows(ep, [p.start_s for p in passes], period)
        intervals = np.array([[p.start_s, p.end_s] for p in passes]).reshape(-1, 2)
        ranges = stat_ranges(ep, interval_stats(intervals, analysis.start_s, analysis.end_s))
        out[es.satnum] = ({p.start_s: w for p, w in zip(passes, windows)}, ranges)
    return out
