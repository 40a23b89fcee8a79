"""Lesson files (``.overflight``): a prepared view to open again and share.

JSON with a schema version. A lesson holds the satellites (catalogue numbers
plus their element sets embedded as OMM records, with APPROXIMATE or DESIGNED
flags and sources, so it opens the same on another machine) and each one's
own sensor (a swath width; absent from older lessons), the catalogue filter
(owner, orbit class, object type, group, name: what the satellite list and
the all-satellites layer show; absent from older lessons: no filter), the region (as
the small description the window restores from), the criterion and its angle,
daylight, the window, the clock and span, the map view, the article (its text,
title and date) and which claims were shown.

Reading is forgiving: each part is checked on its own, what is valid is kept,
and what is not is named in one line (``Lesson.problems``). A file from a newer
version loads what this version understands and says so. A file that is not
JSON at all raises LessonError.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field, fields
from pathlib import Path

from . import timebase
from .catalogfilter import CatalogFilter, filter_from_record
from .elements import ElementSet, omm_record, parse_omm_record
from .files import FileReadError, move_aside, read_text_limited
from .paths import write_atomic

SCHEMA_VERSION = 1
SUFFIX = ".overflight"
MAX_LESSON_BYTES = 32 * 1024 * 1024
CRITERIA = ("sensor", "nadir", "contact")
REGION_KINDS = ("country", "box", "circle", "geojson")


class LessonError(ValueError):
    """A lesson file that cannot be read at all; one line says why."""


@dataclass
class Lesson:
    satellites: list[ElementSet] = field(default_factory=list)  # in the order selected
    region: dict | None = None
    criterion: str = "sensor"
    angle_deg: float = 30.0
    daylight: bool = True
    sun_deg: float = 0.0
    days: float = 30.0
    time_s: float | None = None
    span_start_s: float | None = None
    span_s: float | None = None
    view: dict | None = None  # {"lon": , "lat": , "zoom": }
    article: dict | None = None  # {"text": , "title": , "date": "YYYY-MM-DD" | None, "source": }
    claims_shown: list[str] = field(default_factory=list)
    title: str = ""
    burn: dict | None = None  # the Orbit lab's burns: {"source": satnum, "burns": [maneuver.Burn.to_dict()]}
    lifetime: dict | None = None  # the lab's lifetime settings: {"mass_kg", "area_m2", "cd"} (None: from B*/published)
    sensors: dict = field(default_factory=dict)  # satnum -> that satellite's own full swath width (km); older lessons: none
    catalog_filter: CatalogFilter = field(default_factory=CatalogFilter)  # the satellite list's; older lessons: none
    problems: list[str] = field(default_factory=list)  # what could not be read, one line each

    def problem_line(self) -> str:
        """What was not loaded, in one line ('' when everything was)."""
        if not self.problems:
            return ""
        more = f" (and {len(self.problems) - 1} more)" if len(self.problems) > 1 else ""
        return f"not loaded: {self.problems[0]}{more}"


def lesson_record(lesson: Lesson) -> dict:
    satellites = []
    for es in lesson.satellites:
        satellites.append({"satnum": es.satnum, "name": es.name, "flag": es.flag, "source": es.source,
                           "derivation": es.derivation, "elements": omm_record(es)})
    record = {f.name: getattr(lesson, f.name) for f in fields(lesson) if f.name not in ("problems", "satellites")}
    record["satellites"] = satellites
    record["sensors"] = {str(n): float(w) for n, w in lesson.sensors.items()}
    record["catalog_filter"] = lesson.catalog_filter.as_dict()
    record = {"format": "overflight-lesson", "version": SCHEMA_VERSION, "saved_utc": timebase.iso_utc(timebase.now_s()),
              **record}
    return record


def write_lesson(path, lesson: Lesson) -> list[str]:
    """Write atomically (a crash never leaves half a lesson); one line per damaged file moved aside.

    A file already at ``path`` that is not a readable lesson (damaged, cut
    short, not a lesson at all) is never overwritten: it is moved aside first.
    """
    path = Path(path)
    warnings = []
    if path.exists():
        try:
            read_lesson(path)
        except LessonError as exc:
            try:
                warnings.append(move_aside(path, str(exc).removeprefix(f"{path}: ").removeprefix(f"{path.name}: ")))
            except FileReadError as move_failed:
                raise LessonError(str(move_failed)) from None
    write_atomic(path, json.dumps(lesson_record(lesson), indent=1, allow_nan=False) + "\n")
    return warnings


def _number(value, lo, hi):
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or not lo <= value <= hi:
        raise ValueError(value)
    return float(value)


def read_lesson(path) -> Lesson:
    """A lesson from a file: every valid part, and one line per part that was not (Lesson.problems)."""
    path = Path(path)
    try:
        text = read_text_limited(path, MAX_LESSON_BYTES, "a lesson")
    except FileReadError as exc:
        raise LessonError(str(exc)) from None
    return lesson_from_text(text, path.name)


def lesson_from_text(text: str, source: str = "lesson") -> Lesson:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise LessonError(f"{source}: damaged or incomplete (JSON error at line {exc.lineno}: {exc.msg}); "
                          "nothing could be loaded") from None
    except (ValueError, RecursionError):
        raise LessonError(f"{source}: not a lesson (unusable JSON)") from None
    if not isinstance(data, dict) or data.get("format") != "overflight-lesson":
        raise LessonError(f"{source}: not an Overflight lesson (no 'format: overflight-lesson')")
    lesson = Lesson()
    problems = lesson.problems
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        problems.append("the schema version (missing); read as version 1")
    elif version > SCHEMA_VERSION:
        problems.append(f"parts this version does not know: the lesson was saved by a newer Overflight "
                        f"(schema {version}, this one reads {SCHEMA_VERSION})")

    def take(key, convert, what):
        if key not in data:
            return
        try:
            setattr(lesson, key, convert(data[key]))
        except (ValueError, TypeError, KeyError):
            problems.append(f"{what} ({str(data[key])[:40]!r})")

    sats = data.get("satellites", [])
    if not isinstance(sats, list):
        problems.append("the satellites (not a list)")
        sats = []
    for k, entry in enumerate(sats):
        es, why = _satellite(entry)
        if es is None:
            problems.append(f"satellite {k + 1} ({why})")
        else:
            lesson.satellites.append(es)
    take("region", _region, "the region")
    take("criterion", lambda v: v if v in CRITERIA else _fail(v), "the criterion")
    take("angle_deg", lambda v: _number(v, 0, 89.9), "the angle")
    take("daylight", lambda v: v if isinstance(v, bool) else _fail(v), "the daylight setting")
    take("sun_deg", lambda v: _number(v, -18, 90), "the Sun elevation")
    take("days", lambda v: _number(v, 0.01, 366), "the window")
    for key in ("time_s", "span_start_s"):
        take(key, lambda v: None if v is None else _number(v, -2e9, 5e9), f"the clock ({key})")
    take("span_s", lambda v: None if v is None else _number(v, 60, 30 * 86400), "the span")
    take("view", _view, "the map view")
    take("article", _article, "the article")
    take("claims_shown", lambda v: [str(x)[:500] for x in v] if isinstance(v, list) else _fail(v), "the claims")
    take("title", lambda v: str(v)[:200], "the title")
    take("burn", _burn, "the burns")
    take("lifetime", _lifetime_settings, "the lifetime settings")
    take("sensors", _sensors, "the satellites' own sensors")
    if "catalog_filter" in data:  # a field that names nothing known is left out; the rest of the filter is kept
        try:
            lesson.catalog_filter, bad = filter_from_record(data["catalog_filter"])
            problems.extend(bad)
        except ValueError:
            problems.append(f"the catalogue filter ({str(data['catalog_filter'])[:40]!r})")
    return lesson


def _burn(value):
    """The lab's burns, each checked as the core reads it (a lesson without them is still version 1)."""
    from .maneuver import Burn, BurnError

    if value is None:
        return None
    if not isinstance(value, dict) or not isinstance(value.get("burns"), list) or len(value["burns"]) > 10:
        raise ValueError(value)
    source = value.get("source")
    if isinstance(source, bool) or not isinstance(source, int) or source <= 0:
        raise ValueError(source)
    try:
        burns = [Burn.from_dict(b).to_dict() for b in value["burns"]]
    except BurnError as exc:
        raise ValueError(str(exc)) from None
    numbers = value.get("satnums")
    if numbers is not None and not (isinstance(numbers, list) and len(numbers) == 2 and all(
            isinstance(n, int) and not isinstance(n, bool) and 0 < n for n in numbers)):
        raise ValueError(numbers)
    return {"source": source, "burns": burns, "satnums": numbers}


