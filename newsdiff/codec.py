"""A lossless JSON codec for the result of extracting one source (`SourceFacts`).

The cache and the parallel engines move extraction results as plain JSON. The contract writer
(`render.json`) is not reused: it writes 2000.0 as 2000 and drops the class of a fact, which a
renderer reading the result back would notice. Here every fact keeps its class, its kind enum and
its floats, so `decode(encode(x)) == x` field by field and type by type.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from newsdiff.model import Attribution, DateFact, Fact, Kind, Mention, Number, Quote, Source, SourceFacts

FACT_CLASSES = {cls.__name__: cls for cls in (Quote, Number, DateFact, Attribution)}
# Source fields that extraction may fill in (title, outlet from the text); text and path are the
# caller's own and are not stored.
SOURCE_FIELDS = tuple(f.name for f in dataclasses.fields(Source) if f.name not in ("text", "path"))


def fact_to_dict(fact: Fact) -> dict[str, Any]:
    """A fact as a JSON-ready dict, with its class under "class"."""
    out: dict[str, Any] = {"class": type(fact).__name__}
    for f in dataclasses.fields(fact):
        out[f.name] = getattr(fact, f.name)
    return out


def fact_from_dict(data: dict[str, Any]) -> Fact:
    """The inverse of `fact_to_dict`."""
    # JSON has no tuples: every list-valued field of a fact is a tuple (context, participants,
    # modifiers of the frame), so lists come back as tuples.
    data = {name: tuple(value) if isinstance(value, list) else value for name, value in data.items()}
    cls = FACT_CLASSES[data.pop("class")]
    data["kind"] = Kind(data["kind"])
    return cls(**data)


def encode(extracted: SourceFacts) -> str:
    """`SourceFacts` as compact JSON text (the source's text and path left out)."""
    source = {name: getattr(extracted.source, name) for name in SOURCE_FIELDS}
    mentions = [dataclasses.asdict(m) for m in extracted.mentions]
    facts = [fact_to_dict(f) for f in extracted.facts]
    return json.dumps({"source": source, "facts": facts, "mentions": mentions}, ensure_ascii=False, separators=(",", ":"))


def decode(text: str, source: Source) -> SourceFacts:
    """`SourceFacts` from `encode`'s text, for `source` (which supplies the text and path)."""
    data = json.loads(text)
    fields = {name: data["source"][name] for name in SOURCE_FIELDS}
    restored = dataclasses.replace(source, **fields)
    mentions = tuple(Mention(**{**m, "aliases": tuple(m["aliases"])}) for m in data["mentions"])
    facts = tuple(fact_from_dict(f) for f in data["facts"])
    return SourceFacts(restored, facts, mentions)
