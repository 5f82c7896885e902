"""How a claim's value reads in every output format: the words, the normalised value, who says it
and which outlet printed it.

Every renderer (terminal, HTML, Markdown, CSV) shows the same three things for a value, computed
here once: the exact words of the article, the value the comparison used when it differs from the
words (`nearly 600 → [540, 600)`, `Monday night → Mon 9 Oct 2023, night`), and the source by outlet
name where the article gave one. The words come from the fact itself, never from a string that
glued a unit on ("61-year-old years old"): the unit belongs to the normalised value only.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Optional, Sequence

from newsdiff.lexicon.number_words import QUALIFIERS_AFTER, QUALIFIERS_BEFORE
from newsdiff.model import Claim, ClaimValue, DateFact, Fact, Number, Result, Source
from newsdiff.timex_value import parse_value

# Which ends a qualifier leaves open (docs/numbers.md, "Bounds for each qualifier").
_OPEN_LOW = {"lower", "just_above"}
_OPEN_HIGH = {"below", "just_below"}
_REFS = {"PAST_REF": "the past", "PRESENT_REF": "now", "FUTURE_REF": "the future"}
_DURATION_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "H": "hour", "S": "second"}
_DURATION = re.compile(r"P(T?)(\d+(?:\.\d+)?)([YMWDHS])")


@dataclass(frozen=True)
class ShownValue:
    """One source's value of a claim, ready to print."""

    source: str  # source id
    label: str  # the outlet where known, else the short id
    claimant: Optional[str]
    words: str  # the exact words of the article (or the role description)
    normalised: Optional[str]  # the value the comparison used, when it reads differently
    fact: Optional[str] = None  # fact id
    copy_of: Optional[str] = None


def fmt_number(value: float) -> str:
    """2000 -> "2,000", 4.7 -> "4.7"."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.6g}" if abs(value) < 1e6 else f"{value:,.0f}"


def number_interval(fact: Number) -> str:
    """The interval a number commits to, with open ends as the qualifier says: `[540, 600)`,
    `(500, ∞)`, or the bare number with its unit when the interval is one point."""
    unit = f" {fact.unit}" if fact.unit else ""
    if fact.low is not None and fact.low == fact.high:
        return fmt_number(fact.low) + unit
    bound = QUALIFIERS_BEFORE.get(fact.qualifier or "") or QUALIFIERS_AFTER.get(fact.qualifier or "") or ""
    low = "(-∞" if fact.low is None else ("(" if bound in _OPEN_LOW else "[") + fmt_number(fact.low)
    high = "∞)" if fact.high is None else fmt_number(fact.high) + (")" if bound in _OPEN_HIGH else "]")
    return f"{low}, {high}{unit}"


def _long_day(day: dt.date) -> str:
    return f"{day:%a} {day.day} {day:%b %Y}"


def timex_words(value: Optional[str], kind: str = "DATE") -> Optional[str]:
    """A TIMEX3 value as a reader says it: 2023-10-09TNI -> "Mon 9 Oct 2023, night",
    2023-W41 -> "week of Mon 9 Oct 2023", P25Y -> "25 years". Unknown shapes come back as given."""
    if not value:
        return None
    if value in _REFS:
        return _REFS[value]
    t = parse_value(value)
    if t is not None and t.unit == "day" and t.first is not None and t.first == t.last:
        out = _long_day(t.first)
        if t.part_of_day:
            out += f", {t.part_of_day}"
        elif t.clock:
            out += f", {t.clock[:5]}"
        return out
    if t is not None and t.unit == "month" and t.first is not None and t.time is None:
        return t.first.strftime("%b %Y")
    if t is not None and t.unit == "week" and t.first is not None and t.time is None:
        return f"week of {_long_day(t.first)}"
    duration = _DURATION.fullmatch(value) if kind == "DURATION" or value.startswith("P") else None
    if duration:
        amount, unit = duration.group(2), duration.group(3)
        name = "minute" if unit == "M" and duration.group(1) else _DURATION_UNITS[unit]
        return f"{amount} {name}{'' if amount == '1' else 's'}"
    return value


def date_words(fact: DateFact) -> Optional[str]:
    """A date fact's value as a reader says it, a range of durations with both ends ("2 weeks to
    3 weeks" for "two to three weeks", whose TIMEX3 value is only the lower end)."""
    words = timex_words(fact.value, fact.type)
    if fact.value_to and words:
        return f"{words} to {timex_words(fact.value_to, fact.type)}"
    return words


