"""From a pattern match to a TIMEX3 type and value: one resolver per rule of `date_patterns`.

A resolver returns a `Timex`, or None when the match is not a time expression after all (the
modal "may", a count such as "some 2000 people", a lower-case weekday). Relative expressions
use the context's anchor date and the tense of their clause; without an anchor they stay
underspecified (`XXXX-WXX-4`) and say so with `anchored=False`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
from dataclasses import dataclass, field
from typing import Callable, NamedTuple, Optional

import regex

from newsdiff.extract.dates import context as date_context
from newsdiff.extract.dates import timex as T
from newsdiff.extract.dates.patterns import SOURCES
from newsdiff.lexicon import date_words as W
from newsdiff.lexicon import load_set
from newsdiff.lexicon.speech_words import REPORTING_VERBS

_PREVIOUS_WORD = regex.compile(r"([\p{L}\d$€£¥%'’.]{1,30})[\s,]{1,3}$")
_NEXT_WORD = regex.compile(r"^[\s,]{1,3}([\p{L}\d%]{1,30})")
# Words before an ambiguous month name ("may", "march") that make it a month.
_MONTH_LICENSE = frozenset(
    """in since until till by from through throughout during before after of between early late mid
    last next this on around""".split()
)


# The look-behind patterns below end at the match and span at most ~45 characters, so searching
# the last `_LOOK_BACK` characters finds what searching from the sentence start would, in
# constant time per match rather than time proportional to the match's offset.
_LOOK_BACK = 80
_WORD_CHAR = regex.compile(r"[\p{L}\d]")
_POSSESSIVE = regex.compile(r"['’]s(?![\p{L}])")
# A clock time may sit between the preposition and the weekday ("until 9 a.m. Tuesday").
_CLOCK_BEFORE = r"(?:\d{1,2}(?::\d\d)?\s?[ap]\.?m\.?\s{1,3}(?:\p{Lu}{2,4}\s{1,3})?)?"
_AS_SOON_AS = regex.compile(rf"(?<![\p{{L}}])as\s{{1,3}}soon\s{{1,3}}as\s{{1,3}}{_CLOCK_BEFORE}(?:on\s{{1,3}})?$", regex.IGNORECASE)
# "since" with no clause break between it and the match: a comma may close the subordinate clause
# it opens, so "Since KKR bought RJR in February, ..." is read up to its comma only.
_SINCE = regex.compile(r"(?<![\p{L}])since(?![\p{L}])[^,;:()\"“”]*$")
# "as soon as" opening a clause of its own before the weekday ("as soon as trading opens Monday").
_AS_SOON_AS_CLAUSE = regex.compile(r"(?<![\p{L}])as\s{1,3}soon\s{1,3}as\s{1,3}(?:[\p{L}'’]{1,30}\s{1,3}){1,3}$", regex.IGNORECASE)
# Words in a main clause that make what it reports a prospect, not a fact: modals and the
# infinitive marker ("were likely to buy", "would sell"), markers of plans ("planning").
_PROSPECT_WORDS = load_set("dates/modals") | W.FUTURE_MARKERS
# Modals after which "one day" is some day to come ("could one day replace"): the modals but "to".
_FUTURE_MODALS = load_set("dates/modals") - {"to"}
# Words right before a date that date what is to come ("effective June 1"): dates/forward_words.
_FORWARD_WORDS = load_set("dates/forward_words")
# A date between a determiner and a noun ("the Oct. 3 vote") modifies the noun: see `Context.modifies_noun`.
_ATTRIBUTIVE_BEFORE = load_set("dates/attributive_determiners")
_NOT_NOUNS_AFTER = load_set("dates/not_nouns_after_date")
_UNTIL = regex.compile(rf"(?<![\p{{L}}])(?:until|till)\s{{1,3}}{_CLOCK_BEFORE}(?:on\s{{1,3}})?$", regex.IGNORECASE)


@dataclass(frozen=True)
class Context:
    """Where a match sits: its sentence, the anchor date and the clause's tense."""

    sentence: str
    start: int  # of the match, within `sentence`
    end: int
    anchor: Optional[dt.date]
    tense: Optional[int]  # timex.PAST / FUTURE / NEAREST, or None when the clause does not say
    # The sentence as the extractor tokenised it (None: tokenised here when a resolver asks).
    clauses: Optional[date_context.Sentence] = None

    def previous_word(self) -> str:
        """The word just before the match, lower-cased ("" at the start of the sentence)."""
        m = _PREVIOUS_WORD.search(self.sentence, max(0, self.start - _LOOK_BACK), self.start)
        return m.group(1).lower() if m else ""

    def next_word(self) -> str:
        """The word just after the match, as written."""
        m = _NEXT_WORD.search(self.sentence[self.end : self.end + 40])
        return m.group(1) if m else ""

    def way(self, default: int) -> int:
        """The direction to resolve in: the clause's tense, else `default`."""
        return default if self.tense is None else self.tense

    def modifies_noun(self) -> bool:
        """True when the match sits between a determiner and a noun ("the Oct. 3 vote", "its
        March offering", "the Oct. 3 Senate vote"): the date then names the day of that event,
        which the clause's verb does not place (see `_date_way`). A capitalised next word is a
        noun too ("Senate", "Labour"), unless it is a month, a weekday or a number word."""
        if self.previous_word() not in _ATTRIBUTIVE_BEFORE:
            return False
        following = self.next_word()
        if following[:1].islower():
            return following not in _NOT_NOUNS_AFTER
        word = following.lower()
        return bool(following[:1].isupper()) and not (word in W.MONTHS or word in W.WEEKDAYS or word in W.NUMBER_WORDS)

    def clearly_past(self) -> bool:
        """True when the words around the match put it in the past themselves, not only the
        clause's tense: "since" opens the phrase or clause it ends ("since February", "Since KKR
        bought RJR in February"), "ended" comes right before it ("the fiscal year ended Jan.
        31"), or it follows "in" in a clause whose tense comes from a past verb of its own
        (`Sentence.told_by_past_verb`: "opened its first store in January"). A past tense word
        alone is no such proof: "said it will open in March", "extended the offer to Nov. 20",
        "subpoenaed him to testify on Feb. 10" and "had been set to vote in January" date what
        comes, so `timex.PAST_REACH_DAYS` bounds how far back their dates may go. Measured on
        TempEval-3 (value F1, tuning/check): since and ended alone 0.807/0.832, with the past
        verb 0.808/0.832; any past tense word 0.798/0.819, as widening the reach was."""
        previous = self.previous_word()
        if previous == "ended":
            return True
        before = self.sentence[max(0, self.start - _LOOK_BACK) : self.start].casefold()
        if "since" in before and _SINCE.search(before):
            return True
        clauses = self.clauses or date_context.Sentence(self.sentence)
        return previous == "in" and clauses.told_by_past_verb(self.start, self.end)


# "was"/"were", a participle in -ed (an adverb may come between) and "on" or "in" right before a
# date: "He was sentenced on Nov. 3", "were arrested in March".
_PASSIVE_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:was|were)\s{1,3}(?:\p{L}{2,15}ly\s{1,3})?(?P<verb>(?:re-)?\p{L}{2,20}ed)\s{1,3}(?:on|in)\s{1,3}$", regex.IGNORECASE
)
_PROSPECT_PARTICIPLES = load_set("dates/prospect_participles")
_PLAN_PARTICIPLES = _PROSPECT_PARTICIPLES | W.FUTURE_MARKERS | W.DEADLINE_VERBS


