"""The application's state: one clock, the chosen satellites, the region, the analysis settings,
the map's view and the article beside it.

Every view is told of changes through signals and redraws from this state
(as GPredict's modules are told the time by one clock); widgets edit it
through the ``set_*`` methods and never hold a second copy. Lessons, handouts,
animations and the command line read it from here.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, replace
from datetime import date

from PySide6.QtCore import QObject, Signal

from desktop.core import timebase
from desktop.core.access import AccessError, Criterion, criteria_for, sensor_criterion
from desktop.core.articles import Article
from desktop.core.elements import Catalog, ElementSet
from desktop.core.entities import article_date_from_text
from desktop.core.atlas import country_region
from desktop.core.regions import CircleRegion, Region, RegionError, box_region, geojson_file_region


DEFAULT_SATELLITE = 53370  # KHAYYAM, chosen when nothing else is
_ANY_SENSOR = Criterion("sensor", off_nadir_deg=0.0)  # a width is checked against the orbit, whatever the angle


@dataclass(frozen=True)
class AnalysisSettings:
    """What 'over the region' means and for how long: the criterion's kind and angle, daylight, the window.

    The angle is kept while the nadir criterion (which has none) is chosen, and
    the Sun's height while daylight is off, so switching back restores them.
    """

    kind: str = "sensor"
    angle_deg: float = 30.0  # off-nadir angle (sensor) or elevation mask (contact)
    daylight: bool = True
    sun_deg: float = 0.0
    days: float = 30.0
    uncertainty_ranges: bool = False  # also sample the elements' uncertainty (ranges of the statistics)

    # the ranges the Analysis panel offers; a restored value outside them is repaired
    RANGES = {"angle_deg": (0.0, 89.0), "sun_deg": (-18.0, 60.0), "days": (1.0, 366.0)}

    @property
    def criterion(self) -> Criterion:
        """The core's criterion (raises AccessError for an angle it does not accept)."""
        if self.kind == "sensor":
            return Criterion("sensor", off_nadir_deg=self.angle_deg)
        if self.kind == "contact":
            return Criterion("contact", elevation_deg=self.angle_deg)
        return Criterion(self.kind)

    @property
    def daylight_sun_deg(self) -> float | None:
        return self.sun_deg if self.daylight else None

    def repaired(self) -> "AnalysisSettings":
        """Every value usable: an unknown kind or a non-finite number back to its default, the rest into range."""
        given, default = asdict(self), asdict(AnalysisSettings())
        values = {"kind": given["kind"] if given["kind"] in ("sensor", "nadir", "contact") else default["kind"],
                  "daylight": bool(given["daylight"]), "uncertainty_ranges": bool(given["uncertainty_ranges"])}
        for name, (lo, hi) in self.RANGES.items():
            try:
                value = float(given[name])
            except (TypeError, ValueError):
                value = math.nan
            values[name] = min(max(value, lo), hi) if math.isfinite(value) else default[name]
        return AnalysisSettings(**values)

    @classmethod
    def from_criterion(cls, criterion: Criterion, daylight_sun_deg: float | None, days: float,
                       keep: "AnalysisSettings | None" = None) -> "AnalysisSettings":
        keep = keep or cls()
        angle = {"sensor": criterion.off_nadir_deg, "contact": criterion.elevation_deg}.get(criterion.kind)
        return replace(keep, kind=criterion.kind, angle_deg=keep.angle_deg if angle is None else float(angle),
                       daylight=daylight_sun_deg is not None,
                       sun_deg=keep.sun_deg if daylight_sun_deg is None else float(daylight_sun_deg), days=float(days))


@dataclass
class MapCamera:
    """Where the flat map looks: its centre and zoom (1 = the whole world across)."""

    lon: float = 0.0
    lat: float = 0.0
    zoom: float = 1.0

    def as_dict(self) -> dict:
        return {"lon": float(self.lon), "lat": float(self.lat), "zoom": float(self.zoom)}


