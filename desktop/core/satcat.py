"""Satellite metadata (whose it is, when and where it was launched, what kind of object) from CelesTrak's SATCAT.

CelesTrak publishes the whole US satellite catalogue as one CSV file (``/pub/satcat.csv``, about
65,000 rows, columns OBJECT_NAME, OBJECT_ID, NORAD_CAT_ID, OBJECT_TYPE, OPS_STATUS_CODE, OWNER,
LAUNCH_DATE, LAUNCH_SITE, DECAY_DATE, PERIOD, INCLINATION, APOGEE, PERIGEE, RCS,
DATA_STATUS_CODE, ORBIT_CENTER, ORBIT_TYPE; documented at https://celestrak.org/satcat/satcat-format.php).
Parsing is separate from downloading (as in skyfield's ``iokit``): :func:`parse_satcat_csv`
takes any text, skips and counts the rows it cannot read, and never raises for one bad row.

:func:`fetch_satcat` downloads it with the same offline-first rules as the element sets
(``celestrak.py``): an identical query younger than two hours is answered from the cache, an
answer that is not a clean SATCAT table never replaces the cache, and a damaged cache file is
moved aside with one line. The bundled satellites have a small hand-written table
(``tle/satcat-bundled.csv``, provenance in ``tle/PROVENANCE.md``); a downloaded SATCAT overrides it.

The owner and launch-site code tables below were written by hand from CelesTrak's
documentation pages "SATCAT sources" (https://celestrak.org/satcat/sources.php) and "SATCAT
launch sites" (https://celestrak.org/satcat/launchsites.php); names are shortened for a list,
and a code missing here is shown as the code itself.
"""

from __future__ import annotations

import csv
import io
import json
import operator
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from . import timebase
from .files import move_aside_line, read_text_limited
from .paths import tle_dir, user_data_dir, write_atomic

SATCAT_PATH = "/pub/satcat.csv"
COLUMNS = ("OBJECT_NAME", "OBJECT_ID", "NORAD_CAT_ID", "OBJECT_TYPE", "OPS_STATUS_CODE", "OWNER", "LAUNCH_DATE",
           "LAUNCH_SITE", "DECAY_DATE", "PERIOD", "INCLINATION", "APOGEE", "PERIGEE", "RCS", "DATA_STATUS_CODE",
           "ORBIT_CENTER", "ORBIT_TYPE")
REQUIRED_COLUMNS = ("OBJECT_NAME", "NORAD_CAT_ID", "OBJECT_TYPE", "OWNER")
MAX_SATCAT_BYTES = 64 * 1024 * 1024  # the whole file was about 7 MB in 2026

OBJECT_TYPES = {"PAY": "payload", "R/B": "rocket body", "DEB": "debris", "UNK": "unknown"}
STATUS_NAMES = {
    "+": "operational", "-": "not operational", "P": "partially operational", "B": "backup / standby",
    "S": "spare", "X": "extended mission", "D": "decayed", "?": "unknown",
}
RCS_CLASSES = ("SMALL", "MEDIUM", "LARGE")
# Space-Track's radar cross-section size classes: SMALL < 0.1 m^2 <= MEDIUM < 1 m^2 <= LARGE
RCS_SMALL_BELOW_M2 = 0.1
RCS_LARGE_FROM_M2 = 1.0

