"""`python -m newsdiff` runs the command-line interface."""

from .cli import main

main()
