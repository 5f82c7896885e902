"""Word lists the comparison step uses: data only, no logic (see docs/compare.md).

Each list describes a general pattern of news writing, never one story. Words are lower case;
multi-word entries are matched as whole phrases after lemmatisation (`claims_common.event_lemma`).
"""

from __future__ import annotations

from newsdiff.lexicon import load

# Event verb classes. Two numbers (or dates) describe the same quantity only when their events fall
# in the same class: "sent back" and "repatriated" count the same people, "held in detention" counts
# others. A verb missing from every class is its own class (compared with itself only).
EVENT_CLASSES: dict[str, tuple[str, ...]] = {
    # People moved across a border or out of a place by an authority.
    "return": (
        "send back", "send home", "send", "return", "repatriate", "deport", "expel", "extradite",
        "transport", "transfer", "carry", "hand over", "move", "push back",
    ),
    # People kept somewhere against their will.
    "hold": (
        "hold", "detain", "imprison", "jail", "incarcerate", "intern", "keep", "lock up", "confine",
    ),
    "arrest": ("arrest", "catch", "capture", "apprehend", "round up", "seize", "nab"),
    "kill": ("kill", "die", "dead", "murder", "slay", "shoot dead", "execute", "perish"),
    "injure": ("injure", "wound", "hurt", "hospitalise", "hospitalize"),
    "flee": ("flee", "escape", "defect"),
    "evacuate": ("evacuate", "displace", "relocate", "rescue"),
    "miss": ("miss", "disappear", "go missing", "vanish"),
    "rise": ("rise", "increase", "grow", "climb", "jump", "soar", "surge"),
    "fall": ("fall", "decrease", "drop", "decline", "plunge", "shrink", "plummet"),
    "pay": ("pay", "spend", "cost", "fine", "award", "raise", "donate"),
    "earthquake": ("strike", "hit", "jolt", "rock", "shake", "measure", "register"),
}

# Reporting verbs: the event of speaking. Dates of reporting events are compared only for the same
# speaker (Seoul spoke on Friday, Beijing on Thursday: no conflict).
REPORTING_EVENTS: frozenset[str] = frozenset(
    """say tell add state announce confirm report claim insist note warn urge call ask deny
    reject accuse allege believe estimate express explain protest write continue reiterate
    declare describe acknowledge admit argue brief comment disclose indicate reveal suggest
    respond reply told said""".split()
)

# Verbs too general to say which event a date belongs to ("made on Friday"), and the page's own
# events (when the article was published or updated): a date with one of these makes no claim.
VAGUE_EVENTS: frozenset[str] = frozenset(
    """make do take get have go come give see put set happen occur begin start end leave
    publish update post modify edit file issue release""".split()
)

# Verbs of coming and going that many different events of one story share ("checked in" to two
# places, "arrived" at two hearings): two sources' dates of one of these are the same event only
# with evidence from the date's sentence (a shared name, counted thing or number; see
# docs/compare.md), never on the verb alone.
GENERIC_DATE_EVENTS: frozenset[str] = frozenset(
    """check arrive meet visit enter attend appear stay travel land depart admit show turn
    reach fly drive walk""".split()
)

