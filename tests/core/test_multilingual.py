"""Articles in Persian, Arabic, Hebrew, Russian and Ukrainian: linking, dates (Solar Hijri too), numbers, claims.

Every article here was written for these tests (no news text). Expected values come
from outside the code under test: published Nowruz dates for the Solar Hijri calendar,
the catalogue's numbers for the satellites, and the English pipeline's own result for
the same claim written in English.
"""

from datetime import date, timedelta

import pytest

from desktop.core import languages, lexicon
from desktop.core.catalog import load_catalog
from desktop.core.claims import find_claims
from desktop.core.entities import link_entities

KHAYYAM = 53370
LAUNCH = "2022-08-09"  # Khayyam's launch from Baikonur

# Short articles written for these tests: a launch, a date, a site, and a claim of passes a day over Iran.
ARTICLES = {
    "fa": "ماهوارهٔ خیام در ۱۸ مرداد ۱۴۰۱ از پایگاه بایکونور به فضا رفت. "
          "به گفتهٔ این نوشته، این ماهواره چهار بار در روز از فراز ایران عبور می‌کند.",
    "ar": "أُطلق القمر الصناعي خيام في 9 أغسطس 2022 من قاعدة بايكونور. "
          "ويقول هذا النص إنه يمر فوق إيران أربع مرات في اليوم.",
    "he": "הלוויין כיאם שוגר ב-9 באוגוסט 2022 מבייקונור. "
          "לפי הטקסט הזה הוא חולף מעל איראן ארבע פעמים ביום.",
    "ru": "Спутник «Хайям» был запущен 9 августа 2022 года с Байконура. "
          "По словам этого текста, он пролетает над Ираном четыре раза в сутки.",
    "uk": "Супутник «Хайям» запустили 9 серпня 2022 року з Байконура. "
          "За цим текстом, він пролітає над Іраном чотири рази на добу.",
}
ENGLISH = "Khayyam was launched from Baikonur on 9 August 2022. It passes over Iran four times a day."
CLAIM_DAYS = 10.0  # a shorter window than the default keeps each test to a second


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


# ----------------------------------------------------------------------------- Solar Hijri

# Nowruz (1 Farvardin) as published, and two days that sit on a month's or a leap year's edge.
KNOWN_SOLAR_HIJRI = [
    ((1379, 1, 1), date(2000, 3, 20)),
    ((1399, 1, 1), date(2020, 3, 20)),
    ((1400, 1, 1), date(2021, 3, 21)),
    ((1401, 1, 1), date(2022, 3, 21)),
    ((1401, 5, 18), date(2022, 8, 9)),  # Khayyam's launch
    ((1402, 12, 29), date(2024, 3, 19)),  # last day of 1402 (29 days in Esfand)
    ((1403, 1, 1), date(2024, 3, 20)),
    ((1403, 12, 30), date(2025, 3, 20)),  # 1403 is a leap year
    ((1404, 1, 1), date(2025, 3, 21)),
    ((1404, 10, 7), date(2025, 12, 28)),  # the launch of Paya, Zafar-2 and Kowsar-1.5
]


@pytest.mark.parametrize("jalali, gregorian", KNOWN_SOLAR_HIJRI, ids=lambda v: str(v))
def test_solar_hijri_dates_convert_to_the_published_gregorian_days(jalali, gregorian):
    assert lexicon.jalali_to_gregorian(*jalali) == gregorian
    assert lexicon.gregorian_to_jalali(gregorian) == jalali


def test_solar_hijri_days_follow_one_another_without_gap_for_forty_years():
    """Every day from 1370 to 1410 AP: month lengths 31 x 6, 30 x 5, 29 or 30, and consecutive Gregorian days."""
    day, previous = date(1991, 3, 21), None
    for _ in range(40 * 366):
        y, m, d = lexicon.gregorian_to_jalali(day)
        if previous is not None:
            py, pm, pd = previous
            assert (y, m, d) in ((py, pm, pd + 1), (py, pm + 1, 1), (py + 1, 1, 1))
            if (y, m, d) == (py, pm + 1, 1):
                assert pd == (31 if pm <= 6 else 30)
            if y == py + 1:
                assert pd == (30 if lexicon.solar_hijri_leap(py) else 29)
        previous = (y, m, d)
        day += timedelta(days=1)


def test_a_thirtieth_of_esfand_in_a_common_year_is_refused():
    with pytest.raises(ValueError):
        lexicon.jalali_to_gregorian(1402, 12, 30)


# ----------------------------------------------------------------------------- linking

