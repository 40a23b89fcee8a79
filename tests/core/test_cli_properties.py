"""Every command, fed arguments generated from its own argparse definition: exit 0 or 2, on 2 exactly
one line on standard error, never a traceback, and every example within a time guard."""

import argparse
import contextlib
import io
import signal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.cli import main
from desktop.cli.parser import build_parser

FLOATS = [float("nan"), float("inf"), float("-inf"), 0.0, -1.0, 1e308, 0.1, 0.5, 1.0, 2.0, 10.0, 45.0, 89.9, 200.0]
INTS = [0, -1, 1, 2, 3, 16, 1024, 10_000, 2**40]
NAMES = ["ISS", "KHAYYAM", "LANDSAT 9", "25544", "GOES 18", "NOSUCH", "", "a\nb", "0"]
TEXT = ["Israel", "Isreal", "x", "", "1280x720", "99999x1", "12:30", "25:00", "35.7,51.4", "nan,0", "233/16", "0/0",
        "ISS-like", "Molniya", "31.5,34.9"]
PATH_OPTIONS = {"--tle", "--geojson", "--csv", "--pdf", "--gif", "--png", "--omm", "--out", "file"}
TIME_OPTIONS = {"--start", "--at", "--epoch", "--date"}
SLOW = {"report", "animate"}  # each example builds a headless window
EXAMPLE_SECONDS = 60


def dates():
    return st.builds(lambda y, m, d, t: f"{y:04d}-{m:02d}-{d:02d}" + t, st.integers(1, 9999), st.integers(1, 12),
                     st.integers(1, 28), st.sampled_from(["", "T06:00:00Z", "T23:59Z"])) | \
        st.sampled_from(["2026-03-12", "2026-03-20T12:00Z", "yesterday", "2026-13-01", ""])


def paths(tmp):
    return st.sampled_from([str(tmp), "/dev/zero", "/dev/full", "/dev/null", str(tmp / "missing" / "x"),
                            str(tmp / "out.csv"), str(tmp / "out.gif"), str(tmp / "out.pdf"), str(tmp / "out.png"),
                            "/proc/self/mem", "-"])


def value_for(action, tmp):
    name = action.option_strings[0] if action.option_strings else action.dest
    if action.choices:
        return st.sampled_from(sorted(action.choices))
    if name in PATH_OPTIONS:
        return paths(tmp)
    if name in TIME_OPTIONS:
        return dates()
    if action.dest in ("sat", "seed"):
        return st.sampled_from(NAMES)
    kind = getattr(action.type, "__name__", "")
    if action.type is float or kind == "a number":
        return st.sampled_from(FLOATS).map(repr)
    if action.type is int or kind == "a whole number":
        return st.sampled_from(INTS).map(str)
    return st.sampled_from(TEXT)


def commands():
    sub = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    return sub.choices


def nargs_count(action):
    if isinstance(action.nargs, int):
        return st.just(action.nargs)
    if action.nargs in ("+",):
        return st.integers(1, 2)
    if action.nargs in ("*",):
        return st.integers(0, 2)
    if action.nargs == "?":
        return st.integers(0, 1)
    return st.just(1)


# Values each option takes in a small, valid job: with all but one argument from here, an example gets past
# the parser and the first checks and puts the one hostile value where the work is done.
BENIGN = {"days": "0.5", "hours": "0.5", "step": "300", "grid": "10", "swath": "185", "off_nadir": "30",
          "elevation": "10", "daylight": "0", "height": "500", "perigee": "500", "apogee": "600",
          "semi_major_axis": "7000", "eccentricity": "0.01", "inclination": "97.4", "node_time": "10.5",
          "raan": "40", "argp": "90", "mean_anomaly": "10", "over": "35,51", "geostationary": "51", "min_height": "500",
          "max_height": "520", "max_days": "2", "timeout": "0.5", "members": "4", "total": "4", "planes": "2",
          "phasing": "1", "size": "160x90", "frame_ms": "100", "box": "30 40 35 50", "circle": "35.7 51.4 100",
          "point": "35.7 51.4", "polygon": "30 40 35 40 35 50", "region": "Israel", "name": "TESTSAT",
          "repeat": "15/1", "sat": "ISS", "seed": "ISS", "text": "isr", "preset": None, "group": "stations"}