# CelesTrak SATCAT owner ("source") codes -> country or organisation (see the module docstring).
OWNERS = {
    "AB": "Arabsat (Arab League)", "ABS": "Asia Broadcast Satellite", "AC": "AsiaSat", "ALG": "Algeria",
    "ANG": "Angola", "ARGN": "Argentina", "ARM": "Armenia", "ASRA": "Austria", "AUS": "Australia",
    "AZER": "Azerbaijan", "BEL": "Belgium", "BELA": "Belarus", "BERM": "Bermuda", "BGD": "Bangladesh",
    "BHR": "Bahrain", "BHUT": "Bhutan", "BOL": "Bolivia", "BRAZ": "Brazil", "BUL": "Bulgaria", "BWA": "Botswana",
    "CA": "Canada", "CHBZ": "China / Brazil", "CHTU": "China / Turkey", "CHLE": "Chile",
    "CIS": "Russia (CIS, former USSR)", "COL": "Colombia", "CRI": "Costa Rica", "CZCH": "Czechia",
    "DEN": "Denmark", "DJI": "Djibouti", "ECU": "Ecuador", "EGYP": "Egypt", "ESA": "European Space Agency",
    "ESRO": "European Space Research Organisation", "EST": "Estonia", "ETH": "Ethiopia", "EUME": "EUMETSAT",
    "EUTE": "Eutelsat", "FGER": "France / Germany", "FIN": "Finland", "FR": "France", "FRIT": "France / Italy",
    "GER": "Germany", "GHA": "Ghana", "GLOB": "Globalstar", "GREC": "Greece", "GRSA": "Greece / Saudi Arabia",
    "GUAT": "Guatemala", "HRV": "Croatia", "HUN": "Hungary", "IM": "Inmarsat", "IND": "India", "INDO": "Indonesia",
    "IRAN": "Iran", "IRAQ": "Iraq", "IRID": "Iridium", "IRL": "Ireland", "ISRA": "Israel",
    "ISRO": "India (ISRO)", "ISS": "International Space Station partners", "IT": "Italy", "ITSO": "Intelsat",
    "JPN": "Japan", "KAZ": "Kazakhstan", "KEN": "Kenya", "LAOS": "Laos", "LKA": "Sri Lanka", "LTU": "Lithuania",
    "LUXE": "Luxembourg", "MA": "Morocco", "MALA": "Malaysia", "MCO": "Monaco", "MDA": "Moldova", "MEX": "Mexico",
    "MMR": "Myanmar", "MNE": "Montenegro", "MNG": "Mongolia", "MUS": "Mauritius", "NATO": "NATO",
    "NETH": "Netherlands", "NICO": "New ICO", "NIG": "Nigeria", "NKOR": "North Korea", "NOR": "Norway",
    "NPL": "Nepal", "NZ": "New Zealand", "O3B": "O3b Networks", "ORB": "Orbcomm", "PAKI": "Pakistan",
    "PERU": "Peru", "POL": "Poland", "POR": "Portugal", "PRC": "China", "PRY": "Paraguay",
    "PRES": "China / European Space Agency", "QAT": "Qatar", "RASC": "RascomStar-QAF", "ROC": "Taiwan",
    "ROM": "Romania", "RP": "Philippines", "RWA": "Rwanda", "SAFR": "South Africa", "SAUD": "Saudi Arabia",
    "SDN": "Sudan", "SEAL": "Sea Launch", "SEN": "Senegal", "SES": "SES", "SGJP": "Singapore / Japan",
    "SING": "Singapore", "SKOR": "South Korea", "SLB": "Solomon Islands", "SPN": "Spain",
    "STCT": "Singapore / Taiwan", "SVN": "Slovenia", "SWED": "Sweden", "SWTZ": "Switzerland",
    "TBD": "to be determined", "THAI": "Thailand", "TMMC": "Turkmenistan / Monaco", "TUN": "Tunisia",
    "TURK": "Turkey", "UAE": "United Arab Emirates", "UK": "United Kingdom", "UKR": "Ukraine", "UNK": "unknown",
    "URY": "Uruguay", "US": "United States", "USBZ": "United States / Brazil", "VAT": "Vatican City",
    "VENZ": "Venezuela", "VTNM": "Vietnam", "ZWE": "Zimbabwe",
}

