"""The pass search against 1 s brute force, skyfield's find_events and known geometry."""

import math

import numpy as np
import pytest
from skyfield.api import EarthSatellite, wgs84

from desktop.core import regions as R, timebase
from desktop.core.access import (AccessError, Criterion, Margin, elevation_from_reach_deg, find_intervals, find_passes,
                                 off_nadir_from_reach_deg, reach_from_elevation_rad, reach_from_off_nadir_rad,
                                 sampled_intervals)
from desktop.core.atlas import country_region
from desktop.core.constants import MEAN_EARTH_RADIUS_KM
from desktop.core.revisit import analyse, merge_intervals, revisit_stats
from desktop.core.groundtrack import ground_track
from desktop.core.sphere import angle_between, unit_vectors

ONE_SECOND = 1.0
RE = MEAN_EARTH_RADIUS_KM


def test_reach_formulas_against_known_geometry():
    h = 500.0
    # horizon: at 0 deg elevation the reach is arccos(R / (R + h))
    assert reach_from_elevation_rad(h, 0.0) == pytest.approx(math.acos(RE / (RE + h)))
    # straight down: 0 off nadir reaches nothing; 90 deg elevation is the sub-point
    assert reach_from_off_nadir_rad(h, 0.0) == pytest.approx(0.0)
    assert reach_from_elevation_rad(h, 90.0) == pytest.approx(0.0, abs=1e-12)
    # off-nadir and elevation are two views of one triangle: eta + lam + eps = 90 deg
    for eta in (5.0, 30.0, 60.0):
        lam = float(reach_from_off_nadir_rad(h, eta))
        eps = float(elevation_from_reach_deg(h, lam))
        assert eta + math.degrees(lam) + eps == pytest.approx(90.0)
        assert float(off_nadir_from_reach_deg(h, lam)) == pytest.approx(eta)
    # flat-Earth limit for small angles: ground distance ~ h tan(eta)
    assert RE * float(reach_from_off_nadir_rad(h, 1.0)) == pytest.approx(h * math.tan(math.radians(1.0)), rel=2e-3)


def test_reach_km_is_the_mean_sphere_radius_times_the_reach():
    """The footprint radius in km: contact at 0 deg reaches the horizon, R arccos(R / (R + h)); a half swath is
    itself; an array of heights gives an array, one height a float."""
    heights = np.array([400.0, 800.0, 20200.0])
    horizon = Criterion("contact", elevation_deg=0.0).reach_km(heights)
    assert isinstance(horizon, np.ndarray) and horizon.shape == (3,)
    assert horizon == pytest.approx(RE * np.arccos(RE / (RE + heights)), rel=1e-12)
    one = Criterion("contact", elevation_deg=0.0).reach_km(500.0)
    assert isinstance(one, float) and one == pytest.approx(RE * math.acos(RE / (RE + 500.0)), rel=1e-12)
    assert Criterion("sensor", half_swath_km=185.0).reach_km(700.0) == pytest.approx(185.0, rel=1e-12)
    assert Criterion("nadir").reach_km(700.0) == 0.0


def test_impossible_angles_are_refused():
    with pytest.raises(AccessError, match="horizon"):
        Criterion("sensor", off_nadir_deg=80).reach_rad(np.array([500.0]))
    with pytest.raises(AccessError):
        Criterion("sensor", off_nadir_deg=-5)
    with pytest.raises(AccessError):
        Criterion("contact", elevation_deg=95)
    with pytest.raises(AccessError):
        Criterion("sensor")
    with pytest.raises(AccessError):
        Criterion("sideways")


CASES = [
    ("KHAYYAM", lambda: country_region("Israel"), Criterion("sensor", off_nadir_deg=30)),
    ("SENTINEL-2A", lambda: country_region("Ukraine"), Criterion("nadir")),
    ("ISS", lambda: R.box_region(-20, 170, 20, -170), Criterion("sensor", half_swath_km=200)),
    ("NOAA 19", lambda: R.CircleRegion("polar", 84.0, 30.0, 300.0), Criterion("contact", elevation_deg=10)),
    ("LANDSAT 9", lambda: country_region("Qatar"), Criterion("sensor", off_nadir_deg=45)),
]


