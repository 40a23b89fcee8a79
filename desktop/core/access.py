"""Access: when is a satellite over a region, by one of three criteria.

Geometry (spherical Earth of radius R, satellite at height h above its
sub-satellite point; Wertz, *Space Mission Analysis and Design*, sec. 5.2):

    rho  = Earth's angular radius seen from the satellite:  sin rho = R / (R + h)
    lam  = Earth central angle from the sub-satellite point to the edge of what
           is "in view"; the satellite is over the region while the great-circle
           distance from its sub-satellite point to the region is <= R * lam.

    nadir   : lam = 0 (the ground track crosses the region)
    sensor  : off-nadir angle eta, valid while sin eta <= sin rho:
              lam = arcsin(((R + h) / R) sin eta) - eta
              or a half-swath s on the ground: lam = s / R
    contact : elevation mask eps:  sin eta = sin rho cos eps,  lam = 90 deg - eta - eps

Because h changes along the orbit, lam is evaluated for every sample.

The search works on the margin m(t) = d(t) - R lam(t) (km), negative while
the region is in view. m changes no faster than L, the sub-satellite point's
greatest ground speed plus the greatest rate of R lam (``search_bounds``), so
an interval [a, b] with (m(a) + m(b) - L (b - a)) / 2 > 0 holds no pass; over a
short stretch the track is nearly a great-circle arc, which settles longer
intervals (``chord_verdicts``). The search itself is ``batch.search``, one
engine for one satellite (``find_passes``), an ensemble and a catalogue
(``passes_of``): suspicious intervals are cut until they are 0.5 s long
(intervals with a sign change too, as they may hide an exit and re-entry), and
every sign change is then bisected to ``tolerance_s``. Only a pass, or a gap
within a pass, shorter than 0.5 s can be missed.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np

from . import timebase
from .constants import EARTH_ROTATION_RAD_S, MEAN_EARTH_RADIUS_KM, WGS72_J2, WGS72_MU_KM3_S2, WGS84_A_KM, WGS84_F
from .elements import ElementSet
from .groundtrack import elevation_deg, ground_track
from .orbit import local_solar_time_hours
from .regions import Region
from .sphere import angle_between

CRITERIA = ("nadir", "sensor", "contact")
# The contact margin is exact (WGS84) within this distance of the boundary; beyond it the
# spherical margin minus the slack bounds it from below (ellipsoid effects stay well under 40 km).
CONTACT_EXACT_KM = 150.0
CONTACT_SLACK_KM = 40.0
MIN_INTERVAL_S = 0.5
# Margins are exact within this band around the reach; beyond it the region
# returns close lower bounds (edge-block caps), which the interval test accepts.
EXACT_BAND_KM = 30.0


class AccessError(ValueError):
    """Settings that do not describe a possible access criterion."""


# ----------------------------------------------------------------------------- reach


def earth_angular_radius_rad(height_km):
    """rho: the Earth's angular radius seen from height h."""
    return np.arcsin(MEAN_EARTH_RADIUS_KM / (MEAN_EARTH_RADIUS_KM + np.asarray(height_km, dtype=float)))


def reach_from_off_nadir_rad(height_km, off_nadir_deg):
    """Earth central angle lam seen within an off-nadir angle eta (nan beyond the horizon)."""
    eta = math.radians(off_nadir_deg)
    ratio = (MEAN_EARTH_RADIUS_KM + np.asarray(height_km, dtype=float)) / MEAN_EARTH_RADIUS_KM
    s = ratio * math.sin(eta)
    with np.errstate(invalid="ignore"):
        return np.where(s <= 1.0, np.arcsin(np.minimum(s, 1.0)) - eta, np.nan)


def reach_from_elevation_rad(height_km, elevation_deg):
    """Earth central angle lam at which the satellite stands at elevation eps."""
    eps = np.radians(elevation_deg)
    eta = np.arcsin(np.sin(earth_angular_radius_rad(height_km)) * np.cos(eps))
    return math.pi / 2 - eta - eps


def off_nadir_from_reach_deg(height_km, reach_rad):
    """Off-nadir angle eta at which a ground point lam away is seen: tan eta = sin rho sin lam / (1 - sin rho cos lam)."""
    sin_rho = np.sin(earth_angular_radius_rad(height_km))
    return np.degrees(np.arctan2(sin_rho * np.sin(reach_rad), 1.0 - sin_rho * np.cos(reach_rad)))


def elevation_from_reach_deg(height_km, reach_rad):
    """Elevation of the satellite seen from a ground point lam away (spherical Earth)."""
    r_sat = MEAN_EARTH_RADIUS_KM + np.asarray(height_km, dtype=float)
    rng = np.sqrt(MEAN_EARTH_RADIUS_KM**2 + r_sat**2 - 2 * MEAN_EARTH_RADIUS_KM * r_sat * np.cos(reach_rad))
    return np.degrees(np.arcsin(np.clip((r_sat * np.cos(reach_rad) - MEAN_EARTH_RADIUS_KM) / rng, -1, 1)))


