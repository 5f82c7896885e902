"""Role claims: one person described differently by different sources.

A role is read as a title ("spokesman") and the organization it serves ("South Korea's
Unification Ministry"). Titles in one synonym group (`claim_words.ROLE_GROUPS`) name one job: the
same word agrees, a gendered and a neutral form are compatible ("spokesman" / "spokesperson"),
two different genders conflict ("spokesman" / "spokeswoman"). An organization written as initials
("KCPD Chief" / "Kansas City Police Chief") may be any other, so it never conflicts. A rank and a function describe one
person together ("constable" / "spokesperson", `lists/role_facets.txt`), so do two offices at the
head of a body ("general manager" / "team president": one person often holds both), a title and a broader one
("prosecutor" / "attorney") and a description repeating one of the other's titles ("Police
spokesman Constable" / "constable") are compatible; other different titles conflict ("minister" /
"spokesperson"). Organizations conflict when their distinctive words have nothing in common, unless
another description of the person names both together ("Metro spokesman" / "police spokesman" with
"Metro Police spokesman"); one naming the other more fully ("Unification Ministry" / "South Korea's
Unification Ministry") is compatible.

Clauses and verb phrases are never roles (`is_role`: "who was arrested", "said in a statement",
"according to the Times"): they are left out of role claims, as are descriptions naming someone
else after their title ("Mayor Randall P" given to another person, `names_another`). Each role value points at its text
where a quote fact's speaker mention holds it ("Foreign Ministry spokesman Wang Wenbin said"):
`ClaimValue.fact` is that quote's id (its `speaker_start`/`speaker_end` are the offsets).
"""

from __future__ import annotations

from typing import Optional, Sequence

import regex

from newsdiff.compare.common import short, stem, worst
from newsdiff.lexicon.claim_words import (
    BROADER_TITLE,
    CLAUSE_WORDS,
    GENERIC_ORG_WORDS,
    GENERIC_TITLES,
    ROLE_FACETS,
    ROLE_FRAGMENT_OPENERS,
    ROLE_GROUPS,
    ROLE_HEAD_ENDS,
    ROLE_OBJECT_STARTS,
    STOPWORDS,
    TITLES,
)
from newsdiff.lexicon.speech_words import REPORTING_VERBS
from newsdiff.model import Claim, ClaimValue, Fact, Kind, Person, Quote, Role, Status
from newsdiff.text.lemma import IRREGULAR, is_verb_form, lemma
from newsdiff.text.normalize import fold, words

GENDER_WORD = {"m": "male", "f": "female"}
ACRONYM = regex.compile(r"\p{Lu}{2,6}")


def _title_index() -> dict[str, tuple[str, str]]:
    index = {}
    for neutral, forms in ROLE_GROUPS.items():
        for word, gender in forms.items():
            index[word] = (neutral, gender)
    for word in TITLES:
        index.setdefault(word, (word, ""))
    return index


TITLE_OF = _title_index()


def parse_role(role: str) -> tuple[Optional[str], str, frozenset[str]]:
    """(title group, gender, organization stems) of a role description."""
    group, gender, _, org = _parse(role)
    return group, gender, org


def _parse(role: str) -> tuple[Optional[str], str, str, frozenset[str]]:
    """(title group, gender, title word, organization stems) of a role description.

    The title is the head of the noun phrase: the last title word before the first preposition
    ("Chinese Foreign Minister spokesman" -> spokesman; "a spokesman for the ministry" ->
    spokesman). Organization words are compared by four-letter stems so that a country and its
    adjective match ("China's" / "Chinese").
    """
    tokens = _tokens(role)
    titles = _titles(tokens)
    group, gender, word, title_at = titles[0] if titles else (None, "", "", -1)
    head = range(title_at - len(word.split()) + 1, title_at + 1)  # the head title's words
    org = frozenset(
        stem(w)[:4]
        for i, w in enumerate(tokens)
        if i not in head and w not in STOPWORDS and w.isalpha() and TITLE_OF.get(w, ("",))[0] not in ROLE_GROUPS
        and w not in ROLE_FACETS and not _reporting_form(w)
    )
    return group, gender, word, org


def _reporting_form(word: str) -> bool:
    """True for an inflected reporting verb ("said", "told"), which a capital at the start of a
    sentence may have left in a role ("Said Commissioner"): never an organization's word."""
    return word in REPORTING_VERBS and lemma(word) != word and not word.endswith("ing")


