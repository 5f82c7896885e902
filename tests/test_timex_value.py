"""`timex_value.parse_value`: TIMEX3 strings taken apart once, for the extractor, the date comparison
and the renderers. (value, expected) tables with the shapes the resolvers write and negatives."""

import datetime as dt

import pytest

from newsdiff.compare.dates import parse as compare_parse
from newsdiff.render.values import timex_words
from newsdiff.timex_value import parse_value

D = dt.date


@pytest.mark.parametrize(
    "value, unit, first, last",
    [
        ("2023-10-09", "day", D(2023, 10, 9), D(2023, 10, 9)),
        ("2023-10-09TNI", "day", D(2023, 10, 9), D(2023, 10, 9)),
        ("2023-10-09T21:00", "day", D(2023, 10, 9), D(2023, 10, 9)),
        ("2023-10-09T24:00", "day", D(2023, 10, 9), D(2023, 10, 9)),  # midnight, as "midnight" is written
        ("XXXX-10-09", "day", None, None),
        ("XXXX-02-29", "day", None, None),  # in a leap year
        ("XXXX-WXX-4", "day", None, None),
        ("2023-W41", "week", D(2023, 10, 9), D(2023, 10, 15)),
        ("2020-W53", "week", D(2020, 12, 28), D(2021, 1, 3)),
        ("XXXX-WXX", "week", None, None),
        ("2023-W41-WE", "weekend", None, None),
        ("2024-02", "month", D(2024, 2, 1), D(2024, 2, 29)),
        ("2023-12", "month", D(2023, 12, 1), D(2023, 12, 31)),
        ("2023-XX", "month", None, None),
        ("2023", "year", D(2023, 1, 1), D(2023, 12, 31)),
        ("XXXX", "year", None, None),
        ("2023-Q3", "quarter", None, None),
        ("XXXX-QX", "quarter", None, None),
        ("2023-H1", "half", None, None),
        ("2023-SU", "season", None, None),
        ("199", "decade", None, None),
        ("19", "century", None, None),
        ("P6Y", "duration", None, None),
        ("PT16H", "duration", None, None),
        ("P2Y6M", "duration", None, None),
        ("PXM", "duration", None, None),
        ("PRESENT_REF", "reference", None, None),
    ],
)
def test_value_is_taken_apart(value, unit, first, last):
    parsed = parse_value(value)
    assert parsed is not None
    assert (parsed.unit, parsed.first, parsed.last) == (unit, first, last)
    assert str(parsed) == value  # the string the JSON carries is kept as written


@pytest.mark.parametrize(
    "value, fields",
    [
        ("2023-10-09TNI", {"year": 2023, "month": 10, "day": 9, "weekday": 1, "time": "NI", "clock": None,
                           "part_of_day": "night"}),
        ("2023-10-09T21:30", {"time": "21:30", "clock": "21:30", "part_of_day": None}),
        ("XXXX-WXX-4", {"year": None, "week": None, "weekday": 4}),
        ("XXXX-06", {"year": None, "month": 6}),
        ("2023-Q3", {"year": 2023, "part": "Q3"}),
        ("2023-10-XX", {"year": 2023, "month": 10, "day": None}),
    ],
)
def test_fields(value, fields):
    parsed = parse_value(value)
    assert {name: getattr(parsed, name) for name in fields} == fields


@pytest.mark.parametrize(
    "value",
    [
        "", "yesterday", "2023-02-30", "2023-13", "2023-W54", "2023-10-09 ", "23-10-09", "2023-Q5", "PT",
        # fields no calendar or clock has, with the year known or not
        "2023-10-00", "2023-00", "2023-W00", "2023-10-09T25:99", "2023-10-09T24:30", "2023-10-09T21:60",
        "2023-10-09T21:00:60", "XXXX-10-00", "XXXX-13", "XXXX-W00", "XXXX-W54", "XXXX-02-30", "XXXX-XX-32",
    ],
)
def test_not_a_value(value):
    assert parse_value(value) is None


@pytest.mark.parametrize(
    "value, comparable",
    [
        ("2023-10-09", True),
        ("2023-W41", True),
        ("XXXX-WXX-1", True),  # a weekday still compares with a resolved day
        ("XXXX-10-09", True),  # so does a month and day
        ("2023-Q3", False),
        ("2023-W41-WE", False),
        ("XXXX-XX-XX", False),
        ("2023-XX", False),
        ("P6Y", False),
        ("PRESENT_REF", False),
    ],
)
def test_date_comparison_compares_days_weeks_and_month_days_only(value, comparable):
    assert (compare_parse(value) is not None) == comparable


@pytest.mark.parametrize(
    "value, kind, words",
    [
        ("2023-10-09TNI", "TIME", "Mon 9 Oct 2023, night"),
        ("2023-10-09T21:00", "TIME", "Mon 9 Oct 2023, 21:00"),
        ("2023-10", "DATE", "Oct 2023"),
        ("2023-W41", "DATE", "week of Mon 9 Oct 2023"),
        ("P25Y", "DURATION", "25 years"),
        ("2023-Q3", "DATE", "2023-Q3"),  # no words for it: shown as written
        ("2023-02-30", "DATE", "2023-02-30"),
    ],
)
def test_timex_words_say_a_value_as_a_reader_would(value, kind, words):
    assert timex_words(value, kind) == words
