"""quantulum3's English test sentences: share of quantities found with the right value.

A quantity is found when a number newsdiff reads from the sentence overlaps its surface and has
its value (relative tolerance 1e-6). quantulum gives a range as its midpoint with an
uncertainty; a newsdiff range (value None, both ends set) is compared by its midpoint. Two
figures are printed: over every quantity, and over the quantities newsdiff reads by design;
durations ("three days": the dates extractor reads those) and bare years ("in 1979") are not
counts in newsdiff (docs/numbers.md), so they are listed apart.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from evaluation.records import read_jsonl
from evaluation.split import PARTS, split
from newsdiff.extract.numbers.extractor import find

FILE = Path("quantulum3") / "quantulum3_en.jsonl"
# quantulum's unit names for time: quantities in these units are durations in newsdiff.
TIME_UNIT_NAMES = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade",
                             "century", "gigayear", "megayear"})
SHOW_MISSES = 8


def load(bench: Path) -> Optional[list[dict]]:
    """The sentences with their quantities, or None when the file is absent."""
    return read_jsonl(bench / FILE)


def by_design(quantity: dict) -> bool:
    """True for quantities newsdiff leaves out on purpose: durations and bare years."""
    if quantity.get("unit") in TIME_UNIT_NAMES:
        return True
    surface = quantity["surface"].strip()
    return surface.isdigit() and len(surface) == 4 and 1000 <= float(quantity["value"]) <= 2100


def reading_value(reading) -> Optional[float]:
    """A reading's single value: the value, or the midpoint of a two-sided range."""
    if reading.value is not None:
        return reading.value
    if reading.low is not None and reading.high is not None:
        return (reading.low + reading.high) / 2
    return None


def score(records: list[dict]) -> dict:
    """Counts over all quantities and over those newsdiff reads by design, with misses."""
    figures = {"all": 0, "found": 0, "design": 0, "design_found": 0, "extra": 0, "misses": []}
    for record in records:
        readings = [r for r, _, _ in find(record["text"])]
        used = set()
        for quantity in record["quantities"]:
            overlapping = [
                (k, r) for k, r in enumerate(readings)
                if r.start_char < quantity["end"] and quantity["start"] < r.end_char
            ]
            used.update(k for k, _ in overlapping)
            want = float(quantity["value"])
            ok = any(
                (v := reading_value(r)) is not None and abs(v - want) <= 1e-6 * max(1.0, abs(v), abs(want))
                for _, r in overlapping
            )
            figures["all"] += 1
            figures["found"] += ok
            if not by_design(quantity):
                figures["design"] += 1
                figures["design_found"] += ok
                if not ok and len(figures["misses"]) < SHOW_MISSES:
                    got = ", ".join(f"{r.value}/[{r.low}, {r.high}]" for _, r in overlapping) or "nothing"
                    figures["misses"].append(f"{quantity['surface']!r} = {want} in {record['text'][:50]!r}: got {got}")
        figures["extra"] += len(readings) - len(used)
    return figures


def main(bench: Path) -> None:
    """Print the share of quantities found with the right value on the tuning and check parts
    (evaluation/split.py); misses are listed from the tuning part only."""
    records = load(bench)
    if records is None:
        print(f"   skipped: no quantulum3 data at {bench / FILE}")
        return
    parts = split(records)
    tuning = None
    for name in PARTS:
        f = score(parts[name])
        tuning = tuning or f
        print(f"   {name}: {len(parts[name])} sentences, {f['all']} quantities")
        print(f"     all quantities          {f['found']:4}/{f['all']:<4} = {f['found'] / max(1, f['all']):.3f}")
        print(f"     excluding durations and bare years (not counts by design) "
              f"{f['design_found']:4}/{f['design']:<4} = {f['design_found'] / max(1, f['design']):.3f}")
        print(f"     extra readings (overlapping no quantity): {f['extra']}")
    for miss in tuning["misses"]:
        print(f"   tuning miss: {miss}")
