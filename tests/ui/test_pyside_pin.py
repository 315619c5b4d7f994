"""PySide6 is pinned >=6.10,<6.12: 6.12.0 on Python 3.11 aborts after thousands of None returns."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from importlib.metadata import PackageNotFoundError, version

_MANY_NONE_RETURNS = textwrap.dedent(
    """
    from PySide6.QtCore import QCoreApplication, QObject
    app = QCoreApplication([])
    obj = QObject()
    for i in range(20_000):
        obj.setObjectName(f"object-{i}")  # returns None: 6.12.0 dies in none_dealloc
    assert obj.objectName() == "object-19999"
    print("done")
    """
)


def test_twenty_thousand_none_returning_calls_do_not_abort():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", _MANY_NONE_RETURNS],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "done"


def test_installed_pyside6_is_within_the_pinned_range():
    import PySide6

    for dist in ("PySide6-Essentials", "PySide6"):
        try:
            installed = version(dist)
            break
        except PackageNotFoundError:
            continue
    else:
        installed = PySide6.__version__
    major, minor = (int(x) for x in installed.split(".")[:2])
    assert (6, 10) <= (major, minor) < (6, 12), installed
    assert PySide6.__version__.split(".")[:2] == installed.split(".")[:2]
