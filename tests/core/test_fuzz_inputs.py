"""Property-based tests of every input path: it returns valid objects plus issues, or raises its own error.

Valid means: element sets propagate to finite numbers for a day; regions have
a finite signed distance everywhere. The error is the module's own type with a
one-line message. Never another exception. Each test is derandomised (a fixed
seed) with a bounded number of examples so the suite stays within CI's time.
"""

from __future__ import annotations

import csv
import io
import json
import math
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sgp4 import exporter

from desktop.core import celestrak
from desktop.core.articles import ArticleError, article_from_text, decode_bytes
from desktop.core.catalog import bundled_catalog
from desktop.core.elements import ElementError, parse_omm_csv_text, parse_omm_json_text, parse_text, read_element_file, tle_checksum
from desktop.core.entities import link_entities
from desktop.core.groundtrack import ground_track, times_grid
from desktop.core.paths import tle_dir
from desktop.core.regions import RegionError, geojson_region, polygon_region

FUZZ = settings(derandomize=True, deadline=None, max_examples=150,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
TLE_TEXT = (tle_dir() / "reference-2026-03-11.tle").read_text()
CATALOG = bundled_catalog()
OMM_RECORDS = [exporter.export_omm(es.satrec, es.name) for es in list(CATALOG)[:6]]
FIELDS = sorted({k for r in OMM_RECORDS for k in r})


def assert_valid_sets(sets, issues):
    """Every set propagates to finite numbers for a day; every issue is one line."""
    for es in sets:
        track = ground_track(es, times_grid(es.epoch_s, 86400.0, 600.0))
        for values in (track.lat_deg, track.lon_deg, track.height_km):
            assert np.all(np.isfinite(values)), es
        # SGP4 may stop a decaying orbit with its own error code; a NaN position is never accepted
        assert track.error is None or "not a finite number" not in track.error, track.error
        assert len(track) > 0 or track.error
    for issue in issues:
        assert "\n" not in str(issue)


def assert_one_line(exc: Exception):
    assert str(exc) and "\n" not in str(exc), repr(exc)


# ----------------------------------------------------------------------------- element sets

EDIT_CHARS = st.sampled_from(list("0123456789 -+.eE\tnaNifxAZ#\u00e9\u2212\x00"))


@st.composite
def mutated_tle(draw):
    """The bundled TLE file with random character edits, checksums sometimes mended."""
    text = list(TLE_TEXT)
    for _ in range(draw(st.integers(1, 12))):
        pos = draw(st.integers(0, len(text) - 1))
        op = draw(st.sampled_from(["replace", "insert", "delete"]))
        if op == "replace":
            text[pos] = draw(EDIT_CHARS)
        elif op == "insert":
            text.insert(pos, draw(EDIT_CHARS))
        else:
            del text[pos]
    lines = "".join(text).split("\n")
    if draw(st.booleans()):  # mend checksums, so the edits reach the fields behind them
        lines = [ln[:68] + str(tle_checksum(ln)) if ln[:2] in ("1 ", "2 ") and len(ln) == 69 else ln for ln in lines]
    return "\n".join(lines)


@FUZZ
@given(mutated_tle())
def test_mutated_tle_files_give_sets_that_propagate_or_issues(text):
    sets, issues = parse_text(text, "fuzz.tle")
    assert_valid_sets(sets, issues)
    assert len(sets) + len(issues) >= 1


ODD_VALUES = st.one_of(
    st.none(), st.booleans(), st.just(float("nan")), st.just(float("inf")), st.just(-float("inf")),
    st.just(1e308), st.just(-1e308), st.integers(-10**30, 10**30), st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12), st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.just("2026-02-30T00:00:00"), st.just("99999-01-01T00:00:00"),
)


@st.composite
def mutated_omm(draw):
    records = [dict(r) for r in draw(st.lists(st.sampled_from(OMM_RECORDS), min_size=1, max_size=3))]
    for record in records:
        for _ in range(draw(st.integers(1, 3))):
            key = draw(st.sampled_from(FIELDS + ["EXTRA"]))
            if draw(st.integers(0, 9)) == 0:
                record.pop(key, None)
            else:
                record[key] = draw(ODD_VALUES)
    return records


