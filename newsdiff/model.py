"""The data newsdiff works on: sources, facts, people and claims.

Every fact is a small frozen dataclass that keeps the exact characters it came from
(`text == source_text[start:end]`) beside the value read from them, so a reader can always
check a value against its words. Extractors create facts; nothing downstream mutates them
(`dataclasses.replace` makes an amended copy).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Optional, TypeVar


class Kind(str, Enum):
    """What a fact or a claim is about. A `str` subclass: it serialises (JSON, CSV) to its value
    and compares equal to it, so the public contract keeps its strings."""

    QUOTE = "quote"
    NUMBER = "number"
    DATE = "date"
    ATTRIBUTION = "attribution"
    ROLE = "role"  # claims only: how sources describe one person

    def __str__(self) -> str:
        return self.value


class Status(str, Enum):
    """How the sources of one claim relate, from the strongest agreement to one source alone."""

    AGREE = "agree"
    COMPATIBLE = "compatible"
    CONFLICT = "conflict"
    SINGLE = "single"

    def __str__(self) -> str:
        return self.value


QUOTE, NUMBER, DATE, ATTRIBUTION = Kind.QUOTE, Kind.NUMBER, Kind.DATE, Kind.ATTRIBUTION
FACT_KINDS = (QUOTE, NUMBER, DATE, ATTRIBUTION)
CLAIM_KINDS = (Kind.NUMBER, Kind.DATE, Kind.QUOTE, Kind.ROLE)
STATUSES = tuple(Status)


D = TypeVar("D")


def amended(item: D, **changes: object) -> D:
    """`dataclasses.replace(item, **changes)` for the model's frozen dataclasses, which have no
    `__post_init__` and no init-only fields: a copy of the instance's fields with the changes.
    `replace` calls `__init__` with every field, one frozen `object.__setattr__` each; extraction
    frames and numbers every fact, and an archive's cross-source steps amend hundreds of thousands
    of facts, values and claims: `replace` cost more than the rest of numbering a fact, and was the
    costliest step of a warm comparison after the claims themselves."""
    new = object.__new__(type(item))
    values = new.__dict__
    values.update(item.__dict__)
    for name, value in changes.items():
        if name not in values:
            raise TypeError(f"{type(item).__name__} has no field {name!r}")
        values[name] = value
    return new


@dataclass(frozen=True)
class Span:
    """A half-open range of code points `[start, end)` in a source's text."""

    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: "Span") -> bool:
        """True when the two ranges share at least one character."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: "Span") -> bool:
        """True when `other` lies wholly inside this range."""
        return self.start <= other.start and other.end <= self.end


@dataclass(frozen=True)
class Source:
    """One article as read from disk: its exact text and whatever metadata it carries."""

    id: str
    path: str
    text: str
    title: Optional[str] = None
    published: Optional[str] = None  # YYYY-MM-DD
    outlet: Optional[str] = None
    url: Optional[str] = None
    story: Optional[str] = None
    copy_of: Optional[str] = None  # the first source of the copy group this one belongs to
    author: Optional[str] = None  # byline from a web page's metadata or a record field


@dataclass(frozen=True, kw_only=True)
class Fact:
    """What every fact has: where it came from and the exact words."""

    id: str = ""
    source: str
    kind: str
    text: str
    start: int
    end: int
    sentence: int  # index into the source's sentence list

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass(frozen=True, kw_only=True)
class Quote(Fact):
    """Words inside quotation marks and who the article says spoke them."""

    kind: str = QUOTE
    speaker: Optional[str] = None  # canonical name, or the description when the text gives no name
    speaker_text: Optional[str] = None  # the mention that attributes the quote ("he", "Mr Koo")
    speaker_start: Optional[int] = None
    speaker_end: Optional[int] = None
    cue: Optional[str] = None  # the reporting verb or cue phrase
    partial: bool = False  # a fragment inside the writer's own sentence
    note: Optional[str] = None  # e.g. "unclosed quotation mark"
    # The mention is a pronoun ("he said") that surely means `speaker`: its pronoun agrees with the
    # person's, and no other person who could take it is named in its sentence or the one before.
    pronoun_resolved: bool = False


@dataclass(frozen=True, kw_only=True)
class Number(Fact):
    """A count or amount, kept as the interval the source commits to."""

    kind: str = NUMBER
    value: Optional[float] = None  # the number as written; None for "hundreds"
    low: Optional[float] = None  # None: unbounded below
    high: Optional[float] = None  # None: unbounded above
    qualifier: Optional[str] = None
    unit: Optional[str] = None
    subject: Optional[str] = None  # what is counted, with its verb: "North Koreans sent back"
    event: Optional[str] = None  # the verb phrase alone, lemmatised where easy: "send back"
    claimant: Optional[str] = None
    # The frame (`extract/frame.py`): what the number measures and what surrounds it.
    dimension: Optional[str] = None  # "count", "age", "money:USD", "distance", "address", ...
    head: Optional[str] = None  # the counted noun, singular: "pirate"
    context: tuple[str, ...] = ()  # content words of the clause around it, folded
    participants: tuple[str, ...] = ()  # capitalised names around it, folded, nearest first
    modifiers: tuple[str, ...] = ()  # words that make it a part of a whole: "first", "other"
    # The name the number belongs to, folded: whose age ("Reid, 33," / "33-year-old Tara Reid"),
    # who scored ("Earl Clark finished with 25 points"); None when the clause names nobody there.
    agent: Optional[str] = None
    # When its clause says it happened: years, months and weekdays named around it, folded
    # ("2003", "august", "sunday"); empty when the clause names no time.
    time: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class DateFact(Fact):
    """A time expression normalised to a TIMEX3 type and value."""

    kind: str = DATE
    type: str = "DATE"  # DATE, TIME, DURATION, SET
    value: Optional[str] = None
    anchor: Optional[str] = None  # "published", "reference" or None
    # The upper end of a range of durations ("two to three weeks": value P2W, value_to P3W); TIMEX3
    # has one value per expression, so the range's other end needs a field of its own.
    value_to: Optional[str] = None
    event: Optional[str] = None  # what happened at that time, when the clause says: "sent back"
    claimant: Optional[str] = None
    context: tuple[str, ...] = ()  # content words of the clause around it, folded (`extract/frame.py`)
    participants: tuple[str, ...] = ()  # capitalised names around it, folded


@dataclass(frozen=True, kw_only=True)
class Attribution(Fact):
    """Content the article attributes to someone without (only) quoting them."""

    kind: str = ATTRIBUTION
    claimant: Optional[str] = None
    claimant_start: Optional[int] = None
    claimant_end: Optional[int] = None
    cue: Optional[str] = None
    channel: Optional[str] = None  # "X told Reuters": Reuters carried the claim


@dataclass(frozen=True)
class Mention:
    """A person or organization named in one source, with the role the source gives it."""

    source: str
    name: str  # the fullest form of the name in that source
    type: str  # "person" or "organization"
    aliases: tuple[str, ...] = ()
    role: Optional[str] = None


@dataclass(frozen=True)
class Role:
    """How one source describes a person ("a spokesman for the ministry")."""

    source: str
    role: str


@dataclass(frozen=True)
class Person:
    """One person or organization across all sources."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()


