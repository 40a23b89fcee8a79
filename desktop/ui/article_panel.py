"""The article beside the map: linked entities, a summary and the claims checker.

The article is never rendered as given: the core turns it into plain text and
this panel marks it up itself, so scripts, frames and remote images cannot
run or load. Links of the original open in the system browser only when
clicked; entity links use the ``overflight:`` scheme and act on the map.
"""

from __future__ import annotations

import functools
import html
import re
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QCheckBox, QDateEdit, QFileDialog, QHBoxLayout, QLabel, QMessageBox,
                               QPushButton, QSplitter, QTextBrowser, QVBoxLayout, QWidget)

from desktop.core import timebase
from desktop.core.articles import (MAX_ARTICLE_BYTES, Article, ArticleError, article_from_text, markdown_to_article,
                                   read_article)
from desktop.core.claims import find_claims
from desktop.core.entities import article_date_from_text, group_by_kind, link_entities
from desktop.core.paths import assets_dir
from desktop.core.languages import text_direction
from desktop.core.places import find_place

from .files import one_line, unreadable_reason
from .i18n import country_name, isolate, language, localize_digits, pattern_text, sat_label
from .workers import Runner

COLOURS = {"satellite": "#1f5fbf", "launch vehicle": "#6c3483", "launch site": "#b03a2e", "ground station": "#1e8449",
           "city": "#34495e", "country": "#a04000", "region": "#a04000", "date": "#7d6608", "time": "#7d6608"}


