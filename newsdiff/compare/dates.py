"""Date claims: the same event dated by different sources.

Dates are grouped by the class of the event they date (`claim_words.EVENT_CLASSES`); dates of
speaking ("said on Thursday") are grouped only for the same speaker, since different people speak
on different days. Within a group, resolved dates more than `SAME_EVENT_DAYS` apart are taken as
different occurrences of that kind of event (someone fled in 1998, someone else in 2001), not as a
disagreement: sources that disagree about one event are usually a day or two apart.

Values are compared as TIMEX3: two resolved days agree when equal and conflict when not; a
weekday that could not be anchored (`XXXX-WXX-1`) agrees with a resolved date falling on that
weekday; a month or week containing a day is compatible (less precise).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Mapping, Optional, Sequence

import regex

from newsdiff.compare.common import event_class, is_reporting, short, worst
from newsdiff.lexicon.claim_words import GENERIC_DATE_EVENTS, VAGUE_EVENTS
from newsdiff.model import Claim, ClaimValue, DateFact, Kind, Status
from newsdiff.text.normalize import words

SAME_EVENT_DAYS = 7
COMPARABLE_TYPES = ("DATE", "TIME")
TIMEX = regex.compile(
    r"^(?P<year>\d{4}|XXXX)"
    r"(?:-(?:W(?P<week>\d{2}|XX)(?:-(?P<wday>[1-7]))?|(?P<month>\d{2}|XX)(?:-(?P<day>\d{2}|XX))?))?"
    r"(?:T(?P<time>[A-Z]{2}|\d{2}(?::\d{2}){0,2}))?$"
)
PART_OF_DAY = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


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


def parse(value: Optional[str]) -> Optional[When]:
    """Take a TIMEX3 date or time value apart; None for values that cannot be compared."""
    if not value:
        return None
    m = TIMEX.match(value)
    if not m:
        return None
    g = {k: (v if v is not None and "X" not in v else None) for k, v in m.groupdict().items()}
    year = int(g["year"]) if g["year"] else None
    month = int(g["month"]) if g["month"] else None
    day = int(g["day"]) if g["day"] else None
    wday = int(g["wday"]) if g["wday"] else None
    first = last = None
    try:
        if year and g["week"]:
            week = int(g["week"])
            if wday:
                first = last = dt.date.fromisocalendar(year, week, wday)
            else:
                first, last = dt.date.fromisocalendar(year, week, 1), dt.date.fromisocalendar(year, week, 7)
        elif year and month and day:
            first = last = dt.date(year, month, day)
        elif year and month:
            first = dt.date(year, month, 1)
            last = (dt.date(year + month // 12, month % 12 + 1, 1)) - dt.timedelta(days=1)
        elif year and not m.group("month") and not m.group("week"):
            first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    except ValueError:
        return None
    if first is not None and first == last:
        wday = first.isoweekday()
    if first is None and wday is None and not (month and day):
        return None
    return When(first, last, wday, month, day, g["time"])


def compare_pair(a: When, b: When) -> tuple[str, str]:
    """Status of two dates and a few words saying why."""
    if a.first and b.first:
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
        if a.weekday != b.weekday and _across_midnight(a, b):
            return Status.COMPATIBLE, "a night and the early hours after it"
        if a.weekday != b.weekday:
            return Status.CONFLICT, f"{WEEKDAYS[a.weekday - 1]} vs {WEEKDAYS[b.weekday - 1]}"
        return _times(a, b, f"both a {WEEKDAYS[a.weekday - 1]}")
    a_md = (a.month, a.day) if a.month and a.day else (a.first.month, a.first.day) if a.first and a.first == a.last else None
    b_md = (b.month, b.day) if b.month and b.day else (b.first.month, b.first.day) if b.first and b.first == b.last else None
    if a_md and b_md:
        if a_md != b_md:
            return Status.CONFLICT, "different days"
        return _times(a, b)
    return Status.COMPATIBLE, "the dates cannot be set side by side (one has no year or weekday)"


def _across_midnight(a: When, b: When) -> bool:
    """True when one value is a day (or its evening or night) and the other the early hours
    (before 6 a.m.) of the next day: the same night, reported on either side of midnight."""
    for early, late in ((a, b), (b, a)):
        if not (late.time and late.time[:2].isdigit() and int(late.time[:2]) < 6):
            continue
        if early.time not in (None, "EV", "NI") and not (early.time[:2].isdigit() and int(early.time[:2]) >= 18):
            continue
        if early.first and late.first and early.first == early.last and (late.first - early.first).days == 1:
            return True
        if early.weekday and late.weekday and late.weekday == early.weekday % 7 + 1:
            return True
    return False


def _times(a: When, b: When, same: str = "same day") -> tuple[str, str]:
    if a.time == b.time:
        return Status.AGREE, same
    if a.time is None or b.time is None:
        return Status.COMPATIBLE, f"{same}; one also gives the time of day"
    return Status.COMPATIBLE, f"{same}; times of day differ ({_time(a.time)} vs {_time(b.time)})"


def _time(t: str) -> str:
    return PART_OF_DAY.get(t, t)


def _key(fact: DateFact) -> Optional[tuple[str, str]]:
    if fact.type not in COMPARABLE_TYPES or not fact.event:
        return None
    if is_reporting(fact.event):
        # Who spoke when: only the same speaker's dates are one event.
        return ("say", fact.claimant) if fact.claimant else None
    cls = event_class(fact.event)
    if not cls or cls.split()[0] in VAGUE_EVENTS:
        return None  # "made on Friday", "published June 13": not an event of the story
    return (cls, "")


def build(facts: Sequence[DateFact], source_order: dict[str, int],
          twins: Optional[Mapping[str, Sequence[DateFact]]] = None,
          context: Optional[Mapping[str, frozenset[str]]] = None) -> list[Claim]:
    """Group date facts of one story into claims. `twins` (fact id -> the same fact in copies,
    `claims_common.fold_copies`) join their original's claim; `context` (fact id -> what the other
    facts of its sentence are about, `claims_common.sentence_context`) is the evidence two dates
    of a generic event (`GENERIC_DATE_EVENTS`) need to be one event."""
    ordered = sorted(facts, key=lambda f: (source_order[f.source], f.start, f.end))
    blocks: dict[tuple[str, str], list[tuple[DateFact, When]]] = {}
    for fact in ordered:
        key = _key(fact)
        when = parse(fact.value)
        if key is None or when is None:
            continue  # nothing says which event it dates, or no comparable value: no claim
        blocks.setdefault(key, []).append((fact, when))
    drafts = []
    for key, block in blocks.items():
        generic = key[0].split()[0] in GENERIC_DATE_EVENTS
        for items in _occurrences(block, generic, context or {}):
            for cluster in _split(items):
                if twins:
                    cluster = cluster + [(t, when) for f, when in cluster for t in twins.get(f.id, ())]
                drafts.append(_draft(cluster, source_order))
    return drafts


def _occurrences(items: list[tuple[DateFact, When]], generic: bool,
                 context: Mapping[str, frozenset[str]]) -> list[list[tuple[DateFact, When]]]:
    """Split one event class's dates into occurrences before they are compared.

    A source never dates one event twice incompatibly: two of its dates of the event class that
    conflict, or give different times of day of one day (checked in "Thursday morning" and "late
    Thursday night"), are two occurrences, and each date joins the first occurrence none of its
    own source's dates contradicts. For a generic event (checked in, arrived, met) the verb alone
    says too little: a date joins an occurrence only when its sentence shares evidence (a name, a
    counted thing, a number: `context`) with the sentences of the dates already there, or when
    its words and value are those of a date already there.
    """
    groups: list[list[tuple[DateFact, When]]] = []
    evidence: list[set[str]] = []
    by_source: list[dict[str, list[When]]] = []
    for fact, when in items:
        # The same words resolved to the same value are evidence too ("late Thursday" and
        # "late Thursday"): a reprint whose sentence holds no other fact still lines up.
        mine = context.get(fact.id, frozenset()) | {"said:" + " ".join(words(fact.text)) + "|" + str(fact.value)}
        home = None
        for g, members in enumerate(groups):
            if any(_two_occurrences(when, w) for w in by_source[g].get(fact.source, ())):
                continue
            others = {f.source for f, _ in members} - {fact.source}
            if generic and others and not (mine & evidence[g]):
                continue
            home = g
            break
        if home is None:
            home = len(groups)
            groups.append([])
            evidence.append(set())
            by_source.append({})
        groups[home].append((fact, when))
        evidence[home] |= mine
        by_source[home].setdefault(fact.source, []).append(when)
    return groups


def _two_occurrences(a: When, b: When) -> bool:
    """True when one source's two dates of an event class, within SAME_EVENT_DAYS of each other,
    cannot be one occurrence: they conflict, or give two different times of day (not a night and
    the early hours after it). Dates further apart are left to `_split`."""
    if a.first and b.first and abs((a.first - b.first).days) > SAME_EVENT_DAYS:
        return False  # far apart: `_split` makes them separate occurrences of every source
    if compare_pair(a, b)[0] == Status.CONFLICT:
        return True
    return bool(a.time and b.time and a.time != b.time and not _across_midnight(a, b))


def _split(items: list[tuple[DateFact, When]]) -> list[list[tuple[DateFact, When]]]:
    """Resolved dates more than SAME_EVENT_DAYS apart are different occurrences; unresolved ones
    join the occurrence with the most sources (the latest on a tie: the story's news)."""
    resolved = sorted((i for i in items if i[1].first), key=lambda i: (i[1].first, i[1].last))
    clusters: list[list[tuple[DateFact, When]]] = []
    for item in resolved:
        if clusters and (item[1].first - clusters[-1][0][1].first).days <= SAME_EVENT_DAYS:
            clusters[-1].append(item)
        else:
            clusters.append([item])
    rest = [i for i in items if not i[1].first]
    if rest:
        if clusters:
            home = max(range(len(clusters)), key=lambda c: (len({f.source for f, _ in clusters[c]}), c))
            clusters[home].extend(rest)
        else:
            clusters.append(rest)
    return clusters


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
    if outer.first and inner.first:
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
    statuses: list[str] = []
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
