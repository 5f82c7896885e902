"""Word lists for reading numbers in English news: data only, no logic.

Everything the number reader (`numbers_parse`) knows about English vocabulary lives here, so a
word can be added or a bound convention changed without touching the parser. The conventions
behind the qualifier kinds and vague ranges are explained in `docs/numbers.md`. These lists were
written for this project from ordinary English usage.
"""

from __future__ import annotations

# Cardinal number words below one hundred.
UNITS = {
    "zero": 0, "nought": 0, "naught": 0, "nil": 0,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}
TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}

# "hundred" multiplies the group before it; the larger scales close a group ("two hundred thousand").
HUNDRED = {"hundred": 100}
SCALES = {
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "lakh": 100_000,
    "crore": 10_000_000,
}
# Counted groups: "a dozen" is 12, "three dozen" 36, "a score" 20.
GROUPS = {"dozen": 12, "dozens": 12, "dz": 12, "dzs": 12, "gross": 144}

# Short scale words written after digits, with or without a space: "£20m", "$4.7bn", "100k", "10 bln".
# Single letters (m, b, t, k) only count when written against the digits; "m" and "b" and "t" only
# with a currency, because "20m" alone is usually metres.
SCALE_ABBREVIATIONS = {
    "k": 1_000, "thousand": 1_000,
    "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "mil": 1_000_000, "million": 1_000_000,
    "b": 1_000_000_000, "bn": 1_000_000_000, "bln": 1_000_000_000, "billion": 1_000_000_000,
    "t": 1_000_000_000_000, "tn": 1_000_000_000_000, "tln": 1_000_000_000_000,
    "trillion": 1_000_000_000_000,
}
SCALE_ABBREVIATIONS_NEED_CURRENCY = frozenset({"m", "b", "t"})
# Abbreviations that may stand apart from the digits ("10 bln", "2.33 k"); the rest must touch them.
SCALE_ABBREVIATIONS_SPACED = frozenset({"k", "mn", "mln", "bn", "bln", "tn", "tln"})

# Denominators of fractions written in words: "two thirds", "a quarter", "one-fifth".
FRACTION_DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
    "twelfth": 12, "twelfths": 12, "twentieth": 20, "twentieths": 20,
    "thirtieth": 30, "thirtieths": 30, "fortieth": 40, "fortieths": 40, "fiftieth": 50, "fiftieths": 50,
    "sixtieth": 60, "sixtieths": 60, "seventieth": 70, "seventieths": 70, "eightieth": 80,
    "eightieths": 80, "ninetieth": 90, "ninetieths": 90,
    "hundredth": 100, "hundredths": 100, "thousandth": 1000, "thousandths": 1000,
    "millionth": 1_000_000, "millionths": 1_000_000, "billionth": 1_000_000_000,
    "billionths": 1_000_000_000, "trillionth": 1_000_000_000_000, "trillionths": 1_000_000_000_000,
}
UNICODE_FRACTIONS = {
    "½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6, "⅘": 0.8,
    "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875,
}
# Slash fractions are read only with these denominators and a smaller numerator: "3/4", "2 1/2".
# Others ("9/11", "24/7", "10/19") are dates, names or idioms far more often than fractions in news;
# a fraction after a date word ("on 3/4") is a date (SLASH_DATE_BEFORE).
SLASH_DENOMINATORS = frozenset({2, 3, 4, 5, 6, 8, 10, 16, 32, 100})
SLASH_DATE_BEFORE = frozenset({"on", "since", "until", "till", "by", "dated", "before", "after"})

# Ordinal words: never counts on their own ("the third time", "first"), only as fraction denominators.
ORDINAL_WORDS = frozenset(
    """first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth
    fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth fortieth
    fiftieth sixtieth seventieth eightieth ninetieth hundredth thousandth millionth billionth""".split()
)
# Suffixes that make digits an ordinal: "1st", "22nd", "3rd", "9th".
ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})

# Words that make a number negative when written just before it.
NEGATIVE_WORDS = frozenset({"minus", "negative"})