@dataclass(frozen=True)
class Criterion:
    """An access criterion: ``kind`` with its angle or half-swath.

    ``off_nadir_deg`` (sensor), ``half_swath_km`` (sensor, the alternative to the
    angle: half the full swath width) or ``elevation_deg`` (contact).
    """

    kind: str = "sensor"
    off_nadir_deg: float | None = None
    half_swath_km: float | None = None
    elevation_deg: float | None = None

    def __post_init__(self):
        if self.kind not in CRITERIA:
            raise AccessError(f"criterion '{self.kind}' is not one of {', '.join(CRITERIA)}")
        if self.kind == "sensor":
            if (self.off_nadir_deg is None) == (self.half_swath_km is None):
                raise AccessError("the sensor criterion needs an off-nadir angle or a swath width (one of them)")
            if self.off_nadir_deg is not None and not 0.0 <= self.off_nadir_deg < 90.0:
                raise AccessError(f"off-nadir angle {self.off_nadir_deg} deg must be from 0 to below 90")
            if self.half_swath_km is not None and not 0.0 <= self.half_swath_km < math.pi * MEAN_EARTH_RADIUS_KM / 2:
                raise AccessError(f"half swath {self.half_swath_km} km must be from 0 to {math.pi * MEAN_EARTH_RADIUS_KM / 2:.0f} km")
        if self.kind == "contact":
            if self.elevation_deg is None:
                object.__setattr__(self, "elevation_deg", 10.0)
            if not -5.0 <= self.elevation_deg < 90.0:
                raise AccessError(f"elevation mask {self.elevation_deg} deg must be from -5 to below 90")

    def reach_rad(self, height_km):
        """lam(h) for this criterion; raises AccessError where the angle misses the Earth."""
        h = np.asarray(height_km, dtype=float)
        if self.kind == "nadir":
            return np.zeros_like(h)
        if self.kind == "contact":
            return reach_from_elevation_rad(h, self.elevation_deg)
        if self.half_swath_km is not None:
            return np.full_like(h, self.half_swath_km / MEAN_EARTH_RADIUS_KM)
        lam = reach_from_off_nadir_rad(h, self.off_nadir_deg)
        if np.any(np.isnan(lam)):
            worst = float(np.min(h[np.isnan(lam)]))
            horizon = math.degrees(float(earth_angular_radius_rad(worst)))
            raise AccessError(
                f"an off-nadir angle of {self.off_nadir_deg} deg looks past the Earth's horizon "
                f"(at {worst:.0f} km the horizon is {horizon:.1f} deg off nadir)")
        return lam

    def reach_km(self, height_km):
        """The footprint's radius on the mean-Earth sphere (km): R lam(h); a float for a scalar height."""
        reach_km = MEAN_EARTH_RADIUS_KM * self.reach_rad(height_km)
        return float(reach_km) if np.ndim(height_km) == 0 else reach_km

    def describe(self) -> str:
        if self.kind == "nadir":
            return "nadir (ground track crosses the region)"
        if self.kind == "contact":
            return f"contact ({self.elevation_deg:g} deg elevation mask)"
        if self.half_swath_km is not None:
            return f"sensor ({2 * self.half_swath_km:g} km swath)"
        return f"sensor ({self.off_nadir_deg:g} deg off nadir)"

    @property
    def short(self) -> str:
        if self.kind == "contact":
            return f"contact, {self.elevation_deg:g} deg elevation"
        if self.kind == "sensor":
            return f"sensor, {self.off_nadir_deg:g} deg off nadir" if self.off_nadir_deg is not None else f"sensor, {2 * self.half_swath_km:g} km swath"
        return "nadir"


# ----------------------------------------------------------------------------- a sensor for each satellite

_SWATH_SUFFIX = re.compile(r"=\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*$")


def split_sensor(text: str) -> tuple[str, float | None]:
    """'LANDSAT 8=185' -> ('LANDSAT 8', 185.0): a satellite named with its own full swath width (km).

    Parsed from the right, and only when the right side is a number, so a
    name that itself holds '=' stays whole ('A=B' -> ('A=B', None)).
    """
    text = str(text)
    m = _SWATH_SUFFIX.search(text)
    if m is None or not text[:m.start()].strip():
        return text, None
    return text[:m.start()].rstrip(), float(m.group(1))


def widest_swath_km(es: ElementSet) -> float:
    """The widest full swath a satellite can have: twice the horizon's reach from its lowest height (perigee)."""
    sat = es.satrec
    perigee_h = max(sat.a * sat.radiusearthkm * (1 - sat.ecco) - WGS84_A_KM, 1.0)
    return 2.0 * MEAN_EARTH_RADIUS_KM * math.acos(MEAN_EARTH_RADIUS_KM / (MEAN_EARTH_RADIUS_KM + perigee_h))


def sensor_criterion(es: ElementSet, swath_km: float | None, default: Criterion) -> Criterion:
    """One satellite's criterion: a sensor of its own full swath width (km), or ``default`` without one.

    Raises AccessError naming the satellite for a width that is not above 0,
    or not below what the horizon allows from its perigee, or a swath given
    while the criterion is not the sensor's.
    """
    if swath_km is None:
        return default
    label = f"{es.name}={swath_km:g}"
    if default.kind != "sensor":
        raise AccessError(f"{label}: a swath width belongs to the sensor criterion, not {default.kind}")
    if not math.isfinite(swath_km) or swath_km <= 0.0:
        raise AccessError(f"{label}: the swath width must be more than 0 km")
    widest = widest_swath_km(es)
    if swath_km >= widest:
        raise AccessError(f"{label}: wider than the horizon allows from this orbit (below {widest:,.0f} km)")
    return Criterion("sensor", half_swath_km=swath_km / 2.0)


def criteria_for(sets, swaths: dict, default: Criterion) -> list[Criterion]:
    """Each satellite's criterion (``swaths``: {satnum: full swath width in km}; a satellite not in it keeps
    ``default``)."""
    return [sensor_criterion(es, swaths.get(es.satnum), default) for es in sets]


