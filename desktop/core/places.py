"""Named places: launch sites, ground stations and cities (assets/places.json)."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass

from .paths import assets_dir


@dataclass(frozen=True)
class Place:
    name: str
    kind: str  # "launch site", "ground station", "city"
    lat_deg: float
    lon_deg: float
    aliases: tuple[str, ...] = ()
    note: str = ""


@functools.lru_cache(maxsize=1)
def places() -> tuple[Place, ...]:
    data = json.loads((assets_dir() / "places.json").read_text(encoding="utf-8"))
    return tuple(Place(p["name"], p["kind"], float(p["lat"]), float(p["lon"]), tuple(p.get("aliases", ())), p.get("note", ""))
                 for p in data["places"])


def find_place(text: str) -> Place | None:
    key = text.strip().casefold()
    for place in places():
        if key == place.name.casefold() or key in (a.casefold() for a in place.aliases):
            return place
    return None
