"""The uncertainty model against our own real data and built pairs; ensembles through SatrecArray."""

import math

import numpy as np
import pytest

from desktop.core import uncertainty as U
from desktop.core.constants import MEAN_EARTH_RADIUS_KM
from desktop.core.elements import read_element_file
from desktop.core.groundtrack import ground_track
from desktop.core.paths import tle_dir
from desktop.core.design import OrbitDesign, build


def real_pairs():
    old = {es.name: es for es in read_element_file(tle_dir() / "reference-2026-03-11.tle")[0]}
    new = {es.name: es for es in read_element_file(tle_dir() / "reference-2026-09-23.tle")[0]}
    return [(old[name], new[name]) for name in sorted(new)]


@pytest.mark.parametrize("older,newer", real_pairs(), ids=lambda es: es.name)
def test_the_newer_real_set_lies_inside_the_corridor_predicted_from_the_older(older, newer):
    t = np.array([newer.epoch_s])
    ens = U.ensemble(older, 256, at_s=newer.epoch_s)
    spread = U.corridor(ens, t)
    pair = U.Ensemble(older, [ens.satrecs[0], newer.satrec], "real")
    along, cross = U.track_offsets_km(pair, t)
    assert abs(along[1, 0]) <= spread.along_90_km[0] / 2
    assert abs(cross[1, 0]) <= spread.cross_90_km[0] / 2
    assert (newer.epoch_s - older.epoch_s) / 86400 > 190  # a hard case: months apart


def test_a_set_built_one_sigma_ahead_lies_inside_and_three_sigma_outside(catalog):
    es = catalog.find("SENTINEL-2A")
    at = es.epoch_s + 20 * 86400.0
    sigma = float(U.along_track_sigma_km(20.0))
    sat = es.satrec
    a_km = sat.a * sat.radiusearthkm
    spread = U.corridor(U.ensemble(es, 256, at_s=at), [at])
    for k, inside in ((1.0, True), (3.0, False)):
        shifted = U.satrec_from_mean_elements(es.satnum, es.epoch_s, sat.no_kozai * 1440 / (2 * math.pi), sat.ecco,
                                              math.degrees(sat.inclo), math.degrees(sat.nodeo),
                                              math.degrees(sat.argpo),
                                              math.degrees(sat.mo) + math.degrees(k * sigma / a_km))
        along, _cross = U.track_offsets_km(U.Ensemble(es, [sat, shifted], "real"), [at])
        assert abs(along[1, 0] - k * sigma) < 0.1 * k * sigma + 5  # the built set is where it was put
        assert (abs(along[1, 0]) <= spread.along_90_km[0] / 2) == inside


def test_one_day_after_epoch_the_corridor_is_kilometres_and_the_nominal_is_member_zero(catalog):
    es = catalog.find("ISS")
    t = es.epoch_s + 86400.0 + np.arange(0, 5400, 300.0)
    ens = U.ensemble(es, 128, at_s=t[0])
    assert len(ens) == 128 and ens.satrecs[0] is es.satrec
    spread = U.corridor(ens, t)
    assert np.all(spread.along_90_km < 2 * U.Z90 * U.along_track_sigma_km(1.1) * 1.3)
    assert np.all(spread.along_90_km > 2.0)
    nominal = ground_track(es, t)
    assert np.allclose(spread.members_lat_deg[0], nominal.lat_deg, atol=1e-6)


def test_an_approximate_set_can_be_anywhere_along_its_orbit_but_keeps_its_track_pattern(catalog):
    es = catalog.find("KHAYYAM")
    spread = U.corridor(U.ensemble(es, 128, at_s=es.epoch_s), [es.epoch_s])
    circumference = 2 * math.pi * 6378.135
    assert spread.along_90_km[0] > 0.8 * circumference  # 90 % of all phases
    assert spread.cross_90_km[0] < 2000.0  # the node time is known to about +-30 minutes


def test_a_designed_orbit_has_no_spread():
    d = build(OrbitDesign(epoch_s=1.8e9, height_km=600.0, inclination_deg=50.0)).elements
    ens = U.ensemble(d, 128)
    spread = U.corridor(ens, [1.8e9, 1.8e9 + 600])
    assert len(ens) == 1 and np.all(spread.along_90_km == 0) and np.all(spread.cross_90_km == 0)


def test_the_batched_member_search_reproduces_the_nominal_passes_and_spreads_an_approximate_set(catalog):
    from desktop.core.access import Criterion, find_passes
    from desktop.core.atlas import country_region

    iran, crit = country_region("Iran"), Criterion("sensor", off_nadir_deg=30.0)
    for name in ("LANDSAT 9", "KHAYYAM"):
        es = catalog.find(name)
        start, end = es.epoch_s + 86400.0, es.epoch_s + 11 * 86400.0
        ens = U.ensemble(es, 32, at_s=start)
        ep = U.ensemble_passes(ens, iran, crit, start, end, 0.0)
        nominal = find_passes(es, iran, crit, start, end, 0.0)
        member0 = ep.member_passes[0]
        assert len(member0) == len(nominal)
        assert np.max(np.abs(member0[:, 0] - [p.start_s for p in nominal])) < 2.0
        stats = U.interval_stats(np.array([[p.start_s, p.end_s] for p in nominal]), start, end)
        ranges = U.stat_ranges(ep, stats)
        assert ranges["passes_per_day"]["low"] <= stats["passes_per_day"] <= ranges["passes_per_day"]["high"]
        period = 2 * math.pi / es.satrec.no_kozai * 60.0
        windows = U.start_windows(ep, [p.start_s for p in nominal], period)
        widths = np.array([b - a for a, b, _share in windows])
        if name == "LANDSAT 9":  # a real set a day from its epoch: starts known to seconds, every member has them
            assert widths.max() < 10.0 and all(share == 1.0 for *_x, share in windows)
            assert ranges["passes_per_day"]["high"] - ranges["passes_per_day"]["low"] < 0.02 * stats["passes_per_day"]
        else:  # unknown phase: starts spread over most of an orbit, passes a day stay narrow
            assert np.median(widths) > 0.4 * period
            assert ranges["passes_per_day"]["high"] - ranges["passes_per_day"]["low"] <= 0.5


