"""`passes --all` and `--group`: every loaded set searched as one batch, against each satellite's own search."""

import csv
import json
import re

import pytest

from desktop.cli import main
from desktop.core import timebase
from desktop.core.access import AccessError, Criterion, find_passes
from desktop.core.atlas import country_region
from desktop.core.catalog import load_catalog
from desktop.core.regions import CircleRegion

START = "2026-03-12T00:00:00Z"


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def own_passes(criterion, region, sun=None, sets=None):
    """satnum -> start times (s) of each loaded set's own find_passes over one day; sets it refuses are left out."""
    start = timebase.to_posix(START)
    out = {}
    for es in sets or load_catalog():
        try:
            out[es.satnum] = [p.start_s for p in find_passes(es, region, criterion, start, start + 86400.0, sun)]
        except AccessError:
            pass
    return out


def bundled_owner_table():
    """Owner codes by number, read straight from tle/satcat-bundled.csv (not through core.satcat)."""
    from desktop.core.paths import tle_dir

    text = (tle_dir() / "satcat-bundled.csv").read_text(encoding="utf-8")
    return {int(r["NORAD_CAT_ID"]): r["OWNER"] for r in csv.DictReader(l for l in text.splitlines() if l[:1] != "#")}


def by_satellite(rows):
    got = {}
    for row in rows:
        got.setdefault(int(row["norad"]), []).append(timebase.to_posix(row["start_utc"]))
    return got


def same(got, want):
    assert set(k for k, v in want.items() if v) == set(got)
    for satnum, starts in want.items():
        assert len(got.get(satnum, [])) == len(starts), satnum
        assert all(abs(a - b) <= 1.0 for a, b in zip(sorted(got.get(satnum, [])), starts)), satnum


def test_all_over_a_point_gives_every_satellite_its_own_passes_one_line_each_by_start(capsys):
    """Contact at 10 deg, one day: stdout has one line a pass, by start; --json has each satellite's own passes."""
    args = ("passes", "--all", "--point", "35.7", "51.4", "--criterion", "contact", "--days", "1", "--start", START)
    code, out, _err = run(capsys, *args)
    assert code == 0
    want = own_passes(Criterion("contact", elevation_deg=10.0), CircleRegion("p", 35.7, 51.4, 0.0))
    lines = [line for line in out.splitlines() if line[:1].isupper() and "Z " in line]
    starts = [re.search(r"\d{4}-\d\d-\d\dT[\d:]+Z", line).group() for line in lines]  # a flag may follow
    assert len(lines) == sum(map(len, want.values())) > 20 and starts == sorted(starts)
    assert f"{len(want)} satellites searched, {sum(1 for v in want.values() if v)} with passes, {len(lines)} passes" in out
    code, out, _err = run(capsys, *args, "--json")
    same(by_satellite(json.loads(out)["passes"]), want)


def test_all_over_a_country_in_daylight_leaves_out_the_high_orbits_with_one_summary(capsys):
    """Sensor at 30 deg off nadir looks past a GPS or geostationary satellite's horizon: one summary line, the
    others searched; the CSV keeps the usual columns and adds each satellite's owner last."""
    code, out, err = run(capsys, "passes", "--all", "--region", "Iran", "--days", "1", "--start", START,
                         "--daylight", "--csv", "-")
    assert code == 0
    lines = out.splitlines()
    assert sum("left out" in line for line in lines) == 1
    assert any("left out" in line and "horizon" in line for line in lines)
    rows = list(csv.DictReader(line for line in lines if not line.startswith("#")))
    header = next(line for line in lines if not line.startswith("#")).split(",")
    assert header[-1] == "owner" and header[:3] == ["satellite", "norad", "start_utc"]
    table = bundled_owner_table()
    assert all(row["owner"] == table[int(row["norad"])] for row in rows) and {"IRAN", "US"} <= {r["owner"] for r in rows}
    same(by_satellite(rows), own_passes(Criterion("sensor", off_nadir_deg=30.0), country_region("Iran"), 0.0))


def test_group_takes_the_cached_members_of_a_celestrak_group(capsys):
    from desktop.core import celestrak

    catalog = load_catalog()
    members = [catalog.find(name) for name in ("NOAA 19", "METOP-B", "SENTINEL-2A")]
    body = "".join(f"{es.name}\n{es.tle_lines()[0]}\n{es.tle_lines()[1]}\n" for es in members)
    celestrak.cache_dir().mkdir(parents=True, exist_ok=True)
    (celestrak.cache_dir() / "group-weather-tle.json").write_text(json.dumps(
        {"query": {"GROUP": "weather", "FORMAT": "TLE"}, "retrieved_s": timebase.to_posix(START), "body": body}))
    code, out, _err = run(capsys, "passes", "--group", "Weather", "--region", "Iran", "--criterion", "nadir",
                          "--days", "1", "--start", START, "--json")
    assert code == 0
    record = json.loads(out)
    assert sorted(s["norad"] for s in record["satellites"]) == sorted(es.satnum for es in members)
    same(by_satellite(record["passes"]), own_passes(Criterion("nadir"), country_region("Iran"), sets=members))


@pytest.mark.parametrize("args, words", [(("--all", "ISS"), "not both"), ((), "--all or --group"),
                                         (("--group", "nothing-cached"), "refresh --group")])
def test_which_satellites_is_one_clear_choice(capsys, args, words):
    code, out, err = run(capsys, "passes", *args, "--region", "Iran", "--days", "1", "--start", START)
    assert code == 2 and out == "" and words in err and err.count("\n") == 1


def test_few_satellites_name_their_owner_in_the_heading_csv_and_json(capsys, tmp_path):
    """With five satellites or fewer each one's table is headed by its owner, as the bundled SATCAT table has it;
    a satellite the metadata does not know says 'owner unknown' (empty in CSV and JSON)."""
    from tests_support_celestrak import renumbered

    tle = tmp_path / "copy.tle"
    tle.write_text("\n".join(renumbered(99990, "ISS COPY", day="26071.00000000")) + "\n")
    table = bundled_owner_table()
    args = ("passes", "KHAYYAM", "LANDSAT 9", "ISS COPY", "--tle", str(tle), "--point", "35.7", "51.4",
            "--criterion", "contact", "--days", "1", "--start", START)
    code, out, _err = run(capsys, *args)
    assert code == 0 and 99990 not in table
    headings = [line for line in out.splitlines() if line.endswith(":") and not line.startswith(" ")]
    assert [h.split(",")[0] for h in headings[:3]] == ["KHAYYAM (approximate)", "LANDSAT 9", "ISS COPY"]
    assert headings[0].endswith(f", owner {table[53370]} (Iran):") and table[53370] == "IRAN"
    assert headings[1].endswith(f", owner {table[49260]} (United States):") and headings[2].endswith(", owner unknown:")
    code, out, _err = run(capsys, *args, "--csv", "-")
    rows = list(csv.DictReader(line for line in out.splitlines() if not line.startswith("#")))
    assert {r["norad"] for r in rows} == {"53370", "49260", "99990"}
    assert all(r["owner"] == table.get(int(r["norad"]), "") for r in rows)
    code, out, _err = run(capsys, *args, "--json")
    data = json.loads(out)
    assert {s["norad"]: s["owner"] for s in data["satellites"]} == {53370: "IRAN", 49260: table[49260], 99990: ""}
    assert all(p["owner"] == table.get(p["norad"], "") for p in data["passes"]) and data["passes"]
