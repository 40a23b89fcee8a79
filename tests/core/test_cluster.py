"""Coverage on a real Dask cluster: a scheduler and two workers started here as processes on 127.0.0.1.

The distributed result is compared byte for byte (its CSV) with the single-process run; a worker killed
mid-job leaves either the same result or one clear line, never a wrong grid.
"""

import io
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from desktop.core import cluster
from desktop.core import coverage as C
from desktop.core.access import Criterion

ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT_S = 60.0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _dask(*args):
    env = dict(os.environ, PYTHONPATH=str(ROOT))  # the workers import this tree's desktop package
    return subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_" + args[0], *args[1:]], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)


@pytest.fixture(scope="module")
def dask_cluster():
    """tcp address of a scheduler with two single-thread workers (no nanny: killing one kills the worker)."""
    from dask.distributed import Client

    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    procs = [_dask("scheduler", "--host", "127.0.0.1", "--port", str(port), "--dashboard-address", ":0")]
    try:
        for _ in range(2):
            procs.append(_dask("worker", address, "--nthreads", "1", "--no-nanny", "--host", "127.0.0.1",
                               "--dashboard-address", ":0"))
        with Client(address, timeout=f"{START_TIMEOUT_S}s") as client:
            client.wait_for_workers(2, timeout=START_TIMEOUT_S)
        yield address, procs[1:]
    finally:
        for p in procs:
            if p.poll() is None:
                os.killpg(p.pid, signal.SIGTERM)
        for p in procs:
            try:
                p.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)


def _job(catalog):
    sets = [catalog.find("LANDSAT 9"), catalog.find("SENTINEL-2A")]
    criteria = [Criterion("sensor", half_swath_km=92.5), Criterion("sensor", half_swath_km=145.0)]
    start = max(es.epoch_s for es in sets)
    return sets, criteria, start, start + 86400.0


def _csv(result) -> str:
    out = io.StringIO()
    C.write_csv(out, result)
    return out.getvalue()


def test_a_cluster_gives_the_single_process_result_to_the_byte(catalog, dask_cluster, monkeypatch):
    """Two satellites with their own swaths, daylight, the land of a box, in blocks of 10 rows on two workers."""
    monkeypatch.setattr(C, "BLOCK_CELLS", 1800)  # the client plans the blocks: 10 rows of the 2 deg grid each
    address, _workers = dask_cluster
    sets, criteria, start, end = _job(catalog)
    grid = C.make_grid(2.0, box=(-60, -180, 70, 180), land=True)
    one = C.coverage(sets, grid, criteria, start, end, 0.0)
    seen = []
    many = cluster.distributed_coverage(sets, grid, criteria, start, end, 0.0, scheduler=address,
                                        progress=seen.append)
    assert len(C.row_blocks(grid)) > 4 and seen[-1] == 1.0 and seen == sorted(seen) and len(seen) > 1
    assert _csv(many) == _csv(one) and one.accesses.sum() > 500


def test_a_circle_and_a_drawn_polygon_go_to_the_cluster_and_give_the_same_bytes(catalog, dask_cluster, monkeypatch):
    """Regions the window draws (a circle around a point, a polygon) travel as their definitions
    (regions.region_spec): the workers rebuild the same cells, and the grid is the single process's to the byte."""
    from desktop.core.regions import CircleRegion, PolygonRegion, region_from_spec, region_spec

    monkeypatch.setattr(C, "BLOCK_CELLS", 60)
    address, _workers = dask_cluster
    sets, criteria, start, end = _job(catalog)
    circle = CircleRegion("around Tehran", 35.7, 51.4, 1500.0)
    drawn = PolygonRegion("drawn", [[(44.0, 25.0), (63.0, 25.0), (61.0, 40.0), (46.0, 39.0)]])
    for region in (circle, drawn):
        again = region_from_spec(region_spec(region))
        assert type(again) is type(region) and again.name == region.name
        grid = C.make_grid(0.5, region=region)
        rebuilt = C.grid_from_spec(grid.spec)
        assert np.array_equal(rebuilt.cell_of, grid.cell_of) and np.array_equal(rebuilt.lat_deg, grid.lat_deg)
        one = C.coverage(sets, grid, criteria, start, end)
        many = cluster.distributed_coverage(sets, grid, criteria, start, end, scheduler=address)
        assert len(C.row_blocks(grid)) > 2 and one.accesses.sum() > 100
        assert _csv(many) == _csv(one)


