"""Pictures made without a window (``overflight coverage --png``), with the map's own layers."""

from __future__ import annotations


from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QTransform

from desktop.core.files import replaced_when_written

from .i18n import criterion_text, sat_label
from .offscreen import offscreen_application


def coverage_png(result, figure: str, path: str, width: int = 1600) -> None:
    """A world (or grid-sized) map of one coverage figure with its colour bar, title and attribution."""
    offscreen_application()  # a QApplication, not a bare QGuiApplication: widgets may follow in this process
    from .coverage_layer import CoverageLayer
    from .map_view import BORDER, LAND, OCEAN, MapView

    layer = CoverageLayer(result, figure)
    height = width // 2 + 60
    image = QImage(width, height, QImage.Format_ARGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    p.setRenderHint(QPainter.Antialiasing, True)
    scale = width / 360.0
    t = QTransform()
    t.translate(width / 2, 40 + 90 * scale)
    t.scale(scale, -scale)
    p.setTransform(t)
    p.fillRect(QRectF(-180, -90, 360, 180), OCEAN)
    p.setPen(Qt.NoPen)
    p.setBrush(LAND)
    countries = MapView._build_country_paths()
    p.drawPath(countries)
    layer.draw(p)
    pen = QPen(BORDER, 0.8)
    pen.setCosmetic(True)
    p.setPen(pen)
    p.setBrush(Qt.NoBrush)
    p.drawPath(countries)
    p.resetTransform()
    p.setPen(QColor(20, 20, 20))
    p.setFont(QFont(p.font().family(), 12))
    names = ", ".join(sat_label(es) for es in result.satellites)
    p.drawText(QRectF(10, 6, width - 20, 30), Qt.AlignLeft | Qt.AlignVCenter,
               (QCoreApplication.translate("Export", "{names}: {criterion}, {days:g} days, daylight")
                if result.daylight_min_sun_deg is not None
                else QCoreApplication.translate("Export", "{names}: {criterion}, {days:g} days")).format(
                   names=names, criterion=criterion_text(result.criterion), days=result.days))
    layer.draw_colour_bar(p, 12, height - 20 - 90 * scale * 0.55, width=300, font_pt=10)
    p.setFont(QFont(p.font().family(), 8))
    p.setPen(QColor(90, 90, 90))
    p.drawText(QRectF(0, height - 18, width - 8, 16), Qt.AlignRight | Qt.AlignVCenter,
               QCoreApplication.translate("Export", "Map: Natural Earth (public domain). Made with Overflight."))
    p.end()
    with replaced_when_written(path, "map") as tmp:  # whole or not at all
        if not image.save(tmp, "PNG"):
            raise OSError(f"Qt could not write a PNG to {path}")
