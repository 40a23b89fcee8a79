"""Which satellites a user means: filters over the catalogue by owner, orbit class, object type, group and name.

One :class:`CatalogFilter` (a small, frozen description) and one :class:`CatalogIndex` (numpy
arrays built once per catalogue: lower-case names, owner codes, types, orbit classes) serve the
command line (``passes --all --owner IRAN --orbit-class SSO --type PAY``, ``catalog --owner ...``)
and the window's satellite list, which refilters at every keystroke: a filter over 15,000 sets is
a handful of numpy comparisons, not a Python loop over satellites.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from .orbitclass import CLASSES, classes_of
from .satcat import OBJECT_TYPES, OWNERS, SatcatRecord, owner_codes_matching


class FilterError(ValueError):
    """A filter that names nothing known (an unknown orbit class or object type); one line."""


@dataclass(frozen=True)
class CatalogFilter:
    """What to keep; an empty field keeps everything.

    owner: an owner code or a country or organisation name (case-insensitive; 'Iran' = 'IRAN').
    orbit_class: LEO, SSO, MEO, GEO or HEO; LEO includes the sun-synchronous ones (SSO is a kind of LEO).
    object_type: PAY, R/B, DEB or UNK (payload, rocket body, debris, unknown).
    group: a CelesTrak group whose answer is cached (membership is given to the index as numbers).
    text: part of a name, or of a catalogue number.
    """

    owner: str = ""
    orbit_class: str = ""
    object_type: str = ""
    group: str = ""
    text: str = ""

    def is_empty(self) -> bool:
        return not any((self.owner.strip(), self.orbit_class.strip(), self.object_type.strip(), self.group.strip(),
                        self.text.strip()))

    def checked(self) -> "CatalogFilter":
        """The same filter with codes normalised; FilterError for an unknown class or type."""
        orbit = self.orbit_class.strip().upper()
        if orbit and orbit not in CLASSES:
            raise FilterError(f"unknown orbit class {self.orbit_class!r} (one of {', '.join(CLASSES)})")
        kind = normalise_type(self.object_type)
        return replace(self, orbit_class=orbit, object_type=kind)

    def as_dict(self) -> dict:
        """The filter as a lesson file keeps it (the five fields as text)."""
        return {name: getattr(self, name) for name in FILTER_FIELDS}

    def describe(self) -> str:
        """One line for a command's heading ('owner Iran, SSO, payloads')."""
        parts = []
        if self.owner.strip():
            parts.append(f"owner {self.owner.strip()}")
        if self.orbit_class.strip():
            parts.append(self.orbit_class.strip().upper())
        if self.object_type.strip():
            parts.append(f"type {normalise_type(self.object_type) or self.object_type}")
        if self.group.strip():
            parts.append(f"group {self.group.strip()}")
        if self.text.strip():
            parts.append(f"name contains '{self.text.strip()}'")
        return ", ".join(parts) or "no filter"


FILTER_FIELDS = ("owner", "orbit_class", "object_type", "group", "text")
MAX_FILTER_TEXT = 200  # characters of one field a lesson file may give
_WHAT = {"owner": "owner", "orbit_class": "orbit class", "object_type": "object type", "group": "group",
         "text": "name"}


def filter_from_record(value) -> tuple[CatalogFilter, list[str]]:
    """A filter saved in a lesson ({field: text}), and one line per field that names nothing known: an owner
    that is neither a SATCAT owner code nor a country or organisation's name, an unknown orbit class or object
    type, a value that is not text. Those fields are left empty (no filter on them); the others are kept."""
    if value is None:
        return CatalogFilter(), []
    if not isinstance(value, dict):
        raise ValueError(value)
    kept, problems = {}, []
    for name in FILTER_FIELDS:
        text = value.get(name, "")
        if text is None:
            text = ""
        if not isinstance(text, str) or len(text) > MAX_FILTER_TEXT:
            problems.append(f"the {_WHAT[name]} filter (not a short text: {str(text)[:40]!r})")
            continue
        try:
            if name == "owner" and text.strip() and text.strip().upper() not in OWNERS \
                    and not owner_codes_matching(text):
                raise FilterError(f"unknown owner {text.strip()!r}: neither a SATCAT owner code nor a country or "
                                  "organisation's name")
            if name in ("orbit_class", "object_type"):
                CatalogFilter(**{name: text}).checked()
        except FilterError as exc:
            problems.append(f"the {_WHAT[name]} filter ({exc})")
            continue
        kept[name] = text
    return CatalogFilter(**kept).checked(), problems


_TYPE_WORDS = {"PAY": "PAY", "PAYLOAD": "PAY", "PAYLOADS": "PAY", "R/B": "R/B", "RB": "R/B", "ROCKET": "R/B",
               "ROCKET BODY": "R/B", "DEB": "DEB", "DEBRIS": "DEB", "UNK": "UNK", "UNKNOWN": "UNK"}