def sensors_text(sets, criteria, default: Criterion | None = None) -> str:
    """Each satellite's sensor in one line: 'LANDSAT 8: sensor, 185 km swath; AQUA: sensor, 30 deg off nadir'.

    With ``default`` and every satellite on it, only the default's text.
    """
    sets, criteria = list(sets), list(criteria)
    if default is not None and all(c == default for c in criteria):
        return default.describe()
    return "; ".join(f"{es.name}: {c.short}" for es, c in zip(sets, criteria))


def passes_by_criterion(sets, region: Region, criteria, start_s: float, end_s: float,
                        daylight_min_sun_deg: float | None = None, progress=None, cancelled=None, **search):
    """``passes_of`` for satellites that may each carry their own criterion: one batch per distinct criterion."""
    sets, criteria = list(sets), list(criteria)
    groups: dict = {}
    for i, c in enumerate(criteria):
        groups.setdefault(c, []).append(i)
    found, rejected = [[] for _ in sets], {}
    done = 0
    for c, index in groups.items():
        def sub(f, done=done, k=len(index)):
            if progress is not None:
                progress((done + f * k) / len(sets))

        got, why = passes_of([sets[i] for i in index], region, c, start_s, end_s, daylight_min_sun_deg,
                             progress=sub, cancelled=cancelled, **search)
        for j, i in enumerate(index):
            found[i] = got[j]
            if j in why:
                rejected[i] = why[j]
        done += len(index)
    return found, rejected


# ----------------------------------------------------------------------------- margin

def search_bounds(sat, criterion: Criterion):
    """What the search knows of one SGP4 record before propagating it:
    (speed bound of the margin km/s, bound on |reach''| km/s^2 or inf, greatest height km, sideways
    acceleration of the track rad/s^2 or None).

    The margin m = d - R lam changes no faster than the sub-point's greatest
    ground speed (at perigee, plus the Earth's turn under it) plus the rate of
    R lam (dlam/dh at perigee times |dh/dt| <= e v).
    """
    a_km = sat.a * sat.radiusearthkm
    perigee_r = a_km * (1 - sat.ecco)
    apogee_r = a_km * (1 + sat.ecco)
    reach_curvature_km_s2 = np.inf  # chord bounds (``chord_verdicts``) are not used then
    if perigee_r < MEAN_EARTH_RADIUS_KM + 80:
        speed_bound_km_s = 12.0
    else:
        v_perigee = math.sqrt(WGS72_MU_KM3_S2 * (2 / perigee_r - 1 / a_km))
        ground = v_perigee * MEAN_EARTH_RADIUS_KM / perigee_r + EARTH_ROTATION_RAD_S * MEAN_EARTH_RADIUS_KM
        # rate of R*lam: dlam/dh * dh/dt, with |dh/dt| <= e * v and dlam/dh bounded at perigee
        h_lo = max(perigee_r - WGS84_A_KM - 30.0, 80.0)
        dh_dt = sat.ecco * v_perigee * a_km / perigee_r + 0.02
        if criterion.kind == "nadir" or criterion.half_swath_km is not None:
            dlam = 0.0
        else:
            lam = MEAN_EARTH_RADIUS_KM * np.nan_to_num(
                [reach_from_off_nadir_rad(h, criterion.off_nadir_deg) if criterion.kind == "sensor"
                 else reach_from_elevation_rad(h, criterion.elevation_deg) for h in (h_lo, h_lo + 1.0)])
            dlam = abs(float(lam[1] - lam[0]))
        speed_bound_km_s = 1.15 * (ground + dlam * dh_dt) + 0.05
        # |d2h/dt2|: the orbit's radius a e n^2 (1 + 3e) plus the ellipsoid under it, 4 a f (n + w)^2; times 2
        n = sat.no_kozai / 60.0
        h_curvature = a_km * sat.ecco * n * n * (1 + 3 * sat.ecco) + 4 * WGS84_A_KM * WGS84_F * (n + EARTH_ROTATION_RAD_S) ** 2
        reach_curvature_km_s2 = 2.0 * dlam * h_curvature
    max_height_km = apogee_r - 6356.752 + 30.0
    return speed_bound_km_s, reach_curvature_km_s2, max_height_km, _sideways_acceleration_rad_s2(sat)



class Margin:
    """m(t) = d(sub-point, region) - R lam(h): negative while in view."""

    def __init__(self, es: ElementSet, region: Region, criterion: Criterion):
        self.es, self.region, self.criterion = es, region, criterion
        (self.speed_bound_km_s, self.reach_curvature_km_s2, self.max_height_km,
         self.sag_rad_s2) = search_bounds(es.satrec, criterion)

    def evaluate(self, times_s, cutoff_km=np.inf):
        """Margin (km) at times, exact where |m| < cutoff; also the track and reach.

        For ``contact`` the spherical margin only locates the boundary: within
        ``CONTACT_EXACT_KM`` of it the elevation is measured on the WGS84
        ellipsoid from the region's nearest point (as a ground station sees
        it) and turned back into an equivalent central angle, so the margin
        stays in km. Elsewhere the spherical margin moved ``CONTACT_SLACK_KM``
        towards zero bounds the exact margin on the safe side.
        """
        track = ground_track(self.es, times_s)
        if track.error:
            raise AccessError(track.error)
        reach_km = self.criterion.reach_km(track.height_km)
        if self.criterion.kind != "contact":
            d = self.region.signed_distance_km(track.lat_deg, track.lon_deg, cutoff_km=cutoff_km + reach_km.max(initial=0.0))
            return d - reach_km, track, reach_km
        band = CONTACT_EXACT_KM + CONTACT_SLACK_KM
        d, lat_q, lon_q = self.region.signed_distance_and_closest(
            track.lat_deg, track.lon_deg, cutoff_km=max(cutoff_km, band) + reach_km.max(initial=0.0))
        m = d - reach_km
        # The exact margin lies within CONTACT_SLACK_KM of the spherical one: away from the
        # boundary report the bound on the safe side (lower when outside, upper when inside).
        near = np.flatnonzero(np.abs(m) < band)
        m = m - np.sign(m) * CONTACT_SLACK_KM
        if near.size:
            elevation = elevation_deg(track.r_itrs_km[:, near], lat_q[near], lon_q[near])
            h = track.height_km[near]
            lam = reach_from_elevation_rad(h, np.clip(elevation, -89.9, 89.9))
            m[near] = MEAN_EARTH_RADIUS_KM * (lam - reach_from_elevation_rad(h, self.criterion.elevation_deg))
        return m, track, reach_km