# Calendar words: capitalised, but shared by every dated sentence, so never evidence of what a
# date is about.
CALENDAR_WORDS: frozenset[str] = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december today yesterday tomorrow""".split()
)

# Auxiliaries, modals and adverbs dropped from an event phrase before it is lemmatised.
EVENT_NOISE: frozenset[str] = frozenset(
    """be is are was were been being have has had having do does did will would shall should can
    could may might must not never also reportedly allegedly forcibly forcefully recently
    already still just then now currently later reported likely""".split()
)

# Counted nouns that say only "humans": "more than 500 people were returned" may count the same
# North Koreans another source names, so these words never keep two subjects apart.
GENERIC_COUNTED: frozenset[str] = frozenset("people persons person individuals others those ones".split())

# Nouns that name a group of people by their situation, in groups of near-synonyms a story uses
# interchangeably for one crowd ("defectors", "escapees" and "refugees" for the same people who
# fled). Two numbers of the same event whose subjects are only such nouns and nationality words
# ("North Koreans") may count one quantity even with no word in common (see docs/compare.md):
# a nationality joins any group here, words of one group join each other, two different groups
# (refugees vs residents) or two different nationalities never. Nouns for kinds of people that
# exclude each other (soldiers, civilians, children, police) are deliberately absent: they keep
# their subjects apart ("5 soldiers killed" is not "200 people killed"'s quantity by this rule).
HUMAN_GROUPS: dict[str, tuple[str, ...]] = {
    # People who left or were forced from where they lived.
    "displaced": (
        "refugee", "defector", "escapee", "escaper", "asylum seeker", "asylum-seeker", "migrant",
        "emigrant", "immigrant", "fugitive", "exile", "deportee", "returnee", "evacuee", "displaced",
        "emigre", "runaway",
    ),
    # People named by where they live.
    "inhabitants": (
        "resident", "inhabitant", "local", "villager", "townspeople", "townsfolk", "dweller",
        "citizen", "national",
    ),
}

# Words that carry no content when comparing quote wordings or counted subjects.
STOPWORDS: frozenset[str] = frozenset(
    """a an the and or but if of to in on at by for with from as into onto over under about than
    that this these those it its it's is are was were be been being have has had do does did will
    would shall should can could may might must not no nor so such there their they them he she
    his her him we our us you your i my me who whom which what when where while also just very
    all any some each other more most many much one ones own same too only then than s""".split()
)

# Role titles in synonym groups. Within a group the words name the same job; the gendered forms
# say something more (the person's sex), so "spokesman" vs "spokeswoman" is a conflict while
# "spokesman" vs "spokesperson" is compatible. Groups are keyed by their neutral form.
ROLE_GROUPS: dict[str, dict[str, str]] = {
    # neutral form -> {word: gender}; gender is "m", "f" or "" (neutral)
    "spokesperson": {
        "spokesperson": "", "spokespeople": "", "spokesman": "m", "spokesmen": "m",
        "spokeswoman": "f", "spokeswomen": "f", "spokes person": "",
    },
    "chair": {"chair": "", "chairperson": "", "chairman": "m", "chairwoman": "f"},
    "congressperson": {"congressperson": "", "congressman": "m", "congresswoman": "f"},
    "businessperson": {"businessperson": "", "businessman": "m", "businesswoman": "f"},
    "police officer": {"police officer": "", "policeman": "m", "policewoman": "f"},
    "firefighter": {"firefighter": "", "fireman": "m", "firewoman": "f"},
    "actor": {"actor": "", "actress": "f"},
    "monarch": {"monarch": "", "king": "m", "queen": "f"},
    "sibling": {"sibling": "", "brother": "m", "sister": "f"},
    "parent": {"parent": "", "father": "m", "mother": "f"},
    "child": {"child": "", "son": "m", "daughter": "f"},
    "spouse": {"spouse": "", "husband": "m", "wife": "f"},
    "head teacher": {"head teacher": "", "headmaster": "m", "headmistress": "f"},
}

# Titles by facet (rank, function, ranked) and titles that are a kind of another: documented data
# in `lists/role_facets.txt`. A rank and a function describe one person together (compatible); a
# title and a broader one (a prosecutor, an attorney) are compatible, one being less specific.
ROLE_FACETS: dict[str, str] = {
    line.split(maxsplit=1)[1]: line.split(maxsplit=1)[0] for line in load("role_facets") if not line.startswith("kind ")
}
BROADER_TITLE: dict[str, str] = {
    narrow.strip(): broad.strip()
    for narrow, broad in (line.removeprefix("kind ").split(">") for line in load("role_facets") if line.startswith("kind "))
}
# Titles so general that any other title may be a kind of them ("an official" of a ministry may
# be its spokesperson or its minister).
GENERIC_TITLES: frozenset[str] = frozenset({"official", "representative", "member", "staffer"})

# Titles that name a different job from one another when they differ (minister vs spokesperson).
# Any title word found in a role: the ROLE_GROUPS words above plus these.
TITLES: frozenset[str] = frozenset(
    """minister secretary president director chief leader ambassador envoy rapporteur
    governor mayor senator official officer commissioner chancellor premier
    adviser advisor analyst professor researcher lawyer attorney judge prosecutor general
    commander captain sheriff coach manager ceo founder editor correspondent reporter
    activist defector spokesperson lawmaker legislator executive counsel solicitor barrister
    representative member staffer""".split()
) | frozenset(ROLE_FACETS) | frozenset(BROADER_TITLE) | frozenset(BROADER_TITLE.values())

# Words that make a role string a clause or a verb phrase, not a description of a person ("who was
# arrested", "said in a statement", "according to the Times"): relative and subordinating words,
# auxiliaries and modals, subject pronouns, and words that open a prepositional fragment. Reporting
# verb forms and participles with an object are recognised by rule (`compare.roles.is_role`).
CLAUSE_WORDS: frozenset[str] = frozenset(load("role_clause_words"))

# Organization words so generic that sharing them says nothing about being the same body.
GENERIC_ORG_WORDS: frozenset[str] = frozenset(
    """ministry department office agency government administration bureau council committee
    commission authority authorities service services group organization organisation
    association foundation institute centre center union party""".split()
)
