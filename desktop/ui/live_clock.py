"""The live clock: the session's clock follows the wall clock, once a second, and counts down to the next rise.

One QTimer a second sets the session's time; the map, the globe and the sky
plot redraw from it as they do for any other time. Nothing else runs between
ticks. The next pass of the first chosen satellite at the observer comes from
the core (observer_passes) once, and again only when it is over or when the
satellite, its elements or the observer change. Moving the clock by hand (the
slider, a step, a pass chosen) leaves live mode.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel

from desktop.core import sky, timebase

from .sky_plot import compass_point, local_time, zone_of

TICK_MS = 1000
LOOK_AHEAD_S = 2 * 86400.0  # the next pass is searched this far ahead (a low orbit passes every day)
DRIFT_S = 2.5  # a clock further than this from the wall clock was moved by hand: live mode ends



def duration_text(seconds: float) -> str:
    """'1 h 02 min', '4 min 05 s', '12 s'."""
    seconds = max(0, int(round(seconds)))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    if h:
        return QCoreApplication.translate("LiveClock", "{h} h {m:02d} min").format(h=h, m=m)
    if m:
        return QCoreApplication.translate("LiveClock", "{m} min {s:02d} s").format(m=m, s=s)
    return QCoreApplication.translate("LiveClock", "{s} s").format(s=s)


class LiveClock(QObject):
    """Follows the wall clock while the session is live; says when the chosen satellite next rises."""

    countdown_changed = Signal(str)

    def __init__(self, session, parent=None, now=timebase.now_s):
        super().__init__(parent)
        self.session = session
        self.now = now  # the wall clock (tests give their own)
        self.timer = QTimer(self, interval=TICK_MS)
        self.timer.setTimerType(Qt.CoarseTimer)
        self.timer.timeout.connect(self.tick)
        self.countdown = ""
        self.action = None  # View > Live clock, when the window has made it
        self._next = None  # (satnum, epoch, observer, ObserverPass or None, searched until)
        self._set_by_us = None
        session.live_changed.connect(self._live_changed)
        session.time_changed.connect(self._time_changed)
        for signal in (session.selection_changed, session.observer_changed, session.catalog_changed):
            signal.connect(self._forget)
        session.elements_changed.connect(lambda *_: self._forget())

    def _forget(self):
        self._next = None
        if self.session.live:
            self._show(self.now())

    def _live_changed(self, on):
        if on:
            self.tick()
            self.timer.start()
        else:
            self.timer.stop()
            self._set_by_us = None
            self._say("")

    def _time_changed(self, time_s):
        if self.session.live and self._set_by_us is not None and abs(time_s - self._set_by_us) > DRIFT_S:
            self.session.set_live(False)  # moved by hand

    def tick(self):
        now = self.now()
        self._set_by_us = now
        self.session.set_time(now)
        self._show(now)

    def _show(self, now):
        self._say(self.countdown_at(now))

    def _say(self, text):
        if text != self.countdown:
            self.countdown = text
            self.countdown_changed.emit(text)

    def next_pass(self, now):
        """The first chosen satellite's pass at the observer now in progress or next (None: none in two days)."""
        s = self.session
        es, obs = s.primary(), s.observer
        if es is None or obs is None:
            return None
        key = (es.satnum, es.epoch_s, obs, s.sky_settings.mask_deg)
        held = self._next
        if held is None or held[0] != key or (held[1] is not None and held[1].los_s < now) or \
                (held[1] is None and now > held[2] - LOOK_AHEAD_S / 2):
            try:
                upcoming = sky.next_pass(es, obs, now, mask_deg=s.sky_settings.mask_deg,
                                         horizon_days=LOOK_AHEAD_S / 86400.0)
            except ValueError:
                upcoming = None
            held = self._next = (key, upcoming, now + LOOK_AHEAD_S)
        return held[1]

    def countdown_at(self, now) -> str:
        s = self.session
        es = s.primary()
        if es is None or s.observer is None:
            return QCoreApplication.translate("LiveClock", "Live: choose a satellite and where you are to see when it rises") if s.live else ""
        p = self.next_pass(now)
        zone = zone_of(s.observer)
        if p is None:
            return QCoreApplication.translate("LiveClock", "{sat} does not rise above {mask:g}° here in the next two days").format(
                sat=es.label, mask=s.sky_settings.mask_deg)
        if p.aos_s <= now:
            return QCoreApplication.translate("LiveClock", "{sat} is up now: highest {el:.0f}° in the {dir}, sets in {left} ({time})").format(
                sat=es.label, el=p.max_el_deg, dir=compass_point(p.tca_az_deg), left=duration_text(p.los_s - now),
                time=local_time(p.los_s, zone, "HH:mm:ss"))
        return QCoreApplication.translate("LiveClock", "{sat} rises in {left}: {time} in the {dir}, up to {el:.0f}°").format(
            sat=es.label, left=duration_text(p.aos_s - now), time=local_time(p.aos_s, zone, "HH:mm:ss"),
            dir=compass_point(p.aos_az_deg), el=p.max_el_deg)


def add_live_clock(window) -> LiveClock:
    """View > Live clock (Ctrl+L), the countdown in the status bar and on the sky plot."""
    clock = LiveClock(window.session, window)
    action = QAction(QCoreApplication.translate("LiveClock", "&Live clock"), window)
    action.setCheckable(True)
    action.setShortcut(QKeySequence("Ctrl+L"))
    action.setStatusTip(QCoreApplication.translate("LiveClock", "The clock follows the wall clock; the map, the globe and the sky plot move once a second"))
    action.toggled.connect(window.session.set_live)
    window.session.live_changed.connect(action.setChecked)
    window.menuBar().actions()[2].menu().addAction(action)
    label = QLabel()
    window.status.addPermanentWidget(label)
    clock.countdown_changed.connect(label.setText)
    clock.countdown_changed.connect(window.sky_plot.set_countdown)
    clock.countdown_changed.connect(window.sky_room.set_countdown)
    window.session.live_changed.connect(lambda on: on and window.timebar.play.setChecked(False))
    clock.action = action
    return clock