def _passive_past(ctx: Context) -> bool:
    """True for a date right after a passive past and "on" or "in" ("He was sentenced on Nov.
    3"): the clause reports what was done then, so its month or day is past however far back
    (as after the active past `Context.clearly_past` reads, "opened its store in January"). Not
    after a participle of plans ("was scheduled on", "was slated in", "was rescheduled on"):
    `_PROSPECT_PARTICIPLES` and the future and deadline words of `tense_words`, with or without
    "re"."""
    m = _PASSIVE_BEFORE.search(ctx.sentence, max(0, ctx.start - _LOOK_BACK), ctx.start)
    if m is None:
        return False
    verb = m.group("verb").lower()
    if verb.startswith("re") and verb.removeprefix("re").lstrip("-") in _PLAN_PARTICIPLES:
        return False  # "was rescheduled on", "was re-slated in": the plan again
    return not (verb in _PROSPECT_PARTICIPLES or verb in W.FUTURE_MARKERS or verb in W.DEADLINE_VERBS or verb in W.NOT_VERBS_ED)


def _latest_year(anchor: dt.date, month: int, day: int = 1) -> int:
    """The year of the most recent such month (and day) on or before the anchor: within a year."""
    return anchor.year if (month, day) <= (anchor.month, anchor.day) else anchor.year - 1


@dataclass(frozen=True)
class Timex:
    """A resolved TIMEX3 type and value; `anchored` when the value depends on the anchor date."""

    type: str
    value: str
    anchored: bool = False
    # Characters right before the match that the value also reads ("the day after " before
    # "Christmas", "the week of " before "March 4"): the expression's text then starts there,
    # so that it says the value it carries.
    lead: int = field(default=0, compare=False)
    # The upper end when the value is the lower end of a range of durations ("two to three weeks").
    value_to: Optional[str] = None

    @property
    def parsed(self) -> Optional[T.TimexValue]:
        """The value taken apart (`timex.parse_value`, parsed once per distinct value)."""
        return T.parse_value(self.value)


Resolver = Callable[[regex.Match, Context], Optional[Timex]]


def _capitalised(s: Optional[str]) -> bool:
    return bool(s and s[0].isupper())


def _count(text: Optional[str]) -> Optional[float]:
    """The number a count group spells ("25", "twenty-five", "a", "2,000"), or None."""
    if not text:
        return None
    t = regex.sub(r"\s+", " ", text.lower()).strip()
    half = 0.0
    for tail in (" and a half", " 1/2", "½"):
        if t.endswith(tail):
            half, t = 0.5, t[: -len(tail)].strip()
    if regex.fullmatch(r"[\d,]+(?:\.\d+)?", t):
        return float(t.replace(",", "")) + half
    if t in W.NUMBER_WORDS:
        return W.NUMBER_WORDS[t] + half
    parts = regex.split(r"[-\s]", t)
    if len(parts) == 2 and parts[0] in W.TENS and parts[1] in W.NUMBER_WORDS:
        return W.NUMBER_WORDS[parts[0]] + W.NUMBER_WORDS[parts[1]] + half
    return None


def _month_number(text: str) -> int:
    return W.MONTHS[text.lower().rstrip(".")]


def _part_suffix(m: regex.Match) -> str:
    part = m.group("part") if "part" in m.re.groupindex else None  # cheaper than groupdict()
    return "T" + W.PARTS_OF_DAY[part.lower()] if part else ""


class _DateWay(NamedTuple):
    """Which way a month (and day) without a year points: `direction` is timex.PAST, NEAREST or
    FUTURE; `latest` says the date is the most recent such one however far back (`timex.PAST`
    alone is bounded by its reach)."""

    direction: int
    latest: bool = False


# How far back a date before a noun in a future clause may lie ("will contest the Oct. 3 vote"
# in an Oct. 10 article): the days from the end of that month or day to the anchor. Further
# back, the clause's tense places it ("will hold the June 4 primary" in October: next June).
# Measured on TempEval-3 (value F1, tuning/check): 0, 31, 45, 60 and 120 days all give 0.820/0.832
# (its few such dates are days back or ahead); 45 keeps "its August report" in October past.
_NOUN_EVENT_REACH_DAYS = 45


def _date_way(ctx: Context, month: int, day: Optional[int] = None) -> _DateWay:
    """The direction of a month, or a month and day, written without a year: FUTURE after a
    forward word ("effective June 1"), the latest such date when the words around it put it in
    the past (see `Context.clearly_past`, `_passive_past`), else the clause's tense (NEAREST when
    it has none). In a future clause a date before a noun ("the Oct. 3 vote", `Context.
    modifies_noun`) is the latest such one when it ended at most `_NOUN_EVENT_REACH_DAYS` before
    the anchor: "will contest the Oct. 3 vote" in an Oct. 10 article is about the vote a week
    before, "will hold the June 4 primary" about the coming one."""
    if ctx.previous_word() in _FORWARD_WORDS:
        return _DateWay(T.FUTURE)
    if ctx.clearly_past() or _passive_past(ctx):
        return _DateWay(T.PAST, latest=True)
    way = ctx.way(T.NEAREST)
    if way == T.FUTURE and ctx.anchor is not None and ctx.modifies_noun():
        year = _latest_year(ctx.anchor, month, day or 1)
        last = day or calendar.monthrange(year, month)[1]
        if T.valid_day(year, month, last) and (ctx.anchor - dt.date(year, month, last)).days <= _NOUN_EVENT_REACH_DAYS:
            return _DateWay(T.PAST, latest=True)
    return _DateWay(way)


def _full_date(m: regex.Match, ctx: Context, month: int, day: int) -> Optional[Timex]:
    """A month and day, with the year written or taken from the anchor and the tense."""
    y = m.group("y") or _two_digit_year(m)
    if y:
        if not T.valid_day(int(y), month, day):
            return None
        return Timex("DATE", T.day(dt.date(int(y), month, day)))
    if ctx.anchor is None:
        return Timex("DATE", f"XXXX-{month:02d}-{day:02d}") if T.valid_day(2000, month, day) else None
    way = _date_way(ctx, month, day)
    if way.latest:
        year = _latest_year(ctx.anchor, month, day)  # however far back: see `Context.clearly_past`
    else:
        year = T.month_day_year(ctx.anchor, month, day, way.direction)
    if not T.valid_day(year, month, day):
        return None
    return Timex("DATE", T.day(dt.date(year, month, day)), anchored=True)


def _two_digit_year(m: regex.Match) -> Optional[str]:
    """The year of a wire date's two digits ("10 Nov 11"): 00-68 in the 2000s, 69-99 in the 1900s,
    as POSIX `%y` reads them."""
    yy = m.groupdict().get("yy")
    return str((2000 if int(yy) < 69 else 1900) + int(yy)) if yy else None


def _years_away(day: dt.date, k: int) -> Optional[dt.date]:
    """The same month and day `k` years away (None for Feb. 29 in a year without one)."""
    return dt.date(day.year + k, day.month, day.day) if T.valid_day(day.year + k, day.month, day.day) else None


def _with_part(t: Optional[Timex], m: regex.Match) -> Optional[Timex]:
    suffix = _part_suffix(m)
    if t is None or not suffix:
        return t
    return Timex("TIME", t.value + suffix, t.anchored)


def iso_date(m, ctx):
    """`2023-10-13`."""
    y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    return Timex("DATE", T.day(dt.date(y, mo, d))) if T.valid_day(y, mo, d) else None


def slash_date(m, ctx):
    """`10/13/2023`, read month first as US news writes it."""
    return iso_date(m, ctx)


def month_day(m, ctx):
    """`April 15, 2019`, `Oct. 9`, `Friday, Oct. 23`."""
    month_text = m.group("month")
    if not _capitalised(month_text):
        return None
    if month_text.lower() in W.AMBIGUOUS_MONTH_ABBREVIATIONS and not month_text.endswith("."):
        if not m.group("y") and m.start("month") < m.start("d"):
            return None  # "Jan 5" may be a name and a number; "5 Jan" or "Jan 5, 2019" is a date
    month, day = _month_number(month_text), int(m.group("d"))
    full = _full_date(m, ctx, month, day)
    return _next_to_day(_in_week_of(full, ctx), ctx, _years_away, lambda: _date_way(ctx, month, day).direction, settle=True)


day_month = month_day

