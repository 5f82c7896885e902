"""The GVC sets (`../shared/tools/gvc/`): real shootings reported by three to six outlets, with gold
counts of people killed and injured. Does one claim hold every outlet's count, and is a changed
count flagged? Prints the tool's own last line.

The sets are generated once by the tool's `make_sets.py` into `.cache/eval/gvc/` (60 incidents) and
scored by the tool's `score.py`, with `compare` run in-process (`evaluation/folders.py`).
"""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

from evaluation.folders import CACHE, build_sets, tool_module


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
