"""Page furniture: the parts of a saved article that are not the article.

Scraped news carries advertisement markers, "Related"/"Ranking" link lists, breadcrumbs,
share and reaction counters, photo credits and header lines. They are *marked*, never deleted,
so offsets stay exact; extractors skip marked spans and the pipeline drops any fact that
overlaps one. The patterns are data, kept apart from the logic that applies them.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from newsdiff.lexicon import alternation
from newsdiff.model import Span

# Paragraphs that introduce a list of links to other stories. Everything after such a header that
# looks like a headline (short, or a bulleted line) is part of the list.
LINK_LIST_HEADERS = regex.compile(
    rf"^(?:{alternation('text/furniture_link_list_headers')}|more\s+(?:from|on|stories|news)\b.{{0,40}})\s*:?$",
    regex.IGNORECASE,
)
# A single line pointing at another story: "Related article: ...", "READ MORE: ...".
LINK_LINE = regex.compile(rf"^(?:{alternation('text/furniture_link_line_labels')})\s*:\s*\S", regex.IGNORECASE)
_AD_WORDS = alternation("text/furniture_ad_words")
ADVERTISEMENT = regex.compile(
    rf"^(?:{alternation('text/furniture_ad_labels')})(?:[\s\-–—|]+(?:{_AD_WORDS}))*\s*$", regex.IGNORECASE
)
BREADCRUMB = regex.compile(
    r"^(?:current\s*:|you\s+are\s+here\s*:)?\s*home\s*(?:>|»|›|/|\|)", regex.IGNORECASE
)
# Interface words that appear alone on a line of a saved page, or a run of share buttons.
_SHARE_BUTTONS = alternation("text/furniture_share_buttons")
UI_WORDS = regex.compile(
    rf"^(?:{alternation('text/furniture_ui_words')}|(?:{_SHARE_BUTTONS})(?:[\s|,]+(?:{_SHARE_BUTTONS}))+)\s*$",
    regex.IGNORECASE,
)
# Reaction and share counters: "veryGood! (6873)", "1,204 comments", "Shares: 35".
COUNTER = regex.compile(
    r"^(?:[\p{L}!? ]{1,24}\(\s*\d[\d,.]*\s*[kKmM]?\s*\)"
    r"|\d[\d,.]*\s*[kKmM]?\s+(?:comments?|shares?|likes?|reactions?|views?)"
    r"|(?:comments?|shares?|likes?|reactions?|views?)\s*:?\s*\d[\d,.]*\s*[kKmM]?)\s*$",
    regex.IGNORECASE,
)
# Header lines carrying metadata rather than reporting: "Date:2025-04-12 09:31:28", "By Jane Doe".
METADATA_LINE = regex.compile(
    rf"^(?:(?:{alternation('text/date_labels')})\s*(?:on)?\s*:"
    r"|by\s+\p{Lu}[\p{L}.'\-]+(?:\s+\p{Lu}[\p{L}.'\-]+){0,3}\s*(?:[,|].{0,60})?$)",
    regex.IGNORECASE,
)
# Photo credits inside a paragraph: "(Photo: ED JONES/AFP via Getty Images)".
PHOTO_CREDIT = regex.compile(
    r"\((?:photo|photograph|image|picture|pictured|credit|photo\s+credit|file\s+photo)s?\s*(?:by)?\s*:"
    r"[^()\n]{0,200}\)"
    r"|\(\s*(?:AP|AFP|Reuters|EPA|Getty)\s+Photo[^()\n]{0,120}\)"
    r"|^(?:photo|image|credit|photo\s+credit)\s*:\s*[^\n]{0,200}$",
    regex.IGNORECASE | regex.MULTILINE,
)
HEADLINE_MAX = 200  # a link-list entry is a headline, not a body paragraph


@dataclass(frozen=True)
class Furniture:
    """A marked span and what kind of furniture it is."""

    span: Span
    kind: str


def mark(text: str, paragraphs: list[Span]) -> list[Furniture]:
    """Return the furniture spans of an article, in text order."""
    marked: list[Furniture] = []
    in_list = False
    for para in paragraphs:
        line = text[para.start : para.end]
        if LINK_LIST_HEADERS.match(line):
            in_list = True
            marked.append(Furniture(para, "links"))
            continue
        if in_list:
            if len(line) <= HEADLINE_MAX or line.lstrip().startswith(("-", "•", "*")):
                marked.append(Furniture(para, "links"))
                continue
            in_list = False
        kind = _whole_paragraph_kind(line)
        if kind:
            marked.append(Furniture(para, kind))
            continue
        for match in PHOTO_CREDIT.finditer(text, para.start, para.end):
            marked.append(Furniture(Span(match.start(), match.end()), "credit"))
    return marked


def _whole_paragraph_kind(line: str):
    if ADVERTISEMENT.match(line):
        return "advertisement"
    if BREADCRUMB.match(line):
        return "breadcrumb"
    if LINK_LINE.match(line):
        return "links"
    if UI_WORDS.match(line):
        return "interface"
    if COUNTER.match(line):
        return "counter"
    if METADATA_LINE.match(line):
        return "metadata"
    return None
