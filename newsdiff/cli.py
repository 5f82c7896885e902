"""The command-line interface: parses options, calls the library, prints.

Data goes to stdout (a rich table, or the JSON document with --json); messages go to stderr, each
made terminal-safe (`render.safe`), as is every string a terminal view shows.
Exit codes: 0 every input read, 1 some input skipped (each reported, then a closing summary),
2 usage error or no usable input. `--strict` turns any skip into a failure with no output. A reader
that closes the pipe early (`| head`, `| true`) ends the run quietly with the code it would have had.
"""

from __future__ import annotations

import datetime as dt
import functools
import gc
import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import Callable, Optional

import typer

from newsdiff import __version__
from newsdiff.cli_options import ALL_INPUT_OPTIONS, COLORS, InputOptions, OutputOptions, shared
from newsdiff.exitcodes import ExitCode
from newsdiff.model import FACT_KINDS, STATUSES, Kind, Result
from newsdiff.options import Options
from newsdiff.render.formats import FACT_FORMATS, FORMATS

# The extractors, comparison, renderers and the web readers are imported inside the commands that
# use them: importing them costs about a second (the date patterns alone compile in 0.15 s), and
# `newsdiff --version` or `--help` needs none of them.

EXIT_HELP = ("Exit codes: 0 all input read; 1 some input skipped (reported on stderr, then summarised); "
             "2 usage error or no usable input.")

PROGRESS_THRESHOLD = 50  # sources; below this a progress bar only flickers
WIDE_WIDTH = 100_000  # --wide: the console is as wide as any table could need
TEXT_VIEWS = ("table", "markdown")  # formats read as text: control characters escaped
PAGES_FOLDER = "pages"  # fetched pages, beside the extraction cache in the cache folder

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    help="Compare how several news articles report the same story.\n\n"
    "Example: newsdiff compare ./articles\n\n" + EXIT_HELP,
)

# The edges of the calendar Python dates cover: relative dates past them stay unresolved.
EDGE_YEARS = (1, 9999)


def _err():
    from rich.console import Console

    # soft_wrap: a message is one line however narrow the terminal or pipe
    return Console(stderr=True, highlight=False, soft_wrap=True)


@functools.cache
def _stdout_class():
    from rich.console import Console

    class _Stdout(Console):
        """The data console: when the reader closes the pipe, stop writing and let the run end with
        its own exit code (rich's default exits 1, which here would mean "input skipped")."""

        def on_broken_pipe(self) -> None:
            self.quiet = True
            _silence_stdout()

    return _Stdout


def _silence_stdout() -> None:
    # Point stdout at /dev/null so the interpreter's final flush does not fail either.
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _is_terminal() -> bool:
    """Whether stdout is a terminal (tables) rather than a pipe or file (line forms, exact text)."""
    return sys.stdout.isatty()


def _out(color: str = "auto", wide: bool = False):
    # --color never/always win over NO_COLOR and the terminal check; auto leaves both to rich.
    # --wide: a table as wide as its content (for `less -S`), never cut.
    kwargs: dict = {"highlight": False}
    if color == "never":
        kwargs.update(color_system=None, no_color=True)
    elif color == "always":
        kwargs.update(force_terminal=True, no_color=False)
    if wide:
        kwargs["width"] = WIDE_WIDTH
    return _stdout_class()(**kwargs)


def _say(message: str) -> None:
    """One line on stderr, with any control characters from file names or text made visible."""
    from rich.text import Text

    from newsdiff.render.safe import safe

    _err().print(Text(safe(f"newsdiff: {message}")))


def _fail(message: str) -> None:
    _say(message)
    raise typer.Exit(int(ExitCode.USAGE))


def _options(reference_date: Optional[str]) -> Options:
    if reference_date is None:
        return Options()
    try:
        date = dt.date.fromisoformat(reference_date)
    except ValueError:
        _fail(f"--reference-date {reference_date!r} is not a date like 2023-10-13")
        raise  # unreachable: _fail exits
    if date.year in EDGE_YEARS:
        _say(f"note: --reference-date {reference_date} is at the edge of the supported calendar "
             "(years 1 to 9999); relative dates that fall outside it are left unresolved")
    return Options(reference_date=date)


def _cache_root(cache_dir: Optional[str]) -> Path:
    """The one cache folder: `--cache-dir` (or NEWSDIFF_CACHE_DIR), else the user cache folder."""
    if cache_dir:
        return Path(cache_dir).expanduser()
    from newsdiff import cache

    return cache.default_dir()