@pytest.mark.parametrize("name, make_region, criterion", CASES, ids=[c[0] for c in CASES])
def test_passes_match_one_second_brute_force(catalog, name, make_region, criterion):
    es = catalog.find(name)
    region = make_region()
    start = es.epoch_s + 3600.0
    end = start + 2 * 86400.0
    margin = Margin(es, region, criterion)
    found, _, _ = find_intervals(margin, start, end)
    brute = sampled_intervals(margin, start, end, 1.0)  # 1 s brute force of the same geometry
    assert len(brute) > 0, "the case must contain passes to be meaningful"
    # Brute force samples whole seconds: every pass it sees is one of ours with both
    # edges within a second; ours that it does not see are shorter than a second
    # (or sit within a second of a neighbour, a border blip between its samples).
    matched = set()
    for b0, b1 in brute:
        k = int(np.argmin(np.abs(found[:, 0] - b0)))
        assert abs(found[k, 0] - b0) <= ONE_SECOND and abs(found[k, 1] - b1) <= ONE_SECOND, (b0, b1, found[k])
        matched.add(k)
    for k in set(range(len(found))) - matched:
        short = found[k, 1] - found[k, 0] < ONE_SECOND
        near = min(abs(found[k, 0] - b) for b in brute[:, 1].tolist() + brute[:, 0].tolist()) <= 2 * ONE_SECOND
        assert short or near, found[k]


def test_contact_at_a_point_agrees_with_skyfield_find_events(catalog):
    lat, lon = 35.73, 50.80  # Mahdasht
    for name in ("ISS", "SENTINEL-2A", "NOAA 19"):
        es = catalog.find(name)
        start, end = es.epoch_s, es.epoch_s + 2 * 86400
        passes = find_passes(es, R.CircleRegion("Mahdasht", lat, lon, 0.0), Criterion("contact", elevation_deg=10.0), start, end)
        line1, line2 = es.tle_lines()
        sat = EarthSatellite(line1, line2, ts=timebase.timescale())
        t, events = sat.find_events(wgs84.latlon(lat, lon), timebase.skyfield_time(start), timebase.skyfield_time(end), altitude_degrees=10.0)
        stamps = np.array([ti.utc_datetime().timestamp() for ti in t])
        rises, sets = stamps[events == 0], stamps[events == 2]
        if len(sets) and (not len(rises) or sets[0] < rises[0]):
            sets = sets[1:]
        rises = rises[:len(sets)]
        assert len(passes) == len(rises) > 0
        assert np.all(np.abs([p.start_s for p in passes] - rises) < ONE_SECOND)
        assert np.all(np.abs([p.end_s for p in passes] - sets) < ONE_SECOND)


def test_window_opening_mid_pass_reports_it_from_the_window_start(catalog):
    es = catalog.find("KHAYYAM")
    region = country_region("Iran")
    crit = Criterion("contact", elevation_deg=10)
    start = es.epoch_s
    passes = find_passes(es, region, crit, start, start + 86400)
    p = passes[0]
    mid = 0.5 * (p.start_s + p.end_s)
    clipped = find_passes(es, region, crit, mid, mid + 3600)
    assert clipped[0].start_s == mid and clipped[0].starts_at_window
    assert clipped[0].end_s == pytest.approx(p.end_s, abs=0.05)


def test_sun_synchronous_daylight_passes_share_a_local_time(catalog):
    es = catalog.find("SENTINEL-2A")
    start = es.epoch_s
    passes = find_passes(es, R.CircleRegion("Kyiv", 50.45, 30.52, 0.0), Criterion("contact", elevation_deg=20),
                         start, start + 30 * 86400, daylight_min_sun_deg=0.0)
    assert len(passes) >= 10
    lst = np.array([p.local_solar_time_h for p in passes])
    assert np.ptp(lst) < 1.0
    assert all(p.sun_elevation_deg >= 0 for p in passes)