# "the week of March 6", "the weekend of Oct. 9" right before a date: the date names the week.
# Not "within a week of March 6", a span around the day: "the" comes right before "week".
_WEEK_OF = regex.compile(r"(?<![\p{L}])the\s{1,3}week(?P<end>end)?\s{1,3}of\s{1,3}$", regex.IGNORECASE)


# "the day before", "the day after" right before a day: the day next to it ("the day before
# last Tuesday's hearing", "the day after Christmas").
_DAY_NEXT_TO = regex.compile(r"(?<![\p{L}])the\s{1,3}day\s{1,3}(?P<side>before|after)\s{1,3}$", regex.IGNORECASE)


def _next_to_day(t: Optional[Timex], ctx: Context, again: Optional[Callable[[dt.date, int], Optional[dt.date]]] = None,
                 way: Optional[Callable[[], Optional[int]]] = None, settle: bool = False) -> Optional[Timex]:
    """The day before or after the day `t` when "the day before/after" comes right before it.

    `again(day, k)` is the day `t` names `k` cycles away from `day` (the same weekday a week on,
    the same date or holiday a year on) and `way()` the direction of the clause (for a weekday
    its tense, not the way its own words placed it: "will close the day after Tuesday's vote" is
    after the vote to come), for a day resolved from the anchor by its clause: that direction
    then places the day the expression dates, not the day it counts from. "He fled the day after Dec. 26" in a Dec. 26 article
    is last year's Dec. 27, though Dec. 26 itself is today; "will arrive the day before Christmas"
    on Christmas Day is next year's Christmas Eve. With `settle` the dated day is also brought a
    cycle nearer when that day still fits the direction: "will fly home the day after Oct. 9"
    in an Oct. 10 article is today, though its Oct. 9 resolved to next year's (for dates of the
    year; a weekday's "last"/"next" places its own week)."""
    if t is None or "day" not in ctx.sentence[max(0, ctx.start - 15) : ctx.start].casefold():
        return t  # cheap test first: a match of `_DAY_NEXT_TO` ends in "day", up to 3 spaces, "before" and up to 3 spaces
    m = _DAY_NEXT_TO.search(ctx.sentence, max(0, ctx.start - 24), ctx.start)
    v = t.parsed
    if m is None or v is None or v.first is None or v.unit != "day":
        return t
    step = dt.timedelta(days=-1 if m.group("side").lower() == "before" else 1)
    day = v.first + step
    if again is not None and way is not None and t.anchored and ctx.anchor is not None:
        direction = way()
        if direction == T.PAST and day > ctx.anchor:
            day = _moved(again(v.first, -1), step, day)
        elif direction == T.FUTURE and day < ctx.anchor:
            day = _moved(again(v.first, 1), step, day)
        elif settle and direction in (T.PAST, T.FUTURE):
            nearer = _moved(again(v.first, 1 if direction == T.PAST else -1), step, day)
            if (nearer <= ctx.anchor) if direction == T.PAST else (nearer >= ctx.anchor):
                day = nearer
    suffix = "T" + v.time if v.time else ""
    return Timex(t.type, T.day(day) + suffix, t.anchored, ctx.start - m.start())


def _moved(other: Optional[dt.date], step: dt.timedelta, day: dt.date) -> dt.date:
    """The day next to `other` (`step` away), or `day` when there is no such other day."""
    return day if other is None else other + step


def _in_week_of(t: Optional[Timex], ctx: Context) -> Optional[Timex]:
    """The ISO week (or its weekend) of the day `t` when "the week of" comes right before it:
    "a hearing the week of March 6" dates the hearing to a week, not to that Monday."""
    if t is None or "of" not in ctx.sentence[max(0, ctx.start - 5) : ctx.start].casefold():
        return t  # cheap test first: a match of `_WEEK_OF` ends in "of" and one to three spaces
    m = _WEEK_OF.search(ctx.sentence, max(0, ctx.start - 24), ctx.start)
    v = t.parsed
    if m is None or v is None or v.first is None or v.unit != "day":
        return t
    return Timex("DATE", T.weekend(v.first) if m.group("end") else T.week(v.first), t.anchored, ctx.start - m.start())


def part_of_date(m, ctx):
    """`the night of October 9`: the date with its part of the day (TIME)."""
    return _with_part(month_day(m, ctx), m)


def month_year(m, ctx):
    """`July 2021`, `May of 2004`."""
    month_text = m.group("month")
    if not _capitalised(month_text):
        return None
    return Timex("DATE", T.month(int(m.group("y")), _month_number(month_text)))


def month(m, ctx):
    """`in August`, `last May`, `early October`: the nearest such month the tense allows."""
    month_text = m.group("month")
    if not _capitalised(month_text):
        return None
    shift, edge = m.group("shift"), m.group("edge")
    if month_text.lower() in W.AMBIGUOUS_MONTHS and not (shift or edge):
        if ctx.previous_word() not in _MONTH_LICENSE and not _second_of_a_pair(ctx):
            return None
    if not (shift or edge) and ctx.previous_word() not in _MONTH_LICENSE:
        nxt = ctx.next_word()
        if _capitalised(nxt) and nxt.lower() not in W.MONTHS:
            return None  # a name: "June Carter", "August Wilson"
    n = _month_number(month_text)
    if ctx.anchor is None:
        return Timex("DATE", f"XXXX-{n:02d}")
    shift = regex.sub(r"\s+", " ", shift.lower()) if shift else ""
    if shift in ("last", "past", "this past", "previous"):
        # An explicit "last May" is the most recent May before the anchor's month, however far back.
        year = ctx.anchor.year if n < ctx.anchor.month else ctx.anchor.year - 1
    elif shift in ("next", "coming", "this coming"):
        year = ctx.anchor.year if n > ctx.anchor.month else ctx.anchor.year + 1
    elif shift in ("this", "current"):
        year = ctx.anchor.year  # "this September": the anchor year's September
    else:
        way = _date_way(ctx, n)  # "effective in June", "opened its store in January", "its August report"
        year = _latest_year(ctx.anchor, n) if way.latest else T.month_year(ctx.anchor, n, way.direction)
    return Timex("DATE", T.month(year, n), anchored=True)


# A month name and a joining word right before the match: "from January to March", "between
# February and May", "April or May"; the word before the first month too ("between").
_MONTH_AND = regex.compile(
    r"(?<![\p{L}])(?:(?P<lead>\p{L}+)\s{1,3})?(?P<month>\p{Lu}\p{Ll}{2,8})\.?(?P<comma>,)?\s{1,3}"
    r"(?P<join>to|and|or|through|until|till)\s{1,3}$"
)
# Words after "and May" that make it the person: a verb ("June and May said", "April or May
# admitted", "and May has"): a reporting verb, an auxiliary or modal, or a past form in -ed.
_VERBS_AFTER_A_NAME = REPORTING_VERBS | load_set("dates/auxiliaries") | (load_set("dates/modals") - {"to"})


def _second_of_a_pair(ctx: Context) -> bool:
    """True when the match is the second month of a pair or range ("from January to March"):
    the first month makes "March" and "May" months, not the verb or the name. After "and" or
    "or", unless "between" or "from" opens the pair, not with a comma before the joining word
    ("set for July, and May told MPs") nor before a verb ("came in June and May said")."""
    m = _MONTH_AND.search(ctx.sentence, max(0, ctx.start - 40), ctx.start)
    if not m or m.group("month").lower() not in W.MONTHS:
        return False
    if m.group("join") not in ("and", "or") or (m.group("lead") or "").lower() in ("between", "from"):
        return True
    if m.group("comma"):
        return False
    after = ctx.sentence[ctx.end : ctx.end + 1]
    if not after or not after.isspace():
        return True  # "in April and May." / "April and May, ..."
    nxt = ctx.next_word()
    return not (nxt[:1].islower() and (nxt in _VERBS_AFTER_A_NAME or nxt.endswith("ed")))


