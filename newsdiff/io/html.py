"""Web pages: decode the bytes, extract the article body and the page's own metadata.

The body comes from trafilatura (main-content extraction: navigation, comments, related-story
lists, cookie banners and scripts are left out). Its plain-text rendering, one block per line, is
the source text: every fact offset indexes into it and `newsdiff text page.html` prints it.

Title, outlet, author and publication date come from the page's metadata (JSON-LD, Open Graph,
`<meta>`, `<time>`; the date via htmldate inside trafilatura). A field the page does not give is
left empty, so the text rules in `newsdiff.io.metadata` can still fill it later.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from typing import Optional

import regex

from newsdiff.io.metadata import parse_date
from newsdiff.io.page_meta import read_meta
from newsdiff.model import Skipped, Source

# How far into the bytes a charset declaration is looked for (HTML's own prescan reads 1024;
# real pages put long scripts before their <meta>, so a little more).
PRESCAN_BYTES = 8192
_META_CHARSET = regex.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)""", regex.IGNORECASE)
_XML_ENCODING = regex.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._\-]+)""", regex.IGNORECASE)
# A declared single-byte charset is kept unless its decoding reads as mojibake. mess_ratio is
# charset-normalizer's measure of how implausible a decoded text is (0 clean, 1 garbage).
MESS_LIMIT = 0.1
# WHATWG: these labels mean Windows-1252 on the web.
WEB_ALIASES = {"iso8859-1": "cp1252", "latin-1": "cp1252", "iso8859_1": "cp1252", "ascii": "cp1252",
               "us-ascii": "cp1252", "latin_1": "cp1252"}
# Tags that make a file HTML whatever its name says.
_HTML_START = regex.compile(
    r"^\s*(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<\?xml[^>]*>\s*<!doctype\s+html)",
    regex.IGNORECASE | regex.DOTALL,
)
_HTML_TAGS = regex.compile(r"<(?:html|head|body|div|p|meta|title|article|script)[\s>/]", regex.IGNORECASE)
# C0/C1 controls other than tab and newline: never passed to a terminal (ESC starts escapes).
_CONTROLS = regex.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u2028\u2029]")
_SPACES = regex.compile(r"[ \t\u00a0]+")


class PageError(ValueError):
    """A page that could not be read (undecodable bytes, no article text)."""


@dataclass(frozen=True)
class Page:
    """The article of one web page: its text and the metadata the page declares."""

    text: str
    title: Optional[str] = None
    outlet: Optional[str] = None
    author: Optional[str] = None
    published: Optional[str] = None  # YYYY-MM-DD
    url: Optional[str] = None


def looks_like_html(text: str) -> bool:
    """True for text that is an HTML document rather than an article saved as plain text.

    A doctype or `<html>`/`<head>` at the start decides; otherwise several common tags near the
    start (an article that merely mentions "<p>" has one or two at most).
    """
    head = text[:4096]
    if _HTML_START.match(head):
        return True
    return head.lstrip().startswith("<") and len(_HTML_TAGS.findall(head)) >= 3


def declared_charset(data: bytes, header: Optional[str] = None) -> Optional[str]:
    """The charset a page declares: the HTTP header's first, then `<meta>` or `<?xml?>`."""
    for label in (header, _from_bytes(data)):
        if label:
            try:
                name = codecs.lookup(label.strip().lower()).name
            except LookupError:
                continue
            return WEB_ALIASES.get(name, name)
    return None


def _from_bytes(data: bytes) -> Optional[str]:
    head = data[:PRESCAN_BYTES]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii", "replace") if match else None


def decode_page(data: bytes, header_charset: Optional[str] = None) -> str:
    """Decode page bytes: the bytes decide, a declaration is only a hint.

    A byte-order mark wins; bytes that are valid UTF-8 are UTF-8 whatever the page declares (pages
    saved by a browser are re-encoded without fixing the `<meta>`). Otherwise the declared charset
    is used when it decodes cleanly and does not read as mojibake, else the detected one. A page
    without a declaration is detected, never assumed to be Windows-1252.
    """
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as err:
                raise PageError(f"invalid {codec} after its byte-order mark") from err
    if b"\x00" in data[:4096]:
        raise PageError("binary file (NUL bytes), not a web page")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes
    from charset_normalizer.md import mess_ratio

    declared = declared_charset(data, header_charset)
    if declared and declared not in ("utf_8", "utf-8"):
        try:
            text = data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            text = None
        if text is not None and mess_ratio(_visible_sample(text), MESS_LIMIT) < MESS_LIMIT:
            return text
    best = from_bytes(data).best()
    if best is None:
        raise PageError("cannot detect the text encoding")
    return str(best)


