"""The frame of a fact: what a number measures and the words and names around a number or a date.

The comparison lines facts up across sources from their frames alone (it never sees the text):
two outlets' "26 Somali pirates" are the same fact because both count pirates, in a clause about
the same capture, near the same rare words and names. So the frame is taken here, at extraction,
from a bounded window of the fact's own sentence:

- `dimension`: what a number measures: a count, an age, money in one currency, a percentage, a
  distance, a weight, ... (`lexicon/lists/units.txt`); "address" and "score" for numbers that
  name or record rather than count ("40 East Fifth Avenue", "the 5800 block of Main Street",
  "(5-10)"), and "position" for the size of a sequence an item is placed in ("Image 3 of 9") or
  a place on a field ("the 27-yard line"), which are never compared.
- `head`: the counted noun, singular and folded ("pirates" -> "pirate").
- `context`: the content words within `WINDOW` words either side, folded, sorted, no duplicates.
- `participants`: the capitalised words (people, organisations, places) within that window,
  nearest first.
- `modifiers`: words that make a count one part of a whole ("first", "other", "seriously"),
  "then" for a value at an earlier time ("the then-15-year-old"), and "conversion" for an
  amount of money in brackets right after another ("$US1 million ($1.52 million)").
- `time`: the years, months and weekdays named in the window ("in 2003", "on Sunday"): two
  counts of one kind at different times are different facts.
- `agent`: the name the number belongs to: the person an age describes ("Reid, 33,", "the
  33-year-old Tara Reid"; the possessor and the noun for "Kell's 12-year-old daughter"), the name that leads the number's clause within `AGENT_REACH` words
  ("Earl Clark finished with 25 points"), unless a reporting verb stands between ("Police said
  two ...", "Governor Kell announced 14 arrests" name who reports, not who did); a verb of
  saying that also names a deed and is the number's own verb ("Lawson added 16 points",
  `lists/numbers/saying_verbs_that_do.txt`) is no reporting verb there.

Everything is a pure function of the document and the fact, bounded per fact, so extraction stays
linear in the length of the text.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable, Optional, Sequence, TypeVar

import regex

from newsdiff.lexicon import load, load_table
from newsdiff.lexicon.claim_words import CALENDAR_WORDS, EVENT_CLASSES, STOPWORDS
from newsdiff.lexicon.speech_words import ORGANIZATION_WORDS, REPORTING_VERBS
from newsdiff.model import DateFact, Fact, Number, amended
from newsdiff.text.document import Document
from newsdiff.text.lemma import IRREGULAR, is_verb_form, lemma
from newsdiff.text.normalize import fold

AGENT_REACH = 5  # words before a number its clause's leading name may stand
AGE_NAME_WORDS = 4  # words of the name after an age ("the 51-year-old Senior Trooper William Hakim")
WINDOW = 10  # words either side of the fact: a clause in news rarely runs longer
_REACH = 160  # characters read either side, so a 1 MB sentence costs no more than a short one
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’\-]{0,40}")
_POSSESSIVE = regex.compile(r"['’]s?$")



def _unit_table() -> dict[str, tuple[str, float, float]]:
    """unit (lower-cased) -> (dimension, factor, offset) from `lists/units.txt`. A unit may be two
    words ("years old"): the dimension is the word before the first number."""
    table = {}
    for line in load("units"):
        parts = line.split()
        k = next(i for i, p in enumerate(parts) if p[:1].isdigit() or p[:1] == "-") - 1
        numbers = [float(p) for p in parts[k + 1:]]
        table[" ".join(parts[:k])] = (parts[k], numbers[0], numbers[1] if len(numbers) > 1 else 0.0)
    return table


UNITS = _unit_table()

# Words after a number that make it part of a street address ("40 East Fifth Avenue").
_STREET_WORDS = frozenset(load("street_words"))
# A capitalised word right before a number names a thing ("Flight 370", "Boeing 737", "Route 66").
_AGE_BEFORE = load("age_words")
_PREPOSITIONS = frozenset(load("frame_prepositions"))
_DETERMINERS = frozenset({"the", "a", "an"})
_RESTRICTING = frozenset(load("restricting_words"))
_SCOPE = frozenset(load("scope_words"))
# Restricting words that also count right after the number, before its noun ("three other rifles",
# "two more victims"); others there say something else ("17 points last night").
_AFTER_RESTRICTING = frozenset(load("restricting_after_words")) & _RESTRICTING
# Words of a streak, read as one modifier: "six straight games" and "six consecutive games" are one.
_STREAK = frozenset(load("streak_words"))
# Words that make a count one that did not happen, within `_UNREALISED_REACH` words before it: a
# guess ("might have been two killed") or an attempt or plot ("attempting to murder three").
_UNREALISED = (("hypothetical", frozenset(load("hypothetical_words"))), ("attempted", frozenset(load("attempt_words"))))
_UNREALISED_REACH = 6
# Words that open a clause of their own: a guess or attempt before one governs another verb.
_CLAUSE_OPENERS = frozenset(load("date_clause_openers"))
# Words joining two clauses after a number: a phrase past one is not the number's.
_CLAUSE_JOINS = frozenset(load("clause_joins"))
# Superlatives: "since" after one compares ("the deadliest attack since 2018"), no running total.
_SUPERLATIVES = frozenset(load("superlative_words"))
# Words in "-est" and ordinals that are no superlative of a count ("30 forest rangers", "two
# first-round picks").
_NOT_SUPERLATIVES = frozenset(load("not_superlatives"))
# Words that start a span after "since" besides calendar words and numbers ("since then").
_SINCE_STARTS = frozenset(load("since_starts"))
# Harm verbs (base forms) that "to death" right after makes a killing ("stabbed to death").
_TO_DEATH_VERBS = frozenset(load("to_death_verbs"))
# Harms "fatally" may qualify right after it ("fatally shot", "fatally wounded").
_FATAL_HARMS = _TO_DEATH_VERBS | {"wound", "injure"}
# Phrases after a number that mark a running total, a streak or a harm that killed, as
# (words, modifier) pairs (`lists/after_number_phrases.txt` says what each modifier needs).
_AFTER_PHRASES = tuple((tuple(phrase.split()), mark) for phrase, mark in load_table("after_number_phrases"))
# "(5-10)", "a 31-24 victory", "went 2-6": a record or a score, not a range of one count.
_COUNT_WORD = r"(?:[0-9][0-9,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty)"
# (A comma before "and" changes nothing: "52 percent in Egypt, and 82 percent in India". "A man
# and seven women": "a" counts one.)
_PART_AFTER = regex.compile(r"\s+((?:\p{L}+,?\s+){1,2})and\s+" + _COUNT_WORD + r"\b", regex.IGNORECASE)
_PART_BEFORE = regex.compile(r"\b(?:(an?)|" + _COUNT_WORD[3:] + r"\s+((?:\p{L}+,?\s+){1,2})and\s+$", regex.IGNORECASE)
# Nouns of one person: "a man and seven women" counts one and seven of one crowd, while "a
# blackout and 12 people died" joins two clauses ("a" counts only next to a person).
_ONE_PERSON = frozenset(load("person_nouns"))
# Words of an event class ("two dead and three injured", "killing two and wounding five"): the
# coordinated counts are different quantities of the story, not parts of one whole.
_EVENT_WORDS = frozenset(w for verbs in EVENT_CLASSES.values() for phrase in verbs for w in phrase.split())
# "three of the skiffs", "29 of 34 passes", "two of them": a part of a set named after it.
_PARTITIVE = regex.compile(r"\s+of\s+(?:the|them|whom|which|those|these|his|her|their|its|[0-9])", regex.IGNORECASE)
# "two of the three victims died": the number is the whole set a part is taken from, not a count
# of what the clause says happened.
_WHOLE = regex.compile(r"\b" + _COUNT_WORD + r"\s+of\s+(?:the|those|these|its|their|his|her)\s+$", regex.IGNORECASE)
_INNER_NAME = regex.compile(r"(?<=[\p{Ll},;:] )\p{Lu}[\p{L}\p{M}'’\-]{1,40}")
_SCORE = regex.compile(r"[0-9]{1,3}-[0-9]{1,3}(?:-[0-9]{1,3})?")
_WEIGHT_WORDS = ("weigh", "heav", "lighter", "pound")
# "Image 3 of 9", "Page 2 of 5", "part 1 of 3": the last number is the size of a sequence the
# first places something in (a gallery, a document), a position label, not a count of the story.
_POSITION = regex.compile(r"\b\p{L}{2,20}\s+[0-9]{1,4}\s+of\s+$")
# "$US1 million ($1.52 million)": an amount in brackets right after another is the same sum in
# another currency the extractor cannot tell apart (both "$"), never a figure of its own.
_CONVERSION = regex.compile(r"[0-9](?:[\p{L} .,]{0,20})\(\s*$")
# What ends one item of a list of names: "Dana Kell, 44; Mia Ruiz, 31".
# Capitalised words right after a number, spaces only between them, then a lower-case word:
# "28-year-old Maryland native" (not "33-year-old Megan Short, 40-year-old ...").
_NAMES_THEN_WORD = regex.compile(r"[ \t]+(?:\p{Lu}[\p{L}\p{M}'’.\-]{0,30}[ \t]+){1,4}(\p{Ll}[\p{L}\p{M}\-]{0,30})")
# A name then an apposition that opens with an article, right before an age: "Tara Kell, a ".
_APPOSED = regex.compile(r"(\p{Lu}[\p{L}\p{M}'’\-]+(?:\s+\p{Lu}[\p{L}\p{M}'’\-]+){0,3}),\s+(?:an?|the)\s+$")
_LIST_BREAK = regex.compile(r"[;,:()\[\]\p{N}]")
_YEAR = regex.compile(r"(?<![\p{N}\p{L}.,])(?:1[89][0-9]{2}|20[0-9]{2})(?![\p{N}\p{L}])")
# Calendar words that name a time of their own (not "today": the article's own day).
_TIME_WORDS = CALENDAR_WORDS - {"today", "yesterday", "tomorrow", "may"}


def frame(doc: Document, fact: Fact) -> Fact:
    """The fact with its frame fields filled (numbers and dates; other kinds unchanged)."""
    if not isinstance(fact, (Number, DateFact)):
        return fact
    before, after, opens = _window(doc, fact)
    possessor = bool(before) and bool(_POSSESSIVE.search(before[-1]))  # "Kell's 12-year-old daughter"
    before, after = _plain_words(before), _plain_words(after)
    context = tuple(sorted({w.casefold() for w in before + after if _content(w)}))
    # The sentence's first word is capitalised anyway: a name only when the next one is too ("John
    # Doe") or the article writes it capitalised inside a sentence too ("Manning completed ...").
    if opens and not (len(before) > 1 and before[1][:1].isupper()) and before[0] not in _inner_names(doc):
        before_names = before[1:]
    else:
        before_names = before
    dateline = _dateline_words(doc, fact)
    if dateline:
        # The words of the dateline after its place (its state, its agency) name no one in it.
        after_place, dropped = dateline
        at = len(before_names) - after_place
        before_names = before_names[:max(at, 0)] + before_names[max(at + dropped, 0):]
    names_before, names_after = _names(before_names, after)
    participants = tuple(dict.fromkeys(fold(w) for w in _nearest_first(names_before, names_after)))
    if isinstance(fact, DateFact):
        return amended(fact, context=context, participants=participants)
    measured = "position" if _POSITION.search(doc.text, max(0, fact.start - 40), fact.start) else dimension(fact, before, after)
    head = head_noun(fact)
    if measured == "age" and not fact.text.strip().isdigit():
        # An age written before a name is that name's even on a line the headline rule reads as
        # title case ("On Saturday, 48-year-old Englishman Lee Brandt, of Essex, fell"). (A list
        # of names with bare ages, "Dana Kell, 44; Mia Ruiz, 31", stays under the rule: measured,
        # reading those too raised the conflicts on untouched GVC incidents.)
        names_before, names_after = _capitalised(before_names), _capitalised(after)
    owner = agent(before, after, set(names_before), set(names_after), measured == "age",
                  appositive=measured == "age" and fact.text.strip().isdigit(), event=fact.event)
    if owner and measured == "age" and not fact.text.strip().isdigit():
        noun = _NAMES_THEN_WORD.match(doc.text, fact.end, min(len(doc.text), fact.end + _REACH))
        if noun and _modified_noun(noun.group(1)) and set(owner.split()) <= {fold(w) for w in _WORD.findall(noun.group(0))}:
            # "the 28-year-old Maryland native": a place or a nation, not whose age; a name
            # before, in apposition ("Tara Kell, a 28-year-old Maryland native"), still is.
            named = _APPOSED.search(doc.text, max(0, fact.start - 60), fact.start)
            owner = fold(named.group(1)) if named else None
    if owner and measured == "age" and fact.text.strip().isdigit():
        # "Dana Kell, 44; Mia Ruiz, 31": the words run on across the list's commas, the name does not.
        since = _LIST_BREAK.split(doc.text[max(0, fact.start - _REACH // 2):fact.start].rstrip(" ,("))[-1]
        owner = " ".join(w for w in owner.split() if w in {fold(x) for x in _WORD.findall(since)}) or owner
    if measured == "age" and possessor and head and owner and owner.split()[-1] == fold(before[-1]):
        # "Kell's 12-year-old daughter": the age of the daughter, not of Kell.
        owner = f"{owner} {head}"
    return amended(fact, context=context, participants=participants, time=_time(doc, fact, before + after),
                   dimension=measured, head=head,
                   modifiers=modifiers(fact, before, after) + (("part",) if _is_part(doc, fact) else ())
                   + (("whole",) if _WHOLE.search(doc.text, max(0, fact.start - 40), fact.start) else ())
                   + _unrealised(doc, fact) + _clause_marks(doc, fact)
                   + (("conversion",) if measured.startswith("money:")
                      and _CONVERSION.search(doc.text, max(0, fact.start - 40), fact.start) else ()),
                   agent=owner)


# A dateline before a report's first sentence: a place in capitals, maybe its state or country
# and an agency in brackets, then a dash ("NASHVILLE, Tenn. (AP) —", "FORT HOOD —").
_DATELINE = regex.compile(
    r"\b\p{Lu}{2,}(?:[ .'-]+\p{Lu}{2,})*\.?(?P<rest>(?:,(?: \p{Lu}[\p{L}.]*){1,3})?\s*(?:\([^()\n]{1,30}\)\s*)?)[—–-]+\s")


def _dateline_words(doc: Document, fact: Fact) -> Optional[tuple[int, int]]:
    """For a dateline before the fact in its sentence: how many words stand between its place and
    the fact, and how many of those are its state or country and agency; None without one. A
    dateline says where the report was filed: its state and agency are no participants of the
    fact and no one's the number is ("NASHVILLE, Tenn. (AP) – Eleven teenagers were injured":
    not Tenn.'s count). The place itself stays: it is most often where the event was too."""
    sentence = doc.sentences[fact.sentence] if fact.sentence < len(doc.sentences) else None
    lo = max(sentence.start if sentence else 0, fact.start - _REACH)
    # A dateline opens its sentence or paragraph: a word in capitals, a name and a dash inside a
    # sentence are an apposition ("The MVP, Dana Kell – a senior – scored 25 points").
    found = [m for m in _DATELINE.finditer(doc.text, lo, fact.start)  # bounded: within `_REACH`
             if _opens(doc.text, m.start(), lo, sentence.start if sentence else 0)]
    if not found:
        return None
    last = found[-1]
    return (len(_WORD.findall(doc.text, last.start("rest"), fact.start)),
            len(_WORD.findall(doc.text, last.start("rest"), last.end("rest"))))


