"""Designed orbits: the Orbit lab's element sets, made with SGP4 in the loop.

A design names the orbit's size (height, perigee and apogee, or semi-major
axis), its shape (eccentricity), its tilt (an inclination, or sun-synchronous),
where its node lies (right ascension, or the local mean solar time of the
ascending or descending node) and where the satellite is on it (mean anomaly,
or *over a place at a time*). The result is an ordinary SGP4 element set with
the DESIGNED flag, which every analysis takes unchanged.

Why SGP4 in the loop: TLE mean motion is SGP4's Kozai mean motion, and SGP4
adds its own J2-J4 secular rates. Conditions that must hold over many days
(sun-synchronous node rate, a repeating ground track, a fixed geostationary
longitude) are therefore solved on SGP4's own secular rates (``nodedot``,
``argpdot``, ``mdot`` of an initialised record), not on textbook J2 formulas,
which miss a repeat ground track by thousands of kilometres after one cycle.
"Over a place at a time" is solved with full SGP4 propagation (Newton's method
on the node and the mean anomaly), so short-period terms are included too.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field, fields, replace

import numpy as np
from sgp4 import exporter
from sgp4.api import WGS72, Satrec

from . import timebase
from .constants import (GMST_RATE_RAD_MIN, KM_PER_DEG_EQUATOR, SIDEREAL_PER_SOLAR_DAY, SSO_NODE_RATE_RAD_S,
                        WGS72_A_KM, WGS72_MU_KM3_S2)
from .elements import ElementError, ElementSet, tle_epoch_problem
from .groundtrack import geodetic_from_itrs, propagate_teme
from .orbit import (mean_motion_rev_day, raan_from_node_time_deg,
                    satrec_for_semi_major_axis, satrec_from_mean_elements, semi_major_axis_km,
                    sun_synchronous_inclination_deg)
from .files import FileReadError, move_aside, read_text_limited
from .paths import user_data_dir, write_atomic

MIN_PERIGEE_KM = 150.0  # below this an orbit decays within days
MAX_APOGEE_KM = 400_000.0  # about the Moon's distance
SSO_NODE_RATE_RAD_MIN = SSO_NODE_RATE_RAD_S * 60.0
FIRST_DESIGN_SATNUM = 300001  # alpha-5 'W0001': far above real catalogue numbers, still TLE-writable
LAST_DESIGN_SATNUM = 339999
OVER_TOLERANCE_KM = 0.5
MAX_DESIGNS_FILE_BYTES = 16 * 1024 * 1024


class DesignError(ValueError):
    """A design that no orbit can satisfy; the message names the parameter and its valid range."""


@dataclass(frozen=True)
class OrbitDesign:
    """What a student chose. Exactly one way of giving the size is used, in this order:
    repeat (R revolutions in D days), perigee and apogee, semi-major axis, height."""

    name: str = "DESIGN-1"
    satnum: int = FIRST_DESIGN_SATNUM
    epoch_s: float = 0.0
    height_km: float | None = 700.0
    perigee_km: float | None = None
    apogee_km: float | None = None
    semi_major_axis_km: float | None = None
    eccentricity: float = 0.0
    inclination_deg: float | None = 98.0
    sun_synchronous: bool = False
    node_time_h: float | None = None  # local mean solar time of the node (with descending_node: of that node)
    descending_node: bool = False
    raan_deg: float | None = 0.0  # used when node_time_h is None
    arg_perigee_deg: float = 0.0
    mean_anomaly_deg: float = 0.0
    over_lat_deg: float | None = None  # over a place at a time: replaces the node and the mean anomaly
    over_lon_deg: float | None = None
    over_time_s: float | None = None  # default: the epoch
    over_descending: bool = False
    repeat_revs: int | None = None
    repeat_days: int | None = None
    geostationary_lon_deg: float | None = None  # a geostationary orbit over this longitude
    preset: str = ""

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "OrbitDesign":
        """A design from saved values; unknown keys are ignored, wrong types raise DesignError."""
        if not isinstance(data, dict):
            raise DesignError(f"a design is a JSON object, found {type(data).__name__}")
        values = {}
        for f in fields(cls):
            if f.name not in data:
                continue
            value = data[f.name]
            if f.name in ("name", "preset"):
                if not isinstance(value, str):
                    raise DesignError(f"design field {f.name}: found {value!r}, expected text")
                value = value.strip()[:60] or cls.name
            elif f.name in ("sun_synchronous", "descending_node", "over_descending"):
                if not isinstance(value, bool):
                    raise DesignError(f"design field {f.name}: found {value!r}, expected true or false")
            elif value is not None:
                if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
                    raise DesignError(f"design field {f.name}: found {value!r}, expected a finite number")
                if f.name in ("satnum", "repeat_revs", "repeat_days"):
                    if value != int(value):
                        raise DesignError(f"design field {f.name}: found {value!r}, expected a whole number")
                    value = int(value)
                else:
                    value = float(value)
            elif f.default is not None and f.name not in ("raan_deg", "height_km", "inclination_deg"):
                raise DesignError(f"design field {f.name}: found null, expected a value")
            values[f.name] = value
        return cls(**values)


@dataclass(frozen=True)
class DesignedOrbit:
    """A design made into an element set, with the numbers the lab shows beside the controls."""

    design: OrbitDesign
    elements: ElementSet
    semi_major_axis_km: float
    perigee_km: float
    apogee_km: float
    inclination_deg: float
    repeat_period_s: float | None = None
    notes: list[str] = field(default_factory=list)


# ----------------------------------------------------------------------------- building


def build(design: OrbitDesign) -> DesignedOrbit:
    """The element set of a design, or DesignError naming the parameter that cannot be met."""
    d = design
    _check_numbers(d)
    if not FIRST_DESIGN_SATNUM <= d.satnum <= LAST_DESIGN_SATNUM:
        raise DesignError(f"design number {d.satnum} must be from {FIRST_DESIGN_SATNUM} to {LAST_DESIGN_SATNUM}")
    if not 0.0 <= d.eccentricity < 1.0:
        raise DesignError(f"eccentricity {d.eccentricity:g} must be from 0 to below 1")
    if d.geostationary_lon_deg is not None:
        return _geostationary(d)
    e = d.eccentricity
    notes = []
    repeat_period_s = None
    if d.repeat_revs is not None or d.repeat_days is not None:
        inclination = d.inclination_deg
        if not d.sun_synchronous:
            inclination = _checked_inclination(inclination)
        n_kozai, inclination, repeat_period_s = solve_repeat(d.repeat_revs, d.repeat_days, e, inclination,
                                                            d.sun_synchronous, d.epoch_s)
        probe = satrec_from_mean_elements(d.satnum, d.epoch_s, n_kozai, e, inclination, 0.0, d.arg_perigee_deg, 0.0)
        a = probe.a * probe.radiusearthkm
        _check_size(a, e, "--repeat")
        notes.append(f"repeats after {d.repeat_revs} revolutions in {d.repeat_days} days "
                     f"({repeat_period_s / 86400:.4f} days)")
    else:
        a, e, what = _size(d)
        _check_size(a, e, what)
        if d.sun_synchronous:
            inclination = sso_inclination_sgp4(a, e, d.epoch_s, what)
        else:
            inclination = _checked_inclination(d.inclination_deg)
        n_kozai = _kozai_for(a, e, inclination, d.epoch_s)
    raan, node_text = _node(d, inclination)
    satrec = satrec_from_mean_elements(d.satnum, d.epoch_s, n_kozai, e, inclination, raan, d.arg_perigee_deg,
                                       d.mean_anomaly_deg)
    place_text = ""
    if d.over_lat_deg is not None or d.over_lon_deg is not None:
        satrec, place_text = _over_place(d, n_kozai, e, inclination)
    a = satrec.a * satrec.radiusearthkm
    derivation = _describe(d, a, e, inclination, node_text, place_text, notes)
    return _finish(d, satrec, a, e, inclination, derivation, repeat_period_s, notes)


_OPTION_OF_FIELD = {"epoch_s": "--epoch", "height_km": "--height", "perigee_km": "--perigee", "apogee_km": "--apogee",
                    "semi_major_axis_km": "--semi-major-axis", "eccentricity": "--eccentricity",
                    "inclination_deg": "--inclination", "node_time_h": "--node-time", "raan_deg": "--raan",
                    "arg_perigee_deg": "--argp", "mean_anomaly_deg": "--mean-anomaly", "over_lat_deg": "--over latitude",
                    "over_lon_deg": "--over longitude", "over_time_s": "--at", "geostationary_lon_deg": "--geostationary"}


def _check_numbers(d: OrbitDesign) -> None:
    """DesignError naming the first number that is not finite, or an epoch a TLE cannot carry.

    sgp4's exporter raises a bare ValueError on an infinite or NaN angle, and
    writes a year outside 1957-2056 with the wrong century, so both are refused
    before anything is built.
    """
    for name, option in _OPTION_OF_FIELD.items():
        value = getattr(d, name)
        if value is not None and not math.isfinite(value):
            raise DesignError(f"{option} must be a finite number, got {value!r}")
    problem = tle_epoch_problem(d.epoch_s)
    if problem:
        raise DesignError(f"--epoch: {problem}")


def _finish(d, satrec, a, e, inclination, derivation, repeat_period_s=None, notes=()):
    satrec.intldesg = ""
    line1, line2 = exporter.export_tle(satrec)
    # The set is its own TLE: what is analysed here is exactly what an export carries.
    satrec = Satrec.twoline2rv(line1, line2, WGS72)
    es = ElementSet(d.name, d.satnum, satrec, d.epoch_s, source="designed in Overflight's Orbit lab",
                    designed=True, derivation=derivation, line1=line1, line2=line2)
    return DesignedOrbit(d, es, a, a * (1 - e) - WGS72_A_KM, a * (1 + e) - WGS72_A_KM, inclination, repeat_period_s,
                         list(notes))


def _size(d: OrbitDesign):
    if d.perigee_km is not None or d.apogee_km is not None:
        if d.perigee_km is None or d.apogee_km is None:
            raise DesignError("give both --perigee and --apogee (km above the equator)")
        if d.apogee_km < d.perigee_km:
            raise DesignError(f"--apogee {d.apogee_km:g} km is below --perigee {d.perigee_km:g} km: "
                              "the apogee must be at least the perigee")
        rp, ra = WGS72_A_KM + d.perigee_km, WGS72_A_KM + d.apogee_km
        return (rp + ra) / 2.0, (ra - rp) / (ra + rp), "--perigee"
    if d.semi_major_axis_km is not None:
        return d.semi_major_axis_km, d.eccentricity, "--semi-major-axis"
    if d.height_km is None:
        raise DesignError("give the orbit's size: --height, --perigee and --apogee, or --repeat")
    return WGS72_A_KM + d.height_km, d.eccentricity, "--height"


def _check_size(a: float, e: float, what: str) -> None:
    perigee, apogee = a * (1 - e) - WGS72_A_KM, a * (1 + e) - WGS72_A_KM
    if not math.isfinite(a) or perigee < MIN_PERIGEE_KM:
        raise DesignError(f"{what}: the perigee would be {perigee:.0f} km above the equator; it must be at least "
                          f"{MIN_PERIGEE_KM:.0f} km (lower the eccentricity or raise the orbit)")
    if apogee > MAX_APOGEE_KM:
        raise DesignError(f"{what}: the apogee would be {apogee:,.0f} km; it must be at most {MAX_APOGEE_KM:,.0f} km")


def _checked_inclination(inclination_deg) -> float:
    if inclination_deg is None:
        raise DesignError("give --inclination DEG (0 to 180) or --sun-synchronous")
    if not 0.0 <= inclination_deg <= 180.0:
        raise DesignError(f"--inclination {inclination_deg:g} deg must be from 0 to 180")
    return float(inclination_deg)


def _kozai_for(a_km, e, inclination_deg, epoch_s) -> float:
    satrec = satrec_for_semi_major_axis(FIRST_DESIGN_SATNUM, epoch_s, a_km, e, inclination_deg, 0.0, 0.0, 0.0)
    return satrec.no_kozai * 1440.0 / (2 * math.pi)


def max_sun_synchronous_height_km(e: float = 0.0) -> float:
    """Above this mean height (J2) no inclination turns the node as fast as the Sun."""
    lo, hi = WGS72_A_KM + 100.0, WGS72_A_KM + 20000.0
    for _ in range(60):
        mid = 0.5 * (lo + hi)
        try:
            sun_synchronous_inclination_deg(mid, e)
            lo = mid
        except ElementError:
            hi = mid
    return lo - WGS72_A_KM


def sso_inclination_sgp4(a_km: float, e: float, epoch_s: float, what: str = "--height") -> float:
    """The inclination at which SGP4's own secular node rate equals the mean Sun's (360 deg a tropical year).

    Starts from the J2 formula and corrects with SGP4's ``nodedot`` (which adds
    J4 and uses its own mean elements); with the semi-major axis taken from the
    TLE mean motion the two agree to about 0.015 deg.
    """
    try:
        inclination = sun_synchronous_inclination_deg(a_km, e)
    except ElementError:
        limit = max_sun_synchronous_height_km(e)
        raise DesignError(f"{what}: sun-synchronous orbits exist only up to about {limit:,.0f} km mean height "
                          f"(this orbit is at {a_km - WGS72_A_KM:,.0f} km): lower it or give an inclination") from None
    n_kozai = _kozai_for(a_km, e, inclination, epoch_s)
    for _ in range(6):
        rate = _node_rate(n_kozai, e, inclination, epoch_s)
        step = 0.01
        slope = (_node_rate(n_kozai, e, inclination + step, epoch_s) - rate) / step
        if slope == 0:
            break
        change = (SSO_NODE_RATE_RAD_MIN - rate) / slope
        inclination = min(max(inclination + change, 90.0), 180.0)
        if abs(change) < 1e-7:
            break
    return inclination


def _node_rate(n_kozai, e, inclination, epoch_s):
    return satrec_from_mean_elements(FIRST_DESIGN_SATNUM, epoch_s, n_kozai, e, inclination, 0, 0, 0).nodedot


def _node(d: OrbitDesign, inclination: float):
    if d.node_time_h is not None:
        if not 0.0 <= d.node_time_h <= 24.0:
            raise DesignError(f"--node-time {d.node_time_h:g} h must be from 00:00 to 24:00")
        ascending = (d.node_time_h + (12.0 if d.descending_node else 0.0)) % 24.0
        hh, mm = divmod(round(d.node_time_h * 60) % 1440, 60)
        which = "descending" if d.descending_node else "ascending"
        return raan_from_node_time_deg(d.epoch_s, ascending), f"{which} node at {hh:02d}:{mm:02d} local mean solar time"
    raan = 0.0 if d.raan_deg is None else d.raan_deg
    if not math.isfinite(raan):
        raise DesignError("--raan must be a finite number of degrees")
    return raan % 360.0, f"node right ascension {raan % 360.0:.2f} deg"


def _describe(d, a, e, inclination, node_text, place_text, notes) -> str:
    parts = [f"mean height {a - WGS72_A_KM:.1f} km" if e < 1e-4 else
             f"perigee {a * (1 - e) - WGS72_A_KM:.1f} km, apogee {a * (1 + e) - WGS72_A_KM:.1f} km"]
    parts.append(f"sun-synchronous (inclination {inclination:.3f} deg)" if d.sun_synchronous
                 else f"inclination {inclination:g} deg")
    parts.append(place_text or node_text)
    parts += notes
    if d.preset:
        parts.insert(0, f"preset '{d.preset}'")
    return ", ".join(parts)


# ----------------------------------------------------------------------------- repeat ground tracks


def _secular_rates(n_kozai, e, inclination, epoch_s, argp_deg=0.0):
    sat = satrec_from_mean_elements(FIRST_DESIGN_SATNUM, epoch_s, n_kozai, e, inclination, 0.0, argp_deg, 0.0)
    if sat.error:
        raise DesignError(f"SGP4 cannot initialise an orbit of {n_kozai:.4f} revolutions a day")
    return sat.mdot + sat.argpdot, sat.nodedot  # argument of latitude and node, rad/min


def solve_repeat(revs, days, e: float, inclination_deg, sun_synchronous: bool, epoch_s: float):
    """Kozai mean motion (rev/day), inclination and repeat period (s) for R revolutions in D days.

    The track closes when R orbits (node to node, SGP4's secular rate of the
    argument of latitude) take exactly as long as D turns of the Earth under the
    drifting node: R (w_E - Omega_dot) = D (M_dot + omega_dot). Solved by
    bisection on the mean motion with sgp4init giving the rates; for a
    sun-synchronous orbit the inclination is solved in turn until both hold.
    """
    if not (isinstance(revs, int) and isinstance(days, int)) or revs < 1 or days < 1:
        raise DesignError(f"--repeat {revs}/{days}: give whole numbers R/D, for example 233/16")
    if math.gcd(revs, days) != 1:
        g = math.gcd(revs, days)
        raise DesignError(f"--repeat {revs}/{days} is the {revs // g}/{days // g} repeat done {g} times: "
                          f"use {revs // g}/{days // g}")
    n_guess = revs / days * SIDEREAL_PER_SOLAR_DAY  # rev/day: R per D sidereal-ish days
    a_guess = semi_major_axis_km(n_guess)
    if a_guess * (1 - e) - WGS72_A_KM < MIN_PERIGEE_KM - 60:
        raise DesignError(f"--repeat {revs}/{days}: {revs / days:.3f} revolutions a day needs a perigee "
                          f"below {MIN_PERIGEE_KM:.0f} km; at most about 16.4 revolutions a day are possible")
    inclination = inclination_deg if not sun_synchronous else 98.0
    n = n_guess
    for _ in range(6 if sun_synchronous else 1):
        if sun_synchronous:
            sat = satrec_from_mean_elements(FIRST_DESIGN_SATNUM, epoch_s, n, e, 97.0, 0, 0, 0)
            inclination = sso_inclination_sgp4(sat.a * sat.radiusearthkm, e, epoch_s)
        n_new = _solve_mean_motion(revs, days, e, inclination, epoch_s, n)
        if abs(n_new - n) < 1e-12:
            n = n_new
            break
        n = n_new
    u_dot, node_dot = _secular_rates(n, e, inclination, epoch_s)
    period_min = revs * 2 * math.pi / u_dot
    return n, inclination, period_min * 60.0


def _solve_mean_motion(revs, days, e, inclination, epoch_s, n_guess):
    def closure(n):
        u_dot, node_dot = _secular_rates(n, e, inclination, epoch_s)
        return revs * (GMST_RATE_RAD_MIN - node_dot) - days * u_dot

    lo, hi = n_guess * 0.97, n_guess * 1.03
    f_lo, f_hi = closure(lo), closure(hi)
    if f_lo * f_hi > 0:
        raise DesignError(f"--repeat {revs}/{days}: no mean motion closes the track (SGP4 found no solution)")
    for _ in range(80):  # bisection: 80 halvings of a 6 % bracket reach 1e-25 rev/day
        mid = 0.5 * (lo + hi)
        f_mid = closure(mid)
        if f_mid == 0:
            return mid
        if (f_mid > 0) == (f_lo > 0):
            lo, f_lo = mid, f_mid
        else:
            hi = mid
        if hi - lo < 1e-13:
            break
    return 0.5 * (lo + hi)


@dataclass(frozen=True)
class RepeatSolution:
    revs: int
    days: int
    height_km: float
    inclination_deg: float
    period_min: float
    spacing_km: float  # distance between neighbouring tracks at the equator after a full cycle

    def line(self) -> str:
        return (f"{self.revs:>4}/{self.days:<3} {self.height_km:8.1f} km  inclination {self.inclination_deg:7.3f} deg  "
                f"period {self.period_min:6.2f} min  tracks {self.spacing_km:6.1f} km apart at the equator")


def list_repeats(min_height_km: float, max_height_km: float, max_days: int, sun_synchronous: bool = False,
                 inclination_deg: float | None = None, epoch_s: float | None = None) -> list[RepeatSolution]:
    """Every R/D repeat (D up to max_days, R and D with no common factor) with a mean height in range."""
    if not MIN_PERIGEE_KM <= min_height_km < max_height_km:
        raise DesignError(f"--min-height {min_height_km:g} km must be at least {MIN_PERIGEE_KM:.0f} km and below "
                          f"--max-height {max_height_km:g} km")
    if max_height_km > 40000:
        raise DesignError(f"--max-height {max_height_km:g} km must be at most 40,000 km")
    if not 1 <= max_days <= 60:
        raise DesignError(f"--max-days {max_days} must be from 1 to 60")
    if sun_synchronous and min_height_km > max_sun_synchronous_height_km():
        raise DesignError(f"no sun-synchronous orbit exists above about {max_sun_synchronous_height_km():,.0f} km")
    if not sun_synchronous:
        inclination_deg = _checked_inclination(inclination_deg)
    epoch_s = timebase.now_s() if epoch_s is None else epoch_s
    n_fast = mean_motion_rev_day(WGS72_A_KM + min_height_km) * 1.01
    n_slow = mean_motion_rev_day(WGS72_A_KM + max_height_km) * 0.99
    found = []
    for days in range(1, int(max_days) + 1):
        for revs in range(max(1, math.ceil(n_slow * days)), math.floor(n_fast * days) + 1):
            if math.gcd(revs, days) != 1:
                continue
            try:
                n, inc, period_s = solve_repeat(revs, days, 0.0, inclination_deg, sun_synchronous, epoch_s)
            except DesignError:
                continue
            sat = satrec_from_mean_elements(FIRST_DESIGN_SATNUM, epoch_s, n, 0.0, inc, 0, 0, 0)
            height = sat.a * sat.radiusearthkm - WGS72_A_KM
            if min_height_km <= height <= max_height_km:
                found.append(RepeatSolution(revs, days, height, inc, period_s / revs / 60.0,
                                            2 * math.pi * WGS72_A_KM / revs))
    return sorted(found, key=lambda r: (r.days, r.height_km))


# ----------------------------------------------------------------------------- geostationary


def _geostationary(d: OrbitDesign) -> DesignedOrbit:
    """Equatorial and circular, with the mean motion at which SGP4's secular longitude rate equals
    the Earth's rotation, placed over the chosen longitude at the epoch."""
    lon = d.geostationary_lon_deg
    if not -180.0 <= lon <= 360.0:
        raise DesignError(f"--geostationary longitude {lon:g} deg must be from -180 to 360")
    n = SIDEREAL_PER_SOLAR_DAY  # one turn a sidereal day: the start of the solve
    for _ in range(4):  # Newton on the longitude rate: d(rate)/dn is 2 pi / 1440 per rev/day
        sat = satrec_from_mean_elements(d.satnum, d.epoch_s, n, 0.0, 0.0, 0.0, 0.0, 0.0)
        rate = sat.mdot + sat.argpdot + sat.nodedot
        n += (GMST_RATE_RAD_MIN - rate) * 1440.0 / (2 * math.pi)
    gmst = math.degrees(float(timebase.gmst_radians(np.array([d.epoch_s]))[0]))
    satrec = satrec_from_mean_elements(d.satnum, d.epoch_s, n, 0.0, 0.0, 0.0, 0.0, (lon + gmst) % 360.0)
    a = satrec.a * satrec.radiusearthkm
    derivation = f"geostationary over {lon:g} deg {'E' if lon >= 0 else 'W'}, mean height {a - WGS72_A_KM:,.0f} km"
    return _finish(replace(d, sun_synchronous=False), satrec, a, 0.0, 0.0, derivation)


