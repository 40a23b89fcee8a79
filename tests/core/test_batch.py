"""The pass engine's parts: margins at (record, time) pairs, what is settled before sampling, chord bounds;
and one batch of different satellites against each one's own search."""

import math

import numpy as np
import pytest

from desktop.core import batch as B
from desktop.core import uncertainty as U
from desktop.core.constants import MEAN_EARTH_RADIUS_KM
from desktop.core.paths import tle_dir


def test_margins_from_the_latitude_bound_never_exceed_the_exact_margin():
    """Beyond the cutoff a margin is a lower bound of the right sign; within it, exact."""
    from desktop.core.access import Criterion, Margin
    from desktop.core.groundtrack import geodetic_from_itrs
    from desktop.core.atlas import country_region
    from desktop.core.elements import read_element_file

    es = read_element_file(tle_dir() / "reference-2026-09-23.tle")[0][0]
    rng = np.random.default_rng(4)
    for region in (country_region("Iran"), country_region("Chile"), country_region("Norway")):
        margin = Margin(es, region, Criterion("sensor", off_nadir_deg=30.0))
        u = rng.normal(size=(20000, 3))
        u /= np.linalg.norm(u, axis=1, keepdims=True)
        r = u * rng.uniform(6800.0, 7300.0, size=(20000, 1))
        got = B.margins_at(region, margin.criterion, r, 30.0).m
        lat, lon, h = geodetic_from_itrs(r.T)
        exact = region.signed_distance_km(lat, lon) - margin.criterion.reach_rad(h) * MEAN_EARTH_RADIUS_KM
        near = np.abs(exact) < 30.0
        assert np.allclose(got[near], exact[near], atol=1e-6)
        assert np.all(np.sign(got[~near]) == np.sign(exact[~near]))
        assert np.all(got[~near & (exact > 0)] <= exact[~near & (exact > 0)] + 1e-6)
        assert np.all(np.abs(got[~near]) >= 30.0 - 1e-6)


def test_a_dark_interval_has_the_sun_below_the_limit_everywhere_in_the_region():
    """Checked against the Sun's elevation at every vertex of the border and inside, every 20 s."""
    from desktop.core.atlas import country_region
    from desktop.core import timebase

    iran = country_region("Iran")
    t = timebase.to_posix("2026-12-21T00:00:00Z") + np.arange(0.0, 2 * 86400.0 + 1, 960.0)
    for sun_min in (0.0, -12.0, 10.0):
        dark = B.dark(iran, t, sun_min)
        assert 0.1 < dark.mean() < 0.8  # long winter nights, shortened by the margin of the test
        ring = np.concatenate([np.asarray(r) for r in iran.outline()])[::5]
        lat = np.concatenate([ring[:, 1], [32.0, 30.0, 35.0]])
        lon = np.concatenate([ring[:, 0], [53.0, 57.0, 50.0]])
        for k in np.flatnonzero(dark):
            fine = np.arange(t[k], t[k + 1] + 1, 20.0)
            e = timebase.sun_elevation_deg(np.repeat(lat, len(fine)), np.repeat(lon, len(fine)), np.tile(fine, len(lat)))
            assert e.max() < sun_min


def test_a_run_is_left_out_only_when_dark_all_through():
    """A pass lies within one run of intervals not cleared; half-dark runs must be searched whole."""
    clear = np.array([[True, False, False, False, True, False, True],
                      [False, False, True, True, True, False, False]])
    dark = np.array([True, True, True, False, False, True, True])
    got = B.night_runs(clear, dark)
    assert got.tolist() == [[False, False, False, False, False, True, False],
                            [True, True, False, False, False, True, True]]


