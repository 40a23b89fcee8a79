"""CelesTrak GP client with an offline-first cache.

Queries ``gp.php`` by CATNR, INTDES, GROUP or NAME in JSON (OMM) or TLE form.
CelesTrak's data change at most every two hours, so an identical query
younger than that is answered from the cache without a request. Any answer
that is not a clean 200 with element sets for what was asked (an HTTP error,
"No GP data found", an HTML page, a truncated body, the wrong satellite, a bad
checksum) raises :class:`CelestrakError` with one clear message, and the cache
keeps its last good data. Writes are atomic; a damaged cache file (bad JSON, nested too deeply, not
element sets) is moved aside and reported (``files.move_aside_line``).
"""

from __future__ import annotations

import http.client
import json
import os
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from . import timebase
from .elements import ElementSet, parse_omm_json_text, parse_tle_text
from .files import move_aside_line, read_text_limited
from .paths import user_data_dir as data_dir
from .paths import write_atomic as _write_atomic

DEFAULT_BASE_URL = "https://celestrak.org"
GP_PATH = "/NORAD/elements/gp.php"
UPDATE_INTERVAL_S = 2 * 3600.0
TIMEOUT_S = 15.0
USER_AGENT = "Overflight/0.1 (desktop satellite-education app; element refresh on user request)"
QUERY_KINDS = ("CATNR", "INTDES", "GROUP", "NAME")
MAX_BODY_BYTES = 32 * 1024 * 1024


class CelestrakError(Exception):
    """A refresh that did not produce new data; the message says why, in one line."""


def cache_dir() -> Path:
    return data_dir() / "celestrak"


def base_url(setting: str | None = None) -> str:
    return (setting or os.environ.get("OVERFLIGHT_CELESTRAK_URL") or DEFAULT_BASE_URL).rstrip("/")


def site_root(base: str | None = None) -> str:
    """The site a base URL belongs to: the .php file dropped, then a trailing /NORAD/elements.

    A base may name the site (https://celestrak.org) or its gp.php endpoint
    (https://celestrak.org/NORAD/elements/gp.php, or a mirror's); the
    space-weather file and the SATCAT live at the site's root, not beside gp.php.
    """
    root = base_url(base)
    if root.endswith(".php"):
        root = root.rsplit("/", 1)[0]
    if root.endswith("/NORAD/elements"):
        root = root[:-len("/NORAD/elements")]
    return root


def gp_url(kind: str, value: str, fmt: str = "JSON", base: str | None = None) -> str:
    if kind not in QUERY_KINDS:
        raise CelestrakError(f"unknown query kind {kind!r} (expected one of {', '.join(QUERY_KINDS)})")
    root = base_url(base)
    endpoint = root if root.endswith(".php") else root + GP_PATH
    return endpoint + "?" + urllib.parse.urlencode({kind: value, "FORMAT": fmt})


def _cache_key(kind: str, value: str, fmt: str) -> str:
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", str(value).strip().upper())[:80]
    return f"{kind}-{safe}-{fmt}".lower()


@dataclass
class CacheEntry:
    path: Path
    query: dict
    retrieved_s: float
    body: str
    sets: list = field(default_factory=list)  # the body's element sets, parsed once


# path -> ((mtime, size), entry): a cache file is parsed once per process while it is unchanged (an 'active'
# group of 15,000 sets takes about 0.7 s to parse; the list, the groups menu and the load all read the cache)
_read_memo: dict[str, tuple[tuple[int, int], CacheEntry]] = {}


def _parse_body(body: str, fmt: str, source: str):
    if fmt == "JSON":
        return parse_omm_json_text(body, source)
    return parse_tle_text(body, source)


def read_cache(problems: list[str] | None = None) -> list[CacheEntry]:
    """Every readable cache entry; corrupt files are moved aside and reported in ``problems``."""
    problems = [] if problems is None else problems
    entries = []
    folder = cache_dir()
    if not folder.is_dir():
        return entries
    for path in sorted(folder.glob("*.json")):
        try:
            info = path.stat()
            stamp = (info.st_mtime_ns, info.st_size)
            memo = _read_memo.get(str(path))
            if memo is not None and memo[0] == stamp:
                entries.append(memo[1])
                continue
            record = json.loads(read_text_limited(path, MAX_BODY_BYTES * 2, "a cache file"))
            entry = CacheEntry(path, dict(record["query"]), float(record["retrieved_s"]), str(record["body"]))
            sets, issues = _parse_body(entry.body, entry.query.get("FORMAT", "JSON"), str(path))
            if not sets or issues:
                raise ValueError("its element sets do not parse")
            entry.sets = sets
        except (ValueError, KeyError, TypeError, RecursionError) as exc:  # FileReadError is a ValueError
            reason = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)[:80]
            problems.append(move_aside_line(path, reason, "cache "))
            continue
        _read_memo[str(path)] = (stamp, entry)
        entries.append(entry)
    return entries


