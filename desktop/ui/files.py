"""Files the window reads and writes: the gate every file a user gives passes before the core reads it, and
output files (handouts, animations) that appear whole or not at all."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from contextlib import contextmanager, suppress
from pathlib import Path

from desktop.core import files
from desktop.core.regions import MAX_GEOJSON_BYTES


MAX_REGION_FILE_BYTES = MAX_GEOJSON_BYTES


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


@contextmanager
def replaced_when_written(path, what: str):
    """Yield a temporary file's name in ``path``'s folder; once the block has written it, check it and move it
    onto ``path``. Raises OSError with one plain line when ``path`` cannot be written (a missing folder, a
    folder, a device) or the writer left the file empty; ``path`` is then untouched."""
    path = Path(path)
    if path.is_dir():
        raise OSError(errno.EISDIR, f"{path} is a folder, not a file name for the {what}")
    if path.exists() and not stat.S_ISREG(path.stat().st_mode):
        raise OSError(errno.EINVAL, f"{path} is not a regular file (a device or a pipe): give a file name")
    if not path.parent.is_dir():
        raise OSError(errno.ENOENT, f"the folder {path.parent} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise OSError(exc.errno, f"cannot write in {path.parent} ({exc.strerror})") from None
    os.close(fd)
    try:
        yield tmp
        if os.path.getsize(tmp) == 0:
            raise OSError(errno.EIO, f"the {what} came out empty")
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)  # as an ordinary new file, not mkstemp's private one
        os.replace(tmp, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)  # nothing half-written stays behind
        raise
