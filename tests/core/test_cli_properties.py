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
PATH_OPTIONS = {"--tle", "--geojson", "--csv", "--pdf", "--gif", "--png", "--omm", "file"}
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


@st.composite
def argv_for(draw, command, tmp):
    parser = commands()[command]
    argv = [command]
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction) or action.dest == "memory_budget":
            continue
        if not action.option_strings:
            argv += [draw(value_for(action, tmp)) for _ in range(draw(nargs_count(action)))]
            continue
        if not action.required and not draw(st.booleans()):
            continue
        flag = action.option_strings[-1] if action.option_strings[-1].startswith("--") else action.option_strings[0]
        if action.nargs == 0:
            argv.append(flag)
            continue
        argv.append(flag)
        argv += [draw(value_for(action, tmp)) for _ in range(draw(nargs_count(action)))]
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
    examples = 6 if command in SLOW else 15

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
