"""A run-time hook of the standalone build (``build.spec``): it runs before PyInstaller's own
PySide6 hook, which imports ``PySide6.QtCore``, so that PySide6's first import reads its support
code's bytecode from the bundle instead of compiling it (``ui/pyside_bytecode.py``)."""

from ui.pyside_bytecode import kept_bytecode

with kept_bytecode():
    import PySide6.QtCore  # noqa: F401
