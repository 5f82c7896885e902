"""What looks like a number but is not a count or amount.

Years and other parts of dates, times, ordinals, names and labels with digits ("COVID-19", "G7",
"Boeing 737", "Route 66"), the pronoun "one" ("one's will", "no one"), phone numbers and IDs,
numbers inside web addresses, and durations ("25 years", "six years later": the dates extractor
reads those). `rejection` names the reason, or returns None for a real count.
"""

from __future__ import annotations

from typing import Optional

from newsdiff.extract.numbers.tokens import PhraseTable, Token, Tokens, joined
from newsdiff.lexicon import number_words as W
from newsdiff.text.lemma import is_past_form

CLOCK_AFTER = PhraseTable({w: True for w in W.CLOCK_WORDS})
# Suffixes that may touch digits without making them a name: units, scales, currencies, "s" is
# not here (a decade), nor ordinal suffixes.
_URL_MARKS = ("://", "www.", "=", "@", "%2")


def rejection(tokens: Tokens, first, second, qualified: bool) -> Optional[str]:
    """Why the amount(s) read at `first` (and `second`, a range's other end) are not a count."""
    if first.duration or (second is not None and second.duration):
        last = second or first
        if last.unit is None or _word(tokens, last.end) in W.RELATIVE_AFTER:
            return "duration"  # "two days ago" dates a day: the dates extractor reads it
    core = first.core
    i = core.first
    if core.value is None and not core.vague:
        return "noise"  # an over-long digit run
    end = core.end
    if end + 1 < len(tokens) and tokens[end].text == "-" and joined(tokens, end) and joined(tokens, end + 1) \
            and (_word(tokens, end + 1) in W.COMPOUND_IDIOMS or _word(tokens, end + 1) in W.ORDINAL_WORDS):
        return "idiom or ordinal"  # "two-way", "three-fold", "twenty-first"
    if core.digits:
        reason = _digit_rejection(tokens, first, second, qualified)
        if reason:
            return reason
    elif _is_pronoun_one(tokens, first, qualified):
        return "pronoun one"
    if _in_web_address(tokens, i):
        return "web address"
    return None


def _word(tokens: list[Token], k: int) -> str:
    return tokens[k].low if 0 <= k < len(tokens) and tokens[k].kind == "word" else ""


def _digit_rejection(tokens: list[Token], first, second, qualified: bool) -> Optional[str]:  # noqa: C901, PLR0911 - flat chain of rejection rules, one return (the reason) per rule
    core = first.core
    i, end = core.first, core.end
    # A compound's noun ("a 2000-member force") does not make a bare number an amount.
    has_unit = (first.unit is not None and not first.compound) or (second is not None and second.unit is not None)
    # Digits glued to letters before them: "G7", "MH17", "i7".
    if joined(tokens, i) and tokens[i - 1].kind == "word" and not first.currency_before:
        return "name with digits"  # but "USD50" is money
    # Digits after a hyphenated word: "COVID-19", "F-16", "mid-2000".
    if i >= 2 and tokens[i - 1].text == "-" and joined(tokens, i) and joined(tokens, i - 1) \
            and tokens[i - 2].kind == "word":
        return "name with digits"
    nxt = tokens[end] if end < len(tokens) else None
    if nxt is not None and joined(tokens, end):
        if nxt.low in W.ORDINAL_SUFFIXES:
            return "ordinal"
        if nxt.low == "s" or (nxt.text in ("'", "’") and _word(tokens, end + 1) == "s"):
            return "decade"
        if nxt.kind == "word" and first.unit is None and first.end == end and not core.scaled:
            return "name with digits"  # "06F6", "3D"
        if nxt.text == ":" and end + 1 < len(tokens) and tokens[end + 1].kind == "num":
            return "time"
        if nxt.kind == "num":
            return "id"
    if i > 0 and tokens[i - 1].text == ":" and joined(tokens, i) and i > 1 and tokens[i - 2].kind == "num":
        return "time"
    if CLOCK_AFTER.after(tokens, first.end if first.unit is None else end) is not None and not has_unit:
        return "time"
    if _is_phone_or_id(tokens, i, first, second):
        return "phone or id"
    if _is_score(tokens, i, end, second):
        return "score"
    if _is_date_part(tokens, first):
        return "date"
    if _is_year(tokens, first, second, qualified, has_unit):
        return "year"
    if not qualified and not has_unit and not first.currency_before:
        if _after_label(tokens, first.first):
            return "label"
        if _after_name(tokens, first.first, first.end):
            return "name with digits"
    return None


