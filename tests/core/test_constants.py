"""Each physical constant has one home, desktop/core/constants.py; no module pastes its value as a literal."""

import re
from pathlib import Path

import pytest

import desktop
from desktop.core import constants as C

PACKAGE = Path(desktop.__file__).resolve().parent
# WGS84 and WGS72 equatorial radii, the mean radius, WGS72 mu, WGS84's inverse flattening, the rotation rate, J2
PASTED = re.compile(r"6378\.13|6371\.0|398600|298\.257|7\.292115|1\.082616e-3|0\.001082616|111\.3|1\.002737|86164\.")


def test_no_module_pastes_a_physical_constant():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path == PACKAGE / "core" / "constants.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if PASTED.search(line):
                found.append(f"{path.relative_to(PACKAGE.parent)}:{number}: {line.strip()}")
    assert not found, "import these from desktop.core.constants instead:\n" + "\n".join(found)


def test_the_constants_match_their_published_values():
    """Independent figures: WGS84's polar radius (NIMA TR8350.2), the mean radius R1 = (2a + b) / 3 (GRS80, within
    the 0.1 m the WGS84/GRS80 difference allows), the sidereal day from the sidereal/solar ratio."""
    assert C.WGS84_B_KM == pytest.approx(6356.7523142, abs=1e-7)
    assert C.MEAN_EARTH_RADIUS_KM == pytest.approx((2 * C.WGS84_A_KM + C.WGS84_B_KM) / 3, abs=1e-4)
    assert C.SIDEREAL_DAY_S == pytest.approx(86400.0 / C.SIDEREAL_PER_SOLAR_DAY, abs=1e-3)
    assert C.EARTH_ROTATION_RAD_S == pytest.approx(C.GMST_RATE_RAD_MIN / 60.0, rel=1e-8)
    assert C.WGS84_E2 == pytest.approx(0.00669437999014, rel=1e-12)
