"""Names and words of the field in Persian, Arabic, Hebrew, Russian and Ukrainian, for linking and claims.

The article linker (``entities.py``) and the claims checker (``claims.py``) read
English from their own tables; this module adds the same things in the five
languages of the window: satellites and their transliterations, launch sites,
ground stations and cities, demonyms, month names (Gregorian in all five, the
Solar Hijri months in Persian), number words, and the words a claim of
"N passes a day" is made of. Countries come from Natural Earth's own names
(``assets/countries.json``: NAME_FA, NAME_AR, NAME_HE, NAME_RU, NAME_UK).

Words take grammar: Hebrew and Arabic attach prepositions and "and" in front
(באיראן, وإيران), Russian and Ukrainian decline (Ирана, Ірану). ``clitic_prefix``
is the optional prefix the linker allows, ``slavic_forms`` the case forms it adds.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

# ----------------------------------------------------------------------------- satellites

# canonical catalogue name -> names in the five languages. Single ordinary words (پایا "lasting", نور
# "light", ظفر "victory", کوثر) only count next to a word for "satellite" or with a number (ظفر ۲).
SATELLITE_NAMES = {
    "KHAYYAM": ["خیام", "خیّام", "خيام", "כיאם", "ח'יאם", "Хайям"],
    "PAYA": ["پایا", "بايا", "פאיה", "Пайя", "Пая"],
    "ZAFAR-2": ["ظفر ۲", "ظفر-۲", "ظفر 2", "ظفر-2", "ظفر ٢", "ظفر", "זפר", "Зафар-2", "Зафар"],
    "KOWSAR-1.5": ["کوثر ۱٫۵", "کوثر ۱.۵", "کوثر 1.5", "کوثر", "كوثر", "כווסר", "Ковсар", "Кowsar"],
    "NOOR": ["نور ۱", "نور ۲", "نور ۳", "نور-۱", "نور-۲", "نور-۳", "نور", "נור", "Нур"],
    "ISS (ZARYA)": ["ایستگاه فضایی بین‌المللی", "ایستگاه فضایی بین المللی", "محطة الفضاء الدولية",
                    "תחנת החלל הבינלאומית", "МКС", "Международная космическая станция",
                    "Міжнародна космічна станція"],
    "HST": ["تلسکوپ فضایی هابل", "هابل", "تلسكوب هابل", "האבל", "Хаббл"],
}
ORDINARY_WORD_NAMES = {"پایا", "بايا", "ظفر", "کوثر", "كوثر", "نور", "נור", "Нур", "פאיה", "Пая"}
SATELLITE_WORDS = re.compile(r"ماهواره|ماهوارهٔ|القمر الصناعي|قمر صناعي|القمر|الساتل|לוויין|לווין|спутник|супутник",
                             re.IGNORECASE)

# ----------------------------------------------------------------------------- places

PLACE_NAMES = {
    "Baikonur Cosmodrome, Site 31/6": ["بایکونور", "بايكونور", "בייקונור", "Байконур"],
    "Vostochny Cosmodrome, Site 1S": ["وستوچنی", "فوستوتشني", "ווסטוצ'ני", "Восточный", "Восточного", "Восточном",
                                      "Восточний", "Східний"],
    "Plesetsk Cosmodrome": ["پلستسک", "بليسيتسك", "פלסצק", "Плесецк", "Плесецьк"],
    "Imam Khomeini Spaceport": ["پایگاه فضایی امام خمینی", "مرکز فضایی امام خمینی", "سمنان",
                                "مركز الإمام الخميني الفضائي", "סמנאן", "Семнан"],
    "Mahdasht Space Center": ["مرکز فضایی ماهدشت", "ایستگاه ماهدشت", "ماهدشت", "מהדשת", "Махдашт"],
    "Tehran": ["تهران", "طهران", "טהרן", "Тегеран"],
    "Moscow": ["مسکو", "موسكو", "מוסקבה", "Москва"],
    "Kyiv": ["کی‌یف", "کییف", "كييف", "קייב", "Киев", "Київ", "Києва", "Києві"],
    "Jerusalem": ["اورشلیم", "القدس", "ירושלים", "Иерусалим", "Єрусалим"],
    "Tel Aviv": ["تل‌آویو", "تل آویو", "تل أبيب", "תל אביב", "Тель-Авив", "Тель-Авів"],
}

# ----------------------------------------------------------------------------- countries

DEMONYMS = {
    "Iran": ["ایرانی", "إيراني", "إيرانية", "الإيراني", "الإيرانية", "איראני", "איראנית", "איראנים"],
    "Russia": ["روسی", "روسیه‌ای", "روسي", "روسية", "الروسي", "الروسية", "רוסי", "רוסית", "רוסיים"],
    "Israel": ["اسرائیلی", "إسرائيلي", "إسرائيلية", "الإسرائيلي", "الإسرائيلية", "ישראלי", "ישראלית", "ישראלים"],
    "Ukraine": ["اوکراینی", "أوكراني", "أوكرانية", "الأوكراني", "الأوكرانية", "אוקראיני", "אוקראינית"],
    "United States of America": ["آمریکا", "آمریکایی", "أمريكي", "أمريكية", "الأمريكي", "الأمريكية", "אמריקאי",
                                 "אמריקאית"],
    "Kazakhstan": ["قزاقستانی", "كازاخستاني", "קזחי"],
}
SLAVIC_ADJECTIVE_STEMS = {  # the adjective's stem; its endings are added by slavic_adjective_forms
    "Iran": ["иранск", "іранськ"], "Russia": ["российск", "русск", "російськ"], "Israel": ["израильск", "ізраїльськ"],
    "Ukraine": ["украинск", "українськ"], "United States of America": ["американск", "американськ"],
    "Kazakhstan": ["казахстанск", "казахстанськ"],
}
_ADJECTIVE_ENDINGS = ("ий", "ая", "ое", "ие", "ого", "ой", "ому", "ом", "ую", "их", "ими", "им", "а", "е", "і", "ої",
                      "ій", "у", "ої")

HEBREW_PREFIX = "והבלמשכ"
ARABIC_PREFIX = "وبلفك"


def clitic_prefix() -> str:
    """The optional attached prefix before a name: up to two Hebrew letters (ו, ה, ב, ל, מ, ש, כ), or one Arabic."""
    return f"(?:[{HEBREW_PREFIX}]{{1,2}}(?=[\u05d0-\u05ea])|[{ARABIC_PREFIX}](?=[\u0621-\u064a]))?"


def _is_cyrillic(text: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in text)


def slavic_forms(name: str) -> list[str]:
    """A Russian or Ukrainian noun's case forms, by its ending (Иран: Ирана, Ирану, Ираном, Иране; Россия: России ...)."""
    if not _is_cyrillic(name) or " " in name.strip() and not name.endswith(("а", "я")):
        return [name]
    last = name[-1]
    if last in "аА":
        stem, endings = name[:-1], ("ы", "и", "і", "е", "у", "ой", "ою", "ей")
    elif last in "яЯ":
        stem, endings = name[:-1], ("и", "і", "ї", "е", "ю", "ей", "ией", "ією", "ії", "ію")
    elif last in "ьЬ":
        stem, endings = name[:-1], ("я", "ю", "ем", "е", "і", "ем")
    elif last in "йЙ":
        stem, endings = name[:-2], ("ого", "ому", "ом", "ым", "им", "ій")
    elif last.isalpha():
        stem, endings = name, ("а", "у", "ом", "е", "і", "ові", "ем", "ю", "я")
    else:
        return [name]
    return [name] + [stem + e for e in endings]