# ----------------------------------------------------------------------------- over a place at a time


def _sub_point(satrec, time_s):
    r, errors = propagate_teme(satrec, np.array([time_s, time_s + 1.0]))
    if errors.any() or not np.all(np.isfinite(r)):
        raise DesignError("SGP4 could not propagate this orbit to the chosen time")
    lat, lon, _h = geodetic_from_itrs(timebase.teme_to_itrs(r, np.array([time_s, time_s + 1.0])))
    return lat, lon


def _over_place(d: OrbitDesign, n_kozai: float, e: float, inclination: float):
    """Node and mean anomaly that put the sub-satellite point on the place at the time.

    An analytic first guess (circular orbit, spherical Earth, secular drift to
    the time), then Newton's method on (node, mean anomaly) with full SGP4
    propagation until the sub-point is within 0.5 km of the place.
    """
    if d.over_lat_deg is None or d.over_lon_deg is None:
        raise DesignError("--over needs both a latitude and a longitude (LAT,LON)")
    lat_t, lon_t = d.over_lat_deg, d.over_lon_deg
    if not (-90 <= lat_t <= 90 and -180 <= lon_t <= 360):
        raise DesignError(f"--over {lat_t:g},{lon_t:g} is not a latitude (-90 to 90) and longitude (-180 to 360)")
    t = d.epoch_s if d.over_time_s is None else d.over_time_s
    reach = min(inclination, 180.0 - inclination)
    # geocentric latitude is what the inclination limits; the ellipsoid adds up to 0.19 deg
    lat_c = math.degrees(math.atan((1 - 0.00669438) * math.tan(math.radians(lat_t)))) if abs(lat_t) < 90 else lat_t
    if abs(lat_c) > reach - 0.05:
        raise DesignError(f"--over {lat_t:g},{lon_t:g}: an orbit inclined {inclination:.1f} deg never goes beyond "
                          f"{reach:.1f} deg N or S (reachable latitudes: {-reach + 0.05:.1f} to {reach - 0.05:.1f}); "
                          "raise the inclination or choose another place")
    i = math.radians(inclination)
    u = math.asin(max(-1.0, min(1.0, math.sin(math.radians(lat_c)) / math.sin(i))))
    if d.over_descending:
        u = math.pi - u
    gmst = float(timebase.gmst_radians(np.array([t]))[0])
    alpha = math.radians(lon_t) + gmst  # right ascension of the place at the time (TEME)
    delta_alpha = math.atan2(math.cos(i) * math.sin(u), math.cos(u))
    probe = satrec_from_mean_elements(d.satnum, d.epoch_s, n_kozai, e, inclination, 0.0, d.arg_perigee_deg, 0.0)
    dt_min = (t - d.epoch_s) / 60.0
    raan = math.degrees(alpha - delta_alpha - probe.nodedot * dt_min)
    argp_t = math.radians(d.arg_perigee_deg) + probe.argpdot * dt_min
    nu = u - argp_t
    ecc_anomaly = 2 * math.atan2(math.sqrt(1 - e) * math.sin(nu / 2), math.sqrt(1 + e) * math.cos(nu / 2))
    mean_t = ecc_anomaly - e * math.sin(ecc_anomaly)
    mean = math.degrees(mean_t - probe.mdot * dt_min)
    target = np.radians([lat_t, lon_t])

    def error(raan_deg, mean_deg):
        sat = satrec_from_mean_elements(d.satnum, d.epoch_s, n_kozai, e, inclination, raan_deg, d.arg_perigee_deg,
                                        mean_deg)
        lat, lon = _sub_point(sat, t)
        dlat = math.radians(lat[0]) - target[0]
        dlon = (math.radians(lon[0]) - target[1] + math.pi) % (2 * math.pi) - math.pi
        return np.array([dlat, dlon * math.cos(target[0])]), sat, lat

    for _ in range(12):
        f, sat, lat = error(raan, mean)
        if math.hypot(*f) * WGS72_A_KM < OVER_TOLERANCE_KM:
            break
        h = 1e-3
        f_raan, _, _ = error(raan + h, mean)
        f_mean, _, _ = error(raan, mean + h)
        jac = np.column_stack([(f_raan - f) / h, (f_mean - f) / h])
        try:
            step = np.linalg.solve(jac, -f)
        except np.linalg.LinAlgError:
            break
        step = np.clip(step, -20.0, 20.0)
        raan, mean = raan + step[0], mean + step[1]
    f, sat, lat = error(raan, mean)
    miss_km = math.hypot(*f) * WGS72_A_KM
    ascending = lat[1] > lat[0]
    if miss_km > 5.0 or ascending == d.over_descending:
        raise DesignError(f"--over {lat_t:g},{lon_t:g}: no {'descending' if d.over_descending else 'ascending'} pass "
                          f"over that place was found for this orbit (closest {miss_km:.0f} km); "
                          "choose a latitude further from the orbit's turning point")
    when = timebase.iso_utc(t).replace("T", " ")
    text = (f"over {abs(lat_t):.2f} {'N' if lat_t >= 0 else 'S'}, {abs(lon_t):.2f} {'E' if lon_t >= 0 else 'W'} "
            f"at {when} ({'descending' if d.over_descending else 'ascending'})")
    return sat, text


