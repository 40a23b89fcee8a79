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
solar cycle, averaged over time) is held. The monthly predictions carry no
Ap: there the mean Ap of the 11 years before the file's last Ap is held.

Which file: a copy fetched from CelesTrak (kept in the offline-first cache)
when there is one, else the copy bundled with Overflight
(assets/spaceweather/, CelesTrak's data updated 2025-07-21, see its
PROVENANCE.md). A fetch that fails, or a kept copy that is damaged, falls
back with one warning to the next in that order, and to the three scenarios
if the bundled copy cannot be read either.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import io
import json
import math
from dataclasses import dataclass, field

import numpy as np

from . import timebase

SOLAR_CYCLE_DAYS = 11 * 365.25


@dataclass(frozen=True)
class Scenario:
    name: str
    f107: float
    ap: float
    source: str = ""


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
    """Daily indices from a space-weather file; beyond its end, its last solar cycle's mean is held.

    ``kinds`` is CelesTrak's F10.7_DATA_TYPE of each row (OBS, INT, PRD, PRM) when the file has that column;
    ``source`` names the file and its date for every output (see :func:`bundled_series`, :func:`cached_series`).
    """

    times_s: np.ndarray
    f107: np.ndarray
    f107_81: np.ndarray
    ap: np.ndarray
    source: str
    name: str = "space-weather file"
    kinds: tuple = field(default=(), repr=False)
    origin: str = "file"  # "bundled", "fetched" or "file": for outputs that word the source in another language
    dated: str = ""  # the bundled copy's UPDATED day, or the day a copy was fetched

    @property
    def first_s(self) -> float:
        return float(self.times_s[0])

    @property
    def last_s(self) -> float:
        return float(self.times_s[-1])

    @functools.cached_property
    def held(self) -> tuple[float, float, float]:
        """F10.7, its 81-day mean and Ap held beyond the last row: their time means over the last 11 years."""
        grid = np.arange(max(self.first_s, self.last_s - SOLAR_CYCLE_DAYS * timebase.DAY_S), self.last_s + 1.0,
                         timebase.DAY_S)
        return tuple(float(np.interp(grid, self.times_s, v).mean()) for v in (self.f107, self.f107_81, self.ap))

    def indices(self, times_s):
        times_s = np.asarray(times_s, dtype=float)
        out = []
        for values, held in zip((self.f107, self.f107_81, self.ap), self.held):
            inside = np.interp(times_s, self.times_s, values)
            out.append(np.where(times_s > self.last_s, held, inside))
        return tuple(out)

    def span_text(self) -> str:
        """'observed to 2025-07-20, predicted to 2041-10-01; after that the mean of its last 11 years is held'."""
        observed = self.observed_last_s()
        parts = [f"observed to {_day(observed)}"] if observed is not None else []
        if observed is None or self.last_s > observed:
            parts.append(f"{'predicted' if observed is not None else 'rows'} to {_day(self.last_s)}")
        return ", ".join(parts) + "; after that the mean of its last 11 years is held"

    def observed_last_s(self) -> float | None:
        """The last observed day (rows of kind OBS or INT), or None when the file does not say which rows are."""
        days = [t for t, k in zip(self.times_s, self.kinds) if k in ("OBS", "INT")]
        return float(days[-1]) if days else None

    def to_json(self) -> dict:
        observed = self.observed_last_s()
        return {"source": self.source, "first_day": _day(self.first_s),
                "observed_last_day": None if observed is None else _day(observed), "last_day": _day(self.last_s),
                "beyond_last_day": "mean of the file's last 11 years held",
                "held_f107": round(self.held[0], 1), "held_f107_81": round(self.held[1], 1),
                "held_ap": round(self.held[2], 1)}


def _day(time_s: float) -> str:
    return timebase.iso_utc(float(time_s))[:10]


def _number(text):
    try:
        value = float(text)
    except (TypeError, ValueError):
        return math.nan
    return value if math.isfinite(value) else math.nan


