"""Coverage grids against the point pass search, 1 s brute force, published geometry and hand-counted figures."""

import io
import math

import numpy as np
import pytest

from desktop.core import coverage as C
from desktop.core import timebase
from desktop.core.access import Criterion, Margin, find_passes, sampled_intervals
from desktop.core.atlas import country_region
from desktop.core.regions import CircleRegion

SWATH = Criterion("sensor", half_swath_km=92.5)  # Landsat's 185 km
WIDE = Criterion("sensor", off_nadir_deg=30.0)


@pytest.fixture(scope="module")
def landsat(catalog):
    return catalog.find("LANDSAT 9")


@pytest.mark.parametrize("criterion,sun,seed", [(SWATH, 0.0, 1), (WIDE, None, 2)], ids=["swath-daylight", "30deg"])
def test_cells_have_the_passes_of_the_point_pass_search(landsat, criterion, sun, seed):
    """50 random cells each (100 in all): the same passes as find_passes at that point, edges within a minute."""
    start, end = landsat.epoch_s, landsat.epoch_s + 16 * 86400.0
    grid = C.make_grid(2.0)
    result = C.coverage([landsat], grid, criterion, start, end, sun)
    rng = np.random.default_rng(seed)
    for i in rng.choice(len(grid), 50, replace=False):
        lat, lon = grid.lat_deg[i], grid.lon_deg[i]
        ref = find_passes(landsat, CircleRegion("cell", lat, lon, 0.0), criterion, start, end, sun)
        mine = C.cell_accesses(landsat, lat, lon, criterion, start, end, sun)
        assert len(mine) == len(ref) == result.accesses[i], (lat, lon)
        if len(ref):
            edges = np.array([[p.start_s, p.end_s] for p in ref])
            assert np.max(np.abs(edges - mine)) < 60.0
            gaps_ref = edges[1:, 0] - edges[:-1, 1]
            if len(gaps_ref):
                assert result.max_gap_s[i] == pytest.approx(gaps_ref.max(), abs=60.0)
                assert result.mean_gap_s[i] == pytest.approx(gaps_ref.mean(), abs=60.0)


def test_cells_match_1_second_brute_force(landsat):
    start, end = landsat.epoch_s, landsat.epoch_s + 2 * 86400.0
    grid = C.make_grid(5.0, box=(-60, -180, 60, 180))
    rng = np.random.default_rng(3)
    for i in rng.choice(len(grid), 20, replace=False):
        lat, lon = grid.lat_deg[i], grid.lon_deg[i]
        brute = sampled_intervals(Margin(landsat, CircleRegion("cell", lat, lon, 0.0), WIDE), start, end, 1.0)
        mine = C.cell_accesses(landsat, lat, lon, WIDE, start, end)
        assert len(mine) == len(brute)
        if len(brute):
            assert np.max(np.abs(brute - mine)) <= 2.0


def test_landsat_16_days_sees_everything_between_60s_and_60n(landsat):
    """16-day repeat with a 185 km swath in daylight: no cell between 60 S and 60 N is missed,
    and equatorial cells are seen once or twice (neighbouring tracks are 172 km apart there)."""
    grid = C.make_grid(1.0, box=(-60, -180, 60, 180))
    result = C.coverage([landsat], grid, SWATH, landsat.epoch_s, landsat.epoch_s + 16 * 86400.0, 0.0)
    assert result.accesses.min() >= 1
    equator = np.abs(grid.lat_deg) < 1.0
    assert set(np.unique(result.accesses[equator])) <= {1, 2}
    rows = dict(result.summary())
    assert rows["Area seen at least once"] == "100.0 %"


def test_a_second_satellite_in_the_plane_halves_the_mean_gap(landsat):
    members = [es for _design, es in C.walker(landsat, 2, 1, 0)]
    assert all(es.designed for es in members)
    grid = C.make_grid(1.0, box=(-10, -180, 10, 180))
    start, end = landsat.epoch_s, landsat.epoch_s + 16 * 86400.0

    def mean_gap(sets):
        r = C.coverage(sets, grid, WIDE, start, end)
        ok = np.isfinite(r.mean_gap_s)
        return np.average(r.mean_gap_s[ok], weights=grid.weights[ok])

    assert mean_gap([landsat]) / mean_gap(members) == pytest.approx(2.0, rel=0.15)


def test_walker_geometry(landsat):
    members = [es for _d, es in C.walker(landsat, 6, 3, 1, "delta")]
    nodes = sorted({round(math.degrees(es.satrec.nodeo), 3) for es in members})
    assert len(members) == 6 and len(nodes) == 3
    assert np.allclose(np.diff(nodes), 120.0, atol=0.01)
    star = [es for _d, es in C.walker(landsat, 4, 2, 0, "star")]
    assert abs((math.degrees(star[2].satrec.nodeo) - math.degrees(star[0].satrec.nodeo)) % 360 - 90.0) < 0.01
    with pytest.raises(C.CoverageError, match="multiple"):
        C.walker(landsat, 5, 2, 0)
    with pytest.raises(C.CoverageError, match="phasing"):
        C.walker(landsat, 4, 2, 2)


