"""'Refresh elements': fresh sets from CelesTrak in the background, offline-safe."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from desktop.core import celestrak
from desktop.core.catalog import load_catalog

from .workers import Runner


def refresh_job(sets):
    """The work done off the GUI thread: one fetch per satellite, a line per result."""

    def job(progress, cancelled):
        lines = []
        for k, es in enumerate(sets):
            if cancelled():
                raise InterruptedError
            try:
                result = celestrak.refresh_satellite(es, timeout_s=10.0)
                lines.append(f"{es.name}: {result.message}")
            except celestrak.CelestrakError as exc:
                lines.append(f"{es.name}: {exc}")
            progress((k + 1) / len(sets))
        return lines

    return job


def install_refresh(window):
    runner = Runner(window)
    window.refresh_runner = runner
    menu = window.menuBar().actions()[0].menu()
    selected = QAction("&Refresh elements of the selection", window)
    selected.setShortcut(QKeySequence("F5"))
    selected.setStatusTip("Fetch current element sets for the selected satellites from CelesTrak")
    every = QAction("Refresh &all elements", window)
    every.setShortcut(QKeySequence("Shift+F5"))
    first = menu.actions()[3] if len(menu.actions()) > 3 else None
    menu.insertAction(first, selected)
    menu.insertAction(first, every)
    toolbar = window.addToolBar("Main")
    toolbar.setObjectName("Main toolbar")
    toolbar.addAction(selected)
    dialog = {}

    def start(sets):
        if not sets:
            return
        progress = QProgressDialog(f"Fetching {len(sets)} element set(s) from CelesTrak…", "Cancel", 0, 1000, window)
        progress.setWindowTitle("Refresh elements")
        progress.setMinimumDuration(300)
        progress.canceled.connect(runner.cancel)
        dialog["progress"] = progress
        runner.submit(refresh_job(list(sets)))

    def progressed(fraction):
        if "progress" in dialog:
            dialog["progress"].setValue(int(fraction * 1000))

    def finished(lines):
        if "progress" in dialog:
            dialog.pop("progress").reset()
        keep = list(window.session.selected)
        catalog = load_catalog()
        window.session.replace_catalog(catalog)
        window.session.select(keep or window.session.selected)
        window.status.showMessage("; ".join(lines)[:300], 15000)
        if any("failed" in ln or "cannot reach" in ln or "HTTP" in ln for ln in lines):
            QMessageBox.information(window, "Refresh elements", "\n".join(lines[:40]))

    def failed(message):
        if "progress" in dialog:
            dialog.pop("progress").reset()
        QMessageBox.warning(window, "Refresh elements", message)

    runner.progress.connect(progressed)
    runner.finished.connect(finished)
    runner.failed.connect(failed)
    selected.triggered.connect(lambda: start(window.session.selected_sets()))
    every.triggered.connect(lambda: start(list(window.session.catalog)))
    window.refresh_selected = lambda: start(window.session.selected_sets())
