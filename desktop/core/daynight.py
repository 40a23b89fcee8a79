"""Day and night on the map: the subsolar point and the terminator."""

from __future__ import annotations

import numpy as np

from . import timebase


def subsolar_point(time_s: float) -> tuple[float, float]:
    """Latitude and longitude (deg) where the Sun is overhead."""
    sun = timebase.sun_direction_itrs(np.array([time_s]))[:, 0]
    return float(np.degrees(np.arcsin(sun[2]))), float(np.degrees(np.arctan2(sun[1], sun[0])))


def terminator_lat_deg(time_s: float, lon_deg, sun_altitude_deg: float = 0.0):
    """Latitude of the line where the Sun stands at ``sun_altitude_deg``, for each longitude.

    From sin(alt) = sin(lat) sin(dec) + cos(lat) cos(dec) cos(H), solved for
    lat with H the hour angle (lon - subsolar lon). Near the equinoxes the
    line becomes vertical; latitudes are clipped to +-90.
    """
    dec_deg, sub_lon = subsolar_point(time_s)
    dec = np.radians(dec_deg)
    hour = np.radians(np.asarray(lon_deg, dtype=float) - sub_lon)
    a = np.sin(dec)
    b = np.cos(dec) * np.cos(hour)
    c = np.sin(np.radians(sun_altitude_deg))
    r = np.hypot(a, b)
    psi = np.arctan2(b, a)  # a sin(lat) + b cos(lat) = r sin(lat + psi)
    base = np.arcsin(np.clip(c / np.maximum(r, 1e-12), -1, 1))
    wrap = lambda x: (x + np.pi) % (2 * np.pi) - np.pi  # noqa: E731
    first, second = wrap(base - psi), wrap(np.pi - base - psi)
    lat = np.where(np.abs(first) <= np.pi / 2, first, second)
    return np.degrees(np.clip(lat, -np.pi / 2, np.pi / 2))


def night_note(time_s: float) -> str:
    """Why the night side is not drawn at this time ("" when it is)."""
    if timebase.sun_known([time_s]):
        return ""
    return f"night side not shown: the Sun's position is known from {timebase.sun_range_text()} only"


def night_polygon(time_s: float, points: int = 361) -> np.ndarray:
    """(lon, lat) ring covering the night side on an equirectangular map.

    Empty (no shading) at a time outside the Sun table: a clock in 2060 still
    draws the map; ``night_note`` says why there is no night side.
    """
    if night_note(time_s):
        return np.zeros((0, 2))
    lon = np.linspace(-180.0, 180.0, points)
    lat = terminator_lat_deg(time_s, lon)
    dec_deg, _ = subsolar_point(time_s)
    pole = -90.0 if dec_deg > 0 else 90.0  # the pole in darkness
    return np.vstack([np.column_stack([lon, lat]), [[180.0, pole], [-180.0, pole], [lon[0], lat[0]]]])