def _tokens(role: str) -> list[str]:
    return [w.removesuffix("'s").removesuffix("'") for w in fold(role).replace(",", " ").split()]


def _titles(tokens: list[str]) -> list[tuple[str, str, str, int]]:
    """Every title in the head of a role phrase as (group, gender, words, index), the head (the
    last before the first preposition) first; a two-word title ("press officer") wins over its
    last word. With no title before the preposition, the first one after it ("head of ...")."""
    cut = next((i for i, w in enumerate(tokens) if w in ROLE_HEAD_ENDS), len(tokens))
    found = []
    i = cut - 1
    while i >= 0:
        pair = " ".join(tokens[i - 1 : i + 1]) if i >= 1 else ""
        if pair in TITLE_OF:
            found.append((*TITLE_OF[pair], pair, i))
            i -= 2
            continue
        if tokens[i] in TITLE_OF:
            found.append((*TITLE_OF[tokens[i]], tokens[i], i))
        i -= 1
    if not found:
        for i in range(cut, len(tokens)):
            if tokens[i] in TITLE_OF:
                return [(*TITLE_OF[tokens[i]], tokens[i], i)]
    return found


def is_role(text: str) -> bool:
    """True when `text` may describe a person; False for a clause or a verb phrase: a relative or
    subordinating word, an auxiliary or a subject pronoun ("who was arrested", "it's not easy"), a
    reporting verb's inflected form ("firm said", "wrote in the Post"), a participle with an object
    or agent ("accused of", "killed by", "wearing a jacket"), or an opening preposition or
    "according" ("from the fire service"). Capitalised words are names, never verbs."""
    raw = text.replace(",", " ").split()
    if not raw:
        return False
    lower = [fold(w) for w in raw]
    if lower[0] in ROLE_HEAD_ENDS or lower[0] in ROLE_FRAGMENT_OPENERS:
        return False
    for i, (w, low) in enumerate(zip(raw, lower, strict=True)):
        if not w[:1].islower():
            continue
        if low in CLAUSE_WORDS:
            return False
        if low in REPORTING_VERBS and lemma(low) != low and not low.endswith("ing"):
            return False  # "said", "wrote", "told"; a base form may be a noun ("state", "report")
        nxt = lower[i + 1] if i + 1 < len(lower) else ""
        if nxt and _is_participle(low) and nxt in ROLE_OBJECT_STARTS:
            return False
    return True



def _is_participle(word: str) -> bool:
    if word in IRREGULAR:
        return True
    return is_verb_form(word) and word.endswith(("ed", "ing")) and lemma(word) != word


def compare_roles(a: str, b: str, others: Sequence[str] = ()) -> tuple[Status, str]:
    """Status of two descriptions of one person and why. `others` are the person's other
    descriptions in the story: two organizations with nothing in common are one body when another
    description names both ("Metro spokesman" / "police spokesman" with "Metro Police
    spokesman")."""
    if fold(a).strip() == fold(b).strip():
        return Status.AGREE, "same words"
    ga, xa, oa = parse_role(a)
    gb, xb, ob = parse_role(b)
    found: list[tuple[Status, str]] = []
    if ga and gb:
        if ga != gb and (_is_kind_of(ga, gb) or _is_kind_of(gb, ga)):
            found.append((Status.COMPATIBLE, f"one title is a kind of the other ({_title(a)} vs {_title(b)})"))
        elif ga != gb and _rank_and_function(ga, gb):
            found.append((Status.COMPATIBLE, f"a rank and a function of one person ({_title(a)} vs {_title(b)})"))
        elif ga != gb and ROLE_FACETS.get(ga) == ROLE_FACETS.get(gb) == "office":
            found.append((Status.COMPATIBLE, f"two offices one person may hold together ({_title(a)} vs {_title(b)})"))
        elif ga != gb and _shares_title(a, b):
            found.append((Status.COMPATIBLE, f"one gives more titles than the other ({_title(a)} vs {_title(b)})"))
        elif ga != gb:
            found.append((Status.CONFLICT, f"different titles ({_title(a)} vs {_title(b)})"))
        elif xa and xb and xa != xb:
            found.append((Status.CONFLICT, f"{GENDER_WORD[xa]} vs {GENDER_WORD[xb]} title ({_title(a)} vs {_title(b)})"))
        elif xa != xb:
            found.append((Status.COMPATIBLE, f"a gendered and a neutral title ({_title(a)} vs {_title(b)})"))
        else:
            found.append((Status.AGREE, ""))
    elif ga or gb:
        found.append((Status.COMPATIBLE, "only one description gives a title"))
    found.extend(_organizations(a, b, oa, ob, others))
    status = worst(s for s, _ in found)
    # Only the reasons for the status chosen: a conflict's note says what conflicts.
    reasons = [why for s, why in found if s == status and why]
    return status, "; ".join(reasons) if reasons else "same title and organization"


