"""Large inputs stay in bounded memory: measured as the peak resident size of a fresh process.

Peak memory, unlike time, does not depend on how busy the machine is, so it
is checked here rather than in bench/. (Linux: read from /proc/self/status.)
"""

import json
import subprocess
import sys
import textwrap

import numpy as np

from desktop.core.elements import tle_checksum
from desktop.core.regions import MAX_POLYGON_VERTICES, geojson_file_region

ISS_L1 = "1 25544U 98067A   26070.19118651  .00009215  00000+0  17770-3 0  9998"
ISS_L2 = "2 25544  51.6325  64.9326 0007932 179.9008 180.1983 15.48575655556567"


def peak_mb(code: str) -> tuple[float, str]:
    """Run code in a fresh interpreter; its peak resident size in MB and what it printed."""
    # VmHWM belongs to the process's own memory map, so unlike ru_maxrss it does not carry
    # the parent's (pytest's) peak across fork and exec.
    script = textwrap.dedent(code) + textwrap.dedent("""
        for line in open('/proc/self/status'):
            if line.startswith('VmHWM:'):
                print('PEAK', int(line.split()[1]) / 1024)
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300, check=True).stdout
    peak = float(out.strip().splitlines()[-1].split()[1])
    return peak, out


def wavy_circle(n: int) -> np.ndarray:
    t = np.linspace(0, 2 * np.pi, n, endpoint=False)
    r = 5 + 0.3 * np.sin(40 * t)
    ring = np.column_stack([30 + r * np.cos(t), 40 + r * np.sin(t)])
    return np.vstack([ring, ring[:1]])


def test_a_million_vertex_polygon_is_simplified_under_300_mb(tmp_path):
    path = tmp_path / "big.geojson"
    path.write_text(json.dumps({"type": "Polygon", "coordinates": [wavy_circle(1_000_000).round(6).tolist()]}))
    peak, out = peak_mb(f"""
        from desktop.core.regions import geojson_file_region
        region = geojson_file_region({str(path)!r})
        print(region.note)
        print(region.signed_distance_km([40.0, 40.0], [30.0, 50.0]))
    """)
    assert peak < 300, out
    assert "simplified from 1,000,001 to" in out and "0.005 deg" in out


def test_simplification_moves_the_outline_by_less_than_its_tolerance():
    ring = wavy_circle(200_000)
    region = geojson_file_region_from(ring)
    assert sum(len(r) for r in region.outline()) <= MAX_POLYGON_VERTICES + 10
    # every original vertex lies within the stated tolerance (0.005 deg = 0.56 km, times sqrt 2) of the new outline
    sample = ring[::97]
    d = np.abs(region.signed_distance_km(sample[:, 1], sample[:, 0]))
    assert d.max() < 0.005 * 111.2 * 1.5


def geojson_file_region_from(ring, tmp=None):
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ring.geojson"
        path.write_text(json.dumps({"type": "Polygon", "coordinates": [ring.tolist()]}))
        return geojson_file_region(path)


def test_a_100000_record_element_file_loads_in_bounded_memory(tmp_path):
    lines = []
    for i in range(100_000):
        number = f"{i % 100_000:05d}"
        l1 = ISS_L1[:2] + number + ISS_L1[7:68]
        l2 = ISS_L2[:2] + number + ISS_L2[7:68]
        lines += [f"SAT {i}", l1 + str(tle_checksum(l1)), l2 + str(tle_checksum(l2))]
    path = tmp_path / "many.tle"
    path.write_text("\n".join(lines) + "\n")
    peak, out = peak_mb(f"""
        from desktop.core.elements import read_element_file
        sets, issues = read_element_file({str(path)!r})
        print(len(sets), len(issues))
    """)
    assert out.splitlines()[0] == "100000 0"
    assert peak < 251, out  # the figure measured before this change, which it must not exceed
