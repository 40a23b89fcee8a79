"""Orbit classes (LEO, MEO, GEO, HEO, sun-synchronous) from mean elements, vectorised over satellites.

The classes follow the usual conventions of catalogue summaries (ESA's annual Space Environment
Report, "orbital regimes", table 2.1), simplified for a classroom:

- HEO: eccentricity of 0.25 or more (Molniya, Tundra, transfer orbits), whatever the height;
- GEO: a period within 1 % of a sidereal day (0.99-1.01 revolutions a day), eccentricity and
  inclination small (e < 0.1, i < 20 deg; inclined geosynchronous satellites are still called GEO);
- LEO: perigee and apogee below 2,000 km;
- MEO: everything else below GEO heights (navigation satellites near 20,000 km);
- SSO: a LEO whose node turns within 10 % of the Sun's mean motion (J2, WGS72) - a kind of LEO,
  shown separately because classes about imaging satellites ask for it.

Every function accepts arrays (one value per satellite) and the satrecs' own fields, so a
catalogue of 15,000 sets is classed in one pass of numpy.
"""

from __future__ import annotations

import numpy as np

from .constants import SIDEREAL_PER_SOLAR_DAY, SSO_NODE_RATE_RAD_S, WGS72_A_KM, WGS72_J2, WGS72_MU_KM3_S2

CLASSES = ("LEO", "SSO", "MEO", "GEO", "HEO")
CLASS_NAMES = {
    "LEO": "low Earth orbit",
    "SSO": "sun-synchronous (low)",
    "MEO": "medium Earth orbit",
    "GEO": "geostationary / geosynchronous",
    "HEO": "highly elliptical",
}
LEO_MAX_KM = 2000.0
HEO_MIN_ECCENTRICITY = 0.25
SSO_TOLERANCE = 0.10  # node rate within 10 % of the Sun's mean motion


def class_codes(no_kozai_rad_min, ecco, inclo_rad) -> np.ndarray:
    """Index into CLASSES for each satellite, from SGP4's mean motion (rad/min), eccentricity and inclination (rad)."""
    n_rad_s = np.asarray(no_kozai_rad_min, dtype=float) / 60.0
    e = np.asarray(ecco, dtype=float)
    inc = np.asarray(inclo_rad, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        a_km = np.cbrt(WGS72_MU_KM3_S2 / np.maximum(n_rad_s, 1e-12) ** 2)
    apogee_km = a_km * (1.0 + e) - WGS72_A_KM
    revs_per_day = n_rad_s * 86400.0 / (2.0 * np.pi)
    p_km = a_km * (1.0 - e * e)
    node_rate = -1.5 * n_rad_s * WGS72_J2 * (WGS72_A_KM / p_km) ** 2 * np.cos(inc)

    codes = np.full(n_rad_s.shape, CLASSES.index("MEO"), dtype=np.int8)
    codes[apogee_km < LEO_MAX_KM] = CLASSES.index("LEO")
    sso = (apogee_km < LEO_MAX_KM) & (np.abs(node_rate / SSO_NODE_RATE_RAD_S - 1.0) <= SSO_TOLERANCE)
    codes[sso] = CLASSES.index("SSO")
    geo = (np.abs(revs_per_day / SIDEREAL_PER_SOLAR_DAY - 1.0) <= 0.01) & (e < 0.1) & (inc < np.radians(20.0))
    codes[geo] = CLASSES.index("GEO")
    codes[e >= HEO_MIN_ECCENTRICITY] = CLASSES.index("HEO")
    return codes


def classes_of(satrecs) -> np.ndarray:
    """Index into CLASSES for each of ``satrecs`` (sgp4 Satrec objects)."""
    satrecs = list(satrecs)
    no = np.fromiter((s.no_kozai for s in satrecs), dtype=float, count=len(satrecs))
    ecc = np.fromiter((s.ecco for s in satrecs), dtype=float, count=len(satrecs))
    inc = np.fromiter((s.inclo for s in satrecs), dtype=float, count=len(satrecs))
    return class_codes(no, ecc, inc)


def orbit_class(satrec) -> str:
    """The class name ('LEO', 'SSO', 'MEO', 'GEO' or 'HEO') of one satellite."""
    return CLASSES[int(classes_of([satrec])[0])]
