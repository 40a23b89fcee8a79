"""Handouts and animations: the window's menu actions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QProgressDialog

from .animation import SLIDE_SIZES, AnimationError, frame_times, render_frames, write_gif
from .handout import write_pdf
from .lesson_io import notify


def print_handout(window, path=None, page=None) -> bool:
    if path is None:
        path, chosen = QFileDialog.getSaveFileName(window, QCoreApplication.translate("Outputs", "Print handout"), "overflight-handout.pdf",
                                                   QCoreApplication.translate("Outputs", "PDF, A4 (*.pdf);;PDF, US Letter (*.pdf)"))
        if not path:
            return False
        page = "Letter" if "Letter" in chosen else "A4"
    try:
        pages = write_pdf(window.session, path, page or "A4", view=window.map)
    except OSError as exc:
        notify(window, QCoreApplication.translate("Outputs", "Print handout"), QCoreApplication.translate("Outputs", "Could not write {path}: {0}").format(exc, path=path), warning=True)
        return False
    window.status.showMessage(QCoreApplication.translate("Outputs", "Handout ({pages} pages) saved to {path}").format(pages=pages, path=path), 8000)
    return True


def make_animation(window, path=None, size=None, hours=None, step_s=None) -> bool:
    """A GIF of the map from the clock's time on, with progress and Cancel (frames are painted here, in order)."""
    s = window.session
    if path is None:
        size_name, ok = QInputDialog.getItem(window, QCoreApplication.translate("Outputs", "Animation"), QCoreApplication.translate("Outputs", "Slide size"), list(SLIDE_SIZES), 0, False)
        if not ok:
            return False
        size = SLIDE_SIZES[size_name]
        path = QFileDialog.getSaveFileName(window, QCoreApplication.translate("Outputs", "Save animation"), "overflight.gif", QCoreApplication.translate("Outputs", "GIF animation (*.gif)"))[0]
        if not path:
            return False
    hours = hours or s.span_s / 3600.0 * 0.5
    step_s = step_s or max(30.0, hours * 3600.0 / 120)
    try:
        times = frame_times(s.time_s, hours, step_s)
    except AnimationError as exc:
        notify(window, QCoreApplication.translate("Outputs", "Animation"), str(exc), warning=True)
        return False
    dialog = QProgressDialog(QCoreApplication.translate("Outputs", "Painting {0} frames…").format(len(times)), QCoreApplication.translate("Outputs", "Cancel"), 0, 1000, window)
    dialog.setWindowModality(Qt.WindowModal)
    dialog.setMinimumDuration(300)

    def progress(f):
        dialog.setValue(int(f * 1000))
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()

    try:
        frames = render_frames(s, size or SLIDE_SIZES["1280x720"], times, progress, dialog.wasCanceled)
        write_gif(frames, path)
    except InterruptedError:
        window.status.showMessage(QCoreApplication.translate("Outputs", "Animation cancelled"), 4000)
        return False
    except OSError as exc:
        notify(window, QCoreApplication.translate("Outputs", "Animation"), QCoreApplication.translate("Outputs", "Could not write {path}: {0}").format(exc, path=path), warning=True)
        return False
    finally:
        dialog.reset()
    window.status.showMessage(QCoreApplication.translate("Outputs", "{0} frames saved to {path}").format(len(times), path=path), 8000)
    return True


def add_output_actions(window) -> None:
    window.insert_actions(window.menuBar().actions()[0].menu(), window.refresh_anchor,
                          ((QCoreApplication.translate("Outputs", "&Print handout (PDF)…"), "Ctrl+P", lambda: print_handout(window)),
                           (QCoreApplication.translate("Outputs", "Make an a&nimation (GIF)…"), "Ctrl+Shift+G", lambda: make_animation(window))))
