"""`report`: a printable handout (PDF)."""

from __future__ import annotations

from desktop.cli.common import CliError, check_memory, check_output_path, check_written
from desktop.cli.prepared import add_window_args, lesson_or_sats, prepared_session


def cmd_report(args) -> int:
    from desktop.core import budget

    lesson = lesson_or_sats(args)
    check_output_path(args.pdf, "--pdf", regular=True)
    check_memory(args, budget.handout_bytes(max(1, len(args.sat)), args.days), "report", "shorten --days")
    s = prepared_session(args, lesson)
    from desktop.ui.handout import write_pdf

    try:
        pages = write_pdf(s, args.pdf, args.page)
    except OSError as exc:
        raise CliError(f"cannot write {args.pdf}: {exc.strerror or exc}") from None
    check_written(args.pdf, "the handout")
    a = s.analysis
    print(f"{args.pdf}: handout, {pages} page(s), {args.page}" +
          (f"; {len(a.all_passes())} passes over {a.region.describe()}" if a is not None else "; no analysis (give a region)"))
    return 0


def register(sub, add):
    p = add("report", cmd_report, "a printable handout (PDF): map, statistics, timeline, passes, claims, provenance")
    add_window_args(p)
    p.add_argument("--pdf", required=True, metavar="OUT.pdf", help="the handout to write")
    p.add_argument("--page", choices=["A4", "Letter"], default="A4", help="paper size (default A4)")
