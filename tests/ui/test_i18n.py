"""The window in other languages: right to left in Persian and Hebrew (the map not), no English left in
Persian, finished translations, fall-backs for unknown languages and damaged files, fonts, dates, articles."""

import logging
import re
import xml.etree.ElementTree as ET
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCalendar, QDate, Qt
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QComboBox, QDockWidget, QGroupBox, QLabel, QLineEdit,
                               QMessageBox, QTabBar, QTextBrowser, QWidget)

from desktop.core import lexicon
from desktop.core.articles import article_from_text
from desktop.core.languages import COMPLETE, TRANSLATED
from desktop.ui import i18n

# Latin words allowed in a Persian window: proper names, formats, keys and units that are written so in Persian too.
ALLOWED_LATIN = {"Overflight", "UTC", "TLE", "OMM", "CSV", "PNG", "SVG", "GeoJSON", "CelesTrak", "Natural", "Earth",
                 "SGP4", "JPL", "DE421", "Okabe", "Ito", "NORAD", "Ctrl", "Shift", "Esc", "PDF", "GIF", "JSON",
                 "Markdown", "HTML", "OVERFLIGHT_CELESTRAK_URL", "APPROXIMATE", "DESIGNED", "English", "skyfield",
                 "sgp4", "Alt", "txt", "markdown", "htm", "html", "geojson", "json", "tle", "3le", "csv", "png",
                 "svg", "pdf", "gif", "Letter",
                 # codes and names that stay as they are in every language: the SATCAT, orbit classes, Dask's
                 # address form, the Enter key, the vis-viva equation, instruments' names, CelesTrak group names
                 "SATCAT", "COSPAR", "LEO", "SSO", "MEO", "GEO", "HEO", "Dask", "tcp", "HOST", "PORT", "Enter", "vis",
                 "viva", "Landsat", "Sentinel", "weather", "stations", "Space", "Walker", "Delta", "Star"}
ISOLATED = re.compile("[\u2066\u2067\u2068][^\u2069]*\u2069")  # names, numbers and data kept in their own order


@pytest.fixture
def language(qapp):
    """Install a language for one test; English again afterwards (translators, direction, locale)."""
    yield lambda code: i18n.install(code, qapp)
    i18n.set_solar_hijri(False)
    i18n.install("en", qapp)


def build(qtbot, code, language):
    from desktop.ui.app import build_window

    assert language(code) == code
    w = build_window(restore=False)
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    qtbot.waitExposed(w)
    return w


def close(w):
    w.runner.cancel()
    w.runner.wait(10000)


def menu_strings(menu_bar):
    out, stack = [], [a for a in menu_bar.actions()]
    while stack:
        action = stack.pop()
        out += [action.text(), action.statusTip(), action.toolTip()]
        if action.menu() is not None:
            stack += action.menu().actions()
    return out


def visible_strings(window) -> list[str]:
    """Every string a user sees in the window as it opens: widgets shown, their tooltips, every menu entry.

    Not the article being read nor its title (an article is content: the context note names Soyuz and COSPAR in
    any language, and a language may have no context note of its own yet).
    """
    out = menu_strings(window.menuBar())
    content = (window.article_panel.text, window.article_panel.title)
    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window) or w in content:
            continue
        out.append(w.toolTip())
        if isinstance(w, QLabel):
            out.append(w.text())
        elif isinstance(w, QAbstractButton):
            out.append(w.text())
        elif isinstance(w, QGroupBox):
            out.append(w.title())
        elif isinstance(w, QDockWidget):
            out.append(w.windowTitle())
        elif isinstance(w, QTabBar):
            out += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QLineEdit):
            out.append(w.placeholderText())
        elif isinstance(w, QTextBrowser):
            out.append(w.toPlainText())
        elif isinstance(w, QAbstractSpinBox):
            out.append(w.suffix() if hasattr(w, "suffix") else "")
    return [s for s in out if s]


