"""Cross-source comparison: stories, copies and one claim builder per kind."""
