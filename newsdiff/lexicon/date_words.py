"""Word lists for time expressions: data only, no logic.

Every table maps the words English news uses to the TIMEX3 pieces they stand for. Keys are
lower-case; abbreviations are listed without their final period (the patterns allow one).
`dates.py` and `timex.py` read these tables; nothing here is specific to any article.
"""

from __future__ import annotations

# Month names and the abbreviations agency style uses ("Sept.", "Oct."), to month number.
MONTHS = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

# Abbreviations that are also ordinary words; they count as months only with a period and a day
# ("Mar. 3"), never alone.
AMBIGUOUS_MONTH_ABBREVIATIONS = frozenset({"mar", "jan", "jun", "jul", "dec", "sep"})

# Month names that are also common English words (the modal "may", the verb "march"): read as a
# month only when a day, a year or a time preposition or modifier is beside them.
AMBIGUOUS_MONTHS = frozenset({"may", "march"})

# Weekday names to ISO weekday number (Monday = 1).
WEEKDAYS = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4,
    "friday": 5, "saturday": 6, "sunday": 7,
}

# Parts of the day to the TIMEX3 code appended to a date ("2023-10-09TNI").
PARTS_OF_DAY = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
}

# Named clock times to hour and minute ("midnight" is the end of its day, TIMEX3 "T24:00").
NAMED_TIMES = {
    "noon": (12, 0),
    "midday": (12, 0),
    "midnight": (24, 0),
}

# Time zones that may follow a clock time ("1900 GMT", "9 p.m. EDT"); kept in the span, not in the value.
TIME_ZONES = frozenset(
    "gmt utc bst cet cest est edt cst cdt mst mdt pst pdt kst jst ist aest aedt hkt sgt msk".split()
)

# Days relative to the anchor.
RELATIVE_DAYS = {
    "today": 0,
    "tonight": 0,
    "yesterday": -1,
    "tomorrow": 1,
}

# Seasons to their TIMEX3 codes.
SEASONS = {
    "spring": "SP",
    "summer": "SU",
    "autumn": "FA",
    "fall": "FA",
    "winter": "WI",
}

# Calendar units: the TIMEX3 duration designator and how many of it one unit is.
# Units below a day are written after "T" in a duration ("PT16H").
UNITS = {
    "second": ("S", 1), "seconds": ("S", 1),
    "minute": ("M", 1), "minutes": ("M", 1),
    "hour": ("H", 1), "hours": ("H", 1),
    "day": ("D", 1), "days": ("D", 1),
    "week": ("W", 1), "weeks": ("W", 1),
    "fortnight": ("W", 2), "fortnights": ("W", 2),
    "month": ("M", 1), "months": ("M", 1),
    "quarter": ("Q", 1), "quarters": ("Q", 1),
    "year": ("Y", 1), "years": ("Y", 1),
    "decade": ("Y", 10), "decades": ("Y", 10),
    "century": ("Y", 100), "centuries": ("Y", 100),
}
TIME_UNITS = frozenset({"second", "seconds", "minute", "minutes", "hour", "hours"})

# Units a "last/this/next" can name as a calendar period ("last week" is a week, not seven days).
CALENDAR_PERIODS = frozenset({"week", "month", "year", "quarter", "decade", "century", "weekend"})

# Small numbers in words, enough for the counts time expressions use ("twenty-five years").
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "a dozen": 12, "dozen": 12, "a couple of": 2, "a couple": 2,
    "half a": 0.5, "half an": 0.5, "a half": 0.5, "couple of": 2,
}
# Tens that combine with a unit word: "twenty-five", "forty two".
TENS = frozenset({"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"})

# Words for an unstated count of units: "several years" is PXY.
VAGUE_COUNTS = frozenset({"several", "a few", "few", "some", "many", "a number of", "a couple of"})

# Decades in words ("the nineties"), to the decade's digit in the twentieth century.
DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}

# Ordinals up to the ones quarters, halves and centuries need.
ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
    "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21,
}

# Words that place a calendar period relative to the anchor.
PERIOD_SHIFTS = {
    "this": 0, "current": 0, "the current": 0,
    "last": -1, "past": -1, "the past": -1, "previous": -1, "the previous": -1, "the last": -1,
    "next": 1, "coming": 1, "the coming": 1, "the next": 1,
}

# Edges of a period: TIMEX3 mod values. Kept for the docs and tests; the span includes them.
PERIOD_EDGES = {
    "early": "START", "earlier": "START", "late": "END", "later": "END", "mid": "MID",
}

# Hedges before a count that TIMEX3 keeps in the span as a mod ("nearly 6 years").
COUNT_HEDGES = (
    "more than", "less than", "fewer than", "at least", "at most", "up to", "nearly", "almost",
    "about", "around", "roughly", "approximately", "some", "over", "under", "just over",
    "just under", "well over", "close to", "no more than", "no less than", "only", "just",
)

# Words that stand for the present, the past or the future as a whole (TIMEX3 *_REF values).
REFERENCE_WORDS = {
    "now": "PRESENT_REF",
    "right now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "at the moment": "PRESENT_REF",
    "recently": "PAST_REF",
    "lately": "PAST_REF",
    "the past": "PAST_REF",
    "the future": "FUTURE_REF",
    "the near future": "FUTURE_REF",
}

# Reference words that, opening a sentence and followed by a comma, are discourse markers
# (TIDES/TIMEX2: "Now, ..." introduces a topic rather than naming the present).
DISCOURSE_OPENERS = frozenset({"now"})