# Vague quantities, as (low, high) intervals; see docs/numbers.md for why these bounds.
# A plural power of ten means "at least two of them and fewer than ten": hundreds is [200, 999].
VAGUE_PLURAL_SCALES = {
    "tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1_000,
    "millions": 1_000_000, "billions": 1_000_000_000, "trillions": 1_000_000_000_000,
}
# Dozens stop below a hundred and scores likewise: "dozens" is [24, 99], "scores" [40, 99].
VAGUE_PLURAL_HIGH = {"dozens": 99, "scores": 99}
# Vague multipliers: "several hundred" is [300, 900], "a few thousand" [2000, 5000].
VAGUE_MULTIPLIERS = {
    "several": (3, 9),
    "a few": (2, 5),
    "a couple of": (2, 3),
    "a couple": (2, 3),
    "a handful of": (2, 6),
    "a handful": (2, 6),
}
# Vague multipliers that also stand alone before a noun: "several people", "a handful of protesters".
# "a couple" alone is left out: "a couple were arrested" is a pair of people, not a quantity.
VAGUE_ALONE = frozenset({"several", "a few", "a couple of", "a handful of", "a handful"})

# Vague words that commit to no number at all. They are not reported (docs/numbers.md).
UNQUANTIFIED = frozenset({"many", "numerous", "a large number", "a significant number", "countless", "a lot"})

