"""Tabular output shared by the command line, the window and exports: columns, rows, CSV writers.

Every writer starts with ``#`` comment lines that carry the elements' flags
(APPROXIMATE, DESIGNED) and age warnings, so a file never loses them.
"""

from __future__ import annotations

import csv

import numpy as np

from . import timebase

PASS_COLUMNS = ["satellite", "norad", "start_utc", "end_utc", "duration_s", "closest_utc", "closest_lat_deg",
                "closest_lon_deg", "off_nadir_deg", "max_elevation_deg", "sun_elevation_deg", "daylight",
                "local_solar_time", "direction", "approximate", "designed", "owner"]
TRACK_COLUMNS = ["time_utc", "lat_deg", "lon_deg", "height_km"]


def flag_notes(sets) -> list[str]:
    """One note per approximate or designed set (real sets need none)."""
    return [note for es in sets if (note := es.flag_note())]


def pass_rows(passes, catalog_lookup, owners: dict | None = None):
    """Rows of the pass table, as text, in PASS_COLUMNS order. ``owners``: SATCAT owner code by catalogue number
    (``satcat.load_metadata``); a satellite without one gets an empty owner."""
    owners = owners or {}
    for p in passes:
        es = catalog_lookup(p.satnum)
        hh, mm = divmod(round(p.local_solar_time_h * 60) % 1440, 60)
        yield [p.name, p.satnum, timebase.iso_utc(p.start_s), timebase.iso_utc(p.end_s), f"{p.duration_s:.0f}",
               timebase.iso_utc(p.closest_s), f"{p.closest_lat_deg:.3f}", f"{p.closest_lon_deg:.3f}",
               f"{p.off_nadir_deg:.1f}", f"{p.max_elevation_deg:.1f}", f"{p.sun_elevation_deg:.1f}",
               "yes" if p.daylight else "no", f"{hh:02d}:{mm:02d}", "ascending" if p.ascending else "descending",
               "yes" if es is not None and es.approximate else "no", "yes" if es is not None and es.designed else "no",
               owners.get(p.satnum, "")]


def owner_text(code: str) -> str:
    """A satellite's owner as the heading of its own table names it: the SATCAT code with the table's name for
    it ('owner US (United States)'), the code alone when the table has no name, 'owner unknown' when the
    metadata has none (the compact rows print '-')."""
    from .satcat import OWNERS

    code = (code or "").strip()
    if not code:
        return "owner unknown"
    name = OWNERS.get(code, code)
    return f"owner {code}" + (f" ({name})" if name != code else "")


def compact_pass_row(p, criterion, es=None, owner: str = "", decayed: bool = False) -> list:
    """One pass in one line, as ``passes --all`` prints it and the window's Overhead view lists it:
    the satellite's name, its owner (SATCAT code, '-' when unknown), the start (UTC), the duration (s), the
    highest elevation (contact) or the off-nadir angle (deg), and the elements' flag (APPROXIMATE, DESIGNED,
    '' for real sets; DECAYED first when the SATCAT says the object re-entered), as text."""
    value = p.max_elevation_deg if criterion.kind == "contact" else p.off_nadir_deg
    flag = es.flag if es is not None else ""
    if decayed:
        flag = f"DECAYED {flag}".rstrip()
    return [p.name, owner or "-", timebase.iso_utc(p.start_s), f"{p.duration_s:.0f}", f"{value:.1f}", flag]


COMPACT_HEADER = "{0:<24} {1:<6} {2:<21} {3:>6} {4:>9}  elements"


def compact_pass_line(row) -> str:
    """A compact row as the command line prints it (fixed-width columns)."""
    return f"{row[0][:24]:<24} {row[1]:<6} {row[2]:<21} {row[3]:>5}s {row[4]:>8}°  {row[5]}".rstrip()


def write_comments(out, notes) -> None:
    for note in notes:
        out.write(f"# {note}\n")


