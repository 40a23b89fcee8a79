"""The Coverage panel: a heat map of how often every place is seen, and Walker constellations.

The satellites are the selection, the criterion, daylight and window those of
the Analysis panel. A coarse grid is computed first, then the chosen one, in
the background with progress and Cancel. Hover a cell for its figures; click one
to make it the analysis region (a point) and fill the pass table.
"""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QHBoxLayout,
                               QLabel, QLineEdit, QProgressBar, QPushButton, QSpinBox, QVBoxLayout,
                               QWidget)

from desktop.core import cluster
from desktop.core import coverage as core
from desktop.core import design
from desktop.core.access import AccessError

from .coverage_layer import CoverageLayer
from .sensor_table import SensorTable
from .widgets import form_group, html_rows, scrolling
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
            self.spacing.addItem(f"{g:g}°", g)
        self.spacing.setCurrentIndex(3)
        self.spacing.setToolTip("Cell size: finer grids take longer (0.25° is about 28 km)")
        self.area = QComboBox()
        self.area.addItem("Whole globe", "globe")
        self.area.addItem("The analysis region", "region")
        self.area.setToolTip("Where the grid lies")
        self.land = QCheckBox(self.tr("Land only"))
        self.land.setToolTip(self.tr("Only the cells whose centre is on land (Natural Earth countries); the summary "
                                     "covers those cells alone"))
        self.figure = QComboBox()
        for key, (_column, label) in core.FIGURES.items():
            self.figure.addItem(label, key)
        self.figure.setCurrentIndex(1)
        self.figure.setToolTip("The figure of merit shown on the map")
        self.figure.currentIndexChanged.connect(self._show)
        self.visible = QCheckBox("Show the coverage layer")
        self.visible.setChecked(True)
        self.visible.setToolTip("Show or hide the heat map under the tracks")
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
        self.compute_button = QPushButton("Compute")
        self.compute_button.setToolTip("Coverage of the selected satellites with the Analysis panel's settings")
        self.compute_button.clicked.connect(self.compute)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip("Stop the computation; the last map stays")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.summary = QLabel("<i>Select satellites, then Compute.</i>")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextSelectableByMouse)
        csv_button = QPushButton("CSV…")
        csv_button.setToolTip("Every cell's figures as CSV")
        csv_button.clicked.connect(lambda: self.export("csv"))
        geo_button = QPushButton("GeoJSON…")
        geo_button.setToolTip("Cells as GeoJSON polygons with their figures")
        geo_button.clicked.connect(lambda: self.export("geojson"))

        self.total = QSpinBox(minimum=1, maximum=200, value=4)
        self.total.setToolTip("T: satellites in all")
        self.planes = QSpinBox(minimum=1, maximum=200, value=2)
        self.planes.setToolTip("P: orbital planes (T must be a multiple of P)")
        self.phasing = QSpinBox(minimum=0, maximum=199, value=1)
        self.phasing.setToolTip("F: phasing between planes, 0 to P-1")
        self.kind = QComboBox()
        self.kind.addItem("Delta (nodes over 360°)", "delta")
        self.kind.addItem("Star (nodes over 180°)", "star")
        self.kind.setToolTip("How the planes' nodes are spread")
        walker_button = QPushButton("Add constellation from the selected satellite")
        walker_button.setToolTip("Walker members join the catalogue as DESIGNED satellites and are selected")
        walker_button.clicked.connect(self.add_walker)

        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(form_group("Grid", ("Cells", self.spacing), ("Area", self.area), self.land, ("Figure", self.figure),
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
        row.addWidget(QLabel("Export"))
        row.addWidget(csv_button)
        row.addWidget(geo_button)
        layout.addLayout(row)
        layout.addWidget(form_group("Walker constellation", ("Satellites", self.total), ("Planes", self.planes),
                                    ("Phasing", self.phasing), ("Kind", self.kind), walker_button)[0])
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
            self.message.setText("Select one or more satellites first.")
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
                raise core.CoverageError(
                    f"about {estimate / 1e6:,.0f} million accesses: over the 1 GB budget; choose larger cells, "
                    "the region only or a shorter window")
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
        self.message.setText("Cancelled; the last map stays.")

    def _done(self, result):
        self.result = result
        self._show()
        if self._pending_fine is not None:
            grid, self._pending_fine = self._pending_fine, None
            self.message.setText(f"Coarse map shown; refining at {grid.spacing_deg:g}°…")
            self._run(*self._job_args[:1], grid, *self._job_args[1:])
            return
        self._busy(False)
        self.message.setText("")

    def _failed(self, message):
        self._busy(False)
        self._pending_fine = None
        self.message.setText(message.splitlines()[0])

    def _show(self, *_):
        r = self.result
        if r is None:
            return
        layer = CoverageLayer(r, self.figure.currentData()) if self.visible.isChecked() else None
        self.window.map.set_coverage(layer)
        flags = [es.label for es in r.satellites if es.flag]
        self.summary.setText(f"<b>{len(r.satellites)} satellite(s)</b>, {r.days:g} days, {r.criteria_text()}"
                             + (", daylight" if r.daylight_min_sun_deg is not None else "")
                             + html_rows(r.summary())
                             + (f"<p style='color:#8a3a00'>Flagged elements: {', '.join(flags)}</p>" if flags else ""))

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
            self.message.setText("Compute a coverage map first.")
            return False
        suffix = "csv" if kind == "csv" else "geojson"
        path = path or QFileDialog.getSaveFileName(self, "Export coverage", f"overflight-coverage.{suffix}",
                                                   "CSV (*.csv)" if kind == "csv" else "GeoJSON (*.geojson *.json)")[0]
        if not path:
            return False
        from desktop.core.tables import flag_notes

        def write(out):
            if kind == "csv":
                core.write_csv(out, self.result, flag_notes(self.result.satellites))
            else:
                json.dump(core.geojson(self.result, self.figure.currentData()), out)

        return self.window.write_file(path, "Export coverage", write, f"Coverage saved to {path}")

    def add_walker(self):
        seed = self.session.primary()
        if seed is None:
            self.message.setText("Select the seed satellite first.")
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
            self.message.setText(f"Could not keep the members: {getattr(exc, 'strerror', None) or exc}")
            return
        for _d, es in members:
            self.session.update_set(es)
        self.session.select([es.satnum for _d, es in members])
        self.message.setText("; ".join([f"{len(members)} DESIGNED members added and selected; Compute to see their "
                                        "coverage."] + problems))


def dock_coverage_panel(window) -> CoveragePanel:
    panel = CoveragePanel(window)
    window.add_panel_dock("Coverage", panel)
    return panel
