"""Impulsive burns and the classic transfers, with SGP4 in the loop.

A burn takes any element set (real, approximate or designed), finds its SGP4
state (TEME) at the burn time, adds the velocity change in the RSW frame
(R radial, S along-track / prograde, W normal to the orbit plane), and turns the
new state into mean elements that SGP4 itself reproduces: TLE elements are
SGP4's mean elements, not osculating ones, so the osculating elements of the
state are only a first guess. The guess is corrected with SGP4 in the loop
(elements -> SGP4 state at the epoch -> difference of the osculating elements
-> correction), in equinoctial elements so that circular and equatorial orbits
need no special case. The result is a DESIGNED element set whose epoch is the
burn, checked against the built state (within a kilometre, after the set has
been written as a TLE and read back).

Transfers use the vis-viva equation, v^2 = mu (2/r - 1/a) (Vallado,
*Fundamentals of Astrodynamics and Applications*, 4th ed., sec. 6.3):

- Hohmann: dv1 = sqrt(mu (2/r1 - 1/a_t)) - sqrt(mu/r1),
  dv2 = sqrt(mu/r2) - sqrt(mu (2/r2 - 1/a_t)), a_t = (r1 + r2)/2,
  time of flight pi sqrt(a_t^3/mu).
- Pure plane change: dv = 2 v sin(di/2).
- Combined plane change at the transfer's apogee (law of cosines):
  dv2 = sqrt(v_a^2 + v_c^2 - 2 v_a v_c cos di).
- Phasing by an angle in k revolutions: a phasing orbit of period
  T (1 - angle/(360 k)) (ahead) or T (1 + angle/(360 k)) (behind), entered and left
  with two equal burns.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
from sgp4 import exporter
from sgp4.api import WGS72, Satrec

from . import timebase
from .constants import EARTH_ROTATION_RAD_S, WGS72_A_KM, WGS72_MU_KM3_S2
from .elements import ElementSet, satrec_problem, tle_epoch_problem
from .groundtrack import propagate_teme
from .orbit import epoch_1949_days

MAX_DV_M_S = 10_000.0  # more than any single burn a student would plan (LEO to escape is about 3.2 km/s)
POSITION_CHECK_KM = 1.0  # the built state and the new set's SGP4 position at the burn must agree this well
LOW_PERIGEE_KM = 120.0  # below this the orbit re-enters within hours
FIT_TOLERANCE_KM = 1e-4
FIT_ITERATIONS = 40
BURN_TIMES = ("apogee", "perigee", "ascending", "descending")


class BurnError(ValueError):
    """A burn that cannot be made: the message is one line naming the value and its valid range."""


@dataclass(frozen=True)
class Burn:
    """One impulsive burn: when (a POSIX time, or the next apogee / perigee / node after ``after_s``) and how much."""

    prograde_m_s: float = 0.0
    radial_m_s: float = 0.0
    normal_m_s: float = 0.0
    at: str = "perigee"  # 'time', or one of BURN_TIMES
    time_s: float | None = None  # with at == 'time'

    @property
    def dv_m_s(self) -> float:
        return math.sqrt(self.prograde_m_s ** 2 + self.radial_m_s ** 2 + self.normal_m_s ** 2)

    def to_dict(self) -> dict:
        return {"prograde_m_s": self.prograde_m_s, "radial_m_s": self.radial_m_s, "normal_m_s": self.normal_m_s,
                "at": self.at, "time_s": self.time_s}

    @classmethod
    def from_dict(cls, data) -> "Burn":
        """A burn from saved values; BurnError names a wrong field."""
        if not isinstance(data, dict):
            raise BurnError(f"a burn is a JSON object, found {type(data).__name__}")
        values = {}
        for name in ("prograde_m_s", "radial_m_s", "normal_m_s", "time_s"):
            value = data.get(name, None if name == "time_s" else 0.0)
            if value is None and name == "time_s":
                values[name] = None
                continue
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
                raise BurnError(f"burn field {name}: found {value!r}, expected a finite number")
            values[name] = float(value)
        at = data.get("at", "perigee")
        if at not in BURN_TIMES + ("time",):
            raise BurnError(f"burn field at: found {at!r}, expected one of time, " + ", ".join(BURN_TIMES))
        if at == "time" and values["time_s"] is None:
            raise BurnError("burn field time_s: a burn at a time needs the time")
        return cls(at=at, **values)


@dataclass(frozen=True)
class OrbitFigures:
    """What the lab shows for an orbit: mean sizes from SGP4's own mean elements."""

    semi_major_axis_km: float
    eccentricity: float
    perigee_km: float  # heights above the equatorial radius (WGS72, SGP4's Earth)
    apogee_km: float
    inclination_deg: float
    period_min: float
    node_step_deg: float  # westward shift of the ground track from one ascending node to the next

    @classmethod
    def of(cls, satrec) -> "OrbitFigures":
        a = satrec.a * satrec.radiusearthkm  # un-Kozai'd mean semi-major axis
        e = satrec.ecco
        nodal_rate = satrec.mdot + satrec.argpdot  # rad/min, the argument of latitude
        nodal_period_s = 2 * math.pi / nodal_rate * 60.0 if nodal_rate > 0 else float("inf")
        step = math.degrees(nodal_period_s * (EARTH_ROTATION_RAD_S - satrec.nodedot / 60.0))
        return cls(a, e, a * (1 - e) - WGS72_A_KM, a * (1 + e) - WGS72_A_KM, math.degrees(satrec.inclo),
                   2 * math.pi / satrec.no_kozai, step)


