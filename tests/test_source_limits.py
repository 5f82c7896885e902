"""Limits a run keeps on its inputs: `--strict` with a stream, and a source too long to extract."""

import json

import pytest

from newsdiff import pipeline
from newsdiff.model import Skipped, Source, SourceFacts
from newsdiff.options import Options
from tests.conftest import SAMPLE_FILES


def _folder_with_a_bad_file_second(tmp_path):
    # Canonical order is by path: a.txt, b.txt (binary), c.txt.
    (tmp_path / "a.txt").write_text(SAMPLE_FILES[0].read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "c.txt").write_text(SAMPLE_FILES[1].read_text(encoding="utf-8"), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_strict_jsonl_writes_the_sources_before_the_first_skip_and_nothing_after(tmp_path, run_cli, jobs):
    folder = _folder_with_a_bad_file_second(tmp_path)
    result = run_cli("extract", folder, "--jsonl", "--strict", "--jobs", jobs, "--no-cache")
    assert result.exit_code == 1
    sources = {json.loads(line)["source"] for line in result.stdout.splitlines()}
    assert sources == {"a"}  # a.txt came before the skipped b.txt; c.txt after it is never written
    assert "skipped" in result.stderr and "b.txt" in result.stderr
    assert "stopped at the first skipped input (--strict)" in result.stderr


def test_strict_jsonl_writes_the_same_lines_whatever_the_jobs(tmp_path, run_cli):
    folder = _folder_with_a_bad_file_second(tmp_path)
    outputs = {run_cli("extract", folder, "--jsonl", "--strict", "--jobs", j, "--no-cache").stdout for j in ("1", "2")}
    assert len(outputs) == 1


def test_jsonl_without_strict_writes_every_readable_source(tmp_path, run_cli):
    folder = _folder_with_a_bad_file_second(tmp_path)
    result = run_cli("extract", folder, "--jsonl", "--no-cache")
    assert result.exit_code == 1
    assert {json.loads(line)["source"] for line in result.stdout.splitlines()} == {"a", "c"}


def test_a_50_mb_file_is_skipped_at_once_naming_its_size_and_the_rest_go_on(tmp_path, run_cli):
    big = tmp_path / "dump.txt"
    sentence = "Officials said on Monday that about 600 people were sent back. "
    big.write_text(sentence * (50_000_000 // len(sentence) + 1), encoding="utf-8")
    result = run_cli("compare", big, SAMPLE_FILES[0], "--json", "--jobs", "1", "--no-cache")
    assert result.exit_code == 1
    doc = json.loads(result.stdout)
    assert [s["id"] for s in doc["sources"]] == [SAMPLE_FILES[0].stem]
    [skip] = doc["skipped"]
    assert skip["path"].endswith("dump.txt") and "50.0 million characters" in skip["reason"]
    lines = [line for line in result.stderr.splitlines() if "dump.txt" in line]
    assert len(lines) == 1 and "too long for one source" in lines[0]


@pytest.mark.parametrize("time_limit, skipped", [(120.0, True), (None, False), (0, False)])
def test_the_size_limit_comes_with_the_time_budget(monkeypatch, time_limit, skipped):
    monkeypatch.setattr(pipeline, "MAX_SOURCE_CHARS", 50)
    source = Source(id="x", path="x.txt", text="The council met on Monday. About 600 people came. " * 2)
    got = pipeline.extract_or_skip(source, Options(), time_limit)
    assert isinstance(got, Skipped if skipped else SourceFacts)


def test_a_source_at_the_limit_is_extracted(monkeypatch):
    text = "About 600 people came."
    monkeypatch.setattr(pipeline, "MAX_SOURCE_CHARS", len(text))
    got = pipeline.extract_or_skip(Source(id="x", path="x.txt", text=text), Options(), 120.0)
    assert isinstance(got, SourceFacts) and got.facts
