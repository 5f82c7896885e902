"""Every scorer `make eval` runs imports and has its entry point, so a rename in the library
cannot break the evaluation unnoticed (the scorers run on data that CI does not have)."""

import importlib

import pytest

from evaluation.__main__ import SCORERS


@pytest.mark.parametrize("name", SCORERS)
def test_scorer_imports_and_has_main(name):
    module = importlib.import_module(f"evaluation.{name}")
    assert callable(module.main)
