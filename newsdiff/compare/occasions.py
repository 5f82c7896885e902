"""Are two facts about different occasions of one kind? The shared test behind every conflict.

Two sources disagree only when they speak of one thing. News is full of facts of one kind that
are not one thing: an earlier storm recalled in a story about today's, the day a suspect was
charged beside the day of the robbery, a boy who bears his father's name, the people taken to
hospital beside the people hurt. The claim builders (`compare/numbers.py`, `compare/dates.py`)
line facts up by their frames; before they show two facts whose values cannot both be true as
one fact in conflict, they ask here whether the two are about different occasions. A "yes"
leaves the two in separate claims (they may still agree with others); it never joins anything.

A sign must be independent of the disagreement it would excuse: the two values compared are
never evidence of two occasions, and neither is one other disagreeing figure alone (an outlet
may take a quake's magnitude and depth from another agency than the next outlet; a wildfire's
acres and homes are updated together). Ordinary one-event disagreements ("Dana Kell, 34" /
"35") stay conflicts.

The signs, one function each, all pure and bounded per pair:

- `other_sibling_values`: the other figures of the two sentences (same dimension, counted noun
  and unit) disagree on two kinds at least, or on one while the two sentences name different
  times ("a 6.3 quake on Sunday" / "a 4.9 quake on Tuesday"): two storms, two games. One
  outlet's mistake, or one update, changes one or two figures of a sentence, not three. Casualty
  counts corroborate only beside different times (a toll and an injury count move together as
  a story is updated).
- `other_person`: figures of two names, one with a generational suffix right after the name
  and the other without ("Tom Vale Jr." / "Tom Vale"): a son and his father.
- `age_at_later_stage`: two adult ages a year or two apart, exactly one of them in a clause of a
  later stage in court ("found guilty", "pleaded", "trial"): the person's age at two times, the
  crime and the verdict. The ages alone never set two facts apart.
- `state_and_event`: one counts a state some of the victims are in ("three hospitalized") and the
  other the people the event hurt ("four injured"): neither is a part of the other for sure.
- `modal_and_done` (dates and numbers): one fact's event is attempted, planned, threatened or
  decided (`modal` words), the other's done: "the May 2 attempted robbery" is not "robbed May 9",
  "decided on Saturday to fire him" not "fired him Monday".
- `planned_and_done` (dates): one date's verb is planned or expected ("will be closed Tuesday",
  "is expected to be charged Tuesday"), the other's done ("shot three people Monday").
- `repeated_at_other_times` (dates): both of one aftermath verb group at clock times hours
  apart, and either on two days or both posts ("tweeted"): two posts, not one misdated. One
  announcement that two outlets time differently on one day stays a conflict.
- `dated_by_other_verbs` (dates): both dates name the verb of what they date, exactly one of
  the two verbs is of what follows an event in the news ("released the names Monday" / "the
  robbery happened Saturday"), and the two share no event class nor `kin` group: two events,
  whatever names and words the clauses share (the story's people and offices are named around
  all its dates). An aftermath said by a noun counts too (`aftermath_by_noun`: "held a press
  conference Thursday", "a court appearance Monday"): such a date and one of anything else are
  two events.

Word lists: `lexicon/lists/compare/occasion_words.txt`.
"""

from __future__ import annotations

from typing import Callable, Iterable, Optional, Sequence

from newsdiff.compare.common import event_class, event_lemma, is_reporting, stem
from newsdiff.extract.dates.context import NOUN_EVENT
from newsdiff.lexicon import load_table
from newsdiff.lexicon.claim_words import EVENT_CLASSES
from newsdiff.model import DateFact, Number
from newsdiff.text.lemma import is_past_form, lemma
from newsdiff.text.normalize import words

_WORDS: dict[str, frozenset[str]] = {}
KIN: dict[str, str] = {}  # verb lemma -> the name of its `kin` group
for _section, _word in load_table("compare/occasion_words"):
    if _section == "kin":
        _group = _word.split()
        KIN.update((w, _group[0]) for w in _group)
    else:
        _WORDS[_section] = _WORDS.get(_section, frozenset()) | {_word}
