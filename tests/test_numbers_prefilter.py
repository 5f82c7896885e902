"""The number reader's shortcuts change nothing: a sentence `may_hold` rejects has no reading, and
a token outside the reader's start set starts no amount.

Sentences are written for the test; none is taken from an evaluation corpus.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdiff.extract.numbers import read as number_read
from newsdiff.extract.numbers.extractor import find
from newsdiff.extract.numbers.tokens import tokenize

# (sentence, may hold a number): the negatives are prose with no number in it at all.
CASES = [
    ("The mayor thanked the firefighters for their courage.", False),
    ("Someone, anyone, no matter: the council will decide.", False),  # "one" inside longer words
    ("Officials spoke of a lot of damage and a large crowd.", False),  # "a" alone is no number
    ("Residents were told to stay indoors overnight.", False),
    ("About 600 people left.", True),
    ("Three men were held.", True),
    ("THREE MEN WERE HELD.", True),
    ("A few residents stayed.", True),
    ("A dozen boats sank.", True),
    ("Hundreds marched.", True),
    ("It rose by ½ a point.", True),
    ("Half the town was flooded.", True),
    ("The vote was won by two-thirds.", True),
    ("A couple of boats were lost.", True),
    ("FİVE BOATS SANK.", True),  # a case-insensitive match takes the dotted capital I for "i"
    ("ſix boats sank.", True),  # and the long s for "s"
    ("The ſun rose over the İsland.", False),
]


@pytest.mark.parametrize("sentence, expected", CASES)
def test_may_hold_finds_digits_and_number_words_only(sentence, expected):
    assert number_read.may_hold(sentence) is expected


@pytest.mark.parametrize("sentence, _", [c for c in CASES if not c[1]])
def test_a_sentence_may_hold_rejects_has_no_reading(sentence, _):
    assert find(sentence) == []


def test_may_hold_reads_the_window_as_the_tokenizer_does():
    # A window that opens inside a word: the tokenizer sees "one" from the window's start, so the
    # test must too (a letter before the window does not count).
    text = "Someone left."
    assert number_read.may_hold(text, 4, len(text))
    assert not number_read.may_hold(text, 0, len(text))


def test_may_hold_folds_letters_as_a_case_insensitive_regex_does():
    # may_hold lower-cases letter runs instead of matching the number words case-insensitively:
    # every letter of Unicode must then stand for the same ASCII letter (or none) either way.
    import regex

    ascii_letter = regex.compile(r"[a-z]", regex.IGNORECASE)
    for cp in range(0x110000):
        c = chr(cp)
        if 0xD800 <= cp <= 0xDFFF or not c.isalpha():
            continue
        folded = c.translate(number_read._FOLD_TO_ASCII).lower()
        if ascii_letter.fullmatch(c):
            assert len(folded) == 1 and regex.fullmatch(folded, c, regex.IGNORECASE), hex(cp)
        else:
            assert not (folded.isascii() and folded.isalpha()), hex(cp)


# News-like pieces for the properties below: numbers, number words, near misses and plain words.
PIECES = st.sampled_from([
    " ", ",", ".", "-", "'", "’", "$", "£", "%", "½", "a", "an", "A", "the", "of", "and", "to",
    "one", "One", "ONE", "someone", "two", "thirds", "twenty", "five", "hundred", "hundreds",
    "thousand", "million", "bn", "m", "k", "dozen", "score", "few", "couple", "handful", "several",
    "half", "quarter", "minus", "negative", "per", "cent", "percent", "points", "dollars", "USD",
    "600", "2,000", "1.5", "3", "1/2", "12:30", "x", "10", "^", "people", "years", "old", "more",
    "than", "about", "nearly", "between", "in", "every", "out", "over", "mayor", "said",
])
SENTENCES = st.lists(PIECES, max_size=25).map(" ".join) | st.lists(PIECES, max_size=25).map("".join)


@given(SENTENCES)
def test_no_reading_in_a_sentence_may_hold_rejects(sentence):
    if not number_read.may_hold(sentence):
        assert find(sentence) == []


@given(SENTENCES)
def test_no_amount_starts_at_a_token_outside_the_start_set(sentence):
    tokens = tokenize(sentence)
    for k, tok in enumerate(tokens):
        if not (tok.kind == "num" or tok.low in number_read._STARTS):
            assert number_read.read_amount(tokens, k) is None