# ----------------------------------------------------------------------------- chord bounds

ARC_MAX_RAD = 1.2  # chord bounds are used on stretches of track up to this long


def _sideways_acceleration_rad_s2(sat) -> float | None:
    """A bound on how fast the sub-satellite point's direction of travel turns, or None where not used.

    Seen from the turning Earth the satellite feels the Coriolis acceleration
    2 w v, the centrifugal w^2 r and the J2 pull across its plane; divided by
    its distance r they bound the sub-point's sideways acceleration (rad/s^2);
    the geodetic latitude adds at most 4 f (v / r)^2. Measured on Landsat 9,
    Sentinel-1A, the ISS and Khayyam: 1.3-1.6e-7 rad/s^2 against 1.7-1.8e-7
    from this sum, which is then taken 1.5 times. Used for near-circular orbits
    of more than five turns a day only, where the ground track never doubles back.
    """
    a_km = sat.a * sat.radiusearthkm
    r_min, r_max = a_km * (1 - sat.ecco), a_km * (1 + sat.ecco)
    if sat.ecco >= 0.1 or r_min < MEAN_EARTH_RADIUS_KM + 80 or sat.no_kozai * 1440.0 / (2 * math.pi) <= 5.0:
        return None
    w = EARTH_ROTATION_RAD_S
    v = math.sqrt(WGS72_MU_KM3_S2 * (2 / r_min - 1 / a_km)) + w * r_max
    j2 = 3.0 * WGS72_J2 * WGS72_MU_KM3_S2 * WGS84_A_KM**2 / r_min**4
    return 1.5 * ((2 * w * v + w * w * r_max + j2) / r_min + 4 * WGS84_F * (v / r_min) ** 2)


def track_sag_rad(margin: Margin, dt_s, arc_rad):
    """How far (rad) the sub-point strays from the great-circle arc between its positions dt_s apart.

    A dt^2 / 8 for a sideways acceleration A, times (1 / cos(arc / 2) - 1) /
    (arc^2 / 8) for the sphere's own curvature over a long arc: 1.009 up to
    0.3 rad, 1.2 at ARC_MAX_RAD (1.25 is used).
    """
    sag_rad_s2 = np.nan if margin.sag_rad_s2 is None else margin.sag_rad_s2
    return np.where(arc_rad <= 0.3, 1.01, 1.25) * sag_rad_s2 * dt_s * dt_s / 8.0


def _waist_rad(arc, sa, sb):
    """Least distance (rad) from a great-circle arc of length ``arc`` to a set whose points are at least ``sa``
    from its start and ``sb`` from its end (rad, >= 0), or -inf where the two caps do not cover the arc.

    The caps of radius sa and sb hold no point of the set, so neither does their
    union; from a point of the arc the nearest point outside the union is one of
    the two points where the circles meet (distance grows along either circle
    away from the arc), so the bound is the distance from that point to the arc.
    """
    sa, sb = np.minimum(sa, math.pi / 2), np.minimum(sb, math.pi / 2)
    out = np.full(np.shape(arc), -np.inf)
    out = np.where(sa + sb > arc, (sa + sb - arc) / 2, out)  # the speed bound's value, never better than below
    out = np.where(sa >= sb + arc, sa - arc, out)
    out = np.where(sb >= sa + arc, sb - arc, out)
    meet = (sa + sb > arc) & (np.abs(sa - sb) < arc) & (arc > 1e-9)
    with np.errstate(invalid="ignore", divide="ignore"):
        sin_arc = np.sin(arc)
        cos_a = (np.cos(sb) - np.cos(arc) * np.cos(sa)) / (sin_arc * np.sin(sa))
        cos_b = (np.cos(sa) - np.cos(arc) * np.cos(sb)) / (sin_arc * np.sin(sb))
        cross = np.arcsin(np.clip(np.sin(sa) * np.sqrt(np.maximum(1.0 - cos_a * cos_a, 0.0)), 0.0, 1.0))
    waist = np.where((cos_a >= 0) & (cos_b >= 0), cross, np.minimum(sa, sb))
    return np.where(meet, np.maximum(waist, out), out)