# ----------------------------------------------------------------------------- presets


def presets(epoch_s: float) -> dict[str, OrbitDesign]:
    """The lab's starting points, at an epoch."""
    base = OrbitDesign(epoch_s=epoch_s)
    return {
        "ISS-like (420 km, 51.6 deg)": replace(base, name="ISS-LIKE", height_km=420.0, inclination_deg=51.6,
                                               raan_deg=0.0, preset="ISS-like"),
        "Sun-synchronous 705 km, 10:00 descending": replace(
            base, name="SSO-705", height_km=705.0, sun_synchronous=True, node_time_h=10.0, descending_node=True,
            preset="sun-synchronous 705 km"),
        "10-day repeat (about 790 km)": replace(
            base, name="REPEAT-10D", height_km=None, repeat_revs=143, repeat_days=10, sun_synchronous=True,
            node_time_h=10.5, descending_node=True, preset="10-day repeat"),
        "Geostationary (over 0 deg)": replace(base, name="GEO", height_km=None, inclination_deg=0.0,
                                             geostationary_lon_deg=0.0, preset="geostationary"),
        "Molniya (63.4 deg, 12 h)": replace(
            base, name="MOLNIYA", height_km=None, semi_major_axis_km=semi_major_axis_km(2.00547), eccentricity=0.74,
            inclination_deg=63.4, arg_perigee_deg=270.0, raan_deg=0.0, preset="Molniya"),
        "Khayyam as published": replace(
            base, name="KHAYYAM-DESIGN", height_km=None, perigee_km=496.8, apogee_km=500.6, sun_synchronous=True,
            node_time_h=10.0, preset="Khayyam as published"),
    }


