"""The command-line interface: parses options, calls the library, prints.

Data goes to stdout (a rich table, or the JSON document with --json); messages go to stderr.
Exit codes: 0 every input read, 1 some input skipped (each reported), 2 usage error or no
usable input.
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import replace
from typing import List, Optional

import typer

from newsdiff import __version__
from newsdiff.exitcodes import ExitCode
from newsdiff.model import FACT_KINDS, STATUSES, Kind, Result
from newsdiff.options import Options

# The extractors, comparison and renderers are imported inside the commands that use them:
# importing them costs about a second (the date patterns alone compile in 0.15 s), and
# `newsdiff --version` or `--help` needs none of them.

EXIT_HELP = "Exit codes: 0 all input read; 1 some input skipped (reported on stderr); 2 usage error or no usable input."

PROGRESS_THRESHOLD = 50  # sources; below this a progress bar only flickers

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    help="Compare how several news articles report the same story.\n\n"
    "Example: newsdiff compare ./articles\n\n" + EXIT_HELP,
)

PathsArg = typer.Argument(..., help="Article files or folders (walked recursively, in sorted order).")
JsonOpt = typer.Option(False, "--json", help="Print the JSON document (contract v1, docs/json.md).")
RefOpt = typer.Option(
    None,
    "--reference-date",
    metavar="YYYY-MM-DD",
    help="Resolve relative dates in sources that carry no publication date of their own.",
)


JobsOpt = typer.Option(
    None, "--jobs", "-j", min=1, help="Extract with this many processes (default: the machine's cores)."
)
CacheDirOpt = typer.Option(
    None,
    "--cache-dir",
    envvar="NEWSDIFF_CACHE_DIR",
    metavar="DIR",
    help="Keep the extraction cache here (default: the user cache folder).",
)
NoCacheOpt = typer.Option(False, "--no-cache", help="Neither read nor write the extraction cache.")


def _err():
    from rich.console import Console

    # soft_wrap: a message is one line however narrow the terminal or pipe
    return Console(stderr=True, highlight=False, soft_wrap=True)


def _out():
    from rich.console import Console

    return Console(highlight=False)


def _say(message: str) -> None:
    from rich.text import Text

    _err().print(Text(f"newsdiff: {message}"))


def _fail(message: str) -> None:
    _say(message)
    raise typer.Exit(int(ExitCode.USAGE))


def _options(reference_date: Optional[str]) -> Options:
    if reference_date is None:
        return Options()
    try:
        return Options(reference_date=dt.date.fromisoformat(reference_date))
    except ValueError:
        _fail(f"--reference-date {reference_date!r} is not a date like 2023-10-13")
        raise  # unreachable: _fail exits


class Run:
    """How to extract: processes and cache (the options every reading command shares)."""

    def __init__(self, jobs: Optional[int], cache_dir: Optional[str], no_cache: bool):
        self.jobs, self.cache_dir, self.no_cache = jobs, cache_dir, no_cache

    def extraction(self, options: Options, sources: int):
        """An `Extraction` for about `sources` sources (None: unknown, a stream)."""
        from newsdiff import cache, parallel

        jobs = self.jobs
        if jobs is None:
            jobs = parallel.default_jobs()
            if sources is not None:  # starting processes costs more than a handful of sources
                jobs = min(jobs, max(1, sources // parallel.WINDOW_PER_JOB))
        store = None
        if not self.no_cache:
            folder = self.cache_dir or cache.default_dir()
            store = cache.Cache(folder, lambda message: _say(f"warning: {message}"))
        return parallel.Extraction(options, jobs=jobs, cache=store)


def _load(paths: List[str], options: Options, with_claims: bool, run: Run) -> Result:
    from rich.progress import Progress

    from newsdiff import pipeline
    from newsdiff.io import ingest
    from newsdiff.model import Skipped

    sources, skipped, notes = ingest.read(paths)
    for note in notes:
        _say(f"note: {note}")
    for s in skipped:
        _say(f"skipped {s.path}: {s.reason}")
    if not sources:
        _fail("no usable input" + (f" ({len(skipped)} skipped)" if skipped else ""))
    err = _err()
    with run.extraction(options, len(sources)) as extraction:
        if err.is_terminal and len(sources) >= PROGRESS_THRESHOLD:
            with Progress(transient=True, console=err) as progress:
                task = progress.add_task("extracting", total=len(sources))
                outcomes = list(extraction.run(sources, on_source=lambda _: progress.advance(task)))
        else:
            outcomes = list(extraction.run(sources))
    failed = tuple(o for o in outcomes if isinstance(o, Skipped))
    result = pipeline.combine([o for o in outcomes if not isinstance(o, Skipped)], with_claims=with_claims)
    for s in failed:
        _say(f"skipped {s.path}: {s.reason}")
    return replace(result, skipped=tuple(skipped) + failed)


def _finish(result: Result, as_json: bool, view) -> None:
    from newsdiff.render import json as json_render

    if as_json:
        sys.stdout.write(json_render.dumps(result) + "\n")
    else:
        _out().print(view())
    if result.skipped:
        raise typer.Exit(int(ExitCode.SKIPPED))


def _check_kind(kind: Optional[str], allowed) -> None:
    if kind is not None and kind not in allowed:
        _fail(f"--kind must be one of {', '.join(allowed)}, not {kind!r}")


@app.command(epilog="Example: newsdiff compare samples --reference-date 2023-10-13\n\n" + EXIT_HELP)
def compare(
    paths: List[str] = PathsArg,
    as_json: bool = JsonOpt,
    reference_date: Optional[str] = RefOpt,
    only: Optional[str] = typer.Option(None, "--only", help="Show only claims with this status: " + ", ".join(STATUSES)),
    kind: Optional[str] = typer.Option(None, "--kind", help="Show only claims of this kind: number, date, quote, role."),
    jobs: Optional[int] = JobsOpt,
    cache_dir: Optional[str] = CacheDirOpt,
    no_cache: bool = NoCacheOpt,
) -> None:
    """Line up what each source reports and show where they agree, differ or conflict."""
    from newsdiff.compare import filters
    from newsdiff.render.claims_view import compare_view

    if only is not None and only not in STATUSES:
        _fail(f"--only must be one of {', '.join(STATUSES)}, not {only!r}")
    _check_kind(kind, (Kind.NUMBER, Kind.DATE, Kind.QUOTE, Kind.ROLE))
    result = _load(paths, _options(reference_date), with_claims=True, run=Run(jobs, cache_dir, no_cache))
    if only or kind:
        result = filters.narrow(
            result,
            (lambda f: f.kind == kind) if kind else None,
            lambda c: (not only or c.status == only) and (not kind or c.kind == kind),
        )
    _finish(result, as_json, lambda: compare_view(result))


@app.command(epilog='Example: newsdiff quotes samples --speaker "Wang Wenbin"\n\n' + EXIT_HELP)
def quotes(
    paths: List[str] = PathsArg,
    speaker: Optional[str] = typer.Option(
        None, "--speaker", help="Only this speaker: full name, any alias or the surname; case, hyphens and accents ignored."
    ),
    as_json: bool = JsonOpt,
    reference_date: Optional[str] = RefOpt,
    jobs: Optional[int] = JobsOpt,
    cache_dir: Optional[str] = CacheDirOpt,
    no_cache: bool = NoCacheOpt,
) -> None:
    """Every quotation with its speaker, the speaker's role, the source and the cue."""
    from newsdiff.compare import filters
    from newsdiff.render import tables
    from newsdiff.render.quotes_view import quotes_grouped_view

    result = _load(paths, _options(reference_date), with_claims=True, run=Run(jobs, cache_dir, no_cache))
    if speaker is not None:
        result = filters.by_speaker(result, speaker)
    else:
        result = filters.narrow(result, lambda f: f.kind == Kind.QUOTE, lambda c: c.kind == Kind.QUOTE)
    roles = tables.role_index(result.people)
    _finish(result, as_json, lambda: quotes_grouped_view(result, roles))


