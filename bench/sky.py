"""Observer benchmark: visible passes (sunlit satellite, dark sky, above 10 deg), ours against skyfield.

Measured in the same run:
1. The ISS (bundled set) over 30 days from London: ``sky.visible_passes``.
   Target <= 0.5 s. Reference: skyfield's ``find_events`` over the same window
   and, inside each pass, ``altaz``, ``is_sunlit`` and the Sun's altitude
   sampled every 10 s (the usual way to get visible passes from skyfield).
   The first query of a month also builds the Sun's hourly
   table (timebase, about 0.4 s a 32-day block): printed apart. Both lists must agree: same count, starts within 10 s (the reference's step).
2. Every set of bench/catalogue.py's synthetic catalogue (about 11,000) for one
   night at 35.7 N 51.4 E: ``sky.visible_passes`` (the batched engine, then the
   refinement). Target <= 20 s. Reference: the same skyfield recipe on a random
   sample of 100 sets, scaled to the catalogue; on the sample the visible
   passes must agree (same count, starts within 10 s).
``--quick`` takes one catalogue set in ten. No timing here is asserted by a test.
"""

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from catalogue import EPOCH, POINT, peak_gb, synthetic_tle  # noqa: E402

from desktop.core import sky, timebase  # noqa: E402
from desktop.core.catalog import bundled_catalog  # noqa: E402
from desktop.core.elements import parse_tle_text  # noqa: E402

STEP_S = 10.0  # the reference's sampling inside each pass
SAMPLE = 100
AGREE_S = STEP_S + 1.0  # the reference sees an edge up to one step late; ours are within 0.05 s


def skyfield_visible(sets, observer, start_s, end_s, sun_limit=-6.0, mask=10.0):
    """Visible passes of each set from skyfield alone: (start, end) arrays per set, and the time it took."""
    from skyfield.api import EarthSatellite, wgs84

    ts, eph = timebase.timescale(), timebase.ephemeris()
    topos = wgs84.latlon(observer.lat_deg, observer.lon_deg, elevation_m=observer.height_m)
    place = eph["earth"] + topos
    t0, t1 = timebase.skyfield_time(start_s), timebase.skyfield_time(end_s)
    out = []
    tic = time.perf_counter()
    for es in sets:
        sat = EarthSatellite.from_satrec(es.satrec, ts)
        t, events = sat.find_events(topos, t0, t1, altitude_degrees=mask)
        tai = (t.tai - timebase.JD_UNIX_EPOCH) * 86400.0 if len(t) else np.zeros(0)
        stamps = tai - timebase.leap_seconds(tai) if len(t) else tai
        rises, sets_ = list(stamps[events == 0]), list(stamps[events == 2])
        if not rises and not sets_ and (sat - topos).at(t0).altaz()[0].degrees >= mask:
            rises, sets_ = [start_s], [end_s]  # always up (a geostationary satellite)
        if sets_ and (not rises or sets_[0] < rises[0]):
            rises.insert(0, start_s)
        if rises and (not sets_ or rises[-1] > sets_[-1]):
            sets_.append(end_s)
        found = []
        if rises:
            times = np.concatenate([np.arange(a, b, STEP_S) for a, b in zip(rises, sets_)])
            owner = np.concatenate([np.full(len(np.arange(a, b, STEP_S)), k) for k, (a, b) in enumerate(zip(rises, sets_))])
            if len(times):
                st = timebase.skyfield_time(times)
                alt = (sat - topos).at(st).altaz()[0].degrees
                sun = place.at(st).observe(eph["sun"]).apparent().altaz()[0].degrees
                ok = (alt >= mask) & sat.at(st).is_sunlit(eph) & (sun < sun_limit)
                edges = np.flatnonzero(np.diff(np.r_[0, ok.astype(np.int8), 0]))
                for a, b in zip(edges[::2], edges[1::2]):  # runs of visible samples, split where a pass ends
                    for k in np.unique(owner[a:b]):
                        run = np.arange(a, b)[owner[a:b] == k]
                        found.append((times[run[0]], times[run[-1]]))
        out.append(np.array(found).reshape(-1, 2))
    return out, time.perf_counter() - tic