def track_shift_km_per_day(before: OrbitFigures, after: OrbitFigures) -> float:
    """How far the new ground track's equator crossings move in a day against the old one's (km, + westward).

    Each revolution the track steps west by the node step (Earth's turn during a
    nodal period, less the node's own drift); a day holds 1440 / period of them.
    """
    revs_per_day = 1440.0 / after.period_min
    return (after.node_step_deg - before.node_step_deg) * revs_per_day * math.radians(1.0) * WGS72_A_KM


@dataclass(frozen=True)
class BurnResult:
    """A burn made: the set after it (None when the orbit re-enters at once) and the figures before and after."""

    burn: Burn
    time_s: float
    before: OrbitFigures
    after: OrbitFigures | None  # osculating figures when the orbit re-enters
    elements: ElementSet | None
    reenters: bool = False
    position_error_km: float = 0.0
    notes: list[str] = field(default_factory=list)

    @property
    def track_shift_km_per_day(self) -> float | None:
        if self.reenters or self.after is None:
            return None
        return track_shift_km_per_day(self.before, self.after)


# ----------------------------------------------------------------------------- states and frames


def state_teme(satrec, time_s: float):
    """SGP4 position (km) and velocity (km/s) in TEME at a POSIX time; BurnError when SGP4 fails there."""
    whole, fraction = timebase.jd_utc(np.array([time_s], dtype=float))
    error, r, v = satrec.sgp4(float(whole[0]), float(fraction[0]))
    if error:
        raise BurnError(f"SGP4 cannot place the satellite at {timebase.iso_utc(time_s)} (sgp4 error {error})")
    return np.array(r), np.array(v)


def rsw_basis(r_km, v_km_s):
    """Unit vectors radial, along-track (prograde in a circular orbit) and normal (along the angular momentum)."""
    r_hat = r_km / np.linalg.norm(r_km)
    h = np.cross(r_km, v_km_s)
    w_hat = h / np.linalg.norm(h)
    s_hat = np.cross(w_hat, r_hat)
    return r_hat, s_hat, w_hat