def slavic_adjective_forms(stem: str) -> list[str]:
    return [stem + e for e in _ADJECTIVE_ENDINGS]


# ----------------------------------------------------------------------------- numbers

NUMBER_WORDS = {
    # Persian
    "یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "هفت": 7, "هشت": 8, "نه": 9, "ده": 10,
    "یازده": 11, "دوازده": 12, "یکبار": 1, "یک‌بار": 1,
    # Arabic
    "واحد": 1, "واحدة": 1, "مرة": 1, "اثنان": 2, "اثنتان": 2, "اثنتين": 2, "مرتين": 2, "مرتان": 2, "ثلاث": 3,
    "ثلاثة": 3, "أربع": 4, "اربع": 4, "أربعة": 4, "خمس": 5, "خمسة": 5, "ست": 6, "ستة": 6, "سبع": 7, "سبعة": 7,
    "ثماني": 8, "ثمانية": 8, "تسع": 9, "تسعة": 9, "عشر": 10, "عشرة": 10,
    # Hebrew
    "אחת": 1, "אחד": 1, "פעם": 1, "שתיים": 2, "שתי": 2, "שניים": 2, "שני": 2, "פעמיים": 2, "שלוש": 3, "שלושה": 3,
    "ארבע": 4, "ארבעה": 4, "חמש": 5, "חמישה": 5, "שש": 6, "שישה": 6, "שבע": 7, "שמונה": 8, "תשע": 9, "עשר": 10,
    # Russian
    "один": 1, "одна": 1, "однажды": 1, "два": 2, "две": 2, "дважды": 2, "три": 3, "трижды": 3, "четыре": 4,
    "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10,
    # Ukrainian
    "одна": 1, "дві": 2, "двічі": 2, "тричі": 3, "чотири": 4, "п'ять": 5, "п’ять": 5, "шість": 6, "сім": 7,
    "вісім": 8, "дев'ять": 9, "десять": 10,
}
# Words that are a count by themselves: "twice" and its kind need no "times" after them.
COUNT_WORDS = {"مرتين", "مرتان", "פעמיים", "дважды", "трижды", "двічі", "тричі"}
TIMES_WORDS = ["بار", "عبور", "گذر", "دفعه", "مرات", "مرة", "مرور", "פעמים", "מעברים", "מעבר", "раза", "раз", "пролёта",
               "пролета", "пролётов", "пролетов", "рази", "разів", "прольоти", "прольотів"]
