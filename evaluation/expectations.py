"""Hand-read expectations on ECB+ clusters: does `compare` line up what a careful reader lines up?

The expectations are in `evaluation/data/ecbplus_expectations.jsonl`, one JSON object a line, written
by a person who read the articles (the first six documents, in order, of eleven ECB+ clusters on
different topics: every cluster with 3 to 8 documents, and the `_ecbplus` cluster of topics 12, 18,
24 and 30). Fields:

- `cluster`: the ECB+ cluster id (`../shared/bench/ecbplus/ecbplus_clusters.jsonl`);
- `docs`: the document ids the folder is built from (every expectation of a cluster lists the same);
- `type`: `same`, `apart` or `conflict_verdict`;
- `kind`: the fact kind the expected facts are located among (`number`, `date`, `quote`, `role`),
  or a list of kinds when either is right (an "eight-year" offer may be a duration or a number);
- `facts`: a list of `{"doc", "fact", "snippet"}`: the document id, the fact's own words, and a short
  snippet of that document (3-12 words) holding them. The snippet's first occurrence in the text
  fixes the position; the fact is the extracted fact of that document, of a matching kind, that
  overlaps the fact's words most (for `role`: a role value of that source equal to the words);
- `same` (and `apart`) carry `what`, a few words on what the facts are about;
- `same`: two or more facts that report one thing and must be in one claim (they may disagree:
  then the claim should be a conflict);
- `apart`: exactly two facts that are different things (parts and totals, ages of different
  people, different events of one kind, an address and a count) and must not be in one claim;
- `conflict_verdict`: a conflict `compare` reported when the set was written, judged by reading
  the articles: `verdict` is `real` (the outlets disagree about one thing) or `false` (different
  things lined up), `reason` says why; it matches a reported conflict when all its located facts
  are in that claim.

Printed: same-claim recall (share of `same` expectations whose facts all share one claim), apart
precision (share of `apart` pairs kept apart; a fact not found counts as kept apart, and how many
were is printed), conflict precision (real / judged over the conflicts reported now that match a
verdict), how many reported conflicts match no verdict (new since the set was judged; each is
printed so it can be judged and added), and up to five failures of each type.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Optional

from evaluation.folders import CACHE, compare_json
from evaluation.records import read_jsonl

DATA = Path(__file__).resolve().parent / "data" / "ecbplus_expectations.jsonl"
SHOWN = 5

Key = object  # a fact id (str) or, for a role value, ("role", source, value)


def _load_expectations(path: Path) -> list[dict]:
    return read_jsonl(path) or []


def _load_docs(path: Path, wanted: set[str]) -> dict[str, str]:
    texts = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["id"] in wanted:
                texts[record["id"]] = record["text"]
    return texts


def _write_folder(folder: Path, ids: list[str], texts: dict[str, str]) -> None:
    """One `.txt` file per document, named by its id (the source id `compare` gives it)."""
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("*.txt"):
        if stale.stem not in ids:
            stale.unlink()
    for doc_id in ids:
        (folder / f"{doc_id}.txt").write_text(texts[doc_id], encoding="utf-8")


class _Run:
    """One cluster's compare document, indexed for locating facts and looking up claims."""

    def __init__(self, document: dict, texts: dict[str, str]):
        self.texts = texts
        self.facts: dict[str, list[dict]] = defaultdict(list)
        for fact in document["facts"]:
            self.facts[fact["source"]].append(fact)
        self.claims = document["claims"]
        self.members: list[set] = []
        self.roles: set = set()
        for claim in self.claims:
            keys: set = set(claim["facts"])
            if claim["kind"] == "role":
                for value in claim["values"]:
                    key = ("role", value["source"], str(value["value"]).lower())
                    keys.add(key)
                    self.roles.add(key)
            self.members.append(keys)

    def locate(self, spec: dict, kinds: set[str]) -> Optional[Key]:
        """The fact of `spec["doc"]` that the snippet points at, or None when there is none."""
        text = self.texts.get(spec["doc"], "")
        at = text.find(spec["snippet"])
        inner = spec["snippet"].find(spec["fact"])
        if at < 0 or inner < 0:
            return None
        start = at + inner
        end = start + len(spec["fact"])
        if "role" in kinds:
            key = ("role", spec["doc"], spec["fact"].lower())
            if key in self.roles:
                return key
        best, best_rank = None, None
        for fact in self.facts.get(spec["doc"], ()):
            if fact["kind"] not in kinds:
                continue
            overlap = min(end, fact["end"]) - max(start, fact["start"])
            if overlap <= 0:
                continue
            rank = (overlap, -abs(fact["start"] - start))
            if best_rank is None or rank > best_rank:
                best, best_rank = fact["id"], rank
        return best

    def claims_holding(self, keys: list) -> list[int]:
        """Indexes of the claims that hold every key."""
        return [i for i, members in enumerate(self.members) if all(k in members for k in keys)]


def _kinds(expectation: dict) -> set[str]:
    kind = expectation.get("kind", "number")
    return {kind} if isinstance(kind, str) else set(kind)


def _where(spec: dict) -> str:
    return f"{spec['doc']} {spec['fact']!r} in {spec['snippet']!r}"


def _claim_line(claim: dict) -> str:
    values = " / ".join(f"{v['source']} {v.get('display') or v['value']!r}" for v in claim["values"])
    return f"{claim['kind']} {claim['label']!r}: {values}"


