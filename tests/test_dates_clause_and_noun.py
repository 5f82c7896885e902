"""Which way a date without a year points when the words next to it say more than the clause's
tense: a date that modifies a noun ("the Oct. 3 vote"), a passive past right before it ("was
sentenced on Nov. 3"), "the day before/after" a day (the tense places the day dated, not the day
counted from), a range of counts ("two to three weeks") and a quoted title ("60 Minutes").

Every sentence was written for these tests. The anchor is Tuesday 2023-10-10 unless a row says
otherwise.
"""

import datetime as dt

import pytest

from newsdiff.extract.dates import extractor as dates

ANCHOR = dt.date(2023, 10, 10)


def found(sentence: str, anchor: dt.date = ANCHOR) -> dict[str, str]:
    return {sentence[f.start : f.end]: f.timex.value for f in dates.find(sentence, anchor)}


@pytest.mark.parametrize(
    "sentence, text, expected",
    [
        # a date before a noun in a future clause names that event's day: the nearest such day
        ("The opposition will contest the Oct. 3 vote.", "Oct. 3", "2023-10-03"),
        ("The board will review the Sept. 30 filing next week.", "Sept. 30", "2023-09-30"),
        ("Investors will study its September figures.", "September", "2023-09"),
        ("The panel will revisit its August report.", "August", "2023-08"),
        ("The opposition will contest the Oct. 3 Senate vote.", "Oct. 3", "2023-10-03"),
        # negatives: the day ahead, or months back (next year's then); no noun after the date, or
        # a second date after "and": the tense decides
        ("Voters will return for the Nov. 5 runoff.", "Nov. 5", "2023-11-05"),
        ("Members will vote in the June 4 primary.", "June 4", "2024-06-04"),
        ("The company will pay its June dividend.", "June", "2024-06"),
        ("The opposition will vote on Oct. 3.", "Oct. 3", "2024-10-03"),
        ("Delegates will meet on Oct. 3 and Oct. 5.", "Oct. 3", "2024-10-03"),
        ("Talks will resume the Oct. 3 and Oct. 5 sessions.", "Oct. 3", "2024-10-03"),
        # a past clause keeps its own reading
        ("The party lost the February election.", "February", "2023-02"),
    ],
)
def test_date_before_a_noun(sentence, text, expected):
    assert found(sentence)[text] == expected


@pytest.mark.parametrize(
    "sentence, text, expected",
    [
        # a passive past right before "on"/"in": what was done then, however far back
        ("He was sentenced on Nov. 3 to life in prison.", "Nov. 3", "2022-11-03"),
        ("The two men were arrested in November.", "November", "2022-11"),
        ("He was quietly released on Nov. 3.", "Nov. 3", "2022-11-03"),
        # negatives: participles of plans date what comes; no passive: the reach of the past tense
        ("The vote was scheduled on Nov. 3.", "Nov. 3", "2023-11-03"),
        ("The ruling was slated in November.", "November", "2023-11"),
        ("The vote was expected on Nov. 3.", "Nov. 3", "2023-11-03"),
        ("The trial was rescheduled on Nov. 3.", "Nov. 3", "2023-11-03"),
        ("The debate was re-slated in November.", "November", "2023-11"),
        ("He was re-arrested on Nov. 3.", "Nov. 3", "2022-11-03"),
        ("He said the plant would reopen on Nov. 3.", "Nov. 3", "2023-11-03"),
    ],
)
def test_passive_past_before_a_date(sentence, text, expected):
    assert found(sentence)[text] == expected


