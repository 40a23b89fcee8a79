"""Element sets: parsing and validating TLE and OMM, and the catalogue that holds them.

A bad record never stops a file: it becomes a :class:`ParseIssue` naming the
file, the line, the field, what was found and what was expected, and the good
records of the same file still load.
"""

from __future__ import annotations

import csv
import io
import json
import math
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sgp4 import exporter
from sgp4.api import WGS72, Satrec

from . import timebase
from .files import FileReadError, read_bytes_limited

STALE_DAYS = 14.0  # useful life of an element set, as a rule of thumb


class ElementError(ValueError):
    """An element set or catalogue request that cannot be satisfied."""


@dataclass(frozen=True)
class ParseIssue:
    """One rejected record: where, which field, what was found and what was expected."""

    source: str
    line: int
    field: str
    found: str
    expected: str

    def __str__(self) -> str:
        return (
            f"{self.source}, line {self.line}: {self.field}: found {self.found!r}, "
            f"expected {self.expected}"
        )


@dataclass(frozen=True)
class ElementSet:
    """One satellite's mean elements and where they came from."""

    name: str
    satnum: int
    satrec: Satrec = field(repr=False, compare=False)
    epoch_s: float
    source: str = "file"
    approximate: bool = False  # built from published figures
    designed: bool = False  # made in the Orbit lab (or read back from a design's export)
    derivation: str = ""
    retrieved_s: float | None = None
    line1: str | None = None
    line2: str | None = None

    @property
    def epoch_iso(self) -> str:
        return timebase.iso_utc(self.epoch_s)

    def age_days(self, at_s: float | None = None) -> float:
        """Days from the element epoch to ``at_s`` (default now); negative before the epoch."""
        return ((timebase.now_s() if at_s is None else at_s) - self.epoch_s) / timebase.DAY_S

    @property
    def flag(self) -> str:
        """APPROXIMATE, DESIGNED or '' (real, tracked elements): shown in every output."""
        return "APPROXIMATE" if self.approximate else "DESIGNED" if self.designed else ""

    @property
    def label(self) -> str:
        """Name as shown everywhere, with the approximate or designed flag when it applies."""
        return f"{self.name} ({self.flag.lower()})" if self.flag else self.name

    def flag_note(self) -> str:
        """One line for warnings and file headers: the flag and how the elements were made ('' for real sets)."""
        if not self.flag:
            return ""
        return f"{self.name} (NORAD {self.satnum}): {self.flag} elements, {self.derivation or self.source}"

    def tle_lines(self) -> tuple[str, str]:
        """The two TLE lines (exported by sgp4 when the set came from OMM)."""
        if self.line1 and self.line2:
            return self.line1, self.line2
        if self.satnum > 339999:
            raise ElementError(
                f"{self.name}: catalogue number {self.satnum} cannot be written as a TLE "
                "(more than alpha-5 allows); export as OMM instead"
            )
        problem = tle_epoch_problem(self.epoch_s)
        if problem:
            raise ElementError(f"{self.name}: {problem}; export as OMM instead")
        return exporter.export_tle(self.satrec)

    def with_source(self, **changes) -> "ElementSet":
        return replace(self, **changes)


# ----------------------------------------------------------------------------- checks shared by all formats

_SATREC_FINITE = ("bstar", "ndot", "nddot", "ecco", "argpo", "inclo", "mo", "no_kozai", "nodeo")


def satrec_problem(satrec) -> str | None:
    """Why an initialised Satrec cannot be used, or None.

    The one gate every format passes through: sgp4's own error code, any
    non-finite element (sgp4 accepts a NaN drag term and then propagates NaN
    silently), and a trial propagation at the epoch.
    """
    if satrec.error:
        return f"sgp4 error {satrec.error}"
    for attr in _SATREC_FINITE:
        if not math.isfinite(getattr(satrec, attr)):
            return f"{attr} is not a finite number"
    error, position, _velocity = satrec.sgp4_tsince(0.0)
    if error or not all(math.isfinite(x) for x in position):
        return f"sgp4 error {error} at the epoch" if error else "position at the epoch is not finite"
    return None


# ----------------------------------------------------------------------------- TLE


