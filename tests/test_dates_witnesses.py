"""The third sources that vouch for a weak pair of conflicting dates (`compare.dates._same_day`):
the pair's own sources never take a witness's place, and the search is bounded. Facts are
constructed; their clauses were written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from newsdiff.compare import dates as claims_dates
from newsdiff.model import DateFact, Source, Status

SOURCES = [Source(sid, f"{sid}.txt", "") for sid in ("a", "b", "c", "d")]


def dated(src, n, text, value, event=None, context=(), participants=()):
    """A date fact as the extractor gives it: words, TIMEX3 value and the clause's frame."""
    return DateFact(id=f"{src}:d{n}", source=src, text=text, start=n * 100, end=n * 100 + len(text),
                    sentence=n, value=value, event=event, context=tuple(context), participants=tuple(participants))


def in_one_conflict(facts, x, y) -> bool:
    claims = claims_dates.build(facts, {s.id: n for n, s in enumerate(SOURCES)})
    return any(c.status == Status.CONFLICT and {x, y} <= set(c.facts) for c in claims)


# a: "Veloria voted Wednesday in a parliamentary election" (an error for Sunday); b: "a parliament
# Sunday in a vote heralded by the reclusive government, a sham to critics"; c: "Voters in Veloria
# cast ballots Sunday for a parliament critics call a sham": a and b share little, c is plainly
# both a's fact and b's.
A = dated("a", 1, "Wednesday", "XXXX-WXX-3", "voted", context=("parliamentary", "election", "veloria"),
          participants=("veloria",))
B = dated("b", 20, "Sunday", "XXXX-WXX-7", "heralded", context=("parliament", "sham", "reclusive", "veloria"),
          participants=("veloria",))
C = dated("c", 1, "Sunday", "XXXX-WXX-7", "cast",
          context=("parliamentary", "election", "veloria", "parliament", "sham", "reclusive"), participants=("veloria",))
# Other dates of the story, of other topics: they make the pair's words rare in the story.
FILLERS = [dated("d", n, str(1950 + n), str(1950 + n), context=(f"topic{n}",)) for n in range(2, 42)]
# b's other Sundays, of other events ("the market opened Sunday", "the choir sang Sunday", ...),
# written before its vote.
B_SUNDAYS = [dated("b", n, "Sunday", "XXXX-WXX-7", None, context=(f"errand{n}", f"street{n}")) for n in range(2, 12)]


@pytest.mark.parametrize("crowd", [0, 3, len(B_SUNDAYS)])
def test_the_pairs_own_sundays_never_crowd_out_the_witness(crowd):
    # The witness search once counted b's own Sundays towards its cap of found witnesses and
    # dropped them only afterwards: with eight or more, c was never reached.
    assert in_one_conflict([A, *B_SUNDAYS[:crowd], B, C, *FILLERS], "a:d1", "b:d20")


def test_without_a_witness_the_weak_pair_stays_apart():
    # negative: b's own Sundays are no third source
    assert not in_one_conflict([A, *B_SUNDAYS, B, *FILLERS], "a:d1", "b:d20")


def test_the_witness_search_is_bounded(monkeypatch):
    # d gives hundreds of full dates on other Sundays: none is b's day, so none is a witness, and
    # the search once read every one of them for each pair checked. It now reads at most
    # `MAX_WITNESSES_READ` facts of a key.
    b_day = dated("b", 20, "June 7, 2015", "2015-06-07", "heralded", context=B.context, participants=B.participants)
    first = dt.date(2014, 1, 5)  # a Sunday
    sundays = [dated("d", n, f"the Sunday {n}", (first + dt.timedelta(weeks=n)).isoformat(), "sang", context=(f"choir{n}",))
               for n in range(2, 302) if first + dt.timedelta(weeks=n) != dt.date(2015, 6, 7)]
    examined: list[int] = []
    same_day_of, same_day = claims_dates._same_day_of, claims_dates._same_day

    def counting_same_day_of(a, b):
        examined[-1] += 1
        return same_day_of(a, b)

    def counting_same_day(*args, **kwargs):
        examined.append(0)
        return same_day(*args, **kwargs)

    monkeypatch.setattr(claims_dates, "_same_day_of", counting_same_day_of)
    monkeypatch.setattr(claims_dates, "_same_day", counting_same_day)
    # c, the witness, is still found among the facts read
    assert in_one_conflict([A, b_day, C, *FILLERS, *sundays], "a:d1", "b:d20")
    assert examined, "the witness search was never run"
    assert max(examined) <= 2 * claims_dates.MAX_WITNESSES_READ  # two keys: the weekday, the month and day


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("XXXX-WXX-7", "XXXX-WXX-7", True),
        # the times of day may differ or one may be missing
        ("XXXX-WXX-7", "XXXX-WXX-7TEV", True),
        ("2015-06-07T09:00", "2015-06-07T18:00", True),
        ("2015-06-07", "XXXX-WXX-7", True),
        # negatives: another day, a night and the next day, a month that contains the day
        ("XXXX-WXX-7", "XXXX-WXX-1", False),
        ("XXXX-WXX-7TNI", "XXXX-WXX-1", False),
        ("2015-06", "2015-06-07", False),
    ],
)
@pytest.mark.parametrize("reworded", [False, True])
def test_one_day_is_decided_by_the_values_not_by_the_words_of_the_reason(monkeypatch, a, b, same, reworded):
    # The reasons `compare_pair` gives are words for the reader; rewording them changes nothing.
    if reworded:
        compare_pair = claims_dates.compare_pair
        monkeypatch.setattr(claims_dates, "compare_pair", lambda x, y: (compare_pair(x, y)[0], "reworded"))
    assert claims_dates._same_day_of(claims_dates.parse(a), claims_dates.parse(b)) is same
