"""Number claims: facts from different sources that state the same quantity.

Numbers are lined up by their frames (`extract/frame.py`) with the one alignment mechanism of
`compare/align.py`: candidates share a key (dimension with the counted noun, the event class, or a
rare word or name of the clause); a pair's evidence is the same counted noun, the same event
class (`lexicon/claim_words.EVENT_CLASSES`: "sent back", "repatriated" and "deported" are one
class), and the rare names and words around both, weighed by rarity in the story. Subjects that
name only a group of people (`HUMAN_GROUPS`) may count one crowd with no noun in common
("North Koreans" / "escapees"), never two nationalities or two situations. Two numbers that
cannot both be true join only on strong evidence; weaker evidence leaves them apart.

Values in two units of one dimension are converted first (`lexicon/lists/units.txt`), and an exact
measure stands for the interval its last written digit rounds (10 miles and 16 km agree). The
status comes from the intervals the sources commit to: the same interval everywhere is `agree`,
intervals that all overlap are `compatible`, no common point is `conflict`.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Mapping, Optional, Sequence

from rapidfuzz.distance import Levenshtein

from newsdiff.compare import occasions
from newsdiff.compare.align import Aligner, Link, Rarity
from newsdiff.compare.common import EVENT_CLASS_OF, content_stems, event_class, short, stem, with_twins
from newsdiff.extract.frame import SIBILANT_PLURALS, UNITS, head_noun, singular, unit_dimension
from newsdiff.lexicon.claim_words import (
    COUNTED_SYNONYMS,
    EVENT_CLASSES,
    GENERIC_COUNTED,
    HUMAN_GROUPS,
    STOPWORDS,
)
from newsdiff.lexicon.speech_words import REPORTING_VERBS
from newsdiff.model import Claim, ClaimValue, Kind, Number, Status, amended
from newsdiff.text.lemma import is_verb_form, lemma
from newsdiff.text.normalize import WORD, fold, words

HUMAN_GROUP_OF = {word: name for name, nouns in HUMAN_GROUPS.items() for word in nouns}


def human_group(fact: Number) -> Optional[tuple[frozenset[str], frozenset[str]]]:
    """(nationality stems, situation groups) when the subject names nothing but a group of
    people: situation nouns of `HUMAN_GROUPS` ("escapees") and capitalised words, at least one
    of them a plural noun ("North Koreans", "Syrian refugees"); None otherwise ("soldiers",
    "border crossings", "North Korean soldiers"). Generic nouns, stop words and the event's words
    are skipped."""
    if not fact.subject:
        return None
    event_stems = set(content_stems(fact.event)) | set(content_stems(fact.text))
    tokens = WORD.findall(fact.subject)
    nations: set[str] = set()
    groups: set[str] = set()
    head = False
    skip = False
    for i, token in enumerate(tokens):
        if skip:
            skip = False
            continue
        word = fold(token)
        if word in STOPWORDS or word in GENERIC_COUNTED or lemma(word) in EVENT_CLASS_OF or stem(word) in event_stems:
            continue
        pair = f"{word} {singular(fold(tokens[i + 1]))}" if i + 1 < len(tokens) else ""
        group = HUMAN_GROUP_OF.get(pair) or HUMAN_GROUP_OF.get(singular(word))
        if group:
            groups.add(group)
            head = True
            skip = pair in HUMAN_GROUP_OF
        elif token[:1].isupper():
            nations.add(stem(word))
            head = head or word.endswith(("s", "ese"))
        else:
            return None
    return (frozenset(nations), frozenset(groups)) if head else None


def same_group(a: tuple[frozenset[str], frozenset[str]], b: tuple[frozenset[str], frozenset[str]]) -> bool:
    """True when two human-group subjects may name one crowd: no two different nationalities and
    no two different situations (one side may leave either out)."""
    (nations_a, groups_a), (nations_b, groups_b) = a, b
    if nations_a and nations_b and not nations_a & nations_b:
        return False
    return not (groups_a and groups_b and not groups_a & groups_b)


def _event_key(fact: Number) -> str:
    """The event class a number belongs to: its verb's class, or, when the verb is of no known
    class ("left two dead") or missing, the class of a word of its subject ("dead", "sent back").
    A harm that killed ("fatally shot"; "one fatally" with the verb left out) is a killing."""
    verb = event_class(fact.event) if fact.event else ""
    if (verb in _HARMS or not verb) and _FATAL.intersection(fact.modifiers):
        return "kill"  # "fatally shooting two other men", "four were shot, one fatally": the killed
    if verb in EVENT_CLASSES:
        return verb
    for w in words(fact.subject):
        cls = EVENT_CLASS_OF.get(lemma(w)) or EVENT_CLASS_OF.get(w)
        if cls:
            return cls
    return verb


def _bounds(fact: Number) -> tuple[float, float]:
    """The interval the number commits to, in its dimension's base unit. An exact measure in a
    converted unit stands for what its last written digit rounds: "16 km" is 15.55-16.45 km."""
    low = float("-inf") if fact.low is None else _in_base(fact, fact.low)
    high = float("inf") if fact.high is None else _in_base(fact, fact.high)
    if _unit(fact) in UNITS and fact.low is not None and fact.low == fact.high:
        half = 0.45 * _last_digit(fact.low) * UNITS[_unit(fact)][1]
        low, high = low - half, high + half
    return low, high


def _unit(fact: Number) -> str:
    unit = (fact.unit or "").casefold()
    # "weighing 400 pounds": the frame says weight where the extractor read money.
    return "lb" if fact.dimension == "weight" and unit == "gbp" else unit


def _in_base(fact: Number, value: float) -> float:
    factor = UNITS.get(_unit(fact))
    return value * factor[1] + factor[2] if factor else value


def _last_digit(value: float) -> float:
    """The place of the last digit as written: 16 -> 1, 3.25 -> 0.01."""
    text = repr(float(value))
    if "e" in text or text.endswith(".0"):
        return 1.0
    return 10.0 ** -len(text.split(".")[1])


def interval_status(facts: Sequence[Number]) -> tuple[Status, str]:
    """Status of a set of numbers from their intervals, and why."""
    bounds = [_bounds(f) for f in facts]
    if len({(f.low, f.high, _unit(f)) for f in facts}) == 1:
        return Status.AGREE, "every source commits to the same interval"
    top_low = max(range(len(facts)), key=lambda i: (bounds[i][0], -i))
    low_high = min(range(len(facts)), key=lambda i: (bounds[i][1], i))
    if bounds[top_low][0] <= bounds[low_high][1]:
        return Status.COMPATIBLE, "the intervals overlap: every value can be true at once"
    a, b = facts[low_high], facts[top_low]
    return Status.CONFLICT, f"{_who(a)} and {_who(b)} cannot both be true"


def _who(fact: Number) -> str:
    claimant = f"{fact.claimant}: " if fact.claimant else ""
    return f"{fact.source} ({claimant}{fact.text})"


def display(fact: Number) -> str:
    """The number as a reader would write it, with its unit when the words do not show it."""
    shown = fact.text
    if fact.unit and fact.unit.casefold() not in shown.casefold() and not any(c in shown for c in "$€£%"):
        shown += f" {fact.unit}"
    return shown


# Evidence weights (see `compare/align.py`). A shared counted noun or event alone is not enough to
# say two numbers are one fact (stories are full of "points" and "people"); with a rare name or
# word of the clause it is. A conflict needs more: the same noun or event and the same rare names.
HEAD = 1.5  # both count the same noun
SUBJECT_WORD = 0.5  # each further word the two subjects share ("border crossings"), up to SUBJECT_CAP
SUBJECT_CAP = 1.0
EVENT = 2.0  # both belong to the same event class
OTHER_HEAD = 3.0  # both name what they count, and not the same thing: rarely one fact
OTHER_EVENT = 2.0  # both name their event, of different classes ("held" vs "sent back")
OTHER_NAMES = 1.0  # both name people or places around them, and none the same
OTHER_AGENT = 3.0  # the name nearest each number is not named around the other ("Manning" / "Garrard")
CASUALTY = 1.5  # both count the people killed (or injured) in the event, no two different nouns
CASUALTY_EVENTS = ("kill", "injure")
OTHER_TIME = 2.0  # their clauses name different times ("in 2003" / "on Sunday")
SAME_AGENT = 1.5  # both belong to the same name ("Earl Clark finished with 25 points")
SAME_PERSON_AGE = 3.0  # both the age of one named person ("Reid, 33," / "the 33-year-old Tara Reid")
WORDING = 3.0  # times the share of words two clauses worded alike share (`SAME_WORDING`)
MEASURE_WORDS = 3.0  # rare names and words a measure's clause must share to show a conflict
OTHER_PART = 1.0  # one is a part the other is not ("his first 17 passes" / "34 passes"): never a conflict
NAMES_CAP = 4.0
WORDS_CAP = 3.0
JOIN_AT = 2.0  # evidence to put numbers whose values can all be true in one claim
CONFLICT_AT = 3.5  # evidence to put numbers that cannot all be true in one claim
MAX_RATIO = 10.0  # values further apart than this many times are never one fact
NOT_COMPARED = ("address", "score", "position")


def build(facts: Sequence[Number], source_order: dict[str, int],
          twins: Optional[Mapping[str, Sequence[Number]]] = None) -> list[Claim]:
    """Group number facts into claims (facts must all belong to one story). `twins` (fact id ->
    the same fact in copies, `compare.common.fold_copies`) join their original's claim."""
    comparable = _unambiguous_agents([f for f in facts if f.dimension not in NOT_COMPARED])
    rarity = _StoryRarity((_bag(f) for f in comparable), len({f.source for f in comparable}))
    single = _single_valued(comparable)
    stated = _stated_values(comparable)
    sentences = occasions.Sentences(comparable)  # other figures of a sentence: evidence of two occasions
    # What each fact offers as evidence, read once: a fact is compared with many others.
    frames = {f.id: _Frame(f) for f in comparable}
    for found in _by_sentence(comparable).values():
        for f in found:
            frames[f.id].siblings = tuple(_figure(x) for x in found if x.id != f.id)[:MAX_SIBLINGS]
    links: dict[tuple[str, str], Optional[Link]] = {}

    def evidence(a: Number, b: Number) -> Optional[Link]:
        key = (a.id, b.id) if a.id < b.id else (b.id, a.id)
        if key not in links:
            found = _evidence(frames[key[0]], frames[key[1]], rarity)
            cheap = _agreement(a, b)  # agreement on one value needs less (never shows a conflict)
            links[key] = cheap if cheap and (found is None or found.score < cheap.score) else found
        return links[key]

    def pair_evidence(ga: Sequence[Number], gb: Sequence[Number]) -> Optional[Link]:
        found = [link for a in ga[:REPRESENTED] for b in gb[:REPRESENTED] if (link := evidence(a, b)) is not None]
        return max(found, key=lambda k: k.score) if found else None

    aligner: Aligner[tuple[Number, ...]] = Aligner(
        keys=lambda g: {k for f in g[:REPRESENTED] for k in _keys(f)},
        source=lambda g: g[0].source,
        order=lambda g: (g[0].source, g[0].start, g[0].end),
        evidence=pair_evidence,
        clash=lambda a, b: interval_status([f for g in (*a, *b) for f in g[:1]])[0] == Status.CONFLICT,
        same_value=lambda a, b: _overlap(a[0], b[0]),
        join_at=JOIN_AT,
        conflict_at=CONFLICT_AT,
        never=lambda a, b: _never(a[0], b[0], frames[a[0].id].magnitude, frames[b[0].id].magnitude)
        and not _agreement(a[0], b[0]),
        may_conflict=lambda a, b: _may_conflict(a[0], b[0], pair_evidence(a, b), single,
                                                _siblings_agree(frames[a[0].id], frames[b[0].id]))
        and not _states_other(a[0], b[0], stated) and not occasions.numbers_apart(a, b, sentences),
    )
    grouped, why = aligner.cluster(_repeats(comparable))
    clusters = [[f for g in cluster for f in g] for cluster in grouped]
    clusters += [[f] for f in facts if f.dimension in NOT_COMPARED]
    out = []
    for n, cluster in enumerate(clusters):
        members = with_twins(cluster, twins, source_order)
        members.sort(key=lambda f: (source_order[f.source], f.start, f.end))
        out.append(_draft(members, source_order, why.get(n, [])))
    return out


