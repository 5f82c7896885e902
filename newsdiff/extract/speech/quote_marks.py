"""Finding quotations by their marks, paragraph by paragraph.

A quotation is what lies between an opening and a closing double quotation mark: straight
(`"`), curly (`“ ”`, `„`), guillemets (`« »`) or the Penn Treebank convention of wire archives
and research corpora, two backticks to open and two apostrophes to close (``` ``like this,'' ```).
A two-character mark is one mark: `open_at` is its first character and `close_at` the last
character of the closing mark, so the text before `open_at` and after `close_at` is free of it. Marks nest (`"… 'North Korean defectors' …"`, or doubles inside doubles in careless
copy), and only the outermost pair makes a quotation. Rules news writing follows and that the
scanner relies on:

- A quotation never crosses a paragraph, except that a paragraph that opens a quotation and
  does not close it continues into the next paragraph when that one opens with a mark too.
- An unclosed mark otherwise ends at its paragraph, with a note, so a stray mark never
  swallows the rest of an article.
- A quotation opened in one paragraph and not closed also continues into the next paragraph
  (and through at most MAX_CARRY paragraphs with no marks at all) when the first mark there
  closes a quotation: text whose paragraphs are single sentences (rebuilt from tokens, or
  wrapped) splits one quotation over lines without reopening it (`"I am thrilled.` /
  `It is an honour," she said.`).
- A straight `"` right after a digit with nothing open is an inch mark, not a quotation.
- A straight `"` with spaces on both sides reads as closing when a quotation is open and as
  opening otherwise; one that looks like an opening mark (a word follows) right after `,` `.`
  `!` `?` and a space, while a straight-mark quotation is open, closes it (`"…now, "Heller
  argued`, spacing of text rebuilt from tokens). An opening curly mark right before `,` `.`
  `;` `:` `!` `?` or ending its paragraph while a quotation is open closes it (`… orchestra“,
  the comedian said`).
- What the marks hold is a quotation only if it has a letter or a digit: a run of marks and
  punctuation (a row of straight marks, `“…”`) quotes nobody.
- Single quotation marks make a quotation only at the top level, around a short run of words
  within one sentence, opening before a word and closing after one; apostrophes (`one's`,
  `Koreans'`) are never opening marks because they follow a letter, and `'90s` is a year.
- Marks inside a markup tag left in the text (`<tweet author="x" id="76">`) delimit its
  attribute values, not anyone's words: tags are read as blank.

Everything is one linear pass per paragraph.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Optional

import regex

from newsdiff.text.document import Document

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
STRAIGHT = '"'
PTB_OPEN = "``"  # Penn Treebank and wire-archive opening mark
PTB_CLOSE = "''"  # its closing mark (also typed for a straight double mark on old keyboards)
# What may stand right before an opening mark: start, space, bracket, dash or another mark.
_OPENER_BEFORE = " \t\n([{—–-/“‘'\"\u00a0"
MAX_CARRY = 2  # paragraphs with no marks that a quotation still open may run through
_CLOSE_PUNCT = ",.!?"  # clause punctuation before a space and a straight mark that closes
_AFTER_CLOSING = ",.;:!?"  # an opening-shaped curly mark right before one of these closes
UNCLOSED = "unclosed quotation mark"
STRAY_CLOSE = "closing quotation mark without an opening one"
MAX_SINGLE_QUOTE = 120  # characters: a single-quoted run longer than this is not a quotation
_WORDLIKE = regex.compile(r"[\p{L}\p{N}]")
# A markup tag left in article text (embedded posts, stray HTML): a name right after `<`, and
# no `<` or `>` before its end, within a bounded length so a lone `<` costs little.
_TAG = regex.compile(r"</?[A-Za-z][\w:-]{0,30}(?:[\s/][^<>\n]{0,1000})?>")
_SINGLE = regex.compile(r"(?<=^|[\s(\[—–\-/])['‘`](?=[\p{L}\p{N}])(?!\d\ds\b)")


def opens_with_mark(text: str, i: int) -> bool:
    """True when a double opening mark (of any convention) starts at `i`."""
    return i < len(text) and text[i] in DOUBLE_OPEN + STRAIGHT or text.startswith(PTB_OPEN, i)


def _closing_width(text: str, close_at: int) -> int:
    """How many characters the closing mark ending at `close_at` has (2 for `''`)."""
    return 2 if close_at >= 1 and text[close_at - 1:close_at + 1] == PTB_CLOSE else 1


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
    if before.isspace() and after.isspace() and i > start and i + 1 < end:
        return "either"  # ' " ' in text rebuilt from tokens: the open quotation decides
    if before in _OPENER_BEFORE and not after.isspace():
        return "open"
    if after.isspace() or after in ".,;:!?)]}—–-'’" or i + 1 >= end:
        return "close"
    return "either"


def _after_punct(text: str, i: int, start: int) -> bool:
    """True when the mark at `i` follows one of `,.!?` and a space: `now, "Heller argued`."""
    return i - 2 >= start and text[i - 1] == " " and text[i - 2] in _CLOSE_PUNCT


def _closers(text: str, start: int, end: int) -> list[int]:
    """Positions of the straight marks in `text[start:end]` that may close a quotation."""
    out = []
    i = text.find(STRAIGHT, start, end)
    while i != -1:
        if _direction(text, i, start, end) != "open":
            out.append(i)
        i = text.find(STRAIGHT, i + 1, end)
    return out


def _mark_kind(text: str, i: int, start: int, end: int, depth: int, closers: list[int]) -> Optional[str]:  # noqa: PLR0911 - one return per kind of mark, in order of precedence
    """'open' or 'close' for the double mark at `i` with `depth` quotations open, or None for a
    character that is no quotation mark here (an inch mark, or no mark at all). `closers` are
    the paragraph's straight marks that may close (see `_closers`)."""
    ch = text[i]
    if ch == "`":
        # The first of two backticks opens; the second, or a lone backtick, is no double mark.
        return "open" if text.startswith(PTB_OPEN, i) and (i == start or text[i - 1] != "`") else None
    if ch == "'":
        if not text.startswith(PTB_CLOSE, i) or i > start and text[i - 1] == "'":
            return None  # an apostrophe or a single mark (read apart), or the second of a pair
        if depth:
            return "close"
        if i > start and text[i - 1].isdigit():
            return None  # 12'' : inches
        before = text[i - 1] if i > start else " "
        after = text[i + 2] if i + 2 < end else " "
        # With nothing open, two apostrophes open only where an opening mark stands (a word
        # follows); otherwise they are a stray closing mark.
        return "open" if before in _OPENER_BEFORE and not after.isspace() else "close"
    if ch in DOUBLE_OPEN:
        if depth and (i + 1 < end and text[i + 1] in _AFTER_CLOSING or not text[i + 1:end].strip()):
            # "… orchestra“, the comedian said", "… in the future.“" ending its paragraph: an
            # opening mark used to close.
            return "close"
        return "open"
    if ch in DOUBLE_CLOSE:
        return "close"
    if ch != STRAIGHT:
        return None
    if depth == 0 and i > start and text[i - 1].isdigit():
        return None  # 6'2" or a 12" screen: an inch mark
    kind = _direction(text, i, start, end)
    if kind == "either":
        return "close" if depth else "open"
    if kind == "open" and depth:
        # A mark that looks like an opening one inside an open quotation nests only if marks
        # that may close follow in the paragraph: enough of them to close it and the quotation
        # around it when it follows a clause's punctuation (`"… now, "Heller argued …."` has
        # one, so the second mark closes), at least one otherwise.
        following = len(closers) - bisect_right(closers, i)
        if following == 0 or following < depth + 1 and _after_punct(text, i, start):
            return "close"
    return kind


