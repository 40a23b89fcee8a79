"""The whole parser, assembled in one place from each command module's ``register(sub, add)``."""

from __future__ import annotations

import argparse

from desktop.cli import (animate, article, burn, catalog, coverage, design, lifetime, passes, refresh, report, track,
                         transfer, visible)
from desktop.cli.common import _Parser, finite_float

# In the order `overflight --help` lists them.
COMMAND_MODULES = (catalog, track, passes, visible, refresh, article, design, coverage, report, animate, burn, transfer,
                   lifetime)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="overflight", description="Satellite ground tracks and revisit analysis. Without a command, opens the window "
                     "(overflight --lang fa|ar|he|ru|uk|en: in that language).")
    memory = {"type": finite_float(0.01, 1e6), "metavar": "GB",
              "help": "refuse jobs estimated to need more memory (default 2, or $OVERFLIGHT_MEMORY_GB)"}
    parser.add_argument("--memory-budget", default=None, **memory)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    def add(name, func, help_text):
        """A command that reads the catalogue: it takes --tle FILE (repeatable) to add element sets."""
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("--tle", action="append", metavar="FILE", help="add element sets from a TLE or OMM file (repeatable)")
        p.add_argument("--memory-budget", default=argparse.SUPPRESS, **memory)
        p.set_defaults(func=func)
        return p

    for module in COMMAND_MODULES:
        module.register(sub, add)
    return parser
