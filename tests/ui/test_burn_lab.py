"""The Orbit lab's Burn and Lifetime sections as a student uses them: a burn slider, a burn that re-enters, a Hohmann
transfer applied, a decay plot computed off the GUI thread, and a lesson that keeps them."""

import math

import numpy as np

from desktop.core import maneuver
from desktop.core.constants import WGS72_A_KM, WGS72_MU_KM3_S2


def burn_section(window, qtbot, name="KHAYYAM"):
    s = window.session
    s.select([s.catalog.find(name).satnum])
    lab = window.orbit_lab
    window.docks["Orbit lab"].raise_()
    lab.burn.take_selected()
    return lab.burn


def test_a_prograde_slider_step_draws_the_orbit_after_the_burn(window, qtbot):
    burn = burn_section(window, qtbot)
    source = window.session.catalog.find("KHAYYAM")
    burn.prograde.slider.setValue(20)  # 0.5 m/s steps: +10 m/s
    new = window.session.catalog.get(burn._satnums[0])
    assert new is not None and new.flag == "DESIGNED" and "KHAYYAM" in new.derivation
    assert window.session.selected[:2] == [source.satnum, new.satnum]  # the track before and after, both drawn
    labels = [label for _satnum, label, *_ in window.map._tracks]
    assert any("BURN" in label for label in labels) and any(label.startswith("KHAYYAM (approximate)") for label in labels)
    # the apogee rises by about 2 x 2 a dv / v (worked out here) and the read-out says so
    a = WGS72_A_KM + 498.7
    rise = 4 * a * 0.010 / math.sqrt(WGS72_MU_KM3_S2 / a)
    assert abs((burn.result.after.apogee_km - burn.result.before.apogee_km) - rise) < 5.0
    assert "Apogee" in burn.readout.text() and "Track shift" in burn.readout.text()


def test_a_slider_step_patches_the_catalogue_index_and_the_filter_and_the_layer_see_the_new_class(window, qtbot):
    """A slider step replaces the BURN set under the same number and name: the catalogue index is patched, not
    built again for the whole catalogue, and an orbit-class filter and the all-satellites layer follow the set's
    class as a freshly built index gives it; a set the filter leaves out keeps the layer's fleet."""
    import numpy as np

    from desktop.core.catalogfilter import CatalogFilter, CatalogIndex

    s = window.session
    burn = burn_section(window, qtbot)
    burn.prograde.slider.setValue(20)  # +10 m/s: the BURN set is made, a low orbit still
    satnum = burn._satnums[0]
    index = s.catalog_index()
    i = int(np.flatnonzero(index.satnums == satnum)[0])
    assert index.orbit_class(i) in ("LEO", "SSO")
    s.set_catalog_filter(CatalogFilter(orbit_class="MEO"))
    s.set_show_all_satellites(True)
    layer = window.map.fleet
    fleet = layer.fleet()
    assert satnum not in fleet.satnums
    burn.prograde.slider.setValue(24)  # low still, so still filtered out: the layer keeps its fleet
    assert s.catalog_index() is index and index.sets[i] is s.catalog.get(satnum) and layer.fleet() is fleet
    burn.prograde.setValue(600.0)  # the apogee above 3,000 km: a medium orbit
    assert s.catalog_index() is index and index.orbit_class(i) == "MEO"
    assert satnum in [es.satnum for es in s.filtered_sets()] and satnum in layer.fleet().satnums
    s.set_catalog_filter(CatalogFilter(orbit_class="LEO"))
    assert satnum not in [es.satnum for es in s.filtered_sets()]
    burn.prograde.setValue(10.0)  # back down: kept by the LEO filter again
    assert s.catalog_index() is index and satnum in [es.satnum for es in s.filtered_sets()]
    assert satnum in layer.fleet().satnums
    fresh = CatalogIndex(s.catalog, s.metadata)
    assert [es.satnum for es in index.sets] == [es.satnum for es in fresh.sets]
    assert (index.classes == fresh.classes).all() and (s.filter_mask() == fresh.mask(s.catalog_filter)).all()