def equinoctial_from_state(r_km, v_km_s, mu=WGS72_MU_KM3_S2):
    """(a, h, k, p, q, L) of a state: h, k the eccentricity vector, p, q the node vector tan(i/2), L the mean longitude.

    Near-circular and near-equatorial orbits are regular in these elements
    (Broucke and Cefola 1972); the retrograde-equatorial case (i = 180 deg) is not.
    """
    r = np.linalg.norm(r_km)
    v2 = float(np.dot(v_km_s, v_km_s))
    a = 1.0 / (2.0 / r - v2 / mu)
    h_vec = np.cross(r_km, v_km_s)
    w = h_vec / np.linalg.norm(h_vec)
    p = w[0] / (1.0 + w[2])
    q = -w[1] / (1.0 + w[2])
    # equinoctial frame
    k2 = 1.0 + p * p + q * q
    f_hat = np.array([1 - p * p + q * q, 2 * p * q, -2 * p]) / k2
    g_hat = np.array([2 * p * q, 1 + p * p - q * q, 2 * q]) / k2
    e_vec = np.cross(v_km_s, h_vec) / mu - r_km / r
    ecc_k = float(np.dot(e_vec, f_hat))
    ecc_h = float(np.dot(e_vec, g_hat))
    x, y = float(np.dot(r_km, f_hat)), float(np.dot(r_km, g_hat))
    e2 = ecc_h * ecc_h + ecc_k * ecc_k
    if e2 >= 1.0:
        return a, ecc_h, ecc_k, p, q, float("nan")
    # eccentric longitude F from the position in the equinoctial frame (Broucke and Cefola 1972)
    beta = 1.0 / (1.0 + math.sqrt(1.0 - e2))
    scale = a * math.sqrt(1.0 - e2)
    cos_f = ecc_k + ((1 - ecc_k ** 2 * beta) * x - ecc_h * ecc_k * beta * y) / scale
    sin_f = ecc_h + ((1 - ecc_h ** 2 * beta) * y - ecc_h * ecc_k * beta * x) / scale
    big_f = math.atan2(sin_f, cos_f)
    mean_longitude = big_f + ecc_h * math.cos(big_f) - ecc_k * math.sin(big_f)
    return a, ecc_h, ecc_k, p, q, mean_longitude % (2 * math.pi)


def _satrec(satnum, epoch_s, n_kozai_rad_min, e, inclination, raan, argp, mean_anomaly, bstar):
    satrec = Satrec()
    satrec.sgp4init(WGS72, "i", satnum, epoch_1949_days(epoch_s), bstar, 0.0, 0.0, e, argp % (2 * math.pi),
                    inclination, mean_anomaly % (2 * math.pi), n_kozai_rad_min, raan % (2 * math.pi))
    satrec.classification = "U"
    return satrec


def _classical(a, h, k, p, q, mean_longitude):
    e = math.hypot(h, k)
    longitude_of_perigee = math.atan2(h, k)
    raan = math.atan2(p, q)
    inclination = 2.0 * math.atan(math.hypot(p, q))
    return e, inclination, raan, longitude_of_perigee - raan, mean_longitude - longitude_of_perigee