def test_daylight_filter_keeps_exactly_the_sunlit_passes(catalog):
    es = catalog.find("KHAYYAM")
    region = country_region("Ukraine")
    crit = Criterion("sensor", off_nadir_deg=30)
    start = es.epoch_s
    every = find_passes(es, region, crit, start, start + 10 * 86400)
    lit = find_passes(es, region, crit, start, start + 10 * 86400, daylight_min_sun_deg=0.0)
    assert 0 < len(lit) < len(every)
    assert [p.start_s for p in lit] == [p.start_s for p in every if p.sun_elevation_deg >= 0]
    # the Sun elevation recorded per pass agrees with skyfield's altaz at the target point
    eph = timebase.ephemeris()
    for p in every[:4]:
        topos = eph["earth"] + wgs84.latlon(p.target_lat_deg, p.target_lon_deg)
        alt = topos.at(timebase.skyfield_time(p.closest_s)).observe(eph["sun"]).apparent().altaz()[0].degrees
        assert abs(alt - p.sun_elevation_deg) < 0.05


def test_no_pass_is_an_empty_result_and_whole_window_revisit(catalog):
    es = catalog.find("ISS")  # 51.6 deg inclination never reaches 80 N
    passes = find_passes(es, R.CircleRegion("north", 85.0, 0.0, 10.0), Criterion("nadir"), es.epoch_s, es.epoch_s + 86400)
    assert passes == []
    stats = revisit_stats(passes, es.epoch_s, es.epoch_s + 86400)
    assert stats.accesses == 0 and stats.mean_gap_s is None
    assert "whole window" in dict(stats.lines())["Revisit time"]


def test_revisit_statistics_and_merging():
    merged = merge_intervals(np.array([[10, 20], [15, 30], [40, 50], [45, 46]]))
    assert merged.tolist() == [[10, 30], [40, 50]]


def test_combined_revisit_of_several_satellites(catalog):
    sets = [catalog.find(n) for n in ("PAYA", "KHAYYAM")]
    start = sets[0].epoch_s
    result = analyse(sets, country_region("Iran"), Criterion("contact", elevation_deg=10), start, start + 3 * 86400)
    each = sum(s.accesses for s in result.stats.values())
    assert result.combined.accesses <= each
    assert result.combined.mean_gap_s < min(s.mean_gap_s for s in result.stats.values())
    union = merge_intervals(np.array([[p.start_s, p.end_s] for p in result.all_passes()]))
    assert result.combined.total_in_view_s == pytest.approx(float(np.sum(union[:, 1] - union[:, 0])))


def test_closest_approach_matches_skyfield_culmination(catalog):
    """Highest elevation seen from a point, and when: against skyfield's culmination events."""
    lat, lon = 50.45, 30.52  # Kyiv
    es = catalog.find("SENTINEL-2A")
    start, end = es.epoch_s, es.epoch_s + 3 * 86400
    passes = find_passes(es, R.CircleRegion("Kyiv", lat, lon, 0.0), Criterion("contact", elevation_deg=5.0), start, end)
    line1, line2 = es.tle_lines()
    sat = EarthSatellite(line1, line2, ts=timebase.timescale())
    topos = wgs84.latlon(lat, lon)
    t, events = sat.find_events(topos, timebase.skyfield_time(start), timebase.skyfield_time(end), altitude_degrees=5.0)
    culminations = [ti for ti, e in zip(t, events) if e == 1]
    assert len(passes) == len(culminations) > 3
    for p, c in zip(passes, culminations):
        alt = (sat - topos).at(c).altaz()[0].degrees
        assert abs(p.max_elevation_deg - alt) < 0.05
        assert abs(p.closest_s - c.utc_datetime().timestamp()) < 5.0