def _kind_command(kind: str, view_name: str):
    def command(
        paths: List[str] = PathsArg,
        as_json: bool = JsonOpt,
        reference_date: Optional[str] = RefOpt,
        jobs: Optional[int] = JobsOpt,
        cache_dir: Optional[str] = CacheDirOpt,
        no_cache: bool = NoCacheOpt,
    ) -> None:
        from newsdiff.compare import filters
        from newsdiff.render import tables

        result = _load(paths, _options(reference_date), with_claims=True, run=Run(jobs, cache_dir, no_cache))
        result = filters.narrow(result, lambda f: f.kind == kind, lambda c: c.kind == kind)
        view = getattr(tables, view_name)
        _finish(result, as_json, lambda: view(result.facts))

    return command


app.command(
    "numbers",
    help="Every number with the interval the source commits to, its unit, subject and claimant.",
    epilog="Example: newsdiff numbers samples --json | jq '.facts[] | {text, low, high}'\n\n" + EXIT_HELP,
)(_kind_command(Kind.NUMBER, "numbers_table"))
app.command(
    "dates",
    help="Every date and time expression as a resolved TIMEX3 value.",
    epilog="Example: newsdiff dates samples --reference-date 2023-10-13\n\n" + EXIT_HELP,
)(_kind_command(Kind.DATE, "dates_table"))