PER_DAY_WORDS = ["در روز", "در شبانه‌روز", "در شبانه روز", "روزانه", "هر روز", "در ۲۴ ساعت", "در 24 ساعت",
                 "في اليوم", "يوميا", "يومياً", "كل يوم", "في 24 ساعة", "في ٢٤ ساعة",
                 "ביום", "בכל יום", "ביממה", "בממוצע ביום",
                 "в день", "в сутки", "за сутки", "ежедневно", "каждый день",
                 "на день", "на добу", "за добу", "щодня", "щоденно"]
OR_WORDS = ["یا", "تا", "أو", "الى", "إلى", "או", "עד", "или", "до", "або"]
PASS_TRIGGER_WORDS = ["فراز", "بالای", "عبور", "گذر", "فوق", "يمر", "مرور", "مرات", "מעל", "חולף", "עובר", "פעמים",
                      "над", "пролет", "пролёт", "проліт", "пролітає", "раз", "рази"]
KM_WORDS = ["کیلومتری", "کیلومتر", "كيلومتر", "كيلومترا", "كيلومترات", "كم", "ק\"מ", "קילומטר", "קילומטרים", "км", "километр",
            "километров", "километра", "кілометр", "кілометрів", "кілометри"]
MINUTE_WORDS = ["دقیقه‌ای", "دقیقه", "دقيقة", "دقائق", "דקות", "דקה", "минут", "минуты", "минуту", "хвилин", "хвилини", "хвилину"]
ORBIT_TRIGGER_WORDS = ["مدار", "ارتفاع", "المدار", "مداره", "מסלול", "גובה", "орбит", "высот", "висот"]
PERIOD_TRIGGER_WORDS = ["مدار", "دور", "دوره", "گردش", "دورة", "المدار", "סיבוב", "מסלול", "оборот", "виток", "орбит",
                        "оберт"]


def number_value(text: str) -> float | None:
    """A count written in digits of any script or as a word of the five languages (چهار, أربع, ארבע, четыре, чотири)."""
    from .languages import ascii_digits

    digits = ascii_digits(text).replace("٫", ".").replace(",", ".")
    try:
        return float(digits)
    except ValueError:
        pass
    return NUMBER_WORDS.get(text.lower()) if text.lower() in NUMBER_WORDS else NUMBER_WORDS.get(text)


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


