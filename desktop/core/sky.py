"""The observer's sky: where to look (azimuth, elevation), Earth's shadow, passes and visible passes.

Frames and models
-----------------
- Positions: SGP4 (``SatrecArray`` for many sets at once) in TEME, turned into
  the Earth-fixed frame by Earth rotation alone (``timebase.teme_to_itrs``;
  polar motion, under 15 m, is neglected).
- Look angles: the satellite's Earth-fixed position minus the observer's
  WGS84 position, rotated into east-north-up at the observer's geodetic
  latitude. Azimuth from north through east. Elevations are *geometric*:
  atmospheric refraction (about 0.5 deg at the horizon, 0.1 deg at 10 deg) is
  NOT included, as in skyfield's ``altaz()`` without a temperature.
- Earth's shadow (``shadow_state``): the Sun is a disc (radius 695,700 km, IAU
  2015) at its true distance and direction from JPL DE421; the Earth is a
  sphere of WGS84 equatorial radius (as skyfield's ``is_sunlit``). Seen from
  the satellite the two discs overlap: no overlap is sunlit, the Earth
  covering the whole Sun is umbra, anything between is penumbra (the conical
  model of Montenbruck & Gill, *Satellite Orbits*, sec. 3.4.2). Shadow entry
  and exit are reported when the Sun's centre passes the Earth's limb, the
  middle of the penumbra, which is skyfield's ``is_sunlit`` criterion; the
  penumbra (entry to umbra) lasts about 10 s for a low orbit (ISS 12 s, HST and
  CSS 8.5 s on 12 March 2026), longer where the orbit meets the shadow obliquely. The Earth's
  flattening (21 km at the poles) and the atmosphere (refraction and dimming
  near the limb) move the real edges by a few seconds; neither is modelled.
- Passes (``observer_passes``) come from the one batched pass engine
  (``batch.search``) with the contact criterion at a point, at a mask half a
  degree lower; each candidate is then refined on the exact topocentric
  elevation (with the observer's height) to 0.05 s.
- Visible passes (``visible_search``): the satellite is above the mask,
  sunlit (the Sun's centre above the Earth's limb as seen from it) and the
  Sun's centre at the observer is below the twilight limit.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, field

import numpy as np
from sgp4.api import SatrecArray

from . import brightness, timebase
from .constants import SUN_RADIUS_KM, WGS84_A_KM
from .groundtrack import itrs_from_geodetic

DEFAULT_MASK_DEG = 10.0
DEFAULT_SUN_LIMIT_DEG = -6.0  # civil twilight
SUN_LIMIT_RANGE_DEG = (-18.0, 0.0)  # astronomical twilight to sunset
EDGE_TOLERANCE_S = 0.05  # every edge (rise, set, shadow, twilight) is bisected to this
SEARCH_MASK_SLACK_DEG = 0.5  # the engine's contact windows are searched this far below the mask (height, ellipsoid)
STATE_STEP_S = 10.0  # a visible stretch shorter than this (in low orbit; see _state_steps) can be missed
DETAIL_STEP_S = 5.0  # samples for the highest point (refined by a parabola) and the brightest moment ...
DETAIL_MAX_SAMPLES = 301  # ... at most this many a pass (the hours-long passes of high orbits change slowly)
DARK_STEP_S = 120.0  # the Sun's elevation changes under 0.5 deg in this time
GEO_MEAN_MOTION_REV_DAY = (0.9, 1.1)  # geosynchronous: it neither rises nor sets (if nearly circular)


# ----------------------------------------------------------------------------- the observer


@dataclass(frozen=True)
class Observer:
    """A place on the ground: WGS84 geodetic latitude and longitude (deg), height above the ellipsoid (m)."""

    lat_deg: float
    lon_deg: float
    height_m: float = 0.0
    name: str = ""

    def __post_init__(self):
        for what, value in (("latitude", self.lat_deg), ("longitude", self.lon_deg), ("height", self.height_m)):
            if not isinstance(value, (int, float, np.floating, np.integer)) or not math.isfinite(float(value)):
                raise ValueError(f"observer {what} {value!r} is not a finite number")
        if not -90.0 <= float(self.lat_deg) <= 90.0:
            raise ValueError(f"observer latitude {float(self.lat_deg):g} deg is beyond +-90")
        if not -180.0 <= float(self.lon_deg) <= 360.0:
            raise ValueError(f"observer longitude {float(self.lon_deg):g} deg is outside -180 to 360")
        if not -500.0 <= float(self.height_m) <= 10000.0:
            raise ValueError(f"observer height {float(self.height_m):g} m is outside -500 to 10,000 m")
        object.__setattr__(self, "lat_deg", float(self.lat_deg))
        object.__setattr__(self, "lon_deg", float((float(self.lon_deg) + 180.0) % 360.0 - 180.0))
        object.__setattr__(self, "height_m", float(self.height_m))

    @property
    def itrs_km(self) -> np.ndarray:
        """Earth-fixed position (3,) km."""
        return itrs_from_geodetic(self.lat_deg, self.lon_deg, self.height_m / 1000.0)

    @property
    def enu_matrix(self) -> np.ndarray:
        """Rows: east, north, up unit vectors (Earth-fixed) at the observer's geodetic latitude."""
        lat, lon = math.radians(self.lat_deg), math.radians(self.lon_deg)
        sl, cl, so, co = math.sin(lat), math.cos(lat), math.sin(lon), math.cos(lon)
        return np.array([[-so, co, 0.0], [-sl * co, -sl * so, cl], [cl * co, cl * so, sl]])

    @property
    def position_text(self) -> str:
        """'51.5 N, 0.1 W' (one decimal, as in the one-line reasons)."""
        return f"{latitude_text(self.lat_deg)}, {abs(self.lon_deg):.1f} {'E' if self.lon_deg >= 0 else 'W'}"

    @property
    def label(self) -> str:
        return f"{self.name} ({self.position_text})" if self.name else self.position_text


