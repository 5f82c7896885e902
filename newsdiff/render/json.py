"""The one JSON writer every command uses: contract version 1 (docs/json.md).

The document is deterministic: the same input gives byte-identical output.
"""

from __future__ import annotations

import json
from dataclasses import fields
from typing import Any

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


def document(result: Result) -> dict:
    """The whole contract-v1 object for a result."""
    quote_counts: dict[str, int] = {}
    for fact in result.facts:
        speaker = getattr(fact, "speaker", None)
        if fact.kind == Kind.QUOTE and speaker:
            quote_counts[speaker] = quote_counts.get(speaker, 0) + 1
    return {
        "newsdiff": CONTRACT_VERSION,
        "sources": [source_dict(s) for s in result.sources],
        "facts": [fact_dict(f) for f in result.facts],
        "people": [person_dict(p, quote_counts.get(p.name, 0)) for p in result.people],
        "claims": [claim_dict(c) for c in result.claims],
        "skipped": [{"path": s.path, "reason": s.reason} for s in result.skipped],
    }


def dumps(result: Result) -> str:
    """Serialise a result as contract-v1 JSON text."""
    return json.dumps(document(result), ensure_ascii=False, indent=2)
