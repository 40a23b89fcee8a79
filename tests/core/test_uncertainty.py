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