# Words before "the fall" that make it the season ("in the fall"), not a decline.
_SEASON_PREPOSITIONS = load_set("dates/season_prepositions")
# Determiners before "previous fall", "last fall" that make "fall" a noun of decline when "in" or
# "of" follows ("the previous fall in sales"); "last fall in Paris" with none stays the season.
_DECLINE_DETERMINERS = frozenset({"the", "a", "its", "their", "his", "her", "our"})


def season_year(m, ctx):
    """`the summer of 2004`, `winter 2021`."""
    return Timex("DATE", f"{int(m.group('y')):04d}-{W.SEASONS[m.group('season').lower()]}")


def season(m, ctx):
    """`last summer`, `this fall`, `next spring`."""
    code = W.SEASONS[m.group("season").lower()]
    if ctx.anchor is None:
        return Timex("DATE", f"XXXX-{code}")
    if m.group("the"):
        # "the summer" with no year: this year's, or the nearest one the tense allows. "the fall"
        # is as often a decline ("the fall in prices", "after the fall"): a season only after a
        # preposition of time ("in the fall", "by the fall").
        if code == "FA" and (ctx.previous_word() not in _SEASON_PREPOSITIONS or ctx.next_word().lower() in ("in", "of")):
            return None
        return Timex("DATE", f"{T.season_year(ctx.anchor, code, ctx.way(T.NEAREST)):04d}-{code}", anchored=True)
    if code == "FA" and ctx.previous_word() in _DECLINE_DETERMINERS and ctx.next_word().lower() in ("in", "of"):
        return None  # "the previous fall in sales", "its last fall of 5%": a decline
    shift = m.group("shift").lower()
    way = T.PAST if W.PERIOD_SHIFTS.get(shift, 0) < 0 or shift == "this past" else T.FUTURE
    if W.PERIOD_SHIFTS.get(shift) == 0:
        way = ctx.way(T.NEAREST)
    return Timex("DATE", f"{T.season_year(ctx.anchor, code, way):04d}-{code}", anchored=True)


def year(m, ctx):
    """A four-digit year (`1986`, `in 2004`, `fiscal 1989`), not a count or a clock time."""
    text = m.group("y")
    prev = ctx.previous_word()
    if not (m.group("edge") or m.group("fiscal")):
        if prev in W.COUNT_LEADERS or prev[:1] in "$€£¥#" or prev.endswith(("$", "€", "£")):
            return None
        nxt = ctx.next_word().lower()
        if nxt in W.TIME_ZONES or nxt in ("hours", "hrs", "h", "percent", "per"):
            return None
    return Timex("DATE", text)


def decade(m, ctx):
    """`the 1990s`, `the '80s`: TIMEX3 writes a decade as its first three digits (`199`)."""
    dec = m.group("dec")
    if dec[0] in "'’":
        return Timex("DATE", "19" + dec[1])
    return Timex("DATE", dec[:3])


def century(m, ctx):
    """`the 20th century`: TIMEX3 writes it as its first two digits (`19`)."""
    n = int(m.group("cnum")) if m.group("cnum") else W.ORDINALS[m.group("ord").lower()]
    if not 1 <= n <= 21:
        return None
    return Timex("DATE", f"{n - 1:02d}")


def weekday(m, ctx):
    """`on Thursday`, `Monday night`, `late Wednesday`, `last Friday`, `Thursday's briefing`."""
    wd_text = m.group("wd")
    if not _capitalised(wd_text):
        return None
    wd = W.WEEKDAYS[wd_text.lower()]
    shift = (m.group("shift") or "").lower()
    suffix = _part_suffix(m)
    every = _every_part(m, ctx)
    if every:
        return Timex("SET", f"XXXX-WXX-{wd}T{every}")  # "on Monday and Tuesday nights"
    lead = 0
    if not suffix:
        suffix, lead = _part_before(ctx)  # "at mid-afternoon Tuesday"
    kind = "TIME" if suffix else "DATE"
    if ctx.anchor is None:
        return Timex(kind, f"XXXX-WXX-{wd}{suffix}", lead=lead)
    if shift in ("next", "coming", "this coming"):
        way = T.FUTURE
    elif shift in ("last", "past", "this past", "previous"):
        way = T.PAST
    elif _POSSESSIVE.match(ctx.sentence, ctx.end):
        way = T.PAST  # "Friday's ruling", "Tuesday's close": an event already reported
    elif _points_forward(ctx):
        way = T.FUTURE  # "as soon as Tuesday", "postponed until Tuesday morning"
    else:
        way = ctx.way(T.PAST)
        if way == T.NEAREST:
            way = T.PAST  # present-tense news ("says on Friday") reports what happened
    d = T.weekday_date(ctx.anchor, wd, way)
    if shift in ("next",) and d == ctx.anchor:
        d += dt.timedelta(days=7)
    if shift in ("last", "previous") and d == ctx.anchor:
        d -= dt.timedelta(days=7)
    return _next_to_day(Timex(kind, T.day(d) + suffix, anchored=True, lead=lead), ctx, lambda day, k: day + dt.timedelta(weeks=k),
                        None if shift else lambda: ctx.tense)


# A part of the day in the plural after a weekday, or after "and" and a second weekday: "Tuesday
# nights", "on Monday and Tuesday nights" (both repeat).
_PLURAL_PART = regex.compile(
    r"(?:\s{1,3}(?:and|or)\s{1,3}\p{Lu}\p{Ll}{2,8})?\s{1,3}(?P<part>\p{L}{5,9})s(?![\p{L}\d])"
)


def _every_part(m: regex.Match, ctx: Context) -> str:
    """The TIMEX3 part-of-day code when a plural part of the day follows the weekday ("Monday
    nights", "Monday and Tuesday nights") in a clause that is not in the past tense: the weekday
    then repeats (a SET). "" otherwise: "Police clashed with protesters on Saturday and Sunday
    nights" names two past nights, which are dates."""
    if (m.group("part") if "part" in m.re.groupindex else None) or m.group("shift"):
        return ""  # "Monday night" (its own part), "last Monday": one day
    if ctx.tense == T.PAST:
        return ""
    found = _PLURAL_PART.match(ctx.sentence, ctx.end, ctx.end + 40)
    if found is None or found.group("part").lower() not in W.PARTS_OF_DAY:
        return ""
    second = regex.search(r"\p{Lu}\p{Ll}+", found.group(0))
    if second is not None and second.group(0).lower() not in W.WEEKDAYS:
        return ""  # "Monday and Tuesday nights" only with a weekday after "and"
    return W.PARTS_OF_DAY[found.group("part").lower()]


def _points_forward(ctx: Context) -> bool:
    """True for a weekday right after "as soon as" ("as soon as Tuesday") or a forward word
    ("effective Monday"), at the end of a short "as soon as" clause under a main clause that
    reports a prospect ("were likely to buy as soon as trading opened Monday"), or after "until"
    in a clause whose verb moves a deadline ("postponed until Tuesday morning")."""
    if ctx.previous_word() in _FORWARD_WORDS:
        return True
    # Substring tests first, on the text the patterns read, case-folded as IGNORECASE compares
    # it: they are cheaper than the patterns, which need "soon", or "until"/"till" (both "til").
    before = ctx.sentence[max(0, ctx.start - _LOOK_BACK) : ctx.start].casefold()
    if "soon" in before:
        if _AS_SOON_AS.search(ctx.sentence, max(0, ctx.start - _LOOK_BACK), ctx.start):
            return True
        clause = _AS_SOON_AS_CLAUSE.search(ctx.sentence, max(0, ctx.start - _LOOK_BACK), ctx.start)
        if clause and _reports_prospect(ctx, clause.start()):
            return True
    return "til" in before and _deadline(ctx)


