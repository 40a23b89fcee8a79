"""Shared tables and CSV writers: the same text a plain csv.writer gives, with the flags in comments."""

import csv
import io

from desktop.core import timebase
from desktop.core.groundtrack import ground_track, times_grid
from desktop.core.tables import TRACK_COLUMNS, flag_notes, write_track_csv


def test_track_csv_matches_a_plain_row_by_row_writer(catalog):
    es = catalog.find("ISS")
    track = ground_track(es, times_grid(es.epoch_s, 3 * 3600.0, 7.0))
    ours = io.StringIO()
    write_track_csv(ours, track, ["note one", "note two"])
    reference = io.StringIO()
    reference.write("# note one\n# note two\n")
    writer = csv.writer(reference, lineterminator="\n")
    writer.writerow(TRACK_COLUMNS)
    for t, lat, lon, h in zip(track.times_s, track.lat_deg, track.lon_deg, track.height_km):
        writer.writerow([timebase.iso_utc(t), f"{lat:.5f}", f"{lon:.5f}", f"{h:.3f}"])
    assert ours.getvalue() == reference.getvalue()


def test_flags_of_approximate_and_designed_sets_become_notes(catalog):
    from desktop.core.design import OrbitDesign, build

    designed = build(OrbitDesign(epoch_s=timebase.now_s(), height_km=600.0, inclination_deg=40.0)).elements
    notes = flag_notes([catalog.find("KHAYYAM"), catalog.find("ISS"), designed])
    assert len(notes) == 2
    assert "APPROXIMATE" in notes[0] and "KHAYYAM" in notes[0]
    assert "DESIGNED" in notes[1] and "inclination 40" in notes[1]