def satnum_from_field(text: str) -> int:
    """Catalogue number from the 5-character TLE field, alpha-5 included (A0001 = 100001)."""
    text = text.strip()
    if not text:
        raise ValueError("empty")
    if text[0].isalpha():
        letter = text[0].upper()
        if letter in "IO" or not text[1:].isdigit() or len(text) != 5:
            raise ValueError(text)
        value = ord(letter) - ord("A") + 10
        value -= (letter > "I") + (letter > "O")
        return value * 10000 + int(text[1:])
    if not text.isdigit():
        raise ValueError(text)
    return int(text)


def tle_checksum(line: str) -> int:
    """The TLE line checksum: digits count their value, a minus sign one, anything else nothing (modulo 10)."""
    head = line[:68]
    if head.isascii():  # one translate and a sum in C instead of a Python step per character (loading 15,000 sets)
        return sum(head.encode("ascii").translate(_CHECKSUM_VALUES)) % 10
    return sum(int(c) if c.isdigit() else (1 if c == "-" else 0) for c in head) % 10


_CHECKSUM_VALUES = bytes(c - 48 if 48 <= c <= 57 else (1 if c == 45 else 0) for c in range(256))


TLE_FIRST_YEAR, TLE_LAST_YEAR = 1957, 2056  # the two-digit year: 57-99 are 1957-1999, 00-56 are 2000-2056
TLE_NAME_CHARS = 24  # the title line ("line 0") of the format


def tle_epoch_problem(epoch_s: float) -> str | None:
    """Why a TLE cannot carry this epoch (its year has two digits), or None."""
    if not math.isfinite(epoch_s):
        return "the epoch is not a finite time"
    try:
        when = datetime(1970, 1, 1, tzinfo=timezone.utc) + timedelta(seconds=epoch_s)
    except OverflowError:
        when = None
    if when is None or not TLE_FIRST_YEAR <= when.year <= TLE_LAST_YEAR:
        shown = f"{when.year:04d}-{when.month:02d}-{when.day:02d}" if when else f"{epoch_s:g} s from 1970"
        return f"epoch {shown} cannot be written as a TLE (its two-digit year holds {TLE_FIRST_YEAR} to {TLE_LAST_YEAR} only)"
    return None


def tle_title(name: str, fallback: str = "UNNAMED") -> str:
    """A name as the TLE title line can carry it: one line, no control characters, 24 characters.

    A line break inside a name would make the reader take its second half as
    the name and the first half as a stray record; Unicode line and paragraph
    separators count too, as ``str.splitlines`` splits on them.
    """
    cleaned = _one_line(name)[:TLE_NAME_CHARS].strip()
    if cleaned[:2] in ("1 ", "2 ") or cleaned.startswith("#"):
        cleaned = ("_" + cleaned)[:TLE_NAME_CHARS]  # would read as a TLE line or a comment
    return cleaned or fallback


def _one_line(text: str) -> str:
    """Text as one line: control characters, line and paragraph separators become single spaces."""
    return " ".join("".join(" " if unicodedata.category(c)[0] in "CZ" else c for c in str(text)).split())


def _epoch_from_tle(field_text: str) -> float:
    year = int(field_text[:2])
    year += 1900 if year >= 57 else 2000
    day = float(field_text[2:])
    if not 1.0 <= day < 367.0:
        raise ValueError(field_text)
    start = datetime(year, 1, 1, tzinfo=timezone.utc)
    return (start + timedelta(days=day - 1.0)).timestamp()


# (field name, columns in line 1 or 2 (0-based, end exclusive), parser, check, expected)
def _float_field(text):
    return float(text)


def _implied_decimal(text):
    return float("0." + text.strip())


def _in_range(lo, hi):
    return lambda v: lo <= v <= hi


_LINE2_FIELDS = [
    ("inclination", 8, 16, _float_field, _in_range(0.0, 180.0), "degrees from 0 to 180"),
    ("right ascension of the node", 17, 25, _float_field, _in_range(0.0, 360.0), "degrees from 0 to 360"),
    ("eccentricity", 26, 33, _implied_decimal, _in_range(0.0, 0.9999999), "7 digits with implied leading decimal point, below 1"),
    ("argument of perigee", 34, 42, _float_field, _in_range(0.0, 360.0), "degrees from 0 to 360"),
    ("mean anomaly", 43, 51, _float_field, _in_range(0.0, 360.0), "degrees from 0 to 360"),
    ("mean motion", 52, 63, _float_field, lambda v: 0.0 < v < 20.0, "revolutions per day, above 0 and below 20"),
]


