"""Reading the bench's JSON Lines files: the one loader every scorer uses."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional


def read_jsonl(path: Path) -> Optional[list[dict]]:
    """The records of a JSON Lines file (blank lines skipped), or None when the file is absent,
    so a scorer can skip cleanly where the bench data is not there."""
    if not path.is_file():
        return None
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]
