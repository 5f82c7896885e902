"""`--format jsonl`: one fact a line, each exactly a `facts[]` entry of the JSON contract
(docs/json.md), for `grep`, `jq -c` and loading into data frames line by line."""

from __future__ import annotations

import json

from newsdiff.model import Result
from newsdiff.render.json import fact_dict


def render(result: Result) -> str:
    """Every fact as one JSON object per line."""
    return "".join(json.dumps(fact_dict(f), ensure_ascii=False) + "\n" for f in result.facts)