def test_a_burn_below_the_surface_is_marked_red_and_makes_no_orbit(window, qtbot):
    burn = burn_section(window, qtbot)
    before = len(window.session.catalog)
    burn.prograde.setValue(-3000.0)
    assert burn.result is None or burn.result.reenters
    assert "Re-enters at once" in burn.readout.text() and "#c0392b" in burn.readout.text()
    assert len(window.session.catalog) == before
    burn.prograde.setValue(-8000.0)
    burn.radial.setValue(8000.0)  # 11.3 km/s in all
    assert "more than 10 km/s" in burn.readout.text()


def test_a_hohmann_preset_shows_its_budget_and_applies_as_two_burns(window, qtbot):
    burn = burn_section(window, qtbot, "ISS")
    burn.transfer_kind.setCurrentIndex(burn.transfer_kind.findData("hohmann"))
    burn.target.setValue(800.0)
    plan = burn.plan()
    assert "vis-viva" in burn.budget.text() and f"{plan.total_dv_km_s * 1000:,.1f}" in burn.budget.text()
    assert burn.apply_transfer()
    final = window.session.catalog.get(burn._satnums[0])
    arc = window.session.catalog.get(burn._satnums[1])
    assert final is not None and arc is not None and "TRANSFER" in arc.name
    after = maneuver.OrbitFigures.of(final.satrec)
    assert abs(after.perigee_km - 800) < 15 and abs(after.apogee_km - 800) < 15
    transfer = maneuver.OrbitFigures.of(arc.satrec)
    assert transfer.apogee_km > 780 and transfer.perigee_km < 440


def test_a_hohmann_with_plane_change_at_apogee_applies(window, qtbot):
    """The combined preset applies (it raised KeyError: its details lacked the transfer ellipse): the final orbit
    is the target circle, turned by the angle."""
    burn = burn_section(window, qtbot, "ISS")
    burn.transfer_kind.setCurrentIndex(burn.transfer_kind.findData("combined"))
    burn.target.setValue(800.0)
    burn.angle.setValue(5.0)
    assert burn.apply_transfer()
    final_set = window.session.catalog.get(burn._satnums[0])
    final = maneuver.OrbitFigures.of(final_set.satrec)
    assert abs(final.perigee_km - 800) < 15 and abs(final.apogee_km - 800) < 15
    # the planes at the final set's epoch (angular momentum r x v) are the angle apart
    normals = [np.cross(*maneuver.state_teme(es.satrec, final_set.epoch_s)) for es in (burn.source_set(), final_set)]
    turned = math.degrees(math.acos(np.dot(*normals) / np.linalg.norm(normals[0]) / np.linalg.norm(normals[1])))
    assert abs(turned - 5.0) < 0.2


def test_a_transfer_can_be_watched_on_the_globe(window, qtbot):
    """After a Hohmann transfer from Khayyam to 2,000 km, 'Watch it on the globe' shows the globe with the clock just
    before the first burn, playing at the slowest speed that shows the whole flight (vis-viva time of flight,
    worked out here) within half a minute; the clock then moves on."""
    burn = burn_section(window, qtbot)
    assert not burn.watch.isEnabled()
    burn.transfer_kind.setCurrentIndex(burn.transfer_kind.findData("hohmann"))
    burn.target.setValue(2000.0)
    assert burn.apply_transfer() and burn.watch.isEnabled()
    first, last = burn._transfer_span
    r1, r2 = WGS72_A_KM + 498.7, WGS72_A_KM + 2000.0
    flight = math.pi * math.sqrt(((r1 + r2) / 2) ** 3 / WGS72_MU_KM3_S2)
    assert abs((last - first) - flight) < 0.05 * flight
    assert burn.watch_transfer()
    s, bar = window.session, window.timebar
    assert s.globe and bar.play.isChecked()
    assert first - 0.2 * flight < s.time_s < first
    assert s.span_s >= 1.2 * flight and bar.span.currentData() == s.span_s  # the Span box says what is shown
    speed = bar.speed.currentData()
    assert 1.2 * flight / speed <= burn.WATCH_S < 1.2 * flight / bar.SPEEDS[bar.SPEEDS.index(speed) - 1]
    before = s.time_s
    qtbot.waitUntil(lambda: s.time_s > before + speed * 0.2, timeout=3000)
    bar.toggle_play()


