"""A web page's own metadata: headline, outlet, publication date, canonical URL.

What the publisher declares for machines comes first (JSON-LD article objects, then Open Graph
and `<meta>`), then the `<title>`, then a lone `<h1>`; a title loses the outlet's name ("Headline |
Outlet"). The order is Readability.js's, whose choices the bench gold records. trafilatura's
metadata (author, and htmldate's date) fills what these leave empty (`newsdiff.io.html`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Iterator, Optional
from urllib.parse import urlsplit

import regex

from newsdiff.io.metadata import parse_date

ARTICLE_TYPES = {
    "article", "newsarticle", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
    "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "liveblogposting",
    "scholarlyarticle", "report", "techarticle", "socialmediaposting",
}
# Separators between a headline and the outlet's name in a <title>.
TITLE_SEPARATORS = regex.compile(r"\s+(?:[|\-–—·•»:~✩]|::)\s+")
# <meta> names (property, name or itemprop) giving the publication time, most specific first.
DATE_META = (
    "article:published_time", "datepublished", "og:published_time", "article.published", "pubdate",
    "publishdate", "publish-date", "publish_date", "dc.date.issued", "dcterms.created", "dc.date",
    "sailthru.date", "parsely-pub-date", "date",
)
SITE_META = ("og:site_name", "application-name", "twitter:site")
_ISO_DAY = regex.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_WORD = regex.compile(r"[^\W_]+")


@dataclass(frozen=True)
class PageMeta:
    """What the page says about itself; every field may be None."""

    title: Optional[str] = None
    outlet: Optional[str] = None
    published: Optional[str] = None
    author: Optional[str] = None
    url: Optional[str] = None


def read_meta(html: str) -> PageMeta:
    """The metadata of a decoded page (never raises on malformed markup)."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        tree = lxml_html.document_fromstring(html.encode("utf-8"), parser=lxml_html.HTMLParser(encoding="utf-8"))
    except (etree.ParserError, ValueError):
        return PageMeta()
    metas = _meta_values(tree)
    articles = list(_json_ld(tree))
    url = _first(_link(tree, "canonical"), metas.get("og:url"))
    outlet = _first(_ld_publisher(articles), *(metas.get(k) for k in SITE_META if k != "twitter:site"))
    title = _first(
        _ld_text(articles, "headline"),
        _strip_outlet(metas.get("og:title"), outlet, url),
        _strip_outlet(_title_tag(tree), outlet, url),
        _strip_outlet(metas.get("twitter:title"), outlet, url),
        _lone_h1(tree),
    )
    published = None
    for value in [_ld_text(articles, "datePublished")] + [metas.get(k) for k in DATE_META]:
        published = _day(value)
        if published:
            break
    author = _ld_author(articles) or metas.get("author")
    return PageMeta(title=title, outlet=outlet, published=published, author=author, url=url)


def _meta_values(tree) -> dict[str, str]:
    """First non-empty content of each `<meta>` by lowercased property/name/itemprop."""
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        content = meta.get("content")
        if not content or not content.strip():
            continue
        for attr in ("property", "name", "itemprop"):
            key = (meta.get(attr) or "").strip().lower()
            if key and key not in found:
                found[key] = content.strip()
    return found


def _link(tree, rel: str) -> Optional[str]:
    for link in tree.iter("link"):
        if (link.get("rel") or "").strip().lower() == rel and link.get("href", "").startswith("http"):
            return link.get("href").strip()
    return None


def _title_tag(tree) -> Optional[str]:
    # The document's own <title>, not an SVG icon's <title> further down.
    head = tree.find("head")
    node = head.find("title") if head is not None else None
    if node is None:
        node = next(iter(tree.iter("title")), None)
    return node.text_content() if node is not None else None


def _lone_h1(tree) -> Optional[str]:
    heads = [h.text_content().strip() for h in tree.iter("h1")]
    heads = [h for h in heads if h]
    return heads[0] if len(heads) == 1 else None


def _names(value: Optional[str]) -> str:
    return "".join(_WORD.findall(value.casefold())) if value else ""


def _strip_outlet(title: Optional[str], outlet: Optional[str], url: Optional[str]) -> Optional[str]:
    """A `<title>` without the outlet's name before or after a separator ("Headline | Outlet")."""
    if not title or not title.strip():
        return None
    title = " ".join(title.split())
    names = {n for n in (_names(outlet), _names(_host_stem(url))) if len(n) >= 3}
    if not names:
        return title
    parts = TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title

    def is_outlet(part: str) -> bool:
        key = _names(part)
        return bool(key) and any(key == n or (len(key) >= 4 and (key in n or n in key)) for n in names)

    if is_outlet(parts[-1]):
        cut = _last_separator(title)
        return title[:cut].strip() if cut else title
    if is_outlet(parts[0]):
        match = TITLE_SEPARATORS.search(title)
        return title[match.end():].strip()
    return title


def _last_separator(title: str) -> Optional[int]:
    last = None
    for match in TITLE_SEPARATORS.finditer(title):
        last = match.start()
    return last


def _host_stem(url: Optional[str]) -> Optional[str]:
    """"theguardian" for https://www.theguardian.com/...; None without a URL."""
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    labels = [x for x in host.split(".") if x not in ("www", "m", "amp")]
    return labels[0] if labels else None


_CDATA = regex.compile(r"^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$")


def _json_ld(tree) -> Iterator[dict]:
    """Article objects in the page's JSON-LD blocks (inside `@graph` lists too)."""
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = _CDATA.sub("", script.text or "")
        try:
            data = json.loads(raw)
        except (json.JSONDecodeError, RecursionError):
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                if isinstance(item.get("@graph"), list):
                    stack.append(item["@graph"])
                kinds = item.get("@type")
                kinds = kinds if isinstance(kinds, list) else [kinds]
                if any(isinstance(k, str) and k.lower() in ARTICLE_TYPES for k in kinds):
                    yield item


def _ld_text(items: list[dict], key: str) -> Optional[str]:
    for item in items:
        value = item.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _name_of(value) -> Optional[str]:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return value.strip() if isinstance(value, str) and value.strip() else None


def _ld_publisher(items: list[dict]) -> Optional[str]:
    for item in items:
        name = _name_of(item.get("publisher"))
        if name:
            return name
    return None


def _ld_author(items: list[dict]) -> Optional[str]:
    for item in items:
        authors = item.get("author")
        authors = authors if isinstance(authors, list) else [authors]
        names = [n for n in (_name_of(a) for a in authors) if n]
        if names:
            return ", ".join(dict.fromkeys(names))
    return None


def _day(value: Optional[str]) -> Optional[str]:
    """The calendar day as the page writes it (`2018-06-12T23:00Z` is June 12, not shifted to a
    time zone), else a full date in any common form."""
    if not value:
        return None
    match = _ISO_DAY.match(value)
    if match:
        return parse_date(match.group(0))
    return parse_date(value) if len(value) <= 40 else None


def _first(*values: Optional[str]) -> Optional[str]:
    for value in values:
        if value and value.strip():
            return value.strip()
    return None
