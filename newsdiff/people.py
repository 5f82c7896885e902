"""One entry per person or organization across all sources."""

from __future__ import annotations

import unicodedata
from typing import Callable, Iterable, Optional

import regex

from .model import Mention, Person


def normalize_name(name: str) -> str:
    """Lower-case, strip diacritics, and drop hyphens, dots and spaces: "Koo Byoung-sam" ->
    "koobyoungsam"."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return regex.sub(r"[\s\-‐‑–—.'’]+", "", plain.casefold())


def name_matches(name: Optional[str], query: str) -> bool:
    """True when `query` names `name`: the whole name or any one of its words (a surname)."""
    if not name:
        return False
    q = normalize_name(query)
    if not q:
        return False
    if normalize_name(name) == q:
        return True
    return any(normalize_name(part) == q for part in regex.split(r"\s+", name))


def find(people: Iterable[Person], query: str) -> list[Person]:
    """People whose canonical name or any alias matches `query` (see `name_matches`)."""
    return [p for p in people if any(name_matches(n, query) for n in (p.name, *p.aliases))]


def merge(mentions: Iterable[Mention]) -> tuple[list[Person], Callable[[str, str], str]]:
    """Merge mentions from all sources into people.

    Returns the people and a function mapping (source id, name as used in that source) to the
    canonical name. Not implemented yet: every mention stays its own name.
    """
    return [], lambda source, name: name