def _unambiguous_agents(facts: list[Number]) -> list[Number]:
    """The facts, with an agent that is a bare surname dropped when the story names two people of
    that surname ("Jackson, 40," in a story that also gives "Jonah Jackson, 6" and "Trinity
    Jackson, 7": a family). The surname alone would meet each of them (`_agents_meet`). Linear."""
    firsts: dict[str, set[str]] = {}
    for f in facts:
        words = (f.agent or "").split()
        if len(words) > 1:
            firsts.setdefault(words[-1], set()).add(words[0])
    # One first name spelled two ways ("jermayne" / "jerymayne") is one person, not a family.
    shared = {surname for surname, names in firsts.items()
              if any(not _words_alike(x, y) for x in names for y in names if x < y)}
    if not shared:
        return facts
    return [amended(f, agent=None) if f.agent in shared else f for f in facts]


class _StoryRarity(Rarity):
    """`Rarity` with a floor for a story too small to tell a rare word from a common one: a word
    found around no more facts than the story has sources may be one fact's, told once by each
    outlet, and weighs at least `RARE_FLOOR`. Two one-paragraph articles about one raid share
    "commandos" and "grenades" around both their numbers, which the plain weight reads as common
    (about 0.4); in a story of many facts per source such a word already weighs more."""

    def __init__(self, bags: Iterable[Iterable[str]], sources: int):
        super().__init__(bags)
        self.sources = sources

    def weight(self, word: str) -> float:
        """The weight of one shared word, at least `RARE_FLOOR` when it may be one fact's."""
        weight = super().weight(word)
        return max(weight, RARE_FLOOR) if self.df.get(word, 1) <= self.sources else weight


