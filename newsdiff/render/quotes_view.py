"""The `quotes` view grouped by statement: each speaker's statements, each as every source words it.

Within a statement the fullest rendering is the reference; in every other rendering the words that
differ from it are highlighted (bold, underlined, coloured), so the differences stand out with or
without colour. All article text goes in as `Text`, never parsed as markup.
"""

from __future__ import annotations

from collections import Counter
from typing import Optional

from rich.console import Group, RenderableType
from rich.text import Text

from newsdiff.model import Claim, Kind, Quote, Result, Status
from newsdiff.render.claims_view import STATUS_ORDER, short_ids, status_text
from newsdiff.text.wording import differing_spans

DIFF_STYLE = "bold underline yellow"


def _speaker(claim: Claim) -> str:
    names = [v.claimant for v in claim.values if v.claimant]
    if not names:
        return "(speaker not named)"
    return Counter(names).most_common(1)[0][0]


def wording(text: str, reference: Optional[str]) -> Text:
    """`text` with the words that differ from `reference` highlighted."""
    out = Text(text)
    if reference is not None and reference != text:
        for start, end in differing_spans(text, reference):
            out.stylize(DIFF_STYLE, start, end)
    return out


def quotes_grouped_view(result: Result, roles: Optional[dict[tuple[str, str], str]] = None) -> RenderableType:
    """Each speaker, then each statement (a quote claim) with every source's wording.

    `roles` maps (source id, speaker) to the role that source gives; shown after the source.
    """
    roles = roles or {}
    facts = {f.id: f for f in result.facts if isinstance(f, Quote)}
    claims = [c for c in result.claims if c.kind == Kind.QUOTE]
    names = short_ids([s.id for s in result.sources])
    by_speaker: dict[str, list[Claim]] = {}
    for claim in claims:
        by_speaker.setdefault(_speaker(claim), []).append(claim)
    parts: list[RenderableType] = []
    covered = {fid for c in claims for fid in c.facts}
    for speaker in sorted(by_speaker, key=lambda s: (-len(by_speaker[s]), s)):
        statements = sorted(by_speaker[speaker], key=lambda c: (STATUS_ORDER.get(c.status, 9), _number(c.id)))
        parts.append(Text(f"{speaker} — {len(statements)} statement{'s' if len(statements) != 1 else ''}",
                          style="bold"))
        for claim in statements:
            head = Text("  ")
            head.append_text(status_text(claim.status))
            head.append(f" {claim.id}", style="dim")
            if claim.status != Status.SINGLE and claim.note:
                note = claim.note
                for full, brief in sorted(names.items(), key=lambda kv: -len(kv[0])):
                    note = note.replace(full, brief)
                head.append(f"  {note}", style="dim")
            parts.append(head)
            texts = [v.value if isinstance(v.value, str) else (v.display or "") for v in claim.values]
            reference = max(texts, key=len) if len(texts) > 1 else None
            for v, text in zip(claim.values, texts, strict=True):
                line = Text("    ")
                line.append(names.get(v.source, v.source), style="cyan")
                role = roles.get((v.source, v.claimant or ""))
                if v.claimant and v.claimant != speaker:
                    line.append(f" ({v.claimant})", style="italic")
                if role:
                    line.append(f" [{role}]", style="dim")
                line.append(": ")
                line.append_text(wording(text, reference))
                fact = facts.get(v.fact or "")
                if fact is not None and fact.partial:
                    line.append(" (partial)", style="dim")
                parts.append(line)
    rest = [f for fid, f in facts.items() if fid not in covered]
    if rest:
        parts.append(Text("Quotes in no statement group", style="bold"))
        for f in rest:
            line = Text("    ")
            line.append(names.get(f.source, f.source), style="cyan")
            line.append(f" {f.speaker or '?'}: ")
            line.append(f.text)
            parts.append(line)
    if not parts:
        parts.append(Text("No quotes."))
    return Group(*parts)


def _number(claim_id: str) -> tuple[int, str]:
    """Sort key for claim ids: "c2" before "c10"."""
    digits = claim_id.lstrip("c")
    return (int(digits), claim_id) if digits.isdigit() else (0, claim_id)
