"""Finding quotations by their marks, paragraph by paragraph.

A quotation is what lies between an opening and a closing double quotation mark, straight or
curly. Marks nest (`"… 'North Korean defectors' …"`, or doubles inside doubles in careless
copy), and only the outermost pair makes a quotation. Rules news writing follows and that the
scanner relies on:

- A quotation never crosses a paragraph, except that a paragraph that opens a quotation and
  does not close it continues into the next paragraph when that one opens with a mark too.
- An unclosed mark otherwise ends at its paragraph, with a note, so a stray mark never
  swallows the rest of an article.
- A straight `"` right after a digit with nothing open is an inch mark, not a quotation.
- What the marks hold is a quotation only if it has a letter or a digit: a run of marks and
  punctuation (a row of straight marks, `“…”`) quotes nobody.
- Single quotation marks make a quotation only at the top level, around a short run of words
  within one sentence, opening before a word and closing after one; apostrophes (`one's`,
  `Koreans'`) are never opening marks because they follow a letter, and `'90s` is a year.

Everything is one linear pass per paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import regex

from .document import Document

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
STRAIGHT = '"'
# What may stand right before an opening mark: start, space, bracket, dash or another mark.
_OPENER_BEFORE = " \t\n([{—–-/“‘'\"\u00a0"
UNCLOSED = "unclosed quotation mark"
STRAY_CLOSE = "closing quotation mark without an opening one"
MAX_SINGLE_QUOTE = 120  # characters: a single-quoted run longer than this is not a quotation
_WORDLIKE = regex.compile(r"[\p{L}\p{N}]")
_SINGLE = regex.compile(r"(?<=^|[\s(\[—–\-/])['‘](?=[\p{L}\p{N}])(?!\d\ds\b)")


@dataclass(frozen=True)
class QuoteSpan:
    """One quotation in one paragraph: the words `[start, end)` inside marks at `open_at`/`close_at`."""

    start: int
    end: int
    open_at: int
    close_at: Optional[int]  # None when the quotation runs to the end of the paragraph
    paragraph: int
    continues: bool = False  # this paragraph carries on a quotation opened in an earlier one
    runs_on: bool = False  # the quotation carries on in the next paragraph
    note: Optional[str] = None


def _direction(text: str, i: int, start: int, end: int) -> str:
    """'open' or 'close' for a straight double mark at `i`, read from its neighbours."""
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    if before in _OPENER_BEFORE and not after.isspace():
        return "open"
    if after.isspace() or after in ".,;:!?)]}—–-'’" or i + 1 >= end:
        return "close"
    return "either"


def scan_paragraph(text: str, start: int, end: int) -> tuple[list[tuple[int, Optional[int]]], list[str]]:
    """Outermost double-mark pairs in `text[start:end]` as (open, close) positions.

    A pair with close None is an unclosed quotation (it runs to `end`). Also returns notes about
    marks that were set aside.
    """
    pairs: list[tuple[int, Optional[int]]] = []
    notes: list[str] = []
    depth = 0
    outer = -1
    for i in range(start, end):
        ch = text[i]
        if ch in DOUBLE_OPEN:
            kind = "open"
        elif ch in DOUBLE_CLOSE:
            kind = "close"
        elif ch == STRAIGHT:
            if depth == 0 and i > start and text[i - 1].isdigit():
                continue  # 6'2" or a 12" screen: an inch mark
            kind = _direction(text, i, start, end)
            if kind == "either":
                kind = "close" if depth else "open"
            elif kind == "open" and depth and not _could_nest(text, i, end):
                kind = "close"
        else:
            continue
        if kind == "open":
            if depth == 0:
                outer = i
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                pairs.append((outer, i))
        else:
            notes.append(STRAY_CLOSE)
    if depth:
        pairs.append((outer, None))
    return pairs, notes


def _could_nest(text: str, i: int, end: int) -> bool:
    # A straight mark that looks like an opening one inside an open quotation nests only if
    # another straight mark follows in the paragraph to close it.
    return text.find(STRAIGHT, i + 1, end) != -1


def _inner(text: str, left: int, right: int) -> tuple[int, int]:
    while left < right and text[left].isspace():
        left += 1
    while right > left and text[right - 1].isspace():
        right -= 1
    return left, right


def _single_quotes(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Top-level single-quoted runs in `text[start:end]` outside the `taken` ranges."""
    out = []
    for match in _SINGLE.finditer(text, start, end):
        i = match.start()
        if any(a <= i < b for a, b in taken) or (out and i < out[-1][1]):
            continue
        limit = min(end, i + MAX_SINGLE_QUOTE)
        j = i + 1
        found = None
        while j < limit:
            ch = text[j]
            if ch in ".!?" and j + 1 < limit and text[j + 1] == " " and text[j - 1].islower():
                break  # the sentence ended with nothing closed
            if ch in "’'" and (j + 1 >= end or not text[j + 1].isalnum()) and not text[j - 1].isspace():
                found = j  # an opening mark before a word was met first, so this one closes it
                break
            j += 1
        if found is not None and found - i > 1:
            out.append((i, found))
    return out


def find(doc: Document) -> list[QuoteSpan]:
    """Every quotation in the article's content paragraphs, in text order."""
    text = doc.text
    spans: list[QuoteSpan] = []
    carrying = False  # the previous paragraph ended inside a quotation
    for index, para in doc.content_paragraphs():
        pairs, notes = scan_paragraph(text, para.start, para.end)
        opens_with_mark = text[para.start] in DOUBLE_OPEN + STRAIGHT
        continues = carrying and opens_with_mark
        carrying = False
        taken = []
        for k, (left, right) in enumerate(pairs):
            last = k == len(pairs) - 1
            note = notes[0] if notes and k == 0 else None
            runs_on = False
            if right is None:
                runs_on = _next_opens_quote(doc, index)
                if not runs_on:
                    note = UNCLOSED
                carrying = runs_on
            close = para.end if right is None else right
            lo, hi = _inner(text, left + 1, close)
            taken.append((left, close + 1))
            if hi > lo and _WORDLIKE.search(text, lo, hi):
                spans.append(QuoteSpan(lo, hi, left, right, index, continues and k == 0, runs_on and last, note))
        for left, right in _single_quotes(text, para.start, para.end, taken):
            lo, hi = _inner(text, left + 1, right)
            if hi > lo and _WORDLIKE.search(text, lo, hi):
                spans.append(QuoteSpan(lo, hi, left, right, index))
        spans.sort(key=lambda q: q.start)
    return spans


def _next_opens_quote(doc: Document, index: int) -> bool:
    if index + 1 >= len(doc.paragraphs):
        return False
    nxt = doc.paragraphs[index + 1]
    return doc.text[nxt.start] in DOUBLE_OPEN + STRAIGHT
