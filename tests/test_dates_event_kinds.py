"""Event evidence of dates: a date that modifies a noun dates that noun, event classes of one kind
of happening are weak evidence of one event, and a source that dates the other's event to the
other's day tells two occasions. Every sentence was written for these tests."""

import datetime

import pytest

from newsdiff.compare import comparison, occasions
from newsdiff.compare import dates as D
from newsdiff.extract.dates import context as C
from newsdiff.model import DateFact, Source, Status

SOURCES = [Source(sid, f"{sid}.txt", "") for sid in ("a", "b")]


def dated(src, n, text, value, event=None, context=(), participants=()):
    return DateFact(id=f"{src}:d{n}", source=src, text=text, start=n * 100, end=n * 100 + len(text),
                    sentence=n, value=value, event=event, context=tuple(context), participants=tuple(participants))


def conflicts(facts):
    claims = comparison.compare_sources(SOURCES, facts, []).claims
    return [c for c in claims if c.status == Status.CONFLICT]


# -- a date that modifies a noun dates the noun -----------------------------------------------------
@pytest.mark.parametrize(
    "sentence, expression, event",
    [
        # a possessive date dates the noun after it, not the clause's verb
        ("Two linemen were held out of Thursday's walkthrough, the coach said.", "Thursday", "the walkthrough"),
        # negatives: a possessive date before nouns that name no event keeps the clause's verb
        ("Monday's paper said the depot would reopen.", "Monday", "said"),
        ("Wednesday's heavy snow closed the tram depot.", "Wednesday", "closed"),
        # ... its first event noun among the next few words
        ("Mourners gathered for Sunday's deadly stabbing near the ferry.", "Sunday", "the stabbing"),
        # a date between a determiner and an event noun dates that noun
        ("The warrant cites the March 3 robbery of a pharmacy in Elmford.", "March 3", "the robbery"),
        # negatives: a date before another kind of word keeps the clause's verb
        ("The warrant was signed on the March 3 after the robbery.", "March 3", "signed"),
        ("Deputies arrested the cook on Friday in Elmford.", "Friday", "arrested"),
        ("The board approved the March 3 and March 9 sessions.", "March 3", "approved"),
    ],
)
def test_a_date_that_modifies_a_noun_dates_the_noun(sentence, expression, event):
    start = sentence.index(expression)
    assert C.event(sentence, start, start + len(expression)) == event


@pytest.mark.parametrize(
    "event, context, expected",
    [
        # the noun's classes alone, not those of other nouns of the clause ("injury")
        ("the stabbing", ("stabbing", "injury"), {"stab"}),
        ("the murder", ("murder", "arrest"), {"kill"}),
        ("the walkthrough", ("walkthrough", "injury"), {"practice"}),
        # a noun of no known event class gives no event, never the noun itself ("close" / "closed")
        ("the close", ("close", "injury"), set()),
        # negative: a verb of no known class still takes the clause's event nouns
        ("limited", ("limited", "injury"), {"limit", "injure"}),
    ],
)
def test_a_noun_event_takes_its_own_classes(event, context, expected):
    fact = dated("a", 1, "Thursday", "XXXX-WXX-4", event, context=context)
    assert D._events(fact) == expected


def test_a_noun_event_is_no_plan():
    # "the March 3 robbery" is not the base form "rob" after a modal
    assert not occasions.is_planned(dated("a", 1, "March 3", "XXXX-03-03", "the robbery"))
    assert occasions.is_planned(dated("a", 1, "March 3", "XXXX-03-03", "rob"))


# -- kinds of happening ---------------------------------------------------------------------------------
def _link(a, b, extra_docs=60):
    others = [{f"filler{i}"} for i in range(extra_docs)]
    rarity = D.Rarity([*others, set(a.context), set(b.context)])
    when_of = {f.id: D.written(f) for f in (a, b)}
    return D._evidence(a, b, D._Story(when_of, rarity, {}, {}))


@pytest.mark.parametrize(
    "verb_a, verb_b, decisive",
    [
        # one robbery told by two verbs of one kind: one shared rare word decides
        ("stormed", "stole", True),
        ("rammed", "robbed", True),
        ("shot", "stabbed", True),
        # negatives: two kinds of event ("arrested" is custody, "stabbed" violence)
        ("arrested", "stabbed", False),
        # deaths are of no kind: every attack and disaster kills
        ("shot", "killed", False),
        # games are no kind: a team's story names its other games
        ("scored", "defeated", False),
    ],
)
def test_verbs_of_one_kind_are_weak_evidence_of_one_event(verb_a, verb_b, decisive):
    a = dated("a", 1, "Monday", "XXXX-WXX-1", verb_a, context=("pawnbrokers",))
    b = dated("b", 1, "Thursday", "XXXX-WXX-4", verb_b, context=("pawnbrokers",))
    link = _link(a, b)
    assert link is not None and (link.decisive and link.score >= D.CONFLICT_AT) is decisive


def test_one_kind_without_shared_words_is_no_conflict():
    a = dated("a", 1, "Monday", "XXXX-WXX-1", "stormed", context=("jewellers",))
    b = dated("b", 1, "Thursday", "XXXX-WXX-4", "stole", context=("bracelets",))
    link = _link(a, b)
    assert link is not None and not link.decisive


