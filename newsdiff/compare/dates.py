"""Date claims: the same event dated by different sources.

Dates are lined up by their frames with the alignment of `compare/align.py`: the class of the
event they date (`claim_words.EVENT_CLASSES`) and the rare names and words of their clause. Dates
of speaking ("said on Thursday") join only for the same speaker, since different people speak on
different days, and never a date of what happened. Resolved dates more than `SAME_EVENT_DAYS`
apart are different occurrences of that kind of event (someone fled in 1998, someone else in
2001), not a disagreement: sources that disagree about one event are usually a day or two apart.
A conflict needs the same (not generic) event, or two events of one kind of happening
(`lists/compare/event_kinds.txt`: "stormed" / "stole") with names or words of the clauses shared
besides; shared words alone make separate claims, unless
several rare names and words are shared (one more when the two dates have different verbs of no
known class, neither named in the other's clause). The nearest name of each clause counts against
a pair only when the other source names it too, elsewhere: outlets name a place, a person or an
office for one event, and a name one source never gives is no sign of another occasion. Two
disagreeing dates that look alike only weakly may still stand in one conflict claim when a third
source's date is decisively the same fact as both (complete linkage, through one witness).
What happened ("defeated them Friday") and what was then planned ("will meet them Saturday") are
two events, however many names their clauses share. Unnamed speakers conflict only over one
announcement: the same counted news, or the same announcing verb ("announced") around the same
names.

Values are compared as TIMEX3: two resolved days agree when equal and conflict when not; a
weekday that could not be anchored (`XXXX-WXX-1`) agrees with a resolved date falling on that
weekday; a month or week containing a day is compatible (less precise).

A value resolved against the publication or reference date (`DateFact.anchor`) is compared on
what the source wrote, not on what the resolver guessed (`written`): a written weekday ("on
Saturday") is compared as a weekday, so two sources saying "Saturday" agree even when one
article's date put its Saturday in another week; a month and day written without a year are
compared as month and day (beside a written weekday, it conflicts only through the year the
resolver guessed, so the two are compatible when the weekdays differ); and a day read from the
publication date alone ("today", "tonight",
"yesterday") never makes a conflict, since that date is often a day off (time zones, updates).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterable, Mapping, Optional, Sequence

import regex

from newsdiff.compare import occasions
from newsdiff.compare.align import Aligner, Link, Rarity
from newsdiff.compare.common import event_class, event_lemma, is_reporting, short, stem, with_twins, worst
from newsdiff.compare.numbers import basis
from newsdiff.compare.occasions import noun_event
from newsdiff.extract.frame import singular
from newsdiff.lexicon import load, load_table
from newsdiff.lexicon.claim_words import EVENT_CLASSES, GENERIC_DATE_EVENTS, VAGUE_EVENTS
from newsdiff.lexicon.date_words import MONTHS, PART_OF_DAY_NAMES
from newsdiff.lexicon.date_words import WEEKDAYS as WEEKDAY_WORDS
from newsdiff.model import Claim, ClaimValue, DateFact, Kind, Status
from newsdiff.text.normalize import fold, words
from newsdiff.timex_value import parse_value

SAME_EVENT_DAYS = 7
# Event nouns and the classes of event each names (`lists/event_nouns.txt`): its first class, and
# the lemma of a verb of no known class that names the same event, if any ("explosion": attack, and
# "exploded" as well).
EVENT_NOUNS: dict[str, tuple[str, ...]] = {}
for _noun, _class in load_table("event_nouns"):
    EVENT_NOUNS[_noun] = EVENT_NOUNS.get(_noun, ()) + (_class,)
# Verbs of the page's own life: their dates make no claim (`lists/page_events.txt`).
PAGE_EVENTS = frozenset(load("page_events"))
# Event classes a verb may name that say which event a date belongs to.
# A noun's further classes are verbs of no known class ("exploded"): known, they would count as a
# different kind of event from the noun's first class ("attacked"), which they are not.
KNOWN_EVENTS = frozenset(EVENT_CLASSES) | frozenset(classes[0] for classes in EVENT_NOUNS.values())
# Reporting verbs that make news public: dating one announcement, two unnamed reports of it that
# name the same people are one event (`lists/announcing_verbs.txt`).
ANNOUNCING = frozenset(load("announcing_verbs"))
# Kinds of happening (`lists/compare/event_kinds.txt`): event classes of one kind ("stormed" /
# "stole", "rammed" / "robbed") are one event told two ways as often as two events.
EVENT_KINDS: dict[str, frozenset[str]] = {}
for _kind, _lemma in load_table("compare/event_kinds"):
    EVENT_KINDS[_lemma] = EVENT_KINDS.get(_lemma, frozenset()) | {_kind}
MIN_ANNOUNCED_NAMES = 2  # names shared around two unnamed announcements of one piece of news
COMPARABLE_TYPES = ("DATE", "TIME")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# How a value resolved against an anchor date was written (`written`).
WRITTEN, BY_WEEKDAY, BY_MONTH_DAY, BY_PUBLICATION = "written", "weekday", "month-day", "publication"
NUMERIC_DAY = regex.compile(r"\b\d{1,2}[/.]\d{1,2}\b")


@dataclass(frozen=True)
class When:
    """A TIMEX3 value taken apart: the days it covers (when the year is known), its weekday, and
    its month and day (when given without a year)."""

    first: Optional[dt.date]
    last: Optional[dt.date]
    weekday: Optional[int]  # 1 = Monday
    month: Optional[int]
    day: Optional[int]
    time: Optional[str]
    read: str = WRITTEN  # what the words give when the value was resolved against an anchor


def written(fact: DateFact) -> Optional[When]:
    """The fact's value as its words give it: a value resolved against the publication or reference
    date keeps only what was written (its weekday, or its month and day), so that comparison
    judges what the source said rather than the resolver's guess of the week or year."""
    when = parse(fact.value)
    if when is None or not fact.anchor:
        return when
    tokens = set(words(fact.text))
    if tokens & MONTHS.keys() or NUMERIC_DAY.search(fact.text):
        return replace(when, read=BY_MONTH_DAY) if when.first == when.last else when
    if tokens & WEEKDAY_WORDS.keys():
        return replace(when, read=BY_WEEKDAY)
    return replace(when, read=BY_PUBLICATION)


