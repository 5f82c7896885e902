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
import os
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, List, Optional

import typer

from newsdiff import __version__
from newsdiff.exitcodes import ExitCode
from newsdiff.model import FACT_KINDS, STATUSES, Kind, Result
from newsdiff.options import Options
from newsdiff.render.formats import FORMATS

# The extractors, comparison, renderers and the web readers are imported inside the commands that
# use them: importing them costs about a second (the date patterns alone compile in 0.15 s), and
# `newsdiff --version` or `--help` needs none of them.

EXIT_HELP = ("Exit codes: 0 all input read; 1 some input skipped (reported on stderr, then summarised); "
             "2 usage error or no usable input.")

PROGRESS_THRESHOLD = 50  # sources; below this a progress bar only flickers
WIDE_WIDTH = 100_000  # --wide: the console is as wide as any table could need
COLORS = ("auto", "always", "never")
TEXT_VIEWS = ("table", "markdown")  # formats read as text: control characters escaped
PAGES_FOLDER = "pages"  # fetched pages, beside the extraction cache in the cache folder

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    help="Compare how several news articles report the same story.\n\n"
    "Example: newsdiff compare ./articles\n\n" + EXIT_HELP,
)

PathsArg = typer.Argument(
    None, help="Article files or folders (walked recursively, in sorted order), http(s) URLs, or - for standard input."
)
JsonOpt = typer.Option(False, "--json", help="Print the JSON document (contract v1, docs/json.md).")
RefOpt = typer.Option(
    None,
    "--reference-date",
    metavar="YYYY-MM-DD",
    help="Resolve relative dates in sources that carry no publication date of their own.",
)
UrlsOpt = typer.Option(None, "--urls", metavar="FILE", help="Also read the URLs listed in FILE, one a line; # starts a comment.")
StdinFormatOpt = typer.Option(None, "--stdin-format", help="How to read - (standard input): text, json or html. Default: sniffed.")
# One cache folder serves both caches: extracted facts (a SQLite file) and fetched pages (pages/).
CacheDirOpt = typer.Option(
    None,
    "--cache-dir",
    envvar="NEWSDIFF_CACHE_DIR",
    metavar="DIR",
    help="Folder for the caches: extracted facts and, under pages/, fetched URLs. Default: the user cache folder.",
)
NoCacheOpt = typer.Option(
    False, "--no-cache", help="Use no cached copy: extract afresh (storing nothing) and fetch URLs again (replacing the copy)."
)
JobsOpt = typer.Option(
    None, "--jobs", "-j", min=1, help="Extract with this many processes (default: the machine's cores)."
)
StrictOpt = typer.Option(False, "--strict", help="Fail (exit 1, no output) if any input is skipped.")
TimeLimitOpt = typer.Option(
    120.0, "--time-limit", metavar="SECONDS", help="Skip a source whose extraction takes longer (0: no limit)."
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


@dataclass(frozen=True)
class _Web:
    """Where articles come from besides paths: a URL list, standard input's format, the cache."""

    urls: Optional[str] = None
    stdin_format: Optional[str] = None
    no_cache: bool = False
    cache_dir: Optional[str] = None

    def has_inputs(self, paths: Optional[List[str]]) -> bool:
        """Whether anything is to be fetched or read from standard input."""
        from newsdiff.io import fetch, stdin

        return self.urls is not None or any(p == stdin.LABEL or fetch.is_url(p) for p in paths or [])


class Run:
    """How to extract: processes, cache and time budget (the options every reading command shares)."""

    def __init__(self, jobs: Optional[int], cache_dir: Optional[str], no_cache: bool, time_limit: float = 0):
        self.jobs, self.cache_dir, self.no_cache = jobs, cache_dir, no_cache
        self.time_limit = time_limit or None

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


def _read(paths: Optional[List[str]], web: Optional[_Web]):
    from newsdiff.io import fetch, ingest, stdin

    web = web or _Web()
    paths = list(paths or [])
    listed: list = []
    if web.urls is not None:
        urls, listed = fetch.read_url_list(web.urls)
        paths += urls
    if not paths:
        _fail("no input: give files, folders, URLs, - or --urls FILE")
    if web.stdin_format is not None and web.stdin_format not in stdin.FORMATS:
        _fail(f"--stdin-format must be one of {', '.join(stdin.FORMATS)}, not {web.stdin_format!r}")
    pages = _cache_root(web.cache_dir) / PAGES_FOLDER
    fetching = fetch.FetchOptions(cache_dir=pages, refresh=web.no_cache)
    sources, skipped, notes = ingest.read(paths, fetching, web.stdin_format)
    return sources, listed + skipped, notes


def _load(paths: Optional[List[str]], options: Options, with_claims: bool, web: _Web, run: Run) -> Result:
    from rich.progress import Progress

    from newsdiff.combine import combine
    from newsdiff.model import Skipped

    sources, skipped, notes = _read(paths, web)
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
    for s in failed:
        _say(f"skipped {s.path}: {s.reason}")
    extracted = [o for o in outcomes if not isinstance(o, Skipped)]
    if not extracted:
        _fail(f"no usable input ({len(skipped) + len(failed)} skipped)")
    result = combine(extracted, with_claims=with_claims)
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


def _finish(result: Result, as_json: bool, view, strict: bool = False) -> None:
    """Write the output (JSON, or `view(result)` made terminal-safe), the closing summary of what
    was skipped, and exit with the code that says how complete the output is."""
    from newsdiff.render import json as json_render
    from newsdiff.render.safe import safe_result

    code = _summarise(result, strict)
    if as_json:
        _emit(lambda: sys.stdout.write(json_render.dumps(result) + "\n"))
    else:
        # Piped, a table is as wide as its content: one row a line that grep and less can read,
        # never hard-wrapped at an arbitrary 80 columns.
        _emit(lambda: _out(wide=not sys.stdout.isatty()).print(view(safe_result(result))))
    _exit(code)


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
    fmt: Optional[str] = typer.Option(
        None, "--format", "-f", help="Output format: " + ", ".join(FORMATS) + " (docs/formats.md). Default: table."),
    output: Optional[str] = typer.Option(
        None, "--output", "-o", metavar="FILE", help="Write to FILE (atomically) instead of stdout; '-' is stdout."),
    claims: bool = typer.Option(False, "--claims", help="With --format csv: one row per claim and source, not per fact."),
    color: str = typer.Option("auto", "--color", help="Colour: auto (a terminal without NO_COLOR), always, never."),
    wide: bool = typer.Option(False, "--wide", help="Tables as wide as their content, nothing shortened (for less -S)."),
    urls: Optional[str] = UrlsOpt,
    stdin_format: Optional[str] = StdinFormatOpt,
    jobs: Optional[int] = JobsOpt,
    cache_dir: Optional[str] = CacheDirOpt,
    no_cache: bool = NoCacheOpt,
    strict: bool = StrictOpt,
    time_limit: float = TimeLimitOpt,
) -> None:
    """Line up what each source reports and show where they agree, differ or conflict."""
    from newsdiff.compare import filters
    from newsdiff.render.formats import renderer
    from newsdiff.render.output import write_atomic
    from newsdiff.render.safe import safe_result

    if only is not None and only not in STATUSES:
        _fail(f"--only must be one of {', '.join(STATUSES)}, not {only!r}")
    _check_kind(kind, (Kind.NUMBER, Kind.DATE, Kind.QUOTE, Kind.ROLE))
    if fmt is not None and fmt not in FORMATS:
        _fail(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if as_json and fmt not in (None, "json"):
        _fail(f"--json and --format {fmt} ask for two formats; use one")
    if color not in COLORS:
        _fail(f"--color must be one of {', '.join(COLORS)}, not {color!r}")
    fmt = "json" if as_json else (fmt or "table")
    result = _load(paths, _options(reference_date), True, _Web(urls, stdin_format, no_cache, cache_dir),
                   Run(jobs, cache_dir, no_cache, time_limit))
    if only or kind:
        result = filters.narrow(
            result,
            (lambda f: f.kind == kind) if kind else None,
            lambda c: (not only or c.status == only) and (not kind or c.kind == kind),
        )
    code = _summarise(result, strict)
    # The text views (table, Markdown) show article text and file names as a terminal would show
    # them, so their control characters are escaped first; JSON, CSV and HTML escape on their own.
    shown = safe_result(result) if fmt in TEXT_VIEWS else result
    if output is not None and output != "-":
        try:
            write_atomic(output, renderer(fmt, claims)(shown))
        except OSError as exc:
            _fail(f"cannot write {output}: {exc.strerror or exc}")
        _say(f"wrote {output} ({fmt})")
    elif fmt == "table":
        _emit(lambda: _print_compare(shown, color, wide))
    else:
        _emit(lambda: sys.stdout.write(renderer(fmt, claims)(shown)))
    _exit(code)


def _print_compare(result: Result, color: str, wide: bool) -> None:
    from newsdiff.render.claims_view import compare_lines, compare_view

    console = _out(color, wide)
    if sys.stdout.isatty() or wide:
        console.print(compare_view(result, wide))
    else:
        # A pipe or file: one record a line, tab-separated, never wrapped (docs/formats.md).
        for line in compare_lines(result):
            console.print(line, soft_wrap=True)


@app.command(epilog='Example: newsdiff quotes samples --speaker "Wang Wenbin"\n\n' + EXIT_HELP)
def quotes(
    paths: List[str] = PathsArg,
    speaker: Optional[str] = typer.Option(
        None, "--speaker", help="Only this speaker: full name, any alias or the surname; case, hyphens and accents ignored."
    ),
    as_json: bool = JsonOpt,
    reference_date: Optional[str] = RefOpt,
    urls: Optional[str] = UrlsOpt,
    stdin_format: Optional[str] = StdinFormatOpt,
    jobs: Optional[int] = JobsOpt,
    cache_dir: Optional[str] = CacheDirOpt,
    no_cache: bool = NoCacheOpt,
    strict: bool = StrictOpt,
    time_limit: float = TimeLimitOpt,
) -> None:
    """Every quotation with its speaker, the speaker's role, the source and the cue."""
    from newsdiff.compare import filters
    from newsdiff.render import tables
    from newsdiff.render.quotes_view import quotes_grouped_view

    result = _load(paths, _options(reference_date), True, _Web(urls, stdin_format, no_cache, cache_dir),
                   Run(jobs, cache_dir, no_cache, time_limit))
    if speaker is not None:
        result = filters.by_speaker(result, speaker)
    else:
        result = filters.narrow(result, lambda f: f.kind == Kind.QUOTE, lambda c: c.kind == Kind.QUOTE)
    _finish(result, as_json, lambda shown: quotes_grouped_view(shown, tables.role_index(shown.people)), strict)


def _kind_command(kind: str, view_name: str):
    def command(
        paths: List[str] = PathsArg,
        as_json: bool = JsonOpt,
        reference_date: Optional[str] = RefOpt,
        urls: Optional[str] = UrlsOpt,
        stdin_format: Optional[str] = StdinFormatOpt,
        jobs: Optional[int] = JobsOpt,
        cache_dir: Optional[str] = CacheDirOpt,
        no_cache: bool = NoCacheOpt,
        strict: bool = StrictOpt,
        time_limit: float = TimeLimitOpt,
    ) -> None:
        from newsdiff.compare import filters
        from newsdiff.render import tables

        result = _load(paths, _options(reference_date), True, _Web(urls, stdin_format, no_cache, cache_dir),
                       Run(jobs, cache_dir, no_cache, time_limit))
        result = filters.narrow(result, lambda f: f.kind == kind, lambda c: c.kind == kind)
        view = getattr(tables, view_name)
        _finish(result, as_json, lambda shown: view(shown.facts), strict)

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
    urls: Optional[str] = UrlsOpt,
    stdin_format: Optional[str] = StdinFormatOpt,
    jobs: Optional[int] = JobsOpt,
    cache_dir: Optional[str] = CacheDirOpt,
    no_cache: bool = NoCacheOpt,
    strict: bool = StrictOpt,
    time_limit: float = TimeLimitOpt,
) -> None:
    """Every person and organization: aliases, roles per source, how many quotes."""
    from newsdiff.compare import filters
    from newsdiff.render import tables

    result = _load(paths, _options(reference_date), True, _Web(urls, stdin_format, no_cache, cache_dir),
                   Run(jobs, cache_dir, no_cache, time_limit))
    result = filters.narrow(result, lambda f: f.kind in (Kind.QUOTE, Kind.ATTRIBUTION), lambda c: c.kind == Kind.ROLE)
    _finish(result, as_json, lambda shown: tables.people_table(shown.people, tables.quote_counts(shown)), strict)


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
    urls: Optional[str] = UrlsOpt,
    stdin_format: Optional[str] = StdinFormatOpt,
    jobs: Optional[int] = JobsOpt,
    cache_dir: Optional[str] = CacheDirOpt,
    no_cache: bool = NoCacheOpt,
    strict: bool = StrictOpt,
    time_limit: float = TimeLimitOpt,
) -> None:
    """Facts per source, with no cross-source comparison."""
    from newsdiff.compare import filters
    from newsdiff.render import tables

    _check_kind(kind, FACT_KINDS)
    web = _Web(urls, stdin_format, no_cache, cache_dir)
    if engine not in ("local", "dask"):
        _fail(f"--engine must be local or dask, not {engine!r}")
    if engine == "dask" or scheduler or output:
        if engine != "dask":
            _fail("--scheduler and --output go with --engine dask")
        if web.has_inputs(paths):
            _fail("--engine dask reads files and folders; save URLs and standard input to files first")
        from newsdiff.cli_stream import extract_with_dask

        extract_with_dask(paths, _options(reference_date), output, scheduler, _say, _fail)
        return
    run = Run(jobs, cache_dir, no_cache, time_limit)
    if jsonl:
        if as_json:
            _fail("--json and --jsonl are two output formats; choose one")
        from newsdiff.cli_stream import extract_jsonl

        # Files are read lazily as a stream; URLs and standard input are read first, as a whole.
        given = _read(paths, web) if web.has_inputs(paths) else None
        extract_jsonl(paths, _options(reference_date), kind, run.extraction, _say, _fail, given, strict)
        return
    result = _load(paths, _options(reference_date), False, web, run)
    if kind:
        result = filters.narrow(result, lambda f: f.kind == kind)
    _finish(result, as_json, tables.facts_view, strict)


