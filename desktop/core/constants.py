"""Physical constants, each defined once and named by the model it belongs to.

Three Earth models meet in this project and must not be confused:

- WGS72: the constants SGP4 is built on; element sets are fitted with them, so
  every formula that reads or writes SGP4's mean elements uses these.
- WGS84: the ellipsoid of map latitudes, longitudes and heights.
- The mean-Earth sphere: regions, footprints and great-circle distances are
  measured on a sphere of the IUGG mean radius.

A few speed and step bounds mix them on purpose (a bound needs a round figure,
not a model); the name at each use says which figure it is.
"""

from __future__ import annotations

import math

# --- WGS72, as SGP4 uses it (Vallado et al. 2006, "Revisiting Spacetrack Report #3", AIAA 2006-6753; sgp4's `wgs72`)
WGS72_MU_KM3_S2 = 398600.8  # Earth's gravitational parameter
WGS72_A_KM = 6378.135  # equatorial radius
WGS72_J2 = 0.001082616  # second zonal harmonic (oblateness)

# --- WGS84 geodesy (NIMA TR8350.2, 3rd ed., table 3.1)
WGS84_A_KM = 6378.137  # semi-major axis (equatorial radius)
WGS84_F = 1.0 / 298.257223563  # flattening
WGS84_E2 = WGS84_F * (2.0 - WGS84_F)  # first eccentricity squared
WGS84_B_KM = WGS84_A_KM * (1.0 - WGS84_F)  # semi-minor axis (polar radius), 6356.7523 km
KM_PER_DEG_EQUATOR = 2.0 * math.pi * WGS84_A_KM / 360.0  # a degree of longitude along the equator, 111.32 km

# --- The spherical Earth of regions and footprints: IUGG mean radius R1 = (2a + b) / 3 (Moritz 2000, GRS80)
MEAN_EARTH_RADIUS_KM = 6371.0088

# --- Earth's rotation and the year
# Rotation against the precessing equinox, 7.2921158553e-5 rad/s (Aoki et al. 1982), rounded to 8 digits;
# the speed bounds of the pass search and the coverage step use this figure.
EARTH_ROTATION_RAD_S = 7.2921159e-5
# Ratio of sidereal to solar (UT1) time (Aoki et al. 1982): GMST, and with it SGP4's TEME frame, turns
# this much faster than the clock.
SIDEREAL_PER_SOLAR_DAY = 1.00273790935
GMST_RATE_RAD_MIN = 2 * math.pi * SIDEREAL_PER_SOLAR_DAY / 1440.0  # the same rotation per minute of UT1
SIDEREAL_DAY_S = 86164.0905  # mean sidereal day (IERS Conventions)
TROPICAL_YEAR_DAYS = 365.2421897  # mean tropical year, J2000 (Meeus, Astronomical Algorithms, ch. 27)
# The Sun's mean motion along the equator: the node rate of a sun-synchronous orbit (360 deg per tropical year).
SSO_NODE_RATE_RAD_S = 2 * math.pi / (TROPICAL_YEAR_DAYS * 86400.0)

# --- The Sun, for Earth's shadow (IAU 2015 Resolution B3: nominal solar radius)
SUN_RADIUS_KM = 695700.0

# --- SGP4's drag term (Hoots and Roehrich 1980, Spacetrack Report #3; Vallado et al. 2006): B* = B rho0 / 2 with the
# reference density rho0 = 2.461e-5 kg/m^3 at 120 km, times one Earth radius (WGS72): 0.15696615 kg m^-2 per Earth radius.
SGP4_BSTAR_RHO0_KG_M2_ER = 0.15696615
