"""Word lists for reading numbers in English news, loaded from `lexicon/lists/numbers/*.txt`.

Everything the number reader (`extract/numbers/`) knows about English vocabulary is in those
files, each with a header that says what it holds, who reads it and how to add to it; this module
only turns them into the sets and tables the rules read, under the names they import (`UNITS` is
`lists/numbers/units.txt`). The conventions behind the qualifier kinds and vague ranges are in
`docs/numbers.md`. What stays here is not vocabulary: numeric settings, the characters of the
Unicode vulgar fractions, and the lemmatiser's spelling rules (stem endings, not words).
"""

from __future__ import annotations

from newsdiff.lexicon import load_set, load_table


def _words(name: str) -> frozenset[str]:
    return load_set(f"numbers/{name}")


def _pairs(name: str) -> dict[str, tuple[str, str]]:
    """A `key = first second` table of `lists/numbers/`, each value as its first two words."""
    pairs = {}
    for key, value in load_table(f"numbers/{name}"):
        first, second = value.split()[:2]
        pairs[key] = (first, second)
    return pairs


def _text(name: str) -> dict[str, str]:
    return dict(load_table(f"numbers/{name}"))


def _ints(name: str) -> dict[str, int]:
    return {k: int(v) for k, v in load_table(f"numbers/{name}")}


# Cardinals, scales and counted groups ("two hundred thousand", "a dozen", "5 lakh").
UNITS = _ints("units")
TEENS = _ints("teens")
TENS = _ints("tens")
HUNDRED = _ints("hundred")
SCALES = _ints("scales")
GROUPS = _ints("groups")
# Scale abbreviations after digits ("£20m", "$4.7bn", "100k"), which need a currency, which may
# stand apart from the digits.
SCALE_ABBREVIATIONS = _ints("scale_abbreviations")
SCALE_ABBREVIATIONS_NEED_CURRENCY = _words("scale_abbreviations_need_currency")
SCALE_ABBREVIATIONS_SPACED = _words("scale_abbreviations_spaced")
# Fractions: word denominators ("two thirds"), the Unicode characters, slash fractions.
FRACTION_DENOMINATORS = _ints("fraction_denominators")
UNICODE_FRACTIONS = {
    "½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6, "⅘": 0.8,
    "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875,
}
# Slash fractions are read only with these denominators and a smaller numerator: "3/4", "2 1/2".
# Others ("9/11", "24/7", "10/19") are dates, names or idioms far more often than fractions in news;
# a fraction after a date word ("on 3/4") is a date (SLASH_DATE_BEFORE).
SLASH_DENOMINATORS = frozenset({2, 3, 4, 5, 6, 8, 10, 16, 32, 100})
SLASH_DATE_BEFORE = _words("slash_date_before")
ORDINAL_WORDS = _words("ordinal_words")
ORDINAL_SUFFIXES = _words("ordinal_suffixes")
NEGATIVE_WORDS = _words("negative_words")

# Vague quantities (docs/numbers.md): "hundreds", "dozens", "several hundred", "a handful of".
VAGUE_PLURAL_SCALES = _ints("vague_plural_scales")
VAGUE_PLURAL_HIGH = _ints("vague_plural_high")
VAGUE_MULTIPLIERS: dict[str, tuple[int, int]] = {
    k: (int(low), int(high)) for k, (low, high) in _pairs("vague_multipliers").items()
}
VAGUE_ALONE = _words("vague_alone")
UNQUANTIFIED = _words("unquantified")

# Qualifiers before and after a number, mapped to the kind of bound they set; the prepositions
# among them and the contexts that decide them.
QUALIFIERS_BEFORE = _text("qualifiers_before")
AMBIGUOUS_QUALIFIERS = _words("ambiguous_qualifiers")
QUALIFIER_PREPOSITION_CONTEXT = _words("qualifier_preposition_context")
OVER_PATH_VERBS = _words("over_path_verbs")
OVER_PLACE_NOUNS = _words("over_place_nouns")
QUALIFIERS_AFTER = _text("qualifiers_after")

# Tolerances behind the bound kinds (docs/numbers.md).
APPROX_TOLERANCE = 0.10
NEAR_TOLERANCE = 0.10

# Ranges ("between 300 and 400") and changes ("rose from 5 to 10").
RANGE_JOINERS = _words("range_joiners")
RANGE_OPENERS = _words("range_openers")
CHANGE_VERBS = _words("change_verbs")

