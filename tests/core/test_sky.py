"""The observer's sky against skyfield (altaz, find_events, is_sunlit, the Sun) and known geometry."""

import math

import numpy as np
import pytest
from skyfield.api import EarthSatellite, wgs84

from desktop.core import sky, timebase
from desktop.core.catalog import bundled_catalog
from desktop.core.constants import SUN_RADIUS_KM, WGS84_A_KM

ANGLE_DEG = 0.01  # look angles: SGP4 + Earth rotation against skyfield's full frame chain
RANGE_KM = 0.05
EDGE_S = 2.0  # rise, set, shadow entry and exit against skyfield
SUN_DEG = 0.02  # the Sun's hourly table, interpolated (and 9" of parallax left out)

LONDON = sky.Observer(51.5074, -0.1278, 20.0, "London")
START = timebase.to_posix("2026-03-12T00:00:00Z")  # two days after the bundled ISS/CSS/HST epochs


@pytest.fixture(scope="module")
def catalogue():
    return bundled_catalog()


def _skyfield(es):
    return EarthSatellite.from_satrec(es.satrec, timebase.timescale())


def _topos(observer):
    return wgs84.latlon(observer.lat_deg, observer.lon_deg, elevation_m=observer.height_m)


def _posix(t):
    """POSIX seconds of a skyfield Time (TAI minus the leap seconds of the day)."""
    tai_s = (t.tai - timebase.JD_UNIX_EPOCH) * 86400.0
    return tai_s - timebase.leap_seconds(tai_s)


def test_observer_checks_its_latitude_in_one_line():
    with pytest.raises(ValueError, match=r"latitude 91 deg is beyond \+-90"):
        sky.Observer(91.0, 0.0)
    with pytest.raises(ValueError, match="not a finite number"):
        sky.Observer(float("nan"), 0.0)
    assert sky.Observer(10.0, 350.0).lon_deg == pytest.approx(-10.0)
    assert sky.Observer(51.5, -0.1).position_text == "51.5 N, 0.1 W"


def test_look_angles_match_skyfield_altaz_for_one_set_and_many(catalogue):
    sets = [catalogue.find(n) for n in ("ISS", "HST", "GOES 16", "GPS BIII-5")]
    t = START + np.arange(0, 86400, 977.0)
    az, el, rng = sky.look_angles(sets, LONDON, t)
    assert az.shape == el.shape == rng.shape == (4, len(t))
    for k, es in enumerate(sets):
        alt_ref, az_ref, dist_ref = (_skyfield(es) - _topos(LONDON)).at(timebase.skyfield_time(t)).altaz()
        assert np.max(np.abs(el[k] - alt_ref.degrees)) < ANGLE_DEG
        daz = (az[k] - az_ref.degrees + 180.0) % 360.0 - 180.0
        assert np.max(np.abs(daz * np.cos(np.radians(el[k])))) < ANGLE_DEG
        assert np.max(np.abs(rng[k] - dist_ref.km)) < RANGE_KM
    one_az, one_el, one_rng = sky.look_angles(sets[0], LONDON, t)  # one set: (n_times,)
    assert one_el.shape == (len(t),) and np.allclose(one_el, el[0]) and np.allclose(one_az, az[0])
    scalar = sky.look_angles(sets[0], LONDON, float(t[3]))  # one time: scalars
    assert np.shape(scalar[1]) == () and float(scalar[1]) == pytest.approx(el[0, 3])
    assert sky.look_angles(sets, LONDON, float(t[3]))[1].shape == (4,)


def test_sun_altaz_matches_skyfield():
    t = START + np.arange(0, 86400 * 3, 3001.0)
    az, el = sky.sun_altaz(LONDON, t)
    eph = timebase.ephemeris()
    alt_ref, az_ref, _ = (eph["earth"] + _topos(LONDON)).at(timebase.skyfield_time(t)).observe(eph["sun"]).apparent().altaz()
    assert np.max(np.abs(el - alt_ref.degrees)) < SUN_DEG
    assert np.max(np.abs(((az - az_ref.degrees + 180) % 360 - 180) * np.cos(np.radians(el)))) < SUN_DEG
    one_az, one_el = sky.sun_altaz(LONDON, float(t[5]))
    assert np.shape(one_el) == () and float(one_el) == pytest.approx(el[5])


