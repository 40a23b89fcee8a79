"""The window's language: translators, layout direction, locale, and the fonts for Arabic script and Hebrew.

The language comes from ``overflight --lang``, else the choice saved by View > Language,
else the system locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG). Our own messages are
``desktop/i18n/overflight_<lang>.qm`` (compiled by ``tools/translations.py``), Qt's standard
dialogs use ``qtbase_<lang>.qm`` from PySide6. A missing or damaged file leaves English
with one warning. Persian, Arabic and Hebrew mirror the layout; views that paint a map
(the map, the globe, a sky plot) call :func:`keep_left_to_right` so east stays right.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCalendar, QCoreApplication, QDateTime, QLibraryInfo, QLocale, Qt, QTimeZone, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from desktop.core.languages import LANGUAGES, RIGHT_TO_LEFT, language_code, system_language
from desktop.core.languages import isolate as _isolate
from desktop.core.paths import assets_dir

log = logging.getLogger(__name__)

I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"
SETTINGS_KEY = "view/language"
CALENDAR_KEY = "view/solar_hijri"
FONT_FILES = ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf",
              "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf")

_state = {"language": "en", "translators": [], "fonts": None, "solar_hijri": False, "default_font": None}
SCRIPT_FAMILIES = {"fa": "Noto Sans Arabic", "ar": "Noto Sans Arabic", "he": "Noto Sans Hebrew"}


def qm_path(code: str) -> Path:
    return I18N_DIR / f"overflight_{code}.qm"


def load_fonts() -> list[str]:
    """Register the bundled Noto Sans Arabic and Hebrew fonts once; returns their family names.

    Qt falls back to them for any glyph the default font lacks, so a machine with no font for
    these scripts (or the offscreen platform, which has none) shows no missing-glyph boxes;
    QPdfWriter embeds them in handouts, and HarfBuzz inside Qt shapes and joins with them.
    """
    if _state["fonts"] is not None:
        return _state["fonts"]
    families = []
    folder = assets_dir() / "fonts"
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(folder / name))
        if font_id < 0:
            log.warning("font %s could not be loaded: Arabic-script or Hebrew text may show boxes", folder / name)
            continue
        families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
    _state["fonts"] = families
    return families


def chosen_language(settings=None, requested: str | None = None) -> str:
    """``--lang`` first, then the saved choice, then the system locale."""
    if requested:
        return language_code(requested) or "en"
    if settings is not None:
        saved = language_code(str(settings.value(SETTINGS_KEY, "") or ""))
        if saved:
            return saved
    return system_language()


def _load(translator: QTranslator, path: Path, what: str) -> bool:
    if not path.is_file():
        log.warning("%s translation %s is missing: the window stays in English", what, path)
        return False
    if not translator.load(str(path)):
        log.warning("%s translation %s is damaged (Qt cannot read it): the window stays in English", what, path)
        return False
    return True


def install(code: str, app=None) -> str:
    """Translate the application into ``code`` (an unsupported code gives English); returns the language used.

    Call before the window is built: widgets take their texts when they are made.
    """
    app = app or QCoreApplication.instance()
    code = code if code in LANGUAGES else "en"
    for old in _state["translators"]:
        app.removeTranslator(old)
    _state["translators"] = []
    load_fonts()
    used = code
    if code != "en":
        ours = QTranslator(app)
        if _load(ours, qm_path(code), "Overflight's"):
            app.installTranslator(ours)
            _state["translators"].append(ours)
            qt = QTranslator(app)
            qt_dir = Path(QLibraryInfo.path(QLibraryInfo.TranslationsPath))
            if qt.load(f"qtbase_{code}", str(qt_dir)):
                app.installTranslator(qt)
                _state["translators"].append(qt)
        else:
            used = "en"  # one warning, and everything (layout direction too) stays English
    _state["language"] = used
    QLocale.setDefault(QLocale(used) if used != "en" else QLocale(QLocale.English, QLocale.UnitedStates))
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(Qt.RightToLeft if used in RIGHT_TO_LEFT else Qt.LeftToRight)
        if _state["default_font"] is None:
            _state["default_font"] = app.font()
        font = QFont(_state["default_font"])
        if used in SCRIPT_FAMILIES:  # the bundled font first for its script; Latin falls back to the default
            font.setFamilies(families(font.families()))
        app.setFont(font)
    return used


def families(base) -> list[str]:
    """Font families for text in the window's language: the bundled font of its script first, then ``base``."""
    base = list(base)
    script = SCRIPT_FAMILIES.get(_state["language"])
    return ([script] if script and script not in base else []) + base