@FUZZ
@given(mutated_omm())
def test_mutated_omm_json_gives_sets_that_propagate_or_issues(records):
    sets, issues = parse_omm_json_text(json.dumps(records), "fuzz.json")
    assert_valid_sets(sets, issues)
    assert len(sets) + len(issues) == len(records)


@FUZZ
@given(mutated_omm())
def test_mutated_omm_csv_gives_sets_that_propagate_or_issues(records):
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=FIELDS + ["EXTRA"], extrasaction="ignore")
    writer.writeheader()
    for record in records:
        writer.writerow({k: ("" if v is None else v) for k, v in record.items()})
    sets, issues = parse_omm_csv_text(out.getvalue(), "fuzz.csv")
    assert_valid_sets(sets, issues)


@FUZZ
@given(st.text(max_size=400))
def test_any_text_is_read_as_elements_or_issues(text):
    assert_valid_sets(*parse_text(text, "fuzz"))


@settings(derandomize=True, deadline=None, max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=300))
def test_any_file_is_read_or_refused_with_one_line(tmp_path, data):
    path = tmp_path / "elements.tle"
    path.write_bytes(data)
    try:
        sets, issues = read_element_file(path)
    except ElementError as exc:
        assert_one_line(exc)
        return
    assert_valid_sets(sets, issues)


def test_the_two_reported_defects_give_one_line_issues():
    record = dict(OMM_RECORDS[0])
    sets, issues = parse_omm_json_text(json.dumps([dict(record, BSTAR=float("nan"))]), "a.json")
    assert not sets and "BSTAR" in str(issues[0]) and "finite" in str(issues[0])
    for key in ("ELEMENT_SET_NO", "REV_AT_EPOCH"):
        for value in (1e308, 10**40):
            sets, issues = parse_omm_json_text(json.dumps([dict(record, **{key: value})]), "a.json")
            assert not sets and key in str(issues[0]) and "whole number" in str(issues[0])


# ----------------------------------------------------------------------------- regions

COORD = st.one_of(st.floats(-400, 400), st.sampled_from([float("nan"), float("inf"), 1e308, 0.0, 90.0, -180.0, 180.0]))


def assert_valid_region(region):
    lat = np.array([-90.0, -30.0, 0.0, 45.0, 89.0])
    lon = np.array([0.0, 100.0, -179.0, 179.9, 30.0])
    assert np.all(np.isfinite(region.signed_distance_km(lat, lon)))
    assert region.outline() and all(np.all(np.isfinite(r)) for r in region.outline())


@FUZZ
@given(st.lists(st.tuples(COORD, COORD), max_size=12))
def test_polygon_points_give_a_region_or_a_region_error(points):
    try:
        region = polygon_region(points, name="fuzz")
    except RegionError as exc:
        assert_one_line(exc)
        return
    assert_valid_region(region)


JSON_LEAF = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=True), st.text(max_size=8))
JSON_TREE = st.recursive(JSON_LEAF, lambda kids: st.one_of(st.lists(kids, max_size=4), st.dictionaries(st.text(max_size=6), kids, max_size=4)), max_leaves=20)


@st.composite
def geojson_like(draw):
    """Mostly well-formed Polygon/MultiPolygon/Feature objects with odd parts, sometimes any JSON."""
    if draw(st.integers(0, 4)) == 0:
        return draw(JSON_TREE)
    ring = draw(st.lists(st.lists(COORD, min_size=draw(st.integers(0, 3)), max_size=3), max_size=8))
    geometry = draw(st.sampled_from([
        {"type": "Polygon", "coordinates": [ring]},
        {"type": "MultiPolygon", "coordinates": [[ring], [ring[::-1]]]},
        {"type": "LineString", "coordinates": ring},
        {"type": "Polygon", "coordinates": ring},
        {"type": "Polygon"},
    ]))
    return draw(st.sampled_from([geometry, {"type": "Feature", "geometry": geometry},
                                 {"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": geometry}]}]))


@FUZZ
@given(geojson_like())
def test_geojson_gives_a_region_or_a_region_error(data):
    text = json.dumps(data)
    try:
        region = geojson_region(text, name="fuzz")
    except RegionError as exc:
        assert_one_line(exc)
        return
    assert_valid_region(region)


