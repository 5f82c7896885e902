"""Rich tables for the terminal. All article text goes in as `Text`, never parsed as markup."""

from __future__ import annotations

from typing import Iterable, Optional, Sequence

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from newsdiff.model import Attribution, DateFact, Fact, Number, Person, Quote, Result, Source


def _t(value: object) -> Text:
    return Text("" if value is None else str(value))


def fmt_number(value: Optional[float]) -> str:
    """A number for display: 2000 not 2000.0, with thousands separators."""
    if value is None:
        return "-"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,}"


def interval(fact: Number) -> str:
    """The interval a number fact commits to, e.g. `[500, ∞)`."""
    low = "-∞" if fact.low is None else fmt_number(fact.low)
    high = "∞" if fact.high is None else fmt_number(fact.high)
    return f"[{low}, {high}]"


def sources_table(sources: Sequence[Source]) -> Table:
    """One row per source: id, outlet, date, title."""
    table = Table(title="Sources", title_justify="left", expand=False)
    for name in ("source", "outlet", "published", "title"):
        table.add_column(name, overflow="fold")
    for s in sources:
        table.add_row(_t(s.id), _t(s.outlet), _t(s.published), _t(s.title))
    return table


def _cap(width: int, wide: bool) -> Optional[int]:
    """A column's maximum width: `width` on a terminal, none when the table is `wide` (--wide, or
    piped: one row a line, nothing wrapped)."""
    return None if wide else width


def quotes_table(facts: Iterable[Fact], roles: dict[tuple[str, str], str], wide: bool = False) -> Table:
    """Speaker, role, source, cue and the quoted words; `wide`: no column is capped."""
    table = Table(title="Quotes", title_justify="left", show_lines=True)
    table.add_column("speaker", overflow="fold", max_width=_cap(24, wide))
    table.add_column("role", overflow="fold", max_width=_cap(28, wide))
    table.add_column("source", overflow="fold", max_width=_cap(22, wide))
    table.add_column("cue", max_width=_cap(12, wide))
    table.add_column("quote", overflow="fold", ratio=1)
    for f in facts:
        if not isinstance(f, Quote):
            continue
        role = roles.get((f.source, f.speaker or ""), "")
        words = Text(f.text)
        if f.partial:
            words.append(" (partial)", style="dim")
        table.add_row(_t(f.speaker or f.speaker_text or "?"), _t(role), _t(f.source), _t(f.cue), words)
    return table


def numbers_table(facts: Iterable[Fact]) -> Table:
    """Each number with its qualifier, interval, subject and claimant."""
    table = Table(title="Numbers", title_justify="left")
    for name in ("source", "as written", "value", "interval", "unit", "subject", "claimant"):
        table.add_column(name, overflow="fold")
    for f in facts:
        if isinstance(f, Number):
            table.add_row(_t(f.source), _t(f.text), _t(fmt_number(f.value)), _t(interval(f)),
                          _t(f.unit), _t(f.subject), _t(f.claimant))
    return table


def dates_table(facts: Iterable[Fact]) -> Table:
    """Each time expression with its TIMEX3 type and value."""
    table = Table(title="Dates", title_justify="left")
    for name in ("source", "as written", "type", "value", "anchor"):
        table.add_column(name, overflow="fold")
    for f in facts:
        if isinstance(f, DateFact):
            value = f"{f.value} to {f.value_to}" if f.value_to else f.value  # a range of durations
            table.add_row(_t(f.source), _t(f.text), _t(f.type), _t(value), _t(f.anchor))
    return table


def attributions_table(facts: Iterable[Fact], wide: bool = False) -> Table:
    """Each attribution: claimant, cue and the attributed content; `wide`: no column is capped."""
    table = Table(title="Attributions", title_justify="left", show_lines=True)
    table.add_column("source", overflow="fold", max_width=_cap(22, wide))
    table.add_column("claimant", overflow="fold", max_width=_cap(28, wide))
    table.add_column("cue", max_width=_cap(14, wide))
    table.add_column("content", overflow="fold", ratio=1)
    for f in facts:
        if isinstance(f, Attribution):
            table.add_row(_t(f.source), _t(f.claimant), _t(f.cue), _t(f.text))
    return table


def people_table(people: Sequence[Person], quote_counts: dict[str, int]) -> Table:
    """Every person and organization with aliases, roles per source and quote count."""
    table = Table(title="People and organizations", title_justify="left", show_lines=True)
    for name in ("name", "type", "aliases", "roles", "quotes"):
        table.add_column(name, overflow="fold")
    for p in people:
        roles = Text("\n".join(f"{r.source}: {r.role}" for r in p.roles))
        table.add_row(_t(p.name), _t(p.type), _t(", ".join(p.aliases)), roles,
                      _t(quote_counts.get(p.name, 0)))
    return table


def facts_view(result: Result, wide: bool = False) -> RenderableType:
    """All facts, one table per kind (the `extract` command); `wide`: no column is capped."""
    roles = role_index(result.people)
    parts: list[RenderableType] = [sources_table(result.sources)]
    kinds = {f.kind for f in result.facts}
    if "quote" in kinds:
        parts.append(quotes_table(result.facts, roles, wide))
    if "attribution" in kinds:
        parts.append(attributions_table(result.facts, wide))
    if "number" in kinds:
        parts.append(numbers_table(result.facts))
    if "date" in kinds:
        parts.append(dates_table(result.facts))
    if not result.facts:
        parts.append(Text("No facts found."))
    return Group(*parts)


def role_index(people: Sequence[Person]) -> dict[tuple[str, str], str]:
    """(source, canonical name) -> the role that source gives the person."""
    out = {}
    for p in people:
        for r in p.roles:
            out[(r.source, p.name)] = r.role
    return out


def quote_counts(result: Result) -> dict[str, int]:
    """How many quotes each canonical speaker has."""
    counts: dict[str, int] = {}
    for f in result.facts:
        if isinstance(f, Quote) and f.speaker:
            counts[f.speaker] = counts.get(f.speaker, 0) + 1
    return counts
