"""Reading article files into `Source` objects with exact text.

Supported: `.txt` and `.md` (the decoded file is the text), `.json` (one record) and `.jsonl`
(one record a line) with fields `text` (required), `id`, `title`, `published`, `url`, `outlet`,
`author`; `.html`/`.htm` pages (and a `.txt` that is really HTML), whose text is the extracted
article (`newsdiff.io.html`).
Anything else is reported as skipped with a reason; nothing is dropped silently.

Decoding tries UTF-8 (with or without BOM) first, then charset-normalizer for legacy encodings.
The decoded text is never rewritten (no newline or Unicode normalisation), so offsets stay exact.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Optional

from newsdiff.io import html
from newsdiff.io.metadata import parse_date
from newsdiff.model import Skipped, Source

if TYPE_CHECKING:
    from newsdiff.io.fetch import FetchOptions

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
RECORD_SUFFIXES = {".json", ".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
RECORD_FIELDS = ("id", "title", "published", "url", "outlet", "author")
# Files in a walked folder that document the folder rather than hold an article.
FOLDER_DOCS = {"readme", "license", "licence", "changelog", "notice"}


# Latin-script single-byte code pages a detector confuses with Windows-1252 on short texts.
LATIN_SIBLINGS = {
    "cp1250", "iso8859_2", "latin_1", "iso8859_15", "cp1254", "iso8859_9", "cp1257", "iso8859_13",
    "mac_roman", "mac_latin2", "iso8859_3", "iso8859_4", "iso8859_10", "iso8859_14", "iso8859_16",
    # DOS code pages: the detector picks them for short Latin-1 texts
    "cp437", "cp775", "cp850", "cp852", "cp858", "cp860", "cp861", "cp863", "cp865",
}


class DecodeError(ValueError):
    """The bytes of a file could not be decoded as text."""


def collect(paths: Iterable[str]) -> tuple[list[Path], list[Skipped], list[str]]:
    """Expand paths into the files to read, in sorted order.

    Returns (files, problems, notes): problems are missing paths and entries that are not regular
    files (FIFOs, sockets, links to folders, which are not followed); notes say which hidden files
    and folder READMEs were passed over while walking a folder (not skipped input).
    """
    files: list[Path] = []
    problems: list[Skipped] = []
    ignored: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = []
            for root, dirs, names in os.walk(path):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                for name in dirs:
                    if (Path(root) / name).is_symlink():
                        problems.append(Skipped(str(Path(root) / name), "link to a folder, not followed"))
                for name in names:
                    full = Path(root) / name
                    if name.startswith(".") or Path(name).stem.lower() in FOLDER_DOCS:
                        ignored.append(f"ignored {full} (hidden file or folder README)")
                        continue
                    if not full.is_file():
                        # FIFOs and sockets would block or fail on read; broken links have no target.
                        what = "broken link or loop" if full.is_symlink() else "not a regular file"
                        problems.append(Skipped(str(full), what))
                        continue
                    found.append(full)
            # Sorted by path components, so "a/1.txt" comes before "c.txt" at any depth.
            files.extend(sorted(found, key=lambda p: p.relative_to(path).parts))
        elif path.is_file():
            files.append(path)
        elif path.exists():
            problems.append(Skipped(str(path), "not a regular file"))
        else:
            problems.append(Skipped(str(path), "no such file or folder"))
    # A file named twice (twice on the command line, or a folder and a file inside it) is read
    # once: reading it again would make it agree with itself.
    unique: list[Path] = []
    seen: set[Path] = set()
    for path in files:
        real = path.resolve()
        if real in seen:
            ignored.append(f"{path} was given more than once; read once")
            continue
        seen.add(real)
        unique.append(path)
    return unique, problems, ignored


def decode(data: bytes) -> str:
    """Decode file bytes: UTF-8 (BOM stripped) first, then a detected legacy encoding."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DecodeError("binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise DecodeError("cannot detect the text encoding")
    # Short texts leave the detector unsure between Latin-script code pages; for English news
    # Windows-1252 is by far the likeliest, so it wins whenever it decodes the bytes cleanly.
    if best.encoding in LATIN_SIBLINGS:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    return str(best)


def read_file(path: Path, notes: Optional[list[str]] = None) -> tuple[list[Source], list[Skipped]]:  # noqa: C901 - one branch per file format and one per way reading it fails, each a one-line message
    """Read one file into sources; problems (a bad JSONL line, say) come back as skipped.

    Metadata that cannot be used (a `published` value that is not a date) is dropped with a
    message appended to `notes`, and the article is still read.
    """
    notes = [] if notes is None else notes
    suffix = path.suffix.lower()
    if suffix not in HTML_SUFFIXES and suffix not in TEXT_SUFFIXES | RECORD_SUFFIXES:
        return [], [Skipped(str(path), f"unsupported file type {suffix or '(none)'!r}")]
    try:
        data = path.read_bytes()
    except OSError as err:
        return [], [Skipped(str(path), f"cannot read: {err.strerror or err}")]
    return read_data(data, path, notes)


