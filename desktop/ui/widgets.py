"""Small widgets the panels share: a scrolling column, inline form rows, titled form groups, HTML tables."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QScrollArea, QWidget

def scrolling(widget, horizontal: bool = True) -> QScrollArea:
    """A frameless scroll area around a panel's content: a tall form scrolls instead of growing the window."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.NoFrame)
    if not horizontal:  # the content fits the column's width
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    return area


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