# Every character `_mark_kind` can take for a mark (for any other it returns None): the scans
# visit only these, not every character of the paragraph.
_MARK_CHARS = regex.compile("[" + regex.escape("`'" + DOUBLE_OPEN + DOUBLE_CLOSE + STRAIGHT) + "]")


def first_mark(text: str, start: int, end: int) -> tuple[Optional[int], bool]:
    """The first double mark of the paragraph `text[start:end]` and whether it closes a
    quotation left open before it (read as if one were open); (None, False) with no mark."""
    closers = _closers(text, start, end)
    for m in _MARK_CHARS.finditer(text, start, end):
        i = m.start()
        kind = _mark_kind(text, i, start, end, 1, closers)
        if kind is not None:
            return i, kind == "close"
    return None, False


def scan_paragraph(text: str, start: int, end: int, carried: bool = False
                   ) -> tuple[list[tuple[int, Optional[int]]], list[str]]:
    """Outermost double-mark pairs in `text[start:end]` as (open, close) positions.

    A pair with close None is an unclosed quotation (it runs to `end`). With `carried` the
    paragraph opens inside a quotation left open before it: its first pair opens at `start`,
    where there is no mark. Also returns notes about marks that were set aside.
    """
    pairs: list[tuple[int, Optional[int]]] = []
    notes: list[str] = []
    depth = 1 if carried else 0
    outer = start if carried else -1
    closers = _closers(text, start, end)
    for m in _MARK_CHARS.finditer(text, start, end):
        i = m.start()
        kind = _mark_kind(text, i, start, end, depth, closers)
        if kind is None:
            continue
        if kind == "open":
            if depth == 0:
                outer = i
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                pairs.append((outer, i + 1 if text.startswith(PTB_CLOSE, i) else i))
        else:
            notes.append(STRAY_CLOSE)
    if depth:
        pairs.append((outer, None))
    return pairs, notes


