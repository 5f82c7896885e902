"""A per-source time budget: a source whose extraction runs past it is skipped, the rest go on.

Extraction is linear in the text, but a big enough file (tens of megabytes) still takes long, and a
user would rather see the other articles than wait. `within(seconds)` sets a deadline for the code
run inside it; `check()` (called once per sentence by `Document.content_sentences`, the loop every
extractor runs) raises `OverBudget` once the deadline has passed. Cooperative, so nothing is
interrupted mid-way and no thread or signal is involved. The clock is `clock`, read at each
call, so a test can replace it here without touching the process-wide `time.monotonic`.
"""

from __future__ import annotations

import contextlib
import contextvars
import time
from typing import Callable, Iterator, Optional

# The clock deadlines are kept on: seconds, only ever increasing. Looked up at each call (never
# bound at import), so replacing `budget.clock` is enough to drive the budget in a test.
clock: Callable[[], float] = time.monotonic
_DEADLINE: contextvars.ContextVar[Optional[float]] = contextvars.ContextVar("newsdiff_deadline", default=None)


class OverBudget(TimeoutError):
    """Extraction of one source ran past its time budget."""


@contextlib.contextmanager
def within(seconds: Optional[float]) -> Iterator[None]:
    """Run the body with a deadline `seconds` from now (None or 0: no deadline)."""
    token = _DEADLINE.set(clock() + seconds if seconds else None)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def check() -> None:
    """Raise `OverBudget` when the current deadline has passed."""
    deadline = _DEADLINE.get()
    if deadline is not None and clock() > deadline:
        raise OverBudget()
