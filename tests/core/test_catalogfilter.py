"""The catalogue filter (owner, orbit class, type, group, name) against a plain Python loop over the same sets."""

import json
import math

import numpy as np
import pytest

from desktop.cli import main
from desktop.core import celestrak, timebase
from desktop.core.catalog import load_catalog
from desktop.core.catalogfilter import CatalogFilter, CatalogIndex, FilterError, filter_sets
from desktop.core.constants import WGS72_A_KM, WGS72_MU_KM3_S2
from desktop.core.satcat import SatcatRecord, load_metadata

from tests_support_celestrak import renumbered


def by_loop(sets, metadata, owner_codes=(), orbit=None, kind=None, text="", members=None):
    """The reference: one satellite at a time, orbit class from the period and heights in the textbook way
    (a = (mu / n^2)^(1/3); LEO below 2,000 km apogee)."""
    out = []
    for es in sets:
        rec = metadata.get(es.satnum)
        if owner_codes and (rec is None or rec.owner not in owner_codes):
            continue
        if kind and (rec is None or rec.object_type != kind):
            continue
        if text and text.casefold() not in f"{es.name.casefold()} {es.satnum}":
            continue
        if members is not None and es.satnum not in members:
            continue
        if orbit:
            n_rad_s = es.satrec.no_kozai / 60.0
            a_km = (WGS72_MU_KM3_S2 / n_rad_s**2) ** (1 / 3)
            apogee_km = a_km * (1 + es.satrec.ecco) - WGS72_A_KM
            period_h = 2 * math.pi / n_rad_s / 3600
            is_leo = apogee_km < 2000
            is_geo = abs(period_h - 23.934) < 0.24 and es.satrec.ecco < 0.1
            if orbit == "LEO" and not is_leo or orbit == "GEO" and not is_geo:
                continue
        out.append(es.satnum)
    return out


@pytest.fixture(scope="module")
def bundled():
    return list(load_catalog(use_cache=False)), load_metadata(use_cache=False)


def test_owner_by_code_or_country_name_any_case(bundled):
    sets, metadata = bundled
    want = by_loop(sets, metadata, owner_codes={"IRAN"})
    assert len(want) == 4
    for words in ("Iran", "IRAN", "iran", " Iran "):
        assert [es.satnum for es in filter_sets(sets, CatalogFilter(owner=words), metadata)] == want
    china = [es.satnum for es in filter_sets(sets, CatalogFilter(owner="China"), metadata)]
    assert china == by_loop(sets, metadata, owner_codes={"PRC"}) and len(china) == 3


@pytest.mark.parametrize("orbit", ["LEO", "GEO"])
def test_orbit_classes_agree_with_the_textbook_rule(bundled, orbit):
    sets, metadata = bundled
    got = [es.satnum for es in filter_sets(sets, CatalogFilter(orbit_class=orbit.lower()), metadata)]
    assert got == by_loop(sets, metadata, orbit=orbit) and got


def test_filters_combine_and_text_matches_names_and_numbers(bundled):
    sets, metadata = bundled
    spec = CatalogFilter(owner="us", orbit_class="LEO", object_type="payload", text="sat")
    got = [es.satnum for es in filter_sets(sets, spec, metadata)]
    assert got == by_loop(sets, metadata, {"US"}, "LEO", "PAY", "sat") and got
    assert [es.name for es in filter_sets(sets, CatalogFilter(text="2554"), metadata)] == ["ISS (ZARYA)"]
    assert filter_sets(sets, CatalogFilter(text="no such satellite"), metadata) == []


def test_bad_classes_and_types_are_one_line_errors(bundled):
    sets, metadata = bundled
    for spec, words in ((CatalogFilter(orbit_class="LOW"), "unknown orbit class"),
                        (CatalogFilter(object_type="SPACESHIP"), "unknown object type"),
                        (CatalogFilter(group="never-fetched"), "refresh --group never-fetched")):
        with pytest.raises(FilterError, match=words):
            filter_sets(sets, spec, metadata)


def test_a_large_catalogue_filters_like_the_loop():
    """3,000 sets with random owners, types and names: every filter agrees with the loop."""
    rng = np.random.default_rng(5)
    owners, kinds = ["US", "PRC", "IRAN", "CIS", "ESA", ""], ["PAY", "R/B", "DEB", "UNK"]
    sets, metadata = [], {}
    from desktop.core.elements import parse_tle_text

    text = "".join("{}\n{}\n{}\n".format(*renumbered(10000 + k, f"SAT-{k} {'ABC'[k % 3]}")) for k in range(3000))
    sets = parse_tle_text(text)[0]
    for es in sets:
        owner = owners[rng.integers(len(owners))]
        if owner:
            metadata[es.satnum] = SatcatRecord(es.satnum, es.name, owner=owner, object_type=kinds[rng.integers(4)])
    index = CatalogIndex(sets, metadata)
    members = set(int(n) for n in rng.choice([es.satnum for es in sets], 500, replace=False))
    for owner in ("", "IRAN", "China"):
        for kind in ("", "DEB"):
            for text in ("", "a", "sat-12", "1234"):
                codes = {"PRC", "CHBZ", "CHTU", "PRES"} if owner == "China" else ({owner} if owner else set())
                spec = CatalogFilter(owner=owner, object_type=kind, text=text, group="g")
                got = [es.satnum for es in index.filtered(spec, members)]
                assert got == by_loop(sets, metadata, codes, None, kind, text, members), (owner, kind, text)


def test_passes_all_with_owner_type_and_class_from_the_command_line(capsys):
    """'every Iranian satellite': --owner Iran --orbit-class SSO --type PAY keeps exactly the four; JSON has owners."""
    code = main(["passes", "--all", "--owner", "Iran", "--orbit-class", "SSO", "--type", "PAY", "--point", "35.7",
                 "51.4", "--criterion", "contact", "--days", "1", "--start", "2026-11-02", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0 and {s["name"] for s in data["satellites"]} == {"KHAYYAM", "PAYA", "ZAFAR-2", "KOWSAR-1.5"}
    assert {p["owner"] for p in data["passes"]} == {"IRAN"} and data["passes"]
    assert main(["passes", "--all", "--owner", "Atlantis", "--point", "0", "0"]) == 2
    assert "no loaded satellite passes the filter" in capsys.readouterr().err


def test_passes_group_finds_a_group_fetched_by_refresh(capsys):
    """The cache written by celestrak.fetch (kind/value) is found by --group and by the group filter."""
    from tests_support_celestrak import omm_json

    body = omm_json(renumbered(25544, "ISS (ZARYA)", "26070.19118651"))
    record = {"query": {"kind": "GROUP", "value": "stations", "FORMAT": "JSON", "url": "x"},
              "retrieved_s": timebase.to_posix("2026-03-11T00:00:00Z"), "body": body}
    celestrak.cache_dir().mkdir(parents=True, exist_ok=True)
    (celestrak.cache_dir() / "group-stations-json.json").write_text(json.dumps(record))
    assert celestrak.group_satnums("Stations") == [25544] and celestrak.cached_groups() == ["stations"]
    code = main(["catalog", "--group", "stations"])
    out = capsys.readouterr().out
    assert code == 0 and "ISS (ZARYA)" in out and "1 of " in out
