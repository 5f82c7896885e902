"""Readings: a number with its qualifier, currency or unit, range partner and interval.

`read(tokens)` walks a sentence's tokens once and returns every count or amount in it as a
`Reading`. The bound conventions (docs/numbers.md) are applied here; what is *not* a count (years,
dates, times, ordinals, names with digits, the pronoun "one", phone numbers, durations) is decided
by `numbers_filters`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Optional

import regex

from newsdiff.extract.frame import AGE_DISTRIBUTIVES, AGE_NOW, names_pair
from newsdiff.extract.numbers.parse import CORE_START_WORDS, CORE_WORDS, Core, read_core
from newsdiff.extract.numbers.rejections import rejection
from newsdiff.extract.numbers.tokens import PhraseTable, Token, Tokens, indexed, joined
from newsdiff.lexicon import number_words as W
from newsdiff.text.lemma import lemma

CURRENCY_BEFORE = PhraseTable(W.CURRENCY_PREFIXES)
CURRENCY_AFTER = PhraseTable(W.CURRENCY_SUFFIXES)
PERCENT_AFTER = PhraseTable({k: v for k, v in W.PERCENT_WORDS.items() if v})
MEASURE_AFTER = PhraseTable(W.MEASURE_UNITS)
QUALIFIER_BEFORE = PhraseTable(W.QUALIFIERS_BEFORE)
QUALIFIER_AFTER = PhraseTable(W.QUALIFIERS_AFTER)
_SCALE_WORD_OR_ABBREVIATION = PhraseTable(W.SCALE_ABBREVIATIONS)
_MINUS = ("-", "−")

# The lower-cased tokens at which `read_amount` can find something: a currency before digits, a
# minus sign or word, the start of a number's core, a percent word before "of" (`_percent_of`).
# `read` tries no other token: at any other one `read_amount` is None (tests check it).
_STARTS = frozenset(
    {*CURRENCY_BEFORE.first_words(), *_MINUS, *W.NEGATIVE_WORDS, *CORE_START_WORDS,
     *W.UNICODE_FRACTIONS, *PERCENT_AFTER.first_words()}
)


# A number needs a digit, a Unicode fraction or one of `CORE_WORDS` (as a whole word): a sentence
# with none holds no reading, and is not tokenised. A whole word is a maximal run of letters, the
# way the tokenizer's word pattern would have taken letters either side into a longer word.
_DIGIT_OR_FRACTION = regex.compile(r"[0-9" + "".join(W.UNICODE_FRACTIONS) + r"]")
_LETTER_RUN = regex.compile(r"\p{L}+")
_CORE_WORDS = frozenset(CORE_WORDS)
assert all(w.isascii() and w.isalpha() and w == w.lower() for w in _CORE_WORDS), "may_hold compares lower-cased letter runs"
# The two letters outside ASCII that a case-insensitive regex matches with an ASCII letter but
# `str.lower` does not map onto it (checked over all of Unicode by tests/test_numbers_prefilter.py).
_FOLD_TO_ASCII = str.maketrans({"\u017f": "s", "\u0130": "i"})


def may_hold(text: str, start: int = 0, end: Optional[int] = None) -> bool:
    """False when `text[start:end]` can hold no reading: no digit, no Unicode fraction and no
    number word. A cheap test that lets a caller skip tokenising most sentences of prose."""
    # On the slice, not with pos/endpos: a letter before `start` would join a run the tokenizer
    # (reading from `start`) never sees. Looking each letter run up in a set is a third of the
    # cost of one case-insensitive alternation of the hundred number words.
    window = text[start:end]
    if _DIGIT_OR_FRACTION.search(window) is not None:
        return True
    # Lower-cased as a whole, not run by run: after the fold, only Greek capital sigma lowers
    # otherwise by its context, and no run with it is a number word.
    if "\u017f" in window or "\u0130" in window:  # rare: a translate of every text would cost more
        window = window.translate(_FOLD_TO_ASCII)
    return not _CORE_WORDS.isdisjoint(_LETTER_RUN.findall(window.lower()))


@dataclass(frozen=True)
class Amount:
    """One number with its currency, scale and unit, before qualifiers and ranges are applied."""

    first: int  # token index of the currency symbol or sign, else of the number
    core: Core
    end: int  # token index after the unit
    value: Optional[float]
    low: Optional[float]
    high: Optional[float]
    unit: Optional[str] = None
    currency_before: bool = False
    duration: bool = False  # followed by a time unit: a duration or age, not a count
    compound: bool = False  # the unit is the noun of a hyphenated modifier: "a 22-story building"


@dataclass(frozen=True)
class Reading:
    """A count or amount as the source commits to it; offsets index the source text."""

    first: int  # token index where the reading starts (qualifier included)
    core_first: int  # token index of the (first) number
    end: int  # token index after the reading
    start_char: int
    end_char: int
    value: Optional[float]
    low: Optional[float]
    high: Optional[float]
    qualifier: Optional[str] = None
    unit: Optional[str] = None
    compound: bool = False  # the unit is the noun of a hyphenated modifier ("a 62-member team")


def read(tokens: list[Token]) -> list[Reading]:
    """Every count or amount in one sentence's tokens, in order."""
    tokens = indexed(tokens)
    out: list[Reading] = []
    i = 0  # the first token not yet read: a reading's tokens are never read again
    for k, tok in enumerate(tokens):
        if k < i or not (tok.kind == "num" or tok.low in _STARTS):
            continue  # no amount starts here (see _STARTS)
        reading, nxt = _read_at(tokens, k)
        if reading is not None:
            out.append(reading)
        i = max(k + 1, nxt)
    return _merge_two_sided(tokens, out)