def latitude_text(lat_deg: float) -> str:
    return f"{abs(lat_deg):.1f} {'N' if lat_deg >= 0 else 'S'}"


COMPASS_POINTS = ("N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW")


def compass_point(az_deg: float) -> str:
    """The nearest of the 16 compass points to an azimuth (English abbreviations; the window translates them)."""
    return COMPASS_POINTS[int(round((float(az_deg) % 360.0) / 22.5)) % 16]


def sky_disc_xy(az_deg, el_deg, looking_up: bool = True):
    """Azimuth and elevation on the unit disc of a sky chart: the zenith at the centre, the horizon on the
    rim (radius (90 - el) / 90, equidistant in elevation), north at the top. ``looking_up``: the sky as
    seen lying on one's back with one's head to the north, so east is on the LEFT; False: as a map, east on
    the right. y grows upwards (a screen flips it)."""
    az = np.radians(np.asarray(az_deg, dtype=float))
    r = (90.0 - np.asarray(el_deg, dtype=float)) / 90.0
    x = r * np.sin(az)
    return (-x if looking_up else x), r * np.cos(az)


# ----------------------------------------------------------------------------- positions and look angles


def _satrecs(sets) -> tuple[list, bool]:
    """SGP4 records from one ElementSet / Satrec or a sequence of them; True when one was given."""
    if hasattr(sets, "satrec") or hasattr(sets, "sgp4_array"):
        sets = [sets]
        single = True
    else:
        sets = list(sets)
        single = False
    return [getattr(s, "satrec", s) for s in sets], single


def positions_itrs(sets, times_s) -> np.ndarray:
    """Earth-fixed positions (n_sats, 3, n_times) km from one ``SatrecArray`` call; nan where SGP4 fails."""
    satrecs, _ = _satrecs(sets)
    times_s = np.atleast_1d(np.asarray(times_s, dtype=float))
    whole, fraction = timebase.jd_utc(times_s)
    errors, r, _v = SatrecArray(satrecs).sgp4(np.ascontiguousarray(whole), np.ascontiguousarray(fraction))
    r = np.where((errors != 0)[..., None], np.nan, r)  # (n, T, 3)
    theta = timebase.gmst_radians(times_s)
    c, s = np.cos(theta), np.sin(theta)
    x, y, z = r[..., 0], r[..., 1], r[..., 2]
    return np.stack([c * x + s * y, -s * x + c * y, z], axis=1)


def topocentric(r_itrs_km, observer: Observer):
    """Azimuth (deg, from north through east), geometric elevation (deg) and range (km) of Earth-fixed
    positions (3, ...) seen from the observer."""
    los = np.asarray(r_itrs_km, dtype=float) - observer.itrs_km.reshape((3,) + (1,) * (np.ndim(r_itrs_km) - 1))
    enu = np.tensordot(observer.enu_matrix, los, axes=(1, 0))
    rng = np.sqrt(np.sum(los * los, axis=0))
    az = np.degrees(np.arctan2(enu[0], enu[1])) % 360.0
    el = np.degrees(np.arcsin(np.clip(enu[2] / rng, -1.0, 1.0)))
    return az, el, rng


def look_angles(sets, observer: Observer, times_s):
    """(az_deg, el_deg, range_km) of satellites seen from the observer.

    ``sets``: one ElementSet (or Satrec), giving arrays shaped like ``times_s``,
    or a sequence, giving (n_sats,) + that shape. Geometric elevation (no refraction);
    nan where SGP4 fails. Reference: skyfield ``(sat - topos).at(t).altaz()``.
    """
    _, single = _satrecs(sets)
    shape = np.shape(times_s)  # a scalar time gives scalars (one set) or (n_sats,) arrays
    r = positions_itrs(sets, times_s)  # (n, 3, T)
    az, el, rng = (a.reshape((len(a),) + shape) for a in topocentric(np.moveaxis(r, 1, 0), observer))
    if single:
        return az[0], el[0], rng[0]
    return az, el, rng


# ----------------------------------------------------------------------------- Sun, Moon and Earth's shadow


@functools.lru_cache(maxsize=64)
def _sun_distance_block(block: int):
    """Earth-Sun distance (km), daily over a block of 32 days (both ends), from DE421."""
    days = np.arange(block * 32, block * 32 + 33, dtype=float) * timebase.DAY_S
    first, last = timebase.sun_range_s()
    days = np.clip(days, first, last)
    eph = timebase.ephemeris()
    d = (eph["sun"] - eph["earth"]).at(timebase.skyfield_time(days)).distance().km
    return days, np.asarray(d, dtype=float)


