"""TIMEX3 values read back: `parse_value` takes a value string apart once into a `TimexValue`.

Values follow TimeML's TIMEX3 (ISO 8601 with extensions): `2023-10-12`, `2023-10`, `2023`,
`2023-W41`, `2023-Q3`, `2023-SU`, `2023-10-09TNI`, `2023-10-09T21:00`, `P6Y`, `PT16H`, `PXM`,
`XXXX-WXX-4`, `PRESENT_REF`. The date extractor writes them (`extract/dates/timex.py`); they stay
strings in facts and in the JSON contract. This is a value type beside `model.py`, not part of an
extractor: the extractor, the date comparison and the renderers all read values through it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import regex

from newsdiff.lexicon.date_words import PART_OF_DAY_NAMES

# The shapes of TIMEX3 values this package writes (see the module docstring); `X` is an unknown
# digit. A calendar value: a year, then a week (with a weekday or the weekend), a month (with a
# day), or a part of the year, then a time (a part of the day or a clock time). Or a decade or a
# century (their first three or two digits), a duration, or a reference to the present, past or future.
_CALENDAR = regex.compile(
    r"(?P<year>\d{4}|XXXX)"
    r"(?:-(?:W(?P<week>\d{2}|XX)(?:-(?P<wday>[1-7])|-(?P<weekend>WE))?"
    r"|(?P<month>\d{2}|XX)(?:-(?P<day>\d{2}|XX))?"
    r"|(?P<part>Q[1-4X]|H[12X]|SP|SU|FA|WI)))?"
    r"(?:T(?P<time>[A-Z]{2}|\d{2}(?::\d{2}){0,2}))?"
)
_DECADE = regex.compile(r"\d{3}|XXX")
_CENTURY = regex.compile(r"\d{2}|XX")
_DURATION = regex.compile(r"P(?:[\dX.]+[YMWDQE]|T[\dX.]+[HMS])[\dX.YMWDQEHMST]*")
_REFERENCES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})
# What TimeML's part-of-day codes (`2023-10-09TNI`) stand for, `PART_OF_DAY_NAMES`: the one table
# every reader of values uses (`lexicon/lists/dates/part_of_day_names.txt`).


def _known(digits: Optional[str]) -> Optional[int]:
    """The number `digits` spell, or None when absent or unknown (`XX`)."""
    if digits is None or "X" in digits:
        return None
    return int(digits)


@dataclass(frozen=True)
class TimexValue:
    """A TIMEX3 value taken apart once (`parse_value`); `text` is the value as JSON carries it.

    `unit` is its precision: "day" (`2023-10-09`, `XXXX-WXX-1`), "week", "weekend", "month",
    "quarter", "half", "season", "year", "decade", "century", "duration" or "reference"
    (`PRESENT_REF`). The calendar fields are None where the value does not say (`XXXX`, `XX`).
    `first` and `last` are the days a calendar value covers when its year is known (a day, a
    week, a month, a year); a single day also gives its `weekday`. `time` is a part of the day
    (`NI`) or a clock time (`21:00`).
    """

    text: str
    unit: str
    year: Optional[int] = None
    month: Optional[int] = None
    day: Optional[int] = None
    week: Optional[int] = None
    weekday: Optional[int] = None  # ISO, 1 = Monday
    part: Optional[str] = None  # of the year: "Q3", "H1", "SU"
    time: Optional[str] = None
    first: Optional[dt.date] = None
    last: Optional[dt.date] = None

    @property
    def clock(self) -> Optional[str]:
        """The clock time (`21:00`, `09:31:28`), None for a part of the day or no time."""
        return self.time if self.time is not None and ":" in self.time else None

    @property
    def part_of_day(self) -> Optional[str]:
        """The part of the day a `time` code names ("night" for `NI`), None for a clock time or none."""
        return PART_OF_DAY_NAMES.get(self.time) if self.time is not None else None

    def __str__(self) -> str:
        return self.text


@lru_cache(maxsize=4096)
def parse_value(value: str) -> Optional[TimexValue]:
    """The TIMEX3 value taken apart, or None for a shape TIMEX3 does not have or a day that is
    not in the calendar (`2023-02-30`, week 54). The one parser of TIMEX3 strings: values are
    written by this package as strings (the JSON contract) and read back only through here."""
    if value in _REFERENCES:
        return TimexValue(value, "reference")
    if _DURATION.fullmatch(value):
        return TimexValue(value, "duration")
    if _DECADE.fullmatch(value):
        return TimexValue(value, "decade")
    if _CENTURY.fullmatch(value):
        return TimexValue(value, "century")
    m = _CALENDAR.fullmatch(value)
    if not m:
        return None
    g = m.groupdict()
    year = _known(g["year"]) or None  # the year 0000 does not exist: read as unknown
    week, wday = _known(g["week"]), _known(g["wday"])
    month, day_of_month = _known(g["month"]), _known(g["day"])
    if not _possible(week, month, day_of_month, g["time"]):
        return None
    try:
        first, last = _covered(year, week, wday, month, day_of_month, g)
    except ValueError:
        return None  # not a day of the calendar
    if first is not None and first == last:
        wday = first.isoweekday()
    time = g["time"] if g["time"] and "X" not in g["time"] else None  # `TXX`: a time not known
    return TimexValue(value, _unit(g), year, month, day_of_month, week, wday, g["part"], time, first, last)


# A leap year: a month and day with no year (`XXXX-02-29`) is possible if it is in some year.
_ANY_YEAR = 2000


def _possible(week: Optional[int], month: Optional[int], day_of_month: Optional[int], time: Optional[str]) -> bool:
    """False for a field no calendar or clock has, whether or not the year is known: week 0 or
    54, month 0 or 13, day 0 or 32 (or 30 February), hour 25, minute or second 60. `24:00` is
    midnight at the end of the day (ISO 8601), as "midnight" is written."""
    if week is not None and not 1 <= week <= 53:
        return False
    if month is not None and not 1 <= month <= 12:
        return False
    if day_of_month is not None and not 1 <= day_of_month <= 31:
        return False
    if month is not None and day_of_month is not None:
        try:
            dt.date(_ANY_YEAR, month, day_of_month)
        except ValueError:
            return False
    if time is None or ":" not in time:
        return True
    hour, *rest = (int(part) for part in time.split(":"))
    if hour == 24:
        return not any(rest)
    return hour <= 23 and all(part <= 59 for part in rest)


def _unit(g: dict) -> str:
    if g["weekend"]:
        return "weekend"
    if g["wday"] or g["day"]:
        return "day"
    if g["week"]:
        return "week"
    if g["month"]:
        return "month"
    part = g["part"]
    if part:
        return "quarter" if part[0] == "Q" else "half" if part[0] == "H" else "season"
    return "year"


def _covered(year, week, wday, month, day_of_month, g) -> tuple[Optional[dt.date], Optional[dt.date]]:
    """The first and last day of a day, week, month or year whose year is known (else None, None)."""
    if not year or g["weekend"] or g["part"]:
        return None, None
    if week:
        if wday:
            return dt.date.fromisocalendar(year, week, wday), dt.date.fromisocalendar(year, week, wday)
        return dt.date.fromisocalendar(year, week, 1), dt.date.fromisocalendar(year, week, 7)
    if month and day_of_month:
        return dt.date(year, month, day_of_month), dt.date(year, month, day_of_month)
    if month:
        return dt.date(year, month, 1), dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    if not g["month"] and not g["week"]:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    return None, None
