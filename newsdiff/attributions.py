"""Reported (indirect) speech: "according to X", "X said that ...", "citing X".

Found together with quotes by `reported_speech.analyze` (they share speakers); the rules are
in `indirect_speech`. This module is the extractor the pipeline calls.
"""

from __future__ import annotations

from typing import Iterator

from . import reported_speech
from .document import Document
from .model import Attribution
from .options import Options


def extract(doc: Document, options: Options) -> Iterator[Attribution]:
    """Yield attributed content with its claimant, cue and (for "X told Reuters") channel."""
    yield from reported_speech.analyze(doc).attributions
