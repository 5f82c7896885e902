"""File names as text that is safe to print and to write as UTF-8 JSON.

On POSIX a file name is bytes; Python hands names that are not UTF-8 over as str with surrogate
escapes ("caf\\udce9.txt"), which cannot be encoded for output. `shown` spells such bytes as
visible `\\xe9` escapes, so a message or the JSON `path` field names the file readably and stays
valid UTF-8.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Union

import regex

_LONE_SURROGATE = regex.compile(r"[\ud800-\udfff]")


def shown(path: Union[str, Path]) -> str:
    """`path` as a string with any undecodable bytes written as `\\xNN`."""
    text = str(path)
    if not _LONE_SURROGATE.search(text):
        return text
    return os.fsencode(text).decode("utf-8", errors="backslashreplace")


def without_surrogates(text: str) -> str:
    """`text` with lone surrogates (from a JSON "\\ud800" escape) replaced by U+FFFD, one
    character for one, so offsets into the text do not move."""
    return _LONE_SURROGATE.sub("\ufffd", text)


def canonical_key(path: Union[str, Path]) -> tuple[str, ...]:
    """A sort key that is the same however the path was spelled (relative, absolute, with ./ or
    ..): the parts of the real path, so "a/1.txt" sorts before "a.txt" at any depth."""
    try:
        real = os.path.realpath(path)
    except (OSError, ValueError):
        real = os.path.abspath(path)
    return Path(real).parts
