"""The `compare` view for a terminal: a summary, the sources, then one table per claim kind.

Tables have one column per source and one row per claim, conflicts first. Column widths come from
the content and the terminal: each column gets what its longest line needs when everything fits,
otherwise a share of the room left after the minimums, and long cells wrap inside their column.
Below a readable width (`MIN_CELL` characters per column) each claim is printed as a stacked block
with hanging indents instead. Long values are shortened with an ellipsis (`CLIP` characters) unless
`wide` is asked for; `--json` and `--wide` show them whole. Status is shown in colour and in words.
All article text goes in as `Text` after `printable`, never parsed as markup.

`compare_lines` is the form for a pipe: one record a line, tab-separated, never wrapped or cut.
"""

from __future__ import annotations

from collections import Counter
from typing import Iterator, Optional, Sequence

from rich import box
from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, RenderableType
from rich.segment import Segment
from rich.table import Table
from rich.text import Text

from newsdiff.model import STATUSES, Claim, Kind, Result, Source, Status
from newsdiff.render.values import (
    ShownValue,
    fact_index,
    one_line,
    printable,
    short_ids,
    shown_values,
    source_labels,
)

__all__ = ["compare_view", "compare_lines", "short_ids", "status_text", "summary", "STATUS_ORDER"]

STATUS_STYLE: dict[str, str] = {Status.CONFLICT: "bold red", Status.COMPATIBLE: "yellow", Status.AGREE: "green", Status.SINGLE: "dim"}
STATUS_ORDER = {Status.CONFLICT: 0, Status.COMPATIBLE: 1, Status.AGREE: 2, Status.SINGLE: 3}
KINDS = (Kind.NUMBER, Kind.DATE, Kind.QUOTE, Kind.ROLE)
MIN_CELL = 14  # characters per column below which claims are stacked instead of tabulated
CLIP = 240  # characters of a value or note shown before an ellipsis (unless wide)
INDENT = 2  # stacked view: where a value starts
HANG = 6  # stacked view: where its continuation lines start


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
        if s.copy_of:
            groups.setdefault(s.copy_of, []).append(s.id)
    return [g for g in groups.values() if len(g) > 1]


def status_text(status: str) -> Text:
    """The status in words and colour: `CONFLICT` in bold red, ..."""
    return Text(status.upper(), style=STATUS_STYLE.get(status, ""))


def clip(text: str, limit: Optional[int]) -> str:
    """`text` cut at a word boundary before `limit` characters, with an ellipsis; whole when
    `limit` is None."""
    text = printable(text)
    if limit is None or len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip() + "…"


def value_text(value: ShownValue, limit: Optional[int] = CLIP) -> Text:
    """`claimant: words → normalised`, the claimant in italics and the normalised value dimmed."""
    out = Text()
    if value.claimant:
        out.append(printable(value.claimant) + ": ", style="italic")
    out.append(clip(value.words, limit))
    if value.normalised:
        out.append(" → " + printable(value.normalised), style="cyan")
    return out


def claim_text(claim: Claim, names: dict[str, str], limit: Optional[int] = CLIP) -> Text:
    """The claim's id and label, then its note (source ids shortened) in a dimmer style."""
    text = Text(f"{claim.id} ", style="dim")
    text.append(printable(claim.label), style="bold")
    if claim.note:
        text.append("\n" + clip(_brief(claim.note, names), limit), style="dim")
    return text


def _brief(note: str, names: dict[str, str]) -> str:
    for full, brief in sorted(names.items(), key=lambda kv: -len(kv[0])):
        if full != brief:
            note = note.replace(full, brief)
    return note


def _ordered(claims: Sequence[Claim]) -> list[Claim]:
    return sorted(claims, key=lambda c: (STATUS_ORDER.get(c.status, 9), _number(c.id)))


def _number(claim_id: str) -> int:
    digits = claim_id[1:]
    return int(digits) if digits.isdigit() else 0


def _story_of_claim(claim: Claim, story_of: dict[str, Optional[str]]) -> Optional[str]:
    for v in claim.values:
        if v.source in story_of:
            return story_of[v.source]
    return None


