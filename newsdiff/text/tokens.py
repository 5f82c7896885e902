"""The one tokeniser: tokens with exact offsets and a small kind, and the views rules read.

Every rule that reads words reads them from one scan, `TOKEN` (a match's `lastgroup` is its kind), so "U.S.", "3-year-old" and
"1,000" are cut the same way everywhere; a rule that needs the text cut otherwise reads a view
derived from these tokens, never a tokeniser of its own. The base tokens are:

- ``num``: ASCII digits with thousands groups ("1,000", "1 000" with a non-breaking or thin
  space), a decimal part and an exponent ("12.32e+14"), or a bare decimal (".5");
- ``word``: a letter, then letters, marks and digits, with parts joined by an inner apostrophe
  or hyphen ("Koreans'" is "Koreans" and a mark; "one's", "year-old", "COVID-19"), or capital
  initials with their dots ("U.S.");
- ``sym``: any other single character that is not a space.

The views (each documented where it is defined):

- `article` / `scan`: the base tokens themselves (`newsdiff.text.phrases` builds its noun
  phrases on them);
- `split`: numbers' view, a word cut at its hyphens, apostrophes before a non-letter, digits
  and initials' dots ("3-year-old" -> ``3 - year - old``, "U.S." -> ``U . S .``), so a count and
  its unit are tokens of their own;
- `letter_words`: the lower-cased words of a window, numbers and marks left out (the tense and
  verb finder of `newsdiff.extract.dates.context`);
- `WORD` / `newsdiff.text.normalize.words`: the comparison's view of folded text, a word's
  letters and digits with hyphen or apostrophe joined parts ("3-year-old", "u", "s").

The patterns look neither behind nor more than one character ahead, so reading from any token
boundary gives the tokens of the whole text from there on: an article is scanned once, and a
window is a slice of that scan (only a token its edges cut is read again).
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from itertools import accumulate, chain
from typing import Iterator, Optional

import regex

# The pieces of the grammar, shared by the base scan and the views.
# Digits are ASCII ([0-9], not \d): English news writes them so, and a digit of another script
# that Python's own Unicode tables do not know could not be given a value.
_NUMBER = (
    r"(?:(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,3}(?:[\u00a0\u202f\u2009][0-9]{3})+(?![0-9,])|[0-9]+)(?:\.[0-9]+)?"
    r"(?:[eE][+\-−]?[0-9]{1,3}(?![\p{L}0-9]))?|\.[0-9]+)"
)
_APOSTROPHES = "'’"
_HYPHENS = r"\-‐‑"
_INITIALS = r"(?:\p{Lu}\.){2,}"
_WORD_PART = r"\p{L}[\p{L}\p{M}\p{N}]*"
_JOINED_PART = r"[" + _APOSTROPHES + _HYPHENS + r"][\p{L}\p{M}\p{N}]+"
_WORD = rf"{_INITIALS}|{_WORD_PART}(?:{_JOINED_PART})*"

# The base scan. Initials come before words so "U.S." is one token, numbers before single
# characters so ".5" is one.
TOKEN = regex.compile(rf"(?P<word>{_WORD})|(?P<num>{_NUMBER})|(?P<sym>\S)")
# The base scan with the white space before each token: the same tokens (no token starts with
# white space, so the spaces taken first are the ones the base scan skips). The token is optional
# so that white space at the end of the text is one match (an empty token, skipped), not tried
# again from each of its characters: linear however much of it there is.
_SPACED_TOKEN = regex.compile(rf"(\s*+)(?:({_WORD})|((?:{_NUMBER})|\S))?")
# The same scan with the token's kind left out (one group): what `Article` reads, as only the
# offsets are kept.
_SPACED_ANY = regex.compile(rf"(\s*+)((?:{_WORD})|(?:{_NUMBER})|\S)?")
# Numbers' view read afresh: words are letters and marks only, with inner apostrophes before a
# letter ("one's"); digits, hyphens and dots are tokens of their own.
_SPLIT = regex.compile(rf"(?P<num>{_NUMBER})|(?P<word>\p{{L}}[\p{{L}}\p{{M}}]*(?:[{_APOSTROPHES}]\p{{L}}+)*)|(?P<sym>\S)")
# The comparison's word view, read on folded text: letters and digits, up to nine parts joined by
# an apostrophe or a hyphen (bounded, as comparison reads every wording of every fact). Callers
# give it no regex `timeout`: each part must start after a separator the previous part cannot
# hold, so a match never backtracks (linear), and the timeout's own cost tripled each call
# (~46 against ~14 µs on a 100-character sentence; 7.7% of a warm 1,000-article compare).
WORD = regex.compile(r"[\p{L}\p{N}]+(?:[" + _APOSTROPHES + _HYPHENS + r"][\p{L}\p{N}]+){0,8}")

_DIGITS = frozenset("0123456789")


def scan(text: str, start: int = 0, end: Optional[int] = None) -> Iterator[tuple[int, int]]:
    """The (start, end) of every base token of `text[start:end]`, read afresh (no cache: for
    short texts and the edges of windows)."""
    for m in TOKEN.finditer(text, start, len(text) if end is None else end):
        yield m.span()


class Article:
    """A text's base tokens found once: `starts[k]` and `ends[k]` of the k-th token."""

    __slots__ = ("text", "starts", "ends")

    def __init__(self, text: str):
        # Offsets from the texts of the tokens and of the spaces before each (`_SPACED_ANY`):
        # strings from `findall` cost less than a match object per token. Only white space lies
        # between base tokens (`sym` takes any other character), so the two cover the text, and
        # the running sum of their lengths (in C, not a Python step per token) gives each token's
        # start (after its spaces) and end. Only the match at the end of the text has no token.
        pairs = _SPACED_ANY.findall(text)
        while pairs and not pairs[-1][1]:
            pairs.pop()  # the white space that ends the text
        offsets = list(accumulate(map(len, chain.from_iterable(pairs))))
        starts = offsets[0::2]
        ends = offsets[1::2]
        self.text = text
        self.starts = starts
        self.ends = ends


