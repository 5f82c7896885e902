"""The one JSON writer every command uses: contract version 1 (docs/json.md).

The document is deterministic: the same input gives byte-identical output. `write` streams it to a
text stream one entry at a time, so a large result is never held twice more (as a dict tree and as
one string) while it is written; `dumps` is the same text as one string.

The text is exactly `json.dumps(document, ensure_ascii=False, indent=2)`, but written by `_indented`:
the standard library encodes with indentation in pure Python, value by value, while without it in C;
`_indented` lays out the nesting itself and hands every container of plain values (a source, a
claim's value, a fact's list of participants) to the C encoder in one call.
"""

from __future__ import annotations

import json
from dataclasses import fields
from functools import lru_cache
from io import StringIO
from json.encoder import encode_basestring
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
    for name in _own_fields(type(fact)):
        out[name] = _plain(getattr(fact, name))
    return out


_OWN_FIELDS: dict[type, tuple[str, ...]] = {}


def _own_fields(kind: type) -> tuple[str, ...]:
    """A fact class's fields after the shared ones, in declaration order (looked up once a class:
    `dataclasses.fields` builds its answer on every call)."""
    found = _OWN_FIELDS.get(kind)
    if found is None:
        found = _OWN_FIELDS[kind] = tuple(f.name for f in fields(kind) if f.name not in FACT_BASE)
    return found


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


_PLAIN_VALUES = (str, int, float, type(None))  # bool is an int


@lru_cache(maxsize=64)
def _flat_encoder(pad: str) -> Callable[[Any], str]:
    """The C encoder writing a container of plain values one per line, each after `pad`: built
    once per indentation (`JSONEncoder.encode` builds it again on every call, which costs more
    than encoding a small container), else the encoder `JSONEncoder.encode` uses."""
    separators = ("," + pad, ": ")
    try:
        from json.encoder import c_make_encoder  # type: ignore[attr-defined]

        chunks = c_make_encoder(None, _unencodable, encode_basestring, None, separators[1], separators[0],
                                False, False, True)
        return lambda value: "".join(chunks(value, 0))
    except (ImportError, TypeError):  # no C accelerator, or another signature: the public way
        return json.JSONEncoder(ensure_ascii=False, separators=separators).encode


def _unencodable(value: Any) -> Any:
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _indented(value: Any, pad: str) -> str:
    """`value` as `json.dumps(value, ensure_ascii=False, indent=2)` writes it, its lines after the
    first starting with `pad` ("\n" and the indentation of the line `value` starts on)."""
    if not isinstance(value, (dict, list, tuple)):
        return _scalar(value)
    if not value:
        return "{}" if isinstance(value, dict) else "[]"
    inner = pad + "  "
    flat = _flat_encoder(inner)
    parts: list[str] = []  # the items' text, each after its own line's indentation
    if isinstance(value, dict):
        if not all(isinstance(k, str) for k in value):
            return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", pad)  # json's own key rules
        run: dict[str, Any] = {}  # consecutive plain items: one call of the C encoder
        for k, v in value.items():
            if isinstance(v, _PLAIN_VALUES):
                run[k] = v
                continue
            if run:
                parts.append(flat(run)[1:-1])
                run = {}
            parts.append(encode_basestring(k) + ": " + _indented(v, inner))
        if run:
            parts.append(flat(run)[1:-1])
        return "{" + inner + ("," + inner).join(parts) + pad + "}"
    if all(isinstance(v, _PLAIN_VALUES) for v in value):
        return "[" + inner + flat(value)[1:-1] + pad + "]"
    return "[" + inner + ("," + inner).join(_indented(v, inner) for v in value) + pad + "]"


def _scalar(value: Any) -> str:
    """A plain value as json writes it (the C encoder's own string escaping and float text)."""
    if isinstance(value, str):
        return encode_basestring(value)
    if isinstance(value, (int, float)) and value is not True and value is not False:
        return _flat_encoder("")([value])[1:-1]  # json's int and float text (NaN, Infinity) without a second rule
    return json.dumps(value, ensure_ascii=False)


def write(result: Result, stream: TextIO) -> None:
    """Write a result as contract-v1 JSON text to `stream`, one entry at a time: the same text as
    `json.dumps(document(result), ensure_ascii=False, indent=2)`, byte for byte."""
    stream.write("{\n  " + _encode("newsdiff") + ": " + _encode(CONTRACT_VERSION))
    for key, entries in _sections(result):
        stream.write(",\n  " + _encode(key) + ": [")
        first = True
        for entry in entries():
            # An entry sits two levels deep: its lines start four spaces in.
            stream.write(("\n    " if first else ",\n    ") + _indented(entry, "\n    "))
            first = False
        stream.write("]" if first else "\n  ]")  # json.dumps writes an empty list as []
    stream.write("\n}")


def dumps(result: Result) -> str:
    """Serialise a result as contract-v1 JSON text."""
    buffer = StringIO()
    write(result, buffer)
    return buffer.getvalue()
