"""The computation core never imports Qt: the CLI and the tests run it without a GUI toolkit."""

import os
import subprocess
import sys


def test_importing_and_using_the_core_loads_no_qt():
    code = (
        "import sys, pkgutil, importlib, desktop.core\n"
        "for m in pkgutil.iter_modules(desktop.core.__path__):\n"
        "    importlib.import_module('desktop.core.' + m.name)\n"
        "from desktop.core.catalog import bundled_catalog\n"
        "from desktop.core.access import Criterion, find_passes\n"
        "from desktop.core.atlas import country_region\n"
        "es = bundled_catalog().find('KHAYYAM')\n"
        "find_passes(es, country_region('Israel'), Criterion('nadir'), es.epoch_s, es.epoch_s + 86400)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide', 'shiboken', 'PyQt'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=dict(os.environ), timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_the_command_line_loads_no_qt():
    code = ("import sys\nfrom desktop.cli import main\nmain(['info', 'ISS'])\n"
            "print('QT' if any(m.startswith('PySide') for m in sys.modules) else 'NO-QT')\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=dict(os.environ), timeout=120)
    assert out.stdout.strip().endswith("NO-QT")
