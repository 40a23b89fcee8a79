"""Orbits from published parameters, and the summary of an element set.

Sun-synchronous inclination (Vallado, *Fundamentals of Astrodynamics*, 4th
ed., eq. 9-41 with the J2 nodal rate): the node must advance 360 deg per
tropical year, so

    cos i = -2 a^(7/2) (1 - e^2)^2 dOmega/dt / (3 J2 R^2 sqrt(mu)).

Right ascension of the node from its local mean solar time T (hours):
RAAN = RA of the mean Sun + 15 deg/h * (T - 12 h).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timezone

import numpy as np
from sgp4 import exporter
from sgp4.api import WGS72, Satrec

from . import timebase
from .constants import SIDEREAL_DAY_S, SSO_NODE_RATE_RAD_S, WGS72_A_KM, WGS72_J2, WGS72_MU_KM3_S2
from .elements import ElementError, ElementSet, STALE_DAYS


def semi_major_axis_km(mean_motion_rev_day: float) -> float:
    n = mean_motion_rev_day * 2 * math.pi / 86400.0
    return (WGS72_MU_KM3_S2 / n**2) ** (1.0 / 3.0)


def mean_motion_rev_day(semi_major_axis: float) -> float:
    return math.sqrt(WGS72_MU_KM3_S2 / semi_major_axis**3) * 86400.0 / (2 * math.pi)


def nodal_rate_rad_s(a_km: float, e: float, inclination_deg: float) -> float:
    """Secular J2 drift of the ascending node."""
    n = math.sqrt(WGS72_MU_KM3_S2 / a_km**3)
    p = a_km * (1 - e * e)
    return -1.5 * n * WGS72_J2 * (WGS72_A_KM / p) ** 2 * math.cos(math.radians(inclination_deg))


def sun_synchronous_inclination_deg(a_km: float, e: float = 0.0) -> float:
    """Inclination at which J2 turns the node once per tropical year."""
    cos_i = -2.0 * a_km**3.5 * (1 - e * e) ** 2 * SSO_NODE_RATE_RAD_S / (3.0 * WGS72_J2 * WGS72_A_KM**2 * math.sqrt(WGS72_MU_KM3_S2))
    if not -1.0 <= cos_i <= 1.0:
        raise ElementError(f"no sun-synchronous orbit exists with semi-major axis {a_km:.0f} km")
    return math.degrees(math.acos(cos_i))


def mean_sun_right_ascension_deg(at_s: float) -> float:
    """Right ascension of the fictitious mean Sun (Greenwich mean sidereal time at noon offset)."""
    # local mean solar time at Greenwich = UT + 12 h; RA_meanSun = GMST - hour angle
    gmst = math.degrees(float(timebase.gmst_radians(np.array([at_s]))[0]))
    ut_hours = (at_s % 86400.0) / 3600.0
    hour_angle_deg = (ut_hours - 12.0) * 15.0
    return (gmst - hour_angle_deg) % 360.0


def local_solar_time_hours(times_s, lon_deg):
    """Local mean solar time (hours 0-24) at a longitude."""
    return ((np.asarray(times_s) % 86400.0) / 3600.0 + np.asarray(lon_deg) / 15.0) % 24.0


def epoch_1949_days(epoch_s: float) -> float:
    """sgp4init's epoch: days since 1949 December 31 00:00 UT."""
    return (epoch_s - datetime(1949, 12, 31, tzinfo=timezone.utc).timestamp()) / 86400.0


def satrec_from_mean_elements(satnum: int, epoch_s: float, n_kozai_rev_day: float, e: float, inclination_deg: float,
                              raan_deg: float, arg_perigee_deg: float, mean_anomaly_deg: float) -> Satrec:
    """An SGP4 record from Kozai mean elements (drag zero), as a TLE would give them."""
    satrec = Satrec()
    satrec.sgp4init(
        WGS72, "i", satnum if satnum <= 339999 else 0, epoch_1949_days(epoch_s), 0.0, 0.0, 0.0, e,
        math.radians(arg_perigee_deg % 360.0), math.radians(inclination_deg), math.radians(mean_anomaly_deg % 360.0),
        n_kozai_rev_day * 2 * math.pi / 1440.0, math.radians(raan_deg % 360.0))
    satrec.classification = "U"
    return satrec


