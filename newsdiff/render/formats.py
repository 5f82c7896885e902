"""The one place that chooses an output format for `compare` and the per-kind commands.

`table` is the terminal view (or, when the output is not a terminal, its plain line form); every
other format is a string built by its own module from the `Result` alone.
"""

from __future__ import annotations

from typing import Callable, TextIO

from newsdiff.model import Result

# The renderers are imported when one is asked for: the CLI reads FORMATS for its help text, and
# `newsdiff --version` should not pay for Jinja2 and rich.
FORMATS = ("table", "json", "jsonl", "csv", "markdown", "html")
# The formats that hold facts, offered by `quotes`, `numbers`, `dates` and `extract`; Markdown and
# HTML are comparison reports (`compare --kind quote --format markdown`).
FACT_FORMATS = ("table", "json", "jsonl", "csv")


def lines_text(result: Result) -> str:
    """The plain line form of the compare view as text (what `table` writes to a file or pipe)."""
    from rich.console import Console

    from newsdiff.render.claims_view import compare_lines

    console = Console(color_system=None, soft_wrap=True, highlight=False, force_terminal=False)
    with console.capture() as capture:
        for line in compare_lines(result):
            console.print(line)
    return capture.get()


def renderer(fmt: str, claims: bool = False) -> Callable[[Result], str]:
    """The function that renders a result as `fmt` text. `claims` picks the per-claim CSV."""
    from newsdiff.render import csv as csv_render
    from newsdiff.render import html, jsonl, markdown
    from newsdiff.render import json as json_render

    if fmt == "csv":
        return csv_render.render_claims if claims else csv_render.render_facts
    return {
        "json": lambda r: json_render.dumps(r) + "\n",
        "jsonl": jsonl.render,
        "markdown": markdown.render,
        "html": html.render,
        "table": lines_text,
    }[fmt]


def writer(fmt: str, claims: bool = False) -> Callable[[Result, TextIO], None]:
    """The function that writes a result as `fmt` text to a stream. JSON and JSONL are written an
    entry at a time (a result of ten thousand articles is hundreds of MB of JSON, which should not
    also be held as one string); the other formats are written as the string `renderer` builds."""
    from newsdiff.render import json as json_render
    from newsdiff.render import jsonl

    if fmt == "json":
        def write_json(result: Result, stream: TextIO) -> None:
            json_render.write(result, stream)
            stream.write("\n")

        return write_json
    if fmt == "jsonl":
        return jsonl.write
    render = renderer(fmt, claims)

    def write_whole(result: Result, stream: TextIO) -> None:
        stream.write(render(result))

    return write_whole