def _fetches_or_reads_stdin(reading: InputOptions) -> bool:
    """Whether anything is to be fetched or read from standard input."""
    from newsdiff.io import fetch, stdin

    return reading.urls is not None or any(p == stdin.LABEL or fetch.is_url(p) for p in reading.paths or [])


class Run:
    """How to extract: processes, cache and time budget (the options every reading command shares)."""

    def __init__(self, reading: InputOptions):
        self.jobs, self.cache_dir, self.no_cache = reading.jobs, reading.cache_dir, reading.no_cache
        self.time_limit = reading.time_limit or None

    def comparison_jobs(self) -> int:
        """Processes for building claims: `--jobs`, else the machine's cores (the comparison starts
        them only when there is enough work)."""
        from newsdiff import parallel

        return self.jobs if self.jobs is not None else parallel.default_jobs()

    def extraction(self, options: Options, sources: Optional[int]):
        """An `Extraction` for about `sources` sources (None: unknown, a stream)."""
        from newsdiff import cache, parallel

        jobs = self.jobs
        if jobs is None:
            jobs = parallel.default_jobs()
            if sources is not None:  # starting processes costs more than a handful of sources
                jobs = min(jobs, max(1, sources // parallel.WINDOW_PER_JOB))
        store = None
        if not self.no_cache:
            store = cache.Cache(_cache_root(self.cache_dir), lambda message: _say(f"warning: {message}"))
        return parallel.Extraction(options, jobs=jobs, cache=store, time_limit=self.time_limit)


def _read(reading: InputOptions):
    from newsdiff.io import fetch, ingest, stdin

    paths = list(reading.paths or [])
    listed: list = []
    if reading.urls is not None:
        urls, listed = fetch.read_url_list(reading.urls)
        paths += urls
    if not paths:
        _fail("no input: give files, folders, URLs, - or --urls FILE")
    if reading.stdin_format is not None and reading.stdin_format not in stdin.FORMATS:
        _fail(f"--stdin-format must be one of {', '.join(stdin.FORMATS)}, not {reading.stdin_format!r}")
    pages = _cache_root(reading.cache_dir) / PAGES_FOLDER
    fetching = fetch.FetchOptions(cache_dir=pages, refresh=reading.no_cache)
    sources, skipped, notes = ingest.read(paths, fetching, reading.stdin_format)
    return sources, listed + skipped, notes


def _load(reading: InputOptions, with_claims: bool = True) -> Result:
    from rich.progress import Progress

    from newsdiff.combine import combine
    from newsdiff.model import Skipped

    options = _options(reading.reference_date)
    sources, skipped, notes = _read(reading)
    for note in notes:
        _say(f"note: {note}")
    for s in skipped:
        _say(f"skipped {s.path}: {s.reason}")
    if not sources:
        _fail("no usable input" + (f" ({len(skipped)} skipped)" if skipped else ""))
    err = _err()
    run = Run(reading)
    with run.extraction(options, len(sources)) as extraction:
        if err.is_terminal and len(sources) >= PROGRESS_THRESHOLD:
            with Progress(transient=True, console=err) as progress:
                task = progress.add_task("extracting", total=len(sources))
                outcomes = list(extraction.run(sources, on_source=lambda _: progress.advance(task)))
        else:
            outcomes = list(extraction.run(sources))
    failed = tuple(o for o in outcomes if isinstance(o, Skipped))
    for s in failed:
        _say(f"skipped {s.path}: {s.reason}")
    extracted = [o for o in outcomes if not isinstance(o, Skipped)]
    if not extracted:
        _fail(f"no usable input ({len(skipped) + len(failed)} skipped)")
    result = combine(extracted, with_claims=with_claims, jobs=run.comparison_jobs())
    return replace(result, skipped=tuple(skipped) + failed)


def _summarise(result: Result, strict: bool) -> ExitCode:
    """The closing summary of what was skipped; the exit code that says how complete the output
    is. With `strict`, any skip ends the run here, before any output."""
    skipped = len(result.skipped)
    if not skipped:
        return ExitCode.OK
    total = skipped + len(result.sources)
    what = "no output written (--strict)" if strict else f"the output covers the other {len(result.sources)}"
    _say(f"{skipped} of {total} inputs skipped (each listed above); {what}")
    if strict:
        raise typer.Exit(int(ExitCode.SKIPPED))
    return ExitCode.SKIPPED


def _emit(write: Callable[[], object]) -> None:
    """Run `write` (which writes to stdout) and flush; a reader that closed the pipe (`| head`,
    `| true`) has what it wanted, so the run ends as it would have."""
    try:
        write()
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()


def _exit(code: ExitCode) -> None:
    if code:
        raise typer.Exit(int(code))


def _format(view: OutputOptions, formats: tuple[str, ...] = FORMATS) -> str:
    """The output format `view` asks for (`table` unless told), after checking its options."""
    if view.fmt is not None and view.fmt not in formats:
        _fail(f"--format must be one of {', '.join(formats)}, not {view.fmt!r}")
    if view.as_json and view.fmt not in (None, "json"):
        _fail(f"--json and --format {view.fmt} ask for two formats; use one")
    if view.color not in COLORS:
        _fail(f"--color must be one of {', '.join(COLORS)}, not {view.color!r}")
    return "json" if view.as_json else (view.fmt or "table")


def _show(result: Result, view: OutputOptions, fmt: str, table: Callable[[Result], object], strict: bool) -> None:
    """Write the output as `fmt` (to `view.output` or stdout; `table(result)` prints the terminal
    view), the closing summary of what was skipped, and exit with the code that says how complete
    the output is."""
    from newsdiff.render.formats import writer
    from newsdiff.render.output import stream_atomic
    from newsdiff.render.safe import safe_result

    code = _summarise(result, strict)
    # The text views (table, Markdown) show article text and file names as a terminal would show
    # them, so their control characters are escaped first; JSON, CSV and HTML escape on their own.
    shown = safe_result(result) if fmt in TEXT_VIEWS else result
    if view.output is not None and view.output != "-":
        try:
            stream_atomic(view.output, lambda stream: writer(fmt, view.claims)(shown, stream))
        except OSError as exc:
            _fail(f"cannot write {view.output}: {exc.strerror or exc}")
        _say(f"wrote {view.output} ({fmt})")
    elif fmt == "table":
        _emit(lambda: table(shown))
    else:
        _emit(lambda: writer(fmt, view.claims)(shown, sys.stdout))
    _exit(code)


def _table_printer(view: OutputOptions, make: Callable[[Result, bool], object]) -> Callable[[Result], None]:
    """The terminal view of a per-kind command: `make(result, wide)` printed as `view` asks. With
    --wide, or piped, a table is as wide as its content (`wide`: no column capped): one row a line
    that grep and less can read, never hard-wrapped at an arbitrary 80 columns."""

    def show(shown: Result) -> None:
        wide = view.wide or not _is_terminal()
        _out(view.color, wide).print(make(shown, wide))

    return show


def _refuse_view(view: OutputOptions, path: str, what: str) -> None:
    """Fail on any view option that `path` (an output of its own, `what` it writes) would ignore:
    an option given and silently dropped would be a surprise."""
    given = [name for name, on in (("--json", view.as_json), ("--format", view.fmt is not None),
                                   ("--color", view.color != "auto"), ("--wide", view.wide)) if on]
    if given:
        _fail(f"{given[0]} does not apply to {path}, which {what}; leave it out")


def _check_kind(kind: Optional[str], allowed) -> None:
    if kind is not None and kind not in allowed:
        _fail(f"--kind must be one of {', '.join(allowed)}, not {kind!r}")


# The output options of each table-printing command: compare offers every format and writes files;
# the per-kind commands offer the forms that hold facts (FACT_FORMATS); people has only its table.
COMPARE_VIEW = ("as_json", "fmt", "output", "claims", "color", "wide")
FACTS_VIEW = ("as_json", "fmt", "color", "wide")
PEOPLE_VIEW = ("as_json", "color", "wide")


@app.command(epilog="Example: newsdiff compare samples --reference-date 2023-10-13\n\n" + EXIT_HELP)
@shared(ALL_INPUT_OPTIONS, COMPARE_VIEW)
def compare(
    reading: InputOptions,
    view: OutputOptions,
    only: Optional[str] = typer.Option(None, "--only", help="Show only claims with this status: " + ", ".join(STATUSES)),
    kind: Optional[str] = typer.Option(None, "--kind", help="Show only claims of this kind: number, date, quote, role."),
) -> None:
    """Line up what each source reports and show where they agree, differ or conflict."""
    from newsdiff.compare import filters

    if only is not None and only not in STATUSES:
        _fail(f"--only must be one of {', '.join(STATUSES)}, not {only!r}")
    _check_kind(kind, (Kind.NUMBER, Kind.DATE, Kind.QUOTE, Kind.ROLE))
    fmt = _format(view)
    result = _load(reading)
    if only or kind:
        result = filters.narrow(
            result,
            (lambda f: f.kind == kind) if kind else None,
            lambda c: (not only or c.status == only) and (not kind or c.kind == kind),
        )
    _show(result, view, fmt, lambda shown: _print_compare(shown, view.color, view.wide), reading.strict)


def _print_compare(result: Result, color: str, wide: bool) -> None:
    from newsdiff.render.claims_view import compare_lines, compare_view

    console = _out(color, wide)
    if _is_terminal() or wide:
        console.print(compare_view(result, wide))
    else:
        # A pipe or file: one record a line, tab-separated, never wrapped (docs/formats.md).
        for line in compare_lines(result):
            console.print(line, soft_wrap=True)


@app.command(epilog='Example: newsdiff quotes samples --speaker "Wang Wenbin"\n\n' + EXIT_HELP)
@shared(ALL_INPUT_OPTIONS, FACTS_VIEW, FACT_FORMATS)
def quotes(
    reading: InputOptions,
    view: OutputOptions,
    speaker: Optional[str] = typer.Option(
        None, "--speaker", help="Only this speaker: full name, any alias or the surname; case, hyphens and accents ignored."
    ),
) -> None:
    """Every quotation with its speaker, the speaker's role, the source and the cue."""
    from newsdiff.compare import filters
    from newsdiff.render import tables
    from newsdiff.render.quotes_view import quotes_grouped_view

    fmt = _format(view, FACT_FORMATS)
    result = _load(reading)
    if speaker is not None:
        result = filters.by_speaker(result, speaker)
    else:
        result = filters.narrow(result, lambda f: f.kind == Kind.QUOTE, lambda c: c.kind == Kind.QUOTE)
    table = _table_printer(view, lambda shown, _wide: quotes_grouped_view(shown, tables.role_index(shown.people)))
    _show(result, view, fmt, table, reading.strict)


def _kind_command(kind: str, view_name: str):
    @shared(ALL_INPUT_OPTIONS, FACTS_VIEW, FACT_FORMATS)
    def command(reading: InputOptions, view: OutputOptions) -> None:
        from newsdiff.compare import filters
        from newsdiff.render import tables

        fmt = _format(view, FACT_FORMATS)
        result = _load(reading)
        result = filters.narrow(result, lambda f: f.kind == kind, lambda c: c.kind == kind)
        make = getattr(tables, view_name)
        _show(result, view, fmt, _table_printer(view, lambda shown, _wide: make(shown.facts)), reading.strict)

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
@shared(ALL_INPUT_OPTIONS, PEOPLE_VIEW)
def people_command(reading: InputOptions, view: OutputOptions) -> None:
    """Every person and organization: aliases, roles per source, how many quotes."""
    from newsdiff.compare import filters
    from newsdiff.render import tables

    fmt = _format(view, ("table", "json"))
    result = _load(reading)
    result = filters.narrow(result, lambda f: f.kind in (Kind.QUOTE, Kind.ATTRIBUTION), lambda c: c.kind == Kind.ROLE)
    table = _table_printer(view, lambda shown, _wide: tables.people_table(shown.people, tables.quote_counts(shown)))
    _show(result, view, fmt, table, reading.strict)


@app.command(epilog="Example: newsdiff extract samples/000_593bc82152ba3544.txt --kind quote\n\n" + EXIT_HELP)
@shared(ALL_INPUT_OPTIONS, FACTS_VIEW, FACT_FORMATS)
def extract(
    reading: InputOptions,
    view: OutputOptions,
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
) -> None:
    """Facts per source, with no cross-source comparison."""
    from newsdiff.compare import filters
    from newsdiff.render import tables

    _check_kind(kind, FACT_KINDS)
    fmt = _format(view, FACT_FORMATS)  # the view options are checked whichever path runs
    if engine not in ("local", "dask"):
        _fail(f"--engine must be local or dask, not {engine!r}")
    if engine == "dask" or scheduler or output:
        if engine != "dask":
            _fail("--scheduler and --output go with --engine dask")
        if jsonl:
            _fail("--engine dask writes JSONL shards to --output and --jsonl streams to stdout; choose one")
        _refuse_view(view, "--engine dask", "writes JSONL shards to --output")
        if _fetches_or_reads_stdin(reading):
            _fail("--engine dask reads files and folders; save URLs and standard input to files first")
        from newsdiff.cli_stream import extract_with_dask

        gc.enable()  # a long run over shards, and Dask's own structures hold cycles (see `main`)
        extract_with_dask(list(reading.paths or []), _options(reading.reference_date), output, scheduler, _say, _fail)
        return
    if jsonl:
        if view.as_json or view.fmt is not None:
            _fail(f"{'--json' if view.as_json else '--format'} and --jsonl are two output formats; choose one")
        _refuse_view(view, "--jsonl", "streams one JSON object a line")
        from newsdiff.cli_stream import extract_jsonl

        gc.enable()  # a stream keeps little, for as long as the archive lasts (see `main`)

        # Files are read lazily as a stream; URLs and standard input are read first, as a whole.
        given = _read(reading) if _fetches_or_reads_stdin(reading) else None
        extract_jsonl(list(reading.paths or []), _options(reading.reference_date), kind, Run(reading).extraction,
                      _say, _fail, given, reading.strict)
        return
    result = _load(reading, with_claims=False)
    if kind:
        result = filters.narrow(result, lambda f: f.kind == kind)
    _show(result, view, fmt, _table_printer(view, tables.facts_view), reading.strict)


@app.command("export", epilog="Example: newsdiff export samples --sqlite out.db\n\n" + EXIT_HELP)
@shared(ALL_INPUT_OPTIONS)
def export_command(
    reading: InputOptions,
    sqlite: str = typer.Option(..., "--sqlite", metavar="FILE", help="The SQLite database to write (replaced atomically)."),
) -> None:
    """Write sources, facts, people and claims to a SQLite database (sqlite3, Datasette)."""
    from newsdiff.render import sqlite as sqlite_render

    result = _load(reading)
    code = _summarise(result, reading.strict)
    try:
        sqlite_render.export(result, sqlite)
    except OSError as exc:
        _fail(f"cannot write {sqlite}: {exc.strerror or exc}")
    _say(f"wrote {sqlite}: {len(result.sources)} sources, {len(result.facts)} facts, {len(result.claims)} claims")
    _exit(code)


@app.command(epilog="Example: newsdiff text samples/000_593bc82152ba3544.txt | cut -c 1-80\n\n" + EXIT_HELP)
@shared(("stdin_format", "cache_dir", "no_cache"))
def text(
    reading: InputOptions,
    file: str = typer.Argument(..., help="One article file (.txt, .md, .json, .html), a JSONL file, a URL or -."),
    record: Optional[str] = typer.Option(None, "--id", help="For a JSONL file: the record id to print."),
) -> None:
    """Print the exact text that fact offsets index into."""
    from newsdiff.render.safe import safe

    sources, skipped, notes = _read(replace(reading, paths=[file]))
    for note in notes:
        _say(f"note: {note}")
    for s in skipped:
        _say(f"skipped {s.path}: {s.reason}")
    if record is not None:
        sources = [s for s in sources if s.id == record]
    if not sources:
        _fail(f"{file}: no readable article" + (f" with id {record!r}" if record else ""))
    # Piped, the text is exact (offsets index into it); on a terminal, control characters in it are
    # shown as escapes rather than obeyed.
    shown = safe if _is_terminal() else str

    def write() -> None:
        for source in sources:
            sys.stdout.write(shown(source.text))
            if not source.text.endswith("\n"):
                sys.stdout.write("\n")

    _emit(write)
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
    # A command that loads a folder builds its objects (sources, facts, people, claims) once and
    # keeps nearly all of them to its end, with no reference cycles worth collecting (none in
    # extraction, measured; a few in the comparison): the collector's passes over a heap that only
    # grows were a fifth of a warm comparison of 10,000 articles (20 of 88 CPU seconds, three
    # quarters of it in full collections). The process is short-lived, so its memory is freed when
    # it ends. Streaming `extract --jsonl` turns the collector back on (`extract`): it must run an
    # archive larger than memory in flat memory.
    gc.disable()
    app()
