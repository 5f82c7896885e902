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

from newsdiff.lexicon import load
from newsdiff.lexicon.speech_words import HONORIFICS, ORGANIZATION_WORDS, PRONOUNS, ROLE_NOUNS, TITLES
from newsdiff.text import phrases

MAX_ROLE = 90  # characters: an apposition longer than this is a clause, not a role
_APPOSITION = regex.compile(r",\s+(?:(?:a|an|the)\s+)?([^,;:()“”\"]{2,90}?)\s*(?=[,;.:)]|$)")
_RELATIVE = regex.compile(
    r",\s+who\s+[^,;]{0,120}?\b(?:is|was|has\s+been|had\s+been|became|serves\s+as|served\s+as)"
    r"\s+(?:now\s+|also\s+|currently\s+|still\s+)?(?:(?:a|an|the)\s+)?([^,;:()“”\"]{2,90}?)\s*(?=[,;.:)]|$)"
)


# Words that open an apposition describing a group's make-up rather than a role.
_QUANTIFIERS = frozenset(load("speech/quantifiers"))


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


# Auxiliaries and modals that open a verb phrase, never a role ("X, will be the host").
_AUXILIARIES = frozenset(load("speech/auxiliaries"))


_PLACE_PREPOSITIONS = frozenset(load("speech/place_prepositions"))


def _is_plural_role(word: str) -> bool:
    return word.endswith("s") and word in ROLE_NOUNS and (word[:-1] in ROLE_NOUNS or word[:-2] in ROLE_NOUNS
                                                          or word.endswith(("men", "people")))


def _one_person(role: str) -> bool:
    """True when an apposition reads as one person's role, not a list item or a clause: it opens
    with no participle or auxiliary ("stopping the champion…", "will be the host"), holds no
    pronoun ("it's not easy…"), has a singular role noun ("recent hosts" describes several
    people) and does not end in another person's name ("court reporter Jane Ann Doe", the
    next item of a list)."""
    words = role.split()
    lows = [phrases.bare(w) for w in words]
    first = lows[0]
    if first in _AUXILIARIES or first in _PLACE_PREPOSITIONS:
        return False  # "X, will be the host", "X, in the head": a verb or adverbial phrase
    if len(words) > 1 and lows[-1].rstrip(".") in HONORIFICS and words[-1][:1].isupper():
        return False  # "Sheriff's Deputy Sgt": cut at an abbreviation's period, the next name's title
    if len(first) > 4 and first.endswith("ing") and len(words) > 1 and (
            lows[1] in phrases.DETERMINERS or words[1][:1].isupper() and not phrases.is_acronym(words[1])):
        return False  # "stopping the champion", "playing Wolverine"; not "acting FBI director"
    if any(phrases.pronoun_base(w.replace("’", "'")) in PRONOUNS or w == "there" or w.startswith("there'")
           for w in (x.lower() for x in words)):
        return False
    nouns = [w for w in lows if w in ROLE_NOUNS or w.split("-")[-1] in ROLE_NOUNS]
    if nouns and all(_is_plural_role(w) for w in nouns) and first != "one" and not any(
            w in ORGANIZATION_WORDS for w in lows):
        return False  # "one of the defense lawyers" is one person
    for j in range(len(words) - 2):
        # "court reporter Jane Ann Doe": a lower-case role noun right before a capitalised name
        # that ends the apposition.
        if (lows[j] in ROLE_NOUNS and not words[j][:1].isupper()
                and all(w[:1].isupper() for w in words[j + 1:]) and len(words) - j - 1 >= 2):
            return False
    return True


def after(text: str, name_end: int, limit: int) -> Optional[str]:
    """The role in an apposition or relative clause right after a name ending at `name_end`."""
    if text[name_end:name_end + 1] != ",":
        return None  # both shapes open with a comma: most names are followed by none
    # No regex timeout: both patterns are anchored at the comma and read a window of at most
    # MAX_ROLE + 140 characters with bounded repeats, so a match costs a bounded amount whatever
    # the text; the timeout's own cost was two thirds of the matching (every name with a comma).
    window_end = min(limit, name_end + MAX_ROLE + 140)
    m = _RELATIVE.match(text, name_end, window_end)
    if m and _has_role_word(m.group(1)):
        return m.group(1).strip()
    m = _APPOSITION.match(text, name_end, window_end)
    if m:
        role = m.group(1).strip()
        if role.split()[0].lower() in _QUANTIFIERS:
            return None  # "North Koreans, mostly women,": who the group are, not a role
        # "Koo Byoung-sam, a spokesman…" or "Koo Byoungsam, spokesperson of…"
        if _first_lower_role(role) and not role.lower().startswith(("who ", "which ")) and _one_person(role):
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
    if len(words) == 1 and phrases.bare(words[0]) in TITLES:
        return words[0].lower()  # "Comedian Ellen DeGeneres": a title capitalised before the name
    # Only a role noun written just before the name makes a pre-modifier role, or a role noun
    # with its prepositional phrase ("special rapporteur on human rights in North Korea").
    if phrases.bare(words[-1]) not in ROLE_NOUNS and phrases.bare(words[-1]) not in ORGANIZATION_WORDS:
        lows = [w.lower() for w in words]
        if not any(phrases.bare(w) in ROLE_NOUNS and j + 1 < len(lows) and lows[j + 1] in _ROLE_PREPOSITIONS
                   for j, w in enumerate(words)):
            return None
    return role


_ROLE_PREPOSITIONS = frozenset(load("speech/role_prepositions"))


def description(text: str, phrase: phrases.Phrase) -> str:
    """A description without its determiner: "the rights group" -> "rights group"."""
    words = phrase.text.split()
    while len(words) > 1 and words[0].lower() in phrases.DETERMINERS and words[1].lower() != "of":
        words = words[1:]
    return " ".join(words)