def _reports_prospect(ctx: Context, start: int) -> bool:
    """True when the main clause before `start` (an "as soon as" clause) reports a prospect: a
    modal, "to" or a marker of plans among its last eight words, after the last comma. The
    past form in the subordinate clause ("as soon as trading opened Monday") is then the tense
    of the report, not of the day: "Shares fell as soon as trading opened Monday" stays past."""
    head = ctx.sentence[max(0, start - _LOOK_BACK) : start].rsplit(",", 1)[-1]
    words = regex.findall(r"[\p{L}'’]+", head.lower())
    return any(w in _PROSPECT_WORDS for w in words[-8:])


def _deadline(ctx: Context) -> bool:
    """True for a weekday after "until" in a clause whose verb moves a deadline."""
    m = _UNTIL.search(ctx.sentence, max(0, ctx.start - _LOOK_BACK), ctx.start)
    if not m:
        return False
    words = regex.findall(r"\p{L}+", ctx.sentence[max(0, m.start() - 80) : m.start()].lower())
    return any(w in W.DEADLINE_VERBS for w in words[-8:])


def weekday_set(m, ctx):
    """`every Thursday`, `on Mondays`, `Tuesday nights`: a repeating weekday (SET)."""
    wd_text = m.group("wd")
    if not _capitalised(wd_text):
        return None
    return Timex("SET", f"XXXX-WXX-{W.WEEKDAYS[wd_text.lower()]}{_part_suffix(m)}")


def relative_day(m, ctx):
    """`yesterday`, `today`, `tomorrow morning`, `late yesterday`, `tonight`."""
    rel = m.group("rel")
    if rel[0].isupper() and _capitalised(_previous_as_written(ctx)):
        return None  # part of a name: "USA Today", "Psychology Today"
    offset = W.RELATIVE_DAYS[rel.lower()]
    suffix = _part_suffix(m) or ("TNI" if rel.lower() == "tonight" else "")
    lead = 0
    if not suffix:
        suffix, lead = _part_before(ctx)
    kind = "TIME" if suffix else "DATE"
    if ctx.anchor is None:
        return Timex(kind, "XXXX-XX-XX" + suffix, lead=lead)
    return Timex(kind, T.day(ctx.anchor + dt.timedelta(days=offset)) + suffix, anchored=True, lead=lead)


# A part of the day with "mid", "early" or "late" right before a day: "at mid-afternoon yesterday",
# "in the late evening Tuesday" (the part written after the day is the rules' own: "Tuesday night").
_PART_EDGES = load_set("dates/part_of_day_edges")
_EDGED_PARTS = load_set("dates/edged_parts_of_day")
_PART_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:" + "|".join(sorted(map(regex.escape, _PART_EDGES))) + r")[-\s]{0,2}(?P<part>\p{L}{5,9})\s{1,3}$", regex.IGNORECASE
)


def _part_before(ctx: Context) -> tuple[str, int]:
    """("T" and the part-of-day code, characters before the match) for "mid-afternoon" and the
    like right before the day, else ("", 0)."""
    before = ctx.sentence[max(0, ctx.start - 24) : ctx.start].casefold()
    if not any(edge in before for edge in _PART_EDGES):
        return "", 0  # cheap test first: the pattern needs one of the edge words
    m = _PART_BEFORE.search(ctx.sentence, max(0, ctx.start - 24), ctx.start)
    if m is None or m.group("part").lower() not in _EDGED_PARTS:
        return "", 0
    return "T" + W.PARTS_OF_DAY[m.group("part").lower()], ctx.start - m.start()


def _previous_as_written(ctx: Context) -> str:
    m = _PREVIOUS_WORD.search(ctx.sentence, max(0, ctx.start - _LOOK_BACK), ctx.start)
    return m.group(1) if m else ""


def day_around(m, ctx):
    """`the day before yesterday`, `the day after tomorrow`."""
    offset = -2 if m.group("around").lower().startswith("before") else 2
    if ctx.anchor is None:
        return Timex("DATE", "XXXX-XX-XX")
    return Timex("DATE", T.day(ctx.anchor + dt.timedelta(days=offset)), anchored=True)


def part_today(m, ctx):
    """`this morning`, `last night`: a part of the anchor day or the day before (TIME)."""
    part = W.PARTS_OF_DAY[m.group("part").lower()]
    offset = -1 if m.group("which").lower() == "last" else 0
    if ctx.anchor is None:
        return Timex("TIME", f"XXXX-XX-XXT{part}")
    return Timex("TIME", T.day(ctx.anchor + dt.timedelta(days=offset)) + "T" + part, anchored=True)


def period(m, ctx):
    """`this week`, `last month`, `earlier this year`, `the past week`, `next year`."""
    unit = m.group("unit").lower()
    if m.group("unit")[0].isupper() and not m.group("unit").isupper() and ctx.start > 0:
        return None  # a title: "This Week", "Next Year"
    shift = regex.sub(r"\s+", " ", m.group("shift").lower())
    if unit in ("decade", "century") and shift not in ("this", "current", "the current"):
        return Timex("DURATION", "P10Y" if unit == "decade" else "P100Y")  # "the past decade"
    n = 0 if shift in ("this", "current", "the current") else (-1 if shift in ("this past",) else W.PERIOD_SHIFTS.get(shift, 1))
    if shift == "this coming":
        n = 1
    if ctx.anchor is None:
        return Timex("DATE", T.unanchored_period(unit))
    return Timex("DATE", T.shift_period(ctx.anchor, unit, n), anchored=True)


def earlier_in_the(m, ctx):
    """`earlier in the week`, `later in the year`: the anchor's own period."""
    unit = m.group("unit").lower()
    if ctx.anchor is None:
        return Timex("DATE", T.unanchored_period(unit))
    return Timex("DATE", T.shift_period(ctx.anchor, unit, 0), anchored=True)


# "of" and a day after "the weekend": the day names the weekend (`_in_week_of`), "the weekend of
# Oct. 7", "the weekend of 7 October"; not "the weekend of Thanksgiving", "of the president's visit".
_MONTH_NAMES = "|".join(sorted(W.MONTHS, key=len, reverse=True))
_WEEKEND_OF = regex.compile(
    rf"\s{{1,3}}of\s{{1,3}}(?:(?:{_MONTH_NAMES})\.?\s{{1,3}}\d|\d{{1,2}}(?:st|nd|rd|th)?\s{{1,3}}(?:{_MONTH_NAMES})(?![\p{{L}}]))",
    regex.IGNORECASE,
)


def the_weekend(m, ctx):
    """`the weekend`: the most recent one in a past clause, the next one in a future clause."""
    if _WEEKEND_OF.match(ctx.sentence, ctx.end, ctx.end + 30):
        return None  # "the weekend of Oct. 7": the date names the weekend (`_in_week_of`)
    if ctx.anchor is None:
        return Timex("DATE", "XXXX-WXX-WE")
    way = ctx.way(T.PAST)
    if way == T.FUTURE or ctx.anchor.isoweekday() >= 6:
        return Timex("DATE", T.weekend(ctx.anchor), anchored=True)
    return Timex("DATE", T.weekend(ctx.anchor - dt.timedelta(days=7)), anchored=True)


def the_year(m, ctx):
    """`for the year`, `the full year`, `the fiscal year`: the article's own year (DATE); `the year
    ended Sept. 30`: a year-long span that is not a calendar year (DURATION `P1Y`).

    A year that ends on a stated day is a fiscal year, which no calendar-year value names, so
    TIMEX3 gives its length. Not "the year before" or "the year 2000", which other rules read.
    """
    if m.group("yw")[0].isupper():
        return None  # a title: "Person of the Year"
    following = ctx.next_word().lower()
    if following in ("ended", "ending", "ends"):
        return Timex("DURATION", "P1Y")
    if following in W.NOT_THE_YEAR_AFTER or following[:1].isdigit():
        return None
    if ctx.anchor is None:
        return Timex("DATE", "XXXX")
    return Timex("DATE", T.year(ctx.anchor.year), anchored=True)


