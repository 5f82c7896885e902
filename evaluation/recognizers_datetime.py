"""Recognizers-Text `DateTimeModel` cases (English, with their reference time): report only.

For each expected result, the dates extractor must find an overlapping expression whose value
agrees with the expected TIMEX: the same `timex` string, or one of the resolved values
(Recognizers lists both readings of an ambiguous "Friday"; ours must be one of them). Times are
compared after writing both sides as `YYYY-MM-DDTHH:MM` or `THH:MM`. Ranges ("from 4-23 in next
month") have no single TIMEX3 value here, so they count as found only when a value matches one
of their ends. The cases are chat-style requests, not news, so the figure is a stress test.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path

import regex

from newsdiff.extract.dates.extractor import extract
from newsdiff.model import Source
from newsdiff.options import Options
from newsdiff.text.document import document_for

FILE = Path("recognizers-text") / "recognizers_text_en_dev.jsonl"
_TIME_ONLY = regex.compile(r"^T(\d\d)(?::(\d\d))?(?::\d\d)?$")


def _norm(value: str) -> str:
    """Both sides' spellings of one instant, comparable: `2016-11-07T21:00`, `T21:00`."""
    v = value.strip().replace(" ", "T")
    m = regex.match(r"^(\d{4}-\d\d-\d\d)?T?(\d\d):(\d\d)(?::\d\d)?$", v)
    if m and (m.group(1) or value.startswith("T") or ":" in value):
        return f"{m.group(1) or ''}T{m.group(2)}:{m.group(3)}"
    m = _TIME_ONLY.match(v)
    if m:
        return f"T{m.group(1)}:{m.group(2) or '00'}"
    return v


def _accepted(result: dict) -> set[str]:
    out = set()
    for res in (result.get("resolution") or {}).get("values", []) or []:
        for key in ("timex", "value", "start", "end"):
            if res.get(key):
                out.add(_norm(str(res[key])))
    return out


def _matches(value: str, accepted: set[str]) -> bool:
    v = _norm(value)
    if v in accepted:
        return True
    # A resolved clock time we placed on the anchor day agrees with a bare expected time.
    return "T" in v and v[v.index("T") :] in accepted


def main(bench: Path) -> None:
    """Print the share of DateTimeModel results found with an agreeing value."""
    path = bench / FILE
    if not path.is_file():
        print(f"   skipped: no Recognizers-Text data at {path}")
        return
    cases = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    cases = [c for c in cases if c["spec_file"] == "DateTimeModel.json"]
    expected = found = right = 0
    by_type: Counter = Counter()
    by_type_right: Counter = Counter()
    for case in cases:
        ref = case.get("reference_datetime")
        options = Options(reference_date=dt.date.fromisoformat(ref[:10]) if ref else None)
        doc = document_for(Source(id=case["id"], path=case["id"], text=case["input"]))
        facts = list(extract(doc, options))
        for result in case["results"]:
            if not result.get("type"):
                continue
            expected += 1
            kind = result["type"].split(".")[-1]
            by_type[kind] += 1
            overlapping = [f for f in facts if f.start < result["end"] and result["start"] < f.end]
            if overlapping:
                found += 1
            if any(_matches(f.value or "", _accepted(result)) for f in overlapping):
                right += 1
                by_type_right[kind] += 1
    print(f"   {len(cases)} DateTimeModel cases, {expected} expected results")
    print(f"   found (overlapping span) {found / expected:.3f}; found with the right value {right / expected:.3f}")
    print("   right value by type: " + ", ".join(
        f"{k} {by_type_right[k]}/{n}" for k, n in by_type.most_common()))
