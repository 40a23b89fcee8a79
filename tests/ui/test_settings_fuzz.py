"""Settings files hold anything a user, another version or a damaged disk leaves in them: restore never fails."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QByteArray, QSettings

KEYS = ["window/geometry", "window/state", "satellites", "region", "criterion/kind", "criterion/angle",
        "daylight/on", "daylight/sun", "window/days"]
VALUES = st.one_of(
    st.text(max_size=40), st.integers(-10**12, 10**12), st.floats(allow_nan=True, allow_infinity=True),
    st.binary(max_size=40).map(QByteArray), st.sampled_from([
        '{"kind": "country", "name": "Atlantis"}', '{"kind": "box", "south": 80, "west": 0, "north": 10, "east": 5}',
        '{"kind": "circle", "lat": 999, "lon": 0, "km": -5}', '{"kind": "geojson", "path": "/nonexistent.geojson"}',
        '{"kind": "country"}', "[1, 2]", "null", "53370,25544,abc,-1", "sensor", "contact", "nadir", "true", "nan"]),
)


@settings(derandomize=True, deadline=None, max_examples=40,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(KEYS), VALUES, max_size=len(KEYS)))
def test_restore_takes_whatever_is_valid_and_ignores_the_rest(window, tmp_path_factory, values):
    path = tmp_path_factory.mktemp("settings") / "overflight.ini"
    stored = QSettings(str(path), QSettings.IniFormat)
    for key, value in values.items():
        stored.setValue(key, value)
    stored.sync()
    window.settings = QSettings(str(path), QSettings.IniFormat)
    window.restore()  # must not raise
    a, st = window.analysis, window.session.settings
    assert 1 <= a.days.value() <= 366 and 1 <= st.days <= 366
    assert 0 <= a.angle.value() <= 89 and 0 <= st.angle_deg <= 89 and -18 <= st.sun_deg <= 60
    assert a.criterion.currentData() in ("sensor", "nadir", "contact") and a.criterion.currentData() == st.kind
    assert all(window.session.catalog.get(n) is not None for n in window.session.selected)
    window.save()  # and what was restored can be saved again


def test_numbers_out_of_range_or_not_finite_are_repaired_on_restore(window, tmp_path):
    """days=1e308, angle=nan, Sun=inf: the session holds usable values, not those."""
    from desktop.ui.session import AnalysisSettings

    path = tmp_path / "overflight.ini"
    stored = QSettings(str(path), QSettings.IniFormat)
    for key, value in {"window/days": 1e308, "criterion/angle": float("nan"), "daylight/sun": float("inf"),
                       "criterion/kind": "contact"}.items():
        stored.setValue(key, value)
    stored.sync()
    window.settings = QSettings(str(path), QSettings.IniFormat)
    window.restore()
    st, default = window.session.settings, AnalysisSettings()
    assert st.kind == "contact" and st.days == 366.0
    assert st.angle_deg == default.angle_deg and st.sun_deg == default.sun_deg
    assert window.analysis.days.value() == 366 and window.analysis.angle.value() == default.angle_deg