def normalise_type(text: str) -> str:
    """PAY, R/B, DEB or UNK from a code or a word ('payload', 'rb', 'debris'); '' for none; FilterError else."""
    key = text.strip().upper()
    if not key:
        return ""
    if key not in _TYPE_WORDS:
        raise FilterError(f"unknown object type {text!r} (one of {', '.join(OBJECT_TYPES)}: "
                          "payload, rocket body, debris, unknown)")
    return _TYPE_WORDS[key]


# numpy 2's string ufuncs run in C (0.2 ms for 15,000 names); numpy 1's np.char loops in Python over elements
_find = np.strings.find if hasattr(np, "strings") else np.char.find


class CatalogIndex:
    """The catalogue's sets with one numpy array per filterable field, built once (about 30 ms for 15,000 sets)."""

    def __init__(self, sets, metadata: dict[int, SatcatRecord] | None = None):
        self.sets = list(sets)
        metadata = metadata or {}
        count = len(self.sets)
        self.satnums = np.fromiter((es.satnum for es in self.sets), dtype=np.int64, count=count)
        records = [metadata.get(es.satnum) for es in self.sets]
        self.records = records
        self.owners = np.array([r.owner if r else "" for r in records], dtype=object).astype(str) if count \
            else np.array([], dtype=str)
        self.types = np.array([r.object_type if r else "" for r in records], dtype=object).astype(str) if count \
            else np.array([], dtype=str)
        self.classes = classes_of(es.satrec for es in self.sets) if count else np.array([], dtype=np.int8)
        # one searchable key a set: its name and number, lower case, searched by one vectorised find
        self._keys = np.array([f"{es.name.casefold()} {es.satnum}" for es in self.sets], dtype=str) if count \
            else np.array([], dtype=str)

    def __len__(self) -> int:
        return len(self.sets)

    def replace_set(self, es) -> bool:
        """Hold ``es`` in place of the set of its number and name (its orbit class computed again); False, and
        nothing changed, when no set of that number and name is held (a new or renamed satellite: build anew).

        An Orbit-lab slider replaces one set many times a second: this costs microseconds, a new index of
        15,000 sets tens of milliseconds. The number, name and metadata stay, so do the search keys, owners
        and types.
        """
        at = np.flatnonzero(self.satnums == es.satnum)
        if not at.size or self.sets[at[0]].name != es.name:
            return False
        i = int(at[0])
        self.sets[i] = es
        self.classes[i] = classes_of([es.satrec])[0]
        return True

    def orbit_class(self, i: int) -> str:
        return CLASSES[int(self.classes[i])]

    def text_mask(self, text: str) -> np.ndarray:
        """Sets whose name or number contains ``text`` (case-insensitive)."""
        key = text.strip().casefold()
        if not key:
            return np.ones(len(self.sets), dtype=bool)
        return _find(self._keys, key) >= 0

    def mask(self, spec: CatalogFilter, group_satnums=None) -> np.ndarray:
        """True for each set the filter keeps. ``group_satnums``: the members of ``spec.group`` (required with a
        group; raises FilterError without them)."""
        spec = spec.checked()
        keep = self.text_mask(spec.text)
        if spec.owner.strip():
            codes = owner_codes_matching(spec.owner) | {spec.owner.strip().upper()}
            keep &= np.isin(self.owners, sorted(codes))
        if spec.orbit_class:
            wanted = [CLASSES.index(spec.orbit_class)] + ([CLASSES.index("SSO")] if spec.orbit_class == "LEO" else [])
            keep &= np.isin(self.classes, wanted)
        if spec.object_type:
            keep &= self.types == spec.object_type
        if spec.group.strip():
            if group_satnums is None:
                raise FilterError(f"no cached CelesTrak group '{spec.group.strip()}': fetch it first with "
                                  f"'refresh --group {spec.group.strip()}'")
            keep &= np.isin(self.satnums, np.fromiter(group_satnums, dtype=np.int64))
        return keep

    def filtered(self, spec: CatalogFilter, group_satnums=None) -> list:
        return [self.sets[i] for i in np.flatnonzero(self.mask(spec, group_satnums))]


def filter_sets(sets, spec: CatalogFilter, metadata: dict[int, SatcatRecord] | None = None, group_satnums=None) -> list:
    """The sets (in their order) that pass ``spec``; metadata by catalogue number gives owners and types."""
    return CatalogIndex(sets, metadata).filtered(spec, group_satnums)


def group_members(group: str):
    """The cached members of a CelesTrak group (catalogue numbers), or None if it is not cached."""
    from .celestrak import group_satnums

    return group_satnums(group) if group.strip() else None
