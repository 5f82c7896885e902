"""Story grouping on the benchmark folders: one event's articles kept together, two events' apart.

A grouping that put every folder in one story would never split an incident, so the split counts of
the GVC and conflicts scorers alone reward joining everything. This module gives the other side:
the articles of two different events (two GVC incidents, or the two ECB+ clusters of one topic: two
events of one kind, two quakes, two shootings) are read as one folder and grouped, and the
grouping is scored pairwise against the events:

- `apart`: mixed folders where no story holds articles of both events;
- `together`: mixed folders where each event's articles are in one story;
- pair precision and recall over all article pairs of the mixed folders;
- `stray`: one event's folder with one article of the other event added (each way round): how
  often that stray article is a story of its own, as a reader adding an unrelated article
  expects (a folder is presumed one story, so a lone article joins it on little evidence).

Extraction goes through `evaluation.folders` (memoised), and the grouping is `stories.group`, the
function `compare` uses, so a mixed folder costs the cross-source steps only.
"""

from __future__ import annotations

from itertools import combinations
from pathlib import Path
from typing import Iterable, Sequence

from evaluation import folders
from newsdiff import pipeline
from newsdiff.compare import stories
from newsdiff.io import ingest
from newsdiff.options import Options


def grouping(paths: Sequence[Path]) -> dict[str, str]:
    """The story of each source (by its file's path) when the folders `paths` are read as one folder."""
    sources, _, _ = ingest.read([str(p) for p in paths])
    pipeline.extract_source = folders._memo_extract
    try:
        result = pipeline.run(sources, Options(), with_claims=False)
    finally:
        pipeline.extract_source = folders._plain_extract
    story = stories.group(result.sources, result.facts, result.people)
    return {source.path: story[source.id] for source in result.sources}


def _event_of(source_path: str, paths: Sequence[Path]) -> int:
    resolved = Path(source_path).resolve()
    for index, path in enumerate(paths):
        if path.resolve() in resolved.parents:
            return index
    raise ValueError(f"{source_path} is in none of {paths}")


def mixed_line(pairs: Iterable[tuple[Path, Path]]) -> str:
    """Group each pair of folders as one and score it (see the module docstring): one line."""
    n = apart = together = tp = fp = fn = 0
    for pair in pairs:
        story = grouping(pair)
        event = {sid: _event_of(sid, pair) for sid in story}
        n += 1
        crossing = {story[s] for s in story if event[s] == 0} & {story[s] for s in story if event[s] == 1}
        apart += not crossing
        together += all(len({story[s] for s in story if event[s] == e}) == 1 for e in (0, 1))
        for a, b in combinations(sorted(story), 2):
            same_event, same_story = event[a] == event[b], story[a] == story[b]
            tp += same_event and same_story
            fp += same_story and not same_event
            fn += same_event and not same_story
    return (f"mixed two events: apart={_ratio(apart, n)} together={_ratio(together, n)} "
            f"pair_precision={_share(tp, tp + fp)} pair_recall={_share(tp, tp + fn)}")


def stray_line(pairs: Iterable[tuple[Path, Path]]) -> str:
    """Each folder of each pair with the first article (by name) of the other folder added: the
    share of such strays that `stories.group` keeps out of the folder's stories."""
    n = kept = 0
    for pair in pairs:
        for home, other in (pair, pair[::-1]):
            stray = min(p for p in other.iterdir() if p.is_file())
            story = grouping([home, stray])
            own = {s for path, s in story.items() if Path(path).resolve() == stray.resolve()}
            rest = {s for path, s in story.items() if Path(path).resolve() != stray.resolve()}
            n += 1
            kept += not own & rest
    return f"stray article of another event kept apart={_ratio(kept, n)}"


def _ratio(done: int, whole: int) -> str:
    return f"{done / whole:.2f} ({done}/{whole})" if whole else "n/a"


def _share(n: int, d: int) -> str:
    return f"{n / d:.2f}" if d else "n/a"
