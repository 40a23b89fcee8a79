"""Revisit statistics over an analysis window, for one satellite or several.

Definitions follow the coverage literature: an *access* is an interval in
view; a *gap* is the time from the end of one access to the start of the
next; the *revisit time* is the statistics of the gaps. Gaps before the first
access and after the last are left out of the gap statistics (they are bounded
by the window, not by the orbit); they are reported separately as the wait
for the first pass and the time after the last. With no access at all the
revisit time is the whole window (said explicitly, never a division by zero).
Several satellites: overlapping accesses are merged first, then gaps taken.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from . import timebase
from .access import AccessError, Criterion, Pass, passes_by_criterion
from .regions import Region


@dataclass
class RevisitStats:
    window_start_s: float
    window_end_s: float
    accesses: int
    passes_per_day: float
    total_in_view_s: float
    mean_gap_s: float | None
    median_gap_s: float | None
    longest_gap_s: float | None
    first_wait_s: float | None
    after_last_s: float | None
    local_time_histogram: np.ndarray = field(repr=False)  # passes per local solar hour 0..23

    @property
    def window_days(self) -> float:
        return (self.window_end_s - self.window_start_s) / 86400.0

    def lines(self) -> list[tuple[str, str]]:
        rows = [
            ("Window", f"{timebase.iso_utc(self.window_start_s)} to {timebase.iso_utc(self.window_end_s)} ({self.window_days:g} days)"),
            ("Passes", f"{self.accesses} ({self.passes_per_day:.2f} a day)"),
            ("Time in view", format_duration(self.total_in_view_s)),
        ]
        if self.accesses == 0:
            rows.append(("Revisit time", f"no pass: longer than the whole window ({format_duration(self.window_end_s - self.window_start_s)})"))
        elif self.mean_gap_s is None:
            rows.append(("Revisit time", "one pass only: no gap between passes to measure"))
        else:
            rows.append(("Revisit time", f"mean {format_duration(self.mean_gap_s)}, median {format_duration(self.median_gap_s)}, longest {format_duration(self.longest_gap_s)}"))
        if self.first_wait_s is not None:
            rows.append(("First pass after", format_duration(self.first_wait_s)))
        return rows


def format_duration(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    seconds = float(seconds)
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 7200:
        return f"{seconds / 60:.1f} min"
    if seconds < 3 * 86400:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86400:.1f} d"


def merge_intervals(intervals: np.ndarray) -> np.ndarray:
    """Union of (start, end) intervals, sorted."""
    if len(intervals) == 0:
        return np.zeros((0, 2))
    iv = np.asarray(intervals, dtype=float)
    iv = iv[np.argsort(iv[:, 0])]
    running_end = np.maximum.accumulate(iv[:, 1])
    new_group = np.concatenate([[True], iv[1:, 0] > running_end[:-1]])
    group = np.cumsum(new_group) - 1
    starts = iv[new_group, 0]
    ends = np.zeros(len(starts))
    np.maximum.at(ends, group, iv[:, 1])
    return np.column_stack([starts, ends])


def revisit_stats(passes: list[Pass], start_s: float, end_s: float) -> RevisitStats:
    intervals = merge_intervals(np.array([[p.start_s, p.end_s] for p in passes]).reshape(-1, 2))
    days = (end_s - start_s) / 86400.0
    hist = np.zeros(24, dtype=int)
    if passes:
        hours = np.floor([p.local_solar_time_h for p in passes]).astype(int) % 24
        np.add.at(hist, hours, 1)
    n = len(intervals)
    if n == 0:
        return RevisitStats(start_s, end_s, 0, 0.0, 0.0, None, None, None, None, None, hist)
    gaps = intervals[1:, 0] - intervals[:-1, 1]
    return RevisitStats(
        start_s, end_s, n, n / days, float(np.sum(intervals[:, 1] - intervals[:, 0])),
        float(gaps.mean()) if gaps.size else None, float(np.median(gaps)) if gaps.size else None,
        float(gaps.max()) if gaps.size else None,
        float(intervals[0, 0] - start_s), float(end_s - intervals[-1, 1]), hist)


@dataclass
class Analysis:
    """Passes of each satellite and the statistics, per satellite and combined."""

    region: Region
    criterion: Criterion
    start_s: float
    end_s: float
    daylight_min_sun_deg: float | None
    passes: dict[int, list[Pass]]
    stats: dict[int, RevisitStats]
    combined: RevisitStats | None
    # with uncertainty: satnum -> (start windows by nominal pass start, 5-95 % statistic ranges)
    uncertainty: dict | None = None
    left_out: dict = field(default_factory=dict)  # satnum -> why the search left that set out
    sensors: dict = field(default_factory=dict)  # satnum -> its own Criterion (a sensor of its own swath)
    names: dict = field(default_factory=dict)  # satnum -> satellite name (to name each sensor)

    def all_passes(self) -> list[Pass]:
        return sorted((p for ps in self.passes.values() for p in ps), key=lambda p: p.start_s)

    def criterion_of(self, satnum: int) -> Criterion:
        """The criterion one satellite was searched with: its own sensor, or the analysis's."""
        return self.sensors.get(satnum, self.criterion)

    def settings_text(self) -> str:
        sun = "" if self.daylight_min_sun_deg is None else f", daylight only (Sun >= {self.daylight_min_sun_deg:g} deg)"
        own = "; ".join(f"{self.names.get(n, n)}: {c.short}" for n, c in self.sensors.items())
        if not own:
            criteria = self.criterion.describe()
        elif len(self.sensors) < len(self.names):
            criteria = f"{own}; the others: {self.criterion.short}"
        else:
            criteria = own
        return f"{criteria}{sun}, {(self.end_s - self.start_s) / 86400:g} days"


def analyse(sets, region: Region, criterion: Criterion, start_s: float, end_s: float,
            daylight_min_sun_deg: float | None = None, progress=None, cancelled=None,
            leave_out_rejected: bool = False, criteria=None) -> Analysis:
    """Passes and revisit statistics for one or more satellites over a region, searched as one batch.

    A set SGP4 stops on within the window (or whose sensor angle looks past
    its horizon) raises AccessError, or with ``leave_out_rejected`` is left
    out and named in ``Analysis.left_out`` (satnum -> reason).
    """
    sets = list(sets)
    criteria = [criterion] * len(sets) if criteria is None else list(criteria)
    found, rejected = passes_by_criterion(sets, region, criteria, start_s, end_s, daylight_min_sun_deg,
                                          progress=progress, cancelled=cancelled)
    if rejected and not leave_out_rejected:
        i = min(rejected)
        raise AccessError(f"{sets[i].name}: {rejected[i]}")
    passes, stats = {}, {}
    for i, (es, ps) in enumerate(zip(sets, found)):
        if i in rejected:
            continue
        passes[es.satnum] = ps
        stats[es.satnum] = revisit_stats(ps, start_s, end_s)
    combined = revisit_stats([p for ps in passes.values() for p in ps], start_s, end_s) if len(sets) > 1 else None
    return Analysis(region, criterion, start_s, end_s, daylight_min_sun_deg, passes, stats, combined,
                    left_out={sets[i].satnum: why for i, why in rejected.items()},
                    sensors={es.satnum: c for es, c in zip(sets, criteria) if c != criterion},
                    names={es.satnum: es.name for es in sets})