def write_passes_csv(out, analysis, catalog_lookup, notes=(), extra: dict | None = None, owners: dict | None = None) -> int:
    """The pass table of an analysis as CSV with its settings and flags in comments; returns the row count.

    ``extra`` adds columns: name -> one text value per pass, in ``all_passes()`` order."""
    extra = extra or {}
    out.write(f"# region: {analysis.region.describe()}; criterion: {analysis.settings_text()}\n")
    write_comments(out, notes)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(PASS_COLUMNS + list(extra))
    passes = analysis.all_passes()
    for k, row in enumerate(pass_rows(passes, catalog_lookup, owners)):
        writer.writerow(row + [column[k] for column in extra.values()])
    return len(passes)


TRACK_ROW = "%s,%.5f,%.5f,%.3f\n"
CHUNK_ROWS = 100_000  # rows formatted at once: fast, and memory stays bounded for long tracks


def write_track_csv(out, track, notes=(), extra: dict | None = None) -> None:
    """A ground track as CSV, with optional extra columns (name -> array, written with 3 decimals).

    Each chunk of rows is formatted by one '%' operation on a repeated row
    template, which runs in C: no Python loop over rows (about 1 s per million rows).
    """
    extra = extra or {}
    write_comments(out, notes)
    out.write(",".join(TRACK_COLUMNS + list(extra)) + "\n")
    width = 4 + len(extra)
    row = TRACK_ROW.rstrip("\n") + ",%.3f" * len(extra) + "\n"
    for a in range(0, len(track), CHUNK_ROWS):
        b = min(a + CHUNK_ROWS, len(track))
        values = np.empty(width * (b - a), dtype=object)
        values[0::width] = timebase.iso_utc(track.times_s[a:b])
        values[1::width] = track.lat_deg[a:b].tolist()
        values[2::width] = track.lon_deg[a:b].tolist()
        values[3::width] = track.height_km[a:b].tolist()
        for k, column in enumerate(extra.values()):
            values[4 + k::width] = np.asarray(column, dtype=float)[a:b].tolist()
        out.write((row * (b - a)) % tuple(values))


def pass_record(p, es=None, owner: str = "") -> dict:
    """One pass for JSON: UTC ISO 8601 strings, numbers in the CSV's units."""
    hh, mm = divmod(round(p.local_solar_time_h * 60) % 1440, 60)
    return {
        "satellite": p.name, "norad": p.satnum, "start_utc": timebase.iso_utc(p.start_s),
        "end_utc": timebase.iso_utc(p.end_s), "duration_s": round(p.duration_s, 2),
        "closest_utc": timebase.iso_utc(p.closest_s), "closest_lat_deg": round(p.closest_lat_deg, 4),
        "closest_lon_deg": round(p.closest_lon_deg, 4), "off_nadir_deg": round(p.off_nadir_deg, 2),
        "max_elevation_deg": round(p.max_elevation_deg, 2), "sun_elevation_deg": round(p.sun_elevation_deg, 2),
        "daylight": p.daylight, "local_solar_time": f"{hh:02d}:{mm:02d}",
        "direction": "ascending" if p.ascending else "descending",
        "flag": es.flag if es is not None else "", "owner": owner, "starts_at_window": p.starts_at_window,
        "ends_at_window": p.ends_at_window,
    }


def stats_record(st) -> dict:
    """Revisit statistics for JSON (hours for gaps, as the CSV of coverage uses)."""
    hours = (lambda v: None if v is None else round(v / 3600.0, 4))
    return {"accesses": st.accesses, "passes_per_day": round(st.passes_per_day, 4),
            "time_in_view_s": round(st.total_in_view_s, 1), "mean_gap_h": hours(st.mean_gap_s),
            "median_gap_h": hours(st.median_gap_s), "longest_gap_h": hours(st.longest_gap_s),
            "first_pass_after_h": hours(st.first_wait_s)}


