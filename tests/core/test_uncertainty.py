"""The uncertainty model against our own real data and built pairs; ensembles through SatrecArray."""

import math

import numpy as np
import pytest

from desktop.core import uncertainty as U
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
