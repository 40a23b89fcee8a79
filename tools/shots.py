"""What the screenshot tools share: Qt's event pump, and the main window opened as the README shows it.

The tools run as scripts from the repository (``python3 tools/screenshots_*.py``), so this folder is on their path.
"""
import time


def pump(app, n: int = 40) -> None:
    """Let Qt lay out and paint for about n x 10 ms."""
    for _ in range(n):
        app.processEvents()
        time.sleep(0.01)


def open_window(app, width: int = 1280, height: int = 720):
    """The main window at width x height in its default layout (no saved settings), laid out and painted."""
    from desktop.ui.app import build_window

    w = build_window(restore=False)
    w.resize(width, height)
    w.show()
    pump(app)
    w.default_layout()
    pump(app)
    return w
