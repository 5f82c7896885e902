"""`newsdiff extract --engine dask`: extraction as a Dask bag, past one machine.

The bag holds the input files (article files or JSONL shards); each partition reads its files as
streams and runs the pure per-source extraction on every record, and the facts are written as
JSON Lines shards (`facts-0.jsonl`, ...), one fact a line in the contract's fact format, with
the sources that could not be read or extracted in `skipped-*.jsonl`. The local scheduler is
used unless a cluster address is given. Dask is an optional extra: `pip install newsdiff[dask]`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

from newsdiff.model import Skipped
from newsdiff.options import Options

FILES_PER_PARTITION = 64


def _extract_partition(paths: list[str], options: Options) -> list[dict]:
    """Facts (and skipped records) of the files of one partition: runs on a worker."""
    from newsdiff import pipeline, streaming
    from newsdiff.render.json import fact_dict

    out: list[dict] = []

    def skip(s: Skipped) -> None:
        out.append({"skipped": s.path, "reason": s.reason})

    for source in streaming.iter_sources(paths, skip, lambda note: None):
        got = pipeline.extract_or_skip(source, options)
        if isinstance(got, Skipped):
            skip(got)
        else:
            out.extend(fact_dict(f) for f in got.facts)
    return out


def _extract_groups(groups: list[list[str]], options: Options) -> list[dict]:
    return [item for paths in groups for item in _extract_partition(paths, options)]


def _shard_name(index: int) -> str:
    return f"{index:05d}"  # zero-padded: the shards sort in partition order


def _is_fact(item: dict) -> bool:
    return "skipped" not in item


def _is_skipped(item: dict) -> bool:
    return "skipped" in item


def _line(item: dict) -> str:
    return json.dumps(item, ensure_ascii=False)


def run(paths: list[str], output: Path, options: Options, scheduler: Optional[str] = None) -> tuple[int, list[Skipped]]:
    """Extract every file under `paths` into JSONL shards in `output`; returns (facts, skipped).

    `scheduler` is a Dask scheduler address (tcp://host:8786) or None for the local one.
    JSONL shards are one partition each, so a large shard is read as a stream by one worker.
    """
    try:
        import dask
        import dask.bag as db
    except ImportError as err:
        raise RuntimeError("the Dask engine needs the dask extra: pip install 'newsdiff[dask]'") from err
    from newsdiff.io import ingest

    files, problems, _ = ingest.collect(paths)
    skipped = list(problems)
    if not files:
        return 0, skipped
    groups: list[list[str]] = []
    plain: list[str] = []
    for path in files:
        if path.suffix.lower() in (".jsonl", ".ndjson"):
            groups.append([str(path)])
        else:
            plain.append(str(path))
    groups.extend(plain[i : i + FILES_PER_PARTITION] for i in range(0, len(plain), FILES_PER_PARTITION))
    bag = db.from_sequence(groups, npartitions=len(groups)).map_partitions(_extract_groups, options)
    output.mkdir(parents=True, exist_ok=True)
    for old in list(output.glob("facts-*.jsonl")) + list(output.glob("skipped-*.jsonl")):
        old.unlink()  # shards of an earlier run would mix with this one's
    writes = (
        bag.filter(_is_fact).map(_line).to_textfiles(str(output / "facts-*.jsonl"), compute=False, encoding="utf-8", name_function=_shard_name, last_endline=True),
        bag.filter(_is_skipped).map(_line).to_textfiles(str(output / "skipped-*.jsonl"), compute=False, encoding="utf-8", name_function=_shard_name, last_endline=True),
    )
    if scheduler:
        from distributed import Client

        with Client(scheduler):
            dask.compute(*writes)
    else:
        dask.compute(*writes)
    facts = 0
    for shard in sorted(output.glob("facts-*.jsonl")):
        with shard.open(encoding="utf-8") as handle:
            facts += sum(1 for line in handle if line.strip())
    for shard in sorted(output.glob("skipped-*.jsonl")):
        with shard.open(encoding="utf-8") as handle:
            for line in handle:
                if not line.strip():
                    continue  # an empty partition's shard is one newline
                item = json.loads(line)
                skipped.append(Skipped(item["skipped"], item["reason"]))
    return facts, skipped
