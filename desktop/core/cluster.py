"""Coverage on many processes: its row blocks as Dask tasks, on local processes or an existing cluster.

A coverage job is split by blocks of whole rows of cells (``coverage.row_blocks``,
fixed by the grid alone); each task receives the element sets, the grid's spec
and the criteria, never arrays, rebuilds the grid and propagates each track
itself (cheap next to the per-cell work), and returns its block's figures. The
blocks are joined in order, and each block is computed exactly as one process
computes it, so the result is byte-identical to the single-process run.

Dask (``dask.distributed``) is optional: ``pip install "overflight[cluster]"``.
``LocalCluster`` runs N worker processes on this machine; a scheduler address
(``tcp://HOST:PORT``) sends the tasks to an existing cluster whose workers have
Overflight installed. A worker lost mid-job has its tasks run again elsewhere
(Dask's own retries); when no worker is left the job fails with one line.
"""

from __future__ import annotations

import uuid
from dataclasses import fields

from sgp4.api import WGS72, Satrec

from . import coverage as cov
from .elements import ElementSet

MAX_WORKERS = 64
DEFAULT_TIMEOUT_S = 10.0
POLL_S = 0.2  # how often a running job looks for Cancel
# Dask's nannies set MALLOC_TRIM_THRESHOLD_=65536 to hand memory back quickly; with the many large temporary arrays
# of a block that doubled the time of a task here (0.59 s in this process, 1.47 s in a worker; 0.67 s with this)
LOCAL_WORKER_ENVIRON = {"MALLOC_TRIM_THRESHOLD_": 1 << 28}
INSTALL = 'pip install "overflight[cluster]" (or pip install "dask[distributed]")'


class ClusterError(ValueError):
    """A distributed job that cannot start or finish; one line says why."""


def check_workers(workers: int) -> None:
    if not 1 <= workers <= MAX_WORKERS:
        raise ClusterError(f"--workers {workers}: give from 1 to {MAX_WORKERS} worker processes")


def check_scheduler(address: str) -> None:
    host, _, port = address.removeprefix("tcp://").rpartition(":")
    if not address.startswith("tcp://") or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ClusterError(f"--scheduler {address!r}: give the scheduler's address as tcp://HOST:PORT")


# ----------------------------------------------------------------------------- element sets across processes

_SATREC_FIELDS = ("jdsatepoch", "jdsatepochF", "no_kozai", "ecco", "inclo", "nodeo", "argpo", "mo", "bstar")


def portable(es: ElementSet) -> dict:
    """An element set as plain data another process rebuilds exactly (``restore``).

    A set read from TLE lines is sent as its lines (twoline2rv gives the very
    same record again); any other (OMM, approximate) as sgp4init's inputs.
    """
    record = {f.name: getattr(es, f.name) for f in fields(es) if f.name != "satrec"}
    sat = es.satrec
    if es.line1 and es.line2:
        again = Satrec.twoline2rv(es.line1, es.line2, WGS72)
        if all(getattr(again, k) == getattr(sat, k) for k in _SATREC_FIELDS):
            return {"set": record, "tle": [es.line1, es.line2]}
    init = [sat.operationmode, sat.satnum, sat.jdsatepoch + sat.jdsatepochF - 2433281.5, sat.bstar, sat.ndot,
            sat.nddot, sat.ecco, sat.argpo, sat.inclo, sat.mo, sat.no_kozai, sat.nodeo]
    return {"set": record, "init": init}


def restore(data: dict) -> ElementSet:
    if "tle" in data:
        sat = Satrec.twoline2rv(*data["tle"], WGS72)
    else:
        sat = Satrec()
        sat.sgp4init(WGS72, *data["init"])
    return ElementSet(satrec=sat, **data["set"])


def _block_task(sets, grid_spec, criteria, start_s, end_s, daylight_min_sun_deg, step_s, row_lo, row_hi, flush,
                keep_every):
    """One row block, in a worker process."""
    return cov.coverage_block([restore(d) for d in sets], grid_spec, criteria, start_s, end_s, daylight_min_sun_deg,
                              step_s, row_lo, row_hi, flush, keep_every)


