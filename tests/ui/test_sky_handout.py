"""The sky handout: one PDF page listing a week of visible passes at the observer, with a chart for each that fits,
the approximate flag of any satellite in it, and nothing written when the page cannot be."""

import re

from desktop.core import sky, timebase

ISS = 25544
START = "2026-03-11T12:00:00Z"


def pdf_pages(path) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", open(path, "rb").read()))


def setup(window, satnums):
    s = window.session
    s.select(satnums)
    t = timebase.parse_iso8601(START).timestamp()
    s.set_span(t, 6 * 3600)
    s.set_time(t)
    s.set_observer(sky.Observer(51.5, -0.12, 0.0, "London"))
    window.tonight.runner.cancel()


def test_a_week_of_iss_passes_on_one_page(qtbot, window, tmp_path):
    setup(window, [ISS])
    path = tmp_path / "sky.pdf"
    with qtbot.waitSignal(window.sky_handout.runner.finished, timeout=60000):
        assert window.sky_handout.start(str(path), "A4")
    assert path.stat().st_size > 10000 and pdf_pages(path) == 1
    message = window.status.currentMessage()
    passes, charts = (int(x) for x in re.search(r"(\d+) passes, (\d+) charts", message).groups())
    assert passes >= 5 and 1 <= charts <= passes  # a week of March evenings over London


def test_a_flagged_satellite_keeps_its_flag_in_the_small_print(qtbot, window, tmp_path):
    from desktop.ui.sky_handout import footnotes, write_sky_handout
    from desktop.ui.sky_plot import zone_of
    from desktop.ui.tonight_panel import visible_rows

    setup(window, [ISS])
    s = window.session
    t = s.time_s
    flagged = [es for es in s.catalog if es.flag]
    rows, *_ = visible_rows(flagged, s.observer, t, t + 7 * 86400.0, s.sky_settings)
    assert rows  # the premise: some approximate set is seen from London that week
    notes = footnotes(rows, zone_of(s.observer), t)
    for es in {es.satnum: es for es, _vp, _op in rows}.values():
        assert es.flag_note() in notes
    path = tmp_path / "flagged.pdf"
    write_sky_handout(s, path, rows, t, t + 7 * 86400.0)
    assert pdf_pages(path) == 1


def test_a_page_that_cannot_be_written_leaves_nothing_and_says_why(qtbot, window, tmp_path):
    setup(window, [ISS])
    target = tmp_path / "no-such-folder" / "sky.pdf"
    with qtbot.waitSignal(window.sky_handout.runner.finished, timeout=60000):
        window.sky_handout.start(str(target), "A4")
    assert not target.exists()
    assert "Could not write" in window.status.currentMessage()