@app.command("export", epilog="Example: newsdiff export samples --sqlite out.db\n\n" + EXIT_HELP)
def export_command(
    paths: List[str] = PathsArg,
    sqlite: str = typer.Option(..., "--sqlite", metavar="FILE", help="The SQLite database to write (replaced atomically)."),
    reference_date: Optional[str] = RefOpt,
    urls: Optional[str] = UrlsOpt,
    stdin_format: Optional[str] = StdinFormatOpt,
    jobs: Optional[int] = JobsOpt,
    cache_dir: Optional[str] = CacheDirOpt,
    no_cache: bool = NoCacheOpt,
    strict: bool = StrictOpt,
    time_limit: float = TimeLimitOpt,
) -> None:
    """Write sources, facts, people and claims to a SQLite database (sqlite3, Datasette)."""
    from newsdiff.render import sqlite as sqlite_render

    result = _load(paths, _options(reference_date), True, _Web(urls, stdin_format, no_cache, cache_dir),
                   Run(jobs, cache_dir, no_cache, time_limit))
    code = _summarise(result, strict)
    try:
        sqlite_render.export(result, sqlite)
    except OSError as exc:
        _fail(f"cannot write {sqlite}: {exc.strerror or exc}")
    _say(f"wrote {sqlite}: {len(result.sources)} sources, {len(result.facts)} facts, {len(result.claims)} claims")
    _exit(code)


@app.command(epilog="Example: newsdiff text samples/000_593bc82152ba3544.txt | cut -c 1-80\n\n" + EXIT_HELP)
def text(
    file: str = typer.Argument(..., help="One article file (.txt, .md, .json, .html), a JSONL file, a URL or -."),
    record: Optional[str] = typer.Option(None, "--id", help="For a JSONL file: the record id to print."),
    stdin_format: Optional[str] = StdinFormatOpt,
    cache_dir: Optional[str] = CacheDirOpt,
    no_cache: bool = NoCacheOpt,
) -> None:
    """Print the exact text that fact offsets index into."""
    from newsdiff.render.safe import safe

    sources, skipped, notes = _read([file], _Web(None, stdin_format, no_cache, cache_dir))
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
    shown = safe if sys.stdout.isatty() else str

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
    app()