def test_contact_slack_bounds_the_ellipsoid_correction(catalog):
    """The search trusts the spherical contact margin to within CONTACT_SLACK_KM of the exact one."""
    from desktop.core.access import CONTACT_SLACK_KM
    from desktop.core.groundtrack import elevation_deg, ground_track

    worst = 0.0
    for name in ("KHAYYAM", "ISS", "NOAA 19"):
        es = catalog.find(name)
        t = es.epoch_s + np.arange(0, 86400, 11.0)
        track = ground_track(es, t)
        for lat, lon in [(0, 0), (35.7, 50.8), (60, 10), (80, 0), (-70, 100)]:
            crit = Criterion("contact", elevation_deg=10)
            reach = RE * crit.reach_rad(track.height_km)
            spherical = R.CircleRegion("p", lat, lon, 0).signed_distance_km(track.lat_deg, track.lon_deg) - reach
            elevation = elevation_deg(track.r_itrs_km, np.full(t.size, lat), np.full(t.size, lon))
            exact = RE * reach_from_elevation_rad(track.height_km, np.clip(elevation, -89.9, 89.9)) - reach
            near = (elevation > -60) & (np.abs(spherical) < 3000)
            worst = max(worst, float(np.abs(exact - spherical)[near].max()))
    assert worst < CONTACT_SLACK_KM / 2


def test_a_three_second_pass_over_an_island_is_not_cleared_by_an_overestimated_distance(catalog):
    """Landsat 9 straight down over Indonesia: a 3 s pass over a small island, about 29 h after epoch.

    A region distance beyond the search's exact band once came out too large there, and the speed bound
    cleared the interval that holds this pass. The 10-day search must see every pass 1 s sampling sees.
    """
    es = catalog.find("LANDSAT 9")
    margin = Margin(es, country_region("Indonesia"), Criterion("nadir"))
    found, _, _ = find_intervals(margin, es.epoch_s, es.epoch_s + 10 * 86400.0)
    a, b = es.epoch_s + 103_000.0, es.epoch_s + 104_800.0
    brute = sampled_intervals(margin, a, b, 1.0)
    assert len(brute) >= 1
    for b0, b1 in brute:
        k = int(np.argmin(np.abs(found[:, 0] - b0)))
        assert abs(found[k, 0] - b0) <= ONE_SECOND and abs(found[k, 1] - b1) <= ONE_SECOND, (b0 - es.epoch_s, b1 - b0)


# ----------------------------------------------------------------------------- chord bounds

CHORD_SATELLITES = ("LANDSAT 9", "ISS (ZARYA)", "KHAYYAM", "SENTINEL-1A")