def english_words(text: str) -> list[str]:
    text = ISOLATED.sub(" ", re.sub(r"<[^>]*>", " ", text))
    return [w for w in re.findall(r"[A-Za-z][A-Za-z0-9_]{2,}", text) if w not in ALLOWED_LATIN]


# ----------------------------------------------------------------------------- direction

@pytest.mark.parametrize("code", ["fa", "he"])
def test_the_window_reads_right_to_left_and_the_map_does_not(code, qtbot, language):
    w = build(qtbot, code, language)
    try:
        assert w.isRightToLeft() and w.timebar.isRightToLeft() and w.analysis.isRightToLeft()
        for dock in w.docks.values():
            assert dock.isRightToLeft()
        assert w.map.layoutDirection() == Qt.LeftToRight and not w.map.isRightToLeft()
        # docks sit on the left in a mirrored window: the map's centre is right of the side panel's
        side = w.docks["Satellites"]
        assert side.mapTo(w, side.rect().center()).x() > w.map.mapTo(w, w.map.rect().center()).x()
        w.toggle_globe()
        assert w.globe is not None and not w.globe.isRightToLeft()
        assert w.timebar.start.layoutDirection() == Qt.LeftToRight  # a date and time stay left to right
        shown = w.timebar.start.findChild(QLineEdit).text()
        assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC", shown), shown  # in order, not sections backwards
    finally:
        close(w)


def test_english_stays_left_to_right(window):
    assert not window.isRightToLeft() and window.docks["Satellites"].widget().layoutDirection() == Qt.LeftToRight


# ----------------------------------------------------------------------------- no English left

@pytest.mark.parametrize("code", COMPLETE)
def test_no_visible_string_of_a_finished_language_s_window_is_left_in_english(code, qtbot, language):
    w = build(qtbot, code, language)
    try:
        w.session.select([53370])
        w.help.refresh()
        strings = visible_strings(w)
        assert len(strings) > 100  # the walk sees the window: menus, docks, buttons, tooltips, help text
        left = {s[:80]: english_words(s) for s in strings if english_words(s)}
        assert left == {}
        assert w.docks["What am I looking at?"].windowTitle() != "What am I looking at?"
    finally:
        close(w)


def test_the_walk_would_see_an_english_string(qtbot, language):
    """The check above can fail: an English label added to the Persian window is caught."""
    w = build(qtbot, "fa", language)
    try:
        label = QLabel("Footprint radius")
        w.satellites.layout().addWidget(label)
        label.show()
        left = [english_words(s) for s in visible_strings(w) if english_words(s)]
        assert ["Footprint", "radius"] in left
    finally:
        close(w)


# ----------------------------------------------------------------------------- translation files

@pytest.mark.parametrize("code", COMPLETE)
def test_every_entry_of_a_finished_language_is_translated(code):
    root = ET.parse(i18n.I18N_DIR / f"overflight_{code}.ts").getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 400
    unfinished = [m.findtext("source") for m in messages
                  if m.find("translation").get("type") == "unfinished" or not (m.findtext("translation") or "").strip()]
    assert unfinished == []
    assert i18n.qm_path(code).stat().st_mtime >= (i18n.I18N_DIR / f"overflight_{code}.ts").stat().st_mtime - 1


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_language_has_its_source_file_and_compiled_file(code):
    assert (i18n.I18N_DIR / f"overflight_{code}.ts").is_file() and i18n.qm_path(code).is_file()


def test_an_unsupported_language_gives_english_without_a_warning(qapp, language, caplog):
    with caplog.at_level(logging.WARNING):
        assert language("xx") == "en"
        assert language("") == "en"
    assert [r for r in caplog.records if r.levelno >= logging.WARNING] == []
    assert qapp.layoutDirection() == Qt.LeftToRight and i18n.language() == "en"


@pytest.mark.parametrize("content", [None, b"not a Qt translation file at all", b"\x3c\xb8\x64\x18" + b"\x00" * 40],
                         ids=["missing", "text", "truncated"])
