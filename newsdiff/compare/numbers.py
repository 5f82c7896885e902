"""Number claims: facts from different sources that count the same thing.

Two numbers count the same thing when their events fall in the same event class ("sent back",
"repatriated" and "deported" are one class; "held" is another: see `claim_words.EVENT_CLASSES`),
their units match, and their subjects share most of their content words ("North Koreans" and
"North Korean defectors"). Subjects that name only a group of people, with no word in common,
may still count one quantity of the same event: a nationality ("North Koreans") and a situation
noun ("escapees"), or two near-synonyms of one situation ("defectors" / "escapees"); two
different nationalities or two different situations never (`claim_words.HUMAN_GROUPS`). The
status comes from the intervals the sources commit to: the same
interval everywhere is `agree`, intervals that all overlap are `compatible` (in one dimension
pairwise overlap means a common point), no common point is `conflict`.
"""

from __future__ import annotations

from typing import Mapping, Optional, Sequence

from newsdiff.compare.common import EVENT_CLASS_OF, content_stems, event_class, short, stem, with_twins
from newsdiff.lexicon.claim_words import GENERIC_COUNTED, HUMAN_GROUPS, STOPWORDS
from newsdiff.model import Claim, ClaimValue, Kind, Number, Status
from newsdiff.text.lemma import lemma
from newsdiff.text.normalize import WORD, fold, words

MIN_SUBJECT_OVERLAP = 0.5  # shared subject stems over the smaller subject's stems
# Without an event, only a subject of two or more content words identical in both sources says
# they count one thing ("border crossings"); "jurors" or "sentences" alone count many things.
MIN_EVENTLESS_STEMS = 2
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
    tokens = WORD.findall(fact.subject, timeout=1.0)
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
        pair = f"{word} {_singular(fold(tokens[i + 1]))}" if i + 1 < len(tokens) else ""
        group = HUMAN_GROUP_OF.get(pair) or HUMAN_GROUP_OF.get(_singular(word))
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


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def same_group(a: tuple[frozenset[str], frozenset[str]], b: tuple[frozenset[str], frozenset[str]]) -> bool:
    """True when two human-group subjects may name one crowd: no two different nationalities and
    no two different situations (one side may leave either out)."""
    (nations_a, groups_a), (nations_b, groups_b) = a, b
    if nations_a and nations_b and not nations_a & nations_b:
        return False
    return not (groups_a and groups_b and not groups_a & groups_b)


def _event_key(fact: Number) -> str:
    if fact.event:
        return event_class(fact.event)
    # No event: the subject often carries the verb ("North Koreans sent back").
    for w in words(fact.subject):
        cls = EVENT_CLASS_OF.get(lemma(w))
        if cls:
            return cls
    return ""


def _subject_stems(fact: Number) -> frozenset[str]:
    """Stems of what is counted: the subject's content words minus the event's words and any
    verb of a known event class (the subject often repeats the verb: "North Koreans sent back")."""
    # The number's own words ("hundreds") and the event's are not what is counted.
    event_stems = set(content_stems(fact.event)) | set(content_stems(fact.text))
    out = set()
    for w in words(fact.subject):
        if w in STOPWORDS or w in GENERIC_COUNTED or lemma(w) in EVENT_CLASS_OF:
            continue
        s = stem(w)
        if s not in event_stems:
            out.add(s)
    return frozenset(out)


def _bounds(fact: Number) -> tuple[float, float]:
    low = float("-inf") if fact.low is None else fact.low
    high = float("inf") if fact.high is None else fact.high
    return low, high


def interval_status(facts: Sequence[Number]) -> tuple[str, str]:
    """Status of a set of numbers from their intervals, and why."""
    bounds = [_bounds(f) for f in facts]
    if len(set(bounds)) == 1:
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


