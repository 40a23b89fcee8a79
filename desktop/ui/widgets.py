"""Small widgets the panels share: a scrolling column, inline form rows, titled form groups, HTML tables, a progress
strip."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDoubleSpinBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QProgressBar, QScrollArea,
                               QSlider, QWidget)

def scrolling(widget, horizontal: bool = True) -> QScrollArea:
    """A frameless scroll area around a panel's content: a tall form scrolls instead of growing the window."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.NoFrame)
    if not horizontal:  # the content fits the column's width
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    return area


def progress_strip() -> QProgressBar:
    """The thin progress bar under a panel's Run and Cancel buttons (0-1000: a worker's progress times 1000)."""
    bar = QProgressBar()
    bar.setRange(0, 1000)
    bar.setTextVisible(False)
    bar.setMaximumHeight(8)
    return bar


def inline(*widgets) -> QWidget:
    """Widgets side by side in one form row (text between them as plain strings)."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        row.addWidget(QLabel(w) if isinstance(w, str) else w)
    return holder


def form_group(title: str, *rows):
    """A titled group of form rows that wrap in a narrow column (a label goes above its field).

    Rows are (label, widget) pairs or single widgets spanning the row; returns the group and its form.
    """
    box = QGroupBox(title)
    form = QFormLayout(box)
    form.setRowWrapPolicy(QFormLayout.WrapLongRows)
    for row in rows:
        if isinstance(row, tuple):
            form.addRow(*row)
        else:
            form.addRow(row)
    return box, form


def html_rows(rows) -> str:
    """Label and value pairs as a compact two-column HTML table."""
    return "<table cellspacing=2>" + "".join(
        f"<tr><td style='color:#555;padding-right:8px' valign=top>{k}</td><td>{v}</td></tr>" for k, v in rows) + "</table>"


class SliderSpin(QWidget):
    """A slider and a spin box bound together, in real units (the spin box may go beyond the slider)."""

    valueChanged = Signal(float)

    def __init__(self, minimum, maximum, value, step, suffix, decimals=1, slider_max=None, tip="", parent=None):
        super().__init__(parent)
        self.step = step
        self.spin = QDoubleSpinBox(minimum=minimum, maximum=maximum, decimals=decimals, suffix=suffix, singleStep=step)
        self.spin.setValue(value)
        self.spin.setKeyboardTracking(False)
        self.slider = QSlider(Qt.Horizontal)
        self.slider.setMinimumWidth(60)
        top = slider_max if slider_max is not None else maximum
        self.slider.setRange(round(minimum / step), round(top / step))
        self.slider.setValue(round(value / step))
        for w in (self.spin, self.slider):
            w.setToolTip(tip)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.spin)
        self.slider.valueChanged.connect(self._from_slider)
        self.spin.valueChanged.connect(self._from_spin)

    def value(self) -> float:
        return self.spin.value()

    def setValue(self, value: float) -> None:
        self.spin.setValue(value)

    def _from_slider(self, position):
        self.spin.blockSignals(True)
        self.spin.setValue(position * self.step)
        self.spin.blockSignals(False)
        self.valueChanged.emit(self.spin.value())

    def _from_spin(self, value):
        self.slider.blockSignals(True)
        self.slider.setValue(round(value / self.step))
        self.slider.blockSignals(False)
        self.valueChanged.emit(value)
