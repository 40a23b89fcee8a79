"""The standard-magnitude estimate against a numerically integrated Lambertian sphere and the magnitude scale."""

import math

import numpy as np
import pytest

from desktop.core import brightness

PHASE_TOLERANCE = 2e-3  # numerical integration on a 400 x 800 grid
MAG = 1e-9


def _lambert_sphere(phase_rad):
    """Light a diffusely reflecting sphere sends towards an observer, by summing cos(i) cos(e) over its
    surface where it is both lit and seen (i from the Sun, e from the observer)."""
    lat = np.linspace(-math.pi / 2, math.pi / 2, 400)
    lon = np.linspace(-math.pi, math.pi, 800, endpoint=False)
    la, lo = np.meshgrid(lat, lon, indexing="ij")
    n = np.stack([np.cos(la) * np.cos(lo), np.cos(la) * np.sin(lo), np.sin(la)])
    sun = np.array([1.0, 0.0, 0.0])
    obs = np.array([math.cos(phase_rad), math.sin(phase_rad), 0.0])
    ci, ce = np.tensordot(sun, n, 1), np.tensordot(obs, n, 1)
    area = np.cos(la)
    return float(np.sum(np.where((ci > 0) & (ce > 0), ci * ce * area, 0.0)))


def test_phase_function_is_a_lambertian_sphere():
    full = _lambert_sphere(0.0)
    for degrees in (30.0, 60.0, 90.0, 120.0, 150.0):
        phi = math.radians(degrees)
        assert brightness.phase_function(phi) == pytest.approx(_lambert_sphere(phi) / full, abs=PHASE_TOLERANCE)
    assert brightness.phase_function(0.0) == pytest.approx(1.0)
    assert brightness.phase_function(math.pi) == pytest.approx(0.0, abs=1e-12)
    assert brightness.phase_function(math.pi / 2) == pytest.approx(1.0 / math.pi)


def test_magnitude_scale_range_and_penumbra():
    half = math.pi / 2
    assert brightness.magnitude(-1.3, 1000.0, half) == pytest.approx(-1.3, abs=MAG)
    # ten times farther: a hundred times fainter, five magnitudes
    assert brightness.magnitude(-1.3, 10000.0, half) == pytest.approx(3.7, abs=MAG)
    # full phase: pi times brighter than half phase
    assert brightness.magnitude(0.0, 1000.0, 0.0) == pytest.approx(-2.5 * math.log10(math.pi), abs=MAG)
    # half the Sun's disc hidden: 0.75 magnitude fainter
    assert brightness.magnitude(0.0, 1000.0, half, 0.5) == pytest.approx(2.5 * math.log10(2.0), abs=MAG)
    assert np.isinf(brightness.magnitude(0.0, 1000.0, half, 0.0))
    out = brightness.magnitude(np.array([0.0, 1.0]), np.array([1000.0, 2000.0]), np.array([half, half]))
    assert out.shape == (2,)


def test_standard_magnitudes_have_sources_and_defaults_are_marked_unknown():
    iss = brightness.standard_magnitude(25544, "ISS (ZARYA)")
    assert iss.known and iss.std_mag == pytest.approx(-1.3) and iss.source
    for satnum in (48274, 20580):
        assert brightness.standard_magnitude(satnum).known
    body = brightness.standard_magnitude(99999, "CZ-4C R/B")
    debris = brightness.standard_magnitude(99998, "FENGYUN 1C DEB")
    payload = brightness.standard_magnitude(99997, "SOMESAT")
    assert not body.known and not debris.known and not payload.known
    assert "unknown" in body.source and body.std_mag < payload.std_mag < debris.std_mag
    assert "1000 km" in brightness.convention() and "90 deg" in brightness.convention()
