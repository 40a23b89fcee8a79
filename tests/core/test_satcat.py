"""Satellite metadata: the SATCAT parser, the bundled table, the download through the offline-first cache
(a real HTTP server on 127.0.0.1 that answers like CelesTrak), and `refresh --satcat` / `info` / `catalog`."""

import csv
import io
import json
import os
import subprocess
import sys
import time

import pytest

from desktop.cli import main
from desktop.core import satcat
from desktop.core.catalog import load_catalog
from desktop.core.elements import read_element_file
from desktop.core.paths import tle_dir

from tests_support_celestrak import SATCAT_HEADER, SATCAT_ROWS, FakeCelestrak, satcat_csv




def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_parser_reads_celestraks_columns_as_the_csv_module_does():
    """Every field of every row agrees with Python's csv module reading the same text by column name."""
    text = satcat_csv()
    got = satcat.parse_satcat_csv(text).records
    want = list(csv.DictReader(io.StringIO(text)))
    assert len(got) == len(want) == len(SATCAT_ROWS)
    for row in want:
        rec = got[int(row["NORAD_CAT_ID"])]
        assert (rec.name, rec.intldes, rec.object_type, rec.owner, rec.launch_date, rec.launch_site, rec.decay_date) == (
            row["OBJECT_NAME"], row["OBJECT_ID"], row["OBJECT_TYPE"], row["OWNER"], row["LAUNCH_DATE"],
            row["LAUNCH_SITE"], row["DECAY_DATE"])
    assert got[34427].decayed and not got[25544].decayed


def test_rcs_classes_follow_space_tracks_thresholds():
    """SMALL below 0.1 m^2, MEDIUM below 1 m^2, LARGE from 1 m^2 (Space-Track's RCS_SIZE convention)."""
    cases = {"0.05": "SMALL", "0.0999": "SMALL", "0.1": "MEDIUM", "0.6": "MEDIUM", "1.0": "LARGE", "399.05": "LARGE",
             "": "", "nan": "", "-3": "", "inf": "", "large": "LARGE", "junk": ""}
    assert {k: satcat.rcs_class(k) for k in cases} == cases


def test_bad_rows_are_skipped_and_counted_never_fatal():
    rows = SATCAT_ROWS + ("NO NUMBER,1999-001A,abc,PAY,+,US,1999-01-01,AFETR,,,,,,,,,",
                          "SHORT,1999-002A,12345",
                          "BAD DATE,1999-003A,12346,PAY,+,US,01/02/1999,AFETR,,,,,,,,,",
                          "")
    parsed = satcat.parse_satcat_csv(satcat_csv(rows))
    assert len(parsed.records) == len(SATCAT_ROWS) and parsed.skipped == 3
    assert "row 6" in parsed.first_problem and "not a number" in parsed.first_problem
    with pytest.raises(satcat.SatcatError, match="not a SATCAT table"):
        satcat.parse_satcat_csv("<html><body>maintenance</body></html>")


@pytest.mark.parametrize("row, words", [
    ('"' + "x" * 200000 + '",1999-001A,5,PAY,+,US,,,,,,,,,,,', "field larger than field limit"),
    ("X,1999-001A," + "9" * 5000 + ",PAY,+,US,,,,,,,,,,,", "is not a number"),
    ("X,1999-001A,\u0665,PAY,+,US,,,,,,,,,,,", "is not a number"),  # an Arabic-Indic five
    ("X,1999-001A,0,PAY,+,US,,,,,,,,,,,", "is not a number"),
])
def test_hostile_rows_are_one_short_problem_and_the_other_rows_stay(row, words):
    parsed = satcat.parse_satcat_csv(satcat_csv(SATCAT_ROWS[:1] + (row,) + SATCAT_ROWS[1:]))
    assert parsed.skipped == 1 and words in parsed.first_problem and len(parsed.first_problem) < 120
    assert set(parsed.records) == {int(r.split(",")[2]) for r in SATCAT_ROWS}