# CelesTrak SATCAT launch-site codes -> place (see the module docstring).
LAUNCH_SITES = {
    "AFETR": "Cape Canaveral / Kennedy (Eastern Range), Florida, USA",
    "AFWTR": "Vandenberg (Western Range), California, USA",
    "ALCLC": "Alcântara, Brazil", "ANDSP": "Andøya Spaceport, Norway", "BOS": "Bowen Orbital Spaceport, Australia",
    "CAS": "Canaries airspace (air launch)", "DLS": "Dombarovsky, Russia", "ERAS": "Eastern Range airspace (air launch)",
    "FRGUI": "Kourou (Europe's Spaceport), French Guiana", "HGSTR": "Hammaguir, Algeria",
    "JJSLA": "Jeju Island sea launch area, South Korea", "JSC": "Jiuquan, China", "KODAK": "Kodiak, Alaska, USA",
    "KSCUT": "Uchinoura, Japan", "KWAJ": "Kwajalein Atoll", "KYMSC": "Kapustin Yar, Russia",
    "NSC": "Naro, South Korea", "PLMSC": "Plesetsk, Russia", "RLLB": "Rocket Lab Launch Complex, Mahia, New Zealand",
    "SCSLA": "South China Sea launch area, China", "SEAL": "Sea Launch platform (Pacific)",
    "SEMLS": "Semnan (Imam Khomeini Spaceport), Iran", "SMTS": "Shahrud, Iran",
    "SNMLP": "San Marco platform, Kenya", "SPKII": "Spaceport Kii, Japan", "SRILR": "Sriharikota (Satish Dhawan), India",
    "SUBL": "submarine launch (mobile)", "SVOBO": "Svobodny, Russia", "TAISC": "Taiyuan, China",
    "TANSC": "Tanegashima, Japan", "TYMSC": "Baikonur (Tyuratam), Kazakhstan", "UNK": "unknown",
    "VOSTO": "Vostochny, Russia", "WLPIS": "Wallops Island, Virginia, USA", "WOMRA": "Woomera, Australia",
    "WRAS": "Western Range airspace (air launch)", "WSC": "Wenchang, China", "XICLF": "Xichang, China",
    "YAVNE": "Palmachim (Yavne), Israel", "YSLA": "Yellow Sea launch area, China", "YUN": "Sohae (Yunsong), North Korea",
}


class SatcatError(Exception):
    """A SATCAT download that did not produce new metadata; the message says why, in one line."""


class SatcatRecord(NamedTuple):
    """One catalogue object's metadata, codes as CelesTrak writes them (empty when not known).

    A named tuple rather than a frozen dataclass: 0.5 us to make instead of 4.5 us, which is a
    third of a second over the 65,000 rows of the whole SATCAT.
    """

    satnum: int
    name: str
    intldes: str = ""        # COSPAR international designator, e.g. 2022-096A
    object_type: str = ""    # PAY, R/B, DEB or UNK
    status: str = ""         # operational status code (+ - P B S X D ?)
    owner: str = ""          # owner code (IRAN, PRC, US, CIS, ESA ...)
    launch_date: str = ""    # YYYY-MM-DD
    launch_site: str = ""    # launch-site code (TYMSC, AFWTR ...)
    decay_date: str = ""     # YYYY-MM-DD, empty while in orbit
    rcs_class: str = ""      # SMALL, MEDIUM, LARGE or empty
    source: str = ""         # where this record comes from

    @property
    def owner_name(self) -> str:
        return OWNERS.get(self.owner, self.owner)

    @property
    def launch_site_name(self) -> str:
        return LAUNCH_SITES.get(self.launch_site, self.launch_site)

    @property
    def type_name(self) -> str:
        return OBJECT_TYPES.get(self.object_type, self.object_type)

    @property
    def status_name(self) -> str:
        return STATUS_NAMES.get(self.status, self.status)

    @property
    def decayed(self) -> bool:
        return bool(self.decay_date) or self.status == "D"

    def lines(self) -> list[tuple[str, str]]:
        """Label and value pairs for ``info`` and the satellite panel (English; machine formats use the codes)."""
        out = []
        if self.owner:
            out.append(("Owner", f"{self.owner_name} ({self.owner})" if self.owner_name != self.owner else self.owner))
        if self.intldes:
            out.append(("COSPAR ID", self.intldes))
        if self.launch_date or self.launch_site:
            site = f"{self.launch_site_name} ({self.launch_site})" if self.launch_site else ""
            out.append(("Launched", ", ".join(x for x in (self.launch_date, site) if x)))
        if self.object_type:
            out.append(("Object type", f"{self.type_name} ({self.object_type})"))
        if self.decayed:
            out.append(("Status", "DECAYED" + (f" on {self.decay_date}" if self.decay_date else "")))
        elif self.status:
            out.append(("Status", self.status_name))
        if self.rcs_class:
            out.append(("Radar size", f"{self.rcs_class} (radar cross-section class)"))
        out.append(("Metadata", self.source))
        return out