def parse(value: Optional[str]) -> Optional[When]:
    """Take a TIMEX3 date or time value apart; None for values that cannot be compared."""
    t = parse_value(value) if value else None
    if t is None or t.unit not in ("day", "week", "month", "year"):
        return None
    if t.first is None and t.weekday is None and not (t.month and t.day):
        return None
    return When(t.first, t.last, t.weekday, t.month, t.day, t.time)


def compare_pair(a: When, b: When) -> tuple[Status, str]:
    """Status of two dates and a few words saying why. Values resolved against an anchor date are
    compared on their written parts (`written`)."""
    reads = {a.read, b.read}
    if BY_PUBLICATION in reads:
        status, why = _resolved(a, b)
        if status == Status.CONFLICT:
            return Status.COMPATIBLE, "one day is read from the publication date ('today', '5 p.m.'), which may be a day off"
        return status, why
    if BY_WEEKDAY in reads and a.weekday and b.weekday:
        status, why = _by_weekday(a, b)
        if status == Status.CONFLICT and reads == {BY_WEEKDAY, BY_MONTH_DAY} and _weeks_apart(a, b):
            # A month and day written without a year has a weekday only by the resolver's guess
            # of the year. Resolved within a week of each other, the guess is the year both
            # stories are about and the weekdays really differ; further apart, the month and day
            # may belong to another year than the weekday's week (a story written long after).
            return Status.COMPATIBLE, "a weekday and a day of a month without its year: the year is a guess"
        return status, why
    if BY_MONTH_DAY in reads and _month_day(a) and _month_day(b):
        if _month_day(a) != _month_day(b):
            return Status.CONFLICT, "different days"
        return _times(a, b)
    return _resolved(a, b)


def _weeks_apart(a: When, b: When) -> bool:
    """True when the two resolved days lie more than `SAME_EVENT_DAYS` apart (or one is not
    resolved): then the year guessed for a month and day may be wrong."""
    if a.first is None or b.first is None:
        return True
    return abs((a.first - b.first).days) > SAME_EVENT_DAYS


def _month_day(w: When) -> Optional[tuple[int, int]]:
    if w.month and w.day:
        return w.month, w.day
    if w.first and w.first == w.last:
        return w.first.month, w.first.day
    return None


def _by_weekday(a: When, b: When) -> tuple[Status, str]:
    assert a.weekday and b.weekday
    if a.weekday != b.weekday and _across_midnight(a, b):
        return Status.COMPATIBLE, "a night and the early hours after it"
    if a.weekday != b.weekday:
        return Status.CONFLICT, f"{WEEKDAYS[a.weekday - 1]} vs {WEEKDAYS[b.weekday - 1]}"
    return _times(a, b, f"both a {WEEKDAYS[a.weekday - 1]}")


def _resolved(a: When, b: When) -> tuple[Status, str]:
    if a.first and b.first and a.last and b.last:
        if a.last < b.first or b.last < a.first:
            if _across_midnight(a, b):
                return Status.COMPATIBLE, "a night and the early hours after it"
            return Status.CONFLICT, "different days" if a.first == a.last and b.first == b.last else "no day in common"
        if (a.first, a.last) != (b.first, b.last):
            return Status.COMPATIBLE, "one date is less precise and contains the other"
        if a.first != a.last:
            return Status.AGREE, "same period"
        return _times(a, b)
    if a.weekday and b.weekday:
        return _by_weekday(a, b)
    a_md, b_md = _month_day(a), _month_day(b)
    if a_md and b_md:
        if a_md != b_md:
            return Status.CONFLICT, "different days"
        return _times(a, b)
    return Status.COMPATIBLE, "the dates cannot be set side by side (one has no year or weekday)"


