"""Geometry on the spherical Earth: unit vectors, angles and great-circle distances.

Distances are great-circle arcs on a sphere of the IUGG mean radius
(``MEAN_EARTH_RADIUS_KM``); angles between unit vectors come from their chord,
which stays exact from 0 to pi where an arccosine of a dot product loses
digits near 0.
"""

from __future__ import annotations

import math

import numpy as np

from .constants import MEAN_EARTH_RADIUS_KM


def unit_vectors(lat_deg, lon_deg):
    """Unit vectors (..., 3), Earth-centred, of points given by latitude and longitude (deg) on the sphere."""
    lat = np.radians(np.asarray(lat_deg, dtype=float))
    lon = np.radians(np.asarray(lon_deg, dtype=float))
    cos_lat = np.cos(lat)
    return np.stack([cos_lat * np.cos(lon), cos_lat * np.sin(lon), np.sin(lat)], axis=-1)


def angle_between(u, v):
    """Angle (rad) between unit vectors from their chord, 2 asin(|u - v| / 2): exact from 0 to pi."""
    d = np.asarray(u) - np.asarray(v)
    return 2.0 * np.arcsin(np.minimum(np.sqrt(np.sum(d * d, axis=-1)) * 0.5, 1.0))


def point_to_arcs_rad(c, a, b):
    """Angle from one unit vector ``c`` to each great-circle arc a -> b (unit vectors, (..., 3); under pi).

    All from dot products: c.a, c.b, a.b and the triple product c.(a x b). The
    foot of the perpendicular from c lies on the arc when (a x b).(a x c) >= 0
    and (a x b).(c x b) >= 0; then the angle is the cross-track one, else the
    angle to the nearer end.
    """
    ac, bc = a @ c, b @ c
    cos_arc = np.einsum("...j,...j->...", a, b)
    triple = np.einsum("...j,...j->...", a, np.cross(b, c))
    d = a - b
    arc = 2.0 * np.arcsin(np.minimum(np.sqrt(np.einsum("...j,...j->...", d, d)) * 0.5, 1.0))
    to_ends = np.arccos(np.clip(np.maximum(ac, bc), -1.0, 1.0))
    foot_on_arc = (bc - ac * cos_arc >= 0) & (ac - bc * cos_arc >= 0) & (arc > 1e-9)
    with np.errstate(invalid="ignore", divide="ignore"):
        cross_track = np.arcsin(np.minimum(np.abs(triple) / np.sin(arc), 1.0))
    return np.where(foot_on_arc, cross_track, to_ends)


def great_circle_km(lat1, lon1, lat2, lon2):
    """Great-circle distance (km) on the mean-Earth sphere between points given in degrees; arrays broadcast."""
    return MEAN_EARTH_RADIUS_KM * angle_between(unit_vectors(lat1, lon1), unit_vectors(lat2, lon2))


def unwrap_longitudes(ring: np.ndarray) -> np.ndarray:
    """Make longitudes continuous along the ring (steps of more than 180 deg wrap)."""
    lon = ring[:, 0].copy()
    step = np.diff(lon)
    lon[1:] = lon[0] + np.cumsum(step - 360.0 * np.round(step / 360.0))
    return np.column_stack([lon, ring[:, 1]])

def footprint_ring(lat_deg: float, lon_deg: float, radius_rad: float, points: int = 181) -> np.ndarray:
    """(lon, lat) boundary of a spherical cap, with continuous (unwrapped) longitude.

    A cap that contains a pole is returned as an open band closed along the
    pole's latitude from -180 to 180 (drawn as a cap down from the pole, not a
    twisted polygon).
    """
    lat0, lon0 = math.radians(lat_deg), math.radians(lon_deg)
    bearing = np.linspace(0, 2 * math.pi, points)
    lat = np.arcsin(np.sin(lat0) * np.cos(radius_rad) + np.cos(lat0) * np.sin(radius_rad) * np.cos(bearing))
    lon = lon0 + np.arctan2(np.sin(bearing) * np.sin(radius_rad) * np.cos(lat0),
                            np.cos(radius_rad) - np.sin(lat0) * np.sin(lat))
    ring = unwrap_longitudes(np.column_stack([np.degrees(lon), np.degrees(lat)]))
    pole_north = math.pi / 2 - lat0 < radius_rad
    pole_south = lat0 + math.pi / 2 < radius_rad
    if pole_north or pole_south:
        pole = 90.0 if pole_north else -90.0
        order = np.argsort(ring[:, 0])
        band = ring[order]
        band[:, 0] = (band[:, 0] + 180.0) % 360.0 - 180.0
        band = band[np.argsort(band[:, 0])]
        ring = np.vstack([[[-180.0, band[0, 1]]], band, [[180.0, band[-1, 1]]], [[180.0, pole]], [[-180.0, pole]], [[-180.0, band[0, 1]]]])
    return ring
