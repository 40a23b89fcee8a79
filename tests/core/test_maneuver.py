"""Burns and transfers, against independent references: skyfield's high-level states, vis-viva worked out here,
textbook figures, and dense sampling of the orbit."""

import math

import numpy as np
import pytest
from skyfield.api import EarthSatellite
from skyfield.framelib import itrs

from desktop.core import design, maneuver, timebase
from desktop.core.catalog import load_catalog
from desktop.core.constants import WGS72_A_KM, WGS72_MU_KM3_S2
from desktop.core.elements import parse_text, tle_text
from desktop.core.maneuver import Burn, BurnError

EPOCH = timebase.to_posix("2026-11-24T00:00:00Z")
ONE_KM = 1.0
HALF_M_S = 0.5e-3  # km/s
ONE_SECOND = 1.0


def skyfield_state(es, time_s):
    """GCRS position (km) and velocity (km/s) by skyfield's high-level API from the set's own TLE lines."""
    l1, l2 = es.tle_lines()
    at = EarthSatellite(l1, l2, es.name, timebase.timescale()).at(timebase.skyfield_time(np.array([time_s])))
    return at.position.km[:, 0], at.velocity.km_per_s[:, 0]


def rsw_dv(r, v, radial, prograde, normal):
    """The velocity change in km/s from m/s along radial, along-track and normal: worked out here, not by the module."""
    r_hat = r / np.linalg.norm(r)
    w_hat = np.cross(r, v)
    w_hat /= np.linalg.norm(w_hat)
    s_hat = np.cross(w_hat, r_hat)
    return (radial * r_hat + prograde * s_hat + normal * w_hat) / 1000.0


def circular(height_km, inclination_deg=97.4):
    return design.build(design.OrbitDesign(epoch_s=EPOCH, height_km=height_km, inclination_deg=inclination_deg,
                                           raan_deg=30.0)).elements


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(use_cache=False)


def test_state_right_after_a_burn_matches_the_built_state(catalog):
    """For real, approximate and designed sets and every kind of burn time, the new set's skyfield state at the
    burn is the old state plus the burn, within 1 km and 0.5 m/s."""
    cases = [(catalog.find("ISS"), Burn(prograde_m_s=25.0, radial_m_s=-5.0, normal_m_s=12.0, at="perigee")),
             (catalog.find("KHAYYAM"), Burn(prograde_m_s=-40.0, at="apogee")),
             (catalog.find("LANDSAT 9"), Burn(normal_m_s=150.0, at="ascending")),
             (catalog.find("GOES 18"), Burn(prograde_m_s=3.0, radial_m_s=1.0, at="descending")),
             (circular(500.0), Burn(prograde_m_s=10.0, at="time", time_s=EPOCH + 1234.5))]
    for es, burn in cases:
        result = maneuver.apply_burn(es, burn)
        r0, v0 = skyfield_state(es, result.time_s)
        r1, v1 = skyfield_state(result.elements, result.time_s)
        target_v = v0 + rsw_dv(r0, v0, burn.radial_m_s, burn.prograde_m_s, burn.normal_m_s)
        assert np.linalg.norm(r1 - r0) < ONE_KM, (es.name, burn)
        assert np.linalg.norm(v1 - target_v) < HALF_M_S, (es.name, burn, np.linalg.norm(v1 - target_v))
        assert result.elements.flag == "DESIGNED" and es.name in result.elements.derivation
        assert "burn" in result.elements.derivation
        # it is a TLE every reader takes, and it keeps its flag through a file
        again, issues = parse_text(tle_text([result.elements]))
        assert not issues and again[0].flag == "DESIGNED"


