"""Hostile input through the CLI: terminal safety, exit codes, --strict, closed pipes, calendar
edges, the per-source time budget."""

import json
import subprocess
import sys

import pytest

from newsdiff import pipeline
from newsdiff.model import Source
from newsdiff.options import Options
from newsdiff.render.safe import safe, safe_result
from tests.conftest import ROOT, SAMPLE_FILES

GOOD = SAMPLE_FILES[0]
ESC_QUOTE = 'The minister said: "We will \x1b[2J\x1b]0;pwned\x07 not \x1b]8;;file:///etc/passwd\x1b\\\\click\x1b]8;;\x1b\\\\ return them," on Monday.\n'


# (text, expected): what a terminal is given, with negatives (ordinary text is left alone).
SAFE_CASES = [
    ("plain text, “quotes” — dashes\n\tand tabs", "plain text, “quotes” — dashes\n\tand tabs"),
    ("line one\r\nline two", "line one\r\nline two"),  # CRLF is a line end, kept
    ("clear \x1b[2J screen", "clear \\x1b[2J screen"),
    ("title \x1b]0;pwned\x07", "title \\x1b]0;pwned\\x07"),
    ("c1 \x9b31m csi", "c1 \\x9b31m csi"),
    ("bidi \u202egnp.exe", "bidi \\u202egnp.exe"),
    ("isolate \u2066x\u2069", "isolate \\u2066x\\u2069"),
    ("lone \r return", "lone \\x0d return"),
    ("nul \x00 and del \x7f", "nul \\x00 and del \\x7f"),
]


@pytest.mark.parametrize("text, expected", SAFE_CASES)
def test_safe_shows_control_characters_as_visible_escapes(text, expected):
    assert safe(text) == expected


def test_safe_result_reaches_every_string_and_keeps_clean_parts_as_they_are():
    clean = Source(id="a", path="a.txt", text="fine")
    dirty = Source(id="b\x1b", path="b.txt", text="x", title="T\x1b]0;t\x07")
    shown = safe_result((clean, dirty))
    assert shown[0] is clean
    assert (shown[1].id, shown[1].title) == ("b\\x1b", "T\\x1b]0;t\\x07")


@pytest.mark.parametrize("command", ["compare", "quotes", "extract", "dates", "numbers", "people"])
def test_no_escape_from_an_article_reaches_the_terminal_view(tmp_path, run_cli, command):
    bad = tmp_path / "esc\x1b]0;name\x07.txt"
    bad.write_text(ESC_QUOTE * 3, encoding="utf-8")
    record = tmp_path / "r.json"
    record.write_text(json.dumps({"id": "id\x1b[31m", "title": "t\x1b[2J", "outlet": "o\u202e",
                                  "text": ESC_QUOTE}), encoding="utf-8")
    result = run_cli(command, bad, record, GOOD, "--reference-date", "2023-10-13")
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout and "\u202e" not in result.stdout
    assert "\x1b" not in result.stderr


def test_stderr_messages_escape_file_names(tmp_path, run_cli):
    bad = tmp_path / "x\x1b[2J.pdf"
    bad.write_bytes(b"%PDF")
    result = run_cli("compare", bad, GOOD)
    assert result.exit_code == 1
    assert "x\\x1b[2J.pdf: unsupported file type" in result.stderr and "\x1b" not in result.stderr


def test_json_keeps_the_exact_text_with_control_characters_escaped_by_json(tmp_path, run_cli):
    bad = tmp_path / "esc.txt"
    bad.write_text(ESC_QUOTE, encoding="utf-8")
    result = run_cli("extract", bad, "--json")
    assert "\x1b" not in result.stdout  # JSON writes \u001b
    doc = json.loads(result.stdout)
    assert any("\x1b[2J" in f["text"] for f in doc["facts"])


