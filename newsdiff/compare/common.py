"""Helpers shared by the claim builders: words, stems, event classes, union-find, drafts.

Everything here works on fact fields (never on a source's text) and is deterministic.
"""

from __future__ import annotations

from dataclasses import fields
from functools import lru_cache
from operator import attrgetter
from typing import Callable, Generic, Hashable, Iterable, Mapping, Optional, Sequence, TypeVar

from newsdiff.lexicon.claim_words import (
    CALENDAR_WORDS,
    EVENT_CLASSES,
    EVENT_NOISE,
    REPORTING_EVENTS,
    STOPWORDS,
)
from newsdiff.model import Fact, Kind, Status
from newsdiff.text.lemma import lemma
from newsdiff.text.normalize import words
from newsdiff.text.tokens import WORD

F = TypeVar("F", bound=Fact)
H = TypeVar("H", bound=Hashable)
# Where a fact sits, not what it says: ignored when deciding that two facts are the same.
PLACE_FIELDS = frozenset("id source start end sentence speaker_start speaker_end claimant_start claimant_end".split())


STATUS_RANK = {Status.AGREE: 0, Status.COMPATIBLE: 1, Status.CONFLICT: 2}


# The string helpers below are pure and called for every pair a fact is in: bounded caches make
# each distinct word or phrase cost one computation.
@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A crude stem good enough to match inflections and demonyms: the first five letters after a
    possessive and a plural -s are dropped ("Koreans" / "Korean" / "Korea" -> "korea")."""
    w = word.removesuffix("'s").removesuffix("'")
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    return w[:5]


def content_stems(text: Optional[str]) -> list[str]:
    """Stems of the content words of `text`, in order (stop words dropped)."""
    return list(_content_stems(text)) if text else []


@lru_cache(maxsize=1 << 15)
def _content_stems(text: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in words(text) if w not in STOPWORDS)


@lru_cache(maxsize=1 << 14)
def event_lemma(event: Optional[str]) -> str:
    """The event phrase reduced to lemmas without auxiliaries or adverbs: "were sent back" ->
    "send back"."""
    kept = [lemma(w) for w in words(event) if w not in EVENT_NOISE and not (w.endswith("ly") and len(w) > 4)]
    return " ".join(kept)


def _class_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for name, verbs in EVENT_CLASSES.items():
        for verb in verbs:
            index.setdefault(verb, name)
    return index


EVENT_CLASS_OF = _class_index()


@lru_cache(maxsize=1 << 14)
def event_class(event: Optional[str]) -> str:
    """The class of an event phrase ("repatriated" -> "return"), or its lemma when it is in no
    class, or "" when there is no event. The whole phrase is tried first, then shorter phrases
    from its start (the verb and its particle), then each word."""
    lem = event_lemma(event)
    if not lem:
        return ""
    parts = lem.split()
    for n in range(len(parts), 0, -1):
        phrase = " ".join(parts[:n])
        if phrase in EVENT_CLASS_OF:
            return EVENT_CLASS_OF[phrase]
    for part in parts:
        if part in EVENT_CLASS_OF:
            return EVENT_CLASS_OF[part]
    return lem


@lru_cache(maxsize=1 << 14)
def is_reporting(event: Optional[str]) -> bool:
    """True when the event is someone speaking ("said", "told reporters")."""
    lem = event_lemma(event).split()
    return bool(lem) and lem[0] in REPORTING_EVENTS


class UnionFind(Generic[H]):
    """Disjoint sets over hashable items; the representative is the smallest by insertion order,
    so groups are the same whatever order unions happen in."""

    def __init__(self, items: Iterable[H] = ()) -> None:
        self.parent: dict[H, H] = {}
        self.rank: dict[H, int] = {}
        for item in items:
            self.add(item)

    def add(self, item: H) -> None:
        """Add `item` as its own group (no-op when present)."""
        if item not in self.parent:
            self.parent[item] = item
            self.rank[item] = len(self.rank)

    def find(self, item: H) -> H:
        """The representative of `item`'s group."""
        self.add(item)
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:  # path compression
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: H, b: H) -> None:
        """Merge the groups of `a` and `b`."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if self.rank[rb] < self.rank[ra]:
            ra, rb = rb, ra
        self.parent[rb] = ra

    def groups(self) -> list[list[H]]:
        """Every group, members and groups in insertion order."""
        out: dict[H, list[H]] = {}
        for item in self.parent:
            out.setdefault(self.find(item), []).append(item)
        return list(out.values())


def worst(statuses: Iterable[Status]) -> Status:
    """The most severe of pairwise statuses (conflict > compatible > agree); agree when empty."""
    best = Status.AGREE
    for status in statuses:
        if STATUS_RANK[status] > STATUS_RANK[best]:
            best = status
    return best


def short(text: str, limit: int = 60) -> str:
    """`text` cut at a word boundary to at most `limit` characters, with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut + "…"


