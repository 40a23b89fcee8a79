"""The hostile-input audit at the command line: every bad input gives exit status 2 and one line
on standard error starting 'error: ' that names the argument or file, never a traceback."""

import os

import numpy as np
import pytest

from desktop.cli import main
from desktop.core import budget

START = ("--start", "2026-03-12T00:00Z")


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def refused(capsys, *args):
    code, out, err = run(capsys, *args)
    assert code == 2, (code, err)
    assert err.count("\n") == 1 and err.startswith("error: ") and "Traceback" not in err, err
    return err


@pytest.mark.parametrize("path, words", [("DIR", "a directory"), ("/proc/self/mem", "cannot read"),
                                         ("/dev/zero", "not a regular file"), ("/dev/urandom", "not a regular file")])
def test_tle_that_is_not_a_readable_file(capsys, tmp_path, path, words):
    """#6, #7: directories, devices and unreadable files are refused before anything reads them."""
    path = str(tmp_path) if path == "DIR" else path
    err = refused(capsys, "info", "ISS", "--tle", path)
    assert f"--tle {path}" in err and words in err


def test_geojson_and_article_devices(capsys):
    """#6: --geojson /dev/zero and article /dev/zero would read forever."""
    assert "--geojson /dev/zero" in refused(capsys, "passes", "ISS", "--geojson", "/dev/zero", "--days", "1", *START)
    assert "article /dev/zero" in refused(capsys, "article", "/dev/zero")


@pytest.mark.parametrize("members", ["0", "-1", "10000"])
def test_uncertainty_members_out_of_range(capsys, members):
    """#9: the ensemble takes 1 to 1024 members."""
    assert "--members" in refused(capsys, "passes", "ISS", "--region", "Israel", "--days", "1", "--uncertainty",
                                  "--members", members, *START)


@pytest.mark.parametrize("args", [("--argp", "inf"), ("--mean-anomaly", "nan"), ("--raan", "-inf"),
                                  ("--height", "nan"), ("--eccentricity", "1"), ("--inclination", "1e308")])
def test_design_numbers_must_be_finite_and_in_range(capsys, args):
    """#10: nan and inf reached the exporter as a ValueError."""
    assert args[0] in refused(capsys, "design", *args)


@pytest.mark.parametrize("args", [
    ("track", "ISS", "--hours", "nan"), ("track", "ISS", "--step", "inf"), ("passes", "ISS", "--days", "inf"),
    ("passes", "ISS", "--box", "nan", "0", "10", "10"), ("passes", "ISS", "--circle", "0", "0", "inf"),
    ("passes", "ISS", "--point", "91", "0"), ("passes", "ISS", "--region", "Israel", "--off-nadir", "nan"),
    ("coverage", "ISS", "--days", "1", "--grid", "nan"), ("passes", "ISS", "--region", "Israel", "--daylight", "inf"),
    ("refresh", "ISS", "--timeout", "inf"), ("animate", "ISS", "--hours", "1e308", "--gif", "x.gif"),
])
def test_float_arguments_are_finite(capsys, args):
    """#10, #12, #17: every float argument refuses nan and inf in one line."""
    refused(capsys, *args)


@pytest.mark.parametrize("start", ["1990-01-01", "0001-01-01", "9999-12-31", "2050-01-01"])
def test_times_far_from_the_element_epoch(capsys, start):
    """#11, #18: SGP4 far from the epoch gives heights of 1e20 km (track) or an AccessError (coverage)."""
    err = refused(capsys, "coverage", "ISS", "--start", start, "--grid", "10", "--days", "1")
    assert "--start" in err
    err = refused(capsys, "track", "ISS", "--start", start)
    assert "--start" in err


@pytest.mark.parametrize("gif, words", [("anim", ".gif"), ("x.png", ".gif"), ("/dev/full", ".gif"),
                                        ("/nonexistent/a.gif", "does not exist")])
def test_animation_target(capsys, tmp_path, gif, words):
    """#13: the extension and the directory are checked before any frame is drawn."""
    gif = gif if gif.startswith("/") else str(tmp_path / gif)
    assert words in refused(capsys, "animate", "ISS", "--gif", gif, *START)


