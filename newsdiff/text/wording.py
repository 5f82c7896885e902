"""Where two wordings of one statement differ, word by word (the one word-alignment helper).

Both the quote comparison (the note of a `compatible` quote claim) and the quotes view (the words
it highlights) read differences from here, so the note and the highlighting always agree. The
alignment is rapidfuzz's longest common subsequence of words (`Indel.opcodes`): shared words are
the anchors and what lies between two anchors is one change, so a change pairs the words that
stand in the same place ("korean defectors" for "koreans"), never unrelated fragments from
elsewhere in the quotes.
"""

from __future__ import annotations

from typing import Sequence

from rapidfuzz.distance import Indel

from newsdiff.text.normalize import fold, words
from newsdiff.text.tokens import WORD

Change = tuple[int, int, int, int]  # words a[a1:a2] stand where b has b[b1:b2]; one side may be empty


def changes(a: Sequence[str], b: Sequence[str]) -> list[Change]:
    """The runs of words that differ between word sequences `a` and `b`, aligned on the words
    they share: adjacent insertions and deletions between two shared words are one change."""
    out: list[Change] = []
    for op in Indel.opcodes(list(a), list(b)):
        if op.tag == "equal":
            continue
        if out and out[-1][1] == op.src_start and out[-1][3] == op.dest_start:
            a1, _, b1, _ = out[-1]
            out[-1] = (a1, op.src_end, b1, op.dest_end)
        else:
            out.append((op.src_start, op.src_end, op.dest_start, op.dest_end))
    return out


def differing_spans(text: str, reference: str) -> list[tuple[int, int]]:
    """Character ranges of `text` whose words stand where `reference` has other words (or none),
    for highlighting the differences between two renderings of one statement."""
    found = list(WORD.finditer(text, timeout=1.0))
    mine = [fold(m.group()) for m in found]
    return [(found[a1].start(), found[a2 - 1].end()) for a1, a2, _, _ in changes(mine, words(reference)) if a2 > a1]
