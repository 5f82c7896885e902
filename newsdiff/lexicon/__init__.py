"""Word lists: documented data files under `lexicon/lists/*.txt`, and the one loader that reads them.

Each list file says in its header what it holds and why. Rules never spell vocabularies inline
when a list can hold them; the Python modules here (`speech_words`, `claim_words`, `number_words`,
`date_words`) turn lists into the sets and tables the rules read.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

LISTS = Path(__file__).parent / "lists"


@lru_cache(maxsize=None)
def load(name: str) -> tuple[str, ...]:
    """The entries of `lists/<name>.txt`, lower-cased: one per line, `#` comments and blanks skipped."""
    out = []
    for line in (LISTS / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line.lower())
    return tuple(dict.fromkeys(out))