def chord_verdicts(margin: Margin, dt_s, x_a, x_b, s_a, s_b, reach_a, reach_b, near_a=None, near_b=None,
                   slack_km=0.0):
    """(clear, inside): intervals proven out of view, or in view, throughout, from the geometry of their ends.

    Over a stretch of track of up to ``ARC_MAX_RAD`` the sub-point stays within
    ``track_sag_rad`` of the great-circle arc joining its two positions x_a, x_b
    (unit vectors of the geodetic sub-points; nan where unknown). s_a, s_b are the signed distances (km) to the region (lower
    bounds of their size where not exact) and reach_a, reach_b the reaches (km).

    Out of view: both ends outside, and the least distance from the arc to the
    region beats the largest reach by the sag. That distance is bounded below
    by the waist of the two empty caps around the ends (``_waist_rad``: no
    region needed) or, where that is not enough, by the region's own
    ``arc_distance_bound_km``. Unlike the speed bound this uses the track
    being straight: a stretch that passes the region at a few km more than
    the reach is settled in one step, however long.
    In view: the distance along the arc is at most the distance to the ends'
    nearest region points ``near_a``, ``near_b`` (unit vectors; nan where unknown),
    which along an arc is largest at its ends or its middle; or, with both ends
    inside, at most minus the waist of the region's complement.

    ``margin`` needs ``region``, ``sag_rad_s2`` (None or nan where the bounds
    are not used) and ``reach_curvature_km_s2``, one value or one per interval.
    The true boundary of what is in view lies within ``slack_km`` of the
    spherical reach (the contact criterion on the ellipsoid).
    """
    if margin.sag_rad_s2 is None or not len(dt_s):
        no = np.zeros(len(dt_s), dtype=bool)
        return no, no.copy()
    arc = angle_between(np.nan_to_num(x_a), np.nan_to_num(x_b))
    with np.errstate(invalid="ignore"):
        sag = track_sag_rad(margin, dt_s, arc) * MEAN_EARTH_RADIUS_KM
        # the reach between two samples is within K dt^2 / 8 of the straight line between its values (|reach''| <= K)
        drift = margin.reach_curvature_km_s2 * dt_s * dt_s / 8.0
    usable = (arc <= ARC_MAX_RAD) & np.isfinite(x_a[:, 0]) & np.isfinite(x_b[:, 0]) & np.isfinite(sag)
    outside = usable & (s_a > 0) & (s_b > 0)
    lower = _waist_rad(arc, np.maximum(s_a, 0.0) / MEAN_EARTH_RADIUS_KM, np.maximum(s_b, 0.0) / MEAN_EARTH_RADIUS_KM)
    need = np.maximum(reach_a, reach_b) + drift + sag + slack_km
    clear = outside & (lower * MEAN_EARTH_RADIUS_KM > need)
    ask = np.flatnonzero(outside & ~clear & (np.minimum(s_a, s_b) > need))
    if ask.size:
        bound = margin.region.arc_distance_bound_km(x_a[ask], x_b[ask], need[ask])
        clear[ask] = np.minimum(np.minimum(s_a[ask], s_b[ask]), bound) > need[ask]
    reach_lo = np.minimum(reach_a, reach_b) - drift - slack_km
    upper = np.full(len(dt_s), np.inf)
    both_in = (s_a < 0) & (s_b < 0)
    upper = np.where(both_in, -_waist_rad(arc, -s_a / MEAN_EARTH_RADIUS_KM, -s_b / MEAN_EARTH_RADIUS_KM) * MEAN_EARTH_RADIUS_KM, upper)
    if near_a is not None:
        mid = np.nan_to_num(x_a + x_b)
        mid /= np.maximum(np.linalg.norm(mid, axis=1, keepdims=True), 1e-300)
        known = np.isfinite(near_a[:, 0]) & np.isfinite(near_b[:, 0])
        a, b = np.nan_to_num(near_a), np.nan_to_num(near_b)
        via = np.maximum(np.maximum(np.maximum(s_a, 0.0), np.maximum(s_b, 0.0)),
                         np.maximum(angle_between(mid, a), angle_between(mid, b)) * MEAN_EARTH_RADIUS_KM)
        upper = np.where(known, np.minimum(upper, via), upper)
    inside = usable & (s_a < reach_a) & (s_b < reach_b) & (upper + sag < reach_lo)
    return clear, inside


def crossing_fraction(x_a, x_b, x_ref, near_ref, reach_km, guess):
    """Where along the arc x_a -> x_b (as a fraction) the reach meets the region, if the region's edge were the
    great circle through ``near_ref`` square to the direction of ``x_ref`` (the region's nearest point to a
    sample x_ref just outside it); the root nearest ``guess``, or ``guess`` where there is none.

    Only a guess, to cut a bracket where the edge most likely is: near a
    crossing the distance along a straight stretch of track changes far from
    linearly when the track meets the edge at a slant, so the straight line
    between two margins misses by seconds where this misses by a fraction of one.
    """
    g = x_ref - np.einsum("ij,ij->i", x_ref, near_ref)[:, None] * near_ref
    g /= np.maximum(np.linalg.norm(g, axis=1, keepdims=True), 1e-300)
    cos_arc = np.clip(np.einsum("ij,ij->i", x_a, x_b), -1.0, 1.0)
    arc = np.arccos(cos_arc)
    e = x_b - cos_arc[:, None] * x_a
    e /= np.maximum(np.linalg.norm(e, axis=1, keepdims=True), 1e-300)
    a, b = np.einsum("ij,ij->i", x_a, g), np.einsum("ij,ij->i", e, g)
    r = np.hypot(a, b)
    with np.errstate(invalid="ignore", divide="ignore"):
        half = np.arccos(np.sin(reach_km / MEAN_EARTH_RADIUS_KM) / r)
        phi = np.arctan2(b, a)
        roots = np.stack([(phi - half) / arc, (phi + half) / arc, (phi - half + 2 * math.pi) / arc,
                          (phi + half - 2 * math.pi) / arc])
    roots = np.where((roots >= 0) & (roots <= 1), roots, np.nan)
    best = np.nanargmin(np.where(np.isfinite(roots), np.abs(roots - guess), np.inf), axis=0)
    pick = roots[best, np.arange(len(guess))]
    return np.where(np.isfinite(pick), pick, guess)


