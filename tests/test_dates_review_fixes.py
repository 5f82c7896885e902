"""Date comparison end to end on two short stories: a weekday against a month and day is softened
only when the year guess is in doubt, a source's own restated day is no sign of another occasion
unless it agrees, and a possessive date dates only an event noun. Every sentence was written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from newsdiff import pipeline
from newsdiff.model import DateFact, Source, Status
from newsdiff.options import Options

# 2025-09-10 is a Wednesday: "Monday" resolves to 2025-09-08.
OPTIONS = Options(reference_date=dt.date(2025, 9, 10))


def _date_claims(text_a: str, text_b: str) -> list:
    sources = [Source(id="a", path="a.txt", text=text_a), Source(id="b", path="b.txt", text=text_b)]
    result = pipeline.run(sources, OPTIONS, with_claims=True)
    facts = {f.id: f for f in result.facts}
    return [(c.status, {facts[i].text for i in c.facts}) for c in result.claims
            if all(isinstance(facts.get(i), DateFact) for i in c.facts) and len(c.facts) > 1]


def _conflict_between(claims, day_a: str, day_b: str) -> bool:
    return any(status == Status.CONFLICT and {day_a, day_b} <= texts for status, texts in claims)


_FERRY = "The Quillon ferry to Marrow Island was halted {} after a deckhand spotted a leaking hull, harbour master Ines Pardo said."
_PUBLISHED = "Ferry Halted\n\nPublished September 10, 2025\n\n"


def test_a_weekday_and_the_month_day_of_another_day_that_week_conflict():
    # "on Tuesday" is September 9, "on September 8" a Monday: the same week, nothing about the
    # year is in doubt, so the two stories really disagree
    claims = _date_claims(_PUBLISHED + _FERRY.format("on Tuesday"), _PUBLISHED + _FERRY.format("on September 8"))
    assert _conflict_between(claims, "Tuesday", "September 8")


def test_a_weekday_and_its_own_month_day_agree():
    claims = _date_claims(_PUBLISHED + _FERRY.format("on Monday"), _PUBLISHED + _FERRY.format("on September 8"))
    assert not any(status == Status.CONFLICT for status, _ in claims)


_STABBED = ("A cyclist was stabbed beside the Quillon tram depot on {} evening, transit officers reported. "
            "The cyclist, 41, was treated at Marrow Bay Infirmary, said inspector Oren Voss.")


def test_a_source_restating_its_own_day_as_a_month_day_still_conflicts():
    # a says Saturday (September 6) and later "the September 6 stabbing"; b says Monday. a's
    # restated day is its own, not b's Monday: the two still disagree about one stabbing
    a = _STABBED.format("Saturday") + " Voss urged anyone who saw the September 6 stabbing to come forward."
    b = _STABBED.format("Monday")
    claims = _date_claims(a, b)
    assert any(status == Status.CONFLICT and "Monday evening" in texts for status, texts in claims)


@pytest.mark.parametrize(
    "noun_a, noun_b, conflict",
    [
        # a paper is no event: two days' papers reporting one plan do not disagree
        ("paper", "paper", False),
        ("newsletter", "newsletter", False),
    ],
)
def test_a_possessive_date_before_a_noun_of_no_event_is_no_event(noun_a, noun_b, conflict):
    text = "{}'s {} said Quillon councillor Bram Ostby would face a recall vote over the depot budget."
    claims = _date_claims(text.format("Monday", noun_a), text.format("Wednesday", noun_b))
    assert _conflict_between(claims, "Monday", "Wednesday") is conflict