OUTPUTS = {"csv": "out.csv", "pdf": "out.pdf", "gif": "out.gif", "png": "out.png", "omm": "out.json",
           "out": "out.tle", "geojson": "region.geojson"}


def benign_for(action, tmp):
    """A list of argument strings a small valid job would give this option (None: leave it out)."""
    if action.choices:
        return [sorted(action.choices)[0]]
    if action.option_strings and action.option_strings[0] in TIME_OPTIONS:
        return ["2026-03-12" if "--date" in action.option_strings else "2026-03-12T00:00Z"]
    if action.dest == "file":
        article = tmp / "story.txt"
        article.write_text("Khayyam flies over Iran four times a day at 500 km.\n")
        return [str(article)]
    if action.dest == "tle":
        return None  # the bundled catalogue is enough
    if action.dest in OUTPUTS:
        if action.dest == "geojson" and action.option_strings and "--geojson" in action.option_strings and \
                "region" in (action.help or "").lower():
            return None
        return [str(tmp / OUTPUTS[action.dest])]
    value = BENIGN.get(action.dest)
    return None if value is None else value.split()


@st.composite
def argv_for(draw, command, tmp):
    """Either every argument wild (most are refused by the parser or the first check), or a small valid job
    with exactly one argument wild (it then reaches the work)."""
    parser = commands()[command]
    actions = [a for a in parser._actions if not isinstance(a, argparse._HelpAction) and a.dest != "memory_budget"]
    one_wild = draw(st.booleans())
    wild = draw(st.sampled_from(actions)) if one_wild else None
    exclusive = {a: g for g in parser._mutually_exclusive_groups for a in g._group_actions}
    taken = {exclusive[wild]} if wild in exclusive else set()
    argv = [command]
    for action in actions:
        flag = ([o for o in action.option_strings if o.startswith("--")] or action.option_strings or [None])[0]
        if one_wild and action is not wild:
            values = benign_for(action, tmp)
            if values is None or exclusive.get(action) in taken:
                continue
            if flag and not action.required and not draw(st.booleans()):
                continue
            if action in exclusive:
                taken.add(exclusive[action])
        else:
            if flag and not action.required and not one_wild and not draw(st.booleans()):
                continue
            values = [draw(value_for(action, tmp)) for _ in range(draw(nargs_count(action)))]
        argv += ([flag] if flag else []) + ([] if action.nargs == 0 else values)
    return argv


class ExampleTimeout(Exception):
    pass


def _alarm(_signum, _frame):
    raise ExampleTimeout(f"an example ran longer than {EXAMPLE_SECONDS} s")


def run_main(argv):
    out, err = io.StringIO(), io.StringIO()
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(EXAMPLE_SECONDS)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(argv)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("command", sorted(commands()))
def test_every_command_exits_0_or_2_with_one_line(command, tmp_path, monkeypatch):
    """Exit 0 or 2; on 2 one line starting 'error: '; never a traceback, never an exception from main."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    examples = 8 if command in SLOW else 25

    @settings(max_examples=examples, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    @given(argv_for(command, tmp_path))
    def check(argv):
        code, _out, err = run_main(argv)
        assert code in (0, 1, 2) if command in ("regions", "refresh") else code in (0, 2), (argv, code, err)
        assert "Traceback" not in err, (argv, err)
        if code == 2:
            lines = err.splitlines()
            assert lines and lines[-1].startswith("error: ") and sum(ln.startswith("error: ") for ln in lines) == 1, \
                (argv, err)
            assert all(ln.startswith(("warning: ", "error: ")) for ln in lines), (argv, err)

    check()
