"""The command line as a user types it: output formats, one-line errors, exit status 2."""

import csv

import pytest

from desktop.cli import main


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_track_csv_to_stdout(capsys):
    code, out, err = run(capsys, "track", "KHAYYAM", "--start", "2026-11-23T00:00:00Z", "--hours", "3", "--step", "60",
                         "--csv", "-")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("#") and "APPROXIMATE" in lines[0]
    rows = list(csv.DictReader(line for line in lines if not line.startswith("#")))
    assert list(rows[0]) == ["time_utc", "lat_deg", "lon_deg", "height_km"]
    assert len(rows) == 181 and rows[0]["time_utc"] == "2026-11-23T00:00:00Z"
    assert all(-90 <= float(r["lat_deg"]) <= 90 and 450 < float(r["height_km"]) < 560 for r in rows)
    assert "APPROXIMATE" in err


def test_info_shows_the_approximate_flag_and_derivation(capsys):
    code, out, _ = run(capsys, "info", "khay")
    assert code == 0
    assert "APPROXIMATE: built from published perigee 496.8 km" in out
    assert "Sun-synchronous:   yes" in out and "Epoch:" in out and "days old" in out


def test_catalog_lists_flags_and_ages(capsys):
    code, out, _ = run(capsys, "catalog")
    assert code == 0
    khayyam = next(line for line in out.splitlines() if "KHAYYAM" in line)
    assert "APPROXIMATE" in khayyam and "53370" in khayyam
    iss = next(line for line in out.splitlines() if "ISS (ZARYA)" in line)
    assert "bundled reference-2026-03-11.tle" in iss


def test_passes_table_and_statistics(capsys):
    code, out, _ = run(capsys, "passes", "KHAYYAM", "--region", "Israel", "--days", "30", "--start", "2026-11-01",
                       "--criterion", "sensor", "--off-nadir", "30", "--daylight")
    assert code == 0
    assert "Region: Israel" in out and "daylight only" in out
    assert "passes" in out.lower() and "Revisit time:" in out and "a day" in out


def test_combined_revisit_of_several_satellites(capsys):
    code, out, _ = run(capsys, "passes", "PAYA", "KHAYYAM", "--region", "Iran", "--days", "2", "--start", "2026-11-01",
                       "--criterion", "contact")
    assert code == 0 and "All satellites together" in out


@pytest.mark.parametrize("args, words", [
    (("track", "NOSUCHSAT"), "no satellite named"),
    (("track", "KHAYYAM", "--start", "yesterday"), "not an ISO 8601"),
    (("track", "KHAYYAM", "--hours", "-1"), "--hours must be positive"),
    (("passes", "KHAYYAM", "--region", "Isreal"), "did you mean Israel"),
    (("passes", "KHAYYAM", "--region", "Israel", "--off-nadir", "85"), "horizon"),
    (("passes", "KHAYYAM"), "give a region"),
    (("passes", "KHAYYAM", "--box", "10", "0", "5", "10"), "south edge"),
    (("passes", "KHAYYAM", "--polygon", "1,1", "2,2"), "at least 3"),
    (("info", "SENTINEL"), "several satellites"),
    (("info", "ISS", "--tle", "/nonexistent/file.tle"), "cannot open"),
    (("nonsense",), "invalid choice"),
])
def test_errors_are_one_line_with_status_2(capsys, args, words):
    code, out, err = run(capsys, *args)
    assert code == 2
    assert err.count("\n") == 1 and words in err, err


def test_regions_search(capsys):
    code, out, _ = run(capsys, "regions", "isra")
    assert code == 0 and out.split() == ["Israel"]


def test_passes_with_uncertainty_in_csv_and_json(capsys):
    import json

    from desktop.cli import main

    args = ["passes", "KHAYYAM", "--region", "Iran", "--days", "5", "--start", "2026-11-24T00:00Z", "--uncertainty",
            "--members", "16"]
    assert main(args + ["--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    stats = data["satellites"][0]["statistics"]
    assert set(stats["passes_per_day"]) == {"nominal", "low", "high"}
    assert stats["passes_per_day"]["low"] <= stats["passes_per_day"]["nominal"] <= stats["passes_per_day"]["high"]
    first = data["passes"][0]
    assert first["start_utc_range"][0] <= first["start_utc"] <= first["start_utc_range"][1] and 0 < first["share"] <= 1
    assert main(args + ["--csv", "-"]) == 0
    header = [ln for ln in capsys.readouterr().out.splitlines() if not ln.startswith("#")][0]
    assert header.endswith("approximate,designed,owner,start_earliest_utc,start_latest_utc,share")


def test_track_with_uncertainty_adds_the_corridor_columns(capsys):
    from desktop.cli import main

    assert main(["track", "ISS", "--start", "2026-03-12T00:00Z", "--hours", "0.2", "--step", "60", "--csv", "-",
                 "--uncertainty"]) == 0
    lines = [ln for ln in capsys.readouterr().out.splitlines() if not ln.startswith("#")]
    assert lines[0] == "time_utc,lat_deg,lon_deg,height_km,along_track_90_km,cross_track_90_km"
    along = float(lines[1].split(",")[4])
    assert 1.0 < along < 60.0  # a real set a day after its epoch: kilometres


@pytest.mark.parametrize("sat,words", [("LANDSAT 9=-5", "LANDSAT 9=-5: the swath width must be more than 0 km"),
                                       ("LANDSAT 9=0", "LANDSAT 9=0: the swath width must be more than 0 km"),
                                       ("LANDSAT 9=9000", "LANDSAT 9=9000: wider than the horizon allows")])
@pytest.mark.parametrize("command", ["coverage", "passes", "report", "animate"])
def test_a_bad_swath_of_one_satellite_is_one_line_naming_it(capsys, tmp_path, command, sat, words):
    extra = {"coverage": ["--days", "1"], "passes": ["--region", "France"],
             "report": ["--region", "France", "--pdf", str(tmp_path / "x.pdf")],
             "animate": ["--gif", str(tmp_path / "x.gif")]}[command]
    code, out, err = run(capsys, command, "AQUA", sat, *extra)
    assert code == 2 and err.startswith("error: " + words) and len(err.strip().splitlines()) == 1


def test_each_satellite_s_swath_is_named_in_passes_and_coverage(capsys):
    code, out, _ = run(capsys, "passes", "LANDSAT 9=185", "SENTINEL-2A=290", "AQUA", "--region", "France", "--days", "3")
    assert code == 0
    assert "LANDSAT 9 (sensor, 185 km swath), owner US" in out and "SENTINEL-2A (sensor, 290 km swath), owner ESA" in out
    assert "the others: sensor, 30 deg off nadir" in out
    code, out, _ = run(capsys, "coverage", "LANDSAT 9=185", "SENTINEL-2A=290", "--box", "40", "0", "50", "10",
                       "--days", "2", "--csv", "-")
    assert code == 0
    assert any("LANDSAT 9: sensor, 185 km swath; SENTINEL-2A: sensor, 290 km swath" in line
               for line in out.splitlines() if line.startswith("#"))


def test_coverage_over_land_only(capsys):
    code, out, _ = run(capsys, "coverage", "AQUA", "--land", "--grid", "5", "--days", "1")
    assert code == 0 and "land only" in out
    code, out, err = run(capsys, "coverage", "AQUA", "--land", "--box", "-10", "-150", "10", "-120", "--days", "1")
    assert code == 2 and "no grid cell centre lies on land" in err and len(err.strip().splitlines()) == 1