def _across_midnight(a: When, b: When) -> bool:
    """True when one value is a day (or its evening or night) and the other the early hours
    (before 6 a.m.) of the next day, a night and the next morning, or an evening or night and the
    next day with no time given ("Sunday night" / "Monday"): the same night, reported on either
    side of midnight."""
    for early, late in ((a, b), (b, a)):
        evening = early.time in ("EV", "NI") or bool(early.time and early.time[:2].isdigit() and int(early.time[:2]) >= 18)
        # "late Sunday night" / "early Monday morning": a night runs into the next morning.
        small_hours = bool(late.time and late.time[:2].isdigit() and int(late.time[:2]) < 6) or (
            late.time == "MO" and early.time == "NI")
        if not (small_hours or (late.time is None and evening)):
            continue
        if early.time is not None and not evening:
            continue
        if early.first and late.first and early.first == early.last and (late.first - early.first).days == 1:
            return True
        if early.weekday and late.weekday and late.weekday == early.weekday % 7 + 1:
            return True
    return False


def _times(a: When, b: When, same: str = "same day") -> tuple[Status, str]:
    if a.time == b.time:
        return Status.AGREE, same
    if a.time is None or b.time is None:
        return Status.COMPATIBLE, f"{same}; one also gives the time of day"
    return Status.COMPATIBLE, f"{same}; times of day differ ({_time(a.time)} vs {_time(b.time)})"


def _time(t: str) -> str:
    return PART_OF_DAY_NAMES.get(t, t)


# Evidence weights (see `compare/align.py` and `compare/numbers.py`).
EVENT = 2.0  # both date an event of the same class
SAME_WORDS = 1.0  # the same words resolved to the same value ("late Thursday" twice): a reprinted clause
GENERIC_EVENT = 1.5  # ... of a generic class ("arrived", "met"): the verb alone says little
SAME_KIND = 1.0  # both date events of different classes of one kind (`EVENT_KINDS`)
KIND_EVIDENCE = 1.0  # names and words of the clause, weighed, that make such a pair decisive
OTHER_EVENT = 2.0  # both name their event, of different classes
OTHER_VERB = 0.5  # both name their event with different verbs, one of no known class
STRONG_EVIDENCE = 3.0  # names and words of the clause, weighed, that make a date conflict without its verb
OTHER_AGENT = 2.0  # the name nearest each date is not named around the other, though its source names it
NAMES_CAP = 4.0
WORDS_CAP = 3.0
JOIN_AT = 2.0
CONFLICT_AT = 2.0  # with `decisive`: the same specific event; shared words never make a date conflict
# Sentence-context keys (`compare.common.sentence_context`) of a number's counted thing: two
# sentences sharing one report the same counted fact.
SAME_NEWS = "thing:"
MAX_THIRDS = 8  # facts of one value tried as the third source that links two disagreeing dates
MAX_WITNESSES_READ = 40  # facts of one day read in search of those (as `align.MAX_BLOCK` bounds a block)
MAX_STATED = 12  # a source's dates of one event read for the other source's day (bounded per pair)
MIN_SHARED_ITEMS = 3  # distinct names and words shared, for a conflict on names and words alone