# ----------------------------------------------------------------------------- the job


def distributed_coverage(sets, grid, criterion, start_s: float, end_s: float, daylight_min_sun_deg=None,
                         step_s=None, workers: int | None = None, scheduler: str | None = None,
                         timeout_s: float = DEFAULT_TIMEOUT_S, progress=None, cancelled=None,
                         accesses: float | None = None):
    """``coverage.coverage`` with its row blocks as Dask tasks: on ``workers`` local processes (a LocalCluster)
    or on the cluster at ``scheduler``. The same result to the byte; raises ClusterError in one line.
    ``accesses``: the job's ``estimated_accesses`` when the caller has it (as for ``coverage``)."""
    try:
        from dask.distributed import Client, LocalCluster, wait
    except ImportError:
        raise ClusterError(f"--workers and --scheduler need Dask: {INSTALL}") from None
    if scheduler is not None:
        check_scheduler(scheduler)
    else:
        check_workers(int(workers or 0))
    sets, criteria, common, days = cov.job_inputs(sets, criterion, start_s, end_s)
    if grid.spec is None:
        raise ClusterError("this grid was not made by make_grid and cannot be rebuilt by the workers")
    blocks = cov.row_blocks(grid)
    sent = [portable(es) for es in sets]
    job = uuid.uuid4().hex[:12]
    cluster = client = None
    try:
        try:
            if scheduler is not None:
                client = Client(scheduler, timeout=f"{timeout_s}s")
            else:
                import dask.config

                environ = dict(dask.config.get("distributed.nanny.pre-spawn-environ", {}), **LOCAL_WORKER_ENVIRON)
                with dask.config.set({"distributed.nanny.pre-spawn-environ": environ}):
                    cluster = LocalCluster(n_workers=int(workers), threads_per_worker=1, processes=True,
                                           dashboard_address=None, silence_logs=50)
                client = Client(cluster, timeout=f"{max(timeout_s, 30.0)}s")
        except (OSError, TimeoutError) as exc:
            where = scheduler or "the local workers"
            raise ClusterError(f"--scheduler {where}: no answer within {timeout_s:g} s ({_one_line(exc)})"
                               if scheduler else f"could not start {workers} local workers: {_one_line(exc)}") from None
        keep = cov.keeps_every_access(sets, grid, criteria, days, total=accesses)
        futures = [client.submit(_block_task, sent, grid.spec, criteria, start_s, end_s, daylight_min_sun_deg, step_s,
                                 lo, hi, cov.block_flush(blocks), keep, key=f"overflight-{job}-block-{k}", pure=False)
                   for k, (lo, hi) in enumerate(blocks)]
        index = {f.key: k for k, f in enumerate(futures)}
        parts = [None] * len(blocks)
        pending = set(futures)
        while pending:
            if cancelled is not None and cancelled():  # looked at every POLL_S, not only when a block ends
                client.cancel(futures)
                raise InterruptedError("cancelled")
            try:
                finished, pending = wait(pending, timeout=POLL_S, return_when="FIRST_COMPLETED")
            except TimeoutError:
                continue
            for future in finished:
                try:
                    parts[index[future.key]] = future.result()
                except cov.CoverageError:
                    raise
                except Exception as exc:  # noqa: BLE001 -- a worker's failure, named in one line
                    client.cancel(futures)
                    raise ClusterError(f"the cluster could not finish the job: {type(exc).__name__}: "
                                       f"{_one_line(exc)}") from None
            if progress is not None and finished:
                progress(sum(p is not None for p in parts) / len(blocks))
    finally:
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
    return cov.result_from_blocks(grid, sets, criteria, common, start_s, end_s, daylight_min_sun_deg, parts)


def _one_line(exc) -> str:
    text = str(exc).strip().splitlines()
    return (text[0] if text else type(exc).__name__)[:200]


__all__ = ["ClusterError", "distributed_coverage", "portable", "restore", "check_workers", "MAX_WORKERS"]
