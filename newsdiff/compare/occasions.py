"""Are two facts about different occasions of one kind? The shared test behind every conflict.

Two sources disagree only when they speak of one thing. News is full of facts of one kind that
are not one thing: an earlier quake recalled in a story about today's, the day a suspect was
charged beside the day of the shooting, a victim's son who bears his father's name, the people
taken to hospital beside the people hurt. The claim builders (`compare/numbers.py`,
`compare/dates.py`) line facts up by their frames; before they show two facts whose values cannot
both be true as one fact in conflict, they ask here whether the two are about different occasions.
A "yes" leaves the two in separate claims (they may still agree with others); it never joins
anything. Each test reads the two facts' frames only, and looks at values only where the test
is about values (a second figure of each clause), never at the two values being compared.

The signs, one function each, all pure and bounded per pair:

- `other_sibling_values`: the two sentences each give another figure of the same kind (a
  magnitude, a count of the same noun, in the same unit) and those disagree too: "a 5.6 magnitude
  quake injured five" and "a 5.2 magnitude quake injured three" are two quakes; "25 points and 16
  rebounds" and "22 points and nine rebounds" two games. One outlet's mistake changes one figure,
  not every figure of its sentence. Casualty counts are no such sign (a toll and an injury count
  both move as a story is updated), nor are counts of nothing named.
- `other_person`: a name with a generational suffix and one without ("Mark Short Jr." / "Mark
  Short"), or two ages of one adult a year or two apart (27 when shot at, 29 at the trial): ages
  at different times or of two people.
- `state_and_event`: one counts a state some of the victims are in ("three hospitalized") and the
  other the people the event hurt ("four injured"): neither is a part of the other for sure.
- `modal_and_done` (dates and numbers): one fact's event is attempted, planned or threatened
  (`modal` words), the other's done: "the June 20 attempted murder" is not "killed June 24".
- `dated_by_other_verbs` (dates): both dates name the verb of what they date, the two verbs
  share no event class, and one is a verb of what follows an event in the news ("released the
  names Monday" / "the homicide occurred Saturday"): two events, whatever names and words the
  clauses share (the story's people and offices are named around all its dates).

Word lists: `lexicon/lists/compare/occasion_words.txt`.
"""

from __future__ import annotations

from typing import Callable, Iterable, Optional, Sequence

from newsdiff.compare.common import event_class, event_lemma, is_reporting, stem
from newsdiff.lexicon import load_table
from newsdiff.model import DateFact, Number
from newsdiff.text.normalize import words

_WORDS: dict[str, frozenset[str]] = {}
for _section, _word in load_table("compare/occasion_words"):
    _WORDS[_section] = _WORDS.get(_section, frozenset()) | {_word}
STATE_EVENTS = _WORDS.get("state", frozenset())
MODAL_EVENTS = _WORDS.get("modal", frozenset())
NAME_SUFFIXES = _WORDS.get("suffix", frozenset())
AFTERMATH_EVENTS = _WORDS.get("aftermath", frozenset())

# Event classes of casualty counts: a toll and an injury count are updated as a story runs, so
# two of them disagreeing beside two others is no sign of two occasions.
CASUALTY_CLASSES = frozenset({"kill", "injure"})
# Ages of adults a year or two apart are the same person's age at two times (a birthday between
# the shooting and the trial); a child's age is written with more care and a year is much of it.
ADULT_AGE = 18
AGE_DRIFT = 2
# Dimensions never compared as figures of a clause (they name or record, `compare/numbers.py`).
NOT_FIGURES = ("address", "score", "position")
# Figures of one sentence read for a pair (bounded: a table read as one sentence has hundreds).
MAX_SIBLINGS = 12

Key = tuple[str, str, str]  # (dimension, counted noun stem, unit) of a figure


class Sentences:
    """The number facts of each (source, sentence), built once per story: what
    `other_sibling_values` reads as the other figures of a fact's sentence. Linear."""

    def __init__(self, facts: Iterable[Number]) -> None:
        self.by_sentence: dict[tuple[str, int], list[Number]] = {}
        for f in facts:
            if _figure_key(f) is not None:
                self.by_sentence.setdefault((f.source, f.sentence), []).append(f)

    def siblings(self, fact: Number) -> list[Number]:
        """The other figures of the fact's sentence (at most `MAX_SIBLINGS`)."""
        found = self.by_sentence.get((fact.source, fact.sentence), ())
        return [f for f in found if f.id != fact.id][:MAX_SIBLINGS]


def numbers_apart(ga: Sequence[Number], gb: Sequence[Number], sentences: Sentences, read: int = 3) -> bool:
    """True when two groups of number facts (one source's repeats each, first `read` mentions
    read) are about different occasions or people by any sign of this module, for some pair of
    their mentions: such a pair is never shown as one fact in conflict."""
    for a in ga[:read]:
        for b in gb[:read]:
            if (other_sibling_values(sentences.siblings(a), sentences.siblings(b)) or other_person(a, b)
                    or state_and_event(a, b) or modal_and_done(_number_events(a), _number_events(b))):
                return True
    return False


