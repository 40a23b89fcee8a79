"""Bright stars: the bundled catalogue and their place in an observer's sky, against skyfield."""

import numpy as np
import pytest
from skyfield.api import Star, wgs84

from desktop.core import sky, stars, timebase

STAR_DEG = 0.02  # proper motion and aberration are left out


def test_catalogue_down_to_magnitude_4_5_with_names_and_labels():
    ra, dec, mag, names = stars.bright_stars()
    assert 850 < len(ra) < 1000 and mag.max() <= 4.5
    assert names[int(np.argmin(mag))] == "Sirius" and mag.min() == pytest.approx(-1.46)
    assert "Polaris" in names and "Vega" in names
    polaris = names.index("Polaris")
    assert dec[polaris] == pytest.approx(89.26, abs=0.01)
    labels = {name: (r, d) for name, r, d in stars.constellation_labels()}
    assert {"Orion", "Ursa Major", "Cassiopeia", "Crux"} <= set(labels)
    assert labels["Orion"][0] == pytest.approx(83.0, abs=8.0) and abs(labels["Orion"][1]) < 10


def test_altaz_matches_skyfield():
    observer = sky.Observer(35.7, 51.4, 1200.0)
    when = timebase.to_posix("2026-12-03T20:00:00Z")
    ra, dec, mag, names = stars.bright_stars()
    pick = np.arange(0, len(ra), 37)
    az, el = stars.radec_to_altaz(ra[pick], dec[pick], observer, when)
    eph = timebase.ephemeris()
    place = eph["earth"] + wgs84.latlon(observer.lat_deg, observer.lon_deg, elevation_m=observer.height_m)
    ref = place.at(timebase.skyfield_time(when)).observe(Star(ra_hours=ra[pick] / 15.0, dec_degrees=dec[pick]))
    alt_ref, az_ref, _ = ref.apparent().altaz()
    assert np.max(np.abs(el - alt_ref.degrees)) < STAR_DEG
    daz = (az - az_ref.degrees + 180) % 360 - 180
    assert np.max(np.abs(daz * np.cos(np.radians(el)))) < STAR_DEG
    all_az, all_el, _, _ = stars.stars_altaz(observer, when)
    assert all_el.shape == ra.shape and np.allclose(all_el[pick], el)
