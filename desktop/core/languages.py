"""The languages of the window, which of them read right to left, and bidi isolation.

Qt-free, so the command line can check ``overflight --lang`` before Qt is imported,
and the core's formatting can isolate numbers and names the same way the window does.
"""

from __future__ import annotations

import os

# Code -> the language's own name (as the View > Language menu shows it). English is the source language.
LANGUAGES = {
    "en": "English",
    "fa": "فارسی",
    "ar": "العربية",
    "he": "עברית",
    "ru": "Русский",
    "uk": "Українська",
}
RIGHT_TO_LEFT = frozenset({"fa", "ar", "he"})
TRANSLATED = ("fa", "ar", "he", "ru", "uk")  # the languages with a .ts file in desktop/i18n/
# The languages whose translation is finished: tests require every .ts entry of these to be done. Add a
# language here once its translators are through (python tools/translations.py status).
COMPLETE = ("fa", "ar", "he", "ru", "uk")

# Unicode directional isolates: FSI (first strong isolate) ... PDI, and LRI for text that must read left to right.
FSI, LRI, PDI = "\u2068", "\u2066", "\u2069"

PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
_TO_ASCII = str.maketrans(PERSIAN_DIGITS + ARABIC_INDIC_DIGITS, "0123456789" * 2)


def isolate(text: object, left_to_right: bool = False) -> str:
    """``text`` wrapped in a Unicode isolate so it keeps its own order inside text of the other direction.

    A coordinate, a time, a number or a Latin satellite name set in Persian text otherwise
    takes its neighbours' direction and its parts come out reordered (``35.7, 51.4`` read as
    ``51.4 ,35.7``). ``left_to_right`` forces the left-to-right isolate (LRI) for things that
    are always read that way, such as coordinates and times, even when they hold no Latin letter.
    Text already isolated is returned as it is.
    """
    text = str(text)
    if not text or (text[0] in (FSI, LRI) and text[-1] == PDI):
        return text
    return f"{LRI if left_to_right else FSI}{text}{PDI}"


def strip_isolates(text: str) -> str:
    """Text without the isolate and embedding controls (for comparisons and machine outputs)."""
    return text.translate({ord(c): None for c in "\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e\u200e\u200f"})


def ascii_digits(text: str) -> str:
    """Persian (۰-۹) and Arabic-Indic (٠-٩) digits replaced by ASCII digits; everything else kept."""
    return text.translate(_TO_ASCII)


def language_code(value: str | None) -> str | None:
    """The supported language a locale name points at ('fa_IR.UTF-8' -> 'fa'), or None."""
    if not value:
        return None
    code = value.strip().split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else None


def system_language(environ=os.environ) -> str:
    """The language the system asks for, as gettext reads it: LANGUAGE (a list), LC_ALL, LC_MESSAGES, LANG.

    The first supported entry wins; "C"/"POSIX" or nothing supported gives English.
    """
    for entry in environ.get("LANGUAGE", "").split(":"):
        code = language_code(entry)
        if code:
            return code
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name)
        if value:
            return language_code(value) or "en"
    return "en"


def unknown_language_message(value: str) -> str:
    """The one line an unknown ``--lang`` gets: what was given and every choice."""
    shown = "".join(c if c.isprintable() else repr(c)[1:-1] for c in value)
    choices = ", ".join(f"{code} ({name})" for code, name in LANGUAGES.items())
    return f"--lang {shown!r}: not a language of the window; choose one of {choices}"


def text_direction(text: str) -> str:
    """'rtl' or 'ltr' from the first strong character (the Unicode bidi rule P2), 'ltr' when there is none."""
    import unicodedata

    for c in text:
        kind = unicodedata.bidirectional(c)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"
