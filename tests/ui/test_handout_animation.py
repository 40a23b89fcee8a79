"""Handouts and animations say what the window says: names, flags, numbers, first pass; frames and clock."""

import subprocess
import sys
import unicodedata

import numpy as np
from PIL import Image
from pypdf import PdfReader

from desktop.core import timebase
from desktop.ui.animation import frame_times, render_frames, write_gif
from desktop.ui.handout import write_pdf


def pdf_text(path) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(str(path)).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def test_the_handout_holds_the_analysis_numbers_exactly(window, qtbot, tmp_path):
    s = window.session
    s.select([53370, s.catalog.find("ISS").satnum])
    window.analysis.set_country("Iran")
    window._auto_timer.stop()
    with qtbot.waitSignal(window.runner.finished, timeout=30000):
        window.run_analysis()
    a = s.analysis
    path = tmp_path / "handout.pdf"
    assert write_pdf(s, str(path), "Letter", view=window.map) >= 1
    text = pdf_text(path)
    first = a.all_passes()[0]
    assert "KHAYYAM (approximate)" in text and "ISS (ZARYA)" in text and "APPROXIMATE" in text
    for es in s.selected_sets():
        assert f"{a.stats[es.satnum].passes_per_day:.2f} passes a day" in text
        assert f"NORAD {es.satnum}" in text and es.epoch_iso in text
    assert timebase.iso_utc(first.start_s).replace("T", " ").replace("Z", "") in text
    assert f"Passes ({len(a.all_passes())})" in text and "How this was computed" in text
    assert "Printed " + timebase.iso_utc(timebase.now_s())[:10] in text
    width_pt = float(PdfReader(str(path)).pages[0].mediabox.width)
    assert abs(width_pt - 612) < 1  # US Letter


def test_overflight_report_from_a_lesson(window, qtbot, tmp_path):
    window.session.set_region_spec({"kind": "country", "name": "Israel"})
    lesson = tmp_path / "l.overflight"
    window.save_lesson(str(lesson))
    out = tmp_path / "r.pdf"
    done = subprocess.run([sys.executable, "-m", "desktop", "report", str(lesson), "--pdf", str(out)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    text = pdf_text(out)
    assert "KHAYYAM" in text and "Israel" in text and "APPROXIMATE" in text


def test_the_gif_has_the_frames_the_size_and_a_moving_clock(window, qtbot, tmp_path):
    times = frame_times(window.session.time_s, 1.0, 300.0)
    frames = render_frames(window.session, (640, 360), times)
    path = tmp_path / "a.gif"
    write_gif(frames, str(path))
    gif = Image.open(path)
    assert gif.n_frames == len(times) == 13 and gif.size == (640, 360)
    gif.seek(0)
    first = np.asarray(gif.convert("RGB"))[:40, 380:]
    gif.seek(gif.n_frames - 1)
    last = np.asarray(gif.convert("RGB"))[:40, 380:]
    assert np.abs(first.astype(int) - last.astype(int)).sum() > 1000  # the clock shows another time
