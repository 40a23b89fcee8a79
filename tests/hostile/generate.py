"""The big hostile files, written at test time into a temporary directory (never committed)."""

import json


def deep_json(path, depth=100_000):
    path.write_text("[" * depth + "]" * depth)
    return path


def huge_line(path, megabytes=50):
    path.write_bytes(b"1 25544U " + b"9" * (megabytes * 1_000_000))
    return path


def many_squares(path, count=20_000, size_deg=0.05):
    squares = []
    for k in range(count):
        lat, lon = -60 + (k // 400) * 0.2, -170 + (k % 400) * 0.2
        ring = [[lon, lat], [lon + size_deg, lat], [lon + size_deg, lat + size_deg], [lon, lat + size_deg], [lon, lat]]
        squares.append([ring])
    path.write_text(json.dumps({"type": "MultiPolygon", "coordinates": squares}))
    return path