def analysis_record(analysis, catalog_lookup, notes=(), uncertainty: dict | None = None, owners: dict | None = None) -> dict:
    """Settings, per-satellite statistics and every pass of an analysis, for scripts and notebooks.

    With ``uncertainty`` (satnum -> (windows by pass start, statistic ranges)) each pass carries
    ``start_utc_range`` and ``share``, and each statistic is {"nominal", "low", "high"}."""
    sets = {n: catalog_lookup(n) for n in analysis.passes}
    owners = owners or {}
    passes = analysis.all_passes()
    record = {
        "settings": {"region": analysis.region.describe(), "criterion": analysis.criterion.describe(),
                     "daylight_min_sun_deg": analysis.daylight_min_sun_deg,
                     "window_start_utc": timebase.iso_utc(analysis.start_s),
                     "window_end_utc": timebase.iso_utc(analysis.end_s)},
        "notes": list(notes),
        "satellites": [{"name": es.name if es else str(n), "norad": n, "flag": es.flag if es else "",
                        "owner": owners.get(n, ""),
                        "elements_epoch_utc": es.epoch_iso if es else None,
                        "criterion": analysis.criterion_of(n).describe(),
                        "statistics": stats_record(analysis.stats[n])} for n, es in sets.items()],
        "combined": stats_record(analysis.combined) if analysis.combined is not None else None,
        "passes": [pass_record(p, sets.get(p.satnum), owners.get(p.satnum, "")) for p in passes],
    }
    if uncertainty:
        for sat in record["satellites"]:
            windows, ranges = uncertainty.get(sat["norad"], ({}, None))
            if ranges is not None:
                hours = {"mean_gap_s": "mean_gap_h", "median_gap_s": "median_gap_h", "longest_gap_s": "longest_gap_h"}
                for key, value in ranges.items():
                    scale = 3600.0 if key in hours else 1.0
                    sat["statistics"][hours.get(key, key)] = {k: None if v is None else round(v / scale, 4)
                                                              for k, v in value.items()}
        for entry, p in zip(record["passes"], passes):
            windows = uncertainty.get(p.satnum, ({}, None))[0]
            if p.start_s in windows:
                earliest, latest, share = windows[p.start_s]
                entry["start_utc_range"] = [timebase.iso_utc(earliest), timebase.iso_utc(latest)]
                entry["share"] = round(share, 3)
    return record


# ----------------------------------------------------------------------------- visible passes at an observer

VISIBLE_COLUMNS = ["satellite", "norad", "flag", "start_utc", "end_utc", "duration_s", "max_elevation_deg",
                   "max_elevation_utc", "start_azimuth_deg", "start_direction", "end_azimuth_deg", "end_direction",
                   "magnitude", "magnitude_utc", "magnitude_basis"]
MAGNITUDE_NOTE = ("magnitudes are estimates: standard magnitude at 1000 km and half phase, a diffusely reflecting "
                  "sphere, and the range; 'size-class default' where the object's own value is unknown")


def visible_record(p) -> dict:
    """One visible pass (``sky.VisiblePass``) as the JSON and CSV outputs give it (VISIBLE_COLUMNS keys)."""
    from .sky import compass_point

    return {"satellite": p.satellite, "norad": p.satnum, "flag": p.flag,
            "start_utc": timebase.iso_utc(p.start_s), "end_utc": timebase.iso_utc(p.end_s),
            "duration_s": round(p.end_s - p.start_s), "max_elevation_deg": round(p.max_el_deg, 1),
            "max_elevation_utc": timebase.iso_utc(p.max_el_s),
            "start_azimuth_deg": round(p.start_az_deg, 1), "start_direction": compass_point(p.start_az_deg),
            "end_azimuth_deg": round(p.end_az_deg, 1), "end_direction": compass_point(p.end_az_deg),
            "magnitude": round(p.magnitude, 1), "magnitude_utc": timebase.iso_utc(p.magnitude_s),
            "magnitude_basis": "table" if p.std_magnitude_known else "size-class default"}


def write_visible_csv(out, passes, notes=()) -> int:
    """Visible passes as CSV (VISIBLE_COLUMNS) after ``#`` comment lines (settings, flags, the magnitude note)."""
    write_comments(out, list(notes) + [MAGNITUDE_NOTE])
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(VISIBLE_COLUMNS)
    for p in passes:
        record = visible_record(p)
        writer.writerow([record[c] for c in VISIBLE_COLUMNS])
    return len(passes)
