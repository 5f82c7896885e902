"""A cache of extraction results in SQLite, so a folder read twice is extracted once.

Extraction of a source is a pure function of the source (its text and metadata), the options
and the code, so the key is a SHA-256 of exactly those: the source's fields except its path,
the options, newsdiff's version and the codec's version. A changed article, option or release
misses the cache; nothing is ever invalidated by hand.

The database lives in the platform's user cache folder (platformdirs), or `--cache-dir`.
Several runs may share it: WAL journaling lets readers and one writer work at once, and a busy
timeout waits out short locks. The cache is never worth a crash: a corrupt file is moved aside
and rebuilt, a lock that outlasts the timeout skips the write, each with one warning.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Callable, Optional

from newsdiff import __version__, codec
from newsdiff.model import Source, SourceFacts
from newsdiff.options import Options

# Version 2: facts carry their frame (Number.dimension, head, context, participants, modifiers;
# DateFact.context, participants). Version 3: a fact is an array of its field values (`codec`).
# A new file each, so an older newsdiff sharing the folder keeps its own.
CODEC_VERSION = 3
FILE_NAME = "extract-v3.sqlite3"
BUSY_TIMEOUT_S = 10.0


def default_dir() -> Path:
    """The platform's user cache folder for newsdiff (~/.cache/newsdiff on Linux)."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("newsdiff", appauthor=False))


# What extraction of one source runs: `pipeline.extract_source` and everything it imports, the word
# lists, and the cache's own codec. The cross-source steps (`compare/`, `people.py`, `combine.py`),
# the renderers and the command line are not here: editing a comparison rule must not make the next
# run re-extract a whole archive. tests/test_scale.py checks that nothing here imports what is left out.
EXTRACTION_CODE = ("extract", "text", "lexicon", "io", "__init__.py", "budget.py", "cache.py", "codec.py",
                   "model.py", "options.py", "pipeline.py", "timex_value.py")


@functools.lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A digest of the installed extraction rules (every module and word list under
    `EXTRACTION_CODE`: name, size, modification time), so an edited rule or list never reads facts
    a former version of it extracted, even when the version number did not change (an editable
    install, a checkout between releases)."""
    root = Path(__file__).resolve().parent
    parts = []
    for path in sorted(root.rglob("*")):
        inside = path.relative_to(root).parts
        if path.suffix in (".py", ".txt", ".json") and "__pycache__" not in inside and inside[0] in EXTRACTION_CODE:
            stat = path.stat()
            parts.append(f"{path.relative_to(root).as_posix()}:{stat.st_size}:{stat.st_mtime_ns}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def key(source: Source, options: Options) -> str:
    """The cache key of extracting `source` with `options` with this newsdiff's rules."""
    fields = {f.name: getattr(source, f.name) for f in dataclasses.fields(source) if f.name != "path"}
    opts = {f.name: getattr(options, f.name) for f in dataclasses.fields(options)}
    material = json.dumps([__version__, CODEC_VERSION, code_fingerprint(), opts, fields], sort_keys=True,
                          default=str, ensure_ascii=False)
    return hashlib.sha256(material.encode("utf-8", "surrogatepass")).hexdigest()


class Cache:
    """Extraction results keyed by `key`. Every failure degrades to a miss, with a warning."""

    def __init__(self, folder: Path, warn: Callable[[str], None]):
        self.path = Path(folder) / FILE_NAME
        self.warn = warn
        self.db: Optional[sqlite3.Connection] = None
        self._write_failed = False
        try:
            self.db = self._open()
        except (sqlite3.DatabaseError, OSError) as err:
            self._rebuild(err)

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")  # WAL stays consistent; a crash loses only the last writes
            db.execute("CREATE TABLE IF NOT EXISTS extracted (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            db.execute("SELECT count(*) FROM extracted WHERE key = ''").fetchone()
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def _rebuild(self, err: Exception) -> None:
        """Move a broken database aside and start a new one; give up (no cache) if that fails too."""
        if self.db is not None:
            self.db.close()
            self.db = None
        if isinstance(err, sqlite3.OperationalError) and "locked" in str(err):
            self.warn(f"cache {self.path} is locked by another run; continuing without it")
            return
        self.warn(f"cache {self.path} is unusable ({err}); rebuilding it")
        try:
            for suffix in ("", "-wal", "-shm"):
                old = Path(str(self.path) + suffix)
                if old.exists():
                    old.replace(Path(str(self.path) + suffix + ".broken"))
            self.db = self._open()
        except (sqlite3.DatabaseError, OSError) as again:
            self.warn(f"cache {self.path} cannot be rebuilt ({again}); continuing without it")
            self.db = None

    def get(self, cache_key: str, source: Source) -> Optional[SourceFacts]:
        """The stored result for `cache_key`, rebuilt for `source`, or None."""
        if self.db is None:
            return None
        try:
            row = self.db.execute("SELECT value FROM extracted WHERE key = ?", (cache_key,)).fetchone()
        except sqlite3.DatabaseError as err:
            self._rebuild(err)
            return None
        if row is None:
            return None
        try:
            return codec.decode(row[0], source)
        except (ValueError, KeyError, TypeError, IndexError, AttributeError):
            return None  # a damaged row is a miss; the fresh result overwrites it

    def put_many(self, items: list[tuple[str, SourceFacts]]) -> None:
        """Store results in one transaction (one fsync for many sources)."""
        if self.db is None or not items or self._write_failed:
            return
        rows = [(k, codec.encode(v)) for k, v in items]
        try:
            with self.db:
                self.db.execute("BEGIN IMMEDIATE")
                self.db.executemany("INSERT OR REPLACE INTO extracted (key, value) VALUES (?, ?)", rows)
        except sqlite3.OperationalError as err:
            if "locked" in str(err) or "busy" in str(err):
                self._write_failed = True
                self.warn(f"cache {self.path} stayed locked; results of this run not stored")
            else:
                self._rebuild(err)
        except sqlite3.DatabaseError as err:
            self._rebuild(err)

    def close(self) -> None:
        """Close the database."""
        if self.db is not None:
            self.db.close()
            self.db = None
