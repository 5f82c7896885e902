"""The word lists quote and attribution rules read, loaded from `newsdiff/lexicon/lists/*.txt`.

The lists are data: each file says in its header what it holds. This module only loads them
(once) into frozen sets, so the rules that use them stay free of literal vocabularies.
"""

from __future__ import annotations

from newsdiff.lexicon import load, load_set, load_table

REPORTING_VERBS = load_set("reporting_verbs")
# Multi-word verbs ("pointed out", "went on") are matched as a unit; the rest word by word.
REPORTING_PHRASES = tuple(v for v in load("reporting_verbs") if " " in v)  # in the list's order
PREPOSITIONAL_CUES = tuple(load("speech_nouns"))
HONORIFICS = load_set("honorifics")
# Capitalised occupations and titles before a name ("Comedian Ellen DeGeneres"): role, not name.
TITLES = load_set("titles")
ROLE_NOUNS = load_set("role_nouns") | TITLES
ORGANIZATION_WORDS = load_set("organization_words")
SOURCE_NOUNS = load_set("source_nouns")
SPEAKER_FILLERS = load_set("speaker_fillers")
TIME_WORDS = load_set("time_words")
ADVERBIAL_OPENERS = load_set("adverbial_openers")
SENTENCE_ADVERBS = load_set("sentence_adverbs")
PRONOUNS = dict(load_table("pronouns"))

# Verbs that name a way of calling something rather than saying it: their quote is a term the
# subject uses ("referring to them as "economic migrants"").
_NAMING = load_set("naming_verbs")
NAMING_VERBS = frozenset(v for v in REPORTING_VERBS if v.split()[0] in _NAMING)


def is_participle(verb: str) -> bool:
    """True for an -ing form ("saying", "noting"), whose speaker is its clause's subject."""
    return verb.split()[0].endswith("ing")