def build(facts: Sequence[DateFact], source_order: dict[str, int],
          twins: Optional[Mapping[str, Sequence[DateFact]]] = None,
          context: Optional[Mapping[str, frozenset[str]]] = None) -> list[Claim]:
    """Group date facts of one story into claims. `twins` (fact id -> the same fact in copies,
    `compare.common.fold_copies`) join their original's claim; `context` (fact id -> what the other
    facts of its sentence are about, `compare.common.sentence_context`) adds to the evidence of the
    frames (`DateFact.context`, `participants`)."""
    when_of = {f.id: written(f) for f in facts}
    usable = [f for f in facts if f.type in COMPARABLE_TYPES and when_of[f.id] is not None and _dated_event(f)]
    extra = context or {}
    rarity = Rarity(_bag(f, extra) for f in usable)
    names: dict[str, set[str]] = {}
    for f in facts:
        names.setdefault(f.source, set()).update(f.participants)
    story = _Story(when_of, rarity, extra, names)
    by_day: dict[tuple, dict[str, list[DateFact]]] = {}
    stated: dict[tuple[str, str], list[When]] = {}
    for f in usable:
        for day in _day_keys(when_of[f.id]):  # type: ignore[arg-type]
            by_day.setdefault(day, {}).setdefault(f.source, []).append(f)
        for event in _events(f):
            stated.setdefault((f.source, event), []).append(when_of[f.id])  # type: ignore[arg-type]
    aligner: Aligner[DateFact] = Aligner(
        keys=lambda f: _keys(f, extra),
        source=lambda f: f.source,
        order=lambda f: (f.source, f.start, f.end),
        evidence=lambda a, b: _evidence(a, b, story),
        clash=lambda a, b: any(compare_pair(when_of[x.id], when_of[y.id])[0] == Status.CONFLICT  # type: ignore[arg-type]
                               for x in a for y in b),
        same_value=lambda a, b: not _two_occurrences(when_of[a.id], when_of[b.id]),  # type: ignore[arg-type]
        join_at=JOIN_AT,
        conflict_at=CONFLICT_AT,
        never=lambda a, b: _far_apart(when_of[a.id], when_of[b.id]),  # type: ignore[arg-type]
        # Two dates that disagree share a claim only when they themselves are decisively the dates
        # of one event: a chain of links through other dates does not make a conflict. Checked by
        # the aligner only for the clashing pairs of a merge that would make a conflict (capped).
        may_conflict=lambda a, b: _may_conflict(a, b, story, by_day) and not _states_other(a, b, when_of, stated)
        and not occasions.dates_apart(a, b, _events),  # two dated occasions of one kind never contradict
    )
    clusters, links = aligner.cluster(usable)
    drafts = []
    for n, cluster in enumerate(clusters):
        members = with_twins(cluster, twins, source_order)
        if len(members) == 1 and (not _event(members[0]) or (_event(members[0]) == "say" and not members[0].claimant)):
            continue  # a date of nothing said (or said by no one named), lined up with nothing: no claim to show
        claim = _draft([(f, when_of.get(f.id) or written(f)) for f in members], source_order)  # type: ignore[misc]
        drafts.append(replace(claim, basis=basis(links.get(n, []))))
    return drafts


def _may_conflict(a: DateFact, b: DateFact, story: _Story,
                  by_day: Mapping[tuple, Mapping[str, Sequence[DateFact]]]) -> bool:
    """True when two disagreeing dates may stand in one conflict claim: decisive evidence between
    them, or nothing against it (evidence above zero) while a third source giving the day of one
    of them (`_day_keys`: "Friday evening" gives the day of "Friday" and of "June 24, 2005", a
    Friday) is decisively the same fact as both ("voted Sunday" / "cast ballots Sunday" / "elect
    a parliament Wednesday in balloting heralded as ...": the third clause names the vote in both
    wordings)."""
    link = _evidence(a, b, story)
    if link is None:
        return False
    if _decisive(link):
        return True
    if link.score <= 0 or _two_kinds(a, b):
        return False  # no third source makes one event of two kinds of event
    when_of = story.when_of
    for one in (a, b):
        for third in _same_day(one, by_day, when_of, skip=(a.source, b.source)):
            if _decisive(_evidence(a, third, story)) and _decisive(_evidence(third, b, story)):
                return True
    return False


def _day_keys(when: When) -> list[tuple]:
    """The keys a value is indexed by to find other sources giving its day: its weekday and its
    month and day (a resolved day gives both)."""
    keys: list[tuple] = []
    weekday = when.weekday or (when.first.isoweekday() if when.first and when.first == when.last else None)
    if weekday:
        keys.append(("weekday", weekday))
    month_day = _month_day(when)
    if month_day:
        keys.append(("month-day", *month_day))
    return keys


def _same_day(fact: DateFact, by_day: Mapping[tuple, Mapping[str, Sequence[DateFact]]],
              when_of: Mapping[str, Optional[When]], skip: Sequence[str]) -> list[DateFact]:
    """Facts of the story, of sources other than `skip` (the pair's own), that give the fact's
    very day (`_same_day_of`): the witnesses of `_may_conflict`, at most `MAX_THIRDS`. The pair's
    own sources are passed over before anything is counted, so that a source repeating the day
    never crowds out the others; at most `MAX_WITNESSES_READ` facts of each day key are read, at
    most `MAX_THIRDS` of one source, so the work per pair is bounded however common the day."""
    when = when_of[fact.id]
    if when is None:
        return []
    found: dict[str, DateFact] = {}
    for key in _day_keys(when):
        candidates = (other for source, others in by_day.get(key, {}).items() if source not in skip
                      for other in others[:MAX_THIRDS])
        for read, other in enumerate(candidates):
            other_when = when_of[other.id]
            if read >= MAX_WITNESSES_READ:
                break
            if other_when is not None and _same_day_of(when, other_when):
                found.setdefault(other.id, other)
                if len(found) >= MAX_THIRDS:
                    return list(found.values())
    return list(found.values())


def _same_day_of(a: When, b: When) -> bool:
    """True when the two values give one day, whatever their times of day: with the times set
    aside, `compare_pair` finds them in agreement (not merely compatible, as a day and a less
    precise date that contains it are, or a night and the small hours after it)."""
    return compare_pair(replace(a, time=None), replace(b, time=None))[0] == Status.AGREE


