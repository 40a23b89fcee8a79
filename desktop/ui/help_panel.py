"""The help panel, 'What am I looking at?': the map's layers and the first satellite explained in words."""

from __future__ import annotations

import math

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QTextBrowser

from desktop.core.constants import KM_PER_DEG_EQUATOR
from desktop.core.orbit import summarize
from desktop.core.revisit import format_duration

def _design_paragraph(session, es, summ) -> str:
    """What each Orbit lab control does, with the numbers of the design on the map."""
    from desktop.core import design as design_core

    d = session.lab_design if session.lab_design is not None and session.lab_design.satnum == es.satnum else None
    text = (f"<p style='color:#1d3f8a'><b>Designed orbit.</b> {es.name} was made in the Orbit lab; no real satellite "
            "flies it. Each control changes one thing:</p><ul>")
    change = design_core.what_if_higher(d, session.criterion) if d is not None else None
    if change is not None:
        period, revs, reach = change
        text += (f"<li><b>Height</b> ({(summ.perigee_km + summ.apogee_km) / 2:,.0f} km): 100 km higher, one orbit takes "
                 f"{period:+.1f} min longer, so {abs(revs):.2f} fewer orbits a day and fewer passes"
                 + (f", while the footprint grows by {reach:,.0f} km" if reach > 0 else "") + ".</li>")
    text += (f"<li><b>Inclination</b> ({summ.inclination_deg:.1f}°): the track reaches latitudes up to "
             f"{min(summ.inclination_deg, 180 - summ.inclination_deg):.1f}° N and S; places further from the equator are "
             "never overflown.</li>"
             f"<li><b>Sun-synchronous</b>: the tilt at which the Earth's bulge turns the orbit "
             f"{summ.node_drift_deg_per_day:+.3f}° a day here (0.986° is needed), so passes come at the same local time "
             "every day.</li>"
             "<li><b>Node time</b>: the local solar time at which the satellite crosses the equator northbound; it "
             "sets whether passes are in the morning, at noon or at night.</li>"
             "<li><b>Repeat R/D</b>: after R orbits in D days the track lies exactly on itself again; a longer cycle "
             "leaves narrower gaps between neighbouring tracks.</li>"
             "<li><b>Phase</b> (mean anomaly, or over a place at a time): where on the orbit the satellite is; it moves "
             "the passes in time but not the track's pattern.</li></ul>")
    return text


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

    def refresh(self, *_):
        s = self.session
        es = s.primary()
        parts = ["<h3>What am I looking at?</h3>"]
        if es is None:
            parts.append("<p>Choose a satellite in the list on the left.</p>")
            self.setHtml("".join(parts))
            return
        summ = summarize(es, s.time_s)
        parts.append(
            f"<p><b>Ground track.</b> The coloured line is the path of the point directly below {es.name}. "
            f"One orbit takes {summ.period_min:.1f} minutes, so it circles the Earth {summ.revs_per_day:.1f} times a day. "
            f"While it goes round once, the Earth turns beneath it, so each new track lies "
            f"{summ.track_shift_deg_per_orbit:.1f}° of longitude further west "
            f"(about {summ.track_shift_deg_per_orbit * KM_PER_DEG_EQUATOR * math.cos(math.radians(40)):.0f} km at 40° latitude). "
            "The dashed part is the past, the solid part the future.</p>")
        crit = s.criterion
        if crit.kind != "nadir":
            try:
                h = (summ.perigee_km + summ.apogee_km) / 2
                reach = crit.reach_km(h)
                parts.append(f"<p><b>Footprint.</b> The shaded circle around the satellite is what it can reach with the "
                             f"chosen setting ({crit.describe()}): everything within {reach:.0f} km of the point below it, "
                             f"from its height of {h:.0f} km.</p>")
            except ValueError:
                pass
        if summ.sun_synchronous:
            hh, mm = divmod(round(summ.ltan_hours * 60) % 1440, 60)
            parts.append(
                f"<p><b>Sun-synchronous orbit.</b> The orbit is tilted {summ.inclination_deg:.1f}°, just past the pole, so that "
                f"Earth's bulge turns it {summ.node_drift_deg_per_day:.2f}° a day, as fast as the Earth goes round the Sun. "
                f"It therefore crosses the equator northbound at the same local solar time every day, "
                f"{hh:02d}:{mm:02d}, and passes over any one place at about the same local time: "
                "good light for a camera, day after day.</p>")
        a = s.analysis
        if a is not None:
            st = a.combined or next(iter(a.stats.values()))
            if st.mean_gap_s is not None:
                parts.append(f"<p><b>Revisit time.</b> Over {a.region.name} the satellite came back on average every "
                             f"{format_duration(st.mean_gap_s)} (longest wait {format_duration(st.longest_gap_s)}). That is the "
                             "gap between the end of one pass and the start of the next, within the analysis window.</p>")
        if es.designed:
            parts.append(_design_paragraph(s, es, summ))
        from desktop.core.uncertainty import describe_model

        parts.append(f"<p><b>How sure?</b> {describe_model(es, s.time_s)} View ▸ Uncertainty band (Ctrl+U) draws "
                     "where the satellite may be.</p>")
        if es.approximate:
            parts.append("<p style='color:#8a3a00'><b>Approximate.</b> These elements were built from published orbit "
                         "figures, not tracked observations: the shape of the orbit and the local time of its passes are "
                         "meaningful, the satellite's exact position is not.</p>")
        self.setHtml("".join(parts))