def test_the_bundled_table_covers_every_bundled_satellite_and_agrees_with_the_element_files():
    """One row per bundled set; each COSPAR ID is the one in the TLE's own line 1 (an independent record)."""
    metadata = satcat.bundled_records()
    catalog = load_catalog(use_cache=False)
    assert {es.satnum for es in catalog} == set(metadata)
    intldes = {}
    for path in tle_dir().glob("*.tle"):
        for es in read_element_file(path)[0]:
            intldes[es.satnum] = es.satrec.intldesg.strip()
    assert len(intldes) >= 30
    for satnum, field in intldes.items():
        year = int(field[:2])
        assert metadata[satnum].intldes == f"{1900 + year if year >= 57 else 2000 + year}-{field[2:]}", satnum
    iranian = sorted(r.name for r in metadata.values() if r.owner == "IRAN")
    assert iranian == ["KHAYYAM", "KOWSAR-1.5", "PAYA", "ZAFAR-2"]
    assert all(r.launch_site in satcat.LAUNCH_SITES and r.owner in satcat.OWNERS for r in metadata.values())


def test_owner_words_find_codes():
    assert satcat.owner_codes_matching("Iran") == satcat.owner_codes_matching("IRAN") == {"IRAN"}
    assert "PRC" in satcat.owner_codes_matching("china") and "CIS" in satcat.owner_codes_matching("Russia")
    assert satcat.owner_codes_matching("us") == {"US"}  # a code, and no name has the word 'us'
    assert satcat.owner_codes_matching("  ") == set()


def test_fetch_caches_and_an_identical_query_within_two_hours_is_not_repeated(server):
    result = satcat.fetch_satcat()
    assert not result.from_cache and result.count == len(SATCAT_ROWS)
    assert FakeCelestrak.requests[0][0] == "/pub/satcat.csv"
    again = satcat.fetch_satcat()
    assert again.from_cache and len(FakeCelestrak.requests) == 1
    later = satcat.fetch_satcat(now_s=time.time() + 3 * 3600)
    assert not later.from_cache and len(FakeCelestrak.requests) == 2
    metadata = satcat.load_metadata()
    assert metadata[34427].decayed and metadata[34427].source.startswith("CelesTrak SATCAT, retrieved")
    assert metadata[99901].owner == "IRAN"  # a bundled row the SATCAT does not have is kept


def test_the_metadata_after_a_download_is_the_rows_parsed_by_it_not_a_second_parse(server, monkeypatch):
    """The window reads load_metadata on its GUI thread right after fetch_satcat: 65,000 rows are not parsed again."""
    satcat.fetch_satcat()
    parse, labels = satcat.parse_satcat_csv, []
    monkeypatch.setattr(satcat, "parse_satcat_csv", lambda text, source="SATCAT", wanted=None: (
        labels.append(source), parse(text, source, wanted))[1])
    metadata = satcat.load_metadata()
    assert not [label for label in labels if label.startswith("CelesTrak")]
    satcat._parsed_cache.clear()
    assert satcat.load_metadata() == metadata  # the same records as a read of the file gives
    assert [label for label in labels if label.startswith("CelesTrak")] != []
    assert metadata[34427].decayed and metadata[34427].source.startswith("CelesTrak SATCAT, retrieved")


@pytest.mark.parametrize("mode, words", [
    ("timeout", "did not answer"), ("404", "HTTP 404"), ("500", "HTTP 500"), ("html", "web page instead of the "
     "satellite catalogue"), ("notupdated", "not changed"), ("notatable", "not a SATCAT table"),
    ("truncated", "cut short"),
])
def test_every_fault_keeps_the_last_good_satcat_and_says_why_once(server, mode, words):
    satcat.fetch_satcat()
    before = satcat.cache_path().read_bytes()
    FakeCelestrak.mode = mode
    with pytest.raises(satcat.SatcatError) as info:
        satcat.fetch_satcat(force=True, timeout_s=0.5)
    assert words in str(info.value) and "\n" not in str(info.value)
    assert satcat.cache_path().read_bytes() == before
    assert satcat.load_metadata()[34427].decayed  # the last good data still serve