# Qualifiers written before a number, lower-cased, mapped to the kind of bound they set.
#   lower: (N, ∞)   at_least: [N, ∞)   upper: (-∞, N]   below: (-∞, N)   just_below: [0.9N, N)
#   just_above: (N, 1.1N]   approx: [0.9N, 1.1N]   exact: [N, N]
QUALIFIERS_BEFORE = {
    # lower bounds
    "more than": "lower", "over": "lower", "above": "lower", "upwards of": "at_least",
    "upward of": "at_least", "in excess of": "lower", "greater than": "lower", "larger than": "lower",
    "higher than": "lower", "bigger than": "lower", "well over": "lower", "well above": "lower",
    "north of": "lower", "exceed": "lower", "exceeds": "lower", "exceeded": "lower",
    "exceeding": "lower", "could exceed": "at_least", "may exceed": "at_least", "might exceed": "at_least",
    "would exceed": "at_least", "will exceed": "at_least", "could top": "at_least", "topped": "lower",
    "surpassed": "lower", "at least": "at_least", "no fewer than": "at_least",
    "no less than": "at_least", "not less than": "at_least", "not fewer than": "at_least",
    "a minimum of": "at_least", "as few as": "at_least", "as little as": "at_least",
    "as low as": "at_least", "more than or equal to": "at_least", "greater than or equal to": "at_least",
    "equal to or more than": "at_least", "equal to or greater than": "at_least",
    "at least or equal to": "at_least", "higher or equal than": "at_least",
    "bigger or equal than": "at_least", ">": "lower", ">=": "at_least", "≥": "at_least",
    # upper bounds
    "as many as": "upper", "as much as": "upper", "as high as": "upper", "up to": "upper",
    "at most": "upper", "no more than": "upper", "not more than": "upper", "a maximum of": "upper",
    "less than or equal to": "upper", "fewer than or equal to": "upper", "lower or equal than": "upper",
    "less or equal than": "upper", "equal to or less than": "upper", "<=": "upper", "≤": "upper",
    "fewer than": "below", "less than": "below", "under": "below", "below": "below",
    "lower than": "below", "smaller than": "below", "south of": "below", "<": "below",
    # just below or just above
    "nearly": "just_below", "almost": "just_below", "just under": "just_below",
    "just below": "just_below", "just shy of": "just_below", "shy of": "just_below",
    "close to": "just_below", "approaching": "just_below", "not quite": "just_below",
    "just short of": "just_below", "slightly less than": "just_below", "a little under": "just_below",
    "just over": "just_above", "just above": "just_above", "slightly more than": "just_above",
    "slightly over": "just_above", "a little over": "just_above", "a little more than": "just_above",
    # approximations
    "about": "approx", "around": "approx", "some": "approx", "roughly": "approx",
    "approximately": "approx", "approx.": "approx", "an estimated": "approx", "estimated": "approx",
    "an approximate": "approx", "circa": "approx", "c.": "approx", "~": "approx", "≈": "approx",
    "around about": "approx", "in the region of": "approx", "on the order of": "approx",
    "of the order of": "approx", "somewhere around": "approx", "somewhere between": "approx",
    "more or less": "approx", "an average of": "approx", "on average": "approx", "averaging": "approx",
    # exact
    "exactly": "exact", "precisely": "exact", "just": "exact", "only": "exact", "a mere": "exact",
    "a total of": "exact", "equal to": "exact", "equaling to": "exact", "equals": "exact",
}
# Bound qualifiers that are also ordinary prepositions ("convoys over five border crossings"):
# they qualify the number only after the words in QUALIFIER_PREPOSITION_CONTEXT, a verb, or at the
# start of a clause. See `numbers_parse._preposition_is_qualifier`.
AMBIGUOUS_QUALIFIERS = frozenset({"over", "under", "above", "below"})
QUALIFIER_PREPOSITION_CONTEXT = frozenset(
    """of to for with by at and or than is are was were be been being has have had as from
    including include includes included number numbered numbering totalled totaled total totalling
    reached reach reaches reaching cost costs spent spend took take takes raised raise paid pay
    killed kill injured injure wounded displaced affected employs employ employed counted count
    about nearly almost still now then there here this that these those it they he she we""".split()
)
# "over" is a preposition, not a bound, after these verbs of path or contention (lemmas) when the
# number has no unit: "crossed over five border crossings", "fought over two islands"; with a unit it
# is a bound again ("walked over 20 km", "fell over 5%"). Verbs that also take the counted people as
# their object ("carried over 500 refugees") are left out: for them the place nouns below decide.
OVER_PATH_VERBS = frozenset(
    """cross walk run travel march sail climb jump leap hop step roll stretch spread extend hover
    loom tower fall trip stumble go come flow pour stream glide soar wander roam fly pass drive
    ride swim trek hike cycle fight argue clash quarrel squabble bicker worry fret""".split()
)
# "over N <place noun>" is a path, not a bound, after any word: "carried in convoys over five
# different border crossings", "flew over three countries".
OVER_PLACE_NOUNS = frozenset(
    """crossing crossings border borders bridge bridges river rivers country countries state
    states province provinces region regions district districts city cities town towns village
    villages road roads highway highways mountain mountains hill hills fence fences wall walls
    checkpoint checkpoints continent continents ocean oceans sea seas island islands pass passes
    route routes valley valleys field fields lake lakes county counties frontier frontiers""".split()
)

# Qualifiers written after a number: "2,000 or more", "500-plus", "600 or so".
QUALIFIERS_AFTER = {
    "or more": "at_least", "or greater": "at_least", "or higher": "at_least", "or above": "at_least",
    "or over": "at_least", "and more": "at_least", "and above": "at_least", "and over": "at_least",
    "and up": "at_least", "and counting": "at_least", "plus": "at_least", "+": "at_least",
    "or more than": "at_least", "or equal": "at_least_or_at_most", "or equal to": "at_least_or_at_most",
    "or fewer": "upper", "or less": "upper", "or lower": "upper", "or below": "upper",
    "and under": "upper", "and below": "upper", "or so": "approx", "odd": "just_above",
    "or thereabouts": "approx", "ish": "approx", "at most": "upper", "at the most": "upper", "at least": "at_least",
    "at the very least": "at_least",
}

# Tolerances behind the bound kinds (docs/numbers.md).
APPROX_TOLERANCE = 0.10
NEAR_TOLERANCE = 0.10

