"""`overflight visible` as a user types it: the same numbers as the core, JSON/CSV keys, one-line errors."""

import csv
import json

import pytest

from desktop.cli import main
from desktop.core import sky, timebase
from desktop.core.catalog import bundled_catalog


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_json_gives_the_cores_visible_passes(capsys):
    code, out, _ = run(capsys, "visible", "ISS", "--point", "51.5", "-0.1", "--start", "2026-03-12", "--days", "3",
                       "--json")
    assert code == 0
    record = json.loads(out)
    start = timebase.to_posix("2026-03-12")
    expected = sky.visible_passes([bundled_catalog().find("ISS")], sky.Observer(51.5, -0.1), start, start + 3 * 86400)
    assert len(record["passes"]) == len(expected) >= 3
    for got, p in zip(record["passes"], expected):
        assert {"satellite", "start_utc", "end_utc", "max_elevation_deg", "start_azimuth_deg", "end_azimuth_deg",
                "magnitude", "flag"} <= set(got)
        assert got["satellite"] == "ISS (ZARYA)" and got["flag"] == ""
        assert got["start_utc"] == timebase.iso_utc(p.start_s) and got["end_utc"] == timebase.iso_utc(p.end_s)
        assert got["max_elevation_deg"] == pytest.approx(p.max_el_deg, abs=0.05)
        assert got["magnitude"] == pytest.approx(p.magnitude, abs=0.05)
    assert record["reason"] is None and "estimates" in record["magnitude_note"]


def test_csv_carries_the_approximate_flag_and_the_magnitude_note(capsys):
    code, out, _ = run(capsys, "visible", "--all", "--city", "Tehran", "--start", "2026-03-12", "--days", "1",
                       "--csv", "-")
    assert code == 0
    lines = out.splitlines()
    comments = [line for line in lines if line.startswith("#")]
    assert any("estimates" in line for line in comments) and any("Tehran" in line for line in comments)
    rows = list(csv.DictReader(line for line in lines if not line.startswith("#")))
    assert rows and {"satellite", "flag", "start_utc", "magnitude", "magnitude_basis"} <= set(rows[0])
    flags = {r["satellite"]: r["flag"] for r in rows}
    approximate = {es.name for es in bundled_catalog() if es.approximate}
    assert all(flags[name] == ("APPROXIMATE" if name in approximate else "") for name in flags)


def test_the_reason_line_and_a_city_typed_in_persian(capsys):
    code, out, err = run(capsys, "visible", "ISS", "--point", "69.65", "18.96", "--start", "2026-06-20", "--days", "1")
    assert code == 0
    assert "No visible pass: the Sun never gets below -6 deg at 69.7 N, 19.0 E in this window." in out
    code, out, _ = run(capsys, "visible", "ISS", "--city", "تهران", "--start", "2026-03-12", "--days", "1", "--json")
    assert code == 0 and json.loads(out)["observer"]["name"] == "Tehran, Iran"


def test_geostationary_is_reported_always_up(capsys):
    code, out, err = run(capsys, "visible", "41866", "--point", "0", "-75.2", "--start", "2026-03-12", "--days", "1")
    assert code == 0
    assert "GOES 16 is geostationary: always up" in err


@pytest.mark.parametrize("args, message", [
    (["--point", "91", "0"], "--point: observer latitude 91 deg is beyond +-90"),
    (["--point", "51", "0", "--sun", "3"], "--sun: Sun limit 3 deg must be from -18"),
    (["--point", "51", "0", "--sun", "-19"], "--sun: Sun limit -19 deg must be from -18"),
    (["--point", "51", "0", "--elevation", "-1"], "--elevation: elevation mask -1 deg must be from 0"),
    (["--point", "51", "0", "--elevation", "91"], "--elevation: elevation mask 91 deg must be from 0"),
    (["--city", "Nowhereville"], "--city: no city of the gazetteer is called 'Nowhereville'"),
    ([], "give the observer: --point LAT LON or --city NAME"),
])
def test_bad_input_is_one_line_and_exit_2(capsys, args, message):
    code, out, err = run(capsys, "visible", "ISS", "--start", "2026-03-12", "--days", "1", *args)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and message in err
