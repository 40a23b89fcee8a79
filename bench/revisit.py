"""Revisit benchmark: 30 days, one satellite, Ukraine, sensor at 30 deg off nadir, daylight only.

Times our search against brute force (the same margin sampled every second,
then the same per-pass description and daylight filter), both in this run,
and checks that the pass lists match (edges within 1 s). Targets: at most
0.5 s, at least 30x faster than brute force, identical passes.
"""

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np

from desktop.core import timebase
from desktop.core.access import Criterion, Margin, describe_passes, find_passes, sampled_intervals
from desktop.core.catalog import bundled_catalog
from desktop.core.atlas import country_region


def brute_force(es, region, criterion, start, end, sun_deg):
    margin = Margin(es, region, criterion)
    intervals = sampled_intervals(margin, start, end, 1.0)
    return [p for p in describe_passes(margin, intervals, sun_min_deg=sun_deg) if p.daylight]


def main():
    catalog = bundled_catalog()
    es = catalog.find(sys.argv[1] if len(sys.argv) > 1 else "KHAYYAM")
    region = country_region("Ukraine")
    criterion = Criterion("sensor", off_nadir_deg=30.0)
    start = timebase.to_posix("2026-11-23T00:00:00Z")
    end = start + 30 * 86400.0
    find_passes(es, region, criterion, start, start + 86400, 0.0)  # warm caches (region blocks, Sun table)

    # best of several runs for both, as the machine is shared and noisy
    timings = []
    for _ in range(7):
        t0 = time.perf_counter()
        ours = find_passes(es, region, criterion, start, end, daylight_min_sun_deg=0.0)
        timings.append(time.perf_counter() - t0)
    ours_s = float(np.min(timings))
    brute_timings = []
    for _ in range(2):
        t0 = time.perf_counter()
        brute = brute_force(es, region, criterion, start, end, 0.0)
        brute_timings.append(time.perf_counter() - t0)
    brute_s = float(np.min(brute_timings))

    same = len(ours) == len(brute) and all(
        abs(a.start_s - b.start_s) <= 1.0 and abs(a.end_s - b.end_s) <= 1.0 for a, b in zip(ours, brute))
    print(f"case               {es.label}, Ukraine, sensor 30 deg, daylight, 30 days")
    print(f"ours               {ours_s:8.3f} s (best of 7; median {np.median(timings):.3f} s)  {len(ours)} passes")
    print(f"brute force (1 s)  {brute_s:8.3f} s (best of 2)  {len(brute)} passes")
    print(f"speed-up           {brute_s / ours_s:8.1f}x  (target >= 30x)")
    print(f"time target        {'met' if ours_s <= 0.5 else 'NOT met'} (<= 0.5 s)")
    print(f"pass lists         {'identical (edges within 1 s)' if same else 'DIFFERENT'}")
    ok = same and ours_s <= 0.5 and brute_s / ours_s >= 30
    print("targets met" if ok else "TARGETS NOT MET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
