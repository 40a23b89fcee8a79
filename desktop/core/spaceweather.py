"""Solar and geomagnetic activity for the decay estimate: three scenarios, or CelesTrak's space-weather file.

The upper atmosphere swells with the Sun's extreme ultraviolet output (tracked
by the 10.7 cm radio flux F10.7, in solar flux units) and with geomagnetic
storms (the daily planetary index Ap). Density at 500 km changes about tenfold
between a quiet and an active Sun, so a lifetime is given under three
scenarios, as a range:

- low: F10.7 70, Ap 5. Solar-minimum conditions: the yearly means of 2008 and
  2009 were F10.7 about 69 and Ap about 4-7 (NOAA SWPC / NRCan observed indices,
  as listed in CelesTrak's SW-All file).
- moderate: F10.7 140, Ap 15. The "moderate" long-term activity level of the
  ECSS space environment standard (ECSS-E-ST-10-04C, 2008, sec. 8 and annex G);
  also close to the mean of F10.7 over solar cycles 19-24.
- high: F10.7 220, Ap 25. Solar-maximum conditions: monthly means of F10.7 at
  the maxima of cycles 21-23 were about 200-240 (same indices).

The held value is used for F10.7, its 81-day mean and Ap alike.

CelesTrak's SW-All.csv (observed daily values since 1957, then daily and
monthly predictions; https://celestrak.org/SpaceData/, columns DATE, AP_AVG,
F10.7_OBS, F10.7_OBS_CENTER81, ...) can replace the scenarios with its own
history and forecast; beyond its last row the mean of its last 11 years (one
solar cycle) is held. A file that is missing or damaged falls back to the
scenarios with one warning.
"""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass

import numpy as np

from . import timebase

SOLAR_CYCLE_DAYS = 11 * 365.25


@dataclass(frozen=True)
class Scenario:
    name: str
    f107: float
    ap: float
    source: str = ""

    def indices(self, times_s):
        """F10.7, its 81-day mean and Ap at the times (held constant)."""
        times_s = np.asarray(times_s, dtype=float)
        return (np.full(times_s.shape, self.f107), np.full(times_s.shape, self.f107), np.full(times_s.shape, self.ap))


SCENARIOS = {
    "low": Scenario("low", 70.0, 5.0, "solar minimum (2008-2009 yearly means of the observed indices)"),
    "moderate": Scenario("moderate", 140.0, 15.0, "ECSS-E-ST-10-04C moderate long-term activity"),
    "high": Scenario("high", 220.0, 25.0, "solar maximum (monthly means at the maxima of cycles 21-23)"),
}
MIN_F107, MAX_F107 = 50.0, 400.0
MIN_AP, MAX_AP = 0.0, 400.0


class SpaceWeatherError(ValueError):
    """Space-weather input that cannot be used: one line naming what was wrong and where."""


def custom_scenario(text: str) -> Scenario:
    """'low', 'moderate', 'high' or 'F107,AP' (for example 150,12)."""
    key = text.strip().casefold()
    if key in SCENARIOS:
        return SCENARIOS[key]
    try:
        f107, ap = (float(x) for x in key.split(","))
    except ValueError:
        raise SpaceWeatherError(f"--solar '{text}': give low, moderate, high or F107,AP (for example 150,12)") from None
    if not (math.isfinite(f107) and MIN_F107 <= f107 <= MAX_F107):
        raise SpaceWeatherError(f"--solar: F10.7 {f107:g} must be from {MIN_F107:g} to {MAX_F107:g} solar flux units")
    if not (math.isfinite(ap) and MIN_AP <= ap <= MAX_AP):
        raise SpaceWeatherError(f"--solar: Ap {ap:g} must be from {MIN_AP:g} to {MAX_AP:g}")
    return Scenario(f"F10.7 {f107:g}, Ap {ap:g}", f107, ap, "given by the user")


def nearest_scenario(f107: float) -> Scenario:
    """The scenario whose F10.7 is nearest a value (for comparing with an element set's own decay)."""
    return min(SCENARIOS.values(), key=lambda s: abs(s.f107 - f107))


@dataclass(frozen=True)
class SpaceWeatherSeries:
    """Daily indices from a space-weather file; beyond its end, its last solar cycle's mean is held."""

    times_s: np.ndarray
    f107: np.ndarray
    f107_81: np.ndarray
    ap: np.ndarray
    source: str
    name: str = "space-weather file"

    @property
    def first_s(self) -> float:
        return float(self.times_s[0])

    @property
    def last_s(self) -> float:
        return float(self.times_s[-1])

    def indices(self, times_s):
        times_s = np.asarray(times_s, dtype=float)
        recent = self.times_s >= self.last_s - SOLAR_CYCLE_DAYS * timebase.DAY_S
        out = []
        for values in (self.f107, self.f107_81, self.ap):
            inside = np.interp(times_s, self.times_s, values)
            out.append(np.where(times_s > self.last_s, float(values[recent].mean()), inside))
        return tuple(out)


def _number(text):
    try:
        value = float(text)
    except (TypeError, ValueError):
        return math.nan
    return value if math.isfinite(value) else math.nan


def parse_sw_csv(text: str, source: str = "SW-All.csv") -> SpaceWeatherSeries:
    """Daily F10.7 (observed), its centred 81-day mean and the daily Ap from CelesTrak's SW-All.csv.

    Rows that lack a value are skipped; a file with no usable row, or without
    the columns, raises SpaceWeatherError naming the file.
    """
    reader = csv.reader(io.StringIO(text))
    try:
        header = [h.strip().upper() for h in next(reader)]
    except StopIteration:
        raise SpaceWeatherError(f"{source}: empty file") from None
    needed = ("DATE", "AP_AVG", "F10.7_OBS", "F10.7_OBS_CENTER81")
    missing = [c for c in needed if c not in header]
    if missing:
        raise SpaceWeatherError(f"{source}: not a CelesTrak space-weather file (no column {missing[0]})")
    index = {c: header.index(c) for c in needed}
    rows = []
    for row in reader:
        if len(row) <= max(index.values()):
            continue
        try:
            day = timebase.to_posix(row[index["DATE"]].strip() + "T00:00:00Z")
        except (ValueError, OverflowError):
            continue
        f107, f81, ap = (_number(row[index[c]]) for c in ("F10.7_OBS", "F10.7_OBS_CENTER81", "AP_AVG"))
        if math.isnan(f107) or math.isnan(ap):
            continue
        if not (MIN_F107 * 0.5 <= f107 <= 2 * MAX_F107 and MIN_AP <= ap <= MAX_AP):
            continue
        rows.append((day, f107, f107 if math.isnan(f81) else f81, ap))
    if len(rows) < 30:
        raise SpaceWeatherError(f"{source}: only {len(rows)} usable daily rows (damaged or cut short)")
    rows.sort()
    data = np.array(rows, dtype=float)
    keep = np.concatenate([[True], np.diff(data[:, 0]) > 0])
    data = data[keep]
    return SpaceWeatherSeries(data[:, 0], data[:, 1], data[:, 2], data[:, 3], source)