def year_ago_adj(m, ctx):
    """`year-earlier`, `year-ago results`: the year before the anchor's; `the year-ago quarter`:
    the latest quarter (see `the_quarter`) a year earlier."""
    noun = (m.group("noun") or "").lower()
    if ctx.anchor is None:
        return Timex("DATE", "XXXX-QX" if noun == "quarter" else "XXXX")
    if noun == "quarter":
        value = T.shift_period(ctx.anchor, "quarter", -1 if ctx.way(T.PAST) == T.PAST else 0)
        return Timex("DATE", f"{int(value[:4]) - 1:04d}{value[4:]}", anchored=True)
    return Timex("DATE", T.year(ctx.anchor.year - 1), anchored=True)


def period_last_year(m, ctx):
    """`the same period last year`, `the quarter a year ago`, `last year's quarter`: like `year-ago`."""
    return year_ago_adj(m, ctx)


def year_period(m, ctx):
    """`the 1988 quarter` (that year's quarter matching the latest one), `the 1988 period`."""
    y = int(m.group("y"))
    if m.group("noun").lower() == "quarter" and ctx.anchor is not None:
        value = T.shift_period(ctx.anchor, "quarter", -1 if ctx.way(T.PAST) == T.PAST else 0)
        return Timex("DATE", f"{y:04d}{value[4:]}", anchored=True)
    return Timex("DATE", T.year(y))


# A year in the possessive right before a quarter: "1991's first quarter", "fiscal 2023's third quarter".
_YEARS_BEFORE = regex.compile(r"(?<![\p{L}\d$€£¥#])(?P<y>1[6-9]\d\d|20\d\d)['’]s\s{1,3}$")


def quarter(m, ctx):
    """`the third quarter`, `third-quarter`, `next year's first quarter`, `the fourth quarter of 1984`."""
    q = W.ORDINALS[m.group("ord").lower()]
    if not 1 <= q <= 4:
        return None
    groups = m.groupdict()
    det = regex.sub(r"\s+", " ", (groups.get("det") or "").lower())
    if groups.get("y") or groups.get("dety"):
        return Timex("DATE", f"{int(groups.get('y') or groups.get('dety')):04d}-Q{q}")
    owner = _YEARS_BEFORE.search(ctx.sentence, max(0, ctx.start - 20), ctx.start) if not det else None
    if owner:
        return Timex("DATE", f"{int(owner.group('y')):04d}-Q{q}")  # "fiscal 1991's first quarter"
    # A year word before the quarter ("last year's", "the year-earlier") names its year: the day
    # it ended on is then resolved against the anchor on its own and must not override it.
    year_word = det.startswith(("last year", "next year", "this year")) or "year-" in det
    end = None if year_word else _quarter_end_day(ctx)
    if end is not None:
        # "the second quarter ended Oct. 31": the quarter keeps its own (perhaps fiscal) number;
        # its year is that of most of its three months, whichever year the anchor is in. That
        # convention is a choice (companies name fiscal years differently); no bench case tells
        # it apart from the end day's own year.
        return Timex("DATE", f"{(end[0] - _HALF_QUARTER).year:04d}-Q{q}", end[1])
    if ctx.anchor is None:
        return Timex("DATE", f"XXXX-Q{q}")
    of_year = _of_a_year_after(ctx)
    if of_year is not None:
        return Timex("DATE", f"{of_year:04d}-Q{q}", anchored=True)  # "the fourth quarter of last year"
    if det.startswith("last year") or "year-" in det:
        y = ctx.anchor.year - 1
    elif det.startswith("next year"):
        y = ctx.anchor.year + 1
    elif det.startswith("this year"):
        y = ctx.anchor.year
    else:
        y = T.quarter_year(ctx.anchor, q, ctx.way(T.PAST))
    return Timex("DATE", f"{y:04d}-Q{q}", anchored=True)


quarter_adj = quarter


def quarter_code(m, ctx):
    """`Q3`, `Q3 2023`."""
    q = int(m.group("q")[1])
    if m.group("y"):
        return Timex("DATE", f"{int(m.group('y')):04d}-Q{q}")
    if ctx.anchor is None:
        return Timex("DATE", f"XXXX-Q{q}")
    return Timex("DATE", f"{T.quarter_year(ctx.anchor, q, ctx.way(T.PAST)):04d}-Q{q}", anchored=True)


def half_year(m, ctx):
    """`the first half of 2023`, `the second half of the year`."""
    h = 1 if m.group("ord").lower() == "first" else 2
    if m.group("y"):
        return Timex("DATE", f"{int(m.group('y')):04d}-H{h}")
    if m.group("this") and ctx.anchor is not None:
        return Timex("DATE", f"{ctx.anchor.year:04d}-H{h}", anchored=True)
    year = _of_a_year_after(ctx)
    return None if year is None else Timex("DATE", f"{year:04d}-H{h}", anchored=True)


# "of last year", "of next year", "of this year" right after a part of a year.
_OF_A_YEAR = regex.compile(r"\s{1,3}of\s{1,3}(?P<which>last|this|next)\s{1,3}year(?![\p{L}\d'’-])", regex.IGNORECASE)
_YEAR_SHIFT = {"last": -1, "this": 0, "next": 1}


def _of_a_year_after(ctx: Context) -> Optional[int]:
    """The year "of last/this/next year" right after the match names, or None ("the fourth
    quarter of last year", "the second half of next year")."""
    m = _OF_A_YEAR.match(ctx.sentence, ctx.end, ctx.end + 24)
    if m is None or ctx.anchor is None:
        return None
    return ctx.anchor.year + _YEAR_SHIFT[m.group("which").lower()]


# "end" after the hyphen: "the quarter-end" names the quarter's end, a day of that quarter.
_QUARTER_END = regex.compile(r"end(?![\p{L}])", regex.IGNORECASE)


def the_quarter(m, ctx):
    """`the quarter`, `the latest quarter`: in a past clause the last one that ended; else this one."""
    if ctx.sentence[ctx.end : ctx.end + 1] in ("-", "‐", "‑") and not _QUARTER_END.match(ctx.sentence, ctx.end + 1):
        return None  # a compound: "the quarter-to-quarter comparison", "quarter-over-quarter growth"
    which = regex.sub(r"\s+", " ", m.group("which").lower())
    ended = _quarter_ended(ctx)
    if ended is not None:
        return ended
    if ctx.anchor is None:
        return Timex("DATE", "XXXX-QX")
    current = which in ("the current", "this") or ctx.way(T.PAST) != T.PAST
    return Timex("DATE", T.shift_period(ctx.anchor, "quarter", 0 if current else -1), anchored=True)


# "the quarter ended Sept. 30", "the quarter ending July 31, 2023": the day the quarter ends.
_ENDED_ON = regex.compile(
    r"\s{1,3}(?:that\s{1,3})?(?:ended|ending|ends)\s{1,3}(?:on\s{1,3})?(?P<month>\p{Lu}\p{Ll}{2,8})\.?\s{1,3}"
    r"(?P<d>[12]\d|3[01]|0?[1-9])(?!\d)(?:,?\s{1,3}(?P<y>1[6-9]\d\d|20\d\d)(?!\d))?"
)
# A quarter that ends on a given day is the calendar quarter holding most of its three months:
# the one its middle (about 45 days before its end) falls in. A fiscal quarter ended July 31
# (May to July) is mostly the second calendar quarter; one ended Sept. 30 is the third.
_HALF_QUARTER = dt.timedelta(days=45)


def _quarter_ended(ctx: Context) -> Optional[Timex]:
    """The calendar quarter of "the quarter ended <day>", or None when no such day follows."""
    end = _quarter_end_day(ctx)
    if end is None:
        return None
    middle = end[0] - _HALF_QUARTER
    return Timex("DATE", f"{middle.year:04d}-Q{T.quarter_of(middle)}", end[1])