def test_deeply_nested_or_huge_number_geojson_is_refused_in_one_line():
    for text in ("[" * 100_000 + "]" * 100_000, "[" + "9" * 10_000 + "]"):
        with pytest.raises(RegionError) as info:
            geojson_region(text, name="odd")
        assert_one_line(info.value)
    sets, issues = parse_omm_json_text("[" * 100_000 + "]" * 100_000, "deep.json")
    assert not sets and len(issues) == 1


# ----------------------------------------------------------------------------- articles

ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1", "koi8-r", "shift_jis", "iso-8859-8"])
ARTICLE_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300).map(
    lambda t: t + " Khayyam was launched from Baikonur on 9 August 2022 at 05:52 UTC over Iran.")


@FUZZ
@given(ARTICLE_TEXT, ENCODINGS, st.sampled_from([None, "html", "markdown", "text"]), st.booleans())
def test_articles_in_any_encoding_are_read_or_refused(text, encoding, kind, as_html):
    if as_html:
        text = f"<html><head><meta charset='{encoding}'><title>t</title></head><body><p>{text}</p><script>x()</script></body></html>"
    data = text.encode(encoding, errors="replace")
    try:
        article = article_from_text(decode_bytes(data, "fuzz"), "fuzz", kind)
    except ArticleError as exc:
        assert_one_line(exc)
        return
    entities = link_entities(article.text, CATALOG)
    for e in entities:
        assert 0 <= e.start < e.end <= len(article.text)


@settings(derandomize=True, deadline=None, max_examples=60)
@given(st.binary(max_size=400))
def test_any_bytes_are_an_article_or_an_article_error(data):
    try:
        article = article_from_text(decode_bytes(data, "fuzz"), "fuzz")
    except ArticleError as exc:
        assert_one_line(exc)
        return
    link_entities(article.text, CATALOG)


# ----------------------------------------------------------------------------- CelesTrak answers


class _Answer(BaseHTTPRequestHandler):
    body = b""
    content_type = "text/plain"

    def log_message(self, *args):
        pass

    def do_GET(self):
        cls = type(self)
        self.send_response(200)
        self.send_header("Content-Type", cls.content_type)
        self.send_header("Content-Length", str(len(cls.body)))
        self.end_headers()
        self.wfile.write(cls.body)


@pytest.fixture(scope="module")
def answer_server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Answer)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@st.composite
def celestrak_bodies(draw):
    kind = draw(st.integers(0, 3))
    if kind == 0:
        return draw(st.binary(max_size=200))
    if kind == 1:
        return json.dumps(draw(mutated_omm()), allow_nan=True).encode()
    if kind == 2:
        return draw(mutated_tle()).encode("utf-8", errors="replace")
    return draw(st.sampled_from([b"No GP data found", b"<!DOCTYPE html><p>down</p>", b"[]", b"{}", b"null",
                                 b"GP data has not updated since your last successful download"]))


