"""A lossless JSON codec for the result of extracting one source (`SourceFacts`).

The cache and the parallel engines move extraction results as plain JSON. The contract writer
(`render.json`) is not reused: it writes 2000.0 as 2000 and drops the class of a fact, which a
renderer reading the result back would notice. Here every fact keeps its class, its kind enum and
its floats, so `decode(encode(x)) == x` field by field and type by type.

A warm run of a large archive reads every fact back (10,000 articles hold 300,000 facts), so the
layout is made for reading: a fact is a JSON array of its field values in the class's field order
after the index of its class, not an object repeating every field name; a fact is rebuilt by
filling its `__dict__`, not through the frozen dataclass's `__init__` (one `object.__setattr__`
call per field); and the source id every fact of one source carries is stored once. The field
order is the model's own (`model.py` is part of the cache key's fingerprint), and a row whose
shape does not fit the classes raises ValueError: the cache treats it as a miss.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from newsdiff.model import Attribution, DateFact, Fact, Kind, Mention, Number, Quote, Source, SourceFacts

FACT_CLASSES = (Quote, Number, DateFact, Attribution)
_CLASS_INDEX = {cls: i for i, cls in enumerate(FACT_CLASSES)}
_CLASS_NAMED = {cls.__name__: cls for cls in FACT_CLASSES}
# Per class: the names of the fields stored (every field but `source`, which is the source's id),
# and which of them are tuples (JSON has no tuples: they come back as lists).
_STORED = tuple(tuple(f.name for f in dataclasses.fields(cls) if f.name != "source") for cls in FACT_CLASSES)
assert all(tuple(f.name for f in dataclasses.fields(cls))[:2] == ("id", "source") for cls in FACT_CLASSES)
_TUPLES = tuple(
    tuple(f.name for f in dataclasses.fields(cls) if str(f.type).startswith("tuple")) for cls in FACT_CLASSES
)
_MENTION_FIELDS = tuple(f.name for f in dataclasses.fields(Mention))
_KINDS = {kind.value: kind for kind in Kind}
# Source fields that extraction may fill in (title, outlet from the text); text and path are the
# caller's own and are not stored.
SOURCE_FIELDS = tuple(f.name for f in dataclasses.fields(Source) if f.name not in ("text", "path"))


def fact_to_dict(fact: Fact) -> dict[str, Any]:
    """A fact as a JSON-ready dict, with its class under "class"."""
    out: dict[str, Any] = {"class": type(fact).__name__}
    for f in dataclasses.fields(fact):
        out[f.name] = getattr(fact, f.name)
    return out


def encode(extracted: SourceFacts) -> str:
    """`SourceFacts` as compact JSON text (the source's text and path left out):
    `[source fields, [[class index, field values...], ...], [[mention fields...], ...], source id
    of the facts]`. A fact whose `source` is not that id is stored as a dict (`fact_to_dict`)."""
    source = {name: getattr(extracted.source, name) for name in SOURCE_FIELDS}
    owner = extracted.source.id
    facts: list[Any] = []
    for fact in extracted.facts:
        index = _CLASS_INDEX.get(type(fact))
        if index is None or fact.source != owner:
            facts.append(fact_to_dict(fact))  # not made by the extractors: kept whole
            continue
        values = fact.__dict__
        facts.append([index, *(values[name] for name in _STORED[index])])
    mentions = [[getattr(m, name) for name in _MENTION_FIELDS] for m in extracted.mentions]
    return json.dumps([source, facts, mentions, owner], ensure_ascii=False, separators=(",", ":"))


def decode(text: str, source: Source) -> SourceFacts:
    """`SourceFacts` from `encode`'s text, for `source` (which supplies the text and path)."""
    stored_source, rows, mention_rows, owner = json.loads(text)
    restored = dataclasses.replace(source, **{name: stored_source[name] for name in SOURCE_FIELDS})
    facts = tuple(_fact(row, owner) for row in rows)
    mentions = []
    for row in mention_rows:
        if len(row) != len(_MENTION_FIELDS):
            raise ValueError("a stored mention does not fit the model")
        mention = object.__new__(Mention)
        mention.__dict__.update(zip(_MENTION_FIELDS, row, strict=True))
        mention.__dict__["aliases"] = tuple(mention.aliases)
        mentions.append(mention)
    return SourceFacts(restored, facts, tuple(mentions))


def _fact(row: Any, owner: str) -> Fact:
    """One stored fact rebuilt: what `cls(**fields)` makes (the model's classes have no
    `__post_init__`), without the frozen dataclass's `object.__setattr__` per field. The fields
    go into `__dict__` in the class's order, as `__init__` would set them."""
    if isinstance(row, dict):
        return fact_from_dict(row)
    index = row[0]
    names = _STORED[index]
    if len(row) != len(names) + 1:
        raise ValueError("a stored fact does not fit the model")
    fact = object.__new__(FACT_CLASSES[index])
    values = fact.__dict__
    values["id"] = row[1]
    values["source"] = owner
    values.update(zip(names[1:], row[2:], strict=True))
    values["kind"] = _KINDS[values["kind"]]
    for name in _TUPLES[index]:
        values[name] = tuple(values[name])
    return fact


def fact_from_dict(data: dict[str, Any]) -> Fact:
    """The inverse of `fact_to_dict`."""
    # JSON has no tuples: every list-valued field of a fact is a tuple (context, participants,
    # modifiers of the frame), so lists come back as tuples.
    data = {name: tuple(value) if isinstance(value, list) else value for name, value in data.items()}
    cls = _CLASS_NAMED[data.pop("class")]
    data["kind"] = Kind(data["kind"])
    return cls(**data)
