"""Tokens for the number reader, and longest-match lookup of word-list phrases over them.

A sentence becomes a list of `Token`s (digit runs, words, single symbols) that keep their exact
offsets, so every reading maps back to the source text. Phrases from `numwords` ("more than",
"per cent", "Hong Kong dollars") are tokenised the same way and matched token by token, longest
first; nothing here backtracks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import regex

# Digits: thousands separated by commas or by a non-breaking or thin space (a normal space is
# joined later, by the parser, where context allows), an optional decimal part and an optional
# exponent ("12.32e+14"). Words keep inner apostrophes ("one's"). Anything else is one symbol.
_TOKEN = regex.compile(
    r"""(?P<num>(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?![\d,])|\d+)(?:\.\d+)?
            (?:[eE][+\-−]?\d{1,3}(?![\p{L}\d]))?|\.\d+)
       |(?P<word>\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)*)
       |(?P<sym>\S)""",
    regex.VERBOSE,
)


@dataclass(frozen=True)
class Token:
    """One digit run, word or symbol with its offsets into the source text."""

    kind: str  # "num", "word" or "sym"
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        """The text lower-cased, with curly apostrophes straightened."""
        return self.text.lower().replace("’", "'")


def tokenize(text: str, start: int = 0, end: Optional[int] = None) -> list[Token]:
    """Tokens of `text[start:end]`, offsets into `text`."""
    stop = len(text) if end is None else end
    return [
        Token(m.lastgroup or "sym", m.group(), m.start(), m.end())
        for m in _TOKEN.finditer(text, start, stop, timeout=5)
    ]


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
        self._longest = 1
        for phrase, value in phrases.items():
            key = tuple(t.low for t in tokenize(phrase))
            if key:
                self._table[key] = value
                self._longest = max(self._longest, len(key))

    def after(self, tokens: list[Token], i: int) -> Optional[tuple[int, object]]:
        """Longest phrase starting at token `i`: (index after it, value), or None."""
        for size in range(min(self._longest, len(tokens) - i), 0, -1):
            key = tuple(t.low for t in tokens[i : i + size])
            if key in self._table:
                return i + size, self._table[key]
        return None

    def before(self, tokens: list[Token], i: int) -> Optional[tuple[int, object]]:
        """Longest phrase ending just before token `i`: (index of its first token, value), or None."""
        for size in range(min(self._longest, i), 0, -1):
            key = tuple(t.low for t in tokens[i - size : i])
            if key in self._table:
                return i - size, self._table[key]
        return None