def _is_phone_or_id(tokens: list[Token], i: int, first, second) -> bool:
    text = tokens[i].text
    if len(text) > 1 and text.startswith("0") and "." not in text:
        return True  # "007", "0123": leading zeros mark codes, not amounts
    if i > 0 and tokens[i - 1].text == "+" and joined(tokens, i):
        return True
    # Three or more digit groups joined by hyphens, dots or slashes: "555-123-4567", "10/9/2023".
    groups = 1
    k = i + 1
    while k + 1 < len(tokens) and tokens[k].text in ("-", ".", "/") and joined(tokens, k) \
            and joined(tokens, k + 1) and tokens[k + 1].kind == "num" and groups < 6:
        groups += 1
        k += 2
    k = i - 1
    while k - 1 >= 0 and tokens[k].text in ("-", ".", "/") and joined(tokens, k + 1) and joined(tokens, k) \
            and tokens[k - 1].kind == "num" and groups < 6:
        groups += 1
        k -= 2
    if groups >= 3:
        return True
    # Two digit groups around a slash that were not read as a fraction: "9/11", "24/7", "on 3/4".
    slash_after = i + 2 < len(tokens) and tokens[i + 1].text == "/" and joined(tokens, i + 1) \
        and joined(tokens, i + 2) and tokens[i + 2].kind == "num"
    slash_before = i >= 2 and tokens[i - 1].text == "/" and joined(tokens, i) and joined(tokens, i - 1) \
        and tokens[i - 2].kind == "num"
    if (slash_after and first.core.end == i + 1) or slash_before:
        return True
    if second is not None and second.core.digits and len(tokens[second.core.first].text) > 1 \
            and tokens[second.core.first].text.startswith("0"):
        return True
    return False


def _is_score(tokens: list[Token], i: int, end: int, second) -> bool:
    """ "a 91-73 victory", "(10-0)", "7-for-14", "29-of-34": results and records, not counts."""
    if second is not None:
        return False
    if end + 1 < len(tokens) and tokens[end].text in ("-", "–") and joined(tokens, end) and joined(tokens, end + 1):
        nxt = tokens[end + 1]
        if nxt.kind == "num":
            return True  # a range would have been read; a falling pair is a score
        if nxt.kind == "word" and end + 3 < len(tokens) and tokens[end + 2].text == "-" \
                and joined(tokens, end + 2) and tokens[end + 3].kind == "num":
            return True
    if i >= 2 and tokens[i - 1].text in ("-", "–") and joined(tokens, i) and joined(tokens, i - 1):
        prev = tokens[i - 2]
        if prev.kind == "num":
            return True
        if prev.kind == "word" and i >= 4 and tokens[i - 3].text == "-" and tokens[i - 4].kind == "num":
            return True
    return False


def _is_date_part(tokens: list[Token], first) -> bool:
    core = first.core
    value = core.value
    if value is None or not core.plain_digits or not 1 <= value <= 31 or first.unit is not None:
        return False
    before = core.first - 1
    while before >= 0 and (tokens[before].text in (".", ",") or tokens[before].low in ("the", "of")):
        before -= 1
    if before >= 0 and _is_month(tokens[before]):
        return True
    # The second day of "April 24 and 25", "March 3-5", "June 1 to 3".
    if before >= 2 and tokens[before].low in ("and", "or", "to", "-", "–", "through") \
            and tokens[before - 1].kind == "num" and _is_month(tokens[before - 2]):
        return True
    after = core.end
    while after < len(tokens) and tokens[after].low in ("of", "the"):
        after += 1
    return after < len(tokens) and _is_month(tokens[after])


def _is_month(tok: Token) -> bool:
    if tok.kind != "word" or tok.low not in W.MONTHS:
        return False
    # "may" and "march" are verbs when lower-case.
    return tok.text[0].isupper() or tok.low not in ("may", "march", "sept", "dec", "jan", "jun", "aug")


def _is_year(tokens: list[Token], first, second, qualified: bool, has_unit: bool) -> bool:
    core = first.core
    if not core.plain_digits or len(core.plain_digits) != 4 or first.value is None:
        return False
    if not 1000 <= first.value <= 2100 or qualified or has_unit or first.currency_before:
        return False
    if second is not None:
        # "2013-14", "1990 to 1995": spans of years; "1000-5000" is a range of counts.
        end = second.value
        return end is not None and (end < 100 or 1000 <= end <= 2100)
    i = core.first
    for k in range(max(0, i - 3), i):
        if _is_month(tokens[k]):
            return True  # "April 15, 2019", "July 2021"
    prev = tokens[i - 1].low if i > 0 else ""
    nxt = tokens[core.end] if core.end < len(tokens) else None
    # A count needs a plural noun right after it and nothing before that makes it a year.
    plural_after = nxt is not None and nxt.kind == "word" and nxt.text.islower() and nxt.text.endswith("s") \
        and not nxt.text.endswith(("'s", "’s", "ss"))
    if plural_after and prev not in W.YEAR_BEFORE and prev not in ("a", "an"):
        return False
    return True


