"""The surface patterns of English time expressions, built from the word lists in `date_words`.

Each pattern is linear: alternations of literal words, bounded repeats (`\\s{1,3}`) and no
nested quantifiers, so no input can make it backtrack catastrophically. Patterns are matched
case-insensitively; the rules in `date_resolve` check the capital letter where it matters
("May" the month, "may" the modal). Named groups carry the parts a rule resolves.
"""

from __future__ import annotations

import regex

from newsdiff.lexicon import date_words as W

SP = r"\s{1,3}"
B = r"(?<![\p{L}\d])"  # a word boundary that also treats digits as word characters
E = r"(?![\p{L}\d])"


def _alt(words) -> str:
    """An alternation of words, longest first so "christmas eve" wins over "christmas"."""
    parts = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(regex.escape(w).replace(r"\ ", SP) for w in parts) + ")"


# The full name of a month is its longest spelling; every other spelling is an abbreviation.
_FULL_MONTHS = [max((k for k, v in W.MONTHS.items() if v == n), key=len) for n in range(1, 13)]
_ABBREV_MONTHS = [m for m in W.MONTHS if m not in _FULL_MONTHS]
# A month inside a full date: full names, or abbreviations with an optional period.
MONTH = rf"(?P<month>{_alt(_FULL_MONTHS)}|{_alt(_ABBREV_MONTHS)}\.?)"
# A month standing alone: full names only ("Aug" alone is too rare to be worth its noise).
MONTH_FULL = rf"(?P<month>{_alt(_FULL_MONTHS)})"
WEEKDAY = rf"(?P<wd>{_alt(W.WEEKDAYS)})"
PART = rf"(?P<part>{_alt(W.PARTS_OF_DAY)})"
SEASON = rf"(?P<season>{_alt(W.SEASONS)})"
EDGE = r"(?P<edge>early|late|mid|earlier|later)"
DAY = r"(?P<d>(?:[12]\d|3[01]|0?[1-9]))(?:st|nd|rd|th)?"
YEAR = r"(?P<y>1[6-9]\d\d|20\d\d)(?![\d%])"
SHIFT = rf"(?P<shift>{_alt([k for k in W.PERIOD_SHIFTS if not k.startswith('the ')] + ['this past', 'this coming'])})"
THE_SHIFT = rf"(?P<shift>{_alt(list(W.PERIOD_SHIFTS) + ['this past', 'this coming'])})"

_ONES = [w for w, n in W.NUMBER_WORDS.items() if isinstance(n, int) and n < 10 and " " not in w and w not in ("a", "an")]
_TEENS_AND_ONES = [w for w, n in W.NUMBER_WORDS.items() if isinstance(n, int) and n < 20 and " " not in w and w not in ("a", "an")]
_WORD_NUMBER = rf"(?:{_alt(W.TENS)}(?:[-\s](?:{_alt(_ONES)}))?|{_alt(W.NUMBER_WORDS)})"
_DIGITS = r"(?:\d{1,3}(?:,\d{3}){1,2}|\d{1,6})(?:\.\d{1,3})?"
COUNT = rf"(?P<count>(?:{_DIGITS})(?:{SP}1/2|½)?|{_WORD_NUMBER})(?:{SP}and{SP}a{SP}half)?"
# Kinds of day or year that are still counted in days and years ("eight trading days").
UNIT_KIND = r"(?:(?:trading|business|working|school|calendar|fiscal|straight|consecutive){SP})?".replace("{SP}", SP)
VAGUE = rf"(?P<vague>{_alt(W.VAGUE_COUNTS)})"
# "over" and "under" before "the" are prepositions ("over the past 20 years"), not hedges.
_PREPOSITION_HEDGES = ("over", "under")
HEDGE = (
    rf"(?:(?:(?P<hedge>{_alt([h for h in W.COUNT_HEDGES if h not in _PREPOSITION_HEDGES])})"
    rf"|(?P<hedge>{_alt(_PREPOSITION_HEDGES)})(?!{SP}the{E})){SP})?"
)
UNIT = rf"(?P<unit>{_alt(W.UNITS)})"
_PLURAL_UNITS = [u for u in W.UNITS if u.endswith("s") or u == "centuries"]
PLURAL_UNIT = rf"(?P<unit>{_alt(_PLURAL_UNITS)})"
ORDINAL = rf"(?P<ord>{_alt(W.ORDINALS)})"
TZ = rf"(?:{SP}(?P<tz>{_alt(W.TIME_ZONES)}))?(?:{SP}local{SP}time)?"
AMPM = r"(?P<ampm>[ap]\.\s?m\.|[ap]m(?![\p{L}])|[ap]\.m(?![\p{L}]))"

