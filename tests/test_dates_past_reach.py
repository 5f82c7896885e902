"""A month or day without a year in a clause that is clearly past is the most recent one, however
far back; a clause whose past tense proves nothing about the date keeps the 240-day reach.

The anchor is Monday 2023-11-20, so January is about ten months back: past the reach of a plain
past clause (`timex.PAST_REACH_DAYS`), where the nearest January (2024) is taken. Every sentence
was written for these tests.
"""

import datetime as dt

import pytest

from newsdiff.extract.dates import extractor as dates

LATE_IN_THE_YEAR = dt.date(2023, 11, 20)


def value(sentence: str, text: str) -> str:
    found = {sentence[f.start : f.end]: f.timex.value for f in dates.find(sentence, LATE_IN_THE_YEAR)}
    return found[text]


@pytest.mark.parametrize(
    "sentence, text, expected",
    [
        # "since" puts what follows it in the past, in a phrase or a clause of its own
        ("Sales have doubled since January.", "January", "2023-01"),
        ("Since the chain bought the bakery in January, it has opened ten stores.", "January", "2023-01"),
        ("Prices have not moved since Jan. 9, traders said.", "Jan. 9", "2023-01-09"),
        # a period that "ended" on a day is over
        ("In the fiscal year ended Jan. 31, the chain earned $4 million.", "Jan. 31", "2023-01-31"),
        # a past verb of the clause's own, the month after "in"
        ("The chain opened its first store in January.", "January", "2023-01"),
        ("In January, the chain named a new chief executive.", "January", "2023-01"),
        # the reach still holds where the past tense says nothing about the date
        ("The chain will open its first store in January.", "January", "2024-01"),
        ("The regulator extended the offer to Jan. 20.", "Jan. 20", "2024-01-20"),
        ("The committee subpoenaed the chief to testify on Jan. 10.", "Jan. 10", "2024-01-10"),
        ("The dividend would be paid on a still unspecified date in January.", "January", "2024-01"),
        ("The appeal is heard in January.", "January", "2024-01"),
        ("The board had been set to vote in January.", "January", "2024-01"),
        # "since" in an earlier clause proves nothing about this one
        ("Since the merger, the chain has planned a sale in January.", "January", "2024-01"),
        # within the reach nothing changes: the most recent June either way
        ("The chain opened its first store in June.", "June", "2023-06"),
    ],
)
def test_clearly_past_clauses_reach_a_year_back(sentence, text, expected):
    assert value(sentence, text) == expected
