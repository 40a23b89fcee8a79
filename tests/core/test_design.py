"""Designed orbits, checked against independent references: skyfield's high-level path, the J2 formula, geometry."""

import json
import math

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from skyfield.api import EarthSatellite, wgs84

from desktop.core import design, timebase
from desktop.core.catalog import load_catalog
from desktop.core.design import DesignError, OrbitDesign, build
from desktop.core.elements import omm_json_text, parse_text, tle_text
from desktop.core.groundtrack import ground_track, times_grid
from desktop.core.orbit import semi_major_axis_km, sun_synchronous_inclination_deg
from desktop.core.sphere import great_circle_km

EPOCH = timebase.to_posix("2026-11-24T00:00:00Z")


def skyfield_subpoints(es, times_s):
    """Sub-satellite points by skyfield's own high-level path (EarthSatellite.at + wgs84)."""
    l1, l2 = es.tle_lines()
    sat = EarthSatellite(l1, l2, es.name, timebase.timescale())
    geo = wgs84.subpoint_of(sat.at(timebase.skyfield_time(np.asarray(times_s, dtype=float))))
    return geo.latitude.degrees, geo.longitude.degrees


def ascending_node_times(es, start_s, hours):
    """Ascending node crossings found by skyfield at 10 s, refined by linear interpolation."""
    t = times_grid(start_s, hours * 3600.0, 10.0)
    lat, _lon = skyfield_subpoints(es, t)
    k = np.flatnonzero((lat[:-1] < 0) & (lat[1:] >= 0))
    return t[k] + 10.0 * (-lat[k]) / (lat[k + 1] - lat[k])


def local_mean_solar_time_h(times_s, lon_deg):
    return ((np.asarray(times_s) % 86400.0) / 3600.0 + np.asarray(lon_deg) / 15.0) % 24.0


@pytest.mark.parametrize("height_km,node_time_h,descending", [(705.0, 10.0, True), (500.0, 13.5, False),
                                                              (800.0, 6.0, False)])
def test_sun_synchronous_inclination_and_node_time(height_km, node_time_h, descending):
    orbit = build(OrbitDesign(epoch_s=EPOCH, height_km=height_km, sun_synchronous=True, node_time_h=node_time_h,
                              descending_node=descending))
    # the J2 formula with the semi-major axis a reader takes from the TLE's mean motion (Kozai)
    a = semi_major_axis_km(orbit.elements.satrec.no_kozai * 1440.0 / (2 * math.pi))
    assert orbit.inclination_deg == pytest.approx(sun_synchronous_inclination_deg(a, 0.0), abs=0.02)
    ascending_target = (node_time_h + (12.0 if descending else 0.0)) % 24.0
    for start in (EPOCH, EPOCH + 30 * 86400.0):  # and still so a month later: the node keeps up with the Sun
        t_node = ascending_node_times(orbit.elements, start, 3.5)[0]
        _lat, lon = skyfield_subpoints(orbit.elements, [t_node])
        measured = local_mean_solar_time_h(t_node, lon[0])
        diff_min = ((measured - ascending_target + 12) % 24 - 12) * 60
        assert abs(diff_min) < 1.0, (start, measured)


@pytest.mark.parametrize("revs,days", [(233, 16), (143, 10), (15, 1), (29, 2)])
def test_repeat_ground_tracks_close_within_10_km_by_skyfield(revs, days):
    orbit = build(OrbitDesign(epoch_s=EPOCH, height_km=None, repeat_revs=revs, repeat_days=days,
                              sun_synchronous=True, node_time_h=10.5))
    assert orbit.repeat_period_s == pytest.approx(days * 86400.0, abs=1.0)  # sun-synchronous: nodal day = solar day
    lat, lon = skyfield_subpoints(orbit.elements, [EPOCH, EPOCH + days * 86400.0])
    assert great_circle_km(lat[0], lon[0], lat[1], lon[1]) < 10.0
    # and the textbook alternative really is off: a mean motion of exactly R/D revolutions a day
    # (no J2 at all) misses by far more
    naive = design.satrec_from_mean_elements(300001, EPOCH, revs / days, 0.0, orbit.inclination_deg, 0, 0, 0)
    from desktop.core.elements import ElementSet

    naive_es = ElementSet("naive", 300001, naive, EPOCH)
    track = ground_track(naive_es, [EPOCH, EPOCH + days * 86400.0])
    assert great_circle_km(track.lat_deg[0], track.lon_deg[0], track.lat_deg[1], track.lon_deg[1]) > 100.0


