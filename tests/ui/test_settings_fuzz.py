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
    a = window.analysis
    assert 1 <= a.days.value() <= 366
    assert 0 <= a.angle.value() <= 89
    assert a.criterion.currentData() in ("sensor", "nadir", "contact")
    assert all(window.session.catalog.get(n) is not None for n in window.session.selected)
    window.save()  # and what was restored can be saved again
