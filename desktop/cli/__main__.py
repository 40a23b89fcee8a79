"""``python -m desktop.cli``: the same as ``overflight``."""

import sys

from desktop.cli import main

if __name__ == "__main__":  # worker processes (coverage --workers) import this module again: they must not run it
    sys.exit(main())
