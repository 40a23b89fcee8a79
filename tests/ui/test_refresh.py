"""File ▸ Refresh all elements fetches the satellite catalogue (SATCAT) too, from a server on 127.0.0.1; a SATCAT
that fails is one line and every element set is still refreshed (the ``server`` fixture: tests/conftest.py)."""

from PySide6.QtWidgets import QMessageBox

from tests_support_celestrak import FakeCelestrak


def refresh_all(window, qtbot):
    with qtbot.waitSignal(window.refresher.runner.finished, timeout=30000):
        window.refresher.every_action.trigger()


def test_refresh_all_brings_the_satcat_and_a_failed_one_spoils_nothing(window, qtbot, server, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(FakeCelestrak, "satcat_mode", "500")
    session = window.session
    assert session.catalog.get(53370).approximate and session.metadata[53370].source.startswith("bundled")
    refresh_all(window, qtbot)
    assert not session.catalog.get(53370).approximate  # the element sets were refreshed all the same
    assert session.metadata[53370].source.startswith("bundled")
    lines = shown[-1].splitlines()
    assert sum("SATCAT" in line for line in lines) == 1
    assert any("HTTP 500" in line and "kept from the bundled table" in line for line in lines)
    monkeypatch.setattr(FakeCelestrak, "satcat_mode", None)
    refresh_all(window, qtbot)
    assert session.metadata[53370].source.startswith("CelesTrak SATCAT") and session.metadata[34427].decayed
    assert [p for p, _ in FakeCelestrak.requests].count("/pub/satcat.csv") == 2
    refresh_all(window, qtbot)  # within two hours: answered from the cache, CelesTrak is not asked again
    assert [p for p, _ in FakeCelestrak.requests].count("/pub/satcat.csv") == 2
    assert session.metadata[34427].decayed
