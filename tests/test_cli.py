"""The CLI end to end, in-process: the JSON contract, offsets, determinism, exit codes."""

import json
from pathlib import Path

import jsonschema
import pytest

from newsdiff.exitcodes import ExitCode

from .conftest import SAMPLE_FILES, SAMPLES

SCHEMA = json.loads(
    (Path(__file__).resolve().parent.parent / "newsdiff" / "schema" / "newsdiff-v1.schema.json").read_text()
)
COMMANDS = [
    ["compare", SAMPLES],
    ["compare", SAMPLES, "--only", "conflict"],
    ["compare", SAMPLES, "--kind", "number"],
    ["quotes", SAMPLES],
    ["quotes", SAMPLES, "--speaker", "Wang Wenbin"],
    ["numbers", SAMPLES],
    ["dates", SAMPLES],
    ["people", SAMPLES],
    ["extract", SAMPLES],
    ["extract", SAMPLES, "--kind", "quote"],
]


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(str(x) for x in a[:1] + a[2:]))
def test_every_command_prints_a_valid_contract_document(run_json, args):
    code, doc = run_json(*args, "--reference-date", "2023-10-13")
    assert code == ExitCode.OK
    jsonschema.validate(doc, SCHEMA)
    assert [s["id"] for s in doc["sources"]] == [p.stem for p in SAMPLE_FILES]
    # a filter never leaves a claim pointing at a fact the document does not carry
    fact_ids = {f["id"] for f in doc["facts"]}
    for claim in doc["claims"]:
        assert set(claim["facts"]) <= fact_ids, claim["id"]
        assert all(v.get("fact") is None or v["fact"] in fact_ids for v in claim["values"])


def test_every_offset_points_at_its_text(run_json):
    _, doc = run_json("compare", SAMPLES, "--reference-date", "2023-10-13")
    texts = {s["id"]: Path(s["path"]).read_text(encoding="utf-8") for s in doc["sources"]}
    for fact in doc["facts"]:
        text = texts[fact["source"]]
        assert text[fact["start"] : fact["end"]] == fact["text"], fact["id"]
        for prefix in ("speaker", "claimant"):
            start, end = fact.get(f"{prefix}_start"), fact.get(f"{prefix}_end")
            if start is not None:
                assert end is not None and 0 <= start < end <= len(text), fact["id"]
        if fact["kind"] == "quote" and fact["speaker_start"] is not None:
            assert text[fact["speaker_start"] : fact["speaker_end"]] == fact["speaker_text"]


def test_fact_ids_are_unique_and_refer_to_their_source(run_json):
    _, doc = run_json("extract", SAMPLES)
    ids = [f["id"] for f in doc["facts"]]
    assert len(ids) == len(set(ids))
    assert all(f["id"].startswith(f["source"] + ":") for f in doc["facts"])


def test_no_fact_comes_from_the_furniture_of_004(run_json):
    _, doc = run_json("extract", SAMPLES)
    path = next(p for p in SAMPLE_FILES if p.name.startswith("004_"))
    cut = path.read_text(encoding="utf-8").index("veryGood!")
    assert not [f for f in doc["facts"] if f["source"] == path.stem and f["end"] > cut]


def test_output_is_deterministic(run_cli):
    first = run_cli("compare", SAMPLES, "--json", "--reference-date", "2023-10-13").stdout
    second = run_cli("compare", SAMPLES, "--json", "--reference-date", "2023-10-13").stdout
    assert first == second and first.startswith("{")


def test_text_prints_the_exact_text(run_cli):
    path = SAMPLE_FILES[1]
    result = run_cli("text", path)
    assert result.exit_code == 0
    assert result.stdout == path.read_text(encoding="utf-8") + (
        "" if path.read_text(encoding="utf-8").endswith("\n") else "\n")


def test_missing_path_exits_2_naming_it(run_cli, tmp_path):
    result = run_cli("compare", tmp_path / "no-such-folder", "--json")
    assert result.exit_code == ExitCode.USAGE
    assert "no-such-folder" in result.stderr and result.stdout == ""


