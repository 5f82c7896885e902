"""TIMEX3 values: calendar arithmetic that turns a time expression's parts into a value.

Values follow TimeML's TIMEX3 (ISO 8601 with extensions): `2023-10-12`, `2023-10`, `2023`,
`2023-W41`, `2023-Q3`, `2023-SU`, `2023-10-09TNI`, `2023-10-09T21:00`, `P6Y`, `PT16H`, `PXM`,
`XXXX-WXX-4`, `PRESENT_REF`. Unknown digits are `X`. Nothing here reads article text: callers
pass the numbers, the anchor date and the direction the clause's tense gives. Values stay strings
in facts and in the JSON; `newsdiff.timex_value.parse_value` (re-exported here) is the one place
that reads them back (`TimexValue`), for the extractor's own joins, the date comparison and the
renderers.

Directions: PAST (on or before the anchor), FUTURE (on or after) and NEAREST (whichever is
closer, for clauses whose tense does not say).
"""

from __future__ import annotations

import datetime as dt
from typing import Optional

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

# The value type lives beside the data model, as the comparison and the renderers read it too;
# re-exported for the extractor's modules.
from newsdiff.timex_value import TimexValue as TimexValue
from newsdiff.timex_value import parse_value as parse_value

PAST = -1
NEAREST = 0
FUTURE = 1

# A month or day named without a year in a past clause is the most recent one, unless that is
# more than about eight months back: writers give the year for dates that far away, so the
# tense word was probably the reporting verb and the nearest such date is meant.
PAST_REACH_DAYS = 240


def day(d: dt.date) -> str:
    """`2023-10-09`."""
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def month(year: int, m: int) -> str:
    """`2023-10`."""
    return f"{year:04d}-{m:02d}"


def year(y: int) -> str:
    """`2023`."""
    return f"{y:04d}"


def week(d: dt.date) -> str:
    """The ISO week containing `d`: `2023-W41`."""
    iso_year, iso_week, _ = d.isocalendar()
    return f"{iso_year:04d}-W{iso_week:02d}"


def weekend(d: dt.date) -> str:
    """The weekend of the ISO week containing `d`: `2023-W41-WE`."""
    return week(d) + "-WE"


def quarter_of(d: dt.date) -> int:
    """The quarter (1-4) `d` falls in."""
    return (d.month - 1) // 3 + 1


def weekday_date(anchor: dt.date, weekday: int, direction: int) -> dt.date:
    """The date of an ISO weekday relative to the anchor.

    PAST gives the most recent such day on or before the anchor ("on Friday" in a Friday article
    is that day); FUTURE the next one on or after it; NEAREST the closer of the two.
    """
    back = (anchor.isoweekday() - weekday) % 7
    forward = (weekday - anchor.isoweekday()) % 7
    if direction == PAST:
        return anchor - dt.timedelta(days=back)
    if direction == FUTURE:
        return anchor + dt.timedelta(days=forward)
    return anchor - dt.timedelta(days=back) if back <= forward else anchor + dt.timedelta(days=forward)


def month_year(anchor: dt.date, m: int, direction: int) -> int:
    """The year of a month named without one: the nearest such month consistent with the tense.

    The anchor's own month counts as both past and future ("in October" in an October article).
    """
    if direction == PAST:
        y = anchor.year if m <= anchor.month else anchor.year - 1
        if (anchor - dt.date(y, m, 15)).days <= PAST_REACH_DAYS:
            return y
        direction = NEAREST
    if direction == FUTURE:
        return anchor.year if m >= anchor.month else anchor.year + 1
    diff = m - anchor.month
    if diff > 6:
        return anchor.year - 1
    if diff < -6:
        return anchor.year + 1
    return anchor.year


def month_day_year(anchor: dt.date, m: int, d: int, direction: int) -> int:
    """The year of a month and day named without one, like `month_year` at day precision."""
    if direction == PAST:
        y = anchor.year if (m, d) <= (anchor.month, anchor.day) else anchor.year - 1
        if not valid_day(y, m, d) or (anchor - dt.date(y, m, d)).days <= PAST_REACH_DAYS:
            return y
        direction = NEAREST
    if direction == FUTURE:
        return anchor.year if (m, d) >= (anchor.month, anchor.day) else anchor.year + 1
    return month_year(anchor, m, NEAREST)


