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


@pytest.mark.parametrize(
    "sentence, text, expected",
    [
        # "the week of" / "the weekend of" before a day: the date names that week or weekend, and
        # the expression's text takes in the words that move its value (the text says the value)
        ("The trial could open the week of March 4.", "the week of March 4", "2024-W10"),
        ("The festival was held the weekend of Sept. 9.", "the weekend of Sept. 9", "2023-W36-WE"),
        # "the day before" / "the day after" before a day: the day next to it
        ("The day before last Monday's vote, the senator resigned.", "The day before last Monday", "2023-10-22"),
        ("Shops reopened the day after Christmas.", "the day after Christmas", "2022-12-26"),  # last Christmas: past tense
        ("The pact was signed the day after Oct. 3, 2019.", "the day after Oct. 3, 2019", "2019-10-04"),
        # negatives: other words before the day keep it as it is
        ("The trial could open in the week, on March 4.", "March 4", "2024-03-04"),
        ("A week of storms ended on Sept. 9.", "Sept. 9", "2023-09-09"),
        ("The Trial Could Open The Week Of March 4", "The Week Of March 4", "2024-W10"),  # a headline in capitals
        ("The trial could open the week of   March 4.", "the week of   March 4", "2024-W10"),
        ("Shops reopened The Day After Christmas.", "The Day After Christmas", "2022-12-26"),
        ("Prices rose on the day, Monday, by 3%.", "Monday", "2023-10-23"),
        ("Prices must be set within a week of March 4.", "March 4", "2024-03-04"),  # a span around the day
        ("A day after the vote, Monday, the senator resigned.", "Monday", "2023-10-23"),
    ],
)
def test_week_of_and_day_before_a_day(sentence, text, expected):
    assert values(sentence)[text] == expected


def test_weekend_of_a_date_is_one_expression():
    found = values("The festival was held the weekend of Sept. 9.")
    assert "the weekend" not in found
    assert values("Sales fell over the weekend of protests.")["the weekend"] == "2023-W42-WE"
    assert values("The festival was held the weekend of 9 September.")["the weekend of 9 September"] == "2023-W36-WE"
    assert "the weekend" not in values("The festival was held the weekend of 9 September.")


@pytest.mark.parametrize(
    "sentence",
    [
        # negatives: "the weekend of" and a capitalised word that is no date keeps the weekend
        "Stores were busy over the weekend of Thanksgiving.",
        "Roads were closed the weekend of President Biden's visit.",
    ],
)
def test_weekend_of_no_date_keeps_the_weekend(sentence):
    assert values(sentence)["the weekend"] == "2023-W42-WE"


@pytest.mark.parametrize(
    "sentence, text, expected",
    [
        # a quarter that ends on a day is the calendar quarter holding most of it
        ("In the quarter ended July 31, the retailer earned $4 million.", "the quarter", "2023-Q2"),
        ("For the quarter ended Sept. 30, the airline posted a profit.", "the quarter", "2023-Q3"),
        ("Sales in the quarter ending Dec. 31, 2021, rose 4%.", "the quarter", "2021-Q4"),
        ("The quarter ended Feb. 28 was weak.", "The quarter", "2023-Q1"),
        # negatives: no day after it, the latest quarter as before
        ("Sales rose 4% in the quarter, the company said.", "the quarter", "2023-Q3"),
        ("The quarter ended with a loss of $2 million.", "The quarter", "2023-Q3"),
    ],
)
def test_quarter_ended_on_a_day(sentence, text, expected):
    assert values(sentence)[text] == expected


@pytest.mark.parametrize(
    "sentence, text, expected",
    [
        # a numbered quarter that ended on a day keeps its number and takes the year of that day
        # (most of its months): a fiscal second quarter that ended Nov. 30 is last year's
        ("The grocer lost money in its second quarter ended Nov. 30.", "second quarter", "2022-Q2"),
        ("The fourth quarter ended Jan. 31, 2021, brought record sales.", "The fourth quarter", "2020-Q4"),
        ("Its first quarter ending Dec. 31 looks weak.", "first quarter", "2023-Q1"),
        # a year word before the quarter chooses its year; the day after it does not override it
        ("Last year's fourth quarter ending Dec. 31 was weak.", "Last year's fourth quarter", "2022-Q4"),
        ("Last year's fourth quarter ended Dec. 31 was weak.", "Last year's fourth quarter", "2022-Q4"),
        ("The year-earlier third quarter ending Sept. 30 was soft.", "The year-earlier third quarter", "2022-Q3"),
        ("Next year's first quarter ending March 31 should be better.", "Next year's first quarter", "2024-Q1"),
        # negatives: no day after it, the year from the anchor and the tense as before
        ("The grocer lost money in its second quarter.", "second quarter", "2023-Q2"),
        ("The second quarter ended with a loss.", "The second quarter", "2023-Q2"),
    ],
)
def test_numbered_quarter_ended_on_a_day(sentence, text, expected):
    assert values(sentence)[text] == expected


@pytest.mark.parametrize(
    "sentence, absent",
    [
        # "a" before a plural unit belongs to a later noun
        ("The talks ended a decades-long feud.", "a decades"),
        ("Tourism hoped to end a years-old slump.", "a years"),
        # a unit written with a capital inside running text is a title
        ("The senator told CBS's 60 Minutes that he would run.", "60 Minutes"),
        ("She starred in the film 28 Days last year.", "28 Days"),
    ],
)
def test_no_duration_in_a_title_or_before_a_noun(sentence, absent):
    assert absent not in values(sentence)


