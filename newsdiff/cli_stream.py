"""The streaming forms of `newsdiff extract`: `--jsonl` on this machine, `--engine dask` past it.

Kept out of `cli.py` so the command module stays a thin layer of options.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable, Iterator, Optional

import typer

from newsdiff.exitcodes import ExitCode
from newsdiff.model import Skipped, Source
from newsdiff.options import Options


def extract_jsonl(
    paths: list[str],
    options: Options,
    kind: Optional[str],
    extraction: Callable,
    say: Callable[[str], None],
    fail: Callable[[str], None],
    given: Optional[tuple[list, list, list]] = None,
    strict: bool = False,
) -> None:
    """Write one fact a line to stdout as each source finishes, sources in input order.

    Memory stays flat: sources are read lazily and at most a small window is in flight.
    `given` is (sources, skipped, notes) already read (URLs, standard input) instead of `paths`.
    Skips are listed as they happen and summarised at the end. With `strict` the run stops at the
    first skipped input in input order: the facts of every source before it are written (a stream
    cannot take back lines already written), none after it, whatever `--jobs` and the cache did
    ahead of the writer; exit 1.
    """
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from newsdiff import streaming

    skips = _Skips(strict, say)
    on_skip = skips.add
    if given is None:
        sources = streaming.iter_sources(paths, on_skip, lambda note: say(f"note: {note}"))
    else:
        got, bad, notes = given
        for note in notes:
            say(f"note: {note}")
        for problem in bad:
            on_skip(problem)
        sources = iter(got)
    sources = skips.until_stop(sources)
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
            for done, outcome in enumerate(ex.run(sources, on_source=(lambda _: progress.advance(task)) if progress else None)):
                if skips.stop_at is not None and done >= skips.stop_at:
                    break  # --strict: the first skipped input comes here
                if isinstance(outcome, Skipped):
                    on_skip(outcome)
                    if strict:
                        break
                    continue
                read += 1
                lines = list(streaming.fact_lines(outcome, kind))
                if lines and not _write("\n".join(lines) + "\n"):
                    break  # the reader closed the pipe (`| head`): it has what it wanted
        finally:
            if progress is not None:
                progress.stop()
    skipped = skips.skipped
    if strict and skipped:
        written = {0: "nothing was written", 1: "the facts of the source before it were written"}
        say(f"stopped at the first skipped input (--strict): "
            f"{written.get(read, f'the facts of the {read} sources before it were written')}, nothing after it")
        raise typer.Exit(int(ExitCode.SKIPPED))
    if not read:
        fail("no usable input" + (f" ({len(skipped)} skipped)" if skipped else ""))
    if skipped:
        say(f"{len(skipped)} of {len(skipped) + read} inputs skipped (each listed above); "
            f"the output covers the other {read}")
        raise typer.Exit(int(ExitCode.SKIPPED))


class _Skips:
    """The inputs a stream skipped, and with `strict` where in input order the stream is cut.

    Reading runs ahead of the writer (a window of sources is extracted in parallel, or comes
    from the cache), so a skip met while reading does not stop the writer at once: it records
    how many sources came before it (`stop_at`), and the writer stops there, in input order.
    """

    def __init__(self, strict: bool, say: Callable[[str], None]):
        self.strict = strict
        self.say = say
        self.skipped: list[Skipped] = []
        self.taken = 0  # sources handed to extraction so far
        self.stop_at: Optional[int] = None  # with `strict`: how many sources come before the first skip

    def add(self, skip: Skipped) -> None:
        """List a skip on stderr; with `strict`, the first one cuts the stream."""
        self.skipped.append(skip)
        self.say(f"skipped {skip.path}: {skip.reason}")
        if self.strict and self.stop_at is None:
            self.stop_at = self.taken

    def until_stop(self, items: Iterator[Source]) -> Iterator[Source]:
        """`items`, counted, and with `strict` none after the first skip (nothing more is read)."""
        for item in items:
            if self.stop_at is not None:
                return
            self.taken += 1
            yield item


def _write(text: str) -> bool:
    """Write to stdout; False when the reader has closed the pipe (stdout is then silenced)."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        from newsdiff.cli import _silence_stdout

        _silence_stdout()
        return False
    return True


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
        return
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
