"""Articles: read plain text, Markdown or HTML in any common encoding, as inert text.

HTML is never rendered: it is reduced to text (scripts, styles, iframes,
objects and images are dropped), with the targets of its ordinary links kept
aside so the panel can offer them, to be opened only when clicked.
"""

from __future__ import annotations

import codecs
import html
import re
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

from .files import FileReadError, read_bytes_limited

MAX_ARTICLE_BYTES = 5 * 1024 * 1024


class ArticleError(ValueError):
    """An article that cannot be opened, with the reason."""


@dataclass
class Article:
    text: str
    title: str = ""
    source: str = ""
    kind: str = "text"  # text, markdown, html
    published: date | None = None
    links: list[tuple[str, str]] = field(default_factory=list)  # (link text, http(s) URL)


_DROP = {"script", "style", "iframe", "object", "embed", "noscript", "template", "svg", "canvas", "form",
         "button", "select", "textarea", "head", "nav", "footer", "video", "audio", "picture", "img", "source"}
_BREAK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article", "section", "blockquote",
          "header", "figure", "figcaption", "ul", "ol", "table", "pre"}


class _TextExtractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.title = ""
        self._in_title = False
        self.links: list[tuple[str, str]] = []
        self._href = None
        self._link_text: list[str] = []
        self.meta: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta":
            key = (attrs.get("property") or attrs.get("name") or "").lower()
            if key and attrs.get("content"):
                self.meta[key] = attrs["content"]
        if tag == "title":
            self._in_title = True
        if tag in _DROP and tag not in ("img", "source", "br"):
            self.skip += 1
        if tag in _BREAK:
            self.parts.append("\n\n" if tag not in ("br", "li", "tr") else "\n")
        if tag == "a" and not self.skip:
            href = (attrs.get("href") or "").strip()
            self._href = href if re.match(r"https?://", href, re.I) else None
            self._link_text = []

    def handle_startendtag(self, tag, attrs):
        if tag == "br":
            self.parts.append("\n")
        elif tag == "meta":
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        if tag in _DROP and tag not in ("img", "source", "br") and self.skip:
            self.skip -= 1
        if tag in _BREAK:
            self.parts.append("\n\n")
        if tag == "a" and self._href:
            text = " ".join("".join(self._link_text).split())
            if text:
                self.links.append((text, self._href))
            self._href = None

    def handle_data(self, data):
        if self._in_title:
            self.title += data
            return
        if self.skip:
            return
        self.parts.append(data)
        if self._href:
            self._link_text.append(data)


def _normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    out = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", out).strip()


# A tag whose quoted values hold no '<': matching it costs at most the distance to the next '<'.
_WELL_FORMED_TAG = re.compile(r"""<(?:/?[A-Za-z][^\s/<>]*(?:[^<>"']|"[^"<]*"|'[^'<]*')*|![^<>]*|\?[^<>]*)>""")


def _tags_or_text(text: str) -> str:
    """The HTML with every '<' that does not open a complete tag written as text (&lt;), in one pass.

    Python's HTMLParser rescans to the end of the input from each '<' of an
    unclosed tag or comment ("<a href='" repeated), which made a 180 KB page take
    a minute. Here a comment runs to its '-->' (or, unclosed, to the end, as
    browsers read it), and a '<' that starts no complete tag is plain text.
    """
    out, i = [], 0
    while True:
        j = text.find("<", i)
        if j < 0:
            out.append(text[i:])
            return "".join(out)
        out.append(text[i:j])
        if text.startswith("<!--", j):
            k = text.find("-->", j + 4)
            if k < 0:
                return "".join(out)  # an unclosed comment hides the rest
            out.append(text[j:k + 3])
            i = k + 3
            continue
        m = _WELL_FORMED_TAG.match(text, j)
        if m:
            out.append(m.group(0))
            i = m.end()
        else:
            out.append("&lt;")
            i = j + 1


def html_to_article(text: str, source: str = "") -> Article:
    parser = _TextExtractor()
    parser.feed(_tags_or_text(text))
    parser.close()
    body = _normalise("".join(parser.parts))
    published = None
    for key in ("article:published_time", "date", "pubdate", "og:published_time", "dc.date"):
        if key in parser.meta:
            published = _iso_date(parser.meta[key])
            if published:
                break
    return Article(body, " ".join(parser.title.split()), source, "html", published, parser.links)