def cached_sets(problems: list[str] | None = None) -> list[ElementSet]:
    """Element sets from the cache, labelled with their source and retrieval time."""
    out = []
    for entry in read_cache(problems):
        label = f"CelesTrak, retrieved {timebase.iso_utc(entry.retrieved_s)}"
        out.extend(s.with_source(source=label, retrieved_s=entry.retrieved_s) for s in entry.sets)
    return out


def _cache_entry(key: str) -> CacheEntry | None:
    path = cache_dir() / f"{key}.json"
    if not path.exists():
        return None
    problems: list[str] = []
    for entry in read_cache(problems):
        if entry.path == path:
            return entry
    return None


@dataclass
class FetchResult:
    sets: list[ElementSet]
    from_cache: bool
    retrieved_s: float
    message: str


def fetch(kind: str, value, fmt: str = "JSON", *, base: str | None = None, timeout_s: float = TIMEOUT_S,
          force: bool = False, now_s: float | None = None) -> FetchResult:
    """Element sets for one query, from CelesTrak or (within the update interval) the cache."""
    fmt = fmt.upper()
    if fmt not in ("JSON", "TLE"):
        raise CelestrakError(f"unsupported format {fmt!r} (JSON or TLE)")
    value = str(value).strip()
    if not value:
        raise CelestrakError(f"empty {kind} query")
    key = _cache_key(kind, value, fmt)
    now_s = time.time() if now_s is None else now_s
    cached = _cache_entry(key)
    if cached is not None and not force and now_s - cached.retrieved_s < UPDATE_INTERVAL_S:
        sets = cached.sets
        age_min = (now_s - cached.retrieved_s) / 60
        return FetchResult(_label(sets, cached.retrieved_s), True, cached.retrieved_s,
                           f"answered from the cache (retrieved {age_min:.0f} min ago; CelesTrak updates at most every 2 hours)")
    url = gp_url(kind, value, fmt, base)
    body = _download(url, timeout_s)
    sets = _validate(body, kind, value, fmt, url)
    record = {"query": {"kind": kind, "value": value, "FORMAT": fmt, "url": url}, "retrieved_s": now_s, "body": body}
    _write_atomic(cache_dir() / f"{key}.json", json.dumps(record))
    return FetchResult(_label(sets, now_s), False, now_s, f"{len(sets)} element set{'s' if len(sets) != 1 else ''} from CelesTrak")


def _label(sets, retrieved_s):
    label = f"CelesTrak, retrieved {timebase.iso_utc(retrieved_s)}"
    return [s.with_source(source=label, retrieved_s=retrieved_s) for s in sets]