@pytest.mark.parametrize("name", CHORD_SATELLITES)
def test_the_track_stays_within_its_sag_of_the_chord(catalog, name):
    """Dense 1 s tracks: no sub-point strays further from the great-circle arc between two samples than
    track_sag_rad allows, from 20 s up to 16 minutes apart (the longest arc the bounds use)."""
    from desktop.core.access import ARC_MAX_RAD, track_sag_rad

    es = catalog.find(name)
    margin = Margin(es, R.CircleRegion("x", 0.0, 0.0, 0.0), Criterion("nadir"))
    t = es.epoch_s + np.arange(0.0, 86400.0, 1.0)
    track = ground_track(es, t)
    u = unit_vectors(track.lat_deg, track.lon_deg)
    worst_share = 0.0
    for k in (20, 120, 480, 960):
        a, b = u[:-k], u[k:]
        n = np.cross(a, b)
        n /= np.linalg.norm(n, axis=1, keepdims=True)
        stray = np.zeros(len(a))
        for j in range(1, k, max(1, k // 40)):
            stray = np.maximum(stray, np.abs(np.arcsin(np.einsum("ij,ij->i", u[j:len(u) - k + j], n))))
        arc = angle_between(a, b)
        use = arc <= ARC_MAX_RAD
        allowed = track_sag_rad(margin, float(k), arc)
        assert np.all(stray[use] <= allowed[use]), (name, k)
        worst_share = max(worst_share, float(np.max(stray[use] / allowed[use])))
    assert worst_share > 0.4  # the bound is not so loose that it could never fail


@pytest.mark.parametrize("name", CHORD_SATELLITES)
def test_the_reach_bends_no_faster_than_its_curvature_bound(catalog, name):
    """|d2(reach)/dt2| from 1 s samples of the sensor reach (30 deg off nadir) stays under the bound."""
    es = catalog.find(name)
    crit = Criterion("sensor", off_nadir_deg=30.0)
    margin = Margin(es, R.CircleRegion("x", 0.0, 0.0, 0.0), crit)
    t = es.epoch_s + np.arange(0.0, 2 * 86400.0, 10.0)
    reach = RE * crit.reach_rad(ground_track(es, t).height_km)
    second = np.abs(reach[2:] - 2 * reach[1:-1] + reach[:-2]) / 100.0
    assert second.max() <= margin.reach_curvature_km_s2
    assert second.max() > 0.1 * margin.reach_curvature_km_s2


def test_the_waist_of_two_empty_caps_never_exceeds_the_true_distance():
    """Random clouds of points and arcs: every point of the arc is at least the waist bound from the cloud."""
    from desktop.core.access import _waist_rad

    rng = np.random.default_rng(11)
    gained = 0
    for _ in range(300):
        cloud = unit_vectors(rng.uniform(-8, 8, 40), rng.uniform(-8, 8, 40))
        a = unit_vectors(*rng.uniform(-12, 12, 2))
        b = unit_vectors(*rng.uniform(-12, 12, 2))
        sa, sb = angle_between(cloud, a).min(), angle_between(cloud, b).min()
        arc = float(angle_between(a, b))
        bound = float(_waist_rad(np.array([arc]), np.array([sa]), np.array([sb]))[0])
        along = np.linspace(0.0, 1.0, 801)[:, None]
        path = a * (1 - along) + b * along
        path /= np.linalg.norm(path, axis=1, keepdims=True)
        truth = min(float(angle_between(cloud, p).min()) for p in path)
        assert bound <= truth + 1e-9
        if bound > (sa + sb - arc) / 2 + 1e-3:
            gained += 1
    assert gained > 30  # better than the speed bound in many cases


@pytest.mark.parametrize("make_region", [lambda: country_region("Iran"), lambda: country_region("Israel"),
                                         lambda: R.CircleRegion("c", 33.0, 52.0, 150.0)], ids=["Iran", "Israel", "circle"])
def test_the_arc_distance_bound_is_below_the_sampled_distance_and_close_to_it(make_region):
    region = make_region()
    rng = np.random.default_rng(5)
    c_lat = math.degrees(math.asin(region.cap_centre[2]))
    c_lon = math.degrees(math.atan2(region.cap_centre[1], region.cap_centre[0]))
    lat = c_lat + rng.uniform(-15, 15, (600, 2))
    lon = c_lon + rng.uniform(-15, 15, (600, 2))
    outside = (region.signed_distance_km(lat[:, 0], lon[:, 0]) > 0) & (region.signed_distance_km(lat[:, 1], lon[:, 1]) > 0)
    lat, lon = lat[outside][:250], lon[outside][:250]
    a, b = unit_vectors(lat[:, 0], lon[:, 0]), unit_vectors(lat[:, 1], lon[:, 1])
    bound = region.arc_distance_bound_km(a, b, np.full(len(a), 400.0))
    f = np.linspace(0.0, 1.0, 2001)[None, :, None]
    p = a[:, None, :] * (1 - f) + b[:, None, :] * f  # every arc sampled at 2001 points, in one call
    p /= np.linalg.norm(p, axis=2, keepdims=True)
    d = region.signed_distance_km(np.degrees(np.arcsin(p[..., 2])).ravel(),
                                  np.degrees(np.arctan2(p[..., 1], p[..., 0])).ravel()).reshape(len(a), -1)
    sampled = np.maximum(d.min(axis=1), 0.0)
    ends = np.minimum(d[:, 0], d[:, -1])
    assert np.all(np.minimum(bound, ends) <= sampled + 1e-6)
    close = int(np.sum((50.0 < sampled) & (sampled < 400.0) & (np.abs(np.minimum(bound, ends) - sampled) < 2.0)))
    assert close > 20  # exact enough where it matters


@pytest.mark.parametrize("text,expected", [
    ("LANDSAT 8=185", ("LANDSAT 8", 185.0)), ("SENTINEL-2A = 290.5", ("SENTINEL-2A", 290.5)),
    ("A=B=12", ("A=B", 12.0)), ("A=B", ("A=B", None)), ("NOAA 19", ("NOAA 19", None)), ("X=-5", ("X", -5.0)),
    ("=5", ("=5", None)), ("X=1e3", ("X", 1000.0)), ("X=nan", ("X=nan", None)), ("25544", ("25544", None)),
])
def test_a_satellite_named_with_its_own_swath_is_split_from_the_right(text, expected):
    from desktop.core.access import split_sensor

    assert split_sensor(text) == expected


def test_a_satellite_s_own_swath_is_checked_against_its_horizon(catalog):
    """The widest swath is twice the horizon's reach from perigee: R acos(R / (R + h)), about 2 x 2,580 km from
    Landsat's 705 km (textbook value from the tangent geometry)."""
    from desktop.core.access import criteria_for, sensor_criterion, widest_swath_km

    landsat = catalog.find("LANDSAT 9")
    default = Criterion("sensor", off_nadir_deg=30.0)
    h = landsat.satrec.a * landsat.satrec.radiusearthkm * (1 - landsat.satrec.ecco) - 6378.137
    R = MEAN_EARTH_RADIUS_KM
    assert widest_swath_km(landsat) == pytest.approx(2 * R * math.acos(R / (R + h)), rel=1e-9)
    assert 5000 < widest_swath_km(landsat) < 6000
    assert sensor_criterion(landsat, 185.0, default) == Criterion("sensor", half_swath_km=92.5)
    assert sensor_criterion(landsat, None, default) is default
    for width, words in ((-5.0, "more than 0"), (0.0, "more than 0"), (6000.0, "horizon")):
        with pytest.raises(AccessError, match=words) as info:
            sensor_criterion(landsat, width, default)
        assert str(info.value).startswith("LANDSAT 9=") and "\n" not in str(info.value)
    with pytest.raises(AccessError, match="sensor criterion"):
        sensor_criterion(landsat, 185.0, Criterion("contact", elevation_deg=10.0))
    assert criteria_for([landsat], {landsat.satnum: 185.0}, default)[0].half_swath_km == 92.5


def test_each_satellite_searched_with_its_own_sensor_has_the_passes_of_a_search_alone(catalog):
    """analyse with a criterion per satellite gives each the passes find_passes finds with that criterion alone."""
    landsat, sentinel = catalog.find("LANDSAT 9"), catalog.find("SENTINEL-2A")
    default = Criterion("sensor", off_nadir_deg=30.0)
    own = Criterion("sensor", half_swath_km=145.0)
    region = country_region("France")
    start = max(landsat.epoch_s, sentinel.epoch_s)
    end = start + 5 * 86400.0
    result = analyse([landsat, sentinel], region, default, start, end, criteria=[default, own])
    for es, c in ((landsat, default), (sentinel, own)):
        alone = find_passes(es, region, c, start, end)
        assert [p.start_s for p in result.passes[es.satnum]] == [p.start_s for p in alone]
        assert result.criterion_of(es.satnum) == c
    assert "SENTINEL-2A: sensor, 290 km swath" in result.settings_text()
    assert len(find_passes(sentinel, region, default, start, end)) != len(result.passes[sentinel.satnum])