def _quarter_end_day(ctx: Context) -> Optional[tuple[dt.date, bool]]:
    """The day a quarter "ended" (or is "ending") on, written right after the match, and whether
    its year came from the anchor; None when no such day follows or its year cannot be told."""
    m = _ENDED_ON.match(ctx.sentence, ctx.end, ctx.end + 60)  # its longest match is under 50 characters
    if m is None or m.group("month").lower() not in W.MONTHS:
        return None
    month, day_of_month = _month_number(m.group("month")), int(m.group("d"))
    if m.group("y"):
        year, anchored = int(m.group("y")), False
    elif ctx.anchor is not None:
        # a quarter that "ended" is past however far back (as `Context.clearly_past` reads the day
        # itself); one "ending" may be this one: the nearest such day
        if "ended" in m.group(0):
            year = _latest_year(ctx.anchor, month, day_of_month)
        else:
            year = T.month_day_year(ctx.anchor, month, day_of_month, T.NEAREST)
        anchored = True
    else:
        return None
    if not T.valid_day(year, month, day_of_month):
        return None
    return dt.date(year, month, day_of_month), anchored


def _unit(m: regex.Match) -> tuple[str, int, bool]:
    word = m.group("unit").lower()
    designator, per = W.UNITS[word]
    return designator, per, word in W.TIME_UNITS


