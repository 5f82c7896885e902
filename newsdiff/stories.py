"""Grouping sources into stories before they are compared, from their facts alone.

A folder is presumed to hold one story; it is split only when the facts show separate groups.
Each source gets keys: the people and organizations its facts name (speakers, claimants, people
with a role there), the capitalised names inside its fact wordings (places, bodies, people) and
the full dates it resolves. Two sources belong to the same story when they share a *strong* key
(a name of two or more words, or a full date) and at least one other key. Stories are the
connected groups of that relation.

Near-linear: instead of testing pairs of sources, every source registers each (strong key, other
key) pair it holds; a source is joined to the first source that registered the same pair, which
gives the same groups as testing all pairs.

Copies (`copies.find_copies`) are one voice: only the first source of each copy group is grouped,
and its copies follow it into its story. Otherwise a reprint, sharing every key with its original,
would make a tightly linked pair that looks like a story of its own.
"""

from __future__ import annotations

from collections import Counter
from typing import Mapping, Optional, Sequence

import regex

from .claims_common import UnionFind, fold
from .copies import find_copies
from .model import Attribution, DateFact, Fact, Number, Person, Quote, Source

MAX_KEYS = 30  # keys per source considered for linking: its most frequent ones
FULL_DATE = regex.compile(r"^\d{4}-\d{2}-\d{2}")
# A run of capitalised words, possibly joined by "of"/"de" ("Bank of England"); bounded.
NAME_RUN = regex.compile(r"\p{Lu}[\p{L}'’\-]{1,30}(?:\s+(?:of\s+|de\s+|the\s+)?\p{Lu}[\p{L}'’\-]{1,30}){0,5}")


def _name_key(name: str) -> str:
    return " ".join(fold(name).replace("'s", "").replace("-", " ").split())


def source_keys(facts: Sequence[Fact], people: Sequence[Person], source_id: str,
                ignore: frozenset[str] = frozenset()) -> Counter:
    """The story keys of one source with how often its facts give them. Keys are strings:
    "name:<folded name>" or "date:<YYYY-MM-DD>"."""
    keys: Counter = Counter()
    for fact in facts:
        names = []
        if isinstance(fact, Quote) and fact.speaker:
            names.append(fact.speaker)
        if isinstance(fact, (Attribution, Number, DateFact)) and fact.claimant:
            names.append(fact.claimant)
        if isinstance(fact, (Quote, Attribution)):
            # Names inside the wording; the run opening the fact may just be a capitalised first
            # word, so a one-word run there is skipped.
            for m in NAME_RUN.finditer(fact.text, timeout=1.0):
                if m.start() == 0 and " " not in m.group():
                    continue
                names.append(m.group())
        if isinstance(fact, DateFact) and fact.value and FULL_DATE.match(fact.value):
            keys["date:" + fact.value[:10]] += 1
        for name in names:
            if name[:1].isupper():
                key = _name_key(name)
                if key and key not in ignore:
                    keys["name:" + key] += 1
    for person in people:
        if any(r.source == source_id for r in person.roles):
            key = _name_key(person.name)
            if key and key not in ignore:
                keys["name:" + key] += 1
    return keys


def _strong(key: str) -> bool:
    return key.startswith("date:") or " " in key


def group(sources: Sequence[Source], facts: Sequence[Fact], people: Sequence[Person],
          copy_of: Optional[Mapping[str, str]] = None) -> dict[str, str]:
    """Map every source id to a story id ("s1", "s2", ... in order of each story's first source).

    `copy_of` (source -> first source of its copy group, from `copies.find_copies`, found here
    when not given): copies are grouped as their first source is."""
    if copy_of is None:
        copy_of = find_copies(sources, facts)
    originals = [s for s in sources if copy_of.get(s.id, s.id) == s.id]
    story = _group(originals, facts, people)
    return {s.id: story[copy_of.get(s.id, s.id)] for s in sources}


def _group(sources: Sequence[Source], facts: Sequence[Fact], people: Sequence[Person]) -> dict[str, str]:
    ids = [s.id for s in sources]
    by_source: dict[str, list[Fact]] = {sid: [] for sid in ids}
    channels = set()
    for fact in facts:
        if fact.source in by_source:
            by_source[fact.source].append(fact)
        if isinstance(fact, Attribution) and fact.channel:
            channels.add(_name_key(fact.channel))
    # Outlets and the agencies that carry claims ("told Reuters") appear in unrelated stories.
    channels.update(_name_key(s.outlet) for s in sources if s.outlet)
    ignore = frozenset(channels)
    keys = {sid: source_keys(by_source[sid], people, sid, ignore) for sid in ids}
    top = {sid: [k for k, _ in sorted(keys[sid].items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_KEYS]] for sid in ids}
    uf = UnionFind(ids)
    first: dict[tuple[str, str], str] = {}
    for sid in ids:
        held = sorted(top[sid])
        for a in held:
            if not _strong(a):
                continue
            for b in held:
                if b == a or (_strong(b) and b < a):
                    continue  # each unordered pair of strong keys once
                pair = (a, b)
                if pair in first:
                    uf.union(first[pair], sid)
                else:
                    first[pair] = sid
    groups = uf.groups()
    big = [g for g in groups if len(g) > 1]
    if not big:
        # No two sources are linked: no evidence of any structure, so no evidence of separate
        # stories either. The folder stays one story.
        return {sid: "s1" for sid in ids}
    # A source with too few names to judge (or sharing only one strong key with a story) is not
    # split off on that thin evidence: it joins the story it shares most with, else the largest.
    strong_home: dict[str, int] = {}
    for index, members in enumerate(big):
        for sid in members:
            for key in top[sid]:
                if _strong(key):
                    strong_home.setdefault(key, index)
    largest = max(range(len(big)), key=lambda i: (len(big[i]), -i))
    for members in groups:
        if len(members) > 1:
            continue
        sid = members[0]
        votes = Counter(strong_home[k] for k in top[sid] if k in strong_home)
        if votes:
            target = min(votes, key=lambda i: (-votes[i], i))
        elif sum(1 for k in keys[sid] if k.startswith("name:")) < 2:
            target = largest  # dates alone (perhaps resolved against a wrong date) do not split
        else:
            continue
        uf.union(big[target][0], sid)
    groups = uf.groups()
    order = {sid: i for i, sid in enumerate(ids)}
    groups.sort(key=lambda g: min(order[s] for s in g))
    return {sid: f"s{n}" for n, members in enumerate(groups, 1) for sid in members}