def test_shadow_cone_against_known_geometry():
    """Directly behind the Earth: umbra; beside it: sunlit; the Sun's centre on the limb: penumbra, half lit."""
    t = np.array([START])
    sun = sky.sun_itrs_km(t)[:, 0]
    u = sun / np.linalg.norm(sun)
    side = np.cross(u, [0.0, 0.0, 1.0])
    side /= np.linalg.norm(side)
    r = 7000.0
    behind = -r * u
    beside = r * side
    # the Sun's centre on the Earth's limb seen from the satellite: the satellite b (the Earth's angular
    # radius) from the anti-Sun axis (the Sun's direction from it is parallel to u within 0.003 deg)
    b = math.asin(WGS84_A_KM / r)
    on_limb = r * (-math.cos(b) * u + math.sin(b) * side)
    positions = np.stack([behind, beside, on_limb], axis=1)
    times = np.full(3, START)
    assert list(sky.shadow_state(positions, times)) == [sky.UMBRA, sky.SUNLIT, sky.PENUMBRA]
    frac = sky.sunlit_fraction(positions, times)
    assert frac[0] == 0.0 and frac[1] == 1.0
    assert frac[2] == pytest.approx(0.5, abs=0.01)  # the limb is nearly straight across a 0.53 deg disc
    # the penumbra's angular width seen from the satellite is the Sun's diameter
    a = math.asin(SUN_RADIUS_KM / np.linalg.norm(sun))
    assert math.degrees(2 * a) == pytest.approx(0.53, abs=0.02)


def _transitions(flag):
    return np.flatnonzero(flag[1:] != flag[:-1])


@pytest.mark.parametrize("name", ["ISS", "HST", "CSS"])
def test_shadow_entry_and_exit_agree_with_skyfield_is_sunlit(catalogue, name):
    """Every entry and exit over a day, bisected on our cone model, has skyfield's is_sunlit change within 2 s;
    and skyfield's 20 s samples see as many changes."""
    es = catalogue.find(name)
    t = START + np.arange(0.0, 86400.0, 20.0)
    r = sky.positions_itrs([es], t)[0]
    lit = sky.shadow_margin_rad(r, t) > 0

    def fn(times):
        return sky.shadow_margin_rad(sky.positions_itrs([es], times)[0], times) > 0

    k = _transitions(lit)
    edges = sky._bisect(t[k], t[k + 1], lit[k], fn)
    sat = _skyfield(es)
    eph = timebase.ephemeris()
    ref_lit = sat.at(timebase.skyfield_time(t)).is_sunlit(eph)
    assert len(_transitions(ref_lit)) == len(edges) >= 28  # about 15 orbits, an entry and an exit each
    before = sat.at(timebase.skyfield_time(edges - EDGE_S)).is_sunlit(eph)
    after = sat.at(timebase.skyfield_time(edges + EDGE_S)).is_sunlit(eph)
    assert np.all(before != after)
    assert np.all(before == lit[k])


def test_observer_passes_match_skyfield_find_events(catalogue):
    es = catalogue.find("ISS")
    end = START + 2 * 86400.0
    passes = sky.observer_passes(es, LONDON, START, end, mask_deg=10.0)
    sat = _skyfield(es)
    times, events = sat.find_events(_topos(LONDON), timebase.skyfield_time(START), timebase.skyfield_time(end),
                                    altitude_degrees=10.0)
    posix = _posix(times)
    rises, culminations, sets_ = posix[events == 0], posix[events == 1], posix[events == 2]
    assert len(passes) == len(rises) == len(sets_) >= 8
    aos = np.array([p.aos_s for p in passes])
    los = np.array([p.los_s for p in passes])
    tca = np.array([p.tca_s for p in passes])
    assert np.max(np.abs(aos - rises)) < EDGE_S
    assert np.max(np.abs(los - sets_)) < EDGE_S
    assert np.max(np.abs(tca - culminations)) < 0.5  # the top of a pass is flat: its time is less sharp than AOS
    alt_ref, _, dist_ref = (sat - _topos(LONDON)).at(timebase.skyfield_time(culminations)).altaz()
    assert np.max(np.abs(np.array([p.max_el_deg for p in passes]) - alt_ref.degrees)) < ANGLE_DEG
    assert np.max(np.abs(np.array([p.range_at_tca_km for p in passes]) - dist_ref.km)) < 2.0
    for p in passes:
        assert p.flag == "" and p.satellite == es.name and p.std_magnitude_known
        if p.magnitude_at_tca is not None:
            assert -6.0 < p.magnitude_at_tca < 4.0


def test_pass_details_shadow_times_agree_with_skyfield(catalogue):
    es = catalogue.find("ISS")
    passes = sky.observer_passes(es, LONDON, START, START + 3 * 86400.0)
    with_entry = [p for p in passes if p.shadow_entry_s is not None]
    assert with_entry, "no pass of these three March nights enters the shadow: choose another window"
    sat, eph = _skyfield(es), timebase.ephemeris()
    for p in with_entry:
        lit = sat.at(timebase.skyfield_time(np.array([p.shadow_entry_s - EDGE_S, p.shadow_entry_s + EDGE_S])))
        assert list(lit.is_sunlit(eph)) == [True, False]
        assert p.brightest_magnitude is not None and p.brightest_s < p.shadow_entry_s
        t, az, el, sunlit = sky.pass_path(es, LONDON, p, step_s=5.0)
        assert t[0] == p.aos_s and t[-1] == p.los_s and el.min() >= 10.0 - 0.01
        assert sunlit[0] and not sunlit[-1]


