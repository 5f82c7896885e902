"""Reported (indirect) speech: "according to X", "X said that ...", "citing X".

Found together with quotes by `reported_speech.analyze` (they share speakers); the rules are
in `indirect_speech`. This module is the extractor the pipeline calls.
"""

from __future__ import annotations

from typing import Iterator

from newsdiff.extract.speech import reported as reported_speech
from newsdiff.model import Attribution
from newsdiff.options import Options
from newsdiff.text.document import Document


def extract(doc: Document, options: Options) -> Iterator[Attribution]:
    """Yield attributed content with its claimant, cue and (for "X told Reuters") channel."""
    yield from reported_speech.find_speech(doc).attributions
