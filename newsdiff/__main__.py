"""`python -m newsdiff` runs the command-line interface."""

from newsdiff.cli import main

main()