def sun_distance_km(times_s) -> np.ndarray:
    """Earth-Sun distance (km) at POSIX times, interpolated from daily DE421 values (error well under 1 km
    per 1e5: the distance changes by at most 0.03 % a day)."""
    times_s = np.atleast_1d(np.asarray(times_s, dtype=float))
    blocks = np.floor(times_s / (32 * timebase.DAY_S)).astype(np.int64)
    out = np.empty(times_s.shape)
    for block in np.unique(blocks):  # a few 32-day blocks, not a loop over times
        grid, d = _sun_distance_block(int(block))
        at = blocks == block
        out[at] = np.interp(times_s[at], grid, d)
    return out


def sun_itrs_km(times_s) -> np.ndarray:
    """The Sun's Earth-fixed position (3, N) km: DE421 direction (``timebase.sun_direction_itrs``) and distance."""
    times_s = np.atleast_1d(np.asarray(times_s, dtype=float))
    return timebase.sun_direction_itrs(times_s) * sun_distance_km(times_s)


def sun_altaz(observer: Observer, times_s):
    """(az_deg, el_deg) of the Sun's centre at the observer (geometric, no refraction); arrays like ``times_s``."""
    shape = np.shape(times_s)
    az, el, _ = topocentric(sun_itrs_km(times_s), observer)
    return az.reshape(shape), el.reshape(shape)


def moon_altaz(observer: Observer, times_s):
    """(az_deg, el_deg) of the Moon's centre at the observer (topocentric, from DE421 through skyfield;
    the Moon's parallax is up to a degree, so it is not the geocentric direction)."""
    from skyfield.api import wgs84

    times_s = np.asarray(times_s, dtype=float)
    eph = timebase.ephemeris()
    place = eph["earth"] + wgs84.latlon(observer.lat_deg, observer.lon_deg, elevation_m=observer.height_m)
    alt, az, _ = place.at(timebase.skyfield_time(times_s)).observe(eph["moon"]).apparent().altaz()
    return np.asarray(az.degrees).reshape(times_s.shape), np.asarray(alt.degrees).reshape(times_s.shape)


def moon_illuminated_fraction(times_s):
    """Fraction of the Moon's disc lit (0 new, 1 full), geocentric."""
    from skyfield import almanac

    eph = timebase.ephemeris()
    t = timebase.skyfield_time(np.asarray(times_s, dtype=float))
    return np.asarray(almanac.fraction_illuminated(eph, "moon", t))


def _shadow_geometry(r_itrs_km, times_s):
    """Apparent radii of the Sun (a) and the Earth (b) seen from the satellite and the angle (c) between
    their centres, all radians, shaped like the positions without their first axis."""
    r = np.asarray(r_itrs_km, dtype=float)
    s = sun_itrs_km(times_s)
    s = s.reshape((3,) + (1,) * (r.ndim - 2) + (s.shape[-1],)) if r.ndim > 2 else s
    d = s - r  # satellite to Sun
    r_norm = np.sqrt(np.sum(r * r, axis=0))
    d_norm = np.sqrt(np.sum(d * d, axis=0))
    a = np.arcsin(np.clip(SUN_RADIUS_KM / d_norm, 0.0, 1.0))
    b = np.arcsin(np.clip(WGS84_A_KM / r_norm, 0.0, 1.0))
    c = np.arccos(np.clip(-np.sum(r * d, axis=0) / (r_norm * d_norm), -1.0, 1.0))
    return a, b, c


SUNLIT, PENUMBRA, UMBRA = 0, 1, 2


def shadow_state(r_itrs_km, times_s) -> np.ndarray:
    """0 sunlit, 1 penumbra, 2 umbra, for Earth-fixed positions (3, ..., n_times) at POSIX times (n_times,).

    The conical model (see the module's text): from the satellite, the Sun's
    disc (radius a) and the Earth's (radius b) are c apart; c >= a + b is
    sunlit, c <= b - a umbra, between them penumbra. nan positions are sunlit.
    """
    a, b, c = _shadow_geometry(r_itrs_km, times_s)
    state = np.where(c >= a + b, SUNLIT, np.where(c <= b - a, UMBRA, PENUMBRA))
    return np.where(np.isnan(c), SUNLIT, state).astype(np.int8)


def shadow_margin_rad(r_itrs_km, times_s) -> np.ndarray:
    """Angle (rad) of the Sun's centre above the Earth's limb seen from the satellite: c - b. Positive while
    the Sun's centre is visible: the edge reported as shadow entry and exit (as skyfield's ``is_sunlit``)."""
    _, b, c = _shadow_geometry(r_itrs_km, times_s)
    return c - b


def sunlit_fraction(r_itrs_km, times_s) -> np.ndarray:
    """Fraction (0-1) of the Sun's disc seen from the satellite: 1 sunlit, 0 umbra, between in the penumbra
    (area of two overlapping discs, Montenbruck & Gill eq. 3.87-3.89)."""
    a, b, c = _shadow_geometry(r_itrs_km, times_s)
    with np.errstate(invalid="ignore", divide="ignore"):
        x = (c * c + a * a - b * b) / (2.0 * c)
        y = np.sqrt(np.maximum(a * a - x * x, 0.0))
        area = a * a * np.arccos(np.clip(x / a, -1, 1)) + b * b * np.arccos(np.clip((c - x) / b, -1, 1)) - c * y
        partial = 1.0 - area / (math.pi * a * a)
    out = np.where(c >= a + b, 1.0, np.where(c <= b - a, 0.0, np.clip(partial, 0.0, 1.0)))
    return np.where(np.isnan(c), 1.0, out)