def design_from_elements(es: ElementSet, name: str, satnum: int) -> OrbitDesign:
    """A design holding a catalogue satellite's mean elements (size, shape, tilt, node, phase) at its epoch."""
    sat = es.satrec
    a = sat.a * sat.radiusearthkm
    return OrbitDesign(name=name, satnum=satnum, epoch_s=es.epoch_s, height_km=None, semi_major_axis_km=a,
                       eccentricity=float(sat.ecco), inclination_deg=math.degrees(sat.inclo),
                       raan_deg=math.degrees(sat.nodeo) % 360.0, arg_perigee_deg=math.degrees(sat.argpo) % 360.0,
                       mean_anomaly_deg=math.degrees(sat.mo) % 360.0, preset=f"from {es.name}")


# ----------------------------------------------------------------------------- keeping designs


def designs_path():
    return user_data_dir() / "designs.json"


def _saved_entries(path) -> tuple[list, str | None]:
    """The raw entries of the designs file, and the line saying it was damaged and moved aside (or None).

    FileReadError when a damaged file cannot be moved aside.
    """
    if not path.exists():
        return [], None
    try:
        data = json.loads(read_text_limited(path, MAX_DESIGNS_FILE_BYTES, "a designs file"))
        entries = data["designs"]
        if not isinstance(entries, list):
            raise TypeError("'designs' is not a list")
    except (FileReadError, ValueError, KeyError, TypeError, RecursionError) as exc:
        return [], move_aside(path, _reason(exc))
    return entries, None