@pytest.mark.parametrize("pdf, words", [("/nonexistent/x.pdf", "does not exist"), ("DIR", "directory"),
                                        ("/dev/full", "not a regular file")])
def test_report_target(capsys, tmp_path, pdf, words):
    """#14: the handout said it was written when it was not."""
    pdf = str(tmp_path) if pdf == "DIR" else pdf
    code, out, err = run(capsys, "report", "ISS", "--pdf", pdf, *START)
    assert code == 2 and out == "" and words in err and err.count("\n") == 1


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("args", [
    ("passes", "ISS", "--region", "Israel", "--days", "1", *START, "--csv", "/dev/full"),
    ("coverage", "ISS", "--days", "0.2", "--grid", "10", *START, "--csv", "/dev/full"),
    ("coverage", "ISS", "--days", "0.2", "--grid", "10", *START, "--geojson", "/dev/full"),
    ("design", "--height", "500", "--out", "/dev/full"),
    ("design", "--height", "500", "--omm", "/dev/full"),
    ("walker", "ISS", "--total", "4", "--planes", "2", "--out", "/dev/full"),
    ("track", "ISS", "--hours", "1", *START, "--csv", "/dev/full"),
])
def test_full_disk(capsys, args):
    """#15: a full disk is one line, and nothing is reported as written."""
    code, out, err = run(capsys, *args)
    assert code == 2 and err.splitlines()[-1] == "error: cannot write /dev/full: No space left on device", err
    assert "Traceback" not in err and out == ""


def test_long_track_streams_in_bounded_memory(capsys, tmp_path, catalog):
    """#16: a track is written in chunks; rows across a chunk boundary are the same as in one piece."""
    target = tmp_path / "t.csv"
    assert main(["track", "ISS", *START, "--hours", "60", "--step", "1.5", "--csv", str(target)]) == 0
    rows = [ln for ln in target.read_text().splitlines() if not ln.startswith("#")]
    assert len(rows) == 1 + 144_001 and rows[0] == "time_utc,lat_deg,lon_deg,height_km"
    from desktop.core import timebase
    from desktop.core.groundtrack import ground_track

    start = timebase.to_posix(START[1])
    one_piece = ground_track(catalog.find("ISS"), start + 1.5 * np.arange(99_999, 100_002))
    for k, row in enumerate(rows[100_000:100_003]):  # rows 99,999 to 100,001: the chunk boundary
        assert row == f"{timebase.iso_utc(one_piece.times_s[k])},{one_piece.lat_deg[k]:.5f},{one_piece.lon_deg[k]:.5f}," \
                      f"{one_piece.height_km[k]:.3f}"
    assert budget.track_bytes(18_000_000) == budget.track_bytes(100_000) < 0.1 * budget.GB


def test_memory_budget_refuses_with_the_estimate(capsys, monkeypatch):
    """Memory before work: the estimate is in the message; the budget is an option or an environment variable."""
    err = refused(capsys, "coverage", "ISS", "--days", "366", "--grid", "0.25", *START)
    assert "needs about" in err and "GB (budget 2 GB)" in err and "--memory-budget" in err
    assert "budget 0.05 GB" in refused(capsys, "--memory-budget", "0.05", "coverage", "ISS", "--days", "30", "--grid", "1", *START)
    monkeypatch.setenv("OVERFLIGHT_MEMORY_GB", "0.05")
    assert "budget 0.05 GB" in refused(capsys, "coverage", "ISS", "--days", "30", "--grid", "1", *START)
    monkeypatch.setenv("OVERFLIGHT_MEMORY_GB", "lots")
    assert "OVERFLIGHT_MEMORY_GB" in refused(capsys, "coverage", "ISS", "--days", "30", "--grid", "1", *START)
    monkeypatch.delenv("OVERFLIGHT_MEMORY_GB")
    assert "animation" in refused(capsys, "animate", "ISS", "--hours", "16", "--step", "60", "--size", "3840x2160",
                                  "--gif", "x.gif", *START)


def test_track_without_sgp4_nonsense(capsys):
    """#17, #18: no NaT, no heights of 1e20 km; the start is refused instead."""
    assert "--step" in refused(capsys, "track", "ISS", "--step", "inf")
    assert "1957" in refused(capsys, "track", "ISS", "--start", "0001-01-01")