def isolate(text, left_to_right: bool = False) -> str:
    """A number, time, coordinate or Latin name kept in its own order inside right-to-left text.

    A right-to-left window needs it for the order; a left-to-right translation gets the same invisible
    marks, which also say "this is data or a name, not a phrase to translate" (the test that no English is
    left in a translated window reads them). English returns the text as it is (its outputs stay byte for
    byte what they were).
    """
    if _state["language"] == "en":
        return str(text)
    return _isolate(text, left_to_right)


def forward_arrow() -> str:
    """'→' where text runs left to right, '←' where it runs right to left: 'from A to B' points the reading way."""
    return "←" if _state["language"] in RIGHT_TO_LEFT else "→"


def language() -> str:
    """The language the window is shown in."""
    return _state["language"]


def keep_left_to_right(widget) -> None:
    """A painted view of the Earth or the sky is never mirrored: east stays right in every language."""
    widget.setLayoutDirection(Qt.LeftToRight)


def set_solar_hijri(on: bool) -> None:
    _state["solar_hijri"] = bool(on)


def solar_hijri() -> bool:
    """Whether dates are also shown in the Solar Hijri calendar (offered to Persian users)."""
    return _state["solar_hijri"] and _state["language"] == "fa"


def format_utc(unix_s: float, seconds: bool = True) -> str:
    """A UTC date and time in the locale's digits (``2026-03-21 14:05 UTC``), plus the Solar Hijri date when chosen."""
    when = QDateTime.fromSecsSinceEpoch(int(round(unix_s)), QTimeZone.utc())
    locale = QLocale(_state["language"]) if _state["language"] != "en" else QLocale.c()
    text = locale.toString(when, "yyyy-MM-dd HH:mm:ss" if seconds else "yyyy-MM-dd HH:mm") + " UTC"
    if solar_hijri():
        jalali = locale.toString(when.date(), QLocale.LongFormat, QCalendar(QCalendar.System.Jalali))
        text = f"{text} ({jalali})"
    return isolate(text, left_to_right=not solar_hijri())


def localize_digits(text: str, html: bool = False) -> str:
    """ASCII digits (and the decimal point and thousands comma between them) in the locale's own forms.

    Persian gets ۰-۹ with its separators, Arabic ٠-٩; other languages only their separators.
    With ``html`` only text between tags is touched (colours such as #1d3f8a and sizes stay).
    """
    if _state["language"] == "en":  # the command line's outputs (no language installed) stay as they are
        return text
    locale = QLocale(_state["language"])
    zero, point, group = locale.zeroDigit(), locale.decimalPoint(), locale.groupSeparator()
    if zero == "0" and point == "." and group == ",":
        return text
    digits = {str(d): chr(ord(zero[0]) + d) for d in range(10)} if len(zero) == 1 else {}

    def convert(chunk: str) -> str:
        out = []
        for i, c in enumerate(chunk):
            between = 0 < i < len(chunk) - 1 and chunk[i - 1].isdigit() and chunk[i + 1].isdigit()
            if c in digits:
                out.append(digits[c])
            elif c == "." and between:
                out.append(point)
            elif c == "," and between and i + 3 < len(chunk) + 1 and chunk[i + 1:i + 4].isdigit():
                out.append(group)
            else:
                out.append(c)
        return "".join(out)

    if not html:
        return convert(text)
    parts = re.split(r"(<[^>]*>|&\w+;|&#\d+;)", text)
    return "".join(p if p.startswith(("<", "&")) else convert(p) for p in parts)


_UNITS = {"s": QT_TRANSLATE_NOOP("Units", "{0} s"), "min": QT_TRANSLATE_NOOP("Units", "{0} min"),
          "h": QT_TRANSLATE_NOOP("Units", "{0} h"), "d": QT_TRANSLATE_NOOP("Units", "{0} d")}