def parse_sw_csv(text: str, source: str = "SW-All.csv") -> SpaceWeatherSeries:
    """Daily F10.7 (observed), its centred 81-day mean and the daily Ap from CelesTrak's SW-All.csv.

    Rows that lack a value are skipped, except the monthly predictions (F10.7_DATA_TYPE PRM), which carry no
    Ap: they take the mean Ap of the 11 years before the file's last Ap. A file with no usable row, or without
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
    kind_at = header.index("F10.7_DATA_TYPE") if "F10.7_DATA_TYPE" in header else None
    rows = []
    for row in reader:
        if len(row) <= max(index.values()):
            continue
        try:
            day = timebase.to_posix(row[index["DATE"]].strip() + "T00:00:00Z")
        except (ValueError, OverflowError):
            continue
        f107, f81, ap = (_number(row[index[c]]) for c in ("F10.7_OBS", "F10.7_OBS_CENTER81", "AP_AVG"))
        kind = row[kind_at].strip().upper() if kind_at is not None and kind_at < len(row) else ""
        if math.isnan(f107) or (math.isnan(ap) and kind != "PRM"):
            continue
        if not (MIN_F107 * 0.5 <= f107 <= 2 * MAX_F107 and (math.isnan(ap) or MIN_AP <= ap <= MAX_AP)):
            continue
        rows.append((day, f107, f107 if math.isnan(f81) else f81, ap, kind))
    with_ap = sum(1 for r in rows if not math.isnan(r[3]))
    if with_ap < 30:
        raise SpaceWeatherError(f"{source}: only {with_ap} usable daily rows (damaged or cut short)")
    rows.sort(key=lambda r: r[0])
    kinds = tuple(r[4] for r in rows)
    data = np.array([r[:4] for r in rows], dtype=float)
    keep = np.concatenate([[True], np.diff(data[:, 0]) > 0])
    data, kinds = data[keep], tuple(k for k, kept in zip(kinds, keep) if kept)
    no_ap = np.isnan(data[:, 3])
    if no_ap.any():
        last_ap = data[~no_ap, 0].max()
        recent = ~no_ap & (data[:, 0] >= last_ap - SOLAR_CYCLE_DAYS * timebase.DAY_S)
        data[no_ap, 3] = data[recent, 3].mean()
    data.flags.writeable = False  # a series is shared (bundled_series and fetched_series keep theirs)
    return SpaceWeatherSeries(data[:, 0], data[:, 1], data[:, 2], data[:, 3], source,
                              kinds=kinds if any(kinds) else ())


# ----------------------------------------------------------------------------- which file: fetched, kept, bundled

BUNDLED_LABEL = "CelesTrak space weather, bundled copy updated {0}"  # "the {source} is used instead" reads well
FETCHED_LABEL = "CelesTrak space weather, fetched {0}"


@functools.lru_cache(maxsize=1)
def bundled_series() -> SpaceWeatherSeries:
    """The copy bundled with Overflight (assets/spaceweather/SW-All.csv, with its bundle.json); SpaceWeatherError
    naming the file when it is missing or damaged."""
    from . import paths
    from .files import FileReadError, read_text_limited

    folder = paths.space_weather_dir()
    try:
        meta = json.loads(read_text_limited(folder / "bundle.json", 64 * 1024, "the bundled space-weather notes"))
        updated = str(meta["updated_utc"])[:10]
        text = read_text_limited(folder / "SW-All.csv", 16 * 1024 * 1024, "the bundled space-weather copy")
    except (FileReadError, ValueError, KeyError, TypeError) as exc:
        raise SpaceWeatherError(f"the bundled space-weather copy in {folder} cannot be read ({exc})") from None
    return dataclasses.replace(parse_sw_csv(text, BUNDLED_LABEL.format(updated)), origin="bundled", dated=updated)


def bundled_updated_s() -> float:
    """When CelesTrak updated the bundled copy (POSIX seconds)."""
    from . import paths

    meta = json.loads((paths.space_weather_dir() / "bundle.json").read_text(encoding="utf-8"))
    return timebase.to_posix(meta["updated_utc"])


@functools.lru_cache(maxsize=1)
def fetched_series(text: str, retrieved_s: float) -> SpaceWeatherSeries:
    """A copy fetched from CelesTrak, named with its day; the last one is kept, as parsing a full copy takes
    about 0.2 s and the kept copy is read for the drag figure, the epoch's activity and the curves alike."""
    return dataclasses.replace(parse_sw_csv(text, FETCHED_LABEL.format(_day(retrieved_s))), origin="fetched",
                               dated=_day(retrieved_s))


