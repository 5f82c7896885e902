"""Tokens for the number reader, and longest-match lookup of word-list phrases over them.

A sentence becomes a list of `Token`s (digit runs, words, single symbols) that keep their exact
offsets, so every reading maps back to the source text; they are the split view of the one
tokeniser, `newsdiff.text.tokens` (a word cut at its hyphens, digits and dots). Phrases from `numwords` ("more than",
"per cent", "Hong Kong dollars") are tokenised the same way and matched token by token, longest
first; nothing here backtracks.
"""

from __future__ import annotations

from typing import Any, Optional

from newsdiff.text import tokens as base_tokens


class Token:
    """One digit run, word or symbol with its offsets into the source text.

    `low` is the text lower-cased, with curly apostrophes straightened; it is computed once here
    because every rule compares it, many times per number.
    """

    __slots__ = ("kind", "text", "start", "end", "low")

    def __init__(self, kind: str, text: str, start: int, end: int, low: Optional[str] = None):
        self.kind = kind  # "num", "word" or "sym"
        self.text = text
        self.start = start
        self.end = end
        self.low = text.lower().replace("’", "'") if low is None else low

    def __repr__(self) -> str:
        return f"Token({self.kind!r}, {self.text!r}, {self.start!r}, {self.end!r})"


class Tokens(list):
    """A sentence's tokens, with what the rules would otherwise rescan for every number.

    `text` is the source text the offsets index.
    """

    def __init__(self, tokens, text: str = ""):
        super().__init__(tokens)
        self.text = text
        self._where: dict[str, list[int]] = {}

    def run_around(self, k: int, reach: int) -> tuple[int, int]:
        """The first and last index of the run of tokens touching token `k` with no space between
        (joined), at most `reach` tokens either side of `k`. Walked for the token asked about
        (few are), rather than worked out for every token of every sentence."""
        a = k
        while a > k - reach and a > 0 and self[a - 1].end == self[a].start:
            a -= 1
        b = k
        while b < k + reach and b + 1 < len(self) and self[b].end == self[b + 1].start:
            b += 1
        return a, b

    def where(self, low: str) -> list[int]:
        """Indexes of the tokens whose `low` is `low`, in order (computed once per word)."""
        found = self._where.get(low)
        if found is None:
            found = self._where[low] = [k for k, t in enumerate(self) if t.low == low]
        return found


def tokenize(text: str, start: int = 0, end: Optional[int] = None) -> Tokens:
    """Tokens of `text[start:end]`, offsets into `text`: the numbers' view of the one tokeniser
    (`newsdiff.text.tokens.split`: "3-year-old" is 3 - year - old, "U.S." is U . S .)."""
    found = base_tokens.split(text, start, end)
    if not found:
        return Tokens([], text)
    lo = found[0][1]
    window = text[lo:found[-1][2]]
    low = window.lower().replace("’", "'")
    if len(low) != len(window) or "\u03a3" in window:
        # A letter that lowers to two ("İ") or by its neighbours (capital sigma, final or not):
        # each token lowered on its own, as its `low` is defined.
        return Tokens([Token(kind, text[a:b], a, b) for kind, a, b in found], text)
    # Lowered once for the whole sentence (the same letters as token by token: every other letter
    # lowers alone, to one letter), each token's `low` a slice of it.
    return Tokens([Token(kind, text[a:b], a, b, low[a - lo:b - lo]) for kind, a, b in found], text)


def indexed(tokens: list[Token]) -> Tokens:
    """`tokens` as `Tokens`: unchanged when it already is, else indexed (text rebuilt from offsets)."""
    if isinstance(tokens, Tokens):
        return tokens
    text = [" "] * (tokens[-1].end if tokens else 0)
    for t in tokens:
        text[t.start : t.end] = t.text
    return Tokens(tokens, "".join(text))


def joined(tokens: list[Token], i: int) -> bool:
    """True when token `i` touches the token before it (no space between)."""
    return 0 < i < len(tokens) and tokens[i - 1].end == tokens[i].start


class PhraseTable:
    """Phrases mapped to values, matched longest first after or before a token position.

    Matching compares lower-cased token texts; a phrase matches across any spacing between its
    tokens, so "per cent" and "per  cent" are the same phrase.
    """

    def __init__(self, phrases: dict):
        self._table: dict[tuple[str, ...], object] = {}
        # Phrase lengths by first and by last word, longest first: a lookup tries only the sizes
        # of phrases that can start (or end) at the token, usually none.
        self._by_first: dict[str, list[int]] = {}
        self._by_last: dict[str, list[int]] = {}
        for phrase, value in phrases.items():
            key = tuple(t.low for t in tokenize(phrase))
            if key:
                self._table[key] = value
                self._by_first.setdefault(key[0], []).append(len(key))
                self._by_last.setdefault(key[-1], []).append(len(key))
        for sizes in (*self._by_first.values(), *self._by_last.values()):
            sizes[:] = sorted(set(sizes), reverse=True)

    def first_words(self) -> frozenset[str]:
        """The lower-cased first token of every phrase: `after` finds nothing at any other token."""
        return frozenset(self._by_first)

    def after(self, tokens: list[Token], i: int) -> Optional[tuple[int, Any]]:
        """Longest phrase starting at token `i`: (index after it, value), or None."""
        if i >= len(tokens):
            return None
        sizes = self._by_first.get(tokens[i].low)
        if sizes is None:
            return None
        room = len(tokens) - i
        for size in sizes:
            if size <= room:
                key = tuple(t.low for t in tokens[i : i + size])
                if key in self._table:
                    return i + size, self._table[key]
        return None

    def before(self, tokens: list[Token], i: int) -> Optional[tuple[int, object]]:
        """Longest phrase ending just before token `i`: (index of its first token, value), or None."""
        if i <= 0:
            return None
        sizes = self._by_last.get(tokens[i - 1].low)
        if sizes is None:
            return None
        for size in sizes:
            if size <= i:
                key = tuple(t.low for t in tokens[i - size : i])
                if key in self._table:
                    return i - size, self._table[key]
        return None
