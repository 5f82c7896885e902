"""The command-line interface: parses options, calls the library, prints.

Data goes to stdout (a rich table, or the JSON document with --json); messages go to stderr, each
made terminal-safe (`render.safe`), as is every string a terminal view shows.
Exit codes: 0 every input read, 1 some input skipped (each reported, then a closing summary),
2 usage error or no usable input. `--strict` turns any skip into a failure with no output. A reader
that closes the pipe early (`| head`, `| true`) ends the run quietly with the code it would have had.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from dataclasses import replace
from typing import List, Optional

import typer
from rich.console import Console
from rich.progress import Progress
from rich.text import Text

from newsdiff import __version__, pipeline
from newsdiff.compare import filters
from newsdiff.exitcodes import ExitCode
from newsdiff.io import ingest
from newsdiff.model import FACT_KINDS, STATUSES, Kind, Result
from newsdiff.options import Options
from newsdiff.render import json as json_render
from newsdiff.render import tables
from newsdiff.render.claims_view import compare_view
from newsdiff.render.quotes_view import quotes_grouped_view
from newsdiff.render.safe import safe, safe_result

EXIT_HELP = ("Exit codes: 0 all input read; 1 some input skipped (reported on stderr, then summarised); "
             "2 usage error or no usable input.")

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


StrictOpt = typer.Option(False, "--strict", help="Fail (exit 1, no output) if any input is skipped.")
TimeLimitOpt = typer.Option(
    120.0, "--time-limit", metavar="SECONDS", help="Skip a source whose extraction takes longer (0: no limit)."
)
# The edges of the calendar Python dates cover: relative dates past them stay unresolved.
EDGE_YEARS = (1, 9999)


def _err() -> Console:
    # soft_wrap: a message is one line however narrow the terminal or pipe
    return Console(stderr=True, highlight=False, soft_wrap=True)


class _Stdout(Console):
    """The data console: when the reader closes the pipe, stop writing and let the run end with
    its own exit code (rich's default exits 1, which here would mean "input skipped")."""

    def on_broken_pipe(self) -> None:
        self.quiet = True
        _silence_stdout()


def _silence_stdout() -> None:
    # Point stdout at /dev/null so the interpreter's final flush does not fail either.
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _out() -> Console:
    return _Stdout(highlight=False)


def _say(message: str) -> None:
    """One line on stderr, with any control characters from file names or text made visible."""
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


def _load(paths: List[str], options: Options, with_claims: bool, time_limit: float = 0) -> Result:
    sources, skipped, notes = ingest.read(paths)
    err = _err()
    for note in notes:
        _say(f"note: {note}")
    for s in skipped:
        _say(f"skipped {s.path}: {s.reason}")
    if not sources:
        _fail("no usable input" + (f" ({len(skipped)} skipped)" if skipped else ""))
    run = dict(with_claims=with_claims, time_limit=time_limit or None)
    if err.is_terminal and len(sources) >= PROGRESS_THRESHOLD:
        with Progress(transient=True, console=err) as progress:
            task = progress.add_task("extracting", total=len(sources))
            result = pipeline.run(sources, options, on_source=lambda _: progress.advance(task), **run)
    else:
        result = pipeline.run(sources, options, **run)
    for s in result.skipped:
        _say(f"skipped {s.path}: {s.reason}")
    if not result.sources:
        _fail(f"no usable input ({len(skipped) + len(result.skipped)} skipped)")
    return replace(result, skipped=tuple(skipped) + result.skipped)


def _finish(result: Result, as_json: bool, view, strict: bool = False) -> None:
    """Write the output (JSON, or `view(result)` made terminal-safe), the closing summary of what
    was skipped, and exit with the code that says how complete the output is."""
    skipped = len(result.skipped)
    code = ExitCode.SKIPPED if skipped else ExitCode.OK
    if skipped:
        total = skipped + len(result.sources)
        what = "no output written (--strict)" if strict else f"the output covers the other {len(result.sources)}"
        _say(f"{skipped} of {total} inputs skipped (each listed above); {what}")
        if strict:
            raise typer.Exit(int(code))
    try:
        if as_json:
            sys.stdout.write(json_render.dumps(result) + "\n")
        else:
            _out().print(view(safe_result(result)))
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader closed the pipe (`| head`, `| true`): it has what it wanted; exit as the run
        # would have.
        _silence_stdout()
    if code:
        raise typer.Exit(int(code))


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
    strict: bool = StrictOpt,
    time_limit: float = TimeLimitOpt,
) -> None:
    """Line up what each source reports and show where they agree, differ or conflict."""
    if only is not None and only not in STATUSES:
        _fail(f"--only must be one of {', '.join(STATUSES)}, not {only!r}")
    _check_kind(kind, (Kind.NUMBER, Kind.DATE, Kind.QUOTE, Kind.ROLE))
    result = _load(paths, _options(reference_date), with_claims=True, time_limit=time_limit)
    if only or kind:
        result = filters.narrow(
            result,
            (lambda f: f.kind == kind) if kind else None,
            lambda c: (not only or c.status == only) and (not kind or c.kind == kind),
        )
    _finish(result, as_json, compare_view, strict)