def _visible_sample(html: str) -> str:
    # Mess is judged on text, not on markup (which is ASCII in every charset).
    return regex.sub(r"<[^>]{0,2000}>", " ", html[:200_000])


def extract_page(html: str, url: Optional[str] = None) -> Page:
    """The article text and metadata of a decoded page. Raises PageError when there is no article."""
    import trafilatura
    from trafilatura.settings import Document

    # Comments are not the article; tables often are (figures, results). Links and formatting
    # would put markup characters into the text.
    # favor_precision: on the bench pages it scores body F1 0.959 (P 0.969) against the default's
    # 0.951 (P 0.947); a stray paragraph of boilerplate yields false facts, a lost one only fewer.
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        favor_precision=True,
        include_comments=False,
        include_tables=True,
        with_metadata=True,
    )
    body = clean_text(doc.text) if isinstance(doc, Document) and doc.text else ""
    if not body.strip() or not isinstance(doc, Document):
        raise PageError("no article text found in the page")
    meta = read_meta(html)
    return Page(
        text=body,
        title=_line(meta.title or doc.title),
        outlet=_line(meta.outlet or doc.sitename),
        author=_line(meta.author or doc.author),
        published=meta.published or (parse_date(doc.date) if doc.date else None),
        url=_line(meta.url or doc.url) or url,
    )


def clean_text(text: str) -> str:
    """One block per line, with no control characters and no runs of spaces; ends in a newline.

    Lines with no letter or digit (empty table rows "| | |") and slideshow captions ("- 7/50 ...",
    three or more in a row) are dropped: they are page furniture, and a slideshow of other stories
    is full of numbers that are not the article's.
    """
    lines = []
    for line in _CONTROLS.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n")).split("\n"):
        line = _SPACES.sub(" ", line).strip()
        if _WORDY.search(line):
            lines.append(line)
    lines = _drop_slideshows(lines)
    return "\n".join(lines) + "\n" if lines else ""


_WORDY = regex.compile(r"[\p{L}\p{N}]")
_SLIDE = regex.compile(r"^(?:[-*•] )?(\d{1,3}) ?/ ?(\d{1,3})\b")
MIN_SLIDES = 3


def _drop_slideshows(lines: list[str]) -> list[str]:
    """Lines without runs of at least MIN_SLIDES captions numbered N/TOTAL with one TOTAL."""
    keep = [True] * len(lines)
    i = 0
    while i < len(lines):
        match = _SLIDE.match(lines[i])
        j = i + 1
        if match:
            total = match.group(2)
            while j < len(lines) and (m := _SLIDE.match(lines[j])) and m.group(2) == total:
                j += 1
            if j - i >= MIN_SLIDES:
                keep[i:j] = [False] * (j - i)
        i = j
    return [line for line, kept in zip(lines, keep, strict=True) if kept]


def _line(value: Optional[str]) -> Optional[str]:
    if not value:
        return None
    value = _SPACES.sub(" ", _CONTROLS.sub(" ", value)).strip()
    return value or None


def _first(*values: Optional[str]) -> Optional[str]:
    for value in values:
        if value and value.strip():
            return value
    return None


def page_source(page: Page, source_id: str, path: str, url: Optional[str] = None) -> Source:
    """A `Source` for an extracted page; `url` (the address it was fetched from) beats the page's own."""
    return Source(
        id=source_id,
        path=path,
        text=page.text,
        title=page.title,
        published=page.published,
        outlet=page.outlet,
        url=url or page.url,
        author=page.author,
    )


def read_page_file(path, data: bytes) -> tuple[list[Source], list[Skipped]]:
    """Read a saved page from its bytes: ([source], []) or ([], [why not])."""
    try:
        page = extract_page(decode_page(data))
    except PageError as err:
        return [], [Skipped(str(path), str(err))]
    return [page_source(page, path.stem, str(path))], []
