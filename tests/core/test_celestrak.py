"""The CelesTrak client against a real HTTP server on 127.0.0.1 that answers like CelesTrak."""

import os
import subprocess
import sys
import time

import pytest

from desktop.core import celestrak
from desktop.core.catalog import load_catalog

from tests_support_celestrak import FakeCelestrak




def test_fetch_stores_and_a_real_set_replaces_the_approximate_one(server):
    assert load_catalog().get(53370).approximate
    result = celestrak.fetch("CATNR", "53370")
    assert not result.from_cache and result.sets[0].satnum == 53370
    path, agent = FakeCelestrak.requests[0]
    assert path.startswith("/NORAD/elements/gp.php?") and "CATNR=53370" in path and "FORMAT=JSON" in path
    assert agent.startswith("Overflight/")
    es = load_catalog().get(53370)
    assert not es.approximate and es.source.startswith("CelesTrak, retrieved")


def test_an_identical_query_within_two_hours_is_answered_from_the_cache(server):
    celestrak.fetch("CATNR", "53370")
    again = celestrak.fetch("CATNR", "53370")
    assert again.from_cache and len(FakeCelestrak.requests) == 1
    later = celestrak.fetch("CATNR", "53370", now_s=time.time() + 3 * 3600)
    assert not later.from_cache and len(FakeCelestrak.requests) == 2


@pytest.mark.parametrize("mode, words", [
    ("timeout", "did not answer"), ("403", "HTTP 403"), ("404", "HTTP 404"), ("500", "HTTP 500"),
    ("nodata", "no element sets"), ("truncated", "cut short"), ("html", "web page"),
    ("wrong", "catalogue number 25544"), ("badchecksum", "checksum"), ("notupdated", "not changed"),
])
def test_every_fault_keeps_the_last_good_data_and_says_why_once(server, mode, words):
    fmt = "TLE" if mode == "badchecksum" else "JSON"
    celestrak.fetch("CATNR", "53370", fmt)
    cache_files = {p: p.read_bytes() for p in celestrak.cache_dir().glob("*.json")}
    FakeCelestrak.mode = mode
    with pytest.raises(celestrak.CelestrakError) as info:
        celestrak.fetch("CATNR", "53370", fmt, force=True, timeout_s=0.5)
    message = str(info.value)
    assert words in message and "\n" not in message
    assert {p: p.read_bytes() for p in celestrak.cache_dir().glob("*.json")} == cache_files
    assert not load_catalog().get(53370).approximate  # the good data still serve


def test_no_server_at_all_is_a_clear_offline_message(monkeypatch):
    monkeypatch.setenv("OVERFLIGHT_CELESTRAK_URL", "http://127.0.0.1:9")
    with pytest.raises(celestrak.CelestrakError, match="cannot reach|failed"):
        celestrak.fetch("CATNR", "25544", timeout_s=1)
    assert load_catalog().get(53370).approximate


def test_a_corrupt_cache_file_is_set_aside_and_reported(server):
    celestrak.fetch("CATNR", "53370")
    path = next(celestrak.cache_dir().glob("*.json"))
    path.write_text('{"query": {"FORMAT": "JSON"}, "retrieved_s": 1, "body": "[{\\"broken')
    catalog = load_catalog()
    assert catalog.get(53370).approximate
    assert catalog.cache_problems and "moved aside" in catalog.cache_problems[0]
    assert not path.exists() and list(path.parent.glob("*.damaged-*"))


def run_cli(*args, env):
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True, env=env, timeout=120)


def test_cli_refresh_then_info_then_offline(server, tmp_path):
    env = dict(os.environ)
    out = run_cli("refresh", "KHAYYAM", env=env)
    assert out.returncode == 0, out.stderr
    assert out.stdout.count("\n") == 1 and "KHAYYAM (53370)" in out.stdout and "replaces the approximate set" in out.stdout
    info = run_cli("info", "KHAYYAM", env=env)
    assert "APPROXIMATE" not in info.stdout and "CelesTrak, retrieved" in info.stdout
    server.shutdown()
    server.server_close()
    offline = run_cli("info", "KHAYYAM", env=env)
    assert offline.returncode == 0 and "APPROXIMATE" not in offline.stdout
    failed = run_cli("refresh", "ISS", "--timeout", "1", env=env)
    assert failed.returncode == 1 and "ISS (ZARYA) (25544): failed:" in failed.stdout
    track = run_cli("track", "KHAYYAM", "--hours", "0.1", "--csv", "-", env=env)
    assert track.returncode == 0 and "time_utc,lat_deg" in track.stdout