def mean_elements_for_state(r_km, v_km_s, epoch_s: float, satnum: int, bstar: float = 0.0):
    """An initialised SGP4 record whose state at its epoch is (r, v), found with SGP4 in the loop.

    Fixed-point iteration on the equinoctial elements: the mean elements move by
    the difference between the target's osculating elements and those of SGP4's
    state; SGP4's short-period terms are of order J2, so each pass gains about
    three digits. Returns (satrec, position error km).
    """
    target = np.array(equinoctial_from_state(r_km, v_km_s))
    mean = target.copy()
    best = None
    for _ in range(FIT_ITERATIONS):
        a, h, k, p, q, lon = mean
        if not (a > 0 and h * h + k * k < 1.0):
            break
        e, inclination, raan, argp, m = _classical(a, h, k, p, q, lon)
        n = math.sqrt(WGS72_MU_KM3_S2 / a ** 3) * 60.0  # rad/min; Kozai vs Brouwer is absorbed by the iteration
        satrec = _satrec(satnum, epoch_s, n, e, inclination, raan, argp, m, bstar)
        if satrec.error:
            break
        error, r, v = satrec.sgp4_tsince(0.0)
        if error:
            break
        miss = float(np.linalg.norm(np.array(r) - r_km))
        if best is None or miss < best[1]:
            best = (satrec, miss)
        if miss < FIT_TOLERANCE_KM:
            break
        model = np.array(equinoctial_from_state(np.array(r), np.array(v)))
        change = target - model
        change[5] = (change[5] + math.pi) % (2 * math.pi) - math.pi
        # SGP4 is given the mean motion: scale a through n so that the Kozai correction is absorbed too
        mean = mean + change
    if best is None:
        raise BurnError("no SGP4 element set reproduces the state after this burn")
    return best


# ----------------------------------------------------------------------------- burn times


def _radius(satrec, times_s):
    r, errors = propagate_teme(satrec, np.asarray(times_s, dtype=float))
    return np.linalg.norm(r, axis=0), r[2], errors


def mean_height_km(satrec, at_s: float) -> float:
    """Mean distance from the Earth's centre over the revolution starting at ``at_s``, less the equatorial radius:
    the height a transfer starts from now (a real set with drag sinks between its epoch and now)."""
    period_s = 2 * math.pi / satrec.no_kozai * 60.0
    radius, _z, errors = _radius(satrec, at_s + np.linspace(0.0, period_s, 90, endpoint=False))
    if errors.any():
        raise BurnError(f"SGP4 cannot follow the satellite at {timebase.iso_utc(at_s)}: it may have re-entered")
    return float(radius.mean()) - WGS72_A_KM


def next_event_s(satrec, after_s: float, which: str) -> float:
    """The next apogee, perigee (extremes of the distance from the Earth's centre) or ascending / descending node
    (equator crossing northward / southward) after ``after_s``, to about a tenth of a second.

    One revolution and a bit is sampled at once (a 360th of the period), then the
    bracketing samples are refined: golden-section search for the distance,
    bisection for the crossing.
    """
    period_s = 2 * math.pi / satrec.no_kozai * 60.0
    times = after_s + np.linspace(0.0, 1.05 * period_s, 379)
    radius, z, errors = _radius(satrec, times)
    if errors.any():
        raise BurnError(f"SGP4 cannot follow the satellite after {timebase.iso_utc(after_s)}: it may have re-entered")
    step = times[1] - times[0]
    if which in ("apogee", "perigee"):
        sign = 1.0 if which == "apogee" else -1.0
        values = sign * radius
        inner = np.nonzero((values[1:-1] >= values[:-2]) & (values[1:-1] > values[2:]))[0] + 1
        index = int(inner[0]) if inner.size else int(np.argmax(values))
        lo, hi = times[index] - step, times[index] + step
        golden = (math.sqrt(5) - 1) / 2
        for _ in range(40):
            m1, m2 = hi - golden * (hi - lo), lo + golden * (hi - lo)
            f1, f2 = sign * _radius(satrec, [m1, m2])[0]
            if f1 > f2:
                hi = m2
            else:
                lo = m1
        return max(0.5 * (lo + hi), after_s)
    if which in ("ascending", "descending"):
        up = which == "ascending"
        crossing = np.nonzero((z[:-1] < 0) & (z[1:] >= 0) if up else (z[:-1] > 0) & (z[1:] <= 0))[0]
        if not crossing.size:
            raise BurnError(f"the orbit has no {which} node (an equatorial orbit): give a time instead")
        lo, hi = times[crossing[0]], times[crossing[0] + 1]
        for _ in range(40):
            mid = 0.5 * (lo + hi)
            zmid = _radius(satrec, [mid])[1][0]
            if (zmid < 0) == up:
                lo = mid
            else:
                hi = mid
        return 0.5 * (lo + hi)
    raise BurnError(f"burn time '{which}': choose a time, " + ", ".join(BURN_TIMES))


