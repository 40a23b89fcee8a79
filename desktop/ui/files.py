"""Files the window reads and writes: the gate every file a user gives passes before the core reads it, and
output files (handouts, animations) that appear whole or not at all."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from contextlib import contextmanager, suppress
from pathlib import Path


# GeoJSON regions have no size limit in the core; a country at Natural Earth's finest scale is about 25 MB
MAX_REGION_FILE_BYTES = 64 * 1024 * 1024


def unreadable_reason(path, limit_bytes: int, what: str) -> str | None:
    """Why a file the user gave cannot be read, in one line naming it (None when it can be).

    The window's one gate before the core reads a file from the File menu, a drop or a lesson:
    directories, devices (/dev/zero) and pipes are refused on their kind before anything opens
    them (their size says nothing: a read would never end, or never start); a file over the
    reader's limit on its size; and one byte is read to find a file that opens but cannot be read
    (no permission, /proc/self/mem). ``what`` names the kind of file, for the size message.
    """
    if not isinstance(path, (str, os.PathLike)):  # a number would name an open file descriptor
        return f"{str(path)[:40]!r}: not a file name"
    name = Path(path).name or str(path)
    try:
        info = os.stat(path)
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the path
        return f"{name}: cannot open ({getattr(exc, 'strerror', None) or exc})"
    if stat.S_ISDIR(info.st_mode):
        return f"{name}: a folder, not a file"
    if not stat.S_ISREG(info.st_mode):
        return f"{name}: not a regular file (a device or a pipe); nothing was read"
    if info.st_size > limit_bytes:
        return f"{name}: {info.st_size / 1e6:.1f} MB is too large for {what} (limit {limit_bytes / 1e6:.0f} MB)"
    try:
        with open(path, "rb") as probe:
            probe.read(1)
    except OSError as exc:
        return f"{name}: cannot read ({exc.strerror or exc})"
    return None


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
