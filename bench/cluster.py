"""Coverage on worker processes (Dask): the 1,584-satellite shell (72 planes of 22, 550 km, 53 deg, Walker
delta 1584/72/1), contact at 25 deg, 1 deg grid, one day; one process against 2 local workers
(dask.distributed LocalCluster) in the same run, the results compared byte for byte, and each process's
peak memory.

Target: 2 local workers at least 1.6 times faster than one process on 2 cores.
Usage: python bench/cluster.py [SATELLITES]  (default 1584; fewer for a quick look, e.g. 198)
"""

import io
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.core import cluster, coverage  # noqa: E402
from desktop.core.access import Criterion  # noqa: E402
from desktop.core.catalog import bundled_catalog  # noqa: E402
from desktop.core.design import OrbitDesign, build  # noqa: E402


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _worker_peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main():
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 1584
    planes = 72 if total % 72 == 0 else 1
    epoch = bundled_catalog().find("LANDSAT 9").epoch_s
    seed = build(OrbitDesign(name="SHELL", epoch_s=epoch, height_km=550.0, inclination_deg=53.0,
                             raan_deg=0.0)).elements
    members = [m for _d, m in coverage.walker(seed, total, planes, 1)]
    grid = coverage.make_grid(1.0)
    contact = Criterion("contact", elevation_deg=25.0)
    start, end = epoch, epoch + 86400.0
    held = coverage.estimated_held(members, grid, contact, 1.0)
    print(f"{len(members)} satellites, contact 25 deg, 1 deg grid ({len(grid):,} cells), 1 day: "
          f"about {coverage.estimated_accesses(members, grid, contact, 1.0) / 1e6:,.0f} M accesses, "
          f"{held / 1e6:,.1f} M intervals held at the peak (budget {coverage.MAX_ACCESSES / 1e6:,.0f} M)", flush=True)
    t0 = time.perf_counter()
    one = coverage.coverage(members, grid, contact, start, end)
    t_one = time.perf_counter() - t0
    one_mb = _peak_mb()
    print(f"one process: {t_one:.1f} s, peak memory {one_mb:,.0f} MB", flush=True)
    from dask.distributed import Client, LocalCluster

    import dask.config

    environ = dict(dask.config.get("distributed.nanny.pre-spawn-environ", {}), **cluster.LOCAL_WORKER_ENVIRON)
    with dask.config.set({"distributed.nanny.pre-spawn-environ": environ}), \
            LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as local, \
            Client(local) as client:
        client.run(lambda: None)  # workers up before the clock starts
        t0 = time.perf_counter()
        two = cluster.distributed_coverage(members, grid, contact, start, end, scheduler=local.scheduler_address)
        t_two = time.perf_counter() - t0
        workers_mb = sorted(client.run(_worker_peak_mb).values())
    a, b = io.StringIO(), io.StringIO()
    coverage.write_csv(a, one)
    coverage.write_csv(b, two)
    same = a.getvalue() == b.getvalue()
    print(f"2 local workers: {t_two:.1f} s = {t_one / t_two:.2f}x one process (target >= 1.6x); "
          f"worker peak memory {', '.join(f'{m:,.0f} MB' for m in workers_mb)}; "
          f"result {'byte-identical' if same else 'DIFFERENT'}")
    for label, value in one.summary()[:4]:
        print(f"  {label}: {value}")
    ok = same and t_one / t_two >= 1.6
    print("targets met" if ok else "TARGETS NOT MET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
