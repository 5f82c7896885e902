"""`--format html`: one self-contained report page (no CDN, no network, opens offline).

The page holds the summary, the sources, the claims tables with statuses in colour and in words,
and the articles side by side with every extracted fact highlighted in its claim's colour. Clicking
a claim highlights its facts in every article; hovering a fact shows its value, qualifier and
speaker or claimant. The page is built with Jinja2 with autoescaping on, so every piece of article
text is escaped; a Content-Security-Policy allows no network at all and only the page's own script
(by its hash), so even a missed escape could not run anything.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Optional
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from newsdiff import __version__
from newsdiff.model import Fact, Result, Source
from newsdiff.render.claims_view import sections, summary
from newsdiff.render.values import fact_index, fact_summary, short_ids, shown_values, source_labels

_ENV = Environment(
    loader=PackageLoader("newsdiff.render", "templates"),
    autoescape=select_autoescape(["html", "j2"], default=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


@dataclass(frozen=True)
class Piece:
    """A run of article text and the facts covering all of it (none for plain text)."""

    text: str
    facts: tuple[Fact, ...] = ()
    claims: tuple[str, ...] = ()
    status: Optional[str] = None  # the status of the innermost fact's claim: its colour
    tip: str = ""


def safe_url(url: Optional[str]) -> Optional[str]:
    """The URL when it is http(s), else None: a `javascript:` or `data:` URL is never a link."""
    if not url:
        return None
    return url if urlsplit(url.strip()).scheme.lower() in ("http", "https") else None


def pieces(source: Source, facts: list[Fact], claim_of: dict[str, list[str]],
           status_of: Mapping[str, str]) -> list[Piece]:
    """The source's text cut at every fact boundary; each piece knows the facts that cover it.

    Facts nest (a number inside a quote inside an attribution): a piece takes its colour from the
    innermost fact and lists every covering fact's claims, so clicking any of them lights it.
    """
    text = source.text
    bounds = sorted({0, len(text)} | {f.start for f in facts} | {f.end for f in facts})
    ordered = sorted(facts, key=lambda f: (f.start, -f.end))
    out = []
    active: list[Fact] = []
    i = 0
    for start, end in zip(bounds, bounds[1:], strict=False):
        while i < len(ordered) and ordered[i].start <= start:
            active.append(ordered[i])
            i += 1
        active = [f for f in active if f.end > start]
        covering = tuple(sorted((f for f in active if f.start <= start and f.end >= end),
                                key=lambda f: (f.end - f.start, f.id)))
        if not covering:
            out.append(Piece(text[start:end]))
            continue
        claims = tuple(dict.fromkeys(c for f in covering for c in claim_of.get(f.id, ())))
        innermost_claims = [c for f in covering for c in claim_of.get(f.id, ())]
        status = status_of.get(innermost_claims[0]) if innermost_claims else None
        tip = "\n".join(f"{f.id}: {fact_summary(f)}" + (f" (claim {', '.join(claim_of[f.id])})"
                                                        if claim_of.get(f.id) else "") for f in covering)
        out.append(Piece(text[start:end], covering, claims, status, tip))
    return out


def script_hash(script: str) -> str:
    """The CSP source expression that allows exactly this inline script."""
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    return Markup(f"'sha256-{digest}'")  # base64 and quotes only: nothing to escape


def render(result: Result) -> str:
    """The whole report page."""
    labels = source_labels(result.sources)
    names = short_ids([s.id for s in result.sources])
    facts = fact_index(result)
    claim_of: dict[str, list[str]] = {}
    for claim in result.claims:
        for fid in claim.facts:
            claim_of.setdefault(fid, []).append(claim.id)
    status_of = {c.id: c.status for c in result.claims}
    by_source: dict[str, list[Fact]] = {}
    for fact in result.facts:
        by_source.setdefault(fact.source, []).append(fact)
    tables = []
    for title, used, claims in sections(result):
        rows = []
        for claim in claims:
            cells: dict[str, list] = {sid: [] for sid in used}
            for v in shown_values(claim, facts, labels):
                cells.setdefault(v.source, []).append(v)
            rows.append({"claim": claim, "cells": [cells[sid] for sid in used]})
        tables.append({"title": title, "sources": used, "rows": rows})
    articles = [{"source": s, "pieces": pieces(s, by_source.get(s.id, []), claim_of, status_of)}
                for s in result.sources]
    script = _ENV.get_template("report.js").render()
    return _ENV.get_template("report.html.j2").render(
        summary=summary(result).plain, sources=result.sources, labels=labels, names=names,
        tables=tables, articles=articles, script=script, script_hash=script_hash(script),
        safe_url=safe_url, version=__version__, skipped=result.skipped,
    )