def _states_other(a: DateFact, b: DateFact, when_of: Mapping[str, Optional[When]],
                  stated: Mapping[tuple[str, str], Sequence[When]]) -> bool:
    """True when one source also dates, elsewhere, an event of the same class to the very day the
    other source gives: its own other day then dates another occasion (a story of a Friday fire
    that also mentions "a fire on Tuesday" at another address), so the two sources do not
    disagree. For two events of one kind (`EVENT_KINDS`: "stabbed" / "shot"), a source dating the
    other's very event to the other's day does the same (it tells of a robbery on May 9 and of a
    stabbing on May 12 as two occasions). A month and day without a year counts as a day; the day
    must agree with the other's or be compatible with it (a part of the day on one side only)."""
    ea, eb = _events(a), _events(b)
    # Two events of one kind ("stabbed" / "shot"): a source that dates the other's very event to
    # the other's day tells two occasions, as a source dating one event twice does.
    one_kind = not ea & eb and bool(_kinds(ea) & _kinds(eb))
    for x, y in ((a, b), (b, a)):
        day = when_of[y.id]
        if day is None or not _a_day(day):
            continue
        for event in (_events(y) if one_kind else _events(x) & _events(y)):
            for w in stated.get((x.source, event), ())[:MAX_STATED]:
                # Agreeing or compatible days ("Monday" / "Monday morning"). Agreement alone was
                # measured: injected date recall on tuning 61 -> 64 of 104, but control conflicts
                # on check 0.30 -> 0.40 per cluster, GVC check 0.73 -> 0.87 and one more spurious
                # conflict; a weekday against a month and day within a week of it is no longer
                # softened to compatible (`compare_pair`), so this does not hide that conflict.
                if _a_day(w) and compare_pair(w, day)[0] in (Status.AGREE, Status.COMPATIBLE):
                    return True
    return False


def _decisive(link: Optional[Link]) -> bool:
    """True for evidence strong enough in kind and weight to show two dates in conflict."""
    return link is not None and link.decisive and link.score >= CONFLICT_AT


def _dated_event(fact: DateFact) -> bool:
    """False for dates of the page, not of an event of the story: "published June 13"."""
    if not fact.event or is_reporting(fact.event):
        return True  # when someone spoke: lined up only with when the same statement was made
    cls = event_class(fact.event)
    return bool(cls) and cls.split()[0] not in PAGE_EVENTS


def _event(fact: DateFact) -> str:
    """"say" for a date of speaking, the event class of the date's verb, or "" when it has none or
    one too general to name an event ("made", "left": `VAGUE_EVENTS`)."""
    if not fact.event:
        return ""
    if is_reporting(fact.event):
        return "say"
    cls = event_class(fact.event)
    # A verb that lemmatises to nothing (an auxiliary alone: "was") names no event.
    return "" if not cls or cls.split()[0] in VAGUE_EVENTS else cls


def _bag(fact: DateFact, extra: Mapping[str, frozenset[str]]) -> set[str]:
    return {stem(w) for w in fact.context} | {"@" + n for n in fact.participants} | set(extra.get(fact.id, ()))


def _keys(fact: DateFact, extra: Mapping[str, frozenset[str]]) -> Iterable[str]:
    event = _event(fact)
    if event == "say":
        yield f"say|{fact.claimant}" if fact.claimant else "say|"
        if fact.claimant:
            return
    for name in _events(fact):
        yield "event:" + name
    yield from _bag(fact, extra)


def _two_kinds(a: DateFact, b: DateFact) -> bool:
    """True when the two dates' verbs name two different kinds of event: two known classes
    ("killed" is not "arrested"), or what happened ("defeated them Friday") and what was then
    planned ("will meet them Saturday")."""
    ea, eb = _events(a), _events(b)
    if not (ea and eb) or ea & eb or _kinds(ea) & _kinds(eb):
        return False
    return (_event(a) in KNOWN_EVENTS and _event(b) in KNOWN_EVENTS) or _planned(a) != _planned(b)


def _planned(fact: DateFact) -> bool:
    """True for a date of a planned or expected event (`occasions.is_planned`)."""
    return occasions.is_planned(fact)


@lru_cache(maxsize=1 << 15)  # asked for every context word of both dates of every candidate pair
def _noun_classes(word: str) -> tuple[str, ...]:
    """The event classes a noun names ("shootings" -> shoot), none for other words."""
    return EVENT_NOUNS.get(word) or EVENT_NOUNS.get(singular(word), ())


