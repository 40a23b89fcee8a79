"""The live clock: Ctrl+L makes the session's clock follow the wall clock, it counts down to the next rise of the
chosen satellite at the observer (skyfield's find_events is the reference), and moving the clock by hand ends it."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from skyfield.api import EarthSatellite, wgs84

from desktop.core import sky, timebase
from desktop.ui.live_clock import duration_text

ISS = 25544
LONDON = (51.5, -0.12)
WALL = "2026-03-11T19:00:00Z"  # a made-up wall clock: the evening of the bundled ISS elements
MINUTE = 60.0  # the countdown is printed to the second; the rise it names agrees with skyfield to this


class FakeWall:
    def __init__(self, t):
        self.t = t

    def __call__(self):
        return self.t


def live_window(qtbot, window):
    s = window.session
    s.select([ISS])
    s.set_observer(sky.Observer(*LONDON, 0.0, "London"))
    wall = FakeWall(timebase.parse_iso8601(WALL).timestamp())
    window.live_clock.now = wall
    return s, wall


def test_ctrl_l_toggles_the_live_clock_which_follows_the_wall_clock(qtbot, window):
    s, wall = live_window(qtbot, window)
    window.map.setFocus()
    qtbot.keyClick(window.map, Qt.Key_L, Qt.ControlModifier)
    assert s.live and window.live_clock.action.isChecked() and window.live_clock.timer.isActive()
    assert s.time_s == wall.t
    wall.t += 1.0
    window.live_clock.timer.timeout.emit()  # one tick (the timer's own second, without waiting for it)
    assert s.time_s == wall.t
    qtbot.keyClick(window.map, Qt.Key_L, Qt.ControlModifier)
    assert not s.live and not window.live_clock.timer.isActive()


def test_moving_the_clock_by_hand_leaves_live_mode(qtbot, window):
    s, wall = live_window(qtbot, window)
    s.set_live(True)
    s.set_time(wall.t + 3600)  # the slider, a step, a pass chosen
    assert not s.live and not window.live_clock.action.isChecked()


def test_the_countdown_names_skyfields_next_rise(qtbot, window):
    s, wall = live_window(qtbot, window)
    s.set_live(True)
    text = window.live_clock.countdown
    ts = timebase.timescale()
    sat = EarthSatellite.from_satrec(s.catalog.get(ISS).satrec, ts)
    t0 = ts.from_datetime(timebase.parse_iso8601(WALL))
    times, events = sat.find_events(wgs84.latlon(*LONDON), t0, ts.tt_jd(t0.tt + 1.0), altitude_degrees=10.0)
    rise = next(t for t, e in zip(times, events) if e == 0).utc_datetime().timestamp()
    assert "rises in" in text and "ISS" in text
    p = window.live_clock.next_pass(wall.t)
    assert abs(p.aos_s - rise) < MINUTE
    assert duration_text(p.aos_s - wall.t) in text
    assert any(text == label.text() for label in window.statusBar().findChildren(type(window.hover_label)))
    assert window.sky_plot.countdown == text
    # during the pass it says the satellite is up, and when it sets
    wall.t = p.tca_s
    window.live_clock.tick()
    assert "is up now" in window.live_clock.countdown


def test_durations_read_as_people_say_them():
    assert [duration_text(x) for x in (5, 65, 3600 + 125, 0.4)] == ["5 s", "1 min 05 s", "1 h 02 min", "0 s"]


def test_no_two_window_actions_share_a_shortcut(window):
    """Ctrl+L was the Orbit lab's: a shortcut held by two actions fires neither (Qt calls it ambiguous)."""
    from PySide6.QtGui import QAction

    seen = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            text = key.toString(QKeySequence.PortableText)
            assert text not in seen, f"{text}: {seen.get(text)} and {action.text()}"
            seen[text] = action.text()
    assert "Ctrl+L" in seen and "Ctrl+K" in seen and "Ctrl+T" in seen
