"""Metadata found in an article's own text: title, publication date and outlet.

Record fields (JSON/JSONL) always win; these rules only fill what a plain text file leaves out.
"""

from __future__ import annotations

import datetime as dt
from typing import Optional

import regex
from dateutil import parser as dateparser

from newsdiff.lexicon import alternation, load, load_table
from newsdiff.model import Span

# "Date: 2025-04-12 09:31:28", "Published: October 13, 2023", "Updated on: 13 Oct 2023".
DATE_LINE = regex.compile(rf"^(?:{alternation('text/date_labels')})\s*(?:on)?\s*:\s*(.{{6,60}})$", regex.IGNORECASE)
# A dateline carrying a full date: "WASHINGTON, Oct. 13, 2023 (Reuters) -".
DATELINE_DATE = regex.compile(
    r"^[\p{Lu}][\p{Lu}\p{L} .'\-]{1,40},\s+((?:[\p{L}]{3,9}\.?\s+\d{1,2},?\s+\d{4})|(?:\d{1,2}\s+[\p{L}]{3,9}\.?\s+\d{4}))"
)
# Wire services named in a dateline: "SEOUL, South Korea (AP) —", and the full names reported for
# them (lexicon/lists/io/wire_services.txt).
_WIRES = load_table("io/wire_services", keep_case=True)
WIRE_DATELINE = regex.compile(
    r"^[\p{Lu}][\p{L} .,'\-]{1,60}?\((?P<wire>" + "|".join(regex.escape(credit) for credit, _ in _WIRES)
    + r")\)\s*[—–\-]",
)
# A short closing line that names the publisher ("The British Broadcasting Corporation",
# "Copyright 2023 The Associated Press"): lexicon/lists/io/outlet_endings.txt.
OUTLET_ENDINGS = load("io/outlet_endings", keep_case=True)
SIGNOFF = regex.compile(
    r"^(?:(?:©|\(c\)|copyright)\s*(?:\d{4}\s+)?)?(?P<outlet>(?:The\s+)?(?:\p{Lu}[\p{L}&'\-]*\s+){0,5}"
    r"(?:" + "|".join(OUTLET_ENDINGS) + r"))\.?$",
)
WIRE_NAMES = {credit: name for credit, name in _WIRES if name != "-"}


def title_from(text: str, paragraphs: list[Span], skip: set[Span], marked: list[Span]) -> Optional[str]:
    """The first paragraph that is not furniture, if it reads like a headline: short, and not a
    photo caption (a paragraph carrying a credit). Otherwise None rather than a guess."""
    for para in paragraphs:
        if para in skip:
            continue
        line = text[para.start : para.end]
        if len(line) > 200 or any(para.overlaps(m) for m in marked):
            return None
        # A Markdown heading's "#" marks are markup, not part of the title.
        return line.lstrip("#").strip() or None
    return None


def published_from(text: str, paragraphs: list[Span]) -> Optional[str]:
    """A publication date from a `Date:`/`Published:` line or a dated dateline near the top."""
    for para in paragraphs[:12]:
        line = text[para.start : para.end]
        for pattern in (DATE_LINE, DATELINE_DATE):
            match = pattern.match(line)
            if match:
                day = parse_date(match.group(1))
                if day:
                    return day
    return None


def parse_date(value: str) -> Optional[str]:
    """`YYYY-MM-DD` for a full date written in any common way, else None (never a guess)."""
    value = value.strip()
    if not regex.search(r"\d{4}", value):
        return None
    try:
        first = dateparser.parse(value, default=dt.datetime(1, 1, 1), fuzzy=True, ignoretz=True)
        second = dateparser.parse(value, default=dt.datetime(2, 2, 2), fuzzy=True, ignoretz=True)
    except (ValueError, OverflowError):
        return None
    # If filling the blanks with two different defaults changes the day, the text lacked one.
    if first.date() != second.date():
        return None
    return first.date().isoformat()


def outlet_from(text: str, paragraphs: list[Span]) -> tuple[Optional[str], Optional[Span]]:
    """The outlet named by a wire dateline or a sign-off line, with the sign-off's span."""
    for para in paragraphs[:8]:
        match = WIRE_DATELINE.match(text[para.start : para.end])
        if match:
            wire = match.group("wire")
            return WIRE_NAMES.get(wire, wire), None
    for para in paragraphs:
        line = text[para.start : para.end]
        if len(line) > 60:
            continue
        match = SIGNOFF.match(line)
        if match and para is not paragraphs[0]:
            return match.group("outlet"), para
    return None, None
