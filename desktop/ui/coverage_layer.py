"""The coverage layer: grid figures as a colour image under the tracks, with its colour bar.

One drawing for the map, its PNG/SVG exports and ``overflight coverage --png``.
The colour map is viridis (perceptually uniform, readable with the common
forms of colour blindness, and in grey print); cells where a figure is
undefined (a gap with fewer than two accesses) are left clear, hatched grey in the bar.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

# viridis, sampled at 11 evenly spaced points (matplotlib's published table)
VIRIDIS = np.array([
    (68, 1, 84), (72, 40, 120), (62, 74, 137), (49, 104, 142), (38, 130, 142), (31, 158, 137),
    (53, 183, 121), (109, 205, 89), (180, 222, 44), (253, 231, 37), (253, 231, 37)], dtype=float)[:10]
UNDEFINED = QColor(150, 150, 150, 90)


def colours(values: np.ndarray, vmin: float, vmax: float, alpha: int = 165) -> np.ndarray:
    """RGBA (N, 4) uint8 for values on the viridis scale; NaN gets the 'undefined' grey."""
    values = np.asarray(values, dtype=float)
    span = vmax - vmin if vmax > vmin else 1.0
    x = np.clip((values - vmin) / span, 0.0, 1.0) * (len(VIRIDIS) - 1)
    k = np.minimum(np.floor(np.nan_to_num(x)).astype(int), len(VIRIDIS) - 2)
    f = (np.nan_to_num(x) - k)[:, None]
    rgb = VIRIDIS[k] * (1 - f) + VIRIDIS[k + 1] * f
    rgba = np.empty((len(values), 4), dtype=np.uint8)
    rgba[:, :3] = np.round(rgb)
    rgba[:, 3] = alpha
    undefined = ~np.isfinite(values)
    rgba[undefined] = (UNDEFINED.red(), UNDEFINED.green(), UNDEFINED.blue(), UNDEFINED.alpha())
    return rgba


def value_range(values, weights) -> tuple[float, float]:
    """From the lowest value to the area-weighted 95th percentile: the many small cells near the
    poles (where tracks converge and figures are extreme) do not wash out the rest of the map."""
    values = np.asarray(values, dtype=float)
    ok = np.isfinite(values)
    if not ok.any():
        return 0.0, 1.0
    v, w = values[ok], np.asarray(weights, dtype=float)[ok]
    order = np.argsort(v)
    cumulative = np.cumsum(w[order])
    hi = float(v[order][min(len(v) - 1, np.searchsorted(cumulative, 0.95 * cumulative[-1]))])
    lo = float(v.min())
    return (lo, hi) if hi > lo else (lo, lo + 1.0)


# The core's figures of merit, as the panel and the legend show them.
FIGURE_NAMES = (QT_TRANSLATE_NOOP("CoverageFigures", "accesses in the window"),
                QT_TRANSLATE_NOOP("CoverageFigures", "accesses a day"), QT_TRANSLATE_NOOP("CoverageFigures", "mean gap (h)"),
                QT_TRANSLATE_NOOP("CoverageFigures", "median gap (h)"),
                QT_TRANSLATE_NOOP("CoverageFigures", "longest gap (h)"),
                QT_TRANSLATE_NOOP("CoverageFigures", "time in view (%)"),
                QT_TRANSLATE_NOOP("CoverageFigures", "time to first access (h)"),
                QT_TRANSLATE_NOOP("CoverageFigures", "satellites in view (mean)"),
                QT_TRANSLATE_NOOP("CoverageFigures", "satellites in view (minimum)"))


class CoverageLayer:
    """A coverage result and the figure shown: an image of the grid in longitude/latitude."""

    def __init__(self, result, figure: str):
        from desktop.core.coverage import FIGURES

        self.result, self.figure = result, figure
        self.label = QCoreApplication.translate("CoverageFigures", FIGURES[figure][1])
        values = result.figure(figure)
        self.vmin, self.vmax = value_range(values, result.grid.weights)
        with np.errstate(invalid="ignore"):
            self.clipped = bool(np.any(values > self.vmax))  # cells above the bar's top (it reads 'vmax+'); NaN is not
        grid = result.grid
        rgba = np.zeros((grid.rows * grid.cols, 4), dtype=np.uint8)
        inside = grid.cell_of >= 0
        rgba[inside] = colours(values[grid.cell_of[inside]], self.vmin, self.vmax)
        # row 0 is the southernmost and becomes the image's first line: under the map's y-up transform
        # that line is drawn at the south edge
        pixels = np.ascontiguousarray(rgba.reshape(grid.rows, grid.cols, 4))
        self._pixels = pixels  # QImage does not own the buffer
        self.image = QImage(pixels.data, grid.cols, grid.rows, grid.cols * 4, QImage.Format_RGBA8888).copy()

    def draw(self, p: QPainter) -> None:
        """Paint under a transform from (lon, lat) to the screen (y up), as the map's overlays are."""
        grid = self.result.grid
        width, height = grid.cols * grid.spacing_deg, grid.rows * grid.spacing_deg
        p.save()
        p.setRenderHint(QPainter.SmoothPixmapTransform, False)
        for shift in (0.0, -360.0, 360.0) if grid.lon0_deg + width > 180 else (0.0,):
            p.drawImage(QRectF(grid.lon0_deg + shift, grid.lat0_deg, width, height), self.image)
        p.restore()

    def describe(self, lat: float, lon: float) -> str:
        """The figures of the cell under a point, for the hover read-out ('' outside the grid)."""
        cell = self.cell_at(lat, lon)
        if cell < 0:
            return ""
        cols = self.result.columns(cell)  # that cell's figures alone
        parts = [QCoreApplication.translate("CoverageLayer", "{0:.0f} accesses ({1:.2f}/day)").format(cols['accesses'], cols['per_day'])]
        if np.isfinite(cols["mean_gap_h"]):
            parts.append(QCoreApplication.translate("CoverageLayer", "gap mean {0:.1f} h, max {1:.1f} h").format(cols['mean_gap_h'], cols['max_gap_h']))
        parts.append(QCoreApplication.translate("CoverageLayer", "in view {0:.2f} %").format(cols['in_view_pct']))
        return QCoreApplication.translate("CoverageLayer", "cell: {0}").format(", ".join(parts))

    def cell_at(self, lat: float, lon: float) -> int:
        grid = self.result.grid
        row = int(np.floor((lat - grid.lat0_deg) / grid.spacing_deg))
        col = int(np.floor(((lon - grid.lon0_deg) % 360.0) / grid.spacing_deg))
        if not (0 <= row < grid.rows and 0 <= col < grid.cols):
            return -1
        return int(grid.cell_of[row * grid.cols + col])

    def draw_colour_bar(self, p: QPainter, x: float, y: float, width: float = 240, font_pt: int = 9) -> float:
        """The colour bar with its label and units at (x, y) in screen pixels; returns its height."""
        p.save()
        p.setRenderHint(QPainter.Antialiasing, True)
        p.setFont(QFont(p.font().family(), font_pt))
        metrics = p.fontMetrics()
        line = metrics.height()
        height = 3 * line + 18
        p.setPen(QColor(180, 180, 180))
        p.setBrush(QColor(255, 255, 255, 230))
        p.drawRoundedRect(QRectF(x, y, width, height), 5, 5)
        p.setPen(QColor(20, 20, 20))
        flags = ", ".join(sorted({es.flag for es in self.result.satellites if es.flag}))
        p.drawText(QPointF(x + 8, y + line), f"{self.label}" + (f"  ({flags})" if flags else ""))
        bar = QRectF(x + 8, y + line + 6, width - 16, line)
        steps = 64
        rgba = colours(np.linspace(self.vmin, self.vmax, steps), self.vmin, self.vmax, alpha=255)
        for k in range(steps):
            p.fillRect(QRectF(bar.x() + bar.width() * k / steps, bar.y(), bar.width() / steps + 0.6, bar.height()),
                       QColor(*rgba[k]))
        p.setPen(QPen(QColor(90, 90, 90), 0.8))
        p.setBrush(Qt.NoBrush)
        p.drawRect(bar)
        p.setPen(QColor(20, 20, 20))
        text_y = bar.bottom() + line
        p.drawText(QPointF(bar.x(), text_y), _number(self.vmin))
        high = _number(self.vmax) + ("+" if self.clipped else "")
        p.drawText(QPointF(bar.right() - metrics.horizontalAdvance(high), text_y), high)
        p.fillRect(QRectF(bar.center().x() - 30, text_y - line * 0.75, 10, line * 0.8), UNDEFINED)
        p.drawText(QPointF(bar.center().x() - 16, text_y), QCoreApplication.translate("CoverageLayer", "undefined"))
        p.restore()
        return height


def _number(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:,.2f}".rstrip("0").rstrip(".") if value % 1 else f"{value:,.0f}"
