"""Cross-source comparison: claims that agree, differ compatibly or conflict.

Steps, all on facts alone (never on a source's text), all deterministic:
1. find copies, sources reprinting the same text (`copies.find_copies`);
2. group sources into stories (`stories.group`, copies following their original) and compare only
   within a story;
3. fold copies: a fact of a copy saying exactly what a fact of its original says is not lined up
   on its own but joins its original's claim (`claims_common.fold_copies`), so reprints add values
   (agreeing with the original) to the same claims, never new claims;
4. build claims per kind: numbers, dates, quotes (`claims_numbers`, `claims_dates`,
   `claims_quotes`) and roles (`claims_roles`, from the merged people);
5. say in each claim's note when some of its sources are copies of each other, since copies
   agreeing is not independent confirmation;
6. number the claims c1, c2, ... by story, kind, then where each first appears.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Mapping, Optional, Sequence, TypeVar, cast

from newsdiff import parallel
from newsdiff.compare import copies, stories
from newsdiff.compare import dates as claims_dates
from newsdiff.compare import numbers as claims_numbers
from newsdiff.compare import quotes as claims_quotes
from newsdiff.compare import roles as claims_roles
from newsdiff.compare.common import fold_copies, sentence_context
from newsdiff.model import (
    Claim,
    ClaimValue,
    DateFact,
    Fact,
    Kind,
    Number,
    Person,
    Quote,
    Source,
    Status,
    amended,
)

T = TypeVar("T")
Twins = Mapping[str, Sequence[T]]

KIND_ORDER = (Kind.NUMBER, Kind.DATE, Kind.QUOTE, Kind.ROLE)


@dataclass(frozen=True)
class Comparison:
    """Everything the comparison finds: claims, each source's story, and copies (source id ->
    the first source of its copy group; absent when the source is no one's copy)."""

    claims: list[Claim]
    stories: dict[str, str]
    copies: dict[str, str]


def compare_sources(
    sources: Sequence[Source], facts: Sequence[Fact], people: Sequence[Person], jobs: int = 1
) -> Comparison:
    """Line up facts from different sources into claims: sources are grouped into stories and
    compared only within one; copies are found first. Works on facts alone, never on the text.

    With `jobs` > 1 the claims of each story and kind are built in that many worker processes
    (`newsdiff.parallel.map_tasks`); the claims are the same whatever `jobs`."""
    order = {s.id: i for i, s in enumerate(sources)}
    facts = [f for f in facts if f.source in order]
    copy_of = copies.find_copies(sources, facts)
    story_of = stories.group(sources, facts, people, copy_of)
    # Each story's sources, facts and role holders, gathered in one pass each (never a pass over
    # everything per story).
    members_of: dict[str, list[str]] = {}
    for s in sources:
        members_of.setdefault(story_of[s.id], []).append(s.id)
    facts_of: dict[str, list[Fact]] = {story: [] for story in members_of}
    for f in facts:
        facts_of[story_of[f.source]].append(f)
    holders_of: dict[str, list[int]] = {story: [] for story in members_of}
    for i, person in enumerate(people):
        for story in dict.fromkeys(story_of[r.source] for r in person.roles if r.source in story_of):
            holders_of[story].append(i)
    work = _Work(
        order=order,
        copy_of=copy_of,
        people=people,
        speakers=claims_quotes.Speakers(people),
        stories=[_Story(members, facts_of[story], [people[i] for i in holders_of[story]])
                 for story, members in members_of.items()],
    )
    tasks = [(index, kind) for index in range(len(work.stories)) for kind in KIND_ORDER]
    found = parallel.map_tasks(_build, work, tasks, [work.cost(task) for task in tasks], jobs)
    drafts = [(index, d) for (index, _), claims in zip(tasks, found, strict=True) for d in claims]
    drafts.sort(key=lambda item: (item[0], KIND_ORDER.index(item[1].kind), item[1].order, item[1].label))
    # The drafts come finished (`_finished`, in the workers) with their id's digest: numbering only
    # settles the (unlikely) clash of two short digests, in this fixed order.
    taken: set[str] = set()
    claims = [amended(draft, id=_short_id(draft.id, taken)) for _, draft in drafts]
    return Comparison(claims, story_of, copy_of)


@dataclass(frozen=True)
class _Story:
    """One story's source ids, facts (every kind, in input order) and role holders."""

    members: list[str]
    facts: list[Fact]
    holders: list[Person]


@dataclass(frozen=True)
class _Work:
    """What every claim builder reads: the same for every story, built once."""

    order: dict[str, int]
    copy_of: dict[str, str]
    people: Sequence[Person]
    speakers: claims_quotes.Speakers
    stories: list[_Story]

    def cost(self, task: tuple[int, Kind]) -> int:
        """A rough cost of building one story's claims of one kind (its facts, squared: a large story
        costs more than its share), to hand out the largest tasks first."""
        story = self.stories[task[0]]
        size = len(story.members) if task[1] == Kind.ROLE else sum(1 for f in story.facts if f.kind == task[1])
        return size * size


