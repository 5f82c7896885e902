"""Quotes, speakers and "according to" claimants scored on PolNeAR (`bench/polnear/`).

PolNeAR annotates every attribution in US political news as source / cue / content spans.
Three figures are printed:

- direct quotes: gold attributions whose content holds a quotation mark (`is_direct_quote`). A predicted quote
  matches when it overlaps a gold content span. Precision counts predicted quotes that match
  some gold quote; recall counts gold quotes matched by some prediction.
- speaker accuracy: among predicted quotes that match, the share whose speaker mention
  overlaps the source span of a gold quote it matches. A gold quote annotated with no source
  (a title, a slogan, a scare quote nobody is said to use) has no span to overlap: there the
  right answer is no speaker, so a prediction with no speaker counts as right and one with a
  speaker as wrong. Such quotes stay in the denominator.
- "according to" claimants: gold attributions whose cue contains "according to" against
  predicted attributions with that cue; a prediction is right when its claimant mention
  overlaps the gold source span of such an attribution in the same article.

Run `python -m evaluation.polnear --errors 20` to see examples of each error (tuning part only).
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path

from evaluation.split import CHECK, TUNING, check_publishers, split_by_publisher
from newsdiff.extract.speech.reported import find_speech as speech
from newsdiff.model import Source
from newsdiff.text.document import document_for

DATA = Path("polnear") / "polnear_dev.jsonl"


def is_direct_quote(attribution: dict) -> bool:
    """A gold attribution whose content holds a quotation mark. The data's own `is_direct_quote`
    flag looks for `"` and curly marks only; the New York Times articles mark quotations with two
    apostrophes (''like this,'' he said), the archive convention, so those count too."""
    content = attribution.get("content")
    if not content:
        return False
    return bool(attribution.get("is_direct_quote")) or "''" in content["text"] or "``" in content["text"]


def _overlaps(start, end, spans) -> bool:
    return start is not None and any(start < b and a < end for a, b in spans)


def _prf(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> tuple[float, float, float]:
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def count(records, errors: dict[str, list] | None = None) -> Counter:
    """Score every record; returns the counts. `errors` collects examples."""
    c: Counter = Counter()
    for rec in records:
        text = rec["text"]
        doc = document_for(Source(id=rec["id"], path=rec["id"], text=text))
        result = speech(doc)
        kept = [k for k, q in enumerate(result.quotes) if not doc.is_furniture(q.span)]
        quotes = [result.quotes[k] for k in kept]
        rules = [result.rules[k] for k in kept]
        gold = [a for a in rec["attributions"] if is_direct_quote(a)]
        gold_spans = [[tuple(s) for s in a["content"]["spans"]] for a in gold]
        sources = [[tuple(s) for s in (a["source"] or {}).get("spans", [])] for a in gold]
        for q, rule in zip(quotes, rules, strict=True):
            hits = [k for k, spans in enumerate(gold_spans) if _overlaps(q.start, q.end, spans)]
            c["pred"] += 1
            if not hits:
                _note(errors, "quote not in gold", rec, q.start, q.end)
                continue
            c["pred_hit"] += 1
            c["rule:" + rule] += 1
            sourceless = all(not sources[k] for k in hits)
            if sourceless and q.speaker_start is None or any(
                _overlaps(q.speaker_start, q.speaker_end, sources[k]) for k in hits
            ):
                c["speaker_ok"] += 1
                c["ok:" + rule] += 1
            else:
                gold_src = (gold[hits[0]]["source"] or {}).get("text")
                kind = "no speaker" if q.speaker_start is None else "wrong speaker"
                _note(errors, kind, rec, q.start, q.end, f"{rule}: predicted {q.speaker_text!r} gold {gold_src!r}")
        for _k, spans in enumerate(gold_spans):
            c["gold"] += 1
            if any(_overlaps(q.start, q.end, spans) for q in quotes):
                c["gold_hit"] += 1
            else:
                _note(errors, "gold quote missed", rec, spans[0][0], spans[-1][1])
        acc_gold = [a for a in rec["attributions"] if a.get("cue") and "according to" in a["cue"]["text"].lower()
                    and a.get("source")]
        acc_pred = [a for a in result.attributions if a.cue == "according to" and not doc.is_furniture(a.span)]
        gold_src = [[tuple(s) for s in a["source"]["spans"]] for a in acc_gold]
        for a in acc_pred:
            c["acc_pred"] += 1
            if any(_overlaps(a.claimant_start, a.claimant_end, s) for s in gold_src):
                c["acc_pred_hit"] += 1
            else:
                _note(errors, "according-to claimant not in gold", rec, a.claimant_start, a.claimant_end)
        for s in gold_src:
            c["acc_gold"] += 1
            if any(_overlaps(a.claimant_start, a.claimant_end, s) for a in acc_pred):
                c["acc_gold_hit"] += 1
            else:
                _note(errors, "according-to claimant missed", rec, s[0][0], s[-1][1])
    return c


def figures(c: Counter, records: int, show_rules: bool = False) -> dict[str, float]:
    """Figures from the counts of `count`."""
    qp, qr, qf = _prf(c["pred_hit"], c["pred"], c["gold_hit"], c["gold"])
    ap, ar, af = _prf(c["acc_pred_hit"], c["acc_pred"], c["acc_gold_hit"], c["acc_gold"])
    if show_rules:
        for key in sorted(k for k in c if k.startswith("rule:")):
            rule = key[5:]
            print(f"   rule {rule:10} {c[key]:5} matched quotes, speaker right {c['ok:' + rule] / c[key]:.3f}")
    return {
        "articles": records, "gold_quotes": c["gold"], "predicted_quotes": c["pred"],
        "quote_p": qp, "quote_r": qr, "quote_f1": qf,
        "speaker_acc": c["speaker_ok"] / c["pred_hit"] if c["pred_hit"] else 0.0, "matched": c["pred_hit"],
        "according_gold": c["acc_gold"], "according_pred": c["acc_pred"],
        "according_p": ap, "according_r": ar, "according_f1": af,
    }


def _note(errors, kind, rec, start, end, extra="") -> None:
    if errors is None:
        return
    text = rec["text"]
    left = max(0, start - 120)
    snippet = text[left:start] + "[[" + text[start:end][:150] + "]]" + text[end:end + 100]
    errors.setdefault(kind, []).append((rec["id"], snippet.replace("\n", " ⏎ "), extra))


def _load(bench: Path):
    path = bench / DATA
    if not path.is_file():
        return None
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _report(name: str, s: dict) -> None:
    print(f"   {name}: {s['articles']} articles")
    print(f"   direct quotes      P {s['quote_p']:.3f}  R {s['quote_r']:.3f}  F1 {s['quote_f1']:.3f}"
          f"  ({s['predicted_quotes']} predicted, {s['gold_quotes']} gold)")
    print(f"   speaker accuracy   {s['speaker_acc']:.3f}  (over {s['matched']} matched quotes)")
    print(f"   'according to'     P {s['according_p']:.3f}  R {s['according_r']:.3f}  F1 {s['according_f1']:.3f}"
          f"  ({s['according_pred']} predicted, {s['according_gold']} gold)")


def score(records, errors: dict[str, list] | None = None) -> dict[str, float]:
    """Counts and figures over `records`; `errors` collects examples."""
    return figures(count(records, errors), len(records), show_rules=errors is not None)


def main(bench: Path, errors: dict | None = None) -> None:
    """Print quote, speaker and "according to" figures on the tuning and check parts of PolNeAR's
    development file (evaluation/split.py) and on both together. Errors are collected from the
    tuning part only."""
    records = _load(Path(bench))
    if records is None:
        print(f"   skipped: {Path(bench) / DATA} not found")
        return
    parts = split_by_publisher(records)
    held = ", ".join(sorted(check_publishers(r.get("publisher", "") for r in records)))
    counts = {TUNING: count(parts[TUNING], errors), CHECK: count(parts[CHECK])}
    _report(TUNING, figures(counts[TUNING], len(parts[TUNING]), show_rules=errors is not None))
    _report(f"{CHECK} (all of {held}, a hashed share of the rest)", figures(counts[CHECK], len(parts[CHECK])))
    _report("both", figures(counts[TUNING] + counts[CHECK], len(records)))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m evaluation.polnear")
    parser.add_argument("--bench", default="../shared/bench")
    parser.add_argument("--errors", type=int, default=0, help="print this many examples of each error kind")
    parser.add_argument("--kind", default=None, help="only this error kind")
    args = parser.parse_args()
    found: dict = {}
    main(Path(args.bench), found if args.errors else None)
    rng = random.Random(0)
    for kind, items in sorted(found.items()):
        if args.kind and args.kind != kind:
            continue
        print(f"\n## {kind}: {len(items)}")
        for item in rng.sample(items, min(args.errors, len(items))):
            print(" -", item[0], "|", item[1], "|", item[2])
