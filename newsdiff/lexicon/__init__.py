"""Word lists: documented data files under `lexicon/lists/`, and the one loader that reads them.

Each list file says in its header what it holds, who reads it and how to add to it. Rules never
spell vocabularies inline when a list can hold them; the Python modules here (`speech_words`,
`claim_words`, `number_words`, `date_words`) turn lists into the sets and tables the rules read.

File format, one entry a line: blank lines and lines starting with `#` are skipped (a line
starting with `\\` keeps what follows it, so `\\#` is the entry "#"). A note goes on a line of
its own: an entry with a `#` after a space (`word # note`) is refused with an error naming the
file and line rather than guessed at, as is an entry left empty (a lone `\\`, which would make
`alternation` match the empty string). A plain list holds a word or phrase a line and is read
lower-cased (`load`, or `load_set` for a frozenset); a table holds `key = value` lines, the key
read lower-cased and the value as written (`load_table`); a list of names matched as written
(outlet names, wire services) is read with `keep_case`. `alternation` makes a list a regex
alternation. Lists in a folder (`numbers/units`) belong to one module's family of lists.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import regex

LISTS = Path(__file__).parent / "lists"
SEPARATOR = " = "


# A `#` after whitespace inside an entry: an inline note, which would be read as part of the entry.
_INLINE_NOTE = regex.compile(r"\s#")


def _lines(name: str) -> list[str]:
    """The entries of `lists/<name>.txt` as written; ValueError (naming the file and line) for an
    entry that is empty after unescaping or carries an inline `# note`."""
    out = []
    path = LISTS / f"{name}.txt"
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        entry = line[1:] if line.startswith("\\") else line
        if not entry:
            raise ValueError(f"lists/{name}.txt line {number}: an empty entry (a lone backslash)")
        if _INLINE_NOTE.search(entry):
            raise ValueError(f"lists/{name}.txt line {number}: {line!r} has an inline # note; "
                             "put notes on a line of their own")
        out.append(entry)
    return out


@lru_cache(maxsize=None)
def load(name: str, keep_case: bool = False) -> tuple[str, ...]:
    """The entries of `lists/<name>.txt`, lower-cased unless `keep_case` (a list of names matched
    as written): one per line, `#` comments and blanks skipped."""
    return tuple(dict.fromkeys(line if keep_case else line.lower() for line in _lines(name)))


@lru_cache(maxsize=None)
def load_set(name: str, keep_case: bool = False) -> frozenset[str]:
    """The entries of `lists/<name>.txt` (as `load` reads them) as a frozenset, for the rules that
    only ask whether a word is listed."""
    return frozenset(load(name, keep_case))


@lru_cache(maxsize=None)
def load_table(name: str, keep_case: bool = False) -> tuple[tuple[str, str], ...]:
    """The `key = value` lines of `lists/<name>.txt` as (key lower-cased unless `keep_case`, value
    as written) pairs, in file order; a key may repeat (a group of values, or a later value that
    wins)."""
    pairs = []
    for line in _lines(name):
        key, sep, value = line.partition(SEPARATOR)
        if not sep:
            raise ValueError(f"lists/{name}.txt: {line!r} is not a `key = value` line")
        pairs.append((key.strip() if keep_case else key.strip().lower(), value.strip()))
    return tuple(pairs)


@lru_cache(maxsize=None)
def alternation(name: str, keep_case: bool = False) -> str:
    """The entries of `lists/<name>.txt` as a regex alternation for a pattern to embed (in file
    order, without a group): each word escaped, any run of whitespace between the words."""
    return "|".join(r"\s+".join(regex.escape(word) for word in entry.split()) for entry in load(name, keep_case))