def signature(fact: Fact) -> tuple:
    """Everything a fact says (kind, wording, value, subject, speaker, ...) without where it sits:
    equal for the same fact in two identical reprints. The class's name, then the values of its
    fields in the class's order (the same fields for every fact of one class, so the values alone
    say which field is which)."""
    cls = type(fact)
    found = _SAID_FIELDS.get(cls)
    if found is None:  # once per class: `fields` builds its answer on every call
        names = tuple(f.name for f in fields(cls) if f.name not in PLACE_FIELDS)
        read = attrgetter(*names) if len(names) > 1 else (lambda f, names=names: tuple(getattr(f, n) for n in names))
        found = _SAID_FIELDS[cls] = ((cls.__name__,), read)
    return found[0] + found[1](fact)


_SAID_FIELDS: dict[type, tuple[tuple[str], Callable[[Fact], tuple]]] = {}


def fold_copies(
    facts: Sequence[F], copy_of: Mapping[str, str], source_order: Mapping[str, int]
) -> tuple[list[F], dict[str, list[F]]]:
    """Split facts into the ones to line up and their twins in copies.

    A fact of a copy (`copy_of`: source -> first source of its copy group) saying exactly what a
    fact of an earlier source of the same copy group says is that fact's twin: it is not lined
    up on its own but rides along into whatever claim its original joins, so a hundred reprints of
    one article add values to the same claims instead of new claims. Returns (facts to line up,
    {original fact id: [twins in source order]}). Linear: one dictionary look-up per fact.
    """
    ordered = sorted(facts, key=lambda f: (source_order[f.source], f.start, f.end))
    first: dict[tuple, F] = {}
    kept: list[F] = []
    twins: dict[str, list[F]] = {}
    for fact in ordered:
        group = copy_of.get(fact.source)
        if group is None:
            kept.append(fact)
            continue
        # One look-up (the key, a tuple of every field, is hashed once): the first fact with this
        # signature in the group stays its original.
        original = first.setdefault((group, signature(fact)), fact)
        if original is not fact and original.source != fact.source:
            twins.setdefault(original.id, []).append(fact)
            continue
        kept.append(fact)
    return kept, twins


def with_twins(
    cluster: Sequence[F], twins: Optional[Mapping[str, Sequence[F]]], source_order: Mapping[str, int]
) -> list[F]:
    """A cluster of facts with the twins of its members added (see `fold_copies`), in source
    order."""
    if not twins:
        return list(cluster)
    out: list[F] = []
    for fact in cluster:
        out.append(fact)
        out.extend(twins.get(fact.id, ()))
    out.sort(key=lambda f: (source_order[f.source], f.start, f.end))
    return out


def sentence_context(facts: Sequence[Fact], of: Optional[Iterable[Fact]] = None) -> dict[str, frozenset[str]]:
    """For each fact (of `of`, when given: the others only count as its sentence mates), what the
    other facts of its sentence (same source, same sentence index) are about: the stems of
    capitalised words in quote and attribution wordings, of speakers and claimants, of the things
    numbers count, and the numbers' values. Evidence of which event a date in that sentence dates,
    read from facts alone. Calendar words are never evidence."""
    wanted = list(facts if of is None else of)
    places = {(f.source, f.sentence) for f in wanted}
    keys_of: dict[tuple[str, int], dict[str, set[str]]] = {place: {} for place in places}
    # Copies in one story repeat the same facts: each distinct content is keyed once.
    known: dict[tuple, set[str]] = {}
    for fact in facts:
        mates = keys_of.get((fact.source, fact.sentence))
        if mates is not None:
            content = _key_content(fact)
            keys = known.get(content)
            if keys is None:
                keys = known[content] = _fact_keys(fact)
            mates[fact.id] = keys
    out: dict[str, frozenset[str]] = {}
    for fact in wanted:
        mates = keys_of[(fact.source, fact.sentence)]
        out[fact.id] = frozenset(k for fid, keys in mates.items() if fid != fact.id for k in keys)
    return out


def _key_content(fact: Fact) -> tuple:
    """Everything `_fact_keys` reads of a fact."""
    wording = fact.text if fact.kind in (Kind.QUOTE, Kind.ATTRIBUTION) else None
    value = getattr(fact, "value", None)
    return (fact.kind, getattr(fact, "speaker", None), getattr(fact, "claimant", None), wording,
            getattr(fact, "subject", None), getattr(fact, "low", None) is not None,
            value if isinstance(value, (int, float)) else None)


@lru_cache(maxsize=4096)
def _capitalised_words(text: str) -> str:
    """The capitalised words of a quote or attribution after its first word, joined: the names it
    may hold. Cached because long or repetitive articles give many facts with the same text."""
    return " ".join(w for w in WORD.findall(text)[1:] if w[:1].isupper())


def _fact_keys(fact: Fact) -> set[str]:
    keys: set[str] = set()
    names = [getattr(fact, "speaker", None), getattr(fact, "claimant", None)]
    if fact.kind in (Kind.QUOTE, Kind.ATTRIBUTION):
        names.append(_capitalised_words(fact.text))
    for name in names:
        for w in words(name):
            if w not in STOPWORDS and w not in CALENDAR_WORDS:
                keys.add("name:" + stem(w))
    subject = getattr(fact, "subject", None)
    if subject is not None or getattr(fact, "low", None) is not None:
        keys.update("thing:" + s for s in content_stems(subject) if lemma(s) not in EVENT_CLASS_OF)
        value = getattr(fact, "value", None)
        if isinstance(value, (int, float)):
            keys.add(f"value:{value:g}")
    return keys
