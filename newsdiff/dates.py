"""Time expressions as resolved TIMEX3 values (issue: numbers and dates).

Each content sentence is matched against every rule of `date_patterns`; overlapping matches
are settled in favour of the longest (then the earlier rule), each survivor is resolved by
`date_resolve` against the anchor date and the tense of its clause, and a clock time next to
a day ("9 p.m. Monday") becomes one TIME. Conventions: docs/dates.md.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterator, Optional

import regex

from . import date_context
from .date_patterns import PATTERNS, RULE_ORDER
from .date_resolve import RESOLVERS, Context, Timex
from .document import Document
from .model import DateFact
from .options import Options

_DAY_VALUE = regex.compile(r"^(?:\d{4}-\d{2}-\d{2}|XXXX-XX-XX|XXXX-\d{2}-\d{2}|XXXX-WXX-\d)$")
_CLOCK_VALUE = regex.compile(r"T\d\d:\d\d(?::\d\d)?$")
_QUARTER_VALUE = regex.compile(r"^\d{4}-Q[1-4]$")
_YEAR_EARLIER = regex.compile(r"(?:a|one)\s{1,3}year\s{1,3}(?:earlier|before)", regex.IGNORECASE)
_JOIN_GAP = regex.compile(r"^[\s,]{0,3}$")
_NEAR_GAP = regex.compile(r"^[\s,]{0,3}(?:on|at)\s{1,3}$", regex.IGNORECASE)


@dataclass(frozen=True)
class Found:
    """One time expression in a sentence: offsets into that sentence, its value and its verb."""

    start: int
    end: int
    rule: str
    timex: Timex
    event: Optional[str] = None


def anchor_for(doc: Document, options: Options) -> tuple[Optional[dt.date], Optional[str]]:
    """The date relative expressions resolve against, and its name for `DateFact.anchor`."""
    if doc.published:
        try:
            return dt.date.fromisoformat(doc.published[:10]), "published"
        except ValueError:
            pass  # an unreadable publication date falls through to the reference date
    if options.reference_date is not None:
        return options.reference_date, "reference"
    return None, None


def find(sentence: str, anchor: Optional[dt.date]) -> list[Found]:
    """Every time expression in one sentence, resolved against `anchor` (None: unresolved)."""
    candidates = []
    for name, pattern in PATTERNS.items():
        for m in pattern.finditer(sentence, timeout=1.0):
            if m.end() == m.start():
                continue
            ctx = Context(sentence, m.start(), m.end(), anchor, date_context.direction(sentence, m.start(), m.end()))
            resolved = RESOLVERS[name](m, ctx)
            if resolved is not None:
                candidates.append((m.start(), m.end(), name, resolved))
    candidates.sort(key=lambda c: (-(c[1] - c[0]), RULE_ORDER[c[2]], c[0]))
    chosen: list[tuple[int, int, str, Timex]] = []
    for cand in candidates:
        if all(cand[1] <= c[0] or c[1] <= cand[0] for c in chosen):
            chosen.append(cand)
    chosen.sort()
    chosen = _join_clock_times(sentence, chosen)
    chosen = _year_ago_quarters(sentence, chosen)
    return [Found(s, e, name, t, date_context.event(sentence, s, e)) for s, e, name, t in chosen]


def _join_clock_times(sentence: str, chosen: list) -> list:
    """Put a clock time on its day: "9 p.m. Monday" is one TIME; "at 9 p.m. on Monday" dates the clock."""
    out = list(chosen)
    i = 0
    while i < len(out) - 1:
        a, b = out[i], out[i + 1]
        pair = _clock_and_day(a, b)
        gap = sentence[a[1] : b[0]]
        if pair and _JOIN_GAP.match(gap):
            clock, day = pair
            value = day[3].value + _CLOCK_VALUE.search(clock[3].value).group(0)
            out[i : i + 2] = [(a[0], b[1], day[2], Timex("TIME", value, clock[3].anchored or day[3].anchored))]
            continue
        if pair and _NEAR_GAP.match(gap):
            clock, day = pair
            value = day[3].value + _CLOCK_VALUE.search(clock[3].value).group(0)
            k = out.index(clock)
            out[k] = (clock[0], clock[1], clock[2], Timex("TIME", value, day[3].anchored))
        i += 1
    return out


def _year_ago_quarters(sentence: str, chosen: list) -> list:
    """In a sentence about a quarter, "a year ago" means that quarter a year earlier.

    Earnings reports compare a quarter with the same quarter of the year before: "profit in the
    third quarter rose from $5 million a year ago (or: a year earlier)" dates the $5 million to
    last year's third quarter, not to last year as a whole nor to a one-year span.
    """
    quarters = {t.value for _, _, _, t in chosen if _QUARTER_VALUE.match(t.value)}
    if len(quarters) != 1:
        return chosen
    (q_value,) = quarters
    out = []
    for s, e, name, t in chosen:
        year_before = f"{int(q_value[:4]) - 1:04d}"
        if name in ("ago", "year_ago_adj") and t.value == year_before:
            t = Timex(t.type, year_before + q_value[4:], t.anchored)
        elif name == "ago" and t.value == "P1Y" and _YEAR_EARLIER.fullmatch(sentence[s:e]):
            t = Timex("DATE", year_before + q_value[4:], True)
        out.append((s, e, name, t))
    return out


def _clock_and_day(a, b):
    for clock, day in ((a, b), (b, a)):
        if clock[3].type == "TIME" and _CLOCK_VALUE.search(clock[3].value) and _DAY_VALUE.match(day[3].value):
            return clock, day
    return None


def extract(doc: Document, options: Options) -> Iterator[DateFact]:
    """Yield every time expression in the article's content as a `DateFact`."""
    anchor, anchor_name = anchor_for(doc, options)
    text = doc.text
    for index, sent in doc.content_sentences():
        sentence = text[sent.start : sent.end]
        for found in find(sentence, anchor):
            start, end = sent.start + found.start, sent.start + found.end
            yield DateFact(
                source=doc.source.id,
                text=text[start:end],
                start=start,
                end=end,
                sentence=index,
                type=found.timex.type,
                value=found.timex.value,
                anchor=anchor_name if found.timex.anchored else None,
                event=found.event,
            )
