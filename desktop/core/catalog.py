"""The bundled catalogue: real reference sets from tle/ plus the approximate ones."""

from __future__ import annotations

import json
from pathlib import Path

from . import timebase
from .elements import Catalog, ElementError, ElementSet, read_element_file
from .orbit import OrbitParameters, elements_from_orbit_parameters
from .paths import tle_dir


def approximate_parameters() -> list[dict]:
    """The published-parameter records of tle/approximate.json."""
    with open(tle_dir() / "approximate.json", encoding="utf-8") as handle:
        return json.load(handle)["satellites"]


def approximate_sets() -> list[ElementSet]:
    sets = []
    for record in approximate_parameters():
        params = OrbitParameters(
            name=record["name"], satnum=int(record["satnum"]),
            epoch_s=timebase.to_posix(record["epoch"]),
            perigee_km=float(record["perigee_km"]), apogee_km=float(record["apogee_km"]),
            inclination_deg=record.get("inclination_deg"), raan_deg=record.get("raan_deg"),
            ltan_hours=record.get("ltan_hours"), mean_anomaly_deg=float(record.get("mean_anomaly_deg", 0.0)),
            intldesg=record.get("intldesg", ""), note=record.get("note", ""),
        )
        sets.append(elements_from_orbit_parameters(params))
    return sets


def bundled_catalog() -> Catalog:
    """Every bundled set: the reference TLE files and the approximate sets."""
    catalog = Catalog()
    for path in sorted(tle_dir().glob("*.tle")):
        sets, _issues = read_element_file(path)
        catalog.add(s.with_source(source=f"bundled {path.name}") for s in sets)
    catalog.add(approximate_sets())
    return catalog


def load_catalog(extra_files=(), use_cache: bool = True) -> Catalog:
    """The bundled catalogue, the user's refreshed sets and kept designs (if any), then ``extra_files``.

    Raises ElementError for an extra file that cannot be read; bad records in
    it are kept in ``catalog.issues``.
    """
    catalog = bundled_catalog()
    if use_cache:
        from .celestrak import cached_sets
        from .design import designed_sets

        catalog.add(cached_sets(problems=catalog.cache_problems))
        catalog.add(designed_sets(problems=catalog.cache_problems))
    for path in extra_files:
        sets, issues = read_element_file(path)
        catalog.issues.extend(issues)
        held = {es.satnum: catalog.get(es.satnum) for es in sets}
        for es in catalog.add(sets):
            before = held[es.satnum]
            if before is not None and before.name != es.name:
                catalog.cache_problems.append(f"{Path(path).name}: catalogue number {es.satnum} is named "
                                              f"'{es.name}' there (was '{before.name}'); the file's set is used")
    catalog.drop_superseded_placeholders()
    return catalog


__all__ = ["approximate_parameters", "approximate_sets", "bundled_catalog", "load_catalog", "ElementError"]