def test_a_missing_or_damaged_translation_gives_english_with_one_warning(content, qapp, language, caplog, tmp_path,
                                                                        monkeypatch):
    if content is not None:
        (tmp_path / "overflight_fa.qm").write_bytes(content)
    monkeypatch.setattr(i18n, "I18N_DIR", tmp_path)
    with caplog.at_level(logging.WARNING):
        assert language("fa") == "en"
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 1 and "English" in warnings[0].getMessage()
    assert qapp.layoutDirection() == Qt.LeftToRight
    assert qapp.translate("MainWindow", "&File") == "&File"


def test_the_saved_choice_and_the_system_locale_choose_the_language(tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings

    st = QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)
    monkeypatch.setenv("LANGUAGE", "")
    monkeypatch.setenv("LC_ALL", "")
    monkeypatch.setenv("LC_MESSAGES", "")
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    assert i18n.chosen_language(st) == "ru"
    st.setValue(i18n.SETTINGS_KEY, "he")
    assert i18n.chosen_language(st) == "he"
    assert i18n.chosen_language(st, "fa") == "fa"


def test_view_language_remembers_the_choice_and_says_when_it_applies(window, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: said.append(args[2]))
    action = next(a for a in window.language_actions.actions() if a.data() == "fa")
    action.trigger()
    assert window.settings.value(i18n.SETTINGS_KEY) == "fa"
    assert len(said) == 1 and "next time" in said[0] and "فارسی" in said[0]


def test_overflight_lang_starts_the_window_in_that_language(monkeypatch):
    import desktop.ui.app as app
    from desktop.cli import main

    started = []
    monkeypatch.setattr(app, "run", lambda lesson=None, lang=None: started.append(lang) or 0)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert main(["--lang", "fa"]) == 0 and main(["--lang=he"]) == 0
    assert started == ["fa", "he"]


# ----------------------------------------------------------------------------- numbers, dates, fonts

def test_solar_hijri_dates_agree_with_qt_jalali_calendar_for_forty_years():
    """The core's conversion (no Qt) against QCalendar's own Jalali calendar, every day 1370-1410 AP."""
    jalali = QCalendar(QCalendar.System.Jalali)
    day = date(1991, 3, 21)
    for _ in range(40 * 366):
        parts = jalali.partsFromDate(QDate(day.year, day.month, day.day))
        assert lexicon.gregorian_to_jalali(day) == (parts.year, parts.month, parts.day)
        day += timedelta(days=1)


def test_persian_numbers_and_solar_hijri_dates_beside_utc(language):
    language("fa")
    nowruz_1401_noon = 1647864000.0  # 2022-03-21 12:00:00 UTC
    assert "۲۰۲۲-۰۳-۲۱ ۱۲:۰۰:۰۰ UTC" in i18n.format_utc(nowruz_1401_noon)
    i18n.set_solar_hijri(True)
    text = i18n.format_utc(nowruz_1401_noon)
    assert "۱ فروردین ۱۴۰۱" in text and "UTC" in text
    assert i18n.localize_digits("4.75 passes, 1,234 km") == "۴٫۷۵ passes, ۱٬۲۳۴ km"
    assert i18n.localize_digits("<span style='color:#1d3f8a'>12</span>", html=True) == "<span style='color:#1d3f8a'>۱۲</span>"


def test_english_numbers_and_dates_are_left_as_they_are(language):
    language("en")
    assert i18n.localize_digits("4.75 passes") == "4.75 passes"
    assert i18n.format_utc(1647864000.0) == "2022-03-21 12:00:00 UTC"
    assert i18n.isolate("KHAYYAM") == "KHAYYAM"


@pytest.mark.parametrize("code, text", [("fa", "ماهوارهٔ خیام چهار بار در روز"), ("ar", "الأقمار الصناعية"),
                                        ("he", "הלוויין כיאם")])
