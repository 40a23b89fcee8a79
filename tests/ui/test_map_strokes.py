"""On screen the map strokes lines of 1-3 px as passes of 1 px (Qt's fast path): each comes out about as wide as
Qt's own stroke of the wider pen, in every direction, and exports keep the exact pen."""

import math

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPolygonF

from desktop.ui.map_view import stroke


def _ink(width_px, angle_deg, thin_passes, colour=QColor(0, 0, 0)):
    """Coverage (sum of alpha, in pixels) of a 200 px line at an angle, per pixel of its length."""
    image = QImage(300, 300, QImage.Format_ARGB32_Premultiplied)
    image.fill(0)
    p = QPainter(image)
    p.setRenderHint(QPainter.Antialiasing, True)
    a = math.radians(angle_deg)
    line = QPolygonF([QPointF(150 - 100 * math.cos(a), 150 - 100 * math.sin(a)),
                      QPointF(150 + 100 * math.cos(a), 150 + 100 * math.sin(a))])
    pen = QPen(colour, width_px, Qt.SolidLine, Qt.FlatCap)
    pen.setCosmetic(True)
    stroke(p, pen, lambda q: q.drawPolyline(line), thin_passes)
    p.end()
    alpha = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(300, 300, 4)[..., 3]
    return alpha.sum() / 255.0 / 200.0


@pytest.mark.parametrize("width_px", [1.8, 2.0, 2.2])
def test_passes_of_one_pixel_are_about_as_wide_as_the_exact_stroke_in_every_direction(qapp, width_px):
    """Ink per pixel of length, every 5 degrees from horizontal to vertical: within 12 % of Qt's own stroke of
    the wider pen (which is itself the pen's width)."""
    for angle in range(0, 91, 5):
        exact = _ink(width_px, angle, False)
        passes = _ink(width_px, angle, True)
        assert abs(exact - width_px) < 0.1, (angle, exact)
        assert 0.88 * exact <= passes <= 1.12 * exact, (width_px, angle, passes, exact)


def test_a_translucent_line_is_one_pass_as_faint_as_qt_s_own_thin_lines(qapp):
    """A translucent 1.6 px line (the past track) is one 1 px pass with its opacity times 1.6: as much ink as the
    exact stroke when horizontal or vertical, and on a diagonal what Qt's 1 px lines give (0.7 of it)."""
    colour = QColor(0, 0, 0, 110)
    for angle in range(0, 91, 15):
        exact, passes = _ink(1.6, angle, False, colour), _ink(1.6, angle, True, colour)
        assert 0.68 * exact <= passes <= 1.05 * exact, (angle, passes, exact)


def test_exports_thin_and_wide_lines_keep_the_exact_pen(qapp):
    for width in (1.0, 1.5, 2.5, 5.0):  # 1 px is the fast path already; 1.5 px outlines; presentation mode
        assert _ink(width, 20, True) == pytest.approx(_ink(width, 20, False))
