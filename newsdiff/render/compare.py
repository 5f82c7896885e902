"""The `compare` view: a summary line, then one table per claim kind."""

from __future__ import annotations

from collections import Counter

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from ..model import STATUSES, Result

STATUS_STYLE = {"conflict": "bold red", "compatible": "yellow", "agree": "green", "single": "dim"}


def summary(result: Result) -> Text:
    """`5 sources, 120 facts, 14 claims: 2 conflict, ...`"""
    counts = Counter(c.status for c in result.claims)
    parts = ", ".join(f"{counts[s]} {s}" for s in STATUSES if counts[s])
    line = f"{len(result.sources)} sources, {len(result.facts)} facts, {len(result.claims)} claims"
    return Text(line + (f": {parts}" if parts else ""))


def compare_view(result: Result) -> RenderableType:
    """Claims side by side: one column per source, conflicts first."""
    parts: list[RenderableType] = [summary(result)]
    order = {s: i for i, s in enumerate(("conflict", "compatible", "agree", "single"))}
    ids = [s.id for s in result.sources]
    for kind in ("number", "date", "quote", "role"):
        claims = sorted((c for c in result.claims if c.kind == kind), key=lambda c: order[c.status])
        if not claims:
            continue
        table = Table(title=f"{kind.capitalize()} claims", title_justify="left", show_lines=True)
        table.add_column("claim", overflow="fold", max_width=30)
        table.add_column("status", no_wrap=True)
        for sid in ids:
            table.add_column(sid, overflow="fold")
        for claim in claims:
            cells = {sid: Text() for sid in ids}
            for v in claim.values:
                shown = v.display if v.display is not None else str(v.value)
                if v.claimant:
                    shown = f"{v.claimant}: {shown}"
                cell = cells.setdefault(v.source, Text())
                if cell.plain:
                    cell.append("\n")
                cell.append(shown)
            status = Text(claim.status, style=STATUS_STYLE.get(claim.status, ""))
            table.add_row(Text(claim.label), status, *(cells[sid] for sid in ids))
        parts.append(table)
    if not result.claims:
        parts.append(Text("No claims to compare."))
    return Group(*parts)