@pytest.mark.parametrize(
    "sentence, text, expected",
    [
        # negatives of the rules above: plain durations stay
        ("The feud lasted a decade.", "a decade", "P10Y"),
        ("The meeting lasted 60 minutes.", "60 minutes", "PT60M"),
        ("Rescuers Searched For Three Days", "Three Days", "P3D"),  # a headline in title case
        ("60 Minutes passed before the rain stopped.", "60 Minutes", "PT60M"),  # the start of a sentence
    ],
)
def test_plain_durations_stay(sentence, text, expected):
    assert values(sentence)[text] == expected


@pytest.mark.parametrize(
    "sentence, text, expected",
    [
        # a plural part of the day after a weekday (or two joined by "and") makes it repeat
        ("The ferry sails Friday nights in summer.", "Friday", ("SET", "XXXX-WXX-5TNI")),
        ("Classes meet on Monday and Thursday evenings.", "Monday", ("SET", "XXXX-WXX-1TEV")),
        ("Classes meet on Monday and Thursday evenings.", "Thursday", ("SET", "XXXX-WXX-4TEV")),
        # negatives: one part of one day, a name after "and", a noun that starts like a part
        ("The ferry sailed Friday night.", "Friday night", ("TIME", "2023-10-20TNI")),
        ("The ferry sailed on Monday and Maria evenings were quiet.", "Monday", ("DATE", "2023-10-23")),
        ("The bar opened Friday nightclubs across town.", "Friday", ("DATE", "2023-10-20")),
        ("Residents say the market opens on Saturday and Sunday mornings.", "Sunday", ("SET", "XXXX-WXX-7TMO")),
        # negatives: a past clause names particular nights, which are dates
        ("Police clashed with protesters on Saturday and Sunday nights.", "Saturday", ("DATE", "2023-10-21")),
        ("Police clashed with protesters on Saturday and Sunday nights.", "Sunday", ("DATE", "2023-10-22")),
        ("Crowds gathered outside the stadium Friday evenings, officials said.", "Friday", ("DATE", "2023-10-20")),
    ],
)
def test_weekday_with_a_plural_part_of_day_repeats(sentence, text, expected):
    found = {sentence[f.start : f.end]: (f.timex.type, f.timex.value) for f in dates.find(sentence, ANCHOR)}
    assert found[text] == expected


@pytest.mark.parametrize(
    "sentence, text, expected",
    [
        # a year in the possessive before a quarter is its year
        ("Results for fiscal 2021's first quarter were weak.", "first quarter", "2021-Q1"),
        ("The chain's 2019's fourth-quarter loss was restated.", "fourth-quarter", "2019-Q4"),
        # negative: a possessive that is no year leaves the latest such quarter
        ("The chain's third quarter was weak.", "third quarter", "2023-Q3"),
    ],
)
def test_quarter_of_a_possessive_year(sentence, text, expected):
    assert values(sentence)[text] == expected


@pytest.mark.parametrize(
    "sentence, text, expected",
    [
        # the second month of a pair or range is a month even when it is "March" or "May"
        ("Fares rose from January to March.", "March", "2023-03"),
        ("Fares rose between February and May.", "May", "2023-05"),
        ("Fares rose in April and May.", "May", "2023-05"),
        ("Fares rose in April or May, the agency said.", "May", "2023-05"),
        ("Fares rose in April and May as demand grew.", "May", "2023-05"),
        ("Fares rose from February to May, the agency said.", "May", "2023-05"),
    ],
)
def test_second_month_of_a_pair(sentence, text, expected):
    assert values(sentence)[text] == expected


@pytest.mark.parametrize(
    "sentence, absent",
    [
        # negatives: "and May" after a name, "to March" after a verb, are no months
        ("The debate pitted Johnson and May against each other.", "May"),
        ("The troops were ordered to March on the capital.", "March"),
        # the person May after a month and "and": a verb follows, or a comma comes before "and"
        ("The vote was set for July, and May told MPs to back it.", "May"),
        ("The deadline came in June and May said nothing.", "May"),
        ("Talks stalled in April or May admitted defeat.", "May"),
        ("The plan was drafted in March and May has defended it since.", "May"),
    ],
)
def test_no_month_after_a_name_or_verb(sentence, absent):
    assert absent not in values(sentence)


@pytest.mark.parametrize(
    "sentence, text, expected",
    [
        # "of last/this/next year" after a quarter or a half names its year
        ("Sales slumped in the fourth quarter of last year.", "the fourth quarter", "2022-Q4"),
        ("Sales will rise in the second half of next year.", "the second half", "2024-H2"),
        ("Hiring slowed in the first quarter of this year.", "the first quarter", "2023-Q1"),
        # negatives: a possessive after "year" belongs to a noun; a year in digits as before
        ("The third quarter of last year's budget was cut.", "The third quarter", "2023-Q3"),
        ("Sales slumped in the third quarter of 2019.", "the third quarter of 2019", "2019-Q3"),
    ],
)
def test_part_of_a_year_named_after_it(sentence, text, expected):
    assert values(sentence)[text] == expected
