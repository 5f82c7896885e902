"""Extractors: each is a pure function of one analysed document and the options."""
