"""Normalising words for comparison: the one case-and-diacritic fold, the comparison's words (the
word view of the one tokeniser, `newsdiff.text.tokens.WORD`, read on folded text), and the key
people's names are matched by.

Every comparison of wordings (claims, copies, stories, people) goes through `fold`, so "Müller",
"MULLER" and "muller" are one word everywhere, and typographic apostrophes and dashes never make
two spellings differ.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Optional

import regex

from newsdiff.text.tokens import WORD

# Typographic apostrophes and dashes written the plain way.
_PLAIN_PUNCTUATION = str.maketrans({"’": "'", "‘": "'", "‐": "-", "‑": "-", "–": "-", "—": "-"})
# What a name key leaves out: "Koo Byoung-sam", "Koo Byoung Sam" and "Koo Byoungsam" are one key.
_NAME_SEPARATORS = regex.compile(r"[\s\-.']+")


def fold(text: str) -> str:
    """Case-fold, strip diacritics and unify apostrophes, quotes and dashes."""
    if text.isascii():
        # The common case, and the same answer: ASCII has no diacritics, and its case fold is lower().
        return text.lower()
    return _fold_unicode(text)


# The comparison folds the same names and wordings again and again (every pair a fact is in):
# bounded caches make each distinct string cost one fold and one word split.
@lru_cache(maxsize=1 << 15)
def _fold_unicode(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    plain = decomposed.translate(_WITHOUT_COMBINING)  # one C pass, not a Python step per character
    return plain.casefold().translate(_PLAIN_PUNCTUATION)


class _CombiningMarks(dict):
    """For `str.translate`: a combining mark (`unicodedata.combining` not 0) maps to None (left
    out), any other character to itself. Filled as characters are met: a table of all of Unicode
    would cost start-up time every command pays."""

    def __missing__(self, code: int) -> Optional[int]:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_WITHOUT_COMBINING = _CombiningMarks()


def words(text: Optional[str]) -> list[str]:
    """The words of `text`, folded ("Koreans'" -> "koreans'")."""
    if not text:
        return []
    if len(text) > _CACHED_LENGTH:
        return WORD.findall(fold(text))
    return list(_words(text))


_CACHED_LENGTH = 2000  # longer texts are split every time: the cache stays small in memory


@lru_cache(maxsize=1 << 15)
def _words(text: str) -> tuple[str, ...]:
    return tuple(WORD.findall(fold(text)))


def name_key(name: str) -> str:
    """A name folded with spaces, hyphens, dots and apostrophes dropped: "Koo Byoung-sam" ->
    "koobyoungsam"."""
    return _name_key(name)


@lru_cache(maxsize=1 << 15)
def _name_key(name: str) -> str:
    return _NAME_SEPARATORS.sub("", fold(name))
