"""Reading article files into `Source` objects with exact text.

Supported: `.txt` and `.md` (the decoded file is the text), `.json` (one record) and `.jsonl`
(one record a line) with fields `text` (required), `id`, `title`, `published`, `url`, `outlet`,
`author`; `.html`/`.htm` pages (and a `.txt` that is really HTML), whose text is the extracted
article (`newsdiff.io.html`).
Anything else is reported as skipped with a reason; nothing is dropped silently.

Decoding (`newsdiff.io.decode`) keeps a mostly-UTF-8 file as UTF-8, replacing only its invalid
bytes (and saying how many), and turns to a legacy code page only for bytes that are not UTF-8-like.
The decoded text is never rewritten (no newline or Unicode normalisation), so offsets stay exact.

Files are read in a canonical order (by real path), so the same set of files gives the same answer
whatever order or spelling they were named in. Folders and files that cannot be listed, entered or
read are reported as skipped, one line each.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Optional

from newsdiff.io import decode as decoding
from newsdiff.io import html
from newsdiff.io.metadata import parse_date
from newsdiff.io.paths import canonical_key, shown, without_surrogates
from newsdiff.model import Skipped, Source

if TYPE_CHECKING:
    from newsdiff.io.fetch import FetchOptions

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
RECORD_SUFFIXES = {".json", ".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
RECORD_FIELDS = ("id", "title", "published", "url", "outlet", "author")
# Files in a walked folder that document the folder rather than hold an article.
FOLDER_DOCS = {"readme", "license", "licence", "changelog", "notice"}


# Kept importable from here: callers catch ingest.DecodeError.
DecodeError = decoding.DecodeError


def collect(paths: Iterable[str]) -> tuple[list[Path], list[Skipped], list[str]]:
    """Expand paths into the files to read, in canonical order (by real path).

    Returns (files, problems, notes): problems are missing paths, folders that cannot be listed,
    and entries that are not regular files (FIFOs, sockets, links to folders, which are not
    followed); notes say which hidden files and folder READMEs were passed over while walking a
    folder (not skipped input).
    """
    files: list[Path] = []
    problems: list[Skipped] = []
    ignored: list[str] = []
    for raw in paths:
        path = _tidy(raw)
        try:
            kind = "dir" if path.is_dir() else "file" if path.is_file() else "other" if path.exists() else None
        except OSError as err:
            problems.append(Skipped(shown(path), f"cannot open: {_reason(err)}"))
            continue
        if kind == "dir":
            files.extend(_walk(path, problems, ignored))
        elif kind == "file":
            files.append(path)
        elif kind == "other":
            problems.append(Skipped(shown(path), "not a regular file"))
        else:
            problems.append(Skipped(shown(path), "no such file or folder"))
    # A file named twice (twice on the command line, or a folder and a file inside it) is read
    # once: reading it again would make it agree with itself. Sorting first makes the order, and
    # which spelling is kept, independent of the order the paths were given in.
    keyed = sorted(((canonical_key(p), str(p)), p) for p in files)
    unique: list[Path] = []
    seen: set[tuple[str, ...]] = set()
    for (real, _), path in keyed:
        if real in seen:
            ignored.append(f"{shown(path)} was given more than once; read once")
            continue
        seen.add(real)
        unique.append(path)
    return unique, problems, ignored


def _tidy(raw: str) -> Path:
    """`raw` with "./", "//" and "x/.." spelled out of it, so output names the file one way,
    unless a link makes the tidy spelling point elsewhere."""
    tidy = os.path.normpath(raw)
    try:
        same = os.path.realpath(tidy) == os.path.realpath(raw)
    except (OSError, ValueError):
        same = False
    return Path(tidy if same else raw)


def _walk(folder: Path, problems: list[Skipped], ignored: list[str]) -> list[Path]:
    """The article files under `folder`; what cannot be listed or entered goes to `problems`."""

    def unreadable(err: OSError) -> None:
        where = err.filename if err.filename is not None else folder
        problems.append(Skipped(shown(where), f"cannot list folder: {_reason(err)}"))

    found = []
    for root, dirs, names in os.walk(folder, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in dirs:
            if (Path(root) / name).is_symlink():
                problems.append(Skipped(shown(Path(root) / name), "link to a folder, not followed"))
        for name in sorted(names):
            full = Path(root) / name
            if name.startswith(".") or Path(name).stem.lower() in FOLDER_DOCS:
                ignored.append(f"ignored {shown(full)} (hidden file or folder README)")
                continue
            try:
                regular = full.is_file()
            except OSError as err:
                problems.append(Skipped(shown(full), f"cannot open: {_reason(err)}"))
                continue
            if not regular:
                # FIFOs and sockets would block or fail on read; broken links have no target.
                what = "broken link or loop" if full.is_symlink() else "not a regular file"
                problems.append(Skipped(shown(full), what))
                continue
            found.append(full)
    return found


def _reason(err: OSError) -> str:
    return err.strerror or type(err).__name__


def decode(data: bytes) -> str:
    """Decode file bytes to text (see `newsdiff.io.decode`); the decoding note is dropped."""
    return decoding.decode(data).text


def read_file(path: Path, notes: Optional[list[str]] = None) -> tuple[list[Source], list[Skipped]]:
    """Read one file into sources; problems (a bad JSONL line, say) come back as skipped.

    Metadata that cannot be used (a `published` value that is not a date) is dropped with a
    message appended to `notes`, and the article is still read.
    """
    notes = [] if notes is None else notes
    name = shown(path)
    suffix = path.suffix.lower()
    if suffix not in HTML_SUFFIXES and suffix not in TEXT_SUFFIXES | RECORD_SUFFIXES:
        return [], [Skipped(name, f"unsupported file type {shown(suffix) or '(none)'!r}")]
    try:
        data = path.read_bytes()
    except OSError as err:
        return [], [Skipped(name, f"cannot read: {_reason(err)}")]
    return read_data(data, path, notes)


def read_data(data: bytes, path: Path, notes: Optional[list[str]] = None) -> tuple[list[Source], list[Skipped]]:  # noqa: C901 - one branch per file format and one per way reading it fails, each a one-line message
    """Read the bytes of one input as the file `path` would be read (its suffix decides the format)."""
    notes = [] if notes is None else notes
    name = shown(path)
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return html.read_page_file(path, data)
    try:
        decoded = decoding.decode(data)
    except DecodeError as err:
        return [], [Skipped(name, str(err))]
    text = decoded.text
    if decoded.note():
        notes.append(f"{name}: {decoded.note()}")
    if suffix in TEXT_SUFFIXES:
        if html.looks_like_html(text):
            return html.read_page_file(path, data)
        if not text.strip():
            return [], [Skipped(name, "empty file")]
        return [Source(id=shown(path.stem), path=name, text=text)], []
    if suffix == ".json":
        try:
            record = json.loads(text)
        except json.JSONDecodeError as err:
            return [], [Skipped(name, f"invalid JSON: {err.msg} at line {err.lineno}")]
        except RecursionError:
            return [], [Skipped(name, "invalid JSON: nested too deeply")]
        try:
            return [_from_record(record, path, shown(path.stem), notes)], []
        except ValueError as err:
            return [], [Skipped(name, str(err))]
    sources, skipped = [], []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            record = json.loads(line)
            sources.append(_from_record(record, path, f"{shown(path.stem)}-{number}", notes, where))
        except json.JSONDecodeError as err:
            skipped.append(Skipped(where, f"invalid JSON: {err.msg}"))
        except RecursionError:
            skipped.append(Skipped(where, "invalid JSON: nested too deeply"))
        except ValueError as err:
            skipped.append(Skipped(where, str(err)))
    if not sources and not skipped:
        skipped.append(Skipped(name, "empty file"))
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
        values[name] = without_surrogates(str(value)) if value is not None and value != "" else None
    published = values["published"]
    if published is not None:
        parsed = parse_date(published)
        if parsed is None:
            notes.append(f"{where or shown(path)}: 'published' {published!r} is not a full date; left empty")
        elif parsed[:4] in ("0001", "9999"):
            notes.append(f"{where or shown(path)}: 'published' {parsed} is at the edge of the supported "
                         "calendar (years 1 to 9999); relative dates that fall outside it are left unresolved")
        published = parsed
    return Source(
        id=values["id"] or default_id,
        path=shown(path),
        text=without_surrogates(text),
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