def test_the_bundled_fonts_draw_every_letter_of_the_window_s_script(code, text, qapp, language):
    """The window's font starts with the bundled font of its script, so no letter needs a system font (no box)."""
    assert {"Noto Sans Arabic", "Noto Sans Hebrew"} <= set(i18n.load_fonts())
    language(code)
    layout = QTextLayout(text, qapp.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = layout.glyphRuns()
    assert runs
    for run in runs:
        assert 0 not in list(run.glyphIndexes())  # glyph 0 is the missing-glyph box
        assert run.rawFont().familyName() == i18n.SCRIPT_FAMILIES[code]


# ----------------------------------------------------------------------------- articles and handout

def test_a_persian_article_reads_right_to_left_with_its_satellite_linked_and_its_claim_checked(qtbot, language):
    w = build(qtbot, "fa", language)
    try:
        panel = w.article_panel
        text = ("ماهوارهٔ خیام در ۱۸ مرداد ۱۴۰۱ از بایکونور پرتاب شد.\n\n"
                "این ماهواره چهار بار در روز از فراز ایران عبور می‌کند.\n\nKHAYYAM is written here in Latin letters.")
        with qtbot.waitSignal(panel.runner.finished, timeout=60000):
            panel.show_article(article_from_text(text, "written for this test"))
        assert [e.value["name"] for e in panel.entities if e.kind == "satellite"][0] == "KHAYYAM"
        block = panel.text.document().firstBlock()
        directions = []
        while block.isValid():
            if block.text().strip():
                directions.append(block.blockFormat().layoutDirection())
            block = block.next()
        assert directions == [Qt.RightToLeft, Qt.RightToLeft, Qt.LeftToRight]
        qtbot.waitUntil(lambda: panel.claims is not None, timeout=60000)
        passes = [c for c in panel.claims if c.kind == "passes"]
        assert passes and passes[0].claimed == "4 passes a day over Iran"
        assert "ادعاهای بررسی‌شده" in panel.claims_view.toPlainText()
    finally:
        close(w)


def test_the_persian_handout_is_in_persian_with_the_arabic_script_font_embedded(qtbot, language, tmp_path):
    from pypdf import PdfReader

    from desktop.ui.handout import write_pdf

    w = build(qtbot, "fa", language)
    try:
        w.session.select([53370])
        path = tmp_path / "handout.pdf"
        assert write_pdf(w.session, str(path), "A4", view=w.map) >= 1
        reader = PdfReader(str(path))
        arabic = []
        for page in reader.pages:
            for font in (page["/Resources"].get("/Font") or {}).values():
                font = font.get_object()
                if "NotoSansArabic" in str(font.get("/BaseFont")):
                    arabic.append(font)
        assert arabic, "the Persian text is not set in the bundled Noto Sans Arabic"
        for font in arabic:
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor  # embedded: the PDF shows the same letters on any machine
        # HarfBuzz joined the letters: the glyphs used map back to Arabic presentation forms (initial, medial, final)
        cmaps = " ".join(f["/ToUnicode"].get_object().get_data().decode("latin1") for f in arabic)
        assert re.search(r"<F[BE][0-9A-F]{2}>", cmaps)
    finally:
        close(w)


@pytest.mark.parametrize("code", ["fa", "ar"])
def test_a_classroom_screen_holds_the_window_in_arabic_script_after_an_analysis(code, qtbot, language):
    """Arabic-script type is taller: the panels' minimum heights must still fit 1280x720 with the Passes statistics."""
    w = build(qtbot, code, language)
    try:
        w.default_layout()
        s = w.session
        s.select([53370])
        s.set_region_spec({"kind": "country", "name": "Iran"})
        w.run_analysis()
        qtbot.waitUntil(lambda: s.analysis is not None, timeout=60000)
        w.resize(1280, 720)
        qtbot.wait(50)
        assert w.height() <= 720 and w.minimumSizeHint().height() <= 720
    finally:
        close(w)
