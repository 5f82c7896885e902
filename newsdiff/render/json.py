"""The one JSON writer every command uses: contract version 1 (docs/json.md).

The document is deterministic: the same input gives byte-identical output. `write` streams it to a
text stream one entry at a time, so a large result is never held twice more (as a dict tree and as
one string) while it is written; `dumps` is the same text as one string.
"""

from __future__ import annotations

import json
from dataclasses import fields
from io import StringIO
from typing import Any, Callable, Iterable, TextIO

from newsdiff import CONTRACT_VERSION
from newsdiff.model import Claim, Fact, Kind, Person, Result, Source

FACT_BASE = ("id", "source", "kind", "text", "start", "end", "sentence")


def _plain(value: Any) -> Any:
    # 2000.0 is written 2000: values are numbers as written, not floats as computed.
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def source_dict(source: Source) -> dict:
    """One entry of `sources`."""
    return {
        "id": source.id,
        "path": source.path,
        "title": source.title,
        "published": source.published,
        "outlet": source.outlet,
        "chars": len(source.text),
        "url": source.url,
        "story": source.story,
        "copy_of": source.copy_of,
        "author": source.author,
    }


def fact_dict(fact: Fact) -> dict:
    """One entry of `facts`: the shared fields first, then the kind's own."""
    out = {name: getattr(fact, name) for name in FACT_BASE}
    for f in fields(fact):
        if f.name not in out:
            out[f.name] = _plain(getattr(fact, f.name))
    return out


def person_dict(person: Person, quote_count: int = 0) -> dict:
    """One entry of `people`."""
    return {
        "id": person.id,
        "name": person.name,
        "type": person.type,
        "aliases": list(person.aliases),
        "roles": [{"source": r.source, "role": r.role} for r in person.roles],
        "quotes": quote_count,
    }


def claim_dict(claim: Claim) -> dict:
    """One entry of `claims`."""
    return {
        "id": claim.id,
        "kind": claim.kind,
        "label": claim.label,
        "status": claim.status,
        "facts": list(claim.facts),
        "values": [
            {
                "source": v.source,
                "value": _plain(v.value),
                "fact": v.fact,
                "claimant": v.claimant,
                "display": v.display,
                "copy_of": v.copy_of,
            }
            for v in claim.values
        ],
        "note": claim.note,
        "basis": claim.basis,
    }


def _quote_counts(result: Result) -> dict[str, int]:
    """How many quotes each speaker name has, for `people[].quotes`."""
    counts: dict[str, int] = {}
    for fact in result.facts:
        speaker = getattr(fact, "speaker", None)
        if fact.kind == Kind.QUOTE and speaker:
            counts[speaker] = counts.get(speaker, 0) + 1
    return counts


def _sections(result: Result) -> list[tuple[str, Callable[[], Iterable[Any]]]]:
    """The top-level lists in contract order (after `newsdiff`), each with a function that gives
    its entries one at a time."""
    counts = _quote_counts(result)
    return [
        ("sources", lambda: (source_dict(s) for s in result.sources)),
        ("facts", lambda: (fact_dict(f) for f in result.facts)),
        ("people", lambda: (person_dict(p, counts.get(p.name, 0)) for p in result.people)),
        ("claims", lambda: (claim_dict(c) for c in result.claims)),
        ("skipped", lambda: ({"path": s.path, "reason": s.reason} for s in result.skipped)),
    ]


def document(result: Result) -> dict:
    """The whole contract-v1 object for a result."""
    out: dict[str, Any] = {"newsdiff": CONTRACT_VERSION}
    for key, entries in _sections(result):
        out[key] = list(entries())
    return out


def _encode(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def write(result: Result, stream: TextIO) -> None:
    """Write a result as contract-v1 JSON text to `stream`, one entry at a time: the same text as
    `json.dumps(document(result), ensure_ascii=False, indent=2)`, byte for byte."""
    stream.write("{\n  " + _encode("newsdiff") + ": " + _encode(CONTRACT_VERSION))
    for key, entries in _sections(result):
        stream.write(",\n  " + _encode(key) + ": [")
        first = True
        for entry in entries():
            # An entry sits two levels deep: json.dumps indents it from column 0, so every line
            # break gets four more spaces. Strings never hold a raw line break (JSON escapes it),
            # so every "\n" in the encoded entry is layout.
            stream.write(("\n    " if first else ",\n    ") + _encode(entry).replace("\n", "\n    "))
            first = False
        stream.write("]" if first else "\n  ]")  # json.dumps writes an empty list as []
    stream.write("\n}")


def dumps(result: Result) -> str:
    """Serialise a result as contract-v1 JSON text."""
    buffer = StringIO()
    write(result, buffer)
    return buffer.getvalue()
