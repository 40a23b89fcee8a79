"""Cities to put an observer at: a bundled gazetteer, searched by name in many languages and scripts.

Data: ``assets/gazetteer.json.gz``, built by ``tools/build_sky_assets.py`` from
GeoNames ``cities15000`` (CC BY 4.0): the 3,000-odd places of 200,000 people or
more, each with its alternate names (exonyms and names in other scripts).
GeoNames gives those alternates without language codes in this form: the
search matches every one of them, and ``find_place_matches`` returns the name
that matched, so a city typed in Persian is shown in Persian.
"""

from __future__ import annotations

import bisect
import functools
import gzip
import json
import unicodedata
from dataclasses import dataclass, field

from .paths import assets_dir

# Letters folded together so that a name typed on a Persian keyboard finds the Arabic spelling and back.
_ARABIC_FOLD = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "أ": "ا", "إ": "ا", "آ": "ا"})


@dataclass(frozen=True)
class City:
    name: str  # GeoNames' main name (usually the local name in Latin letters, or the English one)
    country: str  # English country name
    country_code: str  # ISO 3166-1 alpha-2
    lat: float
    lon: float
    population: int
    alternate_names: tuple = field(default=(), repr=False)

    @property
    def names(self) -> dict:
        """Names by language code. GeoNames' alternates come without language codes in this form, and
        guessing them from the alphabet proved wrong too often (Yiddish for Hebrew, Tajik for Russian), so
        only 'en' is given; ``find_place_matches`` returns the name the user typed a prefix of."""
        return {"en": self.name}

    def name_in(self, language: str) -> str:
        """The name to show in a language (the main name when none is known)."""
        return self.names.get(language.split("_")[0].split("-")[0], self.name)

    @property
    def label(self) -> str:
        return f"{self.name}, {self.country}"


def fold(text: str) -> str:
    """Case-, accent- and Arabic/Persian-letter-insensitive key for matching names."""
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", plain).translate(_ARABIC_FOLD)


@functools.lru_cache(maxsize=1)
def _data():
    with gzip.open(assets_dir() / "gazetteer.json.gz", "rt", encoding="utf-8") as f:
        raw = json.load(f)
    countries = raw["countries"]
    cities = tuple(City(name, countries.get(code, code), code, float(lat), float(lon), int(pop), tuple(alts))
                   for name, code, lat, lon, pop, alts in raw["cities"])
    index = sorted({(fold(n), i, n) for i, c in enumerate(cities) for n in (c.name, *c.alternate_names)})
    return cities, [k for k, _, _ in index], [i for _, i, _ in index], [n for _, _, n in index]


def cities() -> tuple:
    """Every city of the gazetteer, most populous first."""
    return _data()[0]


def find_places(text: str, limit: int = 10) -> list[City]:
    """Cities whose name in any language starts with ``text`` (case and accents ignored): exact names first,
    then by population. Empty text finds nothing."""
    return [city for city, _ in find_place_matches(text, limit)]


def find_place_matches(text: str, limit: int = 10) -> list[tuple[City, str]]:
    """``find_places`` with, for each city, the name (in whatever language) that matched."""
    key = fold(text)
    if not key or limit <= 0:
        return []
    all_cities, keys, owners, spelled = _data()
    lo = bisect.bisect_left(keys, key)
    hi = bisect.bisect_left(keys, key + "\U0010ffff")
    found = {}
    for k in range(lo, hi):  # the matching slice of the sorted index, not every name
        i = owners[k]
        exact = keys[k] == key
        if i not in found or (exact and not found[i][0]):
            found[i] = (exact, spelled[k])
    ranked = sorted(found, key=lambda i: (not found[i][0], -all_cities[i].population))
    return [(all_cities[i], found[i][1]) for i in ranked[:limit]]


def attribution() -> str:
    return "Cities: GeoNames (geonames.org), CC BY 4.0"
