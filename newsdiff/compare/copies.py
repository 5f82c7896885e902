"""Copies: sources that reprint the same text, found from their facts alone.

Agency copy reprinted by several outlets repeats the same quotes, the same attributed sentences and
the same hedged numbers word for word. Two sources whose fact wordings (in article order) share
most of their word 6-grams are copies; agreement between copies is one source agreeing with itself,
not independent confirmation. Candidates come from an inverted index of 6-grams, so the work grows
with the number of shared passages, not with the square of the number of sources.

Identical reprints are found first by hashing each source's whole fact stream (kinds and wordings
in order): sources with the same stream are copies whatever their length (a short brief reprinted
has too few shingles for the test above), and only one of them enters the shingle comparison, so
a hundred identical copies cost one hash each instead of five thousand pairs.
"""

from __future__ import annotations

from collections import Counter
from itertools import combinations
from typing import Mapping, Optional, Sequence

from newsdiff.compare.common import UnionFind
from newsdiff.model import QUOTE, Fact, Source
from newsdiff.text.normalize import words

SHINGLE = 6  # words per shingle: long enough that independent writers rarely share one by chance
MIN_SHARED = 8  # shared shingles needed before a pair can be copies (a passage of ~14 words)
MIN_CONTAINMENT = 0.6  # share of the smaller source's shingles that the other source repeats
MAX_POSTING = 200  # a shingle in more sources than this is a stock phrase, not evidence of copying
MIN_SAME_OWN_WORDS = 0.6  # share of the smaller source's own-words facts repeated word for word
# An identical fact stream makes a copy only when it says something: at least this many words,
# and not only quotes (independent articles quoting one short statement share it exactly).
MIN_IDENTICAL_WORDS = 6


Wording = Mapping[str, tuple[str, ...]]  # a fact's text -> its words


def wording(facts: Sequence[Fact]) -> dict[str, tuple[str, ...]]:
    """The words of each distinct fact text, split once: the identical-stream hash, the shingles
    and the own-words check all read them, and an archive's fact texts are too many for the word
    splitter's own cache."""
    out: dict[str, tuple[str, ...]] = {}
    for f in facts:
        if f.text not in out:
            out[f.text] = tuple(words(f.text))
    return out


def shingles(facts: Sequence[Fact], said: Optional[Wording] = None) -> set[tuple[str, ...]]:
    """Word 6-grams of each fact's wording plus those spanning two consecutive facts."""
    said = said if said is not None else wording(facts)
    stream: list[str] = []
    for fact in sorted(facts, key=lambda f: (f.start, f.end)):
        stream.extend(said[fact.text])
    return {tuple(stream[i : i + SHINGLE]) for i in range(len(stream) - SHINGLE + 1)}


def stream(facts: Sequence[Fact], said: Optional[Wording] = None) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """A source's facts as (kind, words) in article order: equal for identical reprints."""
    said = said if said is not None else wording(facts)
    ordered = sorted(facts, key=lambda f: (f.start, f.end, f.kind))
    return tuple((f.kind, said[f.text]) for f in ordered)


def _identical_evidence(sig: tuple[tuple[str, tuple[str, ...]], ...]) -> bool:
    """True when an identical fact stream is enough to call two sources copies."""
    return sum(len(w) for _, w in sig) >= MIN_IDENTICAL_WORDS and any(k != QUOTE for k, _ in sig)


def _same_own_words(a: set[str], b: set[str]) -> bool:
    """Independent articles quoting one statement share its quotes; copies also share the
    writer's own words: the wording of numbers, dates and attributed content."""
    if not a or not b:
        return True  # nothing but quotes on one side: the shingles decide
    return len(a & b) >= MIN_SAME_OWN_WORDS * min(len(a), len(b))


def find_copies(sources: Sequence[Source], facts: Sequence[Fact]) -> dict[str, str]:  # noqa: C901 - identical streams first, then shingle candidates, then the own-words check: three short stages in order
    """Map each source that is a copy to the first source (in input order) of its copy group.

    Sources that are no one's copy are absent from the map.
    """
    by_source: dict[str, list[Fact]] = {s.id: [] for s in sources}
    for fact in facts:
        if fact.source in by_source:
            by_source[fact.source].append(fact)
    groups: UnionFind[str] = UnionFind(by_source)
    said = wording([f for fs in by_source.values() for f in fs])
    # Identical streams: one hash per source; later sources join the first with that stream.
    first_with: dict[tuple, str] = {}
    compared = []
    for sid, fs in by_source.items():
        sig = stream(fs, said)
        if _identical_evidence(sig) and sig in first_with:
            groups.union(first_with[sig], sid)
            continue
        first_with.setdefault(sig, sid)
        compared.append(sid)
    grams = {sid: shingles(by_source[sid], said) for sid in compared}
    # Most shingles are in one source only: the ones seen again are found with set operations
    # first, and only they get a posting list.
    once: set[tuple[str, ...]] = set()
    repeated: set[tuple[str, ...]] = set()
    for sid in compared:
        repeated |= once & grams[sid]
        once |= grams[sid]
    postings: dict[tuple[str, ...], list[str]] = {}
    for sid in compared:
        for gram in grams[sid] & repeated:
            postings.setdefault(gram, []).append(sid)
    shared: Counter[tuple[str, str]] = Counter()
    for ids in postings.values():
        if len(ids) <= MAX_POSTING:
            shared.update(combinations(ids, 2))  # (earlier, later) in the order of `compared`
    own = {sid: {" ".join(said[f.text]) for f in by_source[sid] if f.kind != QUOTE} for sid in compared}
    for (a, b), count in sorted(shared.items()):
        smaller = min(len(grams[a]), len(grams[b]))
        if count >= MIN_SHARED and count >= MIN_CONTAINMENT * smaller and _same_own_words(own[a], own[b]):
            groups.union(a, b)
    out: dict[str, str] = {}
    for members in groups.groups():
        if len(members) > 1:
            for sid in members:
                out[str(sid)] = str(members[0])
    return out
