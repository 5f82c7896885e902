"""TempEval-3 (TimeBank + AQUAINT, TBAQ-cleaned): time expressions scored as TempEval-3 does.

Each document's `dct` is its publication date. Reported: strict span P/R/F1 (same offsets),
relaxed span P/R/F1 (overlapping offsets, one-to-one), type accuracy over relaxed matches,
and value F1 (a system expression counts when it matches relaxed *and* has the gold value;
precision over all system expressions, recall over all gold ones). Values are compared as
strings, exactly; the gold's own zero-padding quirks (`2000-W7`) are not forgiven.

This is TempEval-3's own definition (UzZaman et al. 2013; `evaluate_entities.py` of the TE3
toolkit): its "Attribute F1 Value" is value accuracy over the relaxed matches times relaxed F1,
(v/m) * 2m/(S+G) = 2v/(S+G), which is the F1 of P = v/S and R = v/G above. The type is not
considered for the value (a DATE `P1D` against a DURATION `P1D` counts), the document creation
time (`t0`) is not scored, and the official scorer too compares value strings exactly.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from evaluation.split import PARTS, TUNING, split
from newsdiff.extract.dates.extractor import extract
from newsdiff.model import DateFact, Source
from newsdiff.options import Options
from newsdiff.text.document import document_for

FILES = ("tbaq_timebank.jsonl", "tbaq_aquaint.jsonl")


@dataclass
class Pair:
    """A gold expression and the system one that overlaps it (either may be None)."""

    doc: str
    gold: dict | None
    system: DateFact | None


def system_dates(record: dict) -> list[DateFact]:
    """Run the dates extractor on one TempEval record, its `dct` as the publication date."""
    source = Source(id=record["id"], path=record["id"], text=record["text"], published=record["dct"][:10])
    doc = document_for(source)
    return [f for f in extract(doc, Options()) if not doc.is_furniture(f.span)]


def align(record: dict, found: list[DateFact]) -> list[Pair]:
    """Pair gold and system expressions one-to-one by overlap, the largest overlap first."""
    gold = record["timexes"]
    options = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(found):
            overlap = min(g["end"], s.end) - max(g["start"], s.start)
            if overlap > 0:
                options.append((-overlap, gi, si))
    options.sort()
    used_g, used_s, pairs = set(), set(), []
    for _, gi, si in options:
        if gi in used_g or si in used_s:
            continue
        used_g.add(gi)
        used_s.add(si)
        pairs.append(Pair(record["id"], gold[gi], found[si]))
    pairs += [Pair(record["id"], g, None) for gi, g in enumerate(gold) if gi not in used_g]
    pairs += [Pair(record["id"], None, s) for si, s in enumerate(found) if si not in used_s]
    return pairs


# Kinds of wrong value, in the order `value_error_kind` tests them: a part of the day (`TNI`),
# X placeholders (`1989-WXX`), a quarter (`1989-Q3`), a reference word against anything else
# (`PAST_REF`), two reference words, a duration against a point (`P1W` for `1998-W33`), two
# durations (`PT2H` for `PT3H`), a week, a clock time, else a wrong day, month or year. A duration
# is told by its shape (`P` then a number, `X` or `T`), not by its first letter: `PAST_REF` and
# `PRESENT_REF` start with P too, and `T` is in `PRESENT_REF` and in `PT2H`.
_PART_OF_DAY = re.compile(r"T(?:MO|AF|EV|NI|DT)$")
_REFERENCE = re.compile(r"^(?:PRESENT|PAST|FUTURE)_REF$")
_DURATION = re.compile(r"^P(?:[\dX]|T)")
_PADDING = re.compile(r"(?<=[WQHT-])0(?=\d)|:00$")


def value_error_kind(gold: str, system: str) -> str:
    """What kind of wrong value `system` is against `gold`, to count the remaining errors by kind
    (a report, not a score): the first kind that applies, in the order below."""
    if _PADDING.sub("", gold) == _PADDING.sub("", system):
        return "same value written differently (zero padding, T17 for T17:00)"
    if bool(_PART_OF_DAY.search(gold)) != bool(_PART_OF_DAY.search(system)):
        return "part of the day on one side only"
    if "X" in gold and "X" not in system:
        return "gold underspecified (X placeholders), system a known value"
    if "-Q" in gold or "-Q" in system:
        return "quarter"
    reference = bool(_REFERENCE.match(gold)), bool(_REFERENCE.match(system))
    if reference[0] != reference[1]:
        return "reference word (PAST_REF...) against a date or duration"
    if reference[0]:
        return "reference word against another (PAST_REF for PRESENT_REF)"
    duration = bool(_DURATION.match(gold)), bool(_DURATION.match(system))
    if duration[0] != duration[1]:
        return "duration against a point in time"
    if duration[0]:
        return "wrong duration"
    if "-W" in gold or "-W" in system:
        return "week"
    if "T" in gold or "T" in system:
        return "clock time"
    return "wrong day, month or year (direction, anchor)"


def load(bench: Path) -> list[dict] | None:
    """The TBAQ records, or None when the data is absent."""
    folder = bench / "tempeval3"
    paths = [folder / name for name in FILES]
    if not all(p.is_file() for p in paths):
        return None
    return [json.loads(line) for p in paths for line in p.open(encoding="utf-8") if line.strip()]


def score(records: list[dict]) -> tuple[dict, list[Pair]]:
    """All figures and every aligned pair."""
    pairs: list[Pair] = []
    for record in records:
        pairs += align(record, system_dates(record))
    n_gold = sum(1 for p in pairs if p.gold)
    n_sys = sum(1 for p in pairs if p.system)
    matched = [p for p in pairs if p.gold and p.system]
    strict = sum(1 for p in matched if (p.gold["start"], p.gold["end"]) == (p.system.start, p.system.end))
    typed = sum(1 for p in matched if p.gold["type"] == p.system.type)
    valued = sum(1 for p in matched if p.gold["value"] == p.system.value)
    figures = {
        "gold": n_gold,
        "system": n_sys,
        "strict": _prf(strict, n_sys, n_gold),
        "relaxed": _prf(len(matched), n_sys, n_gold),
        "type_accuracy": typed / len(matched) if matched else 0.0,
        "value": _prf(valued, n_sys, n_gold),
        "value_accuracy": valued / len(matched) if matched else 0.0,
    }
    return figures, pairs


def _prf(hits: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p = hits / n_sys if n_sys else 0.0
    r = hits / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _print_figures(label: str, n_docs: int, figures: dict) -> None:
    print(f"   {label}: {n_docs} documents, {figures['gold']} gold time expressions, {figures['system']} found")
    for name in ("strict", "relaxed"):
        p, r, f = figures[name]
        print(f"     {name:8} span P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    p, r, f = figures["value"]
    print(f"     value F1 {f:.3f} (P {p:.3f}  R {r:.3f}; value accuracy over relaxed matches "
          f"{figures['value_accuracy']:.3f});  type accuracy {figures['type_accuracy']:.3f}")


def main(bench: Path) -> None:
    """Print the TempEval-3 figures for the dates extractor on the tuning and check parts
    (evaluation/split.py); the lists of errors come from the tuning part only."""
    records = load(bench)
    if records is None:
        print(f"   skipped: no TempEval-3 data in {bench / 'tempeval3'}")
        return
    parts = split(records)
    scored = {name: score(parts[name]) for name in PARTS}
    for name in PARTS:
        _print_figures(name, len(parts[name]), scored[name][0])
    print("   targets on the check part: relaxed F1 >= 0.92, value F1 >= 0.85")
    pairs = scored[TUNING][1]
    missed = Counter(p.gold["text"].lower() for p in pairs if p.gold and not p.system)
    spurious = Counter(p.system.text.lower() for p in pairs if p.system and not p.gold)
    wrong = Counter(
        f"{p.gold['text']!r}: {p.system.value} for {p.gold['value']}"
        for p in pairs
        if p.gold and p.system and p.gold["value"] != p.system.value
    )
    kinds = Counter(
        value_error_kind(p.gold["value"], p.system.value)
        for p in pairs
        if p.gold and p.system and p.gold["value"] != p.system.value
    )
    bounds = Counter(
        f"{p.system.text!r} for {p.gold['text']!r}"
        for p in pairs
        if p.gold and p.system and (p.gold["start"], p.gold["end"]) != (p.system.start, p.system.end)
    )
    print("   tuning part, most missed: " + ", ".join(f"{t!r} ×{n}" for t, n in missed.most_common(8)))
    print("   tuning part, most spurious: " + ", ".join(f"{t!r} ×{n}" for t, n in spurious.most_common(8)))
    print("   tuning part, most wrong values: " + "; ".join(f"{t} ×{n}" for t, n in wrong.most_common(6)))
    print("   tuning part, wrong values by kind: " + "; ".join(f"{k} ×{n}" for k, n in kinds.most_common()))
    print("   tuning part, most wrong spans: " + "; ".join(f"{t} ×{n}" for t, n in bounds.most_common(6)))
