"""The Passes panel names each satellite's owner (SATCAT metadata) beside its statistics and on its passes."""

import csv

from desktop.core import timebase
from desktop.core.access import Criterion
from desktop.core.catalog import load_catalog
from desktop.core.paths import tle_dir
from desktop.core.regions import CircleRegion
from desktop.core.revisit import analyse
from desktop.ui.results_panel import ResultsPanel
from desktop.ui.session import Session

START = timebase.to_posix("2026-03-12T00:00:00Z")


def bundled_owner_table():
    """Owner codes by number, read straight from tle/satcat-bundled.csv (not through core.satcat)."""
    text = (tle_dir() / "satcat-bundled.csv").read_text(encoding="utf-8")
    return {int(r["NORAD_CAT_ID"]): r["OWNER"] for r in csv.DictReader(l for l in text.splitlines() if l[:1] != "#")}


def test_statistics_and_pass_list_name_the_owner_and_say_when_it_is_unknown(qtbot):
    catalog = load_catalog()
    iss, khayyam = catalog.find("ISS"), catalog.find("KHAYYAM")
    session = Session(catalog)
    session.metadata.pop(iss.satnum)  # as for a --tle satellite the SATCAT does not know
    panel = ResultsPanel(session)
    qtbot.addWidget(panel)
    analysis = analyse([khayyam, iss], CircleRegion("Tehran", 35.7, 51.4, 500.0), Criterion("contact", elevation_deg=10.0),
                       START, START + 86400.0)
    assert analysis.passes[khayyam.satnum] and analysis.passes[iss.satnum]
    session.set_analysis(analysis)
    owner = bundled_owner_table()[khayyam.satnum]
    text = panel.stats.text()
    assert owner == "IRAN" and f"KHAYYAM (approximate), owner Iran ({owner})" in text
    assert "ISS (ZARYA), owner unknown" in text
    tips = {panel.model.passes[r].satnum: panel.model.index(r, 0).data(0x03) for r in range(panel.model.rowCount())}
    assert tips == {khayyam.satnum: f"owner Iran ({owner})", iss.satnum: "owner unknown"}