def test_figures_of_merit_by_hand():
    grid = C.make_grid(10.0, box=(0, 0, 10, 20))  # two cells
    start, end = 0.0, 10 * 86400.0
    cell = np.array([0, 0, 0, 1, 0])
    s = np.array([3600.0, 50000.0, 100000.0, 7200.0, 100500.0])  # the last overlaps the third: merged
    e = np.array([4000.0, 50600.0, 101000.0, 7300.0, 101200.0])
    union = C.BlockUnion(0, len(grid), end - start)
    union.add(cell[:4], s[:4] - start, e[:4] - start)
    union.add(cell[4:], s[4:] - start, e[4:] - start)  # a second satellite's access, over the first's third
    r = C.result_from_blocks(grid, [], [], SWATH, start, end, None, [union.figures()])
    count, per_day, mean_gap, median_gap, max_gap, in_view, first = (r.accesses, r.per_day, r.mean_gap_s,
                                                                      r.median_gap_s, r.max_gap_s, r.in_view_s,
                                                                      r.first_access_s)
    gaps = [50000 - 4000, 100000 - 50600]
    assert list(count) == [3, 1] and per_day[0] == pytest.approx(0.3)
    assert mean_gap[0] == pytest.approx(np.mean(gaps)) and median_gap[0] == pytest.approx(np.median(gaps))
    assert max_gap[0] == pytest.approx(max(gaps)) and math.isnan(mean_gap[1]) and math.isnan(max_gap[1])
    assert in_view[0] == pytest.approx(400 + 600 + 1200) and first[0] == 3600.0 and first[1] == 7200.0


def test_csv_columns_in_order_with_empty_undefined_figures(landsat):
    grid = C.make_grid(5.0, box=(30, 30, 40, 40))
    result = C.coverage([landsat], grid, SWATH, landsat.epoch_s, landsat.epoch_s + 86400.0)
    out = io.StringIO()
    C.write_csv(out, result, ["LANDSAT 9 note"])
    lines = [ln for ln in out.getvalue().splitlines() if not ln.startswith("#")]
    assert lines[0] == ("lat_deg,lon_deg,accesses,per_day,mean_gap_h,median_gap_h,max_gap_h,in_view_pct,first_access_h,"
                        "mean_sats_in_view,min_sats_in_view")
    assert len(lines) == len(grid) + 1
    for line, n in zip(lines[1:], result.accesses):
        fields = line.split(",")
        assert len(fields) == 11 and int(fields[2]) == n and fields[10] == "0"  # one satellite: some moment without
        if n < 2:
            assert fields[4] == fields[5] == fields[6] == ""


def test_the_columns_of_some_cells_are_those_cells_of_every_column(landsat):
    """columns(index) takes the cells before the arithmetic (the hover read-out's one cell): the same values."""
    result = C.coverage([landsat], C.make_grid(5.0, box=(30, 30, 40, 40)), SWATH, landsat.epoch_s,
                        landsat.epoch_s + 86400.0)
    every = result.columns()
    for index in (3, slice(1, 3), np.array([0, 2])):
        some = result.columns(index)
        assert list(some) == list(every) == C.CSV_COLUMNS
        for name in C.CSV_COLUMNS:
            assert np.array_equal(some[name], every[name][index], equal_nan=True), (index, name)


def test_region_grid_holds_only_cells_inside(landsat):
    grid = C.make_grid(0.5, region=country_region("Iran"))
    assert 550 < len(grid) < 700  # Iran: 1.65 million km2, cells of about 55 x 48 km
    assert country_region("Iran").contains(grid.lat_deg, grid.lon_deg).all()


@pytest.mark.parametrize("make,words", [
    (lambda es: C.make_grid(0.1), ["--grid 0.1", "0.25"]),
    (lambda es: C.make_grid(5.0, region=CircleRegion("tiny", 10.3, 10.3, 5.0)), ["no grid cell", "finer"]),
    (lambda es: C.coverage([es], C.make_grid(5.0), SWATH, es.epoch_s, es.epoch_s + 400 * 86400.0), ["366"]),
    (lambda es: C.coverage([es], C.make_grid(0.25), Criterion("contact", elevation_deg=0.0), es.epoch_s,
                           es.epoch_s + 366 * 86400.0), ["million accesses", "GB", "coarser"]),
])
def test_jobs_that_cannot_or_should_not_start_say_why(landsat, make, words):
    with pytest.raises(C.CoverageError) as info:
        make(landsat)
    assert "\n" not in str(info.value)
    for word in words:
        assert word in str(info.value)


