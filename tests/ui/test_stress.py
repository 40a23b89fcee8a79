"""The window under rapid and unkind use: the newest settings win, no worker is left behind, exit is clean."""

import os
import subprocess
import sys
import textwrap

from desktop.core.access import Criterion
from desktop.core.revisit import analyse


def overflight_threads(window):
    """This window's worker threads still alive once its runners have had time to finish (articles' claims too).

    Other tests' windows may still be finishing their own work in the background: only this window's count.
    """
    runners = (window.runner, window.article_panel.runner, window.refresher.runner)
    for runner in runners:
        runner.wait(60000)
    return [t for runner in runners for t in runner._threads if t.is_alive()]


def test_200_rapid_changes_of_region_and_criterion_end_with_the_newest(window, qtbot):
    countries = ["Israel", "Iran", "Ukraine", "Qatar", "Lebanon"]
    kinds = ["sensor", "nadir", "contact"]
    window.session.set_analysis_settings(window.session.criterion, 0.0, 3.0)
    for k in range(200):
        window.analysis.set_country(countries[k % len(countries)])
        window.analysis.criterion.setCurrentIndex(window.analysis.criterion.findData(kinds[k % len(kinds)]))
        window.run_analysis()  # each change also arms the automatic re-run; the newest must win
    qtbot.waitUntil(lambda: window.session.analysis is not None and not window.runner.busy
                    and not window._auto_timer.isActive(), timeout=60000)
    qtbot.wait(400)  # any automatic re-run that was still pending has had its chance
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=60000)
    a = window.session.analysis
    s = window.session
    assert a.region.name == countries[199 % len(countries)] == s.region.name
    assert a.criterion == s.criterion and a.criterion.kind == kinds[199 % len(kinds)]
    expected = analyse(s.selected_sets(), s.region, s.criterion, a.start_s, a.end_s, s.daylight_sun_deg)
    assert [p.start_s for p in a.all_passes()] == [p.start_s for p in expected.all_passes()]
    assert window.runner.wait(30000)
    assert overflight_threads(window) == []


def test_a_year_over_russia_cancelled_at_once_leaves_no_worker(window, qtbot):
    window.session.set_analysis_settings(Criterion("contact", elevation_deg=5.0), None, 366.0)
    window.session.set_region_spec({"kind": "country", "name": "Russia"})
    window._auto_timer.stop()
    before = window.session.analysis
    window.run_analysis()
    assert window.runner.busy
    window.cancel_analysis()
    assert not window.runner.busy and not window.analysis.cancel_button.isEnabled()
    assert window.runner.wait(20000), "the cancelled worker did not stop"
    assert overflight_threads(window) == []
    qtbot.wait(200)
    assert window.session.analysis is before  # a cancelled run never replaces the last result


def test_closing_the_window_while_a_worker_runs_exits_cleanly(tmp_path):
    script = textwrap.dedent("""
        import sys
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from desktop.core.access import Criterion
        from desktop.ui.app import build_window

        app = QApplication(sys.argv)
        window = build_window(restore=False)
        window.show()
        window.session.set_analysis_settings(Criterion("contact", elevation_deg=5.0), None, 366.0)
        window.session.set_region_spec({"kind": "country", "name": "Russia"})
        window.run_analysis()
        assert window.runner.busy
        QTimer.singleShot(300, window.close)
        QTimer.singleShot(600, app.quit)
        code = app.exec()
        print("EXIT", code, window.runner.busy)
        sys.exit(code)
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OVERFLIGHT_DATA_DIR=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "EXIT 0 False" in done.stdout
    assert "Traceback" not in done.stderr