NUM_PATTERN = r"(\d+(?:[.,٫]\d+)?|" + _alternation(NUMBER_WORDS) + r")"
PASS_CLAIM = re.compile(
    r"(?<!\w)" + NUM_PATTERN + r"(?:\s*(?:" + _alternation(OR_WORDS) + r"|-|–)\s*" + NUM_PATTERN + r")?(?![\w°%])"  # an angle or a share is never a count
    r"(?:\s*(?:" + _alternation(TIMES_WORDS) + r")(?!\w))?"
    r"[^.;\n]{0,70}?(?:" + _alternation(PER_DAY_WORDS) + r")(?!\w)", re.IGNORECASE)
HEIGHT_CLAIM = re.compile(r"(\d{3,5}(?:[.,٫]\d+)?)\s*(?:-|–)?\s*(?:" + _alternation(KM_WORDS) + r")(?!\w)", re.IGNORECASE)
PERIOD_CLAIM = re.compile(r"(\d{2,3}(?:[.,٫]\d+)?)\s*(?:-|–)?\s*(?:" + _alternation(MINUTE_WORDS) + r")(?!\w)", re.IGNORECASE)


def mentions(words, lowered: str) -> bool:
    return any(w.lower() in lowered for w in words)


# ----------------------------------------------------------------------------- dates

GREGORIAN_MONTHS = {
    # Persian
    "ژانویه": 1, "ژانویهٔ": 1, "فوریه": 2, "مارس": 3, "آوریل": 4, "مه": 5, "می": 5, "ژوئن": 6, "ژوئیه": 7,
    "جولای": 7, "اوت": 8, "آگوست": 8, "سپتامبر": 9, "اکتبر": 10, "نوامبر": 11, "دسامبر": 12,
    # Arabic (Egypt and the Gulf; the Levant)
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7, "أغسطس": 8,
    "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7, "آب": 8, "أيلول": 9,
    "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
    # Hebrew
    "ינואר": 1, "פברואר": 2, "מרץ": 3, "מרס": 3, "אפריל": 4, "מאי": 5, "יוני": 6, "יולי": 7, "אוגוסט": 8,
    "ספטמבר": 9, "אוקטובר": 10, "נובמבר": 11, "דצמבר": 12,
    # Russian (genitive, as dates are written)
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7, "августа": 8,
    "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    # Ukrainian (genitive)
    "січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6, "липня": 7, "серпня": 8,
    "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
}
SOLAR_HIJRI_MONTHS = {"فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "امرداد": 5, "شهریور": 6,
                      "مهر": 7, "آبان": 8, "آذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12}

_HEBREW_IN = "ב?"  # "9 באוגוסט 2022": the month takes ב ("in")
DATE_PATTERN = re.compile(
    r"(?<![\w/])(\d{1,2})\s+" + _HEBREW_IN + r"(" + _alternation(list(GREGORIAN_MONTHS) + list(SOLAR_HIJRI_MONTHS))
    + r")(?:\s*,?\s*(\d{4}))?(?!\w)", re.IGNORECASE)
# 1401/05/18 (a Solar Hijri year, 13xx or 14xx) or 2022/08/09, in digits of any script
NUMERIC_DATE_PATTERN = re.compile(r"(?<![\w/])(\d{4})/(\d{1,2})/(\d{1,2})(?![\w/])")


def _jalali_days_before_year(year: int) -> int:
    """Days from 1 Farvardin 1 AP to 1 Farvardin of ``year``: 365 a year plus the leap days of the 33-year rule."""
    y = year - 1
    return 365 * y + (8 * y + 29) // 33


def solar_hijri_leap(year: int) -> bool:
    """Whether Esfand has 30 days: the 33-year arithmetic rule (leap when (8y + 29) mod 33 < 8).

    It gives the years of the official calendar for the modern period (1399 and 1403 leap, 1404 not);
    the official calendar is astronomical and the two can part a few centuries from now.
    """
    return (8 * year + 29) % 33 < 8


# Anchored on one Nowruz: 1 Farvardin 1401 AP was Monday 21 March 2022.
_EPOCH = date(2022, 3, 21).toordinal() - _jalali_days_before_year(1401)


def _nowruz_ordinal(year: int) -> int:
    return _EPOCH + _jalali_days_before_year(year)


def jalali_to_gregorian(year: int, month: int, day: int) -> date:
    """A Solar Hijri (Jalali) date as a Gregorian date.

    Months 1-6 have 31 days, 7-11 have 30, Esfand 29 (30 in a leap year).
    """
    if not (1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30)):
        raise ValueError(f"no day {day} in month {month} of the Solar Hijri calendar")
    if month == 12 and day == 30 and not solar_hijri_leap(year):
        raise ValueError(f"Esfand {year} has 29 days")
    offset = 31 * (month - 1) if month <= 7 else 186 + 30 * (month - 7)
    return date.fromordinal(_nowruz_ordinal(year) + offset + day - 1)