@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_each_language_links_the_satellite_the_site_the_country_and_the_date(lang, catalog):
    found = {}
    for e in link_entities(ARTICLES[lang], catalog):
        found.setdefault(e.kind, []).append(e)
    assert [e.value["satnum"] for e in found["satellite"]] == [KHAYYAM]
    assert found["launch site"][0].value["name"].startswith("Baikonur")
    assert found["country"][0].value["name"] == "Iran"
    assert [e.value["date"] for e in found["date"]] == [LAUNCH]
    for e in found["satellite"] + found["country"]:  # the span is the name itself, without a prefix
        assert ARTICLES[lang][e.start:e.end] == e.text


def test_transliterations_of_the_iranian_satellites_are_found(catalog):
    text = ("ماهواره پایا و ماهواره ظفر ۲ و ماهواره کوثر در ۷ دی ۱۴۰۴ از وستوچنی پرتاب شدند؛ "
            "Спутник Хайям и спутник Пайя. הלוויין כיאם. القمر الصناعي خيام.")
    sats = [e.value["name"] for e in link_entities(text, catalog) if e.kind == "satellite"]
    assert sats == ["PAYA", "ZAFAR-2", "KOWSAR-1.5", "KHAYYAM", "PAYA", "KHAYYAM", "KHAYYAM"]


def test_ordinary_words_that_are_also_satellite_names_need_the_word_satellite(catalog):
    """پایا ("lasting"), نور ("light") and ظفر ("victory") are words first."""
    text = "صلح پایا و نور خورشید و ظفر بزرگ. ماهواره نور در مدار است."
    sats = [(e.text, e.value["name"]) for e in link_entities(text, catalog) if e.kind == "satellite"]
    assert sats == [("نور", "NOOR")]


@pytest.mark.parametrize("text, name", [
    ("Россия и Украина", ["Russia", "Ukraine"]),
    ("из России в Украину", ["Russia", "Ukraine"]),
    ("з Росії до України", ["Russia", "Ukraine"]),
    ("מאיראן לישראל", ["Iran", "Israel"]),
    ("وإيران وروسيا", ["Iran", "Russia"]),
    ("ایران و اسرائیل", ["Iran", "Israel"]),
    ("иранский спутник", ["Iran"]),
    ("ماهوارهٔ ایرانی", ["Iran"]),
])
def test_countries_are_found_with_their_prefixes_and_case_forms(text, name, catalog):
    assert [e.value["name"] for e in link_entities(text, catalog) if e.kind == "country"] == name


