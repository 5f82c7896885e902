"""`python -m evaluation --bench ../shared/bench [--only NAME ...]` runs every scorer."""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from pathlib import Path

# Scorer modules in the order they print. A module that does not exist yet is reported, not fatal.
SCORERS = ("polnear", "tempeval", "recognizers", "recognizers_datetime", "quantulum", "ecbplus", "expectations", "conflicts", "gvc", "html")


def main(argv=None) -> int:
    """Run the scorers; exit 0 even when the bench folder is absent (nothing to score)."""
    parser = argparse.ArgumentParser(prog="python -m evaluation")
    parser.add_argument("--bench", default="../shared/bench", help="folder holding the bench data sets")
    parser.add_argument("--only", action="append", choices=SCORERS, help="run only this scorer (repeatable)")
    args = parser.parse_args(argv)
    bench = Path(args.bench)
    if not bench.is_dir():
        print(f"eval: skipped, no bench data at {bench}")
        return 0
    for name in args.only or SCORERS:
        try:
            module = importlib.import_module(f"evaluation.{name}")
        except ModuleNotFoundError as err:
            if err.name == f"evaluation.{name}":
                print(f"== {name}: no scorer yet")
                continue
            raise
        started = time.perf_counter()
        print(f"== {name}")
        sys.stdout.flush()
        module.main(bench)
        print(f"   ({time.perf_counter() - started:.1f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
