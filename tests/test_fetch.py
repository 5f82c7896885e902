"""Fetching URLs from a local HTTP server the tests start on 127.0.0.1 (no test reaches the
internet): redirects, errors, wrong content types, size cap, timeouts, a slow drip, the cache."""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from newsdiff import __version__
from newsdiff import cache as extraction_cache
from newsdiff.exitcodes import ExitCode
from newsdiff.io import fetch, stdin
from tests.pages import HEADLINE, PARAGRAPHS, article_page

PAGE = article_page().encode("utf-8")


class Handler(BaseHTTPRequestHandler):
    hits: Counter = Counter()
    agents: list = []

    def log_message(self, *args):  # keep test output clean
        pass

    def _send(self, status, body=b"", ctype="text/html; charset=utf-8", headers=()):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        for name, value in headers:
            self.send_header(name, value)
        if not any(name == "Content-Length" for name, _ in headers):
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):  # noqa: N802 - http.server's name
        Handler.hits[self.path] += 1
        Handler.agents.append(self.headers.get("User-Agent"))
        path = self.path
        if path in ("/article", "/news/flood-barrier.html"):
            self._send(200, PAGE)
        elif path == "/moved":
            self._send(301, headers=[("Location", "/article")])
        elif path == "/loop":
            self._send(302, headers=[("Location", "/loop")])
        elif path == "/missing":
            self._send(404, b"<html><body>Not found</body></html>")
        elif path == "/broken":
            self._send(503, b"<html><body>Down</body></html>")
        elif path == "/paper.pdf":
            self._send(200, b"%PDF-1.4 ...", ctype="application/pdf")
        elif path == "/huge":
            self._send(200, b"", headers=[("Content-Length", str(50 * 2**20))])
        elif path == "/endless":
            # no Content-Length: the size cap must stop the download itself
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                self.wfile.write(PAGE)
                for _ in range(200):
                    self.wfile.write(b"<p>" + b"x" * 4096 + b"</p>\n")
            except OSError:
                pass
        elif path == "/slow":
            time.sleep(2)
            self._send(200, PAGE)
        elif path == "/drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for byte in PAGE[:40]:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(0.1)
            except OSError:
                pass
        else:
            self._send(404)


@pytest.fixture
def server():
    Handler.hits.clear()
    Handler.agents.clear()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def no_user_cache(monkeypatch, tmp_path):
    # the user's real cache folder is never touched by the tests
    monkeypatch.setattr(fetch, "default_cache_dir", lambda: tmp_path / "default-cache")


def options(tmp_path, **kw):
    return fetch.FetchOptions(cache_dir=tmp_path / "cache", **kw)


def test_fetched_page_is_read_like_a_saved_page(server, tmp_path):
    (source,), skipped = fetch.read_urls([f"{server}/news/flood-barrier.html"], options(tmp_path))
    assert skipped == []
    assert source.title == HEADLINE and source.outlet == "The Arlen Courier" and source.author == "Jane Reyes"
    assert source.id == "127.0.0.1-flood-barrier"
    assert source.path == source.url == f"{server}/news/flood-barrier.html"
    assert all(p in source.text for p in PARAGRAPHS)


def test_user_agent_names_newsdiff_and_its_version(server, tmp_path):
    fetch.read_urls([f"{server}/article"], options(tmp_path))
    assert Handler.agents and Handler.agents[0].startswith(f"newsdiff/{__version__} ")


def test_redirects_are_followed_and_the_final_url_kept(server, tmp_path):
    (source,), skipped = fetch.read_urls([f"{server}/moved"], options(tmp_path))
    assert skipped == [] and source.url == f"{server}/article" and source.path == f"{server}/moved"


@pytest.mark.parametrize(
    "path, reason",
    [
        ("/missing", "HTTP 404"),
        ("/broken", "HTTP 503"),
        ("/loop", "redirects"),
        ("/paper.pdf", "not a web page (content type application/pdf)"),
        ("/huge", "too large"),
        ("/endless", "too large"),
    ],
)
def test_a_failed_fetch_is_one_line_and_the_rest_are_read(server, tmp_path, path, reason):
    sources, skipped = fetch.read_urls([f"{server}{path}", f"{server}/article"], options(tmp_path, max_bytes=200_000))
    assert [s.url for s in sources] == [f"{server}/article"]
    assert len(skipped) == 1 and skipped[0].path == f"{server}{path}"
    assert reason in skipped[0].reason and "\n" not in skipped[0].reason


def test_a_server_that_does_not_answer_times_out(server, tmp_path):
    sources, skipped = fetch.read_urls([f"{server}/slow"], options(tmp_path, timeout=0.3))
    assert sources == [] and "timed out" in skipped[0].reason


def test_a_slow_drip_is_cut_off_by_the_deadline(server, tmp_path):
    # every byte arrives well within the read timeout; only the overall deadline stops it
    started = time.monotonic()
    sources, skipped = fetch.read_urls([f"{server}/drip"], options(tmp_path, timeout=2, deadline=0.5))
    assert sources == [] and "too slow" in skipped[0].reason
    assert time.monotonic() - started < 3.5


def test_unreachable_host_is_reported(tmp_path):
    # port 9 on 127.0.0.1 (discard) has nobody listening in a test environment
    sources, skipped = fetch.read_urls(["http://127.0.0.1:9/x"], options(tmp_path, timeout=2))
    assert sources == [] and "cannot connect" in skipped[0].reason