def satrec_for_semi_major_axis(satnum: int, epoch_s: float, a_km: float, e: float, inclination_deg: float,
                               raan_deg: float, arg_perigee_deg: float, mean_anomaly_deg: float) -> Satrec:
    """An SGP4 record whose mean semi-major axis (as SGP4 itself recovers it) is ``a_km``.

    SGP4 wants the Kozai mean motion, while heights and published sizes are
    Brouwer-like means: iterate on the un-Kozai'd value that sgp4init reports.
    """
    n_target = mean_motion_rev_day(a_km)
    n_kozai = n_target
    for _ in range(3):
        satrec = satrec_from_mean_elements(satnum, epoch_s, n_kozai, e, inclination_deg, raan_deg,
                                           arg_perigee_deg, mean_anomaly_deg)
        n_brouwer = mean_motion_rev_day(satrec.a * satrec.radiusearthkm)  # 'a' is un-Kozai'd
        n_kozai *= n_target / n_brouwer
    return satrec_from_mean_elements(satnum, epoch_s, n_kozai, e, inclination_deg, raan_deg, arg_perigee_deg,
                                     mean_anomaly_deg)


def raan_from_node_time_deg(epoch_s: float, ascending_node_hours: float) -> float:
    """Right ascension of the node whose local mean solar time is given, at the epoch."""
    return (mean_sun_right_ascension_deg(epoch_s) + 15.0 * (ascending_node_hours - 12.0)) % 360.0


@dataclass(frozen=True)
class OrbitParameters:
    """Published orbit figures from which an approximate element set is built."""

    name: str
    satnum: int
    epoch_s: float
    perigee_km: float
    apogee_km: float
    inclination_deg: float | None = None  # None: sun-synchronous
    raan_deg: float | None = None
    ltan_hours: float | None = None  # local solar time of the ascending node
    arg_perigee_deg: float = 90.0
    mean_anomaly_deg: float = 0.0
    intldesg: str = ""
    note: str = ""


def elements_from_orbit_parameters(p: OrbitParameters) -> ElementSet:
    """Build an approximate SGP4 element set from published orbit parameters.

    Uses sgp4's own initialiser (``Satrec.sgp4init``) and exports the lines with
    sgp4's exporter, so the result is an ordinary TLE. Drag is set to zero: the
    real decay is unknown, so the orbit is held at its published size.
    """
    if p.perigee_km <= 100 or p.apogee_km < p.perigee_km:
        raise ElementError(f"{p.name}: perigee {p.perigee_km} km and apogee {p.apogee_km} km are not a valid orbit")
    a = WGS72_A_KM + (p.perigee_km + p.apogee_km) / 2.0
    e = (p.apogee_km - p.perigee_km) / (2.0 * a)
    sso = p.inclination_deg is None
    inclination = sun_synchronous_inclination_deg(a, e) if sso else p.inclination_deg
    if p.raan_deg is not None:
        raan = p.raan_deg % 360.0
        node_text = f"node RA {raan:.2f} deg"
    elif p.ltan_hours is not None:
        raan = raan_from_node_time_deg(p.epoch_s, p.ltan_hours)
        hh, mm = divmod(round(p.ltan_hours * 60), 60)
        node_text = f"ascending node at {hh:02d}:{mm:02d} local solar time"
    else:
        raise ElementError(f"{p.name}: give the right ascension of the node or its local solar time")
    satrec = satrec_for_semi_major_axis(p.satnum, p.epoch_s, a, e, inclination, raan, p.arg_perigee_deg,
                                        p.mean_anomaly_deg)
    satrec.intldesg = p.intldesg
    satrec.classification = "U"
    line1, line2 = exporter.export_tle(satrec)
    derivation = (
        f"built from published perigee {p.perigee_km:g} km, apogee {p.apogee_km:g} km, "
        + (f"sun-synchronous (inclination {inclination:.2f} deg computed)" if sso else f"inclination {inclination:g} deg")
        + f", {node_text}"
        + (f"; {p.note}" if p.note else "")
    )
    return ElementSet(p.name, p.satnum, satrec, p.epoch_s, source="bundled (approximate)",
                      approximate=True, derivation=derivation, line1=line1, line2=line2)