STATE_EVENTS = _WORDS.get("state", frozenset())
MODAL_EVENTS = _WORDS.get("modal", frozenset())
MODAL_BEFORE_VERB = _WORDS.get("modal_before_verb", frozenset())
NAME_SUFFIXES = _WORDS.get("suffix", frozenset())
AFTERMATH_EVENTS = _WORDS.get("aftermath", frozenset())
POSTING_EVENTS = _WORDS.get("posting", frozenset())
# Each a tuple of words that must all be in a clause ("news conference").
AFTERMATH_NOUNS = frozenset(tuple(entry.split()) for entry in _WORDS.get("aftermath_noun", frozenset()))
LIGHT_VERBS = _WORDS.get("light", frozenset())
CASUALTY_CLASSES = _WORDS.get("casualty", frozenset())
COURT_WORDS = _WORDS.get("court", frozenset())

# Ages of one adult this many years apart or less may be one person's age at two times, when a
# sign independent of the ages shows two times (`age_at_later_stage`): a birthday falls between
# the crime and the trial. A child's age is written with more care, and a year is much of it.
ADULT_AGE = 18
AGE_DRIFT = 2
# Dimensions never compared as figures of a clause (they name or record, `compare/numbers.py`).
NOT_FIGURES = ("address", "score", "position")
# Clock times of two posts of one kind (two tweets) more than this many minutes apart are two
# posts: an outlet copying one post's time gets it right to the minute or rounds it to the hour.
MIN_CLOCK_GAP = 90
# Figures of one sentence kept and read for a pair (bounded: a table read as one sentence has
# hundreds, and the test runs for many pairs of one merge).
MAX_SIBLINGS = 12
# Kinds of other figures that must disagree for two sentences to be two occasions when their
# times do not differ: one is what an outlet's mistake or a second agency's reading changes.
MIN_OTHER_KINDS = 2

Key = tuple[str, str, str]  # (dimension, counted noun stem, unit) of a figure


class Sentences:
    """The number facts of each (source, sentence), built once per story: what
    `other_sibling_values` reads as the other figures of a fact's sentence. Linear; at most
    `MAX_SIBLINGS` + 1 kept per sentence, so a call costs a bounded time."""

    def __init__(self, facts: Iterable[Number]) -> None:
        self.by_sentence: dict[tuple[str, int], list[Number]] = {}
        for f in facts:
            if _figure_key(f) is not None:
                kept = self.by_sentence.setdefault((f.source, f.sentence), [])
                if len(kept) <= MAX_SIBLINGS:
                    kept.append(f)

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
            if (other_sibling_values(a, b, sentences) or other_person(a, b) or age_at_later_stage(a, b)
                    or state_and_event(a, b)
                    or modal_and_done(_number_events(a), _number_events(b))):
                return True
    return False


def other_sibling_values(a: Number, b: Number, sentences: Sentences) -> bool:
    """True when the other figures of the two numbers' sentences show two occasions: figures of
    one kind (same dimension, counted noun and unit; not a count of nothing named) disagree on
    `MIN_OTHER_KINDS` kinds that are not casualty counts, or on any one kind while the two
    sentences name different times (`_sentence_times`). Never the two numbers themselves: the
    disagreement to be judged is no evidence of its own excuse."""
    siblings_a, siblings_b = sentences.siblings(a), sentences.siblings(b)
    kinds_a = _figures(siblings_a)
    if not kinds_a:
        return False
    kinds_b = _figures(siblings_b)
    differing = [key for key in kinds_a.keys() & kinds_b.keys()
                 if not any(_overlap(x, y) for x in kinds_a[key] for y in kinds_b[key])]
    if not differing:
        return False
    if sum(1 for key in differing if not _casualty_key(key, kinds_a, kinds_b)) >= MIN_OTHER_KINDS:
        return True
    times_a, times_b = _sentence_times(a, siblings_a), _sentence_times(b, siblings_b)
    return bool(times_a and times_b and not times_a & times_b)


def _figures(facts: Sequence[Number]) -> dict[Key, list[Number]]:
    found: dict[Key, list[Number]] = {}
    for f in facts:
        key = _figure_key(f)
        if key is not None:
            found.setdefault(key, []).append(f)
    return found