def _after_label(tokens: list[Token], i: int) -> bool:
    k = i - 1
    if k >= 0 and tokens[k].text == "#":
        return True
    if k >= 0 and tokens[k].text == ".":
        return _word(tokens, k - 1) in ("no", "nos", "vol", "fig", "art", "sec", "ch", "v")
    word = _word(tokens, k)
    return word in W.LABEL_WORDS and word not in ("no", "number", "day", "week", "lot", "case", "order")


_CLAUSE_MARKS = (".", "!", "?", '"', "“", "”", ":", ";", "(", "—")


def _after_name(tokens: list[Token], i: int, end: int) -> bool:
    """ "Boeing 737", "iPhone 15", "Apollo 11 astronauts": a capitalised word names the number.

    Also at the start of a sentence ("Boeing 737 jets were grounded"), unless the word is an
    ordinary one (CAPITALISED_OK_BEFORE, weekdays, months), a possessive or an -ly adverb, or a
    place after a clause-opening preposition with a plural noun after the number ("In Gaza 40
    people died").
    """
    k = i - 1
    if k < 0 or tokens[k].kind != "word" or joined(tokens, i):
        return False
    tok = tokens[k]
    low = tok.low
    if not any(c.isupper() for c in tok.text) or low in W.CAPITALISED_OK_BEFORE or low in W.MONTHS or low in W.WEEKDAYS:
        return False
    if low.endswith(("'s", "'")) or (low.endswith("ly") and len(low) > 4):
        return False
    nxt = tokens[end] if end < len(tokens) else None
    plural_after = nxt is not None and nxt.kind == "word" and nxt.text.islower() and nxt.text.endswith("s") \
        and not nxt.text.endswith("ss")
    if plural_after and k >= 1 and tokens[k - 1].low in W.PLACE_PREPOSITIONS \
            and (k == 1 or tokens[k - 2].text in _CLAUSE_MARKS or tokens[k - 2].text == ","):
        return False
    return True


def _is_pronoun_one(tokens: list[Token], first, qualified: bool) -> bool:
    core = first.core
    if core.end - core.first != 1 or tokens[core.first].low.split("'")[0] != "one" or first.unit is not None:
        return False
    tok = tokens[core.first]
    if "'" in tok.low:
        return True  # "one's"
    if qualified:
        return False
    prev = _word(tokens, core.first - 1)
    if prev in W.ONE_PRONOUN_BEFORE and not _relative_clause_count(tokens, core.first):
        return True
    if core.end >= len(tokens):
        return True
    nxt = tokens[core.end]
    if nxt.kind != "word":
        return True  # "the one.", "one-time", "one, two"
    if nxt.low in _PAST_AUXILIARIES and core.end + 1 < len(tokens):
        # Narration in the past of something done to one of a set already counted: "One was
        # pronounced dead", "one has been arrested", "one had died". The generic pronoun goes
        # with the present and modals ("one is tempted", "one can see").
        after = tokens[core.end + 1]
        if after.kind == "word" and (after.low in _PARTICIPLES_TOO or after.low.endswith("ed")
                                     or is_past_form(after.low)):
            return False
    return nxt.low in W.ONE_PRONOUN_AFTER


def _relative_clause_count(tokens: list[Token], i: int) -> bool:
    """The "one" at `i` opens a relative clause after a preposition and a relative pronoun, with a
    word after it that a count takes: "in which one man died", "after which one was held" is a
    count; "which one won?" and "no one" are not, nor the generic pronoun before a verb in the
    present ("by which one judges", "at which one becomes": a count of one takes no plural
    noun, so a word in "-s" there is a verb)."""
    if _word(tokens, i - 1) not in W.RELATIVE_PRONOUNS or _word(tokens, i - 2) not in W.MODIFIER_PREPOSITIONS:
        return False
    nxt = _word(tokens, i + 1)
    if not nxt or nxt in _PAST_AUXILIARIES:
        return bool(nxt)  # "after which one was held": the past check after reads the participle
    return not (nxt.endswith("s") and not nxt.endswith("ss"))


_PAST_AUXILIARIES = W.PAST_AUXILIARIES
# Participles that read as the present too (so `is_past_form` leaves them out), and "been".
_PARTICIPLES_TOO = W.PARTICIPLES_TOO


def _in_web_address(tokens: Tokens, i: int) -> bool:
    # The run of joined tokens around the number, at most 40 tokens either side of it. Joined
    # tokens have no gap between them, so their texts joined are the source text they cover.
    a, b = tokens.run_around(i, 40)
    if b - a < 3:
        return False
    chunk = tokens.text[tokens[a].start : tokens[b].end].lower()
    return any(mark in chunk for mark in _URL_MARKS)
