"""Reported (indirect) speech: "according to X", "X said that ...", "citing X"."""

from __future__ import annotations

from typing import Iterator

from .document import Document
from .model import Attribution
from .options import Options


def extract(doc: Document, options: Options) -> Iterator[Attribution]:
    """Yield attributed content with its claimant. Not implemented yet."""
    return iter(())