def _read_at(tokens: Tokens, i: int) -> tuple[Optional[Reading], int]:
    first = read_amount(tokens, i)
    if first is None:
        return None, i + 1
    pre = _pre_qualifier(tokens, first.first, first)
    second, joiner_first = _range_partner(tokens, first, pre)
    last = second or first
    end = last.end
    post = _post_qualifier(tokens, end) if not last.duration else None
    reason = rejection(tokens, first, second, bool(pre) or post is not None)
    if reason is not None:
        return None, end
    qstart, qkind = pre or (first.first, None)
    span_start = qstart
    if second is not None and qkind is None and qstart > 0 and tokens[qstart - 1].low in W.RANGE_OPENERS:
        span_start = qstart - 1  # "between 500 and 600", "from 5 to 10"
    if second is not None:
        low, high, value = _range_bounds(tokens, first, second)
        unit = second.unit or first.unit
    else:
        low, high, value, unit = first.low, first.high, first.value, first.unit
    written = []
    if qkind is not None:
        low, high = apply_bound(qkind, low, high)
        written.append(_words(tokens, qstart, first.first))
    if post is not None:
        post_end, post_kind = post
        if post_kind != "at_least_or_at_most":
            # A qualifier after the number is the more specific one: "about 500 or more" is [500, ∞).
            base_low, base_high = (first.low, last.high) if second else (first.low, first.high)
            low, high = apply_bound(post_kind, base_low, base_high)
        written.append(_words(tokens, end, post_end))
        end = post_end
    if second is None and joiner_first is not None:
        end = max(end, first.end)
    reading = Reading(
        first=span_start,
        core_first=first.core.first,
        end=end,
        start_char=tokens[span_start].start,
        end_char=tokens[end - 1].end,
        value=value,
        low=low,
        high=high,
        qualifier=" ".join(written) if written else None,
        unit=unit,
        compound=(second or first).compound,
    )
    return reading, end


def _words(tokens: list[Token], a: int, b: int) -> str:
    out = ""
    for k in range(a, b):
        if k > a and not joined(tokens, k):
            out += " "
        out += tokens[k].low
    return out


def apply_bound(kind: str, low: Optional[float], high: Optional[float]) -> tuple[Optional[float], Optional[float]]:
    """The interval a qualifier of `kind` makes of the plain interval `[low, high]` (docs/numbers.md)."""
    if kind in ("lower", "at_least"):
        return low, None
    if kind in ("upper", "below"):
        return None, high
    if kind == "just_below":
        return (None if low is None else low - W.NEAR_TOLERANCE * abs(low)), high
    if kind == "just_above":
        return low, (None if high is None else high + W.NEAR_TOLERANCE * abs(high))
    if kind == "approx":
        return (
            None if low is None else low - W.APPROX_TOLERANCE * abs(low),
            None if high is None else high + W.APPROX_TOLERANCE * abs(high),
        )
    return low, high