def _download(url: str, timeout_s: float, what: str = "element sets", max_bytes: int = MAX_BODY_BYTES) -> str:
    """The body of a clean 200 answer; CelestrakError with one line for anything else (``what`` names the
    expected content in the web-page message)."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "application/json, text/plain"})
    host = urllib.parse.urlsplit(url).netloc
    try:
        with urllib.request.urlopen(request, timeout=timeout_s) as response:
            status = response.status
            content_type = response.headers.get("Content-Type", "")
            data = response.read(max_bytes + 1)
            declared = response.headers.get("Content-Length")
    except urllib.error.HTTPError as exc:
        raise CelestrakError(f"CelesTrak at {host} answered HTTP {exc.code} {exc.reason}; nothing was changed") from None
    except (socket.timeout, TimeoutError):
        raise CelestrakError(f"CelesTrak at {host} did not answer within {timeout_s:g} s; nothing was changed") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise CelestrakError(f"CelesTrak at {host} did not answer within {timeout_s:g} s; nothing was changed") from None
        raise CelestrakError(f"cannot reach CelesTrak at {host} ({reason}); working offline, nothing was changed") from None
    except http.client.IncompleteRead as exc:
        raise CelestrakError(f"CelesTrak's answer was cut short ({len(exc.partial)} bytes arrived); nothing was changed") from None
    except (ConnectionError, OSError, http.client.HTTPException) as exc:
        raise CelestrakError(f"connection to CelesTrak at {host} failed ({exc.__class__.__name__}: {exc}); nothing was changed") from None
    if status != 200:
        raise CelestrakError(f"CelesTrak at {host} answered HTTP {status}; nothing was changed")
    if len(data) > max_bytes:
        raise CelestrakError(f"CelesTrak's answer is larger than {max_bytes // (1024 * 1024)} MiB; nothing was changed")
    if declared and declared.isdigit() and int(declared) != len(data):
        raise CelestrakError(f"CelesTrak's answer was cut short ({len(data)} of {declared} bytes); nothing was changed")
    text = data.decode("utf-8", errors="replace")
    if "html" in content_type.lower() or text.lstrip()[:15].lower().startswith(("<!doctype", "<html")):
        raise CelestrakError(f"CelesTrak answered with a web page instead of {what} (an error page?); nothing was changed")
    return text


def _validate(body: str, kind: str, value: str, fmt: str, url: str) -> list[ElementSet]:
    stripped = body.strip()
    if not stripped or stripped.lower().startswith("no gp data found"):
        raise CelestrakError(f"CelesTrak has no element sets for {kind}={value}; nothing was changed")
    if "has not updated since your last successful download" in stripped.lower():
        raise CelestrakError(f"CelesTrak's data for {kind}={value} have not changed since the last download; the cache is current")
    sets, issues = _parse_body(body, fmt, "CelesTrak answer")
    if issues:
        raise CelestrakError(f"CelesTrak's answer for {kind}={value} is not valid element data ({issues[0]}); nothing was changed")
    if not sets:
        raise CelestrakError(f"CelesTrak's answer for {kind}={value} holds no element sets; nothing was changed")
    if kind == "CATNR":
        wanted = int(value)
        wrong = [s for s in sets if s.satnum != wanted]
        if wrong:
            raise CelestrakError(f"CelesTrak answered with catalogue number {wrong[0].satnum} when {wanted} was asked for; nothing was changed")
    return sets


# ----------------------------------------------------------------------------- space weather (for the decay estimate)

SPACE_WEATHER_PATH = "/SpaceData/SW-All.csv"


def space_weather_cache() -> Path:
    """Beside the element cache, in its own folder (read_cache reads only element records)."""
    return cache_dir() / "space-weather" / "SW-All.json"


def cached_space_weather(problems: list[str] | None = None) -> tuple[str, float] | None:
    """The last good SW-All.csv text and when it was retrieved; a damaged cache file is moved aside and named."""
    problems = [] if problems is None else problems
    path = space_weather_cache()
    if not path.exists():
        return None
    try:
        record = json.loads(read_text_limited(path, MAX_BODY_BYTES * 2, "a cache file"))
        return str(record["body"]), float(record["retrieved_s"])
    except (ValueError, KeyError, TypeError, RecursionError) as exc:
        problems.append(move_aside_line(path, str(exc)[:80], "cache "))
        return None


def fetch_space_weather(*, base: str | None = None, timeout_s: float = TIMEOUT_S, force: bool = False,
                        now_s: float | None = None) -> tuple[str, bool, float]:
    """CelesTrak's space-weather file (observed and predicted F10.7 and Ap): (text, from cache, retrieved).

    Offline-first like :func:`fetch`: a copy younger than the update interval
    answers without a request; an answer that is not a clean 200 CSV with the
    expected columns raises CelestrakError and the cached copy stays.
    """
    from .spaceweather import SpaceWeatherError, parse_sw_csv

    now_s = time.time() if now_s is None else now_s
    cached = cached_space_weather()
    if cached is not None and not force and now_s - cached[1] < UPDATE_INTERVAL_S:
        return cached[0], True, cached[1]
    url = site_root(base) + SPACE_WEATHER_PATH
    body = _download(url, timeout_s)
    try:
        parse_sw_csv(body, "CelesTrak answer")
    except SpaceWeatherError as exc:
        raise CelestrakError(f"CelesTrak's space-weather answer is not usable ({exc}); nothing was changed") from None
    _write_atomic(space_weather_cache(), json.dumps({"url": url, "retrieved_s": now_s, "body": body}))
    return body, False, now_s


def refresh_satellite(es: ElementSet, **kwargs) -> FetchResult:
    """Fresh elements for one catalogue entry: by number, or by name for placeholder numbers.

    Keyword arguments go to :func:`fetch` (base, timeout_s, force).
    """
    if es.approximate and es.satnum >= 90000:
        result = fetch("NAME", es.name, **kwargs)
        matches = [s for s in result.sets if s.name.upper().replace(" ", "-") == es.name.upper().replace(" ", "-")]
        if not matches:
            raise CelestrakError(f"CelesTrak has no satellite named exactly {es.name}; nothing was changed")
        result.sets = matches
        return result
    return fetch("CATNR", str(es.satnum), **kwargs)


def group_satnums(group: str) -> list[int] | None:
    """Catalogue numbers of a CelesTrak group whose answer is in the cache (``refresh --group NAME``), in the
    order CelesTrak gave them; None when no answer for that group is cached."""
    found = None
    for entry in read_cache():
        if _group_of(entry.query) == group.strip().lower():
            found = (found or []) + [es.satnum for es in entry.sets]
    return None if found is None else list(dict.fromkeys(found))


def cached_groups() -> list[str]:
    """The names of the CelesTrak groups whose answer is cached."""
    return sorted({name for e in read_cache() if (name := _group_of(e.query))})


def _group_of(query: dict) -> str:
    """The group a cached query asked for, lower case ('' if it was not a group): ``fetch`` records
    kind/value; older caches recorded GROUP=NAME."""
    if query.get("kind") == "GROUP":
        return str(query.get("value", "")).strip().lower()
    return str(query.get("GROUP", "")).strip().lower()
