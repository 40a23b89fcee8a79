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
from desktop.core.catalogfilter import CatalogFilter, CatalogIndex, group_members
from desktop.core.articles import Article
from desktop.core.elements import Catalog, ElementSet
from desktop.core.entities import article_date_from_text
from desktop.core.atlas import country_region
from desktop.core.regions import CircleRegion, Region, RegionError, box_region, geojson_file_region
from desktop.core.satcat import load_metadata


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


@dataclass(frozen=True)
class SkySettings:
    """What counts as a visible pass at the observer: the elevation mask, the Sun's limit, how many nights."""

    mask_deg: float = 10.0
    sun_limit_deg: float = -6.0  # civil twilight
    nights: int = 3

    RANGES = {"mask_deg": (0.0, 90.0), "sun_limit_deg": (-18.0, 0.0), "nights": (1, 14)}

    def repaired(self) -> "SkySettings":
        """Every value a number inside its range (a damaged settings file falls back to the defaults)."""
        given, default, values = asdict(self), asdict(SkySettings()), {}
        for name, (lo, hi) in self.RANGES.items():
            try:
                value = float(given[name])
            except (TypeError, ValueError):
                value = math.nan
            value = min(max(value, lo), hi) if math.isfinite(value) else default[name]
            values[name] = int(round(value)) if name == "nights" else value
        return SkySettings(**values)


@dataclass(frozen=True)
class SkyPass:
    """A pass chosen for the sky plot: the satellite, the core's ObserverPass, and its visible part (or None)."""

    satnum: int
    observer_pass: object  # desktop.core.sky.ObserverPass
    visible: object = None  # desktop.core.sky.VisiblePass


def observer_spec(observer) -> dict | None:
    """The observer as a small dictionary (settings, lessons)."""
    if observer is None:
        return None
    return {"name": observer.name, "lat": float(observer.lat_deg), "lon": float(observer.lon_deg),
            "height_m": float(observer.height_m)}