RARE_FLOOR = 0.69  # log 2: the weight of a word around half of a story's facts


# A source's repeats of one fact are compared through their first few mentions.
REPRESENTED = 3


def _repeats(facts: Sequence[Number]) -> list[tuple[Number, ...]]:
    """The facts grouped by what one source repeats: the same value, in the same unit, of the
    same counted noun or event, with the same modifiers and agent ("eight people killed" in the
    lede, the caption and the last paragraph). The cross-source alignment works on these groups,
    so that a long article's repeats neither crowd a block nor split over claims. A number that
    names neither a noun nor an event stands alone. Linear: one pass with a dictionary."""
    groups: dict[tuple, list[Number]] = {}
    for f in sorted(facts, key=lambda f: (f.source, f.start, f.end)):
        head, event = _head(f), _event_key(f)
        key: tuple = (f.id,) if not (head or event) else (
            f.source, _dimension(f), stem(head or ""), event, f.low, f.high, _unit(f), _parts(f), f.agent, f.time)
        groups.setdefault(key, []).append(f)
    return [tuple(g) for g in groups.values()]


def _overlap(a: Number, b: Number) -> bool:
    """One source may give one quantity twice, in words that can both be true ("nearly 600" in
    the lede, "more than 500" below); never two values that contradict each other."""
    (la, ha), (lb, hb) = _bounds(a), _bounds(b)
    return la <= hb and lb <= ha


def _head(fact: Number) -> Optional[str]:
    """The counted noun: the frame's, or read from the subject for a fact made without one, as the
    name of its group of synonyms (`lists/compare/counted_synonyms.txt`). A generic noun
    ("people", "others") says only "humans": no head."""
    head = fact.head or head_noun(fact)
    # "two dead", "three injured": a state of the event, not a counted noun; but a plural in "-es"
    # written in the subject is a noun even when a verb is spelled the same ("12 catches").
    if head is None or head in _GENERIC:
        return None
    if (head in EVENT_CLASS_OF or lemma(head) in EVENT_CLASS_OF) and not _written_plural(head, fact.subject or ""):
        return None
    return COUNTED_SYNONYMS.get(head, head)  # "catch" and "reception" are one noun


@lru_cache(maxsize=1 << 14)
def _written_plural(head: str, subject: str) -> bool:
    """Whether the subject writes the head as a plural in "-es" after a hissing sound ("catches"
    for "catch", "crashes" for "crash"): a noun. Plain "-s" plurals of event words ("arrests")
    stay no head: read on the tuning part, counting them as nouns joined counts of different
    occasions ("three murders" / "eight murders")."""
    return any(word.endswith(SIBILANT_PLURALS) and singular(word) == head for word in words(subject))


_GENERIC = frozenset(singular(w) for w in GENERIC_COUNTED) | GENERIC_COUNTED


def _dimension(fact: Number) -> str:
    return fact.dimension or unit_dimension(fact.unit) or "count"


def _bag(fact: Number) -> set[str]:
    """The words a number's frame offers as evidence: stems of its context and its names."""
    return {stem(w) for w in fact.context} | {"@" + n for n in fact.participants}


def _keys(fact: Number) -> Iterable[str]:
    dim = _dimension(fact)
    if _head(fact):
        yield f"{dim}|head:{stem(_head(fact))}"
    event = _event_key(fact)
    if event:
        yield f"{dim}|event:{event}"
    for word in _bag(fact):
        yield f"{dim}|{word}"


def _by_sentence(facts: Sequence[Number]) -> dict[tuple[str, int], list[Number]]:
    """The facts of each (source, sentence), at most `MAX_SIBLINGS` + 1 kept a sentence (a table
    read as one sentence has hundreds). Linear."""
    found: dict[tuple[str, int], list[Number]] = {}
    for f in facts:
        kept = found.setdefault((f.source, f.sentence), [])
        if len(kept) <= MAX_SIBLINGS:
            kept.append(f)
    return found


# Other figures of a sentence read for a pair (`_siblings_agree`).
MAX_SIBLINGS = 12
# A figure of at least this value agrees by its value alone, whatever noun it names ("59
# catches" / "59 receptions"); a smaller one ("two touchdowns") only with the same noun or unit,
# and then for half as much: small counts of one noun recur in any story.
DISTINCT_FIGURE = 10
SIBLINGS = 1.5  # per agreeing other figure of the two sentences (a small one counts half), up to SIBLINGS_CAP
SIBLINGS_CAP = 3.0
SIBLINGS_SHOWN = 1.0  # agreeing other figures that show two numbers are one fact (`_siblings_agree`)