def parse_tle_record(name: str | None, line1: str, line2: str, source: str, first_line: int):
    """Validate and build one element set from a TLE; returns (ElementSet | None, ParseIssue | None)."""

    def issue(line_offset, field_name, found, expected):
        return None, ParseIssue(source, first_line + line_offset, field_name, found, expected)

    l1, l2 = line1.rstrip(), line2.rstrip()
    for offset, line, number in ((0, l1, "1"), (1, l2, "2")):
        if len(line) != 69:
            return issue(offset, "line length", f"{len(line)} characters", "69 characters")
        if line[0] != number or line[1] != " ":
            return issue(offset, "line number", line[:2], f"'{number} ' at the start of the line")
        if not line[68].isdigit():
            return issue(offset, "checksum", line[68], "a digit in column 69")
        if tle_checksum(line) != int(line[68]):
            return issue(offset, "checksum", line[68], f"{tle_checksum(line)} (sum of digits, minus signs count 1, mod 10)")
    try:
        satnum = satnum_from_field(l1[2:7])
    except ValueError:
        return issue(0, "catalogue number", l1[2:7], "5 digits or alpha-5 (a letter, then 4 digits)")
    if l2[2:7] != l1[2:7]:
        return issue(1, "catalogue number", l2[2:7], f"{l1[2:7]} as on line 1")
    try:
        epoch_s = _epoch_from_tle(l1[18:32])
    except ValueError:
        return issue(0, "epoch", l1[18:32], "YYDDD.DDDDDDDD with day of year from 1 to 366")
    for field_name, a, b, parse, ok, expected in _LINE2_FIELDS:
        text = l2[a:b]
        try:
            value = parse(text)
        except ValueError:
            return issue(1, field_name, text.strip(), expected)
        if not ok(value):
            return issue(1, field_name, text.strip(), expected)
    try:
        satrec = Satrec.twoline2rv(l1, l2, WGS72)
    except Exception as exc:  # sgp4's own parser has a few further rules
        return issue(0, "record", str(exc), "a record that sgp4 accepts")
    problem = satrec_problem(satrec)
    if problem:
        return issue(0, "record", problem, "elements that SGP4 can initialise and propagate")
    label = (name or "").strip()
    if label.startswith("0 "):
        label = label[2:].strip()
    label = label or f"NORAD {satnum}"
    return ElementSet(label, satnum, satrec, epoch_s, line1=l1, line2=l2), None


# Exports of designed orbits carry this mark (a TLE comment line, an OMM COMMENT), so a
# design read back from its file keeps its DESIGNED flag.
DESIGNED_MARK = "# DESIGNED IN OVERFLIGHT"
OMM_DESIGNED_MARK = "DESIGNED IN OVERFLIGHT"


def parse_tle_text(text: str, source: str = "<text>"):
    """All element sets in 2-line or 3-line TLE text; returns (sets, issues)."""
    sets, issues = [], []
    lines = [ln.rstrip("\r\n") for ln in text.splitlines()]
    i = 0
    pending_name, name_line = None, 0
    designed_note = None  # a '# DESIGNED in Overflight: ...' comment flags the next record
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            if stripped.upper().startswith(DESIGNED_MARK):
                designed_note = stripped[len(DESIGNED_MARK):].strip(" :")
            i += 1
            continue
        if line.startswith("1 ") and (i + 1 < len(lines)) and lines[i + 1].startswith("2 "):
            es, problem = parse_tle_record(pending_name, line, lines[i + 1], source, i + 1)
            if es:
                if designed_note is not None:
                    es = es.with_source(designed=True, derivation=designed_note)
                sets.append(es)
            else:
                issues.append(problem)
            pending_name, designed_note = None, None
            i += 2
            continue
        if line.startswith("1 ") or line.startswith("2 "):
            expected = "line 2 after it" if line.startswith("1 ") else "a line 1 before it"
            issues.append(ParseIssue(source, i + 1, "record", stripped[:20] + "...", f"a complete TLE ({expected})"))
            i += 1
            pending_name = None
            continue
        if pending_name is not None:
            issues.append(ParseIssue(source, name_line, "record", pending_name[:30], "a name followed by two TLE lines"))
        pending_name, name_line = stripped, i + 1
        i += 1
    if pending_name is not None:
        issues.append(ParseIssue(source, name_line, "record", pending_name[:30], "a name followed by two TLE lines"))
    return sets, issues


