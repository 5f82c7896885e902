"""Extraction of many sources: from the cache where it can, in parallel processes where it must.

Extraction of one source is a pure function (`pipeline.extract_source`), so sources can be
handed to worker processes in any order; results are yielded in the order the sources were
given, so the output is the same whatever the number of processes or the state of the cache.
At most a bounded window of sources is in flight, so a stream of sources (a JSONL archive
larger than memory) is extracted in flat memory.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Callable, Iterable, Iterator, Optional, Union

from newsdiff.cache import Cache, key
from newsdiff.model import Skipped, Source, SourceFacts
from newsdiff.options import Options

Outcome = Union[SourceFacts, Skipped]
WINDOW_PER_JOB = 16  # sources in flight per worker: enough to keep workers busy, small in memory
STORE_BATCH = 64  # results written to the cache per transaction


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


class Extraction:
    """Extracts sources with `jobs` processes and an optional cache. Use as a context manager.

    The worker processes start in the constructor, before the caller starts any thread (a
    progress bar): forking a process that runs threads can deadlock.
    """

    def __init__(
        self, options: Options, jobs: int = 1, cache: Optional[Cache] = None, time_limit: Optional[float] = None
    ):
        self.options = options
        self.time_limit = time_limit  # seconds per source (`budget`); not part of the cache key
        self.jobs = max(1, jobs)
        self.cache = cache
        self.pool: Optional[ProcessPoolExecutor] = None
        if self.jobs > 1:
            methods = multiprocessing.get_all_start_methods()
            # The extractors are imported on the first cache miss (in the workers too, when a task
            # arrives), so a run served from the cache never pays for importing them.
            context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
            self.pool = ProcessPoolExecutor(max_workers=self.jobs, mp_context=context)
            self.pool.submit(int).result()  # starts every worker now

    def __enter__(self) -> "Extraction":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Stop the workers and close the cache."""
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
            self.pool = None
        if self.cache is not None:
            self.cache.close()

    def run(
        self, sources: Iterable[Source], on_source: Optional[Callable[[Source], None]] = None
    ) -> Iterator[Outcome]:
        """Yield one `SourceFacts` or `Skipped` per source, in the order of `sources`."""
        pending: deque[tuple[Source, Optional[str], Union[Outcome, Future]]] = deque()
        to_store: list[tuple[str, SourceFacts]] = []
        window = self.jobs * WINDOW_PER_JOB
        for source in sources:
            pending.append(self._start(source))
            while len(pending) >= window or (pending and _ready(pending[0][2])):
                yield self._finish(pending.popleft(), to_store, on_source)
        while pending:
            yield self._finish(pending.popleft(), to_store, on_source)
        if self.cache is not None:
            self.cache.put_many(to_store)

    def _start(self, source: Source) -> tuple[Source, Optional[str], Union[Outcome, Future]]:
        cache_key = None
        if self.cache is not None:
            cache_key = key(source, self.options)
            hit = self.cache.get(cache_key, source)
            if hit is not None:
                return source, None, hit
        from newsdiff import pipeline  # imports the extractors: only when something is extracted

        if self.pool is None:
            return source, cache_key, pipeline.extract_or_skip(source, self.options, self.time_limit)
        return source, cache_key, self.pool.submit(pipeline.extract_or_skip, source, self.options, self.time_limit)

    def _finish(self, item, to_store: list, on_source) -> Outcome:
        source, cache_key, got = item
        if isinstance(got, Future):
            try:
                got = got.result()
            except Exception as err:  # noqa: BLE001 - a worker killed (out of memory?) loses one source
                got = Skipped(source.path, f"extraction failed in a worker process: {type(err).__name__}: {err}")
        if self.cache is not None and cache_key is not None and isinstance(got, SourceFacts):
            to_store.append((cache_key, got))
            if len(to_store) >= STORE_BATCH:
                self.cache.put_many(to_store)
                to_store.clear()
        if on_source is not None:
            on_source(source)
        return got


def _ready(got) -> bool:
    return not isinstance(got, Future) or got.done()
