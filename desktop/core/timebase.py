"""Time: POSIX seconds in, Julian dates, Earth rotation and the Sun out.

The core keeps every instant as POSIX seconds (UTC, float64). SGP4 takes
UTC Julian dates, which like POSIX time ignore leap seconds, so the mapping
is a plain affine one. Earth rotation needs UT1 = UTC + DUT1, taken from
skyfield's built-in timescale (no download).
"""

from __future__ import annotations

import functools
import os
from datetime import datetime, timezone

import numpy as np

JD_UNIX_EPOCH = 2440587.5
DAY_S = 86400.0


@functools.lru_cache(maxsize=1)
def timescale():
    """skyfield's built-in timescale (delta T and leap seconds shipped with skyfield)."""
    from skyfield.api import load

    return load.timescale(builtin=True)


@functools.lru_cache(maxsize=1)
def ephemeris():
    """JPL DE421 from the skyfield-data package: nothing is downloaded.

    skyfield-data's helper warns when its Earth-orientation file ages; we do
    not use that file (the timescale is skyfield's built-in one), so we locate
    DE421 directly.
    """
    import skyfield_data
    from skyfield.api import load_file

    path = os.path.join(os.path.dirname(skyfield_data.__file__), "data", "de421.bsp")
    return load_file(path)


_SETTLE = np.ones(64), np.empty(64)


def settle_vector_registers() -> None:
    """Leave the CPU's vector registers clean for the SSE code that follows (sgp4's compiled core).

    Qt's raster fills use AVX and return with the upper halves of the vector
    registers in use; SSE code run next then pays the AVX-SSE transition
    penalty on every instruction. Measured here: SGP4 for 15,000 satellites in
    one SatrecArray call took 9-11 ms alone and 16-19 ms right after an 8 x 8 px
    fillRect, 10 ms again with a ``vzeroupper`` in between. numpy's AVX kernels
    end with one; a float64 add of 64 values is such a kernel (under a
    microsecond). Elsewhere (no AVX, or a numpy without those kernels) it is
    only an add.
    """
    np.add(_SETTLE[0], _SETTLE[0], out=_SETTLE[1])


def jd_utc(times_s):
    """Split POSIX seconds into (whole, fraction) UTC Julian dates for sgp4_array; every SGP4 call in the core
    is prepared here, so the vector registers are settled for it too (``settle_vector_registers``)."""
    times_s = np.asarray(times_s, dtype=float)
    days = np.floor(times_s / DAY_S)
    whole = JD_UNIX_EPOCH + days
    fraction = (times_s - days * DAY_S) / DAY_S
    settle_vector_registers()
    return whole, fraction


def leap_seconds(times_s):
    """TAI - UTC (seconds) at POSIX times, from skyfield's leap-second table."""
    ts = timescale()
    jd = JD_UNIX_EPOCH + np.asarray(times_s, dtype=float) / DAY_S
    index = np.searchsorted(ts.leap_dates, jd, side="right")
    offsets = np.concatenate([[ts.leap_offsets[0]], ts.leap_offsets])
    return offsets[index]


def skyfield_time(times_s):
    """A skyfield Time for POSIX seconds (scalar or array)."""
    times_s = np.asarray(times_s, dtype=float)
    whole, fraction = jd_utc(times_s)
    return timescale().tai_jd(whole, fraction + leap_seconds(times_s) / DAY_S)


@functools.lru_cache(maxsize=1)
def _dut1_table():
    """UT1 - UTC in seconds, sampled daily 1990-2040, from skyfield's built-in tables."""
    start = datetime(1990, 1, 1, tzinfo=timezone.utc).timestamp()
    grid = start + np.arange(0, 50 * 366) * DAY_S
    t = skyfield_time(grid)
    whole, fraction = jd_utc(grid)
    dut1 = ((t.whole - whole) + (t.ut1_fraction - fraction)) * DAY_S
    return grid, dut1