@dataclass(frozen=True)
class ClaimValue:
    """One source's version of a claim, pointing at the fact it comes from."""

    source: str
    value: object
    fact: Optional[str] = None
    claimant: Optional[str] = None
    display: Optional[str] = None  # the value as a reader would write it ("nearly 600")
    copy_of: Optional[str] = None  # set when the value's source reprints another source


@dataclass(frozen=True, kw_only=True)
class Claim:
    """One thing several sources report, and whether their versions agree.

    The claim builders make claims with no id; the comparison gives ids once every claim of a
    folder is known. `order` (where the claim first appears) sorts claims and is not output."""

    kind: Kind
    label: str
    status: Status
    facts: tuple[str, ...]
    values: tuple[ClaimValue, ...]
    note: str = ""
    id: str = ""
    basis: str = ""  # why the facts were joined: shared head, event, names and words
    order: tuple = field(default=(), compare=False, repr=False)


@dataclass(frozen=True)
class Skipped:
    """A file that could not be read, and why: always reported, never silently dropped."""

    path: str
    reason: str


@dataclass(frozen=True)
class SourceFacts:
    """The result of extracting one source: a pure function of its text and the options."""

    source: Source
    facts: tuple[Fact, ...] = ()
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class Result:
    """Everything a command can print. Frozen: filters and later steps return amended copies
    (`dataclasses.replace`), so a result handed to a renderer never changes under it."""

    sources: tuple[Source, ...] = ()
    facts: tuple[Fact, ...] = ()
    people: tuple[Person, ...] = ()
    claims: tuple[Claim, ...] = ()
    skipped: tuple[Skipped, ...] = ()
