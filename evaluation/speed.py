"""`make bench`: speed and memory of extraction and comparison, measured, never asserted.

Corpus: the ECB+ articles in ../shared/bench/ecbplus when present (772 real news articles),
else the samples repeated. Also times hostile inputs (long runs of quotation marks, digits,
capitalised words) to show that no pattern backtracks catastrophically: each should take about
as long per character as ordinary text.

    python -m evaluation.speed [--bench ../shared/bench] [--limit N]
    python -m evaluation.speed --families [--limit N]   # CPU seconds per extraction stage

`--families` splits extraction's CPU time (`time.process_time`, which a loaded machine disturbs
far less than wall time) by stage: analysing the document (segmentation, furniture, the first
reading of the article's tokens), each extractor, and framing the facts. Profile before
optimising: it shows which stage a change has to reach.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections import Counter
from pathlib import Path

from newsdiff.extract.frame import frame
from newsdiff.model import Source
from newsdiff.options import Options
from newsdiff.pipeline import EXTRACTORS, combine, extract_source
from newsdiff.text.document import document_for

ROOT = Path(__file__).resolve().parents[2]


def load_corpus(bench: Path, limit: int) -> tuple[str, list[Source]]:
    """Real articles from ECB+ if available, else the samples repeated to `limit` articles."""
    docs = bench / "ecbplus" / "ecbplus_docs.jsonl"
    if docs.is_file():
        sources = []
        with docs.open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                sources.append(Source(id=record["id"], path=str(docs), text=record["text"]))
                if len(sources) >= limit:
                    break
        return "ECB+ articles", sources
    samples = sorted((ROOT / "samples").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in samples]
    sources = [Source(id=f"s{i}", path="samples", text=texts[i % len(texts)]) for i in range(limit)]
    return "samples repeated", sources


def hostile_texts(size: int) -> dict[str, str]:
    """Inputs built to trip backtracking regexes: long runs without the character that ends a match."""
    return {
        "ordinary prose": ("Officials said on Monday that about 600 people were sent back, "
                           "according to the ministry. ") * (size // 90),
        "quote marks": '"' * size,
        "open quotes + words": ("“word " * (size // 6)),
        "digits": "1" * size,
        "digits and commas": "1," * (size // 2),
        "capitalised words": "Foo " * (size // 4),
        "said without period": ("he said that " * (size // 13)),
        "dots": ". " * (size // 2),
    }


def family_times(sources: list[Source], options: Options) -> Counter:
    """CPU seconds per stage of extraction over `sources`: "document" (segmentation, furniture,
    metadata), each extractor by its module's name, and "frame" (the frame fields of numbers and
    dates). The speech extractors share one pass per article: the first of them pays for it."""
    times: Counter = Counter()
    for source in sources:
        started = time.process_time()
        doc = document_for(source)
        times["document"] += time.process_time() - started
        for extractor in EXTRACTORS:
            started = time.process_time()
            facts = list(extractor(doc, options))
            times[extractor.__module__.removeprefix("newsdiff.extract.")] += time.process_time() - started
            started = time.process_time()
            for fact in facts:
                frame(doc, fact)
            times["frame"] += time.process_time() - started
    return times


def print_families(sources: list[Source], options: Options) -> None:
    """Print `family_times` with each stage's share, largest first."""
    extract_source(sources[0], options)  # the first call compiles and loads lazily built tables
    times = family_times(sources, options)
    total = sum(times.values())
    megabytes = sum(len(s.text.encode("utf-8")) for s in sources) / 1e6
    print(f"extraction CPU: {total:.2f}s for {megabytes:.2f} MB ({megabytes / total:.3f} MB/s of CPU)")
    for stage, seconds in times.most_common():
        print(f"  {stage:28s} {seconds:6.2f}s {100 * seconds / total:5.1f}%")


def main(argv=None) -> int:
    """Print throughput, peak memory and hostile-input timings."""
    parser = argparse.ArgumentParser(prog="python -m evaluation.speed")
    parser.add_argument("--bench", default=str(ROOT.parent / "shared" / "bench"))
    parser.add_argument("--limit", type=int, default=772)
    parser.add_argument("--hostile-size", type=int, default=50_000)
    parser.add_argument("--families", action="store_true", help="CPU seconds per extraction stage only")
    args = parser.parse_args(argv)
    options = Options()
    name, sources = load_corpus(Path(args.bench), args.limit)
    if args.families:
        print(f"corpus: {len(sources)} {name}")
        print_families(sources, options)
        return 0
    chars = sum(len(s.text) for s in sources)
    started = time.perf_counter()
    extracted = [extract_source(s, options) for s in sources]
    extract_s = time.perf_counter() - started
    facts = sum(len(e.facts) for e in extracted)
    started = time.perf_counter()
    result = combine(extracted, with_claims=True)
    compare_s = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus: {len(sources)} {name}, {chars:,} characters")
    print(f"extract: {extract_s:.2f}s  ({len(sources) / extract_s:.1f} articles/s, "
          f"{chars / extract_s / 1000:.0f}k chars/s), {facts} facts")
    print(f"people + compare: {compare_s:.2f}s, {len(result.people)} people, {len(result.claims)} claims")
    print(f"peak memory (max RSS): {peak_mb:.0f} MB")
    print(f"hostile inputs ({args.hostile_size:,} characters each; seconds for one extraction):")
    for label, text in hostile_texts(args.hostile_size).items():
        started = time.perf_counter()
        try:
            extract_source(Source(id="hostile", path="-", text=text), options)
            outcome = ""
        except TimeoutError:
            outcome = "  (a pattern timed out: the CLI skips such a file)"
        print(f"  {label:22s} {time.perf_counter() - started:7.3f}s{outcome}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
