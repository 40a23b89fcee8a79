"""Lessons: save, reopen in a new window and get the same analysis; damaged and newer files load what they can."""

import json

import pytest

from desktop.core.lessons import LessonError, read_lesson
from desktop.ui.app import build_window
from desktop.ui.lesson_io import apply_lesson, lesson_from_session
from desktop.ui.session import AnalysisSettings

ARTICLE = ("Our own test text. The satellite KHAYYAM passed over Iran four times a day, officials said on "
           "9 August 2022. It was launched from Baikonur.")


def run_and_wait(qtbot, window):
    window._auto_timer.stop()
    with qtbot.waitSignal(window.runner.finished, timeout=30000):
        window.run_analysis()
    return window.session.analysis


def test_save_then_open_gives_the_same_view_and_identical_passes(window, qtbot, tmp_path):
    s = window.session
    s.select([53370, s.catalog.find("ISS").satnum])
    s.set_settings(AnalysisSettings("contact", 12.5, True, -6.0, 9.0))
    window.session.set_region_spec({"kind": "country", "name": "Israel"})
    s.set_span(s.span_start_s - 7200, 3 * 3600.0)
    window.map.set_view(35.0, 31.0, 4.0)
    from desktop.core.articles import article_from_text

    window.article_panel.show_article(article_from_text(ARTICLE, "test"))
    before = run_and_wait(qtbot, window)
    path = tmp_path / "israel.overflight"
    assert window.save_lesson(str(path))

    other = build_window(restore=False)
    qtbot.addWidget(other)
    other.show()
    # the other machine has a different, newer set for the ISS: the lesson's own elements must win
    assert other.open_lesson(str(path))
    after = run_and_wait(qtbot, other)
    assert [p.start_s for p in after.all_passes()] == [p.start_s for p in before.all_passes()]
    assert [p.end_s for p in after.all_passes()] == [p.end_s for p in before.all_passes()]
    a, b = lesson_from_session(window.session), lesson_from_session(other.session)
    for field in ("region", "criterion", "angle_deg", "daylight", "sun_deg", "days", "time_s", "span_start_s", "span_s",
                  "view"):
        assert getattr(a, field) == getattr(b, field), field
    assert [es.satnum for es in b.satellites] == [53370, s.catalog.find("ISS").satnum]
    assert b.satellites[0].approximate and b.satellites[0].flag == "APPROXIMATE"
    assert b.article["text"] == a.article["text"] and b.article["title"] == a.article["title"]
    other.runner.cancel()
    other.runner.wait(10000)


def test_a_designed_satellite_keeps_its_flag_in_a_lesson(window, qtbot, tmp_path):
    lab = window.orbit_lab
    lab._preset_chosen(lab.preset.findData("Molniya (63.4 deg, 12 h)"))
    path = tmp_path / "m.overflight"
    window.save_lesson(str(path))
    lesson = read_lesson(path)
    assert lesson.satellites[0].designed and "Molniya" in lesson.satellites[0].derivation