@pytest.mark.parametrize("criterion", ["sensor", "nadir", "contact"])
def test_chord_verdicts_agree_with_dense_sampling(catalog, criterion):
    """Intervals of 2 s to 16 min on real tracks near Iran: every one the chord bounds call out of view
    (or in view) has every 0.5 s sample out of view (or in view)."""
    from desktop.core.access import Criterion, Margin, chord_verdicts
    from desktop.core.atlas import country_region

    crit = {"sensor": Criterion("sensor", off_nadir_deg=30.0), "nadir": Criterion("nadir"),
            "contact": Criterion("contact", elevation_deg=10.0)}[criterion]
    iran = country_region("Iran")
    rng = np.random.default_rng(8)
    decided = 0
    for name in ("KHAYYAM", "LANDSAT 9"):
        es = catalog.find(name)
        sats = B.Satellites.of([es.satrec], crit)
        margin = Margin(es, iran, crit)
        t = es.epoch_s + np.arange(0.0, 86400.0, 0.5)
        dense = B.pair_margins(sats, iran, np.zeros(len(t), dtype=int), t, 30.0, nearest=True)
        near = np.flatnonzero(dense.m < 3000.0)
        for steps in (4, 60, 240, 960, 1920):
            a = rng.choice(near[near < len(t) - steps], 400)
            b = a + steps
            clear, inside = chord_verdicts(margin, t[b] - t[a], dense.x[a], dense.x[b], dense.s[a], dense.s[b],
                                           dense.reach[a], dense.reach[b], dense.near[a], dense.near[b])
            for i in np.flatnonzero(clear):
                assert dense.m[a[i]:b[i] + 1].min() > 0, (name, steps)
            for i in np.flatnonzero(inside):
                assert dense.m[a[i]:b[i] + 1].max() < 0, (name, steps)
            decided += int(clear.sum() + inside.sum())
    assert decided > 1000


def test_the_plane_model_stays_within_its_error_bound(catalog):
    """Every near-circular set in the catalogue (8 members each, 3 days, every 30 s): the model's direction is
    within plane_model_error_rad of SGP4's; the bound is not loose beyond use."""
    worst = 0.0
    for es in catalog:
        sat = es.satrec
        if sat.ecco >= 0.1 or sat.no_kozai * 1440 / (2 * math.pi) <= 5:
            continue
        ens = U.ensemble(es, 8, at_s=es.epoch_s + 10 * 86400)
        t = es.epoch_s + np.arange(0.0, 3 * 86400.0, 30.0)
        model, bound = B.plane_model_directions(ens.satrecs, t, B.PLANE_MODEL_SPAN_S)
        r = ens.propagate_itrs(t)
        angle = np.arccos(np.clip(np.sum(model * r / np.linalg.norm(r, axis=-1, keepdims=True), axis=-1), -1, 1))
        assert np.all(angle.max(axis=1) <= bound), es.name
        worst = max(worst, float(np.max(angle.max(axis=1) / bound)))
    assert worst > 0.4


def test_coarse_stretches_left_out_keep_out_of_reach(catalog):
    """Every 16-minute stretch the plane model and the bounding cap leave out has every 1 s sample out of view."""
    from desktop.core.access import Criterion, Margin
    from desktop.core.atlas import country_region

    left_out = 0
    for region in (country_region("Iran"), country_region("Israel")):
        for name in ("KHAYYAM", "LANDSAT 9", "ISS (ZARYA)"):
            es = catalog.find(name)
            margin = Margin(es, region, Criterion("sensor", off_nadir_deg=30.0))
            ens = U.ensemble(es, 3, at_s=es.epoch_s)
            t = es.epoch_s + np.arange(0.0, 2 * 86400.0 + 1, 1.0)
            coarse = t[::960]
            sats = B.Satellites.of(ens.satrecs, margin.criterion)
            clear = B.far_stretches(sats, region, coarse)
            for m in range(len(ens)):
                dense = B.pair_margins(sats, region, np.full(len(t), m), t, 30.0).m
                for k in np.flatnonzero(clear[m]):
                    assert dense[k * 960:(k + 1) * 960 + 1].min() > 0, (region.name, name, m, k)
            left_out += int(clear.sum())
            assert 0 < clear.mean() < 1
    assert left_out > 1000


BATCH = ("ISS (ZARYA)", "LANDSAT 9", "KHAYYAM", "GPS BIII-5", "GOES 16")