class InertBrowser(QTextBrowser):
    """A text browser that never fetches anything: no images, no style sheets, no follow-ups."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, kind, url):
        return None


class ArticlePanel(QWidget):
    entity_activated = Signal(object)

    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window = window
        self.session = window.session
        self.article: Article | None = None
        self.entities = []
        self.claims = []
        self.is_context = False
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight:bold")
        open_button = QPushButton(self.tr("Open…"))
        open_button.setToolTip(self.tr("Open an article: text, Markdown or HTML (Ctrl+Shift+O)"))
        paste_button = QPushButton(self.tr("Paste"))
        paste_button.setToolTip(self.tr("Paste an article's text"))
        context_button = QPushButton(self.tr("Context note"))
        context_button.setToolTip(self.tr("Show Overflight's own background note"))
        self.date = QDateEdit()
        self.date.setLayoutDirection(Qt.LeftToRight)  # a date reads left to right (before the format: see TimeBar)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setToolTip(self.tr("The article's date, for 'on Tuesday', 'last week' and dates without a year"))
        self.date_known = QCheckBox(self.tr("Article dated"))
        self.date_known.setToolTip(self.tr("Untick when the article's date is not known"))
        self.text = InertBrowser()
        self.summary = InertBrowser()
        self.claims_view = InertBrowser()
        row = QHBoxLayout()  # two short rows, so the panel fits a narrow column
        for w in (open_button, paste_button, context_button):
            row.addWidget(w)
        row.addStretch(1)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_known)
        date_row.addWidget(self.date)
        date_row.addStretch(1)
        split = QSplitter(Qt.Vertical)
        split.addWidget(self.text)
        split.addWidget(self.summary)
        split.addWidget(self.claims_view)
        split.setSizes([520, 160, 180])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addLayout(date_row)
        layout.addWidget(self.title)
        layout.addWidget(split)
        open_button.clicked.connect(self.open_dialog)
        paste_button.clicked.connect(self.paste)
        context_button.clicked.connect(self.show_context)
        for view in (self.text, self.summary, self.claims_view):
            view.anchorClicked.connect(self.link_clicked)
        self.date.dateChanged.connect(self._date_changed)
        self.date_known.toggled.connect(self._date_changed)
        self.runner = Runner(self)
        self.runner.finished.connect(self._claims_done)
        self.runner.failed.connect(lambda m: self.claims_view.setHtml(f"<p style='color:#b00020'>{html.escape(m)}</p>"))
        self.session.article_changed.connect(self._session_article)

    # ------------------------------------------------------------------ loading
    def open_dialog(self):
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open article"), "", self.tr("Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"))
        if path:
            self.load_file(path)

    def load_file(self, path) -> bool:
        try:
            reason = unreadable_reason(path, MAX_ARTICLE_BYTES, "an article")
            if reason:
                raise ArticleError(reason)
            article = read_article(path)
        except ArticleError as exc:
            QMessageBox.warning(self, self.tr("Open article"), one_line(exc))
            return False
        self.show_article(article)
        self._shown(article)
        return True

    def paste(self):
        text = QGuiApplication.clipboard().text()
        try:
            if len(text) > MAX_ARTICLE_BYTES:  # characters, at least one byte each: the file limit
                raise ArticleError(f"the clipboard holds {len(text) / 1e6:.1f} million characters: too long for an "
                                   f"article (limit {MAX_ARTICLE_BYTES // 1_000_000} MB)")
            if "\x00" in text:  # as read_article refuses a file with NUL bytes
                raise ArticleError("the clipboard holds binary data (NUL characters), not an article's text")
            article = article_from_text(text, "pasted text")
        except ArticleError as exc:
            QMessageBox.warning(self, self.tr("Paste article"), one_line(str(exc) + " (copy an article's text first)"))
            return
        self.show_article(article)
        self._shown(article)

    def _shown(self, article: Article):
        self.window.status.showMessage(one_line(self.tr("Article: {title} ({source})").format(
            title=isolate(article.title or self.tr("untitled")), source=isolate(article.source))), 8000)

    def show_context(self):
        folder = assets_dir() / "context"
        notes = _context_notes(folder)
        if not notes:
            self.text.setHtml(self.tr("<i>Open an article to read it beside the map.</i>"))
            return
        article = markdown_to_article(notes[0].read_text(encoding="utf-8"), str(notes[0]))
        self.show_article(article, context=True)

    def show_article(self, article: Article, context: bool = False):
        """Read an article beside the map (it becomes the session's), or Overflight's context note (it does not)."""
        if context:
            self.session.set_article(None)
            self._display(article, article.published or article_date_from_text(article.text), context=True)
        else:
            self.session.set_article(article)  # shown by _session_article, as an article a lesson brings

    def _session_article(self):
        s = self.session
        if s.article is None:
            return  # the context note, or nothing: the panel keeps what it shows
        if s.article is not self.article or self.is_context:
            self._display(s.article, s.article_date, context=False)
        elif s.article_date != self.article_date():
            self._show_date(s.article_date)
            self._relink()

    def _display(self, article: Article, published: date | None, context: bool):
        self.article = article
        self.is_context = context
        self._show_date(published)
        name = html.escape(article.title or article.source or self.tr("Article"))
        self.title.setText(self.tr("Context note: {0}").format(name) if context else name)
        self._relink()

    def _show_date(self, published: date | None):
        self.date.blockSignals(True)
        self.date_known.blockSignals(True)
        self.date_known.setChecked(published is not None)
        self.date.setDate(QDate(published.year, published.month, published.day) if published else QDate.currentDate())
        self.date.setEnabled(published is not None)
        self.date.blockSignals(False)
        self.date_known.blockSignals(False)

    def _date_changed(self, *_):
        self.date.setEnabled(self.date_known.isChecked())
        if self.article is not None:
            if not self.is_context:
                self.session.set_article_date(self.article_date())
            self._relink()

    def article_date(self) -> date | None:
        if not self.date_known.isChecked():
            return None
        d = self.date.date()
        return date(d.year(), d.month(), d.day())

    def _relink(self):
        article = self.article
        self.entities = link_entities(article.text, self.session.catalog, self.article_date())
        self.text.setHtml(self._marked_up(article))
        self._show_summary()
        self.claims_view.setHtml(self.tr("<i>Checking claims…</i>"))
        text, entities, catalog = article.text, list(self.entities), self.session.catalog
        self.runner.submit(lambda progress, cancelled: find_claims(text, entities, catalog))

    # ------------------------------------------------------------------ markup
    def _marked_up(self, article: Article) -> str:
        text = article.text
        parts, pos = [], 0
        for i, e in enumerate(self.entities):
            parts.append(_escape_block(text[pos:e.start]))
            colour = COLOURS.get(e.kind, "#000")
            tip = html.escape(f"{e.kind}: {e.resolved}")
            parts.append(f"<a href='overflight:e/{i}' title='{tip}' style='color:{colour};text-decoration:none;"
                         f"background-color:{_tint(colour)};font-weight:600'>{html.escape(e.text)}</a>")
            pos = e.end
        parts.append(_escape_block(text[pos:]))
        body = _directed_paragraphs("".join(parts))
        if article.links:
            body += "<hr><p>" + self.tr("<b>Links in the article</b> (open in your browser when clicked):") + "<br>" + "<br>".join(
                f"<a href='{html.escape(url)}'>{html.escape(label[:80])}</a> <span style='color:#777'>{html.escape(url[:80])}</span>"
                for label, url in article.links[:50]) + "</p>"
        return body

    def _show_summary(self):
        groups = group_by_kind(self.entities)
        if not groups:
            self.summary.setHtml(self.tr("<i>No satellites, places or dates found.</i>"))
            return
        rows = []
        position = {id(e): i for i, e in enumerate(self.entities)}  # list.index would be quadratic in a long article
        for kind, group in groups.items():
            seen, items = set(), []
            for e in group:
                key = e.resolved
                if key in seen:
                    continue
                seen.add(key)
                index = position[id(e)]
                items.append(f"<a href='overflight:e/{index}' style='color:{COLOURS.get(kind, '#000')}'>{html.escape(isolate(key))}</a>")
            rows.append(f"<b>{html.escape(kind_text(kind))}</b> ({len(group)}): " + ", ".join(items))
        self.summary.setHtml(localize_digits("<p style='margin:0'><b>" + self.tr("Found in the text") + "</b></p>"
                                             + "<br>".join(rows), html=True))

    def _claims_done(self, claims):
        self.claims = claims
        if not self.is_context:
            self.session.set_claims(claims)
        if not claims:
            self.claims_view.setHtml(self.tr("<i>No statement found that Overflight can check (passes a day, orbit "
                                             "height, period, resolution, launch time).</i>"))
            return
        rows = []
        for c in claims:
            colour, mark = {True: ("#1e8449", "✔ "), False: ("#b03a2e", "✘ "), None: ("#555", "")}[c.agrees]
            badge = f"<span style='color:{colour}'>{mark}{html.escape(claim_text(c.verdict_text))}</span>"
            said, computed = self.tr("article:"), self.tr("computed:")
            rows.append(f"<p dir='{text_direction(claim_text(c.claimed))}' style='margin:4px 0'><b>{said}</b> "
                        f"{html.escape(claim_text(c.claimed))}<br><b>{computed}</b> "
                        f"{html.escape(claim_text(c.computed))} {badge}<br><span style='color:#666'>"
                        f"{html.escape(claim_text(c.settings))}</span></p>")
        self.claims_view.setHtml(localize_digits("<p style='margin:0'><b>" + self.tr("Claims checked") + "</b></p>"
                                                 + "".join(rows), html=True))

    # ------------------------------------------------------------------ clicks
    def link_clicked(self, url: QUrl):
        if url.scheme() == "overflight":
            try:
                index = int(url.path().split("/")[-1])
            except ValueError:
                return
            if 0 <= index < len(self.entities):
                self.activate(self.entities[index])
        elif url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)

    def activate(self, e):
        w, s = self.window, self.session
        if e.kind == "satellite":
            satnum = e.value.get("satnum")
            if satnum and s.catalog.get(satnum):
                s.select([satnum])
                w.status.showMessage(self.tr("Satellite: {0}").format(isolate(sat_label(s.catalog.get(satnum)))), 5000)
        elif e.kind == "country":
            s.set_region_spec({"kind": "country", "name": e.value["name"]})
            w.docks["Analysis"].raise_()
            w.status.showMessage(self.tr("Analysis region: {0}. Press Run (Ctrl+R).").format(
                isolate(country_name(e.value['name']))), 6000)
        elif e.kind == "region":
            south, west, north, east = e.value["box"]
            s.set_region_spec({"kind": "box", "south": south, "west": west, "north": north, "east": east})
            w.docks["Analysis"].raise_()
        elif e.kind in ("launch site", "ground station", "city"):
            place = find_place(e.value["name"])
            if place is not None:
                s.mark_place(place)
        elif e.kind in ("date", "time"):
            iso = e.value.get("datetime") or (e.value.get("date") and e.value["date"] + "T00:00:00Z")
            if iso:
                t = timebase.to_posix(iso)
                s.set_span(t - (0 if e.kind == "date" else 1800), s.span_s)
                s.set_time(t)
                w.status.showMessage(self.tr("Time set to {0}").format(timebase.iso_utc(t)), 5000)
        self.entity_activated.emit(e)


@functools.lru_cache(maxsize=64)  # one colour a kind: asked once an entity, 120,000 times in a 2 MB article
def _tint(colour: str, amount: float = 0.13) -> str:
    """A light background for a highlight: the colour mixed into white."""
    r, g, b = (int(colour[k:k + 2], 16) for k in (1, 3, 5))
    mix = lambda c: round(255 - (255 - c) * amount)  # noqa: E731
    return f"#{mix(r):02x}{mix(g):02x}{mix(b):02x}"


LONGEST_UNBROKEN = 200  # characters without a space before the browser is given a place to break the line


def _context_notes(folder) -> list:
    """Overflight's own notes in the window's language (name.fa.md) where written, else the English ones (name.md)."""
    notes = sorted(folder.glob("*.md"))
    english = [n for n in notes if len(n.suffixes) == 1]
    own = [n for n in notes if n.name.endswith(f".{language()}.md")]
    return own or english


def _directed_paragraphs(body: str) -> str:
    """Each paragraph of the marked-up text in its own direction: Persian, Arabic and Hebrew read right to left."""
    out = []
    for paragraph in body.split("</p><p>"):
        plain = html.unescape(re.sub(r"<[^>]*>", "", paragraph[:4000]))
        direction = text_direction(plain)
        align = " align='right'" if direction == "rtl" else ""
        out.append(f"<p dir='{direction}'{align}>{paragraph}</p>")
    return "".join(out)


_KINDS = {"satellite": QT_TRANSLATE_NOOP("ArticlePanel", "satellite"),
          "launch vehicle": QT_TRANSLATE_NOOP("ArticlePanel", "launch vehicle"),
          "launch site": QT_TRANSLATE_NOOP("ArticlePanel", "launch site"),
          "ground station": QT_TRANSLATE_NOOP("ArticlePanel", "ground station"),
          "city": QT_TRANSLATE_NOOP("ArticlePanel", "city"), "country": QT_TRANSLATE_NOOP("ArticlePanel", "country"),
          "region": QT_TRANSLATE_NOOP("ArticlePanel", "region"), "date": QT_TRANSLATE_NOOP("ArticlePanel", "date"),
          "time": QT_TRANSLATE_NOOP("ArticlePanel", "time"), "number": QT_TRANSLATE_NOOP("ArticlePanel", "number"),
          "organisation": QT_TRANSLATE_NOOP("ArticlePanel", "organisation")}


# The claims checker writes its findings in English (the command line prints them too); the window shows them
# in its language: each pattern's groups (numbers, names) are kept, isolated, in a translated template.
CLAIM_PATTERNS = (
    (r"(.+?) passes a day over (.+)", QT_TRANSLATE_NOOP("Claims", "{0} passes a day over {1}")),
    (r"(.+?) contacts a day with (.+)", QT_TRANSLATE_NOOP("Claims", "{0} contacts a day with {1}")),
    (r"orbit height (.+) km", QT_TRANSLATE_NOOP("Claims", "orbit height {0} km")),
    (r"period (.+) minutes", QT_TRANSLATE_NOOP("Claims", "period {0} minutes")),
    (r"(.+) m resolution from (.+) km", QT_TRANSLATE_NOOP("Claims", "{0} m resolution from {1} km")),
    (r"(.+) m resolution", QT_TRANSLATE_NOOP("Claims", "{0} m resolution")),
    (r"([\d.]+) a day \(ground track crossing (.+): ([\d.]+) a day\)(?:; 5-95 % range ([\d.]+-[\d.]+) a day over (\d+) element sets)?",
     QT_TRANSLATE_NOOP("Claims", "{0} a day (ground track crossing {1}: {2} a day)")),
    (r"([\d.]+) a day", QT_TRANSLATE_NOOP("Claims", "{0} a day")),
    (r"(.+) to (.+) km \(mean (.+) km\)", QT_TRANSLATE_NOOP("Claims", "{0} to {1} km (mean {2} km)")),
    (r"([\d.]+) minutes", QT_TRANSLATE_NOOP("Claims", "{0} minutes")),
    (r"(.+?), contact at 10° elevation from anywhere in (.+?), (.+?) days from the element epoch, approximate elements",
     QT_TRANSLATE_NOOP("Claims", "{0}, contact at 10° elevation from anywhere in {1}, {2} days from the element epoch, approximate elements")),
    (r"(.+?), contact at 10° elevation from anywhere in (.+?), (.+?) days from the element epoch",
     QT_TRANSLATE_NOOP("Claims", "{0}, contact at 10° elevation from anywhere in {1}, {2} days from the element epoch")),
    (r"(.+?), contact above 5° elevation at (.+?), (.+?) days from the element epoch, approximate elements",
     QT_TRANSLATE_NOOP("Claims", "{0}, contact above 5° elevation at {1}, {2} days from the element epoch, approximate elements")),
    (r"(.+?), contact above 5° elevation at (.+?), (.+?) days from the element epoch",
     QT_TRANSLATE_NOOP("Claims", "{0}, contact above 5° elevation at {1}, {2} days from the element epoch")),
    (r"(.+?) mean elements, approximate elements", QT_TRANSLATE_NOOP("Claims", "{0} mean elements, approximate elements")),
    (r"(.+?) mean elements", QT_TRANSLATE_NOOP("Claims", "{0} mean elements")),
    (r"(.+?) mean motion, approximate elements", QT_TRANSLATE_NOOP("Claims", "{0} mean motion, approximate elements")),
    (r"(.+?) mean motion", QT_TRANSLATE_NOOP("Claims", "{0} mean motion")),
    (r"consistent", QT_TRANSLATE_NOOP("Claims", "consistent")),
    (r"differs", QT_TRANSLATE_NOOP("Claims", "differs")),
    (r"for comparison", QT_TRANSLATE_NOOP("Claims", "for comparison")),
    (r"cannot tell with these elements", QT_TRANSLATE_NOOP("Claims", "cannot tell with these elements")),
)


def claim_text(text: str) -> str:
    """A claim's words (claimed, computed, settings, verdict) in the window's language; unknown forms as they are.
    A country in them is named in that language; a group with digits keeps its own order."""
    def group(g):
        g = country_name(g) or ""
        return isolate(g, left_to_right=any(c.isdigit() for c in g))

    return pattern_text(text, CLAIM_PATTERNS, "Claims", group)


def kind_text(kind: str) -> str:
    """An entity kind in the window's language."""
    return QCoreApplication.translate("ArticlePanel", _KINDS[kind]) if kind in _KINDS else kind


def _escape_block(text: str) -> str:
    # Qt lays out one unbroken 200,000-character "word" (a file of brackets) in seconds, not
    # milliseconds: a zero-width space after every LONGEST_UNBROKEN such characters lets it break
    text = re.sub(rf"\S{{{LONGEST_UNBROKEN}}}", lambda m: m.group(0) + "\u200b", text)
    return html.escape(text).replace("\n\n", "</p><p>").replace("\n", "<br>")


def dock_article_panel(window) -> ArticlePanel:
    """The article panel, docked, with its File menu actions; it opens on Overflight's context note."""
    panel = ArticlePanel(window)
    window.add_panel_dock("Article", panel)
    file_menu = window.menuBar().actions()[0].menu()
    for text, shortcut, slot in ((QCoreApplication.translate("ArticlePanel", "Open &article…"), "Ctrl+Shift+O", panel.open_dialog),
                                 (QCoreApplication.translate("ArticlePanel", "Paste a&rticle"), "Ctrl+Alt+V", panel.paste)):
        action = QAction(text, window)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        file_menu.insertAction(window.article_anchor, action)
    panel.show_context()
    return panel