def _reason(exc: BaseException) -> str:
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    if isinstance(exc, KeyError):
        return f"no {exc} entry"
    return f"{exc.__class__.__name__}: {exc}"[:120]


def load_designs(problems: list[str] | None = None) -> list[OrbitDesign]:
    """Designs kept between runs.

    A damaged file is moved aside (so the next save never overwrites it) and a
    damaged entry skipped; each is reported in one line in ``problems``.
    """
    problems = [] if problems is None else problems
    path = designs_path()
    try:
        entries, damaged = _saved_entries(path)
    except FileReadError as exc:
        problems.append(str(exc))
        return []
    if damaged:
        problems.append(damaged)
    designs = []
    for k, entry in enumerate(entries):
        try:
            designs.append(OrbitDesign.from_dict(entry))
        except DesignError as exc:
            problems.append(f"{path}: design {k + 1} skipped: {exc}")
    return designs


def save_designs(designs) -> list[str]:
    """Keep the designs; returns the line saying a damaged designs file was moved aside, if one was.

    A damaged file is never overwritten: DesignError if it cannot be moved aside.
    """
    try:
        _entries, damaged = _saved_entries(designs_path())
    except FileReadError as exc:
        raise DesignError(str(exc)) from None
    write_atomic(designs_path(), json.dumps({"version": 1, "designs": [d.to_dict() for d in designs]}, indent=1))
    return [damaged] if damaged else []