# ----------------------------------------------------------------------------- search


@dataclass
class Pass:
    satnum: int
    name: str
    start_s: float
    end_s: float
    closest_s: float
    closest_lat_deg: float  # sub-satellite point at closest approach
    closest_lon_deg: float
    target_lat_deg: float  # nearest point of the region at closest approach
    target_lon_deg: float
    distance_km: float  # ground distance sub-point to region at closest approach (0 if over it)
    off_nadir_deg: float  # smallest off-nadir angle needed to see the region
    max_elevation_deg: float  # highest elevation of the satellite seen from the region
    sun_elevation_deg: float  # at the target point, at closest approach
    daylight: bool
    local_solar_time_h: float  # at the sub-satellite point, at closest approach
    ascending: bool
    starts_at_window: bool = False
    ends_at_window: bool = False

    @property
    def duration_s(self) -> float:
        return self.end_s - self.start_s


def find_intervals(margin: Margin, start_s: float, end_s: float, coarse_step_s: float = 240.0,
                   tolerance_s: float = 0.01, progress=None, cancelled=None):
    """Intervals (start, end) within [start_s, end_s] where the margin is negative: the batch engine
    (``batch.search``) on one satellite, edges bisected on the exact margin to ``tolerance_s``.

    Returns an (n, 2) array and flags whether each interval was clipped by the window.
    """
    from .batch import Satellites, search

    found = search(Satellites.of([margin.es.satrec], margin.criterion), margin.region, start_s, end_s,
                   coarse_step_s=coarse_step_s, tolerance_s=tolerance_s, progress=progress, cancelled=cancelled)
    if found.rejected:
        raise AccessError(f"{margin.es.name}: {found.rejected[0]}")
    return found.intervals[0], bool(found.clipped_start[0]), bool(found.clipped_end[0])


def _centre_of_ties(d):
    """Nudge equal minima (clipped deep inside a region) so argmin picks the middle of the run."""
    low = d <= d.min(axis=1, keepdims=True) + 1e-9
    centre = (np.arange(d.shape[1])[None, :] * low).sum(axis=1) / np.maximum(low.sum(axis=1), 1)
    return d + 1e-6 * np.abs(np.arange(d.shape[1])[None, :] - centre[:, None]) * low


def sampled_intervals(margin: Margin, start_s: float, end_s: float, step_s: float = 1.0) -> np.ndarray:
    """Reference: in-view intervals by dense sampling alone (brute force, for tests and benchmarks).

    Edges fall on sample times: a pass starts at its first negative sample and
    ends at its last one.
    """
    t = np.arange(start_s, end_s + step_s / 2, step_s)
    day = int(86400 / step_s)
    m = np.concatenate([margin.evaluate(t[k:k + day], cutoff_km=50.0)[0] for k in range(0, len(t), day)])
    neg = m < 0
    change = np.flatnonzero(neg[1:] != neg[:-1])
    starts = list(t[change[neg[change + 1]] + 1])
    ends = list(t[change[~neg[change + 1]]])
    if neg[0]:
        starts.insert(0, t[0])
    if neg[-1]:
        ends.append(t[-1])
    return np.column_stack([starts, ends]) if starts else np.zeros((0, 2))


def closest_times(d, grid, intervals, samples: int):
    """The time of each pass's closest approach: the smallest of its sampled distances ``d`` (P, samples) at times
    ``grid`` within ``intervals`` (P, 2), refined with a parabola through the best sample and its neighbours."""
    best = np.argmin(d, axis=1)
    rows = np.arange(len(grid))
    k = np.clip(best, 1, samples - 2)
    d0, d1, d2 = d[rows, k - 1], d[rows, k], d[rows, k + 1]
    curvature = d0 - 2 * d1 + d2
    with np.errstate(divide="ignore", invalid="ignore"):
        shift = np.where(curvature > 1e-9, 0.5 * (d0 - d2) / curvature, 0.0)
    shift = np.where((best == k) & np.isfinite(shift), np.clip(shift, -1.0, 1.0), best - k)
    step = (intervals[:, 1] - intervals[:, 0]) / (samples - 1)
    return np.clip(grid[rows, k] + shift * step, intervals[:, 0], intervals[:, 1])


