"""Where the bundled data lives: the one module that knows.

In a source checkout (or an editable install) the data folders sit at the top
of the repository, beside the ``desktop`` package; a wheel maps them into the
package itself (see ``pyproject.toml``).
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def _data_dir(name: str) -> Path:
    for candidate in (_PACKAGE_DIR / name, _PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        f"Overflight's bundled '{name}' folder is missing (looked in "
        f"{_PACKAGE_DIR / name} and {_PACKAGE_DIR.parent / name}); reinstall the package."
    )


def tle_dir() -> Path:
    """Folder of bundled element sets."""
    return _data_dir("tle")


def assets_dir() -> Path:
    """Folder of map data and context notes."""
    return _data_dir("assets")
