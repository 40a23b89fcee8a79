"""Lessons in the window: save the current view as a ``.overflight`` file, open one, drop one."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.core.access import AccessError
from desktop.core.articles import Article
from desktop.core.catalogfilter import FilterError
from desktop.core.lessons import MAX_LESSON_BYTES, SUFFIX, Lesson, LessonError, read_lesson, write_lesson
from desktop.core.regions import RegionError

from .files import one_line, unreadable_reason
from .session import Session


def lesson_from_session(s: Session) -> Lesson:
    """Everything a lesson keeps, as the session holds it now."""
    st, article, claims = s.settings, None, []
    if s.article is not None:
        article = {"text": s.article.text, "title": s.article.title, "source": s.article.source,
                   "date": s.article_date.isoformat() if s.article_date else None}
        claims = [c.line() for c in s.claims]
    return Lesson(
        satellites=s.selected_sets(), region=s.region_spec, criterion=st.kind, angle_deg=st.angle_deg,
        daylight=st.daylight, sun_deg=st.sun_deg, days=st.days,
        time_s=s.time_s, span_start_s=s.span_start_s, span_s=s.span_s, view=s.camera.as_dict(),
        article=article, claims_shown=claims, title=article["title"] if article else "",
        burn=s.lab_burn, lifetime=s.lab_lifetime,
        sensors={n: w for n, w in s.sensors.items() if n in s.selected}, catalog_filter=s.catalog_filter)


def apply_lesson(s: Session, lesson: Lesson) -> list[str]:
    """Put a lesson in the session; returns what could not be used (the lesson's own problems included)."""
    problems = list(lesson.problems)
    for es in lesson.satellites:
        s.catalog.put(es)  # the lesson's own elements, so its analysis is the one that was saved
    if lesson.satellites:
        s.catalog_changed.emit()
        s.select([es.satnum for es in lesson.satellites])
    try:
        s.set_settings(kind=lesson.criterion, angle_deg=lesson.angle_deg, daylight=lesson.daylight,
                       sun_deg=lesson.sun_deg, days=lesson.days)
    except AccessError as exc:
        problems.append(f"the criterion ({exc})")
    problems += [f"a sensor ({why})" for why in s.set_sensors(lesson.sensors)]
    try:
        s.set_catalog_filter(lesson.catalog_filter)  # an older lesson has none: the whole catalogue is listed
    except FilterError as exc:  # the core checked it when reading: not expected
        problems.append(f"the catalogue filter ({exc})")
    if lesson.span_start_s is not None and lesson.span_s is not None:
        s.set_span(lesson.span_start_s, lesson.span_s)
    if lesson.time_s is not None:
        s.set_time(lesson.time_s)
    try:
        s.set_region_spec(lesson.region)
    except (RegionError, KeyError, TypeError, ValueError) as exc:
        problems.append(f"the region ({exc})")
    if lesson.view:
        s.set_view(lesson.view["lon"], lesson.view["lat"], lesson.view["zoom"])
    if lesson.article:
        art = lesson.article
        published = date.fromisoformat(art["date"]) if art.get("date") else None
        s.set_article(Article(art["text"], art.get("title", ""), art.get("source", "lesson"), "text", published),
                      published)
    s.lab_burn, s.lab_lifetime = lesson.burn, lesson.lifetime
    return problems


def notify(window, title: str, text: str, warning: bool = False) -> QMessageBox:
    """A message that does not stop the program while it is read (window-modal, opened, not executed)."""
    box = QMessageBox(QMessageBox.Warning if warning else QMessageBox.Information, title, text, QMessageBox.Ok, window)
    box.setAttribute(Qt.WA_DeleteOnClose)
    box.open()
    window.last_message = text
    return box


def save_lesson(window, path=None) -> bool:
    path = path or QFileDialog.getSaveFileName(window, QCoreApplication.translate("LessonIo", "Save lesson"), "lesson" + SUFFIX,
                                               QCoreApplication.translate("LessonIo", "Overflight lesson (*{SUFFIX})").format(SUFFIX=SUFFIX))[0]
    if not path:
        return False
    if not str(path).endswith(SUFFIX):
        path = str(path) + SUFFIX
    try:
        moved = write_lesson(path, lesson_from_session(window.session))
    except (OSError, ValueError) as exc:
        notify(window, QCoreApplication.translate("LessonIo", "Save lesson"), QCoreApplication.translate("LessonIo", "Could not write {path}: {0}").format(
            getattr(exc, 'strerror', None) or exc, path=path), warning=True)
        return False
    if moved:  # the file that was there could not be read as a lesson: it is kept beside the new one
        notify(window, QCoreApplication.translate("LessonIo", "Save lesson"), QCoreApplication.translate("LessonIo", "Lesson saved to {path}.").format(path=path) + " " + " ".join(moved),
               warning=True)
    window.status.showMessage(QCoreApplication.translate("LessonIo", "Lesson saved to {path}").format(path=path), 6000)
    return True


def open_lesson(window, path=None) -> bool:
    path = path or QFileDialog.getOpenFileName(window, QCoreApplication.translate("LessonIo", "Open lesson"), "", QCoreApplication.translate("LessonIo", "Overflight lesson (*{SUFFIX});;All files (*)").format(SUFFIX=SUFFIX))[0]
    if not path:
        return False
    try:
        reason = unreadable_reason(path, MAX_LESSON_BYTES, "a lesson")
        if reason:
            raise LessonError(reason)
        lesson = read_lesson(path)
    except LessonError as exc:
        notify(window, QCoreApplication.translate("LessonIo", "Open lesson"), one_line(exc), warning=True)
        return False
    problems = apply_lesson(window.session, lesson)
    window.orbit_lab.burn.load(window.session.lab_burn)  # the lab re-makes the lesson's burns with the core
    window.orbit_lab.lifetime.load(window.session.lab_lifetime)
    name = Path(path).name
    if problems:
        more = QCoreApplication.translate("LessonIo", " (and {0} more)").format(len(problems) - 1) if len(problems) > 1 else ""
        message = one_line(QCoreApplication.translate("LessonIo", "{name}: opened; not loaded: {problem}{more}").format(
            name=name, problem=problems[0], more=more))
        notify(window, QCoreApplication.translate("LessonIo", "Open lesson"), message)
    else:
        message = QCoreApplication.translate("LessonIo", "{name}: lesson opened").format(name=name)
    window.status.showMessage(message, 10000)
    window.run_analysis(quiet=True)
    return True


def add_lesson_actions(window) -> None:
    """Open and Save lesson at the top of the File menu."""
    file_menu = window.menuBar().actions()[0].menu()
    first = file_menu.actions()[0]
    window.insert_actions(file_menu, first, ((QCoreApplication.translate("LessonIo", "Open &lesson…"), "Ctrl+Alt+O", lambda: window.open_lesson()),
                                             (QCoreApplication.translate("LessonIo", "&Save lesson…"), "Ctrl+S", lambda: window.save_lesson())))
    file_menu.insertSeparator(first)