def rcs_class(text: str) -> str:
    """SMALL, MEDIUM or LARGE from a SATCAT RCS field (m^2, or already a class name); empty if none."""
    text = (text or "").strip().upper()
    if text in RCS_CLASSES:
        return text
    try:
        value = float(text)
    except ValueError:
        return ""
    if not 0.0 <= value < float("inf"):  # NaN, negative or infinite: not a size
        return ""
    if value < RCS_SMALL_BELOW_M2:
        return "SMALL"
    return "MEDIUM" if value < RCS_LARGE_FROM_M2 else "LARGE"


def _is_date(text: str) -> bool:
    """YYYY-MM-DD in ASCII digits (string tests: a regular expression was a fifth of the parse time)."""
    return len(text) == 10 and text[4] == text[7] == "-" and text.isascii() and text.replace("-", "").isdigit()


@dataclass
class ParsedSatcat:
    records: dict[int, SatcatRecord]
    skipped: int          # rows that could not be read
    first_problem: str    # what was wrong with the first of them ("" if none)
    good: int = 0         # rows read (kept or not wanted)


_PARSED = ("OBJECT_NAME", "OBJECT_ID", "NORAD_CAT_ID", "OBJECT_TYPE", "OPS_STATUS_CODE", "OWNER", "LAUNCH_DATE",
           "LAUNCH_SITE", "DECAY_DATE", "RCS")


def parse_satcat_csv(text: str, source: str = "SATCAT", wanted=None) -> ParsedSatcat:
    """Records from SATCAT CSV text. Bad rows are skipped and counted, never fatal.

    ``wanted``: a set of catalogue numbers to keep (None: all); the others are only counted as read.

    Raises SatcatError only when the text is not a SATCAT table at all (no header with the
    required columns).
    """
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    try:
        header = [h.strip().upper() for h in next(reader)]
    except (StopIteration, csv.Error):
        raise SatcatError(f"{source}: empty, not a SATCAT table") from None
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise SatcatError(f"{source}: not a SATCAT table (no {', '.join(missing)} column)")
    width = len(header)
    # each row gets one empty field appended: a column the header lacks reads it (index -1)
    fields = operator.itemgetter(*(header.index(c) if c in header else -1 for c in _PARSED))
    records: dict[int, SatcatRecord] = {}
    skipped, first, good = 0, "", 0
    line = 1
    while True:
        line += 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            skipped += 1
            first = first or f"row {line}: {exc}"
            continue
        if len(row) < width:
            if row and (len(row) > 1 or row[0].strip()):
                skipped += 1
                first = first or f"row {line}: {len(row)} fields, expected {width}"
            continue
        row.append("")
        name, intldes, number, kind, status, owner, launch, site, decay, rcs = fields(row)
        try:
            if not number.isascii() or len(number) > 40:  # int() also reads other scripts' digits
                raise ValueError
            satnum = int(number)
            if not 0 < satnum < 1_000_000_000:
                raise ValueError
        except ValueError:
            skipped += 1
            first = first or f"row {line}: catalogue number {number.strip()[:20]!r} is not a number"
            continue
        if wanted is not None and satnum not in wanted:
            good += 1
            continue
        launch, decay = launch.strip(), decay.strip()
        if (launch and not _is_date(launch)) or (decay and not _is_date(decay)):
            skipped += 1
            first = first or f"row {line}: a date is not YYYY-MM-DD"
            continue
        good += 1
        kind = kind.strip().upper()
        records[satnum] = SatcatRecord(
            satnum, name.strip(), intldes.strip(), kind if kind in OBJECT_TYPES else ("UNK" if kind else ""),
            status.strip().upper()[:1], owner.strip().upper(), launch, site.strip().upper(), decay,
            rcs_class(rcs), source)
    return ParsedSatcat(records, skipped, first, good)


# --- the bundled table --------------------------------------------------------------------------

BUNDLED_FILE = "satcat-bundled.csv"


