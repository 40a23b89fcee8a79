"""The spatial indexes of a region's boundary give the same answers as the plain computations they speed up."""

import numpy as np
import pytest

from desktop.core import edgeindex as E
from desktop.core.atlas import country_region
from desktop.core.regions import box_region


def test_the_raster_inside_test_agrees_with_the_ray_cast(monkeypatch):
    """Including Antarctica, whose ring runs round the pole and ends 360 deg east of its start, points a few
    metres to kilometres from the border (decided from the cell's reference point and the edges near it), and
    a box whose edges lie on half degrees like the cells' centres."""
    rng = np.random.default_rng(7)
    N = 10000  # a third of the points of the first version: the ray cast they are checked against is the slow side
    regions = [country_region(name) for name in ("Antarctica", "Iran", "Russia", "Indonesia", "Chile")]
    regions.append(box_region(30.5, 10.5, 55.5, 40.5, "half-degree box"))
    for region in regions:
        pts = np.concatenate([np.asarray(r) for r in region.outline()])
        lon = rng.uniform(pts[:, 0].min() - 2, pts[:, 0].max() + 2, N)
        lat = np.clip(rng.uniform(pts[:, 1].min() - 2, pts[:, 1].max() + 2, N), -90, 90)
        if region.name == "Antarctica":  # the latitudes of the ring's two ends
            lat[:N // 2] = rng.uniform(-82.5, -81.5, N // 2)
        # near the border: around vertices and the middles of edges, from metres to tens of kilometres away
        k = rng.integers(0, len(pts) - 1, N)
        f = rng.uniform(0, 1, N)[:, None]
        along = pts[k] * (1 - f) + pts[k + 1] * f
        jitter = rng.normal(size=(N, 2)) * 10.0 ** rng.uniform(-5, -0.5, (N, 1))
        lon = np.concatenate([lon, along[:, 0] + jitter[:, 0], np.round(along[:, 0]) + 0.5])
        lat = np.clip(np.concatenate([lat, along[:, 1] + jitter[:, 1], np.round(along[:, 1] * 2) / 2]), -90, 90)
        lon = (lon + 180.0) % 360.0 - 180.0
        with_raster = region._inside(lat, lon)
        monkeypatch.setattr(E, "RASTER_EDGES", 10**9)
        ray_cast = region._inside(lat, lon)
        monkeypatch.setattr(E, "RASTER_EDGES", 64)
        differ = np.flatnonzero(with_raster != ray_cast)
        assert len(differ) == 0, (region.name, len(differ), lat[differ[:3]], lon[differ[:3]])


@pytest.mark.parametrize("name", ["Canada", "Russia", "Indonesia"])
def test_choosing_groups_of_blocks_first_changes_no_distance(name, monkeypatch):
    """Regions of many blocks choose groups of blocks first: the same distances and nearest points as the
    flat choice, exact or cut off."""
    rng = np.random.default_rng(3)
    region = country_region(name)
    region._edge_set = None
    lat0, lon0 = np.degrees(np.arcsin(region.cap_centre[2])), np.degrees(np.arctan2(region.cap_centre[1], region.cap_centre[0]))
    lat = np.clip(lat0 + rng.uniform(-25, 25, 3000), -89, 89)
    lon = lon0 + rng.uniform(-40, 40, 3000)
    assert region._edges.groups is not None
    grouped = [region.signed_distance_and_closest(lat, lon, cutoff_km=c) for c in (np.inf, 300.0)]
    monkeypatch.setattr(E, "GROUP_BLOCKS_FROM", 10**9)
    flat_region = country_region(name)
    flat_region._edge_set = None
    assert flat_region._edges.groups is None
    flat = [flat_region.signed_distance_and_closest(lat, lon, cutoff_km=c) for c in (np.inf, 300.0)]
    flat_region._edge_set = None  # the region may be shared (cached): let it build its usual tables again
    for (d1, la1, lo1), (d2, la2, lo2), c in zip(grouped, flat, (np.inf, 300.0)):
        near = np.abs(d2) < c
        assert np.allclose(d1[near], d2[near], atol=1e-9)
        assert np.all(np.sign(d1) == np.sign(d2)) and np.all(np.abs(d1[~near]) >= c - 1e-9)
        assert np.allclose(la1[near], la2[near], atol=1e-9) and np.allclose(lo1[near], lo2[near], atol=1e-9)
