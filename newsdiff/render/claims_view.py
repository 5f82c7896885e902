"""The `compare` view: a summary line, then one table per claim kind (per story).

Tables have one column per source and one row per claim, conflicts first. Status is shown in
colour and in words, so the view reads the same without colour. When the terminal is too narrow
for a column per source, each claim is printed as a stacked block instead. All article text goes
in as `Text`, never parsed as markup.
"""

from __future__ import annotations

from collections import Counter
from typing import Iterator, Optional, Sequence

from rich.console import Console, ConsoleOptions, Group, RenderableType
from rich.table import Table
from rich.text import Text

from newsdiff.model import STATUSES, Claim, ClaimValue, Kind, Result, Source, Status

STATUS_STYLE: dict[str, str] = {Status.CONFLICT: "bold red", Status.COMPATIBLE: "yellow", Status.AGREE: "green", Status.SINGLE: "dim"}
STATUS_ORDER = {Status.CONFLICT: 0, Status.COMPATIBLE: 1, Status.AGREE: 2, Status.SINGLE: 3}
KINDS = (Kind.NUMBER, Kind.DATE, Kind.QUOTE, Kind.ROLE)
FIXED_WIDTH = 42  # claim and status columns with borders
MIN_SOURCE_WIDTH = 14  # below this per source column, claims are stacked instead


def summary(result: Result) -> Text:
    """`5 sources, 120 facts, 14 claims: 2 conflict, ...` plus stories and copies when present."""
    counts = Counter(c.status for c in result.claims)
    parts = ", ".join(f"{counts[s]} {s}" for s in STATUSES if counts[s])
    line = f"{len(result.sources)} sources, {len(result.facts)} facts, {len(result.claims)} claims"
    text = Text(line + (f": {parts}" if parts else ""))
    stories = list(dict.fromkeys(s.story for s in result.sources if s.story))
    if len(stories) > 1:
        text.append(f"; {len(stories)} stories")
    copies = _copy_groups(result.sources)
    if copies:
        text.append("; copies: " + ", ".join(" = ".join(g) for g in copies))
    return text


def _copy_groups(sources: Sequence[Source]) -> list[list[str]]:
    groups: dict[str, list[str]] = {}
    for s in sources:
        first = getattr(s, "copy_of", None)  # set by the pipeline when it records copies
        if first:
            groups.setdefault(first, []).append(s.id)
    return [g for g in groups.values() if len(g) > 1]


def status_text(status: str) -> Text:
    """The status in words and colour: `CONFLICT` in bold red, ..."""
    return Text(status.upper(), style=STATUS_STYLE.get(status, ""))


def value_text(value: ClaimValue) -> Text:
    """One source's value: `HRW: more than 500`."""
    shown = value.display if value.display is not None else str(value.value)
    out = Text()
    if value.claimant:
        out.append(f"{value.claimant}: ", style="italic")
    out.append(shown)
    return out


def claim_text(claim: Claim, names: Optional[dict[str, str]] = None) -> Text:
    """The claim's label with its id, then its note (source ids shortened) in a dimmer style."""
    text = Text(f"{claim.id} ", style="dim")
    text.append(claim.label, style="bold")
    if claim.note:
        note = claim.note
        for full, brief in sorted((names or {}).items(), key=lambda kv: -len(kv[0])):
            if full != brief:
                note = note.replace(full, brief)
        text.append("\n" + note, style="dim")
    return text


def short_ids(ids: Sequence[str]) -> dict[str, str]:
    """The shortest prefix (at least 3 characters, preferably ending at a `_` or `-`) that tells
    each source id apart from the others: "000_593bc82152ba3544" -> "000"."""
    out = {}
    for sid in ids:
        others = [o for o in ids if o != sid]

        def unique(n: int, sid: str = sid, others: list = others) -> bool:
            return not any(o.startswith(sid[:n]) for o in others)

        at_separator = [n for n in range(3, len(sid)) if sid[n] in "_-"] + [len(sid)]
        cut = next((n for n in at_separator if unique(n)), None)
        if cut is None:
            cut = next((n for n in range(3, len(sid) + 1) if unique(n)), len(sid))
        out[sid] = sid[:cut]
    return out


