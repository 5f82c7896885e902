"""The role an article gives a named person or organization.

Three shapes cover news writing:

- apposition after the name: `Koo Byoung-sam, a spokesman for the South's Unification
  Ministry,` / `Koo Byoungsam, spokesperson of South Korea's Unification Ministry,`;
- pre-modifier before it: `China's foreign ministry spokesman Wang Wenbin`;
- relative clause: `Jihyun Park, who escaped North Korea and is now a Britain-based human
  rights activist,`.

The role is returned as written, without its leading article, so sources can be compared.
"""

from __future__ import annotations

from typing import Optional

import regex

from . import phrases
from .speech_words import ORGANIZATION_WORDS, ROLE_NOUNS

MAX_ROLE = 90  # characters: an apposition longer than this is a clause, not a role
_APPOSITION = regex.compile(r",\s+(?:(?:a|an|the)\s+)?([^,;:()“”\"]{2,90}?)\s*(?=[,;.:)]|$)")
_RELATIVE = regex.compile(
    r",\s+who\s+[^,;]{0,120}?\b(?:is|was|has\s+been|had\s+been|became|serves\s+as|served\s+as)"
    r"\s+(?:now\s+|also\s+|currently\s+|still\s+)?(?:(?:a|an|the)\s+)?([^,;:()“”\"]{2,90}?)\s*(?=[,;.:)]|$)"
)


# Words that open an apposition describing a group's make-up rather than a role.
_QUANTIFIERS = frozenset("mostly mainly largely many most all some including both each half among".split())


def _has_role_word(phrase: str) -> bool:
    words = [phrases.bare(w) for w in regex.findall(r"[\p{L}\-]+", phrase)]
    return any(w in ROLE_NOUNS or w in ORGANIZATION_WORDS or w.split("-")[-1] in ROLE_NOUNS for w in words)


def _first_lower_role(phrase: str) -> bool:
    # An apposition role is a noun phrase about a role, not a clause: it holds a role noun and
    # its first word is lower case (or a capitalised organization name followed by a role).
    words = phrase.split()
    if not words:
        return False
    if any(w.lower() in phrases.BOUNDARY_WORDS - {"for", "of", "at", "with", "to", "from", "on", "in"} for w in words):
        return False
    return _has_role_word(phrase) and (not words[0][0].isupper() or any(
        phrases.bare(w) in ROLE_NOUNS for w in words))


def after(text: str, name_end: int, limit: int) -> Optional[str]:
    """The role in an apposition or relative clause right after a name ending at `name_end`."""
    window_end = min(limit, name_end + MAX_ROLE + 140)
    m = _RELATIVE.match(text, name_end, window_end, timeout=1)
    if m and _has_role_word(m.group(1)):
        return m.group(1).strip()
    m = _APPOSITION.match(text, name_end, window_end, timeout=1)
    if m:
        role = m.group(1).strip()
        if role.split()[0].lower() in _QUANTIFIERS:
            return None  # "North Koreans, mostly women,": who the group are, not a role
        # "Koo Byoung-sam, a spokesman…" or "Koo Byoungsam, spokesperson of…"
        if _first_lower_role(role) and not role.lower().startswith(("who ", "which ")):
            return role
    return None


def before(text: str, phrase: phrases.Phrase) -> Optional[str]:
    """The pre-modifier role of a name phrase: "China's foreign ministry spokesman" before
    "Wang Wenbin"."""
    if phrase.kind != "name" or phrase.name_start is None or phrase.name_start <= phrase.start:
        return None
    role = text[phrase.start:phrase.name_start].strip().rstrip(",")
    words = role.split()
    while words and words[0].lower() in phrases.DETERMINERS:
        words = words[1:]
    role = " ".join(words)
    if not role or not _has_role_word(role):
        return None
    # Only a role noun written just before the name makes a pre-modifier role, or a role noun
    # with its prepositional phrase ("special rapporteur on human rights in North Korea").
    if phrases.bare(words[-1]) not in ROLE_NOUNS and phrases.bare(words[-1]) not in ORGANIZATION_WORDS:
        lows = [w.lower() for w in words]
        if not any(phrases.bare(w) in ROLE_NOUNS and j + 1 < len(lows) and lows[j + 1] in _ROLE_PREPOSITIONS
                   for j, w in enumerate(words)):
            return None
    return role


_ROLE_PREPOSITIONS = frozenset({"on", "of", "for", "to", "at"})


def description(text: str, phrase: phrases.Phrase) -> str:
    """A description without its determiner: "the rights group" -> "rights group"."""
    words = phrase.text.split()
    while len(words) > 1 and words[0].lower() in phrases.DETERMINERS and words[1].lower() != "of":
        words = words[1:]
    return " ".join(words)
