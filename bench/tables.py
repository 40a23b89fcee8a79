"""CSV writing: 48 hours of track at 1 s (172,800 rows), against computing that track in the same run.

Target: computing and writing together take at most 3 times the computing alone.
"""

import io
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.core import timebase  # noqa: E402
from desktop.core.catalog import bundled_catalog  # noqa: E402
from desktop.core.groundtrack import ground_track, times_grid  # noqa: E402
from desktop.core.tables import write_track_csv  # noqa: E402


def main():
    es = bundled_catalog().find("ISS")
    times = times_grid(timebase.to_posix("2026-11-23T00:00:00Z"), 48 * 3600.0, 1.0)
    compute, write = [], []
    for _ in range(5):
        t0 = time.perf_counter()
        track = ground_track(es, times)
        compute.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        write_track_csv(io.StringIO(), track)
        write.append(time.perf_counter() - t0)
    c, w = min(compute), min(write)
    ratio = (c + w) / c
    print(f"track 48 h at 1 s: compute {c:.3f} s, CSV {w:.3f} s; together {ratio:.1f}x the compute (target <= 3x)")
    print("target met" if ratio <= 3 else "TARGET NOT MET")
    return 0 if ratio <= 3 else 1


if __name__ == "__main__":
    sys.exit(main())