def test_figures_in_blocks_of_cells_equal_figures_in_one(landsat, monkeypatch):
    """Two satellites (overlaps merged), figures computed for the grid at once and in small blocks of cells."""
    members = [m for _d, m in C.walker(landsat, 2, 2, 1)]
    grid = C.make_grid(5.0)
    assert len(C.row_blocks(grid)) == 1
    whole = C.coverage(members, grid, SWATH, landsat.epoch_s, landsat.epoch_s + 3 * 86400.0)
    monkeypatch.setattr(C, "BLOCK_CELLS", 4 * grid.cols)  # blocks of 4 rows
    assert len(C.row_blocks(grid)) == 9
    blocks = C.coverage(members, grid, SWATH, landsat.epoch_s, landsat.epoch_s + 3 * 86400.0)
    assert whole.accesses.sum() > 3000
    for name in C.FIGURES:
        a, b = whole.figure(name), blocks.figure(name)
        assert np.array_equal(np.isnan(a), np.isnan(b)) and np.allclose(a[~np.isnan(a)], b[~np.isnan(b)]), name


@pytest.mark.parametrize("name,criterion,spacing,days", [
    ("LANDSAT 9", SWATH, 2.0, 4.0), ("ISS (ZARYA)", Criterion("contact", elevation_deg=10.0), 5.0, 2.0),
    ("GPS BIII-5", Criterion("contact", elevation_deg=5.0), 5.0, 3.0), ("GOES 16", Criterion("contact", elevation_deg=10.0), 5.0, 2.0)])
def test_the_memory_estimate_is_generous_but_not_wildly(catalog, name, criterion, spacing, days):
    es = catalog.find(name)
    grid = C.make_grid(spacing)
    found = C.coverage([es], grid, criterion, es.epoch_s, es.epoch_s + days * 86400.0).accesses.sum()
    estimate = C.estimated_accesses([es], grid, criterion, days)
    assert found <= estimate <= max(5 * found, 20 * len(grid))


def test_a_24_satellite_walker_on_the_1_degree_grid_for_16_days_is_within_the_budget(landsat):
    members = [m for _d, m in C.walker(landsat, 24, 6, 1)]
    assert C.estimated_accesses(members, C.make_grid(1.0), SWATH, 16.0) <= C.MAX_ACCESSES


@pytest.mark.parametrize("name", ["GPS BIII-5", "BEIDOU-3 M1"])
def test_navigation_satellites_take_long_steps_and_keep_the_passes_of_the_point_search(catalog, name):
    """20 random cells, 2 days, contact at 10 deg: same passes as find_passes, edges within a minute."""
    es = catalog.find(name)
    criterion = Criterion("contact", elevation_deg=10.0)
    assert C.step_for(es, criterion) > 120.0
    start, end = es.epoch_s, es.epoch_s + 2 * 86400.0
    grid = C.make_grid(5.0)
    result = C.coverage([es], grid, criterion, start, end)
    rng = np.random.default_rng(4)
    worst = 0.0
    for i in rng.choice(len(grid), 20, replace=False):
        ref = find_passes(es, CircleRegion("cell", grid.lat_deg[i], grid.lon_deg[i], 0.0), criterion, start, end)
        mine = C.cell_accesses(es, grid.lat_deg[i], grid.lon_deg[i], criterion, start, end)
        assert len(mine) == len(ref) == result.accesses[i]
        if len(ref):
            worst = max(worst, float(np.max(np.abs(np.array([[p.start_s, p.end_s] for p in ref]) - mine))))
    assert worst < 60.0


def _sorted(cell, start, end):
    order = np.lexsort((start, cell))
    return cell[order], start[order], end[order]


MOLNIYA = dict(height_km=None, perigee_km=600.0, apogee_km=39_700.0, inclination_deg=63.4, arg_perigee_deg=270.0,
               raan_deg=40.0)


