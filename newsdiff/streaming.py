"""Reading and writing in streams, for archives larger than memory.

`iter_sources` yields the sources under some paths one at a time: a JSONL shard is read line by
line, never whole. `fact_lines` turns extracted sources into JSON Lines, one fact a line. The
same pure function, `extract_record`, takes one JSON record to its fact dicts, for engines that
run on other machines (Dask, Spark).
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from newsdiff.io import ingest
from newsdiff.io.paths import shown
from newsdiff.model import Skipped, Source, SourceFacts
from newsdiff.options import Options
from newsdiff.render.json import fact_dict

STREAM_SUFFIXES = {".jsonl", ".ndjson"}


def iter_sources(
    paths: Iterable[str], on_skip: Callable[[Skipped], None], on_note: Callable[[str], None]
) -> Iterator[Source]:
    """Every source under `paths`, in the order `ingest.read` gives them, read lazily.

    Ids are those of `ingest.read` except for clashes: with no look-ahead, the first source to
    use an id keeps it and a later one gets the path-qualified id.
    """
    files, problems, notes = ingest.collect(paths)
    for note in notes:
        on_note(note)
    for problem in problems:
        on_skip(problem)
    seen: set[str] = set()
    for path in files:
        for source in _read(path, on_skip, on_note):
            if source.id in seen:
                base = f"{path.with_suffix('').as_posix()}#{source.id}"
                new_id, n = base, 1
                while new_id in seen:
                    n += 1
                    new_id = f"{base}-{n}"
                source = replace(source, id=new_id)
            seen.add(source.id)
            yield source


def _read(path: Path, on_skip, on_note) -> Iterator[Source]:
    if path.suffix.lower() not in STREAM_SUFFIXES:
        notes: list[str] = []
        sources, skipped = ingest.read_file(path, notes)
        for note in notes:
            on_note(note)
        for s in skipped:
            on_skip(s)
        yield from sources
        return
    try:
        handle = path.open("rb")
    except OSError as err:
        on_skip(Skipped(shown(path), f"cannot read: {err.strerror or err}"))
        return
    any_line = False
    with handle:
        for number, raw in enumerate(handle, start=1):
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            where = f"{shown(path)}:{number}"
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                on_skip(Skipped(where, "not UTF-8 (JSON Lines must be UTF-8)"))
                continue
            if not line.strip():
                continue
            any_line = True
            record_notes: list[str] = []
            try:
                record = json.loads(line)
                yield ingest._from_record(record, path, f"{path.stem}-{number}", record_notes, where)
            except json.JSONDecodeError as err:
                on_skip(Skipped(where, f"invalid JSON: {err.msg}"))
            except RecursionError:
                on_skip(Skipped(where, "invalid JSON: nested too deeply"))
            except ValueError as err:
                on_skip(Skipped(where, str(err)))
            for note in record_notes:
                on_note(note)
    if not any_line:
        on_skip(Skipped(shown(path), "empty file"))


def fact_lines(extracted: SourceFacts, kind: Optional[str] = None) -> Iterator[str]:
    """One JSON line (no newline) per fact (of `kind`, if given), in the contract's fact format."""
    for fact in extracted.facts:
        if kind is None or fact.kind == kind:
            yield json.dumps(fact_dict(fact), ensure_ascii=False)


def extract_record(record: dict, options: Optional[Options] = None) -> list[dict]:
    """The facts of one JSON record ({"text", "id", ...}) as contract dicts: a pure function.

    This is the unit of work for an engine that runs on many machines. A record that cannot be
    read or extracted raises ValueError naming the problem.
    """
    from newsdiff import pipeline

    options = options or Options()
    source = ingest._from_record(record, Path(str(record.get("path", "-"))), str(record.get("id", "record")), [])
    got = pipeline.extract_or_skip(source, options)
    if isinstance(got, Skipped):
        raise ValueError(f"{got.path}: {got.reason}")
    return [fact_dict(f) for f in got.facts]