@settings(derandomize=True, deadline=None, max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(celestrak_bodies(), st.sampled_from(["JSON", "TLE"]))
def test_any_celestrak_answer_is_taken_whole_or_refused_without_touching_the_cache(answer_server, body, fmt):
    _Answer.body = body
    before = {p.name: p.read_bytes() for p in celestrak.cache_dir().glob("*.json")} if celestrak.cache_dir().exists() else {}
    try:
        result = celestrak.fetch("GROUP", "fuzz", fmt, base=answer_server, timeout_s=5, force=True)
    except celestrak.CelestrakError as exc:
        assert_one_line(exc)
        after = {p.name: p.read_bytes() for p in celestrak.cache_dir().glob("*.json")} if celestrak.cache_dir().exists() else {}
        assert after == before
        return
    assert result.sets
    assert_valid_sets(result.sets, [])
    assert all(math.isfinite(es.epoch_s) for es in result.sets)


# ----------------------------------------------------------------------------- lesson files

from desktop.core.lessons import Lesson, LessonError, lesson_from_text, lesson_record  # noqa: E402

LESSON = lesson_record(Lesson(satellites=list(CATALOG)[:2], region={"kind": "country", "name": "Iran"},
                              view={"lon": 10.0, "lat": 20.0, "zoom": 2.0},
                              article={"text": "Our own short text about a satellite.", "title": "t", "date": "2022-08-09",
                                       "source": "test"}))
LESSON_KEYS = sorted(LESSON)


@st.composite
def mutated_lessons(draw):
    data = json.loads(json.dumps(LESSON))
    for _ in range(draw(st.integers(1, 4))):
        key = draw(st.sampled_from(LESSON_KEYS + ["satellites.0", "region.kind", "view.zoom"]))
        value = draw(ODD_VALUES)
        if "." in key:
            outer, inner = key.split(".")
            target = data.get(outer)
            if isinstance(target, list) and target:
                target[0] = value
            elif isinstance(target, dict):
                target[inner] = value
        elif draw(st.integers(0, 5)) == 0:
            data.pop(key, None)
        else:
            data[key] = value
    text = json.dumps(data, allow_nan=True)
    if draw(st.integers(0, 6)) == 0:
        text = text[: draw(st.integers(0, len(text)))]
    return text


@FUZZ
@given(mutated_lessons())
def test_any_lesson_file_loads_what_is_valid_or_says_why(text):
    try:
        lesson = lesson_from_text(text, "fuzz.overflight")
    except LessonError as exc:
        assert_one_line(exc)
        return
    assert "\n" not in lesson.problem_line()
    assert_valid_sets(lesson.satellites, [])
    assert lesson.criterion in ("sensor", "nadir", "contact") and 0 < lesson.days <= 366


# ----------------------------------------------------------------------------- SATCAT, space weather, NAME=KM

SATCAT_HEADER = ("OBJECT_NAME,OBJECT_ID,NORAD_CAT_ID,OBJECT_TYPE,OPS_STATUS_CODE,OWNER,LAUNCH_DATE,LAUNCH_SITE,"
                 "DECAY_DATE,PERIOD,INCLINATION,APOGEE,PERIGEE,RCS,DATA_STATUS_CODE,ORBIT_CENTER,ORBIT_TYPE")


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.text(max_size=12), max_size=19), max_size=12), st.booleans())
def test_any_satcat_table_is_read_row_by_row_or_refused_in_one_line(rows, with_header):
    """A SATCAT body (from the network or the cache) gives records plus a count of skipped rows, or SatcatError."""
    from desktop.core.satcat import SatcatError, parse_satcat_csv

    out = io.StringIO()
    writer = csv.writer(out)
    if with_header:
        out.write(SATCAT_HEADER + "\n")
    writer.writerows(rows)
    try:
        parsed = parse_satcat_csv(out.getvalue(), source="fuzz")
    except SatcatError as exc:
        assert "\n" not in str(exc) and not with_header
        return
    assert with_header
    assert parsed.skipped + parsed.good <= len(rows)
    for number, record in parsed.records.items():
        assert isinstance(number, int) and number > 0 and record.satnum == number


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.one_of(st.text(max_size=10), st.floats(allow_nan=True).map(str)), min_size=4, max_size=6),
                max_size=10), st.booleans())
def test_any_space_weather_file_gives_a_series_or_one_line(rows, with_header):
    """SW-All.csv from the cache or a user's file: a daily series of finite values, or SpaceWeatherError."""
    from desktop.core.spaceweather import SpaceWeatherError, parse_sw_csv

    out = io.StringIO()
    writer = csv.writer(out)
    if with_header:
        writer.writerow(["DATE", "AP_AVG", "F10.7_OBS", "F10.7_OBS_CENTER81", "X", "Y"][:len(rows[0]) if rows else 4])
    writer.writerows(rows)
    try:
        series = parse_sw_csv(out.getvalue(), source="fuzz")
    except SpaceWeatherError as exc:
        assert "\n" not in str(exc)
        return
    assert len(series.times_s) > 0
    assert np.isfinite(series.f107).all() and np.isfinite(series.ap).all()


@given(st.text(max_size=40))
def test_a_satellite_with_its_own_swath_splits_only_at_a_final_number(text):
    """NAME=KM: the name and a width, or the whole text as a name; the name part is never empty."""
    from desktop.core.access import split_sensor

    name, width = split_sensor(text)
    if width is None:
        assert name == text
    else:
        assert name.strip() and math.isfinite(width) and text.startswith(name)