def _lifetime_settings(value):
    if value is None:
        return None
    if not isinstance(value, dict):
        raise ValueError(value)
    out = {}
    for key, lo, hi in (("mass_kg", 1e-3, 1e7), ("area_m2", 1e-4, 1e4)):
        out[key] = None if value.get(key) is None else _number(value[key], lo, hi)
    out["cd"] = 2.2 if value.get("cd") is None else _number(value["cd"], 0.5, 4.0)
    out["space_weather"] = value.get("space_weather") is True  # a curve under CelesTrak's space-weather file too
    return out


def _fail(value):
    raise ValueError(value)


def _satellite(entry):
    if not isinstance(entry, dict) or not isinstance(entry.get("elements"), dict):
        return None, "no element set"
    es, issue = parse_omm_record(entry["elements"], "lesson", 1)
    if es is None:
        return None, str(issue.field) + " " + issue.expected
    flag = entry.get("flag", "")
    source = str(entry.get("source") or "lesson file")[:200]
    derivation = str(entry.get("derivation") or es.derivation)[:500]
    return es.with_source(approximate=flag == "APPROXIMATE", designed=flag == "DESIGNED", source=source,
                          derivation=derivation), ""


def _region(value):
    if value is None:
        return None
    if not isinstance(value, dict) or value.get("kind") not in REGION_KINDS:
        raise ValueError(value)
    kind = value["kind"]
    if kind == "country" and not isinstance(value.get("name"), str):
        raise ValueError(value)
    if kind == "box":
        for key, lo, hi in (("south", -90, 90), ("north", -90, 90), ("west", -180, 360), ("east", -180, 360)):
            _number(value.get(key), lo, hi)
    if kind == "circle":
        _number(value.get("lat"), -90, 90)
        _number(value.get("lon"), -180, 360)
        _number(value.get("km"), 0, 20000)
    if kind == "geojson" and not isinstance(value.get("path"), str):
        raise ValueError(value)
    return dict(value)


def _sensors(value):
    """{satnum: full swath km}: keys are catalogue numbers (JSON keeps them as text), widths above 0 km."""
    if not isinstance(value, dict):
        raise ValueError(value)
    return {int(str(k)): _number(w, 1e-3, 40_000) for k, w in value.items()}


def _view(value):
    if value is None:  # a lesson saved without a map view (Lesson's default) keeps none
        return None
    if not isinstance(value, dict):
        raise ValueError(value)
    return {"lon": _number(value.get("lon"), -360, 360), "lat": _number(value.get("lat"), -90, 90),
            "zoom": _number(value.get("zoom"), 1, 64)}


def _article(value):
    if value is None:
        return None
    if not isinstance(value, dict) or not isinstance(value.get("text"), str) or not value["text"].strip():
        raise ValueError(value)
    date = value.get("date")
    if date is not None:
        from datetime import date as _date

        _date.fromisoformat(str(date))
    return {"text": value["text"][:2_000_000], "title": str(value.get("title") or "")[:300], "date": date,
            "source": str(value.get("source") or "lesson")[:300]}