def gregorian_to_jalali(when: date) -> tuple[int, int, int]:
    """The inverse of :func:`jalali_to_gregorian`."""
    year = when.year - 621
    if when.toordinal() < _nowruz_ordinal(year):
        year -= 1
    offset = when.toordinal() - _nowruz_ordinal(year)
    if offset < 186:
        return year, offset // 31 + 1, offset % 31 + 1
    offset -= 186
    return year, offset // 30 + 7, offset % 30 + 1


def year_from_article(make, year: int, article_date: date) -> date:
    """A day and month written without a year, dated by the article: ``make(year)`` (the article's year in the
    text's calendar), or the year before when that would be more than a month after the article."""
    guess = make(year)
    return make(year - 1) if guess > article_date + timedelta(days=31) else guess


def find_dates(text: str, article_date: date | None):
    """(start, end, value) for dates written in the five languages; value as entities.py gives it."""
    from .languages import ascii_digits

    hits = []
    for m in DATE_PATTERN.finditer(text):
        day, month_word, year = int(ascii_digits(m.group(1))), m.group(2), m.group(3)
        key = month_word if month_word in GREGORIAN_MONTHS or month_word in SOLAR_HIJRI_MONTHS else month_word.lower()
        try:
            if key in SOLAR_HIJRI_MONTHS and (year is None or int(ascii_digits(year)) < 1700):
                month = SOLAR_HIJRI_MONTHS[key]
                if year is None:
                    if article_date is None:
                        hits.append((m.start(), m.end(), {"date": None, "note": f"{month_word} {day}, year not stated"}))
                        continue
                    guess = year_from_article(lambda y: jalali_to_gregorian(y, month, day),
                                              gregorian_to_jalali(article_date)[0], article_date)
                    hits.append((m.start(), m.end(), {"date": guess.isoformat(), "calendar": "Solar Hijri",
                                                      "note": "Solar Hijri; year from the article's date"}))
                    continue
                value = jalali_to_gregorian(int(ascii_digits(year)), month, day)
                hits.append((m.start(), m.end(), {"date": value.isoformat(), "calendar": "Solar Hijri",
                                                  "note": f"Solar Hijri {ascii_digits(year)}-{month:02d}-{day:02d}"}))
                continue
            month = GREGORIAN_MONTHS.get(key)
            if month is None:
                continue
            if year:
                value = {"date": date(int(ascii_digits(year)), month, day).isoformat()}
            elif article_date is not None:
                guess = year_from_article(lambda y: date(y, month, day), article_date.year, article_date)
                value = {"date": guess.isoformat(), "note": "year from the article's date"}
            else:
                value = {"date": None, "note": f"{month_word} {day}, year not stated"}
            hits.append((m.start(), m.end(), value))
        except ValueError:
            continue
    for m in NUMERIC_DATE_PATTERN.finditer(text):
        year, month, day = (int(ascii_digits(g)) for g in m.groups())
        if m.group(0).isascii():
            continue  # 2022/08/09 in ASCII digits: left to the English rules (which read ISO dates)
        try:
            if 1200 <= year <= 1600:
                value = {"date": jalali_to_gregorian(year, month, day).isoformat(), "calendar": "Solar Hijri",
                         "note": f"Solar Hijri {year}-{month:02d}-{day:02d}"}
            else:
                value = {"date": date(year, month, day).isoformat()}
        except ValueError:
            continue
        hits.append((m.start(), m.end(), value))
    return hits