def describe_passes(margin: Margin, intervals, clipped_start=False, clipped_end=False, sun_min_deg=0.0):
    """Closest approach, daylight, local time and direction for each interval of one set.

    The pass engine describes passes in batches (``describe_many``); this one-set form is the reference that
    batch is tested against (tests/core/test_fleet.py) and what the brute-force revisit bench describes with.
    """
    passes = []
    region, crit, es = margin.region, margin.criterion, margin.es
    if len(intervals) == 0:
        return passes
    samples = 21
    frac = np.linspace(0.0, 1.0, samples)
    grid = intervals[:, :1] + (intervals[:, 1:] - intervals[:, :1]) * frac  # (P, S)
    track = ground_track(es, grid.ravel())
    # Deep inside the region or far beyond the reach the exact distance does not
    # matter (the off-nadir angle is 0, or there is no pass): clip there.
    cutoff = float(np.max(crit.reach_km(track.height_km), initial=0.0)) + 50.0
    # (beyond the cutoff inside, values are only bounds: clipped to one value, the run's middle is taken)
    d = region.signed_distance_km(track.lat_deg, track.lon_deg, cutoff_km=cutoff).reshape(grid.shape)
    d = _centre_of_ties(np.maximum(d, -cutoff))
    t_close = closest_times(d, grid, intervals, samples)
    close = ground_track(es, np.concatenate([t_close, t_close + 1.0]))
    n = len(t_close)
    lat, lon, h = close.lat_deg[:n], close.lon_deg[:n], close.height_km[:n]
    ascending = close.lat_deg[n:] > lat
    tgt_lat, tgt_lon = region.closest_point(lat, lon)
    dist = np.maximum(region.signed_distance_km(lat, lon, cutoff_km=cutoff), 0.0)
    lam = dist / MEAN_EARTH_RADIUS_KM
    off_nadir = off_nadir_from_reach_deg(h, lam)
    elevation = elevation_deg(close.r_itrs_km[:, :n], tgt_lat, tgt_lon)
    sun = timebase.sun_elevation_deg(tgt_lat, tgt_lon, t_close)
    lst = local_solar_time_hours(t_close, lon)
    for i in range(n):
        passes.append(Pass(
            satnum=es.satnum, name=es.name, start_s=float(intervals[i, 0]), end_s=float(intervals[i, 1]),
            closest_s=float(t_close[i]), closest_lat_deg=float(lat[i]), closest_lon_deg=float(lon[i]),
            target_lat_deg=float(tgt_lat[i]), target_lon_deg=float(tgt_lon[i]), distance_km=float(dist[i]),
            off_nadir_deg=float(off_nadir[i]), max_elevation_deg=float(elevation[i]),
            sun_elevation_deg=float(sun[i]), daylight=bool(sun[i] >= sun_min_deg),
            local_solar_time_h=float(lst[i]), ascending=bool(ascending[i]),
            starts_at_window=bool(clipped_start and i == 0), ends_at_window=bool(clipped_end and i == n - 1)))
    return passes


def _maybe_sunlit(margin: Margin, intervals, sun_min_deg):
    """Passes that may be sunlit: a cheap, conservative pre-filter before describing them.

    The Sun's elevation at the target at closest approach differs from its
    elevation at the sub-satellite point at mid-pass by at most the angle
    between the two points (the reach, plus the ground track's motion over half
    the pass) plus the Sun's own motion (0.25 deg a minute) over half the pass.
    """
    mid = intervals.mean(axis=1)
    half = (intervals[:, 1] - intervals[:, 0]) / 2
    track = ground_track(margin.es, mid)
    sun = timebase.sun_elevation_deg(track.lat_deg, track.lon_deg, mid)
    reach = np.degrees(margin.criterion.reach_rad(np.array([margin.max_height_km]))[0]) + 0.5
    bound = reach + np.degrees(margin.speed_bound_km_s * half / MEAN_EARTH_RADIUS_KM) + 0.25 * half / 60.0 + 0.1
    return sun >= sun_min_deg - bound


def find_passes(es: ElementSet, region: Region, criterion: Criterion, start_s: float, end_s: float,
                daylight_min_sun_deg: float | None = None, coarse_step_s: float = 240.0,
                tolerance_s: float = 0.01, progress=None, cancelled=None) -> list[Pass]:
    """Every pass of one satellite over a region in [start_s, end_s]: a batch of one (``passes_of``).

    With ``daylight_min_sun_deg`` only passes whose target point has the Sun at
    least that high at closest approach are kept (the sun's elevation is
    recorded for every pass either way). A pass under way at either edge of the
    window is clipped to it and flagged.
    """
    passes, rejected = passes_of([es], region, criterion, start_s, end_s, daylight_min_sun_deg, coarse_step_s,
                                 tolerance_s, progress, cancelled)
    if rejected:
        raise AccessError(f"{es.name}: {rejected[0]}")
    return passes[0]


def passes_of(sets, region: Region, criterion: Criterion, start_s: float, end_s: float,
              daylight_min_sun_deg: float | None = None, coarse_step_s: float = 240.0, tolerance_s: float = 0.01,
              progress=None, cancelled=None):
    """Every pass of each element set over a region, searched together (``batch.search``).

    Returns a list of passes per set (in the order given; empty for a set left
    out) and {index: reason} for the sets left out (SGP4 stopped within the
    window, or an off-nadir angle beyond the horizon from that orbit).
    """
    from .batch import Satellites, search

    sets = list(sets)
    sats = Satellites.of([es.satrec for es in sets], criterion)
    found = search(sats, region, start_s, end_s, daylight_min_sun_deg, coarse_step_s, tolerance_s, progress, cancelled)
    intervals = [np.zeros((0, 2)) if i in found.rejected else found.intervals[i] for i in range(len(sets))]
    out = describe_many(sets, sats, region, criterion, intervals, found.clipped_start, found.clipped_end,
                        daylight_min_sun_deg, cancelled)
    return out, found.rejected


DESCRIBE_CHUNK_PASSES = 500  # passes described at once (10,500 samples): Cancel answers between chunks