def other_sibling_values(siblings_a: Sequence[Number], siblings_b: Sequence[Number]) -> bool:
    """True when the two sentences give another figure of one kind each (same dimension, counted
    noun and unit; not a casualty count, not a count of nothing named) and no value of one can be
    a value of the other: "a 5.6 magnitude quake" / "a 5.2 magnitude quake"."""
    kinds_a = _figures(siblings_a)
    if not kinds_a:
        return False
    kinds_b = _figures(siblings_b)
    for key in kinds_a.keys() & kinds_b.keys():
        if not any(_overlap(x, y) for x in kinds_a[key] for y in kinds_b[key]):
            return True
    return False


def _figures(facts: Sequence[Number]) -> dict[Key, list[Number]]:
    found: dict[Key, list[Number]] = {}
    for f in facts:
        key = _figure_key(f)
        if key is not None and event_class(f.event) not in CASUALTY_CLASSES:
            found.setdefault(key, []).append(f)
    return found


def _figure_key(fact: Number) -> Optional[Key]:
    """What a figure measures, when it names it: a count of a named noun, or a measure in a
    unit (a magnitude, a distance); None for counts of nothing named and for what is never a
    figure (addresses, scores, positions)."""
    dimension = fact.dimension or "count"
    if dimension in NOT_FIGURES or (fact.low is None and fact.high is None):
        return None
    if dimension.startswith("count") or dimension in ("age", "percent"):
        if not fact.head:
            return None
        return (dimension, stem(fact.head), "")
    # A measure says what it measures by its unit; its head is often a word of the clause
    # ("a 6.1 magnitude Iran quake").
    return (dimension, "", (fact.unit or "").casefold())


def _overlap(a: Number, b: Number) -> bool:
    low_a = float("-inf") if a.low is None else a.low
    low_b = float("-inf") if b.low is None else b.low
    high_a = float("inf") if a.high is None else a.high
    high_b = float("inf") if b.high is None else b.high
    return low_a <= high_b and low_b <= high_a


def other_person(a: Number, b: Number) -> bool:
    """True when the two numbers belong to two people or to one person at two times: one name
    has a generational suffix the other lacks ("Mark Jr." / "Mark Short"), or both are ages of
    adults a year or two apart (`AGE_DRIFT`)."""
    if _suffixes(a) != _suffixes(b):
        return True
    if a.dimension != "age" or b.dimension != "age" or a.value is None or b.value is None:
        return False
    low, high = sorted((a.value, b.value))
    return low >= ADULT_AGE and 0 < high - low <= AGE_DRIFT


def _suffixes(fact: Number) -> frozenset[str]:
    """Generational suffixes in the name the number belongs to or in its subject."""
    found = set(words(fact.agent or "")) | set(words(fact.subject or ""))
    return frozenset(w.rstrip(".") for w in found) & NAME_SUFFIXES


def state_and_event(a: Number, b: Number) -> bool:
    """True when one number counts a state some victims are in ("three hospitalized") and the
    other does not (`state` words)."""
    return _in_state(a) != _in_state(b)


def _in_state(fact: Number) -> bool:
    return any(w in STATE_EVENTS for w in event_lemma(fact.event).split())


def _number_events(fact: Number) -> frozenset[str]:
    return frozenset(event_lemma(fact.event).split())


def modal_and_done(lemmas_a: Iterable[str], lemmas_b: Iterable[str]) -> bool:
    """True when one event is attempted, planned or threatened (`modal` words among its lemmas
    or classes) and the other is not."""
    return bool(MODAL_EVENTS & set(lemmas_a)) != bool(MODAL_EVENTS & set(lemmas_b))


def dates_apart(a: DateFact, b: DateFact, events: Callable[[DateFact], frozenset[str]]) -> bool:
    """True when two dates are of different occasions: named by verbs of no common event class
    (`dated_by_other_verbs`), or one of an attempted or planned event and the other of the event
    done (`modal_and_done`). `events` gives a date's event classes (`compare/dates._events`)."""
    return dated_by_other_verbs(a, b, events) or modal_and_done(events(a), events(b))


def dated_by_other_verbs(a: DateFact, b: DateFact, events: Callable[[DateFact], frozenset[str]]) -> bool:
    """True when the dates name the verbs of what they date (or one names none), neither a verb of
    speaking, the two verbs are of different event classes (a verb of no known class stands for its own lemma), and
    one of them is a verb of what follows an event in the news (`aftermath` words: "released",
    "gathered"). The verbs alone are compared: the event nouns of an aftermath clause name the
    event it follows ("released the names of the victims of Saturday's shooting"), not the one
    it dates. Two other
    verbs of no common class are often one event told two ways ("hired" / "joined", "was
    engulfed" / "went up in flames"): read on the tuning part, a rule on every pair of verbs lost
    as many injected date conflicts as it removed false ones."""
    if is_reporting(a.event) or is_reporting(b.event):
        return False
    if not a.event or not b.event:
        # One names no verb: an aftermath verb on the other side is still of its own occasion
        # ("the coroner released the names Saturday" / a caption's "February 26"), unless the
        # verbless clause names that very aftermath by a noun ("the arraignment Wednesday").
        named, bare = (a, b) if a.event else (b, a)
        return bool(named.event) and _aftermath(named.event or "") and event_class(named.event) not in events(bare)
    class_a, class_b = event_class(a.event), event_class(b.event)
    if not class_a or not class_b or class_a == class_b:
        return False
    return _aftermath(a.event) or _aftermath(b.event)


def _aftermath(event: str) -> bool:
    return any(w in AFTERMATH_EVENTS for w in event_lemma(event).split()[:1])

