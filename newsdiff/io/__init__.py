"""Reading inputs: files, folders and JSON records become `Source`s."""
