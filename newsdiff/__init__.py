"""newsdiff: compare how several news articles report the same story."""

__version__ = "0.3.0"
CONTRACT_VERSION = 1