@pytest.mark.parametrize("name,criterion,spacing,box,days", [
    ("ISS (ZARYA)", Criterion("contact", elevation_deg=10.0), 2.0, None, 1.0),
    ("ISS (ZARYA)", Criterion("contact", elevation_deg=10.0), 1.0, None, 3.0),  # pieces that meet at a sample
    ("LANDSAT 9", Criterion("contact", elevation_deg=5.0), 2.0, (-70, 150, 80, -120), 1.0),  # a box across 180
    ("LANDSAT 9", WIDE, 1.0, None, 1.0),
    ("GPS BIII-5", Criterion("contact", elevation_deg=10.0), 5.0, None, 2.0),
    ("GOES 16", Criterion("contact", elevation_deg=5.0), 5.0, None, 1.0),
    ("MOLNIYA", Criterion("contact", elevation_deg=10.0), 5.0, None, 0.25),  # perigee at the epoch: the reach changes fast
])
def test_testing_the_rim_of_the_footprint_finds_what_testing_every_cell_finds(catalog, monkeypatch, name, criterion,
                                                                              spacing, box, days):
    """Without a daylight test only the cells near the footprint's edge are tested (the rest are in view for the
    whole segment); a daylight test at Sun >= -90 deg keeps every access but tests every cell in reach. Both find
    the same accesses to the bit, also when an access stays open across many chunks (chunks of 37 segments)."""
    if name == "MOLNIYA":
        from desktop.core.design import OrbitDesign, build
        es = build(OrbitDesign(name="MOLNIYA-TEST", epoch_s=catalog.find("LANDSAT 9").epoch_s, **MOLNIYA)).elements
    else:
        es = catalog.find(name)
    monkeypatch.setattr(C, "CHUNK_SEGMENTS", (37, 37))
    grid = C.make_grid(spacing, box=box)
    start, end = es.epoch_s, es.epoch_s + days * 86400.0
    rim = _sorted(*C.satellite_accesses(es, grid, criterion, start, end))
    every = _sorted(*C.satellite_accesses(es, grid, criterion, start, end, daylight_min_sun_deg=-90.0, every_cell=True))
    assert len(rim[0]) > 100
    assert np.array_equal(rim[0], every[0])
    assert np.max(np.abs(rim[1] - every[1])) < 1e-6 and np.max(np.abs(rim[2] - every[2])) < 1e-6


def test_contact_accesses_match_1_second_brute_force_on_the_sphere(catalog):
    """ISS, contact at 10 deg, 20 random cells over 2 days, against sampling the spherical reach every second
    (independent of the arcs): the same accesses, edges within 2 s."""
    from desktop.core.access import reach_from_elevation_rad
    from desktop.core.groundtrack import ground_track
    from desktop.core.sphere import unit_vectors

    es = catalog.find("ISS (ZARYA)")
    criterion = Criterion("contact", elevation_deg=10.0)
    start, end = es.epoch_s, es.epoch_s + 2 * 86400.0
    t = np.arange(start, end + 0.5, 1.0)
    track = ground_track(es, t)
    p = unit_vectors(track.lat_deg, track.lon_deg)
    reach = reach_from_elevation_rad(track.height_km, 10.0)
    grid = C.make_grid(3.0, box=(-60, -180, 60, 180))
    rng = np.random.default_rng(11)
    for i in rng.choice(len(grid), 20, replace=False):
        u = unit_vectors(np.array([grid.lat_deg[i]]), np.array([grid.lon_deg[i]]))[0]
        inside = np.arccos(np.clip(p @ u, -1, 1)) <= reach
        edges = np.flatnonzero(np.diff(inside.astype(int)))
        brute = t[edges + 1].reshape(-1, 2) if len(edges) and not inside[0] and not inside[-1] else None
        mine = C.cell_accesses(es, grid.lat_deg[i], grid.lon_deg[i], criterion, start, end)
        if brute is None:  # in view at a window edge: compare the counts of changes only
            assert len(mine) == (len(edges) + inside[0] + inside[-1]) // 2
            continue
        assert len(mine) == len(brute), (grid.lat_deg[i], grid.lon_deg[i])
        if len(brute):
            assert np.max(np.abs(brute - mine)) <= 2.0


@pytest.mark.parametrize("spacing,box", [(2.0, None), (2.0, (-70, 150, 80, -120)), (0.7, (-20, -30, 75, 40)),
                                         (5.0, (60, 100, 90, 111))])
def test_candidate_cells_are_every_cell_within_the_cap_and_outside_the_hole(spacing, box):
    """Random caps (up to 90 deg, some with a hole) against the distance to every cell: no pair is missed and none
    is listed twice. Caps near a pole span most longitudes and meet a box on its far side (an earlier build
    missed those cells)."""
    from desktop.core.sphere import unit_vectors

    grid = C.make_grid(spacing, box=box)
    rng = np.random.default_rng(5)
    n = 1500
    lat, lon = np.arcsin(rng.uniform(-1, 1, n)), rng.uniform(-math.pi, math.pi, n)
    radius = rng.uniform(0.005, math.pi / 2, n)
    for inner in (None, np.where(rng.uniform(size=n) < 0.6, radius * rng.uniform(0.3, 0.995, n), -1.0)):
        seg, cell = C._candidates(grid, lat, lon, radius, inner)
        key = np.sort(seg * len(grid) + cell)  # sorted by hand: numpy 2.4's unique is 20x slower on 4 M keys
        assert not np.any(key[1:] == key[:-1])
        d = np.arccos(np.clip(unit_vectors(np.degrees(lat), np.degrees(lon)) @ unit_vectors(grid.lat_deg,
                                                                                           grid.lon_deg).T, -1, 1))
        want = d <= radius[:, None] - 1e-9
        if inner is not None:
            want &= d >= inner[:, None] + 1e-9
        listed = np.zeros_like(want)
        listed[seg, cell] = True
        assert not np.any(want & ~listed)
        assert np.all(d[seg, cell] <= radius[seg] + 1e-6)


