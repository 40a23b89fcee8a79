"""The time bar: the clock, its span, play and speed."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, QLocale, QTimeZone, QTimer, Qt
from PySide6.QtWidgets import (QComboBox, QDateTimeEdit, QHBoxLayout, QLabel, QPushButton, QSlider, QToolButton,
                               QVBoxLayout, QWidget)

from desktop.core import timebase

from . import i18n

class TimeBar(QWidget):
    """Start, span, current time with play/pause and speed, 'Now' and 'Element epoch'."""

    SPANS = [(QT_TRANSLATE_NOOP("TimeBar", "1.5 hours"), 5400), (QT_TRANSLATE_NOOP("TimeBar", "3 hours"), 10800),
             (QT_TRANSLATE_NOOP("TimeBar", "6 hours"), 21600), (QT_TRANSLATE_NOOP("TimeBar", "12 hours"), 43200),
             (QT_TRANSLATE_NOOP("TimeBar", "1 day"), 86400), (QT_TRANSLATE_NOOP("TimeBar", "3 days"), 259200)]
    STEPS = [(QT_TRANSLATE_NOOP("TimeBar", "10 s"), 10), (QT_TRANSLATE_NOOP("TimeBar", "1 min"), 60),
             (QT_TRANSLATE_NOOP("TimeBar", "10 min"), 600), (QT_TRANSLATE_NOOP("TimeBar", "1 h"), 3600)]
    SPEEDS = [1, 10, 60, 300, 1800]

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.start = QDateTimeEdit()
        self.start.setTimeZone(QTimeZone.utc())
        # a date and time read left to right in every language, in ASCII digits as typed (set before the
        # format: a right-to-left date edit lays its sections out backwards)
        self.start.setLayoutDirection(Qt.LeftToRight)
        self.start.setLocale(QLocale.c())
        self.start.setDisplayFormat("yyyy-MM-dd HH:mm 'UTC'")
        self.start.setCalendarPopup(True)
        self.start.setToolTip(self.tr("Start of the track shown (UTC)"))
        self.span = QComboBox()
        for label, seconds in self.SPANS:
            self.span.addItem(i18n.localize_digits(self.tr(label)), seconds)
        self.span.setCurrentIndex(2)
        self.slider = QSlider(Qt.Horizontal)
        self.slider.setRange(0, 1000)
        self.slider.setToolTip(self.tr("Current time within the span"))
        self.play = QPushButton(self.tr("▶ Play"))
        self.play.setCheckable(True)
        self.play.setToolTip(self.tr("Play / pause (Space)"))
        self.speed = QComboBox()
        for s in self.SPEEDS:
            self.speed.addItem(i18n.localize_digits(f"{s}×"), s)
        self.speed.setCurrentIndex(2)
        self.step = QComboBox()
        for label, seconds in self.STEPS:
            self.step.addItem(i18n.localize_digits(self.tr(label)), seconds)
        self.step.setCurrentIndex(1)
        back = QToolButton(text="◀")
        back.setToolTip(self.tr("Step back"))
        fwd = QToolButton(text="▶|")
        fwd.setToolTip(self.tr("Step forward"))
        now = QPushButton(self.tr("Now"))
        epoch = QPushButton(self.tr("Element epoch"))
        self.clock = QLabel()
        self.clock.setToolTip(self.tr("The time shown on the map (UTC)"))
        now.setToolTip(self.tr("Go to the current time (Ctrl+N)"))
        epoch.setToolTip(self.tr("Go to the epoch of the selected satellite's elements"))
        self.speed.setToolTip(self.tr("Playback speed"))
        self.step.setToolTip(self.tr("How far the step buttons move the time"))
        self.span.setToolTip(self.tr("Length of the track shown"))
        self._row = [QLabel(self.tr("Start")), self.start, QLabel(self.tr("Span")), self.span, back, self.play, fwd, self.speed,
                     QLabel(self.tr("Step")), self.step]
        self._tail = [self.clock, now, epoch]
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(6, 2, 6, 2)
        self._layout.setSpacing(2)
        self._row_a, self._row_b = QHBoxLayout(), QHBoxLayout()
        self._layout.addLayout(self._row_a)
        self._layout.addLayout(self._row_b)
        self._two_rows = None
        self.clock.setText(f"<b>{i18n.localize_digits(i18n.format_utc(0.0))}</b>")
        self.clock.setMinimumWidth(self.clock.sizeHint().width() + 4)  # the time never shows cut
        self._arrange(two_rows=False)
        self._layout.invalidate()
        self._one_row_width = self._layout.minimumSize().width() + 160  # narrower (slider < 160 px): two rows
        self._arrange(two_rows=True)
        self._layout.invalidate()
        self.setMinimumWidth(self._layout.minimumSize().width())  # two rows: the narrowest the bar can be
        self.timer = QTimer(self, interval=100)
        self.timer.timeout.connect(self._tick)
        self.play.toggled.connect(self._play_toggled)
        back.clicked.connect(lambda: self.session.set_time(self.session.time_s - self.step.currentData()))
        fwd.clicked.connect(lambda: self.session.set_time(self.session.time_s + self.step.currentData()))
        now.clicked.connect(self.go_now)
        epoch.clicked.connect(self.go_epoch)
        self.start.dateTimeChanged.connect(self._start_edited)
        self.span.currentIndexChanged.connect(self._start_edited)
        self.slider.valueChanged.connect(self._slider_moved)
        session.time_changed.connect(self._show_time)
        session.span_changed.connect(self._show_span)
        self._show_span()

    def _arrange(self, two_rows: bool) -> None:
        """One row on a wide window; on a narrow one the slider, the clock and its buttons get a second row."""
        if two_rows == self._two_rows:
            return
        self._two_rows = two_rows
        for row in (self._row_a, self._row_b):
            while row.count():
                row.takeAt(0)
        for w in self._row:
            self._row_a.addWidget(w)
        second = self._row_b if two_rows else self._row_a
        if two_rows:
            self._row_a.addStretch(1)
        second.addWidget(self.slider, 1)
        for w in self._tail:
            second.addWidget(w)

    def resizeEvent(self, event):
        self._arrange(two_rows=event.size().width() < self._one_row_width + 20)
        super().resizeEvent(event)

    def _play_toggled(self, on):
        self.play.setText(self.tr("❚❚ Pause") if on else self.tr("▶ Play"))
        self.timer.start() if on else self.timer.stop()

    def toggle_play(self):
        self.play.toggle()

    def _tick(self):
        self.session.set_time(self.session.time_s + self.speed.currentData() * self.timer.interval() / 1000.0)

    def go_now(self):
        now = timebase.now_s()
        self.session.set_span(now - self.span.currentData() / 4, self.span.currentData())
        self.session.set_time(now)

    def go_epoch(self):
        es = self.session.primary()
        if es is not None:
            self.session.set_span(es.epoch_s - self.span.currentData() / 4, self.span.currentData())
            self.session.set_time(es.epoch_s)

    def _start_edited(self, *_):
        start = self.start.dateTime().toSecsSinceEpoch()
        self.session.set_span(float(start), float(self.span.currentData()))

    def _slider_moved(self, value):
        s = self.session
        s.set_time(s.span_start_s + value / 1000.0 * s.span_s)

    def _show_span(self):
        s = self.session
        self.start.blockSignals(True)
        self.start.setDateTime(QDateTime.fromSecsSinceEpoch(int(s.span_start_s), QTimeZone.utc()))
        self.start.blockSignals(False)
        index = self.span.findData(int(s.span_s))
        self.span.blockSignals(True)
        if index >= 0:
            self.span.setCurrentIndex(index)
        self.span.blockSignals(False)
        self._show_time(s.time_s)

    def _show_time(self, time_s):
        s = self.session
        self.slider.blockSignals(True)
        self.slider.setValue(int(round((time_s - s.span_start_s) / s.span_s * 1000)))
        self.slider.blockSignals(False)
        self.clock.setText(f"<b>{i18n.localize_digits(i18n.format_utc(time_s))}</b>")
