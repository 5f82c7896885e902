"""Scale features: the cache, parallel extraction, streaming JSONL and the Dask engine.

Each asserts the property that makes the feature safe to use: the output does not change.
Speed is measured by `make bench`, never asserted here.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from newsdiff import cache, codec, parallel, pipeline
from newsdiff.io import ingest
from newsdiff.options import Options
from newsdiff.render.json import fact_dict

from .conftest import SAMPLES

OPTIONS = Options()


def _samples():
    sources, _, _ = ingest.read([str(SAMPLES)])
    return sources


def test_codec_round_trip_keeps_every_field_and_type():
    framed = 0
    for source in _samples():
        extracted = pipeline.extract_source(source, OPTIONS)
        back = codec.decode(codec.encode(extracted), source)
        assert back == extracted
        # == would let 2000 pass for 2000.0 and "quote" for Kind.QUOTE, or a list for a tuple; repr does not
        assert repr(back) == repr(extracted)
        framed += sum(1 for f in back.facts if getattr(f, "participants", ()) and getattr(f, "context", ()))
    assert framed  # the frames' tuple fields were exercised, not only empty defaults


def test_codec_keeps_a_fact_of_another_source_and_refuses_a_damaged_row():
    import dataclasses

    source = _samples()[0]
    extracted = pipeline.extract_source(source, OPTIONS)
    stranger = dataclasses.replace(extracted.facts[0], source="elsewhere")  # not the extractors' own
    mixed = dataclasses.replace(extracted, facts=(stranger, *extracted.facts[1:]))
    back = codec.decode(codec.encode(mixed), source)
    assert repr(back) == repr(mixed)
    stored = json.loads(codec.encode(extracted))
    for damaged in (stored[:3], [stored[0], [[99]], stored[2], stored[3]], [stored[0], [[0, "x"]], stored[2], stored[3]]):
        with pytest.raises((ValueError, IndexError, TypeError, KeyError)):
            codec.decode(json.dumps(damaged), source)


def test_a_damaged_cache_row_is_a_miss(tmp_path):
    source = _samples()[0]
    store = cache.Cache(tmp_path, lambda message: None)
    store.put_many([(cache.key(source, OPTIONS), pipeline.extract_source(source, OPTIONS))])
    assert store.get(cache.key(source, OPTIONS), source) is not None
    assert store.db is not None
    store.db.execute("UPDATE extracted SET value = ?", (json.dumps([{}, [[7, 1]], [], "x"]),))
    assert store.get(cache.key(source, OPTIONS), source) is None
    store.close()


def test_cache_key_changes_with_text_metadata_and_options():
    source = _samples()[0]
    import dataclasses
    import datetime as dt

    base = cache.key(source, OPTIONS)
    assert cache.key(dataclasses.replace(source, path="elsewhere.txt"), OPTIONS) == base
    assert cache.key(dataclasses.replace(source, text=source.text + " "), OPTIONS) != base
    assert cache.key(dataclasses.replace(source, published="2020-01-01"), OPTIONS) != base
    assert cache.key(source, Options(reference_date=dt.date(2023, 10, 13))) != base


def test_cold_and_warm_cache_give_the_same_output(run_cli, tmp_path):
    folder = tmp_path / "c"
    cold = run_cli("compare", SAMPLES, "--json", "--cache-dir", folder)
    assert (folder / cache.FILE_NAME).is_file()
    with sqlite3.connect(folder / cache.FILE_NAME) as db:
        assert db.execute("SELECT count(*) FROM extracted").fetchone()[0] == len(_samples())
    warm = run_cli("compare", SAMPLES, "--json", "--cache-dir", folder)
    assert cold.exit_code == warm.exit_code == 0
    assert cold.stdout == warm.stdout


def test_warm_cache_is_read_not_recomputed(run_cli, tmp_path, monkeypatch):
    folder = tmp_path / "c"
    first = run_cli("extract", SAMPLES, "--json", "--cache-dir", folder)

    def broken(source, options):
        raise AssertionError("extraction ran although the cache holds the result")

    monkeypatch.setattr(pipeline, "extract_source", broken)
    second = run_cli("extract", SAMPLES, "--json", "--cache-dir", folder)
    assert second.exit_code == 0, second.stderr
    assert second.stdout == first.stdout


def test_no_cache_writes_nothing(run_cli, tmp_path):
    folder = tmp_path / "c"
    result = run_cli("numbers", SAMPLES, "--json", "--cache-dir", folder, "--no-cache")
    assert result.exit_code == 0
    assert not folder.exists()


def test_corrupt_cache_is_rebuilt_with_a_warning(run_cli, tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / cache.FILE_NAME).write_bytes(b"this is not a database" * 100)
    expected = run_cli("dates", SAMPLES, "--json", "--no-cache")
    result = run_cli("dates", SAMPLES, "--json", "--cache-dir", folder)
    assert result.exit_code == 0
    assert "warning: cache" in result.stderr and "rebuilding" in result.stderr
    assert result.stdout == expected.stdout
    again = run_cli("dates", SAMPLES, "--json", "--cache-dir", folder)
    assert "warning" not in again.stderr
    assert again.stdout == expected.stdout


def test_locked_cache_is_skipped_with_a_warning(run_cli, tmp_path, monkeypatch):
    folder = tmp_path / "c"
    warnings: list[str] = []
    cache.Cache(folder, warnings.append).close()  # create it
    monkeypatch.setattr(cache, "BUSY_TIMEOUT_S", 0.1)
    holder = sqlite3.connect(folder / cache.FILE_NAME, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another run holding the write lock
    try:
        expected = run_cli("extract", SAMPLES, "--json", "--no-cache")
        result = run_cli("extract", SAMPLES, "--json", "--cache-dir", folder)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.exit_code == 0
    assert "locked" in result.stderr
    assert result.stdout == expected.stdout


def test_two_processes_give_the_same_results_in_the_same_order():
    sources = _samples() * 3  # enough to fill both workers
    with parallel.Extraction(OPTIONS, jobs=1) as one:
        alone = list(one.run(sources))
    with parallel.Extraction(OPTIONS, jobs=2) as two:
        together = list(two.run(sources))
    assert together == alone


@pytest.mark.parametrize("command", ["compare", "extract", "people"])
def test_jobs_do_not_change_the_output(run_cli, command):
    one = run_cli(command, SAMPLES, "--json", "--no-cache", "--jobs", "1")
    two = run_cli(command, SAMPLES, "--json", "--no-cache", "--jobs", "2")
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout


def _per_source_fact_dicts(sources):
    return [fact_dict(f) for s in sources for f in pipeline.extract_source(s, OPTIONS).facts]


def test_jsonl_streams_each_source_facts(run_cli):
    result = run_cli("extract", SAMPLES, "--jsonl", "--no-cache")
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines == json.loads(json.dumps(_per_source_fact_dicts(_samples())))


def test_jsonl_input_is_read_as_a_stream_and_bad_lines_reported(run_cli, tmp_path):
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    shard = tmp_path / "shard.jsonl"
    lines = [json.dumps({"id": f"a{i}", "text": t}) for i, t in enumerate(texts)]
    lines.insert(2, "{not json")
    shard.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_cli("extract", shard, "--jsonl", "--no-cache", "--kind", "number")
    assert result.exit_code == 1
    assert f"{shard}:3" in result.stderr and "invalid JSON" in result.stderr
    facts = [json.loads(line) for line in result.stdout.splitlines()]
    assert facts and {f["kind"] for f in facts} == {"number"}
    assert {f["source"] for f in facts} <= {f"a{i}" for i in range(len(texts))}
    streamed = [f for f in facts if f["source"] == "a0"]
    alone = [f for f in _per_source_fact_dicts(ingest.read([str(shard)])[0][:1]) if f["kind"] == "number"]
    assert streamed == json.loads(json.dumps(alone))


def test_dask_engine_on_the_local_scheduler_gives_the_plain_facts(run_cli, tmp_path):
    pytest.importorskip("dask.bag")
    out = tmp_path / "shards"
    result = run_cli("extract", SAMPLES, "--engine", "dask", "--output", out)
    assert result.exit_code == 0, result.stderr
    shards = sorted(out.glob("facts-*.jsonl"))
    assert shards
    dask_facts = [json.loads(line) for shard in shards for line in shard.read_text(encoding="utf-8").splitlines()
                  if line.strip()]
    plain = run_cli("extract", SAMPLES, "--jsonl", "--no-cache")
    assert dask_facts == [json.loads(line) for line in plain.stdout.splitlines()]


def test_version_and_help_do_not_import_the_extractors():
    code = (
        "import sys\n"
        "from newsdiff import cli\n"
        "heavy = [m for m in ('newsdiff.pipeline', 'newsdiff.extract.dates.patterns', 'newsdiff.compare.comparison')"
        " if m in sys.modules]\n"
        "print(heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[1])
    assert out.stdout.strip() == "[]"


def _imported_newsdiff_modules(path: Path) -> set[str]:
    """The newsdiff modules a file imports, at the top or inside a function."""
    import ast

    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("newsdiff"))
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("newsdiff") and not node.level:
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)  # `from newsdiff import codec`
    return found


def test_cache_fingerprint_covers_everything_extraction_imports():
    # The fingerprint leaves the cross-source steps and the renderers out, so editing them keeps the
    # cache; that is only right while no extraction module imports them. pipeline re-exports
    # `combine` for its callers; `extract_source` never calls it.
    root = Path(cache.__file__).resolve().parent
    allowed = {("pipeline.py", "newsdiff.combine")}
    covered = [p for p in root.rglob("*.py") if p.relative_to(root).parts[0] in cache.EXTRACTION_CODE]
    assert any(p.name == "pipeline.py" for p in covered) and any("extract" in p.parts for p in covered)
    outside = []
    for path in covered:
        for module in _imported_newsdiff_modules(path):
            parts = module.split(".")[1:]
            if not parts:
                continue
            target = root.joinpath(*parts)
            if not (target.with_suffix(".py").is_file() or target.is_dir()):
                continue  # a name imported from a module (`from newsdiff import __version__`)
            first = parts[0] if target.is_dir() or len(parts) > 1 else parts[0] + ".py"
            if first not in cache.EXTRACTION_CODE and (path.name, module) not in allowed:
                outside.append(f"{path.relative_to(root)} imports {module}")
    assert outside == []


def test_editing_the_comparison_keeps_the_cache_key(tmp_path, monkeypatch):
    # The fingerprint follows files under EXTRACTION_CODE only: a copy of the package where a
    # comparison module changes keeps it, one where an extractor changes does not.
    import shutil

    root = Path(cache.__file__).resolve().parent
    copy = tmp_path / "newsdiff"
    shutil.copytree(root, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache, "__file__", str(copy / "cache.py"))
    cache.code_fingerprint.cache_clear()
    try:
        before = cache.code_fingerprint()
        with (copy / "compare" / "comparison.py").open("a", encoding="utf-8") as handle:
            handle.write("\n# edited\n")
        cache.code_fingerprint.cache_clear()
        assert cache.code_fingerprint() == before
        with (copy / "extract" / "frame.py").open("a", encoding="utf-8") as handle:
            handle.write("\n# edited\n")
        cache.code_fingerprint.cache_clear()
        assert cache.code_fingerprint() != before
    finally:
        cache.code_fingerprint.cache_clear()


# Three stories, two outlets each, written for this test; with the samples (one more story) the
# folder holds four stories, each with numbers, dates, quotes and roles to line up.
STORIES = {
    "bridge-a.txt": "Bridge collapse in Marlow Vale\n\nA footbridge over the Tarn river in Marlow Vale collapsed on "
                    "Tuesday, March 4, 2025, injuring 14 people, fire chief Odile Brannock said. \"The deck gave "
                    "way in the middle of the morning rush,\" Brannock said. Engineers had inspected it in 2019.",
    "bridge-b.txt": "Marlow Vale footbridge falls into the Tarn\n\nSixteen people were hurt when the Tarn footbridge "
                    "in Marlow Vale fell on Tuesday, March 4, 2025, according to Odile Brannock, the town's fire "
                    "chief. \"The deck gave way in the middle of the morning rush,\" said Brannock. It was last "
                    "inspected in 2018.",
    "budget-a.txt": "Quillfield council passes budget\n\nQuillfield's council approved a budget of $48 million on "
                    "Thursday, November 20, 2025, mayor Ferris Lindqvist said. \"We kept every library open,\" "
                    "Lindqvist told reporters. The vote was 7 to 2.",
    "budget-b.txt": "Quillfield budget approved\n\nThe Quillfield council adopted a $52 million budget on Thursday, "
                    "November 20, 2025. \"We kept every library open,\" said Ferris Lindqvist, the city manager. "
                    "Council members voted 6 to 3.",
    "match-a.txt": "Harbour Rovers win the cup\n\nHarbour Rovers beat Kestrel Town 3-1 in the Ardmore Cup final on "
                   "Saturday, May 17, 2025, in front of 21,000 fans. \"It was the best night of my career,\" "
                   "captain Teodor Vasko said.",
    "match-b.txt": "Rovers lift the Ardmore Cup\n\nHarbour Rovers won the Ardmore Cup final 3-1 against Kestrel Town "
                   "on Saturday, May 17, 2025, before a crowd of 19,500. \"It was the best night of my life,\" said "
                   "Teodor Vasko, the Rovers' coach.",
}


def _several_stories(folder: Path) -> Path:
    folder.mkdir()
    for name, text in STORIES.items():
        (folder / name).write_text(text + "\n", encoding="utf-8")
    for path in SAMPLES.glob("*.txt"):
        (folder / path.name).write_bytes(path.read_bytes())
    return folder


def test_comparison_in_processes_gives_the_same_output(run_cli, tmp_path, monkeypatch):
    folder = _several_stories(tmp_path / "articles")
    monkeypatch.setattr(parallel, "MIN_PARALLEL_COST", 0)  # the folder is small: build in processes anyway
    cache_dir = tmp_path / "cache"
    one = run_cli("compare", folder, "--json", "--jobs", "1", "--no-cache")
    two_cold = run_cli("compare", folder, "--json", "--jobs", "2", "--cache-dir", cache_dir)
    two_warm = run_cli("compare", folder, "--json", "--jobs", "2", "--cache-dir", cache_dir)
    assert one.exit_code == two_cold.exit_code == two_warm.exit_code == 0
    found = json.loads(one.stdout)
    stories = {s["story"] for s in found["sources"]}
    assert len(stories) >= 3
    story_of = {s["id"]: s["story"] for s in found["sources"]}
    assert {c["kind"] for c in found["claims"]} >= {"number", "date", "quote", "role"}
    assert len({story_of[c["values"][0]["source"]] for c in found["claims"]}) >= 3  # claims of several stories
    assert one.stdout == two_cold.stdout == two_warm.stdout


def _pid_and_square(offset: int, task: int) -> tuple[int, int]:
    import os

    return os.getpid(), offset + task * task


def test_map_tasks_runs_in_workers_and_keeps_the_order(monkeypatch):
    import os

    monkeypatch.setattr(parallel, "MIN_PARALLEL_COST", 0)
    tasks = list(range(40))
    costs = [1 + (t % 7) * 50 for t in tasks]  # uneven, so the batches are not in task order
    got = parallel.map_tasks(_pid_and_square, 1, tasks, costs, jobs=2)
    assert [value for _, value in got] == [1 + t * t for t in tasks]
    assert os.getpid() not in {pid for pid, _ in got}  # every task ran in a worker
    alone = parallel.map_tasks(_pid_and_square, 1, tasks, costs, jobs=1)
    assert {pid for pid, _ in alone} == {os.getpid()} and [v for _, v in alone] == [v for _, v in got]


def test_batches_cover_every_task_once_costliest_first():
    costs = [5, 100, 1, 1, 1, 30, 2]
    batches = parallel._batches(costs, 4)
    assert sorted(i for b in batches for i in b) == list(range(len(costs)))
    assert batches[0] == [1]  # the costliest task alone, first
    assert len(batches) <= 4
