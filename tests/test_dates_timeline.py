"""Expressions told relative to the story's own timeline ("that year", "the following month") and
seasons named with "the" ("the summer"). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from newsdiff.extract.dates import extractor as dates
from newsdiff.extract.dates.timex import THAT_PERIOD_PREFIX
from newsdiff.model import Source
from newsdiff.options import Options
from newsdiff.text.document import document_for

PUBLISHED = "2023-10-13"


def values(text: str) -> dict[str, str]:
    """Each time expression of an article published on PUBLISHED, by its text."""
    doc = document_for(Source(id="s1", path="s1.txt", text=text, published=PUBLISHED))
    return {f.text: f.value for f in dates.extract(doc, Options())}


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        ("The mill closed in 2009. The following year it reopened under new owners.", "The following year", "2010"),
        ("The mill closed in 2009. It reopened later that year.", "later that year", "2009"),
        ("The mill closed on March 3, 2009. The following month, workers protested.", "The following month", "2009-04"),
        ("The mill closed on March 3, 2009. The next day, workers protested.", "The next day", "2009-03-04"),
        ("The mill closed on March 3, 2009. Earlier that day, the owners met.", "Earlier that day", "2009-03-03"),
        ("The mill closed in June 2009, and that month the union sued.", "that month", "2009-06"),
        # the latest date named counts, not the first one
        ("The mill opened in 1990 and closed in 2009. The following year it was sold.", "The following year", "2010"),
    ],
)
def test_that_period_is_relative_to_the_last_named_date(text, expression, expected):
    assert values(text)[expression] == expected


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        # no earlier date to refer to: nothing is guessed
        ("The following year it reopened under new owners.", "The following year"),
        # the last date named is a year: a month or a day after it is not known
        ("The mill closed in 2009. The following month, workers protested.", "The following month"),
        ("The mill closed in 2009. The next day, workers protested.", "The next day"),
    ],
)
def test_that_period_without_a_precise_enough_date_is_not_found(text, expression):
    assert expression not in values(text)


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # a clock time with no day in its sentence is on the last day the story named
        ("The doctor was shot on Oct. 2. He was at home at 10 p.m. with his wife.", "10 p.m.", "2023-10-02T22:00"),
        ("Police came on Wednesday. The raid began at 6 a.m.", "6 a.m.", "2023-10-11T06:00"),
        # with no day named before it, the publication day
        ("The raid began at 6 a.m. and lasted an hour.", "6 a.m.", "2023-10-13T06:00"),
        # a day in its own sentence wins over the story's last day
        ("The doctor was shot on Oct. 2. The raid began at 6 a.m. Wednesday.", "6 a.m. Wednesday", "2023-10-11T06:00"),
        # the last day named is a month: nothing more precise than the publication day
        ("The doctor was shot in August. The raid began at 6 a.m.", "6 a.m.", "2023-10-13T06:00"),
    ],
)
def test_a_bare_clock_time_is_on_the_last_named_day(text, expression, expected):
    assert values(text)[expression] == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        ("Output at the plant fell in the summer.", "the summer", "2023-SU"),
        ("Orders have recovered from the low levels of the early summer.", "the early summer", "2023-SU"),
        # an explicit shift still wins: "last winter" in October 2023 is the winter that began in 2022
        ("Orders fell sharply last winter.", "last winter", "2022-WI"),
    ],
)
def test_the_season_is_the_one_nearest_the_publication_date(text, expression, expected):
    assert values(text)[expression] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The summer of love is a song.",  # "the summer of" is a season_year or a name, not this rule
        "That year-end bonus was small.",  # "that year-end" is not "that year"
        "He said that the previous yearbook was better.",
    ],
)
def test_words_that_are_not_timeline_periods(text):
    found = values(text)
    assert not any(v.startswith(THAT_PERIOD_PREFIX) for v in found.values())
    assert "the summer" not in found and "That year" not in found and "the previous year" not in found


def test_previous_year_stays_relative_to_publication():
    # "the previous year" is the period rule's (a year before the anchor), which the timeline does not change
    assert values("Sales rose from the previous year.")["the previous year"] == str(dt.date.fromisoformat(PUBLISHED).year - 1)