@pytest.mark.parametrize("criterion", ["sensor", "contact", "nadir"])
def test_a_batch_of_different_satellites_gives_each_its_own_passes(catalog, criterion):
    """Five satellites from low orbit to geostationary searched as one batch: for each, the passes of its own
    find_passes (same count, edges within 0.01 s), over a country and a point, with and without daylight; an
    off-nadir angle past a high orbit's horizon leaves that one out with its reason, as its own search refuses it."""
    from desktop.core.access import AccessError, Criterion, find_passes, passes_of
    from desktop.core.atlas import country_region
    from desktop.core.regions import CircleRegion

    crit = {"sensor": Criterion("sensor", off_nadir_deg=30.0), "nadir": Criterion("nadir"),
            "contact": Criterion("contact", elevation_deg=10.0)}[criterion]
    sets = [catalog.find(name) for name in BATCH]
    start = sets[0].epoch_s + 86400.0
    end = start + 2 * 86400.0
    seen = 0
    for region in (country_region("Iran"), CircleRegion("Tehran", 35.7, 51.4, 0.0)):
        for sun in (None, 0.0):
            together, rejected = passes_of(sets, region, crit, start, end, sun)
            for i, es in enumerate(sets):
                if i in rejected:
                    assert criterion == "sensor" and "horizon" in rejected[i]
                    with pytest.raises(AccessError, match="horizon"):
                        find_passes(es, region, crit, start, end, sun)
                    continue
                own = find_passes(es, region, crit, start, end, sun)
                got = together[i]
                assert len(got) == len(own), (es.name, region.name, sun)
                for p, q in zip(got, own):
                    assert abs(p.start_s - q.start_s) <= 0.01 and abs(p.end_s - q.end_s) <= 0.01
                    assert p.starts_at_window == q.starts_at_window and p.ends_at_window == q.ends_at_window
                seen += len(own)
            if criterion == "sensor":
                assert sorted(rejected) == [3, 4]
    assert seen > 10


def test_exact_contact_margins_are_the_ellipsoid_margins_of_margin_evaluate(catalog):
    """Within the contact band the batch's exact margins are Margin.evaluate's (elevation on WGS84); beyond it,
    bounds of the right sign no larger in size."""
    from desktop.core.access import Criterion, Margin
    from desktop.core.regions import CircleRegion

    es = catalog.find("ISS (ZARYA)")
    crit = Criterion("contact", elevation_deg=10.0)
    for region in (CircleRegion("Tehran", 35.7, 51.4, 0.0), CircleRegion("disc", 10.0, 20.0, 300.0)):
        margin = Margin(es, region, crit)
        t = es.epoch_s + np.arange(0.0, 86400.0, 3.0)
        want = margin.evaluate(t, cutoff_km=np.inf)[0]
        got = B.pair_margins(B.Satellites.of([es.satrec], crit), region, np.zeros(len(t), dtype=int), t, 30.0,
                             exact=True).m
        band = np.abs(want) < 100.0
        assert band.sum() > 50
        assert np.allclose(got[band], want[band], atol=1e-6)
        assert np.all(np.sign(got) == np.sign(want))
        assert np.all(np.abs(got[~band]) <= np.abs(want[~band]) + 1e-6)


def test_a_set_sgp4_rejects_is_left_out_with_its_reason_and_the_others_kept(catalog):
    """A decaying orbit (perigee under the ground) in a batch: counted out with SGP4's reason; the scan goes on."""
    from desktop.core.access import Criterion, find_passes, passes_of
    from desktop.core.atlas import country_region
    from desktop.core.orbit import satrec_from_mean_elements

    iss = catalog.find("ISS (ZARYA)")
    start = iss.epoch_s + 3600.0
    dead = iss.with_source(satrec=satrec_from_mean_elements(99999, start, 17.5, 0.3, 51.6, 10.0, 20.0, 0.0))
    crit = Criterion("contact", elevation_deg=10.0)
    iran = country_region("Iran")
    passes, rejected = passes_of([dead, iss], iran, crit, start, start + 86400.0)
    assert list(rejected) == [0] and passes[0] == []
    assert [p.start_s for p in passes[1]] == [p.start_s for p in find_passes(iss, iran, crit, start, start + 86400.0)]
    found = B.search(B.Satellites.of([dead.satrec, iss.satrec], crit), iran, start, start + 86400.0, tolerance_s=0.01)
    assert found.rejected_summary().startswith("1 element set(s) left out: 1 ")


