"""Word lists for time expressions, loaded from `newsdiff/lexicon/lists/dates/*.txt`: no words here.

Every table maps the words English news uses to the TIMEX3 pieces they stand for; each list file
says in its header what it holds and how the date rules use it. Keys are lower-case;
abbreviations are listed without their final period (the patterns allow one). Read by
`extract/dates` (patterns, triggers, resolve, context); nothing here is specific to any article.
"""

from __future__ import annotations

from typing import Union

from newsdiff.lexicon import load, load_set, load_table


def _pairs(name: str, kind: str = "") -> list[tuple[str, list[str]]]:
    """The `words = values` lines of the table `lists/<name>.txt` as (words, values lower-cased and
    split at spaces), in file order. A table of several kinds gives each line's kind as its first
    value: with `kind`, only the lines of that kind, without it."""
    out = []
    for words, value in load_table(name):
        values = value.lower().split()
        if kind:
            if values[:1] != [kind]:
                continue
            values = values[1:]
        out.append((words, values))
    return out


def _words_of(name: str, kind: str) -> frozenset[str]:
    """The words of the lines of `lists/<name>.txt` that start with `kind`."""
    return frozenset(words for words, _ in _pairs(name, kind))


def _number(text: str) -> Union[int, float]:
    return float(text) if "." in text else int(text)


MONTHS = {words: int(values[0]) for words, values in _pairs("dates/months")}
AMBIGUOUS_MONTH_ABBREVIATIONS = _words_of("dates/ambiguous_months", "abbreviation")
AMBIGUOUS_MONTHS = _words_of("dates/ambiguous_months", "word")
WEEKDAYS = {words: int(values[0]) for words, values in _pairs("dates/weekdays")}
PARTS_OF_DAY = {words: values[0].upper() for words, values in _pairs("dates/parts_of_day")}
PART_OF_DAY_NAMES = {code.upper(): name for code, name in load_table("dates/part_of_day_names")}
NAMED_TIMES = {words: (int(values[0]), int(values[1])) for words, values in _pairs("dates/named_times")}
TIME_ZONES = load_set("dates/time_zones")
RELATIVE_DAYS = {words: int(values[0]) for words, values in _pairs("dates/relative_days")}
SEASONS = {words: values[0].upper() for words, values in _pairs("dates/seasons")}

# Units below a day are written after "T" in a duration ("PT16H").
UNITS = {words: (values[0].upper(), int(values[1])) for words, values in _pairs("dates/units")}
TIME_UNITS = frozenset(words for words, values in _pairs("dates/units") if values[2:] == ["time"])

NUMBER_WORDS: dict[str, Union[int, float]] = {words: _number(values[0]) for words, values in _pairs("dates/number_words")}
# Tens that combine with a unit word: "twenty-five", "forty two".
TENS = frozenset(w for w, n in NUMBER_WORDS.items() if " " not in w and 20 <= n <= 90 and n % 10 == 0)
VAGUE_COUNTS = load_set("dates/vague_counts")
DECADE_WORDS = {words: int(values[0]) for words, values in _pairs("dates/decade_words")}
ORDINALS = {words: int(values[0]) for words, values in _pairs("dates/ordinals")}
PERIOD_SHIFTS = {words: int(values[0]) for words, values in _pairs("dates/period_shifts")}
COUNT_HEDGES = tuple(load("dates/count_hedges"))

REFERENCE_WORDS = {words: values[0].upper() for words, values in _pairs("dates/reference_words", "word")}
REFERENCE_ADJECTIVES = {words: values[0].upper() for words, values in _pairs("dates/reference_words", "adjective")}
DISCOURSE_OPENERS = _words_of("dates/reference_words", "opener")
NOT_REFERENCE_AFTER = _words_of("dates/reference_words", "not-after-current")

SET_ADVERBS = {words: values[0].upper() for words, values in _pairs("dates/set_adverbs", "adverb")}
FREQUENCY_ADJECTIVES = frozenset(words for words, values in _pairs("dates/set_adverbs", "adverb") if values[1:] == ["adjective"])
SET_ADVERB_FOLLOWERS = _words_of("dates/set_adverbs", "follower")
NOT_THE_YEAR_AFTER = load_set("dates/not_the_year_after")

FIXED_HOLIDAYS = {words: (int(v[0]), int(v[1])) for words, v in _pairs("dates/holidays", "fixed")}
NTH_WEEKDAY_HOLIDAYS = {words: (int(v[0]), int(v[1]), int(v[2])) for words, v in _pairs("dates/holidays", "nth")}
NTH_WEEKDAY_PLUS_HOLIDAYS = {
    words: (int(v[0]), int(v[1]), int(v[2]), int(v[3])) for words, v in _pairs("dates/holidays", "nth-plus")
}
EASTER_HOLIDAYS = {words: int(v[0]) for words, v in _pairs("dates/holidays", "easter")}

FUTURE_MARKERS = _words_of("dates/tense_words", "future")
SCHEDULE_VERBS_PRESENT = _words_of("dates/tense_words", "schedule")
NOT_SCHEDULE_AFTER = _words_of("dates/tense_words", "not-schedule")
DEADLINE_VERBS = _words_of("dates/tense_words", "deadline")
PAST_AUXILIARIES = _words_of("dates/tense_words", "past")
PRESENT_WORDS = _words_of("dates/tense_words", "present")
NOT_VERBS_ED = _words_of("dates/tense_words", "not-verb-ed")
VERB_PARTICLES = _words_of("dates/tense_words", "particle")
ADJECTIVE_AFTER = _words_of("dates/tense_words", "adjective-after")
COUNT_LEADERS = load_set("dates/count_leaders")