def read_data(data: bytes, path: Path, notes: Optional[list[str]] = None) -> tuple[list[Source], list[Skipped]]:
    """Read the bytes of one input as the file `path` would be read (its suffix decides the format)."""
    notes = [] if notes is None else notes
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return html.read_page_file(path, data)
    try:
        text = decode(data)
    except DecodeError as err:
        return [], [Skipped(str(path), str(err))]
    if suffix in TEXT_SUFFIXES:
        if html.looks_like_html(text):
            return html.read_page_file(path, data)
        if not text.strip():
            return [], [Skipped(str(path), "empty file")]
        return [Source(id=path.stem, path=str(path), text=text)], []
    if suffix == ".json":
        try:
            record = json.loads(text)
        except json.JSONDecodeError as err:
            return [], [Skipped(str(path), f"invalid JSON: {err.msg} at line {err.lineno}")]
        except RecursionError:
            return [], [Skipped(str(path), "invalid JSON: nested too deeply")]
        try:
            return [_from_record(record, path, path.stem, notes)], []
        except ValueError as err:
            return [], [Skipped(str(path), str(err))]
    sources, skipped = [], []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
            sources.append(_from_record(record, path, f"{path.stem}-{number}", notes, where))
        except json.JSONDecodeError as err:
            skipped.append(Skipped(where, f"invalid JSON: {err.msg}"))
        except RecursionError:
            skipped.append(Skipped(where, "invalid JSON: nested too deeply"))
        except ValueError as err:
            skipped.append(Skipped(where, str(err)))
    if not sources and not skipped:
        skipped.append(Skipped(str(path), "empty file"))
    return sources, skipped


def _from_record(
    record: object, path: Path, default_id: str, notes: list[str], where: Optional[str] = None
) -> Source:
    if not isinstance(record, dict):
        raise ValueError("a record must be a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("record has no 'text' string")
    values: dict[str, Optional[str]] = {}
    for name in RECORD_FIELDS:
        value = record.get(name)
        values[name] = str(value) if value is not None and value != "" else None
    published = values["published"]
    if published is not None:
        parsed = parse_date(published)
        if parsed is None:
            notes.append(f"{where or path}: 'published' {published!r} is not a full date; left empty")
        published = parsed
    return Source(
        id=values["id"] or default_id,
        path=str(path),
        text=text,
        title=values["title"],
        published=published,
        outlet=values["outlet"],
        url=values["url"],
        author=values["author"],
    )


def read(
    paths: Iterable[str], fetch_options: Optional["FetchOptions"] = None, stdin_format: Optional[str] = None
) -> tuple[list[Source], list[Skipped], list[str]]:
    """Read every article under `paths`. Returns (sources, skipped, notes).

    A path may also be an http(s) URL (fetched, `newsdiff.io.fetch`) or `-` (standard input,
    `newsdiff.io.stdin`); files come first, then URLs in the order given, then standard input.
    Source ids are file stems (record ids for JSON); a clash gets the path-qualified id so ids
    stay unique and stable.
    """
    from newsdiff.io import fetch, stdin

    paths = list(paths)
    urls = [p for p in paths if fetch.is_url(p)]
    files, skipped, notes = collect([p for p in paths if p != stdin.LABEL and not fetch.is_url(p)])
    sources: list[Source] = []
    for path in files:
        got, bad = read_file(path, notes)
        sources.extend(got)
        skipped.extend(bad)
    if urls:
        got, bad = fetch.read_urls(urls, fetch_options or fetch.FetchOptions())
        sources.extend(got)
        skipped.extend(bad)
    if stdin.LABEL in paths:
        got, bad = stdin.read_stdin(stdin_format, notes=notes)
        sources.extend(got)
        skipped.extend(bad)
    return _unique_ids(sources), skipped, notes


def _unique_ids(sources: list[Source]) -> list[Source]:
    from collections import Counter
    from dataclasses import replace

    counts = Counter(s.id for s in sources)
    out = []
    seen: Counter = Counter()
    for source in sources:
        if counts[source.id] > 1:
            base = f"{Path(source.path).with_suffix('').as_posix()}#{source.id}"
            seen[base] += 1
            new_id = base if seen[base] == 1 else f"{base}-{seen[base]}"
            source = replace(source, id=new_id)
        out.append(source)
    return out