def phase_angle_rad(r_itrs_km, observer: Observer, times_s) -> np.ndarray:
    """Sun-satellite-observer angle (rad): 0 when the lit face is turned fully towards the observer."""
    r = np.asarray(r_itrs_km, dtype=float)
    s = sun_itrs_km(times_s)
    to_sun = s - r
    to_obs = observer.itrs_km.reshape(3, *([1] * (r.ndim - 1))) - r
    cos_phi = np.sum(to_sun * to_obs, axis=0) / (np.linalg.norm(to_sun, axis=0) * np.linalg.norm(to_obs, axis=0))
    return np.arccos(np.clip(cos_phi, -1.0, 1.0))


def magnitude_at(std_mag: float, r_itrs_km, observer: Observer, times_s) -> np.ndarray:
    """Estimated magnitude (``brightness.magnitude``) of Earth-fixed positions (3, N); nan where the Sun's
    centre is hidden (in shadow as reported), dimmed in the penumbra by the part of the Sun still seen."""
    _, _, rng = topocentric(r_itrs_km, observer)
    phi = phase_angle_rad(r_itrs_km, observer, times_s)
    frac = sunlit_fraction(r_itrs_km, times_s)
    m = brightness.magnitude(std_mag, rng, phi, frac)
    return np.where(shadow_margin_rad(r_itrs_km, times_s) > 0, m, np.nan)


# ----------------------------------------------------------------------------- dark intervals at the observer