def _visible_reference(es, observer, start, end, sun_limit, mask, step=5.0):
    """Visible seconds from skyfield alone: its passes (find_events), sampled every 5 s with altaz,
    is_sunlit and the Sun's altitude."""
    sat, eph = _skyfield(es), timebase.ephemeris()
    topos = _topos(observer)
    times, events = sat.find_events(topos, timebase.skyfield_time(start), timebase.skyfield_time(end),
                                    altitude_degrees=mask)
    posix = _posix(times)
    t = np.concatenate([np.arange(a, b, step) for a, b in zip(posix[events == 0], posix[events == 2])])
    ts = timebase.skyfield_time(t)
    alt, _, _ = (sat - topos).at(ts).altaz()
    sun_alt, _, _ = (eph["earth"] + topos).at(ts).observe(eph["sun"]).apparent().altaz()
    visible = (alt.degrees >= mask) & sat.at(ts).is_sunlit(eph) & (sun_alt.degrees < sun_limit)
    return t, visible


def test_visible_passes_cover_what_skyfield_sees(catalogue):
    es = catalogue.find("ISS")
    end = START + 5 * 86400.0
    passes = sky.visible_passes([es], LONDON, START, end)
    assert passes
    t, visible = _visible_reference(es, LONDON, START, end, -6.0, 10.0)
    inside = np.zeros(len(t), dtype=bool)
    for p in passes:
        inside |= (t >= p.start_s - EDGE_S) & (t <= p.end_s + EDGE_S)
        assert p.satellite == es.name and p.flag == "" and p.end_s > p.start_s
        assert p.max_el_deg >= max(p.start_el_deg, p.end_el_deg) - 1e-9
        assert -6.0 < p.magnitude < 5.0 and p.start_s <= p.magnitude_s <= p.end_s
    # every second skyfield calls visible lies in one of our passes, and ours hold no invisible stretch
    assert np.all(inside[visible])
    strictly = np.zeros(len(t), dtype=bool)
    for p in passes:
        strictly |= (t >= p.start_s + EDGE_S) & (t <= p.end_s - EDGE_S)
    assert np.all(visible[strictly])
    # the highest point: skyfield's elevation there, and none of its samples inside the pass higher
    sat, topos = _skyfield(es), _topos(LONDON)
    tops = (sat - topos).at(timebase.skyfield_time(np.array([p.max_el_s for p in passes]))).altaz()[0].degrees
    assert np.max(np.abs(tops - np.array([p.max_el_deg for p in passes]))) < ANGLE_DEG
    alt = (sat - topos).at(timebase.skyfield_time(t)).altaz()[0].degrees
    for p in passes:
        inside_p = (t >= p.start_s) & (t <= p.end_s)
        assert np.all(alt[inside_p] <= p.max_el_deg + ANGLE_DEG)
    path_t, _, path_el, path_lit = sky.pass_path(es, LONDON, passes[0], step_s=5.0)  # a visible pass drawn
    assert path_t[0] == passes[0].start_s and path_t[-1] == passes[0].end_s
    assert path_lit[:-1].all()  # the last point may be the shadow entry itself
    assert path_el.max() <= passes[0].max_el_deg + 1e-9


def test_visible_passes_for_many_sets_and_their_flags(catalogue):
    sets = list(catalogue)
    passes = sky.visible_passes(sets, LONDON, START, START + 86400.0)
    assert passes and all(a.start_s <= b.start_s for a, b in zip(passes, passes[1:]))
    approximate = {es.name for es in sets if es.flag}
    for p in passes:
        assert p.flag == ("APPROXIMATE" if p.satellite in approximate else "")
    # one satellite searched alone gives the same visible passes as within the batch
    iss = catalogue.find("ISS")
    alone = sky.visible_passes([iss], LONDON, START, START + 86400.0)
    within = [p for p in passes if p.satnum == iss.satnum]
    assert len(alone) == len(within)
    for a, b in zip(alone, within):
        assert abs(a.start_s - b.start_s) < 0.1 and abs(a.end_s - b.end_s) < 0.1


