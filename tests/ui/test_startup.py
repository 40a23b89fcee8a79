"""Linux start-up: a missing X11 library becomes one line with the package to install, not Qt's abort."""

import subprocess
import sys

from desktop.ui import startup

LDD_OUTPUT = """\
\tlinux-vdso.so.1 (0x00007ffd8a5f2000)
\tlibQt6XcbQpa.so.6 => /opt/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f1c2a000000)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxkbcommon-x11.so.0 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f1c29c00000)
"""


def test_missing_libraries_are_read_from_ldd_once_each_in_order():
    assert startup.missing_from_ldd(LDD_OUTPUT) == ["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1",
                                                    "libxkbcommon-x11.so.0"]
    assert startup.missing_from_ldd("\tlibc.so.6 => /lib/libc.so.6 (0x1)\n") == []


def test_package_names_follow_debian_rules():
    assert startup.debian_package("libxcb-cursor.so.0") == "libxcb-cursor0"
    assert startup.debian_package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert startup.debian_package("libxcb-render-util.so.0") == "libxcb-render-util0"
    assert startup.debian_package("libfoo2.so.3") == "libfoo2-3"


def test_the_message_is_one_line_with_the_install_command(monkeypatch, tmp_path):
    plugin = tmp_path / "libqxcb.so"
    plugin.write_bytes(b"")
    monkeypatch.setattr(startup, "xcb_plugin", lambda: plugin)
    monkeypatch.setattr(startup.subprocess, "run",
                        lambda *a, **k: subprocess.CompletedProcess(a, 0, stdout=LDD_OUTPUT, stderr=""))
    env = {"DISPLAY": ":0"}
    message = startup.missing_xcb_message(env)
    assert "\n" not in message
    assert message.endswith("sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0")
    # not the xcb platform: no check at all
    assert startup.missing_xcb_message({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}) is None
    assert startup.missing_xcb_message({"WAYLAND_DISPLAY": "w", "XDG_SESSION_TYPE": "wayland", "DISPLAY": ":0"}) is None


def test_this_machine_has_what_the_plugin_needs():
    """The real plugin, checked with the real ldd: on a machine set up as the README says nothing is missing."""
    plugin = startup.xcb_plugin()
    assert plugin is not None and plugin.exists()
    output = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
    assert "libQt6" in output
    missing = startup.missing_from_ldd(output)
    for soname in missing:  # any gap is named with its package, never a crash
        assert startup.debian_package(soname)


def test_overflight_without_xcb_libraries_exits_2_with_one_line(tmp_path):
    """End to end: the command, with the check made to see a missing library (as on a bare desktop)."""
    code = (
        "import sys, subprocess\n"
        "from desktop.ui import startup\n"
        f"startup.subprocess.run = lambda *a, **k: subprocess.CompletedProcess(a, 0, stdout={LDD_OUTPUT!r}, stderr='')\n"
        "from desktop.cli import main\n"
        "sys.exit(main([]))\n")
    env = {"DISPLAY": ":0", "PATH": "/usr/bin:/bin", "OVERFLIGHT_DATA_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "sudo apt-get install libxcb-cursor0" in lines[0]
