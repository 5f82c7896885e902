"""Direct quotations and their speakers (issue: quotes, speakers, roles and attributions).

The work is done once per article by `reported_speech.analyze`, which finds quotation marks
(`quote_marks`), reads who each quote is attributed to (`speakers`) and resolves the speaker
mentions to names (`entities`). This module is the extractor the pipeline calls.
"""

from __future__ import annotations

from typing import Iterator

from newsdiff.extract.speech import reported as reported_speech
from newsdiff.model import Mention, Quote
from newsdiff.options import Options
from newsdiff.text.document import Document


def extract(doc: Document, options: Options) -> Iterator[Quote]:
    """Yield every quotation in the article with its speaker, cue and whether it is partial."""
    yield from reported_speech.find_speech(doc).quotes


def mentions(doc: Document, options: Options) -> Iterator[Mention]:
    """Yield the people and organizations the article quotes, cites or names with a role."""
    yield from reported_speech.find_speech(doc).mentions
