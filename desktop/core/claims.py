"""Claims checker: statements in an article that Overflight can compute, side by side.

Each claim found in the text is shown with what Overflight computes and the
settings used, e.g. "article: 4 passes a day over Iran; computed: 4.8 a day
(contact, 10 deg elevation, 30 days)". Computations use the catalogue's
element set for the satellite (approximate sets say so).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from . import lexicon, timebase
from .access import Criterion
from .atlas import country_region
from .elements import ElementError
from .entities import Entity, main_satellite
from .orbit import local_solar_time_hours, summarize
from .regions import CircleRegion, RegionError
from .revisit import analyse

NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "once": 1, "twice": 2}
_NUM = r"(\d+(?:\.\d+)?|" + "|".join(NUMBER_WORDS) + r")"
PASS_CLAIM = re.compile(
    _NUM + r"(?:\s*(?:or|to|-|–)\s*" + _NUM + r")?\s+(?:times|passes|orbits|overpasses|flyovers|fly-bys|revolutions)?"
    r"[^.;\n]{0,70}?(?:a day|per day|daily|each day|every day|in 24 hours|every 24 hours|in a day|a 24-hour period|within 24 hours"
    r"|on launch day|on the first day|on the day of (?:the )?launch|in the first 24 hours)",
    re.I)
HEIGHT_CLAIM = re.compile(r"(\d{3,5}(?:[.,]\d+)?)\s*(?:-|–)?\s*(?:km|kilomet(?:er|re)s?)\b", re.I)
PERIOD_CLAIM = re.compile(r"(\d{2,3}(?:\.\d+)?)\s*(?:-|–)?\s*minutes?\b", re.I)
RESOLUTION_CLAIM = re.compile(
    r"(?:resolution\s+(?:of\s+)?(?:up\s+to\s+|about\s+|around\s+)?" + _NUM + r"\s*(?:-|–)?\s*(m|met(?:er|re)s?|cm|centimet(?:er|re)s?)\b)"
    r"|(?:" + _NUM + r"\s*(?:-|–)?\s*(m|met(?:er|re)s?|cm|centimet(?:er|re)s?)\b[^.;\n]{0,25}?resolution)", re.I)


@dataclass
class Claim:
    kind: str  # passes, height, period, resolution, launch
    excerpt: str
    start: int
    end: int
    claimed: str
    computed: str
    settings: str
    agrees: bool | None = None
    verdict: str = ""  # with an uncertainty range: "consistent", "differs" or "cannot tell with these elements"

    @property
    def verdict_text(self) -> str:
        """The range verdict where there is one, else what the single value says."""
        return self.verdict or {True: "consistent", False: "differs", None: "for comparison"}[self.agrees]

    def line(self) -> str:
        return f"article: {self.claimed}; computed: {self.computed} ({self.settings}) [{self.verdict_text}]"

    def as_dict(self) -> dict:
        return {"kind": self.kind, "excerpt": self.excerpt, "start": self.start, "end": self.end, "claimed": self.claimed,
                "computed": self.computed, "settings": self.settings, "agrees": self.agrees,
                "verdict": self.verdict_text}


def _number(text: str) -> float:
    if text.lower() in NUMBER_WORDS:
        return float(NUMBER_WORDS[text.lower()])
    value = lexicon.number_value(text)  # digits of any script, number words of the five other languages
    if value is None:
        raise ValueError(f"not a number: {text!r}")
    return float(value)


def _matches(patterns, text: str):
    """Matches of several patterns (English first, then the other languages'), without overlaps, in order.

    The other languages' patterns need a letter beyond ASCII, so a sentence of plain English skips them.
    """
    if text.isascii():
        patterns = patterns[:1]
    found = sorted((m for p in patterns for m in p.finditer(text)), key=lambda m: (m.start(), -m.end()))
    out, last = [], -1
    for m in found:
        if m.start() >= last:
            out.append(m)
            last = m.end()
    return out


def _sentences(text: str):
    start = 0
    # a sentence ends at . ! ? (and Arabic ؟) before a capital, a quote, or a letter of Hebrew, Arabic script or Cyrillic
    for m in re.finditer(r"(?<=[.!?؟])\s+(?=[A-Z\"'“«\u0590-\u06ff\u0410-\u042f])|\n+", text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)


def judge_range(claimed_low: float, claimed_high: float, low: float, high: float, width_limit: float = 1.0) -> str:
    """A claimed count against a computed 5-95 % range.

    A spoken count is rounded, so it stands for +-0.5; it is consistent when that overlaps
    the range, differs when it does not, and cannot be told when the range itself is wider
    than ``width_limit`` (the elements do not pin the number down)."""
    if high - low > width_limit:
        return "cannot tell with these elements"
    overlaps = claimed_low - 0.5 <= high and claimed_high + 0.5 >= low
    return "consistent" if overlaps else "differs"


@dataclass
class _Sentence:
    """One sentence and what the detectors need to know about it."""

    text: str
    start: int  # offset of the sentence in the article
    low: str
    ents: list  # the entities that start inside it
    es: object  # the element set its claims are about
    summary: object
    approx: str  # ", approximate elements" or ""

    def claim(self, kind, m, *values) -> Claim:
        return Claim(kind, self.text.strip()[:240], self.start + m.start(), self.start + m.end(), *values)


@dataclass
class _Settings:
    compute: bool
    window_days: float
    uncertainty: bool
    members: int
    counted: dict = field(default_factory=dict)  # (satellite, place, kind) -> what _count_per_day gave


def _pass_claims(s: _Sentence, opt: _Settings) -> list[Claim]:
    """Passes a day over a country (with no ground station in the sentence)."""
    countries = [e for e in s.ents if e.kind == "country"]
    if not countries or any(e.kind == "ground station" for e in s.ents):
        return []

    def place(m):
        after = [e for e in countries if e.start >= s.start + m.start() - 40]
        target = (after or countries)[0].value["name"]
        return (target, country_region(target), Criterion("contact", elevation_deg=10.0), "passes a day over",
                f"contact at 10° elevation from anywhere in {target}", True)

    return _count_claims(s, opt, place)


def _contact_claims(s: _Sentence, opt: _Settings) -> list[Claim]:
    """Contacts a day with a ground station named in the sentence."""
    stations = [e for e in s.ents if e.kind == "ground station"]
    if not stations:
        return []
    station = stations[0].value
    target = station["name"]

    def place(_m):
        return (target, CircleRegion(target, station["lat"], station["lon"], 0.0), Criterion("contact", elevation_deg=5.0),
                "contacts a day with", f"contact above 5° elevation at {target}", False)

    return _count_claims(s, opt, place)


def _count_claims(s: _Sentence, opt: _Settings, place) -> list[Claim]:
    """Claims of a number of passes or contacts a day.

    ``place(match)`` gives the target's name, region, criterion, the words of the
    claim, the settings' text, and whether to add the ground track's count too.
    """
    if not (re.search(r"pass|over|orbit|signal|contact|fly|visit|times", s.low)
            or lexicon.mentions(lexicon.PASS_TRIGGER_WORDS, s.low)):
        return []
    claims = []
    es = s.es
    for m in _matches((PASS_CLAIM, lexicon.PASS_CLAIM), s.text):
        lo = _number(m.group(1))
        hi = _number(m.group(2)) if m.group(2) else lo
        if not 0 < lo <= 50:
            continue
        said = [g if g.isascii() else format(_number(g), "g") for g in (m.group(1), m.group(2)) if g]  # چهار -> 4
        number = " or ".join(said)
        computed, settings, agrees, verdict = "-", "", None, ""
        try:
            target, region, crit, what, setting, with_track = place(m)
        except RegionError:
            continue
        claimed = f"{number} {what} {target}"
        if opt.compute:
            key = (es.satnum, es.epoch_s, target, what)
            if key not in opt.counted:  # an article repeating a claim is computed once per satellite and place
                opt.counted[key] = _count_per_day(es, region, crit, target, with_track, opt)
            per_day, computed, (low_pd, high_pd) = opt.counted[key]
            settings = f"{es.name}, {setting}, {opt.window_days:g} days from the element epoch{s.approx}"
            agrees = lo - 0.75 <= per_day <= hi + 0.75
            if opt.uncertainty:
                verdict = judge_range(lo, hi, low_pd, high_pd)
                agrees = {"consistent": True, "differs": False}.get(verdict)
        claims.append(s.claim("passes", m, claimed, computed, settings, agrees, verdict))
    return claims


def _count_per_day(es, region, crit, target, with_track, opt):
    """(passes a day, the computed text, the 5-95 % range or (None, None)) over the claims' window."""
    end_s = es.epoch_s + opt.window_days * 86400.0
    per_day = analyse([es], region, crit, es.epoch_s, end_s).stats[es.satnum].passes_per_day
    computed = f"{per_day:.1f} a day"
    if with_track:
        nadir = analyse([es], region, Criterion("nadir"), es.epoch_s, end_s)
        computed += f" (ground track crossing {target}: {nadir.stats[es.satnum].passes_per_day:.1f} a day)"
    if not opt.uncertainty:
        return per_day, computed, (None, None)
    low_pd, high_pd = passes_per_day_range(es, region, crit, es.epoch_s, end_s, per_day, opt.members)
    computed += f"; 5-95 % range {low_pd:.1f}-{high_pd:.1f} a day over {opt.members} element sets"
    return per_day, computed, (low_pd, high_pd)


def _height_claims(s: _Sentence, opt: _Settings) -> list[Claim]:
    """The orbit's height, against the mean elements' perigee and apogee."""
    if not (re.search(r"orbit|altitude|height|above the earth|above earth", s.low)
            or lexicon.mentions(lexicon.ORBIT_TRIGGER_WORDS, s.low)):
        return []
    summary = s.summary
    for m in _matches((HEIGHT_CLAIM, lexicon.HEIGHT_CLAIM), s.text):
        value = _number(m.group(1).replace(",", ""))
        if not 150 <= value <= 40000:
            continue
        mean = (summary.perigee_km + summary.apogee_km) / 2
        return [s.claim("height", m, f"orbit height {value:g} km",
                        f"{summary.perigee_km:.0f} to {summary.apogee_km:.0f} km (mean {mean:.0f} km)",
                        f"{s.es.name} mean elements{s.approx}", abs(value - mean) <= max(25.0, 0.05 * mean))]
    return []


def _period_claims(s: _Sentence, opt: _Settings) -> list[Claim]:
    """The orbital period, against the mean motion."""
    if not (re.search(r"orbit|circl|period|revolution|round the|around the", s.low)
            or lexicon.mentions(lexicon.PERIOD_TRIGGER_WORDS, s.low)):
        return []
    period = s.summary.period_min
    for m in _matches((PERIOD_CLAIM, lexicon.PERIOD_CLAIM), s.text):
        value = _number(m.group(1))
        if not 80 <= value <= 1500:
            continue
        return [s.claim("period", m, f"period {value:g} minutes", f"{period:.1f} minutes",
                        f"{s.es.name} mean motion{s.approx}", abs(value - period) <= 0.02 * period)]
    return []


def _resolution_claims(s: _Sentence, opt: _Settings) -> list[Claim]:
    """A ground resolution, as the field of view of one pixel at the stated (or the orbit's) height."""
    if "resolution" not in s.low:  # both forms of RESOLUTION_CLAIM name it
        return []
    for m in RESOLUTION_CLAIM.finditer(s.text):
        value, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        metres = _number(value) / (100.0 if unit.lower().startswith("c") else 1.0)
        if not 0.05 <= metres <= 1000:
            continue
        heights = [float(h.group(1).replace(",", "")) for h in HEIGHT_CLAIM.finditer(s.text)
                   if 150 <= float(h.group(1).replace(",", "")) <= 40000]
        h_km = heights[0] if heights else (s.summary.perigee_km + s.summary.apogee_km) / 2
        ifov_urad = metres / (h_km * 1000.0) * 1e6
        slant = metres / math.cos(math.radians(30)) ** 2  # across-track pixel grows as 1/cos^2 off nadir (flat-Earth)
        return [s.claim("resolution", m, f"{metres:g} m resolution" + (f" from {h_km:g} km" if heights else ""),
                        f"{ifov_urad:.1f} µrad ({ifov_urad * 0.206265:.2f} arcsec) per pixel at nadir; about "
                        f"{slant:.1f} m at 30° off nadir",
                        f"{'altitude stated in the article' if heights else s.es.name + ' mean height ' + format(h_km, '.0f') + ' km'}"
                        f"{s.approx if not heights else ''}", None)]
    return []


def _launch_claims(s: _Sentence, opt: _Settings) -> list[Claim]:
    """Launch site and time: the pad's local solar time against a sun-synchronous orbit's node time."""
    sites = [e for e in s.ents if e.kind == "launch site"]
    times = [e for e in s.ents if e.kind == "time" and e.value.get("datetime")]
    if not (sites and times and "launch" in s.low and s.summary.sun_synchronous):
        return []
    site, when = sites[0], times[0]
    lst = float(local_solar_time_hours(timebase.to_posix(when.value["datetime"]), site.value["lon"]))
    node = s.summary.ltan_hours
    diff = min((lst - node) % 24, (node - lst) % 24)
    diff_desc = min((lst - node - 12) % 24, (node + 12 - lst) % 24)
    which = "ascending" if diff <= diff_desc else "descending"
    return [Claim("launch", s.text.strip()[:240], when.start, when.end,
                  f"launch from {site.value['name'].split(',')[0]} at {when.value['utc']}",
                  f"local solar time at the pad {_hhmm(lst)}; the orbit's {which} node is at "
                  f"{_hhmm(node if which == 'ascending' else (node + 12) % 24)} local time",
                  f"a sun-synchronous orbit reached directly keeps the pad's local time at its node{s.approx}",
                  min(diff, diff_desc) <= 1.0)]


DETECTORS = [_contact_claims, _pass_claims, _height_claims, _period_claims, _resolution_claims, _launch_claims]


def _element_set(catalog, value: dict):
    """The catalogue's set for a linked satellite: by number, else by name; None when it has none."""
    if catalog is None:
        return None
    if value.get("satnum") is not None and catalog.get(value["satnum"]) is not None:
        return catalog.get(value["satnum"])
    try:
        return catalog.find(value["name"])
    except ElementError:
        return None


def _entities_by_sentence(text: str, entities: list[Entity]):
    """(start, end, entities starting inside) for each sentence, in one pass over both (linear)."""
    ordered = sorted(entities, key=lambda e: e.start)
    k = 0
    for s0, s1 in _sentences(text):
        while k < len(ordered) and ordered[k].start < s0:
            k += 1
        first = k
        while k < len(ordered) and ordered[k].start < s1:
            k += 1
        yield s0, s1, ordered[first:k]


def find_claims(text: str, entities: list[Entity], catalog, compute: bool = True, window_days: float = 30.0,
                uncertainty: bool = False, members: int = 32) -> list[Claim]:
    """Claims in the text with Overflight's numbers beside them: each detector in DETECTORS, sentence by sentence.

    Linear in the length of the text: entities are handed to their sentence in
    one pass, and each satellite is looked up and summarised once.
    """
    main = main_satellite(entities)
    by_name = {e.value["name"]: e.value for e in entities if e.kind == "satellite"}
    looked_up: dict[str, tuple] = {}

    def about(value):
        if value["name"] not in looked_up:
            es = _element_set(catalog, value)
            looked_up[value["name"]] = (es, summarize(es, es.epoch_s) if es is not None else None)
        return looked_up[value["name"]]

    settings = _Settings(compute, window_days, uncertainty, members)
    claims: list[Claim] = []
    for s0, s1, ents in _entities_by_sentence(text, entities):
        sats = [e for e in ents if e.kind == "satellite"]
        value = sats[0].value if sats else by_name.get(main)
        if value is None:
            continue
        es, summary = about(value)
        if es is None:
            continue
        sentence = text[s0:s1]
        s = _Sentence(sentence, s0, sentence.lower(), ents, es, summary, ", approximate elements" if es.approximate else "")
        for detect in DETECTORS:
            claims += detect(s, settings)
    return claims


def _hhmm(hours: float) -> str:
    total = round(hours * 60) % 1440
    return f"{total // 60:02d}:{total % 60:02d}"


def passes_per_day_range(es, region, crit, start_s, end_s, nominal: float, members: int = 32) -> tuple[float, float]:
    """5-95 % of passes a day over the element set's uncertainty ensemble (holding the nominal value)."""
    from .uncertainty import ensemble, ensemble_passes, stat_ranges

    ep = ensemble_passes(ensemble(es, members, at_s=0.5 * (start_s + end_s)), region, crit, start_s, end_s)
    r = stat_ranges(ep, {"passes_per_day": nominal})["passes_per_day"]
    return r["low"], r["high"]