def _events(fact: DateFact) -> frozenset[str]:
    """The classes of event a date may belong to: its verb's class when the verb names a known
    event ("shot", "arrested"); otherwise the events its clause names by a noun ("Saturday's
    shooting", "the fire on Sunday"), with its verb's lemma when it has one; a date that modifies
    a noun ("the May 9 robbery", "Sunday's rehearsal") takes that noun's classes alone (none
    when it names no known event)."""
    verb = _event(fact)
    if verb and verb != "say" and verb in KNOWN_EVENTS:
        return frozenset((verb,))
    # A date that modifies an event noun dates that noun (`extract/dates/context`: "the May 9
    # robbery", "Sunday's game"), not the other nouns of its clause.
    noun = noun_event(fact)
    if noun:
        # only a noun of `event_nouns.txt` names an event; never the noun itself, which could
        # equal a verb's lemma ("close") and join two unrelated dates
        return frozenset(_noun_classes(noun))
    names = set(fact.participants)  # "Catching Fire" is a title, not a fire
    nouns = {c for w in fact.context if w not in names for c in _noun_classes(w)}
    if verb and verb != "say":
        nouns.add(verb)
    return frozenset(nouns)


def _kinds(events: Iterable[str]) -> frozenset[str]:
    """The kinds of happening (`EVENT_KINDS`) of a date's event classes (`_events`): each class
    by its whole name, then by its verb alone ("break out", "pull")."""
    found: set[str] = set()
    for event in events:
        found |= EVENT_KINDS.get(event) or EVENT_KINDS.get(event.split()[0], frozenset())
    return frozenset(found)


def _clause_events(fact: DateFact) -> frozenset[str]:
    """The classes of every other event the date's clause names, by a verb or a noun ("placed",
    "the shooting"), besides the date's own verb."""
    skip = set(fact.participants) | set(words(fact.event or ""))  # its own verb is not another event
    found = {c for w in fact.context if w not in skip for c in (_noun_classes(w) or (event_class(w),))}
    return frozenset(found - {""})


@dataclass(frozen=True)
class _Story:
    """What the evidence of a pair reads besides the two facts: every date's value as written,
    the rarity of words among the story's dates, each date's sentence context
    (`compare.common.sentence_context`) and the names each source gives around any of its dates."""

    when_of: Mapping[str, Optional[When]]
    rarity: Rarity
    extra: Mapping[str, frozenset[str]]
    names: Mapping[str, set[str]]


def _other_agents(a: DateFact, b: DateFact, story: _Story) -> bool:
    """True when each date's nearest name is one the other source also names, but not near its
    own date: both sources know both names and tie each date to a different one ("Creighton
    defeated Drake on Friday" / "Drake had defeated Bradley on Thursday"). A name the other source
    never gives says nothing: outlets name a place, a person or an office for one event."""
    if not (a.participants and b.participants):
        return False
    lead_a, lead_b = a.participants[0], b.participants[0]
    return (lead_a not in b.participants[:2] and lead_b not in a.participants[:2]
            and lead_a in story.names.get(b.source, ()) and lead_b in story.names.get(a.source, ()))


# How the events of two dates relate (`_event_relation`).
SAME, KIND, CONTRADICT, OTHER_VERBS, UNRELATED = "same", "kind", "contradict", "other verbs", ""


def _event_relation(a: DateFact, b: DateFact, ea: frozenset[str], eb: frozenset[str]) -> tuple[str, float, str]:
    """How the events of two dates relate, the score it adds and the words that show it: the same
    class (`SAME`), different classes of one kind (`KIND`, `EVENT_KINDS`), two kinds of event
    (`CONTRADICT`), different verbs of no known class (`OTHER_VERBS` when neither is named in
    the other's clause, else `UNRELATED`), or nothing to compare (one names no event)."""
    if not (ea and eb):
        return UNRELATED, 0.0, ""
    common = sorted(ea & eb)
    if common:
        generic = all(e.split()[0] in GENERIC_DATE_EVENTS for e in common)
        return SAME, GENERIC_EVENT if generic else EVENT, f"same event ({common[0]})"
    kinds = sorted(_kinds(ea) & _kinds(eb))
    if kinds:
        return KIND, SAME_KIND, f"same kind of event ({kinds[0]})"
    if _two_kinds(a, b):
        return CONTRADICT, -OTHER_EVENT, ""
    # Verbs of no known class often name one event ("hired", "joined") ... but not surely: two
    # different verbs need one more shared name or word for a conflict, unless one's verb is
    # named in the other's clause too (the extractor may give a date the verb of a neighbouring
    # clause: "placed him on the list Saturday after he suffered a sprain").
    named = bool(ea & _clause_events(b) or eb & _clause_events(a))
    return (UNRELATED if named else OTHER_VERBS), -OTHER_VERB, ""