def main(bench: Path) -> None:
    """Score the hand-read expectations; skip when the ECB+ data or the expectations are absent."""
    docs_path = bench / "ecbplus" / "ecbplus_docs.jsonl"
    if not docs_path.is_file():
        print("expectations: skipped, no ecbplus/ecbplus_docs.jsonl")
        return
    if not DATA.is_file():
        print(f"expectations: skipped, no {DATA.name}")
        return
    expectations = _load_expectations(DATA)
    by_cluster: dict[str, list[dict]] = defaultdict(list)
    for expectation in expectations:
        by_cluster[expectation["cluster"]].append(expectation)
    wanted = {d for e in expectations for d in e["docs"]}
    texts = _load_docs(docs_path, wanted)
    missing = sorted(wanted - set(texts))
    if missing:
        print(f"expectations: skipped, {len(missing)} documents not in the bench (e.g. {missing[0]})")
        return

    tally: Counter = Counter()
    failures: dict[str, list[str]] = defaultdict(list)
    unjudged: list[str] = []
    still_false: list[str] = []
    for cluster in sorted(by_cluster):
        items = by_cluster[cluster]
        ids = sorted({d for e in items for d in e["docs"]}, key=items[0]["docs"].index)
        folder = CACHE / "expectations" / cluster
        _write_folder(folder, ids, texts)
        run = _Run(compare_json(folder), {d: texts[d] for d in ids})
        _score_cluster(cluster, items, run, tally, failures, unjudged, still_false)

    _report(len(by_cluster), tally, failures, unjudged, still_false)


def _score_cluster(cluster, items, run, tally, failures, unjudged, still_false) -> None:
    """Add one cluster's outcomes to the tallies and failure lists."""
    verdicts = []
    for expectation in items:
        kinds = _kinds(expectation)
        keys = [run.locate(spec, kinds) for spec in expectation["facts"]]
        kind = expectation["type"]
        if kind == "same":
            tally["same"] += 1
            lost = [spec for spec, key in zip(expectation["facts"], keys, strict=True) if key is None]
            if not lost and run.claims_holding(keys):
                tally["same_ok"] += 1
                continue
            tally["same_unfound"] += bool(lost)
            why = f"not found: {_where(lost[0])}" if lost else "split over claims"
            failures["same"].append(f"{cluster} {expectation['what']!r} ({why}): "
                                    + " | ".join(_where(s) for s in expectation["facts"]))
        elif kind == "apart":
            tally["apart"] += 1
            if None in keys:
                tally["apart_ok"] += 1
                tally["apart_unfound"] += 1
                continue
            if keys[0] != keys[1] and not run.claims_holding(keys):
                tally["apart_ok"] += 1
                continue
            how = "one fact covers both" if keys[0] == keys[1] else "in one claim"
            failures["apart"].append(f"{cluster} {expectation['what']!r} ({how}): "
                                     + " | ".join(_where(s) for s in expectation["facts"]))
        elif kind == "conflict_verdict":
            tally["verdicts"] += 1
            verdicts.append((expectation, keys))
    matched_verdicts = set()
    for index, claim in enumerate(run.claims):
        if claim["status"] != "conflict":
            continue
        tally["reported"] += 1
        members = run.members[index]
        judged = [(n, e) for n, (e, keys) in enumerate(verdicts)
                  if None not in keys and all(k in members for k in keys)]
        if not judged:
            tally["unjudged"] += 1
            unjudged.append(f"{cluster} {claim['id']} {_claim_line(claim)}")
            continue
        matched_verdicts.update(n for n, _ in judged)
        verdict = judged[0][1]
        tally["judged"] += 1
        if verdict["verdict"] == "real":
            tally["real"] += 1
        else:
            still_false.append(f"{cluster} {claim['id']} {_claim_line(claim)} -- {verdict['reason']}")
    tally["verdicts_gone"] += len(verdicts) - len(matched_verdicts)


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.2f}" if whole else "-"


def _report(n_clusters, tally, failures, unjudged, still_false) -> None:
    print(f"   {n_clusters} clusters: {tally['same']} same, {tally['apart']} apart, {tally['verdicts']} conflict verdicts")
    print(f"   same-claim recall {_ratio(tally['same_ok'], tally['same'])} ({tally['same_ok']}/{tally['same']}; "
          f"{tally['same_unfound']} with a fact not found)")
    print(f"   apart precision {_ratio(tally['apart_ok'], tally['apart'])} ({tally['apart_ok']}/{tally['apart']}; "
          f"{tally['apart_unfound']} kept apart because a fact was not found)")
    print(f"   conflict precision {_ratio(tally['real'], tally['judged'])} (real {tally['real']} of {tally['judged']} judged; "
          f"{tally['reported']} reported, {tally['unjudged']} unjudged; {tally['verdicts_gone']} judged conflicts no longer reported)")
    for title, lines in (("same, not in one claim", failures["same"]), ("apart, joined", failures["apart"]),
                         ("conflicts judged false, still reported", still_false),
                         ("conflicts not judged yet", unjudged)):
        if lines:
            print(f"   {title} ({len(lines)}, first {min(SHOWN, len(lines))}):")
            for line in lines[:SHOWN]:
                print(f"      {line}")
