"""From paths to a `Result`: read, extract each source, merge people, compare.

The cross-source steps live in `newsdiff.combine` (re-exported here as `combine`), which imports
no extractor: a run whose sources all come from the cache never pays for importing them.

Extraction of one source (`extract_source`) is a pure function of its text and the options, so
sources can be processed in any order, in parallel or from a cache. The cross-source steps
(`people.merge`, `compare.compare`) see facts and mentions only, never the text.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import Callable, Optional, Sequence

from newsdiff import budget
from newsdiff.combine import combine
from newsdiff.extract.dates import extractor as dates
from newsdiff.extract.frame import frame
from newsdiff.extract.numbers import extractor as numbers
from newsdiff.extract.speech import attributions, quotes
from newsdiff.model import (
    Attribution,
    DateFact,
    Fact,
    Kind,
    Number,
    Quote,
    Result,
    Skipped,
    Source,
    SourceFacts,
    Span,
    amended,
)
from newsdiff.options import Options
from newsdiff.text.document import document_for

# Every extractor has the same signature: (Document, Options) -> Iterator[Fact].
EXTRACTORS = (quotes.extract, attributions.extract, numbers.extract, dates.extract)
ID_PREFIX: dict[str, str] = {Kind.QUOTE: "q", Kind.NUMBER: "n", Kind.DATE: "d", Kind.ATTRIBUTION: "a"}


def extract_source(source: Source, options: Options) -> SourceFacts:
    """Analyse one source and run every extractor on it."""
    doc = document_for(source)
    found: list[Fact] = []
    fact: Fact  # the extractors yield different Fact subclasses
    for extractor in EXTRACTORS:
        for fact in extractor(doc, options):
            if doc.is_furniture(fact.span):
                continue  # facts are never taken from page furniture
            found.append(frame(doc, fact))
    found = _attach_claimants(found)
    found.sort(key=lambda f: (f.start, f.end, f.kind))
    counters: dict[str, int] = {}
    numbered = []
    for fact in found:
        counters[fact.kind] = counters.get(fact.kind, 0) + 1
        fact_id = f"{doc.source.id}:{ID_PREFIX[fact.kind]}{counters[fact.kind]}"
        numbered.append(amended(fact, id=fact_id, source=doc.source.id))
    return SourceFacts(doc.source, tuple(numbered), tuple(quotes.mentions(doc, options)))


def _attach_claimants(facts: list[Fact]) -> list[Fact]:
    """Give numbers and dates inside attributed content or a quote the claimant of that content."""
    found: list[tuple[Span, str]] = []
    for fact in facts:
        if isinstance(fact, Attribution) and fact.claimant:
            found.append((fact.span, fact.claimant))
        elif isinstance(fact, Quote) and fact.speaker:
            found.append((fact.span, fact.speaker))
    if not found:
        return facts
    # Sorted by start; each keeps its input position, which breaks ties between equal lengths.
    holders = sorted(((span, name, i) for i, (span, name) in enumerate(found)), key=lambda h: (h[0].start, h[0].end))
    starts = [h[0].start for h in holders]
    reach: list[int] = []  # the furthest end of any holder up to each one
    for holder, _, _ in holders:
        reach.append(max(reach[-1], holder.end) if reach else holder.end)
    out = []
    for fact in facts:
        if isinstance(fact, (Number, DateFact)) and fact.claimant is None:
            owner = _innermost(fact.span, holders, starts, reach)
            if owner:
                fact = replace(fact, claimant=owner)
        out.append(fact)
    return out


def _innermost(span: Span, holders: list[tuple[Span, str, int]], starts: list[int], reach: list[int]):
    """The name of the shortest holder containing `span` (the first in input order on a tie).

    Holders are sorted by start; the scan goes back from the last one starting at or before the
    span and stops where no earlier holder reaches the span's end, so it stays local."""
    best = None
    i = bisect.bisect_right(starts, span.start) - 1
    while i >= 0 and reach[i] >= span.end:
        holder, name, order = holders[i]
        if holder.contains(span) and (best is None or (len(holder), order) < best[0]):
            best = ((len(holder), order), name)
        i -= 1
    return best[1] if best else None


def run(
    sources: Sequence[Source],
    options: Options,
    with_claims: bool = True,
    on_source: Optional[Callable[[Source], None]] = None,
    time_limit: Optional[float] = None,
) -> Result:
    """Extract every source, merge people across sources and (optionally) compare.

    `on_source` is called after each source is extracted (the CLI drives a progress bar with it).
    A source whose extraction takes longer than `time_limit` seconds is skipped.
    """
    extracted: list[SourceFacts] = []
    failed: list[Skipped] = []
    for source in sources:
        got = extract_or_skip(source, options, time_limit)
        if isinstance(got, Skipped):
            failed.append(got)
        else:
            extracted.append(got)
        if on_source is not None:
            on_source(source)
    return replace(combine(extracted, with_claims), skipped=tuple(failed))


# The most text one source may have in a run with a time budget. Extraction runs at roughly
# 0.1-0.5 MB/s a core, so a source over this size (a book, a dump of a whole site, a log) would
# spend the default 120 s budget and be skipped anyway, after minutes: it is skipped at once
# instead, with its size in the message. News articles are a few kilobytes; an archive belongs
# in JSON Lines, one record an article. No time budget (`--time-limit 0`, or the library's
# default) means no size limit either.
MAX_SOURCE_CHARS = 5_000_000


def extract_or_skip(source: Source, options: Options, time_limit: Optional[float] = None) -> SourceFacts | Skipped:
    """`extract_source` within a budget of `time_limit` seconds (None: no limit), with a failure
    turned into a `Skipped` naming the source and the reason. With a budget, a source longer than
    `MAX_SOURCE_CHARS` is skipped before any work."""
    if time_limit and len(source.text) > MAX_SOURCE_CHARS:
        return Skipped(_where(source), f"text too long for one source: {len(source.text) / 1e6:.1f} million characters, "
                                       f"over the limit of {MAX_SOURCE_CHARS / 1e6:g} million (split it into articles, "
                                       "or lift the limit with --time-limit 0)")
    try:
        with budget.within(time_limit):
            return extract_source(source, options)
    except budget.OverBudget:
        return Skipped(_where(source), f"extraction took longer than the time limit of {time_limit:g} s")
    except TimeoutError:
        # A pattern hit its time limit: the text is pathological. Skip it, keep the rest.
        return Skipped(_where(source), "extraction timed out (pathological text?)")
    except Exception as err:  # noqa: BLE001 - one bad article must not stop the others
        return Skipped(_where(source), f"extraction failed: {type(err).__name__}: {err}")


def _where(source: Source) -> str:
    """How to name a source in a message: its path, plus the record id for JSON/JSONL records."""
    stem = source.path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return source.path if source.id == stem else f"{source.path} (record {source.id})"