def ago(m, ctx):
    """`two days ago`, `a year ago` (DATE); `six years later`, `a day earlier` (DURATION)."""
    designator, per, time_unit = _unit(m)
    amount = None if m.group("vague") else _count(m.group("count"))
    if amount is not None:
        amount *= per
    direction = regex.sub(r"\s+", " ", m.group("dir").lower())
    if direction in ("earlier", "later"):
        return Timex("DURATION", T.duration(amount, designator, time_unit))
    sign = -1 if direction == "ago" else 1
    if amount is None:
        return Timex("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    if time_unit:
        return Timex("DURATION", T.duration(amount, designator, True))
    if ctx.anchor is None:
        return Timex("DATE", T.unanchored_ago(designator))
    return Timex("DATE", T.ago(ctx.anchor, designator, int(round(amount)), sign), anchored=True)


def duration(m, ctx):
    """`25 years`, `nearly 6 years`, `the past two months`, `several weeks`, `16-hour`, `8-month-old`."""
    designator, per, time_unit = _unit(m)
    unit = m.group("unit").lower()
    if m.group("old") or ctx.next_word().lower() == "old":
        return None  # an age ("a 25-year-old man"), not a time
    if unit.startswith("quarter") and ("-" in m.group("joint") or ctx.next_word().lower() == "of"):
        return None  # a fraction: "three-quarters", "a quarter of the vote"
    count_word = (m.group("count") or "").lower()
    if unit.startswith("second") and (count_word in ("a", "an") or (unit == "second" and "-" not in m.group("joint"))):
        return None  # the ordinal: "a second time", "February twenty second"
    if count_word in ("a", "an") and unit.endswith(("s", "ies")):
        return None  # the article belongs to a later noun: "a decades-long feud", "a years-old slump"
    if _titled_unit(m, ctx):
        return None  # a title: "on CBS's 60 Minutes", "the film 28 Days"
    if count_word == "one" and unit == "day" and ctx.previous_word() in _FUTURE_MODALS:
        return Timex("DATE", "FUTURE_REF")  # "will one day be": some day to come, not a day long
    if m.group("vague"):
        amount = None
    else:
        amount = _count(m.group("count"))
        if amount is None:
            return None
        if amount >= 1000 and regex.fullmatch(r"\d{4}", m.group("count")):
            return None  # a year before a noun: "the 1988 quarter"
        if m.group("half"):
            amount += 0.5
        amount *= per
        word = m.group("count").lower()
        if word in ("a", "an") and _after_amount(ctx):
            return Timex("SET", T.duration(1, designator, time_unit))  # "$5 million a year"
        low = _range_low(m, ctx, amount / per)
        if low is not None:
            count, lead = low
            return Timex("DURATION", T.duration(count * per, designator, time_unit), lead=lead,
                         value_to=T.duration(amount, designator, time_unit))
    return Timex("DURATION", T.duration(amount, designator, time_unit))


# The lower end of a range right before a count of units: "two to three weeks", "10-15 years",
# "one or two days", "between two and six days" ("and" only after "between").
_RANGE_LOW = regex.compile(
    r"(?<![\p{L}\d$€£¥#.,'’/:])(?P<between>between\s{1,3})?(?P<low>\d{1,4}|\p{L}{3,9}(?:-\p{L}{3,5})?)"
    r"(?:\s{1,3}(?P<join>to|or|and)\s{1,3}|\s{0,2}[-–]\s{0,2})$",
    regex.IGNORECASE,
)
# The longest text `_RANGE_LOW` matches: "between" and 3 spaces, a count of up to 15 letters
# ("seventy-five"), 3 spaces, "and", 3 spaces; and "from" with 3 spaces before it (`_FROM_BEFORE`).
_RANGE_LOOK_BACK = len("between") + 3 + 15 + 3 + len("and") + 3 + len("from") + 3
# "from" right before the lower count: "from 4 to 8 years" is a change, not a range.
_FROM_BEFORE = regex.compile(r"(?<![\p{L}])from\s{1,3}$", regex.IGNORECASE)


def _range_low(m: regex.Match, ctx: Context, high: float) -> Optional[tuple[float, int]]:
    """(the lower count, characters before the match it starts) when the count of units is the
    upper end of a range ("two to three weeks"), else None. TIMEX3 has no value for a range:
    the expression's text shows the range, its value says what the range at least spans (as
    TempEval-3's annotators wrote "two to three weeks", `P2W`). Not after "from" ("raised the
    limit from 4 to 8 years": a change to the upper count)."""
    if m.group("hedge") or m.group("lead") or m.group("joint").strip() or ctx.start == 0:
        return None
    found = _RANGE_LOW.search(ctx.sentence, max(0, ctx.start - _RANGE_LOOK_BACK), ctx.start)
    if found is None or (found.group("join") or "").lower() == "and" and not found.group("between"):
        return None
    if not found.group("between") and _FROM_BEFORE.search(ctx.sentence, max(0, found.start() - 8), found.start()):
        return None
    low = _count(found.group("low"))
    if low is None or not 0 < low < high:
        return None
    return low, ctx.start - found.start("low")


# Quote marks that may open a quoted title (straight, curly, and the doubled apostrophes and
# backquotes of wire copy).
_OPENING_QUOTES = frozenset({'"', "“", "'", "‘", "`"})


def _titled_unit(m: regex.Match, ctx: Context) -> bool:
    """True when the unit is written with a capital inside running text ("CBS's 60 Minutes",
    "the film 28 Days later", 'on "60 Minutes"'): news writes units in lower case, so a capital
    marks a title, and a quote mark right before the count one too. Not at
    the start of the sentence, not in capitals ("3 DAYS"), and not in a line set in title case
    (a headline: "Rescuers Search For Three Days"), told by the words around it being capitalised
    too: the next word (or, at the end, the word before) must start in lower case."""
    unit = m.group("unit")
    if not unit[0].isupper() or unit.isupper() or _first_word_char(ctx.sentence) >= ctx.start:
        return False
    if ctx.sentence[max(0, ctx.start - 1) : ctx.start] in _OPENING_QUOTES:
        return True  # a quoted title in running text: 'said on CBS's "60 Minutes."'
    following = ctx.next_word()
    if following:
        return following[0].islower()
    before = _previous_as_written(ctx)
    return bool(before) and before[0].islower()


def _after_amount(ctx: Context) -> bool:
    prev = ctx.previous_word()
    return bool(regex.search(r"\d|million|billion|percent|%|dollars|euros|pounds|times|once|twice", prev))


def vague_span(m, ctx):
    """`recent months`, `the coming weeks`, `the past few years`: an unstated number of units."""
    designator, _, time_unit = _unit(m)
    return Timex("DURATION", T.duration(None, designator, time_unit))


def bare_units(m, ctx):
    """`for years`, `within hours`: an unstated number of units."""
    return vague_span(m, ctx)


def unit_set(m, ctx):
    """`every year`, `each month`, `twice a week`, `every other day`."""
    designator, per, time_unit = _unit(m)
    amount = _count(m.group("count")) if m.group("count") else 1
    if amount is None:
        return None
    amount *= per * (2 if m.group("other") else 1)
    return Timex("SET", T.duration(amount, designator, time_unit))


def named_set(m, ctx):
    """`every July`, `each summer`."""
    if m.group("month"):
        if not _capitalised(m.group("month")):
            return None
        return Timex("SET", f"XXXX-{_month_number(m.group('month')):02d}")
    return Timex("SET", f"XXXX-{W.SEASONS[m.group('season').lower()]}")


def set_adverb(m, ctx):
    """`daily`, `weekly`, `annually`; not the capitalised name of a paper ("the Daily Mail")."""
    adv = m.group("adv")
    if adv[0].isupper() and ctx.start > 0:
        return None
    rest = ctx.sentence[ctx.end : ctx.end + 4]  # room for the punctuation test below
    following = ctx.next_word().lower()
    if following and not regex.match(r"\s{0,3}[,.;:)!?]", rest) and following not in W.SET_ADVERB_FOLLOWERS:
        if adv.lower() not in W.FREQUENCY_ADJECTIVES or following.endswith("ed"):
            return None  # "annually adjusted figures": an adverb on the next word
    return Timex("SET", W.SET_ADVERBS[adv.lower()])


def _clock(ctx: Context, hour: int, minute: int, second: Optional[str] = None) -> Timex:
    t = f"T{hour:02d}:{minute:02d}" + (f":{second}" if second else "")
    if ctx.anchor is None:
        return Timex("TIME", "XXXX-XX-XX" + t)
    return Timex("TIME", T.day(ctx.anchor) + t, anchored=True)


def clock(m, ctx):
    """`9 p.m.`, `10:30 a.m. EDT`."""
    hour = int(m.group("h")) % 12
    if m.group("ampm").lower().startswith("p"):
        hour += 12
    return _clock(ctx, hour, int(m.group("min") or 0))


def clock_24(m, ctx):
    """`21:30`, `09:31:28`."""
    return _clock(ctx, int(m.group("h")), int(m.group("min")), m.group("sec"))


def military(m, ctx):
    """`1900 GMT`, `0800 hours UTC`: a clock time, never a year."""
    if not m.group("tz").isupper():
        return None
    return _clock(ctx, int(m.group("h")), int(m.group("min")))


def clock_part(m, ctx):
    """`4 in the morning`, `9 in the evening`."""
    hour = int(m.group("h")) % 12
    if m.group("part").lower() != "morning":
        hour += 12
    return _clock(ctx, hour, int(m.group("min") or 0))


def spelled_year(m, ctx):
    """`nineteen ninety-six`, `the year two thousand`: years read out in transcripts."""
    words = regex.split(r"[-\s]+", m.group("spelled").lower())
    if words[0] == "two":
        rest = [w for w in words[2:] if w != "and"]
        return Timex("DATE", f"{2000 + sum(W.NUMBER_WORDS[w] for w in rest):04d}")
    if len(words) < 2:
        return None
    century = W.NUMBER_WORDS[words[0]]
    tail = 0 if words[1] == "hundred" else sum(W.NUMBER_WORDS[w] for w in words[1:])
    return Timex("DATE", f"{century * 100 + tail:04d}")


def decade_word(m, ctx):
    """`the nineties`, `the early eighties`: a decade of the twentieth century (`199`)."""
    return Timex("DATE", f"19{W.DECADE_WORDS[m.group('decword').lower()]}")


def oclock(m, ctx):
    """`ten o'clock`."""
    h = m.group("h").lower()
    hour = int(h) if h.isdigit() else int(W.NUMBER_WORDS[h])
    return _clock(ctx, hour, 0)


def named_time(m, ctx):
    """`noon`, `midnight`."""
    hour, minute = W.NAMED_TIMES[m.group("named").lower()]
    if hour == 24:
        t = "T24:00"
        if ctx.anchor is None:
            return Timex("TIME", "XXXX-XX-XX" + t)
        return Timex("TIME", T.day(ctx.anchor) + t, anchored=True)
    return _clock(ctx, hour, minute)


def reference(m, ctx):
    """`now`, `currently`, `recently`, `the past`, `the future`."""
    key = regex.sub(r"\s+", " ", m.group("ref").lower())
    if key in W.DISCOURSE_OPENERS and _opens_with_comma(m, ctx):
        return None  # a discourse marker: "Now, let us turn to ..."
    return Timex("DATE", W.REFERENCE_WORDS[key])


def _opens_with_comma(m: regex.Match, ctx: Context) -> bool:
    """True when the match opens its sentence (after any quote mark) and a comma follows it."""
    return ctx.sentence[ctx.end : ctx.end + 1] == "," and _first_word_char(ctx.sentence) >= ctx.start


@functools.lru_cache(maxsize=16)
def _first_word_char(sentence: str) -> int:
    """Where the sentence's first letter or digit is (its length if none): once per sentence."""
    m = _WORD_CHAR.search(sentence)
    return m.start() if m else len(sentence)


def reference_adjective(m, ctx):
    """`current` (PRESENT_REF) and `recent` (PAST_REF) before the noun they place in time."""
    following = ctx.next_word().lower().strip("-")
    if following in W.NOT_REFERENCE_AFTER or "-" in ctx.sentence[ctx.end : ctx.end + 1]:
        return None  # "the current account", "current-account deficit"
    return Timex("DATE", W.REFERENCE_ADJECTIVES[m.group("adj").lower()])


def holiday(m, ctx):
    """`Christmas`, `Thanksgiving`, `Easter 2019`, `last Christmas`."""
    name = regex.sub(r"\s+", " ", m.group("holiday").lower())
    if not _capitalised(m.group("holiday")):
        return None
    if m.group("y"):
        return _next_to_day(Timex("DATE", T.day(_holiday_date(name, int(m.group("y"))))), ctx)
    if ctx.anchor is None:
        if name in W.FIXED_HOLIDAYS:
            mo, d = W.FIXED_HOLIDAYS[name]
            return Timex("DATE", f"XXXX-{mo:02d}-{d:02d}")
        return Timex("DATE", "XXXX-XX-XX")
    shift = (m.group("shift") or "").lower()
    way = T.PAST if shift in ("last", "past", "this past") else T.FUTURE if shift in ("next", "coming") else ctx.way(T.NEAREST)
    candidates = [_holiday_date(name, ctx.anchor.year + k) for k in (-1, 0, 1)]
    if way == T.PAST:
        pick = max(d for d in candidates if d <= ctx.anchor)
    elif way == T.FUTURE:
        pick = min(d for d in candidates if d >= ctx.anchor)
    else:
        pick = min(candidates, key=lambda d: abs((d - ctx.anchor).days))
    return _next_to_day(Timex("DATE", T.day(pick), anchored=True), ctx, lambda day, k: _holiday_date(name, day.year + k),
                        None if shift else lambda: way)


def _holiday_date(name: str, y: int) -> dt.date:
    if name in W.FIXED_HOLIDAYS:
        mo, d = W.FIXED_HOLIDAYS[name]
        return dt.date(y, mo, d)
    if name in W.NTH_WEEKDAY_HOLIDAYS:
        mo, wd, n = W.NTH_WEEKDAY_HOLIDAYS[name]
        return T.nth_weekday(y, mo, wd, n)
    if name in W.NTH_WEEKDAY_PLUS_HOLIDAYS:
        mo, wd, n, plus = W.NTH_WEEKDAY_PLUS_HOLIDAYS[name]
        return T.nth_weekday(y, mo, wd, n) + dt.timedelta(days=plus)
    return T.easter_offset(y, W.EASTER_HOLIDAYS[name])


# Every rule of `date_patterns` has the resolver of the same name.
RESOLVERS: dict[str, Resolver] = {name: globals()[name] for name in SOURCES}
