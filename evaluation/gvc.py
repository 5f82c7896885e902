"""The GVC sets (`../shared/tools/gvc/`): real shootings reported by three to six outlets, with gold
counts of people killed and injured. Does one claim hold every outlet's count, and is a changed
count flagged? Prints the tool's own last line.

The sets are generated once by the tool's `make_sets.py` into `.cache/eval/gvc/` (60 incidents) and
scored by the tool's `score.py`, with `compare` run in-process (`evaluation/folders.py`).

Below the tool's line, the main figures for the tuning and check parts (`evaluation/split.py`,
hashed by incident id, read back from the per-incident report): errors are read only in tuning.
Then, per part, the mixed-events and stray-article figures (`evaluation/apart.py`): two
incidents' articles read as one folder must stay two stories, the counterweight to the split
count (joining everything would split nothing).
"""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

from evaluation import apart
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
    report = CACHE / "gvc_report.json"
    with contextlib.redirect_stdout(printed):
        score.main([".venv/bin/newsdiff", str(out), "--jobs", "1", "-v", "--report", str(report)])
    (CACHE / "gvc_incidents.txt").write_text(printed.getvalue(), encoding="utf-8")
    print("   " + printed.getvalue().strip().splitlines()[-1])
    for line in part_lines(json.loads(report.read_text(encoding="utf-8"))):
        print("   " + line)
    for part in PARTS:
        pairs = incident_pairs(out, part)
        print(f"   {part}: " + apart.mixed_line(pairs) + "; " + apart.stray_line(pairs))
    print(f"   (per incident: {CACHE / 'gvc_incidents.txt'})")


def part_lines(report: dict) -> list[str]:
    """Linked counts, edit recall, conflicts per untouched incident and split incidents for the
    tuning and check parts, from the scorer's per-incident report."""
    lines = []
    for part in PARTS:
        rows = [r for r in report["incidents"] if part_of(str(r["incident"])) == part]
        figures = []
        for field in ("killed", "injured"):
            scored = [r for r in rows if r[field]["scored"]]
            linked = sum(1 for r in scored if r[field]["linked"])
            figures.append(f"{field}_linked={_share(linked, len(scored))} ({linked}/{len(scored)})")
        hit = sum(1 for r in rows if r["edit_hit"])
        figures.append(f"edit_recall={_share(hit, len(rows))} ({hit}/{len(rows)})")
        conflicts = sum(r["control_conflicts"] for r in rows)
        figures.append(f"control_conflicts={conflicts / len(rows) if rows else 0.0:.2f}")
        figures.append(f"split={sum(1 for r in rows if r['stories'] > 1)} of {len(rows)}")
        lines.append(f"{part}: " + " ".join(figures))
    return lines


def _share(n: int, d: int) -> str:
    return f"{n / d:.2f}" if d else "n/a"


def incident_pairs(out: Path, part: str) -> list[tuple[Path, Path]]:
    """Untouched folders of two different incidents of one part, paired in the order of their ids
    (first with second, third with fourth, ...): two shootings, which must stay two stories when
    read as one folder."""
    ids = sorted(p.name for p in out.iterdir() if (p / "control").is_dir() and part_of(p.name) == part)
    return [(out / a / "control", out / b / "control") for a, b in zip(ids[::2], ids[1::2], strict=False)]
