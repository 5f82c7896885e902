"""Role claims: one person described differently by different sources.

A role is read as a title ("spokesman") and the organization it serves ("South Korea's
Unification Ministry"). Titles in one synonym group (`claim_words.ROLE_GROUPS`) name one job: the
same word agrees, a gendered and a neutral form are compatible ("spokesman" / "spokesperson"),
two different genders conflict ("spokesman" / "spokeswoman"). Titles from different groups
conflict ("minister" / "spokesperson"). Organizations conflict when their distinctive words have
nothing in common; one naming the other more fully ("Unification Ministry" / "South Korea's
Unification Ministry") is compatible.
"""

from __future__ import annotations

from typing import Optional, Sequence

from newsdiff.compare.common import short, stem, worst
from newsdiff.lexicon.claim_words import (
    BROADER_TITLE,
    GENERIC_ORG_WORDS,
    GENERIC_TITLES,
    ROLE_GROUPS,
    STOPWORDS,
    TITLES,
)
from newsdiff.model import Claim, ClaimValue, Kind, Person, Role, Status
from newsdiff.text.normalize import fold

GENDER_WORD = {"m": "male", "f": "female"}
# Words that end the head of a role phrase: the title comes before them.
HEAD_ENDS = frozenset("for of at with in from to".split())


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
    tokens = [w.removesuffix("'s").removesuffix("'") for w in fold(role).replace(",", " ").split()]
    cut = next((i for i, w in enumerate(tokens) if w in HEAD_ENDS), len(tokens))
    group, gender, title_at = None, "", -1
    for i in range(cut - 1, -1, -1):
        hit = TITLE_OF.get(" ".join(tokens[i : i + 2])) or TITLE_OF.get(tokens[i])
        if hit:
            group, gender, title_at = hit[0], hit[1], i
            break
    if group is None:  # "head of ...": a title after the cut
        for i in range(cut, len(tokens)):
            if tokens[i] in TITLE_OF:
                group, gender = TITLE_OF[tokens[i]]
                title_at = i
                break
    org = frozenset(
        stem(w)[:4]
        for i, w in enumerate(tokens)
        if i != title_at and w not in STOPWORDS and w.isalpha() and TITLE_OF.get(w, ("",))[0] not in ROLE_GROUPS
    )
    return group, gender, tokens[title_at] if title_at >= 0 else "", org


def compare_roles(a: str, b: str) -> tuple[str, str]:
    """Status of two descriptions of one person and why."""
    if fold(a).strip() == fold(b).strip():
        return Status.AGREE, "same words"
    ga, xa, oa = parse_role(a)
    gb, xb, ob = parse_role(b)
    found: list[tuple[str, str]] = []
    if ga and gb:
        if ga != gb and (_is_kind_of(ga, gb) or _is_kind_of(gb, ga)):
            found.append((Status.COMPATIBLE, f"one title is a kind of the other ({_title(a)} vs {_title(b)})"))
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
    distinct_a, distinct_b = _distinct(oa), _distinct(ob)
    if distinct_a and distinct_b:
        if not (distinct_a & distinct_b):
            found.append((Status.CONFLICT, "different organizations"))
        elif oa != ob:
            found.append((Status.COMPATIBLE, "the organization is named more or less fully"))
    elif oa != ob:
        found.append((Status.COMPATIBLE, "one names the organization, the other does not"))
    status = worst(s for s, _ in found)
    # Only the reasons for the status chosen: a conflict's note says what conflicts.
    reasons = [why for s, why in found if s == status and why]
    return status, "; ".join(reasons) if reasons else "same title and organization"


def _is_kind_of(narrow: str, broad: str) -> bool:
    """True when title `narrow` is a kind of title `broad` (BROADER_TITLE chain, or a generic title)."""
    if broad in GENERIC_TITLES:
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


def build(people: Sequence[Person], story_sources: Sequence[str], source_order: dict[str, int]) -> list[Claim]:
    """One claim per person whom the story's sources describe with a role."""
    in_story = set(story_sources)
    drafts = []
    for person in people:
        roles = sorted((r for r in person.roles if r.source in in_story and r.role.strip()),
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
                status, why = compare_roles(ra.role, rb.role)
                statuses.append(status)
                if status != Status.AGREE:
                    reasons.append((status, f"{ra.source} “{ra.role}” vs {rb.source} “{rb.role}”: {why}"))
        if len(sources) == 1:
            status, note = Status.SINGLE, "one source only"
        else:
            status = worst(statuses)
            picked = [r for s, r in reasons if s == status][:3]
            note = "; ".join(picked) if picked else "every source gives the same role"
        values = tuple(ClaimValue(source=r.source, value=r.role, display=r.role) for r in roles)
        drafts.append(Claim(kind=Kind.ROLE, label=f"{person.name}: role", status=status, facts=(), values=values, note=note,
                 order=(source_order[roles[0].source], 0, person.name)))
    return drafts