def build(facts: Sequence[Number], source_order: dict[str, int],
          twins: Optional[Mapping[str, Sequence[Number]]] = None) -> list[Claim]:
    """Group number facts into claims (facts must all belong to one story). `twins` (fact id ->
    the same fact in copies, `claims_common.fold_copies`) join their original's claim."""
    ordered = sorted(facts, key=lambda f: (source_order[f.source], f.start, f.end))
    clusters: list[list[Number]] = []
    stems_of: list[set[str]] = []
    # Blocking: candidates are only the clusters with the same (event class, unit) that share a
    # subject stem with the fact.
    index: dict[tuple[str, str], dict[str, list[int]]] = {}
    block_members: dict[tuple[str, str], list[int]] = {}
    # Clusters holding a human-group subject, per block, with the union of their groups.
    block_humans: dict[tuple[str, str], list[int]] = {}
    humans_of: dict[int, tuple[frozenset[str], frozenset[str]]] = {}
    for fact in ordered:
        block = (_event_key(fact), (fact.unit or "").casefold())
        stems = _subject_stems(fact)
        if not block[0] and not stems:
            clusters.append([fact])  # nothing says what it counts: never merged
            stems_of.append(set())
            continue
        postings = index.setdefault(block, {})
        best, best_score = None, 0.0
        if stems:
            seen = sorted({c for s in stems for c in postings.get(s, ())})
            for c in seen:
                if not block[0] and (stems != stems_of[c] or len(stems) < MIN_EVENTLESS_STEMS):
                    continue
                if _contradicts_own_source(fact, clusters[c]):
                    continue
                shared = len(stems & stems_of[c])
                score = shared / max(1, min(len(stems), len(stems_of[c])))
                if score >= MIN_SUBJECT_OVERLAP and score > best_score:
                    best, best_score = c, score
        human = human_group(fact) if block[0] else None
        if best is None and human:
            # A crowd named otherwise ("escapees" / "North Koreans"): the human-group cluster of
            # the same event with the most sources whose group can be the same.
            members = [c for c in block_humans.get(block, [])
                       if same_group(human, humans_of[c]) and not _contradicts_own_source(fact, clusters[c])]
            if members:
                best = max(members, key=lambda c: (len({f.source for f in clusters[c]}), -c))
        elif block[0] and not stems:
            # No subject: the cluster of the same event with the most sources, if any.
            members = [c for c in block_members.get(block, []) if not _contradicts_own_source(fact, clusters[c])]
            if members:
                best = max(members, key=lambda c: (len({f.source for f in clusters[c]}), -c))
        if best is None:
            best = len(clusters)
            clusters.append([])
            stems_of.append(set())
            block_members.setdefault(block, []).append(best)
        clusters[best].append(fact)
        if human:
            if best not in humans_of:
                block_humans.setdefault(block, []).append(best)
                humans_of[best] = human
            else:
                old = humans_of[best]
                humans_of[best] = (old[0] | human[0], old[1] | human[1])
        for s in stems:
            if best not in postings.setdefault(s, []):
                postings[s].append(best)
        stems_of[best] |= stems
    return [_draft(with_twins(c, twins, source_order), source_order) for c in clusters]


def _contradicts_own_source(fact: Number, cluster: Sequence[Number]) -> bool:
    """True when the fact's own source already gives this cluster a value it cannot share an
    interval with: a writer does not contradict themself, so "seven life sentences" and "four
    sentences of life without parole" are two quantities, not one disputed."""
    low, high = _bounds(fact)
    for other in cluster:
        if other.source == fact.source:
            o_low, o_high = _bounds(other)
            if low > o_high or o_low > high:
                return True
    return False


def _label(cluster: Sequence[Number]) -> str:
    subjects = [f.subject for f in cluster if f.subject]
    if subjects:
        common = max(dict.fromkeys(subjects), key=subjects.count)  # first on a tie
        return short(common, 48)
    events = [f.event for f in cluster if f.event]
    if events:
        return short(f"{cluster[0].text} ({events[0]})", 48)
    return short(cluster[0].text, 48)


def _draft(cluster: Sequence[Number], source_order: dict[str, int]) -> Claim:
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
    )