def read_amount(tokens: list[Token], i: int) -> Optional[Amount]:  # noqa: C901 - reads currency, digits, scale and unit in text order, one short test per step
    """The number starting at token `i` with its currency, scale and unit, or None."""
    j = i
    currency = None
    pre = CURRENCY_BEFORE.after(tokens, i)
    if pre is not None and pre[0] < len(tokens) and _digits_follow(tokens, pre[0]):
        j, currency = pre
    negative = False
    if j + 1 < len(tokens) and tokens[j].text in _MINUS and joined(tokens, j + 1) and tokens[j + 1].kind == "num" \
            and not (j > 0 and joined(tokens, j) and tokens[j - 1].kind in ("num", "word")):
        negative = True
        j += 1
    elif tokens[j].low in W.NEGATIVE_WORDS and j + 1 < len(tokens):
        core_after = read_core(tokens, j + 1)
        if core_after is not None and not core_after.vague:
            negative = True
            j += 1
    core = read_core(tokens, j)
    if core is None:
        return _percent_of(tokens, i)
    value, low, high = core.value, core.low, core.high
    k = core.end
    # A scale abbreviation after digits: "£20m", "$4.7bn", "100k", "10 bln".
    if core.digits and not core.scaled and value is not None and k < len(tokens) and tokens[k].kind == "word":
        abbr = tokens[k].low
        scale = W.SCALE_ABBREVIATIONS.get(abbr)
        if scale and (
            (joined(tokens, k) and (abbr not in W.SCALE_ABBREVIATIONS_NEED_CURRENCY or currency))
            or (not joined(tokens, k) and (abbr in W.SCALE_ABBREVIATIONS_SPACED or abbr in W.SCALES))
        ):
            value = value * scale
            k += 1
            more = _SCALE_WORD_OR_ABBREVIATION.after(tokens, k)
            if more is not None and isinstance(more[1], int) and more[1] > scale and tokens[k].low in W.SCALES:
                value *= more[1]
                k = more[0]
    # A hyphenated scale: "$137-million", "a 10-billion-dollar deal".
    if core.digits and not core.scaled and value is not None and k + 1 < len(tokens) and tokens[k].text == "-" \
            and joined(tokens, k) and joined(tokens, k + 1) and tokens[k + 1].low in W.SCALES:
        value *= W.SCALES[tokens[k + 1].low]
        k += 2
    if negative and value is not None:
        value = -value
    if value is not None:
        low = high = value
    unit = currency
    duration = False
    compound = False
    if unit is None:
        before_unit = k
        unit, k, duration = _unit_after(tokens, k, core)
        compound = unit is not None and k > before_unit and tokens[before_unit].text == "-"
    if unit is None and _is_age_apposition(tokens, core, k):
        unit = "years old"
    elif k < len(tokens):
        same = CURRENCY_AFTER.after(tokens, k)
        if same is not None and same[1] == currency and not (same[0] < len(tokens) and tokens[same[0]].kind == "num"):
            k = same[0]  # "$ 10 dollars", but not the "$" of "$ 20,000.00 $ 37,305.97"
    if unit and value is not None and unit.isupper() and _word_at(tokens, k) in W.SCALES and not core.scaled:
        value = low = high = value * W.SCALES[_word_at(tokens, k)]  # "75 USD million"
        k += 1
    ratio = _ratio(tokens, k, core) if unit is None and not duration else None
    if ratio is not None:
        value = low = high = -ratio[0] if negative else ratio[0]  # "negative one over 20"
        k = ratio[1]
    amount = Amount(i, core, k, value, low, high, unit, currency_before=currency is not None, duration=duration,
                    compound=compound)
    return _with_cents(tokens, amount)


