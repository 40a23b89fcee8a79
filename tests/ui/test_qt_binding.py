"""The Qt binding must not corrupt Python's reference counts (PySide6 6.12.0 did)."""

import gc
import sys

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPainter, QPen


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12: the leak cannot crash")
def test_void_calls_keep_the_reference_count_of_none(qapp):
    image = QImage(50, 50, QImage.Format_ARGB32)
    painter = QPainter(image)
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(500):
        painter.setPen(QPen(QColor(1, 2, 3)))
        painter.drawLine(QPointF(0, 0), QPointF(5, 5))
    gc.collect()
    after = sys.getrefcount(None)
    painter.end()
    assert after >= before - 50, "this PySide6 build leaks references to None; install a version pinned in pyproject.toml"
