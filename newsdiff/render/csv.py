"""`--format csv`: one row per fact (`--claims`: one row per claim and source value).

Column names are the JSON contract's field names (docs/json.md); a fact row carries every kind's
fields, empty where a kind has none, plus `outlet`, `normalised`, `claim` and `status` so a
spreadsheet can sort and filter without joining. Text that a spreadsheet would run as a formula
(starting with `=`, `+`, `@`, or `-` before a non-digit) gets a leading `'`: article text is hostile.
Otherwise `text` is exact (newlines included, quoted as CSV quotes them), so offsets still check.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import fields

from newsdiff.model import Attribution, DateFact, Number, Quote, Result
from newsdiff.render.json import FACT_BASE, _plain, fact_dict
from newsdiff.render.values import fact_index, normalised, shown_values, source_labels

CLAIM_COLUMNS = ("claim", "kind", "label", "status", "note", "source", "outlet", "claimant", "text",
                 "normalised", "value", "fact", "copy_of")


def fact_columns() -> list[str]:
    """Shared fields, then each kind's own in model order, then the derived columns."""
    out = list(FACT_BASE)
    for cls in (Quote, Number, DateFact, Attribution):
        out += [f.name for f in fields(cls) if f.name not in out]
    return out + ["outlet", "normalised", "claim", "status"]


def _cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, str):
        if value[:1] in ("=", "+", "@") or (value[:1] == "-" and not value[1:2].isdigit()):
            return "'" + value
    return value


def _write(header, rows) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([_cell(v) for v in row])
    return buffer.getvalue()


def render_facts(result: Result) -> str:
    """One row per fact."""
    columns = fact_columns()
    outlets = {s.id: s.outlet for s in result.sources}
    claim_of: dict[str, tuple[str, str]] = {}
    kinds = {f.id: f.kind for f in result.facts}
    for claim in result.claims:
        for fid in claim.facts:
            # A quote also backs its speaker's role claim: the row names the claim of its own kind.
            if fid not in claim_of or claim.kind == kinds.get(fid):
                claim_of[fid] = (claim.id, claim.status)
    rows = []
    for fact in result.facts:
        data = fact_dict(fact)
        linked = claim_of.get(fact.id, (None, None))
        data.update(outlet=outlets.get(fact.source), normalised=normalised(fact, None),
                    claim=linked[0], status=linked[1])
        rows.append([data.get(c) for c in columns])
    return _write(columns, rows)


def render_claims(result: Result) -> str:
    """One row per claim and source value."""
    facts = fact_index(result)
    labels = source_labels(result.sources)
    outlets = {s.id: s.outlet for s in result.sources}
    rows = []
    for claim in result.claims:
        for raw, shown in zip(claim.values, shown_values(claim, facts, labels), strict=False):
            value = _plain(raw.value)
            rows.append([claim.id, claim.kind, claim.label, claim.status, claim.note, raw.source,
                         outlets.get(raw.source), raw.claimant, shown.words, shown.normalised, value,
                         raw.fact, raw.copy_of])
    return _write(CLAIM_COLUMNS, rows)
