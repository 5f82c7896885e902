"""An analysed article: the source plus its paragraphs, sentences and furniture.

`document_for(source)` is what every extractor receives. It is a pure function of the source's text
and metadata, so extraction of one source never depends on any other.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Any, Iterator, Optional

from newsdiff import budget
from newsdiff.io import metadata
from newsdiff.model import Source, Span
from newsdiff.text import furniture as furniture_rules
from newsdiff.text import segment
from newsdiff.text.furniture import Furniture


@dataclass(frozen=True)
class Document:
    """A source with its structure. Offsets everywhere index into `source.text`."""

    source: Source
    paragraphs: tuple[Span, ...]
    sentences: tuple[Span, ...]
    sentence_paragraph: tuple[int, ...]  # paragraph index of each sentence
    furniture: tuple[Furniture, ...]
    sentence_starts: tuple[int, ...] = ()  # for bisecting; filled by `analyze`
    paragraph_starts: tuple[int, ...] = ()
    # Furniture (sorted by start) indexed for `is_furniture`: starts, and the furthest end reached
    # by any furniture up to each one, so an overlap test is one bisection, not a scan.
    furniture_starts: tuple[int, ...] = ()
    furniture_reach: tuple[int, ...] = ()

    @property
    def text(self) -> str:
        return self.source.text

    @property
    def published(self) -> Optional[str]:
        return self.source.published

    def sentence_at(self, pos: int) -> int:
        """Index of the sentence containing (or, between sentences, preceding) `pos`."""
        return max(0, bisect.bisect_right(self.sentence_starts, pos) - 1)

    def paragraph_at(self, pos: int) -> int:
        """Index of the paragraph containing (or preceding) `pos`."""
        return max(0, bisect.bisect_right(self.paragraph_starts, pos) - 1)

    def is_furniture(self, span: Span) -> bool:
        """True when `span` touches any marked furniture."""
        if len(self.furniture_starts) != len(self.furniture):
            return any(f.span.overlaps(span) for f in self.furniture)
        # Furniture starting before the span ends overlaps it when any of it ends after it starts.
        k = bisect.bisect_left(self.furniture_starts, span.end)
        return k > 0 and self.furniture_reach[k - 1] > span.start

    @cached_property
    def _content(self) -> tuple[tuple[tuple[int, Span], ...], tuple[tuple[int, Span], ...]]:
        # Worked out once per document: every extractor asks, and a text of many short
        # sentences ("1. 2. 3." lines) would otherwise pay a set lookup per sentence each time.
        whole = {f.span for f in self.furniture}
        kept = [para not in whole for para in self.paragraphs]
        paras = tuple((i, para) for i, para in enumerate(self.paragraphs) if kept[i])
        sents = tuple((i, sent) for i, sent in enumerate(self.sentences) if kept[self.sentence_paragraph[i]])
        return paras, sents

    def content_paragraphs(self) -> Iterator[tuple[int, Span]]:
        """Paragraphs that are not wholly furniture, with their index."""
        yield from self._content[0]

    def content_sentences(self) -> Iterator[tuple[int, Span]]:
        """Sentences outside whole-paragraph furniture, with their index."""
        for item in self._content[1]:
            budget.check()  # every extractor loops here: the per-source time budget is kept
            yield item


def document_for(source: Source) -> Document:
    """Segment a source, mark its furniture and fill metadata the text itself gives."""
    text = source.text
    paras = segment.paragraphs(text)
    marked = furniture_rules.mark(text, paras)
    outlet, signoff = metadata.outlet_from(text, paras)
    if signoff is not None:
        marked.append(Furniture(signoff, "signoff"))
        marked.sort(key=lambda f: (f.span.start, f.span.end))
    whole = {f.span for f in marked}
    updates: dict[str, Any] = {}  # Any: replace() checks each keyword against its own field
    if source.title is None:
        updates["title"] = metadata.title_from(text, paras, whole, [f.span for f in marked])
    if source.published is None:
        updates["published"] = metadata.published_from(text, paras)
    if source.outlet is None and outlet:
        updates["outlet"] = outlet
    if updates:
        source = replace(source, **updates)
    sents: list[Span] = []
    owner: list[int] = []
    for i, para in enumerate(paras):
        for sent in segment.sentences(text, para):
            sents.append(sent)
            owner.append(i)
    marked.sort(key=lambda f: (f.span.start, f.span.end))
    reach: list[int] = []
    for f in marked:
        reach.append(max(reach[-1], f.span.end) if reach else f.span.end)
    return Document(
        source,
        tuple(paras),
        tuple(sents),
        tuple(owner),
        tuple(marked),
        tuple(s.start for s in sents),
        tuple(p.start for p in paras),
        tuple(f.span.start for f in marked),
        tuple(reach),
    )
