"""Lessons in the window: save the current view as a ``.overflight`` file, open one, drop one."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.core.articles import Article
from desktop.core.lessons import SUFFIX, Lesson, LessonError, read_lesson, write_lesson
from desktop.core.regions import RegionError


def lesson_from_window(window) -> Lesson:
    """Everything a lesson keeps, as the window shows it now."""
    s, a = window.session, window.analysis
    article, claims = None, []
    panel = getattr(window, "article_panel", None)
    if panel is not None and panel.article is not None and not panel.is_context:
        published = panel.article_date()
        article = {"text": panel.article.text, "title": panel.article.title, "source": panel.article.source,
                   "date": published.isoformat() if published else None}
        claims = [c.line() for c in panel.claims]
    return Lesson(
        satellites=s.selected_sets(), region=window.region_spec, criterion=a.criterion.currentData(),
        angle_deg=a.angle.value(), daylight=a.daylight.isChecked(), sun_deg=a.sun.value(), days=a.days.value(),
        time_s=s.time_s, span_start_s=s.span_start_s, span_s=s.span_s,
        view={"lon": window.map.center_lon, "lat": window.map.center_lat, "zoom": window.map.zoom},
        article=article, claims_shown=claims, title=article["title"] if article else "")


def apply_lesson(window, lesson: Lesson) -> list[str]:
    """Show a lesson; returns what could not be shown (the lesson's own problems included)."""
    problems = list(lesson.problems)
    s = window.session
    for es in lesson.satellites:
        s.catalog.put(es)  # the lesson's own elements, so its analysis is the one that was saved
    if lesson.satellites:
        s.catalog_changed.emit()
        s.select([es.satnum for es in lesson.satellites])
    window.analysis.load_settings(lesson.criterion, lesson.angle_deg, lesson.daylight, lesson.sun_deg, lesson.days)
    if lesson.span_start_s is not None and lesson.span_s is not None:
        s.set_span(lesson.span_start_s, lesson.span_s)
    if lesson.time_s is not None:
        s.set_time(lesson.time_s)
    try:
        window.set_region_spec(lesson.region)
    except (RegionError, KeyError, TypeError, ValueError) as exc:
        problems.append(f"the region ({exc})")
    if lesson.view:
        window.map.set_view(lesson.view["lon"], lesson.view["lat"], lesson.view["zoom"])
    panel = getattr(window, "article_panel", None)
    if lesson.article and panel is not None:
        art = lesson.article
        published = date.fromisoformat(art["date"]) if art.get("date") else None
        panel.show_article(Article(art["text"], art.get("title", ""), art.get("source", "lesson"), "text", published))
        if published:
            panel.date_known.setChecked(True)
            panel.date.setDate(QDate(published.year, published.month, published.day))
    return problems


def notify(window, title: str, text: str, warning: bool = False) -> QMessageBox:
    """A message that does not stop the program while it is read (window-modal, opened, not executed)."""
    box = QMessageBox(QMessageBox.Warning if warning else QMessageBox.Information, title, text, QMessageBox.Ok, window)
    box.setAttribute(Qt.WA_DeleteOnClose)
    box.open()
    window.last_message = text
    return box


def save_lesson(window, path=None) -> bool:
    path = path or QFileDialog.getSaveFileName(window, "Save lesson", "lesson" + SUFFIX,
                                               f"Overflight lesson (*{SUFFIX})")[0]
    if not path:
        return False
    if not str(path).endswith(SUFFIX):
        path = str(path) + SUFFIX
    try:
        write_lesson(path, lesson_from_window(window))
    except (OSError, ValueError) as exc:
        notify(window, "Save lesson", f"Could not write {path}: {getattr(exc, 'strerror', None) or exc}", warning=True)
        return False
    window.status.showMessage(f"Lesson saved to {path}", 6000)
    return True


def open_lesson(window, path=None) -> bool:
    path = path or QFileDialog.getOpenFileName(window, "Open lesson", "", f"Overflight lesson (*{SUFFIX});;All files (*)")[0]
    if not path:
        return False
    try:
        lesson = read_lesson(path)
    except LessonError as exc:
        notify(window, "Open lesson", str(exc), warning=True)
        return False
    problems = apply_lesson(window, lesson)
    name = Path(path).name
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        message = f"{name}: opened; not loaded: {problems[0]}{more}"
        notify(window, "Open lesson", message)
    else:
        message = f"{name}: lesson opened"
    window.status.showMessage(message, 10000)
    window.run_analysis(quiet=True)
    return True


def install_lessons(window):
    file_menu = window.menuBar().actions()[0].menu()
    first = file_menu.actions()[0]
    window.insert_actions(file_menu, first, (("Open &lesson…", "Ctrl+Alt+O", lambda: open_lesson(window)),
                                             ("&Save lesson…", "Ctrl+S", lambda: save_lesson(window))))
    file_menu.insertSeparator(first)
    window.open_lesson = lambda path=None: open_lesson(window, path)
    window.save_lesson = lambda path=None: save_lesson(window, path)
