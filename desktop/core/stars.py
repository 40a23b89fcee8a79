"""Bright stars for the sky plot, and where they stand for an observer.

Data: ``assets/stars.json``, built by ``tools/build_sky_assets.py`` from the
Yale Bright Star Catalogue, 5th revised edition (Hoffleit & Warren 1991; J2000
positions, V magnitudes): the 904 stars down to magnitude 4.5, the proper names
of the 90 brightest, and label points of 22 well-known constellations (the mean
direction of their stars brighter than 4.5).

Positions are turned to the sky of a date with skyfield's ITRS rotation
(precession, nutation, Earth rotation, polar motion from its built-in tables):
proper motion (under 0.1 deg in a century for all but a handful of these
stars), aberration (20") and refraction (about 0.5 deg at the horizon) are
left out: plenty for a chart whose symbols are a few tenths of a degree wide.
"""

from __future__ import annotations

import functools
import json

import numpy as np

from . import timebase
from .paths import assets_dir


@functools.lru_cache(maxsize=1)
def _data():
    return json.loads((assets_dir() / "stars.json").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def bright_stars():
    """(ra_deg, dec_deg, mag, names): J2000 positions and V magnitudes of the stars down to 4.5, brightest
    first; ``names`` a tuple with the proper name or ''."""
    rows = _data()["stars"]
    ra = np.array([r[0] for r in rows], dtype=float)
    dec = np.array([r[1] for r in rows], dtype=float)
    mag = np.array([r[2] for r in rows], dtype=float)
    for a in (ra, dec, mag):
        a.setflags(write=False)
    return ra, dec, mag, tuple(r[3] for r in rows)


def constellation_labels() -> list[tuple[str, float, float]]:
    """(name, ra_deg, dec_deg) of the label point of each labelled constellation (Latin names)."""
    return [(name, float(ra), float(dec)) for name, ra, dec in _data()["constellation_labels"]]


def source() -> str:
    return _data()["source"]


def radec_to_altaz(ra_deg, dec_deg, observer, time_s: float):
    """(az_deg, el_deg) of J2000 (ICRS) directions for an observer at one time, arrays like ``ra_deg``.

    One rotation matrix per call (skyfield's ITRS frame at the time), then a
    matrix product over every star: about 50 us for the 900 stars.
    """
    from skyfield.framelib import itrs

    ra, dec = np.radians(np.asarray(ra_deg, dtype=float)), np.radians(np.asarray(dec_deg, dtype=float))
    v = np.array([np.cos(dec) * np.cos(ra), np.cos(dec) * np.sin(ra), np.sin(dec)])
    rotation = itrs.rotation_at(timebase.skyfield_time(float(time_s)))
    enu = observer.enu_matrix @ (rotation @ v.reshape(3, -1))
    az = np.degrees(np.arctan2(enu[0], enu[1])) % 360.0
    el = np.degrees(np.arcsin(np.clip(enu[2], -1.0, 1.0)))
    return az.reshape(np.shape(ra_deg)), el.reshape(np.shape(ra_deg))


def stars_altaz(observer, time_s: float):
    """(az_deg, el_deg, mag, names) of every bright star for the observer at a time (below the horizon too)."""
    ra, dec, mag, names = bright_stars()
    az, el = radec_to_altaz(ra, dec, observer, time_s)
    return az, el, mag, names