def _casualty_key(key: Key, kinds_a: dict[Key, list[Number]], kinds_b: dict[Key, list[Number]]) -> bool:
    """Whether the figures of this kind count the dead or the hurt of an event in either sentence."""
    return any(event_class(f.event) in CASUALTY_CLASSES for f in (*kinds_a[key], *kinds_b[key]))


def _sentence_times(fact: Number, siblings: Sequence[Number]) -> frozenset[str]:
    """The times (years, months, weekdays: the frame's `time`) named around the number and the
    other figures of its sentence."""
    return frozenset(t for f in (fact, *siblings) for t in f.time)


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
    # ("a 6.1 magnitude quake off the coast").
    return (dimension, "", (fact.unit or "").casefold())


def _overlap(a: Number, b: Number) -> bool:
    low_a = float("-inf") if a.low is None else a.low
    low_b = float("-inf") if b.low is None else b.low
    high_a = float("inf") if a.high is None else a.high
    high_b = float("inf") if b.high is None else b.high
    return low_a <= high_b and low_b <= high_a


def other_person(a: Number, b: Number) -> bool:
    """True when the two numbers belong to two people: both belong to a name (`agent`), and one
    name is followed by a generational suffix the other lacks ("Tom Vale Jr." / "Tom Vale"). The
    suffix counts only right after the name it ends: one elsewhere in the subject ("World War II
    veterans", "Phase II") names no person. Two ages of one name that differ stay a conflict
    unless a sign independent of the ages shows two times (`age_at_later_stage`; different times
    named, `compare/numbers._times_differ`)."""
    if not a.agent or not b.agent:
        return False
    return _suffix(a) != _suffix(b)


def _suffix(fact: Number) -> Optional[str]:
    """The generational suffix right after the last word of the number's name, in its subject
    ("Tom Vale Jr" for the name "tom vale"), or None. The frame keeps the name without it."""
    last = (fact.agent or "").split()[-1:]
    found = [w.casefold().rstrip(".") for w in words(fact.subject or "")]
    for n in range(len(found) - 1):
        if [found[n]] == last and found[n + 1] in NAME_SUFFIXES:
            return found[n + 1]
    return None


def age_at_later_stage(a: Number, b: Number) -> bool:
    """True when both are adult ages at most `AGE_DRIFT` years apart and exactly one clause names
    a later stage of a case in court (`court` words: "pleaded", "guilty", "trial"): the age at the
    verdict beside the age at the crime. Two ages in clauses of one stage ("Dana Kell, 34, was
    arrested" / "Dana Kell, 35, was arrested") stay a conflict, whatever the gap."""
    if a.dimension != "age" or b.dimension != "age" or a.value is None or b.value is None:
        return False
    low, high = sorted((a.value, b.value))
    if low < ADULT_AGE or not 0 < high - low <= AGE_DRIFT:
        return False
    return _in_court(a) != _in_court(b)


def _in_court(fact: Number) -> bool:
    return any(w in COURT_WORDS for w in fact.context)


def state_and_event(a: Number, b: Number) -> bool:
    """True when one number counts a state some victims are in ("three hospitalized") and the
    other does not (`state` words)."""
    return _in_state(a) != _in_state(b)


def _in_state(fact: Number) -> bool:
    return any(w in STATE_EVENTS for w in event_lemma(fact.event).split())


def _number_events(fact: Number) -> list[str]:
    return event_lemma(fact.event).split()


def is_modal(lemmas: Sequence[str]) -> bool:
    """True when an event's lemmas (in order) make it attempted, planned or threatened: a
    `modal` word anywhere, or a `modal_before_verb` word before another ("try rob", not "try")."""
    return any(w in MODAL_EVENTS or (w in MODAL_BEFORE_VERB and n + 1 < len(lemmas))
               for n, w in enumerate(lemmas))


def modal_and_done(lemmas_a: Sequence[str], lemmas_b: Sequence[str]) -> bool:
    """True when one event is attempted, planned or threatened (`is_modal`) and the other is not."""
    return is_modal(lemmas_a) != is_modal(lemmas_b)


