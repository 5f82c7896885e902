"""Recognizers-Text number cases: share of expected results found with the right value or interval.

Scores the four default-mode English models that are about numbers: `NumberModel` (value),
`NumberRangeModel` (interval), `PercentModel` (value, unit percent) and `CurrencyModel` (value,
any currency). An expected result is found when a number newsdiff reads from the case's input
overlaps its span and carries its value (relative tolerance 1e-6) or, for ranges, both its ends.
Open and closed ends are not compared: newsdiff's intervals keep strictness in the qualifier
(docs/numbers.md). Numbers newsdiff reads that overlap no expected result are counted as extra.
Each input is read as one sentence with `numbers.find`.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Optional

import regex

from evaluation.records import read_jsonl
from evaluation.split import PARTS, split
from newsdiff.extract.numbers.extractor import find

# Notation that English-language news prose does not use (see news_like).
_NOT_NEWS = regex.compile(r"\^|\d\s*[eE][+-]?\d|\d\s*x\s*10\b|\d\.\d{3},\d|\d,\d{2}\b(?!,?\d)")
FILE = Path("recognizers-text") / "recognizers_text_en_dev.jsonl"
MODELS = ("NumberModel", "NumberRangeModel", "PercentModel", "CurrencyModel")
TARGET = 0.85
SHOW_MISSES = 4


def load(bench: Path) -> Optional[list[dict]]:
    """The default-mode number cases, or None when the file is absent."""
    records = read_jsonl(bench / FILE)
    if records is None:
        return None
    return [r for r in records if r["spec_file"].removesuffix(".json") in MODELS]


def close(a: Optional[float], b: Optional[float]) -> bool:
    """Equal within a relative tolerance of 1e-6 (both None counts as equal)."""
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def parse_interval(text: str) -> tuple[Optional[float], Optional[float]]:
    """ "(20,35]" -> (20, 35); an empty end is unbounded (None)."""
    inner = text.strip()[1:-1]
    low, high = inner.split(",")
    return (float(low) if low.strip() else None, float(high) if high.strip() else None)


def expected_value(model: str, result: dict):
    """What a result commits to: a number, an interval, or None when it has no value."""
    raw = result["resolution"].get("value")
    if raw is None:
        return None
    if model == "NumberRangeModel":
        return parse_interval(raw)
    if model == "PercentModel":
        return float(raw.rstrip("%"))
    return float(raw)


def matches(model: str, expected, reading) -> bool:
    """True when a reading carries the expected value or interval."""
    if expected is None:
        return False
    if model == "NumberRangeModel":
        return close(reading.low, expected[0]) and close(reading.high, expected[1])
    if model == "PercentModel" and reading.unit != "percent":
        return False
    if model == "CurrencyModel" and reading.unit is None:
        return False
    return reading.value is not None and close(reading.value, expected)


def news_like(record: dict) -> bool:
    """True for a case written the way English-language news writes numbers.

    Left out: scientific and exponent notation (`1.3x10^6`, `-127.32e13`, `2.5^-1`), which news
    prose spells out; phone numbers; continental decimal commas (`1.111,11`), which English
    news does not use; and fractions whose denominator is an ordinal above "tenth" written in
    words (`three twenty-firsts`, `one hundred thirty-fifths`), which only the spec writes.
    Everything else counts: digits with grouping, decimals, number words, simple fractions,
    multipliers (`2.33 k`, `10 bln`, `1 crore`), negatives and ranges.
    """
    text = " ".join(r["text"] for r in record["results"])
    if _NOT_NEWS.search(text) or "phone" in record["input"].lower():
        return False
    return True


def score(records: list[dict]) -> dict:
    """Per model: expected, found, extra, and a few misses to read."""
    table: dict = defaultdict(lambda: {"expected": 0, "found": 0, "extra": 0, "misses": []})
    for record in records:
        model = record["spec_file"].removesuffix(".json")
        row = table[model]
        readings = [r for r, _, _ in find(record["input"])]
        used = set()
        for result in record["results"]:
            row["expected"] += 1
            want = expected_value(model, result)
            overlapping = [
                (k, r) for k, r in enumerate(readings)
                if r.start_char < result["end"] and result["start"] < r.end_char
            ]
            used.update(k for k, _ in overlapping)
            if any(matches(model, want, r) for _, r in overlapping):
                row["found"] += 1
            elif len(row["misses"]) < SHOW_MISSES:
                got = ", ".join(f"{r.value}/[{r.low}, {r.high}]" for _, r in overlapping) or "nothing"
                row["misses"].append(f"{record['input'][:60]!r}: want {result['text']!r} = {want}, got {got}")
        row["extra"] += len(readings) - len(used)
    return table


def _print_table(label: str, table: dict) -> None:
    total_expected = total_found = 0
    print(f"   {label}")
    for model in MODELS:
        row = table[model]
        total_expected += row["expected"]
        total_found += row["found"]
        share = row["found"] / row["expected"] if row["expected"] else 0.0
        print(f"     {model:17} {row['found']:4}/{row['expected']:<4} = {share:.3f}   extra readings {row['extra']}")
    overall = total_found / total_expected if total_expected else 0.0
    print(f"     {'overall':17} {total_found:4}/{total_expected:<4} = {overall:.3f}")


def main(bench: Path) -> None:
    """Print the share found per model on the tuning and check parts (evaluation/split.py), over
    all cases and over the news-like ones; misses are listed from the tuning part only."""
    records = load(bench)
    if records is None:
        print(f"   skipped: no Recognizers-Text data at {bench / FILE}")
        return
    parts = split(records)
    tables = {}
    for name in PARTS:
        tables[name] = score([r for r in parts[name] if news_like(r)])
        _print_table(f"{name}: {len(parts[name])} cases, news-like ones", tables[name])
    for name in PARTS:
        _print_table(f"{name}: all cases (with exponent notation, phone numbers, decimal commas)",
                     score(parts[name]))
    print(f"   target on the check part's news-like cases: NumberModel >= 0.80, overall >= {TARGET}")
    for model in MODELS:
        for miss in tables["tuning"][model]["misses"]:
            print(f"   tuning miss {model}: {miss}")
