"""`make bench`: adversarial inputs timed next to ordinary prose of the same size.

Each input from issue 13's sweep is built at each size (100 KB and 1 MB by default) and run
through the whole pipeline (extraction, people, stories, copies, claims) as one source beside one
sample article, the way a user meets it. The prose baseline is the sample articles repeated to
the same size. The ratio column is adversarial time / prose time; the target is at most 3.

    python -m evaluation.adversarial [--sizes 100000,1000000] [--only NAME]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Callable

from newsdiff.model import Source
from newsdiff.options import Options
from newsdiff.pipeline import combine, extract_source

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def prose(size: int) -> str:
    """The sample articles, one after another, repeated to `size` characters."""
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in SAMPLES)
    return _repeat(text + "\n\n", size)


def _long_sentence(size: int) -> str:
    # Words of a sentence that never ends: news words, capitals and numbers, no full stop.
    words = ("the ministry official said that about 600 people were sent back to North Korea "
             "on Monday after police in Beijing and Shanghai held them for weeks while Kim "
             "and his lawyers asked the court to review ").split()
    return _repeat(" ".join(words) + " ", size)


# name -> builder(size) -> text; the names of issue 13's sweep
ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "he said that": lambda n: _repeat("he said that ", n),
    "5,000-word sentence": lambda n: _repeat(_long_sentence(30_000)[:30_000].rstrip() + ". ", n),
    "Monday, ": lambda n: _repeat("Monday, ", n),
    "digits and commas": lambda n: _repeat("1,234,567,", n),
    '"a "b': lambda n: _repeat('"a "b', n),
    "lines of 1. 2. 3.": lambda n: _repeat("1. 2. 3.\n", n),
    "one line, no punctuation": lambda n: _long_sentence(n),
}


def time_one(text: str, companion: Source, options: Options) -> float:
    """Seconds to extract `text` (plus one sample) and compare the two, as the CLI does."""
    started = time.perf_counter()
    extracted = [extract_source(Source(id="input", path="input.txt", text=text), options),
                 extract_source(companion, options)]
    combine(extracted, with_claims=True)
    return time.perf_counter() - started


def main(argv=None) -> int:
    """Print one line per input and size: seconds, prose seconds, ratio."""
    parser = argparse.ArgumentParser(prog="python -m evaluation.adversarial")
    parser.add_argument("--sizes", default="100000,1000000", help="comma-separated sizes in characters")
    parser.add_argument("--only", default=None, help="run only the inputs whose name contains this")
    args = parser.parse_args(argv)
    options = Options()
    first = SAMPLES[0]
    companion = Source(id=first.stem, path=str(first), text=first.read_text(encoding="utf-8"))
    worst = 0.0
    print(f"{'input':28s} {'size':>9s} {'seconds':>9s} {'prose s':>9s} {'ratio':>6s}")
    for size in (int(s) for s in args.sizes.split(",")):
        base = time_one(prose(size), companion, options)
        print(f"{'ordinary prose (samples)':28s} {size:9,d} {base:9.2f} {base:9.2f} {1.0:6.2f}")
        for name, build in ADVERSARIAL.items():
            if args.only and args.only not in name:
                continue
            seconds = time_one(build(size), companion, options)
            ratio = seconds / base if base else float("inf")
            worst = max(worst, ratio)
            flag = "" if ratio <= 3 else "  <- over the 3x target"
            print(f"{name:28s} {size:9,d} {seconds:9.2f} {base:9.2f} {ratio:6.2f}{flag}", flush=True)
    print(f"worst ratio: {worst:.2f} (target: at most 3)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
