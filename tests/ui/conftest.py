import pytest


@pytest.fixture
def window(qtbot):
    from desktop.ui.app import build_window

    w = build_window(restore=False)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.runner.cancel()
    w.runner.wait(10000)