Figure = tuple[str, str, str, Optional[float], Optional[float]]


def _figure(fact: Number) -> Figure:
    """What an other figure of a sentence is compared by: its dimension, counted noun (stem),
    unit and interval."""
    head = _head(fact)
    return (_dimension(fact), stem(head) if head else "", _unit(fact), fact.low, fact.high)


def _siblings_agree(fa: "_Frame", fb: "_Frame") -> float:
    """How many of the other figures of the two numbers' sentences are the same figure, given the
    same: the same value of the same dimension and unit, of the same counted noun or, for a value
    of at least `DISTINCT_FIGURE`, of any ("rushed for 404 yards and caught 52 passes for 440
    yards" / "rushed for 404 yards, caught 52 passes for 880 yards"). A small figure counts half.
    Two outlets' sentences that give the same figures around a number tell one occasion: the
    sign is independent of the two values compared (the opposite sign, other figures that
    disagree, is `compare/occasions.other_sibling_values`). It says which figure is which only
    for two of one kind (dimension, counted noun, unit) neither of which has its own twin in the
    other sentence: "404 yards" is the other's "404 yards", not its "440 yards". Ages, and
    counts of nothing named in a list of ages, are left to the names they belong to. Bounded: `MAX_SIBLINGS` a side."""
    if not fa.siblings or not fb.siblings or fa.dimension == "age":
        return 0.0  # (an age belongs to a person: `_agents_meet` and `_same_person` say whose)
    own_a, own_b = _figure(fa.fact), _figure(fb.fact)
    if own_a[:3] != own_b[:3] or own_a in fb.siblings or own_b in fa.siblings:
        return 0.0  # not one kind of figure, or each has its own twin in the other sentence
    if not (own_a[1] or own_a[2]) and any(f[0] == "age" for f in (*fa.siblings, *fb.siblings)):
        return 0.0  # a count of nothing named among ages: one of a list of people's ages read as
        # a count ("Jonah Kell, 6; Dana Kell Jr., 10"), each person's own
    used: set[int] = set()
    total = 0.0
    for dim, head, unit, low, high in fa.siblings:
        if low is None or low != high:
            continue  # "several", "more than 20": a vague figure says too little
        distinct = abs(low) >= DISTINCT_FIGURE
        for n, (dim_b, head_b, unit_b, low_b, high_b) in enumerate(fb.siblings):
            if n in used or dim_b != dim or unit_b != unit or low_b != low or high_b != high:
                continue
            if head_b != head and not distinct:
                continue
            if not distinct and not (head or unit):
                continue  # "two" of nothing named
            used.add(n)
            total += 1.0 if distinct else 0.5
            break
    return total


class _Frame:
    """The parts of a number's frame that `_evidence` compares, computed once per fact."""

    __slots__ = ("fact", "dimension", "magnitude", "head", "head_stem", "subject_words", "event",
                 "names", "words", "_group", "siblings", "names_thing", "parts", "shown")

    def __init__(self, fact: Number) -> None:
        self.fact = fact
        self.dimension = _dimension(fact)
        self.magnitude = _magnitude(fact)
        self.head = _head(fact)
        self.head_stem = stem(self.head or "")
        self.subject_words = set(_subject_words(fact))
        self.event = _event_key(fact)
        self.names = {"@" + n for n in fact.participants}
        self.words = {stem(w) for w in fact.context} - {self.head_stem}
        self.parts = _parts(fact)
        self.shown = {stem(w): w for w in fact.context}  # a shared stem as the clause writes it
        self._group: object = _UNREAD
        self.siblings: tuple[Figure, ...] = ()  # the other figures of its sentence (`build`)
        # A measure written as a compound before a noun ("a 41-yard catch", "a 7-inch screen")
        # measures that one thing, like a counted noun; "108 yards receiving" is a total.
        self.names_thing = bool(self.head) or bool(
            _measure(self.dimension) and "-" in fact.text.strip("-") and fact.subject)

    def group(self) -> Optional[tuple[frozenset[str], frozenset[str]]]:
        """`human_group` of the fact, read when first needed."""
        if self._group is _UNREAD:
            self._group = human_group(self.fact)
        return self._group  # type: ignore[return-value]


_UNREAD = object()


