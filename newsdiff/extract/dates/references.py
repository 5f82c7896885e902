"""Time expressions that point back at a date the article named before: "that year", "the
following month", "earlier that day", "the next morning".

Their reference is not the publication date but the story's own time line: "He joined the army
in 1995, and the following year he moved to Paris" dates the move to 1996 whatever day the
article appeared. `add_references` reads an article's sentences in order, keeps the last date
it named at each precision (day, month, year, quarter), and resolves each such expression against
the last one precise enough for its unit; with no such date before it, the expression is left out
rather than guessed against the publication date.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple, Optional

import regex
from dateutil.relativedelta import relativedelta

from newsdiff.extract.dates import timex as T
from newsdiff.extract.dates.resolve import Timex
from newsdiff.lexicon import date_words as W
from newsdiff.lexicon import load_set

# "that year", "the same day", "later that month", "the following week", "the previous day",
# "the next morning" ("the next day" and "the next year" with no article are the deictic ones:
# `resolve.period` reads them against the publication date). Linear: literal words and
# bounded gaps. The words each pattern needs are named once here, for the patterns and for
# the cheap tests before them (`_may_refer`, `_matches`).
_PARTS = ("morning", "afternoon", "evening", "night")
_CALENDAR_UNITS = ("day", "week", "month", "year", "quarter", *_PARTS)
# Seasons too ("that summer", "the following spring"); "fall" only after a shift word ("the
# following fall"), as "that fall" is as often a tumble or a decline.
_SEASONS_AFTER_THAT = tuple(sorted(w for w in W.SEASONS if w != "fall"))
_SHIFTS = ("following", "previous", "prior", "next")
_WEEKDAY_SHIFTS = ("following", "previous", "preceding", "next")
_SP = r"\s{1,3}"
_REFERENCE = regex.compile(
    rf"(?<![\p{{L}}\d])(?:(?:(?P<edge>earlier|later){_SP})?(?:that|the{_SP}same){_SP}"
    rf"(?P<unit>{'|'.join(_CALENDAR_UNITS + _SEASONS_AFTER_THAT)})"
    rf"|the{_SP}(?P<shift>{'|'.join(_SHIFTS)}){_SP}(?P<unit>{'|'.join(_CALENDAR_UNITS + tuple(sorted(W.SEASONS)))}))"
    rf"(?![\p{{L}}\d-])",
    regex.IGNORECASE,
)
# "the following Monday", "the previous Friday", "the preceding Sunday": a weekday counted from
# the last day the story named ("The talks opened on Oct. 2 and closed the following Friday"),
# not from the publication date, which `resolve.weekday` reads plain "Friday" and "previous
# Friday" against. Capitalised weekdays only (as `resolve.weekday`). With no day named before,
# the expression keeps the value `resolve.weekday` gave it (or none, for "following").
_WEEKDAY_REFERENCE = regex.compile(
    rf"(?<![\p{{L}}\d])the{_SP}(?P<shift>{'|'.join(_WEEKDAY_SHIFTS)}){_SP}"
    rf"(?P<wd>{'|'.join(sorted({w.capitalize() for w in W.WEEKDAYS}, key=len, reverse=True))})(?![\p{{L}}\d])",
    regex.IGNORECASE,
)
# What every weekday the pattern reads starts with, and every word one of the patterns needs.
_WEEKDAY_PREFIXES = tuple(sorted({w[:3] for w in W.WEEKDAYS}))
_NEEDED_WORDS = tuple(sorted({"that", "same", *_SHIFTS, *_WEEKDAY_SHIFTS}))
# What "the next" may point back with: a day or a part of one ("The next day", "the next
# morning"); "the next week/month/year" is as often the coming one ("over the next year").
_NEXT_UNITS = frozenset({"day", *_PARTS})
# Words after the expression that make it a different construction: "that day care", "the
# following day's session" stays; "the same year-on-year" is cut by the pattern's end.
_NOT_AFTER = regex.compile(r"\s{0,3}(?:care|trader|traders|job|jobs|-)", regex.IGNORECASE)
# Words after "spring" and "fall" that make them verbs or nouns of motion, not seasons: "rules
# that spring from old laws", "questions that spring to mind", "the previous fall in sales",
# "the following fall of the government".
_NOT_AFTER_SEASON = {
    "spring": regex.compile(r"\s{1,3}(?:from|up|to|into|out|back|forth|open|upon|onto)(?![\p{L}])", regex.IGNORECASE),
    "fall": regex.compile(r"\s{1,3}(?:in|of)(?![\p{L}])", regex.IGNORECASE),
}


# A date that only tells when something began ("founded in 1998", "opened its first store in
# 2005", "born on May 3, 1960", "since 2015"): "the previous year" of a figure reported near it
# is not counted from it. The origin word is among the last few words of the clause before
# "in"/"on" (no comma between).
_ORIGIN_WORDS = load_set("dates/origin_words")
_BEFORE_DATE = regex.compile(r"(?<![\p{L}])(?:(?P<words>(?:[\p{L}'’]+\s{1,3}){1,6})(?:in|on)|since)\s{1,3}$", regex.IGNORECASE)
# How every match of `_BEFORE_DATE` ends, read in the last `_END_REACH` characters ("since", three
# spaces and the line break `$` may stand before): no date without it needs the whole search.
_BEFORE_DATE_END = regex.compile(r"(?:in|on|since)\s{1,3}$", regex.IGNORECASE)
_END_REACH = 12


def _is_origin(sentence: str, start: int) -> bool:
    """True when the date at `start` follows "since", or "in"/"on" with an origin word (or two:
    "set up") among the six words before it in its clause."""
    if _BEFORE_DATE_END.search(sentence, max(0, start - _END_REACH), start) is None:
        return False  # most dates: no "in", "on" or "since" right before (a look at a few characters)
    m = _BEFORE_DATE.search(sentence, max(0, start - 80), start)
    if m is None:
        return False
    if m.group("words") is None:
        return True  # "since"
    words = m.group("words").lower().split()
    return any(w in _ORIGIN_WORDS or " ".join(words[i : i + 2]) in _ORIGIN_WORDS for i, w in enumerate(words))


class Reference(NamedTuple):
    """An expression found in a sentence: offsets into it and its resolved value."""

    start: int
    end: int
    timex: Timex


class _Last:
    """The last date the article named at each precision, as (date, anchored). A quarter is only
    one named as such: the day a fiscal quarter ended ("ended Oct. 31") says nothing of which
    calendar quarter "that quarter" is."""

    def __init__(self) -> None:
        self.day: Optional[tuple[dt.date, bool]] = None
        self.month: Optional[tuple[dt.date, bool]] = None
        self.year: Optional[tuple[int, bool]] = None
        self.quarter: Optional[tuple[int, int, bool]] = None
        self.sentence = -2  # the sentence of the last value noted

    def note(self, timex: Timex, sentence: int = 0) -> None:
        """Remember a calendar value (a day, month, quarter or year of a known year) named in
        sentence number `sentence`."""
        if timex.type not in ("DATE", "TIME"):
            return
        self.sentence = sentence
        v = timex.parsed
        if v is None or v.year is None:
            return
        anchored = timex.anchored
        if v.unit == "day" and v.first is not None:
            self.day = (v.first, anchored)
            self.month = (v.first.replace(day=1), anchored)
        elif v.unit == "month" and v.month is not None:
            self.month = (dt.date(v.year, v.month, 1), anchored)
        elif v.unit == "quarter" and v.part and v.part[1] != "X":
            self.quarter = (v.year, int(v.part[1]), anchored)
        elif v.unit not in ("year", "day", "month", "quarter", "week", "season", "half", "weekend"):
            return
        self.year = (v.year, anchored)


def _value(unit: str, shift: int, last: _Last) -> Optional[Timex]:
    """The value `shift` units from the last date precise enough for `unit`, or None."""
    if unit in _NEXT_UNITS:
        if last.day is None:
            return None
        d = last.day[0] + dt.timedelta(days=shift)
        if unit == "day":
            return Timex("DATE", T.day(d), last.day[1])
        return Timex("TIME", T.day(d) + "T" + W.PARTS_OF_DAY[unit], last.day[1])
    if unit == "week":
        return None if last.day is None else Timex("DATE", T.week(last.day[0] + dt.timedelta(weeks=shift)), last.day[1])
    if unit == "month":
        if last.month is None:
            return None
        d = last.month[0] + relativedelta(months=shift)
        return Timex("DATE", T.month(d.year, d.month), last.month[1])
    if unit == "quarter":
        if last.quarter is None:
            return None
        y, q, anchored = last.quarter
        index = y * 4 + q - 1 + shift
        return Timex("DATE", f"{index // 4:04d}-Q{index % 4 + 1}", anchored)
    if unit in W.SEASONS:
        return _season(W.SEASONS[unit], shift, last)
    if last.year is None:
        return None
    return Timex("DATE", T.year(last.year[0] + shift), last.year[1])


# The month each season of `W.SEASONS` starts in (northern, as TIMEX3's codes are).
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _season(code: str, shift: int, last: _Last) -> Optional[Timex]:
    """"that summer" is the summer of the last year named; "the following spring" the first
    spring after the last date named (the next year's after a year alone: "in 2019 ... the
    following spring" is 2020), "the previous winter" the last one over before it."""
    if last.year is None:
        return None
    year, anchored = last.year
    month = last.month[0].month if last.month is not None and last.month[0].year == year else None
    start = _SEASON_START[code]
    if shift > 0:
        year += 1 if month is None or start <= month else 0
    elif shift < 0 and month is None:
        year -= 1
    elif shift < 0 and month is not None:
        # The last such season over before that month, counted in months: a season of year Y
        # runs from month Y*12+start-1 for three months (winter into the next year: January 2015
        # is in the winter of 2014, so "the previous winter" is 2013's).
        year = (year * 12 + month - 1 - start - 2) // 12
    return Timex("DATE", f"{year:04d}-{code}", anchored)


def _weekday_value(m: regex.Match, last: _Last) -> Optional[Timex]:
    """The weekday strictly after ("following", "next") or before ("previous", "preceding") the
    last day named, or None when no day was named or the weekday is not capitalised."""
    wd_text = m.group("wd")
    if last.day is None or not wd_text[0].isupper():
        return None
    weekday = W.WEEKDAYS[wd_text.lower()]
    day, anchored = last.day
    if m.group("shift").lower() in ("following", "next"):
        d = day + dt.timedelta(days=(weekday - day.isoweekday() - 1) % 7 + 1)
    else:
        d = day - dt.timedelta(days=(day.isoweekday() - weekday - 1) % 7 + 1)
    return Timex("DATE", T.day(d), anchored)


def _shift(m: regex.Match) -> Optional[int]:
    word = (m.group("shift") or "").lower()
    if not word:
        return 0
    if word == "next" and m.group("unit").lower() not in _NEXT_UNITS:
        return None
    return 1 if word in ("following", "next") else -1


def add_references(sentences: list[str], found: list[list[tuple[int, int, Timex]]]) -> list[list[Reference]]:
    """Per sentence, the expressions that point back at a date named before them, resolved.

    `found` holds, per sentence, the (start, end, timex) of the expressions already found, in
    order; an expression here never overlaps one of them. Time linear in the text: one pass.

    "the previous year" (and "prior", "preceding") usually gives the base of a figure ("profit
    rose 5% from the previous year"): it counts back only from a date of the same or the
    previous sentence that is no background date of an origin ("The firm, founded in 1998,
    said profit rose from the previous year" keeps the publication's reading, not 1997).
    """
    last, framed = _Last(), _Last()
    out: list[list[Reference]] = []
    for i, (sentence, in_sentence) in enumerate(zip(sentences, found, strict=True)):
        added: list[Reference] = []
        matches = _matches(sentence) if _may_refer(sentence) else []
        k = 0
        for m in matches:
            while k < len(in_sentence) and in_sentence[k][0] < m.start():
                _note(last, framed, in_sentence[k], sentence, i)
                k += 1
            timex = _resolved(m, (last, framed, i), sentence, in_sentence, k)
            if timex is not None:
                added.append(Reference(m.start(), m.end(), timex))
                _note(last, framed, (m.start(), m.end(), timex), sentence, i)  # "the following year ... that year"
        for f in in_sentence[k:]:
            _note(last, framed, f, sentence, i)
        out.append(added)
    return out


def _note(last: _Last, framed: _Last, f: tuple[int, int, Timex], sentence: str, i: int) -> None:
    last.note(f[2], i)
    if not _is_origin(sentence, f[0]):
        framed.note(f[2], i)


def _resolved(m: regex.Match, lasts: tuple[_Last, _Last, int], sentence: str, in_sentence: list[tuple[int, int, Timex]], k: int) -> Optional[Timex]:
    """The value of match `m`, or None when it is no back reference here.

    A match may cover an expression already found in it, which the extractor then replaces with
    this one: the weekday of "the previous Friday" (`resolve.weekday` read "previous Friday"
    against the publication date) and "the previous year" (`resolve.period` did the same), which
    count from the story's last date as "the prior year" and "the following year" do. Any other
    overlap leaves the expression found as it is."""
    last, framed, i = lasts
    if _overlaps(in_sentence, k, m.start(), m.end()):
        shift_word = (m.group("shift") or "").lower()  # None in "that year"
        replaces = m.re is _WEEKDAY_REFERENCE or shift_word == "previous"  # "the previous <unit>": `resolve.period` reads it too
        if not replaces or _overlaps_outside(in_sentence, k, m.start(), m.end()):
            return None
    if m.re is _WEEKDAY_REFERENCE:
        return _weekday_value(m, last)
    if _NOT_AFTER.match(sentence, m.end()):
        return None
    verb = _NOT_AFTER_SEASON.get(m.group("unit").lower())
    if verb is not None and verb.match(sentence, m.end(), m.end() + 12):
        return None
    shift = _shift(m)
    if shift is not None and shift < 0:
        if framed.sentence < i - 1:
            return None  # no date of the figure's own sentence or the one before
        last = framed
    return None if shift is None else _value(m.group("unit").lower(), shift, last)


def _overlaps(in_sentence: list[tuple[int, int, Timex]], k: int, start: int, end: int) -> bool:
    """True when [start, end) overlaps an expression already found. They are sorted and do not
    overlap each other, and those before index `k` start before `start`: only the one just
    before `k` and the one at `k` can overlap, so the test is constant time."""
    if k > 0 and in_sentence[k - 1][1] > start:
        return True
    return k < len(in_sentence) and in_sentence[k][0] < end


def _matches(sentence: str) -> list[regex.Match]:
    """The matches of both patterns in the sentence, in order (they cannot overlap: one ends in
    a unit word, the other in a weekday)."""
    found = list(_REFERENCE.finditer(sentence))
    if any(w in sentence.casefold() for w in _WEEKDAY_PREFIXES):
        found += _WEEKDAY_REFERENCE.finditer(sentence)
        found.sort(key=lambda m: m.start())
    return found


def _overlaps_outside(in_sentence: list[tuple[int, int, Timex]], k: int, start: int, end: int) -> bool:
    """True when an expression already found overlaps [start, end) without lying inside it:
    "the previous Friday night" keeps the part of the day its own match gave."""
    if k > 0 and in_sentence[k - 1][1] > start:
        return True
    return k < len(in_sentence) and in_sentence[k][0] < end < in_sentence[k][1]


def _may_refer(sentence: str) -> bool:
    """Cheap test before the patterns: every expression they find has one of `_NEEDED_WORDS`
    ("that", "same", "following", "previous", ...) in it."""
    low = sentence.casefold()
    return any(w in low for w in _NEEDED_WORDS)