# Adjectives that place what they modify at the present or in the past as a whole ("current
# market conditions", "the recent sale"); TIMEX3 tags the adjective alone with a *_REF value.
REFERENCE_ADJECTIVES = {
    "current": "PRESENT_REF",
    "recent": "PAST_REF",
}
# Nouns after "current" that make it a different word ("current account", electrical "current").
NOT_REFERENCE_AFTER = frozenset({"account", "accounts", "affairs", "events", "flows", "flow", "carrying", "liabilities", "assets"})

# Adverbs that make a regular repetition (TIMEX3 SET) with its period.
SET_ADVERBS = {
    "hourly": "PT1H",
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "fortnightly": "P2W",
    "monthly": "P1M",
    "annually": "P1Y",
    "yearly": "P1Y",
}
# Words after which a frequency adverb is still an adverb ("published daily, in print"); before
# any other word it is an adjective ("a daily newspaper", "annually adjusted") and not a SET.
SET_ADVERB_FOLLOWERS = frozenset(
    """and or but in on at to for from by with since until as the a an than while because after
    before during""".split()
)
# Words after "the year" that make it part of a longer, relative or named expression ("the year
# before", "the year of the dragon", "the year 2000"), which "the year" alone does not resolve.
NOT_THE_YEAR_AFTER = frozenset(
    """before earlier after later ago following prior previous of in when that which two nineteen
    twenty""".split()
)

# Frequency words that are also adjectives: before a noun they still name a regular repetition
# (TimeML tags "his weekly radio address", "average hourly earnings", "a daily rally" as SET).
FREQUENCY_ADJECTIVES = frozenset({"hourly", "daily", "nightly", "weekly", "fortnightly", "monthly", "yearly"})

# Quantifiers that turn a unit or a named day into a SET ("every year", "each Thursday").
SET_QUANTIFIERS = frozenset({"every", "each"})

# Holidays with a fixed month and day.
FIXED_HOLIDAYS = {
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "valentine's day": (2, 14),
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "boxing day": (12, 26),
    "halloween": (10, 31),
    "may day": (5, 1),
}
# Holidays on the n-th weekday of a month (n = -1 for the last): (month, ISO weekday, n).
NTH_WEEKDAY_HOLIDAYS = {
    "thanksgiving": (11, 4, 4),
    "thanksgiving day": (11, 4, 4),
    "memorial day": (5, 1, -1),
    "labor day": (9, 1, 1),
    "mother's day": (5, 7, 2),
    "father's day": (6, 7, 3),
    "martin luther king day": (1, 1, 3),
}
# Holidays a fixed number of days after such a weekday: US Election Day is the Tuesday after
# the first Monday of November. (month, ISO weekday, n, days after).
NTH_WEEKDAY_PLUS_HOLIDAYS = {
    "election day": (11, 1, 1, 1),
}
# Holidays computed from Easter Sunday, as a day offset.
EASTER_HOLIDAYS = {
    "easter": 0, "easter sunday": 0, "good friday": -2, "easter monday": 1,
}

# Words that mark the clause as being about the future: a weekday or month there points forward.
FUTURE_MARKERS = frozenset(
    """will 'll ’ll shall won't won’t wo going gonna planned planning plans plan scheduled expected
    due set upcoming intends intend would could might may""".split()
)
# Present-tense verbs of scheduled events: news writes the coming session or trip in the simple
# present ("The committee meets Tuesday", "talks resume Monday"), so a date they govern points
# forward. Only in the present form and not after a determiner, "to" or "did" (see date_context).
SCHEDULE_VERBS_PRESENT = frozenset(
    """meet meets resume resumes reconvene reconvenes convene convenes adjourn adjourns begin
    begins start starts open opens reopen reopens visit visits arrive arrives depart departs
    travel travels testify testifies vote votes""".split()
)
# Words before such a verb that make it a noun or an infinitive ("the vote", "to meet").
NOT_SCHEDULE_AFTER = frozenset(
    """the a an its their his her our your my this that these those to did do does didn't
    doesn't don't of for at in on""".split()
)

# Verbs that move a deadline: a weekday after "until" in their clause is the coming one
# ("postponed until Tuesday morning", "extended its deadline until 9 a.m. Tuesday").
DEADLINE_VERBS = frozenset(
    """postpone postpones postponed extend extends extended delay delays delayed defer defers
    deferred adjourn adjourns adjourned recess recessed give gives given gave suspend suspends
    suspended""".split()
)
# Auxiliaries that mark a past clause.
PAST_AUXILIARIES = frozenset("was were had did".split())
# Present-tense auxiliaries and reporting verbs: neither past nor future.
PRESENT_WORDS = frozenset("is are am has have does do says say".split())

# Words ending in -ed that are not verbs.
NOT_VERBS_ED = frozenset(
    """hundred red bed need needed speed seed feed creed shed bred sled shred breed greed weed
    indeed united so-called alleged aged naked wicked sacred kindred rugged ragged wretched
    beloved learned crooked""".split()
)
# Adverb particles that belong to the verb ("sent back", "carried out").
VERB_PARTICLES = frozenset("back out up down off away".split())

# Words a bare four-digit number is counted by rather than a year ("some 2000 people"); also
# currency and counting words before it.
COUNT_LEADERS = frozenset(
    """some about around nearly almost over than least most approximately roughly estimated
    exceed exceeds exceeded another additional only just""".split()
)