def test_ten_m_s_prograde_on_a_500_km_circular_orbit():
    """+10 m/s prograde: da = 2 a dv / v (first order), about 18 km; the apogee, opposite the burn, rises about
    36 km and the perigee stays."""
    es = circular(500.0)
    result = maneuver.apply_burn(es, Burn(prograde_m_s=10.0, at="ascending"))
    a = WGS72_A_KM + 500.0
    v = math.sqrt(WGS72_MU_KM3_S2 / a)
    expected_da = 2 * a * 0.010 / v
    assert 17.0 < expected_da < 19.0
    assert result.after.semi_major_axis_km - result.before.semi_major_axis_km == pytest.approx(expected_da, abs=1.0)
    assert result.after.apogee_km - result.before.apogee_km == pytest.approx(2 * expected_da, abs=3.0)
    assert result.after.perigee_km - result.before.perigee_km == pytest.approx(0.0, abs=3.0)
    # the apogee is half a revolution after the burn: the farthest point of a densely sampled revolution
    period = result.after.period_min * 60.0
    t = result.time_s + np.arange(0.0, period, 1.0)
    r, _v = skyfield_state_many(result.elements, t)
    far = t[np.argmax(np.linalg.norm(r, axis=0))]
    assert (far - result.time_s) / period == pytest.approx(0.5, abs=0.08)
    # a higher orbit is slower: the track shifts west by 2 pi R (dT/T) each revolution to first order
    assert result.track_shift_km_per_day > 100.0


def skyfield_state_many(es, times_s):
    """Earth-fixed (ITRS) positions by skyfield: its equator is SGP4's true equator of date, which GCRS's is not."""
    l1, l2 = es.tle_lines()
    at = EarthSatellite(l1, l2, es.name, timebase.timescale()).at(timebase.skyfield_time(np.asarray(times_s)))
    return at.frame_xyz(itrs).km, at.velocity.km_per_s


def test_burn_times_are_the_apsides_and_nodes_of_dense_sampling(catalog):
    """Apogee and perigee: extremes of the distance sampled every second by skyfield; nodes: z changes sign."""
    es = catalog.find("KHAYYAM")
    start = es.epoch_s + 3600.0
    t = start + np.arange(0.0, 1.05 * 94.4 * 60, 1.0)
    r, v = skyfield_state_many(es, t)
    distance = np.linalg.norm(r, axis=0)
    for which, index in (("apogee", np.argmax(distance)), ("perigee", np.argmin(distance))):
        found = maneuver.next_event_s(es.satrec, start, which)
        # the orbit is nearly circular: compare distances, then times within a generous window
        r_found, _ = skyfield_state_many(es, [found])
        assert abs(np.linalg.norm(r_found) - distance[index]) < 0.05, which
    found = maneuver.next_event_s(es.satrec, start, "ascending")
    crossing = t[np.flatnonzero((r[2, :-1] < 0) & (r[2, 1:] >= 0))[0]]
    assert abs(found - crossing) <= 2 * ONE_SECOND
    found = maneuver.next_event_s(es.satrec, start, "descending")
    crossing = t[np.flatnonzero((r[2, :-1] > 0) & (r[2, 1:] <= 0))[0]]
    assert abs(found - crossing) <= 2 * ONE_SECOND


def test_normal_burn_at_the_node_turns_the_plane_by_the_plane_change_angle():
    """A normal burn at the node tilts the plane by 2 asin(dv / 2v) (the plane change formula, solved for the angle)."""
    es = circular(600.0, inclination_deg=51.6)
    result = maneuver.apply_burn(es, Burn(normal_m_s=200.0, at="ascending"))
    v = math.sqrt(WGS72_MU_KM3_S2 / (WGS72_A_KM + 600.0))
    expected = math.degrees(2 * math.asin(0.200 / (2 * v)))
    assert abs(result.after.inclination_deg - result.before.inclination_deg) == pytest.approx(expected, abs=0.03)


def test_a_perigee_below_the_surface_re_enters_at_once_and_makes_no_set():
    es = circular(500.0)
    result = maneuver.apply_burn(es, Burn(prograde_m_s=-1500.0, at="ascending"))
    assert result.reenters and result.elements is None
    assert result.after.perigee_km < 0
    assert "re-enters at once" in result.notes[0]
    # just above the surface: a set is made, SGP4 takes it, and it is flagged as about to re-enter
    low = maneuver.apply_burn(es, Burn(prograde_m_s=-120.0, at="ascending"))
    assert not low.reenters and low.after.perigee_km < maneuver.LOW_PERIGEE_KM
    assert low.elements.satrec.sgp4_tsince(0.0)[0] == 0


