"""Seasons named with "the" ("the summer", "the early summer"): the nearest such season the
clause's tense allows. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsdiff.extract.dates import extractor as dates
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
        ("Output at the plant fell in the summer.", "the summer", "2023-SU"),
        ("Orders have recovered from the low levels of the early summer.", "the early summer", "2023-SU"),
        # an explicit shift still wins: "last winter" in October 2023 is the winter that began in 2022
        ("Orders fell sharply last winter.", "last winter", "2022-WI"),
        ("The plant will reopen in the fall.", "the fall", "2023-FA"),
    ],
)
def test_the_season_is_the_one_nearest_the_publication_date(text, expression, expected):
    assert values(text)[expression] == expected


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The summer of love is a song.", "the summer"),  # "the summer of" is a season_year or a name
        ("He spent a summer in Spain.", "a summer"),  # no determiner that points at one season
        ("Shares recovered after the fall in oil prices.", "the fall"),  # a decline
        ("Investors sold on the fall of the dollar.", "the fall"),
        ("The fall was steep.", "The fall"),
    ],
)
def test_seasons_this_rule_does_not_read(text, absent):
    assert absent not in values(text)
