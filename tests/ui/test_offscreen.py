"""The command line's handout and animation: drawn from a session offscreen, never through the main window;
an output that cannot be written is one line of error and nothing claimed."""

import os

import pytest
from PIL import Image
from pypdf import PdfReader

from desktop import cli
from desktop.ui.main_window import MainWindow

WHERE = ["ISS", "--region", "Israel", "--days", "1", "--start", "2024-01-01T00:00:00Z"]


@pytest.fixture
def no_window(monkeypatch):
    def refuse(*_args, **_kwargs):
        raise AssertionError("the command line built the main window")

    monkeypatch.setattr(MainWindow, "__init__", refuse)


def test_report_and_animate_draw_without_the_main_window(no_window, tmp_path, capsys):
    pdf, gif = tmp_path / "h.pdf", tmp_path / "a.gif"
    assert cli.main(["report", *WHERE, "--pdf", str(pdf)]) == 0
    assert cli.main(["animate", *WHERE, "--hours", "0.2", "--step", "120", "--size", "320x180", "--gif", str(gif)]) == 0
    out = capsys.readouterr().out
    assert "handout, 1 page(s)" in out and "7 frames" in out
    text = " ".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    assert "ISS" in text and "Israel" in text
    picture = Image.open(gif)
    assert picture.format == "GIF" and picture.n_frames == 7 and picture.size == (320, 180)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left


def test_report_from_a_lesson_without_the_main_window(no_window, tmp_path, capsys):
    from desktop.core.catalog import load_catalog
    from desktop.core.lessons import write_lesson
    from desktop.ui.lesson_io import lesson_from_session
    from desktop.ui.offscreen import prepared_session

    session, problems = prepared_session(load_catalog(), [25544], {"kind": "country", "name": "Israel"})
    assert problems == [] and session.analysis is not None
    lesson = tmp_path / "l.overflight"
    write_lesson(lesson, lesson_from_session(session))
    pdf = tmp_path / "l.pdf"
    assert cli.main(["report", str(lesson), "--pdf", str(pdf)]) == 0
    captured = capsys.readouterr()
    assert "warning" not in captured.err and "passes over Israel" in captured.out
    assert len(PdfReader(str(pdf)).pages) >= 1


def test_a_lesson_s_catalogue_filter_reaches_the_command_line_s_session(no_window, tmp_path, capsys):
    """report/animate read a lesson with its filter; an owner unknown to the table is one warning line and the
    handout is made from the rest of the lesson."""
    import json

    from desktop.core.catalog import load_catalog
    from desktop.core.catalogfilter import CatalogFilter
    from desktop.core.lessons import Lesson, write_lesson
    from desktop.ui.offscreen import prepared_session

    catalog = load_catalog()
    spec = CatalogFilter(owner="IRAN", orbit_class="SSO", text="k")
    lesson = tmp_path / "f.overflight"
    write_lesson(lesson, Lesson(satellites=[catalog.get(25544)], region={"kind": "country", "name": "Israel"}, days=1.0,
                                catalog_filter=spec))
    session, problems = prepared_session(load_catalog(), lesson_path=lesson, analyse_now=False)
    assert problems == [] and session.catalog_filter == spec
    import csv

    from desktop.core.orbitclass import orbit_class
    from desktop.core.paths import tle_dir

    text = (tle_dir() / "satcat-bundled.csv").read_text(encoding="utf-8")
    owners = {int(r["NORAD_CAT_ID"]): r["OWNER"] for r in csv.DictReader(l for l in text.splitlines() if l[:1] != "#")}
    want = {es.name for es in catalog if owners.get(es.satnum) == "IRAN" and "k" in es.name.casefold()
            and orbit_class(es.satrec) == "SSO"}
    assert {es.name for es in session.filtered_sets()} == want and want
    record = json.loads(lesson.read_text())
    record["catalog_filter"]["owner"] = "ATLANTIS"
    lesson.write_text(json.dumps(record))
    pdf = tmp_path / "f.pdf"
    assert cli.main(["report", str(lesson), "--pdf", str(pdf)]) == 0
    captured = capsys.readouterr()
    warnings = [line for line in captured.err.splitlines() if line.startswith("warning")]
    assert len(warnings) == 1 and "ATLANTIS" in warnings[0] and "passes over Israel" in captured.out


@pytest.fixture(scope="module")
def prepared():
    from desktop.core.catalog import load_catalog
    from desktop.core.timebase import to_posix
    from desktop.ui.offscreen import prepared_session

    session, _ = prepared_session(load_catalog(), [25544], {"kind": "country", "name": "Israel"},
                                  start_s=to_posix("2024-01-01T00:00:00Z"))
    return session


@pytest.mark.parametrize("target", ["missing/x.pdf", "folder", "/dev/full"])
def test_a_handout_that_cannot_be_written_raises_and_leaves_nothing(prepared, tmp_path, target):
    """The writer itself (the command line checks the name before, see test_cli_hostile): OSError with one
    plain line, never a silent success; the folder and the device are untouched, no temporary file is left."""
    from desktop.ui.handout import write_pdf

    (tmp_path / "folder").mkdir()
    path = target if target.startswith("/") else str(tmp_path / target)
    if path == "/dev/full" and not os.path.exists(path):
        pytest.skip("no /dev/full here")
    with pytest.raises(OSError) as info:
        write_pdf(prepared, path, "A4")
    assert "\n" not in str(info.value)
    assert os.path.isdir(tmp_path / "folder") and not os.path.exists(tmp_path / "missing")
    assert [p.name for p in tmp_path.iterdir()] == ["folder"]


@pytest.mark.parametrize("target", ["anim", "x.png", "missing/a.gif", "/dev/full"])
def test_an_animation_is_a_gif_whatever_its_name_or_an_oserror(prepared, tmp_path, target):
    """The writer itself (the command line asks for .gif before drawing, see test_cli_hostile): any name gets
    a GIF, a folder that does not exist or a device an OSError of one line, and no temporary file stays."""
    from desktop.ui.animation import frame_times, render_frames, write_gif

    path = target if target.startswith("/") else str(tmp_path / target)
    if path == "/dev/full" and not os.path.exists(path):
        pytest.skip("no /dev/full here")
    frames = render_frames(prepared, (320, 180), frame_times(prepared.time_s, 0.05, 60.0))
    if target in ("anim", "x.png"):
        write_gif(frames, path)
        assert Image.open(path).format == "GIF"
    else:
        with pytest.raises(OSError) as info:
            write_gif(frames, path)
        assert "\n" not in str(info.value)
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]
