"""Orbit decay under drag and the re-entry date, as a range over solar activity.

The semi-major axis a and eccentricity e change under drag by Gauss's
equations averaged over one revolution (King-Hele, *Satellite Orbits in an
Atmosphere*, 1987, ch. 3), with the drag acceleration ½ ρ (C_d A/m) F v² against
the velocity (F = (1 - r ω cos i / v)² for the atmosphere turning with the
Earth). Over the eccentric anomaly E (dM = (1 - e cos E) dE):

    da/dt = -(a² B / μ) <ρ F v³ (1 - e cos E)>_E
    de/dt = -B (1 - e²) <ρ F v cos E>_E,     B = C_d A / m,

which for a circular orbit is da/dt = -ρ B √(μ a). The averages are taken on
a fixed grid of E (so eccentric orbits, whose drag is concentrated at perigee,
are handled the same way), and the step adapts to the perigee's fall (RK2).

Density is NRLMSIS 2.0 through ``pymsis``, averaged over latitude (area
weights) and local time at each height; pymsis calls are costly, so density is
tabulated once per activity level on a height grid and interpolated in log.

B comes from a real set's B* (B = 2 B*/ρ0, SGP4's reference density) or from
mass, area and drag coefficient. B* is a fitted value that absorbs the density
model's errors, and future solar activity is unknown: the result is an
estimate, given as a range over the scenarios, never a date.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, field

import numpy as np

from . import timebase
from .constants import EARTH_ROTATION_RAD_S, SGP4_BSTAR_RHO0_KG_M2_ER, WGS72_A_KM, WGS72_MU_KM3_S2
from .elements import ElementSet
from .spaceweather import SCENARIOS, Scenario, epoch_activity

REENTRY_HEIGHT_KM = 120.0  # perigee below this: the satellite comes down within a few revolutions
MAX_TABLE_HEIGHT_KM = 2000.0  # above this drag is ignored (lifetimes of centuries)
DEFAULT_YEARS = 25.0  # the horizon of an estimate (the debris-mitigation guideline's 25 years)
MAX_STEP_S = 30 * timebase.DAY_S
MIN_STEP_S = 60.0
STEP_FRACTION = 0.02  # each step lets the perigee fall by at most this fraction of its height above re-entry
E_POINTS = 128
DEFAULT_CD = 2.2  # the usual drag coefficient of a compact satellite (free molecular flow)
TYPICAL_MASS_KG, TYPICAL_AREA_M2 = 100.0, 1.0  # a "typical small satellite" (ballistic m/(C_d A) about 45 kg/m2)
MAX_MASS_KG = 1e7
MAX_AREA_M2 = 1e4
UNCERTAINTY_NOTE = ("an estimate: the Sun's future activity, the satellite's attitude and the fitted drag term "
                    "change the date by months to years; read it as a range, not a forecast")

_MU_M3_S2 = WGS72_MU_KM3_S2 * 1e9
_HEIGHTS_KM = np.concatenate([np.arange(100.0, 1000.0, 10.0), np.arange(1000.0, MAX_TABLE_HEIGHT_KM + 1, 50.0)])
_TABLE_DATE = np.datetime64("2026-03-20T00:00")  # an equinox: between the seasonal extremes of density
_LATS = np.arange(-75.0, 76.0, 25.0)
_LONS = np.arange(0.0, 360.0, 45.0)  # at 00 UT: every third hour of local time


class LifetimeError(ValueError):
    """Input the estimate cannot use: one line naming the value."""


# ----------------------------------------------------------------------------- the satellite's drag


@dataclass(frozen=True)
class Vehicle:
    ballistic_m2_kg: float  # B = C_d A / m
    how: str  # where the figure comes from, shown with every result


SGP4_Q0_KM, SGP4_S_KM = 120.0, 78.0  # SGP4's atmosphere: heights above the Earth's radius (Hoots & Roehrich 1980)


def sgp4_density_kg_m3(height_km, perigee_km: float | None = None):
    """The density SGP4's drag term assumes at a height: its static power law rho0 ((q0 - s) / (h - s))^4, with
    q0 = 120 km, s = 78 km (lowered for perigees under 156 km, as SGP4 does) and rho0 = 0.15697 kg/m2/ER
    (2.461e-8 kg/m3) from B* = rho0 C_d (A/m) / 2 (Spacetrack Report No. 3, Hoots and Roehrich 1980)."""
    s_km = SGP4_S_KM
    if perigee_km is not None and perigee_km < 156.0:
        s_km = 20.0 if perigee_km < 98.0 else perigee_km - 78.0
    rho0 = SGP4_BSTAR_RHO0_KG_M2_ER / (WGS72_A_KM * 1000.0)
    return rho0 * ((SGP4_Q0_KM - s_km) / (np.asarray(height_km, dtype=float) - s_km)) ** 4


def vehicle_from_bstar(bstar_per_er: float, height_km: float | None = None, f107: float | None = None,
                       ap: float | None = None, activity_text: str = "") -> Vehicle:
    """C_d A/m from a real set's B*.

    B* is a drag term fitted in SGP4's own static atmosphere, which at 420 km
    is 1.9 times NRLMSIS's mean density under moderate activity, at 540 km 3.8
    and at 705 km 10 times (0.7-2 under high activity). Read as C_d A/m
    directly (2 B* / rho0) it gives the drag SGP4 fitted only where the two
    atmospheres agree; so with a height and the activity at the epoch, the
    figure is scaled by SGP4's density over NRLMSIS's there: the decay at the
    epoch is then SGP4's, and the scenarios move it as NRLMSIS does.
    """
    if not (math.isfinite(bstar_per_er) and bstar_per_er > 0):
        raise LifetimeError(f"B* {bstar_per_er:g} gives no drag: give --mass, --area and --cd")
    b = 2.0 * bstar_per_er / SGP4_BSTAR_RHO0_KG_M2_ER
    if height_km is None or f107 is None or ap is None:
        return Vehicle(b, f"from the element set's B* {bstar_per_er:.4e} /ER (C_d A/m = {b:.4f} m2/kg)")
    msis = float(density_kg_m3(np.array([height_km]), _log_density_row(float(f107), float(f107), float(ap)))[0])
    ratio = float(sgp4_density_kg_m3(height_km, perigee_km=height_km)) / msis if msis > 0 else 1.0
    return Vehicle(b * ratio, f"from the element set's B* {bstar_per_er:.4e} /ER, read in SGP4's atmosphere and "
                              f"matched to NRLMSIS at {height_km:.0f} km under the epoch's activity ({activity_text or f'F10.7 {f107:.0f}, Ap {ap:.0f}'}; "
                              f"x{ratio:.2f}): C_d A/m = {b * ratio:.4f} m2/kg")


def vehicle_from_mass(mass_kg: float, area_m2: float | None = None, cd: float | None = None,
                      source: str = "") -> Vehicle:
    if not (math.isfinite(mass_kg) and 0 < mass_kg <= MAX_MASS_KG):
        raise LifetimeError(f"--mass {mass_kg:g} kg must be above 0 and at most {MAX_MASS_KG:g}")
    estimated = area_m2 is None
    # only the mass known: a typical small satellite (1 m2 per 100 kg) scaled at constant density (area ~ mass^2/3)
    area = TYPICAL_AREA_M2 * (mass_kg / TYPICAL_MASS_KG) ** (2.0 / 3.0) if estimated else area_m2
    if not (math.isfinite(area) and 0 < area <= MAX_AREA_M2):
        raise LifetimeError(f"--area {area:g} m2 must be above 0 and at most {MAX_AREA_M2:g}")
    cd = DEFAULT_CD if cd is None else cd
    if not (math.isfinite(cd) and 0 < cd <= 10):
        raise LifetimeError(f"--cd {cd:g} must be above 0 and at most 10")
    b = cd * area / mass_kg
    area_text = f"{area:.2g} m2 (estimated from the mass)" if estimated else f"{area:g} m2"
    return Vehicle(b, f"mass {mass_kg:g} kg{' (' + source + ')' if source else ''}, area {area_text}, C_d {cd:g}")


TYPICAL_SMALL_SATELLITE = dict(mass_kg=TYPICAL_MASS_KG, area_m2=TYPICAL_AREA_M2, cd=DEFAULT_CD)


def published_mass_kg(es: ElementSet) -> tuple[float, str] | None:
    """A published mass from the facts table (tle/approximate.json's 'mass_kg' and 'mass_source'); a set made by a
    burn ('KHAYYAM BURN') keeps its satellite's mass."""
    for entry in _facts():
        name = str(entry.get("name", "")).casefold()
        if entry.get("satnum") == es.satnum or es.name.casefold() in (name, name + " burn", name + " transfer"):
            mass = entry.get("mass_kg")
            if isinstance(mass, (int, float)) and not isinstance(mass, bool) and mass > 0:
                return float(mass), str(entry.get("mass_source", "published"))
    return None


@functools.lru_cache(maxsize=1)
def _facts() -> tuple:
    from .catalog import approximate_parameters

    try:
        return tuple(x for x in approximate_parameters() if isinstance(x, dict))
    except (OSError, ValueError, KeyError, TypeError):
        return ()


def vehicle_for(es: ElementSet, mass_kg: float | None = None, area_m2: float | None = None,
                cd: float | None = None) -> Vehicle:
    """The drag figure of a satellite: the mass given, else a real set's B*, else its published mass, else a
    typical small satellite (100 kg, 1 m2, C_d 2.2), each saying so."""
    if mass_kg is not None or area_m2 is not None:
        if mass_kg is None:
            raise LifetimeError("--area needs --mass KG")
        return vehicle_from_mass(mass_kg, area_m2, cd)
    if not es.flag and es.satrec.bstar > 0:
        a, e, _i = mean_orbit(es)
        f107, ap, text = _activity_at_epoch(es.epoch_s)
        return vehicle_from_bstar(es.satrec.bstar, a * (1.0 - e) - WGS72_A_KM, f107, ap, text)
    published = published_mass_kg(es)
    if published:
        return vehicle_from_mass(published[0], None, cd, published[1])
    typical = dict(TYPICAL_SMALL_SATELLITE, cd=cd or DEFAULT_CD)
    v = vehicle_from_mass(**typical)
    return Vehicle(v.ballistic_m2_kg, "a typical small satellite: " + v.how)


def _activity_at_epoch(time_s: float) -> tuple[float, float, str]:
    """F10.7 and Ap at a time from the space-weather file on this computer (kept, else bundled; no request), else
    the moderate scenario; and how they were found."""
    act = epoch_activity(time_s)
    if act is not None:
        return act.f107, act.ap, f"F10.7 {act.f107:.0f}, Ap {act.ap:.0f}: {act.basis}, {act.source}"
    moderate = SCENARIOS["moderate"]
    return moderate.f107, moderate.ap, f"no space-weather file: the moderate scenario, F10.7 {moderate.f107:.0f}"


# ----------------------------------------------------------------------------- density


@functools.lru_cache(maxsize=64)
def _log_density_row(f107: float, f107a: float, ap: float) -> np.ndarray:
    return _log_density_rows(((f107, f107a, ap),))[0]


def _log_density_rows(conditions) -> np.ndarray:
    """log of the mean NRLMSIS 2.0 mass density (kg/m3) at each table height, one row per (F10.7, F10.7a, Ap)."""
    from pymsis import msis

    conditions = list(conditions)
    dates = np.repeat(_TABLE_DATE, len(conditions))
    out = msis.run(dates, _LONS, _LATS, _HEIGHTS_KM, f107s=[c[0] for c in conditions],
                   f107as=[c[1] for c in conditions], aps=[[c[2]] * 7 for c in conditions], version=2.0)
    rho = out[..., 0]  # (conditions, lons, lats, heights)
    weights = np.cos(np.radians(_LATS))
    mean = (rho * weights[None, None, :, None]).sum(axis=(1, 2)) / (weights.sum() * len(_LONS))
    return np.log(mean)


_GRID_F107 = np.array([60.0, 80.0, 110.0, 150.0, 200.0, 260.0, 330.0, 400.0])
_GRID_AP = np.array([0.0, 7.0, 15.0, 30.0, 60.0, 150.0, 400.0])


@functools.lru_cache(maxsize=1)
def _grid_table() -> np.ndarray:
    """log density on (F10.7, Ap, height) for activity that changes with time (a space-weather file)."""
    rows = _log_density_rows([(f, f, ap) for f in _GRID_F107 for ap in _GRID_AP])
    return rows.reshape(len(_GRID_F107), len(_GRID_AP), len(_HEIGHTS_KM))


def _grid_row(f107: float, ap: float) -> np.ndarray:
    table = _grid_table()
    i = int(np.clip(np.searchsorted(_GRID_F107, f107) - 1, 0, len(_GRID_F107) - 2))
    j = int(np.clip(np.searchsorted(_GRID_AP, ap) - 1, 0, len(_GRID_AP) - 2))
    u = float(np.clip((f107 - _GRID_F107[i]) / (_GRID_F107[i + 1] - _GRID_F107[i]), 0, 1))
    w = float(np.clip((ap - _GRID_AP[j]) / (_GRID_AP[j + 1] - _GRID_AP[j]), 0, 1))
    return ((1 - u) * (1 - w) * table[i, j] + u * (1 - w) * table[i + 1, j] + (1 - u) * w * table[i, j + 1]
            + u * w * table[i + 1, j + 1])


def density_kg_m3(heights_km, log_row: np.ndarray) -> np.ndarray:
    """Mean density at heights from a tabulated row (log-linear between 10 km steps; zero above the table)."""
    heights_km = np.asarray(heights_km, dtype=float)
    rho = np.exp(np.interp(heights_km, _HEIGHTS_KM, log_row))
    return np.where(heights_km > MAX_TABLE_HEIGHT_KM, 0.0, rho)


# ----------------------------------------------------------------------------- decay


_E = np.linspace(0.0, 2 * np.pi, E_POINTS, endpoint=False)
_COS_E = np.cos(_E)


def decay_rates(a_km: float, e: float, inclination_rad: float, ballistic_m2_kg: float, log_row) -> tuple[float, float]:
    """Orbit-averaged da/dt (km/s) and de/dt (1/s) under drag (see the module's docstring)."""
    r_km = a_km * (1.0 - e * _COS_E)
    v = np.sqrt(_MU_M3_S2 * (2.0 / (r_km * 1e3) - 1.0 / (a_km * 1e3)))  # m/s
    rho = density_kg_m3(r_km - WGS72_A_KM, log_row)
    rotation = (1.0 - r_km * 1e3 * EARTH_ROTATION_RAD_S * math.cos(inclination_rad) / v) ** 2
    a_m = a_km * 1e3
    da = -(a_m ** 2 * ballistic_m2_kg / _MU_M3_S2) * float(np.mean(rho * rotation * v ** 3 * (1.0 - e * _COS_E)))
    de = -ballistic_m2_kg * (1.0 - e * e) * float(np.mean(rho * rotation * v * _COS_E)) if e > 0 else 0.0
    return da / 1e3, de


@dataclass(frozen=True)
class DecayCurve:
    """Height against time under one activity scenario, until re-entry or the horizon."""

    name: str
    activity: str
    times_s: np.ndarray
    mean_height_km: np.ndarray
    perigee_km: np.ndarray
    apogee_km: np.ndarray
    reentry_s: float | None
    initial_decay_km_per_day: float
    horizon_s: float

    @property
    def years(self) -> float | None:
        return None if self.reentry_s is None else (self.reentry_s - self.times_s[0]) / (365.25 * timebase.DAY_S)

    def to_json(self) -> dict:
        return {"name": self.name, "activity": self.activity,
                "reentry_utc": None if self.reentry_s is None else timebase.iso_utc(self.reentry_s),
                "years": None if self.years is None else round(self.years, 3),
                "beyond_utc": timebase.iso_utc(self.horizon_s) if self.reentry_s is None else None,
                "initial_decay_km_per_day": self.initial_decay_km_per_day}


def decay(a_km: float, e: float, inclination_deg: float, start_s: float, vehicle: Vehicle, activity,
          years: float = DEFAULT_YEARS) -> DecayCurve:
    """Integrate the orbit-averaged decay from (a, e) at ``start_s`` under a Scenario or a SpaceWeatherSeries."""
    if not (math.isfinite(years) and 0 < years <= 200):
        raise LifetimeError(f"--years {years:g} must be above 0 and at most 200")
    inclination = math.radians(inclination_deg)
    b = vehicle.ballistic_m2_kg
    fixed = isinstance(activity, Scenario)

    def row_at(t):
        if fixed:
            return _log_density_row(activity.f107, activity.f107, activity.ap)
        _f, f81, ap = activity.indices(np.array([t]))
        return _grid_row(float(f81[0]), float(ap[0]))

    horizon = start_s + years * 365.25 * timebase.DAY_S
    t, a, ecc = start_s, float(a_km), max(float(e), 0.0)
    times, heights, perigees, apogees = [t], [a - WGS72_A_KM], [a * (1 - ecc) - WGS72_A_KM], [a * (1 + ecc) - WGS72_A_KM]
    da0, _ = decay_rates(a, ecc, inclination, b, row_at(t))
    reentry = None if perigees[0] > REENTRY_HEIGHT_KM else start_s
    while reentry is None and t < horizon:
        row = row_at(t)
        da, de = decay_rates(a, ecc, inclination, b, row)
        perigee = a * (1 - ecc) - WGS72_A_KM
        fall = abs(da * (1 - ecc) - a * de)  # km/s
        step = MAX_STEP_S if fall == 0 else STEP_FRACTION * (perigee - REENTRY_HEIGHT_KM + 5.0) / fall
        step = float(min(max(step, MIN_STEP_S), MAX_STEP_S, horizon - t))
        a_mid, e_mid = a + 0.5 * step * da, max(ecc + 0.5 * step * de, 0.0)
        da_mid, de_mid = decay_rates(a_mid, e_mid, inclination, b, row if fixed else row_at(t + 0.5 * step))
        a_new, e_new = a + step * da_mid, max(ecc + step * de_mid, 0.0)
        perigee_new = a_new * (1 - e_new) - WGS72_A_KM
        if perigee_new <= REENTRY_HEIGHT_KM:
            # the crossing, linear within the (small) last step
            fraction = (perigee - REENTRY_HEIGHT_KM) / max(perigee - perigee_new, 1e-9)
            reentry = t + step * fraction
            t, a, ecc = reentry, a + fraction * step * da_mid, max(ecc + fraction * step * de_mid, 0.0)
        else:
            t, a, ecc = t + step, a_new, e_new
        times.append(t)
        heights.append(a - WGS72_A_KM)
        perigees.append(min(a * (1 - ecc) - WGS72_A_KM, perigees[-1]))
        apogees.append(a * (1 + ecc) - WGS72_A_KM)
    name = activity.name
    text = (f"F10.7 {activity.f107:g}, Ap {activity.ap:g}" if fixed else activity.source)
    return DecayCurve(name, text, np.array(times), np.array(heights), np.array(perigees), np.array(apogees), reentry,
                      da0 * timebase.DAY_S, horizon)


@dataclass(frozen=True)
class LifetimeEstimate:
    satellite: str
    flag: str
    vehicle: Vehicle
    start_s: float
    curves: list[DecayCurve]
    warnings: list[str] = field(default_factory=list)
    note: str = UNCERTAINTY_NOTE
    space_weather: object = None  # the SpaceWeatherSeries a curve used, if any (its source names the file and date)
    epoch_activity: object = None  # spaceweather.EpochActivity at the start: the scenario nearest it

    def space_weather_text(self) -> str | None:
        """'CelesTrak space weather, bundled copy updated 2025-07-21: observed to ..., predicted to ...; after
        that the mean of its last 11 years is held', when a curve used a file."""
        sw = self.space_weather
        return None if sw is None else f"{sw.source}: {sw.span_text()}"

    def reentry_range_s(self) -> tuple[float | None, float | None]:
        """Earliest and latest re-entry over the scenarios (None: later than the horizon)."""
        dates = [c.reentry_s for c in self.curves]
        known = [d for d in dates if d is not None]
        earliest = min(known) if known else None
        latest = None if any(d is None for d in dates) else max(known)
        return earliest, latest

    def range_text(self) -> str:
        earliest, latest = self.reentry_range_s()
        horizon = max(c.horizon_s for c in self.curves)
        if earliest is None:
            return f"stays up beyond {timebase.iso_utc(horizon)[:10]} in every scenario"
        first = timebase.iso_utc(earliest)[:7]
        if latest is not None and timebase.iso_utc(latest)[:7] == first:
            return f"likely re-entry around {first} (uncertain)"
        last = timebase.iso_utc(latest)[:7] if latest is not None else f"after {timebase.iso_utc(horizon)[:7]}"
        return f"likely re-entry between {first} and {last} (uncertain)"

    def to_json(self) -> dict:
        earliest, latest = self.reentry_range_s()
        return {"satellite": self.satellite, "flag": self.flag or "REAL", "ballistic_m2_kg": self.vehicle.ballistic_m2_kg,
                "drag_from": self.vehicle.how, "start_utc": timebase.iso_utc(self.start_s),
                "scenarios": [c.to_json() for c in self.curves],
                "reentry_earliest_utc": None if earliest is None else timebase.iso_utc(earliest),
                "reentry_latest_utc": None if latest is None else timebase.iso_utc(latest),
                "space_weather": None if self.space_weather is None else self.space_weather.to_json(),
                "epoch_activity": None if self.epoch_activity is None else self.epoch_activity.to_json(),
                "note": self.note, "warnings": list(self.warnings)}


def mean_orbit(es: ElementSet) -> tuple[float, float, float]:
    """SGP4's mean semi-major axis (km), eccentricity and inclination (deg) of a set."""
    return es.satrec.a * es.satrec.radiusearthkm, float(es.satrec.ecco), math.degrees(es.satrec.inclo)


def estimate(es: ElementSet, vehicle: Vehicle, activities=None, start_s: float | None = None,
             years: float = DEFAULT_YEARS, warnings=(), epoch_activity=None) -> LifetimeEstimate:
    """Decay curves of a satellite from its epoch (or ``start_s``, the orbit taken as at the epoch) under each
    activity (default the three scenarios). ``epoch_activity`` (spaceweather.activity_at) is carried into the
    outputs: the activity a space-weather file gives at the start and the scenario nearest it."""
    activities = list(activities) if activities else list(SCENARIOS.values())
    a, e, inclination = mean_orbit(es)
    start = es.epoch_s if start_s is None else start_s
    curves = [decay(a, e, inclination, start, vehicle, act, years) for act in activities]
    series = next((act for act in activities if not isinstance(act, Scenario)), None)
    return LifetimeEstimate(es.name, es.flag, vehicle, start, curves, list(warnings), space_weather=series,
                            epoch_activity=epoch_activity)


def decay_from_mean_motion_km_per_day(es: ElementSet) -> float:
    """The decay the set's own mean-motion derivative implies: da/dt = -(2/3) a ndot / n (km/day)."""
    n = es.satrec.no_kozai  # rad/min
    ndot = 2.0 * es.satrec.ndot  # the TLE carries ndot/2 (rad/min^2 in sgp4)
    a = es.satrec.a * es.satrec.radiusearthkm
    return -(2.0 / 3.0) * a * ndot / n * 1440.0