@app.command(epilog='Example: newsdiff quotes samples --speaker "Wang Wenbin"\n\n' + EXIT_HELP)
def quotes(
    paths: List[str] = PathsArg,
    speaker: Optional[str] = typer.Option(
        None, "--speaker", help="Only this speaker: full name, any alias or the surname; case, hyphens and accents ignored."
    ),
    as_json: bool = JsonOpt,
    reference_date: Optional[str] = RefOpt,
    strict: bool = StrictOpt,
    time_limit: float = TimeLimitOpt,
) -> None:
    """Every quotation with its speaker, the speaker's role, the source and the cue."""
    result = _load(paths, _options(reference_date), with_claims=True, time_limit=time_limit)
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
        strict: bool = StrictOpt,
        time_limit: float = TimeLimitOpt,
    ) -> None:
        result = _load(paths, _options(reference_date), with_claims=True, time_limit=time_limit)
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
    strict: bool = StrictOpt,
    time_limit: float = TimeLimitOpt,
) -> None:
    """Every person and organization: aliases, roles per source, how many quotes."""
    result = _load(paths, _options(reference_date), with_claims=True, time_limit=time_limit)
    result = filters.narrow(result, lambda f: f.kind in (Kind.QUOTE, Kind.ATTRIBUTION), lambda c: c.kind == Kind.ROLE)
    _finish(result, as_json, lambda shown: tables.people_table(shown.people, tables.quote_counts(shown)), strict)



@app.command(epilog="Example: newsdiff extract samples/000_593bc82152ba3544.txt --kind quote\n\n" + EXIT_HELP)
def extract(
    paths: List[str] = PathsArg,
    as_json: bool = JsonOpt,
    reference_date: Optional[str] = RefOpt,
    kind: Optional[str] = typer.Option(None, "--kind", help="Only facts of this kind: " + ", ".join(FACT_KINDS)),
    strict: bool = StrictOpt,
    time_limit: float = TimeLimitOpt,
) -> None:
    """Facts per source, with no cross-source comparison."""
    _check_kind(kind, FACT_KINDS)
    result = _load(paths, _options(reference_date), with_claims=False, time_limit=time_limit)
    if kind:
        result = filters.narrow(result, lambda f: f.kind == kind)
    _finish(result, as_json, tables.facts_view, strict)


@app.command(epilog="Example: newsdiff text samples/000_593bc82152ba3544.txt | cut -c 1-80\n\n" + EXIT_HELP)
def text(
    file: str = typer.Argument(..., help="One article file (.txt, .md, .json) or a JSONL file."),
    record: Optional[str] = typer.Option(None, "--id", help="For a JSONL file: the record id to print."),
) -> None:
    """Print the exact text that fact offsets index into."""
    sources, skipped, notes = ingest.read([file])
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
    try:
        for source in sources:
            sys.stdout.write(shown(source.text))
            if not source.text.endswith("\n"):
                sys.stdout.write("\n")
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
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
