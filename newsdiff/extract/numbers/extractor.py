"""Numbers as the intervals a source commits to.

Outlets rarely disagree on a bare number; they hedge it differently ("as many as 600", "nearly
600", "more than 500", "hundreds"). Each count or amount becomes a `Number` whose `low`/`high`
keep that hedge (conventions in docs/numbers.md), with the counted thing and its verb in
`subject`/`event` so the comparison step can tell different quantities apart.

The work is split by concern: `numbers_tokens` (tokens and phrase lookup), `numbers_parse` (the
number itself), `numbers_read` (qualifiers, units, ranges), `numbers_filters` (what is not a
count), `numbers_subject` and `numbers_verbs` (what is counted); the word lists are in `numwords`.
"""

from __future__ import annotations

from typing import Iterator

import regex

from newsdiff.extract.numbers.read import Reading, may_hold, read
from newsdiff.extract.numbers.subject import describe
from newsdiff.extract.numbers.tokens import Token, tokenize
from newsdiff.model import Number
from newsdiff.options import Options
from newsdiff.text.document import Document

_LETTER = regex.compile(r"\p{L}")


def extract(doc: Document, options: Options) -> Iterator[Number]:
    """Yield every count or amount in the article's content sentences, in text order."""
    text = doc.text
    for index, span in doc.content_sentences():
        if not may_hold(text, span.start, span.end):
            continue  # most sentences of prose hold no number: not tokenised
        if _LETTER.search(text, span.start, span.end) is None:
            # A sentence with no word counts nothing: list numbering ("1.", "2."), a page
            # number, a date on its own line ("05/02/2013"). Its numbers would only be noise.
            continue
        tokens = tokenize(text, span.start, span.end)
        for reading in read(tokens):
            yield _number(doc, index, tokens, reading)


def find(text: str) -> list[tuple[Reading, str | None, str | None]]:
    """Every reading in a piece of text taken as one sentence, with its (subject, event).

    For callers that hold text rather than a `Document` (the evaluation scorers, tests).
    """
    tokens = tokenize(text)
    return [(r, *describe(tokens, r)) for r in read(tokens)]


def _number(doc: Document, index: int, tokens: list[Token], reading: Reading) -> Number:
    subject, event = describe(tokens, reading)
    return Number(
        source=doc.source.id,
        text=doc.text[reading.start_char : reading.end_char],
        start=reading.start_char,
        end=reading.end_char,
        sentence=index,
        value=reading.value,
        low=reading.low,
        high=reading.high,
        qualifier=reading.qualifier,
        unit=reading.unit,
        subject=subject,
        event=event,
    )