# ----------------------------------------------------------------------------- the burn


def check_burn(burn: Burn) -> None:
    for name, value in (("--prograde", burn.prograde_m_s), ("--radial", burn.radial_m_s), ("--normal", burn.normal_m_s)):
        if not math.isfinite(value):
            raise BurnError(f"{name} must be a finite number of m/s")
    if burn.dv_m_s > MAX_DV_M_S:
        raise BurnError(f"a burn of {burn.dv_m_s / 1000:.2f} km/s is more than {MAX_DV_M_S / 1000:.0f} km/s: "
                        "no single burn of a satellite is that large; split it or lower it")


def burn_time_s(es: ElementSet, burn: Burn, after_s: float) -> float:
    if burn.at == "time":
        return float(burn.time_s)
    return next_event_s(es.satrec, after_s, burn.at)


def osculating_figures(r_km, v_km_s) -> OrbitFigures:
    """Two-body figures of a state (used when the orbit after a burn re-enters and no set is made)."""
    a, h, k, p, q, _lon = equinoctial_from_state(r_km, v_km_s)
    e = math.hypot(h, k)
    inclination = math.degrees(2.0 * math.atan(math.hypot(p, q)))
    period = 2 * math.pi * math.sqrt(a ** 3 / WGS72_MU_KM3_S2) / 60.0 if a > 0 else float("inf")
    return OrbitFigures(a, e, a * (1 - e) - WGS72_A_KM, a * (1 + e) - WGS72_A_KM, inclination, period, float("nan"))


def apply_burn(es: ElementSet, burn: Burn, after_s: float | None = None, *, satnum: int | None = None,
               name: str | None = None) -> BurnResult:
    """The orbit after one impulsive burn (see the module's docstring).

    ``after_s`` is when to look for the next apogee, perigee or node (default the
    set's epoch). The new set keeps the old one's drag term (B*), so a real
    satellite keeps decaying as before; its catalogue number is ``satnum``
    (a design number), its name ``name`` (default the old name and BURN).
    A perigee below the surface gives ``reenters=True`` and no set.
    """
    check_burn(burn)
    after_s = es.epoch_s if after_s is None else after_s
    t = burn_time_s(es, burn, after_s)
    problem = tle_epoch_problem(t)
    if problem:
        raise BurnError(f"burn time: {problem}")
    r0, v0 = state_teme(es.satrec, t)
    r_hat, s_hat, w_hat = rsw_basis(r0, v0)
    dv = (burn.radial_m_s * r_hat + burn.prograde_m_s * s_hat + burn.normal_m_s * w_hat) / 1000.0
    v1 = v0 + dv
    before = OrbitFigures.of(es.satrec)
    energy = float(np.dot(v1, v1)) / 2 - WGS72_MU_KM3_S2 / float(np.linalg.norm(r0))
    if energy >= 0:
        raise BurnError(f"after this burn the satellite leaves the Earth (speed {np.linalg.norm(v1):.2f} km/s is "
                        "above escape speed): lower the burn")
    osculating = osculating_figures(r0, v1)
    if osculating.perigee_km < 0.0:
        return BurnResult(burn, t, before, osculating, None, reenters=True,
                          notes=[f"perigee {osculating.perigee_km:,.0f} km: below the surface, re-enters at once"])
    satnum = satnum if satnum is not None else 300001
    satrec, _miss = mean_elements_for_state(r0, v1, t, satnum, es.satrec.bstar)
    satrec.intldesg = ""
    line1, line2 = exporter.export_tle(satrec)
    satrec = Satrec.twoline2rv(line1, line2, WGS72)  # the set is its own TLE: an export carries exactly this
    problem = satrec_problem(satrec)
    if problem:
        return BurnResult(burn, t, before, osculating, None, reenters=True,
                          notes=[f"SGP4 cannot carry the orbit after this burn ({problem}): it re-enters at once"])
    error, r_check, _v = satrec.sgp4_tsince(0.0)
    miss = float(np.linalg.norm(np.array(r_check) - r0))
    if error or miss > POSITION_CHECK_KM:
        raise BurnError(f"the element set after the burn misses the built state by {miss:.1f} km "
                        f"(more than {POSITION_CHECK_KM:g} km): not made")
    after = OrbitFigures.of(satrec)
    notes = []
    if after.perigee_km < LOW_PERIGEE_KM:
        notes.append(f"perigee {after.perigee_km:.0f} km: the orbit re-enters within hours")
    who = f"{es.name} ({es.flag.lower()} elements)" if es.flag else f"{es.name} (real elements)"
    derivation = (f"{who} after a burn at {timebase.iso_utc(t)}"
                  f"{'' if burn.at == 'time' else ' (' + burn.at + (' node' if burn.at in ('ascending', 'descending') else '') + ')'}: "
                  f"prograde {burn.prograde_m_s:+.1f} m/s, radial {burn.radial_m_s:+.1f} m/s, "
                  f"normal {burn.normal_m_s:+.1f} m/s; perigee {after.perigee_km:.1f} km, apogee {after.apogee_km:.1f} km")
    new_name = (name or f"{es.name} BURN")[:24]
    new = ElementSet(new_name, satnum, satrec, t, source="designed in Overflight's Orbit lab (burn)", designed=True,
                     derivation=derivation, line1=line1, line2=line2)
    return BurnResult(burn, t, before, after, new, position_error_km=miss, notes=notes)


