"""Before Qt starts on Linux: are the system libraries of its X11 (xcb) platform plugin there?

Without them Qt aborts with a long plugin message that names no package. Here
the plugin is checked with ``ldd`` first (no Qt import), and a missing library
becomes one line naming it and the Debian/Ubuntu command that installs it.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

# Libraries Qt's xcb plugin needs that desktop installs often lack, with their Debian package names.
KNOWN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}
README_PACKAGES = "libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1"


def debian_package(soname: str) -> str:
    """The Debian package that ships a library: known names, else the usual rule (libfoo.so.1 -> libfoo1)."""
    if soname in KNOWN_PACKAGES:
        return KNOWN_PACKAGES[soname]
    match = re.match(r"(lib[\w.+-]+?)\.so\.(\d+)", soname)
    if not match:
        return soname
    name, version = match.groups()
    return f"{name}{'-' if name[-1].isdigit() else ''}{version}"


def missing_from_ldd(output: str) -> list[str]:
    """Library names that ldd reports as 'not found', in order, once each."""
    found = re.findall(r"^\s*(\S+)\s*=>\s*not found", output, re.M)
    return list(dict.fromkeys(found))


def xcb_plugin() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        candidate = Path(folder) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if candidate.exists():
            return candidate
    return None


def uses_xcb(environ=os.environ) -> bool:
    platform = environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.startswith("xcb")
    wayland = environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE", "") == "wayland"
    return sys.platform.startswith("linux") and bool(environ.get("DISPLAY")) and not wayland


def missing_xcb_message(environ=os.environ) -> str | None:
    """One line naming the missing libraries and the install command, or None when Qt can start."""
    if not uses_xcb(environ):
        return None
    plugin = xcb_plugin()
    if plugin is None:
        return None
    try:
        output = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return None  # no ldd: let Qt try
    missing = missing_from_ldd(output)
    if not missing:
        return None
    packages = " ".join(dict.fromkeys(debian_package(m) for m in missing))
    return (f"the window cannot open: Qt's X11 platform plugin needs system libraries that are missing "
            f"({', '.join(missing)}); on Debian or Ubuntu install them with: sudo apt-get install {packages}")
