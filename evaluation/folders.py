"""Run `newsdiff compare FOLDER --json` in-process over many folders that share articles.

The shared benchmark tools (`../shared/tools/conflicts/`, `../shared/tools/gvc/`) score the JSON of
`compare` on a few hundred folders that hold the same articles with one edit each. Starting the
CLI once per folder spends most of its time importing and extracting unchanged articles again, so
the scorers here load each tool's own `score.py`, replace only its "run the command" function by
this in-process one (same reading path as the CLI: `ingest.read`, `pipeline.run`, the JSON
renderer), and extract each distinct article once. What is scored is the tool's own code.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Optional

from newsdiff import pipeline
from newsdiff.io import ingest
from newsdiff.model import Source, SourceFacts
from newsdiff.options import Options
from newsdiff.render import json as json_render

CACHE = Path(__file__).resolve().parent.parent / ".cache" / "eval"

_extracted: dict[tuple, SourceFacts] = {}
# Stories found in each folder compared (folder path -> number of stories), for the split counts.
stories_in: dict[str, int] = {}
_plain_extract = pipeline.extract_source


def _memo_extract(source: Source, options: Options) -> SourceFacts:
    """Extraction is a pure function of the source's content and the options: memoise on them."""
    key = (source.id, source.text, source.title, source.published, source.outlet, options)
    found = _extracted.get(key)
    if found is None:
        found = _plain_extract(source, options)
        _extracted[key] = found
    # The same article in another folder has another path: keep this one's.
    return SourceFacts(source, found.facts, found.mentions)


def compare_json(folder: Path) -> dict:
    """The document `newsdiff compare FOLDER --json` prints, computed in this process."""
    sources, skipped, _ = ingest.read([str(folder)])
    pipeline.extract_source = _memo_extract
    try:
        result = pipeline.run(sources, Options())
    finally:
        pipeline.extract_source = _plain_extract
    stories_in[str(folder)] = len({s.story for s in result.sources})
    return json_render.document(result)


def run_compare(_cmd: str, folder: Path, _timeout: int) -> tuple[Optional[dict], Optional[str]]:
    """Drop-in for the tools' `run_compare(cmd, folder, timeout)`: (document, error)."""
    try:
        return compare_json(Path(folder)), None
    except Exception as err:  # noqa: BLE001 - the tool counts a failed run as missed, like a crash
        return None, f"{type(err).__name__}: {err}"


def tool_module(path: Path, name: str) -> ModuleType:
    """Import one of the shared tools' scripts as a module, its runner replaced by ours."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader, f"cannot load {path}"
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.run_compare = run_compare  # type: ignore[attr-defined]
    return module


def build_sets(script: Path, out: Path, args: list[str]) -> bool:
    """Run a tool's generator once (its output is cached under `.cache/eval/`); True when ready."""
    if (out / "manifest.jsonl").is_file():
        return True
    out.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([sys.executable, str(script), *args], capture_output=True, text=True)
    if done.returncode != 0:
        print(f"   could not build {out.name}: {done.stderr.strip()[-300:]}")
        return False
    return (out / "manifest.jsonl").is_file()
