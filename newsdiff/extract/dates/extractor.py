"""Time expressions as resolved TIMEX3 values (issue: numbers and dates).

Each content sentence is matched against every rule of `date_patterns`; overlapping matches
are settled in favour of the longest (then the earlier rule), each survivor is resolved by
`date_resolve` against the anchor date and the tense of its clause, and a clock time next to
a day ("9 p.m. Monday") becomes one TIME. Conventions: docs/dates.md.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import Counter
from dataclasses import dataclass, replace
from typing import Iterator, Optional

import regex

from newsdiff.extract.dates import context as date_context
from newsdiff.extract.dates.patterns import PATTERNS, RULE_ORDER
from newsdiff.extract.dates.references import Reference, add_references
from newsdiff.extract.dates.resolve import RESOLVERS, Context, Timex
from newsdiff.extract.dates.timex import TimexValue
from newsdiff.extract.dates.triggers import possible_rules, present_roots
from newsdiff.model import DateFact
from newsdiff.options import Options
from newsdiff.text.document import Document

# Rules that name a period a year back ("a year ago", "the year-earlier quarter").
_YEAR_AGO_RULES = frozenset({"ago", "year_ago_adj", "period_last_year"})
# Rules that name a quarter of the article's own timeline ("the third quarter", "third-quarter").
_QUARTER_RULES = frozenset({"quarter", "quarter_adj", "the_quarter", "quarter_code"})
# A sentence that compares figures: money, percentages, per-share amounts.
_FIGURE = regex.compile(
    r"[$€£¥#]\s?\d|\d\s?%|\d\s{1,3}(?:percent|cents?|pence)(?!\p{L})|(?<!\p{L})(?:million|billion|a\s{1,3}share)(?!\p{L})",
    regex.IGNORECASE,
)
# Periods other than a quarter that a comparison may be about ("for the nine months").
_OTHER_PERIOD = regex.compile(
    r"(?<!\p{L})(?:(?:nine|six|three|12|twelve)\s{1,3}months|first\s{1,3}half|(?:fiscal|full|calendar)\s{1,3}year"
    r"|for\s{1,3}the\s{1,3}year|year\s{1,3}ended|annual)(?!\p{L})",
    regex.IGNORECASE,
)
_YEAR_EARLIER = regex.compile(r"(?:a|one)\s{1,3}year\s{1,3}(?:earlier|before)", regex.IGNORECASE)
_JOIN_GAP = regex.compile(r"^[\s,]{0,3}$")
_NEAR_GAP = regex.compile(r"^[\s,]{0,3}(?:on|at)\s{1,3}$", regex.IGNORECASE)
_MONTH_YEAR_GAP = regex.compile(r"^\s{1,3}(?:of\s{1,3})?$", regex.IGNORECASE)
# Rules whose year-precision value may follow a month name: "June last year", "January this
# year", "January nineteen ninety-seven".
_YEAR_RULES = frozenset({"period", "spelled_year"})


# Every time expression has a letter ("May", "a.m.", "1990s"), three digits in a row ("2023"), or
# a colon, slash, apostrophe or dash ("10:30", "9/11", "'90", "12-13"): a sentence with none of them
# ("1. 2. 3.", "12, 34,") holds no date. Checked on 30,000 random strings of digits and punctuation.
_MAY_HOLD_A_DATE = regex.compile(r"[\p{L}:/'’\-‐‑–—]|\d{3}")
# Sentences at least this long are matched under the regex timeout (see `find`).
_GUARDED = 2_000


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


def find(sentence: str, anchor: Optional[dt.date], quarter: Optional[str] = None,
         roots: Optional[tuple[str, ...]] = None) -> list[Found]:
    """Every time expression in one sentence, resolved against `anchor` (None: unresolved).

    `quarter` is the quarter the article reports on (`report_quarter`), for year-ago comparisons.
    `roots`: the trigger keywords the sentence's article holds (`triggers.present_roots`), to
    spare each sentence looking for the others; None looks for every one.
    """
    # Collect each rule's matches first: the regex timeout then times the matching alone, and
    # the work per match below is bounded (O(log n) context look-ups on one tokenised sentence).
    # The patterns are linear, so the timeout (a guard against backtracking) grows with the
    # sentence: a pattern takes about 0.3 s on 500,000 characters, the budget is 20 times that.
    # A sentence shorter than `_GUARDED` bounds the work of every pattern (a few milliseconds at
    # most) and is matched without the timeout, whose own cost per call was a third of the
    # matching on news text (most sentences are short); a longer one keeps the guard.
    if not _MAY_HOLD_A_DATE.search(sentence):
        return []  # nothing date-like: skip the ~50 patterns (their per-call cost dominates short sentences)
    rules = possible_rules(sentence, PATTERNS) if roots is None else possible_rules(sentence, PATTERNS, roots)
    if len(sentence) < _GUARDED:
        matches = [(name, m) for name, pattern in rules for m in pattern.finditer(sentence)]
    else:
        timeout = 1.0 + len(sentence) / 50_000
        matches = [(name, m) for name, pattern in rules for m in list(pattern.finditer(sentence, timeout=timeout))]
    if not matches:
        return []  # most sentences: no rule matched, so no need to tokenise the sentence's clauses
    clauses = date_context.Sentence(sentence)
    # Longest match first (then the earlier rule, then the earlier start); a match that overlaps
    # one kept before it is never kept, so it is not resolved either (resolving is most of the
    # cost): the same choice as resolving every match and then keeping the longest.
    matches = [(name, m) for name, m in matches if m.end() != m.start()]
    matches.sort(key=lambda nm: (nm[1].start() - nm[1].end(), RULE_ORDER[nm[0]], nm[1].start()))
    chosen = _longest_resolved(matches, sentence, anchor, clauses)
    chosen.sort()
    chosen = _join_clock_times(sentence, chosen)
    chosen = _restated_clock_times(sentence, chosen)
    chosen = _month_with_year(sentence, chosen)
    chosen = _year_ago_quarters(sentence, chosen, anchor, quarter)
    return [Found(s, e, name, t, clauses.event(s, e)) for s, e, name, t in _with_leads(chosen)]


def _with_leads(chosen: list) -> list:
    """The sorted (start, end, rule, timex) with each span that has a `Timex.lead` started that
    many characters earlier ("the day after Christmas", not "Christmas", for the day after),
    unless that would overlap the expression before it."""
    out: list = []
    for s, e, name, t in chosen:
        if t.lead and (not out or out[-1][1] <= s - t.lead):
            s -= t.lead
        out.append((s, e, name, t))
    return out


def _longest_resolved(matches: list, sentence: str, anchor: Optional[dt.date], clauses) -> list:
    """The matches, in the order given, that resolve and overlap none kept before them, as
    (start, end, rule, timex) sorted by start.

    The kept spans never overlap, so their starts and ends rise together and a match only
    needs checking against its two neighbours: O(k log k) rather than O(k²).
    """
    starts: list[int] = []
    ends: list[int] = []
    kept: list = []
    for name, m in matches:
        start, end = m.span()
        k = bisect.bisect_right(starts, start)
        if (k > 0 and ends[k - 1] > start) or (k < len(starts) and starts[k] < end):
            continue
        resolved = _resolve(name, m, Context(sentence, start, end, anchor, clauses.direction(start, end), clauses))
        if resolved is None:
            continue
        starts.insert(k, start)
        ends.insert(k, end)
        kept.insert(k, (start, end, name, resolved))
    return kept


def _resolve(name: str, m, context: Context) -> Optional[Timex]:
    try:
        return RESOLVERS[name](m, context)
    except (OverflowError, ValueError):
        # The anchor is at the edge of the calendar (0001-01-01, 9999-12-31) and the expression
        # points past it: keep the expression, unresolved, rather than lose the article.
        return RESOLVERS[name](m, replace(context, anchor=None))


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
            value = f"{day[3].value}T{clock[3].parsed.clock}"
            out[i : i + 2] = [(a[0], b[1], day[2], Timex("TIME", value, clock[3].anchored or day[3].anchored))]
            continue
        if pair and _NEAR_GAP.match(gap):
            clock, day = pair
            value = f"{day[3].value}T{clock[3].parsed.clock}"
            k = i if clock is a else i + 1
            out[k] = (clock[0], clock[1], clock[2], Timex("TIME", value, day[3].anchored))
        i += 1
    return out


# Rules of a clock time alone (not yet put on a day by `_join_clock_times`).
_CLOCK_RULES = frozenset({"clock", "clock_24", "military", "clock_part", "oclock", "named_time"})
_OPEN_GAP = regex.compile(r"^\s{0,3}\(\s{0,3}$")
_CLOSE_GAP = regex.compile(r"^\s{0,3}\)[\s,]{0,3}$")


def _restated_clock_times(sentence: str, chosen: list) -> list:
    """A clock time restated in brackets in another zone shares the day given with either:
    "at 10:35 a.m. (0735 GMT) Friday" puts both clocks on Friday, "at 4 in the morning (4 a.m.
    EDT Thursday)" puts the first on Thursday. Wire copy writes times this way."""
    out = list(chosen)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a[2] not in _CLOCK_RULES or not _OPEN_GAP.match(sentence[a[1] : b[0]]) or a[3].parsed is None:
            continue
        if b[3].type == "TIME" and b[2] not in _CLOCK_RULES and b[3].parsed and b[3].parsed.clock:
            day = b[3].value.split("T")[0]  # "4 a.m. EDT Thursday": the day joined to the clock
            out[i] = (a[0], a[1], a[2], Timex("TIME", f"{day}T{a[3].parsed.clock}", b[3].anchored))
        elif b[2] in _CLOCK_RULES and i + 2 < len(out) and _is_day(out[i + 2][3].parsed) and _CLOSE_GAP.match(sentence[b[1] : out[i + 2][0]]):
            day_timex = out[i + 2][3]
            for k in (i, i + 1):
                s, e, name, t = out[k]
                if t.parsed is not None and t.parsed.clock:
                    out[k] = (s, e, name, Timex("TIME", f"{day_timex.value}T{t.parsed.clock}", day_timex.anchored))
    return out