# Words between two numbers that make them one range; "between" and "from" open one.
RANGE_JOINERS = frozenset({"to", "-", "–", "—", "and", "or", "through", "thru"})
RANGE_OPENERS = frozenset({"between", "from"})
# Before "from X to Y", these verbs make it a change between two numbers, not a range.
CHANGE_VERBS = frozenset(
    """rose rise rises rising risen fell fall falls falling fallen increased increase increases
    increasing decreased decrease decreases decreasing dropped drop drops dropping climbed climb
    climbs climbing grew grow grows growing jumped jump jumps jumping cut cuts cutting raised raise
    raises raising reduced reduce reduces reducing lowered lower lowers lowering declined decline
    declines declining slipped slumped soared surged plunged plummeted tumbled doubled tripled
    halved changed change changes went up down revised upgraded downgraded boosted trimmed""".split()
)

# Percent marks. "percentage points" is its own unit: a change of 5 points is not 5 percent.
PERCENT_WORDS = {
    "%": "percent", "percent": "percent", "per cent": "percent", "pct": "percent", "percentage": "percent",
    "percents": "percent", "per-cent": "percent", "percentage points": "percentage points",
    "percentage point": "percentage points", "points": None,
}

# Currency written before the amount: symbol or code, longest first when matching.
CURRENCY_PREFIXES = {
    "$": "USD", "us$": "USD", "u.s.$": "USD", "usd$": "USD", "usd": "USD", "us $": "USD",
    "£": "GBP", "gbp": "GBP", "stg": "GBP", "€": "EUR", "eur": "EUR", "¥": "JPY", "jpy": "JPY",
    "cny": "CNY", "rmb": "CNY", "yuan": "CNY", "₹": "INR", "rs": "INR", "rs.": "INR", "inr": "INR",
    "₩": "KRW", "krw": "KRW", "₽": "RUB", "rub": "RUB", "₪": "ILS", "ils": "ILS", "₺": "TRY",
    "try": "TRY", "c$": "CAD", "ca$": "CAD", "cad": "CAD", "can$": "CAD", "c $": "CAD",
    "a$": "AUD", "au$": "AUD", "aud": "AUD", "nz$": "NZD", "nzd$": "NZD", "nzd": "NZD",
    "hk$": "HKD", "hk $": "HKD", "hkd": "HKD", "s$": "SGD", "sgd": "SGD", "r$": "BRL", "brl": "BRL",
    "mex$": "MXN", "mxn$": "MXN", "mxn": "MXN", "chf": "CHF", "sfr": "CHF", "sek": "SEK", "nok": "NOK",
    "dkk": "DKK", "zar": "ZAR", "₦": "NGN", "ngn": "NGN", "₱": "PHP", "php": "PHP", "kes": "KES",
    "₫": "VND", "฿": "THB", "sen": "sen",
}
# Currency written after the amount, longest first when matching: "125 million Australian dollars".
CURRENCY_SUFFIXES = {
    "dollars": "USD", "dollar": "USD", "us dollars": "USD", "us dollar": "USD", "u.s. dollars": "USD",
    "american dollars": "USD", "usd": "USD", "$": "USD",
    "australian dollars": "AUD", "australian dollar": "AUD", "aud": "AUD",
    "canadian dollars": "CAD", "canadian dollar": "CAD", "cad": "CAD",
    "hong kong dollars": "HKD", "hong kong dollar": "HKD", "hkd": "HKD",
    "new zealand dollars": "NZD", "new zealand dollar": "NZD", "nzd": "NZD",
    "singapore dollars": "SGD", "singapore dollar": "SGD", "taiwan dollars": "TWD",
    "pounds sterling": "GBP", "pound sterling": "GBP", "sterling": "GBP", "gbp": "GBP",
    "pounds": "GBP", "pound": "GBP", "quid": "GBP",
    "euros": "EUR", "euro": "EUR", "eur": "EUR", "€": "EUR",
    "yen": "JPY", "jpy": "JPY", "¥": "JPY", "yuan": "CNY", "chinese yuan": "CNY", "renminbi": "CNY",
    "rmb": "CNY", "cny": "CNY", "元": "CNY", "won": "KRW", "krw": "KRW",
    "rupees": "INR", "rupee": "INR", "indian rupees": "INR", "inr": "INR",
    "sri lankan rupees": "LKR", "pakistani rupees": "PKR",
    "swiss francs": "CHF", "swiss franc": "CHF", "chf": "CHF", "francs": "franc", "franc": "franc",
    "pesos": "peso", "peso": "peso", "mexican pesos": "MXN", "pesetas": "ESP", "peseta": "ESP",
    "roubles": "RUB", "rubles": "RUB", "rouble": "RUB", "ruble": "RUB",
    "lira": "TRY", "turkish lira": "TRY", "liras": "TRY", "rand": "ZAR", "naira": "NGN",
    "shekels": "ILS", "shekel": "ILS", "dirhams": "AED", "dirham": "AED", "riyals": "SAR",
    "riyal": "SAR", "rial": "IRR", "rials": "IRR", "kronor": "SEK", "kroner": "NOK", "krone": "DKK",
    "zloty": "PLN", "forint": "HUF", "ringgit": "MYR", "baht": "THB", "rupiah": "IDR", "dong": "VND",
    "bitcoin": "BTC", "bitcoins": "BTC", "satoshis": "satoshi",
    "cents": "cent", "cent": "cent", "pence": "pence", "penny": "pence", "p": "pence",
    "₡": "CRC", "ரூ": "LKR", "₹": "INR", "£": "GBP",
}
# "pounds" is money only when nothing says weight; these words after the amount say weight.
POUND_WEIGHT_HINTS = frozenset({"of", "bag", "weight", "heavy", "lb"})

