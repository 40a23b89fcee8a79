"""Element-set parsing: every kind of malformed input is reported precisely."""

import json

import pytest

from desktop.core.elements import (Catalog, ElementError, parse_omm_csv_text, parse_omm_json_text,
                                   parse_text, parse_tle_text, read_element_file, satnum_from_field,
                                   tle_checksum)

ISS = ("ISS (ZARYA)",
       "1 25544U 98067A   26070.19118651  .00009215  00000+0  17770-3 0  9998",
       "2 25544  51.6325  64.9326 0007932 179.9008 180.1983 15.48575655556567")
NOAA = ("NOAA 19",
        "1 33591U 09005A   26070.15108813  .00000036  00000+0  43213-4 0  9992",
        "2 33591  98.9604 140.9245 0012841 310.2633  49.7416 14.13457060880635")


def fix(line):
    """Recompute the checksum of an edited line."""
    return line[:68] + str(tle_checksum(line))


def text(*records):
    return "\n".join(line for record in records for line in record) + "\n"


def test_three_line_and_two_line_records():
    sets, issues = parse_tle_text(text(ISS, NOAA[1:]))
    assert issues == []
    assert [s.name for s in sets] == ["ISS (ZARYA)", "NORAD 33591"]
    assert sets[0].satnum == 25544


def test_bad_checksum_names_file_line_field_and_keeps_good_records():
    bad = (NOAA[0], NOAA[1][:68] + "0", NOAA[2])
    sets, issues = parse_tle_text(text(ISS, bad), source="sample.tle")
    assert [s.name for s in sets] == ["ISS (ZARYA)"]
    assert len(issues) == 1
    message = str(issues[0])
    assert "sample.tle, line 5" in message and "checksum" in message and "found '0'" in message and "expected 2" in message


@pytest.mark.parametrize("edit, field, line_no", [
    (lambda l1, l2: (l1[:60], l2), "line length", 1),
    (lambda l1, l2: (l1, fix(l2[:8] + "200.0000" + l2[16:])), "inclination", 2),
    (lambda l1, l2: (l1, fix(l2[:17] + "400.0000" + l2[25:])), "right ascension", 2),
    (lambda l1, l2: (l1, fix(l2[:52] + " 0.00000000" + l2[63:])), "mean motion", 2),
    (lambda l1, l2: (l1, fix(l2[:26] + "00x7932" + l2[33:])), "eccentricity", 2),
    (lambda l1, l2: (fix(l1[:18] + "26400.19118651" + l1[32:]), l2), "epoch", 1),
    (lambda l1, l2: (l1, fix(l2[:2] + "25545" + l2[7:])), "catalogue number", 2),
    (lambda l1, l2: (fix("3" + l1[1:]), l2), "record", 1),
])
def test_each_malformed_field_is_reported(edit, field, line_no):
    l1, l2 = edit(ISS[1], ISS[2])
    sets, issues = parse_tle_text(text(NOAA, (ISS[0], l1, l2)), source="f.tle")
    assert [s.satnum for s in sets] == [33591]
    assert len(issues) >= 1
    assert field in issues[0].field
    assert issues[0].line in (3 + line_no, 3 + line_no - 1, 4, 5, 6)
    assert "f.tle" in str(issues[0])


def test_alpha5_catalogue_numbers():
    assert satnum_from_field("A0001") == 100001
    assert satnum_from_field("T0002") == 270002  # I and O are skipped
    assert satnum_from_field("Z9999") == 339999
    l1 = fix(ISS[1][:2] + "A0001" + ISS[1][7:])
    l2 = fix(ISS[2][:2] + "A0001" + ISS[2][7:])
    sets, issues = parse_tle_text(text(("ALPHA", l1, l2)))
    assert issues == [] and sets[0].satnum == 100001


