"""The core of a number: digits, number words, fractions and vague quantities.

`read_core(tokens, i)` reads the number that starts at token `i`, without its qualifier, currency
or unit ("2,000", "one hundred and six", "1.5 million", "two thirds", "tens of thousands"). Each step
looks at the next token only, so reading is linear in the sentence length.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from newsdiff.extract.numbers.tokens import Token, joined
from newsdiff.lexicon import number_words as W

_SMALL = {**W.UNITS, **W.TEENS, **W.TENS}
# Longer digit runs (separators included) are IDs or noise; the cap also bounds the value.
_MAX_DIGITS = 24
_MAX_SPACE_GROUPS = 4  # "1 234 567 890 123" at most


@dataclass(frozen=True)
class Core:
    """A number read from tokens `[first, end)`: a value, or for vague quantities an interval."""

    first: int
    end: int
    value: Optional[float]
    low: Optional[float] = None
    high: Optional[float] = None
    digits: bool = False  # written with digits (not words)
    scaled: bool = False  # a scale word or abbreviation was applied ("million", "bn")
    vague: bool = False  # "hundreds", "several": value None, low/high set
    plain_digits: str = ""  # the digit text when the number is one digit run ("2004")


def digits_value(text: str) -> float:
    """The value of a digit run: separators dropped, decimal point kept."""
    for sep in (",", "\u00a0", "\u202f", "\u2009", " "):
        text = text.replace(sep, "")
    return float(text)


def _word(tokens: list[Token], i: int) -> str:
    return tokens[i].low if i < len(tokens) and tokens[i].kind == "word" else ""


def _is_number_word(tokens: list[Token], i: int) -> bool:
    return _word(tokens, i) in _SMALL


def read_core(tokens: list[Token], i: int) -> Optional[Core]:
    """The number starting at token `i`, or None when none starts there."""
    tok = tokens[i]
    if tok.kind == "num":
        return _read_digits(tokens, i)
    if tok.kind == "sym" and tok.text in W.UNICODE_FRACTIONS:
        return Core(i, i + 1, W.UNICODE_FRACTIONS[tok.text], digits=True)
    if tok.kind != "word":
        return None
    vague = _read_vague(tokens, i)
    if vague is not None:
        return vague
    word = tok.low
    if word in ("a", "an"):
        return _read_article(tokens, i)
    if word == "half":
        return _read_half(tokens, i)
    if word == "quarter" and _word(tokens, i + 1) in W.SCALES:
        return Core(i, i + 2, 0.25 * W.SCALES[_word(tokens, i + 1)], scaled=True)
    if word in _SMALL:
        return _read_words(tokens, i, i, 0.0, "start")
    return None


def _read_digits(tokens: list[Token], i: int) -> Core:
    tok = tokens[i]
    text = tok.text
    end = i + 1
    if len(text) > _MAX_DIGITS:
        return Core(i, end, None, digits=True)  # a digit string this long is an ID or noise, never an amount
    # "1 234 567": a normal space separates thousands only between a 1-3 digit run and exact
    # 3-digit runs one character after it (tokens cover every non-space, so that character is a
    # space), and never after a month ("March 1 200 protesters").
    if "," not in text and "." not in text and len(text) <= 3:
        while (
            end < len(tokens)
            and tokens[end].kind == "num"
            and len(tokens[end].text) == 3
            and tokens[end].text.isdigit()
            and tokens[end].start == tokens[end - 1].end + 1
            and not (i > 0 and _word(tokens, i - 1) in W.MONTHS)
            and end - i <= _MAX_SPACE_GROUPS
            and not (end + 1 < len(tokens) and tokens[end + 1].kind == "num" and joined(tokens, end + 1))
        ):
            end += 1
    value = digits_value(" ".join(t.text for t in tokens[i:end]))
    plain = text if end == i + 1 and text.isdigit() else ""
    power = _times_ten_to(tokens, end)
    if power is not None:
        return Core(i, power[1], value * 10 ** power[0], digits=True)
    if end < len(tokens) and tokens[end].text in W.UNICODE_FRACTIONS and plain \
            and tokens[end].start - tokens[end - 1].end <= 1:
        return Core(i, end + 1, value + W.UNICODE_FRACTIONS[tokens[end].text], digits=True)  # "2½", "3 ½"
    # A slash fraction with a denominator fractions use: "3/4", "2 1/2".
    if (
        end + 1 < len(tokens)
        and tokens[end].text == "/"
        and joined(tokens, end)
        and tokens[end + 1].kind == "num"
        and joined(tokens, end + 1)
        and tokens[end + 1].text.isdigit()
        and int(tokens[end + 1].text) in W.SLASH_DENOMINATORS
        and value < int(tokens[end + 1].text)
        and not (end + 2 < len(tokens) and tokens[end + 2].text == "/" and joined(tokens, end + 2))
        and not (i > 0 and _word(tokens, i - 1) in W.SLASH_DATE_BEFORE)
    ):
        value = value / int(tokens[end + 1].text)
        return Core(i, end + 2, value, digits=True)
    # A mixed number: "2 1/2".
    if (
        end + 3 < len(tokens)
        and plain
        and tokens[end].kind == "num"
        and tokens[end].text.isdigit()
        and tokens[end + 1].text == "/"
        and joined(tokens, end + 1)
        and joined(tokens, end + 2)
        and tokens[end + 2].text.isdigit()
        and int(tokens[end + 2].text) in W.SLASH_DENOMINATORS
        and int(tokens[end].text) < int(tokens[end + 2].text)
    ):
        value = value + int(tokens[end].text) / int(tokens[end + 2].text)
        return Core(i, end + 3, value, digits=True)
    # Digits followed by words: "3 hundred and 21", "1.5 million", "2 dozen".
    nxt = _word(tokens, end)
    if nxt in W.HUNDRED or nxt in W.SCALES or nxt in W.GROUPS or nxt == "and":
        core = _read_words(tokens, i, end, value, "digits")
        if core.end > end:
            return Core(i, core.end, core.value, digits=True, scaled=core.scaled)
    return Core(i, end, value, digits=True, plain_digits=plain)


def _times_ten_to(tokens: list[Token], j: int) -> Optional[tuple[int, int]]:
    """ "x10^6", "×10−5" after digits: (exponent, index after it)."""
    if not (j + 2 < len(tokens) and tokens[j].text in ("x", "×") and tokens[j + 1].text == "10"):
        return None
    k = j + 2
    if tokens[k].text == "^":
        k += 1
    sign = 1
    if k < len(tokens) and tokens[k].text in ("-", "−", "+"):
        sign = -1 if tokens[k].text != "+" else 1
        k += 1
    if k < len(tokens) and tokens[k].kind == "num" and tokens[k].text.isdigit() and len(tokens[k].text) <= 3 \
            and all(joined(tokens, m) for m in range(j + 1, k + 1)):
        return sign * int(tokens[k].text), k + 1
    return None


def _read_words(tokens: list[Token], first: int, j: int, current: float, last: str, nested: bool = False) -> Core:  # noqa: C901, PLR0912, PLR0915 - one state machine over number-word states (teen, tens, hundred, scale, group); split, its transitions would be scattered
    """Number words from token `j` on, continuing a value already read (`current`, state `last`).

    `last` is what the previous piece was: start, digits, unit, teen, tens, hundred, scale, group.
    A word that cannot continue the number ends it ("twenty thirty" is two numbers). `nested`
    reads the numerator of a fraction after "and", which takes no "and" of its own.
    """
    total = 0.0
    last_scale = float("inf")
    scaled = False
    end = j
    while j < len(tokens):
        word = _word(tokens, j)
        if word == "" and tokens[j].text == "-" and (
            (last == "tens" and _word(tokens, j + 1) in W.UNITS and joined(tokens, j) and joined(tokens, j + 1))
            or (last in ("unit", "teen", "tens") and _word(tokens, j + 1) in W.FRACTION_DENOMINATORS)
        ):
            j += 1  # "twenty-five", "two-thirds", "five - eighths"
            continue
        if word in W.UNITS and (last in ("start", "hundred", "scale", "and") or (last == "tens" and current % 10 == 0)):
            if last == "start" and word in ("nil",):
                break
            current += W.UNITS[word]
            last = "unit"
        elif word in W.TEENS and last in ("start", "hundred", "scale", "and"):
            current += W.TEENS[word]
            last = "teen"
        elif word in W.TENS and last in ("start", "hundred", "scale", "and"):
            current += W.TENS[word]
            last = "tens"
        elif word in W.HUNDRED and last in ("unit", "teen", "tens", "digits") and 0 < current < 100:
            current *= 100
            last = "hundred"
            scaled = True
        elif word in W.SCALES and last in ("unit", "teen", "tens", "digits", "hundred", "group", "fraction") \
                and W.SCALES[word] < last_scale and current > 0:
            total += current * W.SCALES[word]
            current = 0.0
            last_scale = W.SCALES[word]
            last = "scale"
            scaled = True
        elif word in W.GROUPS and word != "gross" and last in ("unit", "teen", "tens", "digits") and current > 0:
            current *= W.GROUPS[word]
            last = "group"
        elif word == "and" and not nested and last in ("hundred", "scale", "unit", "teen", "tens", "digits"):
            extra = _and_fraction(tokens, j + 1)
            if extra is not None:
                frac, after = extra
                smaller = W.SCALES.get(_word(tokens, after), 0)
                if last == "scale" and 0 < smaller < last_scale:
                    total += frac * smaller  # "one billion and a quarter million"
                    last_scale = smaller
                    after += 1
                elif last == "scale":
                    total += frac * last_scale
                else:
                    current += frac
                end = j = after
                last = "fraction"
                continue
            if last not in ("hundred", "scale"):
                break
            if _is_number_word(tokens, j + 1):
                last = "and"
            elif j + 1 < len(tokens) and tokens[j + 1].kind == "num" and tokens[j + 1].text.isdigit() \
                    and int(tokens[j + 1].text) < (100 if last == "hundred" else last_scale):
                current += int(tokens[j + 1].text)
                j += 2
                end = j
                last = "unit"
                continue
            else:
                break
        elif word in W.FRACTION_DENOMINATORS and last in ("hundred", "scale") and word.endswith("ths") \
                and W.FRACTION_DENOMINATORS[word] >= 1000 and total + current > 0:
            current = (total + current) / W.FRACTION_DENOMINATORS[word]  # "a hundred trillionths"
            total = 0.0
            last = "fraction"
        elif word in W.FRACTION_DENOMINATORS and last in ("unit", "teen", "tens") and total == 0 \
                and not _fraction_is_ordinal(tokens, j, current):
            current = current / W.FRACTION_DENOMINATORS[word]
            last = "fraction"  # only a scale may follow: "three quarters billion"
        elif word == "point" and last in ("unit", "teen", "tens") and _word(tokens, j + 1) in W.UNITS:
            k = j + 1
            digits = ""
            while _word(tokens, k) in W.UNITS and W.UNITS[_word(tokens, k)] < 10:
                digits += str(W.UNITS[_word(tokens, k)])
                k += 1
            current += float("0." + digits)
            end = j = k
            last = "point"
            break
        else:
            break
        j += 1
        end = j
    if last == "and":
        end -= 1  # a trailing "and" belongs to the sentence, not the number
    return Core(first, end, total + current, scaled=scaled)


def _fraction_is_ordinal(tokens: list[Token], j: int, numerator: float) -> bool:
    # "one third" is a fraction; in "one fifth-place finish" or "one second" the word is an ordinal.
    nxt = j + 1
    return nxt < len(tokens) and tokens[nxt].text == "-" and joined(tokens, nxt) or numerator == 0


def _and_fraction(tokens: list[Token], j: int) -> Optional[tuple[float, int]]:
    """ "a half", "a quarter", "three quarters", "two thirds" after "and": (value, index after)."""
    word = _word(tokens, j)
    if word in ("a", "an"):
        denom = _word(tokens, j + 1)
        if denom in W.FRACTION_DENOMINATORS:
            return 1 / W.FRACTION_DENOMINATORS[denom], j + 2
        return None
    if word not in _SMALL:
        return None
    # "and two thirds", "and fifty-four hundredths": a number in words that ends in a denominator.
    part = _read_words(tokens, j, j, 0.0, "start", nested=True)  # nested: no "and" inside, no recursion
    assert part.value is not None, "_read_words always reads a value (only vague and over-long cores have none)"
    if part.end > j and _word(tokens, part.end - 1) in W.FRACTION_DENOMINATORS and part.value < 1:
        return part.value, part.end
    return None


def _read_article(tokens: list[Token], i: int) -> Optional[Core]:
    """ "a hundred", "a dozen", "a million", "a third of", "a quarter million"."""
    nxt = _word(tokens, i + 1)
    if nxt in W.HUNDRED or nxt in W.SCALES:
        core = _read_words(tokens, i, i + 1, 1.0, "unit")
        return Core(i, core.end, core.value, scaled=True) if core.end > i + 1 else None
    if nxt in ("dozen", "score"):
        value = 12.0 if nxt == "dozen" else 20.0
        return Core(i, i + 2, value)
    if nxt in W.FRACTION_DENOMINATORS and not nxt.endswith("s"):
        value = 1 / W.FRACTION_DENOMINATORS[nxt]
        after = _word(tokens, i + 2)
        if after in W.SCALES:  # "a quarter million"
            return Core(i, i + 3, value * W.SCALES[after], scaled=True)
        if after == "of" and _word(tokens, i + 3) in ("a", "an") and _word(tokens, i + 4) in W.SCALES:
            # "a quarter of a million", "a third of a billion": the fraction of one scale unit
            return Core(i, i + 5, value * W.SCALES[_word(tokens, i + 4)], scaled=True)
        if after == "of" or i + 2 >= len(tokens) or tokens[i + 2].kind == "sym" and tokens[i + 2].text != "-":
            return Core(i, i + 2, value)
    return None


def _read_half(tokens: list[Token], i: int) -> Optional[Core]:
    """ "half" (0.5), "half a million", "half million"; not "the second half" or "half-brother"."""
    nxt = _word(tokens, i + 1)
    if nxt in W.SCALES:
        return Core(i, i + 2, 0.5 * W.SCALES[nxt], scaled=True)
    if nxt in ("a", "an") and _word(tokens, i + 2) in W.SCALES:
        return Core(i, i + 3, 0.5 * W.SCALES[_word(tokens, i + 2)], scaled=True)
    if nxt == "of" and _word(tokens, i + 2) in ("a", "an") and _word(tokens, i + 3) in W.SCALES:
        return Core(i, i + 4, 0.5 * W.SCALES[_word(tokens, i + 3)], scaled=True)  # "half of a million"
    if i + 1 < len(tokens) and tokens[i + 1].text == "-" and joined(tokens, i + 1):
        return None
    prev = _word(tokens, i - 1) if i > 0 else ""
    if prev in W.ORDINAL_WORDS or prev in ("the", "other", "this", "that", "a", "an", "and", "its", "their"):
        return None
    return Core(i, i + 1, 0.5)


def _read_vague(tokens: list[Token], i: int) -> Optional[Core]:
    """ "hundreds", "tens of thousands", "several hundred", "a few", "a handful of"."""
    word = _word(tokens, i)
    mult = None
    j = i
    low: float  # ints times a scale here, floats for the plural scales below
    high: float
    for phrase, parts in _VAGUE_PHRASES.get(word, ()):
        if all(_word(tokens, i + k) == p for k, p in enumerate(parts)):
            mult = W.VAGUE_MULTIPLIERS[phrase]
            j = i + len(parts)
            name = phrase
            break
    if mult is not None:
        scale_word = _word(tokens, j)
        scale = W.HUNDRED.get(scale_word) or W.SCALES.get(scale_word) or W.GROUPS.get(scale_word)
        if scale and scale_word not in {"dozens", "gross"}:
            low, high = mult[0] * scale, mult[1] * scale
            j += 1
            nxt = _word(tokens, j)
            while nxt in W.SCALES and W.SCALES[nxt] > scale:  # "several hundred thousand"
                low, high = low * W.SCALES[nxt], high * W.SCALES[nxt]
                scale = W.SCALES[nxt]
                j += 1
                nxt = _word(tokens, j)
            return _with_of_plural(tokens, i, j, low, high)
        if name in W.VAGUE_ALONE and j < len(tokens) and tokens[j].kind == "word":
            return Core(i, j, None, low=float(mult[0]), high=float(mult[1]), vague=True)
        return None
    if word in W.VAGUE_PLURAL_SCALES:
        # "tens" and "scores" need "of" after them ("tens of thousands", "scores of people").
        if word in ("tens", "scores") and _word(tokens, i + 1) != "of":
            return None
        prev = _word(tokens, i - 1) if i > 0 else ""
        if prev in ("the", "of") and word in ("tens", "hundreds", "thousands") and _word(tokens, i + 1) != "of":
            return None  # "in the hundreds" (a range of values), "the thousands" as a noun
        base = W.VAGUE_PLURAL_SCALES[word]
        low = 2.0 * base
        high = float(W.VAGUE_PLURAL_HIGH.get(word, 10 * base - 1))
        return _with_of_plural(tokens, i, i + 1, low, high)
    return None


# The vague multiplier phrases by first word, longest phrase first, split once.
_VAGUE_PHRASES: dict[str, list[tuple[str, list[str]]]] = {}
for _phrase in sorted(W.VAGUE_MULTIPLIERS, key=len, reverse=True):
    _VAGUE_PHRASES.setdefault(_phrase.split()[0], []).append((_phrase, _phrase.split()))

# Lower-cased words at which `read_core` can start a number (besides digit runs and the Unicode
# fractions): every branch of `read_core` that reads a word tests one of these first. A reader
# may skip any other token without calling it.
CORE_START_WORDS = frozenset(
    {*_SMALL, *_VAGUE_PHRASES, *W.VAGUE_PLURAL_SCALES, "a", "an", "half", "quarter"}
)
# Words of which every number read from words holds at least one: the number words, scales and
# groups, fraction denominators, vague quantities ("a few" holds "few"), and what "a"/"an" need
# after them ("a dozen", "a score", "a third"). A sentence with none of these and no digit or
# Unicode fraction holds no number, so it need not be tokenised (`read.may_hold`).
CORE_WORDS = frozenset(
    {*_SMALL, *W.HUNDRED, *W.SCALES, *W.GROUPS, *W.FRACTION_DENOMINATORS, *W.VAGUE_PLURAL_SCALES,
     "dozen", "score", "half", "quarter"}
    # a vague phrase matches only whole, so its first word other than an article stands for it
    | {next(w for w in phrase.split() if w not in ("a", "an")) for phrase in W.VAGUE_MULTIPLIERS}
)


def _with_of_plural(tokens: list[Token], first: int, j: int, low: float, high: float) -> Core:
    # "tens of thousands", "hundreds of millions": each "of" + plural scale multiplies the range.
    while _word(tokens, j) == "of" and _word(tokens, j + 1) in W.VAGUE_PLURAL_SCALES \
            and _word(tokens, j + 1) not in ("dozens", "scores", "tens"):
        scale = W.VAGUE_PLURAL_SCALES[_word(tokens, j + 1)]
        low, high = low * scale, (high + 1) * scale - 1
        j += 2
    return Core(first, j, None, low=low, high=high, vague=True)