def _evidence(fa: _Frame, fb: _Frame, rarity: Rarity) -> Optional[Link]:
    """How strongly two numbers of different sources look like one fact, from their frames (read
    once per fact, `_Frame`); never from their values beyond dimension and order of magnitude."""
    a, b = fa.fact, fb.fact
    if fa.dimension != fb.dimension or not _magnitudes_close(fa.magnitude, fb.magnitude):
        return None
    score, why = 0.0, []
    head_a, head_b = fa.head, fb.head
    if head_a and head_b:
        if fa.head_stem == fb.head_stem:
            score += HEAD
            why.append(f"both count {head_b}")
        elif _groups_meet(fa.group(), fb.group()):
            score += HEAD / 2
            why.append(f"one group of people ({head_a} / {head_b})")
        elif fa.dimension != "age":  # "the 36-year-old man" / "36-year-old Duncan Raite": one person
            score -= OTHER_HEAD
    shared_subject = (fa.subject_words & fb.subject_words) - {fa.head_stem, fb.head_stem}
    if shared_subject:
        score += min(SUBJECT_CAP, SUBJECT_WORD * len(shared_subject))
    ea, eb = fa.event, fb.event
    if ea and eb:
        if ea == eb:
            score += EVENT
            why.append(f"same event ({ea})")
        else:
            score -= OTHER_EVENT
    score += _scope_evidence(fa, fb)
    agents = _agents_meet(a, b)
    people = _people_evidence(fa, fb, agents)
    if people is None:
        return None  # two people's ages
    score += people
    if agents:
        why.append(f"same agent ({b.agent})")
    names_a, names_b = fa.names, fb.names
    names_weight, shared = rarity.shared(names_a, names_b, NAMES_CAP)
    if shared:
        score += names_weight
        why.append("names: " + ", ".join(n[1:] for n in shared[:3]))
    elif names_a and names_b:
        score -= OTHER_NAMES
    words_weight, shared = rarity.shared(fa.words, fb.words, WORDS_CAP)
    if shared:
        score += words_weight
        why.append("words: " + ", ".join(fb.shown.get(s, s) for s in shared[:4]))
    agreeing = _siblings_agree(fa, fb)
    score += _siblings_evidence(agreeing, why)
    # Clauses worded alike (one sentence, copied or lightly rewritten) that count one noun in
    # events of no two classes are the same fact's; without a counted noun on both sides the
    # numbers of one list ("ages 15, 17 and 18") would be worded alike too. A measure in a unit
    # (money, a distance) names what it measures by its unit: with neither naming a noun, its
    # clause worded alike is one fact ("worth an estimated two million euros").
    alike = _wording(a, b)
    same_noun = bool(head_a and head_b and fa.head_stem == fb.head_stem) or (
        not head_a and not head_b and _measure(fa.dimension) and fa.names_thing == fb.names_thing)
    worded = alike >= SAME_WORDING and same_noun and not (ea and eb and ea != eb)
    if worded:
        score += WORDING * alike
        why.append(f"worded alike ({alike:.0%} of words)")
    # A conflict needs more than shared words: the same counted noun or event, the same person's
    # age, clauses worded alike, or, for a measure (a distance, an amount of money: what it
    # measures is its unit), rare words and names of its clause shared in strength, and, unless
    # an age, both or neither measuring a named thing ("an 84-yard run" is one run, "352 yards" a
    # whole game's: `_Frame.names_thing`). `_may_conflict` then asks each clashing pair for strong
    # same-fact evidence.
    decisive = (bool(head_a and head_b and fa.head_stem == fb.head_stem) or bool(ea and ea == eb)
                or worded or agreeing >= SIBLINGS_SHOWN
                or (fa.dimension == "age" and (bool(agents) or _same_person(a, b)))
                or (not fa.dimension.startswith("count") and names_weight + words_weight >= MEASURE_WORDS
                    and (fa.dimension == "age" or fa.names_thing == fb.names_thing)))
    return Link(round(score, 3), tuple(why), decisive)


def _siblings_evidence(agreeing: float, why: list[str]) -> float:
    """What agreeing other figures of the two sentences (`_siblings_agree`) add, with the reason."""
    if not agreeing:
        return 0.0
    why.append("the same other figures in both sentences")
    return min(SIBLINGS_CAP, SIBLINGS * agreeing)


def _measure(dimension: str) -> bool:
    """A dimension whose unit says what it measures (money, a distance, a weight): not a count,
    an age or a percentage (a share of something only a noun names: "52 percent in Egypt, 82
    percent in India" are two shares worded alike)."""
    return not dimension.startswith("count") and dimension not in ("age", "percent")


def _scope_evidence(fa: _Frame, fb: _Frame) -> float:
    """What part, role and time say: a part or a total the other is not takes away; the people
    killed (or hurt) in a story's event, with no two different counted nouns, are one role of one
    event, whatever the clause around says; clauses naming different times take away."""
    a, b = fa.fact, fb.fact
    score = -OTHER_PART if fa.parts != fb.parts else 0.0
    if fa.event and fa.event == fb.event and fa.event in CASUALTY_EVENTS and (
            not fa.head or not fb.head or fa.head_stem == fb.head_stem or _groups_meet(fa.group(), fb.group())):
        score += CASUALTY
    if _times_differ(a, b):
        score -= OTHER_TIME
    return score


def _people_evidence(fa: _Frame, fb: _Frame, agents: Optional[bool]) -> Optional[float]:
    """What the names the two numbers belong to say: the same agent adds, two different ones (or,
    with no agent, two different nearest names) take away; None for two people's ages."""
    a, b = fa.fact, fb.fact
    if fa.dimension == "age" and (agents is False or (agents is None and a.participants and b.participants
                                                      and not _same_person(a, b))):
        return None
    if agents:
        return SAME_PERSON_AGE if fa.dimension == "age" else SAME_AGENT
    if not _names_differ(a, b, agents):
        return 0.0
    if fa.event and fa.event == fb.event and fa.event in CASUALTY_EVENTS:
        # The story's toll has no owner: the name read as its agent or nearest it is often a
        # place, a precinct or a caption word ("near the 4th Precinct that injured five people").
        # Such counts may join; a conflict still counts the names against them (`_may_conflict`).
        return 0.0
    return -OTHER_AGENT


def _names_differ(a: Number, b: Number, agents: Optional[bool]) -> bool:
    """Two different agents, or, with no agent, two different nearest names."""
    if agents is not None:
        return not agents
    return bool(a.participants and b.participants and a.participants[0] not in b.participants[:2]
                and b.participants[0] not in a.participants[:2])


def _subject_words(fact: Number) -> list[str]:
    """Stems of the subject's content words, without the event's words and generic nouns."""
    event = set(content_stems(fact.event))
    return [s for s in content_stems(fact.subject) if s not in event and s not in _GENERIC_STEMS]


_GENERIC_STEMS = frozenset(stem(w) for w in GENERIC_COUNTED)


def _may_conflict(a: Number, b: Number, link: Optional[Link], single: frozenset[str] = frozenset(),
                  siblings: float = 0.0) -> bool:
    """Two numbers whose values cannot both be true may be shown as one fact in conflict (the
    merge itself needs a decisive link of `CONFLICT_AT`) only when the two themselves look like
    one fact (evidence of `JOIN_AT`), belong to no two different names, and never when one is a part or a scope
    the other is not ("six" of this operation, "a total of 14"; "three others wounded" may still
    agree with "three wounded"). `single`: the counted nouns of the story no source gives two
    values of (`_single_valued`); `siblings`: how many other figures of the two sentences agree
    (`_siblings_agree`), which also shows one fact."""
    agents = _agents_meet(a, b)
    if _casualty(a) and _casualty(a) == _casualty(b) and _names_differ(a, b, agents) \
            and (link is None or link.score < CONFLICT_AT + OTHER_AGENT):
        # Joined without the names' say (`_people_evidence`): a conflict still needs the evidence
        # it would need with the different names held against it.
        return False
    return (link is not None and link.score >= JOIN_AT and _parts(a) == _parts(b)
            and agents is not False and not _times_differ(a, b)
            and (_same_fact_shown(a, b) or _paraphrase(a, b, link, single)
                 or (siblings >= SIBLINGS_SHOWN and _years_agree(a, b, siblings))))