def dates_apart(a: DateFact, b: DateFact, events: Callable[[DateFact], frozenset[str]]) -> bool:
    """True when two dates are of different occasions: named by verbs of no common event class
    (`dated_by_other_verbs`), or one of an attempted or planned event and the other of the event
    done (`modal_and_done`). `events` gives a date's event classes (`compare/dates._events`):
    a `modal` class among them counts (a noun's "attempted murder"), a bare "try" does not."""
    return (dated_by_other_verbs(a, b, events) or modal_and_done(_date_events(a, events), _date_events(b, events))
            or planned_and_done(a, b) or repeated_at_other_times(a, b))


def repeated_at_other_times(a: DateFact, b: DateFact) -> bool:
    """True when both dates are of an aftermath verb of one group (`aftermath`, `kin`: a tweet, a
    news release, a court appearance: what a story's actors do again and again), give clock
    times more than `MIN_CLOCK_GAP` apart, and either fall on two different days or are both of
    a `posting` verb ("tweeted just before 8 a.m." / "tweeted shortly after 5 p.m." the same
    day): two posts, not one misdated. One announcement that two outlets time differently on
    one day ("announced at 10 a.m. Sunday" / "at 2 p.m. Sunday") is one occasion and stays
    comparable. The clock times are what was written beside the days, not the days compared;
    one event's hour told differently by two outlets ("shot at 2 a.m." / "at 11 p.m.") is no
    aftermath and stays comparable."""
    if not (a.event and b.event and _aftermath(a.event) and _aftermath(b.event)):
        return False
    if _kin(event_class(a.event)) != _kin(event_class(b.event)):
        return False
    ta, tb = _clock(a.value), _clock(b.value)
    if ta is None or tb is None or abs(ta - tb) <= MIN_CLOCK_GAP:
        return False
    return _day(a.value) != _day(b.value) or (_posting(a.event) and _posting(b.event))


def _day(value: Optional[str]) -> str:
    """The day part of a value ("2017-02-19T09:00" -> "2017-02-19")."""
    return (value or "").partition("T")[0]


def _posting(event: str) -> bool:
    return any(w in POSTING_EVENTS for w in event_lemma(event).split()[:1])


def _clock(value: Optional[str]) -> Optional[int]:
    """Minutes after midnight of a value's clock time ("2017-02-19T09:00" -> 540), None without one."""
    time = (value or "").partition("T")[2]
    if len(time) < 5 or not (time[:2].isdigit() and time[2] == ":" and time[3:5].isdigit()):
        return None
    return int(time[:2]) * 60 + int(time[3:5])


def noun_event(fact: DateFact) -> str:
    """The noun a date modifies and so dates ("Sunday's rehearsal" -> "rehearsal", "the May 9
    robbery" -> "robbery": `extract/dates/context.NOUN_EVENT`), or "" when its event is a verb."""
    event = fact.event or ""
    return event[len(NOUN_EVENT):] if event.startswith(NOUN_EVENT) else ""


def is_planned(fact: DateFact) -> bool:
    """True when the date's verb is a base form, which the extractor gives only after a modal or
    "to" ("will meet Saturday", "is due to vote on Monday", "would be closed Tuesday": a passive
    keeps its "be", `extract/dates/context`): an event planned or expected, not one that happened.
    Verbs whose past form is their base ("set", "hit") are read as past; a noun a date modifies
    (`noun_event`) is neither."""
    first = words(fact.event or "")[:1]
    if not first or is_reporting(fact.event):
        return False
    word = first[0]
    if noun_event(fact):
        return False  # a date that modifies a noun ("the May 9 robbery") says nothing of a plan
    return lemma(word) == word and not is_past_form(word) and not word.endswith("ed")


def planned_and_done(a: DateFact, b: DateFact) -> bool:
    """True when both dates name the verb of what they date, neither a verb of speaking, and
    exactly one is planned or expected (`is_planned`): "the suspect is expected to be charged
    Tuesday" does not date the shooting of Monday, nor "the office will be closed Tuesday" the
    calls unanswered on Monday. What a source plans and what another says happened are two
    events, whatever words and names their clauses share; two planned dates may still conflict
    (one meeting set for two days)."""
    if not a.event or not b.event or is_reporting(a.event) or is_reporting(b.event):
        return False
    return is_planned(a) != is_planned(b)


