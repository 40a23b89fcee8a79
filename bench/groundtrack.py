"""Ground-track benchmark: ours vs skyfield's high-level path vs raw SGP4, in one run.

One satellite, 7 days at 1 s steps (604,800 times). skyfield's high-level path
(EarthSatellite.at, then wgs84.latlon_of / height_of) is timed on a subsample
and scaled. Targets: at least 50x faster than the high-level path, within 3x
of raw sgp4_array, at most 1 km apart.
"""

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np
from skyfield.api import EarthSatellite, wgs84

from desktop.core import timebase
from desktop.core.catalog import bundled_catalog
from desktop.core.groundtrack import ground_track, times_grid
from desktop.core.sphere import great_circle_km


def best_of(fn, repeats=3):
    best = np.inf
    for _ in range(repeats):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    return best, result


def main():
    es = bundled_catalog().find(sys.argv[1] if len(sys.argv) > 1 else "SENTINEL-2A")
    times = times_grid(es.epoch_s, 7 * 86400.0, 1.0)
    n = len(times)
    ground_track(es, times[:1000])  # warm caches (UT1 table)

    ours_s, track = best_of(lambda: ground_track(es, times))
    whole, fraction = timebase.jd_utc(times)
    raw_s, _ = best_of(lambda: es.satrec.sgp4_array(whole, fraction))

    sub = times[::600]
    line1, line2 = es.tle_lines()
    sat = EarthSatellite(line1, line2, ts=timebase.timescale())

    def high_level():
        g = sat.at(timebase.skyfield_time(sub))
        lat, lon = wgs84.latlon_of(g)
        return lat.degrees, lon.degrees, wgs84.height_of(g).km

    hl_sub_s, (lat, lon, height) = best_of(high_level)
    hl_s = hl_sub_s * n / len(sub)
    diff_km = great_circle_km(lat, lon, track.lat_deg[::600], track.lon_deg[::600]).max()
    dh_km = np.abs(height - track.height_km[::600]).max()

    print(f"satellite          {es.name}, {n} times (7 days at 1 s)")
    print(f"ours               {ours_s:8.3f} s  ({ours_s / n * 1e6:.2f} us/point)")
    print(f"raw sgp4_array     {raw_s:8.3f} s  ({raw_s / n * 1e6:.2f} us/point)")
    print(f"skyfield high-level{hl_s:8.3f} s  (scaled from {len(sub)} points)")
    print(f"speed-up vs high-level   {hl_s / ours_s:6.1f}x   (target >= 50x)")
    print(f"cost vs raw SGP4         {ours_s / raw_s:6.2f}x   (target <= 3x)")
    print(f"largest difference       {diff_km * 1000:.1f} m horizontal, {dh_km * 1000:.1f} m in height (target <= 1 km)")
    ok = hl_s / ours_s >= 50 and ours_s / raw_s <= 3 and max(diff_km, dh_km) <= 1.0
    print("targets met" if ok else "TARGETS NOT MET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
