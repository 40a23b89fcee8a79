"""Every satellite at one instant (core.fleet): one SatrecArray call checked against skyfield's high-level API,
rejected satellites masked, and the bucket-grid nearest-point search against brute force."""

import numpy as np
from skyfield.api import EarthSatellite, wgs84

from desktop.core import timebase
from desktop.core.fleet import Fleet, NearestIndex
from desktop.core.orbit import satrec_from_mean_elements
from desktop.core.orbitclass import CLASSES

TWO_KM_DEG = 2.0 / 111.0  # skyfield adds precession-nutation; TEME -> ITRS by Earth rotation agrees to ~1 km
ONE_KM = 1.0


def _great_circle_deg(lat1, lon1, lat2, lon2):
    p1, p2, dl = np.radians(lat1), np.radians(lat2), np.radians(lon2 - lon1)
    c = np.sin(p1) * np.sin(p2) + np.cos(p1) * np.cos(p2) * np.cos(dl)
    return np.degrees(np.arccos(np.clip(c, -1.0, 1.0)))


def test_every_sub_satellite_point_agrees_with_skyfields_high_level_api(catalog):
    sets = list(catalog)
    fleet = Fleet(sets)
    ts = timebase.timescale()
    for time_s in (sets[0].epoch_s + 3600.0, sets[0].epoch_s + 5 * 86400.0 + 1234.5):
        snap = fleet.at(time_s)
        t = timebase.skyfield_time(time_s)
        lat, lon, h = [], [], []
        for es in sets:
            line1, line2 = es.tle_lines()
            position = wgs84.geographic_position_of(EarthSatellite(line1, line2, ts=ts).at(t))
            lat.append(position.latitude.degrees)
            lon.append(position.longitude.degrees)
            h.append(position.elevation.km)
        assert snap.ok.all()
        assert np.max(_great_circle_deg(snap.lat_deg, snap.lon_deg, np.array(lat), np.array(lon))) < TWO_KM_DEG
        assert np.max(np.abs(snap.height_km - np.array(h))) < ONE_KM


def test_a_satellite_sgp4_rejects_is_masked_and_counted_not_raised(catalog):
    iss = catalog.find("ISS (ZARYA)")
    start = iss.epoch_s + 3600.0
    # perigee under the ground: SGP4 gives up on it within the day
    dead = iss.with_source(satrec=satrec_from_mean_elements(99999, start, 17.5, 0.3, 51.6, 10.0, 20.0, 0.0))
    fleet = Fleet([iss, dead, iss])
    snap = fleet.at(start)  # SGP4 says 'decayed' (code 6) from the start
    assert snap.ok.tolist() == [True, False, True]
    assert np.isnan(snap.lat_deg[1]) and np.isnan(snap.lon_deg[1]) and np.isfinite(snap.lat_deg[[0, 2]]).all()
    assert snap.rejected_summary().startswith("1 satellite(s) without a position")
    assert "decayed" in snap.rejected_summary()


def test_class_counts_follow_the_orbit_classes(catalog):
    fleet = Fleet(list(catalog))
    counts = fleet.class_counts()
    assert set(counts) == set(CLASSES) and sum(counts.values()) == len(fleet)
    assert counts == {name: int(np.sum(fleet.classes == k)) for k, name in enumerate(CLASSES)}
    only_first = np.zeros(len(fleet), dtype=bool)
    only_first[0] = True
    assert sum(fleet.class_counts(only_first).values()) == 1
    assert fleet.label(0).startswith(fleet.names[0])


def test_an_empty_fleet_places_nothing():
    snap = Fleet([]).at(0.0)
    assert len(snap.lat_deg) == 0 and snap.rejected_summary() is None


def test_the_bucket_grid_finds_the_nearest_point_as_brute_force_does():
    rng = np.random.default_rng(7)
    x, y = rng.uniform(0, 1280, 15000), rng.uniform(0, 720, 15000)
    x[5], y[5] = np.nan, np.nan
    index = NearestIndex(x, y, cell=10.0)
    for qx, qy in rng.uniform([-20, -20], [1300, 740], size=(400, 2)):
        d = np.hypot(x - qx, y - qy)
        best = int(np.nanargmin(d))
        expected = best if d[best] <= 8.0 else None
        assert index.nearest(qx, qy, 8.0) == expected
    assert index.nearest(x[0], y[0], 0.0) == 0
    assert NearestIndex([], [], 5.0).nearest(1.0, 1.0, 5.0) is None


def test_passes_described_at_once_are_those_described_one_set_at_a_time(catalog):
    """access.describe_many (every pass of a batch as arrays) against describe_passes per set, as passes_of did
    before: the same Pass values, to the last bit, with and without the daylight test."""
    from desktop.core import access as A
    from desktop.core.atlas import country_region
    from desktop.core.batch import Satellites, search
    from desktop.core.regions import CircleRegion

    sets = list(catalog)
    start = sets[0].epoch_s + 43200.0
    for region, criterion, sun in ((CircleRegion("Tehran", 35.7, 51.4, 0.0), A.Criterion("contact", elevation_deg=10.0), None),
                                   (country_region("Iran"), A.Criterion("sensor", off_nadir_deg=30.0), 0.0)):
        sats = Satellites.of([es.satrec for es in sets], criterion)
        found = search(sats, region, start, start + 86400.0, sun, 240.0, 0.01)
        intervals = [np.zeros((0, 2)) if i in found.rejected else found.intervals[i] for i in range(len(sets))]
        together = A.describe_many(sets, sats, region, criterion, intervals, found.clipped_start, found.clipped_end, sun)
        count = 0
        for i, es in enumerate(sets):
            iv = intervals[i]
            one = []
            if len(iv):
                margin = A.Margin(es, region, criterion)
                clip_a, clip_b = bool(found.clipped_start[i]), bool(found.clipped_end[i])
                if sun is not None:
                    keep = A._maybe_sunlit(margin, iv, sun)
                    clip_a, clip_b, iv = clip_a and bool(keep[0]), clip_b and bool(keep[-1]), iv[keep]
                one = A.describe_passes(margin, iv, clip_a, clip_b, sun if sun is not None else 0.0)
                one = [p for p in one if p.daylight] if sun is not None else one
            assert together[i] == one, es.name
            count += len(one)
        assert count > 20


def test_passes_over_lists_every_sets_passes_in_time_order(catalog):
    from desktop.core.access import Criterion, find_passes
    from desktop.core.fleet import passes_over
    from desktop.core.regions import CircleRegion

    sets = list(catalog)[:12]
    start = sets[0].epoch_s + 3600.0
    point, criterion = CircleRegion("Tehran", 35.7, 51.4, 0.0), Criterion("contact", elevation_deg=10.0)
    passes, rejected = passes_over(sets, point, criterion, start, start + 86400.0)
    expected = sorted((p.start_s, p.satnum) for es in sets for p in find_passes(es, point, criterion, start, start + 86400.0))
    assert not rejected and [(p.start_s, p.satnum) for p in passes] == expected and len(expected) > 5