def test_a_worker_killed_mid_job_gives_the_right_grid_or_one_line(catalog, dask_cluster, monkeypatch):
    monkeypatch.setattr(C, "BLOCK_CELLS", 720)  # 4 rows of the 2 deg grid a block: many tasks
    address, workers = dask_cluster
    sets, criteria, start, end = _job(catalog)
    grid = C.make_grid(2.0)
    one = C.coverage(sets, grid, criteria, start, end, 0.0)
    killed = []

    def progress(fraction):
        if fraction >= 0.2 and not killed:
            os.killpg(workers[0].pid, signal.SIGKILL)
            killed.append(fraction)

    try:
        many = cluster.distributed_coverage(sets, grid, criteria, start, end, 0.0, scheduler=address,
                                            progress=progress)
    except cluster.ClusterError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("the cluster could not finish")
    else:
        assert _csv(many) == _csv(one)
    assert killed and killed[0] < 1.0


def test_cancel_stops_a_job_on_the_cluster(catalog, dask_cluster, monkeypatch):
    monkeypatch.setattr(C, "BLOCK_CELLS", 360)
    address, _workers = dask_cluster
    sets, criteria, start, end = _job(catalog)
    seen = []
    with pytest.raises(InterruptedError):
        cluster.distributed_coverage(sets, C.make_grid(2.0), criteria, start, end, 0.0, scheduler=address,
                                     progress=seen.append, cancelled=lambda: bool(seen))
    assert seen and seen[-1] < 1.0


def test_a_scheduler_that_does_not_answer_is_one_line_within_the_timeout(catalog):
    sets, criteria, start, end = _job(catalog)
    t0 = time.monotonic()
    with pytest.raises(cluster.ClusterError, match="no answer within 1 s") as info:
        cluster.distributed_coverage(sets, C.make_grid(10.0), criteria, start, end, scheduler=
                                     f"tcp://127.0.0.1:{_free_port()}", timeout_s=1.0)
    assert time.monotonic() - t0 < 1.0 + 10.0 and "\n" not in str(info.value)


@pytest.mark.parametrize("kwargs,words", [({"workers": 0}, "--workers 0: give from 1 to 64"),
                                          ({"workers": 65}, "--workers 65: give from 1 to 64"),
                                          ({"scheduler": "127.0.0.1:8786"}, "tcp://HOST:PORT")])
def test_bad_worker_counts_and_addresses_are_one_line(catalog, kwargs, words):
    sets, criteria, start, end = _job(catalog)
    with pytest.raises(cluster.ClusterError, match=words):
        cluster.distributed_coverage(sets, C.make_grid(10.0), criteria, start, end, **kwargs)


def test_without_dask_the_options_say_how_to_install_it(catalog, monkeypatch):
    monkeypatch.setitem(sys.modules, "dask.distributed", None)
    sets, criteria, start, end = _job(catalog)
    with pytest.raises(cluster.ClusterError, match=r'pip install "overflight\[cluster\]"'):
        cluster.distributed_coverage(sets, C.make_grid(10.0), criteria, start, end, workers=2)


def test_element_sets_travel_exactly(catalog):
    """A TLE set goes as its lines, an approximate one as sgp4init's inputs: the same positions to the bit."""
    import numpy as np

    for es in list(catalog)[:40]:
        again = cluster.restore(cluster.portable(es))
        jd = np.full(50, es.satrec.jdsatepoch)
        fr = es.satrec.jdsatepochF + np.linspace(0, 2, 50)
        assert again.flag == es.flag and again.name == es.name
        if "tle" in cluster.portable(es):
            assert all(np.array_equal(a, b) for a, b in zip(es.satrec.sgp4_array(jd, fr), again.satrec.sgp4_array(jd, fr)))
        else:
            assert np.allclose(es.satrec.sgp4_array(jd, fr)[1], again.satrec.sgp4_array(jd, fr)[1], atol=1e-3)