def apply_burns(es: ElementSet, burns, after_s: float | None = None, *, satnum: int | None = None,
                name: str | None = None) -> list[BurnResult]:
    """Burns one after another, each from the orbit the previous one left (its time searched after the previous burn).
    Stops at a burn that re-enters."""
    results = []
    current, start = es, after_s
    for index, burn in enumerate(burns):
        label = name if index == len(burns) - 1 or name is None else f"{name[:20]} {index + 1}"
        result = apply_burn(current, burn, start, satnum=satnum, name=label)
        results.append(result)
        if result.reenters:
            break
        current, start = result.elements, result.time_s + 1.0
    return results


# ----------------------------------------------------------------------------- transfers (vis-viva)


def circular_speed_km_s(radius_km: float) -> float:
    return math.sqrt(WGS72_MU_KM3_S2 / radius_km)


def vis_viva_km_s(radius_km: float, a_km: float) -> float:
    """Speed on an orbit of semi-major axis a at distance r: v^2 = mu (2/r - 1/a)."""
    return math.sqrt(WGS72_MU_KM3_S2 * (2.0 / radius_km - 1.0 / a_km))


@dataclass(frozen=True)
class Transfer:
    """A transfer's budget: each burn (km/s), the total and the time it takes, with the formula named."""

    kind: str
    burns_km_s: tuple[float, ...]
    time_of_flight_s: float
    formula: str
    details: dict = field(default_factory=dict)

    @property
    def total_dv_km_s(self) -> float:
        return float(sum(abs(b) for b in self.burns_km_s))

    def lines(self) -> list[str]:
        out = [f"{self.kind}: {self.formula}"]
        for index, dv in enumerate(self.burns_km_s, 1):
            out.append(f"  burn {index}: {dv * 1000:+.1f} m/s")
        out.append(f"  total: {self.total_dv_km_s * 1000:.1f} m/s ({self.total_dv_km_s:.3f} km/s)")
        out.append(f"  time: {_duration_text(self.time_of_flight_s)}")
        return out

    def to_json(self) -> dict:
        data = {"kind": self.kind, "formula": self.formula, "burns_km_s": list(self.burns_km_s),
                "total_dv_km_s": self.total_dv_km_s, "time_of_flight_s": self.time_of_flight_s}
        if len(self.burns_km_s) == 2:
            data["dv1_km_s"], data["dv2_km_s"] = self.burns_km_s
        data.update(self.details)
        return data


