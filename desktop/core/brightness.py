"""How bright a satellite looks: the standard-magnitude estimate.

    m = m_std + 5 log10(range_km / 1000) - 2.5 log10(F(phi) / F(90 deg))

with F(phi) = (sin phi + (pi - phi) cos phi) / pi, the phase function of a
diffusely reflecting (Lambertian) sphere (Vallerie 1963, as used for satellites
by McCants and by Cognion 2013), phi the phase angle at the satellite between
the Sun and the observer (0: fully lit face towards us), and m_std the
standard magnitude: the visual magnitude at 1,000 km range and 90 deg phase
angle (half lit), the McCants/Molczan convention. Every m_std in
``assets/magnitudes.json`` is on that convention, with its source; other
objects get a size-class default and are marked unknown.

A real satellite is not a sphere: flat panels flare and tumbling bodies vary
by magnitudes. Every figure from here is an *estimate* and is labelled so.
"""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass

import numpy as np

from .paths import assets_dir

ESTIMATE_LABEL = "estimated magnitude"
F_HALF_PHASE = 1.0 / math.pi  # F(90 deg)


@dataclass(frozen=True)
class StandardMagnitude:
    """A satellite's standard magnitude and where it came from (``known`` False: a size-class default)."""

    std_mag: float
    known: bool
    source: str


def phase_function(phase_angle_rad):
    """Diffuse sphere's brightness relative to full phase: F(phi) = (sin phi + (pi - phi) cos phi) / pi."""
    phi = np.clip(np.asarray(phase_angle_rad, dtype=float), 0.0, math.pi)
    return (np.sin(phi) + (math.pi - phi) * np.cos(phi)) / math.pi


def magnitude(std_mag, range_km, phase_angle_rad, sunlit_fraction=1.0):
    """Estimated visual magnitude (array in, array out); inf where the satellite is not lit at all.

    ``sunlit_fraction`` (0-1, the part of the Sun's disc seen from the
    satellite: below 1 in the penumbra) dims it by -2.5 log10(fraction).
    """
    f = phase_function(phase_angle_rad)
    lit = np.asarray(sunlit_fraction, dtype=float) * f / F_HALF_PHASE
    with np.errstate(divide="ignore"):
        return (np.asarray(std_mag, dtype=float) + 5.0 * np.log10(np.asarray(range_km, dtype=float) / 1000.0)
                - 2.5 * np.log10(np.where(lit > 0, lit, 0.0)))


@functools.lru_cache(maxsize=1)
def _table():
    return json.loads((assets_dir() / "magnitudes.json").read_text(encoding="utf-8"))


def size_class(name: str) -> str:
    """'rocket body', 'debris' or 'payload', from the catalogue's naming habits (R/B, DEB)."""
    upper = name.upper()
    if "R/B" in upper or "ROCKET" in upper or "AKM" in upper or "PKM" in upper:
        return "rocket body"
    if "DEB" in upper or "FRAG" in upper:
        return "debris"
    return "payload"


def standard_magnitude(satnum: int, name: str = "") -> StandardMagnitude:
    """The table's value for this catalogue number, else the size-class default (``known`` False)."""
    table = _table()
    for row in table["objects"]:
        if row["satnum"] == int(satnum):
            return StandardMagnitude(float(row["std_mag"]), True, row["source"])
    default = table["defaults"][size_class(name)]
    return StandardMagnitude(float(default["std_mag"]), False, default["note"])


def convention() -> str:
    """The one convention every standard magnitude in the table follows (for notes and exports)."""
    return _table()["convention"]