def duration_text(seconds) -> str:
    """The core's duration (``12.5 min``) with its unit in the window's language."""
    from desktop.core.revisit import format_duration

    text = format_duration(seconds)
    number, _, unit = text.partition(" ")
    if unit in _UNITS:
        return QCoreApplication.translate("Units", _UNITS[unit]).format(number)
    return text


def criterion_text(criterion, short: bool = False) -> str:
    """The access criterion in words, in the window's language (in English: the core's own words)."""
    if _state["language"] == "en":
        return criterion.short if short else criterion.describe()
    if criterion.kind == "nadir":
        return QCoreApplication.translate("Criterion", "directly overhead (ground track crosses the region)")
    if criterion.kind == "contact":
        return QCoreApplication.translate("Criterion", "radio contact ({0:g}° elevation mask)").format(criterion.elevation_deg)
    if criterion.half_swath_km is not None:
        return QCoreApplication.translate("Criterion", "camera ({0:g} km swath)").format(2 * criterion.half_swath_km)
    return QCoreApplication.translate("Criterion", "camera ({0:g}° off nadir)").format(criterion.off_nadir_deg)


def settings_text(analysis) -> str:
    """An analysis's settings in words (criterion, daylight, days), in the window's language."""
    if _state["language"] == "en":
        return analysis.settings_text()
    days = (analysis.end_s - analysis.start_s) / 86400
    if analysis.daylight_min_sun_deg is None:
        return QCoreApplication.translate("Criterion", "{criterion}, {days:g} days").format(criterion=criterion_text(analysis.criterion), days=days)
    return QCoreApplication.translate("Criterion", "{criterion}, daylight only (Sun ≥ {sun:g}°), {days:g} days").format(
        criterion=criterion_text(analysis.criterion), sun=analysis.daylight_min_sun_deg, days=days)


def owner_label(name: str) -> str:
    """A SATCAT owner's name in the window's language: countries by their Natural Earth names (each of a joint
    owner such as "France / Italy"), organisations (ESA, EUMETSAT, Inmarsat) as registered, isolated."""
    if language() == "en":
        return name
    parts = []
    for part in name.split(" / "):
        base, _, rest = part.partition(" (")
        local = country_name(base)
        parts.append(local + (" " + isolate("(" + rest) if rest else "") if local != base else isolate(part))
    return " / ".join(parts)


def country_name(name: str) -> str:
    """A Natural Earth country's name in the window's language (its English name when it has none)."""
    lang = language()
    if lang == "en" or not name:
        return name
    from desktop.core.atlas import atlas

    world = atlas()
    index = world.lookup(name)
    if index is None:
        return name
    return world.countries[index]["names"].get(lang) or name


def pattern_text(text: str, patterns, context: str, group=lambda g: isolate(g, left_to_right=True)) -> str:
    """A sentence of the core's in the window's language: the first of ``patterns`` ((regex, template) pairs)
    that matches the whole text gives the template, translated in ``context`` and filled with the matched groups
    as ``group`` shows each; text no pattern matches is shown as it is, isolated. English returns the text."""
    if language() == "en":
        return text
    for pattern, template in patterns:
        match = re.fullmatch(pattern, text)
        if match:
            return QCoreApplication.translate(context, template).format(*(group(g) for g in match.groups()))
    return isolate(text)


def region_text(region) -> str:
    """A region's name as the window shows it: a country in the window's language, others as they are."""
    if region is None:
        return ""
    return country_name(region.name) if getattr(region, "kind", "") == "country" else region.describe()


_FLAGS = {"APPROXIMATE": QT_TRANSLATE_NOOP("Satellite", "{name} (approximate)"),
          "DESIGNED": QT_TRANSLATE_NOOP("Satellite", "{name} (designed)")}


def sat_label(es) -> str:
    """A satellite's name with its provenance flag in the window's language (ElementSet.label, translated)."""
    if es.flag in _FLAGS:
        return QCoreApplication.translate("Satellite", _FLAGS[es.flag]).format(name=isolate(es.name))
    return es.name


def lines_html(parts) -> str:
    """Lines of rich text: joined with <br> in a left-to-right window; in a right-to-left one each is its own
    right-to-left paragraph (Qt's bidi loses isolates that follow several others in one long paragraph)."""
    if _state["language"] not in RIGHT_TO_LEFT:
        return "<br>".join(parts)
    return "".join(f"<p dir='rtl' style='margin:0'>{part}</p>" for part in parts)