def describe_many(sets, sats, region: Region, criterion: Criterion, intervals, clipped_start, clipped_end,
                  daylight_min_sun_deg: float | None = None, cancelled=None):
    """``describe_passes`` (after ``_maybe_sunlit`` with a daylight test) for many sets at once: the same
    samples, the same cutoffs per set and the same arithmetic, as arrays over every pass of a chunk of sets
    (positions from ``batch.propagate_pairs``, one array of every (set, time) pair). Returns passes per set.

    ``sats`` is the search's ``batch.Satellites`` of the sets (their speed bounds and greatest heights). A
    region distance computed with a larger cutoff than one set's own is exact wherever that set's would be,
    and is clipped at that set's cutoff as before: the passes are the ones ``describe_passes`` gives.
    """
    out = [[] for _ in sets]
    counts = np.array([len(iv) for iv in intervals], dtype=int)
    with_passes = np.flatnonzero(counts)
    k = 0
    while k < len(with_passes):
        if cancelled and cancelled():
            raise InterruptedError("cancelled")
        take = max(1, int(np.searchsorted(np.cumsum(counts[with_passes[k:]]), DESCRIBE_CHUNK_PASSES, side="right")))
        chunk = with_passes[k:k + take]
        k += take
        _describe_chunk(sets, sats, region, criterion, intervals, clipped_start, clipped_end,
                        daylight_min_sun_deg, chunk, out)
    return out


def _describe_chunk(sets, sats, region, criterion, intervals, clipped_start, clipped_end, sun_min, chunk, out):
    from .batch import propagate_pairs
    from .groundtrack import geodetic_from_itrs

    satrecs = sats.satrecs
    iv = np.vstack([intervals[i] for i in chunk])
    owner = np.repeat(chunk, [len(intervals[i]) for i in chunk])
    first = np.r_[True, owner[1:] != owner[:-1]]
    last = np.r_[owner[1:] != owner[:-1], True]
    clip_a = first & np.asarray(clipped_start, dtype=bool)[owner]
    clip_b = last & np.asarray(clipped_end, dtype=bool)[owner]
    if sun_min is not None:  # _maybe_sunlit, for every pass at once
        mid = iv.mean(axis=1)
        half = (iv[:, 1] - iv[:, 0]) / 2
        r, _ = propagate_pairs(satrecs, owner, mid)
        lat, lon, _h = geodetic_from_itrs(r.T)
        sun = timebase.sun_elevation_deg(lat, lon, mid)
        reach = np.degrees(criterion.reach_rad(sats.max_height_km[owner])) + 0.5
        bound = reach + np.degrees(sats.speed_bound_km_s[owner] * half / MEAN_EARTH_RADIUS_KM) + 0.25 * half / 60.0 + 0.1
        keep = sun >= sun_min - bound
        # a clipped first (last) pass stays clipped only if it is kept
        clip_a, clip_b = clip_a & keep, clip_b & keep
        iv, owner, clip_a, clip_b = iv[keep], owner[keep], clip_a[keep], clip_b[keep]
        if not len(iv):
            return
    samples = 21
    frac = np.linspace(0.0, 1.0, samples)
    grid = iv[:, :1] + (iv[:, 1:] - iv[:, :1]) * frac  # (P, S)
    r, _ = propagate_pairs(satrecs, np.repeat(owner, samples), grid.ravel())
    lat, lon, h = geodetic_from_itrs(r.T)
    # each set's cutoff from its own samples, as describe_passes takes it
    reach = criterion.reach_km(h)
    set_cutoff = np.zeros(len(sets))
    np.maximum.at(set_cutoff, np.repeat(owner, samples), reach)
    cutoff = set_cutoff[owner] + 50.0
    widest = float(cutoff.max())
    d = region.signed_distance_km(lat, lon, cutoff_km=widest).reshape(grid.shape)
    d = _centre_of_ties(np.maximum(d, -cutoff[:, None]))
    t_close = closest_times(d, grid, iv, samples)
    n = len(t_close)
    r, _ = propagate_pairs(satrecs, np.concatenate([owner, owner]), np.concatenate([t_close, t_close + 1.0]))
    lat_all, lon_all, h_all = geodetic_from_itrs(r.T)
    lat, lon, h = lat_all[:n], lon_all[:n], h_all[:n]
    ascending = lat_all[n:] > lat
    tgt_lat, tgt_lon = region.closest_point(lat, lon)
    dist = np.maximum(region.signed_distance_km(lat, lon, cutoff_km=widest), 0.0)
    off_nadir = off_nadir_from_reach_deg(h, dist / MEAN_EARTH_RADIUS_KM)
    elevation = elevation_deg(r[:n].T, tgt_lat, tgt_lon)
    sun = timebase.sun_elevation_deg(tgt_lat, tgt_lon, t_close)
    lst = local_solar_time_hours(t_close, lon)
    daylight = sun >= (sun_min if sun_min is not None else 0.0)
    columns = zip(owner.tolist(), iv[:, 0].tolist(), iv[:, 1].tolist(), t_close.tolist(), lat.tolist(), lon.tolist(),
                  tgt_lat.tolist(), tgt_lon.tolist(), dist.tolist(), off_nadir.tolist(), elevation.tolist(),
                  sun.tolist(), daylight.tolist(), lst.tolist(), ascending.tolist(), clip_a.tolist(), clip_b.tolist())
    for (i, a, b, tc, la, lo, tla, tlo, di, on, el, su, day, ls, asc, ca, cb) in columns:
        if sun_min is not None and not day:
            continue
        es = sets[i]
        out[i].append(Pass(satnum=es.satnum, name=es.name, start_s=a, end_s=b, closest_s=tc, closest_lat_deg=la,
                           closest_lon_deg=lo, target_lat_deg=tla, target_lon_deg=tlo, distance_km=di,
                           off_nadir_deg=on, max_elevation_deg=el, sun_elevation_deg=su, daylight=day,
                           local_solar_time_h=ls, ascending=asc, starts_at_window=ca, ends_at_window=cb))
