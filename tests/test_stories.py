"""Story grouping rules (newsdiff.compare.stories), each on constructed facts with a negative."""

import pytest

from newsdiff.compare import stories
from newsdiff.model import DateFact, Number, Quote


def _date(source, value, anchor=None):
    return DateFact(id=f"{source}:d{value}", source=source, text=value, start=0, end=1, sentence=0,
                    value=value, anchor=anchor)


@pytest.mark.parametrize("dates, expected", [
    ([("2013-05-02", None), ("2013-05-02", None), ("2010-01-01", None)], {(2013, 5, 2)}),
    ([("XXXX-12-09", None)], {(None, 12, 9)}),
    ([("2013-05-02", "reference")], set()),  # resolved against the reference date: not the text's
    ([("2013", None), ("2013-05", None)], set()),  # not day-precise
])
def test_event_dates_are_the_most_frequent_written_days(dates, expected):
    facts = [_date("a", v, anchor) for v, anchor in dates]
    assert stories.event_dates(facts) == expected


@pytest.mark.parametrize("a, b, shared, conflict", [
    ({(2008, 12, 9)}, {(2013, 5, 3)}, False, True),  # years apart
    ({(2013, 5, 2)}, {(2013, 5, 3)}, False, False),  # a day apart: same event
    ({(2008, 12, 9)}, {(2013, 5, 3)}, True, False),  # a shared full date: no conflict
    ({(None, 2, 24)}, {(2013, 8, 12)}, False, True),  # no year: months round the calendar
    ({(None, 12, 30)}, {(2013, 1, 5)}, False, False),  # no year, close across new year
    (set(), {(2013, 5, 3)}, False, False),  # one group without a main date: no evidence
])
def test_eras_conflict_only_when_all_main_dates_are_far(a, b, shared, conflict):
    dates_a = {"date:2013-05-03"} if shared else {"date:2008-12-09"}
    dates_b = {"date:2013-05-03"}
    assert stories.eras_conflict(a, b, dates_a, dates_b) is conflict


@pytest.mark.parametrize("held, key, weight", [
    ([{"x", "t"}, {"x", "t"}, {"t"}, {"t"}], "t", 0.0),  # in every source: the subject, weighs nothing
    ([{"x", "t"}, {"x", "t"}, {"t"}, {"t"}], "x", pytest.approx(0.6931, abs=1e-3)),  # log(4/2)
])
def test_key_weights_favour_rare_keys(held, key, weight):
    assert stories.key_weights(held)[key] == weight


def _quote(source, n, text):
    return Quote(id=f"{source}:q{n}", source=source, text=text, start=0, end=1, sentence=0)


def _number(source, n, value, subject):
    return Number(id=f"{source}:n{n}", source=source, text=str(value), start=0, end=1, sentence=0,
                  value=value, subject=subject)


@pytest.mark.parametrize("fact, key", [
    (_quote("a", 1, "we will never give up on the people of this town"),
     "quote:we will never give up on the people of this town"),
    (_number("a", 1, 46.0, "KOs"), "number:46 kos"),
])
def test_quotes_and_numbers_with_subject_are_keys(fact, key):
    assert key in stories.source_keys([fact], [], "a")


@pytest.mark.parametrize("fact, prefix", [
    (_quote("a", 1, "no comment at all"), "quote:"),  # too short to be evidence
    (_number("a", 1, 46.0, None), "number:"),  # a number without subject says nothing
])
def test_short_quotes_and_bare_numbers_are_not_keys(fact, prefix):
    assert not any(k.startswith(prefix) for k in stories.source_keys([fact], [], "a"))


def _event(source, day, place):
    """A source reporting an event at `place` on `day`, with names shared by both events."""
    return [_date(source, day), _date(source, day),
            _quote(source, 1, f"Tara Reid checked into Promises Treatment Center in {place}"),
            _quote(source, 2, f"Jack Ketsoyan said the stay at {place} would be short")]


def test_groups_with_main_dates_years_apart_are_two_stories():
    from newsdiff.model import Source
    sources = [Source(s, s, "") for s in "abcd"]
    facts = (_event("a", "2008-12-09", "Malibu Beach") + _event("b", "2008-12-09", "Malibu Beach")
             + _event("c", "2013-05-03", "Newport Beach") + _event("d", "2013-05-03", "Newport Beach"))
    story = stories.group(sources, facts, [], copy_of={s.id: s.id for s in sources})
    assert story["a"] == story["b"] != story["c"] == story["d"]


def test_groups_with_close_main_dates_stay_one_story():
    from newsdiff.model import Source
    sources = [Source(s, s, "") for s in "abcd"]
    facts = (_event("a", "2013-05-02", "Malibu Beach") + _event("b", "2013-05-02", "Malibu Beach")
             + _event("c", "2013-05-03", "Malibu Beach") + _event("d", "2013-05-03", "Malibu Beach"))
    story = stories.group(sources, facts, [], copy_of={s.id: s.id for s in sources})
    assert len(set(story.values())) == 1