def test_a_satcat_with_some_bad_rows_is_kept_and_the_skipped_rows_are_counted(server):
    FakeCelestrak.mode = "badrows"
    result = satcat.fetch_satcat()
    assert result.count == 2 and result.skipped == 2 and "2 unreadable row(s) skipped" in result.message


def test_a_damaged_satcat_cache_is_moved_aside_with_one_line_and_the_bundled_table_serves(server):
    satcat.fetch_satcat()
    path = satcat.cache_path()
    path.write_text('{"url": "x", "retrieved_s": 1, "body": "OBJECT_NAME,NORAD')
    problems = []
    metadata = satcat.load_metadata(problems)
    assert len(problems) == 1 and "moved aside" in problems[0] and "\n" not in problems[0]
    assert not path.exists() and list(path.parent.glob("*.damaged-*"))
    assert metadata[53370].owner == "IRAN" and 34427 not in metadata


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True,
                          env=dict(os.environ), timeout=120)


def test_cli_refresh_satcat_then_info_marks_decayed_then_offline_keeps_it(server):
    out = run_cli("refresh", "--satcat")
    assert out.returncode == 0 and out.stdout.strip() == f"satellite catalogue (SATCAT): {len(SATCAT_ROWS)} catalogue records from CelesTrak"
    info = run_cli("info", "ISS")
    assert "Owner:             International Space Station partners (ISS)" in info.stdout
    assert "RCS" not in info.stdout and "Radar size:        LARGE" in info.stdout  # 399 m^2
    server.shutdown()
    server.server_close()
    failed = run_cli("refresh", "--satcat", "--force", "--timeout", "1")
    assert failed.returncode == 1 and failed.stdout.count("\n") == 1 and "keeping the metadata held" in failed.stdout
    assert "Object type:       payload (PAY)" in run_cli("info", "KHAYYAM").stdout


def test_unknown_group_is_one_line_and_changes_nothing(server, capsys):
    code, out, _ = run(capsys, "refresh", "--group", "no-such-group", "--timeout", "2")
    assert code == 1 and out.count("\n") == 1 and "no element sets for GROUP=no-such-group" in out


def test_info_marks_a_decayed_object(capsys, tmp_path):
    """A SATCAT row with a decay date: `info` says DECAYED with the date (a --tle set for that number)."""
    from tests_support_celestrak import renumbered

    rows = SATCAT_ROWS + ("TEST DEB,1993-036ABD,34428,DEB,D,CIS,1993-06-16,PLMSC,2019-03-02,,,,,0.05,,EA,IMP",)
    satcat.cache_path().parent.mkdir(parents=True, exist_ok=True)
    satcat.cache_path().write_text(json.dumps({"url": "x", "retrieved_s": time.time(), "body": satcat_csv(rows)}))
    name, l1, l2 = renumbered(34428, "TEST DEB")
    (tmp_path / "deb.tle").write_text(f"{name}\n{l1}\n{l2}\n")
    code, out, _ = run(capsys, "info", "34428", "--tle", str(tmp_path / "deb.tle"))
    assert code == 0 and "Status:            DECAYED on 2019-03-02" in out and "debris (DEB)" in out
    code, out, _ = run(capsys, "catalog", "--type", "debris", "--tle", str(tmp_path / "deb.tle"))
    assert code == 0 and "DECAYED" in out and "1 of " in out
    code, out, _ = run(capsys, "passes", "--all", "--tle", str(tmp_path / "deb.tle"), "--point", "35.7", "51.4",
                       "--criterion", "contact", "--days", "1", "--start", "2026-11-16")
    lines = [line for line in out.splitlines() if "Z " in line]
    assert code == 0 and any(line.startswith("TEST DEB") for line in lines)
    assert all(("DECAYED" in line) == line.startswith("TEST DEB") for line in lines)
    assert all(" CIS " in line for line in lines if line.startswith("TEST DEB"))


