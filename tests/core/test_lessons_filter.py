"""The catalogue filter in lesson files: saved and read back, absent from older files, bad values named."""

import json

from desktop.core.catalog import load_catalog
from desktop.core.catalogfilter import CatalogFilter
from desktop.core.lessons import Lesson, read_lesson, write_lesson

SPEC = CatalogFilter(owner="Iran", orbit_class="SSO", object_type="PAY", group="weather", text="kh")


def saved(tmp_path, spec=SPEC):
    catalog = load_catalog()
    lesson = Lesson(satellites=[catalog.get(53370)], region={"kind": "country", "name": "Iran"}, catalog_filter=spec)
    path = tmp_path / "filtered.overflight"
    write_lesson(path, lesson)
    return path


def test_the_filter_reads_back_as_it_was_saved(tmp_path):
    path = saved(tmp_path)
    record = json.loads(path.read_text())
    assert record["catalog_filter"] == {"owner": "Iran", "orbit_class": "SSO", "object_type": "PAY",
                                        "group": "weather", "text": "kh"}
    lesson = read_lesson(path)
    assert lesson.problems == [] and lesson.catalog_filter == SPEC
    lesson = read_lesson(saved(tmp_path, CatalogFilter()))
    assert lesson.problems == [] and lesson.catalog_filter.is_empty()


def test_an_older_lesson_without_a_filter_opens_with_none(tmp_path):
    path = saved(tmp_path)
    record = json.loads(path.read_text())
    del record["catalog_filter"]
    path.write_text(json.dumps(record))
    lesson = read_lesson(path)
    assert lesson.problems == [] and lesson.catalog_filter == CatalogFilter()
    assert [es.satnum for es in lesson.satellites] == [53370] and lesson.region["name"] == "Iran"


def test_an_owner_unknown_to_the_table_is_one_line_and_the_rest_is_kept(tmp_path):
    path = saved(tmp_path)
    record = json.loads(path.read_text())
    record["catalog_filter"]["owner"] = "ATLANTIS"
    path.write_text(json.dumps(record))
    lesson = read_lesson(path)
    assert len(lesson.problems) == 1 and "ATLANTIS" in lesson.problems[0] and "owner" in lesson.problems[0]
    assert "\n" not in lesson.problem_line()
    assert lesson.catalog_filter == CatalogFilter(orbit_class="SSO", object_type="PAY", group="weather", text="kh")
    assert [es.satnum for es in lesson.satellites] == [53370] and lesson.region["name"] == "Iran"
    assert lesson.satellites[0].flag == "APPROXIMATE"


def test_owner_codes_and_names_in_any_case_are_known(tmp_path):
    for owner in ("IRAN", "iran", "PRC", "China", "esa"):
        lesson = read_lesson(saved(tmp_path, CatalogFilter(owner=owner)))
        assert lesson.problems == [] and lesson.catalog_filter.owner == owner


def test_bad_class_type_or_shape_are_named_each_and_the_lesson_still_opens(tmp_path):
    path = saved(tmp_path)
    record = json.loads(path.read_text())
    record["catalog_filter"].update(orbit_class="XEO", object_type=7)
    path.write_text(json.dumps(record))
    lesson = read_lesson(path)
    assert len(lesson.problems) == 2 and "XEO" in lesson.problems[0] and "object type" in lesson.problems[1]
    assert lesson.catalog_filter == CatalogFilter(owner="Iran", group="weather", text="kh")
    record["catalog_filter"] = ["IRAN"]
    path.write_text(json.dumps(record))
    lesson = read_lesson(path)
    assert len(lesson.problems) == 1 and lesson.catalog_filter.is_empty() and lesson.region["name"] == "Iran"