def _percent_of(tokens: list[Token], i: int) -> Optional[Amount]:
    """ "per cent of 210", "percents of twenty": a percent word before "of" and a number, with no
    number before it, is that many percent (not "5 per cent of 210 firms", read at the 5)."""
    found = PERCENT_AFTER.after(tokens, i)
    if found is None or found[1] != "percent" or tokens[i].low.startswith("percentage"):
        return None
    j = found[0]
    if _word_at(tokens, j) != "of" or j + 1 >= len(tokens) or (i > 0 and tokens[i - 1].kind == "num"):
        return None
    core = read_core(tokens, j + 1)
    if core is None or core.vague or core.value is None or core.scaled:
        return None
    v = core.value
    return Amount(i, core, core.end, v, v, v, "percent")


def _ratio(tokens: list[Token], k: int, core: Core) -> Optional[tuple[float, int]]:
    """ "one in five", "2 out of 3": a proportion, read as its value (0.2, 0.667)."""
    if core.vague or core.value is None or core.scaled or core.value != int(core.value) or core.value < 1:
        return None
    if _word_at(tokens, k) == "in" and _word_at(tokens, k + 1) == "every":
        j = k + 2  # "one in every 500"
    elif _word_at(tokens, k) in ("in", "over"):
        j = k + 1
    elif _word_at(tokens, k) == "out" and _word_at(tokens, k + 1) == "of":
        j = k + 2
    else:
        return None
    if j >= len(tokens):
        return None
    other = read_core(tokens, j)
    if other is None or other.vague or not other.value or other.value <= core.value:
        return None
    if _word_at(tokens, k) == "over" and core.digits:
        return None  # "one over three" is a fraction read aloud; "won 5 over 3" is two numbers
    if other.plain_digits and len(other.plain_digits) == 4:
        return None  # "1 in 2004": a year
    return core.value / other.value, other.end


def _digits_follow(tokens: list[Token], j: int) -> bool:
    if tokens[j].kind == "num":
        return True
    return tokens[j].text in _MINUS and j + 1 < len(tokens) and tokens[j + 1].kind == "num"


def _unit_after(tokens: list[Token], k: int, core: Core) -> tuple[Optional[str], int, bool]:
    """(unit, index after it, is-duration) for the words after a number."""
    if k >= len(tokens):
        return None, k, False
    j = k
    hyphen = tokens[k].text == "-" and joined(tokens, k) and k + 1 < len(tokens) and joined(tokens, k + 1)
    if hyphen:
        j = k + 1
    age = _age_after(tokens, j)
    if age is not None:
        return age
    if _is_time_unit(tokens, j):
        # "two nights", "three straight days", "half an hour": the unit is the last word.
        end = j + 1 if tokens[j].low in W.TIME_UNITS else j + 2
        return W.DURATION_UNITS.get(tokens[end - 1].low), end, True
    if not hyphen:
        percent = PERCENT_AFTER.after(tokens, k)
        if percent is not None:
            return str(percent[1]), percent[0], False
        money = CURRENCY_AFTER.after(tokens, k)
        if money is not None and _currency_word_ok(tokens, k, money[0], core):
            if money[1] == "GBP" and tokens[k].low in ("pound", "pounds") and _word_at(tokens, money[0]) in W.POUND_WEIGHT_HINTS:
                return "lb", money[0], False
            return str(money[1]), money[0], False  # scale after a code ("75 USD million"): see read_amount
    if hyphen:
        percent = PERCENT_AFTER.after(tokens, j)
        if percent is not None:
            return str(percent[1]), percent[0], False  # "a 10-percent rise"
    measure = MEASURE_AFTER.after(tokens, j)
    if measure is not None:
        word = " ".join(t.low for t in tokens[j : measure[0]])
        if word not in W.MEASURE_NEED_DIGITS or (core.digits and not hyphen):
            return str(measure[1]), measure[0], False
    if hyphen and _is_compound_noun(tokens, j):
        return tokens[j].low, j + 1, False
    return None, k, False