def test_reasons_when_nothing_is_visible(catalogue):
    iss = catalogue.find("ISS")
    # midsummer at 70 N: the Sun never goes below -6 deg
    tromso = sky.Observer(69.65, 18.96)
    june = timebase.to_posix("2026-06-20T00:00:00Z")
    assert "the Sun never gets below -6 deg at 69.7 N" in sky.no_visible_reason([iss], tromso, june, june + 86400)
    # the ISS (51.6 deg inclination) never rises 10 deg over the South Pole station
    pole = sky.Observer(-89.99, 0.0)
    winter = timebase.to_posix("2026-06-01T00:00:00Z")
    assert "ISS (ZARYA) never rises above 10 deg" in sky.no_visible_reason([iss], pole, winter, winter + 86400)
    # a pass in the middle of a March night: above the mask and dark, but in Earth's shadow
    start = timebase.to_posix("2026-03-14T00:00:00Z")
    passes = sky.observer_passes(iss, LONDON, start, start + 86400 * 2)
    dark_in_shadow = [p for p in passes if p.brightest_magnitude is None and p.sun_alt_at_tca_deg < -18]
    assert dark_in_shadow, "no midnight pass in shadow in this window: choose another"
    p = dark_in_shadow[0]
    reason = sky.no_visible_reason([iss], LONDON, p.aos_s - 60, p.los_s + 60)
    assert reason == "ISS (ZARYA) is in Earth's shadow whenever it is dark and above 10 deg at 51.5 N in this window"
    assert sky.no_visible_reason([iss], LONDON, START, START + 3 * 86400) is None


def test_geostationary_is_always_or_never_up(catalogue):
    goes = catalogue.find("GOES 16")  # about 75.2 W
    under = sky.Observer(0.0, -75.2)
    far = sky.Observer(0.0, 104.8)
    assert sky.geostationary_status(goes, under, START, START + 86400).startswith("always up")
    assert sky.geostationary_status(goes, far, START, START + 86400).startswith("never up")
    assert sky.geostationary_status(catalogue.find("ISS"), under, START, START + 86400) is None
    assert sky.observer_passes(goes, far, START, START + 86400) == []
    whole = sky.observer_passes(goes, under, START, START + 86400)
    assert len(whole) == 1 and whole[0].starts_at_window and whole[0].ends_at_window


def test_limits_are_checked_in_one_line():
    with pytest.raises(ValueError, match="Sun limit 3 deg must be from -18"):
        sky.check_sun_limit(3.0)
    with pytest.raises(ValueError, match="Sun limit -20 deg"):
        sky.check_sun_limit(-20.0)
    with pytest.raises(ValueError, match="elevation mask 95 deg must be from 0 to below 90"):
        sky.check_mask(95.0)
    sky.check_sun_limit(-12.0)
    sky.check_mask(0.0)


def test_above_horizon_and_next_pass(catalogue):
    sets = list(catalogue)
    when = START + 3600.0
    index, az, el, rng = sky.above_horizon(sets, LONDON, when)
    _, all_el, _ = sky.look_angles(sets, LONDON, np.array([when]))
    assert set(index) == set(np.flatnonzero(all_el[:, 0] >= 0.0)) and np.all(el >= 0.0)
    iss = catalogue.find("ISS")
    nxt = sky.next_pass(iss, LONDON, START)
    first = sky.observer_passes(iss, LONDON, START, START + 86400.0)[0]
    assert nxt is not None and abs(nxt.aos_s - first.aos_s) < 0.1
    during = sky.next_pass(iss, LONDON, first.tca_s)  # in progress: it starts now
    assert during.starts_at_window and during.aos_s == first.tca_s and abs(during.los_s - first.los_s) < 0.1


def test_nothing_to_search_and_sets_sgp4_refuses(catalogue):
    assert sky.visible_search([], LONDON, START, START + 86400).reason == "no satellite to search"
    from sgp4.api import WGS72, Satrec

    from desktop.core.elements import ElementSet

    sat = Satrec()  # a perigee inside the Earth: SGP4 refuses it at every time
    sat.sgp4init(WGS72, "i", 99999, 26000.0, 0.0, 0.0, 0.0, 0.9, 0.0, 0.9, 0.0, 0.06, 0.0)
    doomed = ElementSet("DOOMED", 99999, sat, START)
    result = sky.visible_search([doomed], LONDON, START, START + 86400)
    assert result.passes == [] and result.reason.startswith("no element set could be propagated: 1 element set")


def test_sky_chart_orientation():
    """Zenith at the centre, horizon on the rim, north up; looking up east is on the left, on a map right."""
    x, y = sky.sky_disc_xy(np.array([0.0, 90.0, 180.0, 270.0, 45.0]), np.array([0.0, 0.0, 0.0, 0.0, 90.0]))
    assert np.allclose(x, [0, -1, 0, 1, 0], atol=1e-12) and np.allclose(y, [1, 0, -1, 0, 0], atol=1e-12)
    mx, my = sky.sky_disc_xy(90.0, 45.0, looking_up=False)
    assert float(mx) == pytest.approx(0.5) and float(my) == pytest.approx(0.0, abs=1e-12)