def test_second_run_reads_the_cache_and_refresh_fetches_again(server, tmp_path):
    url = f"{server}/article"
    first, _ = fetch.read_urls([url], options(tmp_path))
    second, _ = fetch.read_urls([url], options(tmp_path))
    assert Handler.hits["/article"] == 1 and first == second
    fetch.read_urls([url], options(tmp_path, refresh=True))
    assert Handler.hits["/article"] == 2


def test_failures_are_not_cached(server, tmp_path):
    fetch.read_urls([f"{server}/missing"], options(tmp_path))
    fetch.read_urls([f"{server}/missing"], options(tmp_path))
    assert Handler.hits["/missing"] == 2


def test_compare_over_urls_and_a_saved_page(run_cli, server, tmp_path):
    saved = tmp_path / "saved" / "courier-copy.html"
    saved.parent.mkdir()
    saved.write_text(article_page().replace("About 350 homes", "More than 600 homes"), encoding="utf-8")
    cache = tmp_path / "cache"
    result = run_cli("compare", f"{server}/article", f"{server}/missing", saved.parent, "--json", "--cache-dir", cache)
    assert result.exit_code == ExitCode.SKIPPED
    doc = json.loads(result.stdout)
    assert sorted(s["id"] for s in doc["sources"]) == ["127.0.0.1-article", "courier-copy"]
    assert len({s["story"] for s in doc["sources"]}) == 1
    (homes,) = [c for c in doc["claims"] if c["kind"] == "number" and "homes" in c["label"]]
    assert homes["status"] == "conflict" and {v["source"] for v in homes["values"]} == {"127.0.0.1-article", "courier-copy"}
    errors = [line for line in result.stderr.splitlines() if "/missing" in line]
    assert errors == [f"newsdiff: skipped {server}/missing: HTTP 404 Not Found"]
    # one cache folder: fetched pages under pages/, extracted facts in the SQLite file beside them
    assert any((cache / "pages").iterdir())
    assert (cache / extraction_cache.FILE_NAME).is_file()


def test_no_cache_option_fetches_again(run_cli, server, tmp_path):
    cache = tmp_path / "cache"
    for extra in ([], [], ["--no-cache"]):
        assert run_cli("extract", f"{server}/article", "--cache-dir", cache, *extra).exit_code == 0
    assert Handler.hits["/article"] == 2


def test_url_list_file(run_cli, server, tmp_path):
    listing = tmp_path / "coverage.txt"
    listing.write_text(
        f"# coverage kept by hand\n\n{server}/article  # the Courier\n{server}/moved#top\nnot a url\n", encoding="utf-8"
    )
    urls, problems = fetch.read_url_list(str(listing))
    assert urls == [f"{server}/article", f"{server}/moved#top"]
    assert [(p.path, p.reason) for p in problems] == [(f"{listing}:5", "not an http(s) URL")]
    result = run_cli("extract", "--urls", listing, "--json", "--cache-dir", tmp_path / "c")
    assert result.exit_code == ExitCode.SKIPPED
    assert len(json.loads(result.stdout)["sources"]) == 2


def test_text_command_prints_a_fetched_page(run_cli, server, tmp_path):
    result = run_cli("text", f"{server}/article", "--cache-dir", tmp_path / "c")
    assert result.exit_code == 0 and PARAGRAPHS[0] in result.stdout and "<p>" not in result.stdout


@pytest.mark.parametrize(
    "data, fmt",
    [
        (PAGE, "html"),
        (b'{"text": "Officials said 12 people were hurt."}', "json"),
        (b'{"text": "a"}\n{"text": "b"}\n', "json"),
        (b"{curly braces open this article, which is text}\n", "text"),
        (b"Officials said 12 people were hurt.\n", "text"),
    ],
)
def test_stdin_is_sniffed(data, fmt):
    assert stdin.sniff(data) == fmt


def test_stdin_in_every_format():
    from typer.testing import CliRunner

    from newsdiff.cli import app

    runner = CliRunner()
    for data, fmt, expected in (
        (PAGE, None, PARAGRAPHS[0]),
        (b"Officials said on Friday that 12 people were hurt.\n", None, "12 people"),
        (b'{"id": "wire", "text": "Officials said 12 people were hurt."}', "json", "12 people"),
        # "text" that is really HTML is read as a page, as a .txt file would be: markup never
        # becomes article text
        (PAGE, "text", PARAGRAPHS[0]),
        # told it is text, a line that would sniff as JSON stays text
        (b'{"text": "x"} is how the record starts, officials said.\n', "text", '{"text": "x"}'),
    ):
        args = ["text", "-"] + (["--stdin-format", fmt] if fmt else [])
        result = runner.invoke(app, args, input=data)
        assert result.exit_code == 0, result.stderr
        assert expected in result.stdout


def test_stdin_json_record_keeps_its_id_and_path_is_dash():
    from typer.testing import CliRunner

    from newsdiff.cli import app

    result = CliRunner().invoke(app, ["extract", "-", "--json"], input=b'{"id": "wire", "text": "Officials said 12 people were hurt."}')
    doc = json.loads(result.stdout)
    assert [(s["id"], s["path"]) for s in doc["sources"]] == [("wire", "-")]


def test_bad_stdin_format_is_a_usage_error(run_cli):
    result = run_cli("extract", "-", "--stdin-format", "pdf")
    assert result.exit_code == ExitCode.USAGE and "--stdin-format" in result.stderr