_MDY = rf"(?:{WEEKDAY},?{SP})?(?:{EDGE}[-\s]{{1,3}})?{MONTH}{SP}{DAY}{E}(?!:\d|,\d{{3}})(?:(?:,?{SP}|{SP}of{SP}){YEAR})?"
_DMY = rf"(?:{WEEKDAY},?{SP})?(?:the{SP})?{DAY}{SP}(?:of{SP})?{MONTH}(?![\p{{L}}])(?:,?{SP}{YEAR})?"
# The wire style of day, month and two-digit year ("10 Nov 11"): an abbreviation without a period
# between two numbers. It is longer than the month-and-day reading of its end ("Nov 11"), so it
# wins the overlap, while a number before a full month or an abbreviation with a period ("Game 7
# June 19", "Proposition 8 Nov. 4") leaves the month its own day; a four-digit year after the day
# ("Game 7 Jun 19, 2016") makes the month-and-day reading the longer one.
_WIRE_DMY = (
    rf"(?:{WEEKDAY},?{SP})?{DAY}{SP}(?P<month>{_alt(_ABBREV_MONTHS)}){SP}(?P<yy>\d\d)(?![\d:%\p{{L}}]|[.,]\d)"
)

# Rule name -> pattern source. The order breaks ties between equally long matches.
SOURCES = {
    "iso_date": rf"{B}(?P<y>\d{{4}})-(?P<m>[01]\d)-(?P<d>[0-3]\d){E}",
    "slash_date": rf"{B}(?P<m>1[0-2]|0?[1-9])/(?P<d>[12]\d|3[01]|0?[1-9])/(?P<y>\d{{4}}){E}",
    "part_of_date": rf"{B}(?:the{SP})?{PART}{SP}of{SP}(?:{_MDY}|{_DMY})",
    "month_day": rf"{B}{_MDY}",
    "day_month": rf"{B}(?:{_WIRE_DMY}|{_DMY})",  # the wire form first: an alternation takes the first that fits
    "month_year": rf"{B}(?:{EDGE}[-\s]{{1,3}})?{MONTH}\.?,?{SP}(?:of{SP})?{YEAR}",
    # A month followed by its day is that day's (month_day), even after a shift word: "this
    # August 2nd" is a day, not "this August" and a stray "2nd".
    "month": rf"{B}(?:{EDGE}[-\s]{{1,3}})?(?:{SHIFT}{SP})?{MONTH_FULL}{E}(?!{SP}(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?{E})",
    "season_year": rf"{B}(?:the{SP})?(?:{EDGE}{SP})?{SEASON}{SP}(?:of{SP})?{YEAR}",
    "season": rf"{B}(?:{EDGE}{SP})?(?:{SHIFT}|(?P<the>the)(?:{SP}(?P<edge>early|late|mid))?){SP}{SEASON}{E}(?!{SP}of{E})",
    "year": rf"{B}(?:{EDGE}[-\s]{{1,3}})?(?:(?P<fiscal>fiscal){SP})?(?<![$€£¥#]){YEAR}(?!s{E}|['’]s{E}|\.\d|,\d|-\d\d\d)",
    "decade": rf"{B}(?:the{SP})?(?:{EDGE}[-\s]{{1,3}})?(?P<dec>1[5-9]\d0|20\d0|['’]\d0)s{E}",
    "century": rf"{B}(?:the{SP})?(?:{EDGE}[-\s]{{1,3}})?(?:(?P<cnum>\d{{1,2}})(?:st|nd|rd|th)|{ORDINAL})[-\s]century{E}",
    "weekday": rf"{B}(?:{EDGE}{SP})?(?:{SHIFT}{SP})?{WEEKDAY}(?:{SP}{PART})?{E}",
    "weekday_set": rf"{B}(?:(?:every|each){SP}{WEEKDAY}|{WEEKDAY}s)(?:{SP}{PART}s?)?{E}",
    "relative_day": rf"{B}(?:{EDGE}{SP})?(?P<rel>today|tonight|yesterday|tomorrow)(?:{SP}{PART})?{E}",
    "day_around": rf"{B}the{SP}day{SP}(?P<around>before{SP}yesterday|after{SP}tomorrow){E}",
    "part_today": rf"{B}(?:{EDGE}{SP})?(?P<which>this|last){SP}{PART}{E}",
    "period": rf"{B}(?:(?P<edge>early|late|earlier|later|(?:at{SP})?the{SP}(?:end|start|beginning|middle){SP}of|the{SP}rest{SP}of|mid){SP})?{THE_SHIFT}{SP}(?:fiscal{SP})?(?P<unit>week|weekend|month|year|quarter|decade|century){E}",
    "earlier_in_the": rf"{B}(?P<edge>earlier|later){SP}in{SP}the{SP}(?P<unit>week|month|year){E}",
    "the_weekend": rf"{B}the{SP}weekend{E}",
    "the_year": rf"{B}the{SP}(?:(?:full|fiscal|calendar|whole|entire){SP})?(?P<yw>year){E}(?![-'’])",
    "year_ago_adj": rf"{B}(?:(?:the|its){SP}(?:(?:comparable|corresponding|same){SP})?)?year-(?:earlier|ago|before)(?:{SP}(?P<noun>quarter|period))?{E}",
    "period_last_year": rf"{B}(?:the{SP}(?:(?:same|corresponding|comparable){SP})?(?P<noun>quarter|period){SP}(?:of{SP})?(?:last{SP}year|a{SP}year{SP}(?:ago|earlier)|the{SP}(?:previous|prior){SP}year)|last{SP}year['’]s{SP}(?P<noun>quarter|period)){E}",
    "quarter": rf"{B}(?:(?P<det>the|this{SP}year['’]s|last{SP}year['’]s|next{SP}year['’]s|the{SP}year-(?:ago|earlier)|the{SP}(?P<dety>1[6-9]\d\d|20\d\d)){SP})?(?:(?P<fiscal>fiscal){SP})?{ORDINAL}{SP}quarter(?:{SP}of{SP}{YEAR}|,?{SP}{YEAR})?{E}",
    "quarter_adj": rf"{B}(?:(?P<fiscal>fiscal)[-\s])?{ORDINAL}-quarter{E}",
    "year_period": rf"{B}the{SP}(?P<y>1[6-9]\d\d|20\d\d){SP}(?P<noun>quarter|period){E}",
    "quarter_code": rf"{B}(?P<q>Q[1-4])(?:{SP}{YEAR})?{E}",
    "half_year": rf"{B}the{SP}(?P<ord>first|second){SP}half(?:{SP}of{SP}(?:{YEAR}|(?P<this>this{SP}year|the{SP}year)))?{E}",
    "the_quarter": rf"{B}(?P<which>the|the{SP}latest|the{SP}most{SP}recent|the{SP}current|this){SP}quarter{E}|{B}(?P<which>the{SP}latest|the{SP}most{SP}recent){SP}period{E}",
    "ago": rf"{B}{HEDGE}(?:{COUNT}|{VAGUE}){SP}(?:more{SP})?{UNIT}(?:{SP}or{SP}so)?{SP}(?P<dir>ago|earlier|later|from{SP}now|hence){E}",
    "duration": rf"{B}{HEDGE}(?:(?P<lead>the{SP}(?:past|last|next|first|coming|previous|following|final|latest|better{SP}part{SP}of)|another){SP})?(?:{COUNT}|{VAGUE})(?P<joint>[-\s]{{1,3}})(?:more{SP})?{UNIT_KIND}{UNIT}(?P<half>{SP}and{SP}a{SP}half)?(?P<old>[-\s]{{1,3}}old)?{E}",
    "vague_span": rf"{B}(?:(?:the{SP})?(?P<lead>recent|coming|past|last|next|following|previous)(?:{SP}(?:few|several|many|couple{SP}of))?{SP}{PLURAL_UNIT}|the{SP}{PLURAL_UNIT}{SP}ahead){E}",
    "bare_units": rf"(?<=(?:{B}(?:for|within|over|in|took|take|takes|lasted){SP}))(?P<unit>years|months|weeks|days|decades|hours|centuries){E}(?!{SP}(?:ago|old|of|to|later|earlier))",
    "unit_set": rf"{B}(?:(?P<q>every|each){SP}(?:(?P<other>other){SP})?|(?P<freq>once|twice|\w{{1,12}}{SP}times){SP}(?:a|an|per|each|every){SP})(?:{COUNT}{SP})?(?P<unit>{_alt(W.UNITS)}){E}",
    "named_set": rf"{B}(?:every|each){SP}(?:{MONTH_FULL}|{SEASON}){E}",
    "set_adverb": rf"{B}(?P<adv>{_alt(W.SET_ADVERBS)}){E}",
    "clock": rf"{B}(?P<h>1[0-2]|0?[1-9])(?::(?P<min>[0-5]\d))?{SP}?{AMPM}{TZ}",
    "clock_24": rf"{B}(?P<h>[01]?\d|2[0-3]):(?P<min>[0-5]\d)(?::(?P<sec>[0-5]\d))?{E}(?!:){TZ}",
    "military": rf"{B}(?P<h>[01]\d|2[0-3])(?P<min>[0-5]\d){SP}(?:(?P<hours>hours|hrs){SP}?)?(?P<tz>{_alt(W.TIME_ZONES)}){E}",
    "clock_part": rf"{B}(?P<h>1[0-2]|0?[1-9])(?::(?P<min>[0-5]\d))?{SP}in{SP}the{SP}(?P<part>morning|afternoon|evening){E}",
    "spelled_year": rf"{B}(?:the{SP}year{SP})?(?P<spelled>(?:nineteen|twenty)[-\s](?:{_alt(W.TENS)}(?:-{_alt(_ONES)})?|hundred)|two{SP}thousand(?:(?:{SP}and)?{SP}(?:{_alt(W.TENS)}(?:[-\s]{_alt(_ONES)})?|{_alt(_TEENS_AND_ONES)}))?){E}",
    "decade_word": rf"{B}the{SP}(?:{EDGE}[-\s]{{1,3}})?(?P<decword>{_alt(W.DECADE_WORDS)}){E}",
    "oclock": rf"{B}(?P<h>1[0-2]|[1-9]|{_alt(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'])}){SP}o['’]clock{E}",
    "named_time": rf"{B}(?P<named>{_alt(W.NAMED_TIMES)}){E}",
    "reference_adjective": rf"{B}(?P<adj>{_alt(W.REFERENCE_ADJECTIVES)})(?=[-\s]{{1,3}}\p{{L}})",
    "reference": rf"{B}(?P<ref>{_alt(W.REFERENCE_WORDS)}){E}",
    "holiday": rf"{B}(?:{SHIFT}{SP})?(?P<holiday>{_alt(list(W.FIXED_HOLIDAYS) + list(W.NTH_WEEKDAY_HOLIDAYS) + list(W.NTH_WEEKDAY_PLUS_HOLIDAYS) + list(W.EASTER_HOLIDAYS))})(?:,?{SP}{YEAR})?{E}",
}

PATTERNS = {name: regex.compile(src, regex.IGNORECASE) for name, src in SOURCES.items()}
RULE_ORDER = {name: i for i, name in enumerate(SOURCES)}