# Units: percent, currencies, measures, time units and ages.
PERCENT_WORDS: dict[str, str | None] = {k: None if v == "-" else v for k, v in load_table("numbers/percent_words")}
CURRENCY_PREFIXES = _text("currency_prefixes")
CURRENCY_SUFFIXES = _text("currency_suffixes")
POUND_WEIGHT_HINTS = _words("pound_weight_hints")
MEASURE_UNITS = _text("measure_units")
MEASURE_NEED_DIGITS = _words("measure_need_digits")
COMPOUND_NOT_UNITS = _words("compound_not_units")
COMPOUND_IDIOMS = _words("compound_idioms")
TIME_UNITS = _words("time_units")
AGE_UNITS = _text("age_units")
PERSON_NOUNS = _words("person_nouns")
TIME_UNIT_FILLERS = _words("time_unit_fillers")
# The name a duration keeps its time unit under ("nights" -> "night").
DURATION_UNITS = _text("duration_units")
# Words after a duration that make it a date of its own, counted from the article's day ("two days ago").
RELATIVE_AFTER = frozenset({"ago"})

# What a number is when it is not a count: dates, times, labels, names, years, pronouns.
MONTH_NAMES = _words("month_names")
MONTHS = MONTH_NAMES | _words("month_abbreviations")
CLOCK_WORDS = _words("clock_words")
LABEL_WORDS = _words("label_words")
CAPITALISED_OK_BEFORE = _words("capitalised_ok_before")
WEEKDAYS = _words("weekdays")
PLACE_PREPOSITIONS = _words("place_prepositions")
ONE_PRONOUN_BEFORE = _words("one_pronoun_before")
ONE_PRONOUN_AFTER = _words("one_pronoun_after")
RELATIVE_PRONOUNS = _words("relative_pronouns")
YEAR_BEFORE = _words("year_before")

# Verbs near numbers: the comparison step tells "sent back" from "held" by the lemma of the verb
# a number belongs to (`text.lemma`).
NOT_VERBS = _words("not_verbs")
VERB_PARTICLES = _words("verb_particles")
NOMINALISATIONS: dict[str, tuple[str, str]] = _pairs("nominalisations")
NOT_ADVERBS = _words("not_adverbs")
# A bare "one" in past narration is a count ("one was hurt"); the subject reader's determiners.
PAST_AUXILIARIES = _words("past_auxiliaries")
PARTICIPLES_TOO = _words("participles_too")
SUBJECT_DETERMINERS = _words("subject_determiners")
# What the subject reader (`extract/numbers/subject.py`) stops at, skips or reads as a sign.
NP_STOP = _words("np_stop")
NP_DROP = _words("np_drop")
SUBJECT_AUXILIARIES = _words("subject_auxiliaries")
MEASURE_VERBS = _words("measure_verbs")
MODIFIER_PREPOSITIONS = _words("modifier_prepositions")
CLAUSE_WORDS = _words("clause_words")

# Spelling rules of the lemmatiser (`text.lemma`), as data. A stem is what is left after
# -ed or -ing is cut off ("repatriat", "stopp", "scor").
# A final "e" comes back after these stem endings, whatever comes before them.
E_AFTER_ANY = ("c", "v", "u", "z", "rg", "dg", "lg", "ang", "eng", "ys")
# ... after these consonants when the vowel before them is one of the listed vowels and that
# vowel follows a consonant ("declar" -> "declare", "vot" -> "vote"; "repair", "shout" stay).
E_AFTER_CVC = {"t": "auo", "d": "aiuo", "n": "i", "r": "aiu", "p": "ai", "m": "aiuo", "l": "aiu",
               "b": "i", "k": "aio", "s": "aeiou", "g": "aiu"}
# ... after these endings, which the vowel rule above cannot tell from verbs without an "e"
# ("scor" -> "score" but "honor"; "complet" -> "complete" but "budget"; "creat" -> "create" but
# "treat"; "invit" -> "invite" but "visit").
E_AFTER_ENDINGS = ("scor", "stor", "plor", "gnor", "ador", "shor", "snor", "plet", "delet", "compet",
                   "secret", "creat", "invit", "xcit", "ncit", "ecit", "gnit")
# Whole stems that take the "e" back ("cit" -> "cite").
E_STEMS = frozenset({"cit", "unit", "quot"})
# A doubled final consonant added for the suffix is dropped ("stopp" -> "stop", "committ" ->
# "commit") when a vowel and a consonant stand before the pair; "l" only in -ell/-oll after an
# earlier vowel ("travell" -> "travel", "controll" -> "control"; "kill", "call", "yell" stay).
UNDOUBLE = frozenset("bdgmnprt")
UNDOUBLE_L_AFTER = ("e", "o")
