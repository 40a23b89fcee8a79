"""The help panel, 'What am I looking at?': the map's layers and the first satellite explained in words."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QTextBrowser

from desktop.core.constants import KM_PER_DEG_EQUATOR
from desktop.core.orbit import summarize

from .i18n import criterion_text, duration_text, isolate, language, localize_digits

def _design_paragraph(session, es, summ) -> str:
    """What each Orbit lab control does, with the numbers of the design on the map."""
    from desktop.core import design as design_core

    d = session.lab_design if session.lab_design is not None and session.lab_design.satnum == es.satnum else None
    text = (QCoreApplication.translate("HelpPanel", "<p style='color:#1d3f8a'><b>Designed orbit.</b> {name} was made in the Orbit lab; no real satellite "
               "flies it. Each control changes one thing:</p>").format(name=isolate(es.name)) + "<ul>")
    change = design_core.what_if_higher(d, session.criterion) if d is not None else None
    if change is not None:
        period, revs, reach = change
        height = f"{(summ.perigee_km + summ.apogee_km) / 2:,.0f}"
        if reach > 0:
            text += QCoreApplication.translate("HelpPanel", "<li><b>Height</b> ({height} km): 100 km higher, one orbit takes {minutes} min longer, so {revs} "
                       "fewer orbits a day and fewer passes, while the footprint grows by {reach} km.</li>").format(
                height=height, minutes=f"{period:+.1f}", revs=f"{abs(revs):.2f}", reach=f"{reach:,.0f}")
        else:
            text += QCoreApplication.translate("HelpPanel", "<li><b>Height</b> ({height} km): 100 km higher, one orbit takes {minutes} min longer, so {revs} "
                       "fewer orbits a day and fewer passes.</li>").format(
                height=height, minutes=f"{period:+.1f}", revs=f"{abs(revs):.2f}")
    text += QCoreApplication.translate("HelpPanel", "<li><b>Inclination</b> ({inclination}°): the track reaches latitudes up to {latitude}° N and S; places "
               "further from the equator are never overflown.</li>").format(
        inclination=f"{summ.inclination_deg:.1f}", latitude=f"{min(summ.inclination_deg, 180 - summ.inclination_deg):.1f}")
    text += QCoreApplication.translate("HelpPanel", "<li><b>Sun-synchronous</b>: the tilt at which the Earth's bulge turns the orbit {drift}° a day here "
               "(0.986° is needed), so passes come at the same local time every day.</li>").format(
        drift=f"{summ.node_drift_deg_per_day:+.3f}")
    text += QCoreApplication.translate("HelpPanel", "<li><b>Node time</b>: the local solar time at which the satellite crosses the equator northbound; it "
               "sets whether passes are in the morning, at noon or at night.</li>")
    text += QCoreApplication.translate("HelpPanel", "<li><b>Repeat R/D</b>: after R orbits in D days the track lies exactly on itself again; a longer cycle "
               "leaves narrower gaps between neighbouring tracks.</li>")
    text += QCoreApplication.translate("HelpPanel", "<li><b>Phase</b> (mean anomaly, or over a place at a time): where on the orbit the satellite is; it moves "
               "the passes in time but not the track's pattern.</li>")
    return text + "</ul>"


class HelpPanel(QTextBrowser):
    """'What am I looking at?', with the numbers of the current view."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setOpenExternalLinks(False)
        for signal in (session.selection_changed, session.analysis_changed, session.settings_changed, session.region_changed):
            signal.connect(self.refresh)
        # while an Orbit lab slider moves, explain the numbers once it rests
        self._later = QTimer(self, singleShot=True, interval=150, timeout=self.refresh)
        session.elements_changed.connect(lambda *_: self._later.start())
        self.refresh()

    def model_text(self, es, at_s) -> str:
        """The uncertainty model in words with this set's numbers (the core's describe_model, in the window's language)."""
        from desktop.core import uncertainty as u

        if language() == "en":
            return u.describe_model(es, at_s)
        name = isolate(es.name)
        f = u.model_figures(es, at_s)
        if f["kind"] == "designed":
            return self.tr("A designed orbit is exact by definition: no uncertainty is shown.")
        if f["kind"] == "approximate":
            return self.tr("The elements of {name} are built from published figures: where it is along its orbit is "
                           "unknown (any position is equally likely), its node's local time is uncertain by about "
                           "±{minutes} min and its height by ±{km} km. The track's pattern and the passes a day are "
                           "well determined; the time of each pass is not (within about one orbit).").format(
                name=name, minutes=f"{f['node_minutes']:.0f}", km=f"{f['height_km']:g}")
        return self.tr("The elements of {name} are {days} days from their epoch. Element sets drift mostly along the "
                       "track: about {along} km (1 sigma; {seconds} s of timing at 90 %) here, from 1 km at epoch "
                       "growing 2 km a day (Vallado & Cefola 2012) plus a drag term fitted to our own data; across the "
                       "track about {across} km.").format(
            name=name, days=f"{f['days']:.0f}", along=f"{f['along_km']:,.0f}", seconds=f"{f['timing_s']:,.0f}",
            across=f"{f['across_km']:,.1f}")

    def refresh(self, *_):
        s = self.session
        es = s.primary()
        parts = ["<h3>" + self.tr("What am I looking at?") + "</h3>"]
        if es is None:
            parts.append(self.tr("<p>Choose a satellite in the list on the left.</p>"))
            self.setHtml(localize_digits("".join(parts), html=True))
            return
        summ = summarize(es, s.time_s)
        parts.append(self.tr(
            "<p><b>Ground track.</b> The coloured line is the path of the point directly below {name}. "
            "One orbit takes {period} minutes, so it circles the Earth {revs} times a day. "
            "While it goes round once, the Earth turns beneath it, so each new track lies "
            "{shift}° of longitude further west (about {shift_km} km at 40° latitude). "
            "The dashed part is the past, the solid part the future.</p>").format(
            name=isolate(es.name), period=f"{summ.period_min:.1f}", revs=f"{summ.revs_per_day:.1f}",
            shift=f"{summ.track_shift_deg_per_orbit:.1f}",
            shift_km=f"{summ.track_shift_deg_per_orbit * KM_PER_DEG_EQUATOR * math.cos(math.radians(40)):.0f}"))
        crit = s.criterion
        if crit.kind != "nadir":
            try:
                h = (summ.perigee_km + summ.apogee_km) / 2
                reach = crit.reach_km(h)
                parts.append(self.tr("<p><b>Footprint.</b> The shaded circle around the satellite is what it can reach "
                                     "with the chosen setting ({setting}): everything within {reach} km of the point "
                                     "below it, from its height of {height} km.</p>").format(
                    setting=isolate(criterion_text(crit)), reach=f"{reach:.0f}", height=f"{h:.0f}"))
            except ValueError:
                pass
        if summ.sun_synchronous:
            hh, mm = divmod(round(summ.ltan_hours * 60) % 1440, 60)
            parts.append(self.tr(
                "<p><b>Sun-synchronous orbit.</b> The orbit is tilted {inclination}°, just past the pole, so that "
                "Earth's bulge turns it {drift}° a day, as fast as the Earth goes round the Sun. "
                "It therefore crosses the equator northbound at the same local solar time every day, "
                "{time}, and passes over any one place at about the same local time: "
                "good light for a camera, day after day.</p>").format(
                inclination=f"{summ.inclination_deg:.1f}", drift=f"{summ.node_drift_deg_per_day:.2f}",
                time=isolate(f"{hh:02d}:{mm:02d}", left_to_right=True)))
        a = s.analysis
        if a is not None:
            st = a.combined or next(iter(a.stats.values()))
            if st.mean_gap_s is not None:
                parts.append(self.tr("<p><b>Revisit time.</b> Over {region} the satellite came back on average every "
                                     "{mean} (longest wait {longest}). That is the gap between the end of one pass and "
                                     "the start of the next, within the analysis window.</p>").format(
                    region=isolate(a.region.name), mean=duration_text(st.mean_gap_s),
                    longest=duration_text(st.longest_gap_s)))
        if es.designed:
            parts.append(_design_paragraph(s, es, summ))
        parts.append(self.tr("<p><b>How sure?</b> {model} View ▸ Uncertainty band (Ctrl+U) draws where the satellite "
                             "may be.</p>").format(model=self.model_text(es, s.time_s)))
        if es.approximate:
            parts.append(self.tr("<p style='color:#8a3a00'><b>Approximate.</b> These elements were built from published "
                                 "orbit figures, not tracked observations: the shape of the orbit and the local time of "
                                 "its passes are meaningful, the satellite's exact position is not.</p>"))
        self.setHtml(localize_digits("".join(parts), html=True))
