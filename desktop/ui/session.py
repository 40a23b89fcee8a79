"""The window's state: one clock, the chosen satellites, region and criterion.

Every view is told of changes through signals and redraws from this state
(as GPredict's modules are told the time by one clock).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.core import timebase
from desktop.core.access import Criterion
from desktop.core.elements import Catalog, ElementSet
from desktop.core.regions import Region


class Session(QObject):
    catalog_changed = Signal()
    elements_changed = Signal(int)  # one satellite's elements were replaced (the Orbit lab while a slider moves)
    selection_changed = Signal()
    time_changed = Signal(float)
    span_changed = Signal()
    region_changed = Signal()
    settings_changed = Signal()
    analysis_changed = Signal()
    place_marked = Signal(object)

    def __init__(self, catalog: Catalog, parent=None):
        super().__init__(parent)
        self.catalog = catalog
        self.selected: list[int] = []
        self.time_s = timebase.now_s()
        self.span_start_s = self.time_s - 3600.0
        self.span_s = 6 * 3600.0
        self.region: Region | None = None
        self.criterion = Criterion("sensor", off_nadir_deg=30.0)
        self.daylight_sun_deg: float | None = 0.0
        self.days = 30.0
        self.analysis = None  # desktop.core.revisit.Analysis
        self.lab_design = None  # desktop.core.design.OrbitDesign shown in the Orbit lab, if any
        self.marked_place = None

    # satellites ------------------------------------------------------------
    def selected_sets(self) -> list[ElementSet]:
        return [es for n in self.selected if (es := self.catalog.get(n)) is not None]

    def primary(self) -> ElementSet | None:
        sets = self.selected_sets()
        return sets[0] if sets else None

    def select(self, satnums: list[int]) -> None:
        satnums = [n for n in dict.fromkeys(satnums) if self.catalog.get(n) is not None]
        if satnums != self.selected:
            self.selected = satnums
            self.selection_changed.emit()

    def add_sets(self, sets) -> list[ElementSet]:
        taken = self.catalog.add(sets)
        if taken:
            self.catalog_changed.emit()
        return taken

    def update_set(self, es: ElementSet) -> None:
        """Put one set in the catalogue (a design replaces its earlier version) and tell the views.

        A satellite new to the catalogue changes the list (catalog_changed); a
        replaced one only its own drawing and analysis (elements_changed), which
        keeps a moving slider cheap.
        """
        held = self.catalog.get(es.satnum)
        self.catalog.add([es])
        if held is None or held.name != es.name:
            self.catalog_changed.emit()
        self.elements_changed.emit(es.satnum)

    def remove_set(self, satnum: int) -> None:
        if self.catalog.remove(satnum) is not None:
            self.selected = [n for n in self.selected if n != satnum]
            self.catalog_changed.emit()
            self.selection_changed.emit()

    def replace_catalog(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.selected = [n for n in self.selected if catalog.get(n) is not None]
        self.catalog_changed.emit()
        self.selection_changed.emit()

    # time --------------------------------------------------------------------
    def set_time(self, time_s: float) -> None:
        if time_s != self.time_s:
            self.time_s = float(time_s)
            if not self.span_start_s <= self.time_s <= self.span_start_s + self.span_s:
                self.span_start_s = self.time_s - min(3600.0, self.span_s / 4)
                self.span_changed.emit()
            self.time_changed.emit(self.time_s)

    def set_span(self, start_s: float, span_s: float) -> None:
        self.span_start_s, self.span_s = float(start_s), float(span_s)
        if not self.span_start_s <= self.time_s <= self.span_start_s + self.span_s:
            self.time_s = self.span_start_s
            self.time_changed.emit(self.time_s)
        self.span_changed.emit()

    # analysis ------------------------------------------------------------------
    def set_region(self, region: Region | None) -> None:
        self.region = region
        self.region_changed.emit()

    def set_analysis_settings(self, criterion: Criterion, daylight_sun_deg, days: float) -> None:
        changed = (criterion, daylight_sun_deg, days) != (self.criterion, self.daylight_sun_deg, self.days)
        self.criterion, self.daylight_sun_deg, self.days = criterion, daylight_sun_deg, float(days)
        if changed:
            self.settings_changed.emit()

    def set_analysis(self, analysis) -> None:
        self.analysis = analysis
        self.analysis_changed.emit()

    def mark_place(self, place) -> None:
        self.marked_place = place
        self.place_marked.emit(place)