def test_the_decay_plot_is_computed_off_the_gui_thread(window, qtbot):
    window.session.select([window.session.catalog.find("KHAYYAM").satnum])
    section = window.orbit_lab.lifetime
    assert section.start()
    qtbot.waitUntil(lambda: section.estimate is not None, timeout=20000)
    assert section.plot.estimate is section.estimate and [c.name for c in section.estimate.curves] == \
        ["low", "moderate", "high"]
    assert "uncertain" in section.summary.text() and "650 kg" in section.summary.text()
    image = section.plot.grab().toImage()
    assert image.width() > 100  # painted without error
    section.mass.setValue(0.0)
    section.area.setValue(2.0)
    assert not section.start() or section.runner.wait(10000)


def test_a_lesson_keeps_the_burn_and_the_lifetime_settings(window, qtbot, tmp_path):
    from desktop.core.lessons import read_lesson
    from desktop.ui.lesson_io import save_lesson, open_lesson

    burn = burn_section(window, qtbot)
    burn.when.setCurrentIndex(burn.when.findData("apogee"))
    burn.normal.setValue(25.0)
    window.orbit_lab.lifetime.mass.setValue(650.0)
    window.orbit_lab.lifetime.area.setValue(3.0)
    window.session.lab_lifetime = window.orbit_lab.lifetime.settings()
    path = tmp_path / "burn.overflight"
    assert save_lesson(window, str(path))
    lesson = read_lesson(path)
    assert lesson.burn["burns"][0]["normal_m_s"] == 25.0 and lesson.burn["burns"][0]["at"] == "apogee"
    assert lesson.lifetime["mass_kg"] == 650.0
    burn.clear()
    window.orbit_lab.lifetime.mass.setValue(0.0)
    assert open_lesson(window, str(path))
    assert burn.normal.value() == 25.0 and window.orbit_lab.lifetime.mass.value() == 650.0
    assert window.session.catalog.get(burn._satnums[0]) is not None


def test_the_handout_prints_the_budget_and_the_decay_plot(window, qtbot, tmp_path):
    from pypdf import PdfReader

    from desktop.ui.handout import write_pdf

    burn = burn_section(window, qtbot)
    burn.prograde.setValue(12.5)
    burn.normal.setValue(-4.0)
    section = window.orbit_lab.lifetime
    assert section.start()
    qtbot.waitUntil(lambda: section.estimate is not None, timeout=20000)
    path = tmp_path / "handout.pdf"
    assert write_pdf(window.session, str(path), "A4", view=window.map) >= 1
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages)
    assert "Delta-v budget" in text and "13.1 m/s" in text  # sqrt(12.5^2 + 4^2), worked out: 13.12
    assert "Orbit decay of KHAYYAM" in text and "uncertain" in text


def test_the_lab_and_the_handout_name_the_space_weather_file_and_its_date(window, qtbot, tmp_path):
    """Scenarios and CelesTrak space weather: with nothing fetched, the bundled copy (updated 2025-07-21) adds a
    fourth curve; the lab, the handout and a saved lesson say which file, its date and the nearest scenario."""
    from pypdf import PdfReader

    from desktop.core import spaceweather
    from desktop.ui.handout import write_pdf

    window.session.select([window.session.catalog.find("KHAYYAM").satnum])
    section = window.orbit_lab.lifetime
    section.activity.setCurrentIndex(section.activity.findData("file"))
    assert section.start()
    qtbot.waitUntil(lambda: section.estimate is not None, timeout=20000)
    estimate = section.estimate
    assert [c.name for c in estimate.curves] == ["low", "moderate", "high", "space-weather file"]
    assert estimate.space_weather is spaceweather.bundled_series()
    khayyam = window.session.catalog.find("KHAYYAM")
    nearest = spaceweather.nearest_scenario(spaceweather.activity_at(spaceweather.bundled_series(), khayyam.epoch_s).f107)
    text = section.summary.text()
    assert "bundled copy updated 2025-07-21" in text and "predicted to 2041-10-01" in text
    assert "11 years" in text and f"nearest scenario: {nearest.name}" in text
    assert section.settings()["space_weather"] is True
    path = tmp_path / "handout.pdf"
    assert write_pdf(window.session, str(path), "A4", view=window.map) >= 1
    pdf = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages)
    assert "bundled copy updated 2025-07-21" in pdf and f"nearest scenario: {nearest.name}" in pdf
    section.activity.setCurrentIndex(0)
    section.load({"mass_kg": None, "area_m2": None, "cd": 2.2, "space_weather": True})
    assert section.activity.currentData() == "file"
