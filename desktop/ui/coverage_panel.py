"""The Coverage panel: a heat map of how often every place is seen, and Walker constellations.

The satellites are the selection, the criterion, daylight and window those of
the Analysis panel. A coarse grid is computed first, then the chosen one, in
the background with progress and Cancel. Hover a cell for its figures; click one
to make it the analysis region (a point) and fill the pass table.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout,
                               QWidget)

from desktop.core import cluster
from desktop.core import coverage as core
from desktop.core import design
from desktop.core.access import AccessError

from .i18n import criterion_text, isolate, localize_digits, sat_label
from .coverage_layer import CoverageLayer
from .sensor_table import SensorTable
from .widgets import form_group, html_rows, progress_strip, scrolling
from .workers import Runner

SPACINGS = [10.0, 5.0, 2.0, 1.0, 0.5, 0.25]


class CoveragePanel(QWidget):
    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window = window
        self.session = window.session
        self.result = None
        self._pending_fine = None
        self.runner = Runner(self)
        self.runner.progress.connect(lambda f: self.progress.setValue(int(f * 1000)))
        self.runner.finished.connect(self._done)
        self.runner.failed.connect(self._failed)
        self.runner.cancelled.connect(lambda: self._busy(False))

        self.spacing = QComboBox()
        for g in SPACINGS:
            self.spacing.addItem("{g:g}°".format(g=g), g)
        self.spacing.setCurrentIndex(3)
        self.spacing.setToolTip(self.tr("Cell size: finer grids take longer (0.25° is about 28 km)"))
        self.area = QComboBox()
        self.area.addItem(self.tr("Whole globe"), "globe")
        self.area.addItem(self.tr("The analysis region"), "region")
        self.area.setToolTip(self.tr("Where the grid lies"))
        self.land = QCheckBox(self.tr("Land only"))
        self.land.setToolTip(self.tr("Only the cells whose centre is on land (Natural Earth countries); the summary "
                                     "covers those cells alone"))
        self.figure = QComboBox()
        for key, (_column, label) in core.FIGURES.items():
            self.figure.addItem(QCoreApplication.translate("CoverageFigures", label), key)
        self.figure.setCurrentIndex(1)
        self.figure.setToolTip(self.tr("The figure of merit shown on the map"))
        self.figure.currentIndexChanged.connect(self._show)
        self.visible = QCheckBox(self.tr("Show the coverage layer"))
        self.visible.setChecked(True)
        self.visible.setToolTip(self.tr("Show or hide the heat map under the tracks"))
        self.visible.toggled.connect(self._show)
        self.sensors = SensorTable(self.session)
        self.workers = QSpinBox(minimum=0, maximum=cluster.MAX_WORKERS, value=0)
        self.workers.setSpecialValueText(self.tr("none (this process)"))
        self.workers.setToolTip(self.tr("Split the grid's rows over this many processes on this computer (Dask; "
                                        "for the largest jobs: many satellites, fine grids)"))
        self.scheduler_timeout_s = cluster.DEFAULT_TIMEOUT_S
        self.scheduler = QLineEdit()
        self.scheduler.setPlaceholderText(self.tr("tcp://HOST:PORT (optional)"))
        self.scheduler.setToolTip(self.tr("Send the job to an existing Dask cluster whose workers have Overflight "
                                          "installed"))
        self.compute_button = QPushButton(self.tr("Compute"))
        self.compute_button.setToolTip(self.tr("Coverage of the selected satellites with the Analysis panel's settings"))
        self.compute_button.clicked.connect(self.compute)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the computation; the last map stays"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = progress_strip()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.summary = QLabel(self.tr("<i>Select satellites, then Compute.</i>"))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextSelectableByMouse)
        csv_button = QPushButton(self.tr("CSV…"))
        csv_button.setToolTip(self.tr("Every cell's figures as CSV"))
        csv_button.clicked.connect(lambda: self.export("csv"))
        geo_button = QPushButton(self.tr("GeoJSON…"))
        geo_button.setToolTip(self.tr("Cells as GeoJSON polygons with their figures"))
        geo_button.clicked.connect(lambda: self.export("geojson"))

        self.total = QSpinBox(minimum=1, maximum=200, value=4)
        self.total.setToolTip(self.tr("T: satellites in all"))
        self.planes = QSpinBox(minimum=1, maximum=200, value=2)
        self.planes.setToolTip(self.tr("P: orbital planes (T must be a multiple of P)"))
        self.phasing = QSpinBox(minimum=0, maximum=199, value=1)
        self.phasing.setToolTip(self.tr("F: phasing between planes, 0 to P-1"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Delta (nodes over 360°)"), "delta")
        self.kind.addItem(self.tr("Star (nodes over 180°)"), "star")
        self.kind.setToolTip(self.tr("How the planes' nodes are spread"))
        walker_button = QPushButton(self.tr("Add constellation from the selected satellite"))
        walker_button.setToolTip(self.tr("Walker members join the catalogue as DESIGNED satellites and are selected"))
        walker_button.clicked.connect(self.add_walker)

        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(form_group(self.tr("Grid"), (self.tr("Cells"), self.spacing), (self.tr("Area"), self.area), self.land, (self.tr("Figure"), self.figure),
                                    self.visible)[0])
        layout.addWidget(form_group(self.tr("Each satellite's sensor"), self.sensors)[0])
        layout.addWidget(form_group(self.tr("Large jobs"), (self.tr("Worker processes"), self.workers),
                                    (self.tr("Cluster"), self.scheduler))[0])
        row = QHBoxLayout()
        row.addWidget(self.compute_button)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Export")))
        row.addWidget(csv_button)
        row.addWidget(geo_button)
        layout.addLayout(row)
        layout.addWidget(form_group(self.tr("Walker constellation"), (self.tr("Satellites"), self.total), (self.tr("Planes"), self.planes),
                                    (self.tr("Phasing"), self.phasing), (self.tr("Kind"), self.kind), walker_button)[0])
        layout.addStretch(1)
        for combo in inner.findChildren(QComboBox):
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        walker_button.setMinimumWidth(0)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(inner, horizontal=False))

    # ------------------------------------------------------------------ computing
    def _grid(self, spacing):
        region = self.session.region if self.area.currentData() == "region" else None
        if self.area.currentData() == "region" and region is None:
            raise core.CoverageError("choose an analysis region first (or the whole globe)")
        return core.make_grid(spacing, region=region, land=self.land.isChecked())

    def compute(self):
        s = self.session
        sets = s.selected_sets()
        if not sets:
            self.message.setText(self.tr("Select one or more satellites first."))
            return
        fine = self.spacing.currentData()
        # a distributed job starts its workers once: no coarse map first
        coarse = max(fine * 4, 5.0) if fine < 5.0 and not self._distributed() else None
        start, end = s.span_start_s, s.span_start_s + s.days * 86400.0
        try:
            grids = [self._grid(coarse)] if coarse else []
            grids.append(self._grid(fine))
            criteria = s.criteria(sets)
            estimate = core.estimated_held(sets, grids[-1], criteria, s.days)
            if estimate > core.MAX_ACCESSES and not self._distributed():
                raise core.CoverageError(self.tr(
                    "about {0:,.0f} million accesses: over the 1 GB budget; choose larger cells, "
                    "the region only or a shorter window").format(estimate / 1e6))
        except (core.CoverageError, AccessError) as exc:
            self.message.setText(str(exc))
            return
        self.message.setText("")
        self._pending_fine = grids[-1] if coarse else None
        self._run(sets, grids[0], start, end, criteria)

    def _distributed(self) -> dict | None:
        """The setting for a distributed job: {'workers': N} or {'scheduler': address}; None in this process."""
        address = self.scheduler.text().strip()
        if address:
            return {"scheduler": address, "timeout_s": self.scheduler_timeout_s}
        return {"workers": self.workers.value()} if self.workers.value() else None

    def _run(self, sets, grid, start, end, criteria):
        sun = self.session.daylight_sun_deg
        where = self._distributed()

        def job(progress, cancelled):
            if where is not None:
                return cluster.distributed_coverage(sets, grid, criteria, start, end, sun, progress=progress,
                                                    cancelled=cancelled, **where)
            return core.coverage(sets, grid, criteria, start, end, sun, progress=progress, cancelled=cancelled)

        self._busy(True)
        self._job_args = (sets, start, end, criteria)
        self.runner.submit(job)

    def _busy(self, busy):
        self.cancel_button.setEnabled(busy)
        self.compute_button.setEnabled(not busy)
        if not busy:
            self.progress.setValue(0)

    def cancel(self):
        self._pending_fine = None
        self.runner.cancel()
        self.message.setText(self.tr("Cancelled; the last map stays."))

    def _done(self, result):
        self.result = result
        self._show()
        self._summarise()
        if self._pending_fine is not None:
            grid, self._pending_fine = self._pending_fine, None
            self.message.setText(self.tr("Coarse map shown; refining at {spacing_deg:g}°…").format(spacing_deg=grid.spacing_deg))
            self._run(*self._job_args[:1], grid, *self._job_args[1:])
            return
        self._busy(False)
        self.message.setText("")

    def _failed(self, message):
        self._busy(False)
        self._pending_fine = None
        self.message.setText(message.splitlines()[0])

    def _show(self, *_):
        """The layer of the chosen figure (or none): the summary does not depend on it (``_summarise``)."""
        r = self.result
        if r is None:
            return
        layer = CoverageLayer(r, self.figure.currentData()) if self.visible.isChecked() else None
        self.window.map.set_coverage(layer)

    def _summarise(self):
        """The result's summary, once a result: its weighted medians over every cell take a while on a fine grid."""
        r = self.result
        flags = [sat_label(es) for es in r.satellites if es.flag]
        head = (self.tr("<b>{count} satellite(s)</b>, {days:g} days, {criterion}, daylight")
                if r.daylight_min_sun_deg is not None else self.tr("<b>{count} satellite(s)</b>, {days:g} days, {criterion}"))
        flagged = ("<p style='color:#8a3a00'>" + self.tr("Flagged elements: {0}").format(", ".join(isolate(f) for f in flags))
                   + "</p>") if flags else ""
        self.summary.setText(localize_digits(head.format(count=len(r.satellites), days=r.days,
                                                         criterion=(isolate(r.criteria_text()) if r.mixed_sensors
                                                                    else criterion_text(r.criterion, short=True)))
                                             + html_rows([(isolate(k), isolate(v)) for k, v in r.summary()]) + flagged,
                                             html=True))

    def cell_clicked(self, lat, lon) -> bool:
        """A click on a covered cell makes its centre the analysis region (a point) and runs the passes."""
        layer = self.window.map.coverage_layer
        if layer is None:
            return False
        cell = layer.cell_at(lat, lon)
        if cell < 0:
            return False
        grid = layer.result.grid
        c_lat, c_lon = float(grid.lat_deg[cell]), float(grid.lon_deg[cell])
        self.session.set_region_spec({"kind": "circle", "name": f"cell {c_lat:.2f}, {c_lon:.2f}",
                                     "lat": c_lat, "lon": c_lon, "km": 0.0})
        self.window.run_analysis(quiet=True)
        return True

    # ------------------------------------------------------------------ exports and Walker
    def export(self, kind: str, path: str | None = None) -> bool:
        if self.result is None:
            self.message.setText(self.tr("Compute a coverage map first."))
            return False
        suffix = "csv" if kind == "csv" else "geojson"
        path = path or QFileDialog.getSaveFileName(self, self.tr("Export coverage"), f"overflight-coverage.{suffix}",
                                                   self.tr("CSV (*.csv)") if kind == "csv" else self.tr("GeoJSON (*.geojson *.json)"))[0]
        if not path:
            return False
        from desktop.core.tables import flag_notes

        def write(out):
            if kind == "csv":
                core.write_csv(out, self.result, flag_notes(self.result.satellites))
            else:
                json.dump(core.geojson(self.result, self.figure.currentData()), out)

        return self.window.write_file(path, self.tr("Export coverage"), write, self.tr("Coverage saved to {path}").format(path=path))

    def add_walker(self):
        seed = self.session.primary()
        if seed is None:
            self.message.setText(self.tr("Select the seed satellite first."))
            return
        taken = [es.satnum for es in self.session.catalog] + [d.satnum for d in design.load_designs()]
        try:
            members = core.walker(seed, self.total.value(), self.planes.value(), self.phasing.value(),
                                  self.kind.currentData(), design.next_satnum(taken))
        except (core.CoverageError, design.DesignError) as exc:
            self.message.setText(str(exc))
            return
        try:
            problems = design.update_designs(lambda kept: kept + [d for d, _es in members])
        except (OSError, design.DesignError) as exc:
            self.message.setText(self.tr("Could not keep the members: {0}").format(getattr(exc, 'strerror', None) or exc))
            return
        for _d, es in members:
            self.session.update_set(es)
        self.session.select([es.satnum for _d, es in members])
        self.message.setText("; ".join([self.tr("{0} DESIGNED members added and selected; Compute to see their "
                                                "coverage.").format(len(members))] + problems))


def dock_coverage_panel(window) -> CoveragePanel:
    panel = CoveragePanel(window)
    window.add_panel_dock("Coverage", panel)
    return panel