_FACT_TYPE: dict[Kind, type] = {Kind.NUMBER: Number, Kind.DATE: DateFact, Kind.QUOTE: Quote}


def _build(work: _Work, task: tuple[int, Kind]) -> list[Claim]:
    """The draft claims of one kind in one story, finished (`_finished`)."""
    return [_finished(draft, work.copy_of) for draft in _drafts(work, task)]


def _finished(draft: Claim, copy_of: dict[str, str]) -> Claim:
    """A draft with each value marked with its source's original, its note saying which sources
    are copies and why the facts were joined, and the digest of its content in `id` (numbered by
    `compare_sources`). Done where the draft is built (in a worker process, with jobs), not once
    more for every claim of the archive in the parent."""
    return amended(
        draft,
        id=_digest(draft),
        values=tuple(_marked(v, copy_of.get(v.source)) for v in draft.values),
        note=_with_basis(_with_copies(draft, copy_of), draft.basis),
    )


def _drafts(work: _Work, task: tuple[int, Kind]) -> list[Claim]:
    """The draft claims of one kind in one story. Copies are folded per kind: a fact's twins are
    copies of it, so of its kind, and folding one kind's facts gives the same twins as folding all."""
    index, kind = task
    story = work.stories[index]
    if kind == Kind.ROLE:
        return claims_roles.build(story.holders, story.members, work.order, story.facts)
    mine, twins = fold_copies([f for f in story.facts if isinstance(f, _FACT_TYPE[kind])], work.copy_of, work.order)
    if kind == Kind.NUMBER:
        return claims_numbers.build(cast(list[Number], mine), work.order, cast(Twins[Number], twins))
    if kind == Kind.DATE:
        context = sentence_context(story.facts, of=mine)
        return claims_dates.build(cast(list[DateFact], mine), work.order, cast(Twins[DateFact], twins), context)
    return claims_quotes.build(cast(list[Quote], mine), work.people, work.order, cast(Twins[Quote], twins),
                               work.speakers)


def claim_id(claim: Claim, taken: set[str]) -> str:
    """An id derived from what the claim holds (its kind and facts; a role claim's person and
    values), so the same claim keeps its id whatever else the folder holds and whatever filters
    or options are given. `taken` resolves the (unlikely) clash of two short hashes."""
    return _short_id(_digest(claim), taken)


def _digest(claim: Claim) -> str:
    """The SHA-1 of what the claim holds, in hex: what `claim_id` shortens."""
    if claim.facts:
        content = "|".join([str(claim.kind), *sorted(claim.facts)])
    else:
        content = "|".join([str(claim.kind), claim.label, *sorted(f"{v.source}={v.value}" for v in claim.values)])
    return hashlib.sha1(content.encode("utf-8", "surrogatepass")).hexdigest()


def _short_id(digest: str, taken: set[str]) -> str:
    """The shortest id "c" + a prefix of `digest` (7 hex digits at least) not in `taken`."""
    for width in range(7, len(digest) + 1):
        candidate = "c" + digest[:width]
        if candidate not in taken:
            taken.add(candidate)
            return candidate
    raise AssertionError("a SHA-1 digest clashes with itself")  # unreachable: 40 widths


def _marked(value: ClaimValue, copy_of: Optional[str]) -> ClaimValue:
    """The value with its source's original (`copy_of`), copied only when that changes it: most
    sources are no one's copy, and a copy is the costliest step of numbering claims."""
    return value if value.copy_of == copy_of else amended(value, copy_of=copy_of)


def _with_basis(note: str, basis: str) -> str:
    """The note, then why the facts were joined (the claim's `basis`), so a reader of any view sees
    both the status and the evidence behind lining the facts up."""
    if not basis:
        return note
    return f"{note}; joined on: {basis}" if note else f"joined on: {basis}"


def _with_copies(draft: Claim, copy_of: dict[str, str]) -> str:
    """Add to the note which of the claim's sources are copies and how many are independent."""
    sources = list(dict.fromkeys(v.source for v in draft.values))
    if len(sources) < 2:
        return draft.note
    groups: dict[str, list[str]] = {}
    for sid in sources:
        groups.setdefault(copy_of.get(sid, sid), []).append(sid)
    copied = [g for g in groups.values() if len(g) > 1]
    if not copied:
        return draft.note
    said = "; ".join(" and ".join(g) + " are copies (shared verbatim passages)" for g in copied)
    independent = len(groups)
    tail = f"{said}: {independent} independent source{'s' if independent != 1 else ''}"
    if independent == 1 and draft.status == Status.AGREE:
        tail += ", so this agreement is not independent confirmation"
    return f"{draft.note}. {tail}" if draft.note else tail