def space_weather_series(fetch: bool = False, warnings: list[str] | None = None) -> list:
    """The space-weather file to use, as a one-item list, or the three scenarios when there is none.

    ``fetch``: ask CelesTrak first (offline-first: a copy under 2 hours old answers without a request). Then a
    copy fetched earlier (kept in the cache), when it is newer than the bundled one; then the bundled copy; then
    the scenarios. Each fault on the way adds one line to ``warnings``, naming what is used instead.
    """
    from . import celestrak

    warnings = [] if warnings is None else warnings
    problem = None
    if fetch:
        try:
            text, _cached, retrieved = celestrak.fetch_space_weather()
            return [fetched_series(text, retrieved)]
        except (celestrak.CelestrakError, SpaceWeatherError) as exc:
            problem = str(exc)
    faults: list[str] = []
    kept = celestrak.cached_space_weather(faults)
    if kept is not None and not (math.isfinite(kept[1]) and abs(kept[1]) < 1e11):
        faults.append("the kept space-weather copy has no usable retrieval time")
        kept = None
    problem = "; ".join(p for p in [problem, *faults] if p) or None
    if kept is not None:
        try:
            bundled_s = bundled_updated_s()
        except (OSError, ValueError, KeyError, TypeError):
            bundled_s = -math.inf
        if kept[1] > bundled_s:
            try:
                series = fetched_series(*kept)
                if problem:
                    warnings.append(f"{problem}; the copy fetched {_day(kept[1])} is used")
                return [series]
            except SpaceWeatherError as exc:
                problem = "; ".join(p for p in [problem, f"the kept copy: {exc}"] if p)
    try:
        series = bundled_series()
    except SpaceWeatherError as exc:
        warnings.append("; ".join(p for p in [problem, str(exc)] if p)
                        + "; using the low, moderate and high scenarios instead")
        return list(SCENARIOS.values())
    if problem:
        warnings.append(f"{problem}; the {series.source} is used instead")
    return [series]


def offline_series(warnings: list[str] | None = None) -> SpaceWeatherSeries | None:
    """The newest space-weather file on this computer without a request (kept, else bundled), or None; each fault
    on the way adds one line to ``warnings`` (see :func:`space_weather_series`)."""
    found = space_weather_series(fetch=False, warnings=warnings)
    return found[0] if isinstance(found[0], SpaceWeatherSeries) else None


# ----------------------------------------------------------------------------- the activity at an epoch

@dataclass(frozen=True)
class EpochActivity:
    """F10.7 and Ap a space-weather file gives at a time, and the scenario nearest it."""

    time_s: float
    f107: float
    ap: float
    basis: str
    source: str
    ap_basis: str = "daily Ap"

    @property
    def scenario(self) -> Scenario:
        return nearest_scenario(self.f107)

    def text(self) -> str:
        return (f"at {_day(self.time_s)} F10.7 {self.f107:.1f} ({self.basis}), Ap {self.ap:.1f} ({self.ap_basis}): "
                f"nearest scenario {self.scenario.name} ({self.source})")

    def to_json(self) -> dict:
        return {"utc": timebase.iso_utc(self.time_s), "f107": round(self.f107, 1), "ap": round(self.ap, 1),
                "basis": self.basis, "ap_basis": self.ap_basis, "source": self.source, "nearest_scenario": self.scenario.name}


def activity_at(series: SpaceWeatherSeries, time_s: float) -> EpochActivity:
    """F10.7 at a time: the 81-day centred mean where the file has daily rows, its monthly prediction where it has
    monthly ones, the held 11-year mean beyond its end; Ap interpolated the same way."""
    t = float(time_s)
    _f, f81, ap = (float(v[0]) for v in series.indices(np.array([t])))
    if t > series.last_s:
        held = "beyond the file: mean of its last 11 years"
        return EpochActivity(t, series.held[1], series.held[2], held, series.source, held)
    if t < series.first_s:
        before = f"before the file: its first day, {_day(series.first_s)}"
        return EpochActivity(t, f81, ap, before, series.source, before)
    i = int(np.clip(np.searchsorted(series.times_s, t, side="right") - 1, 0, len(series.times_s) - 1))
    monthly = bool(series.kinds) and (series.kinds[i] == "PRM" or
                                      (i + 1 < len(series.kinds) and series.kinds[i + 1] == "PRM"))
    if monthly:
        f107 = float(np.interp(t, series.times_s, series.f107))
        return EpochActivity(t, f107, ap, "monthly prediction", series.source,
                             "the monthly predictions carry none: mean of the file's last 11 years of Ap")
    return EpochActivity(t, f81, ap, "81-day centred mean", series.source, "daily Ap")


def epoch_activity(time_s: float, series: SpaceWeatherSeries | None = None) -> EpochActivity | None:
    """The activity at a time from ``series`` (the file in use), else from the newest file on this computer (kept,
    else bundled; no request); None when no file can be read. One place for the drag figure, the command line
    and the lab, so all three name the same file and value."""
    series = series if series is not None else offline_series()
    return None if series is None else activity_at(series, time_s)
