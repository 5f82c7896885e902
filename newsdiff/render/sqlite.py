"""`newsdiff export PATH… --sqlite out.db`: the result as a SQLite database for sqlite3 or Datasette.

Tables (column names are the JSON contract's, docs/json.md):
`sources` (plus the article `text`), `facts` (every kind's fields), `people` (aliases and roles as
JSON), `claims`, and `claim_facts` (one row per claim value: which source and fact says what).
Primary and foreign keys and indexes on the columns people filter by are declared. sqlite-utils
builds it: one well-kept writer instead of hand-written DDL. The file is built beside the target
and moved onto it, so re-exporting replaces it atomically.
"""

from __future__ import annotations

from pathlib import Path
from typing import Union

import sqlite_utils

from newsdiff.model import Result
from newsdiff.render.csv import fact_columns
from newsdiff.render.json import _plain, claim_dict, document, fact_dict, source_dict
from newsdiff.render.output import build_atomic

# Column types for facts. `value` is a number for numbers and a TIMEX3 string for dates: BLOB
# affinity stores each as given (a REAL column would turn the date "1986" into 1986.0).
_INTEGER = {"start", "end", "sentence", "speaker_start", "speaker_end", "claimant_start", "claimant_end",
            "partial"}
_REAL = {"low", "high"}


def _fact_schema() -> dict[str, object]:
    columns = [c for c in fact_columns() if c not in ("outlet", "normalised", "claim", "status")]
    return {c: int if c in _INTEGER else float if c in _REAL else "BLOB" if c == "value" else str
            for c in columns}


def build(result: Result, path: Union[str, Path]) -> None:
    """Write the database at `path` (created from scratch)."""
    db = sqlite_utils.Database(str(path))
    sources = [dict(source_dict(s), text=s.text) for s in result.sources]
    db.table("sources").create({"id": str, "path": str, "title": str, "published": str, "outlet": str, "author": str,
                               "chars": int, "url": str, "story": str, "copy_of": str, "text": str}, pk="id")
    db.table("sources").insert_all(sources)
    db.table("facts").create(_fact_schema(), pk="id", foreign_keys=[("source", "sources", "id")])
    db.table("facts").insert_all(fact_dict(f) for f in result.facts)
    people = document(result)["people"]
    db.table("people").create({"id": str, "name": str, "type": str, "aliases": str, "roles": str, "quotes": int},
                             pk="id")
    db.table("people").insert_all(people)
    db.table("claims").create({"id": str, "kind": str, "label": str, "status": str, "note": str, "story": str},
                             pk="id")
    story_of = {s.id: s.story for s in result.sources}
    rows, links = [], []
    for claim in result.claims:
        data = claim_dict(claim)
        story = next((story_of.get(v.source) for v in claim.values if v.source in story_of), None)
        rows.append({"id": claim.id, "kind": claim.kind, "label": claim.label, "status": claim.status,
                     "note": claim.note, "story": story})
        for position, value in enumerate(data["values"]):
            links.append({"claim": claim.id, "position": position, "source": value["source"],
                          "fact": value["fact"], "value": _plain(value["value"]), "claimant": value["claimant"],
                          "display": value["display"], "copy_of": value["copy_of"]})
    db.table("claims").insert_all(rows)
    db.table("claim_facts").create(
        {"claim": str, "position": int, "source": str, "fact": str, "value": "BLOB", "claimant": str,
         "display": str, "copy_of": str},
        pk=("claim", "position"),
        foreign_keys=[("claim", "claims", "id"), ("source", "sources", "id"), ("fact", "facts", "id")],
    )
    db.table("claim_facts").insert_all(links)
    db.table("facts").create_index(["source"])
    db.table("facts").create_index(["kind"])
    db.table("claims").create_index(["status"])
    db.table("claims").create_index(["kind"])
    db.table("claim_facts").create_index(["fact"])
    db.table("claim_facts").create_index(["source"])
    db.conn.commit()
    db.close()


def export(result: Result, path: Union[str, Path]) -> None:
    """Build the database and move it onto `path`, replacing any earlier export atomically."""
    build_atomic(path, lambda tmp: build(result, tmp))
