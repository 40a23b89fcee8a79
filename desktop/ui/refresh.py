"""'Refresh elements': fresh sets from CelesTrak in the background, offline-safe."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMessageBox, QProgressDialog

from desktop.core import celestrak, satcat
from desktop.core.catalog import load_catalog

from .workers import Runner


def refresh_job(sets, base=None, with_satcat: bool = False):
    """The work done off the GUI thread: one fetch per satellite, a line per result; with ``with_satcat`` (Refresh
    all, as a plain ``refresh``) the SATCAT after them, whose failure is one line and spoils no element set."""
    steps = len(sets) + (1 if with_satcat else 0)

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
            progress((k + 1) / steps)
        if with_satcat:
            if cancelled():
                raise InterruptedError
            lines.append(satcat_line(base, after_elements=True))
            progress(1.0)
        return lines

    return job


def satcat_line(base=None, after_elements: bool = False) -> str:
    """Fetch the SATCAT and say in one line what happened (the cache keeps the last good one).

    After a refresh of element sets a failure reads 'not updated' and says what the owners and types are kept
    from; alone (Refresh satellite catalogue) it reads 'failed', which the window shows in a message box.
    """
    try:
        result = satcat.fetch_satcat(base=base)
        return QCoreApplication.translate("ElementRefresh", "satellite catalogue (SATCAT): {0}").format(result.message)
    except satcat.SatcatError as exc:
        if after_elements:
            return QCoreApplication.translate(
                "ElementRefresh", "satellite catalogue (SATCAT): not updated: {0}; {1}").format(exc, satcat.kept_note())
        return QCoreApplication.translate("ElementRefresh", "satellite catalogue (SATCAT): failed: {0}").format(exc)


def satcat_job(base=None):
    """The SATCAT download off the GUI thread: one line saying what happened (the cache keeps the last good one)."""

    def job(progress, cancelled):
        line = satcat_line(base)
        progress(1.0)
        return [line]

    return job


class ElementRefresh(QObject):
    """'Refresh elements' in the File menu and the Satellites panel: fetched in a worker, one line per satellite."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.runner = Runner(window)
        self.progress_dialog: QProgressDialog | None = None
        menu = window.menuBar().actions()[0].menu()
        selected = QAction(self.tr("&Refresh elements of the selection"), window)
        selected.setShortcut(QKeySequence("F5"))
        selected.setStatusTip(self.tr("Fetch current element sets for the selected satellites from CelesTrak"))
        every = QAction(self.tr("Refresh &all elements"), window)
        every.setShortcut(QKeySequence("Shift+F5"))
        every.setStatusTip(self.tr("Fetch current element sets for every satellite, and the satellite catalogue "
                                   "(owners, launches, types), from CelesTrak"))
        self.every_action = every
        metadata = QAction(self.tr("Refresh satellite &catalogue (owners, launches, types)"), window)
        metadata.setStatusTip(self.tr("Fetch CelesTrak's satellite catalogue (SATCAT, about 7 MB) for the list's "
                                      "owner and type filters"))
        self.metadata_action = metadata
        address = QAction(self.tr("CelesTrak &address…"), window)
        address.setStatusTip(self.tr("Use a mirror of CelesTrak (the environment variable OVERFLIGHT_CELESTRAK_URL also works)"))
        for action in (selected, every, metadata, address):
            menu.insertAction(window.refresh_anchor, action)
        window.satellites.add_button(selected, self.tr("Refresh"))
        self.runner.progress.connect(self._progressed)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        address.triggered.connect(self.set_address)
        selected.triggered.connect(self.refresh_selected)
        every.triggered.connect(lambda: self.start(list(window.session.catalog), with_satcat=True))
        metadata.triggered.connect(self.refresh_metadata)

    def refresh_metadata(self):
        """Fetch the SATCAT in the worker; the list's owners and types follow when it is done."""
        self._submit(self.tr("Fetching the satellite catalogue from CelesTrak…"),
                     self.tr("Refresh satellite catalogue"), satcat_job)

    def refresh_selected(self):
        self.start(self.window.session.selected_sets())

    def start(self, sets, with_satcat: bool = False):
        if not sets:
            return
        sets = list(sets)
        self._submit(self.tr("Fetching {0} element set(s) from CelesTrak…").format(len(sets)),
                     self.tr("Refresh elements"), lambda base: refresh_job(sets, base=base, with_satcat=with_satcat))

    def _submit(self, text: str, title: str, make_job) -> None:
        """Run ``make_job(base)`` (base: the CelesTrak address set, or None) in the worker behind a progress
        dialog whose Cancel stops it."""
        window = self.window
        progress = QProgressDialog(text, self.tr("Cancel"), 0, 1000, window)
        progress.setWindowTitle(title)
        progress.setMinimumDuration(300)
        progress.canceled.connect(self.runner.cancel)
        self.progress_dialog = progress
        base = window.settings.value("celestrak/url", "") if window.settings is not None else ""
        self.runner.submit(make_job(str(base) or None))

    def _close_progress(self):
        if self.progress_dialog is not None:
            self.progress_dialog.reset()
            self.progress_dialog = None

    def _progressed(self, fraction):
        if self.progress_dialog is not None:
            self.progress_dialog.setValue(int(fraction * 1000))

    def _finished(self, lines):
        self._close_progress()
        window = self.window
        keep = list(window.session.selected)
        problems: list[str] = []
        metadata = satcat.load_metadata(problems)
        lines = lines + problems
        window.session.replace_catalog(load_catalog(), metadata=metadata)
        window.session.select(keep or window.session.selected)
        window.status.showMessage("; ".join(lines)[:300], 15000)
        if any("failed" in ln or "cannot reach" in ln or "HTTP" in ln for ln in lines):
            QMessageBox.information(window, self.tr("Refresh elements"), "\n".join(lines[:40]))

    def _failed(self, message):
        self._close_progress()
        QMessageBox.warning(self.window, self.tr("Refresh elements"), message)

    def set_address(self):
        window = self.window
        current = str(window.settings.value("celestrak/url", "")) if window.settings is not None else ""
        text, ok = QInputDialog.getText(window, self.tr("CelesTrak address"), self.tr("Base address (empty for the default, {DEFAULT_BASE_URL}):").format(DEFAULT_BASE_URL=celestrak.DEFAULT_BASE_URL), text=current or celestrak.base_url())
        if ok and window.settings is not None:
            text = text.strip()
            if text and not text.startswith(("http://", "https://")):
                QMessageBox.warning(window, self.tr("CelesTrak address"), self.tr("'{text}' is not an http(s) address").format(text=text))
                return
            window.settings.setValue("celestrak/url", "" if text == celestrak.DEFAULT_BASE_URL else text)
