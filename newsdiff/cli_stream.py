"""The streaming forms of `newsdiff extract`: `--jsonl` on this machine, `--engine dask` past it.

Kept out of `cli.py` so the command module stays a thin layer of options.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable, Optional

import typer

from newsdiff.exitcodes import ExitCode
from newsdiff.model import Skipped
from newsdiff.options import Options


def extract_jsonl(
    paths: list[str],
    options: Options,
    kind: Optional[str],
    extraction: Callable,
    say: Callable[[str], None],
    fail: Callable[[str], None],
) -> None:
    """Write one fact a line to stdout as each source finishes, sources in input order.

    Memory stays flat: sources are read lazily and at most a small window is in flight.
    """
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from newsdiff import streaming

    skipped: list[Skipped] = []

    def on_skip(s: Skipped) -> None:
        skipped.append(s)
        say(f"skipped {s.path}: {s.reason}")

    sources = streaming.iter_sources(paths, on_skip, lambda note: say(f"note: {note}"))
    err = Console(stderr=True)
    read = 0
    with extraction(options, None) as ex:
        progress = None
        if err.is_terminal:
            progress = Progress(SpinnerColumn(), TextColumn("extracted {task.completed} sources"), TimeElapsedColumn(),
                                console=err, transient=True)
            progress.start()
            task = progress.add_task("extracting", total=None)
        try:
            for outcome in ex.run(sources, on_source=(lambda _: progress.advance(task)) if progress else None):
                if isinstance(outcome, Skipped):
                    on_skip(outcome)
                    continue
                read += 1
                lines = list(streaming.fact_lines(outcome, kind))
                if lines:
                    sys.stdout.write("\n".join(lines) + "\n")
                    sys.stdout.flush()
        finally:
            if progress is not None:
                progress.stop()
    if not read:
        fail("no usable input" + (f" ({len(skipped)} skipped)" if skipped else ""))
    if skipped:
        raise typer.Exit(int(ExitCode.SKIPPED))


def extract_with_dask(
    paths: list[str],
    options: Options,
    output: Optional[str],
    scheduler: Optional[str],
    say: Callable[[str], None],
    fail: Callable[[str], None],
) -> None:
    """Run extraction as a Dask bag and write JSONL shards to `output`."""
    from newsdiff import dask_engine

    if not output:
        fail("--engine dask writes JSONL shards: give a folder with --output DIR")
    try:
        facts, skipped = dask_engine.run(paths, Path(output), options, scheduler)
    except RuntimeError as err:
        fail(str(err))
        return
    for s in skipped:
        say(f"skipped {s.path}: {s.reason}")
    say(f"{facts} facts written to {output}/facts-*.jsonl")
    if skipped:
        raise typer.Exit(int(ExitCode.SKIPPED))