def test_non_sun_synchronous_repeat_closes_after_its_nodal_days():
    orbit = build(OrbitDesign(epoch_s=EPOCH, height_km=None, inclination_deg=51.6, raan_deg=10.0, repeat_revs=31,
                              repeat_days=2))
    lat, lon = skyfield_subpoints(orbit.elements, [EPOCH, EPOCH + orbit.repeat_period_s])
    assert great_circle_km(lat[0], lon[0], lat[1], lon[1]) < 10.0


def test_repeat_listing_covers_landsat_and_every_entry_closes():
    solutions = design.list_repeats(400, 900, 30, sun_synchronous=True, epoch_s=EPOCH)
    found = {(s.revs, s.days): s for s in solutions}
    assert (233, 16) in found and 690 < found[(233, 16)].height_km < 710  # Landsat's WRS-2 cycle
    assert all(400 <= s.height_km <= 900 and math.gcd(s.revs, s.days) == 1 for s in solutions)
    for s in solutions[::60]:
        orbit = build(OrbitDesign(epoch_s=EPOCH, height_km=None, repeat_revs=s.revs, repeat_days=s.days,
                                  sun_synchronous=True))
        track = ground_track(orbit.elements, [EPOCH, EPOCH + orbit.repeat_period_s])
        assert great_circle_km(track.lat_deg[0], track.lon_deg[0], track.lat_deg[1], track.lon_deg[1]) < 10.0


def test_geostationary_stays_within_a_tenth_of_a_degree():
    orbit = build(OrbitDesign(epoch_s=EPOCH, height_km=None, geostationary_lon_deg=-75.0))
    lat, lon = skyfield_subpoints(orbit.elements, times_grid(EPOCH, 86400.0, 600.0))
    assert np.max(np.abs(lat)) < 0.1
    assert np.max(np.abs((lon + 75.0 + 180) % 360 - 180)) < 0.1


def test_molniya_apogee_is_over_the_northern_hemisphere_at_63_4():
    orbit = build(design.presets(EPOCH)["Molniya (63.4 deg, 12 h)"])
    es = orbit.elements
    l1, l2 = es.tle_lines()
    sat = EarthSatellite(l1, l2, es.name, timebase.timescale())
    t = times_grid(EPOCH, 43200.0, 30.0)
    pos = sat.at(timebase.skyfield_time(t))
    k = int(np.argmax(pos.distance().km))
    apogee_lat = wgs84.subpoint_of(pos).latitude.degrees[k]
    assert apogee_lat == pytest.approx(63.4, abs=0.5)
    assert orbit.elements.satrec.no_kozai * 1440 / (2 * math.pi) == pytest.approx(2.0, abs=0.01)


@pytest.mark.parametrize("lat,lon,descending,inclination", [
    (35.69, 51.39, False, 97.4), (35.69, 51.39, True, 97.4), (-33.9, 151.2, False, 51.6), (0.0, -170.0, True, 51.6),
    (63.0, 40.0, False, 63.4), (-51.0, -60.0, True, 97.0)])
def test_over_a_place_at_a_time_within_5_km(lat, lon, descending, inclination):
    when = EPOCH + 5 * 3600.0 + 17.0
    orbit = build(OrbitDesign(epoch_s=EPOCH, height_km=520.0, inclination_deg=inclination, over_lat_deg=lat,
                              over_lon_deg=lon, over_time_s=when, over_descending=descending))
    sf_lat, sf_lon = skyfield_subpoints(orbit.elements, [when, when + 10.0])
    assert great_circle_km(sf_lat[0], sf_lon[0], lat, lon) < 5.0
    assert (sf_lat[1] < sf_lat[0]) == descending


@pytest.mark.parametrize("writer", [tle_text, omm_json_text])
def test_export_then_import_gives_the_same_track_within_a_metre(writer, tmp_path):
    orbit = build(design.presets(EPOCH)["Sun-synchronous 705 km, 10:00 descending"])
    path = tmp_path / "design.txt"
    path.write_text(writer([orbit.elements]))
    sets, issues = parse_text(path.read_text(), str(path))
    assert not issues and len(sets) == 1
    back = sets[0]
    assert back.designed and back.flag == "DESIGNED" and "sun-synchronous" in back.derivation
    t = times_grid(EPOCH, 86400.0, 60.0)
    a, b = ground_track(orbit.elements, t), ground_track(back, t)
    assert np.max(np.linalg.norm(a.r_itrs_km - b.r_itrs_km, axis=0)) < 0.001


