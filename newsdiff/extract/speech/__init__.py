"""Quotes, speakers, reported speech, attributions and roles."""