def _month_with_year(sentence: str, chosen: list) -> list:
    """A month followed by a year in words is one month: "June last year" is 2022-06."""
    out = list(chosen)
    i = 0
    while i < len(out) - 1:
        a, b = out[i], out[i + 1]
        if (
            a[2] == "month"
            and b[2] in _YEAR_RULES
            and _is(a[3].parsed, "month")
            and _is(b[3].parsed, "year")
            and _MONTH_YEAR_GAP.match(sentence[a[1] : b[0]])
        ):
            value = f"{b[3].value}-{a[3].parsed.month:02d}"
            out[i : i + 2] = [(a[0], b[1], a[2], Timex("DATE", value, b[3].anchored))]
        i += 1
    return out


def _year_ago_quarters(sentence: str, chosen: list, anchor: Optional[dt.date], report_quarter: Optional[str]) -> list:
    """In an earnings comparison, "a year ago" means the reported quarter a year earlier.

    Earnings reports compare a quarter with the same quarter of the year before: "profit in the
    third quarter rose from $5 million a year ago (or: a year earlier)" dates the $5 million to
    last year's third quarter, not to last year as a whole nor to a one-year span. The quarter is
    the one named in the sentence, else (when the sentence compares figures and names no other
    period, such as "the nine months") the quarter the article reports on. A comparison with
    no quarter in sight ("wages 3.8% higher than a year earlier") is dated to last year.
    """
    if not any(name in _YEAR_AGO_RULES for _, _, name, _ in chosen):
        return chosen  # nothing a year back: nothing below would change
    quarters = {t.value for _, _, name, t in chosen if _is(t.parsed, "quarter") and name not in _YEAR_AGO_RULES}
    figures = bool(_FIGURE.search(sentence))
    q_value = None
    if len(quarters) == 1:
        (q_value,) = quarters
    elif not quarters and report_quarter and figures and not _OTHER_PERIOD.search(sentence):
        q_value = report_quarter
    out = []
    for s, e, name, t in chosen:
        year_earlier = name == "ago" and t.value == "P1Y" and _YEAR_EARLIER.fullmatch(sentence[s:e])
        if q_value:
            year_before = f"{int(q_value[:4]) - 1:04d}"
            if name in _YEAR_AGO_RULES and (t.value == year_before or t.value[:6] == year_before + "-Q"):
                t = Timex(t.type, year_before + q_value[4:], t.anchored)
            elif year_earlier:
                t = Timex("DATE", year_before + q_value[4:], True)
        elif year_earlier and figures and anchor is not None:
            t = Timex("DATE", f"{anchor.year - 1:04d}", True)
        out.append((s, e, name, t))
    return out