def _years_agree(a: Number, b: Number, siblings: float) -> bool:
    """The same years named, or, with at least two other figures of the two sentences the same
    (`_siblings_agree`: one stat line), a year named by one only ("in 2008 with 59 catches for
    1,098 yards and seven touchdowns" / "this season with 88 catches for 1,098 yards and seven
    touchdowns"): two figures given alike outweigh a year left unsaid, not a different year."""
    ya, yb = _years(a), _years(b)
    return ya == yb or (siblings >= 2 * SIBLINGS_SHOWN and not (ya and yb))


def _what(fact: Number) -> Optional[tuple[str, str]]:
    """What a number counts, for telling one source's own values apart: its dimension with the
    story's casualty class ("kill", "injure") or its counted noun; None when it names neither."""
    what = _casualty(fact) or (stem(head) if (head := _head(fact)) else None)
    return (_dimension(fact), what) if what else None


def _stated_values(facts: Sequence[Number]) -> dict[tuple[str, tuple[str, str]], frozenset[tuple]]:
    """(source, what it counts) -> the values (`_bounds`) that source gives of it. Linear."""
    stated: dict[tuple[str, tuple[str, str]], set[tuple]] = {}
    for f in facts:
        what = _what(f)
        if what:
            stated.setdefault((f.source, what), set()).add(_bounds(f))
    return {key: frozenset(values) for key, values in stated.items()}


def _states_other(a: Number, b: Number, stated: Mapping[tuple[str, tuple[str, str]], frozenset[tuple]]) -> bool:
    """True when one source also gives, elsewhere, the very value the other source gives of the
    same thing: its own clashing value then counts another occasion ("In February, a gunman
    killed five people" in an article whose headline says one was killed on Monday), or an
    earlier figure it corrects itself; either way the two sources do not disagree."""
    for x, y in ((a, b), (b, a)):
        what = _what(x)
        if what and what == _what(y) and _bounds(y) in stated.get((x.source, what), ()):
            return True
    return False


def _single_valued(facts: Sequence[Number]) -> frozenset[str]:
    """Stems of the counted nouns of a story that no source gives two values of that cannot both
    be true: each outlet counts its robbers or its gang members once (repeating it, or writing
    "nearly 600" and "more than 500"), so two outlets' counts of them are one fact. Sports and
    disaster stories count "points", "villages" or "games" of many things in each article:
    those nouns say nothing about which count is which. Linear: one pass, then per noun and source."""
    values: dict[str, dict[str, list[Number]]] = {}
    for f in facts:
        head = _head(f)
        if head:
            values.setdefault(stem(head), {}).setdefault(f.source, []).append(f)
    return frozenset(noun for noun, by_source in values.items()
                     if all(_one_value(found) for found in by_source.values()))


def _one_value(facts: Sequence[Number]) -> bool:
    """True when the facts (one source's counts of one noun) can all be true at once."""
    if len(facts) > SINGLE_VALUES_READ:
        return False
    return interval_status(facts)[0] != Status.CONFLICT


# A source counting one noun more often than this is not giving one value of it.
SINGLE_VALUES_READ = 8


def _paraphrase(a: Number, b: Number, link: Link, single: frozenset[str]) -> bool:
    """The two clauses say one fact in other words: they count the same noun, one the story's
    sources each give one value of (`_single_valued`), in events of no two different classes,
    share enough rare words and names around it for a conflict (`CONFLICT_AT`), and name the noun
    the same way, share a name, or share a predicate (`_shared_predicate`): "two possible gang
    members were arrested" and "two possible gang members are under arrest". As for clauses
    worded alike, a year only one names sets them apart. A name only one belongs to does not:
    a noun each source counts once is one figure whoever the clause names ("McDermott grabbed 7
    rebounds" stays apart from "grabbed 11 rebounds" in a story that counts several players'
    rebounds, `_same_fact_shown`)."""
    ha, hb = _head(a), _head(b)
    if not ha or not hb or stem(ha) != stem(hb) or stem(ha) not in single:
        return False
    ea, eb = _event_key(a), _event_key(b)
    if (ea and eb and ea != eb) or link.score < CONFLICT_AT or _years(a) != _years(b):
        return False
    # The noun named the same way ("armed robbers", "possible gang members") or a name shared:
    # "three rifles" of one list and "seven AK-47 assault rifles" of another are two arsenals.
    shared = (set(_subject_words(a)) & set(_subject_words(b))) - {stem(ha)}
    return bool(shared) or bool(set(a.participants) & set(b.participants)) or _shared_predicate(a, b)


def _shared_predicate(a: Number, b: Number) -> bool:
    """A verb of both windows that is not the event itself (`_verbs`) and, besides it, a content
    word of both that is neither a verb, the counted noun nor a name: "pulled a knife on two
    wardens" / "pulling a knife on five wardens" name the noun's role alike. The story's own verb
    says nothing of which episode a count belongs to ("arrested two men accused of robbing a
    store" / "arrested five men accused of burning a church": two arrests), and a verb alone is
    weak evidence: `context` is a window of ten words either side, not the clause."""
    if not _verbs(a) & _verbs(b):
        return False
    return bool(_predicate_words(a) & _predicate_words(b))


def _verbs(fact: Number) -> frozenset[str]:
    """Lemmas of the verb forms of its window (`context`, ten words either side), but verbs of
    saying and the verbs of the event itself: its own verb (`Number.event`) and any verb of a
    known event class (killed, arrested, seized), which `_event_key` already compares."""
    own = lemma(fact.event) if fact.event else ""
    return frozenset(v for w in fact.context if is_verb_form(w) and w not in REPORTING_VERBS
                     and (v := lemma(w)) != own and v not in EVENT_CLASS_OF and w not in EVENT_CLASS_OF)


