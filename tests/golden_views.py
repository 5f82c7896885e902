"""The terminal views the golden tests compare against, and the command that rewrites them.

    .venv/bin/python -m tests.golden_views      # regenerate tests/golden/*.txt after a deliberate change

Review the diff (`git diff tests/golden`) before committing: it is what a reader's terminal shows.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path

from rich.console import Console

from newsdiff import pipeline
from newsdiff.io import ingest
from newsdiff.model import Result
from newsdiff.options import Options
from newsdiff.render.claims_view import compare_view
from newsdiff.render.formats import lines_text

GOLDEN = Path(__file__).resolve().parent / "golden"
SAMPLES = Path(__file__).resolve().parent.parent / "samples"
WIDTHS = (80, 120, 200)
REFERENCE_DATE = dt.date(2023, 10, 13)


@lru_cache(maxsize=1)
def samples_result() -> Result:
    """The samples compared with the README's reference date."""
    sources, _, _ = ingest.read([str(SAMPLES)])
    return pipeline.run(sources, Options(reference_date=REFERENCE_DATE), with_claims=True)


def terminal(result: Result, width: int) -> str:
    """The compare view as a `width`-column terminal without colour shows it."""
    console = Console(width=width, color_system=None, force_terminal=False, highlight=False)
    with console.capture() as capture:
        console.print(compare_view(result))
    return capture.get()


def views(result: Result) -> dict[str, str]:
    """Golden file name -> text."""
    out = {f"compare_{w}.txt": terminal(result, w) for w in WIDTHS}
    out["compare_piped.txt"] = lines_text(result)
    return out


if __name__ == "__main__":
    GOLDEN.mkdir(exist_ok=True)
    for name, text in views(samples_result()).items():
        (GOLDEN / name).write_text(text, encoding="utf-8")
        print(f"wrote {GOLDEN / name}")