def _runs(mask_bool: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Indices (first, last) of each run of True."""
    m = np.asarray(mask_bool, dtype=bool)
    edges = np.diff(np.concatenate([[False], m, [False]]).astype(np.int8))
    return np.flatnonzero(edges == 1), np.flatnonzero(edges == -1) - 1


def dark_intervals(observer: Observer, start_s: float, end_s: float, sun_limit_deg: float = DEFAULT_SUN_LIMIT_DEG):
    """(n, 2) POSIX intervals within the window during which the Sun's centre is below ``sun_limit_deg``."""
    t = np.arange(start_s, end_s, DARK_STEP_S)
    t = np.append(t, end_s)

    def dark(times):
        return sun_altaz(observer, times)[1] < sun_limit_deg

    return _refined_runs(t, dark(t), dark)


def _refined_runs(t: np.ndarray, state: np.ndarray, fn) -> np.ndarray:
    """Runs of True of a sampled boolean function of time, their inner edges bisected to EDGE_TOLERANCE_S."""
    first, last = _runs(state)
    if first.size == 0:
        return np.zeros((0, 2))
    starts, ends = t[first].astype(float), t[last].astype(float)
    inner_a, inner_b = first > 0, last < len(t) - 1
    lo = np.concatenate([t[first[inner_a] - 1], t[last[inner_b]]])
    hi = np.concatenate([t[first[inner_a]], t[last[inner_b] + 1]])
    lo_state = np.concatenate([np.zeros(inner_a.sum(), bool), np.ones(inner_b.sum(), bool)])
    edge = _bisect(lo, hi, lo_state, fn)
    starts[inner_a] = edge[:inner_a.sum()]
    ends[inner_b] = edge[inner_a.sum():]
    return np.column_stack([starts, ends])


def _bisect(lo, hi, lo_state, fn):
    """Transition times of a boolean function, bracketed in [lo, hi] with fn(lo) == lo_state, all at once."""
    lo, hi = np.array(lo, dtype=float), np.array(hi, dtype=float)
    while lo.size and np.max(hi - lo) > EDGE_TOLERANCE_S:
        mid = (lo + hi) / 2
        same = fn(mid) == lo_state
        lo, hi = np.where(same, mid, lo), np.where(same, hi, mid)
    return (lo + hi) / 2


# ----------------------------------------------------------------------------- windows refined over (record, time) pairs


def _pairs_positions(satrecs, which, times):
    from .batch import propagate_pairs

    r, _codes = propagate_pairs(satrecs, np.asarray(which, dtype=int), np.asarray(times, dtype=float))
    return r.T  # (3, N)


def _sample_windows(windows: np.ndarray, step_s, max_samples: int | None = None):
    """Times inside each window (both ends included, at most ``step_s`` apart, a scalar or one per window;
    at most ``max_samples`` a window): (window index, time) arrays."""
    if len(windows) == 0:
        return np.zeros(0, dtype=int), np.zeros(0)
    length = windows[:, 1] - windows[:, 0]
    count = np.maximum(np.ceil(length / step_s).astype(int), 1) + 1
    if max_samples is not None:
        count = np.minimum(count, max_samples)
    idx = np.repeat(np.arange(len(windows)), count)
    k = np.arange(count.sum()) - np.repeat(np.cumsum(count) - count, count)
    frac = k / np.repeat(count - 1, count)
    return idx, windows[idx, 0] + frac * length[idx]


def _refine_windows(windows: np.ndarray, owner: np.ndarray, state_fn, step_s=STATE_STEP_S):
    """Runs where ``state_fn(owner_index_array, times) -> bool`` holds inside each window: (runs (k, 2),
    window index (k,)), edges bisected to EDGE_TOLERANCE_S, vectorised over every window. ``step_s``: a
    scalar or one per window."""
    idx, t = _sample_windows(windows, step_s)
    if idx.size == 0:
        return np.zeros((0, 2)), np.zeros(0, dtype=int)
    state = state_fn(owner[idx], t)
    same_window = np.r_[idx[1:] == idx[:-1], False]
    rise = np.flatnonzero(same_window & ~state & np.r_[state[1:], False])  # sample before a rise
    fall = np.flatnonzero(same_window & state & ~np.r_[state[1:], True])  # last sample before a fall
    lo = np.concatenate([t[rise], t[fall]])
    hi = np.concatenate([t[rise + 1], t[fall + 1]])
    who = np.concatenate([idx[rise], idx[fall]])
    lo_state = np.concatenate([np.zeros(rise.size, bool), np.ones(fall.size, bool)])

    def fn(times, who=who):
        return state_fn(owner[who], times)

    edges = _bisect(lo, hi, lo_state, fn) if lo.size else np.zeros(0)
    # a run starts at a window's first sample if true there, or at a rise; ends at a fall or the last sample
    first_of = np.r_[True, idx[1:] != idx[:-1]]
    last_of = ~same_window
    start_idx = np.flatnonzero(state & first_of)
    end_idx = np.flatnonzero(state & last_of)
    starts = np.concatenate([t[start_idx], edges[:rise.size]])
    start_w = np.concatenate([idx[start_idx], idx[rise]])
    ends = np.concatenate([t[end_idx], edges[rise.size:]])
    end_w = np.concatenate([idx[end_idx], idx[fall]])
    so, eo = np.lexsort((starts, start_w)), np.lexsort((ends, end_w))
    return np.column_stack([starts[so], ends[eo]]), start_w[so]


# ----------------------------------------------------------------------------- passes at the observer


@dataclass
class ObserverPass:
    """One pass above the mask at the observer. Times POSIX seconds; angles degrees; magnitudes estimates."""

    satellite: str
    satnum: int
    flag: str  # APPROXIMATE / DESIGNED / '' (real)
    aos_s: float
    tca_s: float
    los_s: float
    aos_az_deg: float
    tca_az_deg: float
    los_az_deg: float
    max_el_deg: float
    range_at_tca_km: float
    shadow_entry_s: float | None  # the Sun's centre sets behind the Earth (None: no entry in the pass)
    shadow_exit_s: float | None
    sun_alt_at_tca_deg: float
    magnitude_at_tca: float | None  # None in Earth's shadow
    brightest_magnitude: float | None  # None when in shadow throughout
    brightest_s: float | None
    std_magnitude_known: bool = False  # False: a size-class default ("unknown")
    starts_at_window: bool = False
    ends_at_window: bool = False
    mask_deg: float = DEFAULT_MASK_DEG

    @property
    def duration_s(self) -> float:
        return self.los_s - self.aos_s


def _search_windows(satrecs, observer: Observer, start_s: float, end_s: float, mask_deg: float,
                    progress=None, cancelled=None):
    """Contact windows of every record from the batched engine, at a point, mask lowered by the slack."""
    from .access import Criterion
    from .batch import Satellites, search
    from .regions import CircleRegion

    region = CircleRegion(observer.name or "observer", observer.lat_deg, observer.lon_deg, 0.0)
    criterion = Criterion("contact", elevation_deg=max(-5.0, mask_deg - SEARCH_MASK_SLACK_DEG))
    return search(Satellites.of(satrecs, criterion), region, start_s, end_s, progress=progress, cancelled=cancelled)


def _windows_array(found, count):
    owner = np.concatenate([np.full(len(found.intervals[i]), i, dtype=int) for i in range(count)]) \
        if count else np.zeros(0, dtype=int)
    windows = np.concatenate([np.asarray(found.intervals[i], dtype=float).reshape(-1, 2) for i in range(count)]) \
        if count else np.zeros((0, 2))
    # widen by a little so the refinement brackets the exact edges the engine placed within 0.5 s
    return np.column_stack([windows[:, 0] - 2.0, windows[:, 1] + 2.0]), owner


def _elevation_fn(satrecs, observer: Observer):
    def el(which, times):
        r = _pairs_positions(satrecs, which, times)
        return topocentric(r, observer)[1]
    return el


def observer_passes(element_set, observer: Observer, start_s: float, end_s: float,
                    mask_deg: float = DEFAULT_MASK_DEG) -> list[ObserverPass]:
    """Every pass of one satellite above ``mask_deg`` at the observer within [start_s, end_s], with details.

    AOS and LOS to 0.05 s on the topocentric elevation; TCA at the highest
    elevation (1 s samples, then a golden-section search to 0.01 s); shadow entry and exit at
    the Sun's centre passing the Earth's limb; magnitudes are estimates
    (``brightness``). A pass in progress at the window's edge is cut there
    and flagged. For a geostationary satellite see ``geostationary_status``.
    """
    if not end_s > start_s:
        raise ValueError("the window must be longer than zero")
    satrecs = [element_set.satrec]
    found = _search_windows(satrecs, observer, start_s - 60.0, end_s + 60.0, mask_deg)
    if found.rejected:
        raise ValueError(f"{element_set.name}: {found.rejected[0]}")
    windows, owner = _windows_array(found, 1)
    windows = np.clip(windows, start_s, end_s)
    el_fn = _elevation_fn(satrecs, observer)
    runs, _ = _refine_windows(windows, owner, lambda w, t: el_fn(w, t) >= mask_deg, step_s=STATE_STEP_S)
    std = brightness.standard_magnitude(element_set.satnum, element_set.name)
    return [_describe_pass(element_set, observer, float(a), float(b), mask_deg, std, start_s, end_s)
            for a, b in runs if b > a]


def _describe_pass(es, observer, aos, los, mask_deg, std, start_s, end_s) -> ObserverPass:
    t = np.linspace(aos, los, max(int(np.ceil((los - aos) / 1.0)) + 1, 3))
    r = positions_itrs([es.satrec], t)[0]
    az, el, rng = topocentric(r, observer)
    k = int(np.nanargmax(el))
    tca = float(_golden_max(_elevation_fn([es.satrec], observer), np.zeros(1, dtype=int),
                            [t[max(k - 1, 0)]], [t[min(k + 1, len(t) - 1)]])[0])
    r_tca = positions_itrs([es.satrec], [tca])[0]
    az_tca, el_tca, rng_tca = (float(x[0]) for x in topocentric(r_tca, observer))
    margin = shadow_margin_rad(r, t)
    lit = margin > 0
    entry = exit_ = None
    fn = lambda times: shadow_margin_rad(positions_itrs([es.satrec], times)[0], times) > 0  # noqa: E731
    falls = np.flatnonzero(lit[:-1] & ~lit[1:])
    rises = np.flatnonzero(~lit[:-1] & lit[1:])
    if falls.size:
        entry = float(_bisect(t[falls[:1]], t[falls[:1] + 1], np.ones(1, bool), fn)[0])
    if rises.size:
        exit_ = float(_bisect(t[rises[:1]], t[rises[:1] + 1], np.zeros(1, bool), fn)[0])
    mags = magnitude_at(std.std_mag, r, observer, t)
    m_tca = magnitude_at(std.std_mag, r_tca, observer, np.array([tca]))[0]
    best = None if np.all(np.isnan(mags)) else int(np.nanargmin(mags))
    sun_el = float(sun_altaz(observer, np.array([tca]))[1][0])
    return ObserverPass(es.name, es.satnum, es.flag, aos, tca, los, float(az[0]), az_tca, float(az[-1]), el_tca,
                        rng_tca, entry, exit_, sun_el, None if np.isnan(m_tca) else float(m_tca),
                        None if best is None else float(mags[best]), None if best is None else float(t[best]),
                        std.known, aos <= start_s + 1e-6, los >= end_s - 1e-6, mask_deg)


def _golden_max(fn, which, lo, hi, tolerance_s: float = 0.01):
    """Times of the maximum of ``fn(which, times)`` within [lo, hi] for every bracket at once (golden-section
    search; the brackets hold one maximum each: a sample and its two neighbours)."""
    lo, hi = np.array(lo, dtype=float), np.array(hi, dtype=float)
    if lo.size == 0:
        return lo
    ratio = (math.sqrt(5.0) - 1.0) / 2.0
    a, b = hi - ratio * (hi - lo), lo + ratio * (hi - lo)
    fa, fb = fn(which, a), fn(which, b)
    while lo.size and np.max(hi - lo) > tolerance_s:
        left = fa >= fb  # the maximum is in [lo, b]
        hi = np.where(left, b, hi)
        lo = np.where(left, lo, a)
        new = np.where(left, hi - ratio * (hi - lo), lo + ratio * (hi - lo))
        fnew = fn(which, new)
        a, b, fa, fb = (np.where(left, new, b), np.where(left, a, new), np.where(left, fnew, fb),
                        np.where(left, fa, fnew))
    return (lo + hi) / 2


def next_pass(element_set, observer: Observer, from_s: float, mask_deg: float = DEFAULT_MASK_DEG,
              horizon_days: float = 3.0) -> ObserverPass | None:
    """The pass in progress at ``from_s`` (flagged ``starts_at_window``) or the next one within
    ``horizon_days`` (None if there is none): for the live clock's countdown to AOS."""
    passes = observer_passes(element_set, observer, from_s, from_s + horizon_days * timebase.DAY_S, mask_deg)
    return passes[0] if passes else None


def above_horizon(sets, observer: Observer, time_s: float, mask_deg: float = 0.0):
    """Which satellites are above ``mask_deg`` at one time: (indices into ``sets``, az_deg, el_deg, range_km),
    one ``SatrecArray`` call for all (the sky plot's current positions). ``sets`` may be a ``fleet.Fleet``
    built once for them: a clock tick then does not build the array again (15 ms at 15,000 satellites)."""
    from .fleet import Fleet

    fleet = sets if isinstance(sets, Fleet) else Fleet(sets)
    r, _errors = fleet.itrs_at(time_s)
    az, el, rng = topocentric(r, observer)
    up = np.flatnonzero(np.nan_to_num(el, nan=-90.0) >= mask_deg)
    return up, az[up], el[up], rng[up]


def pass_path(element_set, observer: Observer, observer_pass: ObserverPass, step_s: float = 5.0):
    """(times_s, az_deg, el_deg, sunlit_bool) from AOS to LOS of an ObserverPass (or start to end of a
    VisiblePass), for drawing a pass (both ends included); sunlit means the Sun's centre is above the
    Earth's limb as seen from the satellite."""
    a = getattr(observer_pass, "aos_s", None)
    a, b = (observer_pass.start_s, observer_pass.end_s) if a is None else (a, observer_pass.los_s)
    t = np.linspace(a, b, max(int(np.ceil((b - a) / step_s)) + 1, 2))
    r = positions_itrs([element_set.satrec], t)[0]
    az, el, _ = topocentric(r, observer)
    return t, az, el, shadow_margin_rad(r, t) > 0


def geostationary_status(element_set, observer: Observer, start_s: float, end_s: float,
                         mask_deg: float = DEFAULT_MASK_DEG) -> str | None:
    """'always up' or 'never up' (with its elevation) for a satellite that neither rises nor sets here in the
    window (a geosynchronous, nearly circular orbit); None for any other satellite or a GEO that crosses the mask."""
    sat = element_set.satrec
    rev_day = sat.no_kozai * 1440.0 / (2 * math.pi)
    if not (GEO_MEAN_MOTION_REV_DAY[0] <= rev_day <= GEO_MEAN_MOTION_REV_DAY[1] and sat.ecco < 0.05):
        return None
    t = np.linspace(start_s, end_s, max(int((end_s - start_s) / 600.0), 2) + 1)
    _, el, _ = look_angles(element_set, observer, t)
    if np.all(el >= mask_deg):
        return f"always up (elevation {np.nanmin(el):.0f}-{np.nanmax(el):.0f} deg)"
    if np.all(el < mask_deg):
        return f"never up (highest elevation {np.nanmax(el):.0f} deg, mask {mask_deg:g} deg)"
    return None


# ----------------------------------------------------------------------------- visible passes


@dataclass
class VisiblePass:
    """The visible part of a pass: sunlit, above the mask, the Sun at the observer below the limit."""

    satellite: str
    satnum: int
    flag: str
    start_s: float
    end_s: float
    max_el_deg: float
    max_el_s: float
    start_az_deg: float
    end_az_deg: float
    start_el_deg: float
    end_el_deg: float
    magnitude: float  # brightest estimated magnitude in the visible part
    magnitude_s: float
    std_magnitude_known: bool


@dataclass
class VisibleResult:
    """Visible passes of a search and, when there are none, the one-line reason why."""

    passes: list
    reason: str | None = None
    rejected: dict = field(default_factory=dict)  # index into the sets -> why it was left out


def visible_search(sets, observer: Observer, start_s: float, end_s: float,
                   sun_limit_deg: float = DEFAULT_SUN_LIMIT_DEG, mask_deg: float = DEFAULT_MASK_DEG,
                   progress=None, cancelled=None) -> VisibleResult:
    """Visible passes of every set at the observer (sorted by start), and the reason when there is none.

    Steps: the observer's dark intervals; the batched engine's contact windows
    over their span; windows cut to the dark; the combined condition (above the
    mask, Sun's centre above the Earth's limb from the satellite, Sun below the
    limit at the observer) sampled every 10 s over (window, time) pairs and its
    edges bisected to 0.05 s; then the highest point and brightest moment from
    2 s samples. Work scales with the windows found, not sets x times.
    """
    if not end_s > start_s:
        raise ValueError("the window must be longer than zero")
    sets = list(sets)
    if not sets:
        return VisibleResult([], "no satellite to search")
    satrecs = [es.satrec for es in sets]
    dark = dark_intervals(observer, start_s, end_s, sun_limit_deg)
    dark = dark[dark[:, 1] > dark[:, 0]]  # a dark instant at the window's edge is no time to see anything
    if len(dark) == 0:
        return VisibleResult([], f"the Sun never gets below {sun_limit_deg:g} deg at {observer.position_text} "
                                 "in this window")
    found = _search_windows(satrecs, observer, float(dark[0, 0]), float(dark[-1, 1]), mask_deg, progress, cancelled)
    windows, owner = _windows_array(found, len(sets))
    if len(found.rejected) == len(sets):
        from .batch import rejected_summary

        return VisibleResult([], f"no element set could be propagated: {rejected_summary(found.rejected.values())}",
                             found.rejected)
    if len(windows) == 0:
        never = f"{sets[0].name} never rises" if len(sets) == 1 else f"none of the {len(sets)} satellites rises"
        return VisibleResult([], f"{never} above {mask_deg:g} deg at {observer.position_text} in this window",
                             found.rejected)
    # cut the windows to the dark intervals (a window overlaps one or two nights at most)
    lo = np.maximum(windows[:, None, 0], dark[None, :, 0])
    hi = np.minimum(windows[:, None, 1], dark[None, :, 1])
    wi, di = np.nonzero(hi > lo)
    cut, cut_owner = np.column_stack([lo[wi, di], hi[wi, di]]), owner[wi]
    steps = _state_steps(satrecs)[cut_owner]

    def visible(which, times):
        r = _pairs_positions(satrecs, which, times)
        _, el, _ = topocentric(r, observer)
        return (el >= mask_deg) & (shadow_margin_rad(r, times) > 0) & \
            (sun_altaz(observer, times)[1] < sun_limit_deg)

    runs, run_window = _refine_windows(cut, cut_owner, visible, steps)
    keep = runs[:, 1] > runs[:, 0]
    runs, run_owner = runs[keep], cut_owner[run_window[keep]]
    if len(runs) == 0:  # why: never above the mask while dark, or in shadow whenever it is (a second look, only now)
        el_fn = _elevation_fn(satrecs, observer)
        runs_up, _ = _refine_windows(cut, cut_owner, lambda which, times: el_fn(which, times) >= mask_deg, steps)
        if len(runs_up) == 0:
            return VisibleResult([], f"{_names(sets)} never above {mask_deg:g} deg at {observer.position_text} "
                                     "while it is dark in this window", found.rejected)
        return VisibleResult([], f"{_names(sets)} in Earth's shadow whenever it is dark and above "
                                 f"{mask_deg:g} deg at {latitude_text(observer.lat_deg)} in this window",
                             found.rejected)
    passes = _describe_visible(sets, satrecs, observer, runs, run_owner)
    passes.sort(key=lambda p: (p.start_s, p.satnum))
    return VisibleResult(passes, None, found.rejected)


def _state_steps(satrecs) -> np.ndarray:
    """Sampling step of the visibility test for each record: STATE_STEP_S in low orbit, longer in proportion
    to the period beyond 100 minutes (a geostationary satellite's elevation and shadow change 14 times
    slower): a visible stretch shorter than its step can be missed."""
    period_min = np.array([2 * math.pi / sat.no_kozai for sat in satrecs])
    return STATE_STEP_S * np.maximum(1.0, period_min / 100.0)


def _names(sets) -> str:
    return f"{sets[0].name} is" if len(sets) == 1 else f"each of the {len(sets)} satellites is"


def _describe_visible(sets, satrecs, observer, runs, run_owner) -> list[VisiblePass]:
    idx, t = _sample_windows(runs, DETAIL_STEP_S, DETAIL_MAX_SAMPLES)
    r = _pairs_positions(satrecs, run_owner[idx], t)
    az, el, rng = topocentric(r, observer)
    phi = phase_angle_rad(r, observer, t)
    frac = sunlit_fraction(r, t)
    std = [brightness.standard_magnitude(es.satnum, es.name) for es in sets]
    std_mag = np.array([s.std_mag for s in std])[run_owner[idx]]
    mag = brightness.magnitude(std_mag, rng, phi, np.maximum(frac, 1e-3))
    n = len(runs)
    order = np.lexsort((-el, idx))
    top = order[np.r_[True, idx[order][1:] != idx[order][:-1]]]  # highest sample of each run
    lo_t = np.where((top > 0) & (idx[np.maximum(top - 1, 0)] == idx[top]), t[np.maximum(top - 1, 0)], t[top])
    hi_t = np.where((top < len(t) - 1) & (idx[np.minimum(top + 1, len(t) - 1)] == idx[top]),
                    t[np.minimum(top + 1, len(t) - 1)], t[top])
    top_t = _golden_max(_elevation_fn(satrecs, observer), run_owner, lo_t, hi_t)
    top_el = _elevation_fn(satrecs, observer)(run_owner, top_t)
    top_el = np.maximum(top_el, el[top])  # never below a sample (the run's ends are samples)
    order = np.lexsort((mag, idx))
    bright = order[np.r_[True, idx[order][1:] != idx[order][:-1]]]
    first = np.flatnonzero(np.r_[True, idx[1:] != idx[:-1]])
    last = np.r_[first[1:] - 1, len(idx) - 1]
    out = []
    for k in range(n):  # one object per pass found (output, not a hot loop over samples)
        es = sets[int(run_owner[k])]
        out.append(VisiblePass(es.name, es.satnum, es.flag, float(runs[k, 0]), float(runs[k, 1]),
                               float(top_el[k]), float(top_t[k]), float(az[first[k]]), float(az[last[k]]),
                               float(el[first[k]]), float(el[last[k]]), float(mag[bright[k]]), float(t[bright[k]]),
                               std[int(run_owner[k])].known))
    return out


def visible_passes(sets, observer: Observer, start_s: float, end_s: float,
                   sun_limit_deg: float = DEFAULT_SUN_LIMIT_DEG, mask_deg: float = DEFAULT_MASK_DEG,
                   progress=None, cancelled=None) -> list[VisiblePass]:
    """The visible passes of ``visible_search`` (sorted by start)."""
    return visible_search(sets, observer, start_s, end_s, sun_limit_deg, mask_deg, progress, cancelled).passes


def no_visible_reason(sets, observer: Observer, start_s: float, end_s: float,
                      sun_limit_deg: float = DEFAULT_SUN_LIMIT_DEG, mask_deg: float = DEFAULT_MASK_DEG) -> str | None:
    """One line saying why no pass is visible (None when some are)."""
    return visible_search(sets, observer, start_s, end_s, sun_limit_deg, mask_deg).reason


def check_sun_limit(sun_limit_deg: float) -> None:
    """ValueError in one line unless the twilight limit is from -18 to 0 deg."""
    lo, hi = SUN_LIMIT_RANGE_DEG
    if not (math.isfinite(sun_limit_deg) and lo <= sun_limit_deg <= hi):
        raise ValueError(f"Sun limit {sun_limit_deg:g} deg must be from {lo:g} (astronomical twilight) "
                         f"to {hi:g} (sunset)")


def check_mask(mask_deg: float) -> None:
    """ValueError in one line unless the elevation mask is from 0 to 90 deg."""
    if not (math.isfinite(mask_deg) and 0.0 <= mask_deg < 90.0):
        raise ValueError(f"elevation mask {mask_deg:g} deg must be from 0 to below 90")