def _with_references(sentences: list[str], found: list[list[Found]]) -> list[list[Found]]:
    """Each sentence's expressions with those that point back at a date named before them
    ("the following year": `references.add_references`), in order."""
    added = add_references(sentences, [[(f.start, f.end, f.timex) for f in fs] for fs in found])
    return [_merged(fs, rs) if rs else fs for fs, rs in zip(found, added, strict=True)]


def _merged(fs: list[Found], rs: list[Reference]) -> list[Found]:
    """A sentence's expressions and its back references, in order; a reference takes the place
    (and the verb) of the expressions it covers ("the previous Friday" over "previous Friday").
    Both lists are sorted by start and a reference overlaps only expressions inside it: one
    merging pass, linear in their lengths."""
    out: list[Found] = []
    i = 0
    for r in rs:
        while i < len(fs) and fs[i].start < r.start:
            out.append(fs[i])
            i += 1
        first = i
        while i < len(fs) and r.start <= fs[i].start and fs[i].end <= r.end:
            i += 1
        event = fs[first].event if i > first else None  # the first covered expression's verb
        out.append(Found(r.start, r.end, "reference_back", r.timex, event))
    out.extend(fs[i:])
    return out


def report_quarter(found: list[list[Found]]) -> Optional[str]:
    """The quarter an article reports on: the quarter it names most often (None if it names none)."""
    counts = Counter(
        f.timex.value for fs in found for f in fs if f.rule in _QUARTER_RULES and _is(f.timex.parsed, "quarter")
    )
    return counts.most_common(1)[0][0] if counts else None


