"""The options several commands share (`cli_options`): each reading command lists the reading
options once, and the table-printing commands take --format, --color and --wide where they hold."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import MISSING, fields

import pytest
from rich.cells import cell_len

from newsdiff import cli, cli_options
from newsdiff.exitcodes import ExitCode

from .conftest import SAMPLES

READING_OPTIONS = ["--reference-date", "--urls", "--stdin-format", "--jobs", "--cache-dir", "--no-cache", "--strict",
                   "--time-limit"]
ANSI = re.compile(r"\x1b\[")


def _options_listed(help_text: str) -> list[str]:
    return re.findall(r"^\s+(?:-\w, )?(--[\w-]+)", help_text, flags=re.MULTILINE)


@pytest.mark.parametrize(
    "command, reading",
    [
        ("compare", READING_OPTIONS),
        ("quotes", READING_OPTIONS),
        ("numbers", READING_OPTIONS),
        ("dates", READING_OPTIONS),
        ("people", READING_OPTIONS),
        ("extract", READING_OPTIONS),
        ("export", READING_OPTIONS),
        # text reads one file and extracts nothing: only the options that say how to read it
        ("text", ["--stdin-format", "--cache-dir", "--no-cache"]),
    ],
)
def test_each_command_lists_its_reading_options_once_in_one_order(run_cli, command, reading):
    listed = _options_listed(run_cli(command, "--help").stdout)
    shown = [o for o in listed if o in READING_OPTIONS]
    assert shown == reading
    assert len(listed) == len(set(listed))


@pytest.mark.parametrize(
    "command, options, writes_file",
    [
        ("compare", {"--json", "--format", "--output", "--claims", "--color", "--wide"}, True),
        ("quotes", {"--json", "--format", "--color", "--wide"}, False),
        ("numbers", {"--json", "--format", "--color", "--wide"}, False),
        ("dates", {"--json", "--format", "--color", "--wide"}, False),
        # extract's --output is its own: the folder of the --engine dask shards, not an output file
        ("extract", {"--json", "--format", "--output", "--color", "--wide"}, False),
        ("people", {"--json", "--color", "--wide"}, False),
        ("export", set(), False),
        ("text", set(), False),
    ],
)
def test_view_options_per_command(run_cli, command, options, writes_file):
    help_text = run_cli(command, "--help").stdout
    view = {"--json", "--format", "--output", "--claims", "--color", "--wide"}
    assert set(_options_listed(help_text)) & view == options
    assert ("Write to FILE" in help_text) == writes_file


@pytest.mark.parametrize("command", ["quotes", "numbers", "dates", "extract"])
def test_format_json_is_the_json_document(run_cli, command):
    assert run_cli(command, SAMPLES, "--format", "json").stdout == run_cli(command, SAMPLES, "--json").stdout


@pytest.mark.parametrize("command, kind", [("quotes", "quote"), ("numbers", "number"), ("dates", "date"),
                                           ("extract", None)])
def test_csv_and_jsonl_hold_the_commands_facts(run_json, run_cli, command, kind):
    _, document = run_json(command, SAMPLES)
    ids = [f["id"] for f in document["facts"]]
    assert ids
    rows = list(csv.DictReader(io.StringIO(run_cli(command, SAMPLES, "--format", "csv").stdout)))
    assert [r["id"] for r in rows] == ids
    lines = [json.loads(line) for line in run_cli(command, SAMPLES, "--format", "jsonl").stdout.splitlines()]
    assert [f["id"] for f in lines] == ids
    if kind:
        assert {r["kind"] for r in rows} == {kind}


@pytest.mark.parametrize(
    "args, message",
    [
        (["numbers", "--format", "markdown"], "--format must be one of table, json, jsonl, csv"),
        (["quotes", "--format", "html"], "--format must be one of table, json, jsonl, csv"),
        (["dates", "--json", "--format", "csv"], "--json and --format csv"),
        (["extract", "--format", "csv", "--jsonl"], "--format and --jsonl"),
        (["extract", "--jsonl", "--color", "sometimes"], "--color must be one of auto, always, never"),
        (["extract", "--jsonl", "--format", "yaml"], "--format must be one of table, json, jsonl, csv"),
        (["extract", "--jsonl", "--color", "never"], "--color does not apply to --jsonl"),
        (["extract", "--jsonl", "--wide"], "--wide does not apply to --jsonl"),
        (["extract", "--engine", "dask", "--color", "sometimes"], "--color must be one of auto, always, never"),
        (["extract", "--engine", "dask", "--json"], "--json does not apply to --engine dask"),
        (["extract", "--engine", "dask", "--format", "csv"], "--format does not apply to --engine dask"),
        (["extract", "--engine", "dask", "--wide"], "--wide does not apply to --engine dask"),
        (["extract", "--engine", "dask", "--jsonl"], "--engine dask writes JSONL shards"),
        (["people", "--color", "sometimes"], "--color must be one of auto, always, never"),
        (["dates", "--color", "yes"], "--color must be one of auto, always, never"),
    ],
)
def test_bad_view_options_exit_2_naming_the_option(run_cli, args, message):
    result = run_cli(args[0], SAMPLES, *args[1:])
    assert result.exit_code == ExitCode.USAGE
    assert message in result.stderr


def test_people_takes_no_format(run_cli):
    assert run_cli("people", SAMPLES, "--format", "csv").exit_code == ExitCode.USAGE


@pytest.mark.parametrize("command", ["quotes", "numbers", "dates", "people", "extract"])
def test_color_always_colours_a_pipe_and_never_or_auto_do_not(run_cli, command, monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert ANSI.search(run_cli(command, SAMPLES, "--color", "always").stdout)
    assert not ANSI.search(run_cli(command, SAMPLES, "--color", "never").stdout)
    assert not ANSI.search(run_cli(command, SAMPLES).stdout)  # piped, auto


@pytest.mark.parametrize("command", ["quotes", "numbers", "dates", "people", "extract"])
def test_wide_tables_on_a_terminal_keep_their_width(run_cli, command, monkeypatch):
    monkeypatch.setattr(cli, "_is_terminal", lambda: True)
    monkeypatch.setenv("COLUMNS", "60")
    narrow = run_cli(command, SAMPLES, "--color", "never").stdout
    assert narrow and max(cell_len(line) for line in narrow.splitlines()) <= 60
    wide = run_cli(command, SAMPLES, "--color", "never", "--wide").stdout
    assert max(cell_len(line) for line in wide.splitlines()) > 60


LONG_SPEAKER = "Maximiliana Wolfensteinberger-Castellanos"
LONG_ROLE = "deputy commissioner for regional transport infrastructure planning"
LONG_ARTICLE = (
    "Bridge to reopen next month\n\n"
    f'"We expect the work to be finished within four weeks," said {LONG_SPEAKER}, the {LONG_ROLE}.\n'
)


@pytest.mark.parametrize("terminal, args", [(True, ["--wide"]), (False, [])])
def test_wide_or_piped_extract_tables_never_wrap_a_long_speaker_or_role(
    run_cli, tmp_path, monkeypatch, terminal, args
):
    article = tmp_path / "bridge.txt"
    article.write_text(LONG_ARTICLE, encoding="utf-8")
    monkeypatch.setattr(cli, "_is_terminal", lambda: terminal)
    monkeypatch.setenv("COLUMNS", "60")
    out = run_cli("extract", article, "--kind", "quote", "--color", "never", *args).stdout
    rows = [line for line in out.splitlines() if LONG_SPEAKER in line]
    assert len(rows) == 1 and LONG_ROLE in rows[0]


def test_a_narrow_terminal_still_wraps_a_long_speaker(run_cli, tmp_path, monkeypatch):
    article = tmp_path / "bridge.txt"
    article.write_text(LONG_ARTICLE, encoding="utf-8")
    monkeypatch.setattr(cli, "_is_terminal", lambda: True)
    monkeypatch.setenv("COLUMNS", "60")
    out = run_cli("extract", article, "--kind", "quote", "--color", "never").stdout
    assert "Maximiliana" in out and LONG_SPEAKER not in out


def test_the_option_dataclasses_and_the_cli_share_one_default_per_option():
    for options, table in ((cli_options.InputOptions, cli_options._INPUT),
                           (cli_options.OutputOptions, cli_options._OUTPUT)):
        names = {f.name for f in fields(options)}
        assert set(table) == names - {"fmt"}
        for f in fields(options):
            if f.name in table:
                assert f.default is not MISSING
                assert table[f.name][1].default == f.default, f.name
    assert cli_options.InputOptions().time_limit == cli_options.DEFAULT_TIME_LIMIT == 120.0


@pytest.mark.parametrize("reading, view", [(("paths", "colour"), ()), ((), ("as_json", "width"))])
def test_shared_refuses_a_name_that_is_no_option(reading, view):
    with pytest.raises(ValueError, match="no such option"):
        cli_options.shared(reading, view)


def test_the_cache_folder_is_newsdiff_cache_dir_unless_cache_dir_is_given(run_cli, tmp_path, monkeypatch):
    article = sorted(SAMPLES.glob("*.txt"))[0]
    from_env, given = tmp_path / "from_env", tmp_path / "given"
    monkeypatch.setenv("NEWSDIFF_CACHE_DIR", str(from_env))
    assert run_cli("extract", article, "--json").exit_code == ExitCode.OK
    assert any(from_env.iterdir())
    assert run_cli("extract", article, "--json", "--cache-dir", given).exit_code == ExitCode.OK
    assert any(given.iterdir())
    before = sorted(p.name for p in from_env.rglob("*"))
    assert run_cli("extract", article, "--json", "--no-cache").exit_code == ExitCode.OK
    assert sorted(p.name for p in from_env.rglob("*")) == before
