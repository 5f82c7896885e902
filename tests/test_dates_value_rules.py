"""Value rules for time expressions whose direction or reference comes from words around them.

The anchor is Wednesday 2023-10-25. Every sentence was written for these tests; each table has
negatives: sentences of the same shape where the rule must not fire.
"""

import datetime as dt

import pytest

from newsdiff.extract.dates import extractor as dates

ANCHOR = dt.date(2023, 10, 25)  # a Wednesday in the fourth quarter


def values(sentence: str, anchor: dt.date = ANCHOR, quarter=None) -> dict[str, str]:
    return {sentence[f.start : f.end]: f.timex.value for f in dates.find(sentence, anchor, quarter)}


@pytest.mark.parametrize(
    "sentence, text, expected",
    [
        # "effective" dates a change to come, whatever the tense of the clause
        ("The union signed a contract effective June 1.", "June 1", "2024-06-01"),
        ("The new fares, effective Monday, were announced by the airline.", "Monday", "2023-10-30"),
        ("The tax on fuel rose, effective February.", "February", "2024-02"),
        # negatives: no such word, the past tense decides
        ("The union signed a contract on June 1.", "June 1", "2023-06-01"),
        ("The new fares were announced Monday by the airline.", "Monday", "2023-10-23"),
    ],
)
def test_effective_points_forward(sentence, text, expected):
    assert values(sentence)[text] == expected


@pytest.mark.parametrize(
    "sentence, text, expected",
    [
        ("Investors were likely to sell as soon as trading opened Monday.", "Monday", "2023-10-30"),
        ("The mayor said crews would start as soon as the rain stopped Friday.", "Friday", "2023-10-27"),
        ("The team could leave as soon as Tuesday.", "Tuesday", "2023-10-31"),
        # negatives: a main clause that reports what happened keeps the past
        ("Shares fell as soon as trading opened Monday.", "Monday", "2023-10-23"),
        ("Investors were nervous, and prices dropped as soon as trading opened Monday.", "Monday", "2023-10-23"),
    ],
)
def test_as_soon_as_clause_takes_the_main_clause_prospect(sentence, text, expected):
    assert values(sentence)[text] == expected


@pytest.mark.parametrize(
    "sentence, text, quarter, expected",
    [
        # "the year-ago quarter" with a quarter named in the sentence is that quarter a year back
        ("In the year-ago quarter, the second quarter ended June 30, the bank lost $3 million.",
         "the year-ago quarter", None, "2022-Q2"),
        ("Profit rose to $5 million from $4 million a year ago.", "a year ago", "2023-Q3", "2022-Q3"),
        # negative: no quarter in sight and no figures, the year before
        ("The plant closed a year ago.", "a year ago", None, "2022"),
    ],
)
def test_year_ago_follows_the_quarter_compared(sentence, text, quarter, expected):
    assert values(sentence, quarter=quarter)[text] == expected


@pytest.mark.parametrize(
    "sentence, text, expected",
    [
        # "to" before an article is a preposition: the past verb still dates the month, however far back
        ("The chain switched from a fiscal year to a calendar year in December.", "December", "2022-12"),
        ("The firm moved its offices to the suburbs in December.", "December", "2022-12"),
        # negatives: "to" before a verb makes the month the infinitive's, within the reach
        ("The board voted to change its fiscal year in December.", "December", "2023-12"),
        ("The firm agreed to move its offices in December.", "December", "2023-12"),
    ],
)
def test_to_before_an_article_is_no_infinitive(sentence, text, expected):
    assert values(sentence)[text] == expected


@pytest.mark.parametrize(
    "sentence, text, expected",
    [
        # a clock restated in brackets in another zone shares the day given with either
        ("The fire broke out at 11:20 a.m. (0920 GMT) Monday, witnesses said.", "11:20 a.m.", "2023-10-23T11:20"),
        ("The fire broke out at 11:20 a.m. (0920 GMT) Monday, witnesses said.", "0920 GMT", "2023-10-23T09:20"),
        ("The ferry will sail at 6 in the morning (6 a.m. EDT Thursday).", "6 in the morning", "2023-10-26T06:00"),
        # negatives: brackets with no clock, or no day after the brackets, leave the anchor day
        ("The fire broke out at 11:20 a.m. (police said) Monday.", "11:20 a.m.", "2023-10-25T11:20"),
        ("The fire broke out at 11:20 a.m. (0920 GMT).", "11:20 a.m.", "2023-10-25T11:20"),
    ],
)
def test_clock_restated_in_brackets_shares_the_day(sentence, text, expected):
    assert values(sentence)[text] == expected


@pytest.mark.parametrize(
    "sentence, text, expected",
    [
        # after a modal, "one day" is some day to come
        ("Robots could one day replace truck drivers.", "one day", "FUTURE_REF"),
        ("The port will one day be the busiest in the region.", "one day", "FUTURE_REF"),
        # negatives: a day's length
        ("The trial will last one day.", "one day", "P1D"),
        ("The clinic opened for one day in May.", "one day", "P1D"),
    ],
)
def test_one_day_after_a_modal_is_the_future(sentence, text, expected):
    assert values(sentence)[text] == expected
