"""The HTML report in a real browser: Debian's chromium driven through Playwright.

The browser is the system's (`.ci/run` installs `chromium` with apt-get); Playwright never downloads
one. Without a browser or Playwright the tests skip and say why.
"""

from __future__ import annotations

import json
import shutil

import pytest

from .conftest import SAMPLES

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (make test installs it)")

CHROMIUM = next((p for p in map(shutil.which, ("chromium", "chromium-browser")) if p), None)
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="no chromium on PATH: install Debian's `chromium` (as .ci/run does) to run browser tests")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync"]


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    with sync_api.sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("profile")), executable_path=CHROMIUM, headless=True, args=ARGS,
            viewport={"width": 1366, "height": 900}, offline=True)
        yield context
        context.close()


@pytest.fixture
def open_report(browser, run_cli, tmp_path):
    """Write a report for `folder` and open it; returns (page, errors seen by the page)."""

    def open_(folder, *args):
        out = tmp_path / "report.html"
        assert run_cli("compare", folder, *args, "--format", "html", "-o", out).exit_code == 0
        page = browser.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("dialog", lambda d: (errors.append("dialog: " + d.message), d.dismiss()))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(out.as_uri())
        return page, errors

    return open_


def _samples_claims(run_cli):
    """The samples' claims as the JSON contract gives them: what the report must show."""
    return json.loads(run_cli("compare", SAMPLES, "--reference-date", "2023-10-13", "--json").stdout)["claims"]


def test_report_shows_claims_and_statuses_and_a_click_highlights_facts(open_report, tmp_path, run_cli):
    claims = _samples_claims(run_cli)
    koo_conflict = next(c["id"] for c in claims if c["status"] == "conflict" and "Koo Byoung-sam" in c["label"])
    widest = max(claims, key=lambda c: len({v["source"] for v in c["values"]}) * 100 + len(c["facts"]))["id"]
    page, errors = open_report(SAMPLES, "--reference-date", "2023-10-13")
    assert page.locator("tr.claim").count() == len(claims)
    row = page.locator(f'tr.claim[data-claim="{koo_conflict}"]')
    assert "Koo Byoung-sam" in row.inner_text() and row.locator(".status").inner_text() == "CONFLICT"
    colour = row.locator(".status").evaluate("e => getComputedStyle(e).backgroundColor")
    assert colour == "rgb(198, 40, 40)"  # the conflict red, not the default
    assert page.locator("mark.active").count() == 0
    page.locator(f'tr.claim[data-claim="{widest}"]').click()
    active = page.locator("mark.active")
    # every fact of the claim is lit, in each article that reports it, and nothing else
    assert active.count() >= 10
    sources = set(active.evaluate_all("ms => ms.map(m => m.closest('article').dataset.source)"))
    assert len(sources) == 5
    assert all(widest in c.split() for c in active.evaluate_all("ms => ms.map(m => m.dataset.claims)"))
    outline = active.first.evaluate("e => getComputedStyle(e).outlineStyle")
    assert outline == "solid"
    # the hover text names the value and who gives it
    tip = page.locator('mark[data-facts~="001_1073a41b351c7b44:n4"]').first.get_attribute("title")
    assert "[540, 600)" in tip and "qualifier: nearly" in tip and "Chosun Ilbo" in tip
    page.screenshot(path=str(tmp_path / "report.png"), full_page=False)
    assert (tmp_path / "report.png").stat().st_size > 10_000
    page.locator(f'tr.claim[data-claim="{widest}"]').click()  # a second click clears
    assert page.locator("mark.active").count() == 0
    assert errors == []


def test_hostile_article_runs_nothing_in_the_browser(open_report, tmp_path):
    from .test_formats import HOSTILE

    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "evil.txt").write_text(HOSTILE, encoding="utf-8")
    page, errors = open_report(folder)
    text = page.locator("article .text").inner_text()
    assert '<script>alert("pwned")</script>' in text and "<img src=x onerror=alert(1)>" in text
    assert page.locator("article img, article script, article a").count() == 0
    assert [e for e in errors if "dialog" in e] == []
    page.screenshot(path=str(tmp_path / "hostile.png"))
