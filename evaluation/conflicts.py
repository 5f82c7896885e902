"""The injected-conflict benchmark (`../shared/tools/conflicts/`): real ECB+ clusters with one
number, date or quote speaker changed in one article. Does `compare` report exactly that conflict,
and stay quiet on the untouched articles? Prints the tool's own last line.

The sets are generated once by the tool's `inject.py` into `.cache/eval/conflicts/` (66 clusters,
about 324 edits) and scored by the tool's `score.py`, with `compare` run in-process
(`evaluation/folders.py`).

Per part it also prints how many untouched clusters (one event each) `compare` split into several
stories, and the mixed-events and stray-article figures (`evaluation/apart.py`): the two
clusters of one topic (two events of one kind) read as one folder must stay two stories.
"""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

from evaluation import apart, folders
from evaluation.folders import CACHE, build_sets, tool_module
from evaluation.split import PARTS, part_of_cluster

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
    with contextlib.redirect_stdout(printed):
        score.main([".venv/bin/newsdiff", str(out), "--jobs", "1", "--report", str(CACHE / "conflicts_report.json")])
    for line in printed.getvalue().splitlines():
        if line.startswith(("recall by kind", "spurious", "conflict claims per", "conflicts:")):
            print("   " + line)
    report = json.loads((CACHE / "conflicts_report.json").read_text(encoding="utf-8"))
    for part in PARTS:
        print("   " + part_line(report, part))
        print(f"   {part}: " + split_line(out, part))
        pairs = topic_pairs(out, part)
        print(f"   {part}: " + apart.mixed_line(pairs) + "; " + apart.stray_line(pairs))


def split_line(out: Path, part: str) -> str:
    """Untouched clusters of one part that `compare` split into several stories (one event each,
    so each split is a loss)."""
    counts = [n for folder, n in sorted(folders.stories_in.items())
              if Path(folder).name == "control" and Path(folder).parent.parent == out
              and part_of_cluster(Path(folder).parent.name) == part]
    return f"split clusters={sum(1 for n in counts if n > 1)} of {len(counts)}"


def topic_pairs(out: Path, part: str) -> list[tuple[Path, Path]]:
    """The untouched folders of the two clusters of each topic ("10_ecb", "10_ecbplus"): two events
    of one kind, which must stay two stories when read as one folder."""
    by_topic: dict[str, list[Path]] = {}
    for folder in sorted(out.iterdir()):
        if (folder / "control").is_dir() and part_of_cluster(folder.name) == part:
            by_topic.setdefault(folder.name.split("_")[0], []).append(folder / "control")
    return [(found[0], found[1]) for _, found in sorted(by_topic.items()) if len(found) == 2]


def part_line(report: dict, part: str) -> str:
    """The tool's figures over the clusters of one part (`evaluation/split.part_of_cluster`): errors
    are read in the tuning part only."""
    results = [r for r in report["results"] if part_of_cluster(r["id"].split("/")[0]) == part]
    controls = [n for folder, n in report["control_conflicts"].items() if part_of_cluster(folder.split("/")[0]) == part]
    clean = sum(r["clean"] for r in results)
    kinds = []
    for kind in KINDS:
        of_kind = [r for r in results if r["kind"] == kind]
        kinds.append(f"{kind}={_ratio(sum(r['clean'] for r in of_kind), len(of_kind))}")
    spurious = sum(len(r["spurious"]) for r in results)
    noise = sum(controls) / len(controls) if controls else 0.0
    return (f"{part}: recall={_ratio(clean, len(results))} {' '.join(kinds)} spurious={spurious} "
            f"control_conflicts_per_cluster={noise:.2f} ({len(controls)} clusters)")


def _ratio(done: int, whole: int) -> str:
    return f"{done / whole:.2f} ({done}/{whole})" if whole else "n/a"