def _opens(text: str, start: int, lo: int, sentence_start: int) -> bool:
    """Whether only white space stands between `start` and the start of its sentence or line,
    read back no further than `lo` (bounded)."""
    line = text.rfind("\n", lo, start)
    if line < 0 and lo > sentence_start:
        return False
    return not text[max(lo, line + 1):start].strip()


def _time(doc: Document, fact: Fact, words: list[str]) -> tuple[str, ...]:
    """Years (from the characters of the window, within the fact's sentence) and month and weekday
    names of the window, sorted. A month or weekday counts only capitalised ("in March", not "to
    march"; "Sunday", not "sunday best"), and the year the article was published is left out:
    it dates the article's own story, so it sets no fact apart from one that names no year."""
    sentence = doc.sentences[fact.sentence] if fact.sentence < len(doc.sentences) else None
    lo = max(sentence.start if sentence else 0, fact.start - _REACH // 2)
    hi = min(sentence.end if sentence else len(doc.text), fact.end + _REACH // 2)
    own = (doc.published or "")[:4] or _own_year(doc)
    found = {m.group(0) for m in _YEAR.finditer(doc.text, lo, hi)
             if not (fact.start <= m.start() < fact.end) and m.group(0) != own}
    found |= {w.casefold() for w in words if w[:1].isupper() and w.casefold() in _TIME_WORDS}
    return tuple(sorted(found))


def _window(doc: Document, fact: Fact) -> tuple[list[str], list[str], bool]:
    """Up to WINDOW words before and after the fact, inside its sentence, and whether the first
    word before it opens the sentence (capitalised for that reason alone)."""
    text = doc.text
    sentence = doc.sentences[fact.sentence] if fact.sentence < len(doc.sentences) else None
    lo = max(sentence.start if sentence else 0, fact.start - _REACH)
    hi = min(sentence.end if sentence else len(text), fact.end + _REACH)
    # Most windows are found in the nearer part of the reach (a dense run of dates, "Monday,
    # Monday, ...", has a fact every few words): read that first, the whole reach only if it
    # holds too few words. The words are the same (see `_words_before`, `_words_after`).
    before = _words_before(text, lo, fact.start)
    after = _words_after(text, fact.end, hi)
    if before is not None:
        return before, after, False
    found = _WORD.findall(text, lo, fact.start)
    before = found[-WINDOW:]
    opens = bool(before) and len(found) <= WINDOW and lo == (sentence.start if sentence else 0)
    if lo > (sentence.start if sentence else 0) and len(found) <= WINDOW and before:
        before = before[1:]  # a word cut at the reach is not a word
    return before, after, opens


# Characters read first on each side of a fact: eleven words of news take about 70, and a dense
# run of dates ("Monday, " is eight characters a word) about 90.
_NEAR = 7 * _REACH // 10
_NOT_WORD = regex.compile(r"[^\p{L}\p{M}'’\-]")  # a character no `_WORD` match holds


def _words_before(text: str, lo: int, end: int) -> Optional[list[str]]:
    """The last WINDOW words of `_WORD.findall(text, lo, end)` when it finds more than WINDOW
    of them, read from nearer `end`; None when that read does not show it (read the whole).

    No `_WORD` match holds a character of `_NOT_WORD`, and every match starts at a letter: from
    the first such character on, a scan from a later start finds the same words as one from
    `lo` (both look for the next letter from there)."""
    near = end - _NEAR
    if near <= lo:
        return None
    gap = _NOT_WORD.search(text, near, end)
    if gap is None:
        return None
    found = _WORD.findall(text, gap.end(), end)
    return found[-WINDOW:] if len(found) > WINDOW else None


def _words_after(text: str, start: int, hi: int) -> list[str]:
    """`_WORD.findall(text, start, hi)[:WINDOW]`, read first up to `_NEAR` characters: a word
    followed by another within that stretch ended before it, so it is the same word."""
    if hi - start > _NEAR:
        found = _WORD.findall(text, start, start + _NEAR)
        if len(found) > WINDOW:
            return found[:WINDOW]
    return _WORD.findall(text, start, hi)[:WINDOW]


T = TypeVar("T")


def _per_document(read: Callable[[Document], T]) -> Callable[[Document], T]:
    """`read(doc)` remembered for the last document it was given, found by identity. An
    `lru_cache` keyed on the document would hash it on every call, and a frozen dataclass hashes
    all its sentences each time: work that grows with the article, once per fact (quadratic on a
    1 MB article). The document is held, so its identity cannot be reused while remembered."""
    last: list = [None, None]

    def remembered(doc: Document) -> T:
        if last[0] is not doc:
            last[0], last[1] = doc, read(doc)
        return last[1]

    return remembered


@_per_document
def _own_year(doc: Document) -> str:
    """The year an article with no publication date names most, and at least twice (the latest
    on a tie): its own story's, as a rule ("Published: 2008-..." and "the 2008 season"); "" when
    no year is named twice (one "in 1998" may well be an earlier event). One pass per article."""
    counts: dict[str, int] = {}
    for m in _YEAR.finditer(doc.text):
        counts[m.group(0)] = counts.get(m.group(0), 0) + 1
    year = max(counts, key=lambda y: (counts[y], y)) if counts else ""
    return year if year and counts[year] >= 2 else ""


@_per_document
def _inner_names(doc: Document) -> frozenset[str]:
    """Capitalised words the article writes inside sentences (after a lower-case word or a comma):
    a sentence's first word that is one of them is a name, not just an opener. One pass per article."""
    return frozenset(_plain(m.group(0)) for m in _INNER_NAME.finditer(doc.text))


def _is_part(doc: Document, fact: Fact) -> bool:
    """True when the number is one of a coordinated pair of counts ("12 Somalis and 11 Yemenis")
    or a part of a set it names ("three of the skiffs", "29 of 34 passes"): a part, never the same
    fact as a total ("23 pirates", "five skiffs")."""
    text = doc.text
    after = text[fact.end:fact.end + 60]
    before = text[max(0, fact.start - 60):fact.start]
    if _PARTITIVE.match(after):
        return True
    found = _PART_AFTER.match(after)
    if found and _not_event(found.group(1)):
        return True
    found = _PART_BEFORE.search(before)
    if found and found.group(1) and found.group(2).split()[-1].strip(",").casefold() not in _ONE_PERSON:
        return False
    return bool(found) and _not_event(found.group(2))


def _not_event(words: str) -> bool:
    """Whether none of the words is one of an event class ("two dead and three injured")."""
    return not any(lemma(w) in _EVENT_WORDS or w.casefold() in _EVENT_WORDS for w in words.split())


def _nearest_first(before: list[str], after: list[str]) -> list[str]:
    """Names ordered by their distance from the fact (the agent of the clause is usually nearest),
    the one before first on a tie."""
    if not before or not after:
        return before[::-1] + after  # one side only: its own order outwards, nothing to sort
    ranked = [(len(before) - i, 0, w) for i, w in enumerate(before)] + [(i + 1, 1, w) for i, w in enumerate(after)]
    return [w for _, _, w in sorted(ranked)]


def modifiers(fact: Number, before: Sequence[str], after: Sequence[str] = ()) -> tuple[str, ...]:
    """Words that make the count one part of a whole ("first", "other", "seriously"), from the
    three words before it, the two right after it ("three other rifles", which the subject
    leaves out) and its subject (`lists/restricting_words.txt`), and words that make it a total
    over a wider scope ("a total of", "overall"), anywhere before it in its clause
    (`lists/scope_words.txt`), and "then" for "the then-15-year-old". The phrases after the number
    ("since", "in a row", "to death") are read by `_clause_marks`, guesses and attempts by
    `_unrealised`, both from the document's own clause."""
    near = [w.casefold() for w in before[-3:]]
    # "the earlier shooting and seven counts": a word of the phrase before the last "and" or "or"
    # is not one of this number's.
    near = near[max((i + 1 for i, w in enumerate(near) if w in ("and", "or")), default=0):]
    words = near + [w.casefold() for w in after[:2] if w.casefold() in _AFTER_RESTRICTING]
    words += [fold(w) for w in _WORD.findall(fact.subject or "")]
    found = {"straight" if w in _STREAK else w for w in words if w in _RESTRICTING}
    found |= {w.casefold() for w in before if w.casefold() in _SCOPE}  # "Overall, ... 33 homers"
    # ... or in the number as written, when the extractor kept it: "a total of eight".
    found |= {w.casefold() for w in _WORD.findall(fact.text) if w.casefold() in _SCOPE}
    if before and before[-1].casefold() == "then-":
        found.add("then")  # "the then-15-year-old": an age (or a count) at an earlier time
    if _superlative_noun(fact):
        found.add("superlative")
    return tuple(sorted(found))


def _superlative_noun(fact: Number) -> bool:
    """A superlative between the number and its counted noun ("the 12 worst-hit villages", "the
    five largest farms", `_is_superlative`) picks a part of the whole: not the count of all the
    villages hit."""
    head = fact.head or head_noun(fact)
    if not head:
        return False
    for word in _WORD.findall(fact.subject or ""):
        low = fold(word)
        if singular(low) == head or low == head:
            return False
        if _is_superlative(low) or _is_superlative(low.split("-")[0]):
            return True
    return False


def _is_superlative(word: str) -> bool:
    """A superlative: a listed one (`lists/superlative_words.txt`: "worst", "most") or any word
    in "-est" ("poorest", "hardest"), but the ordinals and nouns of `lists/not_superlatives.txt`."""
    if word in _NOT_SUPERLATIVES:
        return False
    return word in _SUPERLATIVES or (len(word) > 4 and word.endswith("est"))


def _unrealised(doc: Document, fact: Fact) -> tuple[str, ...]:
    """("hypothetical",) or ("attempted",) when a guess or an attempt or plot governs the verb of
    the count, inside its clause: "there might have been two people killed", "could have killed
    50", "attempting to murder three people", "attempted murder of three" are not the reported
    toll, while "the gunman would have killed more, but two people died", "tried to flee after he
    shot three" and "might have killed himself after shooting four" are."""
    sentence = doc.sentences[fact.sentence] if fact.sentence < len(doc.sentences) else None
    floor = max(sentence.start if sentence else 0, fact.start - _REACH // 2)
    clause = _CLAUSE_BREAK.split(doc.text[floor:fact.start])[-1]
    found = [w.casefold() for w in _WORD.findall(clause)[-_UNREALISED_REACH:]]
    # Only the words after the last opener of a clause ("after he shot three") can govern the count.
    opener = max((i for i, w in enumerate(found) if w in _CLAUSE_OPENERS), default=-1)
    found = found[opener + 1:]
    kinds = []
    for kind, words in _UNREALISED:
        if any(w in words and _governs(kind, found[i + 1:]) for i, w in enumerate(found)):
            kinds.append(kind)
    return tuple(kinds)


def _governs(kind: str, tail: list[str]) -> bool:
    """Whether the words between a guess or attempt word and the number leave that word governing
    the count's own verb: a modal of the past then at most the verb ("might have been two",
    "could have killed 50"; "police would find two people dead" tells what happened), an attempt
    then "to" and the verb ("tried to murder three") or its noun then "of" ("attempted murder of
    three")."""
    if kind == "hypothetical":
        return bool(tail) and tail[0] == "have" and len(tail) <= 2
    return len(tail) == 2 and (tail[0] == "to" or tail[1] == "of")


def _clause_after(doc: Document, fact: Fact) -> list[str]:
    """The words after the number in its own clause, lower-cased: up to a comma or other break or
    a word joining clauses ("14 killed on the highway and 3 others since then": "since" is the
    other count's)."""
    clause = _CLAUSE_BREAK.split(doc.text[fact.end:fact.end + _REACH // 2], maxsplit=1)[0]
    words = [w.casefold() for w in _WORD.findall(clause)]
    cut = next((i for i, w in enumerate(words) if w in _CLAUSE_JOINS), len(words))
    return words[:cut]


def _clause_marks(doc: Document, fact: Fact) -> tuple[str, ...]:
    """Modifiers read from phrases after the number in its clause (`lists/after_number_phrases.txt`):
    "since" a start of time (a running total: "10 overdoses in the county since March", not "the
    deadliest attack since 2018", a comparison), "in a row" (a streak, like "straight"), and a harm
    that killed (like "fatally shot"): "to death" right after a harm verb (not "sentenced to death",
    "almost to death") or "fatally" right after the number ("four were shot, one fatally")."""
    words = _clause_after(doc, fact)
    found: list[str] = []
    for phrase, mark in _AFTER_PHRASES:
        if mark not in found and _phrase_marks(doc, fact, words, phrase, mark):
            found.append(mark)
    return tuple(found)


def _phrase_marks(doc: Document, fact: Fact, words: list[str], phrase: tuple[str, ...], mark: str) -> bool:
    """Whether `phrase`, found in `words` (the clause after the number), gives `mark` there."""
    n = len(phrase)
    reach = _DEATH_REACH if mark == "fatally" else _SINCE_REACH
    at = next((i for i in range(min(len(words), reach)) if tuple(words[i:i + n]) == phrase), None)
    if at is None:
        return False
    if mark == "since":
        start = words[at + n] if at + n < len(words) else ""
        return not _SUPERLATIVES & set(words[:at]) and (
            start in _SINCE_STARTS or start in _TIME_WORDS or start[:1].isdigit())
    if mark != "fatally":
        return True
    if n == 1:
        # The adverb of an elided harm, ending the clause ("four people were shot, one fatally";
        # "two of them fatally"), or of the harm participle after it ("two fatally wounded
        # hikers"); not of anything else ("one fatally flawed plan").
        if at != 0 and tuple(words[:at]) not in _OF_THEM:
            return False
        return at + 1 == len(words) or lemma(words[at + 1]) in _FATAL_HARMS
    # The harm verb stands right before the phrase ("two men stabbed to death") or right before
    # the count, its object ("beat two guards to death", "shot two to death").
    if at >= 1 and lemma(words[at - 1]) in _TO_DEATH_VERBS:
        return True
    verb = _WORD.findall(doc.text, max(0, fact.start - 30), fact.start)[-1:]
    return at <= 1 and bool(verb) and lemma(verb[0]) in _TO_DEATH_VERBS


# "Six were shot, two of them fatally": words between the count and "fatally".
_OF_THEM = frozenset({("of", "them"), ("of", "whom")})


_CLAUSE_BREAK = regex.compile(r"[,;:()\[\]\n.!?\"“”]")


# Words after a number within which "to death" makes its harm a killing ("two men shot to death").
_DEATH_REACH = 5
# Words after a number within which "since" makes it a running total over a span.
_SINCE_REACH = 8


def _plain(word: str) -> str:
    """A word without its possessive ending: "China's" and "China" are one name. (What
    `_POSSESSIVE.sub("", word)` gives, by string tests: it runs on every word of every window.)"""
    if word.endswith(("'s", "’s")):
        return word[:-2]
    return word[:-1] if word.endswith(("'", "’")) else word


_POSSESSIVE_ENDS = ("'s", "’s", "'", "’")


def _plain_words(words: list[str]) -> list[str]:
    """`_plain` of each word, called only for the few that end with an apostrophe or "'s" (and
    for none when no word holds an apostrophe: one look at all of them)."""
    joined = "".join(words)
    if "'" not in joined and "’" not in joined:
        return list(words)
    return [_plain(w) if w.endswith(_POSSESSIVE_ENDS) else w for w in words]


@lru_cache(maxsize=16_384)  # asked of every word of every fact's window; news repeats its words
def _content(word: str) -> bool:
    low = word.casefold()
    return len(low) > 2 and low not in STOPWORDS and low not in CALENDAR_WORDS


def _names(before: list[str], after: list[str]) -> tuple[list[str], list[str]]:
    """Capitalised words of each side of the window that are names, not sentence openers or
    shouting. Whether the line is a headline is judged on the whole window: one name alone
    before a number ("Reid, 33, ...") is not a headline."""
    words = before + after
    if len([w for w in words if w[:1].isupper()]) > len(words) / 2:
        return [], []  # a headline in capitals or title case: every word looks like a name
    return _capitalised(before), _capitalised(after)


def _capitalised(words: list[str]) -> list[str]:
    """The capitalised content words of a list, not shouting (all capitals) nor the plural of
    an abbreviation ("TDs", "RBIs", "MPs": things counted, not a person or a place)."""
    return [w for w in words if w[:1].isupper() and not w.isupper() and not _abbreviation_plural(w) and _content(w)]


def _abbreviation_plural(word: str) -> bool:
    """An abbreviation in capitals with a plural "s": "TDs", "CEOs"."""
    return len(word) > 2 and word[-1] == "s" and word[:-1].isupper()


# "Kell and Ruiz, both 19,": one age of each name before (`lists/numbers/age_distributives.txt`).
AGE_DISTRIBUTIVES = frozenset(load("numbers/age_distributives"))
# Verbs of saying that also name a deed ("Kell added 14 points"): `agent`.
SAYING_VERBS_THAT_DO = frozenset(load("numbers/saying_verbs_that_do"))
AGE_NOW = frozenset({"now", "then"})
NAME_RUN = 3  # words of one name at most ("Dana Mia Kell")


def names_pair(words: Sequence[str]) -> bool:
    """Whether the words (ending right before a comma) end in two people's names joined by "and",
    one of them at least a full name: "Lee Brandt and Tom Kell" (for `AGE_DISTRIBUTIVES`, "...,
    both 51,"). Not teams or places with an article ("the Hawks and the Rams"), not names with
    an organisation's word, not two single words ("Kansas and Utah": states as often as
    surnames)."""
    def start_of(end: int) -> int:
        start = end
        while start > 0 and end - start < NAME_RUN and words[start - 1][:1].isupper():
            start -= 1
        return start
    second = start_of(len(words))
    if second in (0, len(words)) or words[second - 1] != "and":
        return False
    first = start_of(second - 1)
    if first == second - 1 or (first > 0 and words[first - 1].casefold() in _DETERMINERS):
        return False
    names = [*words[first:second - 1], *words[second:]]
    if any(w.casefold() in ORGANIZATION_WORDS for w in names):
        return False
    return second - 1 - first > 1 or len(words) - second > 1  # "Timmons, now 16,": an age set off by commas, at the time told


def agent(before: list[str], after: list[str], names_before: set[str], names_after: set[str], age: bool,
          appositive: bool = False, event: Optional[str] = None) -> Optional[str]:
    """The name a number belongs to (see the module docstring), folded: a run of up to three
    capitalised words ("earl clark"), or None. An age written as a bare number (`appositive`:
    "Robyn Kell, 48, Dana's ex-girlfriend") is first the age of the name right before it, only
    then of a name after it. A verb of saying before the number reports it ("Police said two
    ..."), unless it is the number's own verb and names a deed (`event`, `SAYING_VERBS_THAT_DO`:
    "Lawson added 16 points"; "Governor Kell announced 14 arrests" reports them)."""
    if appositive and len(before) > 1 and (before[-1].casefold() in AGE_NOW or (
            before[-1].casefold() in AGE_DISTRIBUTIVES and names_pair([w for w in before[:-1] if w != ","]))):
        before = before[:-1]  # "Timmons, now 16,", "Kell and Ruiz, both 19,": the name before the word
    if appositive and before and before[-1] in names_before:
        start = len(before) - 1
        while start > 0 and before[start - 1] in names_before and len(before) - start < 3:
            start -= 1
        return " ".join(fold(w) for w in before[start:])
    if age and after and after[0] in names_after:
        # "the 33-year-old Tara Reid": the name right after an age is whose it is.
        run = [w for w in after[:AGE_NAME_WORDS]]
        run = run[:next((i for i, w in enumerate(run) if w not in names_after), len(run))]
        return " ".join(fold(w) for w in run)
    # A verb of saying that names a deed and is the number's own verb does not report it:
    # "Lawson added 16 points". Any other still reports: "Kell announced 14 arrests".
    governed = set((event or "").split()) & SAYING_VERBS_THAT_DO
    reach = len(before) - (1 if age else AGENT_REACH)
    for k in range(len(before) - 1, max(reach, 0) - 1, -1):
        word = before[k]
        if word.casefold() in REPORTING_VERBS and lemma(word.casefold()) not in governed:
            return None  # "Police said two ...": who reports, not who did
        if word in names_before:
            # The run of names it ends ("Earl Clark"); a name after a preposition ("near
            # Riverton", "for the Sixers") is a place or a partner of the clause, not who did it.
            start = k
            while start > 0 and before[start - 1] in names_before and k - start < 2:
                start -= 1
            ahead = start - 1
            if ahead > 0 and before[ahead].casefold() in _DETERMINERS:
                ahead -= 1  # "for the Sixers": the preposition is before the article
            if ahead >= 0 and before[ahead].casefold() in _PREPOSITIONS:
                continue
            return " ".join(fold(w) for w in before[start:k + 1])
    return None


def _modified_noun(word: str) -> bool:
    """Whether the word after a run of capitalised words is the noun they modify ("Maryland
    native", "Riverton man"): a lower-case content word that is no verb ("Tara Reid was", "Lee
    Brandt died", "Kell scores"), adverb ("originally") or function word ("Dana Kell of
    Riverton")."""
    low = word.casefold()
    return ("-" not in word and word[:1].islower() and low not in STOPWORDS and low not in _PREPOSITIONS and not is_verb_form(low)
            and not low.endswith(("s", "ed", "ly", "ing")))


def unit_dimension(unit: Optional[str]) -> Optional[str]:
    """The dimension a unit alone says: "mi" -> distance, "USD" -> money:USD, "member" -> a count
    of members; None for no unit."""
    if not unit:
        return None
    if unit.casefold() in UNITS:
        return UNITS[unit.casefold()][0]
    if unit.isupper() and len(unit) == 3:
        return "money:" + unit  # a currency code: only amounts in one currency compare
    return "count:" + unit.casefold()  # "a 62-member team": members


def dimension(fact: Number, before: list[str], after: list[str]) -> str:
    """What the number measures (see the module docstring)."""
    unit = (fact.unit or "").casefold()
    if after and after[0].casefold() == "line" and fact.text.casefold().endswith("-yard"):
        return "position"  # "at the 27-yard line": a place on the field, not a distance run
    if len(unit) == 1 and _street_follows(after):
        return "address"  # "400 W. American Blvd.": a compass point before a street, not watts
    if unit in UNITS:
        return UNITS[unit][0]
    if unit == "gbp" and "£" not in fact.text and any(
            w.casefold().startswith(_WEIGHT_WORDS) for w in before[-3:] + after[:2]):
        return "weight"  # "weighing 400 pounds": the extractor's "pounds" is money unless told
    if before and before[-1].casefold() in _AGE_BEFORE:
        return "age"
    if _magnitude(fact, before, after):
        return "magnitude"
    if fact.unit and fact.unit.isupper() and len(fact.unit) == 3:
        return unit_dimension(fact.unit) or "count"
    if fact.value is not None and fact.text.strip().isdigit() and after:
        if [w.casefold() for w in after[:2]] == ["block", "of"]:
            return "address"  # "in the 12000 block of East Main Street": a stretch of a street
        if _street_follows(after):
            return "address"
    if fact.unit:
        return unit_dimension(fact.unit) or "count"
    if _SCORE.fullmatch(fact.text) and not fact.subject:
        return "score"
    return "count"


def _street_follows(after: list[str]) -> bool:
    """True when the words after a number name a street ("East Fifth Avenue", "American Blvd."):
    a capitalised word first, a street word within four."""
    return bool(after) and after[0][:1].isupper() and any(w.casefold().rstrip(".") in _STREET_WORDS for w in after[:4])


def _magnitude(fact: Number, before: list[str], after: list[str]) -> bool:
    """A quake's magnitude written without the extractor's unit: "a 7.1 -magnitude quake" (a
    hyphen cut off by the tokeniser), "magnitude 5.9", "a magnitude of 5.6", "measuring 5.6 on
    the Richter scale". A magnitude is at most 10; a larger number near the word is a count."""
    if fact.unit or fact.value is None or not 0 < fact.value <= 10:
        return False
    ahead = [w.casefold() for w in after[:3]]
    behind = [w.casefold() for w in before[-2:]]
    return (ahead[:1] == ["magnitude"] or ahead == ["on", "the", "richter"]
            or behind[-1:] == ["magnitude"] or behind == ["magnitude", "of"])


def head_noun(fact: Number) -> Optional[str]:
    """The counted noun from the subject, singular and folded: the last noun before the subject's
    verb or first preposition ("North Koreans held in China" -> "korean", "Somali pirates
    caught" -> "pirate")."""
    if not fact.subject:
        return None
    event = set((fact.event or "").split())
    nouns: list[str] = []
    for word in (fold(w) for w in _WORD.findall(fact.subject)):
        if lemma(word) in event or word in IRREGULAR or word.endswith(("ed", "ing")) or word in _PREPOSITIONS:
            if nouns:
                break
            continue
        if word not in STOPWORDS and not (nouns and word in _RESTRICTING):
            nouns.append(word)  # (not "first" after a noun: "the offer first reported")
    return singular(nouns[-1]) if nouns else None


def singular(word: str) -> str:
    """A plural noun's singular by spelling alone ("pirates" -> "pirate", "countries" -> "country",
    "catches" -> "catch", "bushes" -> "bush", "boxes" -> "box", "classes" -> "class"; "aches" and
    "caches" keep their "e", "coaches" does not)."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(SIBILANT_PLURALS) and not (word.endswith("aches") and not word.endswith("oaches")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "sis")):
        return word[:-1]
    return word


# Plurals that add "es" after a hissing sound: the singular drops both letters.
SIBILANT_PLURALS = ("ches", "shes", "xes", "sses", "zzes")
