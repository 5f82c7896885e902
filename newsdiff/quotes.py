"""Direct quotations and their speakers (issue: quotes, speakers, roles and attributions)."""

from __future__ import annotations

from typing import Iterator

from .document import Document
from .model import Mention, Quote
from .options import Options


def extract(doc: Document, options: Options) -> Iterator[Quote]:
    """Yield every quotation in the article with its speaker. Not implemented yet."""
    return iter(())


def mentions(doc: Document, options: Options) -> Iterator[Mention]:
    """Yield the people and organizations the article names, with their roles. Not implemented yet."""
    return iter(())