def region_from_spec(spec: dict) -> Region:
    """The region a small description names (country, box, circle or GeoJSON file); raises RegionError."""
    kind = spec.get("kind") if isinstance(spec, dict) else None
    if kind == "country":
        return country_region(spec["name"])
    if kind == "box":
        return box_region(spec["south"], spec["west"], spec["north"], spec["east"])
    if kind == "circle":
        return CircleRegion(spec.get("name", "circle"), spec["lat"], spec["lon"], spec["km"])
    if kind == "geojson":  # a file named by the user or by a lesson: the core's reader refuses devices and folders
        return geojson_file_region(spec["path"])
    raise RegionError(f"unknown region kind {kind!r}")


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
    view_changed = Signal()
    article_changed = Signal()
    claims_changed = Signal()

    def __init__(self, catalog: Catalog, parent=None):
        super().__init__(parent)
        self.catalog = catalog
        self.selected: list[int] = []
        self.time_s = timebase.now_s()
        self.span_start_s = self.time_s - 3600.0
        self.span_s = 6 * 3600.0
        self.region: Region | None = None
        self.region_spec: dict | None = None  # the description the region was built from (saved in lessons)
        self.settings = AnalysisSettings()
        self.sensors: dict[int, float] = {}  # satnum -> its own sensor's full swath width (km), with the sensor criterion
        self.analysis = None  # desktop.core.revisit.Analysis
        self.lab_design = None  # desktop.core.design.OrbitDesign shown in the Orbit lab, if any
        self.marked_place = None
        self.camera = MapCamera()
        self.globe = False  # the orthographic globe is shown instead of the flat map
        self.article: Article | None = None  # the article the user brought (not Overflight's context note)
        self.article_date: date | None = None
        self.claims: list = []  # desktop.core.claims.Claim, as checked for that article

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

    # region --------------------------------------------------------------------
    def set_region(self, region: Region | None, spec: dict | None = None) -> None:
        self.region, self.region_spec = region, (spec if region is not None else None)
        self.region_changed.emit()

    def set_region_spec(self, spec: dict | None) -> Region | None:
        """Set the region from its description; raises RegionError (KeyError, TypeError, ValueError for a bad one)."""
        region = None if spec is None else region_from_spec(spec)
        self.set_region(region, spec)
        return region

    # analysis settings -------------------------------------------------------------
    @property
    def criterion(self) -> Criterion:
        return self.settings.criterion

    @property
    def daylight_sun_deg(self) -> float | None:
        return self.settings.daylight_sun_deg

    @property
    def days(self) -> float:
        return self.settings.days

    def set_settings(self, settings: AnalysisSettings | None = None, **changes) -> None:
        """Replace the analysis settings (or some fields); raises AccessError for a criterion the core refuses."""
        new = replace(settings or self.settings, **changes)
        new.criterion  # noqa: B018 -- validated before it is kept
        if new != self.settings:
            self.settings = new
            self.settings_changed.emit()

    def criteria(self, sets=None) -> list[Criterion]:
        """Each satellite's criterion (the selection's by default): its own sensor, or the settings' criterion."""
        sets = self.selected_sets() if sets is None else list(sets)
        if self.settings.kind != "sensor":
            return [self.criterion] * len(sets)
        return criteria_for(sets, self.sensors, self.criterion)

    def set_sensor(self, satnum: int, swath_km: float | None) -> None:
        """Give one satellite its own sensor (full swath width, km) or take it away (None); raises AccessError
        (naming the satellite) for a width the core refuses."""
        es = self.catalog.get(satnum)
        if swath_km is not None and es is not None:
            sensor_criterion(es, float(swath_km), _ANY_SENSOR)
        changed = dict(self.sensors)
        if swath_km is None:
            changed.pop(satnum, None)
        else:
            changed[satnum] = float(swath_km)
        if changed != self.sensors:
            self.sensors = changed
            self.settings_changed.emit()

    def set_sensors(self, sensors: dict) -> list[str]:
        """Replace every satellite's own sensor; returns one line per width refused (the rest are kept)."""
        kept, problems = {}, []
        for satnum, swath_km in sensors.items():
            es = self.catalog.get(satnum)
            try:
                if es is not None:
                    sensor_criterion(es, float(swath_km), _ANY_SENSOR)
                kept[int(satnum)] = float(swath_km)
            except AccessError as exc:
                problems.append(str(exc))
        if kept != self.sensors:
            self.sensors = kept
            self.settings_changed.emit()
        return problems

    def set_analysis_settings(self, criterion: Criterion, daylight_sun_deg, days: float) -> None:
        self.set_settings(AnalysisSettings.from_criterion(criterion, daylight_sun_deg, days, keep=self.settings))

    def set_analysis(self, analysis) -> None:
        self.analysis = analysis
        self.analysis_changed.emit()

    # view ------------------------------------------------------------------------
    def set_view(self, lon: float, lat: float, zoom: float) -> None:
        self.camera.lon, self.camera.lat, self.camera.zoom = float(lon), float(lat), float(zoom)
        self.view_changed.emit()

    def set_globe(self, shown: bool) -> None:
        if bool(shown) != self.globe:
            self.globe = bool(shown)
            self.view_changed.emit()

    # article -----------------------------------------------------------------------
    def set_article(self, article: Article | None, published: date | None = None) -> None:
        """The article read beside the map (None: only the context note); its claims are checked afresh.

        Without a date given, the article's own (or one found in its text) is taken.
        """
        if article is not None and published is None:
            published = article.published or article_date_from_text(article.text)
        self.article, self.article_date, self.claims = article, (published if article is not None else None), []
        self.article_changed.emit()

    def set_article_date(self, published: date | None) -> None:
        if self.article is not None and published != self.article_date:
            self.article_date = published
            self.article_changed.emit()

    def set_claims(self, claims) -> None:
        self.claims = list(claims) if self.article is not None else []
        self.claims_changed.emit()

    def mark_place(self, place) -> None:
        self.marked_place = place
        self.place_marked.emit(place)
