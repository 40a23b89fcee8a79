"""Lifetimes of a typical small satellite against a published model integrated here: the Australian Space Weather
Agency's (IPS) simple density model, "Satellite Orbital Decay Calculations" (IPS Radio and Space Services, updated
by R. Panwar; https://www.sws.bom.gov.au, Educational > Space Weather Effects), valid from 180 to 500 km:

    rho = 6e-10 exp(-(h - 175) / H) kg/m3,  H = (900 + 2.5 (F10.7 - 70) + 1.5 Ap) / (27 - 0.012 (h - 200)) km,

with the circular-orbit decay da/dt = -rho (C_d A / m) sqrt(mu a) stepped here until 180 km. Our estimate
uses NRLMSIS 2.0 (pymsis) averaged over the globe and stops at a perigee of 120 km (hours later), so the two
agree in size, not to the day: measured, within 2.3x at 300-500 km in every scenario, and within 1.5x for
moderate and high activity."""

import math

import pytest

from desktop.core import design, lifetime, timebase
from desktop.core.constants import WGS72_A_KM, WGS72_MU_KM3_S2
from desktop.core.spaceweather import SCENARIOS

EPOCH = timebase.to_posix("2026-11-24T00:00:00Z")
IPS_FLOOR_KM = 180.0  # the model's lower limit, where a satellite has hours left
STEP_KM = 0.25  # the integration's largest step in height
YEAR_S = 365.25 * 86400.0


def ips_lifetime_years(height_km, f107, ap, mass_kg, area_m2, cd):
    """Years from a circular orbit at ``height_km`` down to 180 km under the IPS density model."""
    ballistic = cd * area_m2 / mass_kg
    mu = WGS72_MU_KM3_S2 * 1e9
    h, t = float(height_km), 0.0
    while h > IPS_FLOOR_KM:
        scale_km = (900.0 + 2.5 * (f107 - 70.0) + 1.5 * ap) / (27.0 - 0.012 * (h - 200.0))
        rho = 6e-10 * math.exp(-(h - 175.0) / scale_km)
        rate_km_s = rho * ballistic * math.sqrt(mu * (WGS72_A_KM + h) * 1e3) / 1e3
        step_s = STEP_KM / rate_km_s
        h -= STEP_KM
        t += step_s
    return t / YEAR_S


@pytest.mark.parametrize("height_km", [300.0, 400.0, 500.0])
def test_lifetimes_agree_in_size_with_the_ips_model_in_every_scenario(height_km):
    vehicle = lifetime.vehicle_from_mass(**lifetime.TYPICAL_SMALL_SATELLITE)
    es = design.build(design.OrbitDesign(epoch_s=EPOCH, height_km=height_km, inclination_deg=51.6,
                                         raan_deg=0.0)).elements
    est = lifetime.estimate(es, vehicle, years=60)
    ours = {c.name: c.years for c in est.curves}
    for scenario in SCENARIOS.values():
        ips = ips_lifetime_years(height_km, scenario.f107, scenario.ap, **lifetime.TYPICAL_SMALL_SATELLITE)
        ratio = ours[scenario.name] / ips
        wide = 2.5 if scenario.name == "low" else 1.6
        assert 1 / wide < ratio < wide, (height_km, scenario.name, ours[scenario.name], ips)