def _evidence(a: DateFact, b: DateFact, story: _Story) -> Optional[Link]:  # noqa: C901, PLR0912 - one step per kind of evidence, in order
    """How strongly two dates of different sources look like the date of one event."""
    when_of, rarity, extra = story.when_of, story.rarity, story.extra
    wa, wb = when_of[a.id], when_of[b.id]
    if wa is None or wb is None or _far_apart(wa, wb):
        return None  # weeks apart: two occurrences, not a disagreement about one
    sa, sb = _event(a) == "say", _event(b) == "say"
    if sa != sb:
        return None  # when something was said is not when it happened
    if sa and (a.claimant or b.claimant):
        if a.claimant != b.claimant:
            return None  # different people speak on different days
        return Link(CONFLICT_AT, (f"when {a.claimant} spoke",), True)
    ea, eb = _events(a), _events(b)
    relation, score, event_why = _event_relation(a, b, ea, eb)
    why = [event_why] if event_why else []
    same, kind, contradict = relation == SAME, relation == KIND, relation == CONTRADICT
    other_verbs = relation == OTHER_VERBS  # different verbs of no known class, neither in the other's clause
    if _other_agents(a, b, story):
        score -= OTHER_AGENT
    if a.value == b.value and fold(a.text) == fold(b.text):
        score += SAME_WORDS
        why.append(f"both write '{b.text}'")
    names_a, names_b = ({"@" + n for n in f.participants} for f in (a, b))
    weight, shared = rarity.shared(names_a, names_b, NAMES_CAP)
    evidence = weight
    items = {n[1:] for n in shared}  # distinct names and words the two clauses share
    if shared:
        score += weight
        why.append("names: " + ", ".join(n[1:] for n in shared[:3]))
    words_a = {stem(w) for w in a.context} | set(extra.get(a.id, ()))
    words_b = {stem(w) for w in b.context} | set(extra.get(b.id, ()))
    weight, shared = rarity.shared(words_a, words_b, WORDS_CAP)
    shared_words = shared
    evidence += weight
    items.update(w.split(":")[-1] for w in shared)
    if shared:
        score += weight
        # Sentence-context keys ("thing:...") are evidence, not words to show; stems read as words.
        words_of = {stem(w): w for w in (*a.context, *b.context)}
        shown = [words_of.get(w, w) for w in shared if ":" not in w][:4]
        if shown:
            why.append("words: " + ", ".join(shown))
    if sa:
        # Two reports of one statement, neither naming who spoke: the same statement only when
        # both give the day it was made and their clauses share what it was about ("since July
        # 2021 it has confirmed" is not "on Thursday confirmed").
        if evidence < STRONG_EVIDENCE or not (_one_day(wa) and _one_day(wb)):
            return None
        # Unnamed speakers ("police said Tuesday", "officials told reporters on Friday") are often
        # different people speaking on different days: a conflict only when both sentences also
        # report the same counted thing ("two gang members were arrested, officials said"),
        # which makes them one announcement of one piece of news.
        # ... or both announce (not merely say) by the same verb, naming the same people or bodies:
        # "the academy announced Friday that Jackman will host" / "Jackman was announced Monday
        # as host" date one announcement.
        verb = event_lemma(a.event).split()[:1]
        announced = (bool(verb) and verb[0] in ANNOUNCING and event_lemma(b.event).split()[:1] == verb
                     and len(set(a.participants) & set(b.participants)) >= MIN_ANNOUNCED_NAMES)
        return Link(round(score, 3), tuple(why), announced or any(w.startswith(SAME_NEWS) for w in shared_words))
    # A conflict needs the same event of the story, not only words around two dates; a generic
    # event ("checked in") needs a name or word of its clause besides.
    generic = same and all(e.split()[0] in GENERIC_DATE_EVENTS for e in ea & eb)
    decisive = (same and (not generic or evidence > 0)) or (kind and evidence >= KIND_EVIDENCE)
    if not decisive:
        # Without the same event, only a clause that shares several rare names and words with the
        # other (not one rare word: "three", "women") says the two dates are of one event.
        more = 1 if other_verbs else 0
        decisive = not contradict and evidence >= STRONG_EVIDENCE and len(items) >= MIN_SHARED_ITEMS + more
    return Link(round(score, 3), tuple(why), decisive)


def _a_day(w: When) -> bool:
    """True when the value names one day, a month and day written without a year included
    ("June 24")."""
    return _one_day(w) or bool(w.month and w.day)


def _one_day(w: When) -> bool:
    """True when the value names one day (a date, or a weekday not yet anchored)."""
    return (w.first is not None and w.first == w.last) or (w.first is None and w.weekday is not None)