def test_skipped_file_is_reported_and_the_rest_processed(run_cli, tmp_path):
    (tmp_path / "good.txt").write_text("Officials said on Friday that 12 people were hurt.\n", encoding="utf-8")
    (tmp_path / "page.html").write_text("<html></html>", encoding="utf-8")
    result = run_cli("extract", tmp_path, "--json")
    assert result.exit_code == ExitCode.SKIPPED
    doc = json.loads(result.stdout)
    assert [s["id"] for s in doc["sources"]] == ["good"]
    assert doc["skipped"][0]["path"].endswith("page.html")
    assert "page.html" in result.stderr and "no article text" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["compare", SAMPLES, "--reference-date", "13/10/2023"],
        ["compare", SAMPLES, "--only", "maybe"],
        ["extract", SAMPLES, "--kind", "opinion"],
    ],
)
def test_bad_options_exit_2_with_a_message(run_cli, args):
    result = run_cli(*args)
    assert result.exit_code == ExitCode.USAGE
    assert result.stderr.startswith("newsdiff: ")


@pytest.mark.parametrize("command", ["compare", "quotes", "numbers", "dates", "people", "extract", "text"])
def test_help_shows_a_real_example_and_the_exit_codes(run_cli, command):
    result = run_cli(command, "--help")
    assert result.exit_code == 0
    assert f"Example: newsdiff {command}" in result.stdout
    assert "Exit codes" in result.stdout


MARKUP_ARTICLE = (
    "[bold red]Breaking[/bold red] news\n"
    '"The [/] end is [red]near," said Jane Doe, a [/] spokeswoman for the [i]Agency.\n'
    "Officials said 12 people [/] were sent back on Monday.\n"
)


@pytest.mark.parametrize("command", ["compare", "quotes", "numbers", "dates", "people", "extract"])
def test_article_text_is_never_read_as_rich_markup(run_cli, tmp_path, command, monkeypatch):
    # "[/]" would make rich raise if it were parsed as markup; "[red]" would vanish.
    monkeypatch.setenv("COLUMNS", "250")  # wide enough that no cell wraps
    (tmp_path / "x.txt").write_text(MARKUP_ARTICLE, encoding="utf-8")
    (tmp_path / "y.txt").write_text(MARKUP_ARTICLE.replace("12", "14"), encoding="utf-8")
    result = run_cli(command, tmp_path)
    assert result.exit_code == 0, result.stderr
    if command in ("quotes", "extract"):
        assert "[/] end is [red]near" in result.stdout


def test_jsonl_records_are_sources(run_json, tmp_path):
    lines = [json.dumps({"id": f"r{i}", "text": f"Story {i}. Officials said {i} people left.",
                         "published": "2023-10-13"}) for i in range(3)]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    code, doc = run_json("extract", tmp_path)
    assert code == 0
    assert [(s["id"], s["published"]) for s in doc["sources"]] == [(f"r{i}", "2023-10-13") for i in range(3)]
    jsonschema.validate(doc, SCHEMA)


def test_a_file_that_breaks_extraction_is_skipped_and_the_rest_processed(run_cli, tmp_path, monkeypatch):
    from newsdiff import pipeline

    real = pipeline.extract_source

    def flaky(source, options):
        if source.id == "bad":
            raise TimeoutError("regex timed out")
        return real(source, options)

    monkeypatch.setattr(pipeline, "extract_source", flaky)
    (tmp_path / "bad.txt").write_text("Officials said 5 people left.\n", encoding="utf-8")
    (tmp_path / "good.txt").write_text("Officials said 7 people left.\n", encoding="utf-8")
    result = run_cli("extract", tmp_path, "--json")
    assert result.exit_code == ExitCode.SKIPPED
    doc = json.loads(result.stdout)
    assert [s["id"] for s in doc["sources"]] == ["good"]
    assert "bad.txt" in result.stderr and "timed out" in result.stderr
