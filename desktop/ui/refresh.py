"""'Refresh elements': fresh sets from CelesTrak in the background, offline-safe."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMessageBox, QProgressDialog

from desktop.core import celestrak
from desktop.core.catalog import load_catalog

from .workers import Runner


def refresh_job(sets, base=None):
    """The work done off the GUI thread: one fetch per satellite, a line per result."""

    def job(progress, cancelled):
        lines = []
        for k, es in enumerate(sets):
            if cancelled():
                raise InterruptedError
            try:
                result = celestrak.refresh_satellite(es, timeout_s=10.0, base=base)
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
    first = window.refresh_anchor
    menu.insertAction(first, selected)
    menu.insertAction(first, every)
    window.satellites.add_button(selected, "Refresh")
    dialog = {}

    def start(sets):
        if not sets:
            return
        progress = QProgressDialog(f"Fetching {len(sets)} element set(s) from CelesTrak…", "Cancel", 0, 1000, window)
        progress.setWindowTitle("Refresh elements")
        progress.setMinimumDuration(300)
        progress.canceled.connect(runner.cancel)
        dialog["progress"] = progress
        base = window.settings.value("celestrak/url", "") if window.settings is not None else ""
        runner.submit(refresh_job(list(sets), base=str(base) or None))

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
    address = QAction("CelesTrak &address…", window)
    address.setStatusTip("Use a mirror of CelesTrak (the environment variable OVERFLIGHT_CELESTRAK_URL also works)")
    menu.insertAction(first, address)

    def set_address():
        current = str(window.settings.value("celestrak/url", "")) if window.settings is not None else ""
        text, ok = QInputDialog.getText(window, "CelesTrak address", "Base address (empty for the default, "
                                        f"{celestrak.DEFAULT_BASE_URL}):", text=current or celestrak.base_url())
        if ok and window.settings is not None:
            text = text.strip()
            if text and not text.startswith(("http://", "https://")):
                QMessageBox.warning(window, "CelesTrak address", f"'{text}' is not an http(s) address")
                return
            window.settings.setValue("celestrak/url", "" if text == celestrak.DEFAULT_BASE_URL else text)

    address.triggered.connect(set_address)
    selected.triggered.connect(lambda: start(window.session.selected_sets()))
    every.triggered.connect(lambda: start(list(window.session.catalog)))
    window.refresh_selected = lambda: start(window.session.selected_sets())
