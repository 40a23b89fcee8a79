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
from .constants import WGS72_A_KM
from .groundtrack import geodetic_from_itrs
from .orbit import satrec_from_mean_elements, sun_synchronous_inclination_deg

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


def model_figures(es: ElementSet, at_s: float) -> dict:
    """The uncertainty model's numbers for this set at ``at_s``: {"kind": "designed" | "approximate" | "tracked"}
    and, for an approximate set, node_minutes and height_km (+-); for a tracked one days (from epoch),
    along_km and across_km (1 sigma) and timing_s (90 %, at 7.5 km/s along the track)."""
    if es.designed:
        return {"kind": "designed"}
    if es.approximate:
        return {"kind": "approximate", "node_minutes": APPROX_NODE_TIME_MIN, "height_km": height_rounding_km(es)}
    dt = (at_s - es.epoch_s) / 86400.0
    along = along_track_sigma_km(dt)
    return {"kind": "tracked", "days": abs(dt), "along_km": along, "timing_s": Z90 * along / 7.5,
            "across_km": cross_track_sigma_km(dt)}


def describe_model(es: ElementSet, at_s: float) -> str:
    """One paragraph, with this set's numbers, for 'What am I looking at?' and the CLI."""
    f = model_figures(es, at_s)
    if f["kind"] == "designed":
        return "A designed orbit is exact by definition: no uncertainty is shown."
    if f["kind"] == "approximate":
        return (f"{es.name}'s elements are built from published figures: where it is along its orbit is unknown "
                f"(any position is equally likely), its node's local time is uncertain by about "
                f"+-{f['node_minutes']:.0f} min and its height by +-{f['height_km']:g} km. The track's "
                "pattern and the passes a day are well determined; the time of each pass is not (within about one "
                "orbit).")
    return (f"{es.name}'s elements are {f['days']:.0f} days from their epoch. Element sets drift mostly along the "
            f"track: about {f['along_km']:,.0f} km (1 sigma; {f['timing_s']:,.0f} s "
            f"of timing at 90 %) here, from 1 km at epoch growing 2 km a day (Vallado & Cefola 2012) plus a drag "
            f"term fitted to our own data; across the track about {f['across_km']:,.1f} km.")


# ----------------------------------------------------------------------------- passes of every member at once


@dataclass
class EnsemblePasses:
    """Every member's passes (start, end) and what they say about the nominal ones."""

    ensemble: Ensemble
    start_s: float
    end_s: float
    member_passes: list  # per member: (n, 2) array of (start, end)


def ensemble_passes(ens: Ensemble, region, criterion, start_s: float, end_s: float,
                    daylight_min_sun_deg: float | None = None, coarse_step_s: float = 960.0,
                    progress=None, cancelled=None) -> EnsemblePasses:
    """Every member's passes: the members are one batch of the pass engine (``batch.search``).

    Margins are spherical for every criterion and an edge is placed by the
    straight line within its last 0.5 s (the contact criterion of
    ``find_passes`` refines its edges on the ellipsoid: seconds apart for low
    orbits, up to ten for high ones). Daylight is judged at the region's
    nearest point to the sub-satellite point at mid-pass. A member SGP4 stops
    on within the window has no passes.
    """
    from .batch import Satellites, pair_margins, search

    sats = Satellites.of(ens.satrecs, criterion)
    found = search(sats, region, start_s, end_s, daylight_min_sun_deg, coarse_step_s, None, progress, cancelled)
    result = found.intervals
    if daylight_min_sun_deg is not None:
        mids = [(m, iv) for m, iv in enumerate(result) if len(iv)]
        if mids:
            mem = np.concatenate([np.full(len(iv), m) for m, iv in mids])
            mid_t = np.concatenate([iv.mean(axis=1) for _m, iv in mids])
            mid_samples = pair_margins(sats, region, mem, mid_t, 50.0, nearest=True)
            near = np.where(np.isfinite(mid_samples.near[:, :1]), mid_samples.near, mid_samples.x)
            q_lat, q_lon = np.degrees(np.arcsin(np.clip(near[:, 2], -1, 1))), np.degrees(np.arctan2(near[:, 1], near[:, 0]))
            sunlit = timebase.sun_elevation_deg(q_lat, q_lon, mid_t) >= daylight_min_sun_deg
            k = 0
            for m, iv in mids:
                result[m] = iv[sunlit[k:k + len(iv)]]
                k += len(iv)
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