def normalised(fact: Optional[Fact], value: Optional[ClaimValue] = None) -> Optional[str]:
    """The comparison's value as words, or None when it reads the same as the article's words."""
    if isinstance(fact, Number):
        shown: Optional[str] = number_interval(fact)
    elif isinstance(fact, DateFact):
        shown = date_words(fact)
    else:
        return None
    words = fact.text
    if shown is None or shown.casefold().replace(",", "") == words.casefold().replace(",", ""):
        return None
    return shown


def short_ids(ids: Sequence[str]) -> dict[str, str]:
    """The shortest prefix (at least 3 characters, preferably ending at a `_` or `-`) that tells
    each source id apart from the others: "000_593bc82152ba3544" -> "000"."""
    out = {}
    for sid in ids:
        others = [o for o in ids if o != sid]

        def unique(n: int, sid: str = sid, others: list = others) -> bool:
            return not any(o.startswith(sid[:n]) for o in others)

        at_separator = [n for n in range(3, len(sid)) if sid[n] in "_-"] + [len(sid)]
        cut = next((n for n in at_separator if unique(n)), None)
        if cut is None:
            cut = next((n for n in range(3, len(sid) + 1) if unique(n)), len(sid))
        out[sid] = sid[:cut]
    return out


def source_labels(sources: Sequence[Source]) -> dict[str, str]:
    """Source id -> how a reader knows it: the outlet where known (with the short id when two
    sources share an outlet), else the short id."""
    short = short_ids([s.id for s in sources])
    outlets = [s.outlet for s in sources if s.outlet]
    out = {}
    for s in sources:
        if s.outlet and outlets.count(s.outlet) == 1:
            out[s.id] = s.outlet
        elif s.outlet:
            out[s.id] = f"{s.outlet} ({short[s.id]})"
        else:
            out[s.id] = short[s.id]
    return out


def shown_values(claim: Claim, facts: dict[str, Fact], labels: dict[str, str]) -> list[ShownValue]:
    """Every value of a claim as it should be printed."""
    out = []
    for v in claim.values:
        fact = facts.get(v.fact or "")
        if fact is not None and fact.kind != claim.kind:
            # A role value points at the quote whose speaker mention carries the role: the role's
            # words are the value, the quote is where to find them.
            words = v.display if v.display is not None else str(v.value)
            fact = None
        elif fact is not None:
            words = fact.text
        elif v.display is not None:
            words = v.display
        else:
            words = str(v.value)
        out.append(ShownValue(source=v.source, label=labels.get(v.source, v.source), claimant=v.claimant,
                              words=words, normalised=normalised(fact, v), fact=v.fact, copy_of=v.copy_of))
    return out


def fact_index(result: Result) -> dict[str, Fact]:
    """Fact id -> fact."""
    return {f.id: f for f in result.facts}


def value_line(value: ShownValue) -> str:
    """`words → normalised` (or just the words)."""
    return value.words + (f" → {value.normalised}" if value.normalised else "")


def fact_summary(fact: Fact) -> str:
    """One line about a fact for a tooltip or a table: its kind, value, qualifier and who says it."""
    parts = [fact.kind]
    if isinstance(fact, Number):
        parts.append(number_interval(fact))
        if fact.qualifier:
            parts.append(f"qualifier: {fact.qualifier}")
        if fact.subject:
            parts.append(f"subject: {fact.subject}")
    elif isinstance(fact, DateFact):
        value = f"{fact.value} to {fact.value_to}" if fact.value_to else fact.value
        words = date_words(fact)
        parts.append(f"{fact.type} {value}" + (f" ({words})" if words != value else ""))
    speaker = getattr(fact, "speaker", None)
    claimant = getattr(fact, "claimant", None)
    if speaker:
        parts.append(f"speaker: {speaker}")
    elif claimant:
        parts.append(f"claimant: {claimant}")
    return " · ".join(p for p in parts if p)


# C0/C1 control characters (ESC starts a terminal escape) and bidirectional overrides (they can
# reorder what a reader sees) become visible symbols; tab and newline stay.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """Article text made safe for a terminal: control characters shown, never obeyed."""
    return _CONTROL.sub(lambda m: chr(0x2400 + ord(m.group())) if ord(m.group()) < 0x20 else "\ufffd", text)


def one_line(text: str) -> str:
    """`printable` text on one line: every run of whitespace (tabs, newlines) becomes one space, so a
    value is one field of a tab-separated line."""
    return " ".join(printable(text).split())
