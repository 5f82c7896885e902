"""The one JSON writer every command uses: contract version 1 (docs/json.md).

The document is deterministic: the same input gives byte-identical output. `write` streams it to a
text stream one entry at a time, so a large result is never held twice more (as a dict tree and as
one string) while it is written; `dumps` is the same text as one string.

The text is exactly `json.dumps(document, ensure_ascii=False, indent=2)`, but written by `_indented`:
the standard library encodes with indentation in pure Python, value by value, while without it in C;
`_indented` lays out the nesting itself and hands every container of plain values (a source, a
claim's value, a fact's list of participants) to the C encoder in one call. Sources, facts and
claims, nearly all of a large document, are written through a fixed layout per kind of entry
(`_Layout`): a %-template of its keys, filled with its values encoded by one call of the C encoder,
with no dict built per entry; an entry holding a value of an unexpected type is written by
`_indented`. Entries are written in batches (`WRITE_BATCH`), not one write each.
"""

from __future__ import annotations

import json
from dataclasses import fields
from functools import lru_cache
from io import StringIO
from json.encoder import encode_basestring
from operator import attrgetter
from typing import Any, Callable, Iterable, Iterator, Optional, Sequence, TextIO

from newsdiff import CONTRACT_VERSION
from newsdiff.model import Claim, ClaimValue, Fact, Kind, Person, Result, Source, Status

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