@dataclass(frozen=True)
class OrbitSummary:
    name: str
    satnum: int
    approximate: bool
    designed: bool
    derivation: str
    source: str
    epoch_s: float
    age_days: float
    period_min: float
    revs_per_day: float
    semi_major_axis_km: float
    perigee_km: float
    apogee_km: float
    inclination_deg: float
    eccentricity: float
    sun_synchronous: bool
    node_drift_deg_per_day: float
    ltan_hours: float | None
    track_shift_deg_per_orbit: float
    age_warning: str | None

    def lines(self) -> list[tuple[str, str]]:
        """Label/value pairs for display (CLI and the info panel share them)."""
        rows = [
            ("Satellite", f"{self.name} (NORAD {self.satnum})"),
            ("Elements", ("APPROXIMATE: " if self.approximate else "DESIGNED: ") + self.derivation
             if self.approximate or self.designed else self.source),
            ("Epoch", f"{timebase.iso_utc(self.epoch_s)} ({_age_text(self.age_days)})"),
            ("Period", f"{self.period_min:.2f} min ({self.revs_per_day:.3f} revolutions per day)"),
            ("Perigee / apogee", f"{self.perigee_km:.1f} km / {self.apogee_km:.1f} km above the equator"),
            ("Inclination", f"{self.inclination_deg:.3f} deg"),
            ("Eccentricity", f"{self.eccentricity:.7f}"),
            ("Node drift", f"{self.node_drift_deg_per_day:+.3f} deg/day"),
        ]
        if self.sun_synchronous:
            hh, mm = divmod(round(self.ltan_hours * 60) % 1440, 60)
            rows.append(("Sun-synchronous", f"yes, ascending node at {hh:02d}:{mm:02d} local mean solar time"))
        else:
            rows.append(("Sun-synchronous", "no"))
        rows.append(("Track shift", f"{self.track_shift_deg_per_orbit:.2f} deg west per orbit"))
        if self.age_warning:
            rows.append(("Warning", self.age_warning))
        return rows


def _age_text(age_days: float) -> str:
    if age_days >= 0:
        return f"{age_days:.1f} days old"
    return f"{-age_days:.1f} days in the future"


def age_warning(es: ElementSet, at_s: float) -> str | None:
    """A warning when predictions at ``at_s`` are far from the element epoch."""
    gap = abs(at_s - es.epoch_s) / 86400.0
    if gap <= STALE_DAYS:
        return None
    return (f"predictions {gap:.0f} days from the element epoch: positions along the track may be off by "
            "many kilometres (timing by minutes); revisit statistics stay indicative")


def summarize(es: ElementSet, at_s: float | None = None) -> OrbitSummary:
    at_s = timebase.now_s() if at_s is None else at_s
    sat = es.satrec
    a = sat.a * sat.radiusearthkm  # from the un-Kozai'd mean motion
    n_rev_day = mean_motion_rev_day(a)
    e = sat.ecco
    inc = math.degrees(sat.inclo)
    node_rate = nodal_rate_rad_s(a, e, inc)
    sso_error = abs(node_rate - SSO_NODE_RATE_RAD_S) / SSO_NODE_RATE_RAD_S
    sun_sync = sso_error < 0.05 and 95 < inc < 105
    ltan = None
    if sun_sync:
        raan = math.degrees(sat.nodeo)
        ltan = (12.0 + (raan - mean_sun_right_ascension_deg(es.epoch_s)) / 15.0) % 24.0
    period_s = 86400.0 / n_rev_day
    # Westward shift of the track: Earth turns under the orbit, and the node drifts with it.
    shift = (2 * math.pi / SIDEREAL_DAY_S - node_rate) * period_s
    return OrbitSummary(
        name=es.name, satnum=es.satnum, approximate=es.approximate, designed=es.designed, derivation=es.derivation,
        source=es.source, epoch_s=es.epoch_s, age_days=es.age_days(at_s),
        period_min=period_s / 60.0, revs_per_day=n_rev_day, semi_major_axis_km=a,
        perigee_km=a * (1 - e) - WGS72_A_KM, apogee_km=a * (1 + e) - WGS72_A_KM,
        inclination_deg=inc, eccentricity=e, sun_synchronous=sun_sync,
        node_drift_deg_per_day=math.degrees(node_rate) * 86400.0, ltan_hours=ltan,
        track_shift_deg_per_orbit=math.degrees(shift), age_warning=age_warning(es, at_s),
    )
