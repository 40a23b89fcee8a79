"""Output files (handouts, animations) that appear whole or not at all."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from contextlib import contextmanager, suppress
from pathlib import Path


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
