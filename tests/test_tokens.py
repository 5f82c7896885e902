"""The one tokeniser (`newsdiff.text.tokens`): its base tokens, and the views derived from them."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from newsdiff.extract.numbers.tokens import tokenize
from newsdiff.text import phrases, tokens
from newsdiff.text.normalize import fold, words

from .conftest import ROOT


def _base(text: str) -> list[tuple[str, str]]:
    return [(m.lastgroup, m.group()) for m in tokens.TOKEN.finditer(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("U.S. troops", [("word", "U.S."), ("word", "troops")]),
        ("a 3-year-old", [("word", "a"), ("num", "3"), ("sym", "-"), ("word", "year-old")]),
        ("1,000 and 1\u00a0000", [("num", "1,000"), ("word", "and"), ("num", "1\u00a0000")]),
        ("Koreans' one's", [("word", "Koreans"), ("sym", "'"), ("word", "one's")]),
        ("COVID-19 at .5%", [("word", "COVID-19"), ("word", "at"), ("num", ".5"), ("sym", "%")]),
        ("12.32e+14 km²", [("num", "12.32e+14"), ("word", "km²")]),
        # Negatives: a lone capital with a dot is no initials, a sentence's full stop no decimal.
        ("J. Smith.", [("word", "J"), ("sym", "."), ("word", "Smith"), ("sym", ".")]),
        ("in 2019. Then", [("word", "in"), ("num", "2019"), ("sym", "."), ("word", "Then")]),
    ],
)
def test_base_tokens_and_their_kinds(text, expected):
    assert _base(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("a 3-year-old", ["a", "3", "-", "year", "-", "old"]),
        ("U.S. troops", ["U", ".", "S", ".", "troops"]),
        ("COVID19 cases", ["COVID", "19", "cases"]),
        ("one's 1,000", ["one's", "1,000"]),
        ("$5.2bn", ["$", "5.2", "bn"]),
        # Negatives: a plain word, a number and a mark are the base tokens unchanged.
        ("nearly 600 people.", ["nearly", "600", "people", "."]),
    ],
)
def test_numbers_view_cuts_words_at_hyphens_digits_and_dots(text, expected):
    assert [t.text for t in tokenize(text)] == expected


# Characters that make the views differ: initials, hyphens, apostrophes, grouped and spaced
# thousands, exponents, decimals without a leading digit, marks, digits of other scripts.
_TRICKY = st.text(alphabet=list("aZU.S-‐'’,e+5 0\u00a0é²x\n"), max_size=40)


@given(_TRICKY, st.integers(0, 40), st.integers(0, 40))
def test_numbers_view_of_a_window_is_a_fresh_reading_of_that_window(text, a, b):
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    tokens.cache_clear()
    fresh = [(m.lastgroup, *m.span()) for m in tokens._SPLIT.finditer(text, start, end)]
    assert tokens.split(text, start, end) == fresh


@given(_TRICKY, st.integers(0, 40), st.integers(0, 40))
def test_phrase_tokens_of_a_window_are_a_fresh_reading_of_that_window(text, a, b):
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    phrases.cache_clear()
    fresh = [(s, e) for s, e in tokens.scan(text, start, end)]
    assert [(t.start, t.end) for t in phrases.tokens(text, start, end)] == fresh


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The U.S. said 3 men were hurt.", ["the", "u.s.", "said", "men", "were", "hurt"]),
        ("a well-known, long-running case", ["a", "well-known", "long-running", "case"]),
        ("12 - 14", []),  # negative: numbers and marks are no words
    ],
)
def test_letter_words_leave_numbers_and_marks_out(text, expected):
    assert [w for _, _, w in tokens.letter_words(text)] == expected


def _joined_base_words(text: str) -> list[str]:
    """The comparison's words derived from the base tokens of the folded text: words and numbers
    (a number cut at its separators), with touching ones and ones joined by one hyphen or
    apostrophe read as one."""
    folded = fold(text)
    out: list[str] = []
    prev_end = -2
    for m in tokens.TOKEN.finditer(folded):
        a, b = m.span()
        if m.lastgroup == "sym":
            continue
        if m.lastgroup == "num" and not m.group().isdigit():
            out.extend(p for p in regex.split(r"[^0-9]+", m.group()) if p)
        elif out and (a == prev_end or (a == prev_end + 1 and folded[prev_end] in "'’-‐‑")):
            out[-1] += folded[prev_end:a] + m.group()
        else:
            out.append(m.group())
        prev_end = b
    return out


@pytest.mark.parametrize("path", sorted((ROOT / "samples").glob("*.txt")), ids=lambda p: p.name)
def test_comparison_words_are_the_base_words_joined(path):
    # The word view is one compiled pattern because comparison reads every wording of every
    # fact with it (about four times faster than joining base tokens); this keeps the two equal.
    text = path.read_text(encoding="utf-8")
    assert words(text) == _joined_base_words(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A 3-year-old U.S. citizen", ["a", "3-year-old", "u", "s", "citizen"]),
        ("Müller’s 1,000 euros", ["muller's", "1", "000", "euros"]),
        ("— ... !", []),  # negative: no word in marks alone
    ],
)
def test_comparison_words(text, expected):
    assert words(text) == expected


@given(_TRICKY)
def test_letter_words_are_the_base_scans_words(text):
    base = [(m.start(), m.end(), m.group().lower()) for m in tokens.TOKEN.finditer(text) if m.lastgroup == "word"]
    assert tokens.letter_words(text) == base