def test_header_matches_celestraks_documented_columns():
    assert SATCAT_HEADER.split(",") == list(satcat.COLUMNS)


def test_reading_only_the_wanted_numbers_gives_the_same_records():
    rows = SATCAT_ROWS + ("OTHER,2000-001A,26000,PAY,+,US,2000-01-01,AFETR,,,,,,,,,",)
    text = satcat_csv(rows)
    everything = satcat.parse_satcat_csv(text)
    some = satcat.parse_satcat_csv(text, wanted={25544, 34427, 1})
    assert some.records == {n: everything.records[n] for n in (25544, 34427)}
    assert some.good == everything.good == len(rows) and some.skipped == 0


def satcat_requests():
    return [path for path, _agent in FakeCelestrak.requests].count("/pub/satcat.csv")


def test_plain_refresh_fetches_the_satcat_too_and_not_again_within_two_hours(server, capsys):
    code, out, _ = run(capsys, "refresh", "--timeout", "2")
    lines = out.splitlines()
    assert lines[-1] == f"satellite catalogue (SATCAT): {len(SATCAT_ROWS)} catalogue records from CelesTrak"
    assert any(line.startswith("KHAYYAM (53370): ") and "replaces the approximate set" in line for line in lines)
    assert satcat_requests() == 1 and satcat.load_metadata()[34427].decayed
    code, out, _ = run(capsys, "refresh", "--timeout", "2")
    assert "answered from the cache" in out.splitlines()[-1] and satcat_requests() == 1  # CelesTrak's 2-hour rule
    code, out, _ = run(capsys, "refresh", "ISS", "--timeout", "2", "--force")
    assert "SATCAT" not in out and satcat_requests() == 1  # naming satellites refreshes only them


@pytest.mark.parametrize("mode, words", [("500", "HTTP 500"), ("notatable", "not a SATCAT table"),
                                         ("truncated", "cut short")])
def test_a_satcat_failure_in_plain_refresh_is_one_line_and_spoils_no_element_set(server, capsys, monkeypatch,
                                                                                 tmp_path, mode, words):
    """The element sets are refreshed exactly as when the SATCAT answers (same lines, same status, in another
    user folder); the SATCAT is one line saying the metadata was kept: the bundled table when none was ever
    downloaded, else the last good copy, untouched."""
    import re

    def element_lines(out):
        return [re.sub(r"\([\d.]+ days old\)", "", line) for line in out.splitlines() if "SATCAT" not in line]

    monkeypatch.setattr(FakeCelestrak, "satcat_mode", mode)
    code, out, _ = run(capsys, "refresh", "--timeout", "2")
    lines = out.splitlines()
    assert sum("SATCAT" in line for line in lines) == 1 and words in lines[-1] and "not updated" in lines[-1]
    assert "kept from the bundled table" in lines[-1]
    assert any(line.startswith("KHAYYAM (53370): ") and "replaces the approximate set" in line for line in lines)
    assert not load_catalog().get(53370).approximate
    monkeypatch.setattr(FakeCelestrak, "satcat_mode", None)
    monkeypatch.setenv("OVERFLIGHT_DATA_DIR", str(tmp_path / "other"))
    good_code, good, _ = run(capsys, "refresh", "--timeout", "2")
    assert good_code == code and element_lines(good) == element_lines(out) and len(element_lines(out)) > 30
    assert "catalogue records from CelesTrak" in good.splitlines()[-1] and satcat.load_metadata()[34427].decayed
    before = satcat.cache_path().read_bytes()
    monkeypatch.setattr(FakeCelestrak, "satcat_mode", mode)
    again_code, out, _ = run(capsys, "refresh", "--timeout", "2", "--force")
    lines = out.splitlines()
    assert again_code == code and sum("SATCAT" in line for line in lines) == 1
    assert "kept from the last good copy (downloaded 20" in lines[-1]
    assert satcat.cache_path().read_bytes() == before and satcat.load_metadata()[34427].decayed