def test_an_eccentric_orbit_keeps_its_accesses_where_the_reach_changes_fast(catalog):
    """Molniya, contact at 10 deg, one day, 3 deg grid (every 7th cell), against sampling the true track every
    second on the sphere: near perigee the reach changes by about 0.04 deg a second, so segments are cut until
    it steps by at most 1e-4 rad. Counts agree at 97 % of cells or more (83 % without the cuts) and edges
    within 10 s where they do (the rest: accesses split where the edge creeps across a cell)."""
    from desktop.core.access import reach_from_elevation_rad
    from desktop.core.design import OrbitDesign, build
    from desktop.core.groundtrack import ground_track
    from desktop.core.sphere import unit_vectors

    es = build(OrbitDesign(name="MOLNIYA-TEST", epoch_s=catalog.find("LANDSAT 9").epoch_s, **MOLNIYA)).elements
    criterion = Criterion("contact", elevation_deg=10.0)
    start, end = es.epoch_s, es.epoch_s + 86400.0
    t = np.arange(start, end + 0.5, 1.0)
    track = ground_track(es, t)
    p = unit_vectors(track.lat_deg, track.lon_deg)
    reach = reach_from_elevation_rad(track.height_km, 10.0)
    grid = C.make_grid(3.0)
    cell, s, e = C.satellite_accesses(es, grid, criterion, start, end)
    agree = worst = 0.0
    cells = range(0, len(grid), 7)
    for i in cells:
        u = unit_vectors(grid.lat_deg[i:i + 1], grid.lon_deg[i:i + 1])[0]
        inside = np.arccos(np.clip(p @ u, -1, 1)) <= reach
        changes = t[np.flatnonzero(np.diff(inside.astype(np.int8))) + 1]
        brute = np.r_[[start] if inside[0] else [], changes, [end] if inside[-1] else []].reshape(-1, 2)
        mine = np.sort(np.c_[s[cell == i], e[cell == i]], axis=0)
        if len(mine) == len(brute):
            agree += 1
            if len(brute):
                worst = max(worst, float(np.max(np.abs(mine - brute))))
    assert agree >= 0.97 * len(cells)
    assert worst <= 10.0


def _brute_in_view(es, criterion, t, cells_u):
    """(times, cells) in view, from the sub-point's great-circle distance to each cell sampled every second on the
    mean sphere (independent of the arcs the coverage engine lays between samples)."""
    from desktop.core.groundtrack import ground_track
    from desktop.core.sphere import unit_vectors

    track = ground_track(es, t)
    p = unit_vectors(track.lat_deg, track.lon_deg)
    reach = criterion.reach_rad(track.height_km)
    return np.arccos(np.clip(p @ cells_u.T, -1, 1)) <= np.asarray(reach)[:, None]


def _runs(inside):
    """Accesses per cell: runs of samples in view."""
    return np.count_nonzero(np.diff(inside.astype(np.int8), axis=0) == 1, axis=0) + inside[0]


def test_two_satellites_with_their_own_swaths_see_the_union_of_each_alone(catalog):
    """Landsat 9 with 185 km and Sentinel-2A with 290 km, 4 days, 60 random cells of 1 deg over Europe: per cell the
    accesses and time in view of the pair equal the union of each satellite's footprint sampled every second (edges
    within SAMPLE_S), and each satellite run alone with its own swath gives its own count."""
    from desktop.core.access import sensor_criterion
    from desktop.core.sphere import unit_vectors

    SAMPLE_S = 1.0
    landsat, sentinel = catalog.find("LANDSAT 9"), catalog.find("SENTINEL-2A")
    default = Criterion("sensor", off_nadir_deg=30.0)
    criteria = [sensor_criterion(landsat, 185.0, default), sensor_criterion(sentinel, 290.0, default)]
    assert criteria[0].half_swath_km == 92.5 and criteria[1].half_swath_km == 145.0
    start = max(landsat.epoch_s, sentinel.epoch_s)
    end = start + 4 * 86400.0
    grid = C.make_grid(1.0, box=(35, -10, 60, 30))
    both = C.coverage([landsat, sentinel], grid, criteria, start, end)
    alone = [C.coverage([es], grid, c, start, end) for es, c in zip((landsat, sentinel), criteria)]
    assert "185 km swath" in both.criteria_text() and "290 km swath" in both.criteria_text()
    rng = np.random.default_rng(23)
    pick = rng.choice(len(grid), 60, replace=False)
    u = unit_vectors(grid.lat_deg[pick], grid.lon_deg[pick])
    t = np.arange(start, end + 0.5 * SAMPLE_S, SAMPLE_S)
    each = [_brute_in_view(es, c, t, u) for es, c in zip((landsat, sentinel), criteria)]
    union = each[0] | each[1]
    assert np.array_equal(both.accesses[pick], _runs(union))
    for result, inside in zip(alone, each):
        assert np.array_equal(result.accesses[pick], _runs(inside))
    assert np.max(np.abs(both.in_view_s[pick] - union.sum(axis=0) * SAMPLE_S)) <= 2 * SAMPLE_S * both.accesses[pick].max()
    assert _runs(union).sum() > 20  # enough accesses to mean something
    assert _runs(each[0]).sum() != _runs(each[1]).sum()  # the swaths matter