def sections(result: Result) -> Iterator[tuple[str, list[str], list[Claim]]]:
    """(title, source ids with a value, claims in display order) per story and kind."""
    story_of = {s.id: s.story for s in result.sources}
    stories = list(dict.fromkeys(s.story for s in result.sources)) or [None]
    for story in stories:
        members = [s.id for s in result.sources if s.story == story]
        claims = [c for c in result.claims if _story_of_claim(c, story_of) == story]
        prefix = f"Story {story}: " if len(stories) > 1 else ""
        used = [sid for sid in members if any(v.source == sid for c in claims for v in c.values)]
        for kind in KINDS:
            mine = _ordered([c for c in claims if c.kind == kind])
            if mine:
                yield f"{prefix}{kind.capitalize()} claims", used, mine


class Hanging:
    """A text wrapped to the width with its first line at `first` columns and the rest at `rest`,
    so a wrapped value never runs back to column 0."""

    def __init__(self, text: Text, first: int, rest: int) -> None:
        self.text, self.first, self.rest = text, first, rest

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Segment]:
        width = max(8, options.max_width - self.rest)
        lines = self.text.wrap(console, width, overflow="fold")
        for i, line in enumerate(lines):
            line.rstrip()
            yield Segment(" " * (self.first if i == 0 else self.rest))
            yield from line.render(console)
            yield Segment.line()


def fit_widths(natural: Sequence[int], available: int, minimum: int) -> Optional[list[int]]:
    """Column widths that fill at most `available` cells: each column's natural width when all
    fit, else max-min fair shares (short columns get all they need, long ones split the rest
    evenly), never below `minimum`. None when even the minimums do not fit."""
    widths = [min(n, minimum) for n in natural]
    if sum(widths) > available:
        return None
    if sum(natural) <= available:
        return list(natural)
    room = available - sum(widths)
    while room > 0:
        growing = [k for k in range(len(widths)) if widths[k] < natural[k]]
        if not growing:
            break
        k = min(growing, key=lambda k: (widths[k], k))
        widths[k] += 1
        room -= 1
    return widths


def _longest_line(text: Text) -> int:
    return max((cell_len(line) for line in text.plain.split("\n")), default=0)


def table(title: str, claims: Sequence[Claim], source_ids: Sequence[str], labels: dict[str, str],
          names: dict[str, str], facts: dict, width: Optional[int], limit: Optional[int]) -> Optional[Table]:
    """One row per claim, one column per source; None when the columns cannot get `MIN_CELL`
    characters each in `width` (None: natural widths)."""
    rows = []
    for claim in claims:
        cells = {sid: Text() for sid in source_ids}
        for v in shown_values(claim, facts, labels):
            cell = cells.setdefault(v.source, Text())
            if cell.plain:
                cell.append("\n")
            cell.append_text(value_text(v, limit))
        rows.append((claim_text(claim, names, limit), status_text(claim.status),
                     [cells[sid] for sid in source_ids]))
    headers = [Text("claim")] + [Text(printable(labels.get(sid, sid))) for sid in source_ids]
    natural = [max([_longest_line(headers[0])] + [_longest_line(r[0]) for r in rows])]
    for i, _ in enumerate(source_ids):
        natural.append(max([_longest_line(headers[i + 1])] + [_longest_line(r[2][i]) for r in rows]))
    status_width = max(len("status"), max(len(c.status) for c in claims))
    columns = len(source_ids) + 2
    if width is None:
        widths = natural
    else:
        fitted = fit_widths(natural, width - status_width - 3 * columns - 1, MIN_CELL)
        if fitted is None:
            return None
        widths = fitted
    out = Table(title=title, title_justify="left", show_lines=True, box=box.SQUARE, expand=False)
    out.add_column(headers[0], width=widths[0], overflow="fold")
    out.add_column("status", width=status_width, no_wrap=True)
    for header, w in zip(headers[1:], widths[1:], strict=False):
        out.add_column(header, width=w, overflow="fold")
    for head, status, row_cells in rows:
        out.add_row(head, status, *row_cells)
    return out