def _duration_text(seconds: float) -> str:
    if seconds < 2 * 3600:
        return f"{seconds / 60:.1f} min"
    if seconds < 3 * 86400:
        return f"{seconds / 3600:.2f} h"
    return f"{seconds / 86400:.2f} days"


MIN_TRANSFER_HEIGHT_KM = 100.0
MAX_TRANSFER_HEIGHT_KM = 400_000.0


def _radius_of(height_km: float, what: str) -> float:
    if not math.isfinite(height_km) or not MIN_TRANSFER_HEIGHT_KM <= height_km <= MAX_TRANSFER_HEIGHT_KM:
        raise BurnError(f"{what} {height_km:g} km must be from {MIN_TRANSFER_HEIGHT_KM:g} to {MAX_TRANSFER_HEIGHT_KM:,.0f} km")
    return WGS72_A_KM + height_km


def hohmann(from_km: float, to_km: float) -> Transfer:
    """Hohmann transfer between circular orbits at two heights (negative burns lower the orbit)."""
    r1, r2 = _radius_of(from_km, "--from"), _radius_of(to_km, "--to")
    a_t = (r1 + r2) / 2.0
    dv1 = vis_viva_km_s(r1, a_t) - circular_speed_km_s(r1)
    dv2 = circular_speed_km_s(r2) - vis_viva_km_s(r2, a_t)
    tof = math.pi * math.sqrt(a_t ** 3 / WGS72_MU_KM3_S2)
    return Transfer("Hohmann transfer", (dv1, dv2), tof,
                    "vis-viva v^2 = mu (2/r - 1/a), transfer ellipse a_t = (r1 + r2)/2, time pi sqrt(a_t^3/mu)",
                    {"from_km": from_km, "to_km": to_km, "transfer_semi_major_axis_km": a_t})


def _angle(angle_deg: float, what: str, high: float) -> float:
    if not math.isfinite(angle_deg) or not 0.0 < angle_deg <= high:
        raise BurnError(f"{what} {angle_deg:g} deg must be above 0 and at most {high:g}")
    return math.radians(angle_deg)


def plane_change(height_km: float, change_deg: float) -> Transfer:
    """Pure plane change of a circular orbit at a node: dv = 2 v sin(di/2)."""
    r = _radius_of(height_km, "--height")
    di = _angle(change_deg, "--angle", 180.0)
    v = circular_speed_km_s(r)
    return Transfer("Plane change", (2 * v * math.sin(di / 2),), 0.0, "dv = 2 v sin(di/2), v = sqrt(mu/r)",
                    {"height_km": height_km, "angle_deg": change_deg})


def combined_plane_change(from_km: float, to_km: float, change_deg: float) -> Transfer:
    """Hohmann transfer whose second burn at apogee also turns the plane (law of cosines), against doing both apart."""
    base = hohmann(from_km, to_km)
    r2 = WGS72_A_KM + to_km
    di = _angle(change_deg, "--angle", 180.0)
    a_t = base.details["transfer_semi_major_axis_km"]
    v_apo, v_circ = vis_viva_km_s(r2, a_t), circular_speed_km_s(r2)
    dv2 = math.sqrt(v_apo ** 2 + v_circ ** 2 - 2 * v_apo * v_circ * math.cos(di))
    separate = abs(base.burns_km_s[0]) + abs(base.burns_km_s[1]) + 2 * v_circ * math.sin(di / 2)
    return Transfer("Hohmann with combined plane change at apogee", (base.burns_km_s[0], dv2), base.time_of_flight_s,
                    "vis-viva; apogee burn dv2 = sqrt(v_a^2 + v_c^2 - 2 v_a v_c cos di)",
                    {"from_km": from_km, "to_km": to_km, "angle_deg": change_deg, "transfer_semi_major_axis_km": a_t,
                     "separate_total_dv_km_s": separate})


