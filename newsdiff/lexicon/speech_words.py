"""The word lists quote and attribution rules read, loaded from `newsdiff/lexicon/lists/*.txt`.

The lists are data: each file says in its header what it holds. This module only loads them
(once) into frozen sets, so the rules that use them stay free of literal vocabularies.
"""

from __future__ import annotations

from newsdiff.lexicon import load

REPORTING_VERBS = frozenset(load("reporting_verbs"))
# Multi-word verbs ("pointed out", "went on") are matched as a unit; the rest word by word.
REPORTING_PHRASES = tuple(v for v in REPORTING_VERBS if " " in v)
PREPOSITIONAL_CUES = tuple(load("speech_nouns"))
HONORIFICS = frozenset(load("honorifics"))
# Capitalised occupations and titles before a name ("Comedian Ellen DeGeneres"): role, not name.
TITLES = frozenset(load("titles"))
ROLE_NOUNS = frozenset(load("role_nouns")) | TITLES
ORGANIZATION_WORDS = frozenset(load("organization_words"))
SOURCE_NOUNS = frozenset(load("source_nouns"))
SPEAKER_FILLERS = frozenset(load("speaker_fillers"))
TIME_WORDS = frozenset(load("time_words"))
ADVERBIAL_OPENERS = frozenset(load("adverbial_openers"))
SENTENCE_ADVERBS = frozenset(load("sentence_adverbs"))
PRONOUNS = {line.split()[0]: line.split()[1] for line in load("pronouns")}

# Verbs that name a way of calling something rather than saying it: their quote is a term the
# subject uses ("referring to them as "economic migrants"").
NAMING_VERBS = frozenset(v for v in REPORTING_VERBS if v.split()[0] in frozenset(load("naming_verbs")))


def is_participle(verb: str) -> bool:
    """True for an -ing form ("saying", "noting"), whose speaker is its clause's subject."""
    return verb.split()[0].endswith("ing")