# ----------------------------------------------------------------------------- OMM

_OMM_REQUIRED = {
    "EPOCH": "an ISO 8601 date-time",
    "MEAN_MOTION": "revolutions per day, above 0 and below 20",
    "ECCENTRICITY": "a number from 0 to below 1",
    "INCLINATION": "degrees from 0 to 180",
    "RA_OF_ASC_NODE": "degrees from 0 to 360",
    "ARG_OF_PERICENTER": "degrees from 0 to 360",
    "MEAN_ANOMALY": "degrees from 0 to 360",
    "NORAD_CAT_ID": "a whole catalogue number",
}

_OMM_RANGES = {
    "MEAN_MOTION": (0.0, 20.0, True),
    "ECCENTRICITY": (0.0, 0.9999999, False),
    "INCLINATION": (0.0, 180.0, False),
    "RA_OF_ASC_NODE": (0.0, 360.0, False),
    "ARG_OF_PERICENTER": (0.0, 360.0, False),
    "MEAN_ANOMALY": (0.0, 360.0, False),
}

# Optional fields: (lowest, highest, expected). The rates are bounded by what the TLE
# format can carry (|value| < 1 in its units); the counters by a generous maximum.
_OMM_OPTIONAL = {
    "BSTAR": (-1.0, 1.0, "a finite number from -1 to 1 (per Earth radius)"),
    "MEAN_MOTION_DOT": (-1.0, 1.0, "a finite number from -1 to 1 (revolutions per day squared, halved)"),
    "MEAN_MOTION_DDOT": (-1.0, 1.0, "a finite number from -1 to 1 (revolutions per day cubed, over 6)"),
}
_OMM_COUNTERS = {
    "ELEMENT_SET_NO": ("elnum", 9999, "a whole number from 0 to 9999"),
    "REV_AT_EPOCH": ("revnum", 9_999_999, "a whole number from 0 to 9999999"),
}
MAX_SATNUM = 999_999_999  # OMM carries nine digits; the TLE form only up to 339999 (alpha-5)


def _finite_number(value) -> float:
    """A float from an OMM value (number or numeric string); ValueError for anything else or non-finite.

    Booleans are refused although Python treats them as numbers: a JSON ``true`` is no orbit figure.
    """
    if type(value) is float:  # JSON's numbers: the common case, checked first (a third of OMM parsing)
        if value - value == 0.0:  # false for NaN and the infinities
            return value
        raise ValueError(value)
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise ValueError(value)
    if isinstance(value, int) and abs(value) > 10**18:  # float() of a huge int overflows
        raise ValueError(value)
    number = float(value)
    if not math.isfinite(number):
        raise ValueError(value)
    return number


def _found(value) -> str:
    text = str(value)
    return text if len(text) <= 40 else text[:37] + "..."


