"""Finding a city by the start of its name, in any language and script."""

import pytest

from desktop.core.gazetteer import cities, find_place_matches, find_places, fold

PLACE_DEG = 0.2  # a city's point, not a survey mark


@pytest.mark.parametrize("text, name, lat, lon", [
    ("lond", "London", 51.51, -0.13),
    ("LONDON", "London", 51.51, -0.13),
    ("münchen", "Munich", 48.14, 11.58),
    ("Munchen", "Munich", 48.14, 11.58),
    ("sao paulo", "São Paulo", -23.55, -46.63),
    ("تهران", "Tehran", 35.69, 51.42),
    ("طهران", "Tehran", 35.69, 51.42),  # the Arabic spelling
    ("Київ", "Kyiv", 50.45, 30.52),
    ("Лондон", "London", 51.51, -0.13),
    ("東京", "Tokyo", 35.69, 139.69),
    ("תל אביב", "Tel Aviv", 32.08, 34.78),
])
def test_finds_cities_in_many_languages(text, name, lat, lon):
    city = find_places(text)[0]
    assert city.name == name
    assert city.lat == pytest.approx(lat, abs=PLACE_DEG) and city.lon == pytest.approx(lon, abs=PLACE_DEG)


def test_exact_names_come_first_then_population():
    found = find_places("london", limit=3)
    assert [c.country_code for c in found[:2]] == ["GB", "CA"]  # both called London: the larger first
    assert len(find_places("san", limit=5)) == 5
    populations = [c.population for c in find_places("san", limit=5)]
    assert populations == sorted(populations, reverse=True)


def test_the_matched_name_is_the_one_typed():
    city, matched = find_place_matches("تهر")[0]
    assert city.name == "Tehran" and matched.startswith("تهر")


def test_nothing_for_empty_or_unknown_text():
    assert find_places("") == [] and find_places("   ") == []
    assert find_places("qqqzzz") == []
    assert find_places("lon", limit=0) == []


def test_fold_ignores_case_and_accents():
    assert fold("  Zürich ") == fold("zurich") == "zurich"
    assert fold("كيف") == fold("کیف")


def test_gazetteer_is_sorted_and_plausible():
    all_cities = cities()
    assert len(all_cities) > 2500
    assert all(-90 <= c.lat <= 90 and -180 <= c.lon <= 180 for c in all_cities)
    assert all(c.population >= 200_000 for c in all_cities)
    assert all_cities[0].population >= all_cities[-1].population