def test_claims_are_judged_against_a_range():
    from desktop.core.claims import judge_range

    assert judge_range(4, 4, 4.7, 4.8) == "differs"
    assert judge_range(4, 4, 4.2, 4.6) == "consistent"  # "four" stands for 3.5-4.5
    assert judge_range(3, 4, 4.4, 4.9) == "consistent"
    assert judge_range(4, 4, 2.0, 5.5) == "cannot tell with these elements"


def test_the_article_claim_carries_its_range_and_verdict(catalog):
    from desktop.core.claims import find_claims
    from desktop.core.entities import link_entities

    text = "Written for this test: the satellite KHAYYAM passes over Iran four times a day, its operator said."
    claims = find_claims(text, link_entities(text, catalog), catalog, window_days=10.0, uncertainty=True, members=16)
    passes = [c for c in claims if c.kind == "passes"]
    assert passes and "5-95 % range" in passes[0].computed
    assert passes[0].verdict in ("consistent", "differs", "cannot tell with these elements")
    assert passes[0].verdict in passes[0].line()


def test_every_member_of_the_batched_search_has_the_passes_of_its_own_search(catalog):
    """The batched search (latitude bound, halving, dark runs left out) finds what find_passes finds per member."""
    from desktop.core.access import Criterion, find_passes
    from desktop.core.atlas import country_region

    iran, crit = country_region("Iran"), Criterion("sensor", off_nadir_deg=30.0)
    # the ISS passes at every local time, so some passes meet the edge of a dark stretch
    for name in ("KHAYYAM", "LANDSAT 9", "ISS (ZARYA)"):
        es = catalog.find(name)
        start, end = es.epoch_s + 86400.0, es.epoch_s + 8 * 86400.0
        ens = U.ensemble(es, 24, at_s=start)
        counts = {}
        for sun in (None, 0.0):
            ep = U.ensemble_passes(ens, iran, crit, start, end, sun)
            for m in (1, 7, 13, 23):
                own = find_passes(es.with_source(satrec=ens.satrecs[m]), iran, crit, start, end, sun)
                got = ep.member_passes[m]
                assert len(got) == len(own), (name, sun, m)
                if own:
                    assert np.max(np.abs(got[:, 0] - [p.start_s for p in own])) < 1.0
                    assert np.max(np.abs(got[:, 1] - [p.end_s for p in own])) < 1.0
            counts[sun] = sum(map(len, ep.member_passes))
        assert counts[0.0] < counts[None]  # a daylight test keeps fewer passes than none


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
        got = U._margins(margin, r, 30.0).m
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
        dark = U._dark(iran, t, sun_min)
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
    got = U._night_runs(clear, dark)
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
        ens = U.ensemble(es, 1)
        margin = Margin(es, iran, crit)
        t = es.epoch_s + np.arange(0.0, 86400.0, 0.5)
        dense = U._pair_margins(ens, margin, np.zeros(len(t), dtype=int), t, 30.0, nearest=True)
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
        model, bound = U._plane_model_directions(ens, t, U.PLANE_MODEL_SPAN_S)
        r = ens.propagate_itrs(t)
        angle = np.arccos(np.clip(np.sum(model * r / np.linalg.norm(r, axis=-1, keepdims=True), axis=-1), -1, 1))
        assert angle.max() <= bound, es.name
        worst = max(worst, float(angle.max() / bound))
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
            clear = U._far_stretches(ens, margin, coarse)
            for m in range(len(ens)):
                dense = U._pair_margins(ens, margin, np.full(len(t), m), t, 30.0).m
                for k in np.flatnonzero(clear[m]):
                    assert dense[k * 960:(k + 1) * 960 + 1].min() > 0, (region.name, name, m, k)
            left_out += int(clear.sum())
            assert 0 < clear.mean() < 1
    assert left_out > 1000


def test_a_geostationary_ensemble_always_or_never_in_view(catalog):
    """No edge at all to refine (the batched search used to fail on an empty work list)."""
    from desktop.core.access import Criterion
    from desktop.core.regions import CircleRegion

    es = catalog.find("GOES 16")
    start, end = es.epoch_s + 86400.0, es.epoch_s + 3 * 86400.0
    ens = U.ensemble(es, 8, at_s=start)
    crit = Criterion("contact", elevation_deg=10.0)
    seen = U.ensemble_passes(ens, CircleRegion("Quito", -0.2, -78.5, 50.0), crit, start, end)
    assert all(iv.tolist() == [[start, end]] for iv in seen.member_passes)
    unseen = U.ensemble_passes(ens, CircleRegion("Tehran", 35.7, 51.4, 50.0), crit, start, end)
    assert all(len(iv) == 0 for iv in unseen.member_passes)
