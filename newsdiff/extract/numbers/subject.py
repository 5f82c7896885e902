"""What a number counts, and the verb it belongs to.

`describe(tokens, reading)` returns `(subject, event)`: the counted noun phrase with its verb
("North Koreans sent back", "North Korean defectors imprisoned in China") and the verb alone,
lemmatised ("send back", "imprison"). The comparison step keeps "sent back" and "held" apart by
the event. The rules read the words right around the number, in the shapes news uses:
  - the number leads its clause: "600 North Koreans have been sent back";
  - the number is an object: "Beijing forcibly returned more than 500 North Korean defectors";
  - the number names a nominal event: "the repatriation of almost 170 defectors";
  - the clause counts "the number of X": "the number of North Koreans detained ... could exceed 2,000".
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Optional

from newsdiff.extract.numbers.read import Reading
from newsdiff.extract.numbers.tokens import Token, Tokens, indexed, joined
from newsdiff.lexicon import load_set
from newsdiff.lexicon import number_words as W
from newsdiff.lexicon.claim_words import EVENT_CLASSES
from newsdiff.text.lemma import is_verb_form, lemma

PARTICLES = W.VERB_PARTICLES
NOMINALISATIONS = W.NOMINALISATIONS

# Words that end the counted noun phrase.
NP_STOP = W.NP_STOP  # lists/numbers/np_stop.txt
# Adjectives dropped from the counted phrase because they do not change what is counted:
# "five different border crossings" and "five border crossings" count the same thing.
NP_DROP = W.NP_DROP  # lists/numbers/np_drop.txt
# Words between a counted phrase and its verb: auxiliaries, modals, negation, adverbs of degree.
AUXILIARIES = W.SUBJECT_AUXILIARIES  # lists/numbers/subject_auxiliaries.txt
# Verbs that report the level of a measured quantity ("the toll rose to 45"); the count belongs
# to the noun before them, and they name no event of their own.
MEASURE_VERBS = W.MEASURE_VERBS  # lists/numbers/measure_verbs.txt
# Verbs whose object is followed by its state: "left six people injured", "leaves three men dead".
RESULT_VERBS = frozenset({"leave"})
WEEKDAYS = W.WEEKDAYS
_QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’"})
_DETERMINERS = W.SUBJECT_DETERMINERS
_DETERMINERS_OR_ARTICLE = _DETERMINERS | {"a", "an"}
_MAX_NP = 5
# Units after which the following words still say what is counted or bought: money.
_COUNTABLE_UNITS = frozenset({"USD", "GBP", "EUR", "JPY", "CNY", "years old"})
# How far back (in tokens) "the number of X" may stand from the number it is counted by; also
# keeps the look-back linear on hostile input.
_NUMBER_OF_REACH = 40


def describe(tokens: list[Token], reading: Reading) -> tuple[Optional[str], Optional[str]]:
    """(subject, event) for a reading; either may be None when the sentence does not say.

    Pass the `Tokens` from `tokenize`: a plain list is indexed again on every call.
    """
    tokens = indexed(tokens)
    if reading.compound:
        # "a 22-story building", "a 62-member team": the compound modifies the noun after it.
        np, k = _noun_phrase(tokens, reading.end)
        after = _verb_after(tokens, k) if np else None
        if np and after is not None and not after[2]:
            return f"{np} {after[0]}", after[1]
        return (np or None), None
    if reading.unit and reading.unit not in _COUNTABLE_UNITS:
        # A measure or a share: "200 feet behind the home", "8% of its workforce". Neither the
        # phrase after it nor the verb before says what it measures; only "X rose to 8%" does.
        return _measured_before(tokens, reading.first), None
    np, k = _noun_phrase(tokens, reading.end)
    if not np:
        measured = _measured_before(tokens, reading.first) or _from_partner(tokens, reading.first)
        if measured:
            return measured, None
    after = _verb_after(tokens, k)
    if _object_of_preposition(tokens, reading.first):
        # "from China's three northeastern provinces have been repatriated": the verb belongs to
        # the phrase the preposition hangs from, not to what the number counts. A participle
        # right after the counted noun is its own ("among six people killed in the attack").
        if np and after is not None and _bare_participle(tokens, k):
            return f"{np} {after[0]}", after[1]
        return (np or None), None
    before = _verb_before(tokens, reading.first)
    left = _left_in_state(tokens, before, np, k)
    if left is not None:
        return left
    # An object reading wins over a relative or reduced clause after the counted phrase:
    # "returned more than 500 people who had escaped" counts people returned.
    weak_after = after is None or after[2]
    if before is not None and after is not None and before[1] in RESULT_VERBS and _word(tokens, k) not in AUXILIARIES:
        # "left six people injured": the participle right after the counted phrase says what
        # happened to them; "leave" only says the event had that result.
        weak_after = False
    verb = before if before is not None and weak_after else (after[:2] if after else None)
    if verb is None and not np:
        number_of = _number_of(tokens, reading.first)
        if number_of is not None:
            np, verb = number_of
    if verb is None:
        nominal = _nominal_before(tokens, reading.first)
        if nominal is not None and np:
            event, participle = nominal
            return f"{np} {participle}", event
    if verb is None:
        return (np or None), None
    phrase, event = verb[0], verb[1]
    subject = f"{np} {phrase}" if np else phrase
    return subject, event


# Prepositions that make a number part of a modifier ("over five border crossings"). "of" is not
# here: "most of the 600 people held" still counts people held.
PREPOSITIONS = W.MODIFIER_PREPOSITIONS  # lists/numbers/modifier_prepositions.txt


def _object_of_preposition(tokens: list[Token], first: int) -> bool:
    k = first - 1
    steps = 0
    while k >= 0 and steps < 4:
        tok = tokens[k]
        if tok.kind == "word" and tok.low in PREPOSITIONS:
            return True
        possessive = tok.kind == "word" and tok.low.endswith("'s")
        if not (possessive or _word(tokens, k) in ("the", "its", "their", "his", "her", "our", "these", "those")):
            return False
        k -= 1
        steps += 1
    return False


def _word(tokens: list[Token], k: int) -> str:
    return tokens[k].low if 0 <= k < len(tokens) and tokens[k].kind == "word" else ""


def _noun_phrase(tokens: list[Token], k: int) -> tuple[str, int]:
    """The counted words after a number ("North Koreans", "border crossings") and where they end."""
    if _word(tokens, k) == "of":
        k += 1
        if _word(tokens, k) in _DETERMINERS:
            if _word(tokens, k) in ("them", "whom"):
                return "", k + 1
            k += 1
    words: list[str] = []
    while k < len(tokens) and len(words) < _MAX_NP:
        tok = tokens[k]
        if tok.kind == "sym":
            if tok.text == "-" and words and joined(tokens, k) and k + 1 < len(tokens) and joined(tokens, k + 1) \
                    and tokens[k + 1].kind in ("word", "num"):  # "gender-based", "AK-47"
                words[-1] += "-" + tokens[k + 1].text
                k += 2
                continue
            break
        if tok.kind != "word":
            break
        if len(tok.text) == 1 and tok.text.isupper() and k + 1 < len(tokens) and tokens[k + 1].text == "." \
                and joined(tokens, k + 1):
            # An initialism: "U.S. soldiers", "U.N. staff".
            m = k
            letters = ""
            while m + 1 < len(tokens) and len(tokens[m].text) == 1 and tokens[m].text.isupper() \
                    and tokens[m + 1].text == "." and joined(tokens, m + 1) and m - k < 8:
                letters += tokens[m].text + "."
                m += 2
            words.append(letters)
            k = m
            continue
        low = tok.low
        if not words and low in _COMPOUND_OPENERS and _compound_follows(tokens, k + 1):
            # "13 home runs": the stop word opens a compound noun, right after the count only
            # ("sent 300 workers home sick": once a noun is read, "home" ends the phrase).
            words.append(tok.text)
            k += 1
            continue
        if low in NP_STOP or low in WEEKDAYS or (tok.text[0].isupper() and low in _MONTHS) or _adverb(tokens, k):
            break
        if is_verb_form(low):
            nxt = _word(tokens, k + 1)
            adjective = not words and nxt and nxt not in NP_STOP and not is_verb_form(nxt)
            if not adjective:
                break
        if low not in NP_DROP or words:
            words.append(tok.text)
        k += 1
    return " ".join(words), k


_MONTHS = W.MONTH_NAMES
_COMPOUND_OPENERS = load_set("numbers/compound_openers")


def _compound_follows(tokens: list[Token], k: int) -> bool:
    """A plain noun at `k` (no stop word, weekday, verb form or adverb): what a compound opener
    ("home") modifies, as in "13 home runs"; not "sent 300 home to their families"."""
    low = _word(tokens, k)
    return bool(low) and low not in NP_STOP and low not in WEEKDAYS and not is_verb_form(low) and not _adverb(tokens, k)


def _verb_after(tokens: list[Token], k: int) -> Optional[tuple[str, str, bool]]:
    """(verb phrase, event, weak) for the verb right after the counted phrase.

    `weak` is true for a relative clause ("who had escaped") or a bare participle ("reports based
    on"), which describe the counted thing rather than say what happened to it.
    """
    if k < len(tokens) and tokens[k].text == ",":
        # An appositive: ", mostly women,".
        j = k + 1
        while j < len(tokens) and j - k <= 5 and tokens[j].kind == "word":
            j += 1
        if j < len(tokens) and tokens[j].text == "," and j > k + 1:
            k = j + 1
    relative = _word(tokens, k) in ("who", "that", "which")
    auxiliary = False
    while k < len(tokens) and (_word(tokens, k) in AUXILIARIES or _adverb(tokens, k)):
        auxiliary = auxiliary or _word(tokens, k) in AUXILIARIES
        k += 1
    if not (k < len(tokens) and tokens[k].kind == "word" and is_verb_form(tokens[k].low)):
        return None
    if _word(tokens, k) in ("said", "says", "had", "has", "have", "having", "being"):
        return None
    return _phrase(tokens, k, True) + (relative or not auxiliary,)


def _bare_participle(tokens: list[Token], k: int) -> bool:
    """A past participle right after the counted phrase, with no auxiliary or relative word:
    "six people killed", not "provinces have been repatriated" or "people who died"."""
    word = _word(tokens, k)
    return word.endswith("ed") and is_verb_form(word) and word not in AUXILIARIES


def _adverb(tokens: list[Token], k: int) -> bool:
    word = _word(tokens, k)
    return word.endswith("ly") and len(word) > 4 and word not in W.NOT_ADVERBS


def _phrase(tokens: list[Token], k: int, locative: bool) -> tuple[str, str]:
    """(verb phrase, event) for the verb at `k`: its particle, a following "in <Place>", and a
    coordinated verb ("put on trucks and sent" -> event "put on trucks and send")."""
    verb = tokens[k].low
    parts = [verb]
    event = lemma(verb)
    j = k + 1
    if _word(tokens, j) in _STATES:
        # "four women found dead", "two men were left injured": the state says what happened.
        parts.append(tokens[j].low)
        event += " " + tokens[j].low
        return " ".join(parts), event
    if _word(tokens, j) in PARTICLES and _word(tokens, j) not in ("in", "over") \
            and _word(tokens, j + 1) not in ("of",):
        parts.append(tokens[j].low)
        event += " " + tokens[j].low
        j += 1
    if locative and _word(tokens, j) == "in" and j + 1 < len(tokens) and tokens[j + 1].kind == "word" \
            and tokens[j + 1].text[0].isupper() and tokens[j + 1].low not in WEEKDAYS \
            and tokens[j + 1].low not in _MONTHS:
        place = [tokens[j + 1].text]
        m = j + 2
        while m < len(tokens) and len(place) < 3 and tokens[m].kind == "word" and tokens[m].text[0].isupper() \
                and tokens[m].low not in WEEKDAYS:
            place.append(tokens[m].text)
            m += 1
        parts.append("in " + " ".join(place))
        j = m
    if locative:
        second = _coordinated(tokens, j)
        if second is not None:
            words, verb2, particle = second
            tail = " ".join(words + ["and"])
            parts.append(f"{tail} {verb2}" + (f" {particle}" if particle else ""))
            event += f" {tail.lower()} {lemma(verb2)}" + (f" {particle}" if particle else "")
    return " ".join(parts), event


def _coordinated(tokens: list[Token], j: int) -> Optional[tuple[list[str], str, str]]:
    """A second verb joined by "and" after a short complement: "put on trucks and sent (back)".

    Returns (complement words, second verb as written, its particle or ""), or None.
    """
    words: list[str] = []
    while j < len(tokens) and len(words) < _MAX_COMPLEMENT and tokens[j].kind == "word" \
            and _word(tokens, j) != "and":
        low = tokens[j].low
        if low in _CLAUSE_WORDS or low in WEEKDAYS or low in _MONTHS or is_verb_form(low):
            return None
        words.append(tokens[j].text)
        j += 1
    if _word(tokens, j) != "and":
        return None
    j += 1
    while _adverb(tokens, j) or _word(tokens, j) in ("then", "later", "also"):
        j += 1
    verb = _word(tokens, j)
    if not verb or not is_verb_form(verb) or verb in ("said", "says", "had", "has", "have", "being", "having"):
        return None
    particle = _word(tokens, j + 1)
    if particle not in PARTICLES or particle in ("in", "over") or _word(tokens, j + 2) == "of":
        particle = ""
    return words, tokens[j].low, particle


# A coordinated verb is looked for at most this many words after the first verb phrase.
_MAX_COMPLEMENT = 4
# Words that open a new clause: a verb after them is not coordinated with the counted one.
_CLAUSE_WORDS = W.CLAUSE_WORDS  # lists/numbers/clause_words.txt


def _verb_before(tokens: list[Token], first: int) -> Optional[tuple[str, str]]:
    """The verb whose object the number is: "returned more than 500", "sent back” more than 500"."""
    k = first - 1
    while k >= 0 and (tokens[k].text in _QUOTE_MARKS or _adverb(tokens, k) or _word(tokens, k) in _ADDING):
        k -= 1
    if k < 0 or tokens[k].kind != "word":
        return None
    word = tokens[k].low
    if word in PARTICLES and word not in ("in", "over") and k > 0 and _is_verb_at(tokens, k - 1):
        verb = tokens[k - 1].low
        return f"{verb} {word}", f"{lemma(verb)} {word}"
    if _is_verb_at(tokens, k) and word not in ("said", "says", "had", "has", "have", "being", "having"):
        return tokens[k].low, lemma(tokens[k].low)
    return None


# States a participle may put its subject in, which name the event ("found dead").
_STATES = frozenset({"dead", "injured", "wounded"})
# Words between a verb and its counted object that add to a count already told: "the gunfire
# injured another four teenagers" still counts people injured.
_ADDING = frozenset({"another"})


def _left_in_state(tokens: list[Token], before: Optional[tuple[str, str]], np: str, k: int) -> Optional[tuple[str, str]]:
    """(subject, event) for a result verb whose object's state stands a few words after the
    counted phrase ("left four troops including the gunman dead"); None otherwise (a state
    right after it is read as a participle: "left six people injured")."""
    if before is None or before[1] not in RESULT_VERBS or not np or _word(tokens, k) in _STATES:
        return None
    state = _state_after(tokens, k)
    return (f"{np} {state} {before[0]}", before[1]) if state else None


def _state_after(tokens: list[Token], k: int) -> Optional[str]:
    """A state word (`_STATES`) within `_STATE_REACH` words from `k`, with no punctuation or
    "and" before it: "left four troops including the gunman dead"."""
    for j in range(k, min(len(tokens), k + _STATE_REACH)):
        word = _word(tokens, j)
        if word in _STATES:
            return word
        if not word or word in _CLAUSE_JOINS:
            return None
    return None


# Words between a counted phrase and the state a result verb left it in.
_STATE_REACH = 5
# Words joining clauses: a state word past one is another clause's.
_CLAUSE_JOINS = load_set("clause_joins")
# Present forms of the verbs of the harms a headline counts ("shooting kills three and wounds
# two", "crash leaves four dead"); other present forms stay unread (a "-s" word is often a noun).
_PRESENT_VERBS = frozenset(p for cls in ("kill", "injure") for p in EVENT_CLASSES.get(cls, ()) if " " not in p) \
    | RESULT_VERBS


def _is_verb_at(tokens: list[Token], k: int) -> bool:
    word = _word(tokens, k)
    if not word:
        return False
    if is_verb_form(word) or (word.endswith("s") and lemma(word) in _PRESENT_VERBS):
        return True
    # A base form after "to": "to forcibly return more than 500 people".
    j = k - 1
    while j >= 0 and _adverb(tokens, j):
        j -= 1
    return _word(tokens, j) == "to" and word not in NP_STOP


def _measured_before(tokens: list[Token], first: int) -> Optional[str]:
    """ "The death toll rose to 45", "The number has risen to 12", "Prices rose 3.2 per cent": the
    measured noun phrase before the verb, past auxiliaries, from the start of its clause ("the
    death toll from the quake has risen to 45" -> "death toll")."""
    k = first - 1
    if _word(tokens, k) in ("to", "at", "by"):
        k -= 1
    if _word(tokens, k) not in MEASURE_VERBS:
        return None
    k -= 1
    while k >= 0 and _word(tokens, k) in AUXILIARIES and _word(tokens, k) not in ("who", "that", "which"):
        k -= 1
    end = k + 1
    # Back to the start of the clause, within a bounded reach.
    start = end
    while start > 0 and end - start < _MEASURED_REACH and tokens[start - 1].kind == "word" \
            and tokens[start - 1].low not in _CLAUSE_WORDS and tokens[start - 1].low not in ("said", "says", "and"):
        start -= 1
    while start < end and _word(tokens, start) in _DETERMINERS_OR_ARTICLE:
        start += 1
    words: list[str] = []
    m = start
    while m < end and len(words) < _MAX_NP:
        low = tokens[m].low
        if low == "of" and words and m + 1 < end and _word(tokens, m + 1) not in NP_STOP:
            words.append(low)  # "the number of dead", "the price of oil"
        elif low in NP_STOP or _adverb(tokens, m):
            break
        elif is_verb_form(low) and not (m + 1 < end and _word(tokens, m + 1) not in NP_STOP
                                         and not is_verb_form(_word(tokens, m + 1))):
            break  # a participle ends the phrase unless a noun follows it ("confirmed cases")
        else:
            words.append(tokens[m].text)
        m += 1
    while words and words[-1] == "of":
        words.pop()
    return " ".join(words) or None


# How far back a measured phrase may start before its verb.
_MEASURED_REACH = 12


def _from_partner(tokens: list[Token], first: int) -> Optional[str]:
    """ "grew from 16 members to 19": the second number of a change counts what the first did."""
    if _word(tokens, first - 1) != "to":
        return None
    for k in range(first - 2, max(-1, first - 8), -1):
        if _word(tokens, k) == "from" and k + 1 < len(tokens) and tokens[k + 1].kind == "num":
            np, _ = _noun_phrase(tokens, k + 2)
            return np or None
    return None


def _nominal_before(tokens: list[Token], first: int) -> Optional[tuple[str, str]]:
    """ "the repatriation of almost 170 defectors": the event named by the noun before "of"."""
    if _word(tokens, first - 1) == "of" and _word(tokens, first - 2) in NOMINALISATIONS:
        return NOMINALISATIONS[_word(tokens, first - 2)]
    return None


def _number_of(tokens: Tokens, first: int) -> Optional[tuple[str, Optional[tuple[str, str]]]]:
    """ "the number of North Koreans detained ... could exceed 2,000": the counted phrase and verb."""
    # The nearest "number" within reach, from the sentence's index of that word rather than a
    # walk back over every token before each number.
    where = tokens.where("number")
    for k in reversed(where[bisect_left(where, max(0, first - _NUMBER_OF_REACH) + 1) : bisect_left(where, first - 1)]):
        if _word(tokens, k + 1) == "of" and _word(tokens, k - 1) == "the":
            np, end = _noun_phrase(tokens, k + 2)
            if not np:
                return None
            verb = _verb_after(tokens, end)
            return np, (verb[0], verb[1]) if verb else None
    return None