# Every pattern is linear in the length of the text: a bracket's text stops at the next bracket, a link's
# target at the next parenthesis or space, and a list item's indent at the end of its line, so a run of
# unclosed '[', '](' or blank lines costs each character once (they once cost the square of the length).
_MD_LINK = re.compile(r"\[([^\[\]]+)\]\((https?://[^()\s]+)\)")
_MD_IMAGE = re.compile(r"!\[[^\[\]]*\]\([^()\s]*\)")
_MD_ANY_LINK = re.compile(r"\[([^\[\]]+)\]\([^()\s]*\)")
_MD_HEADING = re.compile(r"^#{1,6}[ \t]*", re.M)
_MD_BOLD = re.compile(r"(\*\*|__)(.+?)\1")
_MD_EMPHASIS_IN_LINE = re.compile(r"(?<![\w*])[*_]([^*_\n]+)[*_](?![\w*])")
_MD_BULLET = re.compile(r"^[ \t]*[-*+][ \t]+", re.M)
_MD_CODE = re.compile(r"`([^`]*)`")
_MD_SOFT_BREAK = re.compile(r"(?<=\S)[ \t]*\n(?!\n|• |[ \t]*\n)")
_MD_EMPHASIS = re.compile(r"(?<![\w*])[*_]([^*_]+?)[*_](?![\w*])")
_MD_QUOTE = re.compile(r"^(?:[ \t]*>)+[ \t]?", re.M)


def markdown_to_article(text: str, source: str = "") -> Article:
    links = [(m.group(1), m.group(2)) for m in _MD_LINK.finditer(text)]
    body = _MD_IMAGE.sub("", text)  # images dropped
    body = _MD_ANY_LINK.sub(r"\1", body)
    body = _MD_QUOTE.sub("", body)
    body = _MD_HEADING.sub("", body)
    body = _MD_BOLD.sub(r"\2", body)
    body = _MD_EMPHASIS_IN_LINE.sub(r"\1", body)
    body = _MD_BULLET.sub("• ", body)
    body = _MD_CODE.sub(r"\1", body)
    # soft line breaks inside a paragraph become spaces (list items keep their lines)
    body = _MD_SOFT_BREAK.sub(" ", body)
    body = _MD_EMPHASIS.sub(r"\1", body)
    body = _normalise(body)
    return Article(body, short_title(body.split("\n", 1)[0]), source, "markdown", None, links)


def short_title(line: str, limit: int = 120) -> str:
    """A title from a first line: its first sentence, cut at a word near ``limit`` characters."""
    sentence = re.split(r"(?<=[.!?])\s", line.strip(), maxsplit=1)[0]
    if len(sentence) <= limit:
        return sentence
    cut = sentence[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def _iso_date(text: str) -> date | None:
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", text or "")
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def decode_bytes(data: bytes, source: str = "") -> str:
    """Text from bytes: BOM, declared charset, UTF-8, then Windows-1252/Latin-1."""
    if not data.strip():
        raise ArticleError(f"{source or 'the article'} is empty")
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    sample = data[:8192]
    if b"\x00" in sample:
        raise ArticleError(f"{source or 'the article'} looks like a binary file, not text, Markdown or HTML")
    declared = re.search(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_-]+)""", data[:4096], re.I)
    candidates = ([declared.group(1).decode("ascii", "ignore")] if declared else []) + ["utf-8", "cp1252", "latin-1"]
    for encoding in candidates:
        try:
            text = data.decode(encoding)
            break
        except (UnicodeDecodeError, LookupError):
            continue
    else:  # pragma: no cover - latin-1 always decodes
        text = data.decode("latin-1", errors="replace")
    controls = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > 0.05 * max(1, len(text[:8192])):
        raise ArticleError(f"{source or 'the article'} looks like a binary file, not text, Markdown or HTML")
    return text


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:1000].lower()
    return head.startswith(("<!doctype html", "<html")) or bool(re.search(r"<(p|div|body|article|h1|br)\b", head))


def article_from_text(text: str, source: str = "", kind: str | None = None) -> Article:
    if not text.strip():
        raise ArticleError(f"{source or 'the article'} is empty")
    if kind is None:
        kind = "html" if looks_like_html(text) else "text"
    if kind == "html":
        article = html_to_article(text, source)
    elif kind == "markdown":
        article = markdown_to_article(text, source)
    else:
        body = _normalise(text)
        article = Article(body, short_title(body.split("\n", 1)[0]), source, "text")
    if not article.text.strip():
        raise ArticleError(f"{source or 'the article'} holds no readable text")
    return article


def read_article(path) -> Article:
    """An article from a file; raises ArticleError saying what is wrong and where."""
    path = Path(path)
    try:
        data = read_bytes_limited(path, MAX_ARTICLE_BYTES, "an article")
    except FileReadError as exc:
        raise ArticleError(str(exc)) from None
    text = decode_bytes(data, str(path))
    suffix = path.suffix.lower()
    kind = {".html": "html", ".htm": "html", ".md": "markdown", ".markdown": "markdown"}.get(suffix)
    return article_from_text(text, str(path), kind)


def escape(text: str) -> str:
    return html.escape(text, quote=True)
