"""Numbers as the intervals a source commits to (issue: numbers and dates)."""

from __future__ import annotations

from typing import Iterator

from .document import Document
from .model import Number
from .options import Options


def extract(doc: Document, options: Options) -> Iterator[Number]:
    """Yield every count or amount in the article. Not implemented yet."""
    return iter(())
