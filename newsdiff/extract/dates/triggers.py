"""Cheap necessary conditions for the date rules, so a sentence meets only the rules it can match.

Matching all of `patterns.PATTERNS` over every sentence was nearly half of extraction time: each
rule opens with a look-behind and optional groups, so the regex engine tries it at every
character. Every rule's match must contain a digit or one of a few literal words (a month name,
a unit, "quarter", ...), and the rules with digits a mark or word as well (a colon for "10:30", "am"
or "p." for "9 p.m."). Testing that with `str.__contains__` on the case-folded sentence costs
little, and a rule whose trigger is absent cannot match, so skipping it changes no result. The
month rules then need a month as a whole word, the unit rules a unit (`WHOLE_WORDS`): "mar" in
"market" enables none.

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

# Rule name -> (matches need a digit, one of these words). A rule needs a digit when the flag
# is set, one of the words when it lists any, both when both; a rule absent here always runs.
TRIGGERS: dict[str, tuple[bool, tuple[str, ...]]] = {
    "iso_date": (True, ("-",)),
    "slash_date": (True, ("/",)),
    "part_of_date": (False, _MONTHS),
    "month_day": (False, _MONTHS),
    "day_month": (False, _MONTHS),
    "month_year": (False, _MONTHS),
    "month": (False, _MONTHS),
    "season_year": (False, _firsts(W.SEASONS)),
    "season": (False, _firsts(W.SEASONS)),
    "year": (True, ()),
    "decade": (True, ("0s",)),
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
    "year_period": (True, ("quarter", "period")),
    "quarter_code": (True, ("q1", "q2", "q3", "q4")),
    "half_year": (False, ("half",)),
    "the_quarter": (False, ("quarter", "period")),
    "ago": (False, ("ago", "earlier", "later", "now", "hence")),
    "duration": (False, _word_starts(W.UNITS)),
    "vague_span": (False, _word_starts(W.UNITS)),
    "bare_units": (False, _word_starts(["years", "months", "weeks", "days", "decades", "hours", "centuries"])),
    "unit_set": (False, _word_starts(W.UNITS)),
    "named_set": (False, ("every", "each")),
    "set_adverb": (False, _firsts(W.SET_ADVERBS)),
    "clock": (True, ("a.", "p.", "am", "pm")),  # a.m., p.m., am, pm
    "clock_24": (True, (":",)),
    "military": (True, _firsts(W.TIME_ZONES)),
    "clock_part": (True, ("morning", "afternoon", "evening")),
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
_DIGIT_ONLY_RULES = frozenset(name for name, (digit, words) in TRIGGERS.items() if digit and not words)


def _leading_runs(phrases) -> frozenset[str]:
    """The letters each phrase starts with, up to its first non-letter ("father's day": "father")."""
    runs = {regex.match(r"\p{L}*", phrase.casefold()).group() for phrase in phrases}
    assert "" not in runs, "a phrase that starts with no letter has no whole word to look for"
    return frozenset(runs)


# Rule name -> sets of words; a match holds a word of each set as a whole word: a maximal run of
# letters. So are a month in every month rule, a unit in the unit rules, a weekday, the first
# word of a holiday, the "ago" of "two years ago": the patterns put a space, a hyphen or their
# non-letter look-behind before it, and a period, comma, space, apostrophe or non-letter
# look-ahead after it. Finer than a substring: "mar" is in "market", "now" in "known", " year" in
# " years", but none is the word. Looked for only once the rule's substring trigger is found.
_UNITS = frozenset(W.UNITS)
WHOLE_WORDS: dict[str, tuple[frozenset[str], ...]] = {
    **{name: (frozenset(W.MONTHS),) for name in ("part_of_date", "month_day", "day_month", "month_year", "month")},
    **{name: (_UNITS,) for name in ("duration", "bare_units")},
    # A unit after "every", "each", "once", "twice" or "times" ("twice a week", "every other day").
    "unit_set": (_UNITS, frozenset({"every", "each", "once", "twice", "times"})),
    # A unit after one of the words that make a span vague ("the past few weeks"), or before "ahead".
    "vague_span": (_UNITS, frozenset({"recent", "coming", "past", "last", "next", "following", "previous", "ahead"})),
    "ago": (frozenset({"ago", "earlier", "later", "now", "hence"}), _UNITS),
    "period": (frozenset({"week", "weekend", "month", "year", "quarter", "decade", "century"}),),
    "weekday": (frozenset(W.WEEKDAYS),),
    "holiday": (_leading_runs(list(W.FIXED_HOLIDAYS) + list(W.NTH_WEEKDAY_HOLIDAYS)
                              + list(W.NTH_WEEKDAY_PLUS_HOLIDAYS) + list(W.EASTER_HOLIDAYS)),),
}
_LETTER_RUN = regex.compile(r"\p{L}+")
# The two letters outside ASCII that case-insensitive matching equates with an ASCII letter but
# `str.lower` does not map onto it (as `newsdiff.extract.numbers.read.may_hold` folds them).
_FOLD_TO_ASCII = str.maketrans({"\u017f": "s", "\u0130": "i"})


def _containment(words) -> tuple[list[str], dict[str, list[str]]]:
    """The keywords that hold no other keyword (the roots), and for every keyword the keywords
    whose longest contained keyword it is. A keyword absent from a sentence is absent from every
    keyword holding it ("jan" from "january", "year" from "year-"), so only the children of a
    keyword found need looking for: a third fewer substring tests per sentence, same result."""
    roots: list[str] = []
    children: dict[str, list[str]] = {w: [] for w in words}
    for word in words:
        inside = [other for other in words if other != word and other in word]
        if inside:
            children[max(inside, key=lambda o: (len(o), o))].append(word)
        else:
            roots.append(word)
    return roots, children


_ROOT_WORDS, _CHILD_WORDS = _containment(sorted(_RULES_BY_WORD))


# Every character the patterns' `\s` matches (and `str.isspace`), to a plain space, so that a
# keyword written after a space finds the word after any whitespace. All such characters are in
# the Basic Multilingual Plane below U+3001 (checked by tests/test_dates_triggers.py).
_SPACES = {c: " " for c in range(0x3001) if chr(c).isspace() or regex.match(r"\s", chr(c))}
# The same folding as one pattern of the white space other than a plain space: `str.translate`
# looks every character of a text that is not all ASCII up in `_SPACES`; the pattern only
# stops at the few it replaces.
_OTHER_SPACE = regex.compile("[" + "".join(regex.escape(chr(c)) for c in sorted(_SPACES) if c != 32) + "]")


def _folded(text: str) -> str:
    """`text` case-folded, every white space a plain space (as `text.casefold().translate(_SPACES)`)."""
    return _OTHER_SPACE.sub(" ", text.casefold())


def _ascii_letters(text: str) -> str:
    """`text` with the two letters `_FOLD_TO_ASCII` maps made ASCII (most texts hold neither)."""
    return text.translate(_FOLD_TO_ASCII) if "\u017f" in text or "\u0130" in text else text


def present_roots(sentences) -> tuple[str, ...]:
    """The keywords with no keyword inside them (where every search starts) found in any of
    `sentences`: an article's, looked for once in all its sentences together, so that each
    sentence (`possible_rules(..., roots=)`) looks only for the few its article holds. Folding is
    done character by character, so the folded sentences joined are the folding of the joined
    sentences, each after a space as `possible_rules` reads it."""
    folded = _folded(" " + " ".join(sentences))
    return tuple(word for word in _ROOT_WORDS if word in folded)


def possible_rules(sentence: str, rules, roots: tuple[str, ...] | list[str] = tuple(_ROOT_WORDS)) -> list:
    """The (name, pattern) pairs of `rules` (a dict) whose trigger occurs in `sentence`, in order.

    `roots`: the keywords to start from, when the caller knows which could occur at all
    (`present_roots` of the sentence's article); every one by default."""
    folded = " " + _folded(sentence)  # a space before the first word too
    digit = _DIGIT.search(sentence) is not None
    enabled = set(_DIGIT_ONLY_RULES) if digit else set()
    pending = [word for word in roots if word in folded]
    while pending:
        word = pending.pop()
        enabled.update(_RULES_BY_WORD[word])
        pending.extend(child for child in _CHILD_WORDS[word] if child in folded)
    if not digit:
        enabled -= _DIGIT_RULES
    whole = [name for name in enabled if name in WHOLE_WORDS]
    if whole:
        words = set(_LETTER_RUN.findall(_ascii_letters(sentence).lower()))
        enabled.difference_update(name for name in whole if any(words.isdisjoint(need) for need in WHOLE_WORDS[name]))
    if rules is not _planned[0]:
        order = {name: i for i, name in enumerate(rules)}
        _planned[:] = [rules, order, [name for name in rules if name not in TRIGGERS]]
    _, order, always = _planned
    chosen = sorted((name for name in enabled if name in order), key=order.__getitem__)
    if always:
        chosen = sorted(set(chosen).union(always), key=order.__getitem__)
    return [(name, rules[name]) for name in chosen]


# The last `rules` given to `possible_rules` (by identity: the extractor's one dict of patterns),
# each rule's place in it and the rules with no trigger, so a sentence sorts the few rules it
# enables rather than going through all of them.
_planned: list = [None, {}, []]
