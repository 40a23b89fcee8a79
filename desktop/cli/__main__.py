"""``python -m desktop.cli``: the same as ``overflight``."""

import sys

from desktop.cli import main

sys.exit(main())
