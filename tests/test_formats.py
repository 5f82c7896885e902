"""The file formats end to end through the CLI: HTML (escaping a hostile article), Markdown, CSV,
JSONL, SQLite, atomic -o, colour options."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from html.parser import HTMLParser

import pytest

from newsdiff.exitcodes import ExitCode
from newsdiff.render.html import safe_url

from .conftest import SAMPLES

REF = ("--reference-date", "2023-10-13")

HOSTILE = """Officials said on Friday that 12 people were hurt.
<script>alert("pwned")</script> The mayor said "we will rebuild <img src=x onerror=alert(1)> fast".
Read more: <a href="javascript:alert(2)">here</a> or [here](javascript:alert(3)).
"""


class Elements(HTMLParser):
    """Every start tag with its attributes, and the text of each script."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)


@pytest.fixture
def hostile_dir(tmp_path):
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "evil.txt").write_text(HOSTILE, encoding="utf-8")
    (folder / "plain.txt").write_text("Officials said on Friday that 14 people were hurt.\n", encoding="utf-8")
    return folder


def test_hostile_article_is_text_in_the_html_report(run_cli, hostile_dir, tmp_path):
    out = tmp_path / "report.html"
    result = run_cli("compare", hostile_dir, "--format", "html", "-o", out)
    assert result.exit_code == ExitCode.OK, result.stderr
    page = out.read_text(encoding="utf-8")
    parser = Elements()
    parser.feed(page)
    assert len(parser.scripts) == 1 and "alert" not in parser.scripts[0]  # only the page's own script
    assert not [t for t in parser.tags if t[0] == "img"]
    assert not [t for t, attrs in parser.tags if any(k.startswith("on") for k in attrs)]
    assert not [a for t, a in parser.tags if any("javascript:" in (v or "") for v in a.values())]
    # ...and the article still shows every character of it, escaped
    assert "&lt;script&gt;alert(&#34;" in page and "&#34;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    # no network at all, and no script but the page's own
    assert "default-src 'none'" in page and "script-src 'sha256-" in page
    assert "http://" not in page and "https://" not in page


@pytest.mark.parametrize("url, expected", [
    ("https://example.org/a", "https://example.org/a"),
    ("http://example.org", "http://example.org"),
    ("javascript:alert(1)", None),
    (" JavaScript:alert(1)", None),
    ("data:text/html,<script>", None),
    ("", None),
])
def test_only_web_urls_become_links(url, expected):
    assert safe_url(url) == expected


def test_html_report_has_claims_statuses_and_fact_marks(run_cli, tmp_path):
    out = tmp_path / "r.html"
    assert run_cli("compare", SAMPLES, *REF, "-f", "html", "-o", out).exit_code == 0
    page = out.read_text(encoding="utf-8")
    parser = Elements()
    parser.feed(page)
    rows = [a for t, a in parser.tags if t == "tr" and "data-claim" in a]
    claims = json.loads(run_cli("compare", SAMPLES, *REF, "--json").stdout)["claims"]
    assert sorted(a["data-claim"] for a in rows) == sorted(c["id"] for c in claims)
    assert {a["class"].split()[1] for a in rows} == {"s-conflict", "s-compatible", "s-agree", "s-single"}
    marks = [a for t, a in parser.tags if t == "mark"]
    assert any(claims[0]["id"] in a["data-claims"].split() for a in marks)
    assert all(a.get("title") for a in marks)  # every fact has its hover text


def test_markdown_tables_escape_article_text(run_cli, hostile_dir):
    result = run_cli("compare", SAMPLES, *REF, "--format", "markdown")
    assert result.exit_code == 0
    assert "| claim | status | source | who | as written | value |" in result.stdout
    claims = json.loads(run_cli("compare", SAMPLES, *REF, "--json").stdout)["claims"]
    role = next(c for c in claims if c["kind"] == "role" and c["status"] == "conflict")
    assert f"| {role['id']} {role['label']}" in result.stdout and "**CONFLICT**" in result.stdout
    hostile = run_cli("compare", hostile_dir, "--format", "markdown").stdout
    assert not re.search(r"(?<!\\)<", hostile) and "\\<img src=x onerror=alert(1)\\>" in hostile


def test_csv_has_one_row_per_fact_with_contract_names(run_cli, run_json):
    _, doc = run_json("compare", SAMPLES, *REF)
    result = run_cli("compare", SAMPLES, *REF, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["id"] for r in rows] == [f["id"] for f in doc["facts"]]
    facts = {f["id"]: f for f in doc["facts"]}
    for row in rows:
        fact = facts[row["id"]]
        assert row["text"] == fact["text"] and int(row["start"]) == fact["start"]
        assert set(fact) <= set(row)
    # each row names the claim of the fact's own kind (a quote also backs a role claim)
    claimed = {fid: c["id"] for c in doc["claims"] for fid in c["facts"] if c["kind"] == facts[fid]["kind"]}
    assert all(row["claim"] == claimed.get(row["id"], "") for row in rows)


def test_csv_claims_has_one_row_per_claim_value(run_cli, run_json):
    _, doc = run_json("compare", SAMPLES, *REF)
    rows = list(csv.DictReader(io.StringIO(run_cli("compare", SAMPLES, *REF, "-f", "csv", "--claims").stdout)))
    assert len(rows) == sum(len(c["values"]) for c in doc["claims"])
    assert {(r["claim"], r["status"]) for r in rows} == {(c["id"], c["status"]) for c in doc["claims"]}


