"""Article benchmarks: entity linking of a 10,000-word article in under 0.2 s, and 5 MB of article
text parsed (Markdown reduced, entities linked, claims found) in under 5 s, in time linear in its length.

Every text is built from sentences written for this benchmark. The 5 MB article mixes ordinary news
sentences, the same claims repeated (which once took time growing with the square of the length), and
deeply nested Markdown quotes, emphasis and brackets (which once took 49 s for 300 KB). Claims are found
without computing passes (``--no-compute``): a repeated claim is computed once per satellite and place.

References measured in the same run: Python's own ``str.split`` over the 10,000 words, and the
time per MB of the same mix at 0.5 MB (linear parsing keeps the 5 MB time per MB close to it).
"""

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.core.articles import markdown_to_article
from desktop.core.catalog import bundled_catalog
from desktop.core.claims import find_claims
from desktop.core.entities import link_entities

SENTENCES = [
    "On 9 August 2022 a Soyuz-2.1b rocket carried the Khayyam satellite from Baikonur in Kazakhstan.",
    "Iranian officials said on Tuesday that it would pass over Iran four times a day.",
    "Ukrainian and Israeli analysts asked whether Russian forces would see its images first.",
    "Paya, Zafar 2 and Kowsar followed from Vostochny in eastern Russia at 16:48 Tehran time on 28 December 2025.",
    "Ground controllers at the Mahdasht station near Tehran heard it three or four times on launch day.",
    "The weather was mild and the crowd in the square talked about many ordinary things for a long while.",
]
CLAIMS = [
    "The Khayyam satellite orbits at 500 km and passes over Iran four times a day.",
    "Its camera has a resolution of 1 m from 500 km, and it circles the Earth every 95 minutes.",
    "The ISS was heard at the Mahdasht station three times a day.",
]
NEST = 40  # levels of '>', '*' and '[' per nested line


def nested_markdown(n_bytes: int) -> str:
    line = ("> " * NEST + "*" * NEST + "[" * NEST + " Kowsar orbits at 500 km " + "](" * NEST + "\n"
            "* " + "[" * NEST + "**_" * NEST + " note " + "\n\n")
    return line * (n_bytes // len(line) + 1)


def article_text(n_bytes: int) -> str:
    """A Markdown article of about n_bytes: 40 % news, 40 % repeated claims, 20 % nested Markdown."""
    news = " ".join(SENTENCES) + "\n\n"
    claims = " ".join(CLAIMS) + "\n\n"
    return (news * int(0.4 * n_bytes / len(news)) + claims * int(0.4 * n_bytes / len(claims))
            + nested_markdown(int(0.2 * n_bytes)))[:n_bytes]


def parse(text: str, catalog):
    """(seconds, number of entities, number of claims) to reduce, link and find claims in ``text``."""
    t0 = time.perf_counter()
    article = markdown_to_article(text, "bench.md")
    entities = link_entities(article.text, catalog)
    claims = find_claims(article.text, entities, catalog, compute=False)
    return time.perf_counter() - t0, len(entities), len(claims)


def linking_10k_words(catalog) -> bool:
    words, parts = 0, []
    while words < 10_000:
        for s in SENTENCES:
            parts.append(s)
            words += len(s.split())
    text = " ".join(parts)
    runs = []
    for _ in range(5):
        t0 = time.perf_counter()
        entities = link_entities(text, catalog)
        runs.append(time.perf_counter() - t0)
    t0 = time.perf_counter()
    for _ in range(5):
        text.split()
    split_s = (time.perf_counter() - t0) / 5
    best = min(runs)
    print(f"article            {len(text.split())} words, {len(entities)} entities")
    print(f"entity linking     {best * 1000:.1f} ms (best of 5; target < 200 ms)")
    print(f"str.split          {split_s * 1000:.2f} ms (ratio {best / split_s:.0f}x)")
    return best < 0.2


def five_megabytes(catalog) -> bool:
    small, big = article_text(500_000), article_text(5_000_000)
    small_s, _, _ = min(parse(small, catalog) for _ in range(3))
    big_s, n_entities, n_claims = parse(big, catalog)
    per_mb_small, per_mb_big = small_s / (len(small) / 1e6), big_s / (len(big) / 1e6)
    print(f"5 MB article       {len(big) / 1e6:.2f} MB (news, repeated claims, nested Markdown): "
          f"{n_entities} entities, {n_claims} claims")
    print(f"parsed in          {big_s:.2f} s (target <= 5 s)")
    print(f"per MB             {per_mb_big:.2f} s at 5 MB, {per_mb_small:.2f} s at 0.5 MB (best of 3) "
          f"(ratio {per_mb_big / per_mb_small:.2f}; 1 is linear, 10 would be quadratic)")
    return big_s <= 5.0 and per_mb_big / per_mb_small < 2.0


def main():
    catalog = bundled_catalog()
    link_entities("warm-up", catalog)  # builds the gazetteer once
    ok = linking_10k_words(catalog)
    ok = five_megabytes(catalog) and ok
    print("targets met" if ok else "TARGET NOT MET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
