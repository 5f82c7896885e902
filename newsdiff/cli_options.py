"""The options several commands share, each defined once: how a command reads its inputs
(`InputOptions`) and how it shows its result (`OutputOptions`).

A command declares `reading: InputOptions` and/or `view: OutputOptions` and is wrapped in
`shared(...)`, which
spells the chosen options out as Typer parameters (so `--help` lists them as before) and hands the
command the two values built from them. Typer has no dependency injection of its own; this is that,
done once instead of repeating eight parameters on every command.
"""

from __future__ import annotations

import functools
import inspect
from dataclasses import dataclass, fields
from typing import Any, Callable, List, Optional

import typer

from newsdiff.render.formats import FORMATS

COLORS = ("auto", "always", "never")
# Seconds a source's extraction may take before it is skipped (`--time-limit`; 0: no limit). One
# default for the command line and for options built in code.
DEFAULT_TIME_LIMIT = 120.0


@dataclass(frozen=True)
class InputOptions:
    """How a command reads and extracts its inputs: the options every reading command shares."""

    paths: Optional[List[str]] = None
    reference_date: Optional[str] = None
    urls: Optional[str] = None
    stdin_format: Optional[str] = None
    jobs: Optional[int] = None
    cache_dir: Optional[str] = None
    no_cache: bool = False
    strict: bool = False
    time_limit: float = DEFAULT_TIME_LIMIT


@dataclass(frozen=True)
class OutputOptions:
    """How a command shows its result: the output options of the table-printing commands."""

    as_json: bool = False
    fmt: Optional[str] = None
    output: Optional[str] = None
    claims: bool = False
    color: str = "auto"
    wide: bool = False


# name -> (type, Typer parameter). Names are the `InputOptions` and `OutputOptions` fields; `fmt` is built per
# command, as its help lists the formats that command offers.
_INPUT: dict[str, tuple[Any, Any]] = {
    "paths": (Optional[List[str]], typer.Argument(
        None, help="Article files or folders (walked recursively, in sorted order), http(s) URLs, or - for standard input.")),
    "reference_date": (Optional[str], typer.Option(
        None, "--reference-date", metavar="YYYY-MM-DD",
        help="Resolve relative dates in sources that carry no publication date of their own.")),
    "urls": (Optional[str], typer.Option(
        None, "--urls", metavar="FILE", help="Also read the URLs listed in FILE, one a line; # starts a comment.")),
    "stdin_format": (Optional[str], typer.Option(
        None, "--stdin-format", help="How to read - (standard input): text, json or html. Default: sniffed.")),
    "jobs": (Optional[int], typer.Option(
        None, "--jobs", "-j", min=1, help="Extract with this many processes (default: the machine's cores).")),
    # One cache folder serves both caches: extracted facts (a SQLite file) and fetched pages (pages/).
    "cache_dir": (Optional[str], typer.Option(
        None, "--cache-dir", envvar="NEWSDIFF_CACHE_DIR", metavar="DIR",
        help="Folder for the caches: extracted facts and, under pages/, fetched URLs. Default: the user cache folder.")),
    "no_cache": (bool, typer.Option(
        False, "--no-cache",
        help="Use no cached copy: extract afresh (storing nothing) and fetch URLs again (replacing the copy).")),
    "strict": (bool, typer.Option(False, "--strict", help="Fail (exit 1, no output) if any input is skipped.")),
    "time_limit": (float, typer.Option(
        DEFAULT_TIME_LIMIT, "--time-limit", metavar="SECONDS", help="Skip a source whose extraction takes longer (0: no limit).")),
}
_OUTPUT: dict[str, tuple[Any, Any]] = {
    "as_json": (bool, typer.Option(False, "--json", help="Print the JSON document (contract v1, docs/json.md).")),
    "output": (Optional[str], typer.Option(
        None, "--output", "-o", metavar="FILE", help="Write to FILE (atomically) instead of stdout; '-' is stdout.")),
    "claims": (bool, typer.Option(
        False, "--claims", help="With --format csv: one row per claim and source, not per fact.")),
    "color": (str, typer.Option("auto", "--color", help="Colour: auto (a terminal without NO_COLOR), always, never.")),
    "wide": (bool, typer.Option(
        False, "--wide", help="Tables as wide as their content, nothing shortened (for less -S).")),
}
ALL_INPUT_OPTIONS = tuple(f.name for f in fields(InputOptions))


def _format_option(formats: tuple[str, ...]) -> tuple[Any, Any]:
    return (Optional[str], typer.Option(
        None, "--format", "-f", help="Output format: " + ", ".join(formats) + " (docs/formats.md). Default: table."))


def shared(reading: tuple[str, ...] = (), view: tuple[str, ...] = (),
           formats: tuple[str, ...] = FORMATS) -> Callable[[Callable], Callable]:
    """Give a command the shared options named in `reading` and `view` (field names of
    `InputOptions` and `OutputOptions`; `fmt` offers `formats`). The command's own `reading` /
    `view` parameters receive the values. In `--help`, `paths` comes first, then the command's own
    options, the output options, and the input options last, each group in the order of its
    dataclass. A name that is no such field is a programming error, refused here."""
    unknown = sorted((set(reading) - set(_INPUT)) | (set(view) - set(_OUTPUT) - {"fmt"}))
    if unknown:
        raise ValueError(f"shared(): no such option: {', '.join(unknown)}")
    table = {**_INPUT, **_OUTPUT, "fmt": _format_option(formats)}
    order = [f.name for f in fields(OutputOptions)] + [f.name for f in fields(InputOptions)]
    chosen = [n for n in order if n in reading or n in view]

    def decorate(command: Callable) -> Callable:
        own = [p for p in inspect.signature(command, eval_str=True).parameters.values()
               if p.name not in ("reading", "view")]
        added = {n: inspect.Parameter(n, inspect.Parameter.KEYWORD_ONLY, default=table[n][1], annotation=table[n][0])
                 for n in chosen}
        head = [added.pop("paths")] if "paths" in added else []
        params = head + [p.replace(kind=inspect.Parameter.KEYWORD_ONLY) for p in own] + list(added.values())

        @functools.wraps(command)
        def wrapper(**kwargs: Any) -> Any:
            given: dict[str, Any] = {}
            if reading:
                given["reading"] = InputOptions(**{n: kwargs.pop(n) for n in reading})
            if view:
                given["view"] = OutputOptions(**{n: kwargs.pop(n) for n in view})
            return command(**kwargs, **given)

        wrapper.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
        wrapper.__annotations__ = {p.name: p.annotation for p in params}
        return wrapper

    return decorate