def phasing(height_km: float, angle_deg: float, revolutions: int = 1) -> Transfer:
    """Move ahead along the same circular orbit by an angle (negative: fall behind) in whole revolutions of a
    phasing orbit, entered and left with two equal and opposite burns."""
    r = _radius_of(height_km, "--height")
    if not isinstance(revolutions, int) or not 1 <= revolutions <= 100:
        raise BurnError(f"--revolutions {revolutions!r} must be a whole number from 1 to 100")
    if not math.isfinite(angle_deg) or not 0 < abs(angle_deg) < 360:
        raise BurnError(f"--angle {angle_deg:g} deg must be non-zero and between -360 and 360")
    period = 2 * math.pi * math.sqrt(r ** 3 / WGS72_MU_KM3_S2)
    period_phasing = period * (1.0 - angle_deg / (360.0 * revolutions))
    a_ph = (WGS72_MU_KM3_S2 * (period_phasing / (2 * math.pi)) ** 2) ** (1.0 / 3.0)
    other_apsis = 2 * a_ph - r
    if other_apsis - WGS72_A_KM < MIN_TRANSFER_HEIGHT_KM:
        raise BurnError(f"phasing by {angle_deg:g} deg in {revolutions} revolution(s) would take the perigee to "
                        f"{other_apsis - WGS72_A_KM:.0f} km: use more revolutions")
    dv = vis_viva_km_s(r, a_ph) - circular_speed_km_s(r)
    return Transfer("Phasing manoeuvre", (dv, -dv), revolutions * period_phasing,
                    "vis-viva; phasing period T (1 - angle/(360 k)), a = (mu (T/2pi)^2)^(1/3)",
                    {"height_km": height_km, "angle_deg": angle_deg, "revolutions": revolutions,
                     "phasing_semi_major_axis_km": a_ph})


TRANSFER_KINDS = ("hohmann", "plane", "combined", "phasing")


def transfer_burns(kind: str, transfer: Transfer) -> list[Burn]:
    """A transfer as burns on a satellite: Hohmann and phasing at the next perigee, the plane change at the next
    ascending node, the second burn at the transfer orbit's apogee.

    Phasing gives its first burn only: the second is made after the phasing
    revolutions, at the first burn's time plus the time of flight, which only
    the burn made knows. Every figure is read from the transfer's details (the
    heights, the angle, the transfer ellipse), so the burns are the budget the
    transfer shows and no caller works the geometry out again.
    """
    dv = [x * 1000 for x in transfer.burns_km_s]
    details = transfer.details
    if kind == "hohmann":
        return [Burn(dv[0], at="perigee"), Burn(dv[1], at="apogee")]
    if kind == "plane":
        v = circular_speed_km_s(WGS72_A_KM + details["height_km"]) * 1000
        change = math.radians(details["angle_deg"])
        return [Burn(-v * (1 - math.cos(change)), normal_m_s=v * math.sin(change), at="ascending")]
    if kind == "combined":
        r2 = WGS72_A_KM + details["to_km"]
        a_t = details["transfer_semi_major_axis_km"]
        v_apo, v_circ = vis_viva_km_s(r2, a_t) * 1000, circular_speed_km_s(r2) * 1000
        change = math.radians(details["angle_deg"])
        return [Burn(dv[0], at="perigee"),
                Burn(v_circ * math.cos(change) - v_apo, normal_m_s=v_circ * math.sin(change), at="apogee")]
    if kind == "phasing":
        return [Burn(dv[0], at="perigee")]
    raise BurnError(f"transfer '{kind}': choose one of " + ", ".join(TRANSFER_KINDS))
