"""Cheap necessary conditions for the date rules, so a sentence meets only the rules it can match.

Matching all of `patterns.PATTERNS` over every sentence was nearly half of extraction time: each
rule opens with a look-behind and optional groups, so the regex engine tries it at every
character. Every rule's match must contain a digit or one of a few literal words (a month name,
a unit, "quarter", ...). Testing that with `str.__contains__` on the case-folded sentence costs
little, and a rule whose trigger is absent cannot match, so skipping it changes no result.

A trigger is a *necessary* condition only: it may let through a sentence the rule then does not
match, never the reverse. Keywords are one word of each listed phrase (the patterns join a
phrase's words with `\\s{1,3}`, so only single words are sure to appear literally). The sentence is
folded with `str.casefold`, which maps every character that case-insensitive matching equates with
an ASCII letter (the Kelvin sign, the long s) onto that letter.
"""

from __future__ import annotations

import regex

from newsdiff.lexicon import date_words as W

_DIGIT = regex.compile(r"\d")  # the patterns' \d: any Unicode decimal digit


def _firsts(*phrase_lists, which: int = 0) -> tuple[str, ...]:
    words = {phrase.split()[which].casefold() for phrases in phrase_lists for phrase in phrases}
    return tuple(sorted(words))


def _word_starts(words) -> tuple[str, ...]:
    """`words` where a whitespace or a hyphen precedes them, as the unit rules need ("16-hour",
    "for days"): "Monday" and "today" hold "day" but enable no unit rule."""
    return tuple(sorted({sep + word.casefold() for word in words for sep in (" ", "-")}))


_MONTHS = _firsts(W.MONTHS)
_HOLIDAYS = _firsts(W.FIXED_HOLIDAYS, W.NTH_WEEKDAY_HOLIDAYS, W.NTH_WEEKDAY_PLUS_HOLIDAYS, W.EASTER_HOLIDAYS)

# Rule name -> (matches need a digit, or one of these words). A rule absent here always runs.
TRIGGERS: dict[str, tuple[bool, tuple[str, ...]]] = {
    "iso_date": (True, ()),
    "slash_date": (True, ()),
    "part_of_date": (False, _MONTHS),
    "month_day": (False, _MONTHS),
    "day_month": (False, _MONTHS),
    "month_year": (False, _MONTHS),
    "month": (False, _MONTHS),
    "season_year": (False, _firsts(W.SEASONS)),
    "season": (False, _firsts(W.SEASONS)),
    "year": (True, ()),
    "decade": (True, ()),
    "century": (False, ("century",)),
    "weekday": (False, _firsts(W.WEEKDAYS)),
    "weekday_set": (False, _firsts(W.WEEKDAYS)),
    "relative_day": (False, ("today", "tonight", "yesterday", "tomorrow")),
    "day_around": (False, _word_starts(["day"])),
    "part_today": (False, _firsts(W.PARTS_OF_DAY)),
    "period": (False, ("week", "month", "year", "quarter", "decade", "century")),
    "earlier_in_the": (False, ("earlier", "later")),
    "the_weekend": (False, ("weekend",)),
    "the_year": (False, ("year",)),
    "year_ago_adj": (False, ("year-",)),
    "period_last_year": (False, ("quarter", "period")),
    "quarter": (False, ("quarter",)),
    "quarter_adj": (False, ("quarter",)),
    "year_period": (True, ()),
    "quarter_code": (True, ()),
    "half_year": (False, ("half",)),
    "the_quarter": (False, ("quarter", "period")),
    "ago": (False, ("ago", "earlier", "later", "now", "hence")),
    "duration": (False, _word_starts(W.UNITS)),
    "vague_span": (False, _word_starts(W.UNITS)),
    "bare_units": (False, _word_starts(["years", "months", "weeks", "days", "decades", "hours", "centuries"])),
    "unit_set": (False, _word_starts(W.UNITS)),
    "named_set": (False, ("every", "each")),
    "set_adverb": (False, _firsts(W.SET_ADVERBS)),
    "clock": (True, ()),
    "clock_24": (True, ()),
    "military": (True, ()),
    "clock_part": (True, ()),
    "spelled_year": (False, ("nineteen", "twenty", "two")),
    "decade_word": (False, _firsts(W.DECADE_WORDS)),
    "oclock": (False, ("clock",)),
    "named_time": (False, _firsts(W.NAMED_TIMES)),
    "reference_adjective": (False, _firsts(W.REFERENCE_ADJECTIVES)),
    "reference": (False, _firsts(W.REFERENCE_WORDS, which=-1)),  # "the past": "past"
    "holiday": (False, _HOLIDAYS),
}


# Keyword -> the rules it triggers, so each keyword is looked for once per sentence.
_RULES_BY_WORD: dict[str, list[str]] = {}
for _name, (_digit, _words) in TRIGGERS.items():
    for _word in _words:
        _RULES_BY_WORD.setdefault(_word, []).append(_name)
_DIGIT_RULES = frozenset(name for name, (digit, _) in TRIGGERS.items() if digit)


# Every character the patterns' `\s` matches (and `str.isspace`), to a plain space, so that a
# keyword written after a space finds the word after any whitespace. All such characters are in
# the Basic Multilingual Plane below U+3001 (checked by tests/test_dates_triggers.py).
_SPACES = {c: " " for c in range(0x3001) if chr(c).isspace() or regex.match(r"\s", chr(c))}


def possible_rules(sentence: str, rules) -> list:
    """The (name, pattern) pairs of `rules` (a dict) whose trigger occurs in `sentence`, in order."""
    folded = " " + sentence.casefold().translate(_SPACES)  # a space before the first word too
    enabled = set(_DIGIT_RULES) if _DIGIT.search(sentence) else set()
    for word, names in _RULES_BY_WORD.items():
        if word in folded:
            enabled.update(names)
    return [(name, pattern) for name, pattern in rules.items() if name in enabled or name not in TRIGGERS]