def test_csv_cells_never_start_a_formula(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text('The minister said "=HYPERLINK(1)" on Friday, and 12 were hurt.\n',
                                    encoding="utf-8")
    rows = list(csv.reader(io.StringIO(run_cli("compare", tmp_path, "-f", "csv").stdout)))
    assert not [cell for row in rows for cell in row if cell[:1] in ("=", "+", "@")]


def test_jsonl_is_the_contracts_facts_one_a_line(run_cli, run_json):
    _, doc = run_json("compare", SAMPLES, *REF)
    lines = run_cli("compare", SAMPLES, *REF, "--format", "jsonl").stdout.splitlines()
    assert [json.loads(line) for line in lines] == doc["facts"]


def test_sqlite_export_has_tables_keys_and_indexes(run_cli, run_json, tmp_path):
    _, doc = run_json("compare", SAMPLES, *REF)
    db_path = tmp_path / "out.db"
    result = run_cli("export", SAMPLES, *REF, "--sqlite", db_path)
    assert result.exit_code == 0, result.stderr
    db = sqlite3.connect(db_path)
    counts = dict(db.execute("select status, count(*) from claims group by status").fetchall())
    expected: dict[str, int] = {}
    for c in doc["claims"]:
        expected[c["status"]] = expected.get(c["status"], 0) + 1
    assert counts == expected
    assert db.execute("select count(*) from facts").fetchone()[0] == len(doc["facts"])
    assert db.execute("select count(*) from people").fetchone()[0] == len(doc["people"])
    assert db.execute("select count(*) from claim_facts").fetchone()[0] == sum(len(c["values"]) for c in doc["claims"])
    assert db.execute("pragma foreign_key_check").fetchall() == []
    fks = {(r[2], r[3]) for r in db.execute("pragma foreign_key_list(claim_facts)")}
    assert {("claims", "claim"), ("facts", "fact"), ("sources", "source")} <= fks
    indexed = {r[1] for r in db.execute("select * from sqlite_master where type = 'index'")}
    assert {"idx_claims_status", "idx_facts_source", "idx_claim_facts_fact"} <= indexed
    # a date stays the string it is; a number stays a number
    assert db.execute("select typeof(value) from facts where kind = 'date' and value = '1986'").fetchone() == ("text",)
    assert db.execute("select typeof(value) from facts where kind = 'number' and value = 600").fetchone() == ("integer",)
    # offsets into the stored text hold
    for text, fact_text, start, end in db.execute(
            "select s.text, f.text, f.start, f.end from facts f join sources s on s.id = f.source"):
        assert text[start:end] == fact_text
    db.close()


def test_re_export_replaces_the_database(run_cli, tmp_path, hostile_dir):
    db_path = tmp_path / "out.db"
    assert run_cli("export", SAMPLES, *REF, "--sqlite", db_path).exit_code == 0
    assert run_cli("export", hostile_dir, "--sqlite", db_path).exit_code == 0
    db = sqlite3.connect(db_path)
    assert {r[0] for r in db.execute("select id from sources")} == {"evil", "plain"}
    db.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hostile", "out.db"]  # no temporary left


def test_output_file_is_what_stdout_would_show(run_cli, tmp_path):
    out = tmp_path / "c.md"
    out.write_text("old", encoding="utf-8")
    result = run_cli("compare", SAMPLES, *REF, "-f", "markdown", "-o", out)
    assert result.exit_code == 0 and result.stdout == ""
    assert out.read_text(encoding="utf-8") == run_cli("compare", SAMPLES, *REF, "-f", "markdown").stdout
    assert [p.name for p in tmp_path.iterdir()] == ["c.md"]
    assert run_cli("compare", SAMPLES, *REF, "-f", "json", "-o", "-").stdout == \
        run_cli("compare", SAMPLES, *REF, "--json").stdout


def test_unwritable_output_is_a_one_line_error(run_cli, tmp_path):
    result = run_cli("compare", SAMPLES, "-f", "html", "-o", tmp_path / "no-such-dir" / "r.html")
    assert result.exit_code == ExitCode.USAGE
    errors = [line for line in result.stderr.splitlines() if "note:" not in line]
    assert len(errors) == 1 and errors[0].startswith("newsdiff: cannot write") and "no-such-dir" in errors[0]


@pytest.mark.parametrize("args", [["--format", "pdf"], ["--json", "--format", "csv"], ["--color", "sometimes"]])
def test_bad_format_options_exit_2(run_cli, args):
    result = run_cli("compare", SAMPLES, *args)
    assert result.exit_code == ExitCode.USAGE and result.stderr.startswith("newsdiff: ")


def test_color_always_colours_a_pipe_and_never_or_no_color_does_not(run_cli, monkeypatch):
    assert "\x1b[" in run_cli("compare", SAMPLES, *REF, "--color", "always").stdout
    assert "\x1b[" not in run_cli("compare", SAMPLES, *REF, "--color", "never").stdout
    assert "\x1b[" not in run_cli("compare", SAMPLES, *REF).stdout
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in run_cli("compare", SAMPLES, *REF, "--color", "auto").stdout


def test_wide_shows_whole_values(run_cli, run_json):
    _, doc = run_json("compare", SAMPLES, *REF)
    longest = max((f["text"] for f in doc["facts"] if f["kind"] == "quote"), key=len)
    assert longest in run_cli("compare", SAMPLES, *REF, "--wide").stdout