def _is_compound_noun(tokens: list[Token], j: int) -> bool:
    """ "a 22-story building", "a 62-member team": the word after the hyphen is what the number
    counts, and a noun follows the compound. Not "one-time", "two-way", "3-to-1", "twenty-first"."""
    tok = tokens[j]
    if tok.kind != "word" or not tok.text.islower() or len(tok.text) < 2:
        return False
    low = tok.low
    if low in W.COMPOUND_NOT_UNITS or low in W.ORDINAL_WORDS or low in W.SCALES or low in W.HUNDRED \
            or low in W.FRACTION_DENOMINATORS or low in W.UNITS or low in W.TEENS or low in W.TENS:
        return False
    nxt = j + 1
    return nxt < len(tokens) and tokens[nxt].kind == "word" and not joined(tokens, nxt)


def _age_after(tokens: list[Token], j: int) -> Optional[tuple[str, int, bool]]:
    """ "30 years old", "a 25-year-old": an age is a count of years, not a duration (docs/numbers.md)."""
    word = _word_at(tokens, j)
    if word not in W.AGE_UNITS:
        return None
    k = j + 1
    if k + 1 < len(tokens) and tokens[k].text == "-" and joined(tokens, k) and joined(tokens, k + 1):
        k += 1
    if _word_at(tokens, k) == "old":
        return f"{W.AGE_UNITS[word]} old", k + 1, False
    return None


def _is_age_apposition(tokens: list[Token], core: Core, k: int) -> bool:
    """ "Teixeira, 28, was acquired", "her daughter, 11, from school": an age set off by commas;
    also "Timmons, now 16, was" (the age at the time of writing), "Kell and Ruiz, both 19, were"
    (one age of each) and "Robyn Mendes, 48." (the sentence ends after it)."""
    i = core.first
    if not core.plain_digits or core.end != k or not 1 <= (core.value or 0) <= 120:
        return False
    if i >= 1 and (tokens[i - 1].low in AGE_NOW or (tokens[i - 1].low in AGE_DISTRIBUTIVES
                                                    and names_pair(_words_before(tokens, i - 2)))):
        i -= 1  # "Timmons, now 16,"; "Lee Brandt and Tom Kell, both 19,": the age of the names before
    if not (i >= 2 and tokens[i - 1].text == "," and k < len(tokens) and tokens[k].text in (",", ";", ".")):
        return False
    before = tokens[i - 2]
    if before.kind != "word":
        return False
    if tokens[k].text == ".":
        # At a sentence's end only after a full name ("Robyn Mendes, 48."): "on Friday, 52." is
        # no age.
        first = tokens[i - 3] if i >= 3 else None
        return bool(first and first.kind == "word" and first.text[0].isupper() and before.text[0].isupper()
                    and not {first.low, before.low} & (W.MONTHS | W.WEEKDAYS))
    return before.text[0].isupper() and before.low not in W.MONTHS or before.low in W.PERSON_NOUNS


NAMES_PAIR_WORDS = 8  # words read before "both" for two people's names (`frame.names_pair`)


def _words_before(tokens: list[Token], end: int) -> list[str]:
    """The texts of the word tokens right before `end` (a comma there), up to `NAMES_PAIR_WORDS`."""
    if end < 0 or tokens[end].text != ",":
        return []
    start = end
    while start > 0 and end - start < NAMES_PAIR_WORDS and tokens[start - 1].kind == "word":
        start -= 1
    return [t.text for t in tokens[start:end]]


def _currency_word_ok(tokens: list[Token], k: int, end: int, core: Core) -> bool:
    word = " ".join(t.low for t in tokens[k:end])
    if word == "p":
        return core.digits and joined(tokens, k)  # "20p", not "5 p"
    if word in ("won", "try", "rand", "dong", "sen") and not core.digits:
        return False  # "one won", "two try": verbs and names far more often than money
    return True


def _word_at(tokens: list[Token], k: int) -> str:
    return tokens[k].low if k < len(tokens) else ""


def _is_time_unit(tokens: list[Token], j: int) -> bool:
    if j >= len(tokens):
        return False
    word = tokens[j].low
    if word in W.TIME_UNIT_FILLERS and j + 1 < len(tokens) and tokens[j + 1].low in W.TIME_UNITS:
        return True
    if word in ("a", "an") and j + 1 < len(tokens) and tokens[j + 1].low in W.TIME_UNITS:
        return True  # "half an hour", "one and a half a day" is not English, "half a day" is
    return word in W.TIME_UNITS


