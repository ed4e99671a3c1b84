"""`python -m assistant` runs the command line."""

from assistant.runtime.cli import main

main()
