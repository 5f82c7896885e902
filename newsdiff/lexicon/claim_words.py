"""Word lists the comparison step uses, loaded from `lexicon/lists/compare/*.txt` (see docs/compare.md).

Each list describes a general pattern of news writing, never one story, and its file's header says
what it holds, who reads it and how to add to it; this module only turns the files into the sets
and tables the rules import (`EVENT_CLASSES` is `lists/compare/event_classes.txt`). Words are lower
case; multi-word entries are matched as whole phrases after lemmatisation (`compare.common.event_lemma`).
"""

from __future__ import annotations

from newsdiff.lexicon import load_set, load_table


def _words(name: str) -> frozenset[str]:
    return load_set(f"compare/{name}")


def _groups(name: str) -> dict[str, tuple[str, ...]]:
    """A `group = word` table as {group: its words in file order}."""
    groups: dict[str, list[str]] = {}
    for group, word in load_table(f"compare/{name}"):
        groups.setdefault(group, []).append(word)
    return {group: tuple(words) for group, words in groups.items()}


def _role_groups(name: str) -> dict[str, dict[str, str]]:
    """A `group = word [(m)|(f)]` table as {neutral form: {word: gender}}, gender "m", "f" or ""."""
    groups: dict[str, dict[str, str]] = {}
    for group, entry in load_table(f"compare/{name}"):
        word, _, sex = entry.partition(" (")
        groups.setdefault(group, {})[word] = sex.rstrip(")")
    return groups


# Event verb classes: two numbers (or dates) describe the same quantity only when their events fall
# in the same class.
EVENT_CLASSES = _groups("event_classes")
# Counted nouns that name one thing in other words ("catches" / "receptions"): noun -> group name.
COUNTED_SYNONYMS = {noun: group for group, nouns in _groups("counted_synonyms").items() for noun in nouns}
# Reporting verbs (the event of speaking), verbs too general to place a date, and verbs of coming
# and going that many events of one story share.
REPORTING_EVENTS = _words("reporting_events")
VAGUE_EVENTS = _words("vague_events")
GENERIC_DATE_EVENTS = _words("generic_date_events")
# Calendar words: capitalised, but never evidence of what a date is about.
CALENDAR_WORDS = _words("calendar_words")
# Auxiliaries, modals and adverbs dropped from an event phrase before it is lemmatised.
EVENT_NOISE = _words("event_noise")
# Counted nouns that say only "humans", and groups of near-synonyms for one crowd of people.
GENERIC_COUNTED = _words("generic_counted")
HUMAN_GROUPS = _groups("human_groups")
# Words that carry no content when comparing quote wordings or counted subjects.
STOPWORDS = _words("stopwords")
# Role titles in synonym groups, gendered forms marked: "spokesman" vs "spokeswoman" conflict,
# "spokesman" vs "spokesperson" are compatible.
ROLE_GROUPS = _role_groups("role_groups")

# Titles by facet (rank, function, ranked) and titles that are a kind of another: documented data
# in `lists/role_facets.txt`. A rank and a function describe one person together (compatible); a
# title and a broader one (a prosecutor, an attorney) are compatible, one being less specific.
ROLE_FACETS: dict[str, str] = {
    title: facet.lower() for title, facet in load_table("role_facets") if not facet.lower().startswith("kind ")
}
BROADER_TITLE: dict[str, str] = {
    narrow: value.lower().removeprefix("kind ").strip()
    for narrow, value in load_table("role_facets") if value.lower().startswith("kind ")
}
# Titles so general that any other title may be a kind of them ("an official" of a ministry may
# be its spokesperson or its minister).
GENERIC_TITLES = _words("generic_titles")

# Titles that name a different job from one another when they differ (minister vs spokesperson):
# the listed title words and the titles of role_facets.txt (compare/roles.py reads the
# ROLE_GROUPS words as titles too).
TITLES: frozenset[str] = (
    _words("titles") | frozenset(ROLE_FACETS) | frozenset(BROADER_TITLE) | frozenset(BROADER_TITLE.values())
)

# Words that make a role string a clause or a verb phrase, not a description of a person ("who was
# arrested", "said in a statement", "according to the Times"): relative and subordinating words,
# auxiliaries and modals, subject pronouns, and words that open a prepositional fragment. Reporting
# verb forms and participles with an object are recognised by rule (`compare.roles.is_role`).
CLAUSE_WORDS: frozenset[str] = load_set("role_clause_words")

# Organization words so generic that sharing them says nothing about being the same body.
GENERIC_ORG_WORDS = _words("generic_org_words")

# Prepositions that end the head of a role phrase ("a spokesman for the ministry": the title comes
# before them); a role string opening with one, or with a fragment opener ("according to the
# Times"), is not a description of a person. Words after a participle that make it a verb with an
# object or agent ("accused of", "wearing a jacket"): `compare.roles.is_role`.
ROLE_HEAD_ENDS = _words("role_head_ends")
ROLE_FRAGMENT_OPENERS = _words("role_fragment_openers")
ROLE_OBJECT_STARTS = _words("role_object_starts")
# Articles opening a speaker written as a description ("the NGO"), not a name: `compare.quotes.named`.
SPEAKER_ARTICLES = _words("speaker_articles")