# Measures written after a number, mapped to the unit reported. Lower-cased; keys with a space are
# matched as phrases. Time units are not here: they make durations (see TIME_UNITS).
MEASURE_UNITS = {
    "km": "km", "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
    "m": "m", "metres": "m", "meters": "m", "metre": "m", "meter": "m", "cm": "cm", "mm": "mm",
    "centimetres": "cm", "centimeters": "cm", "millimetres": "mm", "millimeters": "mm",
    "miles": "mi", "mile": "mi", "mi": "mi", "feet": "ft", "foot": "ft", "ft": "ft", "inches": "in",
    "inch": "in", "yards": "yd", "yard": "yd", "nautical miles": "nmi",
    "square kilometres": "km2", "square kilometers": "km2", "sq km": "km2", "km2": "km2",
    "square miles": "mi2", "sq mi": "mi2", "square metres": "m2", "square meters": "m2",
    "square feet": "ft2", "sq ft": "ft2", "acres": "acre", "acre": "acre", "hectares": "ha",
    "hectare": "ha", "ha": "ha",
    "kg": "kg", "kilograms": "kg", "kilogrammes": "kg", "kilogram": "kg", "kilos": "kg",
    "g": "g", "grams": "g", "grammes": "g", "gram": "g", "mg": "mg", "milligrams": "mg",
    "tonnes": "t", "tonne": "t", "tons": "t", "ton": "t", "metric tons": "t", "lb": "lb", "lbs": "lb",
    "ounces": "oz", "ounce": "oz", "oz": "oz",
    "litres": "l", "liters": "l", "litre": "l", "liter": "l", "l": "l", "ml": "ml", "cl": "cl",
    "millilitres": "ml", "milliliters": "ml", "gallons": "gal", "gallon": "gal", "barrels": "bbl",
    "barrel": "bbl", "bpd": "bbl/day", "cubic metres": "m3", "cubic meters": "m3",
    "degrees celsius": "°C", "degrees fahrenheit": "°F", "degrees": "°", "degree": "°", "°c": "°C",
    "°f": "°F", "°": "°", "c": "°C", "f": "°F", "celsius": "°C", "fahrenheit": "°F", "kelvin": "K",
    "km/h": "km/h", "kph": "km/h", "mph": "mph", "knots": "kn",
    "mw": "MW", "gw": "GW", "kw": "kW", "kwh": "kWh", "mwh": "MWh", "gwh": "GWh", "megawatts": "MW",
    "gigawatts": "GW", "kilowatts": "kW", "watts": "W", "w": "W", "volts": "V", "ev": "eV",
    "gb": "GB", "mb": "MB", "tb": "TB", "kb": "kB", "gigabytes": "GB", "megabytes": "MB",
    "ghz": "GHz", "mhz": "MHz", "hz": "Hz", "db": "dB", "decibels": "dB", "calories": "kcal",
    "magnitude": "magnitude",
}
# Unit words that are also ordinary words: only read as units right after the digits ("5 m", "30 C"),
# never after a number in words ("two in my car").
MEASURE_NEED_DIGITS = frozenset({"m", "g", "l", "c", "f", "w", "in", "mi", "ha", "p", "t", "b"})