def _far_apart(a: When, b: When) -> bool:
    """True when the two values are more than `SAME_EVENT_DAYS` apart: two occurrences of a kind
    of event, not a disagreement about one. Two days given by month and day, one or both without
    a year ("March 20" / "June 24, 2005"), are compared within the year, the nearer way round."""
    # A weekday resolved against the wrong week is a week off: allow for it.
    slack = 7 if BY_WEEKDAY in (a.read, b.read) else 0
    if a.first and b.first and a.read == b.read == WRITTEN:
        return abs((a.first - b.first).days) > SAME_EVENT_DAYS + slack and (
            a.last is None or b.last is None or a.last < b.first or b.last < a.first)
    a_md, b_md = _month_day(a), _month_day(b)
    if a_md and b_md and (a.weekday is None or a.first) and (b.weekday is None or b.first):
        gap = abs(_day_of_year(a_md) - _day_of_year(b_md))
        return min(gap, 366 - gap) > SAME_EVENT_DAYS + slack
    return bool(a.first and b.first and abs((a.first - b.first).days) > SAME_EVENT_DAYS + slack
                and (a.last is None or b.last is None or a.last < b.first or b.last < a.first))


def _day_of_year(month_day: tuple[int, int]) -> int:
    """The day of a leap year a month and day fall on (Feb. 29 has one)."""
    return dt.date(2000, *month_day).timetuple().tm_yday


def _two_occurrences(a: When, b: When) -> bool:
    """True when one source's two dates cannot be one occurrence of an event: they conflict, or
    give two different times of day of one day (not a night and the early hours after it)."""
    if compare_pair(a, b)[0] == Status.CONFLICT:
        return True
    return bool(a.time and b.time and a.time != b.time and not _across_midnight(a, b))


def _most_precise(cluster: list[tuple[DateFact, When]]) -> list[tuple[DateFact, When]]:
    """Each source's most precise dates: a source saying "earlier this week" and "Monday night"
    of one event is judged by "Monday night" (its vaguer words contain it and add nothing)."""
    by_source: dict[str, list[When]] = {}
    for fact, when in cluster:
        by_source.setdefault(fact.source, []).append(when)
    kept = []
    for fact, when in cluster:
        if not any(w is not when and _contains(when, w) for w in by_source[fact.source]):
            kept.append((fact, when))
    return kept


def _contains(outer: When, inner: When) -> bool:
    """True when `outer` is strictly less precise than `inner` and covers it."""
    if outer.first and inner.first and outer.last and inner.last:
        if (outer.first, outer.last) != (inner.first, inner.last):
            return outer.first <= inner.first and inner.last <= outer.last
        return outer.time is None and inner.time is not None
    return False


def _pair_of_sources(a: list[tuple[DateFact, When]], b: list[tuple[DateFact, When]]):
    """The first two facts, one from each list, of different sources (None when there are none).
    With `a is b`, two facts of one value from two sources."""
    first = a[0]
    for other in b:
        if other[0].source != first[0].source and other is not first:
            return first, other
    if a is b:
        return None
    for item in a[1:]:
        if item[0].source != b[0][0].source:
            return item, b[0]
    return None


def _draft(cluster: list[tuple[DateFact, When]], source_order: dict[str, int]) -> Claim:
    cluster.sort(key=lambda i: (source_order[i[0].source], i[0].start))
    facts = [f for f, _ in cluster]
    sources = {f.source for f in facts}
    statuses: list[Status] = []
    reasons: dict[str, list[str]] = {Status.CONFLICT: [], Status.COMPATIBLE: []}
    # Pairs of different sources, compared once per pair of distinct values (with the first two
    # facts giving them): copies repeating a value add no new pair, so the work stays linear in
    # the number of copies.
    givers: dict[str, list[tuple[DateFact, When]]] = {}
    for fact, when in _most_precise(cluster):
        givers.setdefault(fact.value or "", []).append((fact, when))
    distinct = list(givers.values())
    for i, group_a in enumerate(distinct):
        for group_b in distinct[i:]:
            pair = _pair_of_sources(group_a, group_b)
            if pair is None:
                continue
            (fa, wa), (fb, wb) = pair
            status, why = compare_pair(wa, wb)
            statuses.append(status)
            if status in reasons:
                reasons[status].append(f"{fa.source} '{fa.text}' ({fa.value}) vs {fb.source} '{fb.text}' ({fb.value}): {why}")
    if len(sources) == 1:
        status, note = Status.SINGLE, "one source only"
    else:
        status = worst(statuses)
        if status == Status.AGREE:
            note = "every source gives the same " + ("weekday" if not all(w.first for _, w in cluster) else Kind.DATE)
            if any(w.first is None for _, w in cluster):
                note += " (weekdays compared with the resolved dates)"
        else:
            note = "; ".join(reasons[status][:3])
    events = list(dict.fromkeys(f.event for f in facts if f.event))
    label = "when: " + short(" / ".join(events[:3]), 44)
    values = tuple(ClaimValue(source=f.source, value=f.value, fact=f.id, claimant=f.claimant, display=f.text)
                   for f in facts)
    first = facts[0]
    return Claim(kind=Kind.DATE, label=label, status=status, facts=tuple(f.id for f in facts), values=values, note=note,
                 order=(source_order[first.source], first.start))
