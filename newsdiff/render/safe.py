"""Text from articles and file names made safe for a terminal.

Article text is written by strangers, and file names by anyone: an ESC inside a quote could clear
the screen, set the window title, or plant an OSC 8 hyperlink; a bidi override could make a line
read backwards. `safe` shows every such character as a visible escape (`\\x1b`, `\\u202e`):
C0 controls other than newline and tab (a carriage return only when it ends a CRLF line is kept),
DEL, C1 controls, and the bidi embeddings, overrides and isolates. Rich markup is never parsed
from article text (it goes in as `Text`), so this is the one other thing to do.

`safe_result` applies `safe` to every string of a `Result` before a terminal view renders it; the
JSON writer never uses it (JSON escapes control characters itself).
"""

from __future__ import annotations

import enum
from dataclasses import fields, is_dataclass, replace
from typing import Any

import regex

# C0 except \t and \n (and \r before \n), DEL, C1, bidi embeddings/overrides (U+202A-E) and
# isolates (U+2066-9).
_UNSAFE = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]|\r(?!\n)")


def _escape(match: regex.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe(text: str) -> str:
    """`text` with terminal control characters written as visible escapes."""
    if not _UNSAFE.search(text):
        return text
    return _UNSAFE.sub(_escape, text)


def safe_result(value: Any) -> Any:
    """`value` (a Result, or any of its parts) with `safe` applied to every string in it; parts
    with nothing to escape are returned as they are."""
    if isinstance(value, enum.Enum):
        return value  # Kind, Status: names of ours, not article text
    if isinstance(value, str):
        return safe(value)
    if isinstance(value, (tuple, list)):
        cleaned = [safe_result(v) for v in value]
        if all(a is b for a, b in zip(cleaned, value, strict=True)):
            return value
        return type(value)(cleaned)
    if isinstance(value, dict):
        return {safe_result(k): safe_result(v) for k, v in value.items()}
    if is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for field in fields(value):
            if not field.init:
                continue
            old = getattr(value, field.name)
            new = safe_result(old)
            if new is not old:
                changes[field.name] = new
        return replace(value, **changes) if changes else value
    return value