def bundled_records() -> dict[int, SatcatRecord]:
    """The hand-written table for the bundled satellites (tle/satcat-bundled.csv; '#' lines are comments)."""
    path = tle_dir() / BUNDLED_FILE
    text = path.read_text(encoding="utf-8")
    body = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    return parse_satcat_csv(body, "bundled table (tle/satcat-bundled.csv)").records


# --- the downloaded SATCAT and its cache -----------------------------------------------------------

def cache_path() -> Path:
    # its own folder: celestrak.py reads every *.json of its cache folder as element sets
    return user_data_dir() / "satcat" / "satcat.json"


def satcat_url(base: str | None = None) -> str:
    from .celestrak import site_root

    return site_root(base) + SATCAT_PATH


@dataclass
class CachedSatcat:
    retrieved_s: float
    records: dict[int, SatcatRecord]
    skipped: int


def read_cached(problems: list[str] | None = None, wanted=None) -> CachedSatcat | None:
    """The cached SATCAT, or None. A damaged cache file is moved aside and reported in ``problems``.

    ``wanted``: the catalogue numbers needed (None: every row); a command that needs a few
    reads the 65,000 rows in half the time.
    """
    problems = [] if problems is None else problems
    path = cache_path()
    if not path.exists():
        return None
    try:
        stamp = _stamp(path)
        hit = _parsed_cache.get(str(path))
        if hit is not None and hit[0] == stamp and (hit[1] is None or (wanted is not None and set(wanted) <= hit[1])):
            return hit[2]
        record = json.loads(read_text_limited(path, MAX_SATCAT_BYTES * 2, "a SATCAT cache file"))
        retrieved_s = float(record["retrieved_s"])
        label = f"CelesTrak SATCAT, retrieved {timebase.iso_utc(retrieved_s)}"
        parsed = parse_satcat_csv(str(record["body"]), label, None if wanted is None else set(wanted))
        if not parsed.good:
            raise ValueError("it holds no SATCAT rows")
    except (ValueError, KeyError, TypeError, RecursionError, SatcatError) as exc:  # FileReadError is a ValueError
        reason = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)[:80]
        problems.append(move_aside_line(path, reason, "SATCAT cache "))
        return None
    cached = CachedSatcat(retrieved_s, parsed.records, parsed.skipped)
    _remember(path, stamp, cached, wanted)
    return cached


_parsed_cache: dict[str, tuple] = {}  # path -> ((mtime, size), numbers read or None for all, CachedSatcat)


def _stamp(path: Path) -> tuple[int, int]:
    """The file's modification time and size: a file rewritten within one tick of the clock (the same mtime)
    is still told apart when its size changed."""
    st = path.stat()
    return st.st_mtime_ns, st.st_size


def _remember(path: Path, stamp: tuple[int, int], cached: CachedSatcat, wanted=None) -> None:
    """Keep what was read of the cache file (as ``stamp`` found it) for the next read_cached; only the last."""
    _parsed_cache.clear()
    _parsed_cache[str(path)] = (stamp, None if wanted is None else set(wanted), cached)


@dataclass
class SatcatResult:
    count: int
    skipped: int
    from_cache: bool
    retrieved_s: float
    message: str