@pytest.mark.parametrize("text, iso", [
    ("۱ فروردین ۱۴۰۱", "2022-03-21"),
    ("1401/05/18".translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")), "2022-08-09"),
    ("٩ أغسطس ٢٠٢٢", "2022-08-09"),
    ("9 آب 2022", "2022-08-09"),
    ("28 בדצמבר 2025", "2025-12-28"),
    ("28 декабря 2025 года", "2025-12-28"),
    ("28 грудня 2025 року", "2025-12-28"),
])
def test_dates_in_each_language_and_calendar(text, iso, catalog):
    dates = [e.value["date"] for e in link_entities(text, catalog) if e.kind == "date"]
    assert dates == [iso]


def test_a_date_without_a_year_takes_it_from_the_article(catalog):
    article_date = date(2022, 8, 12)
    dates = [e for e in link_entities("در ۱۸ مرداد", catalog, article_date) if e.kind == "date"]
    assert dates[0].value["date"] == LAUNCH


# ----------------------------------------------------------------------------- claims

@pytest.fixture(scope="module")
def english_claim(catalog):
    claims = find_claims(ENGLISH, link_entities(ENGLISH, catalog), catalog, window_days=CLAIM_DAYS)
    assert [c.kind for c in claims] == ["passes"]
    return claims[0]


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_the_claim_of_four_passes_a_day_is_read_and_computed_as_in_english(lang, catalog, english_claim):
    claims = find_claims(ARTICLES[lang], link_entities(ARTICLES[lang], catalog), catalog, window_days=CLAIM_DAYS)
    passes = [c for c in claims if c.kind == "passes"]
    assert len(passes) == 1
    claim = passes[0]
    assert claim.claimed == "4 passes a day over Iran"
    assert claim.computed == english_claim.computed and claim.agrees == english_claim.agrees
    assert "KHAYYAM" in claim.settings and "approximate" in claim.settings  # the provenance flag travels


@pytest.mark.parametrize("text, kind, value", [
    ("ماهواره خیام ۴ بار در روز از فراز ایران عبور می‌کند.", "passes", "4 passes a day over Iran"),
    ("يمر القمر الصناعي خيام فوق إيران ٤ مرات في اليوم.", "passes", "4 passes a day over Iran"),
    ("Спутник Хайям пролетает над Ираном дважды в сутки.", "passes", "2 passes a day over Iran"),
    ("مدار ماهواره خیام در ارتفاع ۵۰۰ کیلومتری است.", "height", "orbit height 500 km"),
    ("מסלול הלוויין כיאם בגובה 500 ק\"מ.", "height", "orbit height 500 km"),
    ("Спутник Хайям делает один оборот по орбите за 95 минут.", "period", "period 95 minutes"),
])
def test_claims_in_digits_of_any_script_and_in_words(text, kind, value, catalog):
    claims = find_claims(text, link_entities(text, catalog), catalog, compute=False)
    assert [(c.kind, c.claimed) for c in claims] == [(kind, value)]


def test_a_claim_for_an_unknown_language_is_simply_not_found(catalog):
    """Text in a language Overflight does not read (Georgian here) gives no claim and no error."""
    text = "თანამგზავრი დღეში ოთხჯერ გადის ირანის თავზე."
    assert find_claims(text, link_entities(text, catalog), catalog, compute=False) == []


# ----------------------------------------------------------------------------- languages and bidi

def test_the_system_locale_chooses_a_supported_language_or_english():
    assert languages.system_language({"LANG": "fa_IR.UTF-8"}) == "fa"
    assert languages.system_language({"LANGUAGE": "de:he", "LANG": "en_US.UTF-8"}) == "he"
    assert languages.system_language({"LC_ALL": "uk_UA.UTF-8", "LANG": "ru_RU.UTF-8"}) == "uk"
    assert languages.system_language({"LANG": "de_DE.UTF-8"}) == "en"
    assert languages.system_language({"LANG": "C"}) == "en"
    assert languages.system_language({}) == "en"


def test_isolation_keeps_a_latin_name_and_a_coordinate_in_their_order():
    name = languages.isolate("KHAYYAM")
    coords = languages.isolate("35.70, 51.40", left_to_right=True)
    assert name == "\u2068KHAYYAM\u2069" and coords == "\u206635.70, 51.40\u2069"
    assert languages.isolate(name) == name  # not wrapped twice
    assert languages.strip_isolates(f"ماهواره {name} در {coords}") == "ماهواره KHAYYAM در 35.70, 51.40"


def test_paragraph_direction_comes_from_the_first_strong_letter():
    assert languages.text_direction("۱۸ مرداد: ماهواره KHAYYAM") == "rtl"
    assert languages.text_direction("KHAYYAM در مدار") == "ltr"
    assert languages.text_direction("הלוויין") == "rtl" and languages.text_direction("١٢٣") == "ltr"


def test_digits_of_every_script_read_as_numbers():
    assert languages.ascii_digits("۱۴۰۱/۰۵/۱۸ و ١٢٣") == "1401/05/18 و 123"
    assert lexicon.number_value("۴") == 4 and lexicon.number_value("٤") == 4 and lexicon.number_value("چهار") == 4
    assert lexicon.number_value("чотири") == 4 and lexicon.number_value("ארבע") == 4


def test_an_unknown_window_language_is_refused_in_one_line_listing_the_choices(capsys):
    from desktop.cli import main

    assert main(["--lang", "xx"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "'xx'" in err
    for code in languages.LANGUAGES:
        assert f"{code} (" in err
    assert main(["--lang", "fa", "catalog"]) == 2  # the commands' outputs stay English
    assert "stay English" in capsys.readouterr().err


def test_a_lower_case_russian_or_ukrainian_word_is_not_a_country_with_that_name(catalog):
    """Ukrainian and Russian "того" ("of that") is common; the country Togo (Того) is written with a capital."""
    found = [(e.kind, e.text) for e in link_entities("З того часу Україна відправила делегацію до Того.", catalog)]
    assert ("country", "Того") in found and ("country", "того") not in found
    assert ("country", "Україна") in found


@pytest.mark.parametrize("text", ["Спутник Хайям обращается по орбите с периодом 94,4 минуты.",
                                  "Супутник Хайям обертається на орбіті з періодом 94,4 хвилини."])
def test_a_period_with_a_decimal_comma_is_read(text, catalog):
    claims = find_claims(text, link_entities(text, catalog), catalog, window_days=CLAIM_DAYS)
    assert [c.kind for c in claims] == ["period"] and "94.4" in claims[0].claimed


def test_an_angle_before_a_claim_is_not_a_count_of_passes(catalog):
    """ "...contact at 10°, then run it to test the claim 'four times a day'": one claim, four, not ten."""
    text = 'נסו: כיאם כבר נבחר; בחרו איראן כאזור, קשר רדיו ב-10°, והריצו, כדי לבדוק את הטענה "ארבע פעמים ביום".'
    claims = find_claims(text, link_entities(text, catalog), catalog, window_days=CLAIM_DAYS)
    assert [c.claimed for c in claims if c.kind == "passes"] == ["4 passes a day over Iran"]
