"""The country gazetteer: Natural Earth admin-0 countries, found by name in any language they carry.

``country_region`` turns a name into a ``PolygonRegion``; an unknown name is
refused with the closest names offered. ``atlas()`` loads the bundled assets
once and also answers which country a clicked point lies in.
"""

from __future__ import annotations

import difflib
import functools
import json
import math
import unicodedata

import numpy as np

from .paths import assets_dir
from .regions import PolygonRegion, RegionError
from .sphere import angle_between, unit_vectors


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.casefold().replace("-", " ").replace(".", "").split())


class CountryAtlas:
    """Natural Earth admin-0 countries from the bundled assets."""

    def __init__(self):
        folder = assets_dir()
        with np.load(folder / "countries.npz") as data:
            self.coords = data["coords"].astype(float)
            self.ring_start = data["ring_start"]
            self.ring_country = data["ring_country"]
        meta = json.loads((folder / "countries.json").read_text(encoding="utf-8"))
        self.source = meta["source"]
        self.countries = meta["countries"]
        self._index: dict[str, int] = {}
        for i, country in enumerate(self.countries):
            names = [country["name"], country["admin"], country["name_long"], country["formal"], country["iso_a3"],
                     *(country["names"].values())]
            if country.get("alt"):
                names.extend(country["alt"].split("|"))
            for n in names:
                if n:
                    self._index.setdefault(_fold(n), i)
        for alias, target in _ALIASES.items():
            if _fold(target) in self._index:
                self._index.setdefault(_fold(alias), self._index[_fold(target)])

    def rings_of(self, index: int) -> list[np.ndarray]:
        ring_ids = np.flatnonzero(self.ring_country == index)
        return [self.coords[self.ring_start[r]:self.ring_start[r + 1]] for r in ring_ids]

    def names(self) -> list[str]:
        return sorted(c["name"] for c in self.countries)

    def lookup(self, text: str) -> int | None:
        return self._index.get(_fold(text))

    def suggestions(self, text: str, count: int = 5) -> list[str]:
        folded = _fold(text)
        keys = list(self._index)
        close = difflib.get_close_matches(folded, keys, n=count * 3, cutoff=0.6)
        close += [k for k in keys if folded and k.startswith(folded)]
        out = []
        for key in close:
            name = self.countries[self._index[key]]["name"]
            if name not in out:
                out.append(name)
        return out[:count]

    def search(self, text: str = "") -> list[str]:
        """Country names whose name in any language contains the text."""
        folded = _fold(text)
        hits = {self.countries[i]["name"] for key, i in self._index.items() if folded in key}
        return sorted(hits)

    @functools.lru_cache(maxsize=64)
    def region(self, index: int) -> PolygonRegion:
        country = self.countries[index]
        return PolygonRegion(country["name"], self.rings_of(index), kind="country")

    def land_mask(self, lat_deg, lon_deg) -> np.ndarray:
        """Which points lie on land: inside a Natural Earth admin-0 country polygon (Antarctica included; lakes
        inside a country's outline, such as the Great Lakes, count as land; the Caspian does not).

        Even-odd rule on longitude/latitude over every ring at once (the
        countries do not overlap, and a hole such as Lesotho's in South
        Africa is a ring of both): per distinct latitude of the points, the
        crossings of the ring edges with that parallel are sorted, and a
        point is inside when an odd number lie east of it. Points that share
        latitudes (a grid's rows) cost one search each.
        """
        lat = np.atleast_1d(np.asarray(lat_deg, dtype=float))
        lon = (np.atleast_1d(np.asarray(lon_deg, dtype=float)) + 180.0) % 360.0 - 180.0
        if not len(lat):
            return np.zeros(0, dtype=bool)
        rows, row_of = np.unique(lat, return_inverse=True)
        last = np.zeros(len(self.coords), dtype=bool)
        last[self.ring_start[1:] - 1] = True  # ring_start ends with len(coords); a ring's last vertex repeats its first
        a = np.flatnonzero(~last)
        lon1, lat1 = self.coords[a, 0], self.coords[a, 1]
        lon2, lat2 = self.coords[a + 1, 0], self.coords[a + 1, 1]
        lo, hi = np.minimum(lat1, lat2), np.maximum(lat1, lat2)
        r0 = np.searchsorted(rows, lo, side="left")  # rows with lo <= latitude < hi
        r1 = np.searchsorted(rows, hi, side="left")
        n = r1 - r0
        edge = np.repeat(np.arange(len(a)), n)
        row = r0[edge] + (np.arange(len(edge)) - np.repeat(np.cumsum(n) - n, n))
        phi = rows[row]
        x = lon1[edge] + (phi - lat1[edge]) * (lon2[edge] - lon1[edge]) / (lat2[edge] - lat1[edge])
        span = 1000.0  # longitudes (-180..180, with a margin) folded into one sorted key per row
        keys = np.sort(row * span + (x + 360.0))
        end_of_row = np.searchsorted(keys, row_of * span + span, side="left")
        east = end_of_row - np.searchsorted(keys, row_of * span + (lon + 360.0), side="right")
        return east % 2 == 1

    def country_at(self, lat_deg: float, lon_deg: float) -> str | None:
        """Name of the country containing a point, if any (for clicks on the map)."""
        p = unit_vectors(lat_deg, lon_deg)
        candidates = []
        for i in range(len(self.countries)):
            region = self.region(i)
            if region.cap_radius < math.pi and angle_between(p, region.cap_centre) > region.cap_radius:
                continue
            candidates.append(i)
        for i in candidates:
            if self.region(i).contains([lat_deg], [lon_deg])[0]:
                return self.countries[i]["name"]
        return None


_ALIASES = {
    "USA": "United States of America", "United States": "United States of America", "US": "United States of America",
    "UK": "United Kingdom", "Britain": "United Kingdom", "Great Britain": "United Kingdom",
    "Russian Federation": "Russia", "Persia": "Iran", "Holland": "Netherlands",
    "Czech Republic": "Czechia", "Ivory Coast": "Côte d'Ivoire", "Burma": "Myanmar",
    "South Korea": "South Korea", "North Korea": "North Korea", "Turkiye": "Turkey", "Türkiye": "Turkey",
    "UAE": "United Arab Emirates", "DRC": "Democratic Republic of the Congo",
}


@functools.lru_cache(maxsize=1)
def atlas() -> CountryAtlas:
    return CountryAtlas()


def country_region(name: str) -> PolygonRegion:
    """A country by name in any language Natural Earth carries; unknown names suggest close ones."""
    world = atlas()
    index = world.lookup(name)
    if index is None:
        hints = world.suggestions(name)
        hint = f"; did you mean {', '.join(hints)}?" if hints else "; see 'overflight regions'"
        raise RegionError(f"unknown region '{name}'{hint}")
    return world.region(index)