# Words after "<number>-" that do not make a counted compound ("a 22-story building", "a 62-member
# team" have unit "story", "member"): idioms, multipliers and function words ("one-time", "two-way",
# "three-fold", "3-to-1", "a 20-something", "one-sided", "one-off").
COMPOUND_NOT_UNITS = frozenset(
    """time times way off on up to for of by in at and or plus odd sided fold something
    thing year-old old so ish""".split()
)
# After "<number>-" these make the whole word an idiom or ordinal, never a count: "two-way street",
# "a three-fold increase", "one-sided", "twenty-first century" (ordinal words count too).
COMPOUND_IDIOMS = frozenset({"way", "fold", "sided", "time", "times", "something", "thing"})

# Time units: "<number> <time unit>" is a duration or an age, left to the dates extractor.
TIME_UNITS = frozenset(
    """second seconds sec secs minute minutes min mins hour hours hr hrs h day days week weeks
    fortnight fortnights month months year years yr yrs decade decades century centuries
    millennium millennia night nights weekend weekends semester semesters""".split()
)
# Time units that make an age with "old": "30 years old", "a 25-year-old", "a six-month-old".
AGE_UNITS = {"year": "years", "years": "years", "month": "months", "months": "months",
             "week": "weeks", "weeks": "weeks", "day": "days", "days": "days"}
# Nouns for people after which ", 11," is an age: "her daughter, 11, was hurt". After a capitalised
# name the same shape is read as an age too: "Teixeira, 28, signed".
PERSON_NOUNS = frozenset(
    """man woman boy girl son daughter wife husband mother father brother sister child baby
    teenager student friend neighbour neighbor victim driver suspect officer soldier resident
    grandmother grandfather grandson granddaughter nephew niece cousin partner""".split()
)
# Words allowed between a number and its time unit: "six long years", "three straight days".
TIME_UNIT_FILLERS = frozenset(
    """more long straight consecutive full whole successive additional extra short few
    further""".split()
)

# Months (dates: "October 9", "9 October") and clock words (times: "9 p.m.", "1900 GMT").
MONTHS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
CLOCK_WORDS = frozenset(
    """am pm a.m a.m. p.m p.m. gmt utc bst est edt cst cdt pst pdt cet cest jst kst ist hrs
    hours o'clock o’clock h""".split()
)

# Words before a number that make it a name, a label or an ID, not a count: "No. 10", "Route 66".
LABEL_WORDS = frozenset(
    """no no. nos number num # route highway interstate flight room article section chapter
    clause paragraph page pages verse level grade category phase stage version v. vol volume
    platform gate seat row line district ward precinct block lot unit apartment apt suite floor
    channel episode season series model type mark game round week day act rule resolution
    amendment bill order code case file docket id ref reference item exhibit table figure fig
    lane exit junction terminal pier berth track title division squad team jersey""".split()
)

