"""Files the window reads: the gate every file a user gives passes before the core reads it, and one-line
messages (outputs that appear whole or not at all: ``core.files.replaced_when_written``)."""

from __future__ import annotations

import os
from pathlib import Path

from desktop.core import files



def unreadable_reason(path, limit_bytes: float, what: str) -> str | None:
    """Why a file the user gave cannot be read, in one line naming it (None when it can be): the window's
    gate before the core reads a file from the File menu, a drop or a lesson (``core.files``'s rules)."""
    reason = files.unreadable_reason(path, None if limit_bytes == float("inf") else limit_bytes, what)
    if reason is None:
        return None
    name = Path(path).name or str(path) if isinstance(path, (str, os.PathLike)) else repr(str(path)[:40])
    return f"{name}: {reason}"


def one_line(text: str, limit: int = 300) -> str:
    """A message for the status bar or a message box: its first line, cut to ``limit`` characters."""
    lines = [ln for ln in str(text).splitlines() if ln.strip()]
    first = lines[0].strip() if lines else ""
    return first if len(first) <= limit else first[: limit - 1] + "…"


