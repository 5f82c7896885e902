"""One article from standard input (`-` on the command line): plain text, JSON or HTML.

`--stdin-format` says which; without it the input is sniffed: an HTML document is a page, text
that parses as a JSON object (or one object a line) is a record, anything else is plain text.
As with a `.txt` file, "text" that is really an HTML document is read as a page: markup never
becomes article text.
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO, Optional

from newsdiff.io import html
from newsdiff.model import Skipped, Source

FORMATS = ("text", "json", "html")
SUFFIX = {"text": ".txt", "json": ".jsonl", "html": ".html"}
LABEL = "-"  # how standard input is named in sources[].path and messages


def sniff(data: bytes) -> str:
    """"html", "json" or "text" for the bytes of one input."""
    head = data[:65536].decode("utf-8", "replace").lstrip("\ufeff")
    if html.looks_like_html(head):
        return "html"
    stripped = head.lstrip()
    if stripped.startswith("{"):
        first = data.decode("utf-8", "replace").lstrip("\ufeff").strip().split("\n", 1)[0]
        for candidate in (data.decode("utf-8", "replace").lstrip("\ufeff"), first):
            try:
                if isinstance(json.loads(candidate), dict):
                    return "json"
            except (json.JSONDecodeError, RecursionError):
                continue
    return "text"


def read_stdin(
    fmt: Optional[str] = None, stream: Optional[BinaryIO] = None, notes: Optional[list[str]] = None
) -> tuple[list[Source], list[Skipped]]:
    """Read standard input as `fmt` (sniffed when None). Sources get the id `stdin` (records
    keep theirs) and the path `-`."""
    from newsdiff.io import ingest

    if fmt is not None and fmt not in FORMATS:
        return [], [Skipped(LABEL, f"unknown --stdin-format {fmt!r} (use {', '.join(FORMATS)})")]
    stream = stream if stream is not None else sys.stdin.buffer
    try:
        data = stream.read()
    except OSError as err:
        return [], [Skipped(LABEL, f"cannot read standard input: {err}")]
    if not data.strip():
        return [], [Skipped(LABEL, "standard input is empty")]
    fmt = fmt or sniff(data)
    suffix = SUFFIX[fmt]
    if fmt == "json" and _one_object(data):
        suffix = ".json"  # one record, possibly over several lines
    sources, skipped = ingest.read_data(data, Path("stdin" + suffix), notes)
    sources = [replace(s, path=LABEL) for s in sources]
    skipped = [replace(s, path=s.path.replace("stdin" + suffix, LABEL, 1)) for s in skipped]
    return sources, skipped


def _one_object(data: bytes) -> bool:
    try:
        return isinstance(json.loads(data.decode("utf-8", "replace").lstrip("\ufeff")), dict)
    except (json.JSONDecodeError, RecursionError):
        return False
