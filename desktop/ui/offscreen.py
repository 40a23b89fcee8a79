"""Sessions prepared without a window, for the command line's handouts and animations.

Nothing here builds the main window: the map views that draw a handout or an
animation paint the session alone, offscreen.
"""

from __future__ import annotations

import os

from desktop.core.elements import Catalog
from desktop.core.lessons import read_lesson
from desktop.core.revisit import analyse

from .lesson_io import apply_lesson
from .session import DEFAULT_SATELLITE, AnalysisSettings, Session

_application = None  # kept referenced while the process draws


def offscreen_application():
    """The QApplication map views need, on the offscreen platform unless one is chosen (nothing is shown)."""
    global _application
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    _application = QApplication.instance() or QApplication(["overflight"])
    return _application


def prepared_session(catalog: Catalog, satnums=(), region_spec: dict | None = None,
                     settings: AnalysisSettings | None = None, start_s: float | None = None,
                     lesson_path=None, analyse_now: bool = True, sensors: dict | None = None) -> tuple[Session, list[str]]:
    """A session showing what a lesson file, or else the arguments, describe, with its analysis run
    (unless analyse_now is false: the caller checks the window first, then calls run_analysis).

    Returns the session and what of the lesson could not be used. Raises LessonError
    (an unreadable lesson), RegionError (a region that cannot be built from the
    arguments) and AccessError (an analysis the core refuses).
    """
    offscreen_application()
    session = Session(catalog)
    problems: list[str] = []
    if lesson_path:
        problems = apply_lesson(session, read_lesson(lesson_path))
    else:
        session.select(list(satnums))
        session.set_settings((settings or AnalysisSettings()).repaired())
        problems += session.set_sensors(sensors or {})
        if start_s is not None:
            session.set_span(start_s, session.span_s)
            session.set_time(start_s)
        session.set_region_spec(region_spec)
    if not session.selected and catalog.get(DEFAULT_SATELLITE):
        session.select([DEFAULT_SATELLITE])  # as the window opens
    if analyse_now:
        run_analysis(session)
    return session, problems


def run_analysis(session: Session) -> None:
    """The session's analysis, computed here and now (the window runs the same in a worker)."""
    s = session
    if s.region is not None and s.selected:
        s.set_analysis(analyse(s.selected_sets(), s.region, s.criterion, s.span_start_s,
                               s.span_start_s + s.days * 86400.0, s.daylight_sun_deg, criteria=s.criteria()))
