"""`--format markdown`: the comparison as Markdown tables to paste into a story draft.

A summary, the sources, then per claim kind one table with a row per source value: the claim and
its status on the claim's first row, then who says it, the words as printed and the value the
comparison used. Article text is escaped, so a `|`, `*` or `<script>` in an article stays text.
"""

from __future__ import annotations

import re

from newsdiff.model import Result
from newsdiff.render.claims_view import _brief, sections, summary
from newsdiff.render.values import fact_index, one_line, short_ids, shown_values, source_labels

_SPECIAL = re.compile(r"([\\`*_\[<>|~&])")


def escape(text: str) -> str:
    """One line of article text safe in a Markdown table cell: punctuation that Markdown or HTML
    would read is backslash-escaped."""
    return _SPECIAL.sub(r"\\\1", one_line(text))


def _row(cells) -> str:
    return "| " + " | ".join(cells) + " |"


def render(result: Result) -> str:
    """The whole document."""
    out = ["# newsdiff comparison", "", escape(summary(result).plain), "", "## Sources", "",
           _row(["source", "outlet", "published", "title"]), _row(["---"] * 4)]
    names = short_ids([s.id for s in result.sources])
    for s in result.sources:
        out.append(_row([f"`{names[s.id]}`" if "`" not in names[s.id] else escape(names[s.id]),
                         escape(s.outlet or ""), escape(s.published or ""), escape(s.title or "")]))
    labels = source_labels(result.sources)
    facts = fact_index(result)
    for title, _used, claims in sections(result):
        out += ["", f"## {escape(title)}", "", _row(["claim", "status", "source", "who", "as written", "value"]),
                _row(["---"] * 6)]
        for claim in claims:
            head = f"{claim.id} {escape(claim.label)}"
            if claim.note:
                head += f" — _{escape(_brief(claim.note, names))}_"
            status = f"**{claim.status.upper()}**"
            for i, v in enumerate(shown_values(claim, facts, labels)):
                out.append(_row([head if i == 0 else "", status if i == 0 else "", escape(v.label),
                                 escape(v.claimant or ""), escape(v.words), escape(v.normalised or "")]))
    if not result.claims:
        out += ["", "No claims to compare."]
    return "\n".join(out) + "\n"