def test_land_only_figures_are_the_whole_globe_s_figures_on_the_land_cells(landsat):
    """--land keeps the land cells' figures unchanged and the summary weighs those cells alone."""
    from desktop.core.atlas import atlas

    start, end = landsat.epoch_s, landsat.epoch_s + 86400.0
    globe = C.coverage([landsat], C.make_grid(5.0), WIDE, start, end)
    land = C.coverage([landsat], C.make_grid(5.0, land=True), WIDE, start, end)
    on_land = atlas().land_mask(globe.grid.lat_deg, globe.grid.lon_deg)
    assert np.array_equal(land.grid.lat_deg, globe.grid.lat_deg[on_land])
    assert np.array_equal(land.accesses, globe.accesses[on_land])
    w = land.grid.weights
    seen = dict(land.summary())["Area seen at least once"]
    assert seen == f"{100.0 * w[land.accesses > 0].sum() / w.sum():.1f} %"


@pytest.mark.parametrize("name,criterion,spacing,box,days", [
    ("LANDSAT 9", Criterion("contact", elevation_deg=10.0), 3.0, None, 0.5),
    ("ISS (ZARYA)", Criterion("contact", elevation_deg=10.0), 2.0, None, 1.0),
    ("LANDSAT 9", SWATH, 1.0, (-60, 150, 60, -150), 1.0),  # a narrow swath, a box across 180
    ("GPS BIII-5", Criterion("contact", elevation_deg=10.0), 5.0, None, 0.5),
    ("GOES 16", Criterion("contact", elevation_deg=5.0), 5.0, None, 1.0),
    ("MOLNIYA", Criterion("sensor", off_nadir_deg=5.0), 3.0, (-30, -60, 80, 120), 0.3),  # reach and turns change fast
])
def test_closest_approaches_from_the_rim_and_the_abeam_cells_are_those_of_every_cell(catalog, monkeypatch, name,
                                                                                    criterion, spacing, box, days):
    """The daylight test's closest approach, found from the footprint's rim and the cells abeam of each segment,
    is the one found by testing every cell in reach: same accesses, same closest times to the bit (chunks of 37
    segments, so accesses run across chunks), and so the same accesses kept in daylight."""
    if name == "MOLNIYA":
        from desktop.core.design import OrbitDesign, build
        es = build(OrbitDesign(name="MOLNIYA-TEST", epoch_s=catalog.find("LANDSAT 9").epoch_s, **MOLNIYA)).elements
    else:
        es = catalog.find(name)
    monkeypatch.setattr(C, "CHUNK_SEGMENTS", (37, 37))
    grid = C.make_grid(spacing, box=box)
    start, end = es.epoch_s, es.epoch_s + days * 86400.0
    fast = C.accesses_and_closest(es, grid, criterion, start, end, True)
    every = C.accesses_and_closest(es, grid, criterion, start, end, True, every_cell=True)
    a, b = np.lexsort((fast[1], fast[0])), np.lexsort((every[1], every[0]))
    assert len(a) == len(b) > 100
    for x, y in zip(fast, every):
        assert np.array_equal(x[a], y[b])
    for sun in (0.0, -6.0, -12.0):  # satellite_accesses bounds the Sun first and finds few closest approaches
        day = _sorted(*C.satellite_accesses(es, grid, criterion, start, end, daylight_min_sun_deg=sun))
        day_every = _sorted(*C.satellite_accesses(es, grid, criterion, start, end, sun, every_cell=True))
        assert 0 < len(day[0]) < len(a) and all(np.array_equal(x, y) for x, y in zip(day, day_every)), sun
    # the closest approaches found for accesses alone (as the Sun's doubtful ones are) are every cell's
    pick = np.random.default_rng(4).choice(len(b), min(300, len(b)), replace=False)
    tracks = list(C.track_chunks(es, criterion, start, end, None, grid.spacing_deg))
    alone = C._closest_of(grid, tracks, start, every[0][b][pick], every[1][b][pick] - start, every[2][b][pick] - start)
    assert np.array_equal(alone + start, every[3][b][pick])


