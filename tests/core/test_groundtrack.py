"""Ground tracks against skyfield's high-level path, and the antimeridian split."""

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st
from skyfield.api import EarthSatellite, wgs84

from desktop.core import timebase
from desktop.core.catalog import bundled_catalog
from desktop.core.elements import parse_tle_text
from desktop.core.groundtrack import ground_track, split_antimeridian, times_grid
from desktop.core.sphere import great_circle_km

ONE_KM = 1.0
SETS = list(bundled_catalog())


@pytest.mark.parametrize("es", SETS, ids=lambda s: s.name)
def test_track_agrees_with_skyfield_high_level_path(es):
    times = es.epoch_s + np.linspace(-2 * 86400, 5 * 86400, 57)
    line1, line2 = es.tle_lines()
    sat = EarthSatellite(line1, line2, ts=timebase.timescale())
    geo = sat.at(timebase.skyfield_time(times))
    lat, lon = wgs84.latlon_of(geo)
    height = wgs84.height_of(geo).km
    track = ground_track(es, times)
    assert track.error is None and len(track) == len(times)
    assert np.all(great_circle_km(lat.degrees, lon.degrees, track.lat_deg, track.lon_deg) < ONE_KM)
    assert np.all(np.abs(height - track.height_km) < ONE_KM)


def test_scalar_and_array_forms_agree(catalog):
    es = catalog.find("ISS")
    t = es.epoch_s + 1234.5
    one = ground_track(es, t)
    many = ground_track(es, [t - 60, t, t + 60])
    assert one.lat_deg[0] == pytest.approx(many.lat_deg[1], abs=1e-9)


def test_decayed_orbit_ends_the_track_with_a_message():
    # a heavy-drag set that SGP4 declares decayed within days
    l1 = "1 99999U 26001A   26070.00000000  .50000000  00000+0  50000-0 0  9990"
    l2 = "2 99999  51.6000  10.0000 0005000  90.0000 270.0000 16.20000000    10"
    from desktop.core.elements import tle_checksum
    l1, l2 = l1[:68] + str(tle_checksum(l1)), l2[:68] + str(tle_checksum(l2))
    es = parse_tle_text(f"DECAY\n{l1}\n{l2}\n")[0][0]
    track = ground_track(es, times_grid(es.epoch_s, 60 * 86400, 600))
    assert track.error and "SGP4 stopped at" in track.error
    assert 0 < len(track) < 60 * 144 + 1
    assert np.all(np.isfinite(track.lat_deg)) and np.all(np.isfinite(track.height_km))


def test_tracks_split_at_the_antimeridian(catalog):
    es = catalog.find("KHAYYAM")
    track = ground_track(es, times_grid(es.epoch_s, 86400, 30))
    pieces = split_antimeridian(track.lat_deg, track.lon_deg, track.times_s)
    assert len(pieces) >= 15  # one crossing per orbit
    for k, piece in enumerate(pieces):
        assert np.all(np.abs(np.diff(piece[:, 0])) < 180)
        if k > 0:
            assert abs(abs(piece[0, 0]) - 180) < 1e-9
        if k < len(pieces) - 1:
            assert abs(abs(piece[-1, 0]) - 180) < 1e-9
            # the two sides of a crossing meet at the same latitude and time
            assert piece[-1, 1] == pytest.approx(pieces[k + 1][0, 1])
            assert piece[-1, 2] == pytest.approx(pieces[k + 1][0, 2])
    assert sum(len(p) for p in pieces) == len(track) + 2 * (len(pieces) - 1)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.floats(-179.9, 179.9), min_size=2, max_size=40))
def test_no_piece_spans_more_than_half_the_map(lons):
    lats = np.linspace(-60, 60, len(lons))
    for piece in split_antimeridian(lats, lons):
        assert np.all(np.abs(np.diff(piece[:, 0])) <= 180)
        assert np.all(np.abs(piece[:, 0]) <= 180)


def test_bowrings_one_step_recovers_known_points_from_the_ground_to_beyond_geo():
    """geodetic_bowring (the all-satellites frame's conversion) against points made from known latitude, longitude
    and height (itrs_from_geodetic, the ellipsoid's own formula), poles and the equator included."""
    from desktop.core.groundtrack import geodetic_bowring, itrs_from_geodetic

    rng = np.random.default_rng(7)
    lat = np.concatenate([[90.0, -90.0, 0.0, 45.0], rng.uniform(-90.0, 90.0, 4000)])
    lon = np.concatenate([[0.0, 10.0, -179.9, 179.9], rng.uniform(-180.0, 180.0, 4000)])
    for height_km, ground_m in ((0.0, 1e-3), (550.0, 1e-2), (1000.0, 1e-2), (20200.0, 0.1), (35786.0, 0.1),
                                (45000.0, 0.1)):
        got_lat, got_lon, got_h = geodetic_bowring(*itrs_from_geodetic(lat, lon, height_km))
        assert np.abs(got_lat - lat).max() * 111_000.0 < ground_m, height_km
        assert np.abs(got_h - height_km).max() < 1e-6, height_km
        off = (got_lon - lon + 180.0) % 360.0 - 180.0
        assert np.abs(off[2:]).max() < 1e-9  # (at the poles the longitude is any)
    lat, lon, h = geodetic_bowring(np.array([np.nan, 7000.0]), np.array([0.0, 0.0]), np.array([0.0, 0.0]))
    assert np.isnan(lat[0]) and np.isnan(h[0]) and abs(lat[1]) < 1e-12 and abs(h[1] - (7000.0 - 6378.137)) < 1e-9
