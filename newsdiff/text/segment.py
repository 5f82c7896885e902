"""Paragraph and sentence segmentation that keeps exact character offsets.

News text breaks in ways general splitters get wrong: "U.S. officials", "Mr. Koo", "Dr.",
initials ("J. K. Rowling"), decimals ("4.7 billion") and quotations that run over several
sentences before their attribution ("A. B," he said). The rules here are linear scans; every
paragraph and sentence is a `Span` into the untouched source text.
"""

from __future__ import annotations

import bisect

import regex

from newsdiff.lexicon import alternation, load
from newsdiff.model import Span

# Words that end in a period without ending the sentence. Kept lower-case; compared without
# the final period. These are titles, name suffixes, months, and common Latin/English short forms.
ABBREVIATIONS = frozenset(load("text/abbreviations"))

# Abbreviations that may also end a sentence: US state abbreviations (AP style) and dotted
# initialisms ("U.S.", "S.C.", "G.K."). After one of these a boundary is taken only when the next
# word is one that usually starts a sentence.
WEAK_ABBREVIATIONS = frozenset(load("text/weak_abbreviations"))
SENTENCE_STARTERS = frozenset(load("text/sentence_starters"))
_INITIALISM = regex.compile(r"^(?:\p{L}\.){1,4}\p{L}$")

# Abbreviations that only count as such before a number: "No. 10", "Vol. 3", "pp. 12".
NUMBERED_ABBREVIATIONS = frozenset(load("text/numbered_abbreviations"))

# A sentence may end at ., ! or ? (possibly repeated), then closing quotes/brackets, then space.
_BOUNDARY = regex.compile(r"""[.!?]+['"’”)\]]*(?=\s)""")
_WORD_BEFORE = regex.compile(r"""([\p{L}.]+)$""")
_OPEN_QUOTES = "“\"‘'("
_PARA_BREAK = regex.compile(r"\n[ \t\u00a0]*\n")
# The longest sentence the extractors see, in characters. Real news sentences stay well under it
# (the samples' longest is 351, the longest of the 12,543 in the ECB+ bench articles 532); a run of text with no sentence end (a 5,000-word sentence, a
# megabyte on one line) is cut into pieces of at most this size at a space, preferably after a
# comma or semicolon, so every step that works per sentence stays linear in the text's length.
MAX_SENTENCE = 600
# Where to cut an over-long sentence, best first: after a comma, semicolon or colon; before a word
# that starts a phrase (a capital, a preposition or conjunction), so "on Monday" or "In 1998" stay
# whole; at any space.
_CUT_RULES = (
    regex.compile(r"(?<=[,;:])\s"),
    regex.compile(rf"\s(?=\p{{Lu}}|(?:{alternation('text/cut_before_words')})\s)"),
    regex.compile(r"\s"),
)


def paragraphs(text: str) -> list[Span]:
    """Split `text` into paragraphs.

    One line is one paragraph (how scraped news is usually saved), except in hard-wrapped text,
    where blank lines separate paragraphs and single newlines only wrap lines.
    """
    if _looks_hard_wrapped(text):
        return _blocks(text)
    spans = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        stripped = body.strip()
        if stripped:
            lead = len(body) - len(body.lstrip())
            spans.append(Span(pos + lead, pos + lead + len(stripped)))
        pos += len(line)
    return spans


def _looks_hard_wrapped(text: str) -> bool:
    # Hard-wrapped text has blank-line separated blocks most of which span several lines of
    # similar, short length.
    blocks = [b for b in _PARA_BREAK.split(text) if b.strip()]
    if len(blocks) < 2:
        return False
    multi = 0
    for block in blocks:
        lines = [ln for ln in block.split("\n") if ln.strip()]
        if len(lines) >= 2 and max(len(ln) for ln in lines) <= 100:
            multi += 1
    return multi * 2 > len(blocks)


def _blocks(text: str) -> list[Span]:
    spans: list[Span] = []
    pos = 0
    for match in _PARA_BREAK.finditer(text):
        _add_trimmed(text, pos, match.start(), spans)
        pos = match.end()
    _add_trimmed(text, pos, len(text), spans)
    return spans