def test_the_sun_bounds_hold_at_every_moment_of_an_access(catalog):
    """_sun_verdicts says 'lit throughout' or 'dark throughout' only where timebase.sun_elevation_deg, sampled
    every 5 s over the access, agrees at every sample; and it leaves few accesses in doubt."""
    es = catalog.find("ISS (ZARYA)")
    grid = C.make_grid(2.0)
    start = es.epoch_s
    cell, s, e = C.satellite_accesses(es, grid, Criterion("contact", elevation_deg=10.0), start, start + 86400.0)
    for sun in (0.0, -12.0):
        verdict = C._sun_verdicts(grid, cell, s, e, sun)
        assert (verdict == 0).mean() < 0.1 and (verdict == 1).any() and (verdict == -1).any()
        rng = np.random.default_rng(2)
        for i in rng.choice(np.flatnonzero(verdict != 0), 400, replace=False):
            times = np.append(np.arange(s[i], e[i], 5.0), e[i])
            h = timebase.sun_elevation_deg(np.full(len(times), grid.lat_deg[cell[i]]),
                                           np.full(len(times), grid.lon_deg[cell[i]]), times)
            assert np.all(h >= sun) if verdict[i] == 1 else np.all(h < sun), (i, sun, h.min(), h.max())


def test_mean_satellites_in_view_adds_each_satellite_s_time_in_view(catalog):
    """A counter beside the union: per cell, the mean number of satellites in view is the sum of each satellite's
    time in view (each run alone) over the window; the union's own time in view is at most that sum."""
    sets = [m for _d, m in C.walker(catalog.find("GPS BIII-5"), 3, 3, 1)]
    contact = Criterion("contact", elevation_deg=10.0)
    grid = C.make_grid(5.0)
    start, end = sets[0].epoch_s, sets[0].epoch_s + 86400.0
    both = C.coverage(sets, grid, contact, start, end)
    alone = sum(C.coverage([es], grid, contact, start, end).in_view_s for es in sets)
    mean = both.columns()["mean_sats_in_view"]
    assert np.allclose(mean, alone / 86400.0, rtol=0, atol=1e-9)
    assert np.all(both.in_view_s <= alone + 1e-6) and mean.max() > 1.0


def test_chunks_of_any_size_give_the_same_accesses_to_the_bit(catalog, monkeypatch):
    """A narrow swath is cut into long chunks (chunk_segments), a contact footprint into short ones; the accesses
    of Landsat 9 (185 km swath, 1 deg grid, 2 days) are the same to the bit in chunks of 37, 1,500 and 6,000."""
    es = catalog.find("LANDSAT 9")
    grid = C.make_grid(1.0)
    crit = Criterion("sensor", half_swath_km=92.5)
    wide = Criterion("contact", elevation_deg=10.0)
    assert C.chunk_segments(es, crit, 1.0, 20.0) == C.CHUNK_SEGMENTS[1]
    assert C.chunk_segments(es, wide, 1.0, 20.0) == C.CHUNK_SEGMENTS[0]
    assert C.chunk_segments(es, crit, 0.25, 20.0) < C.CHUNK_SEGMENTS[1]  # finer grids: more cells a segment
    start, end = es.epoch_s, es.epoch_s + 2 * 86400.0
    results = []
    for size in (37, 1500, 6000):
        monkeypatch.setattr(C, "CHUNK_SEGMENTS", (size, size))
        results.append(_sorted(*C.satellite_accesses(es, grid, crit, start, end)))
    assert len(results[0][0]) > 1000
    for other in results[1:]:
        assert all(np.array_equal(x, y) for x, y in zip(results[0], other))


def test_daylight_accesses_are_the_same_whichever_way_the_closest_approaches_are_found(catalog, monkeypatch):
    """ISS, contact 10 deg, 2 deg grid, a day, Sun >= -6 deg: the Sun's bound with the doubtful closest approaches
    in batches of 37 pairs, the bound given up at once (MAX_DOUBT_SHARE 0: every closest approach from the rim
    and the abeam cells), and testing every cell all keep the same accesses."""
    es = catalog.find("ISS (ZARYA)")
    grid = C.make_grid(2.0)
    crit = Criterion("contact", elevation_deg=10.0)
    start, end = es.epoch_s, es.epoch_s + 86400.0
    every = _sorted(*C.satellite_accesses(es, grid, crit, start, end, -6.0, every_cell=True))
    assert len(every[0]) > 1000
    for share, pairs in ((1.0, 37), (0.0, C.CLOSEST_PAIRS)):
        monkeypatch.setattr(C, "MAX_DOUBT_SHARE", share)
        monkeypatch.setattr(C, "CLOSEST_PAIRS", pairs)
        got = _sorted(*C.satellite_accesses(es, grid, crit, start, end, -6.0))
        assert all(np.array_equal(x, y) for x, y in zip(got, every)), (share, pairs)


