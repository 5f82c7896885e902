"""Cross-source comparison: claims that agree, differ compatibly or conflict."""

from __future__ import annotations

from typing import Sequence

from .model import Claim, Fact, Person, Source


def compare(
    sources: Sequence[Source], facts: Sequence[Fact], people: Sequence[Person]
) -> tuple[list[Claim], dict[str, str]]:
    """Line up facts from different sources into claims.

    Returns the claims and each source's story id (sources are grouped into stories first and
    compared only within one). Works on facts alone, never on the text. Not implemented yet.
    """
    return [], {}
