"""The hostile corpus (tests/hostile) through the command line: exit 0 or 2, one error line, no traceback."""

import shutil
import sys
from pathlib import Path

import pytest

from desktop.cli import main

HOSTILE = Path(__file__).parents[1] / "hostile"
sys.path.insert(0, str(HOSTILE))
import generate  # noqa: E402

START = ("--start", "2026-03-12T00:00Z")


def check(capsys, *args):
    code = main(list(args))
    _out, err = capsys.readouterr()
    assert code in (0, 2) and "Traceback" not in err, (code, err)
    if code == 2:
        assert sum(line.startswith("error: ") for line in err.splitlines()) == 1, err
    return code, err


@pytest.mark.parametrize("name", ["wrong_checksum.tle", "renamed_satnum.tle", "binary_junk.tle"])
def test_hostile_tle_files(capsys, name):
    check(capsys, "info", "ISS", "--tle", str(HOSTILE / name))


def test_truncated_designs_store(capsys, tmp_path, monkeypatch):
    store = tmp_path / "userdata"
    store.mkdir(exist_ok=True)
    shutil.copy(HOSTILE / "truncated_designs.json", store / "designs.json")
    monkeypatch.setenv("OVERFLIGHT_DATA_DIR", str(store))
    check(capsys, "catalog")


def test_nested_article(capsys):
    check(capsys, "article", str(HOSTILE / "nested.md"), "--no-compute")


def test_generated_big_files(capsys, tmp_path):
    check(capsys, "info", "ISS", "--tle", str(generate.deep_json(tmp_path / "deep.json")))
    check(capsys, "info", "ISS", "--tle", str(generate.huge_line(tmp_path / "huge.tle", megabytes=5)))
    check(capsys, "passes", "ISS", "--geojson", str(generate.many_squares(tmp_path / "squares.geojson", 2_000)),
          "--days", "0.2", *START)