def _inner(text: str, left: int, right: int) -> tuple[int, int]:
    while left < right and text[left].isspace():
        left += 1
    while right > left and text[right - 1].isspace():
        right -= 1
    return left, right


def _single_quotes(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Top-level single-quoted runs in `text[start:end]` outside the `taken` ranges."""
    out: list[tuple[int, int]] = []
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


def without_markup(text: str) -> str:
    """`text` with every markup tag blanked to spaces of the same length, so positions hold and
    the marks that delimit a tag's attribute values are never read as quotation marks."""
    if "<" not in text:
        return text
    parts = []
    last = 0
    for match in _TAG.finditer(text):
        parts.append(text[last:match.start()])
        parts.append(" " * (match.end() - match.start()))
        last = match.end()
    parts.append(text[last:])
    return "".join(parts)


def find(doc: Document) -> list[QuoteSpan]:
    """Every quotation in the article's content paragraphs, in text order."""
    text = without_markup(doc.text)
    spans: list[QuoteSpan] = []
    carrying = False  # the previous paragraph ended inside a quotation
    for index, para in doc.content_paragraphs():
        carried = carrying and not opens_with_mark(text, para.start)
        pairs, notes = scan_paragraph(text, para.start, para.end, carried)
        continues = carrying
        carrying = False
        taken = []
        for k, (left, right) in enumerate(pairs):
            last = k == len(pairs) - 1
            note = notes[0] if notes and k == 0 else None
            runs_on = False
            if right is None:
                runs_on = _next_continues(doc, index, text)
                if not runs_on:
                    note = UNCLOSED
                carrying = runs_on
            close = para.end if right is None else right
            opening = 0 if carried and k == 0 else (2 if text.startswith((PTB_OPEN, PTB_CLOSE), left) else 1)
            lo, hi = _inner(text, left + opening, close if right is None else close + 1 - _closing_width(text, close))
            taken.append((left, close + 1))
            if hi > lo and _WORDLIKE.search(text, lo, hi):
                spans.append(QuoteSpan(lo, hi, left, right, index, continues and k == 0, runs_on and last, note))
        for left, right in _single_quotes(text, para.start, para.end, taken):
            lo, hi = _inner(text, left + 1, right)
            if hi > lo and _WORDLIKE.search(text, lo, hi):
                spans.append(QuoteSpan(lo, hi, left, right, index))
        spans.sort(key=lambda q: q.start)
    return spans


def _next_continues(doc: Document, index: int, text: str) -> bool:
    """True when a quotation left open at the end of paragraph `index` goes on in the next one:
    that paragraph opens with a mark (the news convention), or the first mark met in the next
    MAX_CARRY + 1 paragraphs closes a quotation and has words after it in its paragraph.
    `text` is the article's text with its markup blanked (`without_markup`)."""
    for k in range(index + 1, min(len(doc.paragraphs), index + 2 + MAX_CARRY)):
        nxt = doc.paragraphs[k]
        if nxt.end <= nxt.start:
            return False
        if k == index + 1 and opens_with_mark(text, nxt.start):
            return True
        at, closes = first_mark(text, nxt.start, nxt.end)
        if at is not None:
            # The attribution follows the mark (`charm," she said.`): a name alone on the line
            # after a quotation (`Jane Doe, Ohio."`) signs it and is no part of it.
            return closes and _WORDLIKE.search(text, at + 1, nxt.end) is not None
    return False