def _organizations(a: str, b: str, oa: frozenset[str], ob: frozenset[str],
                   others: Sequence[str]) -> list[tuple[Status, str]]:
    """How the organizations of two descriptions compare (`compare_roles`): [] when alike."""
    distinct_a, distinct_b = _distinct(oa), _distinct(ob)
    if distinct_a and distinct_b:
        if distinct_a & distinct_b:
            return [(Status.COMPATIBLE, "the organization is named more or less fully")] if oa != ob else []
        if _initials(a) or _initials(b):
            return [(Status.COMPATIBLE, "one names the organization by its initials")]
        if _generic_owner(a) or _generic_owner(b):
            return [(Status.COMPATIBLE, "one names the organization only as “the company” or the like")]
        if _bridged(distinct_a | distinct_b, others):
            return [(Status.COMPATIBLE, "another description names both organizations together")]
        return [(Status.CONFLICT, "different organizations")]
    if oa != ob:
        return [(Status.COMPATIBLE, "one names the organization, the other does not")]
    return []


def _generic_owner(role: str) -> bool:
    """True when the role's organization is a generic word in the possessive ("the company's
    advanced threat researcher", "the agency's senior analyst"): it points back at a body the
    article named elsewhere, which may be the one the other description names, and the words
    between it and the title qualify the title, not the body."""
    generic = {stem(w)[:4] for w in GENERIC_ORG_WORDS}
    return any(w.endswith(("'s", "’s")) and stem(w[:-2])[:4] in generic for w in fold(role).split())


def _bridged(org: frozenset[str], others: Sequence[str]) -> bool:
    """True when one of `others` names every organization word of `org`."""
    return any(org <= _distinct(parse_role(other)[2]) for other in others)


def _initials(role: str) -> bool:
    """True when the role names its organization by initials ("KCPD Chief", "the NYPD"): two to six
    capitals written as one word, which may stand for any organization the other names. A title
    written in capitals ("CEO of Apple") is not an organization's initials."""
    return any(ACRONYM.fullmatch(w) and fold(w) not in TITLE_OF for w in role.replace(",", " ").split())


def _rank_and_function(a: str, b: str) -> bool:
    """True when one title group is a rank and the other a function (`lists/role_facets.txt`)."""
    return {ROLE_FACETS.get(a), ROLE_FACETS.get(b)} == {"rank", "function"}


def _shares_title(a: str, b: str) -> bool:
    """True when one description's title is among the other's titles ("Police spokesman
    Constable" holds both "spokesman" and "constable")."""
    groups_a = {t[0] for t in _titles(_tokens(a))}
    groups_b = {t[0] for t in _titles(_tokens(b))}
    return bool(groups_a & groups_b)


def _is_kind_of(narrow: str, broad: str) -> bool:
    """True when title `narrow` is a kind of title `broad` (BROADER_TITLE chain, a generic title,
    or a rank and a word for anyone holding a rank)."""
    if broad in GENERIC_TITLES:
        return True
    if ROLE_FACETS.get(narrow) == "rank" and ROLE_FACETS.get(broad) == "ranked":
        return True
    seen = set()
    while narrow in BROADER_TITLE and narrow not in seen:
        seen.add(narrow)
        narrow = BROADER_TITLE[narrow]
        if narrow == broad:
            return True
    return False


def _distinct(org: frozenset[str]) -> frozenset[str]:
    generic = {stem(w)[:4] for w in GENERIC_ORG_WORDS}
    return frozenset(w for w in org if w not in generic)


def _title(role: str) -> str:
    return _parse(role)[2] or short(role, 30)


def _pair_of_sources(a: list[Role], b: list[Role]) -> Optional[tuple[Role, Role]]:
    """The first two roles, one from each list, of different sources (None when there are none).
    With `a is b`, two of one wording from two sources."""
    first = a[0]
    for other in b:
        if other.source != first.source and other is not first:
            return first, other
    if a is b:
        return None
    for item in a[1:]:
        if item.source != b[0].source:
            return item, b[0]
    return None


