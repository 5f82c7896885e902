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

The grouping figures alone (`python -m evaluation.apart --grouping`): for the GVC and ECB+ sets
already generated under `.cache/eval/` by the gvc and conflicts scorers, per part, the one-event
folders split into several stories (`split_line`, named in the tuning part only) and the two
lines above, without building any claim: about a minute and a half, against several for the two
scorers, for a loop over grouping rules.

At scale (`python -m evaluation.apart --bench ../shared/bench --size 1000`): the `make bench`
corpus (`evaluation.bench.corpus`: distinct ECB+, PolNeAR and sample articles, then edited
replicas) grouped as one archive: the number of stories, the largest ones and what they hold, the
stories mixing collections (an ECB+ event with PolNeAR campaign pieces), and the pair precision
and recall of the ECB+ articles against their clusters. Grouping thresholds that drift with the
number of sources show here as one story swallowing hundreds of unrelated articles.
"""

from __future__ import annotations

import argparse
import re
import tempfile
from collections import Counter
from itertools import combinations
from pathlib import Path
from typing import Iterable, Sequence

from evaluation import folders
from newsdiff import pipeline
from newsdiff.compare import stories
from newsdiff.io import ingest
from newsdiff.model import Result
from newsdiff.options import Options


def grouping(paths: Sequence[Path]) -> dict[str, str]:
    """The story of each source (by its file's path) when the folders `paths` are read as one folder."""
    result, story = _stories([str(p) for p in paths])
    return {source.path: story[source.id] for source in result.sources}


def _stories(paths: Sequence[str]) -> tuple[Result, dict[str, str]]:
    """The sources of `paths` read and extracted (through the scorers' memo of extractions), with
    the story of each source id."""
    sources, _, _ = ingest.read(list(paths))
    pipeline.extract_source = folders._memo_extract
    try:
        result = pipeline.run(sources, Options(), with_claims=False)
    finally:
        pipeline.extract_source = folders._plain_extract
    return result, stories.group(result.sources, result.facts, result.people)


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


def split_line(folders: Sequence[Path], named: bool = True) -> str:
    """One-event folders that `stories.group` splits into several stories, with the names of their
    parents (the incident or cluster) when `named` (the tuning part: check errors are not read)."""
    split = [folder for folder in folders if len(set(grouping([folder]).values())) > 1]
    total = len(folders)
    names = " ".join(sorted(folder.parent.name for folder in split)) if named else ""
    return f"one event split into several stories={len(split)} of {total}" + (f" ({names})" if names else "")


def grouping_lines(cache: Path) -> list[str]:
    """The split, mixed-events and stray-article lines per part for the GVC and ECB+ sets found
    under `cache` (`.cache/eval/`), where the gvc and conflicts scorers generate them."""
    from evaluation.conflicts import topic_pairs
    from evaluation.gvc import incident_pairs
    from evaluation.split import PARTS, TUNING, part_of, part_of_cluster

    lines = []
    for name, part_of_folder, pairs_of in (("gvc", part_of, incident_pairs), ("conflicts", part_of_cluster, topic_pairs)):
        out = cache / name
        if not out.is_dir():
            lines.append(f"{name}: no sets under {out} (run its scorer once)")
            continue
        for part in PARTS:
            controls = [f / "control" for f in sorted(out.iterdir())
                        if (f / "control").is_dir() and part_of_folder(f.name) == part]
            pairs = pairs_of(out, part)
            lines.append(f"{name} {part}: {split_line(controls, named=part == TUNING)}; "
                         f"{mixed_line(pairs)}; {stray_line(pairs)}")
    return lines


def _ratio(done: int, whole: int) -> str:
    return f"{done / whole:.2f} ({done}/{whole})" if whole else "n/a"


def _share(n: int, d: int) -> str:
    return f"{n / d:.2f}" if d else "n/a"


def _cluster(record_id: str) -> str:
    """The ECB+ cluster of a bench record id ("ecb-10_4ecbplus" -> "10ecbplus"), "" for others."""
    found = re.match(r"^ecb-(\d+)_\d+(ecb(?:plus)?)", record_id)
    return found.group(1) + found.group(2) if found else ""


def scale_line(bench: Path, size: int) -> str:
    """Group the `size`-article bench corpus as one archive and describe its stories (see the
    module docstring)."""
    from evaluation.bench import corpus, distinct_articles, write_shard

    records = corpus(distinct_articles(bench), size)
    with tempfile.TemporaryDirectory() as work:
        shard = Path(work) / "corpus.jsonl"
        write_shard(records, shard)
        _, story = _stories([str(shard)])
    sizes = Counter(story.values())
    collections = {sid: sid.split("-")[0] for sid in story}
    mixing = sum(1 for s in sizes if len({collections[sid] for sid in story if story[sid] == s}) > 1)
    cluster = {sid: _cluster(sid) for sid in story if sid.startswith("ecb-")}
    tp = fp = fn = 0
    for a, b in combinations(sorted(cluster), 2):
        same_cluster, same_story = cluster[a] == cluster[b], story[a] == story[b]
        tp += same_cluster and same_story
        fp += same_story and not same_cluster
        fn += same_cluster and not same_story
    largest = ", ".join(f"{n} ({dict(Counter(collections[sid] for sid in story if story[sid] == s))})"
                        for s, n in sizes.most_common(3))
    return (f"{size} articles: stories={len(sizes)} single-article={sum(1 for n in sizes.values() if n == 1)} "
            f"largest={largest} mixing_collections={mixing} ecb_pair_precision={_share(tp, tp + fp)} "
            f"ecb_pair_recall={_share(tp, tp + fn)}")


def main(argv=None) -> int:
    """`python -m evaluation.apart --bench DIR --size N`: the scale line; `--grouping`: the
    grouping lines of the GVC and ECB+ sets (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=Path("../shared/bench"))
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--grouping", action="store_true", help="grouping figures of the cached GVC and ECB+ sets")
    args = parser.parse_args(argv)
    if args.grouping:
        from evaluation.folders import CACHE

        for line in grouping_lines(CACHE):
            print(line, flush=True)
        return 0
    print(scale_line(args.bench, args.size))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