def parse_omm_record(fields: dict, source: str, line: int):
    """Validate and build one element set from an OMM record (keys as in CelesTrak's JSON/CSV).

    Every numeric field is checked for being a finite number in its range
    before anything reaches sgp4: a NaN drag term or a 300-digit counter is a
    skipped record with its reason, never a NaN track or an exception.
    """

    def issue(field_name, found, expected):
        return None, ParseIssue(source, line, field_name, _found(found), expected)

    for key, expected in _OMM_REQUIRED.items():
        if key not in fields or fields[key] is None or (isinstance(fields[key], str) and not fields[key].strip()):
            return issue(key, "nothing", expected)
    raw_id = fields["NORAD_CAT_ID"]
    try:
        if isinstance(raw_id, bool) or not isinstance(raw_id, (int, str)):
            raise ValueError
        satnum = int(str(raw_id).strip())
        if not 0 < satnum <= MAX_SATNUM:
            raise ValueError
    except ValueError:
        return issue("NORAD_CAT_ID", raw_id, f"a whole catalogue number from 1 to {MAX_SATNUM}")
    values = {}
    for key, (lo, hi, open_low) in _OMM_RANGES.items():
        try:
            value = _finite_number(fields[key])
        except (TypeError, ValueError, OverflowError):
            return issue(key, fields[key], _OMM_REQUIRED[key])
        if value > hi or value < lo or (open_low and value <= lo):
            return issue(key, fields[key], _OMM_REQUIRED[key])
        values[key] = value
    if not isinstance(fields["EPOCH"], str):
        return issue("EPOCH", fields["EPOCH"], _OMM_REQUIRED["EPOCH"])
    try:
        epoch = timebase.parse_iso8601(fields["EPOCH"])
        if not 1957 <= epoch.year <= 2100:
            raise ValueError
    except (ValueError, OverflowError):
        return issue("EPOCH", fields["EPOCH"], "an ISO 8601 date-time from 1957 to 2100")
    rates = {}
    for key, (lo, hi, expected) in _OMM_OPTIONAL.items():
        raw = fields.get(key)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            rates[key] = 0.0
            continue
        try:
            rates[key] = _finite_number(raw)
        except (TypeError, ValueError, OverflowError):
            return issue(key, raw, expected)
        if not lo <= rates[key] <= hi:
            return issue(key, raw, expected)
    counters = {}
    for key, (attr, highest, expected) in _OMM_COUNTERS.items():
        raw = fields.get(key)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            continue
        try:
            number = _finite_number(raw)
        except (TypeError, ValueError, OverflowError):
            return issue(key, raw, expected)
        if number != int(number) or not 0 <= number <= highest:
            return issue(key, raw, expected)
        counters[attr] = int(number)
    epoch_1949 = (epoch - datetime(1949, 12, 31, tzinfo=timezone.utc)).total_seconds() / 86400.0
    satrec = Satrec()
    try:
        # sgp4 keeps catalogue numbers only up to alpha-5; larger ones live in ElementSet.satnum
        satrec.sgp4init(
            WGS72, "i", satnum if satnum <= 339999 else 0, epoch_1949, rates["BSTAR"],
            rates["MEAN_MOTION_DOT"] * 2 * math.pi / 1440.0**2,
            rates["MEAN_MOTION_DDOT"] * 2 * math.pi / 1440.0**3,
            values["ECCENTRICITY"], math.radians(values["ARG_OF_PERICENTER"]),
            math.radians(values["INCLINATION"]), math.radians(values["MEAN_ANOMALY"]),
            values["MEAN_MOTION"] * 2 * math.pi / 1440.0, math.radians(values["RA_OF_ASC_NODE"]),
        )
    except Exception as exc:
        return issue("record", exc, "elements that SGP4 can initialise")
    problem = satrec_problem(satrec)
    if problem:
        return issue("record", problem, "elements that SGP4 can initialise and propagate")
    satrec.classification = str(fields.get("CLASSIFICATION_TYPE") or "U")[:1]
    object_id = str(fields.get("OBJECT_ID") or "")
    satrec.intldesg = object_id[2:].replace("-", "")[:8] if len(object_id) > 2 else ""
    satrec.elnum = counters.get("elnum", 0)
    satrec.revnum = counters.get("revnum", 0) % 100000  # the TLE form keeps five digits
    name = str(fields.get("OBJECT_NAME") or "").strip()[:80] or f"NORAD {satnum}"
    comment = str(fields.get("COMMENT") or "")
    designed = comment.upper().startswith(OMM_DESIGNED_MARK)
    derivation = comment[len(OMM_DESIGNED_MARK):].strip(" :")[:300] if designed else ""
    return ElementSet(name, satnum, satrec, epoch.timestamp(), designed=designed, derivation=derivation), None


def parse_omm_json_text(text: str, source: str = "<json>"):
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return [], [ParseIssue(source, exc.lineno, "JSON", exc.msg, "a JSON array of OMM records")]
    except (ValueError, RecursionError) as exc:  # a 5,000-digit number, or nesting too deep
        return [], [ParseIssue(source, 1, "JSON", _found(exc), "a JSON array of OMM records")]
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        return [], [ParseIssue(source, 1, "JSON", type(data).__name__, "a JSON array of OMM records")]
    sets, issues = [], []
    for index, record in enumerate(data):
        if not isinstance(record, dict):
            issues.append(ParseIssue(source, 1, f"record {index + 1}", type(record).__name__, "an OMM object"))
            continue
        es, problem = parse_omm_record(record, f"{source} (record {index + 1})" if len(data) > 1 else source, 1)
        (sets.append(es) if es else issues.append(problem))
    return sets, issues