def dut1_seconds(times_s):
    """UT1 - UTC (seconds) at POSIX times, interpolated from skyfield's tables."""
    grid, dut1 = _dut1_table()
    return np.interp(np.asarray(times_s, dtype=float), grid, dut1)


def gmst_radians(times_s):
    """Greenwich mean sidereal angle (IAU 1982, as SGP4's TEME frame expects) at POSIX times."""
    from skyfield.sgp4lib import theta_GMST1982

    times_s = np.asarray(times_s, dtype=float)
    whole, fraction = jd_utc(times_s)
    fraction_ut1 = fraction + dut1_seconds(times_s) / DAY_S
    theta, _ = theta_GMST1982(whole, fraction_ut1)
    return theta


def teme_to_itrs(r_teme_km, times_s):
    """Rotate TEME positions (3, N) into the Earth-fixed frame (polar motion neglected, < 15 m)."""
    theta = gmst_radians(times_s)
    c, s = np.cos(theta), np.sin(theta)
    x, y, z = r_teme_km
    return np.array([c * x + s * y, -s * x + c * y, z])


def itrs_to_teme(r_itrs, times_s):
    theta = gmst_radians(times_s)
    c, s = np.cos(theta), np.sin(theta)
    x, y, z = r_itrs
    return np.array([c * x - s * y, s * x + c * y, z])


SUN_BLOCK_HOURS = 768  # the Sun is computed in blocks of 32 days, kept for every later query in them
SUN_MARGIN_S = 2 * 3600.0  # interpolation needs the hour before and after; TDB - UTC is about a minute


class SunRangeError(ValueError):
    """A time outside the Sun table (JPL DE421); one line names the supported range."""


@functools.lru_cache(maxsize=1)
def sun_range_s() -> tuple[float, float]:
    """First and last POSIX time at which the Sun is known (DE421's span, less a margin for interpolation)."""
    spans = [(seg.spk_segment.start_jd, seg.spk_segment.end_jd) for seg in ephemeris().segments]
    first_jd, last_jd = max(a for a, _ in spans), min(b for _, b in spans)
    return ((first_jd - JD_UNIX_EPOCH) * DAY_S + SUN_MARGIN_S, (last_jd - JD_UNIX_EPOCH) * DAY_S - SUN_MARGIN_S)


def sun_range_text() -> str:
    first, last = sun_range_s()
    return f"{iso_utc(first)[:10]} to {iso_utc(last)[:10]}"


def sun_known(times_s) -> bool:
    """Whether the Sun's position can be given at every one of these times."""
    times_s = np.asarray(times_s, dtype=float)
    first, last = sun_range_s()
    return times_s.size == 0 or bool(first <= np.min(times_s) and np.max(times_s) <= last)


def _check_sun_range(times_s) -> None:
    if sun_known(times_s):
        return
    first, last = sun_range_s()
    outside = times_s[(times_s < first) | (times_s > last) | np.isnan(times_s)]
    when = iso_utc(float(outside[0]))[:10] if np.isfinite(outside[0]) and abs(outside[0]) < 2.5e11 else str(outside[0])
    raise SunRangeError(f"the Sun's position (for daylight and night) is known from {sun_range_text()} only "
                        f"(JPL DE421); {when} is outside that range")


def _sun_teme_at_hours(hours) -> np.ndarray:
    """Unit Sun vectors (quasi-inertial frame) at whole hours, shape (3, N), from the cached blocks that hold
    them: only the blocks the hours fall in are computed, however far apart the hours are."""
    hours = np.asarray(hours, dtype=np.int64)
    out = np.empty((3, hours.size))
    block_of = hours // SUN_BLOCK_HOURS
    for block in np.unique(block_of):  # a handful of 32-day blocks, not a loop over times
        grid, sun = _sun_teme_block(int(block))
        at = block_of == block
        out[:, at] = sun[:, hours[at] - int(round(grid[0] / 3600.0))]
    return out