def fetch_satcat(*, base: str | None = None, timeout_s: float = 60.0, force: bool = False,
                 now_s: float | None = None) -> SatcatResult:
    """The SATCAT from CelesTrak, or (within two hours of the last download) from the cache.

    Any answer that is not a clean SATCAT table raises SatcatError with one line, and the
    cache keeps its last good data.
    """
    from .celestrak import UPDATE_INTERVAL_S, CelestrakError, _download

    now_s = time.time() if now_s is None else now_s
    problems: list[str] = []
    cached = read_cached(problems)
    if cached is not None and not force and now_s - cached.retrieved_s < UPDATE_INTERVAL_S:
        age_min = (now_s - cached.retrieved_s) / 60
        return SatcatResult(len(cached.records), cached.skipped, True, cached.retrieved_s,
                            f"answered from the cache (retrieved {age_min:.0f} min ago; "
                            "CelesTrak updates at most every 2 hours)")
    url = satcat_url(base)
    try:
        body = _download(url, timeout_s, what="the satellite catalogue", max_bytes=MAX_SATCAT_BYTES)
    except CelestrakError as exc:
        raise SatcatError(str(exc)) from None
    stripped = body.strip()
    if "has not updated since your last successful download" in stripped.lower():
        raise SatcatError("CelesTrak's SATCAT has not changed since the last download; the cache is current")
    label = f"CelesTrak SATCAT, retrieved {timebase.iso_utc(now_s)}"
    try:
        parsed = parse_satcat_csv(body, label)
    except SatcatError:
        raise SatcatError("CelesTrak's answer is not a SATCAT table (no NORAD_CAT_ID/OWNER header); "
                          "nothing was changed") from None
    if not parsed.good:
        raise SatcatError(f"CelesTrak's SATCAT answer holds no readable rows ({parsed.first_problem or 'empty'}); "
                          "nothing was changed")
    path = cache_path()
    write_atomic(path, json.dumps({"url": url, "retrieved_s": now_s, "body": body}))
    # the window reads the metadata at once (load_metadata): the rows parsed here serve it, not a second parse
    # of 65,000 rows (0.4 s) on its GUI thread. The label is the one read_cached gives the same file.
    try:
        _remember(path, _stamp(path), CachedSatcat(float(now_s), parsed.records, parsed.skipped))
    except OSError:  # gone already: the next read_cached reads whatever is there
        pass
    skipped = f"; {parsed.skipped} unreadable row(s) skipped ({parsed.first_problem})" if parsed.skipped else ""
    return SatcatResult(len(parsed.records), parsed.skipped, False, now_s,
                        f"{len(parsed.records)} catalogue records from CelesTrak{skipped}")


def kept_note() -> str:
    """What the owners, launches and types come from after a SATCAT download that did not happen, in words for
    the one line a refresh prints: the last good copy (and when it was downloaded) or the bundled table."""
    path = cache_path()
    try:
        downloaded = timebase.iso_utc(path.stat().st_mtime)  # written atomically when it was downloaded
    except OSError:
        return "owners, launches and types kept from the bundled table (no SATCAT downloaded yet)"
    return f"owners, launches and types kept from the last good copy (downloaded {downloaded})"


def load_metadata(problems: list[str] | None = None, use_cache: bool = True, wanted=None) -> dict[int, SatcatRecord]:
    """Metadata by catalogue number: the bundled table, overridden by the cached SATCAT (if any).

    A bundled record is kept where the SATCAT has no row for that number (the placeholder
    numbers of recent Iranian satellites, for instance). ``wanted``: the numbers needed from the
    SATCAT (None: all of them).
    """
    records = dict(bundled_records())
    if use_cache:
        cached = read_cached(problems, wanted)
        if cached is not None:
            records.update(cached.records)
    return records


# --- owners named by a user ---------------------------------------------------------------------

def owner_codes_matching(text: str) -> set[str]:
    """Owner codes a user's words name: a code ('IRAN', 'prc'), or a country or organisation name or a whole
    word of one ('Iran', 'china', 'Russia'), case-insensitive. Joint owners match too ('China' also gives
    China / Brazil)."""
    key = text.strip().casefold()
    if not key:
        return set()
    codes = {code for code in OWNERS if code.casefold() == key}
    pattern = re.compile(r"(?<![\w])" + re.escape(key) + r"(?![\w])")
    codes |= {code for code, name in OWNERS.items() if pattern.search(name.casefold())}
    return codes


def satellite_lines(es, record: SatcatRecord | None) -> list[tuple[str, str]]:
    """The metadata rows of one satellite for ``info`` and the satellite panel: its orbit class (from its
    elements) and what the SATCAT (or the bundled table) says of it."""
    from .orbitclass import CLASS_NAMES, orbit_class

    code = orbit_class(es.satrec)
    rows = [("Orbit class", f"{code} ({CLASS_NAMES[code]})")]
    if record is None:
        rows.append(("Metadata", "none held for this number (overflight refresh --satcat fetches CelesTrak's)"))
        return rows
    return rows + record.lines()


def owners_by_number(metadata: dict[int, SatcatRecord]) -> dict[int, str]:
    """Owner codes by catalogue number, for the owner column of pass tables."""
    return {n: r.owner for n, r in metadata.items() if r.owner}