def _ordered(claims: Sequence[Claim]) -> list[Claim]:
    return sorted(claims, key=lambda c: (STATUS_ORDER.get(c.status, 9), int(c.id[1:]) if c.id[1:].isdigit() else 0))


def _story_of_claim(claim: Claim, story_of: dict[str, Optional[str]]) -> Optional[str]:
    for v in claim.values:
        if v.source in story_of:
            return story_of[v.source]
    return None


class CompareView:
    """Renders tables when the terminal is wide enough, stacked claims when it is not."""

    def __init__(self, result: Result) -> None:
        self.result = result

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[RenderableType]:
        result = self.result
        yield summary(result)
        if not result.claims:
            yield Text("No claims to compare.")
            return
        story_of = {s.id: s.story for s in result.sources}
        names = short_ids([s.id for s in result.sources])
        if any(full != brief for full, brief in names.items()):
            legend = Text("sources: ", style="dim")
            legend.append("; ".join(f"{names[s.id]} = {s.id}" + (f" ({s.outlet})" if s.outlet else "")
                                    for s in result.sources), style="dim")
            yield legend
        stories = list(dict.fromkeys(s.story for s in result.sources)) or [None]
        for story in stories:
            members = [s.id for s in result.sources if s.story == story]
            claims = [c for c in result.claims if _story_of_claim(c, story_of) == story]
            if not claims:
                continue
            prefix = f"Story {story}: " if len(stories) > 1 else ""
            used = [sid for sid in members if any(v.source == sid for c in claims for v in c.values)]
            per_column = (options.max_width - FIXED_WIDTH) // max(1, len(used))
            for kind in KINDS:
                mine = _ordered([c for c in claims if c.kind == kind])
                if not mine:
                    continue
                title = f"{prefix}{kind.capitalize()} claims"
                if per_column >= MIN_SOURCE_WIDTH:
                    yield table(title, mine, used, names)
                else:
                    yield stacked(title, mine, names)


def table(title: str, claims: Sequence[Claim], source_ids: Sequence[str],
          names: Optional[dict[str, str]] = None) -> Table:
    """One row per claim, one column per source."""
    names = names or {}
    out = Table(title=title, title_justify="left", show_lines=True)
    out.add_column("claim", overflow="fold", ratio=2, min_width=18)
    out.add_column("status", no_wrap=True)
    for sid in source_ids:
        out.add_column(Text(names.get(sid, sid)), overflow="fold", ratio=2)
    for claim in claims:
        cells = {sid: Text() for sid in source_ids}
        for v in claim.values:
            cell = cells.setdefault(v.source, Text())
            if cell.plain:
                cell.append("\n")
            cell.append_text(value_text(v))
        out.add_row(claim_text(claim, names), status_text(claim.status), *(cells[sid] for sid in source_ids))
    return out


def stacked(title: str, claims: Sequence[Claim], names: Optional[dict[str, str]] = None) -> Group:
    """The narrow-terminal layout: each claim as a block of `source: value` lines."""
    names = names or {}
    parts: list[RenderableType] = [Text(title, style="bold underline")]
    for claim in claims:
        head = status_text(claim.status)
        head.append(" ")
        head.append_text(claim_text(claim, names))
        parts.append(head)
        for v in claim.values:
            line = Text("  ")
            line.append(names.get(v.source, v.source), style="cyan")
            line.append(": ")
            line.append_text(value_text(v))
            parts.append(line)
    return Group(*parts)


def compare_view(result: Result) -> RenderableType:
    """Claims side by side: a summary line, then per kind a table (or stacked claims)."""
    return CompareView(result)
