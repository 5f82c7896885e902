"""Articles from URLs: fetched with httpx, kept in an on-disk cache, read like saved pages.

Every fetch has a connect/read timeout, a deadline for the whole transfer (a server that drips
one byte a second never trips a read timeout), a size cap, at most MAX_REDIRECTS redirects, and a
User-Agent naming newsdiff and its version. Only HTML answers are read. A failure is one line for
that URL; the other inputs are still read.

Politeness (robots.txt, rate limits, a site's terms) is the user's responsibility: newsdiff fetches
exactly the URLs it is given, once each, and never crawls.

The cache holds the bytes of each successful answer under the user cache folder
(`platformdirs.user_cache_dir("newsdiff")/pages`), keyed by the URL asked for, so a second run
reads from disk; `refresh` (the CLI's `--no-cache`) fetches again and overwrites.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional
from urllib.parse import urlsplit

import regex

from newsdiff import __version__
from newsdiff.io import html
from newsdiff.model import Skipped, Source

MAX_REDIRECTS = 10
HTML_TYPES = {"text/html", "application/xhtml+xml"}
_SCHEME = regex.compile(r"^https?://", regex.IGNORECASE)
_SLUG = regex.compile(r"[^A-Za-z0-9._-]+")


def user_agent() -> str:
    """The User-Agent sent with every request: newsdiff, its version, and what it is."""
    return f"newsdiff/{__version__} (news article comparison; fetches only URLs its user gives)"


def default_cache_dir() -> Path:
    """Where fetched pages are kept: the per-user cache folder of this OS."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("newsdiff")) / "pages"


@dataclass(frozen=True)
class FetchOptions:
    """How URLs are fetched. `cache_dir` None means `default_cache_dir()`."""

    timeout: float = 20.0  # seconds to connect, and between two reads
    deadline: float = 60.0  # seconds for the whole answer
    max_bytes: int = 10 * 2**20
    cache_dir: Optional[Path] = None
    use_cache: bool = True  # False: never read or write the cache
    refresh: bool = False  # True: fetch again and overwrite what the cache holds
    headers: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Fetched:
    """One answer: the bytes, the URL after redirects, the charset the server named."""

    url: str
    final_url: str
    data: bytes
    charset: Optional[str] = None


class FetchError(Exception):
    """A URL that could not be fetched; the message is one line."""


def is_url(value: str) -> bool:
    """True for an http(s) address (anything else on the command line is a path)."""
    return bool(_SCHEME.match(value))


def source_id(url: str) -> str:
    """A readable id for a URL: host and last path segment ("example.com-flood-barrier")."""
    parts = urlsplit(url)
    host = (parts.hostname or "page").removeprefix("www.")
    segments = [s for s in parts.path.split("/") if s]
    last = segments[-1].rsplit(".", 1)[0] if segments else ""
    slug = _SLUG.sub("-", f"{host}-{last}" if last else host).strip("-")
    return slug[:80] or "page"


def fetch(url: str, options: FetchOptions = FetchOptions()) -> Fetched:
    """The page at `url`, from the cache when it holds it. Raises FetchError."""
    cache = (options.cache_dir or default_cache_dir()) if options.use_cache else None
    if cache is not None and not options.refresh:
        cached = _from_cache(cache, url)
        if cached is not None:
            return cached
    fetched = _download(url, options)
    if cache is not None:
        _to_cache(cache, fetched)
    return fetched