def test_damaged_newer_and_truncated_files(window, qtbot, tmp_path):
    path = tmp_path / "a.overflight"
    window.session.set_region_spec({"kind": "country", "name": "Iran"})
    window.save_lesson(str(path))
    data = json.loads(path.read_text())
    # newer version, an unknown part, a bad criterion and a damaged satellite: the rest loads
    data.update(version=99, future_part={"x": 1}, criterion="telepathy")
    data["satellites"].append({"satnum": 1, "elements": {"NORAD_CAT_ID": 1, "MEAN_MOTION": "fast"}})
    newer = tmp_path / "newer.overflight"
    newer.write_text(json.dumps(data))
    lesson = read_lesson(newer)
    assert lesson.region == {"kind": "country", "name": "Iran"} and len(lesson.satellites) == 1
    line = lesson.problem_line()
    assert "\n" not in line and "newer Overflight" in line and "2 more" in line
    problems = apply_lesson(window.session, lesson)
    assert window.session.region.name == "Iran" and len(problems) == 3
    truncated = tmp_path / "cut.overflight"
    truncated.write_text(path.read_text()[: len(path.read_text()) // 2])
    with pytest.raises(LessonError) as info:
        read_lesson(truncated)
    assert "\n" not in str(info.value) and "damaged or incomplete" in str(info.value)
    assert not window.open_lesson(str(truncated))  # a message box, no crash; the view stays
    assert window.session.region.name == "Iran"


def test_a_freshly_written_lesson_reads_back_without_problems(tmp_path):
    """A lesson written from a session, or with no map view at all (the Lesson default), names no problem."""
    from desktop.core.catalog import load_catalog
    from desktop.core.lessons import Lesson, write_lesson
    from desktop.ui.session import Session

    session = Session(load_catalog())
    session.select([53370])
    written = lesson_from_session(session)
    assert written.view == {"lon": 0.0, "lat": 0.0, "zoom": 1.0}
    for k, lesson in enumerate((written, Lesson())):
        path = tmp_path / f"{k}.overflight"
        write_lesson(path, lesson)
        read = read_lesson(path)
        assert read.problems == [] and read.view == lesson.view


def test_each_satellite_s_own_sensor_travels_in_a_lesson_and_older_lessons_have_none(tmp_path):
    """Sensors are saved by catalogue number and restored; a lesson written before sensors existed opens with none,
    and a width the satellite's horizon cannot allow is named, not kept."""
    from desktop.core.catalog import load_catalog
    from desktop.core.lessons import write_lesson
    from desktop.ui.session import Session

    catalog = load_catalog()
    landsat, aqua = catalog.find("LANDSAT 9").satnum, catalog.find("AQUA").satnum
    session = Session(catalog)
    session.select([landsat, aqua])
    session.set_sensor(landsat, 185.0)
    path = tmp_path / "fleet.overflight"
    write_lesson(path, lesson_from_session(session))
    lesson = read_lesson(path)
    assert lesson.problems == [] and lesson.sensors == {landsat: 185.0}
    other = Session(load_catalog())
    assert apply_lesson(other, lesson) == []
    assert other.sensors == {landsat: 185.0}
    assert [c.describe() for c in other.criteria()] == ["sensor (185 km swath)", "sensor (30 deg off nadir)"]
    record = json.loads(path.read_text())
    del record["sensors"]
    record["sensors_missing"] = True
    old = tmp_path / "old.overflight"
    old.write_text(json.dumps(record))
    assert read_lesson(old).sensors == {} and read_lesson(old).problems == []
    record["sensors"] = {str(landsat): 90000.0}
    old.write_text(json.dumps(record))
    assert read_lesson(old).problems and read_lesson(old).sensors == {}
    record["sensors"] = {str(landsat): 9000.0}
    old.write_text(json.dumps(record))
    problems = apply_lesson(Session(load_catalog()), read_lesson(old))
    assert len(problems) == 1 and "LANDSAT 9=9000" in problems[0]


def test_the_satellite_list_s_filter_travels_in_a_lesson(window, qtbot, tmp_path):
    """Owner, orbit class and name chosen in the Satellites panel are saved; opening the lesson after the filter
    was cleared shows the same boxes and the rows a loop over tle/satcat-bundled.csv finds. An older lesson
    clears the filter; an owner unknown to the table is one line, and the rest of the lesson opens."""
    import csv

    from desktop.core.catalogfilter import CatalogFilter
    from desktop.core.paths import tle_dir

    text = (tle_dir() / "satcat-bundled.csv").read_text(encoding="utf-8")
    owners = {int(r["NORAD_CAT_ID"]): r["OWNER"] for r in csv.DictReader(l for l in text.splitlines() if l[:1] != "#")}
    panel, s = window.satellites, window.session
    model = panel.model

    def shown():
        return [model.data(model.index(r, 0), 0x0100) for r in range(model.rowCount())]  # Qt.UserRole: satnum

    panel.owner.setCurrentIndex(panel.owner.findData("US"))
    panel.orbit.setCurrentIndex(panel.orbit.findData("SSO"))
    panel.search.setText("sat")
    want = [es.satnum for es in s.catalog if owners.get(es.satnum) == "US" and "sat" in es.name.lower()
            and es.satnum in {e.satnum for e in s.filtered_sets()}]
    assert shown() == want and want
    s.set_region_spec({"kind": "country", "name": "Iran"})
    path = tmp_path / "us-sso.overflight"
    assert window.save_lesson(str(path))
    s.set_catalog_filter(CatalogFilter())
    assert panel.owner.currentData() == "" and panel.search.text() == "" and len(shown()) == len(s.catalog)
    assert window.open_lesson(str(path))
    assert s.catalog_filter == CatalogFilter(owner="US", orbit_class="SSO", text="sat")
    assert (panel.owner.currentData(), panel.orbit.currentData(), panel.search.text()) == ("US", "SSO", "sat")
    assert shown() == want
    record = json.loads(path.read_text())
    del record["catalog_filter"]
    old = tmp_path / "old.overflight"
    old.write_text(json.dumps(record))
    assert window.open_lesson(str(old))
    assert s.catalog_filter.is_empty() and panel.owner.currentData() == "" and len(shown()) == len(s.catalog)
    record["catalog_filter"] = {"owner": "ATLANTIS", "orbit_class": "GEO"}
    record["region"] = {"kind": "country", "name": "Israel"}
    bad = tmp_path / "bad.overflight"
    bad.write_text(json.dumps(record))
    assert window.open_lesson(str(bad))
    assert "ATLANTIS" in window.last_message and "\n" not in window.last_message and "more" not in window.last_message
    assert s.catalog_filter == CatalogFilter(orbit_class="GEO") and panel.orbit.currentData() == "GEO"
    assert s.region.name == "Israel" and [es.satnum for es in s.selected_sets()] == [e.satnum for e in
                                                                                   read_lesson(bad).satellites]
    window.runner.cancel()
    window.runner.wait(10000)
