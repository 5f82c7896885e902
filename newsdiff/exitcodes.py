"""Named exit codes, documented in the README and every command's --help."""

import enum


class ExitCode(enum.IntEnum):
    """What a newsdiff process's exit status means."""

    OK = 0  # every input was read
    SKIPPED = 1  # output printed, but some input was skipped (each one reported on stderr)
    USAGE = 2  # bad options, or no usable input at all
