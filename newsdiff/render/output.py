"""Writing a rendered document to stdout or to a file, atomically.

A file is written next to its final name and moved into place with `os.replace`, so a reader (a
browser reloading report.html, Datasette holding out.db) sees the old file or the new one, never a
half-written one, and a failed run leaves the old file alone.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Callable, Iterator, TextIO, Union


@contextlib.contextmanager
def replacing(path: Union[str, Path]) -> Iterator[Path]:
    """Yield a temporary path beside `path`; when the block succeeds, move it onto `path`."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    os.close(fd)
    try:
        yield Path(tmp)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def stream_atomic(path: Union[str, Path], write: Callable[[TextIO], None]) -> None:
    """Let `write` write UTF-8 text piece by piece to a file at a temporary path, then move it onto
    `path` atomically: a large document never has to be one string in memory."""
    with replacing(path) as tmp, tmp.open("w", encoding="utf-8", newline="") as stream:
        write(stream)


def build_atomic(path: Union[str, Path], build: Callable[[Path], None]) -> None:
    """Let `build` create a file at a temporary path, then move it onto `path` atomically."""
    with replacing(path) as tmp:
        tmp.unlink()  # builders such as sqlite want to create the file themselves
        build(tmp)
