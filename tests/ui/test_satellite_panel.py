"""The Satellites panel as a teacher uses it: owner, orbit class, type and name filters, at 35 and at 15,000 sets.

Expected rows come from a plain loop over the catalogue and the bundled metadata table read with the csv
module, not from the panel's own index."""

import csv
import json

from PySide6.QtCore import Qt

from desktop.core.catalogfilter import CatalogFilter
from desktop.core.elements import Catalog, parse_tle_text
from desktop.core.paths import tle_dir
from desktop.core.satcat import SatcatRecord
from desktop.ui.satellite_panel import SatellitePanel
from desktop.ui.session import Session

from tests_support_celestrak import renumbered


def owners_from_file():
    text = (tle_dir() / "satcat-bundled.csv").read_text(encoding="utf-8")
    return {int(r["NORAD_CAT_ID"]): r["OWNER"] for r in csv.DictReader(l for l in text.splitlines() if l[:1] != "#")}


def shown(panel):
    model = panel.model
    return [model.data(model.index(r, 0), Qt.UserRole) for r in range(model.rowCount())]


def choose(combo, data):
    at = combo.findData(data)
    assert at >= 0, data
    combo.setCurrentIndex(at)


def test_owner_orbit_and_type_filters_show_what_a_loop_over_the_table_finds(window):
    panel, session = window.satellites, window.session
    owners = owners_from_file()
    assert len(shown(panel)) == len(session.catalog)
    choose(panel.owner, "IRAN")
    want = [es.satnum for es in session.catalog if owners.get(es.satnum) == "IRAN"]
    assert shown(panel) == want and len(want) == 4
    assert panel.count.text() == f"4 of {len(session.catalog)} satellites"
    assert [es.satnum for es in session.filtered_sets()] == want  # the map layer and Overhead see the same
    choose(panel.owner, "")
    choose(panel.orbit, "GEO")
    assert {session.catalog.get(n).name for n in shown(panel)} == {"GOES 16", "GOES 18", "HIMAWARI-8"}
    choose(panel.kind, "DEB")
    assert shown(panel) == [] and "0 of" in panel.count.text()
    choose(panel.kind, "PAY")
    panel.search.setText("goes")
    assert {session.catalog.get(n).name for n in shown(panel)} == {"GOES 16", "GOES 18"}
    assert session.catalog_filter == CatalogFilter(orbit_class="GEO", object_type="PAY", text="goes")


def test_rows_show_owner_and_class_and_selecting_a_row_selects_the_satellite(window, qtbot):
    panel, session = window.satellites, window.session
    panel.search.setText("landsat 9")
    assert panel.model.rowCount() == 1
    assert panel.model.row_text(0).split("  ·  ")[1:4] == ["49260", "US", "SSO"]
    panel.list.selectRow(0)
    assert session.selected == [49260]
    assert "Owner" in panel.summary.toPlainText() and "United States (US)" in panel.summary.toPlainText()
    panel.search.setText("")  # the selection survives a filter change
    assert panel.list.selectionModel().selectedRows()[0].row() == panel.model.row_of(49260)


def test_a_group_not_cached_is_said_and_a_decayed_object_is_marked(qtbot, tmp_path):
    name, l1, l2 = renumbered(34428, "TEST DEB")
    catalog = Catalog(parse_tle_text(f"{name}\n{l1}\n{l2}\n")[0])
    record = SatcatRecord(34428, "TEST DEB", object_type="DEB", owner="CIS", decay_date="2019-03-02", source="test")
    session = Session(catalog, metadata={34428: record})
    panel = SatellitePanel(session)
    qtbot.addWidget(panel)
    assert "DECAYED" in panel.model.row_text(0)
    session.select([34428])
    assert "Decayed" in panel.summary.toPlainText() and "2019-03-02" in panel.summary.toPlainText()
    session.set_catalog_filter(CatalogFilter(group="weather"))
    assert "group not applied" in panel.count.text() and panel.model.rowCount() == 1


def synthetic_catalog(count):
    """``count`` sets: the ISS's elements renumbered, named SYN-<number>, with owners in turn."""
    text = "".join("{}\n{}\n{}\n".format(*renumbered(10000 + k, f"SYN-{10000 + k}")) for k in range(count))
    sets = parse_tle_text(text)[0]
    owners = ("US", "PRC", "IRAN", "CIS")
    return Catalog(sets), {es.satnum: SatcatRecord(es.satnum, es.name, owner=owners[k % 4], object_type="PAY")
                           for k, es in enumerate(sets)}


def test_fifteen_thousand_sets_filter_by_keystroke_like_a_loop(qtbot):
    """At catalogue scale every keystroke gives the loop's answer (the time per keystroke is in
    bench/catalogue_scale.py, not asserted here)."""
    catalog, metadata = synthetic_catalog(15000)
    session = Session(catalog, metadata=metadata)
    panel = SatellitePanel(session)
    qtbot.addWidget(panel)
    assert panel.model.rowCount() == 15000
    choose(panel.owner, "IRAN")
    for typed in ("s", "sy", "syn-1", "syn-12", "syn-123", "syn-1234"):
        panel.search.setText(typed)
        want = [es.satnum for es in catalog if typed in es.name.casefold() and metadata[es.satnum].owner == "IRAN"]
        assert shown(panel) == want, typed


def test_refreshing_the_satellite_catalogue_from_a_local_server_adds_owners_to_the_list(window, qtbot, server):
    """File ▸ Refresh satellite catalogue: the SATCAT from a server on 127.0.0.1; its owners reach the filter."""
    panel = window.satellites
    assert window.session.metadata[53370].source.startswith("bundled")
    with qtbot.waitSignal(window.refresher.runner.finished, timeout=30000):
        window.refresher.metadata_action.trigger()
    assert window.session.metadata[53370].source.startswith("CelesTrak SATCAT")
    assert window.session.metadata[53370].status == "+"  # the server's row, not the bundled '?'
    panel.search.setText("khayyam")
    assert "IRAN" in panel.model.row_text(0)


def test_a_cached_group_is_offered_and_filters_the_list(qtbot):
    """A CelesTrak group answer in the cache (as refresh --group leaves it) appears in the group choice."""
    from desktop.core import celestrak, timebase
    from desktop.core.catalog import load_catalog

    from tests_support_celestrak import ISS_L1, ISS_L2, omm_json

    body = omm_json(("ISS (ZARYA)", ISS_L1, ISS_L2), renumbered(53370, "KHAYYAM"))
    celestrak.cache_dir().mkdir(parents=True, exist_ok=True)
    record = {"query": {"kind": "GROUP", "value": "iran-test", "FORMAT": "JSON", "url": "x"},
              "retrieved_s": timebase.now_s(), "body": body}
    (celestrak.cache_dir() / "group-iran-test-json.json").write_text(json.dumps(record))
    session = Session(load_catalog())
    panel = SatellitePanel(session)
    qtbot.addWidget(panel)
    choose(panel.group, "iran-test")
    assert sorted(shown(panel)) == [25544, 53370]
    choose(panel.owner, "IRAN")
    assert shown(panel) == [53370] and session.catalog_filter.group == "iran-test"
