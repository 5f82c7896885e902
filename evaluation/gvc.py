"""The GVC sets (`../shared/tools/gvc/`): real shootings reported by three to six outlets, with gold
counts of people killed and injured. Does one claim hold every outlet's count, and is a changed
count flagged? Prints the tool's own last line.

The sets are generated once by the tool's `make_sets.py` into `.cache/eval/gvc/` (60 incidents) and
scored by the tool's `score.py`, with `compare` run in-process (`evaluation/folders.py`).
"""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

from evaluation.folders import CACHE, build_sets, tool_module
from evaluation.split import PARTS, part_of


def main(bench: Path) -> None:
    """Build the sets if needed, score them, print the summary line."""
    tools = bench.parent / "tools" / "gvc"
    if not (tools / "score.py").is_file() or not (bench / "gvc").is_dir():
        print("gvc: skipped, no ../shared/tools/gvc or GVC data")
        return
    out = CACHE / "gvc"
    if not build_sets(tools / "make_sets.py", out, ["--src", str(bench / "gvc"), "--out", str(out)]):
        return
    score = tool_module(tools / "score.py", "gvc_score")
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        score.main([".venv/bin/newsdiff", str(out), "--jobs", "1", "-v", "--report", str(CACHE / "gvc_report.json")])
    (CACHE / "gvc_incidents.txt").write_text(printed.getvalue(), encoding="utf-8")
    print("   " + printed.getvalue().strip().splitlines()[-1])
    print(f"   (per incident: {CACHE / 'gvc_incidents.txt'})")
    report = json.loads((CACHE / "gvc_report.json").read_text(encoding="utf-8"))
    for part in PARTS:
        print("   " + part_line(report["incidents"], part))


def part_line(incidents: list[dict], part: str) -> str:
    """The main figures over the incidents of one part (hashed by incident id): errors are read in
    the tuning part only."""
    rows = [r for r in incidents if part_of("incident:" + r["incident"]) == part]
    figures = []
    for field in ("killed", "injured"):
        scored = [r for r in rows if r[field]["scored"]]
        figures.append(f"{field}_linked={_ratio(sum(r[field]['linked'] for r in scored), len(scored))}")
    figures.append(f"edit_recall={_ratio(sum(r['edit_hit'] for r in rows), len(rows))}")
    noise = sum(r["control_conflicts"] for r in rows) / len(rows) if rows else 0.0
    figures.append(f"control_conflicts={noise:.2f}")
    figures.append(f"split={sum(r['stories'] > 1 for r in rows)}")
    return f"{part} ({len(rows)} incidents): " + " ".join(figures)


def _ratio(done: int, whole: int) -> str:
    return f"{done / whole:.2f} ({done}/{whole})" if whole else "n/a"