# -- a source that dates the other's event to the other's day -------------------------------------------
def _stabbing_and_shooting(b_names_the_stabbing):
    # a: "a courier was stabbed behind the Quillon bakery on May 12"; b: "shots were fired at a
    # courier near the Quillon bakery on May 9", and, when asked, b also tells of "the May 12
    # stabbing" of that courier, so its May 9 dates another attack.
    facts = [dated("a", 1, "May 12", "XXXX-05-12", "stabbed", context=("courier", "quillon", "bakery"),
                   participants=("quillon",)),
             dated("b", 2, "May 9", "XXXX-05-09", "shot", context=("courier", "quillon", "bakery"),
                   participants=("quillon",))]
    if b_names_the_stabbing:
        facts.append(dated("b", 1, "May 12", "XXXX-05-12", "the stabbing", context=("stabbing", "courier")))
    return facts


def test_a_source_dating_the_other_event_to_the_other_day_tells_two_occasions():
    assert conflicts(_stabbing_and_shooting(True)) == []


def test_without_that_mention_one_kind_and_shared_words_make_a_conflict():
    (claim,) = conflicts(_stabbing_and_shooting(False))
    assert {"a:d1", "b:d2"} <= set(claim.facts) and "same kind of event (violence)" in claim.basis


# -- a far verb ------------------------------------------------------------------------------------
_LONG_PLACE = "outside the old mill in the 900 block of Larch Street in the Elmford district near the river"


@pytest.mark.parametrize(
    "sentence, expression, event",
    [
        # no verb within 12 words: the clause's last verb before the date, up to 30 words away
        (f"Vale was shot {_LONG_PLACE} early Aug. 2.", "early Aug. 2", "shot"),
        # negative: a nearer verb still wins
        (f"Vale was shot {_LONG_PLACE} and found early Aug. 2.", "early Aug. 2", "found"),
        # negative: beyond 30 words nothing dates it
        (f"Vale was shot {_LONG_PLACE} {_LONG_PLACE} early Aug. 2.", "early Aug. 2", None),
        # negatives: a verb of a relative clause, or one behind a comma, is another clause's
        (f"Deputies thanked the crew who cleared the road {_LONG_PLACE} on Tuesday.", "Tuesday", None),
        (f"Deputies asked the clerk, who was robbed {_LONG_PLACE}, about Tuesday.", "Tuesday", None),
    ],
)
def test_a_far_verb_dates_a_date_with_no_nearer_verb(sentence, expression, event):
    start = sentence.index(expression)
    assert C.event(sentence, start, start + len(expression)) == event


# -- a weekday beside a month and day written without a year -----------------------------------------
def _when(read, weekday, day=None, resolved=None):
    first = resolved or (None if day is None else datetime.date(2017, 7, day))
    return D.When(first, first, weekday, 7 if day else None, day, None, read)


_SUNDAY_A_YEAR_ON = datetime.date(2018, 7, 22)
_SUNDAY_BEFORE = datetime.date(2017, 7, 23)


@pytest.mark.parametrize(
    "a, b, status",
    [
        # "Sunday's shooting" / "killed him on July 24" (resolved to a Monday of a guessed year):
        # the weekday of a day written without its year is a guess, no conflict
        (_when(D.BY_WEEKDAY, 7), _when(D.BY_MONTH_DAY, 1, 24), Status.COMPATIBLE),
        (_when(D.BY_WEEKDAY, 7, resolved=_SUNDAY_A_YEAR_ON), _when(D.BY_MONTH_DAY, 1, 24), Status.COMPATIBLE),
        # negative: resolved within a week of each other the year guess holds, the days differ
        (_when(D.BY_WEEKDAY, 7, resolved=_SUNDAY_BEFORE), _when(D.BY_MONTH_DAY, 1, 24), Status.CONFLICT),
        # ... while a weekday that falls on it still agrees
        (_when(D.BY_WEEKDAY, 1), _when(D.BY_MONTH_DAY, 1, 24), Status.AGREE),
        # negatives: two weekdays, or a weekday beside a day whose year was written, still conflict
        (_when(D.BY_WEEKDAY, 7), _when(D.BY_WEEKDAY, 1), Status.CONFLICT),
        (_when(D.BY_WEEKDAY, 7), _when(D.WRITTEN, 1, 24), Status.CONFLICT),
    ],
)
def test_a_weekday_and_a_day_without_its_year(a, b, status):
    assert D.compare_pair(a, b)[0] == status


@pytest.mark.parametrize(
    "lemma, kinds",
    [
        ("stab", {"violence"}),
        ("arrest", {"custody"}),
        # negatives: lemmas whose other senses are common are of no kind ("fired the coach",
        # "booked a flight", "the rain stopped", "named a successor")
        ("fire", set()),
        ("book", set()),
        ("stop", set()),
        ("name", set()),
    ],
)
def test_only_lemmas_of_one_usual_sense_have_a_kind(lemma, kinds):
    assert D._kinds({lemma}) == kinds