def update_designs(change) -> list[str]:
    """Keep ``change(kept designs)`` as the user's designs; returns one line per damaged file moved aside
    (read or write side), for the caller to show. DesignError when a damaged file cannot be moved aside."""
    problems: list[str] = []
    problems += save_designs(change(load_designs(problems)))
    return list(dict.fromkeys(problems))


def designed_sets(problems: list[str] | None = None) -> list[ElementSet]:
    """Element sets of the kept designs (a design that no longer builds is reported and skipped)."""
    sets = []
    for d in load_designs(problems):
        try:
            sets.append(build(d).elements)
        except DesignError as exc:
            if problems is not None:
                problems.append(f"design {d.name}: {exc}")
    return sets


def next_satnum(taken) -> int:
    taken = set(taken)
    for n in range(FIRST_DESIGN_SATNUM, LAST_DESIGN_SATNUM + 1):
        if n not in taken:
            return n
    raise DesignError("no design numbers left (39,999 designs are kept); delete some")


# ----------------------------------------------------------------------------- read-outs


def readouts(orbit: DesignedOrbit, criterion=None) -> list[tuple[str, str]]:
    """The numbers the lab shows beside its controls (also printed by the CLI)."""
    from .orbit import summarize

    es = orbit.elements
    s = summarize(es, es.epoch_s)
    mean_height = (orbit.perigee_km + orbit.apogee_km) / 2.0
    rows = [
        ("Period", f"{s.period_min:.2f} min"),
        ("Revolutions a day", f"{s.revs_per_day:.3f}"),
        ("Height", f"{orbit.perigee_km:,.0f} km" if abs(orbit.apogee_km - orbit.perigee_km) < 1
         else f"{orbit.perigee_km:,.0f} to {orbit.apogee_km:,.0f} km"),
        ("Inclination", f"{orbit.inclination_deg:.2f} deg"),
        ("Node drift", f"{s.node_drift_deg_per_day:+.3f} deg/day"),
    ]
    if s.ltan_hours is not None:
        hh, mm = divmod(round(s.ltan_hours * 60) % 1440, 60)
        dh, dm = divmod((round(s.ltan_hours * 60) + 720) % 1440, 60)
        rows.append(("Node local time", f"{hh:02d}:{mm:02d} ascending, {dh:02d}:{dm:02d} descending (sun-synchronous)"))
    else:
        rows.append(("Node local time", "drifts (not sun-synchronous)"))
    rows.append(("Track shift", f"{s.track_shift_deg_per_orbit:.2f} deg west per orbit "
                 f"({s.track_shift_deg_per_orbit * KM_PER_DEG_EQUATOR:,.0f} km at the equator)"))
    if orbit.repeat_period_s:
        rows.append(("Repeat cycle", f"{orbit.design.repeat_revs} orbits in {orbit.repeat_period_s / 86400:.4f} days"))
    else:
        rows.append(("Repeat cycle", "none chosen"))
    rows.append(("Ground speed", f"{ground_speed_km_s(orbit):.2f} km/s at the mean height"))
    if criterion is not None and criterion.kind != "nadir":
        try:
            reach = criterion.reach_km(mean_height)
            rows.append(("Footprint radius", f"{reach:,.0f} km ({criterion.short})"))
        except ValueError as exc:
            rows.append(("Footprint radius", str(exc)))
    return rows


