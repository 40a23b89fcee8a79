"""Composition root: builds the application, the session and the window, and wires them."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox


def settings() -> QSettings:
    """QSettings in the platform's place, or under OVERFLIGHT_DATA_DIR when set (tests)."""
    folder = os.environ.get("OVERFLIGHT_DATA_DIR")
    if folder:
        os.makedirs(folder, exist_ok=True)
        return QSettings(os.path.join(folder, "overflight.ini"), QSettings.IniFormat)
    return QSettings("Overflight", "Overflight")


def build_window(restore: bool = True):
    """The main window on the bundled catalogue (plus the user's refreshed sets)."""
    from desktop.core.catalog import load_catalog
    from desktop.core.satcat import load_metadata

    from .main_window import MainWindow
    from .session import DEFAULT_SATELLITE, Session

    catalog = load_catalog()
    session = Session(catalog, metadata=load_metadata(catalog.cache_problems))
    window = MainWindow(session, settings())
    window.default_layout()
    if restore:
        window.restore()
    if not session.selected and catalog.get(DEFAULT_SATELLITE):
        session.select([DEFAULT_SATELLITE])
    return window


def run(argv=None, lesson=None, lang=None) -> int:
    from . import i18n

    app = QApplication.instance() or QApplication(sys.argv[:1] if argv is None else argv)
    app.setApplicationName("Overflight")
    app.setOrganizationName("Overflight")
    i18n.install(i18n.chosen_language(settings(), lang), app)  # before any widget takes its texts
    i18n.set_solar_hijri(str(settings().value(i18n.CALENDAR_KEY, "false")) == "true")
    try:
        window = build_window()
    except Exception as exc:  # a start-up failure is shown, not a bare traceback
        QMessageBox.critical(None, QApplication.translate("App", "Overflight could not start"), str(exc))
        raise
    window.show()
    if lesson:
        window.open_lesson(str(lesson))
    return app.exec()