@pytest.mark.parametrize("changes,words", [
    (dict(sun_synchronous=True, height_km=7000.0), ["sun-synchronous", "5,9"]),
    (dict(height_km=None, perigee_km=120.0, apogee_km=500.0), ["perigee", "150 km"]),
    (dict(height_km=None, perigee_km=600.0, apogee_km=500.0), ["--apogee", "below --perigee"]),
    (dict(eccentricity=1.0), ["eccentricity", "0 to below 1"]),
    (dict(eccentricity=-0.1), ["eccentricity", "0 to below 1"]),
    (dict(height_km=None, repeat_revs=40, repeat_days=1), ["--repeat 40/1", "16.4"]),
    (dict(height_km=None, repeat_revs=30, repeat_days=2), ["15/1"]),
    (dict(inclination_deg=51.6, over_lat_deg=60.0, over_lon_deg=0.0), ["--over", "51.6", "reachable"]),
    (dict(inclination_deg=200.0), ["--inclination", "0 to 180"]),
    (dict(node_time_h=25.0), ["--node-time", "24:00"]),
])
def test_impossible_designs_name_the_parameter_and_its_range(changes, words):
    with pytest.raises(DesignError) as info:
        build(OrbitDesign(epoch_s=EPOCH, **changes))
    message = str(info.value)
    assert "\n" not in message
    for word in words:
        assert word in message, message


def test_kept_designs_join_the_catalogue_and_a_damaged_file_is_reported():
    d = OrbitDesign(name="MY-ORBIT", satnum=300005, epoch_s=EPOCH, height_km=600.0, inclination_deg=45.0)
    design.save_designs([d])
    catalog = load_catalog()
    es = catalog.find("MY-ORBIT")
    assert es.designed and es.satnum == 300005 and es.label == "MY-ORBIT (designed)"
    design.designs_path().write_text("{not json")
    catalog = load_catalog()
    assert catalog.get(300005) is None and any("designs" in p for p in catalog.cache_problems)


def test_starting_from_a_catalogue_satellite_keeps_its_track(catalog):
    es = catalog.find("LANDSAT 9")
    d = design.design_from_elements(es, "LANDSAT-COPY", 300002)
    copy = build(d).elements
    t = times_grid(es.epoch_s, 6 * 3600.0, 60.0)
    a, b = ground_track(es, t), ground_track(copy, t)
    # same mean elements except drag: within a few km over six hours
    assert np.max(great_circle_km(a.lat_deg, a.lon_deg, b.lat_deg, b.lon_deg)) < 5.0


DESIGN_VALUES = {
    "height_km": st.one_of(st.none(), st.floats(-1e4, 1e6, allow_nan=False)),
    "perigee_km": st.one_of(st.none(), st.floats(-1e3, 5e5)),
    "apogee_km": st.one_of(st.none(), st.floats(-1e3, 5e5)),
    "eccentricity": st.floats(-0.5, 1.5),
    "inclination_deg": st.one_of(st.none(), st.floats(-10, 200)),
    "sun_synchronous": st.booleans(),
    "node_time_h": st.one_of(st.none(), st.floats(-1, 30)),
    "raan_deg": st.one_of(st.none(), st.floats(-1e4, 1e4)),
    "arg_perigee_deg": st.floats(-720, 720),
    "mean_anomaly_deg": st.floats(-720, 720),
    "over_lat_deg": st.one_of(st.none(), st.floats(-100, 100)),
    "over_lon_deg": st.one_of(st.none(), st.floats(-400, 400)),
    "repeat_revs": st.one_of(st.none(), st.integers(-5, 300)),
    "repeat_days": st.one_of(st.none(), st.integers(-5, 40)),
}


@settings(derandomize=True, deadline=None, max_examples=120, suppress_health_check=[HealthCheck.too_slow])
@given(st.fixed_dictionaries({}, optional=DESIGN_VALUES))
def test_any_design_builds_a_set_that_propagates_or_says_why(values):
    try:
        d = OrbitDesign.from_dict(json.loads(json.dumps(dict(values, epoch_s=EPOCH))))
        orbit = build(d)
    except DesignError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    track = ground_track(orbit.elements, times_grid(EPOCH, 86400.0, 900.0))
    assert track.error is None and np.all(np.isfinite(track.lat_deg)) and len(track) == 97
    assert orbit.perigee_km >= design.MIN_PERIGEE_KM - 1.0