def _predicate_words(fact: Number) -> frozenset[str]:
    """Stems of the window's words that are no verb form, counted noun, generic noun or name."""
    skip = {stem(h) for h in (fact.head, _head(fact)) if h} | _GENERIC_STEMS | set(fact.participants)
    return frozenset(s for w in fact.context if not is_verb_form(w) and (s := stem(w)) not in skip)


# Share of the two clauses' content words (`Number.context`, ten words either side) that are the
# same, above which two numbers stand in one sentence, copied or lightly rewritten: the strongest
# sign two outlets state one fact. Sports and crime stories are full of numbers that share a noun
# and a name ("Clark finished with 25 points" in one game, "with 22 points" in the next), so those
# alone show no conflict. Read on the tuning part: conflicts on untouched clusters mostly share
# under a third of their words, changed copies of one sentence most of them.
SAME_WORDING = 0.4


def _same_fact_shown(a: Number, b: Number) -> bool:
    """Whether the two numbers look like one fact strongly enough that values which cannot both be
    true are a conflict, not two facts: the people killed (or injured) in the story's event, with
    no two different counted nouns; both belonging to one named person or team ("Reid, 33," /
    "Tara Reid, 34"); or their clauses worded alike (`SAME_WORDING`). The year of a clause no
    other names ("killed 13 in 2009" / "killed four") sets it apart (its own year is left out by
    the frame, `extract/frame._time`)."""
    if _years(a) != _years(b):
        return False
    if _casualty(a) and _casualty(a) == _casualty(b) and _heads_compatible(a, b):
        return True  # the story's toll has no owner: a place read as its agent says nothing
    if _owner_unseen(a, b) and _dimension(a) not in _SPANS:
        return False  # (a name owns its points or its age, not a span of time: "An Australian
        # climber who survived two nights" / "AN AUSTRALIAN climber who survived seven nights")
    if _agents_meet(a, b) and (_dimension(a) == "age" or _same_head_and_event(a, b)):
        return True
    return _wording(a, b) >= SAME_WORDING


def _same_head_and_event(a: Number, b: Number) -> bool:
    """Neither two different counted nouns nor two different event classes: one name's "scored 20
    points" and "finished with 30 points", or "threw for 410 yards" and "for 205 yards"; not
    "Charles's 86-yard touchdown run" and "Charles's 226 yards". Two spans of time that name
    neither a noun nor an event say nothing of which span each is: a team's "10 seconds ran off"
    and its "12 seconds left" are two moments of one game (a name owns its yards, not its time)."""
    ha, hb, ea, eb = _head(a), _head(b), _event_key(a), _event_key(b)
    if not (ha or hb or ea or eb) and _dimension(a) in _SPANS:
        return False
    heads = stem(ha) == stem(hb) if ha and hb else not ha and not hb
    return heads and not (ea and eb and ea != eb)


# Dimensions of a span of time (`lists/units.txt`).
_SPANS = frozenset({"duration", "nights", "weekends", "semesters"})


def _years(fact: Number) -> frozenset[str]:
    """The years its clause names. Not months: a later article names its story's own month ("the
    January shooting deaths of four women"), read on the tuning part."""
    return frozenset(t for t in fact.time if t.isdigit())


def _casualty(fact: Number) -> Optional[str]:
    """"kill" or "injure" for a count of the people killed or injured in the event, else None."""
    event = _event_key(fact)
    return event if event in CASUALTY_EVENTS else None


def _heads_compatible(a: Number, b: Number) -> bool:
    """No two different counted nouns, unless both name only a group of people."""
    ha, hb = _head(a), _head(b)
    if not ha or not hb or stem(ha) == stem(hb):
        return True
    ga, gb = human_group(a), human_group(b)
    return _groups_meet(ga, gb)


def _wording(a: Number, b: Number) -> float:
    """Share of content words the two clauses have in common (Jaccard over `context`)."""
    wa, wb = set(a.context), set(b.context)
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


def _owner_unseen(a: Number, b: Number) -> bool:
    """One number belongs to a name (who scored, whose age) that is nowhere around the other: the
    other may be another player's or person's figure ("McDermott grabbed 7 rebounds" / "grabbed
    11 rebounds", said of Echenique a sentence before)."""
    for one, other in ((a, b), (b, a)):
        if one.agent and not other.agent and not set(one.agent.split()) & set(other.participants):
            return True
    return False


def _parts(fact: Number) -> tuple[str, ...]:
    """The modifiers that make a number a part or a scope. "Killing two and wounding six others":
    for a count of casualties "other" only sets the wounded apart from the dead, the whole of its
    own role, so it is not one. Not for a plot or an attempt ("conspiring to kill three others"
    besides the murders charged): no toll to set apart, so "others" is a different set."""
    if _event_key(fact) in CASUALTY_EVENTS and "attempted" not in fact.modifiers:
        return tuple(m for m in fact.modifiers if m not in _CONTRASTIVE and m not in _FATAL)
    return fact.modifiers


_CONTRASTIVE = frozenset({"other", "others", "another"})
# "Fatally shot", "mortally wounded": a harm that killed (the toll of the dead, not a part of it).
_FATAL = frozenset({"fatally", "mortally"})
_HARMS = frozenset({"shoot", "stab", "injure"})


def _times_differ(a: Number, b: Number) -> bool:
    """Both clauses name a time (a year, a month, a weekday) and none the same: "killed in 2003"
    and "killed on Sunday" are two occasions."""
    return bool(a.time and b.time and not set(a.time) & set(b.time))


def _agents_meet(a: Number, b: Number) -> Optional[bool]:
    """None when either number belongs to no name; else whether the two names may be one person
    or team: one's words all among the other's ("reid" / "tara reid")."""
    if not a.agent or not b.agent:
        return None
    wa, wb = set(a.agent.split()), set(b.agent.split())
    return wa <= wb or wb <= wa