def compare(ours_by_set, reference, names=None):
    """(agree, passes compared): same count per set and starts within AGREE_S. Passes shorter than the
    reference's step may be seen by one side only: they are left out of both."""
    agree, compared = True, 0
    for ours, ref in zip(ours_by_set, reference):
        ours = ours[ours[:, 1] - ours[:, 0] >= STEP_S] if len(ours) else ours
        ref = ref[ref[:, 1] - ref[:, 0] >= STEP_S] if len(ref) else ref
        compared += len(ref)
        if len(ours) != len(ref) or (len(ref) and np.max(np.abs(ours[:, 0] - ref[:, 0])) > AGREE_S):
            agree = False
            print(f"  differ: ours {np.round(ours, 1).tolist()} skyfield {np.round(ref, 1).tolist()}")
    return agree, compared


def by_set(passes, sets):
    index = {es.satnum: k for k, es in enumerate(sets)}
    out = [[] for _ in sets]
    for p in passes:
        out[index[p.satnum]].append((p.start_s, p.end_s))
    return [np.array(v).reshape(-1, 2) for v in out]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one catalogue set in ten (about 1,100)")
    args = parser.parse_args()
    ok = True

    iss = bundled_catalog().find("ISS")
    london = sky.Observer(51.5074, -0.1278, 0.0, "London")
    start = timebase.to_posix("2026-03-11T00:00:00Z")
    end = start + 30 * 86400.0
    sky.visible_passes([iss], london, start - 86400.0, start)  # warm the imports and the UT1 table
    tic = time.perf_counter()
    sky.visible_passes([iss], london, start, end)
    first_s = time.perf_counter() - tic  # builds the Sun's hourly tables for the window (timebase, 32-day blocks)
    tic = time.perf_counter()
    ours = sky.visible_passes([iss], london, start, end)
    ours_s = time.perf_counter() - tic
    reference, ref_s = skyfield_visible([iss], london, start, end)
    agree, compared = compare(by_set(ours, [iss]), reference)
    print(f"ISS, 30 days from London: {ours_s:.3f} s, {len(ours)} visible passes (target <= 0.5 s; the first query "
          f"of these dates {first_s:.3f} s, building the Sun's tables); skyfield "
          f"find_events + is_sunlit/altaz/Sun every {STEP_S:g} s: {ref_s:.2f} s -> {ref_s / ours_s:.0f}x; "
          f"agree ({compared} passes): {agree}")
    ok &= ours_s <= 0.5 and agree

    share = 10 if args.quick else 1
    sets, issues = parse_tle_text(synthetic_tle(share), "synthetic")
    assert not issues, issues[:3]
    observer = sky.Observer(POINT[0], POINT[1], 0.0, "Tehran")
    night = timebase.to_posix(EPOCH) + 2 * 86400.0 + 12 * 3600.0  # noon UTC to noon: one night at 51 E
    sky.visible_passes(sets[:20], observer, night, night + 86400.0)
    tic = time.perf_counter()
    result = sky.visible_search(sets, observer, night, night + 86400.0)
    cat_s = time.perf_counter() - tic
    rng = np.random.default_rng(5)
    sample = rng.choice(len(sets), min(SAMPLE, len(sets)), replace=False)
    sample_sets = [sets[i] for i in sample]
    reference, ref_s = skyfield_visible(sample_sets, observer, night, night + 86400.0)
    scaled = ref_s * len(sets) / len(sample)
    agree, compared = compare(by_set([p for p in result.passes if p.satnum in {es.satnum for es in sample_sets}],
                                     sample_sets), reference)
    print(f"{len(sets):,} synthetic sets, one night at {POINT[0]} N {POINT[1]} E: {cat_s:.2f} s, "
          f"{len(result.passes):,} visible passes (target <= 20 s); skyfield recipe on {len(sample)} sets "
          f"{ref_s:.2f} s, scaled {scaled:.0f} s -> {scaled / cat_s:.0f}x; sample agrees ({compared} passes): {agree}")
    ok &= cat_s <= 20.0 and agree
    print(f"peak memory (ru_maxrss): {peak_gb():.2f} GB")
    print("all targets met" if ok else "TARGETS NOT MET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
