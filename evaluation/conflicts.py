"""The injected-conflict benchmark (`../shared/tools/conflicts/`): real ECB+ clusters with one
number, date or quote speaker changed in one article. Does `compare` report exactly that conflict,
and stay quiet on the untouched articles? Prints the tool's own last line.

The sets are generated once by the tool's `inject.py` into `.cache/eval/conflicts/` (66 clusters,
about 324 edits) and scored by the tool's `score.py`, with `compare` run in-process
(`evaluation/folders.py`).

Below the tool's lines, the same figures for the tuning and check parts (`evaluation/split.py`,
hashed by cluster id, read back from the per-edit report): errors are read only in the tuning part.
"""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

from evaluation.folders import CACHE, build_sets, tool_module
from evaluation.split import PARTS, part_of

KINDS = ("number", "date", "quote")


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
    report = CACHE / "conflicts_report.json"
    with contextlib.redirect_stdout(printed):
        score.main([".venv/bin/newsdiff", str(out), "--jobs", "1", "--report", str(report)])
    for line in printed.getvalue().splitlines():
        if line.startswith(("recall by kind", "spurious", "conflict claims per", "conflicts:")):
            print("   " + line)
    for line in part_lines(json.loads(report.read_text(encoding="utf-8"))):
        print("   " + line)


def part_lines(report: dict) -> list[str]:
    """The scorer's figures (recall overall and per kind, spurious, conflicts per control cluster)
    for the tuning and check parts, from its per-edit report; clusters are split by their id."""
    lines = []
    for part in PARTS:
        results = [r for r in report["results"] if part_of(r["id"].split("/")[0]) == part]
        controls = [n for c, n in report["control_conflicts"].items() if part_of(c.split("/")[0]) == part]
        figures = [f"recall={_ratio(results)}"]
        figures += [f"{k}={_ratio([r for r in results if r['kind'] == k])}" for k in KINDS]
        figures.append(f"spurious={sum(len(r['spurious']) for r in results)}")
        mean = sum(controls) / len(controls) if controls else 0.0
        figures.append(f"control_conflicts_per_cluster={mean:.2f} ({len(controls)} clusters)")
        lines.append(f"{part}: " + " ".join(figures))
    return lines


def _ratio(results: list[dict]) -> str:
    clean = sum(1 for r in results if r["clean"])
    return f"{clean / len(results):.2f} ({clean}/{len(results)})" if results else "n/a"
