"""Orbit classes against satellites whose class is known from published facts."""

from desktop.core.catalog import bundled_catalog
from desktop.core.orbitclass import CLASSES, classes_of, orbit_class


def test_known_satellites_fall_in_their_published_class():
    catalog = bundled_catalog()
    expected = {"ISS": "LEO", "LANDSAT 9": "SSO", "SENTINEL-2A": "SSO"}
    found = {}
    for es in catalog:
        for key in expected:
            if es.name.upper().startswith(key):
                found[key] = orbit_class(es.satrec)
    assert found, "no known satellite in the bundled catalogue"
    for key, cls in found.items():
        assert cls == expected[key], (key, cls)


def test_geo_meo_heo_from_designed_elements():
    from sgp4.api import Satrec, WGS72
    import math

    def make(rev_day, ecc, inc_deg):
        s = Satrec()
        s.sgp4init(WGS72, "i", 1, 27000.0, 0.0, 0.0, 0.0, ecc, 0.0, math.radians(inc_deg), 0.0,
                   rev_day * 2 * math.pi / 1440.0, 0.0)
        return s

    codes = classes_of([make(1.0027, 0.0002, 0.05), make(2.0056, 0.01, 55.0), make(2.006, 0.72, 63.4),
                        make(15.5, 0.0005, 51.6)])
    assert [CLASSES[c] for c in codes] == ["GEO", "MEO", "HEO", "LEO"]