def _texts(result: Result) -> list[tuple[str, Callable[[], Iterable[str]]]]:
    """`_sections` as text: each entry as `_indented` writes it two levels deep. Sources, facts and
    claims, the bulk of a large document, go through `_Layout` (no dict built per entry)."""
    counts = _quote_counts(result)
    entry = "\n    "
    return [
        ("sources", lambda: (_source_text(s, entry) for s in result.sources)),
        ("facts", lambda: _fact_texts(result.facts, result.sources, entry)),
        ("people", lambda: (_indented(person_dict(p, counts.get(p.name, 0)), entry) for p in result.people)),
        ("claims", lambda: (_claim_text(c, entry) for c in result.claims)),
        ("skipped", lambda: (_indented({"path": s.path, "reason": s.reason}, entry) for s in result.skipped)),
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


# The types the C encoder writes as plain values exactly as `json.dumps` does (Kind and Status are
# str enums: written as their text). An entry holding a value of any other type is written the
# general way (`_indented`).
_SCALAR_TYPES = frozenset({str, int, float, bool, type(None), Kind, Status})


def _line_encoder() -> Optional[Callable[[Any, int], Iterable[str]]]:
    """The C encoder writing a list's items one a line, or None without the C accelerator."""
    try:
        from json.encoder import c_make_encoder  # type: ignore[attr-defined]

        return c_make_encoder(None, _unencodable, encode_basestring, None, ": ", "\n", False, False, True)
    except (ImportError, TypeError):
        return None


_LINE_ENCODER = _line_encoder()
_TEXT_ONLY = frozenset({str})


def _encoded_each(values: list[Any]) -> list[str]:
    """Each plain value as json writes it, from one call of the C encoder: the values are written
    one a line, and JSON text never holds a raw line break (the encoder escapes it in strings), so
    splitting at line breaks gives them back one by one."""
    assert _LINE_ENCODER is not None
    return "".join(_LINE_ENCODER(values, 0))[1:-1].split("\n")


def _encoded_scalars(values: list[Any], types: set[type], plain: Sequence[int]) -> list[str]:
    """`_encoded_each` of an entry's plain values, the floats at `plain` written by `_plain` first
    (`types` is the set of the values' types, which the caller has checked already)."""
    if float in types:
        for i in plain:
            value = values[i]
            if type(value) is float:
                values[i] = _plain(value)
    return _encoded_each(values)


class _Layout:
    """How an object with fixed keys is written at one depth: `text(values, pad)` is
    `_indented(dict(zip(keys, values)), pad)`, through a %-template and one call of the C encoder
    for all its plain values. `nested`: the positions that may hold a list (written by
    `_indented`, or given already written); `plain`: the positions whose floats `_plain` writes as
    integers."""

    def __init__(self, keys: tuple[str, ...], nested: tuple[int, ...] = (), plain: tuple[int, ...] = ()):
        self.keys = keys
        self.nested = nested
        self.plain = plain
        self._templates: dict[str, str] = {}

    def template(self, pad: str) -> str:
        """The object's text with %s for each value, its lines after the first starting with `pad`."""
        found = self._templates.get(pad)
        if found is None:
            inner = pad + "  "
            keys = ("," + inner).join(encode_basestring(k).replace("%", "%%") + ": %s" for k in self.keys)
            found = self._templates[pad] = "{" + inner + keys + pad + "}"
        return found

    def text(self, values: list[Any], pad: str, given: Optional[dict[int, str]] = None) -> Optional[str]:
        """The object holding `values` (one per key, in order; changed in place), as `_indented`
        writes it; None when a value outside `nested` is not plain (the caller then writes the
        object the general way). `given`: the text of nested values written already."""
        if _LINE_ENCODER is None or not self.keys:
            return None
        inner = pad + "  "
        lists = []
        for i in self.nested:
            text = given.get(i) if given else None
            lists.append((i, _list_text(values[i], inner) if text is None else text))
            values[i] = None  # a stand-in, replaced by the list's own text below
        types = set(map(type, values))
        if not types <= _SCALAR_TYPES:
            return None
        pieces = _encoded_scalars(values, types, self.plain)
        for i, text in lists:
            pieces[i] = text
        return self.template(pad) % tuple(pieces)


def _list_text(value: Any, pad: str) -> str:
    """`_indented(value, pad)`; a list or tuple of plain values (the usual list in an entry) in one
    call of the C encoder, without looking at each item in Python."""
    if type(value) in (tuple, list) and set(map(type, value)) <= _SCALAR_TYPES:
        if not value:
            return "[]"
        inner = pad + "  "
        return "[" + inner + _flat_encoder(inner)(value)[1:-1] + pad + "]"
    return _indented(value, pad)


_SOURCE_LAYOUT = _Layout(("id", "path", "title", "published", "outlet", "chars", "url", "story", "copy_of", "author"))


def _source_text(source: Source, pad: str) -> str:
    """`_indented(source_dict(source), pad)`, without the dict."""
    values = [source.id, source.path, source.title, source.published, source.outlet, len(source.text), source.url,
              source.story, source.copy_of, source.author]
    return _SOURCE_LAYOUT.text(values, pad) or _indented(source_dict(source), pad)


# Per fact class: its layout, and what reads its values in the layout's order.
_FACT_LAYOUTS: dict[type, tuple[_Layout, Callable[[Any], tuple]]] = {}


def _fact_layout(cls: type) -> tuple[_Layout, Callable[[Any], tuple]]:
    found = _FACT_LAYOUTS.get(cls)
    if found is None:
        own = _own_fields(cls)
        declared = {f.name: str(f.type) for f in fields(cls)}
        keys = FACT_BASE + own
        # Own fields declared as tuples hold lists; every own field is `_plain`, as in `fact_dict`.
        nested = tuple(i for i, k in enumerate(keys) if k in own and declared[k].startswith("tuple"))
        plain = tuple(i for i, k in enumerate(keys) if k in own)
        found = _FACT_LAYOUTS[cls] = (_Layout(keys, nested, plain), attrgetter(*keys))
    return found


def _fact_text(fact: Fact, pad: str) -> str:
    """`_indented(fact_dict(fact), pad)`, without the dict. A fact's lists are lists of words (its
    frame's context, participants, ...): their items go through the same call of the C encoder as
    the fact's plain values, and are laid out after it."""
    cls = type(fact)
    layout, values_of = _FACT_LAYOUTS.get(cls) or _fact_layout(cls)
    values = list(values_of(fact))
    sizes = []
    for i in layout.nested:
        words = values[i]
        if type(words) is not tuple or not set(map(type, words)) <= _TEXT_ONLY:
            return _fact_text_general(fact, pad)
        sizes.append(len(words))
        values.extend(words)
        values[i] = None  # a stand-in, replaced by the list's text below
    types = set(map(type, values))
    if _LINE_ENCODER is None or not types <= _SCALAR_TYPES:
        return _indented(fact_dict(fact), pad)
    pieces = _encoded_scalars(values, types, layout.plain)
    inner = pad + "  "
    item = "," + inner + "  "
    start = len(values) - sum(sizes)
    for i, size in zip(layout.nested, sizes, strict=True):
        if size:
            pieces[i] = "[" + item[1:] + item.join(pieces[start:start + size]) + inner + "]"
            start += size
        else:
            pieces[i] = "[]"
    del pieces[len(layout.keys):]
    return layout.template(pad) % tuple(pieces)


# Fact texts kept by `_fact_texts` for reuse, at most; then it starts again (bounded memory).
FACT_MEMO = 100_000


def _fact_texts(facts: Iterable[Fact], sources: Sequence[Source], pad: str) -> Iterator[str]:
    """`_fact_text` of each fact. A copy's facts (`Source.copy_of`: wire copy reprinted by many
    outlets) mostly say what its original's say, in the same places: they differ in their id and
    source only. The text of an original's fact after those two fields is kept per content (the
    class and every other field's value and type) and a copy's fact with the same content reuses
    it instead of being encoded again. Facts of sources with no copy are written as they are."""
    originals = {s.copy_of for s in sources if s.copy_of}
    copies = {s.id for s in sources if s.copy_of}
    if not copies:
        yield from (_fact_text(fact, pad) for fact in facts)
        return
    memo: dict[tuple, str] = {}
    opening = "{" + pad + '  "id": '
    between = "," + pad + '  "source": '
    for fact in facts:
        source = fact.source
        if source not in copies and source not in originals:
            yield _fact_text(fact, pad)
            continue
        cls = type(fact)
        values = (_FACT_LAYOUTS.get(cls) or _fact_layout(cls))[1](fact)
        fact_id = values[0]
        if type(fact_id) is not str or type(source) is not str:
            yield _fact_text(fact, pad)
            continue
        key = (cls, values[2:], tuple(map(type, values)))
        head = opening + encode_basestring(fact_id) + between + encode_basestring(source)
        try:
            rest = memo.get(key)
        except TypeError:  # an unhashable value (a list where the model has a tuple)
            yield _fact_text(fact, pad)
            continue
        if rest is None:
            text = _fact_text(fact, pad)
            if source in originals and text.startswith(head):
                if len(memo) >= FACT_MEMO:
                    memo.clear()
                memo[key] = text[len(head):]
            yield text
            continue
        yield head + rest


def _fact_text_general(fact: Fact, pad: str) -> str:
    """`_fact_text` for a fact whose lists are not all tuples of strings."""
    layout, values_of = _fact_layout(type(fact))
    values = list(values_of(fact))
    for i in layout.nested:
        values[i] = _plain(values[i])  # what `fact_dict` writes (floats in a list as integers)
    return layout.text(values, pad) or _indented(fact_dict(fact), pad)


_CLAIM_LAYOUT = _Layout(("id", "kind", "label", "status", "facts", "values", "note", "basis"), nested=(4, 5))
_VALUE_KEYS = ("source", "value", "fact", "claimant", "display", "copy_of")
_VALUE_LAYOUT = _Layout(_VALUE_KEYS)
_value_fields = attrgetter(*_VALUE_KEYS)


def _claim_text(claim: Claim, pad: str) -> str:
    """`_indented(claim_dict(claim), pad)`, without the dicts: the fields of all the claim's values
    go through one call of the C encoder."""
    values_text = _values_text(claim.values, pad + "  ") if claim.values else "[]"
    values = [claim.id, claim.kind, claim.label, claim.status, list(claim.facts), None, claim.note, claim.basis]
    text = None if values_text is None else _CLAIM_LAYOUT.text(values, pad, {5: values_text})
    return text or _indented(claim_dict(claim), pad)


def _values_text(values: Sequence[ClaimValue], pad: str) -> Optional[str]:
    """A claim's list of values as `_indented` writes it after `pad`; None when a field is not
    plain. A value that is a range (a list: [low, high]) is written by `_list_text`."""
    width = len(_VALUE_KEYS)
    item = pad + "  "
    flat: list[Any] = []
    ranges: list[tuple[int, str]] = []
    for v in values:
        fields = _value_fields(v)
        value = fields[1]
        if type(value) in (list, tuple):
            ranges.append((len(flat) + 1, _list_text(_plain(value), item + "  ")))
            flat.extend(fields)
            flat[-width + 1] = None  # a stand-in for the range's text
        else:
            flat.extend(fields)
    types = set(map(type, flat))
    if _LINE_ENCODER is None or not types <= _SCALAR_TYPES:
        return None
    if float in types:
        flat[1::width] = [_plain(v) for v in flat[1::width]]
    pieces = _encoded_each(flat)
    for i, text in ranges:
        pieces[i] = text
    template = _VALUE_LAYOUT.template(item)
    return "[" + item + ("," + item).join(template % tuple(pieces[k:k + width])
                                         for k in range(0, len(pieces), width)) + pad + "]"


# Entries joined into one string per write: a write per entry costs more than the join (an archive's
# document is hundreds of thousands of entries), and a batch of this many is a few hundred KB.
WRITE_BATCH = 256


def write(result: Result, stream: TextIO) -> None:
    """Write a result as contract-v1 JSON text to `stream`, a batch of entries at a time: the same
    text as `json.dumps(document(result), ensure_ascii=False, indent=2)`, byte for byte."""
    stream.write("{\n  " + _encode("newsdiff") + ": " + _encode(CONTRACT_VERSION))
    _write_sections(_texts(result), stream)
    stream.write("\n}")


def _write_sections(sections: list[tuple[str, Callable[[], Iterable[str]]]], stream: TextIO) -> None:
    for key, texts in sections:
        stream.write(",\n  " + _encode(key) + ": [")
        batch: list[str] = []
        empty = True
        for text in texts():
            # An entry sits two levels deep: its lines start four spaces in.
            batch.append(text)
            if len(batch) >= WRITE_BATCH:
                stream.write(("\n    " if empty else ",\n    ") + ",\n    ".join(batch))
                batch.clear()
                empty = False
        if batch:
            stream.write(("\n    " if empty else ",\n    ") + ",\n    ".join(batch))
            empty = False
        stream.write("]" if empty else "\n  ]")  # json.dumps writes an empty list as []


def dumps(result: Result) -> str:
    """Serialise a result as contract-v1 JSON text."""
    buffer = StringIO()
    write(result, buffer)
    return buffer.getvalue()
