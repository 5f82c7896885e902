"""Dates and times: patterns, context, resolution to TIMEX3 values."""