# A capitalised word right before a bare number names it ("Boeing 737", "Windows 10", "Apollo 11
# astronauts", "Flight 370"), even at the start of a sentence, unless it is one of these ordinary
# words (kept lower-case), a weekday or month, a possessive ("Russia's 300 troops") or an -ly adverb:
# then the number is a count ("About 500", "All 300 passengers", "On Monday 300 people").
CAPITALISED_OK_BEFORE = frozenset(
    """a an the about around some nearly almost over more than up to as many much at least
    only just roughly approximately estimated of and or but so yet by in on for with from
    killed kill since between fewer less under below above exactly precisely all another any
    each every both no these those this that its their our his her my your we they he she it
    i you there here then now today yesterday tonight still also perhaps maybe plus including
    among after before during within without against across into onto than like via per
    when while if because although though once until unless whereas nearly another further
    total overall additionally altogether meanwhile last next first""".split()
)
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# "In Gaza 40 people died": after a clause-opening preposition, a capitalised word followed by a
# number and a plural noun is a place, and the number a count.
PLACE_PREPOSITIONS = frozenset({"in", "at", "across", "throughout", "from", "near", "outside", "inside"})

# Words that show a bare "one" is a pronoun or determiner, not a count: "one's will", "no one",
# "one of them", "that one".
ONE_PRONOUN_BEFORE = frozenset(
    """no any every each that this which the some someone anyone everyone another a an only
    any-""".split()
)
ONE_PRONOUN_AFTER = frozenset(
    """of another 's ’s is was has had can could would should must may might will does did
    who that which another else day time point way side hand thing""".split()
)

# Words after a 4-digit number that show it is a year even with a plural noun ("the 2016
# elections" has "the"); the list of words before such a number that make it a year.
YEAR_BEFORE = frozenset(
    """in since by until till from of to during before after circa early late mid around about
    the this that its his her their our your 's ’s fiscal fy year summer winter spring autumn fall
    between and or through""".split()
)

# Verb forms near numbers (`numbers_verbs`): the comparison step tells "sent back" from "held" by
# the lemma of the verb a number belongs to.
# Words ending in -ed or -ing that are not verb forms (or whose base form keeps the ending).
NOT_VERBS = frozenset(
    """need needed indeed speed seed bed red shed hundred kindred sacred naked wicked rugged
    ragged wretched beloved learned aged alleged allegedly united limited interested
    thing nothing something anything everything king ring spring string morning evening
    during building ceiling wedding bring sing sting swing wing darling sibling ping
    exceed proceed succeed feed bleed breed weed heed including excluding according following
    regarding concerning notwithstanding""".split()
)
# Particles that belong to a phrasal verb: "sent back", "carried out", "locked up".
VERB_PARTICLES = frozenset({"back", "out", "up", "away", "off", "down", "home", "over", "in"})
# Nouns that name the event a count belongs to: "the repatriation of almost 170 defectors".
NOMINALISATIONS = {
    "repatriation": ("repatriate", "repatriated"), "repatriations": ("repatriate", "repatriated"),
    "deportation": ("deport", "deported"), "deportations": ("deport", "deported"),
    "arrest": ("arrest", "arrested"), "arrests": ("arrest", "arrested"),
    "detention": ("detain", "detained"), "release": ("release", "released"),
    "evacuation": ("evacuate", "evacuated"), "killing": ("kill", "killed"),
    "killings": ("kill", "killed"), "deaths": ("die", "died"), "death": ("die", "died"),
    "return": ("return", "returned"), "returns": ("return", "returned"),
    "expulsion": ("expel", "expelled"), "execution": ("execute", "executed"),
    "executions": ("execute", "executed"), "rescue": ("rescue", "rescued"),
    "displacement": ("displace", "displaced"), "imprisonment": ("imprison", "imprisoned"),
    "injuries": ("injure", "injured"), "sale": ("sell", "sold"), "sales": ("sell", "sold"),
    "purchase": ("buy", "bought"), "loss": ("lose", "lost"), "losses": ("lose", "lost"),
}

# Spelling rules of the lemmatiser (`numbers_verbs.lemma`), as data. A stem is what is left after
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
# Words ending in -ly that are not adverbs (the subject rules skip adverbs): "the tally rose to 310".
NOT_ADVERBS = frozenset(
    """only early family rally italy tally ally supply reply apply assembly anomaly monopoly belly
    bully jelly july holy ugly""".split()
)