@functools.lru_cache(maxsize=64)
def _sun_teme_block(block: int):
    """Unit Sun vectors in a quasi-inertial (TEME-like) frame, hourly over one block (both ends), from DE421."""
    eph = ephemeris()
    grid = np.arange(block * SUN_BLOCK_HOURS, (block + 1) * SUN_BLOCK_HOURS + 1, dtype=float) * 3600.0
    first, last = sun_range_s()
    grid = grid[(grid >= first - SUN_MARGIN_S / 2) & (grid <= last + SUN_MARGIN_S / 2)]  # the table's first and last block
    t = skyfield_time(grid)
    from skyfield.framelib import itrs

    sun = eph["earth"].at(t).observe(eph["sun"]).apparent()
    r = np.asarray(sun.frame_xyz(itrs).au)
    r = r / np.linalg.norm(r, axis=0)
    return grid, itrs_to_teme(r, grid)


def sun_direction_itrs(times_s):
    """Unit vector to the apparent Sun in the Earth-fixed frame, shape (3, N).

    Skyfield computes the Sun hourly; between those instants the direction is
    interpolated in a non-rotating frame (where it moves 1 deg a day, so the
    interpolation error is under 0.001 deg) and rotated back with GMST.
    SunRangeError, in one line naming the range, for a time outside DE421.
    """
    times_s = np.atleast_1d(np.asarray(times_s, dtype=float))
    _check_sun_range(times_s)
    hour = np.floor(times_s / 3600.0)
    fraction = times_s / 3600.0 - hour
    interp = _sun_teme_at_hours(hour) * (1.0 - fraction) + _sun_teme_at_hours(hour + 1) * fraction
    interp /= np.linalg.norm(interp, axis=0)
    return teme_to_itrs(interp, times_s)


def sun_elevation_deg(lat_deg, lon_deg, times_s):
    """Geometric elevation of the Sun's centre above the horizon at ground points."""
    sun = sun_direction_itrs(times_s)
    lat = np.radians(np.atleast_1d(lat_deg))
    lon = np.radians(np.atleast_1d(lon_deg))
    up = np.array([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)])
    return np.degrees(np.arcsin(np.clip(np.sum(up * sun, axis=0), -1.0, 1.0)))


def to_posix(value) -> float:
    """POSIX seconds from a datetime (naive means UTC) or an ISO 8601 string."""
    if isinstance(value, (int, float, np.floating)):
        return float(value)
    if isinstance(value, str):
        value = parse_iso8601(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.timestamp()


def parse_iso8601(text: str) -> datetime:
    """Parse an ISO 8601 date or date-time; no zone means UTC. Raises ValueError with the text."""
    cleaned = text.strip()
    if cleaned.endswith(("Z", "z")):
        cleaned = cleaned[:-1] + "+00:00"
    try:
        value = datetime.fromisoformat(cleaned)
    except ValueError:
        raise ValueError(
            f"'{text}' is not an ISO 8601 date or time (expected e.g. 2026-11-23 or 2026-11-23T06:00:00Z)"
        ) from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc)


def iso_utc(times_s, seconds_decimals: int = 0):
    """Format POSIX seconds as ISO 8601 UTC strings ending in Z."""
    arr = np.atleast_1d(np.asarray(times_s, dtype=float))
    unit = "s" if seconds_decimals == 0 else "ms"
    dt = np.round(arr * (1 if unit == "s" else 1000)).astype("int64").astype(f"datetime64[{unit}]")
    out = [str(d) + "Z" for d in dt]
    return out if np.ndim(times_s) else out[0]


def clock_text(time_s: float) -> str:
    """A clock reading for maps, frames and the globe: '2026-11-24 09:35:00 UTC'."""
    return iso_utc(float(time_s)).replace("T", " ").replace("Z", " UTC")


def now_s() -> float:
    return datetime.now(timezone.utc).timestamp()