def test_too_large_or_escaping_burns_are_refused_in_one_line():
    es = circular(500.0)
    with pytest.raises(BurnError, match="more than 10 km/s"):
        maneuver.apply_burn(es, Burn(prograde_m_s=10_001.0))
    with pytest.raises(BurnError, match="leaves the Earth"):
        maneuver.apply_burn(es, Burn(prograde_m_s=4_000.0))
    with pytest.raises(BurnError, match="finite"):
        maneuver.apply_burn(es, Burn(radial_m_s=float("nan")))
    with pytest.raises(BurnError):
        Burn.from_dict({"prograde_m_s": "fast"})
    with pytest.raises(BurnError):
        Burn.from_dict({"at": "noon"})
    burn = Burn(prograde_m_s=1.0, normal_m_s=-2.0, at="time", time_s=EPOCH)
    assert Burn.from_dict(burn.to_dict()) == burn


def test_two_burns_of_a_hohmann_transfer_reach_the_target_circle():
    """The lab's two-burn Hohmann from 400 km to 800 km: the final orbit is circular at 800 km, and the second burn is
    half a revolution of the transfer ellipse after the first. Within 10 km: the two-body formula's radii are not
    SGP4's mean heights, which J2's short-period terms move by up to about 10 km around the orbit."""
    es = circular(400.0)
    transfer = maneuver.hohmann(400.0, 800.0)
    results = maneuver.apply_burns(es, [Burn(prograde_m_s=transfer.burns_km_s[0] * 1000, at="ascending"),
                                        Burn(prograde_m_s=transfer.burns_km_s[1] * 1000, at="apogee")])
    final = results[-1].after
    assert final.perigee_km == pytest.approx(800.0, abs=10.0) and final.apogee_km == pytest.approx(800.0, abs=10.0)
    assert results[0].after.apogee_km == pytest.approx(800.0, abs=10.0)
    assert results[1].time_s - results[0].time_s == pytest.approx(transfer.time_of_flight_s, rel=0.02)  # J2 moves the apsides a little


def test_each_transfer_as_burns_gives_its_budget_and_reaches_its_target():
    """maneuver.transfer_burns reads only the transfer's details: each burn's size is the budget's, and made on a
    400 km circle the burns reach the target (the 800 km circle, the plane turned by the angle; within 10 km and
    0.2 deg, SGP4's mean heights against the two-body radii)."""
    es = circular(400.0)

    def plane_angle_deg(a, b, at_s):
        n = [np.cross(*maneuver.state_teme(x.satrec, at_s)) for x in (a, b)]
        return math.degrees(math.acos(np.clip(np.dot(*n) / np.linalg.norm(n[0]) / np.linalg.norm(n[1]), -1, 1)))

    for kind, transfer in (("hohmann", maneuver.hohmann(400.0, 800.0)), ("plane", maneuver.plane_change(400.0, 10.0)),
                           ("combined", maneuver.combined_plane_change(400.0, 800.0, 10.0)),
                           ("phasing", maneuver.phasing(400.0, 20.0, 2))):
        burns = maneuver.transfer_burns(kind, transfer)
        assert [b.dv_m_s for b in burns] == pytest.approx([abs(x) * 1000 for x in transfer.burns_km_s[:len(burns)]],
                                                          rel=1e-9), kind
        results = maneuver.apply_burns(es, burns, EPOCH)
        final = results[-1]
        target = 400.0 if kind in ("plane", "phasing") else 800.0
        if kind == "phasing":  # the first burn only: the phasing orbit, shorter to move ahead, its apogee the circle
            assert final.after.apogee_km == pytest.approx(400.0, abs=10.0)
            continue
        assert final.after.perigee_km == pytest.approx(target, abs=10.0), kind
        assert final.after.apogee_km == pytest.approx(target, abs=10.0), kind
        turned = plane_angle_deg(es, final.elements, final.time_s)
        assert turned == pytest.approx(transfer.details.get("angle_deg", 0.0), abs=0.2), kind
    with pytest.raises(BurnError):
        maneuver.transfer_burns("sideways", maneuver.hohmann(400.0, 800.0))


