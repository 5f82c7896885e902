"""A quotation mark ends the clause a date's tense is read from, in every quoting convention.

The reporting verb after a quotation ("…,'' the colonel said") is no tense of a date inside it.
In the sentences below the verb inside the quotation is further from the date than the
reporting verb outside, so only the mark between them keeps the reporting verb out. Apostrophes
(possessives, contractions) are no marks. Every sentence was written for these tests.
"""

import datetime as dt

import pytest

from newsdiff.extract.dates import context as C
from newsdiff.extract.dates import extractor as dates
from newsdiff.extract.dates.timex import FUTURE, PAST

FRIDAY = dt.date(2023, 10, 13)
_INSIDE = "the convoy will head north toward the border at dawn on Thursday"


@pytest.mark.parametrize(
    "sentence",
    [
        f"``The {_INSIDE[4:]},'' Ortiz said.",  # Penn Treebank marks of wire archives
        f"''The {_INSIDE[4:]},'' Ortiz said.",  # the same pair typed as two apostrophes both ways
        f'"The {_INSIDE[4:]}," Ortiz said.',  # straight
        f"“The {_INSIDE[4:]},” Ortiz said.",  # curly
        f"‘The {_INSIDE[4:]},’ Ortiz said.",  # single curly
        f"'The {_INSIDE[4:]},' Ortiz said.",  # single straight
        f"«The {_INSIDE[4:]},» Ortiz said.",  # guillemets
        f"Ortiz said, ``The {_INSIDE[4:]}.''",  # the quotation after its reporting clause
    ],
)
def test_a_closing_mark_keeps_the_reporting_verb_out(sentence):
    start = sentence.index("Thursday")
    assert C.direction(sentence, start, start + len("Thursday")) == FUTURE
    values = {sentence[f.start : f.end]: f.timex.value for f in dates.find(sentence, FRIDAY)}
    assert values["Thursday"] == "2023-10-19"


@pytest.mark.parametrize(
    "sentence, direction",
    [
        # no mark: the reporting verb is the nearer tense word, as in any unquoted clause
        (f"The {_INSIDE[4:]}, Ortiz said.", PAST),
        # apostrophes inside the clause are no marks: the clause keeps its "will"
        ("The drivers' union will take the workers' complaints to the board on Thursday.", FUTURE),
        ("The drivers’ union will take the workers’ complaints to the board on Thursday.", FUTURE),
        ("The convoy's commander will take the unit's complaints to the board on Thursday.", FUTURE),
        ("The convoy won't leave the city's outskirts until Thursday.", FUTURE),
    ],
)
def test_apostrophes_and_unquoted_clauses(sentence, direction):
    start = sentence.index("Thursday")
    assert C.direction(sentence, start, start + len("Thursday")) == direction


@pytest.mark.parametrize(
    "text, marks",
    [
        ("leave Thursday,'' Ortiz said", ["''"]),
        ("Ortiz said, ``We leave", ["``"]),
        ("leave Thursday,’ Ortiz said", ["’"]),
        ("a so-called ‘peace convoy’ left", ["‘"]),
        ("the so-called 'peace convoy' left", ["'"]),
        # apostrophes: possessives, contractions, a decade
        ("the drivers' union", []),
        ("the drivers’ union won’t", []),
        ("music of the '90s", []),
        ("a 12'' screen", ["''"]),  # inches read as a mark: a break only, no tense of its own
    ],
)
def test_which_characters_break_a_clause_as_quotation_marks(text, marks):
    assert [m.group(0) for m in C._CLAUSE_BREAK.finditer(text)] == marks

