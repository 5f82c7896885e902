"""One entry per person or organization across all sources."""

from __future__ import annotations

from functools import lru_cache
from typing import Callable, Iterable, Optional

import regex

from newsdiff.model import Mention, Person, Role
from newsdiff.text.normalize import name_key

_SPACES = regex.compile(r"\s+")
_LEADING_THE = regex.compile(r"^(?:the|The)\s+")
_WORD_BREAKS = regex.compile(r"[\s\-]+")


def name_matches(name: Optional[str], query: str) -> bool:
    """True when `query` names `name`: the whole name or any one of its words (a surname)."""
    if not name:
        return False
    q = name_key(query)
    if not q:
        return False
    if name_key(name) == q:
        return True
    return any(name_key(part) == q for part in _SPACES.split(name))


def find(people: Iterable[Person], query: str) -> list[Person]:
    """People whose canonical name or any alias matches `query` (see `name_matches`)."""
    return [p for p in people if any(name_matches(n, query) for n in (p.name, *p.aliases))]


# Names repeat across mentions and sources: each distinct name is keyed once (bounded caches).
@lru_cache(maxsize=1 << 15)
def _key(name: str) -> str:
    return name_key(_LEADING_THE.sub("", name))


@lru_cache(maxsize=1 << 15)
def _initials(name: str) -> str:
    return "".join(w[0] for w in _WORD_BREAKS.split(name) if w and w[0].isupper()).lower()


@lru_cache(maxsize=1 << 15)
def _is_acronym(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and " " not in name.strip()


def _abbreviations(mentions: list[Mention]) -> Iterable[tuple[str, int]]:
    """(acronym key, index of a mention it abbreviates): "HRW" and "Human Rights Watch".

    Through an index of the other names by their initials, so an acronym meets only the names it
    spells, never every mention. Mentions with one key are one group already, so each acronym
    key is paired once with each name it spells."""
    by_initials: dict[str, list[int]] = {}
    acronym_keys: dict[str, None] = {}
    for j, m in enumerate(mentions):
        if _is_acronym(m.name):
            if len(m.name) >= 3:
                acronym_keys[_key(m.name)] = None
        else:
            by_initials.setdefault(_initials(m.name), []).append(j)
    for key in acronym_keys:
        for j in by_initials.get(key, ()):
            yield key, j


def merge(mentions: Iterable[Mention]) -> tuple[list[Person], Callable[[str, str], str]]:  # noqa: C901 - the merge rules (same key, alias, acronym) and the canonical-name vote share one union-find
    """Merge mentions from all sources into people.

    Two mentions are one person or organization when their names match once case, hyphens,
    spaces and diacritics are ignored ("Koo Byoung-sam" / "Koo Byoungsam"), when one's full
    alias is the other's name, or when one is an acronym of the other ("HRW" / "Human Rights
    Watch"). A lone surname alias never merges across sources: two articles' "Kim" may be two
    people. The canonical name is the spelling most sources use (ties: the longest, then the
    first in sort order). Returns the people and a function mapping (source id, name as used in
    that source) to the canonical name.
    """
    mentions = list(mentions)
    parent = list(range(len(mentions)))

    def find_root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(a: int, b: int) -> None:
        ra, rb = find_root(a), find_root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    by_key: dict[str, int] = {}
    for i, m in enumerate(mentions):
        key = _key(m.name)
        if key in by_key:
            union(i, by_key[key])
        else:
            by_key[key] = i
    for i, m in enumerate(mentions):
        for alias in m.aliases:
            if len(alias.split()) > 1 or _is_acronym(alias):
                j = by_key.get(_key(alias))
                if j is not None:
                    union(i, j)
    for key, j in _abbreviations(mentions):
        union(by_key[key], j)
    groups: dict[int, list[Mention]] = {}
    for i, m in enumerate(mentions):
        groups.setdefault(find_root(i), []).append(m)
    people: list[Person] = []
    mapping: dict[tuple[str, str], str] = {}
    for members in groups.values():
        votes: dict[str, set[str]] = {}
        for m in members:
            votes.setdefault(m.name, set()).add(m.source)
        canonical = sorted(votes, key=lambda n: (-len(votes[n]), _is_acronym(n), -len(n), n))[0]
        aliases = set()
        for m in members:
            aliases.add(m.name)
            aliases.update(m.aliases)
        aliases.discard(canonical)
        types = sorted((sum(1 for m in members if m.type == t), t) for t in {m.type for m in members})
        roles: dict[str, str] = {}
        for m in members:
            if m.role and m.source not in roles:
                roles[m.source] = m.role
        people.append(
            Person(
                id="",
                name=canonical,
                type=types[-1][1],
                aliases=tuple(sorted(aliases)),
                roles=tuple(Role(src, role) for src, role in sorted(roles.items())),
            )
        )
        for m in members:
            mapping[(m.source, m.name)] = canonical
            for alias in m.aliases:
                mapping.setdefault((m.source, alias), canonical)
    people.sort(key=lambda p: (name_key(p.name), p.name))
    people = [Person(f"p{i + 1}", p.name, p.type, p.aliases, p.roles) for i, p in enumerate(people)]

    def canonical_name(source: str, name: str) -> str:
        return mapping.get((source, name), name)

    return people, canonical_name