def _download(url: str, options: FetchOptions) -> Fetched:
    import httpx

    headers = {
        "User-Agent": user_agent(),
        "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
        **options.headers,
    }
    started = time.monotonic()
    try:
        with httpx.Client(
            follow_redirects=True,
            max_redirects=MAX_REDIRECTS,
            timeout=httpx.Timeout(options.timeout),
            headers=headers,
        ) as client:
            with client.stream("GET", url) as response:
                if response.status_code >= 400:
                    raise FetchError(f"HTTP {response.status_code} {response.reason_phrase}".strip())
                mime, charset = _content_type(response.headers.get("content-type", ""))
                if mime and mime not in HTML_TYPES:
                    raise FetchError(f"not a web page (content type {mime})")
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > options.max_bytes:
                    raise FetchError(f"too large ({int(declared):,} bytes, limit {options.max_bytes:,})")
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > options.max_bytes:
                        raise FetchError(f"too large (over {options.max_bytes:,} bytes)")
                    if time.monotonic() - started > options.deadline:
                        raise FetchError(f"too slow (not complete after {options.deadline:g}s)")
                    chunks.append(chunk)
                final = str(response.url)
    except httpx.TooManyRedirects:
        raise FetchError(f"more than {MAX_REDIRECTS} redirects") from None
    except httpx.TimeoutException:
        raise FetchError(f"timed out (no answer within {options.timeout:g}s)") from None
    except httpx.ConnectError as err:
        raise FetchError(f"cannot connect: {_one_line(err) or 'connection failed'}") from None
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as err:
        raise FetchError(f"invalid URL: {_one_line(err)}") from None
    except httpx.HTTPError as err:
        raise FetchError(f"{type(err).__name__}: {_one_line(err)}") from None
    return Fetched(url, final, b"".join(chunks), charset)


def _content_type(value: str) -> tuple[str, Optional[str]]:
    mime, _, params = value.partition(";")
    match = regex.search(r"charset\s*=\s*[\"']?([A-Za-z0-9._:\-]+)", params, regex.IGNORECASE)
    return mime.strip().lower(), (match.group(1) if match else None)


def _one_line(err: Exception) -> str:
    return " ".join(str(err).split())


def _key(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8")).hexdigest()


def _from_cache(folder: Path, url: str) -> Optional[Fetched]:
    key = _key(url)
    try:
        meta = json.loads((folder / f"{key}.json").read_text(encoding="utf-8"))
        data = (folder / f"{key}.html").read_bytes()
    except (OSError, ValueError):
        return None
    if meta.get("url") != url:
        return None
    return Fetched(url, meta.get("final_url") or url, data, meta.get("charset"))


def _to_cache(folder: Path, fetched: Fetched) -> None:
    """Write body then metadata, each atomically; a cache that cannot be written is no error."""
    key = _key(fetched.url)
    meta = {"url": fetched.url, "final_url": fetched.final_url, "charset": fetched.charset,
            "fetched": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for name, payload in ((f"{key}.html", fetched.data), (f"{key}.json", json.dumps(meta).encode("utf-8"))):
            tmp = folder / f".{name}.{os.getpid()}.tmp"
            tmp.write_bytes(payload)
            os.replace(tmp, folder / name)
    except OSError:
        pass


def read_urls(urls: list[str], options: FetchOptions = FetchOptions()) -> tuple[list[Source], list[Skipped]]:
    """Fetch and read each URL (each once, in the order given); failures come back as skipped."""
    sources: list[Source] = []
    skipped: list[Skipped] = []
    for url in dict.fromkeys(urls):
        try:
            fetched = fetch(url, options)
            page = html.extract_page(html.decode_page(fetched.data, fetched.charset), url=fetched.final_url)
        except (FetchError, html.PageError) as err:
            skipped.append(Skipped(url, str(err)))
            continue
        sources.append(html.page_source(page, source_id(fetched.final_url), url, url=fetched.final_url))
    return sources, skipped


def read_url_list(path: str) -> tuple[list[str], list[Skipped]]:
    """The URLs listed in a file, one a line; blank lines and `#` comments are ignored, and a line
    that is not an http(s) URL is reported with its line number."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        return [], [Skipped(path, f"cannot read URL list: {getattr(err, 'strerror', None) or err}")]
    urls, problems = [], []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.split("#", 1)[0].strip() if line.lstrip().startswith("#") or " #" in line else line.strip()
        if not line:
            continue
        if is_url(line):
            urls.append(line)
        else:
            problems.append(Skipped(f"{path}:{number}", "not an http(s) URL"))
    return urls, problems
