"""Time expressions as resolved TIMEX3 values (issue: numbers and dates)."""

from __future__ import annotations

from typing import Iterator

from .document import Document
from .model import DateFact
from .options import Options


def extract(doc: Document, options: Options) -> Iterator[DateFact]:
    """Yield every time expression in the article. Not implemented yet."""
    return iter(())