@pytest.mark.parametrize(
    "sentence, anchor, text, expected",
    [
        # in a past clause the day dated is on or before the anchor, in a future one on or after
        ("He fled the day after Dec. 26.", dt.date(2023, 12, 26), "the day after Dec. 26", "2022-12-27"),
        ("The ship sank the day before Oct. 12.", ANCHOR, "the day before Oct. 12", "2022-10-11"),
        ("He will fly home the day before Christmas.", dt.date(2023, 12, 26), "the day before Christmas", "2024-12-24"),
        ("The envoy left the day after Tuesday.", ANCHOR, "the day after Tuesday", "2023-10-04"),
        ("She will fly back the day after Oct. 9.", ANCHOR, "the day after Oct. 9", "2023-10-10"),
        # the clause's tense, not the weekday's own way ("Tuesday's": a reported event), places it
        ("Markets will close the day after Tuesday's ballot.", ANCHOR, "the day after Tuesday", "2023-10-11"),
        ("The crew sails home the day after Tuesday.", ANCHOR, "the day after Tuesday", "2023-10-11"),
        # negatives: the day dated already agrees with the tense, or the year is written
        ("He will leave the day after Dec. 26.", dt.date(2023, 12, 26), "the day after Dec. 26", "2023-12-27"),
        ("Shops reopened the day after Christmas.", dt.date(2023, 12, 27), "the day after Christmas", "2023-12-26"),
        ("He fled the day after Dec. 26, 2023.", dt.date(2023, 12, 26), "the day after Dec. 26, 2023", "2023-12-27"),
        ("The minister quit the day before last Tuesday's debate.", ANCHOR, "the day before last Tuesday", "2023-10-02"),
    ],
)
def test_day_next_to_a_day_follows_the_tense(sentence, anchor, text, expected):
    assert found(sentence, anchor)[text] == expected


@pytest.mark.parametrize(
    "sentence, text, expected, expected_to",
    [
        # the span shows the range; the value is what the range at least spans, value_to its upper end
        ("Repairs will take two to three weeks.", "two to three weeks", "P2W", "P3W"),
        ("He served 10 to 15 years in prison.", "10 to 15 years", "P10Y", "P15Y"),
        ("The strike lasted 2-3 days.", "2-3 days", "P2D", "P3D"),
        ("The vote could slip by one or two months.", "one or two months", "P1M", "P2M"),
        ("Delivery takes between four and six weeks.", "four and six weeks", "P4W", "P6W"),
        ("Building takes between seventy-five and ninety days.", "seventy-five and ninety days", "P75D", "P90D"),
        # negatives: no range, a score, a reversed pair, "and" without "between", a date before
        ("Repairs will take three weeks.", "three weeks", "P3W", None),
        ("The home side led 3 to 2 minutes before the end.", "2 minutes", "PT2M", None),
        ("It fell from 30 to 2 days.", "2 days", "P2D", None),
        ("The board lifted the cap from 3 to 6 years.", "6 years", "P6Y", None),
        ("The queue grew from three to seven weeks.", "seven weeks", "P7W", None),
        ("They met two and six days later.", "six days later", "P6D", None),
        ("The forms of 11/3 to 5 days are gone.", "5 days", "P5D", None),
        ("It took up to three weeks.", "up to three weeks", "P3W", None),
    ],
)
def test_ranges_of_durations(sentence, text, expected, expected_to):
    ends = {sentence[f.start : f.end]: (f.timex.value, f.timex.value_to) for f in dates.find(sentence, ANCHOR)}
    assert ends[text] == (expected, expected_to)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("She told NBC's ''48 Hours'' she was innocent.", {}),
        ('She said on "60 Minutes" that the deal was dead.', {}),
        # negatives: a quoted count in lower case, a capital at the start of the sentence
        ("He called 'three days' too long.", {"three days": "P3D"}),
        ('"Three Days later, we left," he said.', {"Three Days later": "P3D"}),
    ],
)
def test_quoted_title_is_no_duration(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # "mid", "early" or "late" and a part of the day right before the day: one TIME
        ("By mid-afternoon yesterday, the ferry had docked.", {"mid-afternoon yesterday": "2023-10-09TAF"}),
        ("At mid-morning today the index rose.", {"mid-morning today": "2023-10-10TMO"}),
        ("The talks broke down in the late evening Sunday.", {"late evening Sunday": "2023-10-08TEV"}),
        # negatives: the edge word alone, a part of the day after the day, another word between
        ("He left late yesterday.", {"late yesterday": "2023-10-09"}),
        ("Shares fell yesterday afternoon.", {"yesterday afternoon": "2023-10-09TAF"}),
        ("Shares fell in late afternoon trading yesterday.", {"yesterday": "2023-10-09"}),
    ],
)
def test_part_of_the_day_before_the_day(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Critics doubted the quarter-to-quarter forecast.", {}),
        ("Analysts watch the latest quarter-over-quarter gain.", {}),
        # negatives: the quarter itself, and its end
        ("Profit fell in the quarter.", {"the quarter": "2023-Q3"}),
        ("Debt at the quarter-end stood at $2 billion.", {"the quarter": "2023-Q3"}),
    ],
)
def test_quarter_in_a_compound_is_no_quarter(sentence, expected):
    assert found(sentence) == expected
