<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name></name>
    <message>
        <source>Perigee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apogee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:+,.1f} km a day at the equator (+ westward)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>height (km); band: high to low solar activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red bar: re-entry range (uncertain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sun-synchronous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GEO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All satellites: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} without a position now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delta-v budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burns of {0}, impulsive, in the orbit&apos;s own frame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burn {0} ({1}): prograde {2:+.1f}, radial {3:+.1f}, normal {4:+.1f} m/s; {5:.1f} m/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: {0:.1f} m/s (vis-viva; the orbit after each burn is a DESIGNED element set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orbit decay of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1}): re-entry {2}; decaying {3:.3f} km a day at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ElementRefresh</source>
        <comment>satellite catalogue (SATCAT): {0}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ElementRefresh</source>
        <comment>satellite catalogue (SATCAT): failed: {0}</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalysisPanel</name>
    <message>
        <source>The analysis region: type a country&apos;s name in any language Natural Earth knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country (type to search)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then click a country on the map to make it the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then drag on the map to draw a latitude/longitude box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then click on the map to place a circle of the radius beside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radius of the circle placed by clicking on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;No region yet&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What counts as &apos;over the region&apos;: camera reach, directly overhead, or radio contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera can see it (off-nadir angle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directly overhead (ground track crosses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radio contact (elevation mask)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera: largest angle from straight down; radio: lowest elevation above the horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off-nadir angle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daylight only, Sun above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep only passes with the Sun above this height at the region (a camera needs light)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest Sun elevation at the region that counts as daylight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranges from the elements&apos; uncertainty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also sample 32 element sets from the uncertainty model: pass start windows and 5-95 % ranges of the statistics (takes several seconds more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis window, from the time bar&apos;s start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the passes (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the computation (Esc); the last result stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the map to the region (Ctrl+Shift+R, or double-click the region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elevation mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geojson</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Overflight could not start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticlePanel</name>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an article: text, Markdown or HTML (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an article&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Overflight&apos;s own background note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s date, for &apos;on Tuesday&apos;, &apos;last week&apos; and dates without a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick when the article&apos;s date is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article: {title} ({source})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Open an article to read it beside the map.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context note: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Checking claims…&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Links in the article&lt;/b&gt; (open in your browser when clicked):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;No satellites, places or dates found.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;No statement found that Overflight can check (passes a day, orbit height, period, resolution, launch time).&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satellite: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis region: {0}. Press Run (Ctrl+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time set to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>satellite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>launch vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>launch site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ground station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a&amp;rticle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BurnSection</name>
    <message>
        <source>Next perigee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next apogee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ascending node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next descending node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the clock&apos;s time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the engine fires: searched after the clock&apos;s time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velocity change in metres per second; type up to 10,000 in the box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> m/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burn this satellite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the satellite selected in the list as the one that burns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the orbit after the burn from the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hohmann transfer to a height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plane change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hohmann with plane change at apogee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phasing: move along the orbit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A classic transfer from the satellite&apos;s circular height, with its budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height of the final circular orbit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plane change, or how far to move along the orbit (negative: fall behind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phasing: revolutions of the phasing orbit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the transfer&apos;s burns on the selected satellite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prograde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers (vis-viva)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revolutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a satellite in the Satellites list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satellite: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a satellite and press “Burn this satellite”.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Move a slider to burn.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-enters at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perigee {0:,.0f} km: below the surface. No orbit is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burn at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose the satellite first.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burn {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:+,.1f} m/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total Δv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,.1f} m/s&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:.2f} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claims</name>
    <message>
        <source>{0} passes a day over {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} contacts a day with {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orbit height {0} km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period {0} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} m resolution from {1} km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} m resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} a day (ground track crossing {1}: {2} a day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} to {1} km (mean {2} km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, contact at 10° elevation from anywhere in {1}, {2} days from the element epoch, approximate elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, contact at 10° elevation from anywhere in {1}, {2} days from the element epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, contact above 5° elevation at {1}, {2} days from the element epoch, approximate elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, contact above 5° elevation at {1}, {2} days from the element epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} mean elements, approximate elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} mean elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} mean motion, approximate elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} mean motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell with these elements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Compass</name>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NNE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WSW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WNW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NNW</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageFigures</name>
    <message>
        <source>accesses in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accesses a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean gap (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median gap (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longest gap (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time in view (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time to first access (h)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageLayer</name>
    <message>
        <source>{0:.0f} accesses ({1:.2f}/day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gap mean {0:.1f} h, max {1:.1f} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in view {0:.2f} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undefined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <source>Cell size: finer grids take longer (0.25° is about 28 km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole globe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the grid lies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figure of merit shown on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the coverage layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the heat map under the tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage of the selected satellites with the Analysis panel&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the computation; the last map stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Select satellites, then Compute.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every cell&apos;s figures as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoJSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells as GeoJSON polygons with their figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T: satellites in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P: orbital planes (T must be a multiple of P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F: phasing between planes, 0 to P-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delta (nodes over 360°)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star (nodes over 180°)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the planes&apos; nodes are spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add constellation from the selected satellite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walker members join the catalogue as DESIGNED satellites and are selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walker constellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satellites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more satellites first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {0:,.0f} million accesses: over the 1 GB budget; choose larger cells, the region only or a shorter window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; the last map stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coarse map shown; refining at {spacing_deg:g}°…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} satellite(s)&lt;/b&gt;, {days:g} days, {criterion}, daylight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} satellite(s)&lt;/b&gt;, {days:g} days, {criterion}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged elements: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute a coverage map first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the seed satellite first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not keep the members: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} DESIGNED members added and selected; Compute to see their coverage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Criterion</name>
    <message>
        <source>directly overhead (ground track crosses the region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>radio contact ({0:g}° elevation mask)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera ({0:g} km swath)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera ({0:g}° off nadir)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{criterion}, {days:g} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{criterion}, daylight only (Sun ≥ {sun:g}°), {days:g} days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecayPlot</name>
    <message>
        <source>No estimate yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ElementRefresh</name>
    <message>
        <source>&amp;Refresh elements of the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch current element sets for the selected satellites from CelesTrak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh &amp;all elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh satellite &amp;catalogue (owners, launches, types)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch CelesTrak&apos;s satellite catalogue (SATCAT, about 7 MB) for the list&apos;s owner and type filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CelesTrak &amp;address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a mirror of CelesTrak (the environment variable OVERFLIGHT_CELESTRAK_URL also works)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the satellite catalogue from CelesTrak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh satellite catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching {0} element set(s) from CelesTrak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CelesTrak address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base address (empty for the default, {DEFAULT_BASE_URL}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an http(s) address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>{names}: {criterion}, {days:g} days, daylight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names}: {criterion}, {days:g} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map: Natural Earth (public domain). Made with Overflight.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlobeView</name>
    <message>
        <source>Drag to turn the globe, wheel to zoom; the ring is the orbit in space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ring: the orbit in space; the Earth turns beneath it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Satellite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dur. (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closest (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off-nadir°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max el.°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this was computed: positions come from SGP4 (the sgp4 library, as skyfield uses it) with the element sets listed below; Earth rotation from UT1 and WGS84 coordinates. A satellite is over the region while the great-circle distance from the point below it to the region is at most the reach of the criterion at its height (0 overhead; from the off-nadir angle for a camera; from the elevation mask for radio contact). Passes are found by sampling with a proven speed bound and bisecting every edge to 0.01 s; daylight means the Sun at least the chosen height above the horizon at the region&apos;s nearest point at closest approach. Revisit time is the gap from the end of one pass to the start of the next within the window. Elements marked APPROXIMATE were built from published figures (where the satellite is along its orbit is unknown); DESIGNED orbits were made in the Orbit lab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overflight handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No satellite chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overflight: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over {region}. Printed {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no analysis run). Printed {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run an analysis to add passes and revisit statistics to the handout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisit statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{region}: {settings}, from {start} to {end}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revisit mean {mean}, median {median}, longest {longest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no gap to measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {rate:.2f} passes a day ({count} in all), {in_view} in view; {gap}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All together: {rate:.2f} passes a day, revisit mean {mean}, longest {longest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims in the article, checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this was computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the data come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (NORAD {satnum}): {flag}elements of {epoch} ({age:.0f} days old), source: {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map: Natural Earth (public domain). Sun: JPL DE421. Made with Overflight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no passes in the window with these settings)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>&lt;p style=&apos;color:#1d3f8a&apos;&gt;&lt;b&gt;Designed orbit.&lt;/b&gt; {name} was made in the Orbit lab; no real satellite flies it. Each control changes one thing:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Height&lt;/b&gt; ({height} km): 100 km higher, one orbit takes {minutes} min longer, so {revs} fewer orbits a day and fewer passes, while the footprint grows by {reach} km.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Height&lt;/b&gt; ({height} km): 100 km higher, one orbit takes {minutes} min longer, so {revs} fewer orbits a day and fewer passes.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Inclination&lt;/b&gt; ({inclination}°): the track reaches latitudes up to {latitude}° N and S; places further from the equator are never overflown.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Sun-synchronous&lt;/b&gt;: the tilt at which the Earth&apos;s bulge turns the orbit {drift}° a day here (0.986° is needed), so passes come at the same local time every day.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Node time&lt;/b&gt;: the local solar time at which the satellite crosses the equator northbound; it sets whether passes are in the morning, at noon or at night.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Repeat R/D&lt;/b&gt;: after R orbits in D days the track lies exactly on itself again; a longer cycle leaves narrower gaps between neighbouring tracks.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Phase&lt;/b&gt; (mean anomaly, or over a place at a time): where on the orbit the satellite is; it moves the passes in time but not the track&apos;s pattern.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A designed orbit is exact by definition: no uncertainty is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The elements of {name} are built from published figures: where it is along its orbit is unknown (any position is equally likely), its node&apos;s local time is uncertain by about ±{minutes} min and its height by ±{km} km. The track&apos;s pattern and the passes a day are well determined; the time of each pass is not (within about one orbit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The elements of {name} are {days} days from their epoch. Element sets drift mostly along the track: about {along} km (1 sigma; {seconds} s of timing at 90 %) here, from 1 km at epoch growing 2 km a day (Vallado &amp; Cefola 2012) plus a drag term fitted to our own data; across the track about {across} km.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What am I looking at?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a satellite in the list on the left.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Ground track.&lt;/b&gt; The coloured line is the path of the point directly below {name}. One orbit takes {period} minutes, so it circles the Earth {revs} times a day. While it goes round once, the Earth turns beneath it, so each new track lies {shift}° of longitude further west (about {shift_km} km at 40° latitude). The dashed part is the past, the solid part the future.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Footprint.&lt;/b&gt; The shaded circle around the satellite is what it can reach with the chosen setting ({setting}): everything within {reach} km of the point below it, from its height of {height} km.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sun-synchronous orbit.&lt;/b&gt; The orbit is tilted {inclination}°, just past the pole, so that Earth&apos;s bulge turns it {drift}° a day, as fast as the Earth goes round the Sun. It therefore crosses the equator northbound at the same local solar time every day, {time}, and passes over any one place at about the same local time: good light for a camera, day after day.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Revisit time.&lt;/b&gt; Over {region} the satellite came back on average every {mean} (longest wait {longest}). That is the gap between the end of one pass and the start of the next, within the analysis window.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;How sure?&lt;/b&gt; {model} View ▸ Uncertainty band (Ctrl+U) draws where the satellite may be.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#8a3a00&apos;&gt;&lt;b&gt;Approximate.&lt;/b&gt; These elements were built from published orbit figures, not tracked observations: the shape of the orbit and the local time of its passes are meaningful, the satellite&apos;s exact position is not.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonIo</name>
    <message>
        <source>Save lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overflight lesson (*{SUFFIX})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overflight lesson (*{SUFFIX});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (and {0} more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: opened; not loaded: {problem}{more}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: lesson opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;lesson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save lesson…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifetimeSection</name>
    <message>
        <source> kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from B* or published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mass; leave at the start for a real set&apos;s B*, else the published mass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-section against the flow (with a mass)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag coefficient (2.2 is usual for a compact satellite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate the decay of the selected satellite under low, moderate and high solar activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag coeff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a satellite first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1}); now {2:+.3f} km a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an estimate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveClock</name>
    <message>
        <source>{h} h {m:02d} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} min {s:02d} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: choose a satellite and where you are to see when it rises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sat} does not rise above {mask:g}° here in the next two days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sat} is up now: highest {el:.0f}° in the {dir}, sets in {left} ({time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sat} rises in {left}: {time} in the {dir}, up to {el:.0f}°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Live clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock follows the wall clock; the map, the globe and the sky plot move once a second</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Satellites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What am I looking at?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orbit lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overflight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open element file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add TLE or OMM element sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste element sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add TLE or OMM text from the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export map as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export map as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export passes as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region from &amp;GeoJSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-screen map for a room: large type, clock and statistics on the map (Esc leaves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Globe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An orthographic globe with the orbit as a ring in space (Ctrl+G again: the map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow the satellite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the first satellite centred while time runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Uncertainty band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw where the first satellite may be (90 % of its uncertainty model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All satellites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every loaded satellite as a dot at the clock&apos;s time, coloured by orbit class; hover names one, a click selects it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour-&amp;blind-safe colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okabe-Ito colours for tracks and passes (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every panel back in its place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole &amp;world</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What am I looking at?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Overflight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solar &amp;Hijri dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show dates in the Solar Hijri calendar beside UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overflight will start in {language} the next time it is opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speed {0}  ·  Space: play/pause  ·  +/-: speed  ·  arrows: step  ·  K: sky  ·  Esc: leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over {region} ({settings}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {rate:.2f} passes a day, revisit mean {gap}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {rate:.2f} passes a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No country there (open sea): click on land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region from GeoJSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a satellite on the left and a region above, then Run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing passes over {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} passes over {region} in {days:g} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {0} element sets read, {1} new or newer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {0} records skipped (first: {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open element sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element sets (*.tle *.txt *.3le *.json *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste element sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds {0:.0f} million characters: too much for element sets (limit {1:.0f} MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no TLE or OMM element sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} element sets pasted, {1} skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} element sets pasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export map as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export map as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overflight map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run an analysis first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export passes as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} passes saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Overflight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Overflight&lt;/b&gt;: satellite ground tracks, revisit analysis and news context.&lt;br&gt;Orbits: SGP4 (sgp4, skyfield). Sun: JPL DE421. Map: Natural Earth (public domain).&lt;br&gt;Element sets marked APPROXIMATE are built from published orbit figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overhead: who passes over the region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set observer here ({lat:.2f}, {lon:.2f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elements {0:.0f} d old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elements {0:.0f} d ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in a pass over {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map: Natural Earth (public domain). Made with Overflight.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObserverBox</name>
    <message>
        <source>Type a city…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a city&apos;s name (in any language the gazetteer knows) and pick it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude and longitude in degrees, then Enter: 51.48, -0.01 or 51.48N 0.01W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or lat, lon: 51.48, -0.01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No city called “{name}” in the gazetteer: try its English name, or type coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrbitLab</name>
    <message>
        <source>Your kept designs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new design from the current settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a classic orbit into the lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From selected satellite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the mean elements of the satellite selected in the list into the lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the designed satellite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circular, height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perigee and apogee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat ground track (R orbits in D days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the size of the orbit is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height above the equator (circular orbit); type larger values in the box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest point of the orbit above the equator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest point of the orbit above the equator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R: orbits in one repeat cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> orbits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D: days in one repeat cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat cycles near the current height (sun-synchronous when ticked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eccentricity: 0 is a circle; with a height, perigee and apogee follow from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun-synchronous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclination computed so the Earth&apos;s bulge turns the orbit once a year: same local time every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclination: the tilt of the orbit to the equator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time of the ascending node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time of the descending node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right ascension of the node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the orbit crosses the equator northbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local mean solar time at the node (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right ascension of the ascending node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument of perigee: where on the orbit the perigee lies (matters when eccentric)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean anomaly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over a place at the clock&apos;s time (ascending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over a place at the clock&apos;s time (descending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the satellite is on its orbit at the epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean anomaly at the epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>° N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude of the place (negative: south)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>° E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude of the place (negative: west)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export TLE…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export OMM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the elements as a TLE file (the DESIGNED mark travels with it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the elements as OMM JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orbit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perigee / apogee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eccentricity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node RA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arg. of perigee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this orbit does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose a preset or move a slider.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a repeat cycle near this height…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{revs}/{days}: {height_km:.0f} km, tracks {spacing_km:.0f} km apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no designs kept yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a catalogue satellite in the Satellites list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not keep the design: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Orbit &amp;lab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <source>Print handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, A4 (*.pdf);;PDF, US Letter (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout ({pages} pages) saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIF animation (*.gif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Painting {0} frames…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animation cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} frames saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print handout (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an a&amp;nimation (GIF)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverheadModel</name>
    <message>
        <source>Satellite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max elev.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off-nadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (under way)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NORAD {0}: click to select it and set the clock to the pass&apos;s start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverheadPanel</name>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far ahead of the clock to look (up to a week)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes of every satellite of the layer over the analysis region, with the Analysis panel&apos;s criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the search; the last list stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a region (a point, a circle or a country), then Find passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a region first: a point, a circle or a country (Analysis panel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No satellites loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} satellites for {1} h need about {2} GB (budget {3} GB): look fewer hours ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching {0} satellites over {1}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} passes of {1} satellites over {2} ({3}), in time order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of them by APPROXIMATE or DESIGNED element sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; the last list stays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassTableModel</name>
    <message>
        <source>Satellite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closest (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off-nadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max elev.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start window (share)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the pass may start, 5-95 % of the sampled element sets, and how many of them have it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ascending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun elevation at the nearest point of the region, at closest approach</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>ISS-like (420 km, 51.6 deg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun-synchronous 705 km, 10:00 descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10-day repeat (about 790 km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geostationary (over 0 deg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Molniya (63.4 deg, 12 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khayyam as published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Readouts</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revolutions a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footprint radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} to {1} km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}° a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ascending, {1} descending (sun-synchronous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drifts (not sun-synchronous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}° west per orbit ({1} km at the equator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} orbits in {1} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} km/s at the mean height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} km ({1})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>&lt;i&gt;Choose a satellite and a region, then press Run.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revisit mean {mean}, median {median}, longest {longest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no gap to measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pass in {days:g} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (nominal {rate:.2f}, 5-95 % of 32 sets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (mean gap {low}–{high})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: &lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;{rate}&lt;/b&gt;&lt;/span&gt; passes a day{nominal} ({count} in all), {in_view} in view; {gap}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;All together&lt;/b&gt;: {rate:.2f} a day, revisit mean {mean}, longest {longest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local solar time of passes: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designed orbits: {0} (made in the Orbit lab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approximate elements for {0}: counts and local times are indicative, exact times are not.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satellite</name>
    <message>
        <source>{name} (approximate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (designed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SatelliteModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NORAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orbit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · DECAYED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}
elements {1} ({2:.0f} days old)
source: {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orbit: {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decayed (re-entered) {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>older than two weeks: positions drift</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SatellitePanel</name>
    <message>
        <source>Search satellites (name or number)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name or a catalogue number to filter the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the satellites of one country or organisation (SATCAT owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All orbits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEO includes the sun-synchronous (SSO) orbits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rocket bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object type from the satellite catalogue (SATCAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of a CelesTrak group fetched with Refresh (e.g. weather, stations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one satellite, or several with Ctrl/Shift, to compare them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open elements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add element sets from a TLE or OMM file (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add TLE or OMM text from the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} satellites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} satellites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group not applied: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose a satellite.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SATCAT says this object re-entered the atmosphere on {0}; its elements describe an orbit it no longer flies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Approximate elements&lt;/b&gt;: {0}. Where the satellite is along its orbit is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Designed orbit&lt;/b&gt;: {0}. Made in the Orbit lab: no real satellite flies it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These elements are {0:.0f} days old: use File ▸ Refresh elements (F5) when online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predictions {0:.0f} days from the element epoch: positions along the track may be off by many kilometres (timing by minutes); revisit statistics stay indicative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:.1f} days old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:.1f} days in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:.2f} min ({1:.3f} revolutions per day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perigee / apogee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:.1f} km / {1:.1f} km above the equator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eccentricity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:+.3f}° a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun-synchronous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, ascending node at {0} local mean solar time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:.2f}° west per orbit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>no cached CelesTrak group &apos;{0}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkyHandout</name>
    <message>
        <source>Where to look: satellites you can see from {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}. A pass is listed while the satellite is sunlit, at least {mask:g}° up, and the Sun is below {sun:g}° here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From → to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mag. (est.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satellite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {n} more passes (the Tonight panel lists them all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visible pass in this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts: the sky as seen looking up, north at the top, east on the LEFT; the centre is overhead, the rim the horizon. Solid: sunlit; dashed: in Earth&apos;s shadow (invisible). Brightness is an estimate (smaller is brighter). Times: local ({zone}) and UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orbits: SGP4 with the element sets of {epochs}. Sun and Moon: JPL DE421. Stars: {stars}. Made with Overflight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sky handout cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding a week of visible passes… {pc:.0f} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where you are first (Tonight panel, or right-click the map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a satellite first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print sky handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, A4 (*.pdf);;PDF, US Letter (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sky handout: {n} passes, {charts} charts, saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sky handout saved to {path}: no visible pass ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print s&amp;ky handout (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One page: a week of visible passes at the observer, each with its sky plot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkyPlot</name>
    <message>
        <source>AOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every loaded satellite above the horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where you are: type a city in the Tonight panel, or right-click the map and choose &apos;Set observer here&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As seen looking up: north at the top, east on the left. Centre: overhead; rim: the horizon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up: N top, E left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sky over {place} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun {deg:.0f}° above the horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun {deg:.0f}° below the horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sky as seen looking up; right-click: every loaded satellite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sky</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeBar</name>
    <message>
        <source>1.5 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the track shown (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current time within the span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time shown on the map (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the current time (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the epoch of the selected satellite&apos;s elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the step buttons move the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of the track shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Passes in the analysis window; shading is night at the region. Click to go to a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run an analysis to see its passes here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TonightPanel</name>
    <message>
        <source>dark: civil (Sun below -6°)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dark: nautical (-12°)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dark: astronomical (-18°)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after sunset (0°)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the latitude and the longitude, e.g. 51.48, -0.01 or 51.48N 0.01W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latitude comes first (N or S), then the longitude (E or W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude {value:g}° is beyond ±90°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude {value:g}° is beyond ±180°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satellite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max el.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mag. (est.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elevation mask: passes count above this height over the horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen satellites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every loaded satellite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the visible passes at the observer for the next nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose passes: the satellites chosen in the Satellites panel, or every loaded one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a pass: the sky plot shows its path and the clock goes to its start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pass counts while the Sun at the observer is below this height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many nights from the clock&apos;s time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun below {deg:g}°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where you are first: a city, coordinates, or right-click the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a satellite first (Satellites panel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for visible passes of {n} satellites…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the list is not complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} visible passes, {span}. Magnitudes are estimates (smaller is brighter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visible pass, {span}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mag:+.1f} (size unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rises (AOS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest (TCA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time}, {el:.0f}° up in the {dir} ({az:.0f}°), {km:,.0f} km away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets (LOS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none during the pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaves it {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enters it {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earth&apos;s shadow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun at the observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{deg:.0f}° (at TCA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}, from the {a} to the {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brightness (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>magnitude {mag} at its brightest (smaller is brighter; Venus is about -4, the faintest stars in a city about +3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tonight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>{0} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
