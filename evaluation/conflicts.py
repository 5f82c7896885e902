"""The injected-conflict benchmark (`../shared/tools/conflicts/`): real ECB+ clusters with one
number, date or quote speaker changed in one article. Does `compare` report exactly that conflict,
and stay quiet on the untouched articles? Prints the tool's own last line.

The sets are generated once by the tool's `inject.py` into `.cache/eval/conflicts/` (66 clusters,
about 324 edits) and scored by the tool's `score.py`, with `compare` run in-process
(`evaluation/folders.py`).
"""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

from evaluation.folders import CACHE, build_sets, tool_module


def main(bench: Path) -> None:
    """Build the sets if needed, score them, print the summary lines."""
    tools = bench.parent / "tools" / "conflicts"
    docs = bench / "ecbplus" / "ecbplus_docs.jsonl"
    if not (tools / "score.py").is_file() or not docs.is_file():
        print("conflicts: skipped, no ../shared/tools/conflicts or ECB+ data")
        return
    out = CACHE / "conflicts"
    args = [str(out), "--docs", str(docs), "--clusters", str(bench / "ecbplus" / "ecbplus_clusters.jsonl")]
    if not build_sets(tools / "inject.py", out, args):
        return
    score = tool_module(tools / "score.py", "conflicts_score")
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        score.main([".venv/bin/newsdiff", str(out), "--jobs", "1", "--report", str(CACHE / "conflicts_report.json")])
    for line in printed.getvalue().splitlines():
        if line.startswith(("recall by kind", "spurious", "conflict claims per", "conflicts:")):
            print("   " + line)
