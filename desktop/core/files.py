"""Reading the user's files within a byte budget, and setting damaged ones aside.

Every output a user asks for is written through ``replaced_when_written``: whole
or not at all, never onto a device or a folder.

Every core reader of a file the user names (element files, articles, lessons,
regions) or owns (designs, the CelesTrak cache) goes through here, so that the
same rules hold everywhere:

- Only regular files are read. A directory, a device (``/dev/zero`` passes a
  ``stat()`` size check with size 0 and then never ends), a FIFO or a
  ``/proc`` file is refused with one line naming the path.
- At most ``max_bytes + 1`` bytes are read, whatever ``stat()`` said, so a file
  that grows while it is read, or lies about its size, is still caught.
- A damaged file of the user's own is never overwritten: it is renamed to
  ``NAME.damaged-YYYYMMDDTHHMMSS`` beside itself and the caller gets one line
  saying so.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
import time
from contextlib import contextmanager, suppress
from pathlib import Path


class FileReadError(ValueError):
    """A file that cannot be read as asked; the message names the path and says why, in one line."""


def unreadable_reason(path, max_bytes: float | None = None, what: str = "a file") -> str | None:
    """Why a file a user names cannot be read, in a few words without its name (None when it can be).

    The check the command line and the window make before any work starts: directories, devices
    (/dev/zero) and pipes are refused on their kind before anything opens them; a file over
    ``max_bytes`` on its size; and one byte is read to find a file that opens but cannot be read
    (no permission, /proc/self/mem). ``read_bytes_limited`` holds the same rules when it reads.
    """
    if not isinstance(path, (str, os.PathLike)):  # a number would name an open file descriptor
        return "not a file name"
    try:
        info = os.stat(path)
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the path
        return f"cannot open ({getattr(exc, 'strerror', None) or exc})"
    if stat.S_ISDIR(info.st_mode):
        return "a directory, not a file"
    if not stat.S_ISREG(info.st_mode):
        return "not a regular file (a device or a pipe); nothing was read"
    if max_bytes is not None and info.st_size > max_bytes:
        return f"{_size_text(info.st_size)} is too large for {what} (limit {_size_text(int(max_bytes))})"
    try:
        with open(path, "rb") as probe:
            probe.read(1)
    except OSError as exc:
        return f"cannot read ({exc.strerror or exc})"
    return None


def read_bytes_limited(path, max_bytes: int, what: str = "a file") -> bytes:
    """The bytes of a regular file of at most ``max_bytes``; FileReadError otherwise.

    ``what`` names the kind of file in the message ("an element file", "a lesson").
    /proc files report size 0 but have content; they are refused too, as they
    are never files a user means to give.
    """
    path = Path(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise FileReadError(f"{path}: cannot open ({exc.strerror or exc})") from None
    try:
        info = os.fstat(fd)  # of what was opened, not of what the name points to a moment later
        if stat.S_ISDIR(info.st_mode):
            raise FileReadError(f"{path}: is a folder, not {what}")
        if not stat.S_ISREG(info.st_mode):
            raise FileReadError(f"{path}: is not a regular file (a device, pipe or socket), not {what}")
        if str(path.resolve()).startswith("/proc/"):
            raise FileReadError(f"{path}: is a system file under /proc, not {what}")
        if info.st_size > max_bytes:
            raise FileReadError(f"{path}: {_size_text(info.st_size)} is too large for {what} "
                                f"(limit {_size_text(max_bytes)})")
        chunks, total = [], 0
        while total <= max_bytes:
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise FileReadError(f"{path}: cannot read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)
    if total > max_bytes:
        raise FileReadError(f"{path}: more than {_size_text(max_bytes)} (it grew while being read?); "
                            f"too large for {what}")
    return b"".join(chunks)


def read_text_limited(path, max_bytes: int, what: str = "a file") -> str:
    """UTF-8 text of a regular file within the budget; FileReadError for bytes that are not UTF-8."""
    data = read_bytes_limited(path, max_bytes, what)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise FileReadError(f"{path}: not UTF-8 text (byte {exc.start}), not {what}") from None


def _size_text(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1e6:.1f} MB"
    if n >= 1000:
        return f"{n / 1e3:.0f} KB"
    return f"{n} bytes"


def move_aside(path, reason: str, now_s: float | None = None) -> str:
    """Rename a damaged file of the user's own out of the way; one line saying what happened.

    The file keeps its content under ``NAME.damaged-YYYYMMDDTHHMMSS`` (UTC; a
    counter is added if that name is taken), so nothing the user made is lost
    and the next save starts a fresh file instead of overwriting it. If the
    rename fails, FileReadError says so: the caller must then not write there.
    """
    path = Path(path)
    stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime(time.time() if now_s is None else now_s))
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{counter}")
    try:
        os.replace(path, target)
    except OSError as exc:
        raise FileReadError(f"{path.name} could not be read ({reason}) and could not be moved aside "
                            f"({exc.strerror or exc}); it was left as it is and nothing was written over it") from None
    return f"{path.name} could not be read ({reason}); moved aside to {target.name}"


def move_aside_line(path, reason: str, prefix: str) -> str:
    """``move_aside`` for a cache: one line, ``prefix`` first, also when the rename failed.

    A cache is only a copy of what can be fetched again, so its reader goes on without it and reports the
    line instead of raising."""
    try:
        return prefix + move_aside(path, reason)
    except FileReadError as move_failed:
        return prefix + str(move_failed)


@contextmanager
def replaced_when_written(path, what: str, allow_empty: bool = False):
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
        if not allow_empty and os.path.getsize(tmp) == 0:
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