def test_design_name_with_a_newline(capsys):
    """#19: a name with a newline split the TLE over two lines."""
    assert "--name" in refused(capsys, "design", "--name", "a\nb", "--out", "-")


def test_a_coverage_too_short_for_any_gap_warns_of_nothing(capsys, tmp_path):
    """Audit: `coverage --days 0.001 --png` leaked numpy's "All-NaN slice" warning; with every figure undefined
    the summary says so in words and no RuntimeWarning escapes (warnings are errors here)."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        code, out, err = run(capsys, "coverage", "ISS", "--days", "0.001", "--grid", "10", *START,
                             "--png", str(tmp_path / "c.png"))
    assert code == 0, err
    assert "undefined everywhere" in out and (tmp_path / "c.png").stat().st_size > 0


def test_a_picture_then_a_window_view_in_one_process(tmp_path):
    """`coverage --png` made a bare QGuiApplication; a later command in the same process that draws with widgets
    (animate's map view) then aborted Qt (seen when the property test ran after this file). Run in a child
    process, since the failure is an abort."""
    import subprocess
    import sys

    code = (f"from desktop.cli import main\n"
            f"assert main(['coverage', 'ISS', '--days', '0.05', '--grid', '10', '--start', '{START[1]}', "
            f"'--png', r'{tmp_path / 'c.png'}']) == 0\n"
            f"assert main(['animate', 'ISS', '--hours', '0.1', '--step', '300', '--size', '160x90', '--start', "
            f"'{START[1]}', '--gif', r'{tmp_path / 'a.gif'}']) == 0\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert (tmp_path / "a.gif").stat().st_size > 0


@pytest.mark.parametrize("args", [
    ("walker", "ISS", "--total", "4", "--planes", "2", "--tle", "{f}", "--out", "{f}"),
    ("design", "--height", "500", "--tle", "{f}", "--out", "{f}"),
    ("passes", "ISS", "--region", "Israel", "--days", "1", *START, "--tle", "{f}", "--csv", "{f}"),
    ("track", "ISS", "--hours", "1", *START, "--tle", "{f}", "--csv", "{f}"),
])
def test_a_command_never_writes_over_its_own_input(capsys, tmp_path, args):
    """--tle reads everywhere (walker and design write with --out); naming an input as the output is refused in
    one line before any work, and the input is left byte for byte as it was."""
    from desktop.core.catalog import bundled_catalog
    from desktop.core.elements import tle_text

    f = tmp_path / "mine.tle"
    f.write_text(tle_text([bundled_catalog().find("ISS")]))
    before = f.read_bytes()
    err = refused(capsys, *[a.replace("{f}", str(f)) for a in args])
    assert "input of this command" in err and f.read_bytes() == before


def test_walker_reads_its_seed_from_tle_and_writes_with_out(capsys, tmp_path):
    """The seed may come from a --tle file; the members go to --out."""
    from desktop.core.design import OrbitDesign, build
    from desktop.core.elements import tle_text

    seed = build(OrbitDesign(name="MYSEED", height_km=700.0, inclination_deg=60.0)).elements
    source, out = tmp_path / "seed.tle", tmp_path / "members.tle"
    source.write_text(tle_text([seed]))
    code, _out, err = run(capsys, "walker", "MYSEED", "--total", "4", "--planes", "2", "--tle", str(source),
                          "--out", str(out))
    assert code == 0, err
    assert sum(line.startswith("1 ") for line in out.read_text().splitlines()) == 4


def test_an_output_that_fails_midway_leaves_the_old_file_whole(tmp_path):
    """Outputs are written to a temporary file and moved into place: a job that fails while writing (here: an
    error raised after half a table) leaves the file that was there byte for byte, and no temporary file."""
    from desktop.cli.common import CliError, open_output

    target = tmp_path / "passes.csv"
    target.write_text("yesterday's table\n")
    with pytest.raises(CliError):
        with open_output(str(target)) as out:
            out.write("half a new table\n")
            raise CliError("the job failed")
    assert target.read_text() == "yesterday's table\n"
    assert [p.name for p in tmp_path.iterdir()] == ["passes.csv"]
