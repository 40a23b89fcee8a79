"""Shared fixtures. Tests never reach the network and run without a display."""

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # always headless, whatever the environment says

import pytest


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path, monkeypatch):
    """Keep every test away from the real user's cache and settings."""
    monkeypatch.setenv("OVERFLIGHT_DATA_DIR", str(tmp_path / "userdata"))
    monkeypatch.setenv("OVERFLIGHT_CELESTRAK_URL", "http://127.0.0.1:9/")  # nothing listens: never the internet
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


@pytest.fixture(scope="session")
def catalog():
    from desktop.core.catalog import bundled_catalog

    return bundled_catalog()

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "support"))


@pytest.fixture
def server(monkeypatch):
    """A fake CelesTrak (tests/support/tests_support_celestrak.py) on 127.0.0.1, and the client pointed at it."""
    import threading
    from http.server import ThreadingHTTPServer

    from tests_support_celestrak import FakeCelestrak

    FakeCelestrak.mode = "ok"
    FakeCelestrak.satcat_mode = None
    FakeCelestrak.requests = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), FakeCelestrak)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    monkeypatch.setenv("OVERFLIGHT_CELESTRAK_URL", f"http://127.0.0.1:{httpd.server_address[1]}")
    yield httpd
    httpd.shutdown()
    httpd.server_close()
