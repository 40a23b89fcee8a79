"""`article`: entities and checkable claims in a news article."""

from __future__ import annotations

from desktop.cli.common import CliError, catalog_from_args, read_input_path


def cmd_article(args) -> int:
    import json as _json
    from datetime import date

    from desktop.core.articles import ArticleError, read_article
    from desktop.core.claims import find_claims
    from desktop.core.entities import article_date_from_text, group_by_kind, link_entities

    catalog = catalog_from_args(args)
    try:
        article = read_article(read_input_path(args.file, "article"))
    except ArticleError as exc:
        raise CliError(str(exc)) from None
    published = article.published
    if args.date:
        try:
            published = date.fromisoformat(args.date)
        except ValueError:
            raise CliError(f"--date: '{args.date}' is not a date (expected YYYY-MM-DD)") from None
    published = published or article_date_from_text(article.text)
    entities = link_entities(article.text, catalog, published)
    claims = find_claims(article.text, entities, catalog, compute=not args.no_compute, uncertainty=args.uncertainty)
    approx = sorted({e.value["name"] for e in entities if e.kind == "satellite" and (s := catalog.get(e.value.get("satnum") or -1)) and s.flag})
    if args.json:
        print(_json.dumps({"file": str(args.file), "title": article.title, "date": published.isoformat() if published else None,
                           "entities": [e.as_dict() for e in entities], "claims": [c.as_dict() for c in claims],
                           "approximate_elements": approx}, indent=2, ensure_ascii=False))
        return 0
    print(f"{article.title or args.file}" + (f"  ({published.isoformat()})" if published else "  (date not found; use --date)"))
    for kind, group in group_by_kind(entities).items():
        print(f"\n{kind} ({len(group)}):")
        for e in group:
            print(f"  {e.start:>6}-{e.end:<6} {e.text!r:<32} -> {e.resolved}")
    print(f"\nclaims ({len(claims)}):")
    for c in claims:
        print(f"  [{c.kind}] {c.line()}")
    if approx:
        print(f"\nnote: APPROXIMATE or DESIGNED elements for {', '.join(approx)}; computed numbers are indicative")
    return 0


def register(sub, add):
    p = add("article", cmd_article, "entities and checkable claims in a news article (text, Markdown or HTML)")
    p.add_argument("file", help="the article file")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--date", help="the article's date (YYYY-MM-DD) for relative dates such as 'on Tuesday'")
    p.add_argument("--no-compute", action="store_true", help="list claims without computing passes (faster)")
    p.add_argument("--uncertainty", action="store_true",
                   help="judge pass counts against the 5-95 %% range of the elements' uncertainty (slower)")