def _with_cents(tokens: list[Token], amount: Amount) -> Amount:
    """ "thirteen dollars and forty-five cents": the cents belong to the dollar amount."""
    k = amount.end
    if amount.unit is None or amount.unit in ("cent", "pence") or amount.value is None:
        return amount
    if _word_at(tokens, k) == "and":
        k += 1
    part = read_core(tokens, k) if k < len(tokens) else None
    if part is None or part.value is None or not part.value < 100:
        return amount
    if _word_at(tokens, part.end) in ("cents", "cent", "pence", "p"):
        total = amount.value + part.value / 100
        return replace(amount, end=part.end + 1, value=total, low=total, high=total)
    return amount


def _range_partner(tokens: list[Token], first: Amount, qualifier: Optional[tuple[int, str]]  # noqa: C901, PLR0911 - one test per range form (to, dash, between ... and), each returning early
                   ) -> tuple[Optional[Amount], Optional[int]]:
    """The second number of a range ("500 to 600", "500-600", "between 500 and 600"), if any.

    `qualifier` is `_pre_qualifier(tokens, first.first, first)`, which the caller has read already.
    """
    k = first.end
    if first.duration or k >= len(tokens) or first.core.vague:
        return None, None
    if tokens[k].text in ("-", "–") and k + 1 < len(tokens) and tokens[k + 1].low == "to":
        k += 1  # "8- to 16-meter"
    joiner = tokens[k].low
    if joiner not in W.RANGE_JOINERS:
        return None, None
    opener = _word_at(tokens, first.first - 1) if first.first > 0 else ""
    if qualifier is not None:
        opener = _word_at(tokens, qualifier[0] - 1) if qualifier[0] > 0 else ""
        if tokens[first.first - 1].low == "between":  # "somewhere between"
            opener = "between"
    if joiner == "and" and opener != "between":
        return None, None
    if opener == "from" and first.first >= 2 and _word_at(tokens, first.first - 2) in W.CHANGE_VERBS:
        return None, None
    if joiner in ("-", "–", "—") and not (joined(tokens, k) and joined(tokens, k + 1)) and joiner == "-":
        return None, None
    if k + 1 >= len(tokens):
        return None, None
    second = read_amount(tokens, k + 1)
    if second is None or second.core.vague or second.value is None or first.value is None:
        return None, None
    if joiner in ("-", "–", "—") and second.currency_before is False and tokens[k + 1].kind != "num":
        return None, None
    a, b = _scaled_pair(tokens, first, second)
    if first.unit and second.unit and first.unit != second.unit:
        return None, None  # "from 44 ml to 50 mg": two amounts
    if opener in W.RANGE_OPENERS and b < a:
        pass  # "ranged from -18 to -34": the ends may come in either order
    elif not b > a:
        return None, None
    if joiner == "or" and not (b - a <= max(2.0, 0.5 * a) and a == int(a) and b == int(b)):
        return None, None  # "five or six", "500 or 600"; not "1 or 1,000"
    if joiner == "to" and first.first > 0 and _word_at(tokens, first.first - 1) in W.CHANGE_VERBS:
        return None, None
    return second, k


def _scaled_pair(tokens: list[Token], first: Amount, second: Amount) -> tuple[float, float]:
    """Values of a range's ends, the first taking the second's scale ("1.5 to 2 million")."""
    a, b = first.value, second.value
    assert a is not None and b is not None
    if first.end - first.core.first > 1 or first.core.end - first.core.first > 1:
        return a, b  # the first end has its own scale or unit words
    scale = 1.0
    for tok in tokens[second.core.first : second.end]:
        factor = W.SCALES.get(tok.low) or W.HUNDRED.get(tok.low) or W.SCALE_ABBREVIATIONS.get(tok.low)
        if factor:
            scale = float(factor)
    if scale > 1 and a * scale <= b:
        a *= scale
    return a, b


def _range_bounds(tokens: list[Token], first: Amount, second: Amount) -> tuple[Optional[float], Optional[float], Optional[float]]:
    a, b = _scaled_pair(tokens, first, second)
    return min(a, b), max(a, b), None