def observer_from_spec(spec) -> object | None:
    """The observer a dictionary describes; raises ValueError (KeyError, TypeError) for a bad one."""
    from desktop.core.sky import Observer

    if spec is None:
        return None
    return Observer(float(spec["lat"]), float(spec["lon"]), float(spec.get("height_m", 0.0)), str(spec.get("name", "")))


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
    filter_changed = Signal()  # the catalogue filter or what it sees (metadata, the catalogue) changed
    layer_changed = Signal()  # the all-satellites layer was shown or hidden
    observer_changed = Signal()  # the observer on the ground or the sky settings (mask, twilight, nights)
    sky_pass_changed = Signal()  # the pass chosen for the sky plot (the Tonight list)
    live_changed = Signal(bool)  # the clock follows the wall clock, or no longer

    def __init__(self, catalog: Catalog, parent=None, metadata: dict | None = None):
        super().__init__(parent)
        self.catalog = catalog
        # SATCAT metadata by catalogue number (desktop.core.satcat); the bundled table unless the app gives more
        self.metadata: dict = metadata if metadata is not None else load_metadata(use_cache=False)
        self.catalog_filter = CatalogFilter()  # which satellites the list, the map layer and Overhead show
        self.filter_problem = ""  # why the filter's group is not applied ("" when it is)
        self._index: CatalogIndex | None = None  # built when first asked for after a change of catalogue
        self._group_satnums: list[int] | None = None
        # whoever changes the catalogue (the session itself, a lesson) says so with catalog_changed: the index follows
        self.catalog_changed.connect(self._forget_index)
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
        self.lab_burn: dict | None = None  # the lab's burns: {"source": satnum, "burns": [Burn.to_dict()]}
        self.lab_lifetime: dict | None = None  # the lab's lifetime settings: mass_kg, area_m2, cd
        self.lab_estimate = None  # desktop.core.lifetime.LifetimeEstimate last shown in the lab (for the handout)
        self.marked_place = None
        self.camera = MapCamera()
        self.globe = False  # the orthographic globe is shown instead of the flat map
        self.article: Article | None = None  # the article the user brought (not Overflight's context note)
        self.article_date: date | None = None
        self.claims: list = []  # desktop.core.claims.Claim, as checked for that article
        self.show_all_satellites = False  # the all-satellites layer (every set of filtered_sets()) on the map and globe
        self.observer = None  # desktop.core.sky.Observer: where the sky plot and the Tonight list look from
        self.sky_settings = SkySettings()
        self.sky_pass: SkyPass | None = None  # the pass the sky plot draws (chosen in the Tonight list)
        self.live = False  # the clock follows the wall clock (View > Live clock)

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
        keeps a moving slider cheap: the catalogue index is patched in place
        (the set and its orbit class), not built again for the whole catalogue.
        """
        held = self.catalog.get(es.satnum)
        self.catalog.add([es])
        if held is None or held.name != es.name:
            self.catalog_changed.emit()  # the index is built again (_forget_index)
        elif self._index is not None and not self._index.replace_set(self.catalog.get(es.satnum)):
            self._index = None
        self.elements_changed.emit(es.satnum)

    def remove_set(self, satnum: int) -> None:
        if self.catalog.remove(satnum) is not None:
            self.selected = [n for n in self.selected if n != satnum]
            self.catalog_changed.emit()
            self.selection_changed.emit()

    def replace_catalog(self, catalog: Catalog, metadata: dict | None = None) -> None:
        """A new catalogue (after a refresh), and new SATCAT metadata with it when given."""
        self.catalog = catalog
        if metadata is not None:
            self.metadata = dict(metadata)
        self.selected = [n for n in self.selected if catalog.get(n) is not None]
        self._refresh_group()
        self.catalog_changed.emit()
        self.selection_changed.emit()

    # which satellites: metadata and the catalogue filter ---------------------------------
    def _forget_index(self) -> None:
        self._index = None
        self.filter_changed.emit()

    def set_catalog_filter(self, spec: CatalogFilter) -> None:
        """Show only the satellites ``spec`` keeps; raises FilterError for an unknown class or type.

        A group that is not cached is not applied: ``filter_problem`` says so (the window shows it).
        """
        spec = spec.checked()
        if spec == self.catalog_filter:
            return
        group_changed = spec.group != self.catalog_filter.group
        self.catalog_filter = spec
        if group_changed:
            self._refresh_group()
        self.filter_changed.emit()

    def _refresh_group(self) -> None:
        group = self.catalog_filter.group.strip()
        self._group_satnums = group_members(group) if group else None
        self.filter_problem = (self.tr("no cached CelesTrak group '{0}'").format(group)
                               if group and self._group_satnums is None else "")

    def catalog_index(self) -> CatalogIndex:
        """The catalogue as numpy arrays (names, owners, types, orbit classes), rebuilt after a change."""
        if self._index is None:
            self._index = CatalogIndex(self.catalog, self.metadata)
        return self._index

    def filter_mask(self):
        """For each set of ``catalog_index().sets``, whether the filter keeps it (a boolean numpy array)."""
        spec = self.catalog_filter
        if spec.group and self._group_satnums is None:
            spec = replace(spec, group="")
        return self.catalog_index().mask(spec, self._group_satnums)

    def keeps(self, satnum: int) -> bool:
        """Whether the catalogue filter keeps the satellite ``satnum`` (False for one not in the catalogue)."""
        if satnum not in self.catalog:
            return False
        if self.catalog_filter.is_empty():
            return True
        at = (self.catalog_index().satnums == satnum).nonzero()[0]
        return bool(at.size) and bool(self.filter_mask()[at[0]])

    def filtered_sets(self) -> list[ElementSet]:
        """The sets the catalogue filter keeps, in the catalogue's order (all of them with no filter)."""
        index = self.catalog_index()
        if self.catalog_filter.is_empty():
            return list(index.sets)
        return [index.sets[i] for i in self.filter_mask().nonzero()[0]]

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

    def set_show_all_satellites(self, shown: bool) -> None:
        if bool(shown) != self.show_all_satellites:
            self.show_all_satellites = bool(shown)
            self.layer_changed.emit()

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

    # observer ------------------------------------------------------------------------
    def set_observer(self, observer) -> None:
        """The observer on the ground (desktop.core.sky.Observer, or None); a pass chosen for another place goes."""
        if observer != self.observer:
            self.observer = observer
            self.observer_changed.emit()
            self.set_sky_pass(None)

    def set_sky_settings(self, settings: "SkySettings") -> None:
        settings = settings.repaired()
        if settings != self.sky_settings:
            self.sky_settings = settings
            self.observer_changed.emit()

    def set_sky_pass(self, sky_pass: "SkyPass | None") -> None:
        if sky_pass != self.sky_pass:
            self.sky_pass = sky_pass
            self.sky_pass_changed.emit()

    def set_live(self, on: bool) -> None:
        if bool(on) != self.live:
            self.live = bool(on)
            self.live_changed.emit(self.live)

    def mark_place(self, place) -> None:
        self.marked_place = place
        self.place_marked.emit(place)
