"""Sphere geometry against closed forms: arcs of the equator and meridians, antipodes, a cap around a pole."""

import math

import numpy as np
import pytest

from desktop.core.constants import MEAN_EARTH_RADIUS_KM
from desktop.core.sphere import angle_between, footprint_ring, great_circle_km, point_to_arcs_rad, unit_vectors

ONE_DEG_KM = MEAN_EARTH_RADIUS_KM * math.pi / 180.0


def test_great_circle_km_along_the_equator_and_a_meridian_and_to_the_antipode():
    assert great_circle_km(0.0, 0.0, 0.0, 1.0) == pytest.approx(ONE_DEG_KM, rel=1e-12)
    assert great_circle_km(-45.0, 30.0, 45.0, 30.0) == pytest.approx(90 * ONE_DEG_KM, rel=1e-12)
    # at the antipode the chord's arcsine is at its flat top: still within 0.2 m
    assert great_circle_km(10.0, 20.0, -10.0, -160.0) == pytest.approx(180 * ONE_DEG_KM, abs=2e-4)
    # arrays in, arrays out; and across the antimeridian the short way
    d = great_circle_km(np.zeros(3), np.array([179.5, -179.5, 0.0]), np.zeros(3), np.array([-179.5, 179.5, 0.0]))
    assert d == pytest.approx([ONE_DEG_KM, ONE_DEG_KM, 0.0], rel=1e-12, abs=1e-12)


def test_angle_between_keeps_its_digits_for_tiny_angles():
    """One millimetre apart: an arccosine of the dot product would give 0 or 1e-8 rad; the chord gives 1.6e-13."""
    a = unit_vectors(0.0, 0.0)
    b = unit_vectors(0.0, math.degrees(1e-6 / MEAN_EARTH_RADIUS_KM))
    assert float(angle_between(a, b)) * MEAN_EARTH_RADIUS_KM == pytest.approx(1e-6, rel=1e-6)


def test_point_to_arcs_rad_is_cross_track_on_the_arc_and_the_end_beyond_it():
    a, b = unit_vectors(0.0, 0.0), unit_vectors(0.0, 10.0)  # a piece of the equator
    arcs_a, arcs_b = np.stack([a, a, a]), np.stack([b, b, b])
    above = point_to_arcs_rad(unit_vectors(3.0, 5.0), arcs_a, arcs_b)  # the foot is on the arc: 3 deg
    assert np.degrees(above) == pytest.approx([3.0, 3.0, 3.0])
    beyond = point_to_arcs_rad(unit_vectors(0.0, 14.0), arcs_a[:1], arcs_b[:1])  # past the end: 4 deg to b
    assert math.degrees(float(beyond[0])) == pytest.approx(4.0)
    # against a densely sampled arc
    rng = np.random.default_rng(1)
    c = unit_vectors(rng.uniform(-30, 30), rng.uniform(-20, 30))
    path = unit_vectors(np.zeros(2001), np.linspace(0.0, 10.0, 2001))
    assert float(point_to_arcs_rad(c, arcs_a[:1], arcs_b[:1])[0]) == pytest.approx(float(angle_between(path, c).min()), abs=1e-6)


def test_footprint_ring_is_a_circle_and_a_cap_over_a_pole():
    ring = footprint_ring(20.0, 30.0, math.radians(5.0), points=73)
    assert great_circle_km(20.0, 30.0, ring[:, 1], ring[:, 0]) == pytest.approx(np.full(73, 5 * ONE_DEG_KM), rel=1e-9)
    polar = footprint_ring(85.0, 40.0, math.radians(10.0))
    assert polar[:, 0].min() == -180 and polar[:, 0].max() == 180 and polar[:, 1].max() == 90.0