def test_omm_json_and_csv_round_trip_to_the_same_orbit():
    from sgp4 import exporter

    sets, _ = parse_tle_text(text(ISS))
    omm = exporter.export_omm(sets[0].satrec, "ISS (ZARYA)")
    json_sets, issues = parse_omm_json_text(json.dumps([omm]))
    assert issues == []
    header = ",".join(omm)
    row = ",".join(str(v) for v in omm.values())
    csv_sets, issues = parse_omm_csv_text(header + "\n" + row + "\n")
    assert issues == []
    for s in (json_sets[0], csv_sets[0]):
        assert s.satnum == 25544 and s.name == "ISS (ZARYA)"
        assert abs(s.epoch_s - sets[0].epoch_s) < 1e-3
        e1, r1, _ = sets[0].satrec.sgp4(sets[0].satrec.jdsatepoch, 0.5)
        e2, r2, _ = s.satrec.sgp4(sets[0].satrec.jdsatepoch, 0.5)
        assert e1 == e2 == 0
        assert max(abs(a - b) for a, b in zip(r1, r2)) < 0.01  # km, half a day out


def test_omm_bad_fields_are_named():
    record = {"OBJECT_NAME": "X", "NORAD_CAT_ID": 1, "EPOCH": "2026-03-11T00:00:00", "MEAN_MOTION": 15.0,
              "ECCENTRICITY": 1.5, "INCLINATION": 51.6, "RA_OF_ASC_NODE": 10, "ARG_OF_PERICENTER": 0, "MEAN_ANOMALY": 0}
    sets, issues = parse_omm_json_text(json.dumps([record]), source="x.json")
    assert sets == [] and issues[0].field == "ECCENTRICITY" and "1.5" in str(issues[0])
    record["ECCENTRICITY"] = 0.001
    del record["EPOCH"]
    sets, issues = parse_omm_json_text(json.dumps(record))
    assert issues[0].field == "EPOCH"
    sets, issues = parse_omm_json_text("[{broken")
    assert issues and issues[0].field == "JSON"


def test_large_catalogue_numbers_from_omm():
    record = {"OBJECT_NAME": "NEW", "NORAD_CAT_ID": 270002, "EPOCH": "2026-03-11T00:00:00", "MEAN_MOTION": 15.0,
              "ECCENTRICITY": 0.001, "INCLINATION": 51.6, "RA_OF_ASC_NODE": 10, "ARG_OF_PERICENTER": 0, "MEAN_ANOMALY": 0}
    sets, issues = parse_omm_json_text(json.dumps([record]))
    assert issues == [] and sets[0].satnum == 270002


def test_format_is_recognised_by_content():
    assert parse_text(text(ISS))[0][0].satnum == 25544
    assert parse_text("[]")[0] == []


def test_newest_epoch_wins_and_real_beats_approximate(catalog):
    older = (ISS[0], ISS[1], ISS[2])
    newer_l1 = fix(ISS[1][:18] + "26071.19118651" + ISS[1][32:])
    c = Catalog(parse_tle_text(text(older))[0])
    c.add(parse_tle_text(text((ISS[0], newer_l1, ISS[2])))[0])
    c.add(parse_tle_text(text(older))[0])
    assert c.get(25544).line1 == newer_l1
    approx = catalog.get(53370)
    assert approx.approximate
    real_l1 = fix(ISS[1][:2] + "53370" + ISS[1][7:])
    real_l2 = fix(ISS[2][:2] + "53370" + ISS[2][7:])
    real = parse_tle_text(text(("KHAYYAM", real_l1, real_l2)))[0][0]
    assert real.epoch_s < approx.epoch_s
    c2 = Catalog([approx])
    c2.add([real])
    assert not c2.get(53370).approximate


def test_unreadable_files_raise_clear_errors(tmp_path):
    with pytest.raises(ElementError, match="cannot open"):
        read_element_file(tmp_path / "missing.tle")
    binary = tmp_path / "b.tle"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    with pytest.raises(ElementError, match="binary"):
        read_element_file(binary)
    empty = tmp_path / "e.tle"
    empty.write_text("")
    with pytest.raises(ElementError, match="no element sets"):
        read_element_file(empty)


def test_find_by_name_prefix_and_number(catalog):
    assert catalog.find("khayyam").satnum == 53370
    assert catalog.find("KHAY").satnum == 53370
    assert catalog.find("53370").name == "KHAYYAM"
    with pytest.raises(ElementError, match="several"):
        catalog.find("SENTINEL")
    with pytest.raises(ElementError, match="no satellite named"):
        catalog.find("NOSUCH")
