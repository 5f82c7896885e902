"""A sentence with no word counts nothing: list numbering, page numbers and date lines give no
number facts, while the same digits inside a sentence with words still do.

Sentences are written for the test; none is taken from an evaluation corpus.
"""

import pytest

from newsdiff.model import Source
from newsdiff.options import Options
from newsdiff.pipeline import extract_source


def _numbers(text):
    facts = extract_source(Source(id="x", path="x.txt", text=text), Options()).facts
    return [f.text for f in facts if f.kind == "number"]


# (text, the number facts expected); an empty list is a negative.
CASES = [
    ("1. The council met.\n2. The mayor spoke.\n3. Nobody voted.", []),
    ("1. 2. 3.\n1. 2. 3.", []),
    ("Page 4\n\n12", []),  # "Page 4" has a word, but a page label is rejected by the reader anyway
    ("05/02/2013\nThe council met.", []),
    ("(3)\nThe mayor resigned.", []),
    ("The council counted 600 votes.", ["600"]),
    ("1. The council counted 600 votes.", ["600"]),
    ("Three people were hurt. 12.", ["Three"]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_numbers_only_come_from_sentences_with_words(text, expected):
    assert _numbers(text) == expected