def _pre_qualifier(tokens: list[Token], first: int, amount: Optional[Amount] = None) -> Optional[tuple[int, str]]:
    found = QUALIFIER_BEFORE.before(tokens, first)
    if found is None:
        return None
    start, kind = found
    word = " ".join(t.low for t in tokens[start:first])
    if word in W.AMBIGUOUS_QUALIFIERS and not _preposition_is_qualifier(tokens, start, amount):
        return None
    if word in ("just", "only") and start + 1 < first:
        return None
    return start, str(kind)


def _preposition_is_qualifier(tokens: list[Token], at: int, amount: Optional[Amount] = None) -> bool:
    """ "over 500 people" (a bound) or "convoys over five crossings" (a place)? See numwords.

    A preposition names a place or path before a place noun ("carried over three bridges") and
    after a verb of path or contention ("crossed over five border crossings", "fought over two
    islands") unless the number has a unit ("walked over 20 km" is a bound).
    """
    if amount is not None and amount.unit is None:
        for k in range(amount.end, min(amount.end + 3, len(tokens))):
            if tokens[k].kind != "word":
                break
            if tokens[k].low in W.OVER_PLACE_NOUNS:
                return False
    if at == 0 or tokens[at - 1].kind == "sym":
        return True
    prev = tokens[at - 1].low
    if amount is not None and tokens[at].low == "over" and _verb_lemmas(prev) & W.OVER_PATH_VERBS:
        return amount.unit is not None
    return prev in W.QUALIFIER_PREPOSITION_CONTEXT or prev.endswith(("ed", "ing"))


def _verb_lemmas(word: str) -> set[str]:
    """The lemmas a verb form may have, present tense included ("crosses" -> cross)."""
    out = {word, lemma(word)}
    if word.endswith("es"):
        out.add(word[:-2])
    if word.endswith("s"):
        out.add(word[:-1])
    return out


def _post_qualifier_ok(tokens: list[Token], k: int, end: int) -> bool:
    word = " ".join(t.low for t in tokens[k:end])
    if word in ("plus", "+", "odd"):
        return joined(tokens, k) or (k > 0 and tokens[k - 1].text == "-") or word == "plus" \
            and k + 1 < len(tokens) and tokens[k + 1].kind == "word"
    if end < len(tokens) and (tokens[end].low == "than" or read_amount(tokens, end) is not None):
        return False  # "5000 or less than 4500", "above 1000 and below 1500": the words lead the next number
    return True


def _post_qualifier(tokens: list[Token], end: int) -> Optional[tuple[int, str]]:
    """A qualifier after the number: "2,000 or more", "500-plus", "600 or so"."""
    post = QUALIFIER_AFTER.after(tokens, end)
    if post is None and end + 1 < len(tokens) and tokens[end].text == "-" and joined(tokens, end) \
            and tokens[end + 1].low in ("plus", "odd", "ish") and joined(tokens, end + 1):
        post = (end + 2, W.QUALIFIERS_AFTER[tokens[end + 1].low])
        return post[0], str(post[1])
    if post is None or not _post_qualifier_ok(tokens, end, post[0]):
        return None
    return post[0], str(post[1])


def _merge_two_sided(tokens: list[Token], readings: list[Reading]) -> list[Reading]:
    """ "more than 10 and less than 20" is one interval, (10, 20)."""
    out: list[Reading] = []
    for reading in readings:
        if out:
            prev = out[-1]
            gap = [t.low for t in tokens[prev.end : reading.first]]
            one_sided = (prev.high is None) != (reading.high is None) and (prev.low is None) != (reading.low is None)
            if gap in (["and"], ["but"], [","], [",", "and"]) and one_sided and prev.qualifier and reading.qualifier:
                low = prev.low if prev.low is not None else reading.low
                high = prev.high if prev.high is not None else reading.high
                if low is not None and high is not None and low < high:
                    out[-1] = replace(
                        prev, end=reading.end, end_char=reading.end_char, low=low, high=high, value=None,
                        qualifier=f"{prev.qualifier} … {reading.qualifier}", unit=prev.unit or reading.unit,
                    )
                    continue
        out.append(reading)
    return out