def test_small_summary_figures_keep_two_significant_digits():
    """A narrow swath's mean number of satellites in view is a few ten-thousandths: the summary says so instead
    of 0.00; larger figures keep two decimals, zero stays 0.00."""
    assert C._figure(0.000312) == "0.00031" and C._figure(0.0) == "0.00"
    assert C._figure(2.345) == "2.35" and C._figure(1234.5) == "1,234.50" and C._figure(0.1) == "0.10"


def test_the_fewest_in_view_is_the_least_count_between_any_two_events():
    """fewest_in_view against a reference written here: per cell, the count of intervals covering the middle of
    every stretch between consecutive event times (and the window's ends), its least; random intervals of
    several satellites, some touching (one takes over as another leaves: no gap), some at the window's edges."""
    rng = np.random.default_rng(6)
    n, window = 40, 1000.0
    cells, starts, ends = [], [], []
    for sat in range(5):
        for c in range(n):
            edges = np.sort(rng.choice(np.arange(0.0, window + 1, 25.0), 6, replace=False))
            for a, b in zip(edges[::2], edges[1::2]):
                cells.append(c), starts.append(a), ends.append(b)
    cells[0:0], starts[0:0], ends[0:0] = [3, 3], [0.0, 400.0], [400.0, window]  # a hand-over, whole window
    cell, start, end = np.array(cells), np.array(starts), np.array(ends)
    got = C.fewest_in_view(n + 2, cell, start, end, window)
    for c in range(n + 2):
        mine = cell == c
        times = np.unique(np.r_[0.0, window, start[mine], end[mine]])
        middles = (times[:-1] + times[1:]) / 2
        counts = [np.sum((start[mine] <= m) & (m < end[mine])) for m in middles]
        assert got[c] == (min(counts) if len(counts) else 0), c
    assert got[n] == 0 and got[n + 1] == 0  # never in view


def test_a_gps_like_constellation_keeps_four_satellites_in_view_everywhere(catalog, monkeypatch):
    """24 satellites in 6 planes (Walker 24/6/1 from GPS BIII-5), contact at 10 deg, a day, 2 deg grid: at least
    four in view at every moment everywhere (what GPS is built for), never more than the mean allows; with a
    budget too small to keep every access, the figure is 'not kept' in one line, not a wrong number."""
    seed = catalog.find("GPS BIII-5")
    members = [m for _d, m in C.walker(seed, 24, 6, 1)]
    grid = C.make_grid(2.0)
    crit = Criterion("contact", elevation_deg=10.0)
    result = C.coverage(members, grid, crit, seed.epoch_s, seed.epoch_s + 86400.0)
    fewest, mean = result.columns()["min_sats_in_view"], result.columns()["mean_sats_in_view"]
    assert fewest.min() >= 4 and np.all(fewest <= mean + 1e-9) and fewest.max() <= 12
    monkeypatch.setattr(C, "MIN_SATS_ACCESSES", 100)
    small = C.coverage(members[:2], C.make_grid(10.0), crit, seed.epoch_s, seed.epoch_s + 86400.0)
    assert np.isnan(small.columns()["min_sats_in_view"]).all()
    assert dict(small.summary())["satellites in view (minimum)"].startswith("not kept")


def test_block_tasks_rebuild_their_grid_once_a_process_and_give_the_job_s_bytes(landsat, monkeypatch):
    """coverage_block (a Dask task) rebuilds the grid from its spec once a process: the blocks of a job give the
    single-process result's CSV to the byte."""
    monkeypatch.setattr(C, "BLOCK_CELLS", 4 * 72)  # blocks of 4 rows of the 5 deg grid
    grid = C.make_grid(5.0, box=(-30, -180, 30, 180))
    start, end = landsat.epoch_s, landsat.epoch_s + 86400.0
    one = C.coverage([landsat], grid, SWATH, start, end, 0.0)
    blocks = C.row_blocks(grid)
    keep = C.keeps_every_access([landsat], grid, [SWATH], 1.0)
    C._grid_of.cache_clear()
    parts = [C.coverage_block([landsat], dict(grid.spec), [SWATH], start, end, 0.0, None, lo, hi,
                              C.block_flush(blocks), keep) for lo, hi in blocks]
    assert len(blocks) == 3 and C._grid_of.cache_info()[:2] == (2, 1)  # (hits, misses)
    many = C.result_from_blocks(grid, [landsat], [SWATH], SWATH, start, end, 0.0, parts)
    csv_one, csv_many = io.StringIO(), io.StringIO()
    C.write_csv(csv_one, one)
    C.write_csv(csv_many, many)
    assert csv_many.getvalue() == csv_one.getvalue() and one.accesses.sum() > 50
