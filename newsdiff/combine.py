"""The cross-source steps on already extracted sources: merge people, then compare.

Kept apart from `newsdiff.pipeline`, which imports every extractor (about a second of imports): a
run whose sources all come from the extraction cache needs only this.
"""

from __future__ import annotations

from typing import Iterable

from newsdiff import people
from newsdiff.compare import comparison
from newsdiff.model import Attribution, DateFact, Fact, Number, Quote, Result, SourceFacts, amended


def combine(extracted: Iterable[SourceFacts], with_claims: bool = True, jobs: int = 1) -> Result:
    """The cross-source steps on already extracted sources; the claims of the stories are built in
    `jobs` processes (the same claims whatever `jobs`)."""
    extracted = list(extracted)
    all_mentions = [m for sf in extracted for m in sf.mentions]
    persons, canonical = people.merge(all_mentions)
    facts: list[Fact] = []
    for sf in extracted:
        for fact in sf.facts:
            facts.append(_canonicalise(fact, canonical))
    result_sources = [sf.source for sf in extracted]
    claims = []
    if with_claims:
        found = comparison.compare_sources(result_sources, facts, persons, jobs=jobs)
        claims = found.claims
        result_sources = [
            amended(s, story=found.stories.get(s.id, s.story), copy_of=found.copies.get(s.id))
            for s in result_sources
        ]
    return Result(sources=tuple(result_sources), facts=tuple(facts), people=tuple(persons), claims=tuple(claims))


def _canonicalise(fact: Fact, canonical) -> Fact:
    """The fact with its speaker or claimant under the canonical name; the fact itself when the
    name is canonical already (most are: one copy less per fact)."""
    if isinstance(fact, Quote) and fact.speaker:
        name = canonical(fact.source, fact.speaker)
        return fact if name == fact.speaker else amended(fact, speaker=name)
    if isinstance(fact, (Attribution, Number, DateFact)) and fact.claimant:
        name = canonical(fact.source, fact.claimant)
        return fact if name == fact.claimant else amended(fact, claimant=name)
    return fact
