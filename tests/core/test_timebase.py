"""The Sun and sidereal time against skyfield's own high-level API."""

import numpy as np

from desktop.core import timebase


def test_sun_elevation_matches_skyfield_across_cached_blocks():
    """Random places and times over 400 days (many 32-day blocks, queried in one call and one by one)."""
    from skyfield.api import wgs84

    eph = timebase.ephemeris()
    rng = np.random.default_rng(3)
    t = timebase.to_posix("2026-01-01T00:00:00Z") + rng.uniform(0, 400 * 86400, 120)
    lat, lon = rng.uniform(-80, 80, 120), rng.uniform(-180, 180, 120)
    together = timebase.sun_elevation_deg(lat, lon, t)
    for i in range(len(t)):
        place = eph["earth"] + wgs84.latlon(lat[i], lon[i])
        alt = place.at(timebase.skyfield_time(t[i])).observe(eph["sun"]).apparent().altaz()[0].degrees
        alone = timebase.sun_elevation_deg(lat[i:i + 1], lon[i:i + 1], t[i:i + 1])[0]
        assert abs(together[i] - alt) < 0.01 and abs(alone - alt) < 0.01
