"""newsdiff: compare how several news articles report the same story."""

__version__ = "0.2.0"
CONTRACT_VERSION = 1