def _add_trimmed(text: str, start: int, end: int, out: list[Span]) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        lead = len(chunk) - len(chunk.lstrip())
        out.append(Span(start + lead, start + lead + len(stripped)))


_DOUBLE_QUOTE = regex.compile('[“”"]')


def quote_regions(text: str, para: Span) -> list[Span]:
    """Spans of balanced double quotations inside one paragraph (marks included).

    Curly quotes pair by direction; straight quotes pair in order. An unmatched mark makes no
    region, so a stray quote never swallows the rest of the paragraph.
    """
    regions = []
    open_at = None
    for m in _DOUBLE_QUOTE.finditer(text, para.start, para.end):  # the marks only, not every character
        i = m.start()
        ch = text[i]
        if ch == "“":
            open_at = i
        elif ch == "”" and open_at is not None:
            regions.append(Span(open_at, i + 1))
            open_at = None
        elif ch == '"':
            if open_at is None:
                open_at = i
            else:
                regions.append(Span(open_at, i + 1))
                open_at = None
    return regions


def sentences(text: str, para: Span) -> list[Span]:
    """Split one paragraph into sentences.

    A boundary is a terminator followed by space and then an upper-case letter, digit or an
    opening quote. It is not a boundary after a known abbreviation, a single initial, or inside
    a quotation that closes later in the same paragraph.
    """
    inside = quote_regions(text, para)
    # Regions are disjoint and in order: the one that could hold a position is found by bisection.
    region_starts = [r.start for r in inside]
    spans: list[Span] = []
    start = para.start
    for match in _BOUNDARY.finditer(text, para.start, para.end):
        end = match.end()
        nxt = _next_visible(text, end, para.end)
        if nxt is None:
            continue
        ch = text[nxt]
        if not (ch.isupper() or ch.isdigit() or ch in _OPEN_QUOTES):
            continue
        if _is_abbreviation(text, match.start(), start):
            continue
        # Inside a quotation that closes later in this paragraph: the quote and its
        # attribution stay one sentence.
        at = bisect.bisect_left(region_starts, match.start()) - 1
        if at >= 0 and end < inside[at].end:
            continue
        _add_capped(text, start, end, spans)
        start = nxt
    if start < para.end:
        _add_capped(text, start, para.end, spans)
    return spans


def _add_capped(text: str, start: int, end: int, out: list[Span]) -> None:
    """Add the sentence start..end, cut into pieces of at most MAX_SENTENCE characters."""
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        cut = None
        for rule in _CUT_RULES:
            # the last place the rule allows in the second half of the window
            for m in rule.finditer(text, start + MAX_SENTENCE // 2, limit):
                cut = m.start()
            if cut is not None:
                break
        if cut is None:
            cut = limit  # no space in half a window: a hard cut
        out.append(Span(start, cut))
        nxt = _next_visible(text, cut, end)
        if nxt is None:
            return
        start = nxt
    out.append(Span(start, end))


def _next_visible(text: str, pos: int, limit: int):
    while pos < limit and text[pos].isspace():
        pos += 1
    return pos if pos < limit else None


def _is_abbreviation(text: str, dot: int, floor: int) -> bool:
    if text[dot] != ".":
        return False
    match = _WORD_BEFORE.search(text, max(floor, dot - 12), dot)
    if not match:
        return False
    word = match.group(1).strip(".")
    if not word:
        return False
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True  # an initial: "J. K. Rowling", "Kim J. Song"
    lowered = word.lower()
    if lowered in WEAK_ABBREVIATIONS or _INITIALISM.match(word):
        following = regex.match(r"\s*([\p{L}]+)", text[dot + 1 : dot + 40])
        return not (following and following.group(1).lower() in SENTENCE_STARTERS)
    if lowered in NUMBERED_ABBREVIATIONS:
        following = text[dot + 1 : dot + 3].strip()
        return bool(following) and following[0].isdigit()
    return lowered in ABBREVIATIONS
