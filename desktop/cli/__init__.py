"""Command line: ``overflight`` alone opens the window; subcommands run headless.

One module per command (or small family); ``parser.build_parser`` assembles them.
"""

from __future__ import annotations

import sys

from desktop.cli.common import EXIT_USAGE, CliError, refuse_writing_over_inputs
from desktop.cli.parser import build_parser
from desktop.core.languages import LANGUAGES, unknown_language_message
from desktop.core.timebase import SunRangeError

__all__ = ["main", "build_parser", "CliError", "EXIT_USAGE"]


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    lang, argv = _window_language(argv)
    lesson = argv[0] if len(argv) == 1 and argv[0].endswith(".overflight") else None
    if lang is not None and argv and not lesson:
        print("error: --lang chooses the window's language (overflight --lang fa [LESSON]); "
              "the commands' tables and files stay English", file=sys.stderr)
        return EXIT_USAGE
    if lang is not None and lang not in LANGUAGES:
        print(f"error: {unknown_language_message(lang)}", file=sys.stderr)
        return EXIT_USAGE
    if not argv or lesson:
        import os

        if (sys.platform.startswith("linux") and not os.environ.get("DISPLAY")
                and not os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("QT_QPA_PLATFORM")):
            print("error: no display found for the window (DISPLAY is not set); run it in a desktop session, "
                  "or use the command line: overflight --help", file=sys.stderr)
            return EXIT_USAGE
        from desktop.ui.startup import missing_xcb_message

        problem = missing_xcb_message()
        if problem:
            print(f"error: {problem}", file=sys.stderr)
            return EXIT_USAGE
        if lesson and not os.path.exists(lesson):
            print(f"error: {lesson}: no such lesson file", file=sys.stderr)
            return EXIT_USAGE
        from desktop.ui.app import run

        return run(lesson=lesson, lang=lang)
    try:
        args = build_parser().parse_args(argv)
        if not getattr(args, "func", None):
            raise CliError("overflight: give a command (see overflight --help)")
        refuse_writing_over_inputs(args)
        return args.func(args)
    except CliError as exc:
        # One line, whatever the user typed: a newline in a name would make a second line.
        message = "".join(c if c.isprintable() else repr(c)[1:-1] for c in str(exc))
        print(f"error: {message}", file=sys.stderr)
        return EXIT_USAGE
    except SunRangeError as exc:  # a daylight test, or the night side, at a time outside the Sun's table
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130


def _window_language(argv):
    """``--lang CODE`` or ``--lang=CODE`` given first: (the code, the other arguments); else (None, argv)."""
    if argv and argv[0] == "--lang":
        return (argv[1] if len(argv) > 1 else ""), list(argv[2:])
    if argv and argv[0].startswith("--lang="):
        return argv[0].split("=", 1)[1], list(argv[1:])
    return None, argv