def season_year(anchor: dt.date, season: str, direction: int) -> int:
    """The year of a season named without one ("last summer", "this fall")."""
    start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[season]
    if direction == PAST:
        return anchor.year if start_month <= anchor.month else anchor.year - 1
    if direction == FUTURE:
        return anchor.year if start_month + 2 >= anchor.month else anchor.year + 1
    return anchor.year


def quarter_year(anchor: dt.date, q: int, direction: int) -> int:
    """The year of a quarter named without one: this year's unless the tense rules it out."""
    current = quarter_of(anchor)
    if direction == PAST and q > current:
        return anchor.year - 1
    # The quarter that just ended is reported on after it ends ("will report third-quarter
    # results" in October): a future clause moves only quarters further back to next year.
    if direction == FUTURE and q < current - 1:
        return anchor.year + 1
    return anchor.year


def shift_period(anchor: dt.date, unit: str, n: int) -> str:
    """The calendar period `n` units away from the anchor's own ("last week", "next year")."""
    if unit == "week":
        return week(anchor + dt.timedelta(weeks=n))
    if unit == "weekend":
        return weekend(anchor + dt.timedelta(weeks=n))
    if unit == "month":
        d = anchor + relativedelta(months=n)
        return month(d.year, d.month)
    if unit == "quarter":
        index = anchor.year * 4 + quarter_of(anchor) - 1 + n
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    if unit == "decade":
        return f"{anchor.year // 10 + n:03d}"
    if unit == "century":
        return f"{anchor.year // 100 + n:02d}"
    return year(anchor.year + n)


def unanchored_period(unit: str) -> str:
    """The value of a relative calendar period when nothing anchors it."""
    return {
        "week": "XXXX-WXX",
        "weekend": "XXXX-WXX-WE",
        "month": "XXXX-XX",
        "quarter": "XXXX-QX",
        "decade": "XXX",
        "century": "XX",
    }.get(unit, "XXXX")


def ago(anchor: dt.date, designator: str, amount: int, sign: int) -> str:
    """The date `amount` units before (sign -1) or after (+1) the anchor, at that unit's precision."""
    if designator == "D":
        return day(anchor + dt.timedelta(days=sign * amount))
    if designator == "W":
        return week(anchor + dt.timedelta(weeks=sign * amount))
    if designator == "M":
        d = anchor + relativedelta(months=sign * amount)
        return month(d.year, d.month)
    if designator == "Q":
        d = anchor + relativedelta(months=3 * sign * amount)
        return f"{d.year:04d}-Q{quarter_of(d)}"
    return year(anchor.year + sign * amount)


def unanchored_ago(designator: str) -> str:
    """The value of "N units ago" when nothing anchors it."""
    return {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Q": "XXXX-QX"}.get(designator, "XXXX")


# A fraction of a unit is written in the next smaller unit: "2 1/2 years" is P2Y6M.
_SMALLER = {("Y", False): ("M", 12, False), ("M", False): ("D", 30, False), ("W", False): ("D", 7, False),
            ("D", False): ("H", 24, True), ("H", True): ("M", 60, True), ("M", True): ("S", 60, True)}


def duration(amount: Optional[float], designator: str, time_unit: bool = False) -> str:
    """A TIMEX3 duration: `P6Y`, `PT16H`, `PXM` for an unstated count, `P2Y6M` for 2.5 years."""
    if amount is None:
        return f"PTX{designator}" if time_unit else f"PX{designator}"
    whole = int(amount)
    rest = amount - whole
    lead = "PT" if time_unit else "P"
    if not rest:
        return f"{lead}{whole}{designator}"
    small, per, small_time = _SMALLER.get((designator, time_unit), (designator, 1, time_unit))
    part = f"{round(rest * per):d}{small}"
    head = f"{whole}{designator}" if whole else ""
    if small_time and not time_unit:
        return f"P{head}T{part}"
    return f"{lead}{head}{part}"


def nth_weekday(y: int, m: int, weekday: int, n: int) -> dt.date:
    """The n-th ISO weekday of a month; n = -1 is the last one."""
    if n > 0:
        first = dt.date(y, m, 1)
        offset = (weekday - first.isoweekday()) % 7
        return first + dt.timedelta(days=offset + 7 * (n - 1))
    last = dt.date(y, m, 1) + relativedelta(months=1, days=-1)
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


def easter_offset(y: int, offset: int) -> dt.date:
    """Easter Sunday of year `y` plus `offset` days (Western calendar)."""
    return easter(y) + dt.timedelta(days=offset)


def valid_day(y: int, m: int, d: int) -> bool:
    """True when the year, month and day make a real calendar date."""
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True
