"""The country gazetteer: names in any language, suggestions, borders kept, the country at a click."""

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