def _is(value: Optional[TimexValue], unit: str) -> bool:
    """True for a known `unit` of a known year (the year may be unknown for a month: `XXXX-06`),
    without a time of day: `2023-Q3`, `2023-06`, `2023`. Not `XXXX-QX` nor `2023-XX`."""
    if value is None or value.unit != unit or value.time is not None:
        return False
    if unit == "month":
        return value.month is not None
    if unit == "quarter":
        return value.year is not None and value.part is not None and value.part[1] != "X"
    return value.year is not None


def _is_day(value: Optional[TimexValue]) -> bool:
    """True for one day without a time of day, resolved (`2023-10-09`) or not (`XXXX-10-09`,
    `XXXX-XX-XX`, `XXXX-WXX-1`); not a day of an unknown week of a known year."""
    if value is None or value.unit != "day" or value.time is not None:
        return False
    return value.year is None or (value.first is not None and value.first == value.last)


def _clock_and_day(a, b):
    for clock, day in ((a, b), (b, a)):
        if clock[3].type == "TIME" and clock[3].parsed and clock[3].parsed.clock and _is_day(day[3].parsed):
            return clock, day
    return None


def extract(doc: Document, options: Options) -> Iterator[DateFact]:
    """Yield every time expression in the article's content as a `DateFact`."""
    anchor, anchor_name = anchor_for(doc, options)
    text = doc.text
    sentences = [(index, sent.start, text[sent.start : sent.end]) for index, sent in doc.content_sentences()]
    roots = present_roots([sentence for _, _, sentence in sentences])
    found = [find(sentence, anchor, roots=roots) for _, _, sentence in sentences]
    quarter = report_quarter(found)
    if quarter:
        found = [find(s, anchor, quarter, roots) if any(f.rule in _YEAR_AGO_RULES for f in fs) else fs
                 for (_, _, s), fs in zip(sentences, found, strict=True)]
    found = _with_references([sentence for _, _, sentence in sentences], found)
    for (index, offset, _), in_sentence in zip(sentences, found, strict=True):
        for f in in_sentence:
            start, end = offset + f.start, offset + f.end
            yield DateFact(
                source=doc.source.id,
                text=text[start:end],
                start=start,
                end=end,
                sentence=index,
                type=f.timex.type,
                value=f.timex.value,
                anchor=anchor_name if f.timex.anchored else None,
                value_to=f.timex.value_to,
                event=f.event,
            )