@pytest.mark.parametrize("criterion", ["contact", "sensor"])
def test_slope_bounds_from_a_bracket_agree_with_dense_sampling(catalog, criterion):
    """Next to an edge the margin is a few km from zero: from a pair of samples 0.4 s apart (their secant) and the
    curvature bound, _slope_clear settles intervals of 1 s to 8 min running away from the pair; every one it
    settles keeps the sign of its ends at every 0.2 s sample, and so does the stretch its bound claims (tau)."""
    from desktop.core.access import Criterion
    from desktop.core.regions import CircleRegion

    crit = {"contact": Criterion("contact", elevation_deg=10.0),
            "sensor": Criterion("sensor", off_nadir_deg=30.0)}[criterion]
    rng = np.random.default_rng(21)
    settled_count = claimed = 0
    for region in (CircleRegion("Tehran", 35.7, 51.4, 0.0), CircleRegion("disc", 30.0, 45.0, 400.0)):
        for name in ("ISS (ZARYA)", "LANDSAT 9", "KHAYYAM"):
            es = catalog.find(name)
            sats = B.Satellites.of([es.satrec], crit)
            t = es.epoch_s + np.arange(0.0, 2 * 86400.0, 0.2)
            dense = B.pair_margins(sats, region, np.zeros(len(t), dtype=int), t, 30.0, nearest=True, exact=True)
            m = dense.m
            edges = np.flatnonzero((m[1:] < 0) != (m[:-1] < 0))
            for k in edges:
                for side in (-1, 1):  # the pair (k, k+2) or (k-1, k+1) and an interval running away from it
                    p, q = (k + 1, k + 3) if side > 0 else (k - 2, k)
                    if q >= len(t) or p < 0 or (m[p] < 0) != (m[q] < 0):
                        continue
                    slope = (m[q] - m[p]) / (t[q] - t[p])
                    e = q if side > 0 else p
                    steps = rng.integers(5, 2400, 12)
                    o = e + side * steps
                    keep = (o >= 0) & (o < len(t))
                    o, steps = o[keep], steps[keep]
                    n = len(o)
                    settled, tau = B._slope_clear(sats, region, np.zeros(n, dtype=int), steps * 0.2, np.full(n, m[e]),
                                                  np.full(n, side * slope), np.full(n, dense.s[e]),
                                                  np.full(n, dense.reach[e]), m[o], True)
                    for j in range(n):
                        lo, hi = sorted((e, int(o[j])))
                        stretch = m[lo:hi + 1]
                        if settled[j]:
                            assert np.all((stretch < 0) == (m[e] < 0)), (region.name, name, k, side, steps[j])
                            settled_count += 1
                        reach = int(tau[j] / 0.2)
                        if reach > 0:
                            near = m[e:e + side * reach + side:side] if side > 0 else m[max(e - reach, 0):e + 1]
                            assert np.all((near < 0) == (m[e] < 0)), (region.name, name, k, side, tau[j])
                            claimed += 1
    assert settled_count > 100 and claimed > 200


@pytest.mark.parametrize("criterion", ["contact", "sensor"])
def test_a_batch_of_low_orbits_over_a_point_and_a_disc_matches_one_second_brute_force(catalog, criterion):
    """Every low, near-circular set of the bundled catalogue searched as one batch over a point and a 400 km disc
    for a day: every pass 1 s sampling of the same geometry sees is found with both edges within 1 s, and every
    pass found that it misses is shorter than 1 s."""
    from desktop.core.access import Criterion, Margin, sampled_intervals
    from desktop.core.regions import CircleRegion

    crit = {"contact": Criterion("contact", elevation_deg=10.0),
            "sensor": Criterion("sensor", off_nadir_deg=30.0)}[criterion]
    sets = [es for es in catalog if es.satrec.ecco < 0.01 and es.satrec.no_kozai * 1440 / (2 * math.pi) > 11][:12]
    assert len(sets) >= 8
    start = max(es.epoch_s for es in sets)
    end = start + 86400.0
    compared = 0
    for region in (CircleRegion("Tehran", 35.7, 51.4, 0.0), CircleRegion("disc", 30.0, 45.0, 400.0)):
        found = B.search(B.Satellites.of([es.satrec for es in sets], crit), region, start, end, tolerance_s=0.01)
        for i, es in enumerate(sets):
            brute = sampled_intervals(Margin(es, region, crit), start, end, 1.0)
            got = found.intervals[i]
            for b0, b1 in brute:
                k = int(np.argmin(np.abs(got[:, 0] - b0)))
                assert abs(got[k, 0] - b0) <= 1.0 and abs(got[k, 1] - b1) <= 1.0, (es.name, region.name, b0, b1)
            for g0, g1 in got:  # a pass brute force does not see is shorter than its step
                assert np.min(np.abs(brute[:, 0] - g0), initial=np.inf) <= 1.0 or g1 - g0 < 1.0, (es.name, g0)
            compared += len(brute)
    assert compared > 20