def parse_omm_csv_text(text: str, source: str = "<csv>"):
    reader = csv.DictReader(io.StringIO(text))
    sets, issues = [], []
    try:
        if not reader.fieldnames or "NORAD_CAT_ID" not in reader.fieldnames:
            return [], [ParseIssue(source, 1, "header", ",".join(reader.fieldnames or [])[:60], "an OMM CSV header with NORAD_CAT_ID, EPOCH, MEAN_MOTION, ...")]
        for row in reader:
            es, problem = parse_omm_record(row, source, reader.line_num)
            (sets.append(es) if es else issues.append(problem))
    except csv.Error as exc:  # an over-long field, say: the rest of the file cannot be read
        issues.append(ParseIssue(source, reader.line_num, "CSV", _found(exc), "comma-separated OMM records"))
    return sets, issues


def parse_text(text: str, source: str = "<text>"):
    """Any supported format, recognised by content: OMM JSON, OMM CSV or TLE."""
    head = text.lstrip()[:200]
    if head.startswith(("[", "{")):
        return parse_omm_json_text(text, source)
    if head.upper().startswith(("OBJECT_NAME", "NORAD_CAT_ID", "OBJECT_ID", "CCSDS")) or "NORAD_CAT_ID" in head.split("\n", 1)[0]:
        return parse_omm_csv_text(text, source)
    return parse_tle_text(text, source)


MAX_ELEMENT_FILE_BYTES = 64 * 1024 * 1024


def read_element_file(path) -> tuple[list[ElementSet], list[ParseIssue]]:
    """Parse an element file; an unreadable file raises ElementError saying why."""
    path = Path(path)
    try:
        data = read_bytes_limited(path, MAX_ELEMENT_FILE_BYTES, "an element file")
    except FileReadError as exc:
        raise ElementError(str(exc)) from None
    if b"\x00" in data[:4096]:
        raise ElementError(f"{path}: binary data, not TLE or OMM text")
    text = data.decode("utf-8", errors="replace")
    sets, issues = parse_text(text, str(path))
    sets = [s.with_source(source=f"file {path.name}") for s in sets]
    if not sets and not issues:
        raise ElementError(f"{path}: no element sets found (expected TLE, OMM JSON or OMM CSV)")
    return sets, issues


# ----------------------------------------------------------------------------- writing


def omm_record(es: ElementSet) -> dict:
    """One OMM record (CelesTrak's JSON keys) for an element set; parse_omm_record reads it back.

    Written here rather than by sgp4's exporter, which needs an international
    designator that designed orbits do not have.
    """
    sat = es.satrec
    epoch = datetime.fromtimestamp(es.epoch_s, tz=timezone.utc)
    record = {
        "OBJECT_NAME": es.name,
        "OBJECT_ID": _object_id(sat.intldesg),
        "EPOCH": epoch.strftime("%Y-%m-%dT%H:%M:%S.%f"),
        "MEAN_MOTION": sat.no_kozai * 1440.0 / (2 * math.pi),
        "ECCENTRICITY": sat.ecco,
        "INCLINATION": math.degrees(sat.inclo),
        "RA_OF_ASC_NODE": math.degrees(sat.nodeo) % 360.0,
        "ARG_OF_PERICENTER": math.degrees(sat.argpo) % 360.0,
        "MEAN_ANOMALY": math.degrees(sat.mo) % 360.0,
        "EPHEMERIS_TYPE": 0,
        "CLASSIFICATION_TYPE": sat.classification or "U",
        "NORAD_CAT_ID": es.satnum,
        "ELEMENT_SET_NO": int(sat.elnum or 0),
        "REV_AT_EPOCH": int(sat.revnum or 0),
        "BSTAR": sat.bstar,
        "MEAN_MOTION_DOT": sat.ndot * 1440.0**2 / (2 * math.pi),
        "MEAN_MOTION_DDOT": sat.nddot * 1440.0**3 / (2 * math.pi),
    }
    if es.designed:
        record["COMMENT"] = f"{OMM_DESIGNED_MARK}: {es.derivation}"
    elif es.approximate:
        record["COMMENT"] = f"APPROXIMATE: {es.derivation}"
    return record


