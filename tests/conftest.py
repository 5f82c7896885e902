"""Shared fixtures: the sample articles and an in-process CLI runner."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from typer.testing import CliRunner

from newsdiff.cli import app

# Hypothesis profiles, chosen with HYPOTHESIS_PROFILE: "ci" (the default, what `make test` and CI
# run: 250 examples a property test, over 2,000 in all), "quick" for edit-test loops, "thorough"
# for a long hunt. No deadline: timings are measured in `make bench`, never asserted in tests.
_COMMON = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("ci", max_examples=250, **_COMMON)
settings.register_profile("quick", max_examples=30, **_COMMON)
settings.register_profile("thorough", max_examples=2_000, **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory, monkeypatch):
    """Every test gets its own extraction cache, never the user's."""
    monkeypatch.setenv("NEWSDIFF_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture
def samples() -> Path:
    return SAMPLES


@pytest.fixture
def run_cli():
    """Run the CLI in-process; returns the result (exit_code, stdout, stderr)."""
    runner = CliRunner()

    def run(*args: str):
        return runner.invoke(app, [str(a) for a in args])

    return run


@pytest.fixture
def run_json(run_cli):
    """Run a command with --json and return (exit_code, parsed document)."""

    def run(*args: str):
        result = run_cli(*args, "--json")
        return result.exit_code, json.loads(result.stdout)

    return run
