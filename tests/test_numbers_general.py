"""Numbers in headlines and capitals, "one" as a count, fractions in words and signs, ranges.

Every sentence here is written for the test; none is taken from an evaluation corpus.
"""

from __future__ import annotations

import pytest

from newsdiff.extract.numbers.extractor import find


def readings(text: str) -> list[tuple[str, float | None, float | None, float | None]]:
    return [(text[r.start_char:r.end_char], r.value, r.low, r.high) for r, _, _ in find(text)]


# (text, [(surface, value, low, high)]); an empty list is a negative.
CASES = [
    # Counts in title-case and all-capital headlines.
    ("Tanker Fire Shuts Highway, Injuring Four", [("Four", 4, 4, 4)]),
    ("5 Hurt As Scaffolding Collapses", [("5", 5, 5, 5)]),
    ("AT LEAST 12 MISSING AFTER FERRY SINKS", [("AT LEAST 12", 12, 12, None)]),
    ("SIX ARRESTED, TWO CHARGED IN RAID", [("SIX", 6, 6, 6), ("TWO", 2, 2, 2)]),
    # "one" as the count of one of a set, told in the past.
    ("Two men were pulled from the river; one was pronounced dead.", [("Two", 2, 2, 2), ("one", 1, 1, 1)]),
    ("One has been charged with arson.", [("One", 1, 1, 1)]),
    ("One had died before help arrived.", [("One", 1, 1, 1)]),
    # "one" opening a relative clause after a preposition is a count; "which one" asking is not.
    ("Two fires broke out on the pier, in which one welder died.", [("Two", 2, 2, 2), ("one", 1, 1, 1)]),
    ("The van tipped into a ditch, from which one rider was pulled alive.", [("one", 1, 1, 1)]),
    ("Which one of the boats sank first?", []),
    ("Nobody knew which one was hers.", []),
    # ... nor the generic pronoun of a relative clause, before a verb in the present or a word
    # that is no noun.
    ("It is the yardstick by which one judges a council.", []),
    ("There is no clear point at which one becomes liable for it.", []),
    ("The firm tested the ways in which one might cut costs.", []),
    ("It was the night in which one rider was hurt and one was held.", [("one", 1, 1, 1), ("one", 1, 1, 1)]),
    # The generic pronoun is no count.
    ("One is tempted to call it a draw.", []),
    ("One has to ask who pays for it.", []),
    ("No one was hurt.", []),
    ("One was never sure what the mayor meant.", []),
    # Fractions and mixed numbers.
    ("They walked 3 ½ miles.", [("3 ½ miles", 3.5, 3.5, 3.5)]),
    ("a quarter of a million visitors", [("a quarter of a million", 250000, 250000, 250000)]),
    ("half of a million dollars", [("half of a million dollars", 500000, 500000, 500000)]),
    ("a quarter of the voters", [("a quarter", 0.25, 0.25, 0.25)]),
    # Negatives and ranges.
    ("Overnight it fell to minus 14 degrees.", [("minus 14 degrees", -14, -14, -14)]),
    ("between 40 and 45 firefighters", [("between 40 and 45", None, 40, 45)]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_readings(text, expected):
    got = readings(text)
    assert len(got) == len(expected)
    for (surface, value, low, high), want in zip(got, expected, strict=True):
        assert surface == want[0]
        assert (value, low, high) == pytest.approx(want[1:]) if None not in want[1:] else (value, low, high) == want[1:]
