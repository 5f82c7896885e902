"""Extraction of many sources: from the cache where it can, in parallel processes where it must;
and `map_tasks`, which runs the comparison's claim builders in parallel processes.

Extraction of one source is a pure function (`pipeline.extract_source`), so sources can be
handed to worker processes in any order; results are yielded in the order the sources were
given, so the output is the same whatever the number of processes or the state of the cache.
At most a bounded window of sources is in flight, so a stream of sources (a JSONL archive
larger than memory) is extracted in flat memory.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Callable, Iterable, Iterator, Optional, Sequence, TypeVar, Union

from newsdiff.cache import Cache, key
from newsdiff.model import Skipped, Source, SourceFacts
from newsdiff.options import Options

Outcome = Union[SourceFacts, Skipped]
S = TypeVar("S")
T = TypeVar("T")
R = TypeVar("R")
WINDOW_PER_JOB = 16  # sources in flight per worker: enough to keep workers busy, small in memory
STORE_BATCH = 64  # results written to the cache per transaction
# Below this total task cost (`map_tasks`), starting processes costs more than it saves: the five
# samples are compared in a few milliseconds, a fork of the interpreter takes tens.
MIN_PARALLEL_COST = 200_000
BATCHES_PER_JOB = 4  # small tasks travel in batches: enough batches to even out the workers' loads


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


# What the workers of `map_tasks` read: set just before they are forked, so they inherit it instead
# of receiving it pickled (the facts of an archive are hundreds of megabytes).
_SHARED: Optional[tuple[Callable[[Any, Any], Any], Any, Sequence[Any]]] = None


def map_tasks(function: Callable[[S, T], R], shared: S, tasks: Sequence[T], costs: Sequence[int], jobs: int) -> list[R]:
    """`[function(shared, task) for task in tasks]`, in `jobs` worker processes when there is
    enough work (`costs`: a rough cost per task) and the platform can fork.

    The workers are forked after `shared` exists, so they read it from the memory they share with
    this process; only the tasks' positions go to them and only the results come back. The
    largest tasks start first and small ones travel in batches, so the workers finish together.
    The results are in the order of `tasks` whatever the number of processes; a worker that dies
    (out of memory) costs time, never results: what it did not return is computed here.
    """
    if jobs <= 1 or len(tasks) < 2 or sum(costs) < MIN_PARALLEL_COST or "fork" not in multiprocessing.get_all_start_methods():
        return [function(shared, task) for task in tasks]
    global _SHARED
    results: dict[int, R] = {}
    batches = _batches(costs, jobs * BATCHES_PER_JOB)
    _SHARED = (function, shared, tasks)
    # Objects frozen out of the collector are never traversed in the workers, so their memory
    # stays shared with this process instead of being copied page by page on the first collection.
    gc.freeze()
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=min(jobs, len(batches)), mp_context=context) as pool:
            futures = [(batch, pool.submit(_run_batch, batch)) for batch in batches]
            for batch, future in futures:
                try:
                    results.update(zip(batch, future.result(), strict=True))
                except BrokenProcessPool:
                    pass  # computed below
    finally:
        _SHARED = None
        gc.unfreeze()
    return [results[i] if i in results else function(shared, task) for i, task in enumerate(tasks)]


def _batches(costs: Sequence[int], count: int) -> list[list[int]]:
    """Task positions in about `count` batches, the costliest first: a task costing more than a
    batch's share is a batch of its own, the small ones fill batches up to that share."""
    share = max(1, sum(costs) // count)
    batches: list[list[int]] = []
    current: list[int] = []
    filled = 0
    for i in sorted(range(len(costs)), key=lambda i: -costs[i]):
        current.append(i)
        filled += costs[i]
        if filled >= share:
            batches.append(current)
            current, filled = [], 0
    if current:
        batches.append(current)
    return batches


def _run_batch(batch: list[int]) -> list[Any]:
    """In a worker: the results of the tasks at the positions in `batch`."""
    assert _SHARED is not None, "map_tasks sets the shared state before forking"
    function, shared, tasks = _SHARED
    return [function(shared, tasks[i]) for i in batch]