@lru_cache(maxsize=2)
def article(text: str) -> Article:
    """The base tokens of a whole article, found once (the cache holds the last two texts: the
    extractors read one article after another; `cache_clear` empties it)."""
    return Article(text)


def cache_clear() -> None:
    """Forget the tokens of the last articles."""
    article.cache_clear()


def letter_words(text: str, start: int = 0, end: Optional[int] = None) -> list[tuple[int, int, str]]:
    """The words of `text[start:end]` that start with a letter, as (start, end, lower-cased
    text): the view of a clause's wording that leaves numbers and punctuation out."""
    # The base scan read as (spaces, word, other token) strings, as `Article` reads it.
    out = []
    pos = start
    for gap, word, other in _SPACED_TOKEN.findall(text, start, len(text) if end is None else end):
        if not (word or other):
            break  # the white space that ends the window
        pos += len(gap)
        if word:
            out.append((pos, pos + len(word), word.lower()))
        pos += len(word or other)
    return out


def split(text: str, start: int = 0, end: Optional[int] = None) -> list[tuple[str, int, int]]:
    """Numbers' view of `text[start:end]`: (kind, start, end) of every token, a word cut at its
    hyphens, digits and dots ("3-year-old" -> 3 - year - old, "U.S." -> U . S .).

    Derived from the article's base tokens: a number, a word of letters only and a single mark
    are already tokens of this view; only a word with other characters is read again, from its
    start until a token of the view starts where a base token does. The result is the one a
    fresh reading of the window with the split pattern gives.
    """
    stop = len(text) if end is None else end
    if start < 0 or stop <= start:
        return [(m.lastgroup or "sym", *m.span()) for m in _SPLIT.finditer(text, max(start, 0), stop)]
    art = article(text)
    starts, ends = art.starts, art.ends
    n = len(starts)
    out: list[tuple[str, int, int]] = []
    k = bisect_left(starts, start)
    if k > 0 and ends[k - 1] > start:
        k = _read_again(text, start, stop, k, starts, out)  # the window opens inside a token
    whole = len(text)
    while k < n and starts[k] < stop:
        a, b = starts[k], ends[k]
        if b > stop or (b == stop < whole and not text[stop].isspace()):
            # Cut by the window's end, or ending right at it where a number's look-ahead would
            # have seen past it: the run of touching tokens up to the end is read as the window
            # reads it (a number just before the cut may end otherwise: "7e0" in "7e0U").
            while out and out[-1][2] == a:
                a = out.pop()[1]
            _read_again(text, a, stop, n, starts, out)
            break
        first = text[a]
        if first in _DIGITS or first == ".":
            out.append(("num" if b - a > 1 or first != "." else "sym", a, b))
        elif not first.isalpha():
            out.append(("sym", a, b))
        elif not text[a:b].isalpha():
            k = _read_again(text, a, stop, k + 1, starts, out)
            continue
        else:
            out.append(("word", a, b))
        k += 1
    return out


def _read_again(text: str, pos: int, stop: int, k: int, starts: list[int], out: list[tuple[str, int, int]]) -> int:
    """Read numbers' view from `pos` until one of its tokens starts where base token `k` or a
    later one starts; that token's index (or the count of tokens when none does)."""
    n = len(starts)
    for m in _SPLIT.finditer(text, pos, stop):
        s = m.start()
        while k < n and starts[k] < s:
            k += 1
        if k < n and starts[k] == s:
            return k
        out.append((m.lastgroup or "sym", s, m.end()))
    return n