def _object_id(intldesg: str) -> str:
    intldesg = (intldesg or "").strip()
    if len(intldesg) < 5 or not intldesg[:2].isdigit():
        return ""
    year = int(intldesg[:2])
    return f"{1900 + year if year >= 57 else 2000 + year}-{intldesg[2:]}"


def tle_text(sets) -> str:
    """Three-line TLE text for element sets; designed and approximate ones are marked in comments."""
    out = []
    for es in sets:
        l1, l2 = es.tle_lines()
        if es.designed:
            out.append(_one_line(f"{DESIGNED_MARK}: {es.derivation}"))
        elif es.approximate:
            out.append(_one_line(f"# APPROXIMATE: {es.derivation}"))
        out += [tle_title(es.name, str(es.satnum)), l1, l2]
    return "\n".join(out) + "\n"


def omm_json_text(sets) -> str:
    return json.dumps([omm_record(es) for es in sets], indent=1) + "\n"


# ----------------------------------------------------------------------------- catalogue


class Catalog:
    """Element sets by catalogue number; for each number the newest epoch wins."""

    def __init__(self, sets=()):
        self._sets: dict[int, ElementSet] = {}
        self.issues: list[ParseIssue] = []
        self.cache_problems: list[str] = []
        self.add(sets)

    def add(self, sets) -> list[ElementSet]:
        """Add sets; returns those that were taken.

        A real set always replaces an approximate one; otherwise the newest epoch wins,
        and on equal epochs the set added later.
        """
        taken = []
        for es in sets:
            held = self._sets.get(es.satnum)
            if held is None or _preferred(es, held):
                self._sets[es.satnum] = es
                taken.append(es)
        return taken

    def drop_superseded_placeholders(self) -> list[ElementSet]:
        """Remove approximate sets whose name a real set now carries (placeholder numbers)."""
        real = {_name_key(s.name) for s in self._sets.values() if not s.approximate}
        gone = [s for s in self._sets.values() if s.approximate and _name_key(s.name) in real]
        for s in gone:
            del self._sets[s.satnum]
        return gone

    def put(self, es: ElementSet) -> None:
        """Hold exactly this set for its number, whatever its epoch (a lesson's own elements)."""
        self._sets[es.satnum] = es

    def remove(self, satnum: int) -> ElementSet | None:
        return self._sets.pop(satnum, None)

    def __len__(self) -> int:
        return len(self._sets)

    def __iter__(self):
        return iter(sorted(self._sets.values(), key=lambda s: s.name.upper()))

    def __contains__(self, satnum) -> bool:
        return satnum in self._sets

    def get(self, satnum: int) -> ElementSet | None:
        return self._sets.get(satnum)

    def find(self, query: str) -> ElementSet:
        """A satellite by catalogue number, exact name or unique name prefix (case-insensitive)."""
        text = str(query).strip()
        if not text:
            raise ElementError("no satellite named (give a name or a catalogue number)")
        try:
            number = satnum_from_field(text) if len(text) <= 6 else int(text)
        except ValueError:
            number = None
        if number is not None and number in self._sets:
            return self._sets[number]
        key = _name_key(text)
        exact = [s for s in self._sets.values() if _name_key(s.name) == key]
        if len(exact) == 1:
            return exact[0]
        prefix = [s for s in self._sets.values() if _name_key(s.name).startswith(key)]
        if len(prefix) == 1:
            return prefix[0]
        if len(prefix) > 1:
            names = ", ".join(sorted(s.name for s in prefix)[:8])
            raise ElementError(f"'{text}' matches several satellites: {names}; give more of the name or the catalogue number")
        if number is not None:
            raise ElementError(f"no satellite with catalogue number {number} in the catalogue (add one with --tle FILE)")
        raise ElementError(f"no satellite named '{text}' in the catalogue (see 'overflight catalog')")


def _preferred(new: ElementSet, held: ElementSet) -> bool:
    """A design replaces its earlier version; real beats approximate; then the newer epoch;
    on a tie, the set added later (the user's file)."""
    if new.designed and held.designed:
        return True
    if new.approximate != held.approximate:
        return held.approximate
    return new.epoch_s >= held.epoch_s


def _name_key(name: str) -> str:
    return " ".join(name.upper().replace("_", " ").split())
