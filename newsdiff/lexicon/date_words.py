"""Word lists for time expressions, loaded from `newsdiff/lexicon/lists/date_*.txt`: no words here.

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


MONTHS = {words: int(values[0]) for words, values in _pairs("date_months")}
AMBIGUOUS_MONTH_ABBREVIATIONS = _words_of("date_ambiguous_months", "abbreviation")
AMBIGUOUS_MONTHS = _words_of("date_ambiguous_months", "word")
WEEKDAYS = {words: int(values[0]) for words, values in _pairs("date_weekdays")}
PARTS_OF_DAY = {words: values[0].upper() for words, values in _pairs("date_parts_of_day")}
NAMED_TIMES = {words: (int(values[0]), int(values[1])) for words, values in _pairs("date_named_times")}
TIME_ZONES = load_set("date_time_zones")
RELATIVE_DAYS = {words: int(values[0]) for words, values in _pairs("date_relative_days")}
SEASONS = {words: values[0].upper() for words, values in _pairs("date_seasons")}

# Units below a day are written after "T" in a duration ("PT16H").
UNITS = {words: (values[0].upper(), int(values[1])) for words, values in _pairs("date_units")}
TIME_UNITS = frozenset(words for words, values in _pairs("date_units") if values[2:] == ["time"])

NUMBER_WORDS: dict[str, Union[int, float]] = {words: _number(values[0]) for words, values in _pairs("date_number_words")}
# Tens that combine with a unit word: "twenty-five", "forty two".
TENS = frozenset(w for w, n in NUMBER_WORDS.items() if " " not in w and 20 <= n <= 90 and n % 10 == 0)
VAGUE_COUNTS = load_set("date_vague_counts")
DECADE_WORDS = {words: int(values[0]) for words, values in _pairs("date_decade_words")}
ORDINALS = {words: int(values[0]) for words, values in _pairs("date_ordinals")}
PERIOD_SHIFTS = {words: int(values[0]) for words, values in _pairs("date_period_shifts")}
COUNT_HEDGES = tuple(load("date_count_hedges"))

REFERENCE_WORDS = {words: values[0].upper() for words, values in _pairs("date_reference_words", "word")}
REFERENCE_ADJECTIVES = {words: values[0].upper() for words, values in _pairs("date_reference_words", "adjective")}
DISCOURSE_OPENERS = _words_of("date_reference_words", "opener")
NOT_REFERENCE_AFTER = _words_of("date_reference_words", "not-after-current")

SET_ADVERBS = {words: values[0].upper() for words, values in _pairs("date_set_adverbs", "adverb")}
FREQUENCY_ADJECTIVES = frozenset(words for words, values in _pairs("date_set_adverbs", "adverb") if values[1:] == ["adjective"])
SET_ADVERB_FOLLOWERS = _words_of("date_set_adverbs", "follower")
NOT_THE_YEAR_AFTER = load_set("date_not_the_year_after")

FIXED_HOLIDAYS = {words: (int(v[0]), int(v[1])) for words, v in _pairs("date_holidays", "fixed")}
NTH_WEEKDAY_HOLIDAYS = {words: (int(v[0]), int(v[1]), int(v[2])) for words, v in _pairs("date_holidays", "nth")}
NTH_WEEKDAY_PLUS_HOLIDAYS = {
    words: (int(v[0]), int(v[1]), int(v[2]), int(v[3])) for words, v in _pairs("date_holidays", "nth-plus")
}
EASTER_HOLIDAYS = {words: int(v[0]) for words, v in _pairs("date_holidays", "easter")}

FUTURE_MARKERS = _words_of("date_tense_words", "future")
SCHEDULE_VERBS_PRESENT = _words_of("date_tense_words", "schedule")
NOT_SCHEDULE_AFTER = _words_of("date_tense_words", "not-schedule")
DEADLINE_VERBS = _words_of("date_tense_words", "deadline")
PAST_AUXILIARIES = _words_of("date_tense_words", "past")
PRESENT_WORDS = _words_of("date_tense_words", "present")
NOT_VERBS_ED = _words_of("date_tense_words", "not-verb-ed")
VERB_PARTICLES = _words_of("date_tense_words", "particle")
COUNT_LEADERS = load_set("date_count_leaders")