def _agreement(a: Number, b: Number) -> Optional[Link]:
    """Cheap evidence for two ages that agree (asymmetric thresholds: joining facts of one value
    needs less than showing a conflict). The same age of two names that may be one person spelled
    two ways ("Katherine Gomes, 61" / "61-year-old Kathryn Gomes"; "Robyn Norma Mendes" / "Robin
    Mendes"), or of a name and an unowned age whose clause names that person ("the 16-year-old
    accused" beside "Jermayne Timmons"), is one fact. Never a conflict: the link is not decisive,
    and different values never get it. None when this does not apply."""
    if _dimension(a) != _dimension(b) or _bounds(a) != _bounds(b) or _unit(a) != _unit(b):
        return None
    if _dimension(a) != "age":
        return _same_count(a, b)
    if _agents_meet(a, b):
        return None
    if a.agent and b.agent:
        if not _names_alike(a.agent, b.agent):
            return None
        why = f"same age, names alike ({a.agent} / {b.agent})"
    elif a.agent or b.agent:
        named, other = (a, b) if a.agent else (b, a)
        agent = (named.agent or "").split()
        if not other.participants or not all(any(_words_alike(w, p) for p in other.participants) for w in agent):
            return None
        why = f"same age, {named.agent} named around both"
    else:
        return None
    return Link(JOIN_AT, (why,), decisive=False)


def _same_count(a: Number, b: Number) -> Optional[Link]:
    """Cheap evidence for two counts of one exact value that count the same noun ("54 games" / "in 54
    games with the team"), in events of no two classes, as the same part, at no two different
    times, belonging to no two different names (the nearest capitalised word is not held against
    them: often a noun in a headline or an acronym): one fact told twice. Not decisive."""
    if a.low is None or a.low != a.high:
        return None  # "several groups" / "several groups": a vague amount says too little
    head_a, head_b = _head(a), _head(b)
    if not head_a or not head_b or stem(head_a) != stem(head_b) or _parts(a) != _parts(b):
        return None
    ea, eb = _event_key(a), _event_key(b)
    if (ea and eb and ea != eb) or _times_differ(a, b) or _agents_meet(a, b) is False:
        return None
    return Link(JOIN_AT, (f"same value, both count {head_b}",), decisive=False)


NAME_ALIKE = 0.65  # normalised similarity of two first names read as one name spelled two ways
NAME_ALIKE_LETTERS = 5  # shorter first names alike are often two names ("tom" / "tim", "mark" / "mary")


def _names_alike(a: str, b: str) -> bool:
    """Two names that may be one person's spelled two ways: each word of the shorter is a word of
    the longer or one name spelled two ways ("catherine" / "katherine", "robyn" / "robin"), and
    two full names keep the same surname. A family's other members ("jonah" / "trinity", "tom" /
    "tim") are not alike."""
    wa, wb = sorted((a.split(), b.split()), key=len)
    if len(wa) > 1 and wa[-1] != wb[-1]:
        return False
    return all(any(_words_alike(w, v) for v in wb) for w in wa)


def _words_alike(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) < NAME_ALIKE_LETTERS:
        return False
    return Levenshtein.normalized_similarity(a, b) >= NAME_ALIKE


def _never(a: Number, b: Number, magnitude_a: Optional[float], magnitude_b: Optional[float]) -> bool:
    """Two numbers that are never one fact, whatever links their claims: ten times apart, or two
    people's ages. (A part and a whole may agree; they never conflict: `_may_conflict`.)"""
    if not _magnitudes_close(magnitude_a, magnitude_b):
        return True
    if _dimension(a) != "age":
        return False
    agents = _agents_meet(a, b)
    if agents is not None:
        return not agents
    return bool(a.participants and b.participants) and not _same_person(a, b)


def _same_person(a: Number, b: Number) -> bool:
    """The name each age belongs to is one person's ("Reid, 33," and "Tara Reid, 34"), or, when
    either has none, the name nearest each is the same."""
    agents = _agents_meet(a, b)
    if agents is not None:
        return agents
    return bool(a.participants and b.participants and a.participants[0] == b.participants[0])


def _groups_meet(ga, gb) -> bool:
    """Both subjects name only a group of people (`human_group`), and the groups may be one crowd."""
    return ga is not None and gb is not None and same_group(ga, gb)


def _magnitudes_close(va: Optional[float], vb: Optional[float]) -> bool:
    if va is None or vb is None or va <= 0 or vb <= 0:
        return True
    return max(va, vb) / min(va, vb) <= MAX_RATIO


def _magnitude(fact: Number) -> Optional[float]:
    if fact.value is not None:
        return abs(_in_base(fact, fact.value))
    finite = [v for v in (fact.low, fact.high) if v is not None]
    return abs(_in_base(fact, finite[0])) if finite else None


def _label(cluster: Sequence[Number]) -> str:
    subjects = [f.subject for f in cluster if f.subject]
    if subjects:
        common = max(dict.fromkeys(subjects), key=subjects.count)  # first on a tie
        return short(common, 48)
    events = [f.event for f in cluster if f.event]
    if events:
        return short(f"{cluster[0].text} ({events[0]})", 48)
    return short(cluster[0].text, 48)


def basis(links: Sequence[Link]) -> str:
    """Why a claim's facts were joined, from the links that built it: each reason once, the
    strongest link's first."""
    reasons = dict.fromkeys(r for link in sorted(links, key=lambda k: -k.score) for r in link.why)
    return "; ".join(list(reasons)[:4])


def _draft(cluster: Sequence[Number], source_order: dict[str, int], links: Sequence[Link] = ()) -> Claim:
    sources = {f.source for f in cluster}
    status, why = interval_status(cluster)
    if len(sources) == 1:
        note = "one source only" + ("" if status == Status.AGREE else f"; within it {why}")
        status = Status.SINGLE
    else:
        note = why
    values = tuple(
        ClaimValue(
            source=f.source,
            value=[f.low, f.high],
            fact=f.id,
            claimant=f.claimant,
            display=display(f),
        )
        for f in cluster
    )
    first = cluster[0]
    return Claim(
        kind=Kind.NUMBER,
        label=_label(cluster),
        status=status,
        facts=tuple(f.id for f in cluster),
        values=values,
        note=note,
        order=(source_order[first.source], first.start),
        basis=basis(links),
    )