def test_hohmann_matches_vis_viva_and_the_textbook_leo_to_geo_case():
    """Energy worked out here: v = sqrt(2 (mu/r - mu/(2a))). 300 km to GEO: about 3.9 km/s and 5.3 h."""
    for h1, h2 in ((300.0, 35786.0), (400.0, 800.0), (800.0, 400.0), (200.0, 20200.0)):
        t = maneuver.hohmann(h1, h2)
        r1, r2 = WGS72_A_KM + h1, WGS72_A_KM + h2
        a = (r1 + r2) / 2
        speed = lambda r, a_: math.sqrt(2 * (WGS72_MU_KM3_S2 / r - WGS72_MU_KM3_S2 / (2 * a_)))  # noqa: E731
        assert t.burns_km_s[0] == pytest.approx(speed(r1, a) - speed(r1, r1), abs=1e-9)
        assert t.burns_km_s[1] == pytest.approx(speed(r2, r2) - speed(r2, a), abs=1e-9)
        # half the transfer ellipse's period, from Kepler's third law
        assert t.time_of_flight_s == pytest.approx(0.5 * 2 * math.pi * math.sqrt(a ** 3 / WGS72_MU_KM3_S2), rel=1e-12)
    geo = maneuver.hohmann(300.0, 35786.0)
    assert geo.total_dv_km_s == pytest.approx(3.9, abs=0.05)
    assert geo.time_of_flight_s / 3600 == pytest.approx(5.3, abs=0.1)
    data = geo.to_json()
    assert set(data) >= {"dv1_km_s", "dv2_km_s", "total_dv_km_s", "time_of_flight_s"}
    with pytest.raises(BurnError):
        maneuver.hohmann(-5.0, 800.0)


def test_plane_change_combined_and_phasing_budgets():
    """Plane change 2 v sin(di/2); combined at apogee never costs more than the two apart, and equals Hohmann at 0;
    phasing: after k revolutions of the phasing orbit the satellite is the angle ahead of its old place."""
    v = math.sqrt(WGS72_MU_KM3_S2 / (WGS72_A_KM + 500.0))
    assert maneuver.plane_change(500.0, 10.0).total_dv_km_s == pytest.approx(2 * v * math.sin(math.radians(5)))
    assert maneuver.plane_change(500.0, 60.0).total_dv_km_s == pytest.approx(v, rel=1e-9)  # the equilateral case
    combined = maneuver.combined_plane_change(300.0, 35786.0, 28.5)
    assert combined.total_dv_km_s < combined.details["separate_total_dv_km_s"]
    # 300 km LEO from Cape Canaveral to GEO with the plane change at apogee: about 4.2-4.3 km/s in textbooks
    assert 4.15 < combined.total_dv_km_s < 4.35
    small = maneuver.combined_plane_change(300.0, 35786.0, 1e-6)
    assert small.total_dv_km_s == pytest.approx(maneuver.hohmann(300.0, 35786.0).total_dv_km_s, abs=1e-6)
    for angle, revs in ((10.0, 1), (-20.0, 2), (90.0, 12)):
        p = maneuver.phasing(500.0, angle, revs)
        r = WGS72_A_KM + 500.0
        speed = math.sqrt(WGS72_MU_KM3_S2 / r) + p.burns_km_s[0]
        a = 1.0 / (2.0 / r - speed ** 2 / WGS72_MU_KM3_S2)  # vis-viva solved for a
        t_phasing = 2 * math.pi * math.sqrt(a ** 3 / WGS72_MU_KM3_S2)
        t_circle = 2 * math.pi * math.sqrt(r ** 3 / WGS72_MU_KM3_S2)
        old_place_deg = 360.0 * revs * t_phasing / t_circle  # how far the old place moved meanwhile
        assert 360.0 * revs - old_place_deg == pytest.approx(angle, abs=1e-6)
        assert p.time_of_flight_s == pytest.approx(revs * t_phasing)
    with pytest.raises(BurnError, match="more revolutions"):
        maneuver.phasing(300.0, 300.0, 1)