def ground_speed_km_s(orbit: DesignedOrbit) -> float:
    """Speed of the sub-satellite point over a non-rotating Earth at the mean radius (vis-viva, circular part)."""
    a = orbit.semi_major_axis_km
    v = math.sqrt(WGS72_MU_KM3_S2 / a)
    return v * WGS72_A_KM / a


def what_if_higher(d: OrbitDesign, criterion=None, step_km: float = 100.0):
    """The same design raised by ``step_km``: (period change min, revolutions a day change, footprint change km),
    or None where it cannot be raised (a repeat or a fixed geostationary orbit)."""
    if d.repeat_revs is not None or d.geostationary_lon_deg is not None:
        return None
    higher = replace(d, height_km=(d.height_km + step_km) if d.height_km is not None else None,
                     perigee_km=(d.perigee_km + step_km) if d.perigee_km is not None else None,
                     apogee_km=(d.apogee_km + step_km) if d.apogee_km is not None else None,
                     semi_major_axis_km=(d.semi_major_axis_km + step_km) if d.semi_major_axis_km is not None else None)
    try:
        low, high = build(d), build(higher)
    except DesignError:
        return None
    from .orbit import summarize

    s0, s1 = summarize(low.elements, d.epoch_s), summarize(high.elements, d.epoch_s)
    reach = 0.0
    if criterion is not None and criterion.kind != "nadir":
        try:
            h0 = (low.perigee_km + low.apogee_km) / 2
            reach = criterion.reach_km(h0 + step_km) - criterion.reach_km(h0)
        except ValueError:
            reach = 0.0
    return s1.period_min - s0.period_min, s1.revs_per_day - s0.revs_per_day, reach
