"""Cross-source coreference of facts: one mechanism that decides which facts state the same thing.

Every claim builder that lines facts up by their frames uses this:

1. Blocking. Each fact gives keys (its dimension with its counted noun, its event class, each rare
   word and name around it). Only facts of different sources that share a key are candidate pairs,
   and a key held by more than `MAX_BLOCK` facts is too common to block on, so the work stays near
   linear in the number of facts; never all against all.
2. Evidence. A pair's score sums what the two frames share, each word weighed by how rare it is
   among the story's facts (`Rarity`): the same counted noun, the same event, the same names and
   words around them. The values themselves are never evidence: a conflict must still be groupable.
3. Clustering with constraints, strongest pairs first (ties broken by fact ids, so the result does
   not depend on the order of the inputs): a source never contradicts itself within one claim
   (it may repeat a value, or give it in words that can both be true), and two clusters whose values cannot all be true join only on evidence of at
   least `conflict_at` (asymmetric thresholds: weak evidence makes separate claims, never a
   conflict). When a builder gives `may_conflict`, every pair of facts across the two groups
   whose own values cannot both be true must pass it too (complete linkage over the clashing
   pairs): a chain of links through agreeing facts never makes a conflict between two facts that
   do not look like one fact themselves ("Earl Clark, 25 points" joined to "Artino, 14 points"
   through a third article that names both).

`Link` records why two facts were joined; the builders turn it into the claim's `basis`.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from typing import Callable, Generic, Hashable, Iterable, Optional, Sequence, TypeVar

T = TypeVar("T")
MAX_BLOCK = 40  # facts holding one key; above it the key says nothing about which fact is which
_SETS = (set, frozenset)


class Rarity:
    """How much a shared word says: log((n + 1) / df) over the n facts of one story: near 0 for a
    word every fact has, and still something in a story of two facts. Built once per story and
    kind."""

    def __init__(self, bags: Iterable[Iterable[str]]):
        counts: Counter = Counter()
        n = 0
        for bag in bags:
            n += 1
            counts.update(set(bag))
        self.n = max(n, 1)
        self.df = counts
        self._weights: dict[str, float] = {}  # `weight` of each word `shared` met, computed once

    def weight(self, word: str) -> float:
        """The weight of one shared word."""
        return math.log((self.n + 1) / max(1, self.df.get(word, 1)))

    def shared(self, a: Iterable[str], b: Iterable[str], cap: float) -> tuple[float, list[str]]:
        """The summed weight of the words `a` and `b` share (at most `cap`), and those words,
        rarest first."""
        # Pairs within one story share the same words again and again: each word's weight (a
        # logarithm, and a subclass's own rule) is computed once per story, then looked up.
        # The builders pass sets: intersected as they are, not copied first (a pair is scored
        # many times in a story, and most pairs share nothing).
        found = a & b if isinstance(a, _SETS) and isinstance(b, _SETS) else set(a).intersection(b)
        if not found:
            return min(cap, 0), []
        weights = self._weights
        for w in found:
            if w not in weights:
                weights[w] = self.weight(w)
        common = sorted(found, key=lambda w: (-weights[w], w))
        return min(cap, sum(weights[w] for w in common)), common


@dataclass(frozen=True)
class Link:
    """Why two facts were joined: the score and the evidence in words."""

    score: float
    why: tuple[str, ...]
    decisive: bool = True  # strong enough in kind (not only shared words) to show a conflict


@dataclass
class Aligner(Generic[T]):
    """The clustering of one kind of fact within one story (see the module docstring)."""

    keys: Callable[[T], Iterable[Hashable]]
    source: Callable[[T], str]
    order: Callable[[T], tuple]
    evidence: Callable[[T, T], Optional[Link]]
    clash: Callable[[Sequence[T], Sequence[T]], bool]  # True: the two groups' values cannot all be true
    same_value: Callable[[T, T], bool]  # may one source give both in one claim
    join_at: float
    conflict_at: float
    # Two facts that are never one fact, whatever links their groups (dates years apart, numbers
    # orders of magnitude apart): a chain of weak links must not put them in one claim.
    never: Callable[[T, T], bool] = lambda a, b: False
    # Two facts of different sources whose values clash may stand in one (conflict) claim: strong
    # same-fact evidence between them, not only through others. None: no such check.
    may_conflict: Optional[Callable[[T, T], bool]] = None
    # Clashing pairs checked per merge at most; a merge needing more is refused (bounded cost).
    max_conflict_pairs: int = 256

    def cluster(self, facts: Sequence[T]) -> tuple[list[list[T]], dict[int, list[Link]]]:
        """Clusters of facts (each in canonical order) and, per cluster index, the links that
        built it."""
        items = sorted(facts, key=self.order)
        pairs = self._scored_pairs(items)
        parent = list(range(len(items)))
        members: dict[int, list[int]] = {i: [i] for i in range(len(items))}
        links: dict[int, list[Link]] = {i: [] for i in range(len(items))}

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        # What `_may_join` finds from the two groups alone, kept per pair of groups as they stand (a
        # group only grows, so its root and size name its members): many links join the same two
        # groups, and without this each would check every cross pair of them again.
        known: dict[tuple[int, int, int, int], dict[str, bool]] = {}
        for link, i, j in pairs:
            ri, rj = find(i), find(j)
            if ri == rj:
                continue
            seen = known.setdefault((ri, len(members[ri]), rj, len(members[rj])), {})
            if not self._may_join(items, members[ri], members[rj], link, seen):
                continue
            keep, gone = (ri, rj) if ri < rj else (rj, ri)
            parent[gone] = keep
            members[keep] = sorted(members[keep] + members.pop(gone))
            links[keep] = links[keep] + links.pop(gone) + [link]
        clusters = sorted(members.values())
        out = [[items[i] for i in group] for group in clusters]
        return out, {n: links[group[0]] for n, group in enumerate(clusters)}

    def _scored_pairs(self, items: Sequence[T]) -> list[tuple[Link, int, int]]:
        blocks: dict[Hashable, list[int]] = {}
        for i, fact in enumerate(items):
            for key in set(self.keys(fact)):
                blocks.setdefault(key, []).append(i)
        seen: set[int] = set()  # pairs scored already, as i * len(items) + j (i < j: blocks are in order)
        scored = []
        sources = [self.source(fact) for fact in items]  # read once a fact, not twice a pair
        evidence, join_at, size = self.evidence, self.join_at, len(items)
        for key in sorted(blocks, key=str):
            block = blocks[key]
            if len(block) < 2 or len(block) > MAX_BLOCK:
                continue
            for x, i in enumerate(block):
                source, row = sources[i], i * size
                for j in block[x + 1:]:
                    if sources[j] == source or row + j in seen:
                        continue
                    seen.add(row + j)
                    link = evidence(items[i], items[j])
                    if link is not None and link.score >= join_at:
                        scored.append((link, i, j))
        scored.sort(key=lambda t: (-t[0].score, t[1], t[2]))
        return scored

    def _may_join(self, items: Sequence[T], a: list[int], b: list[int], link: Link, known: dict[str, bool]) -> bool:
        """Whether `link` may join groups `a` and `b`; `known` keeps, for these two groups, the
        findings that do not depend on the link."""
        left, right = [items[i] for i in a], [items[i] for i in b]
        if "apart" not in known:
            known["apart"] = self._kept_apart(left, right)
        if known["apart"]:
            return False
        if "clash" not in known:
            known["clash"] = self.clash(left, right)
        if not known["clash"]:
            return True
        if not (link.decisive and link.score >= self.conflict_at):
            return False
        if "confirmed" not in known:
            known["confirmed"] = self._each_clash_confirmed(left, right)
        return known["confirmed"]

    def _kept_apart(self, left: Sequence[T], right: Sequence[T]) -> bool:
        """Two groups that never share a claim: a source saying different things in them, or a
        cross pair that `never` keeps apart."""
        # One value per source: a source in both groups must say the same thing in both.
        by_source: dict[str, list[T]] = {}
        for fact in left:
            by_source.setdefault(self.source(fact), []).append(fact)
        for fact in right:
            for other in by_source.get(self.source(fact), ()):
                if not self.same_value(fact, other):
                    return True
        return any(self.never(x, y) for x in left for y in right)

    def _each_clash_confirmed(self, left: Sequence[T], right: Sequence[T]) -> bool:
        """Every cross pair of different sources whose values clash passes `may_conflict`."""
        if self.may_conflict is None:
            return True
        checked = 0
        for x in left:
            for y in right:
                if self.source(x) == self.source(y) or not self.clash([x], [y]):
                    continue
                checked += 1
                if checked > self.max_conflict_pairs or not self.may_conflict(x, y):
                    return False
        return True
