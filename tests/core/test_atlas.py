"""The country gazetteer: names in any language, suggestions, borders kept, the country at a click."""

import numpy as np
import pytest

from desktop.core.atlas import atlas, country_region
from desktop.core.regions import RegionError


def test_crimea_is_part_of_ukraine_and_names_in_other_languages():
    ukraine = country_region("Ukraine")
    assert ukraine.contains([45.0], [34.1])[0]  # Simferopol
    assert ukraine.contains([50.45], [30.52])[0]  # Kyiv
    assert not ukraine.contains([55.75], [37.62])[0]  # Moscow
    assert country_region("Україна").name == "Ukraine"
    assert country_region("ucrania").name == "Ukraine"
    assert country_region("ایران").name == "Iran"
    assert country_region("Israël").name == "Israel"


def test_small_countries_keep_their_shape():
    israel = country_region("Israel")
    for lat, lon, inside in [(32.08, 34.78, True), (29.70, 34.95, True), (33.0, 35.5, True),
                             (33.89, 35.50, False), (31.5, 34.45, False)]:  # Tel Aviv, north of Eilat, Galilee, Beirut, Gaza
        assert israel.contains([lat], [lon])[0] == inside, (lat, lon)
    assert country_region("Qatar").contains([25.29], [51.53])[0]  # Doha
    assert country_region("Lebanon").contains([33.89], [35.50])[0]


def test_unknown_region_suggests_close_names():
    with pytest.raises(RegionError, match="Israel"):
        country_region("Isreal")


def test_country_at_click():
    world = atlas()
    assert world.country_at(31.5, 34.9) == "Israel"
    assert world.country_at(0.0, -30.0) is None


def test_land_is_the_countries_and_about_29_percent_of_the_globe():
    """The even-odd land mask agrees with each country's own inside test (the edge index) north of 60 S, known places
    fall where they are, and land is 29.2 % of the Earth's surface (148.9 of 510.1 million km2, textbook) within the
    1 deg grid's LAND_SHARE_TOLERANCE."""
    from desktop.core import coverage as C

    LAND_SHARE_TOLERANCE = 0.015
    world = atlas()
    grid = C.make_grid(2.0)
    mask = world.land_mask(grid.lat_deg, grid.lon_deg)
    inside = np.zeros(len(grid), dtype=bool)
    for i, country in enumerate(world.countries):
        if country["name"] == "Antarctica":  # a polygon around a pole: the lon/lat edge index is not meant for it
            continue
        ring = np.vstack(world.rings_of(i))
        sel = np.flatnonzero((grid.lat_deg >= ring[:, 1].min()) & (grid.lat_deg <= ring[:, 1].max())
                             & (grid.lon_deg >= ring[:, 0].min()) & (grid.lon_deg <= ring[:, 0].max()))
        inside[sel] |= world.region(i).contains(grid.lat_deg[sel], grid.lon_deg[sel])
    north = grid.lat_deg > -60
    assert np.count_nonzero(mask[north] != inside[north]) <= 2  # a cell centre on a coast line at most
    places = {(48.86, 2.35): True, (23.0, 12.0): True, (-89.9, 45.0): True, (-75.0, 100.0): True, (64.0, -19.0): True,
              (0.0, -150.0): False, (30.0, -40.0): False, (42.0, 50.5): False, (89.9, 0.0): False, (-60.0, 0.0): False}
    got = world.land_mask([p[0] for p in places], [p[1] for p in places])
    assert list(got) == list(places.values())
    grid = C.make_grid(1.0)
    share = float(grid.weights[world.land_mask(grid.lat_deg, grid.lon_deg)].sum() / grid.weights.sum())
    assert share == pytest.approx(148.9 / 510.1, abs=LAND_SHARE_TOLERANCE)
    land = C.make_grid(1.0, land=True)
    assert len(land) == np.count_nonzero(world.land_mask(grid.lat_deg, grid.lon_deg)) and "land only" in land.name
    with pytest.raises(C.CoverageError, match="no grid cell centre lies on land"):
        C.make_grid(2.0, box=(-10, -150, 10, -120), land=True)
