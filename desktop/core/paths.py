"""Where the bundled data lives: the one module that knows.

In a source checkout (or an editable install) the data folders sit at the top
of the repository, beside the ``desktop`` package; a wheel maps them into the
package itself (see ``pyproject.toml``).
"""

from __future__ import annotations

import os
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


def user_data_dir() -> Path:
    """The user's data directory: the CelesTrak cache, designs (OVERFLIGHT_DATA_DIR overrides platformdirs)."""
    override = os.environ.get("OVERFLIGHT_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir("overflight", appauthor=False))


def write_atomic(path: Path, text: str) -> None:
    """Write a text file so that a crash leaves either the old file or the new one, never half of one."""
    from .files import replaced_when_written

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with replaced_when_written(path, "file", allow_empty=True) as tmp:
        with open(tmp, "w", encoding="utf-8") as handle:
            handle.write(text)


def space_weather_dir() -> Path:
    """Folder of the bundled space-weather copy (SW-All.csv, bundle.json, PROVENANCE.md)."""
    return assets_dir() / "spaceweather"
