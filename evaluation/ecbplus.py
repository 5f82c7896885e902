"""ECB+ (real articles about one event from several outlets): what `compare` reports on them.

ECB+ has no gold claims, so this scorer prints for a human to read: for the first five clusters
(by topic, then cluster id) with at least three articles, the number of claims by status and every
conflict with its label and values. It also checks story grouping, which ECB+ does label: the
articles of a topic's two clusters (two distinct events on one subject) are pooled and grouped,
and pairwise precision and recall against the clusters are printed, per topic for the first five
topics and pooled over them, then pooled over every topic with two clusters (a guard against
tuning the grouping to five topics).
"""

from __future__ import annotations

import json
from collections import Counter
from itertools import combinations
from pathlib import Path

from newsdiff import pipeline
from newsdiff.compare import stories
from newsdiff.model import Source
from newsdiff.options import Options

CLUSTERS = 5
MIN_DOCS = 3
GROUPING_TOPICS = 5


def _load(bench: Path):
    folder = bench / "ecbplus"
    docs_path, clusters_path = folder / "ecbplus_docs.jsonl", folder / "ecbplus_clusters.jsonl"
    if not docs_path.is_file() or not clusters_path.is_file():
        return None, None
    docs = {}
    with docs_path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            docs[record["id"]] = record
    with clusters_path.open(encoding="utf-8") as handle:
        clusters = [json.loads(line) for line in handle]
    clusters.sort(key=lambda c: (int(c["topic"]) if str(c["topic"]).isdigit() else 0, c["cluster_id"]))
    return docs, clusters


def _sources(docs: dict, ids) -> list[Source]:
    return [Source(doc_id, f"ecbplus/{doc_id}", docs[doc_id]["text"]) for doc_id in ids if doc_id in docs]


def _value(v) -> str:
    shown = v.display if v.display is not None else str(v.value)
    return f"{v.source} {v.claimant + ': ' if v.claimant else ''}{shown!r}"


def main(bench: Path) -> None:
    """Print claims by status and the conflicts for five clusters, then story-grouping scores."""
    docs, clusters = _load(bench)
    if docs is None:
        print("ecbplus: skipped, no ecbplus_docs.jsonl / ecbplus_clusters.jsonl")
        return
    options = Options()
    chosen = [c for c in clusters if len(c["doc_ids"]) >= MIN_DOCS][:CLUSTERS]
    total: Counter = Counter()
    for cluster in chosen:
        result = pipeline.run(_sources(docs, cluster["doc_ids"]), options)
        counts = Counter(c.status for c in result.claims)
        total.update(counts)
        by_kind = Counter(c.kind for c in result.claims if c.status == "conflict")
        n_stories = len({s.story for s in result.sources})
        print(f"-- {cluster['cluster_id']}: {len(result.sources)} articles, {len(result.facts)} facts, "
              f"{n_stories} stor{'y' if n_stories == 1 else 'ies'}; claims "
              + ", ".join(f"{s} {counts[s]}" for s in ("conflict", "compatible", "agree", "single"))
              + (f" (conflicts by kind: {dict(sorted(by_kind.items()))})" if by_kind else ""))
        for claim in result.claims:
            if claim.status != "conflict":
                continue
            print(f"   {claim.id} {claim.kind} | {claim.label}")
            print("      " + " / ".join(_value(v) for v in claim.values))
            print(f"      note: {claim.note}")
    print("   total: " + ", ".join(f"{s} {total[s]}" for s in ("conflict", "compatible", "agree", "single")))
    _grouping(docs, clusters)


def _grouping(docs: dict, clusters: list) -> None:
    """Pool each topic's clusters and score story grouping pairwise against them: the first
    GROUPING_TOPICS topics one by one and together, then all topics together."""
    by_topic: dict[str, list] = {}
    for cluster in clusters:
        by_topic.setdefault(str(cluster["topic"]), []).append(cluster)
    topics = [t for t, cs in by_topic.items() if len(cs) >= 2]
    tp = fp = fn = 0
    all_tp = all_fp = all_fn = 0
    for index, topic in enumerate(topics):
        gold = {d: c["cluster_id"] for c in by_topic[topic] for d in c["doc_ids"] if d in docs}
        sources = _sources(docs, sorted(gold, key=lambda d: (gold[d], d)))
        result = pipeline.run(sources, Options(), with_claims=False)
        story = stories.group(result.sources, result.facts, result.people)
        t_tp = t_fp = t_fn = 0
        for a, b in combinations(gold, 2):
            same_gold, same_pred = gold[a] == gold[b], story[a] == story[b]
            t_tp += same_gold and same_pred
            t_fp += same_pred and not same_gold
            t_fn += same_gold and not same_pred
        all_tp, all_fp, all_fn = all_tp + t_tp, all_fp + t_fp, all_fn + t_fn
        if index >= GROUPING_TOPICS:
            continue
        tp, fp, fn = tp + t_tp, fp + t_fp, fn + t_fn
        print(f"   grouping topic {topic}: {len(gold)} articles in {len(by_topic[topic])} clusters -> "
              f"{len(set(story.values()))} stories; pair precision {_ratio(t_tp, t_tp + t_fp)}, "
              f"recall {_ratio(t_tp, t_tp + t_fn)}")
    print(f"   grouping overall: pair precision {_ratio(tp, tp + fp)}, recall {_ratio(tp, tp + fn)}")
    print(f"   grouping all {len(topics)} topics: pair precision {_ratio(all_tp, all_tp + all_fp)}, "
          f"recall {_ratio(all_tp, all_tp + all_fn)}")


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "-"