@app.command("people", epilog="Example: newsdiff people samples\n\n" + EXIT_HELP)
def people_command(
    paths: List[str] = PathsArg,
    as_json: bool = JsonOpt,
    reference_date: Optional[str] = RefOpt,
    jobs: Optional[int] = JobsOpt,
    cache_dir: Optional[str] = CacheDirOpt,
    no_cache: bool = NoCacheOpt,
) -> None:
    """Every person and organization: aliases, roles per source, how many quotes."""
    from newsdiff.compare import filters
    from newsdiff.render import tables

    result = _load(paths, _options(reference_date), with_claims=True, run=Run(jobs, cache_dir, no_cache))
    result = filters.narrow(result, lambda f: f.kind in (Kind.QUOTE, Kind.ATTRIBUTION), lambda c: c.kind == Kind.ROLE)
    counts = tables.quote_counts(result)
    _finish(result, as_json, lambda: tables.people_table(result.people, counts))



@app.command(epilog="Example: newsdiff extract samples/000_593bc82152ba3544.txt --kind quote\n\n" + EXIT_HELP)
def extract(
    paths: List[str] = PathsArg,
    as_json: bool = JsonOpt,
    reference_date: Optional[str] = RefOpt,
    kind: Optional[str] = typer.Option(None, "--kind", help="Only facts of this kind: " + ", ".join(FACT_KINDS)),
    jsonl: bool = typer.Option(
        False, "--jsonl", help="Stream one fact a line (JSON Lines) as sources finish, in flat memory."
    ),
    engine: str = typer.Option(
        "local", "--engine", help="local (this machine) or dask (a Dask bag; writes JSONL shards to --output)."
    ),
    scheduler: Optional[str] = typer.Option(
        None, "--scheduler", metavar="ADDRESS", help="With --engine dask: a cluster's scheduler (tcp://host:8786)."
    ),
    output: Optional[str] = typer.Option(
        None, "--output", "-o", metavar="DIR", help="With --engine dask: the folder for the JSONL shards."
    ),
    jobs: Optional[int] = JobsOpt,
    cache_dir: Optional[str] = CacheDirOpt,
    no_cache: bool = NoCacheOpt,
) -> None:
    """Facts per source, with no cross-source comparison."""
    from newsdiff.compare import filters
    from newsdiff.render import tables

    _check_kind(kind, FACT_KINDS)
    if engine not in ("local", "dask"):
        _fail(f"--engine must be local or dask, not {engine!r}")
    if engine == "dask" or scheduler or output:
        if engine != "dask":
            _fail("--scheduler and --output go with --engine dask")
        from newsdiff.cli_stream import extract_with_dask

        extract_with_dask(paths, _options(reference_date), output, scheduler, _say, _fail)
        return
    run = Run(jobs, cache_dir, no_cache)
    if jsonl:
        if as_json:
            _fail("--json and --jsonl are two output formats; choose one")
        from newsdiff.cli_stream import extract_jsonl

        extract_jsonl(paths, _options(reference_date), kind, run.extraction, _say, _fail)
        return
    result = _load(paths, _options(reference_date), with_claims=False, run=run)
    if kind:
        result = filters.narrow(result, lambda f: f.kind == kind)
    _finish(result, as_json, lambda: tables.facts_view(result))


@app.command(epilog="Example: newsdiff text samples/000_593bc82152ba3544.txt | cut -c 1-80\n\n" + EXIT_HELP)
def text(
    file: str = typer.Argument(..., help="One article file (.txt, .md, .json) or a JSONL file."),
    record: Optional[str] = typer.Option(None, "--id", help="For a JSONL file: the record id to print."),
) -> None:
    """Print the exact text that fact offsets index into."""
    from newsdiff.io import ingest

    sources, skipped, _ = ingest.read([file])
    for s in skipped:
        _say(f"skipped {s.path}: {s.reason}")
    if record is not None:
        sources = [s for s in sources if s.id == record]
    if not sources:
        _fail(f"{file}: no readable article" + (f" with id {record!r}" if record else ""))
    for source in sources:
        sys.stdout.write(source.text)
        if not source.text.endswith("\n"):
            sys.stdout.write("\n")
    if skipped:
        raise typer.Exit(int(ExitCode.SKIPPED))


def _version(value: bool) -> None:
    if value:
        print(f"newsdiff {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version."),
) -> None:
    """Compare how several news articles report the same story."""


def main() -> None:
    """Entry point of the `newsdiff` console script."""
    app()