def stacked(title: str, claims: Sequence[Claim], labels: dict[str, str], names: dict[str, str],
            facts: dict, limit: Optional[int]) -> Group:
    """The narrow layout: each claim as a status line, its note, then one `outlet: value` line per
    source, every line wrapped with a hanging indent."""
    parts: list[RenderableType] = [Text(title, style="bold underline")]
    for claim in claims:
        head = status_text(claim.status)
        head.append(f" {claim.id} ", style="dim")
        head.append(printable(claim.label), style="bold")
        parts.append(Hanging(head, 0, INDENT))
        if claim.note:
            parts.append(Hanging(Text(clip(_brief(claim.note, names), limit), style="dim"), INDENT, INDENT))
        for v in shown_values(claim, facts, labels):
            line = Text(printable(v.label), style="bold cyan")
            line.append(": ")
            line.append_text(value_text(v, limit))
            parts.append(Hanging(line, INDENT, HANG))
    return Group(*parts)


def sources_legend(result: Result, names: dict[str, str]) -> Group:
    """One line per source: short id, outlet and the full id, so every label can be traced."""
    lines: list[RenderableType] = [Text("Sources", style="bold underline")]
    for s in result.sources:
        line = Text(f"{names[s.id]}  ", style="bold")
        if s.outlet:
            line.append(printable(s.outlet) + "  ", style="cyan")
        line.append(printable(s.id) if names[s.id] != s.id else "", style="dim")
        if s.title:
            line.append(("  " if names[s.id] != s.id else "") + printable(s.title), style="italic")
        lines.append(Hanging(line, INDENT, HANG))
    return Group(*lines)


class CompareView:
    """Tables when the terminal is wide enough for `MIN_CELL` per column, stacked claims when not."""

    def __init__(self, result: Result, wide: bool = False) -> None:
        self.result, self.wide = result, wide

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[RenderableType]:
        result = self.result
        yield Hanging(summary(result), 0, INDENT)
        names = short_ids([s.id for s in result.sources])
        yield sources_legend(result, names)
        if not result.claims:
            yield Text("No claims to compare.")
            return
        labels = source_labels(result.sources)
        facts = fact_index(result)
        limit = None if self.wide else CLIP
        for title, used, claims in sections(result):
            width = None if self.wide else options.max_width
            view = table(title, claims, used, labels, names, facts, width, limit)
            yield view if view is not None else stacked(title, claims, labels, names, facts, limit)


def compare_view(result: Result, wide: bool = False) -> RenderableType:
    """Claims side by side: a summary, the sources, then per kind a table (or stacked claims)."""
    return CompareView(result, wide)


def compare_lines(result: Result) -> Iterator[Text]:
    """The piped form: one record a line, tab-separated, never wrapped or cut.

    `source SHORT-ID ID OUTLET TITLE`, `claim ID KIND STATUS LABEL NOTE`, then one
    `value CLAIM SHORT-ID OUTLET CLAIMANT WORDS NORMALISED` line per value; empty fields stay empty.
    """
    yield summary(result)
    labels = source_labels(result.sources)
    names = short_ids([s.id for s in result.sources])
    outlets = {s.id: one_line(s.outlet or "") for s in result.sources}
    for s in result.sources:
        yield Text("\t".join(["source", names[s.id], s.id, outlets[s.id], one_line(s.title or "")]))
    facts = fact_index(result)
    for _title, _used, claims in sections(result):
        for claim in claims:
            line = Text("claim\t" + claim.id + "\t" + claim.kind + "\t")
            line.append_text(status_text(claim.status))
            line.append("\t" + one_line(claim.label) + "\t" + one_line(_brief(claim.note, names)))
            yield line
            for v in shown_values(claim, facts, labels):
                yield Text("\t".join(["value", claim.id, names[v.source], outlets[v.source], one_line(v.claimant or ""),
                                      one_line(v.words), one_line(v.normalised or "")]))