def _date_events(fact: DateFact, events: Callable[[DateFact], frozenset[str]]) -> list[str]:
    return event_lemma(fact.event).split() + sorted(events(fact) & MODAL_EVENTS)


def dated_by_other_verbs(a: DateFact, b: DateFact, events: Callable[[DateFact], frozenset[str]]) -> bool:
    """True when the dates name the verbs of what they date (or one names none), neither a verb of
    speaking, exactly one of them is a verb of what follows an event in the news (`aftermath`
    words: "released", "gathered"), and the two are of different event classes and `kin` groups
    (a verb of no known class stands for its own lemma). The verbs alone are compared: the event
    nouns of an aftermath clause name the event it follows ("released the names of the victims of
    Saturday's robbery"), not the one it dates. Two verbs of the news after an event ("appeared
    in court" / "was arraigned", "marched" / "rallied") may be one occasion told two ways, and so
    may two other verbs of no common class ("hired" / "joined"): neither pair is set apart.
    A date of an aftermath said by a noun (`aftermath_by_noun`) and a date of no aftermath are set
    apart the same way."""
    if is_reporting(a.event) or is_reporting(b.event):
        return False
    by_noun_a, by_noun_b = aftermath_by_noun(a, events), aftermath_by_noun(b, events)
    if by_noun_a != by_noun_b:
        # One dates what followed by a noun ("a news conference Monday"), the other does not:
        # two occasions, unless the other names an aftermath too (by its verb or a noun).
        other = b if by_noun_a else a
        if not (_aftermath(other.event or "") or any(c in AFTERMATH_EVENTS for c in events(other))
                or _names_aftermath(other)):
            return True
        # both name an aftermath: their verbs decide, as below
    if not a.event or not b.event:
        # One names no verb: an aftermath verb on the other side is still of its own occasion
        # ("the coroner released the names Saturday" / a caption's "February 26"), unless the
        # verbless clause names that very aftermath by a noun ("the arraignment Wednesday").
        named, bare = (a, b) if a.event else (b, a)
        return bool(named.event) and _aftermath(named.event or "") and event_class(named.event) not in events(bare)
    class_a, class_b = _kin(event_class(a.event)), _kin(event_class(b.event))
    if not class_a or not class_b or class_a == class_b:
        return False
    return _aftermath(a.event) != _aftermath(b.event)


def aftermath_by_noun(fact: DateFact, events: Callable[[DateFact], frozenset[str]]) -> bool:
    """True when the date's clause names what follows an event by a noun (`aftermath_noun`: "a news
    conference Monday", "his first court appearance Monday, Aug. 10"; in a verbless caption, a
    present-tense aftermath verb: "appears in court Monday, Aug. 10") and no other event: the date
    has no verb, only a `light` verb that takes its event from the noun ("held a press conference
    Thursday"), or a verb of no known class; and the clause names no event noun of the story
    ("the shooting"). Such a date is the aftermath's."""
    if not (_names_aftermath(fact) or (not fact.event and any(_present_aftermath(w) for w in fact.context))):
        return False
    verb = event_lemma(fact.event).split()[:1] if fact.event else []
    own = event_class(fact.event) if fact.event else ""
    if verb and verb[0] not in LIGHT_VERBS and own in EVENT_CLASSES:
        return False  # "killed Monday ... news conference": the verb names the event
    return not any(c != own and c not in AFTERMATH_EVENTS for c in events(fact))


def _names_aftermath(fact: DateFact) -> bool:
    """True when the date's clause holds every word of an `aftermath_noun` entry."""
    found = set(fact.context)
    return any(all(w in found for w in entry) for entry in AFTERMATH_NOUNS)


def _present_aftermath(word: str) -> bool:
    """A present-tense aftermath verb of a caption, which the date extractor reads as no verb
    ("Dana Kell appears in court in Riverton, Monday, May 4")."""
    return word.endswith("s") and lemma(word) != word and lemma(word) in AFTERMATH_EVENTS


def _kin(cls: str) -> str:
    return KIN.get(cls, cls)


def _aftermath(event: str) -> bool:
    return any(w in AFTERMATH_EVENTS for w in event_lemma(event).split()[:1])
