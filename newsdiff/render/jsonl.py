"""`--format jsonl`: one fact a line, each exactly a `facts[]` entry of the JSON contract
(docs/json.md), for `grep`, `jq -c` and loading into data frames line by line."""

from __future__ import annotations

import json
from io import StringIO
from typing import TextIO

from newsdiff.model import Result
from newsdiff.render.json import fact_dict


def write(result: Result, stream: TextIO) -> None:
    """Write every fact as one JSON object per line to `stream`, a line at a time."""
    for fact in result.facts:
        stream.write(json.dumps(fact_dict(fact), ensure_ascii=False) + "\n")


def render(result: Result) -> str:
    """Every fact as one JSON object per line."""
    buffer = StringIO()
    write(result, buffer)
    return buffer.getvalue()