def build(people: Sequence[Person], story_sources: Sequence[str], source_order: dict[str, int],
          facts: Sequence[Fact] = ()) -> list[Claim]:
    """One claim per person whom the story's sources describe with a role. Role strings that are
    clauses or verb phrases (`is_role`) are left out. `facts` (the story's facts) let a role value
    point at the quote whose speaker mention holds it (`ClaimValue.fact`)."""
    in_story = set(story_sources)
    holders = _role_holders(facts)
    drafts = []
    for person in people:
        names = {fold(n) for n in (person.name, *person.aliases)}
        own = {w for n in names for w in words(n)}
        roles = sorted((r for r in person.roles if r.source in in_story and r.role.strip() and is_role(r.role)
                        and not names_another(r.role, own)),
                       key=lambda r: source_order[r.source])
        if not roles:
            continue
        sources = list(dict.fromkeys(r.source for r in roles))
        statuses, reasons = [], []
        # Pairs of different sources, judged once per pair of distinct wordings (copies repeating
        # a role add no new pair: the work stays linear in the number of sources).
        by_wording: dict[str, list] = {}
        for r in roles:
            by_wording.setdefault(r.role, []).append(r)
        distinct = list(by_wording.values())
        for i, group_a in enumerate(distinct):
            for group_b in distinct[i:]:
                pair = _pair_of_sources(group_a, group_b)
                if pair is None:
                    continue
                ra, rb = pair
                status, why = compare_roles(ra.role, rb.role, list(by_wording))
                statuses.append(status)
                if status != Status.AGREE:
                    reasons.append((status, f"{ra.source} “{ra.role}” vs {rb.source} “{rb.role}”: {why}"))
        if len(sources) == 1:
            status, note = Status.SINGLE, "one source only"
        else:
            status = worst(statuses)
            picked = [r for s, r in reasons if s == status][:3]
            note = "; ".join(picked) if picked else "every source gives the same role"
        values = tuple(
            ClaimValue(source=r.source, value=r.role, display=r.role, fact=_holder(holders, r, names))
            for r in roles
        )
        drafts.append(Claim(kind=Kind.ROLE, label=f"{person.name}: role", status=status,
                            facts=tuple(v.fact for v in values if v.fact), values=values, note=note,
                            order=(source_order[roles[0].source], 0, person.name)))
    return drafts


def names_another(role: str, own: set[str]) -> bool:
    """True when a role names someone after its title ("Mayor Randall P" given to another person):
    capitalised words after the head title, before any preposition, that are not titles and not
    words of the person's own name (`own`, folded). Such a description is another person's."""
    raw = role.replace(",", " ").split()
    tokens = _tokens(role)
    titles = _titles(tokens)
    if not titles or len(raw) != len(tokens):
        return False
    after = titles[0][3] + 1
    if any(low in ROLE_HEAD_ENDS for low in tokens[:after]):
        return False  # a title after a preposition: "assistant to Counsel John Dean" names the other
    for w, low in zip(raw[after:], tokens[after:], strict=True):
        if low in ROLE_HEAD_ENDS:
            return False
        if w[:1].isupper() and low not in TITLE_OF and low not in own and not ACRONYM.fullmatch(w):
            return True
    return False


def _role_holders(facts: Sequence[Fact]) -> dict[str, list[Quote]]:
    """Quotes with a speaker mention, by source, in text order: the places a role may be written."""
    out: dict[str, list[Quote]] = {}
    for f in facts:
        if isinstance(f, Quote) and f.speaker and f.speaker_text:
            out.setdefault(f.source, []).append(f)
    for quotes in out.values():
        quotes.sort(key=lambda q: (q.start, q.end))
    return out


def _holder(holders: dict[str, list[Quote]], role: Role, names: set[str]) -> Optional[str]:
    """The id of the first quote of the role's source whose speaker is the person and whose speaker
    mention holds the role's words, or None (the role is written elsewhere)."""
    wanted = words(role.role)
    n = len(wanted)
    for q in holders.get(role.source, ()):
        if fold(q.speaker or "") not in names:
            continue
        said = words(q.speaker_text)
        if any(said[i : i + n] == wanted for i in range(len(said) - n + 1)):
            return q.id
    return None
