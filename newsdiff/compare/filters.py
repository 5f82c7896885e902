"""Filters behind the commands' options (`--kind`, `--only`, `--speaker`).

A filter shrinks the lists of a `Result` and never changes their shape; claims are trimmed to
the facts that remain, so every fact id a claim names is present in the same document.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable, Optional

from newsdiff import people as people_rules
from newsdiff.model import Claim, Fact, Kind, Result

FactTest = Callable[[Fact], bool]
ClaimTest = Callable[[Claim], bool]


def narrow(result: Result, fact_ok: Optional[FactTest] = None, claim_ok: Optional[ClaimTest] = None) -> Result:
    """Keep the facts and claims that pass; trim kept claims to the kept facts.

    A claim that had facts and lost all of them is dropped; one that never had facts (a role
    claim, built from people) stays when `claim_ok` accepts it.
    """
    facts = result.facts if fact_ok is None else tuple(f for f in result.facts if fact_ok(f))
    kept = {f.id for f in facts}
    claims = []
    for claim in result.claims:
        if claim_ok is not None and not claim_ok(claim):
            continue
        if claim.facts:
            kept_ids = tuple(i for i in claim.facts if i in kept)
            if not kept_ids:
                continue
            values = tuple(v for v in claim.values if v.fact is None or v.fact in kept)
            claim = replace(claim, facts=kept_ids, values=values)
        claims.append(claim)
    return replace(result, facts=facts, claims=tuple(claims))


def by_speaker(result: Result, query: str) -> Result:
    """Only the quotes of the person `query` names (any alias or the surname), and that person."""
    matched = people_rules.find(result.people, query)
    names = {p.name for p in matched}

    def spoken(fact: Fact) -> bool:
        speaker = getattr(fact, "speaker", None)
        return fact.kind == Kind.QUOTE and (speaker in names or people_rules.name_matches(speaker, query))

    return narrow(replace(result, people=tuple(matched)), spoken, lambda c: c.kind == Kind.QUOTE)
