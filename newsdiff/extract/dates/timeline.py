"""The story's own timeline: the last date an article named, for expressions told relative to it.

News narrates a past episode by naming one date ("On May 22, 1995, ...") and moving on from it
("the following year", "later that month", "the next day"); those expressions refer to the last
date named before them, in reading order, not to the publication date. The resolver of such an
expression (`resolve.that_period`) gives a placeholder value (`timex.THAT_PERIOD_PREFIX`);
`Timeline.resolve`, fed the facts
of each sentence in turn, replaces it with the last named date moved by its shift, at its unit's
precision, and drops the expression when no earlier date is precise enough (a guess at the
publication date would be wrong more often than not).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Optional

import regex
from dateutil.relativedelta import relativedelta

from newsdiff.extract.dates import timex as T
from newsdiff.extract.dates.resolve import Timex
from newsdiff.extract.dates.timex import THAT_PERIOD_PREFIX

# A calendar date at year, month or day precision: what "that year" or "the next day" can refer to.
_DATE_SHAPE = regex.compile(r"^(?P<y>\d{4})(?:-(?P<m>[01]\d)(?:-(?P<d>[0-3]\d))?)?$")
_PRECISION = "ymd"
_DAY = regex.compile(r"^\d{4}-\d\d-\d\d")
# The rules of a clock time alone ("10 p.m."), whose day is the anchor's unless something says otherwise.
_CLOCK_RULES = frozenset({"clock", "clock_24", "military", "clock_part", "oclock", "named_time"})


class Timeline:
    """The date a story last named (`last`) and how much of it the text said (`precision`)."""

    def __init__(self) -> None:
        self.last: Optional[dt.date] = None
        self.precision = ""  # "y", "m" or "d"
        self.anchored = False  # whether `last` was itself read against the publication date

    def resolve(self, facts: list[tuple[str, Timex]], anchor: Optional[dt.date]) -> list[Optional[Timex]]:
        """The (rule, value) facts of one sentence, in order: each value as the timeline reads it,
        None for a placeholder with no date precise enough before it."""
        out: list[Optional[Timex]] = []
        has_day = any(_DAY.match(t.value) and "T" not in t.value for _, t in facts)
        for rule, t in facts:
            kept = self._resolved(t) if t.value.startswith(THAT_PERIOD_PREFIX) else t
            if kept is not None and not has_day and anchor is not None and rule in _CLOCK_RULES:
                kept = self._clock_on_last_day(kept, anchor)
            if kept is not None:
                self._remember(kept)
            out.append(kept)
        return out

    def _remember(self, t: Timex) -> None:
        m = _DATE_SHAPE.match(t.value)
        if not m:
            return
        y, mo, d = int(m.group("y")), int(m.group("m") or 1), int(m.group("d") or 1)
        if 1 <= y <= 9998 and T.valid_day(y, mo, d):
            self.last = dt.date(y, mo, d)
            self.precision = "d" if m.group("d") else "m" if m.group("m") else "y"
            self.anchored = t.anchored

    def _clock_on_last_day(self, t: Timex, anchor: dt.date) -> Timex:
        """A clock time with no day in its sentence ("shot at 10 p.m.") is on the last day named:
        news names the day of an episode once and then tells its hours."""
        if t.type != "TIME" or not t.value.startswith(T.day(anchor) + "T") or self.precision != "d" or self.last is None:
            return t
        return dataclasses.replace(t, value=T.day(self.last) + t.value[10:], anchored=self.anchored)

    def _resolved(self, t: Timex) -> Optional[Timex]:
        rest = t.value[len(THAT_PERIOD_PREFIX) :]
        unit, shift = rest[0], int(rest[1:])
        if self.last is None or _PRECISION.index(self.precision) < _PRECISION.index(unit):
            return None
        if unit == "y":
            value = T.year(self.last.year + shift)
        elif unit == "m":
            d = self.last + relativedelta(months=shift)
            value = T.month(d.year, d.month)
        else:
            value = T.day(self.last + dt.timedelta(days=shift))
        # Anchored only when the date it counts from was: "in 2009 ... the following year" is not.
        return Timex("DATE", value, self.anchored)