def test_a_skip_gives_a_closing_summary_and_exit_1(tmp_path, run_cli):
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02" * 100)
    result = run_cli("compare", tmp_path / "bin.txt", GOOD, "--json")
    assert result.exit_code == 1
    assert json.loads(result.stdout)["skipped"][0]["reason"] == "binary file (NUL bytes), not text"
    assert result.stderr.strip().splitlines()[-1] == (
        "newsdiff: 1 of 2 inputs skipped (each listed above); the output covers the other 1")


def test_strict_fails_on_any_skip_and_writes_no_output(tmp_path, run_cli):
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02" * 100)
    result = run_cli("compare", tmp_path / "bin.txt", GOOD, "--json", "--strict")
    assert result.exit_code == 1 and result.stdout == ""
    assert "no output written (--strict)" in result.stderr


def test_strict_with_nothing_skipped_is_an_ordinary_run(run_cli):
    result = run_cli("extract", GOOD, "--json", "--strict")
    assert result.exit_code == 0 and json.loads(result.stdout)["sources"]


def test_nothing_usable_is_exit_2(tmp_path, run_cli):
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02" * 100)
    result = run_cli("compare", tmp_path / "bin.txt")
    assert result.exit_code == 2 and "no usable input (1 skipped)" in result.stderr


@pytest.mark.parametrize("args", [["compare", "--json"], ["compare"], ["quotes"], ["text"]])
def test_a_reader_that_closes_the_pipe_ends_the_run_quietly_with_its_own_exit_code(args):
    target = str(GOOD) if args[0] == "text" else str(ROOT / "samples")
    command = [sys.executable, "-c", "from newsdiff.cli import main; main()", args[0], target, *args[1:]]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    proc.stdout.close()  # like `| true`: the reader is gone before anything is written
    stderr = proc.stderr.read().decode()
    assert proc.wait() == 0
    assert "Traceback" not in stderr and "Error" not in stderr


@pytest.mark.parametrize("reference", ["0001-01-01", "9999-12-31"])
def test_a_reference_date_at_the_calendar_edge_loses_no_article(run_json, run_cli, reference):
    code, doc = run_json("compare", *SAMPLE_FILES, "--reference-date", reference)
    assert code == 0 and len(doc["sources"]) == len(SAMPLE_FILES) and doc["skipped"] == []
    assert "edge of the supported calendar" in run_cli("dates", GOOD, "--reference-date", reference).stderr


def test_a_record_published_on_the_last_day_of_the_calendar_is_kept_with_a_note(tmp_path, run_cli):
    record = tmp_path / "late.json"
    text = "Officials said on Monday that 600 people left last week and more will go next year."
    record.write_text(json.dumps({"text": text, "published": "9999-12-31"}), encoding="utf-8")
    result = run_cli("compare", record, GOOD, "--json")
    doc = json.loads(result.stdout)
    assert result.exit_code == 0 and doc["skipped"] == [] and len(doc["sources"]) == 2
    assert "'published' 9999-12-31 is at the edge of the supported calendar" in result.stderr


def test_a_source_over_its_time_budget_is_skipped_and_the_rest_go_on(monkeypatch):
    # A fake clock keeps the test free of real timings: it stands still, except that starting the
    # "slow" source's extraction moves it a minute on, past that source's deadline. The budget's
    # own check (once per sentence) must then stop that source and let the good one through. Only
    # the budget's clock is replaced, not the process-wide time.monotonic.
    from newsdiff import budget

    clock = [0.0]
    monkeypatch.setattr(budget, "clock", lambda: clock[0])
    real_extract = pipeline.extract_source

    def extract(source, options):
        if source.id == "slow":
            clock[0] += 60.0
        return real_extract(source, options)

    monkeypatch.setattr(pipeline, "extract_source", extract)
    slow = Source(id="slow", path="slow.txt", text="He said that it rained. " * 50)
    good = Source(id="good", path=str(GOOD), text=GOOD.read_text(encoding="utf-8"))
    result = pipeline.run([slow, good], Options(), time_limit=0.05)
    assert [s.id for s in result.sources] == ["good"]
    assert [(s.path, s.reason) for s in result.skipped] == [
        ("slow.txt", "extraction took longer than the time limit of 0.05 s")]
