"""Entity linking for news articles: gazetteer and rules, no network, no model.

Finds satellites, launch vehicles, launch sites, ground stations, cities,
countries (with demonyms and adjectives), named regions and dates, each with
its span in the text and what it resolves to. Names are matched on word
boundaries: ordinary lower-case words are not names ("us" is not the United
States, "paya" inside a word is nothing), and single-word satellite names that
are also ordinary words (Aqua, Terra) need capitals and the word "satellite".
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from . import lexicon
from .atlas import atlas
from .places import places

KINDS = ("satellite", "launch vehicle", "launch site", "ground station", "city", "country", "region", "date", "time")


@dataclass(frozen=True)
class Entity:
    kind: str
    text: str
    start: int
    end: int
    value: dict = field(hash=False, compare=False)

    @property
    def resolved(self) -> str:
        v = self.value
        if self.kind == "satellite":
            return f"{v['name']} (NORAD {v['satnum']})" if v.get("satnum") else v["name"]
        if self.kind in ("launch site", "ground station", "city"):
            return f"{v['name']} ({v['lat']:.3f}, {v['lon']:.3f})"
        if self.kind == "region":
            s, w, n, e = v["box"]
            return f"{v['name']} (box {s:g}..{n:g} N, {w:g}..{e:g} E)"
        if self.kind == "date":
            return v.get("date") or v.get("note", "")
        if self.kind == "time":
            return v.get("utc", "")
        return v.get("name", "")

    def as_dict(self) -> dict:
        return {"kind": self.kind, "text": self.text, "start": self.start, "end": self.end,
                "resolved": self.resolved, "value": self.value}


# ----------------------------------------------------------------------------- gazetteer

SATELLITE_ALIASES = {
    "KHAYYAM": ["Khayyam", "Khayam", "Khayyām", "Khayyam satellite"],
    "ZAFAR-2": ["Zafar-2", "Zafar 2", "Zafar"],
    "KOWSAR-1.5": ["Kowsar-1.5", "Kowsar 1.5", "Kowsar", "Kosar"],
    "PAYA": ["Paya"],
    "ISS (ZARYA)": ["ISS", "International Space Station"],
    "HST": ["Hubble", "Hubble Space Telescope"],
    "CSS (TIANHE)": ["Tiangong", "Tianhe", "Chinese space station"],
}
# Catalogue numbers of the aliased satellites that have one, so an alias still finds its satellite when an
# element file gives that number another name (the ISS set renamed, say).
ALIAS_SATNUMS = {"ISS (ZARYA)": 25544, "HST": 20580, "CSS (TIANHE)": 48274, "KHAYYAM": 53370}
# Satellite families and designs that resolve to a catalogue entry, with a note.
SATELLITE_FAMILIES = {
    "Kanopus-V": ("KHAYYAM", "Kanopus-V: the Russian imaging-satellite design Khayyam is built on"),
    "Kanopus": ("KHAYYAM", "Kanopus: the Russian imaging-satellite family Khayyam belongs to"),
}
LAUNCH_VEHICLES = {
    "Soyuz-2.1b": ["Soyuz-2.1b", "Soyuz 2.1b", "Soyuz-2-1b"], "Soyuz-2.1a": ["Soyuz-2.1a", "Soyuz 2.1a"],
    "Soyuz": ["Soyuz"], "Fregat": ["Fregat", "Fregat-M"], "Simorgh": ["Simorgh"], "Qased": ["Qased"],
    "Qaem-100": ["Qaem-100", "Qaem 100"], "Safir": ["Safir"], "Zuljanah": ["Zuljanah"], "Falcon 9": ["Falcon 9"],
    "Proton": ["Proton", "Proton-M"], "Angara": ["Angara"], "Long March": ["Long March"], "Electron": ["Electron rocket"],
}
DEMONYMS = {
    "Iranian": "Iran", "Iranians": "Iran", "Persian": "Iran", "Israeli": "Israel", "Israelis": "Israel",
    "Ukrainian": "Ukraine", "Ukrainians": "Ukraine", "Russian": "Russia", "Russians": "Russia",
    "Kazakh": "Kazakhstan", "Kazakhstani": "Kazakhstan", "American": "United States of America",
    "Americans": "United States of America", "Chinese": "China", "French": "France", "German": "Germany",
    "British": "United Kingdom", "Turkish": "Turkey", "Syrian": "Syria", "Lebanese": "Lebanon", "Iraqi": "Iraq",
    "Saudi": "Saudi Arabia", "Emirati": "United Arab Emirates", "Qatari": "Qatar", "Egyptian": "Egypt",
    "Indian": "India", "Pakistani": "Pakistan", "Japanese": "Japan", "Jordanian": "Jordan", "Yemeni": "Yemen",
    "Azerbaijani": "Azerbaijan", "Armenian": "Armenia", "Afghan": "Afghanistan", "Israel's": "Israel",
    "Iran's": "Iran", "Russia's": "Russia", "Ukraine's": "Ukraine",
}
COUNTRY_EXTRA = {"US": "United States of America", "U.S.": "United States of America", "USA": "United States of America",
                 "United States": "United States of America", "UK": "United Kingdom", "Britain": "United Kingdom",
                 "Russian Federation": "Russia", "Islamic Republic": "Iran", "Gaza": "Palestine", "West Bank": "Palestine",
                 "Crimea": "Ukraine"}
COUNTRY_SKIP = {"Georgia"}  # too often the US state in English news
NAMED_REGIONS = {
    "Middle East": (12.0, 25.0, 42.0, 63.0), "eastern Russia": (42.0, 100.0, 78.0, 180.0),
    "Russian Far East": (42.0, 120.0, 78.0, 180.0), "Far East": (42.0, 120.0, 78.0, 180.0),
    "Persian Gulf": (23.0, 47.0, 31.0, 57.0), "Gulf region": (23.0, 47.0, 31.0, 57.0),
    "Central Asia": (35.0, 46.0, 55.0, 87.0), "Eastern Europe": (44.0, 20.0, 60.0, 40.0),
    "Caspian Sea": (36.0, 46.0, 47.0, 55.0), "Black Sea": (40.5, 27.0, 47.0, 42.0),
    "Siberia": (50.0, 60.0, 78.0, 180.0),
}
MONTHS = {m: i + 1 for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                          "september", "october", "november", "december"])}
MONTH_ABBR = {m[:3]: i for m, i in MONTHS.items()} | {"sept": 9}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ZONES = {"GMT": 0.0, "UTC": 0.0, "Moscow time": 3.0, "Tehran time": 3.5, "Iran time": 3.5, "Kazakhstan time": 5.0,
         "Baikonur time": 5.0, "Israel time": 2.0, "Kyiv time": 2.0, "EST": -5.0, "EDT": -4.0}

B = r"(?<![\w])"  # left word boundary; longer names (Zafar-2) win over shorter ones (Zafar)


def _name_variants(name: str) -> list[str]:
    base = name.strip()
    out = {base}
    title = " ".join(w if any(c.isdigit() for c in w) else w.capitalize() for w in re.split(r"\s+", base))
    out.add(title)
    out.add(title.replace("-", " "))
    return sorted(out, key=len, reverse=True)


def _alias_value(canonical: str, catalog_key: tuple) -> dict:
    """What an alias resolves to: the catalogue's entry by name, else by its known number (under the name
    the catalogue now gives it), else the canonical name alone (satnum None)."""
    for name, satnum in catalog_key:
        if name == canonical:
            return {"name": name, "satnum": satnum}
    known = ALIAS_SATNUMS.get(canonical)
    for name, satnum in catalog_key:
        if satnum == known:
            return {"name": name, "satnum": satnum}
    return {"name": canonical, "satnum": None}


def _trie_pattern(words) -> str:
    """One regex alternation of ``words``, factored on common prefixes.

    A flat alternation of a thousand names is tried name by name at every
    position of the text; the factored one follows one character at a time.
    Matching is the same: at each node the longer continuations come before the
    end of a shorter name, so the longest name that fits still wins.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node) -> str:
        ends = "" in node
        branches = [re.escape(ch) + render(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return render(trie)


@functools.lru_cache(maxsize=8)
def _gazetteer(catalog_key: tuple):
    """Compiled patterns: (regex, {matched text: (kind, value)}, case sensitive, other languages) from the catalogue names."""
    entries = []  # (text, kind, value, case_sensitive)
    catalog_names = dict(catalog_key)
    for canonical, aliases in SATELLITE_ALIASES.items():
        value = _alias_value(canonical, catalog_key)
        for alias in aliases:
            entries.append((alias, "satellite", value, alias.isupper()))
    for family, (canonical, note) in SATELLITE_FAMILIES.items():
        entries.append((family, "satellite", {**_alias_value(canonical, catalog_key), "note": note}, False))
    for name, satnum in catalog_names.items():
        if any(c.isdigit() for c in name):
            core = re.sub(r"\s*\(.*\)$", "", name)
            for variant in _name_variants(core):
                entries.append((variant, "satellite", {"name": name, "satnum": satnum}, False))
        else:
            core = re.sub(r"\s*\(.*\)$", "", name)
            entries.append((core.upper(), "satellite", {"name": name, "satnum": satnum}, True))
            entries.append((core.capitalize() + " satellite", "satellite", {"name": name, "satnum": satnum}, True))
    for canonical, aliases in LAUNCH_VEHICLES.items():
        for alias in aliases:
            entries.append((alias, "launch vehicle", {"name": canonical}, True))
    for place in places():
        value = {"name": place.name, "lat": place.lat_deg, "lon": place.lon_deg, "note": place.note}
        for alias in (place.name, *place.aliases):
            entries.append((alias, place.kind, value, True))
    world = atlas()
    for country in world.countries:
        if country["type"] in ("Dependency", "Lease") and country["name"] not in ("Palestine",):
            continue
        for n in {country["name"], country["admin"], country["name_long"]}:
            if n and n not in COUNTRY_SKIP:
                entries.append((n, "country", {"name": country["name"], "iso_a3": country["iso_a3"]}, True))
    for text, target in {**DEMONYMS, **COUNTRY_EXTRA}.items():
        entries.append((text, "country", {"name": target}, True))
    for text, box in NAMED_REGIONS.items():
        entries.append((text, "region", {"name": text, "box": list(box)}, True))
        if text[0].islower():
            entries.append((text[0].upper() + text[1:], "region", {"name": text, "box": list(box)}, True))
    entries += _other_language_entries(catalog_key)
    compiled = []
    for case_sensitive in (True, False, "other"):
        group = {}
        for text, kind, value, cs in entries:
            if cs == case_sensitive:
                key = text if case_sensitive is True else text.casefold()
                group.setdefault(key, (kind, value))
        if not group:
            continue
        # names in Hebrew and Arabic take attached prepositions (באיראן, وإيران): the name is group 1 after them
        prefix = lexicon.clitic_prefix() if case_sensitive == "other" else ""
        pattern = B + prefix + "(" + _trie_pattern(group) + ")" + r"(?!\w)"
        compiled.append((re.compile(pattern, 0 if case_sensitive is True else re.IGNORECASE), group,
                         case_sensitive is True, case_sensitive == "other"))
    return compiled


_CYRILLIC = re.compile("[\u0400-\u04ff]")


def _name_case(form: str):
    """How a proper name in another language is matched: Russian and Ukrainian write names with a capital, so
    theirs are matched with case (the Ukrainian and Russian word "того", "of that", is not the country Togo);
    Persian, Arabic and Hebrew have no case and take attached prefixes ("other")."""
    return True if _CYRILLIC.search(form) else "other"


def _other_language_entries(catalog_key: tuple) -> list:
    """Satellites, places and countries in Persian, Arabic, Hebrew, Russian and Ukrainian (adjectives and
    demonyms matched without case; names as _name_case says)."""
    entries = []
    for canonical, names in lexicon.SATELLITE_NAMES.items():
        value = _alias_value(canonical, catalog_key)
        for name in names:
            for form in lexicon.slavic_forms(name):
                entries.append((form, "satellite", value, _name_case(form)))
    by_name = {p.name: p for p in places()}
    for place_name, names in lexicon.PLACE_NAMES.items():
        place = by_name.get(place_name)
        if place is None:
            continue
        value = {"name": place.name, "lat": place.lat_deg, "lon": place.lon_deg, "note": place.note}
        for name in names:
            for form in lexicon.slavic_forms(name):
                entries.append((form, place.kind, value, _name_case(form)))
    world = atlas()
    for country in world.countries:
        if country["type"] in ("Dependency", "Lease") and country["name"] not in ("Palestine",):
            continue
        value = {"name": country["name"], "iso_a3": country["iso_a3"]}
        for lang in ("fa", "ar", "he", "ru", "uk"):
            name = country["names"].get(lang)
            if name:
                for form in lexicon.slavic_forms(name):
                    entries.append((form, "country", value, _name_case(form)))
    for target, names in lexicon.DEMONYMS.items():
        for name in names:
            entries.append((name, "country", {"name": target}, "other"))
    for target, stems in lexicon.SLAVIC_ADJECTIVE_STEMS.items():
        for stem in stems:
            for form in lexicon.slavic_adjective_forms(stem):
                entries.append((form, "country", {"name": target}, "other"))
    return entries


# ----------------------------------------------------------------------------- dates

_MONTH_NAMES = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
_DATE_PATTERNS = [
    ("iso", re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")),
    ("dmy", re.compile(r"(?<![\w])(\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH_NAMES + r"(?:,?\s+(\d{4}))?(?![\w])")),
    ("mdy", re.compile(r"(?<![\w])" + _MONTH_NAMES + r"\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?(?![\w])")),
    ("weekday", re.compile(r"(?<![\w])(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\w])")),
    ("relative", re.compile(r"(?<![\w])(yesterday|today|last week|last month|last year|earlier this week|this week)(?![\w])", re.I)),
]
_TIME = re.compile(r"(?<![\w:])(\d{1,2})[:.](\d{2})(?:\s*(a\.?m\.?|p\.?m\.?))?\s+(?:\(?)(" + "|".join(re.escape(z) for z in ZONES) + r")\b")


def _month(text: str) -> int:
    key = text.rstrip(".").lower()
    return MONTHS.get(key) or MONTH_ABBR[key[:4] if key.startswith("sept") else key[:3]]


def _find_dates(text: str, article_date: date | None):
    hits = []
    for kind, regex in _DATE_PATTERNS:
        for m in regex.finditer(text):
            value = None
            try:
                if kind == "iso":
                    value = {"date": date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()}
                elif kind in ("dmy", "mdy"):
                    day, month = (m.group(1), m.group(2)) if kind == "dmy" else (m.group(2), m.group(1))
                    year = m.group(3)
                    mon = _month(month)
                    if year:
                        value = {"date": date(int(year), mon, int(day)).isoformat()}
                    elif article_date:
                        guess = lexicon.year_from_article(lambda y: date(y, mon, int(day)), article_date.year,
                                                          article_date)
                        value = {"date": guess.isoformat(), "note": "year from the article's date"}
                    else:
                        value = {"date": None, "note": f"{month} {day}, year not stated"}
                elif kind == "weekday":
                    if article_date is None:
                        value = {"date": None, "note": f"a {m.group(1)} (the article's date is not known)"}
                    else:
                        back = (article_date.weekday() - WEEKDAYS.index(m.group(1))) % 7
                        value = {"date": (article_date - timedelta(days=back)).isoformat(),
                                 "note": f"the {m.group(1)} on or before the article's date"}
                elif kind == "relative":
                    word = m.group(1).lower()
                    offset = {"yesterday": 1, "today": 0, "last week": 7, "last month": 30, "last year": 365,
                              "earlier this week": 2, "this week": 0}[word]
                    if article_date is None:
                        value = {"date": None, "note": f"{word} (the article's date is not known)"}
                    else:
                        value = {"date": (article_date - timedelta(days=offset)).isoformat(),
                                 "note": f"{word}, counted from the article's date" + (" (approximately)" if offset >= 7 else "")}
            except (ValueError, KeyError):
                continue
            if kind == "mdy" and m.group(1).lower() == "may" and not m.group(3):
                # "may 5" in lower case is not a date ("it may 5 ..."); capitalised "May 5" is
                if not m.group(1)[0].isupper():
                    continue
            hits.append(Entity("date", m.group(0), m.start(), m.end(), value))
    for start, end, value in ([] if text.isascii() else lexicon.find_dates(text, article_date)):  # the five other languages, Solar Hijri too
        hits.append(Entity("date", text[start:end], start, end, value))
    return hits


def article_date_from_text(text: str) -> date | None:
    """The article's date: the first full date near the top, else None."""
    best = None
    for e in _find_dates(text[:800], None):
        if e.value.get("date") and (best is None or e.start < best[0]):
            best = (e.start, date.fromisoformat(e.value["date"]))
    return best[1] if best else None


SENTENCE_REACH = 5000  # characters searched either side of a time for its sentence's ends


def _find_times(text: str, dates: list[Entity]):
    """Times of day with a zone; with a resolved date in the same sentence, the instant in UTC.

    Linear in the text: the dates of a sentence are found by bisection, and a
    sentence's ends are looked for at most SENTENCE_REACH characters away.
    """
    dated = sorted((d for d in dates if d.value.get("date")), key=lambda d: d.start)
    starts = [d.start for d in dated]
    hits = []
    for m in _TIME.finditer(text):
        hour, minute = int(m.group(1)), int(m.group(2))
        ampm = (m.group(3) or "").replace(".", "").lower()
        if ampm == "pm" and hour < 12:
            hour += 12
        if ampm == "am" and hour == 12:
            hour = 0
        if hour > 23 or minute > 59:
            continue
        offset = ZONES[m.group(4)]
        total = (hour * 60 + minute - round(offset * 60)) % 1440
        value = {"utc": f"{total // 60:02d}:{total % 60:02d} UTC", "zone": m.group(4)}
        # the nearest resolved date in the same sentence gives the full instant
        reach_start, reach_end = max(0, m.start() - SENTENCE_REACH), min(len(text), m.end() + SENTENCE_REACH)
        sentence_start = max(text.rfind(".", reach_start, m.start()), text.rfind("\n", reach_start, m.start()))
        if sentence_start < 0:
            sentence_start = -1 if reach_start == 0 else reach_start
        ends = [i for i in (text.find(". ", m.end(), reach_end), text.find("\n", m.end(), reach_end)) if i >= 0]
        sentence_end = min(ends) if ends else (len(text) if reach_end == len(text) else reach_end)
        near = dated[bisect.bisect_left(starts, sentence_start):bisect.bisect_right(starts, sentence_end)]
        if near:
            d = min(near, key=lambda d: abs(d.start - m.start()))
            local = datetime.fromisoformat(d.value["date"]).replace(hour=hour, minute=minute, tzinfo=timezone.utc)
            instant = local - timedelta(hours=offset)
            value["datetime"] = instant.strftime("%Y-%m-%dT%H:%M:00Z")
            value["utc"] = instant.strftime("%Y-%m-%d %H:%M UTC")
        hits.append(Entity("time", m.group(0), m.start(), m.end(), value))
    return hits


# ----------------------------------------------------------------------------- linking


_ORDINARY_WORDS = {f.casefold() for w in lexicon.ORDINARY_WORD_NAMES for f in lexicon.slavic_forms(w)}


def link_entities(text: str, catalog=None, article_date: date | None = None) -> list[Entity]:
    """All entities in the text, sorted by position, without overlaps (longest wins)."""
    names = tuple(sorted((es.name, es.satnum) for es in catalog)) if catalog is not None else ()
    if article_date is None:
        article_date = article_date_from_text(text)
    hits = []
    plain = text.isascii()  # no name of the other languages can be in it
    for regex, group, case_sensitive, other_languages in _gazetteer(names):
        if plain and other_languages:
            continue
        for m in regex.finditer(text):
            key = m.group(1) if case_sensitive else m.group(1).casefold()
            kind, value = group[key]
            if (kind == "satellite" and m.group(1).casefold() in _ORDINARY_WORDS
                    and not lexicon.SATELLITE_WORDS.search(text, max(0, m.start(1) - 30), m.start(1))):
                continue  # پایا, نور, ظفر ... are ordinary words unless a word for "satellite" comes just before
            hits.append(Entity(kind, m.group(1), m.start(1), m.end(1), dict(value)))
    dates = _find_dates(text, article_date)
    hits += dates + _find_times(text, dates)
    hits.sort(key=lambda e: (e.start, -(e.end - e.start)))
    out, last_end = [], -1
    for e in hits:
        if e.start >= last_end:
            out.append(e)
            last_end = e.end
    return out


def group_by_kind(entities) -> dict[str, list[Entity]]:
    groups: dict[str, list[Entity]] = {}
    for e in entities:
        groups.setdefault(e.kind, []).append(e)
    return {k: groups[k] for k in KINDS if k in groups}


def main_satellite(entities) -> str | None:
    """The satellite the article is most about (most mentions, first on ties)."""
    counts: dict[str, int] = {}
    for e in entities:
        if e.kind == "satellite":
            counts[e.value["name"]] = counts.get(e.value["name"], 0) + 1
    return max(counts, key=counts.get) if counts else None
